package langfork

import (
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

// benchText is 600 bytes of Latin text, what Extract hands the detector.
var benchText = func() string {
	s := strings.Repeat("La commission a présenté aujourd'hui une proposition de règlement sur les données, après deux ans de consultations. ", 6)
	return s[:600]
}()

func BenchmarkDetect(b *testing.B) {
	for b.Loop() {
		Detect(benchText)
	}
}

func BenchmarkDetectUpstream(b *testing.B) {
	for b.Loop() {
		whatlanggo.Detect(benchText)
	}
}
