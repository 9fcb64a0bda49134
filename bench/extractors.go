package main

import (
	"bytes"
	"net/url"
	"runtime/metrics"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/markusmobius/go-trafilatura"
	"github.com/newsprint/newsprint/extractor"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// result is what one extractor made of one page.
type result struct {
	text, title, date string
	authors           []string
	err               error
}

type extractorFunc func(p page) result

var extractors = []struct {
	name string
	fn   extractorFunc
}{
	{"newsprint", runNewsprint},
	{"readeck/go-readability v2.1.3", runReadability},
	{"go-trafilatura v1.12.2 (fallback on)", runTrafilatura(true)},
	{"go-trafilatura v1.12.2 (no fallback)", runTrafilatura(false)},
}

func runNewsprint(p page) result {
	a, err := extractor.Extract(p.html, p.url, extractor.Options{})
	// The day in the publisher's zone: PublishedAt is set only when the
	// instant is known.
	return result{text: a.Text, title: a.Title, date: a.PublishedDate, authors: a.Authors, err: err}
}

// peerDecode gives the peers UTF-8 input: valid UTF-8 as is, anything else
// through x/net/html/charset. (Checking utf8.Valid first avoids the
// windows-1252 fallback garbling UTF-8 pages.)
func peerDecode(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	r, err := charset.NewReader(bytes.NewReader(b), "text/html")
	if err != nil {
		return b
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		return b
	}
	return buf.Bytes()
}

func runReadability(p page) result {
	doc, err := html.Parse(bytes.NewReader(peerDecode(p.html)))
	if err != nil {
		return result{err: err}
	}
	u, _ := url.Parse(p.url)
	parser := readability.NewParser()
	a, err := parser.ParseAndMutate(doc, u)
	if err != nil || a.Node == nil {
		return result{err: err}
	}
	res := result{text: render.InnerText(a.Node), title: a.Title()}
	if b := a.Byline(); b != "" {
		res.authors = []string{b}
	}
	if t, err := a.PublishedTime(); err == nil {
		res.date = t.Format("2006-01-02")
	}
	return res
}

func runTrafilatura(fallback bool) extractorFunc {
	return func(p page) result {
		u, _ := url.Parse(p.url)
		r, err := trafilatura.Extract(bytes.NewReader(peerDecode(p.html)), trafilatura.Options{
			OriginalURL:    u,
			EnableFallback: fallback,
		})
		if err != nil || r == nil {
			return result{err: err}
		}
		res := result{text: r.ContentText, title: r.Metadata.Title}
		if r.Metadata.Author != "" {
			res.authors = strings.Split(r.Metadata.Author, "; ")
		}
		if !r.Metadata.Date.IsZero() {
			res.date = r.Metadata.Date.Format("2006-01-02")
		}
		return res
	}
}

// cost is what one extractor spent on one page: the wall clock, and the
// bytes it allocated on the heap (garbage included: what the collector
// then has to sweep).
type cost struct {
	dur   time.Duration
	alloc uint64
}

// heapAllocs is the runtime's count of bytes allocated on the heap since
// the program started, which grows only.
func heapAllocs() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// timed runs fn on p and measures its cost; the allocation count is read
// outside the timed span.
func timed(fn extractorFunc, p page) (result, cost) {
	a0 := heapAllocs()
	start := time.Now()
	r := fn(p)
	d := time.Since(start)
	return r, cost{dur: d, alloc: heapAllocs() - a0}
}
