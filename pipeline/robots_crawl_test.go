package pipeline_test

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
)

// robotsDown serves the fixture site with its robots.txt answering 500
// while down is positive (each answer counts down; -1: for good).
func robotsDown(s *site, down *atomic.Int32) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if n := down.Load(); n < 0 || n > 0 && down.CompareAndSwap(n, n-1) {
				http.Error(w, "down for maintenance", http.StatusInternalServerError)
				return
			}
		}
		s.serve(w, r)
	}))
}

// A robots.txt answering 500 during one run loses nothing: the URLs queued
// by an earlier run are not recorded as disallowed ("skipped: robots.txt"
// was final: 87 of 105 articles were never crawled later), but as failed
// with the cause, and the next run, robots.txt answering 200, crawls them.
func TestCrawlRobots5xxAcrossRuns(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	var down atomic.Int32
	srv := robotsDown(s, &down)
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	seed := srv.URL + "/"
	// Run 1 stops early, leaving most of the site queued.
	crawlOnce(t, seed, dir, out, func(c *pipeline.Config) { c.MaxPages = 3 })
	down.Store(-1)
	stats := crawlOnce(t, seed, dir, out, nil)
	if n := stats.Outcomes["skipped: robots.txt"]; n > 0 {
		t.Errorf("run 2 (robots.txt 500): %d URLs recorded as disallowed", n)
	}
	if stats.Outcomes["failed: robots.txt: HTTP 500"] == 0 {
		t.Errorf("run 2 (robots.txt 500): outcomes %v; want failures named \"robots.txt: HTTP 500\"", stats.Outcomes)
	}
	down.Store(0)
	crawlOnce(t, seed, dir, out, nil)
	if got := paths(t, srv.URL, readOut(t, out)); !slices.Equal(got, wantArticles) {
		t.Errorf("three runs, robots.txt 500 in the second, emitted %q\nwant each once: %q", got, wantArticles)
	}
}

// A robots.txt that answers 500 twice, then 200, is fetched again with
// backoff within the run, and the run crawls the whole site.
func TestCrawlRobots5xxRetriedInRun(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	var down atomic.Int32
	down.Store(2)
	srv := robotsDown(s, &down)
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	stats := crawlOnce(t, srv.URL+"/", dir, out, nil)
	if got := paths(t, srv.URL, readOut(t, out)); !slices.Equal(got, wantArticles) {
		t.Errorf("robots.txt 500, 500, then 200: emitted %q (outcomes %v)\nwant %q", got, stats.Outcomes, wantArticles)
	}
	if n, left := s.hitCount("/robots.txt"), down.Load(); n != 1 || left != 0 {
		t.Errorf("robots.txt answered 200 %d times, with %d of its 500s left; want the two 500s, then one 200", n, left)
	}
	var private []extractor.Article
	for _, a := range readOut(t, out) {
		if strings.Contains(a.URL, "/private/") {
			private = append(private, a)
		}
	}
	if len(private) > 0 {
		t.Errorf("robots.txt rules not applied after the retry: %d private pages emitted", len(private))
	}
}
