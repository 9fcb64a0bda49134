package pipeline

import (
	"testing"
	"time"
)

// A host's next start counts from when its last request reached the wire,
// not from when the frontier granted it: a start granted and not yet sent
// holds the host, its other slot too.
func TestFrontierWaitsForTheWire(t *testing.T) {
	const delay = 100 * time.Millisecond
	f, clk := testFrontier(10, 2, delay)
	f.wire = true
	pushAll(t, f, "http://a/1", "http://a/2", "http://a/3")
	t0 := clk.t
	t1, ok, _ := f.take()
	if !ok || t1.job.URL != "http://a/1" {
		t.Fatalf("first take = %q, %v; want http://a/1", t1.job.URL, ok)
	}
	// Its request has not reached the wire after more than the delay (a
	// busy machine): the host waits for it, whatever the clock says.
	clk.advance(150 * time.Millisecond)
	if got := takeURL(t, f); got != "" {
		t.Fatalf("take while http://a/1 is unsent, after the delay = %q, want none", got)
	}
	// Sent at 120 ms: the next start is at 220 ms, not before.
	f.sent("http://a", t0.Add(120*time.Millisecond))
	if _, ok, at := f.take(); ok || !at.Equal(t0.Add(220*time.Millisecond)) {
		t.Fatalf("take at 150 ms after a send at 120 ms: ok %v, ready at %v; want ready at 220 ms", ok, at.Sub(t0))
	}
	f.unsent(t1)
	f.done("http://a", answered, 0)
	clk.advance(70 * time.Millisecond)
	t2, ok, _ := f.take()
	if !ok || t2.job.URL != "http://a/2" {
		t.Fatalf("take at 220 ms = %q, %v; want http://a/2", t2.job.URL, ok)
	}
	// A request that never reaches the wire (refused) frees the host at
	// the delay after its grant.
	f.unsent(t2)
	f.done("http://a", answered, 0)
	clk.advance(delay - time.Millisecond)
	if got := takeURL(t, f); got != "" {
		t.Fatalf("take 99 ms after an unsent start = %q, want none", got)
	}
	clk.advance(time.Millisecond)
	if got := takeURL(t, f); got != "http://a/3" {
		t.Fatalf("take 100 ms after an unsent start = %q, want http://a/3", got)
	}
}

// Without a transport that reports sends (wire unset), and for a host
// without delay, starts are spaced from their grants, as before.
func TestFrontierWireNeedsDelay(t *testing.T) {
	f, _ := testFrontier(10, 2, 0)
	f.wire = true
	pushAll(t, f, "http://a/1", "http://a/2")
	if a, b := takeURL(t, f), takeURL(t, f); a != "http://a/1" || b != "http://a/2" {
		t.Fatalf("takes without delay = %q, %q; want both at once", a, b)
	}
}
