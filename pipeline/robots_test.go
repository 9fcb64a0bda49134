package pipeline

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRobots(t *testing.T) {
	cases := []struct {
		name   string
		status int
		body   string
		path   string
		want   bool
		delay  time.Duration
	}{
		{"disallowed path", 200, "User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n", "/private/x", false, 2 * time.Second},
		{"allowed path", 200, "User-agent: *\nDisallow: /private/\n", "/news/x", true, 0},
		{"our agent singled out", 200, "User-agent: newsprint\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "/news/x", false, 0},
		{"404 allows all", 404, "", "/anything", true, 0},
		{"503 disallows all", 503, "", "/anything", false, 0},
	}
	for _, c := range cases {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(c.status)
			w.Write([]byte(c.body))
		}))
		r := newRobots(http.DefaultTransport, DefaultUserAgent, time.Second, 2, 0)
		u, _ := url.Parse(srv.URL + c.path)
		e := r.get(context.Background(), u)
		if got := e.allowed(u); got != c.want {
			t.Errorf("%s: allowed(%s) = %v, want %v", c.name, c.path, got, c.want)
		}
		if e.delay != c.delay {
			t.Errorf("%s: Crawl-delay %v, want %v", c.name, e.delay, c.delay)
		}
		srv.Close()
	}
	// An unreachable host is disallowed for now, not crawled blind, and
	// says why.
	r := newRobots(http.DefaultTransport, DefaultUserAgent, time.Second, 2, 0)
	u, _ := url.Parse("http://127.0.0.1:1/x")
	if e := r.get(context.Background(), u); e.allowed(u) || !e.temporary || e.cause != "connection refused" {
		t.Errorf("unreachable robots.txt: allowed %v, temporary %v, cause %q; want disallowed for now, \"connection refused\"", e.allowed(u), e.temporary, e.cause)
	}
}

// A robots.txt answering 5xx or 429 is a temporary state (RFC 9309
// §2.3.1.4): disallowed for now and fetched again after a backoff, at most
// retries times; a 4xx allows all.
func TestRobotsTemporary(t *testing.T) {
	var status atomic.Int32
	status.Store(503)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(int(status.Load()))
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	}))
	defer srv.Close()
	r := newRobots(http.DefaultTransport, DefaultUserAgent, time.Second, 2, 0)
	u, _ := url.Parse(srv.URL + "/news/x")
	e := r.get(context.Background(), u)
	if !e.temporary || e.allowed(u) || e.cause != "HTTP 503" {
		t.Fatalf("503: temporary %v, allowed %v, cause %q; want temporary, disallowed, HTTP 503", e.temporary, e.allowed(u), e.cause)
	}
	status.Store(429)
	for !r.exhausted(e) {
		time.Sleep(time.Until(e.retryAt))
		e = r.get(context.Background(), u)
	}
	if e.attempts != 3 || e.cause != "HTTP 429" {
		t.Errorf("after retries: %d attempts, cause %q; want 3 (1 + 2 retries), HTTP 429", e.attempts, e.cause)
	}
	// Out of retries: no more fetches in this run.
	status.Store(200)
	if e = r.get(context.Background(), u); !e.temporary {
		t.Error("robots.txt fetched again after its retries ran out")
	}
	r = newRobots(http.DefaultTransport, DefaultUserAgent, time.Second, 2, 0)
	if e = r.get(context.Background(), u); e.temporary || !e.allowed(u) {
		t.Errorf("200: temporary %v, allowed %v", e.temporary, e.allowed(u))
	}
	status.Store(403)
	r = newRobots(http.DefaultTransport, DefaultUserAgent, time.Second, 2, 0)
	if e = r.get(context.Background(), u); e.temporary || !e.allowed(u) {
		t.Errorf("403: temporary %v, allowed %v; want all allowed", e.temporary, e.allowed(u))
	}
}

// An endless robots.txt is read to robotsMaxBytes (RFC 9309 §2.5), and the
// rules read are applied. Before the cap, it was read whole (8.4 GB).
func TestRobotsEndless(t *testing.T) {
	var sent atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := io.WriteString(w, "User-agent: *\nDisallow: /private/\n")
		sent.Add(int64(n))
		line := strings.Repeat("# an endless comment line ", 40) + "\n"
		for sent.Load() < 256<<20 {
			n, err := io.WriteString(w, line)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	r := newRobots(http.DefaultTransport, DefaultUserAgent, 10*time.Second, 0, 0)
	priv, _ := url.Parse(srv.URL + "/private/x")
	pub, _ := url.Parse(srv.URL + "/news/x")
	e := r.get(context.Background(), priv)
	if e.temporary || e.allowed(priv) || !e.allowed(pub) {
		t.Errorf("endless robots.txt: temporary %v (%s), /private/ allowed %v, /news/ allowed %v; want its first rules applied", e.temporary, e.cause, e.allowed(priv), e.allowed(pub))
	}
	srv.CloseClientConnections()
	// What the server got into the socket before the client hung up:
	// the cap plus the buffers on the way.
	t.Logf("the server sent %d KiB before the client stopped", sent.Load()>>10)
	if got := sent.Load(); got > 16<<20 {
		t.Errorf("the server sent %d MB of an endless robots.txt before the client stopped; want about %d KiB", got>>20, robotsMaxBytes>>10)
	}
}
