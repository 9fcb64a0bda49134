package extractor

import (
	"bytes"
	"net/url"
	"runtime"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkTitleMetaCorpus parses each page of BenchmarkRatioCorpus's
// corpus in turn and reports the CPU time of the thread spent in
// collectMeta and in pickTitle on it (meta-cpu-ns/op, title-cpu-ns/op, per
// page); the parse and the rest of Extract are left out of both:
//
//	go test ./extractor -run '^$' -bench TitleMetaCorpus -benchtime 1009x -count 3 -cpu 1
func BenchmarkTitleMetaCorpus(b *testing.B) {
	pages := corpusPages(b)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var meta, title int64 // the thread's CPU time in each, in ns
	for i := 0; b.Loop(); i++ {
		p := pages[i%len(pages)]
		u, _ := decode(p.page, "")
		doc, err := html.Parse(bytes.NewReader(u))
		if err != nil {
			continue
		}
		t0 := threadCPU()
		m := collectMeta(doc, false)
		t1 := threadCPU()
		base, _ := url.Parse(p.url)
		own := base
		if b := m.base; b != nil {
			if h := absURL(attr(b, "href"), base); h != "" {
				base, _ = url.Parse(h)
			}
		}
		a := Article{}
		resolveSiteName(m, &resolved{a: &a, prov: map[string]string{}})
		t2 := threadCPU()
		_ = pickTitle(m, doc, a.SiteName, own, base, &navSet{doc: doc})
		t3 := threadCPU()
		meta += t1 - t0
		title += t3 - t2
	}
	b.ReportMetric(float64(meta)/float64(b.N), "meta-cpu-ns/op")
	b.ReportMetric(float64(title)/float64(b.N), "title-cpu-ns/op")
}
