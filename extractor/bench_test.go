package extractor

import (
	"path/filepath"
	"testing"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

// benchPages loads the scrapinghub pages from ../../shared/benchmarks, or
// skips the benchmark with the reason when that folder is not there.
func benchPages(tb testing.TB) [][]byte {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/benchmarks/scrapinghub/html/*.html.gz")
	if len(files) == 0 {
		tb.Skip("../../shared/benchmarks/scrapinghub is not there: no real pages to benchmark on")
	}
	var pages [][]byte
	for _, f := range files {
		b, err := sharedpages.ReadPage(f)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, b)
	}
	return pages
}

func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := Extract(pages[i%len(pages)], "https://example.com/a", Options{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
