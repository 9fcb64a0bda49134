package extractor

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

var corpusFlag = flag.Bool("corpus", false, "also run the tests over the 1,009 pages of ../../shared/benchmarks (scrapinghub, wcxb-dev, zh-cwced)")

// corpusPage is one page of the shared benchmark datasets.
type corpusPage struct {
	name, url string
	page      []byte
}

// corpusPages loads the article pages of ../../shared/benchmarks that the
// quality figures are measured on, with their URLs, or skips the test or
// benchmark with the reason.
func corpusPages(tb testing.TB) []corpusPage {
	tb.Helper()
	return setPages(tb, "scrapinghub", "wcxb-dev", "zh-cwced")
}

// setPages loads the pages of the named sets of ../../shared/benchmarks,
// sorted by set and id, or skips the test or benchmark with the reason.
func setPages(tb testing.TB, sets ...string) []corpusPage {
	tb.Helper()
	var out []corpusPage
	for _, set := range sets {
		dir := filepath.Join("../../shared/benchmarks", set)
		raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
		if err != nil {
			tb.Skipf("%s is not there: no real pages (%v)", dir, err)
		}
		var truth map[string]struct {
			URL string `json:"url"`
		}
		if err := json.Unmarshal(raw, &truth); err != nil {
			tb.Fatalf("%s: %v", dir, err)
		}
		for id, t := range truth {
			b, err := sharedpages.ReadPage(filepath.Join(dir, "html", id+".html"))
			if err != nil {
				tb.Fatalf("%s: %v", id, err)
			}
			out = append(out, corpusPage{name: set + "/" + id, url: t.URL, page: b})
		}
	}
	slices.SortFunc(out, func(a, b corpusPage) int { return strings.Compare(a.name, b.name) })
	return out
}

// Over the benchmark pages: nothing forbidden survives in html. Run with
// go test ./extractor -run TestCorpusHTMLSafe -corpus -v for the counts.
func TestCorpusHTMLSafe(t *testing.T) {
	if !*corpusFlag {
		t.Skip("-corpus not set: the benchmark pages are not read")
	}
	counts := map[string]int{}
	pages := corpusPages(t)
	for _, p := range pages {
		a, err := Extract(p.page, p.url, Options{})
		if err != nil {
			continue
		}
		h := strings.ToLower(a.HTML)
		for what, hit := range map[string]bool{
			"event handlers (on...=)":   reHandler.MatchString(h),
			"javascript: URLs":          strings.Contains(h, `="javascript:`),
			"data: URLs":                strings.Contains(h, `="data:`),
			"iframes":                   strings.Contains(h, "<iframe"),
			"scripts or styles":         strings.Contains(h, "<script") || strings.Contains(h, "<style"),
			"forms":                     strings.Contains(h, "<form") || strings.Contains(h, "<input"),
			"readability's wrapper":     strings.Contains(h, `id="readability-page-1"`),
			"anything forbidden() sees": forbidden(a.HTML) != "",
		} {
			if hit {
				counts[what]++
			}
		}
		if f := forbidden(a.HTML); f != "" {
			t.Errorf("%s: html keeps %s", p.name, f)
		}
	}
	t.Logf("%d pages; pages whose html keeps: %v", len(pages), counts)
}

// BenchmarkBodyForms measures what each body form costs over the benchmark
// pages: extraction with the text alone (no HTML rendered), the default
// text and sanitised HTML, and Markdown as well.
//
//	go test ./extractor -run '^$' -bench BodyForms -benchtime 1009x -count 6
func BenchmarkBodyForms(b *testing.B) {
	pages := corpusPages(b)
	var size int64
	for _, p := range pages {
		size += int64(len(p.page))
	}
	for _, body := range []Body{BodyText, DefaultBody, BodyText | BodyHTML | BodyMarkdown} {
		b.Run(strings.ReplaceAll(body.String(), ",", "+"), func(b *testing.B) {
			b.SetBytes(size / int64(len(pages)))
			b.ReportAllocs()
			i := 0
			cpu0 := cpuTime()
			for b.Loop() {
				p := pages[i%len(pages)]
				Extract(p.page, p.url, Options{Body: body})
				i++
			}
			// The process's CPU time (GC included) says more than the
			// wall clock on a machine shared with other work.
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
