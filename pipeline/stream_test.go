package pipeline_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/pipeline"
)

// A sitemap is parsed while it downloads: the URLs of its first part are
// queued, leased and fetched while the server still holds back the rest.
// Before, colly read the whole body before the sitemap was parsed, so no
// page was requested until the server gave up waiting (30 s) and sent the
// end: a sitemap at the 50 MB cap was held whole, about 110 MiB, up to
// --concurrency of them at once.
func TestCrawlSitemapStreamed(t *testing.T) {
	const first = 2000 // over ReadSitemap's batch of 1,000
	pageSeen := make(chan struct{})
	var once sync.Once
	var early bool // a page was requested before the sitemap's end was sent
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nSitemap: http://%s/sitemap.xml\n", r.Host)
		case r.URL.Path == "/sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for i := range first {
				fmt.Fprintf(w, "<url><loc>http://%s/news/%d</loc></url>\n", r.Host, i)
			}
			w.(http.Flusher).Flush()
			select {
			case <-pageSeen:
				mu.Lock()
				early = true
				mu.Unlock()
			case <-time.After(30 * time.Second):
			case <-r.Context().Done():
			}
			fmt.Fprintf(w, "<url><loc>http://%s/news/last</loc></url></urlset>", r.Host)
		case strings.HasPrefix(r.URL.Path, "/news/"):
			once.Do(func() { close(pageSeen) })
			http.NotFound(w, r)
		default:
			fmt.Fprint(w, `<html><body><p>Home</p></body></html>`)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	stats := crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxPages = 5
		c.Timeout = time.Minute // the sitemap's end comes when a page was requested
	})
	mu.Lock()
	defer mu.Unlock()
	if !early {
		t.Errorf("no page of the sitemap was requested while it downloaded (outcomes %v)", stats.Outcomes)
	}
	if n := queuedLike(t, dir, "/news/"); n != first+1 {
		t.Errorf("%d URLs of the sitemap queued, want %d", n, first+1)
	}
}

// A page over --max-bytes is read to the cap and its links there are
// followed (as Heritrix and wget parse a truncated download); it is
// recorded as skipped, too large, and no article is taken from it. Before,
// it yielded none of its links, and one whose Content-Length was over the
// cap was not read at all.
func TestCrawlTruncatedPageLinks(t *testing.T) {
	const maxBytes = 64 << 10
	page := func(name string) string {
		return `<html><body><a href="/news/` + name + `-first">first</a><p>` + strings.Repeat("Filler text. ", 2*maxBytes/13) +
			`</p><a href="/news/` + name + `-after">after the cap</a></body></html>`
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<html><body><a href="/sized">sized</a> <a href="/chunked">chunked</a></body></html>`)
		case "/sized":
			b := page("sized")
			w.Header().Set("Content-Length", strconv.Itoa(len(b)))
			fmt.Fprint(w, b)
		case "/chunked":
			b := page("chunked")
			fmt.Fprint(w, b[:1000])
			w.(http.Flusher).Flush() // no Content-Length
			fmt.Fprint(w, b[1000:])
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	stats := crawlOnce(t, srv.URL+"/", dir, out, func(c *pipeline.Config) { c.MaxBodyBytes = maxBytes })
	for _, u := range []string{"/news/sized-first", "/news/chunked-first"} {
		if queuedLike(t, dir, u) != 1 {
			t.Errorf("%s, before the cap, was not queued (outcomes %v)", u, stats.Outcomes)
		}
	}
	if n := queuedLike(t, dir, "-after"); n != 0 {
		t.Errorf("%d links after the cap queued, want none", n)
	}
	if n := stats.Outcomes["skipped: too large"]; n != 2 {
		t.Errorf("outcomes %v: want both pages skipped: too large", stats.Outcomes)
	}
	if arts := readOut(t, out); len(arts) != 0 {
		t.Errorf("emitted %d articles, want none from cut pages", len(arts))
	}
}

// Sitemaps and feeds are revalidated: the next run asks with
// If-None-Match, and a 304 is not-modified. A sitemap index is read again
// whole, so that its sitemaps are asked too (a 304 would leave them
// unread, and the new articles of the newest with them). Before, the
// validators of sitemaps and feeds were not kept, and every run
// downloaded them whole.
func TestCrawlListingsRevalidated(t *testing.T) {
	var mu sync.Mutex
	asked := map[string]int{} // conditional requests per path
	got := map[string]int{}   // requests per path
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got[r.URL.Path]++
		if r.Header.Get("If-None-Match") != "" {
			asked[r.URL.Path]++
		}
		mu.Unlock()
		etag := `"v1` + r.URL.Path + `"`
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nSitemap: http://%s/sitemap-index.xml\n", r.Host)
			return
		case "/":
			fmt.Fprint(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><p>Home</p></body></html>`)
			return
		case "/sitemap-index.xml", "/sitemap-news.xml", "/feed.xml":
		default:
			http.NotFound(w, r)
			return
		}
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/xml")
		switch r.URL.Path {
		case "/sitemap-index.xml":
			fmt.Fprintf(w, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://%s/sitemap-news.xml</loc></sitemap></sitemapindex>`, r.Host)
		case "/sitemap-news.xml":
			fmt.Fprintf(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://%s/news/1</loc></url></urlset>`, r.Host)
		case "/feed.xml":
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>F</title><item><title>One</title><link>http://%s/news/2</link></item></channel></rss>`, r.Host)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "1.jsonl"), nil)
	stats := crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "2.jsonl"), nil)
	mu.Lock()
	defer mu.Unlock()
	for _, p := range []string{"/sitemap-news.xml", "/feed.xml"} {
		if got[p] != 2 || asked[p] != 1 {
			t.Errorf("%s: %d requests, %d conditional; want 2, the second conditional (outcomes %v)", p, got[p], asked[p], stats.Outcomes)
		}
	}
	if p := "/sitemap-index.xml"; got[p] != 2 || asked[p] != 0 {
		t.Errorf("%s: %d requests, %d conditional; want 2, read whole each time", p, got[p], asked[p])
	}
	if n := stats.Outcomes["not-modified"]; n != 2 {
		t.Errorf("second run outcomes %v: want the sitemap and the feed not-modified", stats.Outcomes)
	}
}

