package main

import (
	"context"
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
	"github.com/redis/go-redis/v9"
)

// Two workers share a crawl through Redis; worker b's whole lot is one
// dead link (404), fetched while worker a holds the only other URL. When a
// gets a page meanwhile, the crawl made progress and neither exits 3:
// before, b exited 3 ("every fetch failed: failed: HTTP 404 (1)"), the way
// TestCrawlRedisCLI failed once when one worker drew only the mirror's 404
// links, and a Kubernetes Job per worker would fail at random. When a's URL
// answers 503 too, the crawl as a whole got nothing, and both exit 3.
// When a got its page before b started and only a dead link after, b
// joined a's crawl run and exits 0 too (before, and with a reading of the
// count at b's start, b exited 3): a worker restarted late is judged with
// the crawl it joined.
//
// The order is forced, not raced: a runs with --concurrency 1 (its
// frontier holds one URL) and its page does not answer before b's request
// for the dead link has arrived; b's --stats shows that b fetched it.
func TestCrawlRedisWorkerWithOnlyDeadLinks(t *testing.T) {
	for _, tc := range []struct {
		name   string
		seed   string // a's
		status int    // of /slow, a's last URL
		want   int    // the exit status of both workers
	}{
		{"other worker got a page", "/slow", http.StatusOK, 0},
		{"site down for both", "/slow", http.StatusServiceUnavailable, exitNothingFetched},
		{"other worker got a page before", "/", http.StatusNotFound, 0},
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
				case "/":
					fmt.Fprint(w, `<html><body><p>Front page.</p><a href="/slow">more</a></body></html>`)
				case "/gone":
					goneOnce.Do(func() { close(goneAsked) })
					http.NotFound(w, r)
				case "/robots.txt":
					// A sitemap off the site: neither worker queues one
					// (each would queue /sitemap.xml, and which of them
					// fetches it is a race).
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
			waitA, statsA := worker("a", tc.seed)
			wait(slowAsked, "worker a's request for /slow")
			if tc.seed == "/" {
				waitAnswered(t, srv.URL(), crawlID) // a's front page committed before b starts
			}
			waitB, statsB := worker("b", "/gone")
			wait(goneAsked, "worker b's request for /gone")
			releaseOnce.Do(func() { close(release) })
			errA, codeA := waitA()
			errB, codeB := waitB()
			if got := outcomes(t, statsB); len(got) != 1 || got["failed: HTTP 404"] != 1 {
				t.Fatalf("worker b's outcomes %v; want its lot to be the dead link alone (the test's order failed)", got)
			}
			if got := outcomes(t, statsA); len(got) != 1 && tc.seed == "/slow" || got["failed: HTTP 404"] > 1 {
				t.Fatalf("worker a's outcomes %v; want its own URLs alone", got)
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

// waitAnswered waits until a URL the site answered is committed to the
// crawl, reading the Redis count directly: a Store opened to read it
// would be a live process of the crawl, which the verdict counts with.
func waitAnswered(t *testing.T, redisURL, crawlID string) {
	t.Helper()
	o, err := redis.ParseURL(redisURL)
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(o)
	defer rdb.Close()
	for range 3000 {
		if n, _ := rdb.Get(context.Background(), "np:{"+crawlID+"}:answered").Int(); n > 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no answered URL committed to crawl %s", crawlID)
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
