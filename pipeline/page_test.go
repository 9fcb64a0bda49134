package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"testing"
	"time"
)

type timeoutErr struct{}

func (timeoutErr) Error() string { return "i/o timeout" }
func (timeoutErr) Timeout() bool { return true }

// A failed fetch comes to a retry (with the server's Retry-After, or a
// backoff), a recorded failure once attempts are spent, or nothing at all
// when the crawl is stopping (the URL stays queued); 429, 503 and timeouts
// count against the host.
func TestHandleFailures(t *testing.T) {
	k := &crawler{cfg: Config{Retries: 2, Delay: 0, Logger: slog.New(slog.DiscardHandler)}}
	u, _ := url.Parse("http://a/x")
	resp := func(status int, hdr ...string) *response {
		h := http.Header{}
		for i := 0; i+1 < len(hdr); i += 2 {
			h.Set(hdr[i], hdr[i+1])
		}
		return &response{URL: u, Status: status, Header: h}
	}
	page := job{Entry: Entry{URL: "http://a/x", Kind: KindPage}}
	last := page
	last.attempt = 2
	sitemap := job{Entry: Entry{URL: "http://a/sitemap.xml", Kind: KindSitemap}}
	cases := []struct {
		name     string
		stopping bool
		j        job
		res      *response
		err      error
		retry    bool
		wait     time.Duration
		host     hostAnswer
		after    time.Duration
		status   string // of the one outcome recorded; "" for none
	}{
		{name: "503 with Retry-After", j: page, res: resp(503, "Retry-After", "7"), retry: true, wait: 7 * time.Second, host: overloaded, after: 7 * time.Second},
		{name: "500", j: page, res: resp(500), retry: true, wait: 100 * time.Millisecond},
		{name: "429 at the last attempt", j: last, res: resp(429), host: overloaded, status: "failed: HTTP 429"},
		{name: "404", j: page, res: resp(404), status: "failed: HTTP 404"},
		{name: "404 sitemap", j: sitemap, res: resp(404), status: "skipped: no sitemap"},
		{name: "304", j: page, res: resp(304), status: "not-modified"},
		{name: "timeout", j: page, err: &url.Error{Op: "Get", URL: "http://a/x", Err: timeoutErr{}}, retry: true, wait: 100 * time.Millisecond, host: timedOut},
		{name: "500 while stopping", stopping: true, j: page, res: resp(500)},
		{name: "cut off by the stop", j: page, err: &url.Error{Op: "Get", URL: "http://a/x", Err: context.Canceled}},
		{name: "not HTML", j: page, err: &skipError{"not HTML"}, status: "skipped: not HTML"},
	}
	for _, c := range cases {
		r := k.handle(c.stopping, c.j, c.res, c.err)
		if a, after := hostAnswerOf(c.res, c.err); a != c.host || after != c.after {
			t.Errorf("%s: hostAnswerOf = %v, %v; want %v, %v", c.name, a, after, c.host, c.after)
		}
		status := ""
		if len(r.outcomes) == 1 {
			status = r.outcomes[0].Status
			if r.outcomes[0].Reason != "" {
				status += ": " + r.outcomes[0].Reason
			}
		}
		if r.retry != c.retry || r.wait != c.wait || status != c.status || len(r.outcomes) > 1 {
			t.Errorf("%s: handle = retry %v wait %v outcomes %+v; want retry %v wait %v outcome %q",
				c.name, r.retry, r.wait, r.outcomes, c.retry, c.wait, c.status)
		}
	}
	if !errors.Is(&url.Error{Err: context.Canceled}, context.Canceled) {
		t.Fatal("url.Error does not unwrap")
	}
}

// The header check reads a page's body only if it is HTML, a re-read URL's
// also if it is a feed or a sitemap.
func TestWanted(t *testing.T) {
	for _, c := range []struct {
		kind, ct, want string
	}{
		{KindPage, "text/html; charset=utf-8", ""},
		{KindPage, "", ""},
		{KindPage, "application/pdf", "not HTML"},
		{KindPage, "application/rss+xml", "not HTML"},
		{KindFeed, "application/rss+xml", ""},
		{KindSitemap, "application/x-gzip", ""},
		{KindSeed, "application/json", ""},
		{KindSeed, "image/png", "not HTML"},
	} {
		if got := wanted(Entry{Kind: c.kind}, c.ct); got != c.want {
			t.Errorf("wanted(%s, %q) = %q, want %q", c.kind, c.ct, got, c.want)
		}
	}
}
