package pipeline

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
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
		r := newRobots(http.DefaultTransport, DefaultUserAgent, time.Second)
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
	// An unreachable host is disallowed for this run, not crawled blind.
	r := newRobots(http.DefaultTransport, DefaultUserAgent, time.Second)
	u, _ := url.Parse("http://127.0.0.1:1/x")
	if e := r.get(context.Background(), u); e.allowed(u) || !e.unreachable {
		t.Error("unreachable robots.txt: allowed, want disallowed for the run and marked unreachable")
	}
}
