package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/newsprint/newsprint/pipeline"
)

// feedSite is a news site found through a sitemap (named in robots.txt)
// and an RSS feed (a seed). Both answer conditional GETs, the sitemap by
// ETag, the feed by Last-Modified; feedItems is the feed's newest item.
type feedSite struct {
	*httptest.Server
	mu        sync.Mutex
	feedItems int
	discover  bool // the home page names the feed (<link rel=alternate>); else it is a seed
	hits      map[string]int
	notMod    map[string]int
}

func (s *feedSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	self := "http://" + r.Host
	switch r.URL.Path {
	case "/robots.txt":
		fmt.Fprintf(w, "User-agent: *\nAllow: /\nSitemap: %s/sitemap.xml\n", self)
	case "/":
		if s.discover {
			fmt.Fprint(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><h1>Feed News</h1></body></html>`)
			return
		}
		fmt.Fprint(w, `<html><body><h1>Feed News</h1></body></html>`)
	case "/sitemap.xml":
		w.Header().Set("ETag", `"map1"`)
		if r.Header.Get("If-None-Match") == `"map1"` {
			s.notMod[r.URL.Path]++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s/news/map</loc></url></urlset>`, self)
	case "/feed.xml":
		modified := fmt.Sprintf("Tue, %02d Mar 2024 10:00:00 GMT", 10+s.feedItems)
		w.Header().Set("Last-Modified", modified)
		if r.Header.Get("If-Modified-Since") == modified {
			s.notMod[r.URL.Path]++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed News</title><link>%s/</link>`, self)
		for i := s.feedItems; i >= 1; i-- {
			fmt.Fprintf(w, `<item><title>Feed story %d</title><link>%s/news/feed%d</link></item>`, i, self, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	default:
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/news/feed%d", &i); err == nil || r.URL.Path == "/news/map" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, articleHTML("Story "+r.URL.Path[6:], "The story "+r.URL.Path[6:]+" tells of the ferry timetable.", "2024-03-26T10:00:00Z"))
			return
		}
		http.NotFound(w, r)
	}
}

func (s *feedSite) counts(path string) (hits, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path], s.notMod[path]
}

// A scheduled re-run revalidates the sitemap and the feed it read before
// (If-None-Match, If-Modified-Since): unchanged, each costs a 304 and
// queues nothing again; a feed that changed is read, and its new item
// crawled. The feed is found on the home page, or given as a seed.
func TestCrawlFeedAndSitemapRevalidated(t *testing.T) {
	for _, discover := range []bool{true, false} {
		name := "feed-seed"
		if discover {
			name = "feed-discovered"
		}
		t.Run(name, func(t *testing.T) { testRevalidated(t, discover) })
	}
}

func testRevalidated(t *testing.T, discover bool) {
	s := &feedSite{feedItems: 1, discover: discover, hits: map[string]int{}, notMod: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	defer s.Close()
	dir := t.TempDir()
	run := func(name string) []string {
		out := filepath.Join(dir, name+".jsonl")
		crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) {
			if !discover {
				c.Seeds = append(c.Seeds, s.URL+"/feed.xml")
			}
		})
		return paths(t, s.URL, readOut(t, out))
	}
	if got := run("first"); !slices.Equal(got, []string{"/news/feed1", "/news/map"}) {
		t.Fatalf("first run emitted %q, want the sitemap's and the feed's story", got)
	}
	if got := run("unchanged"); len(got) != 0 {
		t.Errorf("a re-run with nothing changed emitted %q", got)
	}
	for _, p := range []string{"/sitemap.xml", "/feed.xml"} {
		if hits, nm := s.counts(p); hits != 2 || nm != 1 {
			t.Errorf("%s: %d requests, %d answered 304; want 2, the second a conditional GET answered 304", p, hits, nm)
		}
	}
	s.mu.Lock()
	s.feedItems = 2
	s.mu.Unlock()
	if got := run("new-item"); !slices.Equal(got, []string{"/news/feed2"}) {
		t.Errorf("a re-run after the feed gained an item emitted %q, want /news/feed2", got)
	}
	if hits, nm := s.counts("/feed.xml"); hits != 3 || nm != 1 {
		t.Errorf("/feed.xml: %d requests, %d answered 304; want 3, the changed feed read whole", hits, nm)
	}
}
