package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// orderSite is a host of a seed page linking n articles, which notes the
// order of the requests it gets in log.
func orderSite(name string, n int, mu *sync.Mutex, log *[]string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		*log = append(*log, name+r.URL.Path)
		mu.Unlock()
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<html><body>`)
			for i := range n {
				fmt.Fprintf(w, `<a href="/news/%d">Story %d</a> `, i, i)
			}
			fmt.Fprint(w, `</body></html>`)
		case "/robots.txt", "/sitemap.xml":
			http.NotFound(w, r)
		default:
			fmt.Fprint(w, articleHTML("Story "+r.URL.Path, "A story of "+name+".", "2024-03-26T10:00:00Z"))
		}
	}))
}

// With a shared HostLimiter, a host whose next start another process holds
// back waits in the frontier, not in a process slot: with one slot, the
// other host is crawled meanwhile. Before, the limiter's wait held the
// slot, and nothing else started until the held-back host's turn came.
func TestCrawlSharedLimiterWaitsInFrontier(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	open := func(worker string) *redisstore.Store {
		st, err := redisstore.Open(ctx, srv.URL(), "limits", redisstore.Options{Worker: worker})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	var mu sync.Mutex
	var log []string
	held, free := orderSite("held", 2, &mu, &log), orderSite("free", 3, &mu, &log)
	defer held.Close()
	defer free.Close()
	// Another process of the crawl has just started a request to the held
	// host, with a delay of 4s before the next may start.
	other := open("other")
	release, err := other.Acquire(ctx, held.Listener.Addr().String(), 1, 4*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	release.Release()
	limiter := open("this")
	dir := t.TempDir()
	crawlOnce(t, held.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.Seeds = append(c.Seeds, free.URL+"/")
		c.Concurrency, c.Parallel, c.MaxDepth = 1, 1, 1
		c.Limiter = limiter
	})
	mu.Lock()
	defer mu.Unlock()
	firstHeld, lastFree := -1, -1
	for i, r := range log {
		switch {
		case r[:4] == "held" && firstHeld < 0:
			firstHeld = i
		case r[:4] == "free":
			lastFree = i
		}
	}
	if firstHeld < 0 || lastFree < 0 {
		t.Fatalf("requests %v, want both hosts crawled", log)
	}
	if lastFree > firstHeld {
		t.Errorf("requests in order %v: the free host waited behind the held one's turn", log)
	}
}

// crawlDelays is a HostLimiter that grants every turn and notes the
// Crawl-delays it is told.
type crawlDelays struct {
	mu  sync.Mutex
	got map[string]time.Duration
}

func (l *crawlDelays) TryAcquire(context.Context, string, int, time.Duration) (pipeline.Turn, time.Duration, error) {
	return nopTurn{}, 0, nil
}

type nopTurn struct{}

func (nopTurn) Sent()    {}
func (nopTurn) Release() {}

func (l *crawlDelays) SetCrawlDelay(_ context.Context, host string, d time.Duration) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.got[host] = d
	return nil
}

// A process that reads a host's robots.txt tells the shared HostLimiter
// its Crawl-delay, so that the other processes, which read robots.txt
// themselves, do not make their first requests, robots.txt included, at
// their own --delay after it (redisstore: TestCrawlDelayShared).
func TestCrawlSharesCrawlDelay(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 1\n")
			return
		}
		fmt.Fprint(w, articleHTML("Story", "A story of a polite host.", "2024-03-26T10:00:00Z"))
	}))
	defer s.Close()
	lim := &crawlDelays{got: map[string]time.Duration{}}
	dir := t.TempDir()
	crawlOnce(t, s.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxDepth = -1 // the seed only
		c.Limiter = lim
	})
	host := s.Listener.Addr().String()
	if d, ok := lim.got[host]; !ok || d != time.Second {
		t.Errorf("the limiter was told %v; want %s's Crawl-delay, 1s", lim.got, host)
	}
}
