package pipeline

import (
	"net/url"
	"testing"
	"time"
)

// clock is a settable time for the frontier's tests.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func testFrontier(concurrency, parallel int, delay time.Duration) (*frontier, *clock) {
	c := &clock{t: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
	f := newFrontier(concurrency, parallel, delay)
	f.now = c.now
	return f, c
}

// pushAll queues raw URLs and marks their hosts' robots.txt known.
func pushAll(t *testing.T, f *frontier, raws ...string) {
	t.Helper()
	for _, raw := range raws {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		f.push(u, Entry{URL: raw, Kind: KindPage})
		f.mu.Lock()
		if h := f.hosts[hostKey(u)]; h.rules != rulesKnown {
			h.rules, h.delay = rulesKnown, f.delay
		}
		f.mu.Unlock()
	}
}

// takeURL takes the next task and returns its URL, "" if none is ready.
func takeURL(t *testing.T, f *frontier) string {
	t.Helper()
	tk, ok, _ := f.take()
	if !ok {
		return ""
	}
	if tk.robots {
		return "robots " + tk.host
	}
	return tk.job.URL
}

// Ready hosts take turns: a host with many queued URLs does not starve one
// with few.
func TestFrontierRoundRobin(t *testing.T) {
	f, _ := testFrontier(10, 10, 0)
	pushAll(t, f, "http://a/1", "http://a/2", "http://a/3", "http://b/1", "http://c/1", "http://b/2")
	var got []string
	for range 6 {
		got = append(got, takeURL(t, f))
	}
	want := []string{"http://a/1", "http://b/1", "http://c/1", "http://a/2", "http://b/2", "http://a/3"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("take order %q, want %q", got, want)
		}
	}
	if u := takeURL(t, f); u != "" || f.len() != 0 {
		t.Errorf("take on an empty frontier = %q (len %d)", u, f.len())
	}
}

// robots.txt is a host's first request; until it is known the host is not
// ready, and other hosts are.
func TestFrontierRobotsFirst(t *testing.T) {
	f, clk := testFrontier(10, 2, 0)
	a, _ := url.Parse("http://a/1")
	f.push(a, Entry{URL: "http://a/1"})
	if got := takeURL(t, f); got != "robots http://a" {
		t.Fatalf("first take = %q, want the robots.txt of http://a", got)
	}
	if got, _, at := f.take(); got.host != "" || !at.IsZero() {
		t.Fatalf("take while robots.txt is pending = %+v (at %v), want nothing until setRules", got, at)
	}
	pushAll(t, f, "http://b/1")
	if got := takeURL(t, f); got != "http://b/1" {
		t.Errorf("take while a's robots.txt is pending = %q, want b's URL", got)
	}
	f.setRules("http://a", 2*time.Second)
	if got := takeURL(t, f); got != "" {
		t.Errorf("take right after robots.txt = %q; its Crawl-delay of 2s spaces it from the robots.txt request", got)
	}
	clk.advance(2 * time.Second)
	if got := takeURL(t, f); got != "http://a/1" {
		t.Errorf("take 2s after robots.txt = %q, want http://a/1", got)
	}
	file, _ := url.Parse("file:///mirror/a.html")
	f.push(file, Entry{URL: file.String()})
	if got := takeURL(t, f); got != file.String() {
		t.Errorf("a file:// URL waited for %q; it has no robots.txt", got)
	}
}

// The delay spaces the starts of a host's requests across all its slots,
// and the slots bound how many are in flight.
func TestFrontierDelaySpacesStarts(t *testing.T) {
	f, clk := testFrontier(10, 2, time.Second)
	pushAll(t, f, "http://a/1", "http://a/2", "http://a/3")
	start := clk.t
	if got := takeURL(t, f); got != "http://a/1" {
		t.Fatalf("take = %q", got)
	}
	tk, ok, at := f.take()
	if ok || !at.Equal(start.Add(time.Second)) {
		t.Fatalf("second take with a free slot = %+v, %v, at %v; want nothing until %v", tk, ok, at, start.Add(time.Second))
	}
	clk.advance(time.Second)
	if got := takeURL(t, f); got != "http://a/2" {
		t.Fatalf("take after the delay = %q, want the second slot's URL", got)
	}
	clk.advance(time.Second)
	if tk, ok, at := f.take(); ok || !at.IsZero() {
		t.Fatalf("take with both slots busy = %+v (at %v); want nothing until a done", tk, at)
	}
	f.done("http://a", answered, 0)
	if got := takeURL(t, f); got != "http://a/3" {
		t.Errorf("take after a done = %q", got)
	}
}

