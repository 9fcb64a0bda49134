package extractor

import (
	"bytes"
	"net/url"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
		m := collectMeta(doc, nil, false)
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

// BenchmarkTitleSeparators looks for titleSepChars in the <title> and the
// <h1>s of the corpus pages, with strings.IndexAny and with titleSepSet:
//
//	go test ./extractor -run '^$' -bench TitleSeparators -count 5 -cpu 1
func BenchmarkTitleSeparators(b *testing.B) {
	var titles []string
	for _, p := range corpusPages(b) {
		u, _ := decode(p.page, "")
		doc, err := html.Parse(bytes.NewReader(u))
		if err != nil {
			continue
		}
		for _, n := range findAll(doc, byTag(atom.Title, atom.H1)) {
			titles = append(titles, textOf(n))
		}
	}
	found := 0
	b.Run("IndexAny", func(b *testing.B) {
		for b.Loop() {
			for _, t := range titles {
				if strings.IndexAny(t, titleSepChars) >= 0 {
					found++
				}
			}
		}
	})
	b.Run("charSet", func(b *testing.B) {
		for b.Loop() {
			for _, t := range titles {
				if titleSepSet.index(t) >= 0 {
					found++
				}
			}
		}
	})
}