// A sitemap whose server stalls mid-file is cut off at --timeout (the
// time spent waiting on the network; parsing is not counted) and fails as
// a timeout, to be retried; the URLs before the stall are queued. The
// stalled handler holds until the client leaves: the crawl must not.
func TestCrawlSitemapStalls(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nSitemap: http://%s/sitemap.xml\n", r.Host)
		case r.URL.Path == "/sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for i := range 1500 {
				fmt.Fprintf(w, "<url><loc>http://%s/news/%d</loc></url>\n", r.Host, i)
			}
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		case r.URL.Path == "/":
			fmt.Fprint(w, `<html><body><p>Home</p></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	stats := crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxPages = 3
		c.Retries = -1 // none
		c.Timeout = 300 * time.Millisecond
	})
	if stats.Outcomes["failed: timeout"] != 1 {
		t.Errorf("outcomes %v: want the stalled sitemap failed: timeout", stats.Outcomes)
	}
	if n := queuedLike(t, dir, "/news/"); n < 1000 {
		t.Errorf("%d URLs of the stalled sitemap queued, want its first batch (1,000) at least", n)
	}
}

// With --warc, a sitemap the parser stops reading (at 50,000 URLs) is
// still read to its end, within the cap, so that its record is the whole
// response, as when colly read every body whole: the archive keeps what
// the site served, not what the parser needed.
func TestCrawlSitemapArchivedWhole(t *testing.T) {
	srv := sitemapSite(56_000) // 6,000 over the cap: about 300 KB the parser does not need
	defer srv.Close()
	dir := t.TempDir()
	warcDir := filepath.Join(dir, "warc")
	arc := openArchive(t, warcDir)
	crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxPages = 2
		c.Timeout = time.Minute // under -race on a loaded machine
		c.Archive = arc
	})
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(warcDir, archive.IndexFile))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var e archive.IndexEntry
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("index line %q: %v", l, err)
		}
		if strings.HasSuffix(e.URL, "/sitemap.xml") {
			found = true
			if e.Digest == "" {
				t.Errorf("the sitemap's record is truncated (no payload digest): %+v", e)
			}
		}
	}
	if !found {
		t.Errorf("no record of the sitemap in the index:\n%s", b)
	}
}