// Concurrency bounds the tasks of the process across hosts.
func TestFrontierConcurrency(t *testing.T) {
	f, _ := testFrontier(2, 2, 0)
	pushAll(t, f, "http://a/1", "http://b/1", "http://c/1")
	takeURL(t, f)
	takeURL(t, f)
	if got := takeURL(t, f); got != "" {
		t.Fatalf("a third task started with Concurrency 2: %q", got)
	}
	f.done("http://b", answered, 0)
	if got := takeURL(t, f); got != "" {
		t.Fatalf("a task started while b's page was still handled: %q", got)
	}
	f.finish()
	if got := takeURL(t, f); got != "http://c/1" {
		t.Errorf("take after a done = %q", got)
	}
	if n := f.inFlight(); n != 2 {
		t.Errorf("inFlight = %d, want 2", n)
	}
}

// A host that answers 429 or 503, or times out twice in a row, is backed
// off as a whole: for Retry-After when given, else exponentially while it
// keeps failing; the other hosts go on.
func TestFrontierBackoff(t *testing.T) {
	f, clk := testFrontier(10, 1, 0)
	pushAll(t, f, "http://a/1", "http://a/2", "http://a/3", "http://a/4", "http://b/1")
	takeURL(t, f) // a/1
	f.done("http://a", overloaded, 30*time.Second)
	if d := f.pauseOf("http://a"); d != 30*time.Second {
		t.Errorf("pause after Retry-After: 30 = %v", d)
	}
	if got := takeURL(t, f); got != "http://b/1" {
		t.Errorf("take while a is backed off = %q, want b's", got)
	}
	clk.advance(30 * time.Second)
	if got := takeURL(t, f); got != "http://a/2" {
		t.Fatalf("take after the Retry-After = %q", got)
	}
	f.done("http://a", answered, 0)
	takeURL(t, f) // a/3
	f.done("http://a", timedOut, 0)
	if d := f.pauseOf("http://a"); d != 0 {
		t.Errorf("one timeout paused the host %v; one slow page is not the host's problem", d)
	}
	takeURL(t, f) // a/4
	f.done("http://a", timedOut, 0)
	first := f.pauseOf("http://a")
	f.mu.Lock()
	f.hosts["http://a"].active++ // a third request, timing out too
	f.active++
	f.mu.Unlock()
	clk.advance(first)
	f.done("http://a", timedOut, 0)
	if second := f.pauseOf("http://a"); first < time.Second || second != 2*first {
		t.Errorf("pauses after two and three timeouts in a row: %v then %v; want from 1s, doubling", first, second)
	}
	f.mu.Lock()
	f.hosts["http://a"].active++
	f.active++
	f.mu.Unlock()
	f.done("http://a", answered, 0)
	f.mu.Lock()
	errs := f.hosts["http://a"].errs
	f.hosts["http://a"].active++
	f.active++
	f.mu.Unlock()
	if errs != 0 {
		t.Errorf("a success left %d errors counted", errs)
	}
	f.done("http://a", overloaded, time.Hour)
	if d := f.pauseOf("http://a"); d != maxHostPause {
		t.Errorf("Retry-After of an hour paused the host %v, want at most %v", d, maxHostPause)
	}
}

// A retried URL waits its backoff in the frontier; a start that made no
// request is given back.
func TestFrontierRetryAndUnused(t *testing.T) {
	f, clk := testFrontier(10, 1, time.Second)
	pushAll(t, f, "http://a/1", "http://a/2")
	tk, _, _ := f.take()
	f.done(tk.host, answered, 0)
	f.retry(tk.host, tk.job, 5*time.Second)
	clk.advance(time.Second)
	if got := takeURL(t, f); got != "http://a/2" {
		t.Fatalf("take = %q, want a/2 (a/1 waits its backoff)", got)
	}
	f.done("http://a", answered, 0)
	clk.advance(4 * time.Second)
	tk, ok, _ := f.take()
	if !ok || tk.job.URL != "http://a/1" || tk.job.attempt != 1 {
		t.Fatalf("take after the backoff = %+v, want a/1's second attempt", tk)
	}
	f.unused(tk)
	pushAll(t, f, "http://a/3")
	if got := takeURL(t, f); got != "http://a/3" {
		t.Errorf("take after an unused start = %q: the start made no request and should not count", got)
	}
}
