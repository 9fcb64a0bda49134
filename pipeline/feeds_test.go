package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Feed autodiscovery is bounded per host: a site whose every article names
// its own feed and comments feed in <link rel=alternate> (WordPress does)
// costs a few feed requests, not two per article. Before, each was queued:
// the "42 feed URLs of one slow host".
func TestCrawlFeedDiscoveryBounded(t *testing.T) {
	const articles = 12
	var mu sync.Mutex
	feeds := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		switch {
		case p == "/robots.txt" || p == "/sitemap.xml":
			http.NotFound(w, r)
		case strings.HasSuffix(p, "/feed"):
			mu.Lock()
			feeds[p]++
			mu.Unlock()
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title></channel></rss>`)
		case p == "/":
			var b strings.Builder
			b.WriteString(`<html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head><body><ul>`)
			for i := 1; i <= articles; i++ {
				fmt.Fprintf(&b, `<li><a href="/news/%d">Story %d</a></li>`, i, i)
			}
			b.WriteString(`</ul></body></html>`)
			fmt.Fprint(w, b.String())
		case strings.HasPrefix(p, "/news/"):
			page := articleHTML("Story "+p, "A story about "+p+" and the harbour.", "2024-03-26T10:00:00Z")
			links := fmt.Sprintf(`<link rel="alternate" type="application/rss+xml" href="%[1]s/feed"><link rel="alternate" type="application/rss+xml" href="%[1]s/comments/feed"></head>`, p)
			fmt.Fprint(w, strings.Replace(page, "</head>", links, 1))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	crawlOnce(t, srv.URL+"/", dir, filepath.Join(dir, "out.jsonl"), nil)
	mu.Lock()
	defer mu.Unlock()
	if len(feeds) > 3 {
		t.Errorf("%d feeds requested, want at most 3 per host: %v", len(feeds), feeds)
	}
	if feeds["/feed"] == 0 {
		t.Errorf("the home page's feed was not requested: %v", feeds)
	}
	for p := range feeds {
		if strings.Contains(p, "comments") {
			t.Errorf("comments feed %s requested", p)
		}
	}
}
