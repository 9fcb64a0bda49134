package htmlfork

import (
	"bytes"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

// benchSets are the sets whose speed ratio is furthest from the target.
var benchSets = []string{"dragnet", "htmldate-eval"}

func benchPages(b *testing.B) ([][]byte, int64) {
	var pages [][]byte
	var size int64
	for _, set := range benchSets {
		files, _ := filepath.Glob(filepath.Join(benchmarksDir, set, "html", "*"))
		for i, f := range files {
			if i%10 != 0 {
				continue // every tenth page: a second a round
			}
			page, err := sharedpages.ReadPage(f)
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, page)
			size += int64(len(page))
		}
	}
	if len(pages) == 0 {
		b.Skipf("%s is not there: no real pages to benchmark on", benchmarksDir)
	}
	return pages, size
}

// BenchmarkParse parses the pages of the dragnet and htmldate-eval sets with
// x/net/html and with the fork; compare the two with -cpu 1.
func BenchmarkParse(b *testing.B) {
	pages, size := benchPages(b)
	b.Run("xnet", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				if _, err := html.Parse(bytes.NewReader(p)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("fork", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				if _, err := Parse(p); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
