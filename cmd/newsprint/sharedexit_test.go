package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/redisstore/redistest"
)

// Two workers share a crawl through Redis; worker b's whole lot is one
// dead link (404), fetched while worker a holds the only other URL. When a
// gets a page meanwhile, the crawl made progress and neither exits 3:
// before, b exited 3 ("every fetch failed: failed: HTTP 404 (1)"), the way
// TestCrawlRedisCLI failed once when one worker drew only the mirror's 404
// links, and a Kubernetes Job per worker would fail at random. When a's URL
// answers 503 too, the crawl as a whole got nothing, and both exit 3.
//
// The order is forced, not raced: a runs with --concurrency 1 (its
// frontier holds one URL) and its page does not answer before b's request
// for the dead link has arrived; b's --stats shows that b fetched it.
func TestCrawlRedisWorkerWithOnlyDeadLinks(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int // of a's page
		want   int // the exit status of both workers
	}{
		{"other worker got a page", http.StatusOK, 0},
		{"site down for both", http.StatusServiceUnavailable, exitNothingFetched},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := redistest.Start(t)
			slowAsked, goneAsked, release := make(chan struct{}), make(chan struct{}), make(chan struct{})
			var slowOnce, goneOnce, releaseOnce sync.Once
			defer releaseOnce.Do(func() { close(release) })
			site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				switch r.URL.Path {
				case "/slow":
					slowOnce.Do(func() { close(slowAsked) })
					select {
					case <-release:
					case <-r.Context().Done():
						return
					}
					if tc.status != http.StatusOK {
						http.Error(w, "down", tc.status)
						return
					}
					fmt.Fprint(w, `<html><body><p>Nothing new here.</p></body></html>`)
				case "/gone":
					goneOnce.Do(func() { close(goneAsked) })
					http.NotFound(w, r)
				case "/robots.txt":
					// A sitemap off the site: neither worker queues one
					// (each would queue /sitemap.xml, and whichever
					// fetched its 404 would have a non-failure).
					fmt.Fprint(w, "User-agent: *\nAllow: /\nSitemap: http://elsewhere.invalid/sitemap.xml\n")
				default:
					http.NotFound(w, r)
				}
			}))
			defer site.Close()
			dir := t.TempDir()
			crawlID := "dead-links"
			worker := func(name, seed string) (func() (string, int), string) {
				stats := filepath.Join(dir, name+".stats.json")
				var stderr string
				var code int
				done := make(chan struct{})
				go func() {
					defer close(done)
					_, stderr, code = runCLI(t, "", "crawl", site.URL+seed, "--redis", srv.URL(), "--crawl-id", crawlID,
						"--worker", name, "--out", filepath.Join(dir, name+".jsonl"), "--stats", stats,
						"--delay", "0s", "--retries", "0", "--concurrency", "1")
				}()
				return func() (string, int) { <-done; return stderr, code }, stats
			}
			wait := func(c chan struct{}, what string) {
				t.Helper()
				select {
				case <-c:
				case <-time.After(30 * time.Second):
					t.Fatalf("%s never came", what)
				}
			}
			waitA, statsA := worker("a", "/slow")
			wait(slowAsked, "worker a's request for /slow")
			waitB, statsB := worker("b", "/gone")
			wait(goneAsked, "worker b's request for /gone")
			releaseOnce.Do(func() { close(release) })
			errA, codeA := waitA()
			errB, codeB := waitB()
			if got := outcomes(t, statsB); len(got) != 1 || got["failed: HTTP 404"] != 1 {
				t.Fatalf("worker b's outcomes %v; want its lot to be the dead link alone (the test's order failed)", got)
			}
			if got := outcomes(t, statsA); len(got) != 1 || got["failed: HTTP 404"] != 0 {
				t.Fatalf("worker a's outcomes %v; want /slow alone", got)
			}
			if codeA != tc.want || codeB != tc.want {
				t.Errorf("exit a %d, b %d; want both %d\na:\n%s\nb:\n%s", codeA, codeB, tc.want, errA, errB)
			}
			if tc.want == 0 && !strings.Contains(errB, "the crawl made progress") {
				t.Errorf("worker b's log does not say why its failures are no failed run:\n%s", errB)
			}
		})
	}
}

// outcomes reads the outcome counts of a --stats file.
func outcomes(t *testing.T, path string) map[string]int {
	t.Helper()
	var st struct {
		Outcomes map[string]int `json:"outcomes"`
	}
	b, err := os.ReadFile(path)
	if err != nil || json.Unmarshal(b, &st) != nil {
		t.Fatalf("--stats %s: %s (%v)", path, b, err)
	}
	return st.Outcomes
}
