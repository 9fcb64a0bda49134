package archive

import "testing"

// BenchmarkDescribe: the cost of one metadata record of a crawl's
// decision (a gzip member of about 500 bytes). Most of it is gowarc's:
// its WriteRecord copies through two fresh 32 KiB buffers, then deflate.
func BenchmarkDescribe(b *testing.B) {
	a, err := Open(Options{Dir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	c := Capture{File: "f", RecordID: "<urn:uuid:6c2799fa-1ed8-41fc-ba6c-4b3fa89433a0>", URL: "https://www.example.com/news/wire-story"}
	fields := []Field{{Name: "article-decision", Value: "article"}, {Name: "article-url", Value: c.URL},
		{Name: "article-id", Value: "9f1c2e4a5b6c7d8e9f1c2e4a5b6c7d8e"},
		{Name: "content-hash", Value: "sha256:5338914da58335663f9cc84fe63996d9146a0a02a694b9f229e8aa95f457296a"},
		{Name: "near-duplicates", Value: "mark"}, {Name: "revision", Value: "1"}}
	b.ReportAllocs()
	for b.Loop() {
		if err := a.Describe(c, fields); err != nil {
			b.Fatal(err)
		}
	}
}
