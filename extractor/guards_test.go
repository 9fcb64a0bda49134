package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// mayBeByAlone and mayBeByStart must hold for every text reByAlone and
// reByStart match.
func TestByGuardsHoldForMatches(t *testing.T) {
	words := []string{"By", "by", "BY", "ſtory", "Story", "article", "ARTICLE", "written", "Posted", "reported", "words",
		"text", "Authors", "author", "post", " ", "  ", "\t", ":", "：", "Jane", "Doe", "on", "x", "é", "K"}
	rng := rand.New(rand.NewPCG(5, 6))
	matched := 0
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if reByAlone.MatchString(s) {
			matched++
			if !mayBeByAlone(s) {
				t.Fatalf("mayBeByAlone(%q) = false, but reByAlone matches", s)
			}
		}
		if reByStart.MatchString(s) {
			matched++
			if !mayBeByStart(s) {
				t.Fatalf("mayBeByStart(%q) = false, but reByStart matches", s)
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d matches: the strings do not exercise the regexps", matched)
	}
}
