package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
)

// normalArticles is how many real articles every site has: the baseline
// crawl, and the normal part of each hostile one.
const normalArticles = 20

// site is one input served on loopback: a small news site (robots.txt, a
// home page linking normalArticles real articles, a sitemap and a feed of
// them) with one hostile input in it, or none (the baseline). It counts
// requests and the bytes written to the wire for each path.
type site struct {
	base     string // http://127.0.0.1:PORT
	articles func(i int) []byte
	input    input
	srv      *http.Server
	// hostile is the payload of the input's paths, built once per site
	// (gzip bombs, the million-URL sitemap): the server then only copies.
	hostile map[string][]byte

	requests atomic.Int64
	long     atomic.Int64 // requests for URLs over 2,083 characters
	// inflight counts the requests for the input's own paths being
	// answered; peak is its highest value in the run.
	inflight, peak atomic.Int64
	mu             sync.Mutex
	sent           map[string]int64 // bytes written per path
}

// input is one hostile input: what it changes of the normal site.
type input struct {
	name string
	// what says in a few words what the crawler is given.
	what string
	// colly says whether the plain colly crawler reads this input at all
	// (it reads no sitemaps or feeds).
	colly bool
	// robots, if set, serves robots.txt. Its default lists /sitemap.xml.
	robots func(s *site, w http.ResponseWriter)
	// home adds to the home page's <body> (links, feed links).
	home string
	// paths serves the input's own paths.
	paths map[string]func(s *site, w http.ResponseWriter)
	// flags are newsprint's extra flags for this input.
	flags []string
	// build makes the payloads of the input's paths once the site's base
	// URL is known.
	build func(s *site) map[string][]byte
}

func startSite(in input, articles func(int) []byte) (*site, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listen on loopback: %w", err)
	}
	s := &site{base: "http://" + l.Addr().String(), articles: articles, input: in, sent: map[string]int64{}}
	if in.build != nil {
		s.hostile = in.build(s)
	}
	s.srv = &http.Server{Handler: s}
	go s.srv.Serve(l)
	return s, nil
}

func (s *site) close() { s.srv.Close() }

// reset clears the counters before a run.
func (s *site) reset() {
	s.requests.Store(0)
	s.long.Store(0)
	s.peak.Store(0)
	s.mu.Lock()
	s.sent = map[string]int64{}
	s.mu.Unlock()
}

// bytesSent is the bytes written for the input's own paths (robots.txt
// included if the input serves it).
func (s *site) bytesSent() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var n int64
	for p, b := range s.sent {
		if _, own := s.input.paths[p]; own || (p == "/robots.txt" && s.input.robots != nil) {
			n += b
		}
	}
	return n
}

// counter counts what a handler writes.
type counter struct {
	http.ResponseWriter
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.ResponseWriter.Write(p)
	c.n += int64(n)
	return n, err
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	if len(r.URL.RequestURI()) > 2083 {
		s.long.Add(1)
	}
	cw := &counter{ResponseWriter: w}
	p := r.URL.Path
	defer func() {
		key := p
		if len(key) > 64 {
			key = key[:64] // 100 kB URLs
		}
		if _, own := s.input.paths[p]; own {
			key = p
		}
		s.mu.Lock()
		s.sent[key] += cw.n
		s.mu.Unlock()
	}()
	if h, ok := s.input.paths[p]; ok {
		n := s.inflight.Add(1)
		defer s.inflight.Add(-1)
		for old := s.peak.Load(); n > old && !s.peak.CompareAndSwap(old, n); old = s.peak.Load() {
		}
		h(s, cw)
		return
	}
	switch {
	case p == "/robots.txt" && s.input.robots != nil:
		s.input.robots(s, cw)
	case p == "/robots.txt":
		fmt.Fprintf(cw, "User-agent: *\nAllow: /\nSitemap: %s/sitemap.xml\n", s.base)
	case p == "/":
		cw.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(cw, `<!DOCTYPE html><html><head><title>Bench News</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><h1>Bench News</h1>%s<ul>`, s.input.home)
		for i := 0; i < normalArticles; i++ {
			fmt.Fprintf(cw, `<li><a href="/a/%d">Story %d</a></li>`, i, i)
		}
		fmt.Fprint(cw, `</ul></body></html>`)
	case p == "/sitemap.xml":
		cw.Header().Set("Content-Type", "application/xml")
		cw.Write(sitemapHead)
		cw.Write(s.normalURLs())
		fmt.Fprint(cw, "</urlset>\n")
	case p == "/feed.xml":
		cw.Header().Set("Content-Type", "application/rss+xml")
		cw.Write(feedHead)
		for i := 0; i < normalArticles; i++ {
			fmt.Fprintf(cw, "<item><title>Story %d</title><link>%s/a/%d</link></item>\n", i, s.base, i)
		}
		fmt.Fprint(cw, "</channel></rss>\n")
	case strings.HasPrefix(p, "/a/"):
		var n int
		if _, err := fmt.Sscanf(p, "/a/%d", &n); err != nil || n < 0 || n >= normalArticles || p != fmt.Sprintf("/a/%d", n) {
			http.NotFound(cw, r)
			return
		}
		cw.Header().Set("Content-Type", "text/html")
		cw.Write(s.articles(n))
	default:
		http.NotFound(cw, r)
	}
}

var (
	sitemapHead = []byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	feedHead    = []byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<rss version="2.0"><channel><title>Bench News</title><link>/</link><description>bench</description>` + "\n")
)

// normalURLs is the sitemap entries of the normal articles.
func (s *site) normalURLs() []byte {
	var b bytes.Buffer
	for i := 0; i < normalArticles; i++ {
		fmt.Fprintf(&b, "<url><loc>%s/a/%d</loc><lastmod>2026-11-30</lastmod></url>\n", s.base, i)
	}
	return b.Bytes()
}

// bomb is a gzip stream of head followed by size bytes of filler, as
// gzip members (one of head, then copies of one member of filler; gzip
// readers read members on as one stream): about 1 KB on the wire per MB
// inflated.
func bomb(head []byte, filler string, size int64) []byte {
	const member = 16 << 20
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	zw.Write(head)
	zw.Close()
	var one bytes.Buffer
	zw, _ = gzip.NewWriterLevel(&one, gzip.BestCompression)
	chunk := bytes.Repeat([]byte(filler), 64<<10/len(filler)+1)
	for n := 0; n < member; n += len(chunk) {
		zw.Write(chunk)
	}
	zw.Close()
	for n := int64(0); n < size; n += member {
		out.Write(one.Bytes())
	}
	return out.Bytes()
}

// gzipped is b compressed.
func gzipped(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}

// endless writes head, then line(i) for i = 0, 1, ... until the client
// goes away (or limit bytes, a backstop).
func endless(w io.Writer, head []byte, line func(i int) string, limit int64) {
	if _, err := w.Write(head); err != nil {
		return
	}
	var buf bytes.Buffer
	var n int64
	for i := 0; n < limit; {
		buf.Reset()
		for buf.Len() < 64<<10 {
			buf.WriteString(line(i))
			i++
		}
		m, err := w.Write(buf.Bytes())
		n += int64(m)
		if err != nil {
			return
		}
	}
}
