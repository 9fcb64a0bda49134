package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// site is the fixture news site: a route for every trap the crawler must
// handle. Its articles can be edited and added between runs.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	articles map[string]string // path -> body text
	hits     map[string]int
	times    map[string][]time.Time
	delay    time.Duration // robots.txt Crawl-delay
	// latency delays every answer; inflight and most count the requests
	// being answered (the deliberately slow and oversized routes aside).
	latency        atomic.Int64 // a time.Duration
	inflight, most atomic.Int32
}

func articleHTML(title, body, date string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + ` | Fixture News</title>
<meta property="og:site_name" content="Fixture News"><meta property="article:published_time" content="` + date + `"></head>
<body><nav class="menu"><a href="/">Home</a><a href="/section/world">World</a><a href="/about">About</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept all cookies</button></div>
<article><h1>` + title + `</h1><p class="byline">By Ada Reporter</p>
<p>` + body + `</p><p>` + strings.Repeat("The council met again on Tuesday to discuss the plan in detail. ", 12) + `</p></article>
<div class="related"><h3>Related</h3><ul><li><a href="/news/a1">One</a></li><li><a href="/news/a2">Two</a></li><li><a href="/news/a3">Three</a></li></ul></div>
<footer>Copyright 2024 Fixture News. All rights reserved. <a href="http://offsite.example/">Partner</a></footer></body></html>`
}

func newSite(crawlDelay time.Duration) *site {
	s := &site{articles: map[string]string{
		"/news/a1": "First story body about the harbour.",
		"/news/a2": "Second story body about the railway.",
		"/news/a3": "Third story body about the library.",
	}, hits: map[string]int{}, times: map[string][]time.Time{}, delay: crawlDelay}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

func (s *site) setArticle(path, body string) {
	s.mu.Lock()
	s.articles[path] = body
	s.mu.Unlock()
}

// requestTimes returns when each path was requested.
func (s *site) requestTimes() map[string][]time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string][]time.Time, len(s.times))
	for k, v := range s.times {
		out[k] = append([]time.Time(nil), v...)
	}
	return out
}

