package pipeline

import (
	"testing"
	"time"
)

// A robots.txt redirect hop is a start of its host: it waits for the
// host's delay since its last request reached the wire, and a host the
// crawl has not queued is added, so that its first start counts from the
// hop.
func TestFrontierRobotsHop(t *testing.T) {
	const delay = 100 * time.Millisecond
	f, clk := testFrontier(10, 1, delay)
	f.wire = true
	pushAll(t, f, "http://a/1")
	t0 := clk.t
	f.sent("http://a", t0) // robots.txt of a, say, sent now
	if _, ok, at := f.hop("http://a"); ok || !at.Equal(t0.Add(delay)) {
		t.Fatalf("hop to a at 0 ms: ok %v, ready at %v; want ready at 100 ms", ok, at.Sub(t0))
	}
	clk.advance(delay)
	id, ok, _ := f.hop("http://a")
	if !ok {
		t.Fatal("hop to a at 100 ms: not ready")
	}
	// Granted and not sent: nothing else of a starts, however late.
	clk.advance(3 * delay)
	if got := takeURL(t, f); got != "" {
		t.Fatalf("take while a's hop is unsent = %q, want none", got)
	}
	f.sent("http://a", clk.t)
	f.hopDone("http://a", id)
	if got := takeURL(t, f); got != "" {
		t.Fatalf("take just after a's hop was sent = %q, want none", got)
	}
	clk.advance(delay)
	if got := takeURL(t, f); got != "http://a/1" {
		t.Fatalf("take the delay after a's hop was sent = %q, want http://a/1", got)
	}

	// A hop to a host the crawl has not queued: its first start, if it
	// comes (robots.txt), waits for the delay after the hop's send.
	id, ok, _ = f.hop("https://b")
	if !ok {
		t.Fatal("hop to an unknown host: not ready")
	}
	f.sent("https://b", clk.t)
	f.hopDone("https://b", id)
	pushAll(t, f, "https://b/1")
	f.mu.Lock()
	f.hosts["https://b"].rules = rulesUnknown // queued after the hop: its robots.txt first
	f.mu.Unlock()
	clk.advance(delay - time.Millisecond)
	if got := takeURL(t, f); got != "" {
		t.Fatalf("take 99 ms after a hop to b = %q, want none", got)
	}
	clk.advance(time.Millisecond)
	if got := takeURL(t, f); got != "robots https://b" {
		t.Fatalf("take 100 ms after a hop to b = %q, want b's robots.txt", got)
	}
}
