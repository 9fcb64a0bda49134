package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// A crawl reads the page against the time it fetched it: "3 hours ago"
// under the headline dates the article, as it does when the record is
// extracted again from the archive (Offline, WARC-Date).
func TestCrawlReadsRelativeDates(t *testing.T) {
	prose := strings.Repeat("<p>The council voted on Tuesday to approve a new budget for the harbour district, ending months of debate over how to pay for the sea wall.</p>", 6)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/news/harbour-budget":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>Council approves harbour budget</title></head><body><article><h1>Council approves harbour budget</h1><p class="byline">By Ada Lovelace · 3 hours ago</p>%s</article></body></html>`, prose)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	crawlOnce(t, srv.URL+"/news/harbour-budget", dir, out, func(c *pipeline.Config) { c.MaxDepth = 0 })
	arts := readOut(t, out)
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1", len(arts))
	}
	a := arts[0]
	fetched, err := time.Parse(time.RFC3339, a.FetchedAt)
	if err != nil {
		t.Fatalf("fetched_at %q: %v", a.FetchedAt, err)
	}
	if want := fetched.Add(-3 * time.Hour).UTC().Format("2006-01-02"); a.PublishedDate != want {
		t.Errorf("published_date %q (published_at %q), want %s: three hours before fetched_at %s", a.PublishedDate, a.PublishedAt, want, a.FetchedAt)
	}
}
