package extractor

import (
	"compress/gzip"
	"io"
	"os"
	"testing"
)

func TestScratchPage33(t *testing.T) {
	f, err := os.Open(os.Getenv("P33"))
	if err != nil {
		t.Skip()
	}
	z, _ := gzip.NewReader(f)
	b, _ := io.ReadAll(z)
	a, _ := Extract(b, os.Getenv("U33"), Options{})
	t.Logf("pub %q mod %q prov %v", published(a), modified(a), a.Provenance)
}
