package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/newsprint/newsprint/pipeline"
)

// peakHeap samples the heap every few milliseconds until stop is called,
// which returns the largest HeapAlloc seen.
func peakHeap() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return func() uint64 { close(done); <-finished; return peak.Load() }
}

// gzipMember is one gzip member of data: members concatenated are one
// stream to a gzip reader.
func gzipMember(data []byte) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

// queuedLike counts the URLs of the state in dir that contain s.
func queuedLike(t *testing.T, dir, s string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "crawl.db")+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(context.Background(), `SELECT count(*) FROM urls WHERE url LIKE ?`, "%"+s+"%").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// A gzip bomb served as a .xml.gz sitemap (1 MB on the wire, 1 GiB
// decompressed) is decompressed while it is read, to the sitemap cap (50
// MB): memory stays far below the bomb's size, and the URLs read before the
// cap are crawled. Before, colly decompressed it whole into memory. A page
// sent with Content-Encoding br is decoded (before, its bytes reached the
// extractor as they were).
func TestCrawlGzipBombSitemap(t *testing.T) {
	const members = 1024 // of 1 MiB each, decompressed
	head := gzipMember([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/news/first</loc></url>`))
	padding := gzipMember(bytes.Repeat([]byte("\n"), 1<<20))
	var sent atomic.Int64
	var first atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nSitemap: http://%s/bomb.xml.gz\n", r.Host)
		case "/":
			fmt.Fprint(w, `<html><body><a href="/news/br">br</a></body></html>`)
		case "/bomb.xml.gz":
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(head)
			for range members {
				n, err := w.Write(padding)
				sent.Add(int64(n))
				if err != nil {
					return
				}
			}
		case "/news/first":
			first.Add(1)
			fmt.Fprint(w, articleHTML("First", "The sitemap's one story.", "2024-03-26T10:00:00Z"))
		case "/news/br":
			var b bytes.Buffer
			bw := brotli.NewWriter(&b)
			fmt.Fprint(bw, articleHTML("Brotli story", "Sent with Content-Encoding br.", "2024-03-26T10:00:00Z"))
			bw.Close()
			w.Header().Set("Content-Encoding", "br")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(b.Bytes())
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	// Garbage collected soon, so that the peak is close to what is live.
	defer debug.SetGCPercent(debug.SetGCPercent(25))
	runtime.GC()
	stop := peakHeap()
	crawlOnce(t, srv.URL+"/", dir, out, func(c *pipeline.Config) { c.Timeout = 30 * time.Second })
	peak := stop()
	t.Logf("peak heap %d MB; %d MB of the bomb sent", peak>>20, sent.Load()>>20)
	if peak > 400<<20 {
		t.Errorf("peak heap %d MB reading a 1 GiB gzip bomb; want it bounded by the 50 MB sitemap cap", peak>>20)
	}
	if first.Load() != 1 {
		t.Error("the URL read before the cap was not crawled")
	}
	if got := paths(t, srv.URL, readOut(t, out)); !strings.Contains(strings.Join(got, " "), "/news/br") {
		t.Errorf("emitted %q: the br-encoded page was not decoded", got)
	}
}

// A valid sitemap larger than --max-bytes (10,000 URLs, 320 KB, against
// 128 KiB here; the was 16 MB of 40,000 URLs against the default 10
// MiB) is read whole: sitemaps have their own cap, sitemaps.org's 50 MB.
// Before, it was dropped as too large.
func TestCrawlLargeSitemap(t *testing.T) {
	const urls = 10_000
	srv := sitemapSite(urls)
	defer srv.Close()
	dir := t.TempDir()
	stats := crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxPages = 3
		c.MaxBodyBytes = 128 << 10
		c.Timeout = time.Minute // under -race on a loaded machine: the bound tested is the size
	})
	if n := stats.Outcomes["skipped: too large"]; n > 0 {
		t.Errorf("outcomes %v: the sitemap was dropped as too large", stats.Outcomes)
	}
	if n := queuedLike(t, dir, "/news/"); n != urls {
		t.Errorf("%d URLs of the sitemap queued, want %d", n, urls)
	}
}

// A page of 100,000 links (over the extractor's element cap) yields its
// first 10,000 links and is recorded as skipped, which later runs do not
// retry; a link longer than 2,083 characters is dropped. Before, the page
// was recorded as failed, yielded nothing and was fetched again every run,
// and a 100,000-character URL was fetched.
func TestCrawlLinkBounds(t *testing.T) {
	var long atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/":
			fmt.Fprintf(w, `<html><body><a href="/long/%s">long</a><a href="/links">links</a></body></html>`, strings.Repeat("y", 100_000))
		case r.URL.Path == "/links":
			var b strings.Builder
			b.WriteString("<html><body><ul>")
			for i := range 100_000 {
				fmt.Fprintf(&b, `<li><a href="/news/%d">%d</a></li>`, i, i)
			}
			b.WriteString("</ul></body></html>")
			fmt.Fprint(w, b.String())
		case strings.HasPrefix(r.URL.Path, "/long/"):
			long.Add(1)
			http.NotFound(w, r)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	stats := crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxPages = 4
		c.MaxBodyBytes = 10 << 20
		c.Timeout = time.Minute // a 3 MB page under -race on a loaded machine
	})
	if long.Load() > 0 || queuedLike(t, dir, "/long/") > 0 {
		t.Error("a 100,000-character URL was queued or fetched")
	}
	if n := queuedLike(t, dir, "/news/"); n != 10_000 {
		t.Errorf("the page of 100,000 links yielded %d of them, want the first 10,000 (outcomes %v)", n, stats.Outcomes)
	}
	if stats.Outcomes["skipped: too large"] != 1 {
		t.Errorf("outcomes %v: want the page of links skipped as too large, not failed", stats.Outcomes)
	}
}

// A sitemap that goes on with megabytes of white space (a gzip bomb's
// usual filler: it compresses 1,000 to 1) gives the URLs before it, and
// parsing it does not hold the white space: encoding/xml would buffer the
// whole run as one text token.
func TestParseSitemapLongText(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range 20 {
		fmt.Fprintf(&b, "<url><loc>https://example.com/a/%d</loc></url>\n", i)
	}
	b.Write(bytes.Repeat([]byte(" \n"), 10<<20))
	b.WriteString("<url><loc>https://example.com/after</loc></url></urlset>")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sm, err := pipeline.ParseSitemap(&b)
	runtime.ReadMemStats(&after)
	if err != nil || len(sm.URLs) != 20 {
		t.Errorf("ParseSitemap(20 URLs, 20 MB of white space) = %d URLs, %v; want the 20 before it", len(sm.URLs), err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 {
		t.Errorf("ParseSitemap(20 URLs, 20 MB of white space) allocated %d MiB, want under 4", alloc>>20)
	}
}

// A .gz sitemap whose gzip header is broken after its magic bytes, and a
// page sent with Content-Encoding gzip that is not gzip, fail alone: the
// crawl goes on. Before, closing the body whose gzip reader had failed to
// start dereferenced a nil *gzip.Reader, and the panic ended the process
// (found by FuzzBoundedBody).
func TestCrawlBrokenGzip(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nSitemap: http://%s/broken.xml.gz\n", r.Host)
		case "/":
			fmt.Fprint(w, `<html><body><a href="/news/first">first</a> <a href="/news/not-gzip">not gzip</a></body></html>`)
		case "/broken.xml.gz":
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write([]byte("\x1f\x8bthis is no gzip header"))
		case "/news/not-gzip":
			// Set by hand, so that net/http's transport does not decode it.
			w.Header()["Content-Encoding"] = []string{"gzip"}
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body>plain</body></html>")
		case "/news/first":
			fmt.Fprint(w, articleHTML("First", "The story after the broken sitemap.", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	stats := crawlOnce(t, srv.URL+"/", dir, out, nil)
	if got := paths(t, srv.URL, readOut(t, out)); strings.Join(got, " ") != "/news/first" {
		t.Errorf("emitted %q (outcomes %v), want /news/first", got, stats.Outcomes)
	}
}

// A page with more links than a page yields (10,000), small enough to be
// extracted, yields the first 10,000 in document order and is handled as
// any page (a listing page here); the rest are dropped.
func TestCrawlManyLinksFirstN(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<html><body><a href="/links">links</a></body></html>`)
		case "/links":
			var b strings.Builder
			b.WriteString("<html><body><ul>")
			for i := range 15_000 {
				fmt.Fprintf(&b, `<a href="/news/%d">%d</a> `, i, i)
			}
			b.WriteString("</ul></body></html>")
			fmt.Fprint(w, b.String())
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	stats := crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxPages = 3
		c.Timeout = time.Minute // under -race on a loaded machine
	})
	if n := queuedLike(t, dir, "/news/"); n != 10_000 {
		t.Errorf("the page of 15,000 links yielded %d of them, want 10,000 (outcomes %v)", n, stats.Outcomes)
	}
	if queuedLike(t, dir, "/news/9999") != 1 || queuedLike(t, dir, "/news/10000") != 0 {
		t.Error("the links yielded are not the first 10,000 in document order")
	}
	if stats.Outcomes["skipped: too large"] != 0 {
		t.Errorf("outcomes %v: the page is not too large to extract", stats.Outcomes)
	}
}