func (s *site) hitCount(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	if p := r.URL.Path; p != "/slow" && p != "/big" && p != "/big-chunked" {
		n := s.inflight.Add(1)
		defer s.inflight.Add(-1)
		for m := s.most.Load(); n > m && !s.most.CompareAndSwap(m, n); m = s.most.Load() {
		}
		time.Sleep(time.Duration(s.latency.Load()))
	}
	s.mu.Lock()
	s.hits[r.URL.RequestURI()]++
	hits := s.hits[r.URL.RequestURI()]
	s.times[r.URL.Path] = append(s.times[r.URL.Path], time.Now())
	body, isArticle := s.articles[r.URL.Path]
	var links []string
	for p := range s.articles {
		links = append(links, p)
	}
	s.mu.Unlock()

	p := r.URL.Path
	self := "http://" + r.Host // not s.URL: the server runs before newSite has stored it
	switch {
	case p == "/robots.txt":
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\nCrawl-delay: %g\nSitemap: %s/sitemap_index.xml\n", s.delay.Seconds(), self)
	case p == "/sitemap_index.xml":
		w.Header().Set("Content-Type", "application/xml")
		// It lists itself too: the crawl must not loop.
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/sitemap-news.xml.gz</loc></sitemap><sitemap><loc>%[1]s/sitemap_index.xml</loc></sitemap></sitemapindex>`, self)
	case p == "/sitemap-news.xml.gz":
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		fmt.Fprintf(zw, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%[1]s/news/s1</loc><lastmod>2024-03-26T10:00:00Z</lastmod><news:news><news:publication_date>2024-03-26T10:00:00Z</news:publication_date><news:title>Sitemap story</news:title></news:news></url>
<url><loc>%[1]s/news/a1</loc></url><url><loc>http://offsite.example/x</loc></url></urlset>`, self)
		zw.Close()
		w.Header().Set("Content-Type", "application/x-gzip")
		w.Write(b.Bytes())
	case p == "/feed.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture News</title><link>%[1]s/</link>
<item><title>Feed story</title><link>%[1]s/news/f1</link><pubDate>Tue, 26 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>`, self)
	case p == "/news/s1":
		fmt.Fprint(w, articleHTML("Sitemap story", "Only the news sitemap links to this story.", "2024-03-26T10:00:00Z"))
	case p == "/news/f1":
		fmt.Fprint(w, articleHTML("Feed story", "Only the RSS feed links to this story.", "2024-03-26T11:00:00Z"))
	case p == "/":
		var b strings.Builder
		b.WriteString(`<html><head><title>Fixture News</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><h1>Fixture News</h1><ul>`)
		for _, l := range links {
			fmt.Fprintf(&b, `<li><a href="%s">story</a></li>`, l)
		}
		for _, l := range []string{"/news/a1?utm_source=home&fbclid=x", "/news/a1#comments", "/news/dup", "/r1", "/loop1",
			"/missing", "/flaky", "/busy", "/slow", "/big", "/big-chunked", "/doc.pdf", "/img.png", "/gbk", "/malformed",
			"/calendar?month=1", "/private/secret", "/section/world", "/about", "/sections/health/2024/03/26/brief", "/world/", "http://offsite.example/story"} {
			fmt.Fprintf(&b, `<li><a href="%s">x</a></li>`, l)
		}
		b.WriteString(`</ul></body></html>`)
		fmt.Fprint(w, b.String())
	case isArticle:
		etag := fmt.Sprintf(`"%x"`, len(body)*31+int(body[0]))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML("Story "+strings.TrimPrefix(p, "/news/"), body, "2024-03-26T10:00:00Z"))
	case p == "/news/dup":
		// The same story as a2 under another URL; its canonical says so.
		page := articleHTML("Story a2", s.articles["/news/a2"], "2024-03-26T10:00:00Z")
		fmt.Fprint(w, strings.Replace(page, "<head>", `<head><link rel="canonical" href="/news/a2">`, 1))
	case p == "/sections/health/2024/03/26/brief":
		// A news brief: short, under a section-like path, but a dated
		// NewsArticle by its own account.
		page := strings.Replace(articleHTML("Clinic hours extended", "The clinic opens until nine from Monday.", "2024-03-26T10:00:00Z"),
			strings.Repeat("The council met again on Tuesday to discuss the plan in detail. ", 12), "Staff were hired for the evening shifts, the health board said in a statement on Tuesday morning. Patients can book the new late appointments online or by phone, and walk-in visits stay open until seven.", 1)
		fmt.Fprint(w, strings.Replace(page, "<head>", `<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Clinic hours extended"}</script>`, 1))
	case p == "/world/":
		// A category page, long and dated enough to pass for an article,
		// that says what it is in JSON-LD.
		page := articleHTML("World", strings.Repeat("Teaser of a story from around the world, with a line of summary. ", 30), "2024-03-26T10:00:00Z")
		fmt.Fprint(w, strings.Replace(page, "<head>", `<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","name":"World"},{"@type":"WebSite","name":"Fixture News"}]}</script>`, 1))
	case p == "/r1":
		http.Redirect(w, r, "/r2", http.StatusMovedPermanently)
	case p == "/r2":
		http.Redirect(w, r, "/news/redirected", http.StatusFound)
	case p == "/news/redirected":
		fmt.Fprint(w, articleHTML("Redirected story", "Reached through a redirect chain.", "2024-03-27T10:00:00Z"))
	case p == "/loop1":
		http.Redirect(w, r, "/loop2", http.StatusFound)
	case p == "/loop2":
		http.Redirect(w, r, "/loop1", http.StatusFound)
	case p == "/flaky":
		if hits == 1 {
			http.Error(w, "oops", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, articleHTML("Flaky story", "Served on the second try.", "2024-03-28T10:00:00Z"))
	case p == "/busy":
		if hits == 1 {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, articleHTML("Busy story", "Served after Retry-After.", "2024-03-29T10:00:00Z"))
	case p == "/slow":
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	case p == "/big":
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>"+strings.Repeat("big page ", 400_000)+"</p></body></html>") // ~3.6 MB
	case p == "/big-chunked":
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 40; i++ {
			fmt.Fprint(w, strings.Repeat("<p>chunked big page</p>", 5000))
			w.(http.Flusher).Flush()
		}
	case p == "/doc.pdf":
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4 ...")
	case p == "/img.png":
		w.Header().Set("Content-Type", "image/png")
		fmt.Fprint(w, "\x89PNG\r\n\x1a\n")
	case p == "/gbk":
		page := strings.Replace(articleHTML("中文报道", "重庆中欧班列开行十三周年，累计开行超过一万六千列。", "2024-03-26T10:00:00+08:00"),
			`<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, 1)
		page = strings.Replace(page, "&copy;", "", -1)
		enc, err := simplifiedchinese.GBK.NewEncoder().String(page)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "text/html") // the charset is only in <meta>
		fmt.Fprint(w, enc)
	case p == "/malformed":
		// Unclosed paragraphs and cells, stray end tags, no </body>.
		fmt.Fprint(w, `<html><head><title>Malformed story</title><meta property="article:published_time" content="2024-03-30"><body><div><h1>Malformed story</h1><p>`+
			strings.Repeat("Unclosed paragraphs run on in this story text. ", 12)+`<p>`+strings.Repeat("Another unclosed paragraph follows the first. ", 12)+
			`</span></b><table><tr><td>cell<td>cell</i><p>`+strings.Repeat("And the story ends without closing anything. ", 6))
	case strings.HasPrefix(p, "/calendar"):
		var m int
		fmt.Sscanf(r.URL.Query().Get("month"), "%d", &m)
		fmt.Fprintf(w, `<html><body><h1>Calendar</h1><a href="/calendar?month=%d">next</a></body></html>`, m+1)
	case p == "/section/world", p == "/about":
		fmt.Fprint(w, `<html><body><h1>Section</h1><ul><li><a href="/news/a1">One</a></li><li><a href="/news/a2">Two</a></li></ul></body></html>`)
	case p == "/private/secret":
		fmt.Fprint(w, articleHTML("Secret", "Must never be fetched: robots.txt disallows it.", "2024-03-26T10:00:00Z"))
	default:
		http.NotFound(w, r)
	}
}
