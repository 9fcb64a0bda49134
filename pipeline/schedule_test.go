package pipeline_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

// chainSite is a host whose articles link each to the next, so that each
// is found only once the one before it is fetched: the crawl runs dry of
// queued URLs while fetches are in flight at every step. hold, if set,
// answers a path (its whole exchange, robots.txt included) and reports true
// when it did.
type chainSite struct {
	*httptest.Server
	n    int
	hold func(w http.ResponseWriter, r *http.Request) bool

	mu       sync.Mutex
	requests map[string][]time.Time
}

func newChainSite(n int, hold func(http.ResponseWriter, *http.Request) bool) *chainSite {
	s := &chainSite{n: n, hold: hold, requests: map[string][]time.Time{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests[r.URL.Path] = append(s.requests[r.URL.Path], time.Now())
		s.mu.Unlock()
		if s.hold != nil && s.hold(w, r) {
			return
		}
		var i int
		switch {
		case r.URL.Path == "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><body><a href="/slow">Slow</a> <a href="/a/1">First</a></body></html>`)
		case strings.HasPrefix(r.URL.Path, "/a/"):
			if _, err := fmt.Sscanf(r.URL.Path, "/a/%d", &i); err != nil || i < 1 || i > s.n {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			next := ""
			if i < s.n {
				next = fmt.Sprintf(` Read on: <a href="/a/%d">the next story</a>.`, i+1)
			}
			fmt.Fprint(w, articleHTML(fmt.Sprintf("Story %d of the chain", i), fmt.Sprintf("Story number %d tells of the harbour.%s", i, next), "2024-03-01T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	return s
}

// chainTimes returns when each article of the chain was first requested.
func (s *chainSite) chainTimes(t *testing.T) []time.Time {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []time.Time
	for i := 1; i <= s.n; i++ {
		ts := s.requests[fmt.Sprintf("/a/%d", i)]
		if len(ts) == 0 {
			t.Errorf("%s: /a/%d never requested", s.URL, i)
			continue
		}
		out = append(out, ts[0])
	}
	return out
}

// stall holds a request for 40 s, or until the client gives up, and
// reports when it ended.
func stall(w http.ResponseWriter, r *http.Request, ended chan<- time.Time) {
	select {
	case <-time.After(40 * time.Second):
	case <-r.Context().Done():
	}
	select {
	case ended <- time.Now():
	default:
	}
}

// runBounded runs a crawl of seeds and fails the test if it has not ended
// within bound.
func runBounded(t *testing.T, bound time.Duration, seeds []string, tune func(*pipeline.Config)) pipeline.Stats {
	t.Helper()
	dir := t.TempDir()
	ctx := context.Background()
	st, err := sqlitestore.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	out := filepath.Join(dir, "out.jsonl")
	sink, err := pipeline.OpenJSONL(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	cfg := pipeline.Config{
		Seeds: seeds, Store: st, Sink: sink, OutPath: out,
		Delay: -1, Parallel: 2, Timeout: 2 * time.Second, Retries: 1, MaxBodyBytes: 1 << 20, MaxDepth: 20,
	}
	if tune != nil {
		tune(&cfg)
	}
	type ran struct {
		s   pipeline.Stats
		err error
	}
	done := make(chan ran, 1)
	go func() {
		s, err := pipeline.Run(ctx, cfg)
		done <- ran{s, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("Run: %v", r.err)
		}
		return r.s
	case <-time.After(bound):
		t.Fatalf("the crawl had not ended after %s", bound)
	}
	return pipeline.Stats{}
}

// One page slower than the timeout holds its own slot and nothing else:
// the rest of its site and a second host are crawled before its first
// attempt times out, and the crawl ends long before the page would answer
// (40 s). Before the frontier, the crawl waited for every fetch in flight,
// the slow page's retries included, whenever the Store ran dry.
func TestCrawlSlowPageHoldsOnlyItsSlot(t *testing.T) {
	slowEnded := make(chan time.Time, 4)
	a := newChainSite(8, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path != "/slow" {
			return false
		}
		stall(w, r, slowEnded)
		return true
	})
	defer a.Close()
	b := newChainSite(8, nil)
	defer b.Close()
	stats := runBounded(t, 20*time.Second, []string{a.URL + "/", b.URL + "/"}, nil)
	first := <-slowEnded
	for _, s := range []*chainSite{a, b} {
		for i, at := range s.chainTimes(t) {
			if !at.Before(first) {
				t.Errorf("%s/a/%d was requested after the slow page's first attempt timed out: it waited for it", s.URL, i+1)
			}
		}
	}
	if stats.Articles != 16 {
		t.Errorf("emitted %d articles, want the 16 of both chains: %v", stats.Articles, stats.Outcomes)
	}
}

// A robots.txt slower than the timeout delays its own host only.
func TestCrawlSlowRobotsHoldsOnlyItsHost(t *testing.T) {
	robotsEnded := make(chan time.Time, 4)
	a := newChainSite(4, func(w http.ResponseWriter, r *http.Request) bool {
		if r.URL.Path != "/robots.txt" {
			return false
		}
		stall(w, r, robotsEnded)
		return true
	})
	defer a.Close()
	b := newChainSite(8, nil)
	defer b.Close()
	stats := runBounded(t, 20*time.Second, []string{a.URL + "/", b.URL + "/"}, nil)
	first := <-robotsEnded
	for i, at := range b.chainTimes(t) {
		if !at.Before(first) {
			t.Errorf("%s/a/%d was requested after the other host's robots.txt timed out: it waited for it", b.URL, i+1)
		}
	}
	if n := stats.Outcomes["failed: robots.txt: timeout"]; n != 1 {
		t.Errorf("the seed of the host whose robots.txt timed out: %d failed, want 1 (retried next run): %v", n, stats.Outcomes)
	}
}

// A server that trickles its headers, or its body, a byte a second is cut
// off at the timeout: the timeout bounds the whole exchange.
func TestCrawlTrickleEndsAtTimeout(t *testing.T) {
	for _, part := range []string{"headers", "body"} {
		t.Run(part, func(t *testing.T) {
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			go trickle(ln, part)
			start := time.Now()
			stats := runBounded(t, 20*time.Second, []string{"http://" + ln.Addr().String() + "/"}, func(c *pipeline.Config) {
				c.Timeout, c.Retries = time.Second, -1
			})
			if stats.Errors < 1 || stats.Articles != 0 {
				t.Errorf("outcomes %v: want the trickled page failed", stats.Outcomes)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("the crawl took %s with a timeout of 1s", d)
			}
		})
	}
}

// trickle answers every connection on ln: / with a page whose headers (or body) come a byte a second, anything else with a 404.
func trickle(ln net.Listener, part string) {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer conn.Close()
			buf := make([]byte, 4096)
			n, _ := conn.Read(buf)
			if !strings.HasPrefix(string(buf[:n]), "GET / ") {
				fmt.Fprint(conn, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
				return
			}
			body := strings.Repeat("<p>slow</p>", 100)
			head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", len(body))
			slow := head + body
			if part == "body" {
				if _, err := fmt.Fprint(conn, head); err != nil {
					return
				}
				slow = body
			}
			for i := range len(slow) {
				if _, err := conn.Write([]byte{slow[i]}); err != nil {
					return
				}
				time.Sleep(time.Second)
			}
		}()
	}
}

// Crawl-delay spaces the starts of requests to a host across all its
// slots: with Crawl-delay 1 and Parallel 2, one start a second, not two.
func TestCrawlDelayAcrossSlots(t *testing.T) {
	s := newChainSite(3, func(w http.ResponseWriter, r *http.Request) bool {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 1\n")
		case "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><body><a href="/a/1">1</a> <a href="/a/2">2</a></body></html>`)
		default:
			return false
		}
		return true
	})
	defer s.Close()
	begin := time.Now()
	runBounded(t, 30*time.Second, []string{s.URL + "/"}, func(c *pipeline.Config) { c.Parallel, c.MaxDepth = 2, 1 })
	s.mu.Lock()
	var starts []time.Time
	for p, ts := range s.requests {
		if p != "/robots.txt" && p != "/sitemap.xml" {
			starts = append(starts, ts...)
		}
	}
	s.mu.Unlock()
	if len(starts) < 3 {
		t.Fatalf("%d requests, want the seed and its links", len(starts))
	}
	sortTimes(starts)
	// Checked against the time before the first request, as redisstore's
	// TestHostLimiter does: start i (robots.txt being start 0) cannot come
	// before i seconds have passed, less a little for clocks.
	for i, at := range starts {
		if least := time.Duration(i+1)*time.Second - 20*time.Millisecond; at.Sub(begin) < least {
			t.Errorf("request %d started %s after the crawl began; Crawl-delay 1 allows no sooner than %s", i+1, at.Sub(begin), least)
		}
	}
}

func sortTimes(ts []time.Time) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Before(ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}
