package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// undatedHTML is an article page that states no date anywhere: no
// structured data, no <time>, no date in its text or URL.
func undatedHTML(title, body string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title></head>
<body><article><h1>` + title + `</h1><p class="byline">By Ada Reporter</p><p>` + body + `</p><p>` +
		strings.Repeat("The council met again to discuss the plan in detail and heard from residents. ", 25) + `</p></article></body></html>`
}

// A news sitemap's publication_date and a feed item's date reach the
// article of a page that states no date: published_at is set, and its
// provenance names the listing. Before, both were parsed and dropped. An
// Atom entry's <updated> is not taken for its publication date.
func TestCrawlListedDates(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nSitemap: http://%s/news-sitemap.xml\n", r.Host)
		case "/news-sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://%s/news/harbour</loc><news:news><news:publication><news:name>Fixture</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2024-03-05T10:00:00+02:00</news:publication_date><news:title>Harbour</news:title></news:news></url>
</urlset>`, r.Host)
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture</title>
<item><title>Railway</title><link>http://%s/news/railway</link><pubDate>Tue, 26 Mar 2024 09:30:00 GMT</pubDate></item></channel></rss>`, r.Host)
		case "/atom.xml":
			// An entry without <published> has no publication date: its
			// <updated> is not one.
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fixture</title><id>urn:fixture</id><updated>2024-03-22T08:00:00Z</updated>
<entry><title>Library</title><id>urn:library</id><link href="http://%[1]s/news/library"/><published>2024-03-20T08:00:00+01:00</published><updated>2024-03-21T08:00:00Z</updated></entry>
<entry><title>Bridge</title><id>urn:bridge</id><link href="http://%[1]s/news/bridge"/><updated>2024-03-22T08:00:00Z</updated></entry></feed>`, r.Host)
		case "/":
			fmt.Fprint(w, `<html><head><title>Fixture</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body><p>Home</p></body></html>`)
		case "/news/library":
			fmt.Fprint(w, undatedHTML("The library", "The library opens a new reading room."))
		case "/news/bridge":
			fmt.Fprint(w, undatedHTML("The bridge", "The old bridge is closed for repairs."))
		case "/news/harbour":
			fmt.Fprint(w, undatedHTML("The harbour reopens", "The harbour reopened to ships after the long repairs."))
		case "/news/railway":
			fmt.Fprint(w, undatedHTML("The railway line", "The railway line to the coast is to be rebuilt."))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	crawlOnce(t, srv.URL+"/", dir, out, nil)
	want := map[string][2]string{
		"/news/harbour": {"2024-03-05T10:00:00+02:00", "sitemap"},
		"/news/railway": {"2024-03-26T09:30:00Z", "feed"},
		"/news/library": {"2024-03-20T08:00:00+01:00", "feed"},
		"/news/bridge":  {"", ""},
	}
	got := map[string]bool{}
	for _, a := range readOut(t, out) {
		p := strings.TrimPrefix(a.URL, srv.URL)
		w, ok := want[p]
		if !ok {
			continue
		}
		got[p] = true
		if a.PublishedAt != w[0] || a.Provenance["published_date"] != w[1] {
			t.Errorf("%s: published_at %q from %q, want %q from the %s", p, a.PublishedAt, a.Provenance["published_date"], w[0], w[1])
		}
	}
	for p := range want {
		if !got[p] {
			t.Errorf("%s: no article", p)
		}
	}
}