// A comment or CDATA section is one token to encoding/xml, held whole
// however long, and a '<' inside it reset the 64 KiB text-run cut: a
// sitemap with megabytes of "<a" in a comment or a <loc>'s CDATA cost the
// decoder that much memory. It is cut at 64 KiB like any run of text, the
// entries before it kept.
func TestParseSitemapLongComment(t *testing.T) {
	for name, open := range map[string]string{"comment": "<!--", "cdata": "<url><loc><![CDATA["} {
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		b.WriteString("<url><loc><![CDATA[https://example.com/a/0]]></loc></url><!-- a - comment ->x -->\n")
		for i := 1; i < 20; i++ {
			fmt.Fprintf(&b, "<url><loc>https://example.com/a/%d</loc></url>\n", i)
		}
		b.WriteString(open)
		b.Write(bytes.Repeat([]byte("<a "), 4<<20))
		b.WriteString("]]> --><url><loc>https://example.com/after</loc></url></urlset>")
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		sm, err := pipeline.ParseSitemap(&b)
		runtime.ReadMemStats(&after)
		if err != nil || len(sm.URLs) != 20 || sm.URLs[0].Loc != "https://example.com/a/0" {
			t.Errorf("ParseSitemap(20 URLs, a 12 MB %s) = %d URLs, %v; want the 20 before it", name, len(sm.URLs), err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 {
			t.Errorf("ParseSitemap(20 URLs, a 12 MB %s) allocated %d MiB, want under 4", name, alloc>>20)
		}
	}
}

// sitemapSite serves a robots.txt naming /sitemap.xml, a sitemap of urls
// entries (/news/0, /news/1, …), and 404 for everything else.
func sitemapSite(urls int) *httptest.Server {
	var sitemap strings.Builder
	sitemap.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range urls {
		sitemap.WriteString("<url><loc>/news/" + strconv.Itoa(i) + "</loc></url>\n")
	}
	sitemap.WriteString(`</urlset>`)
	body := sitemap.String()
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nSitemap: http://%s/sitemap.xml\n", r.Host)
		case "/sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			io.WriteString(w, body)
		default:
			http.NotFound(w, r)
		}
	}))
}
