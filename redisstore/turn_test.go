package redisstore_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// fakeClock is the limit scripts' now, set by the test.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) get() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.now = t }

// at is base plus ms milliseconds, with base 0.4 ms into a millisecond.
func at(ms float64) time.Time {
	return time.UnixMicro(1_700_000_000_000_400 + int64(ms*1000))
}

func tryAcquire(t *testing.T, st *redisstore.Store, host string) (pipeline.Turn, time.Duration) {
	t.Helper()
	turn, wait, err := st.TryAcquire(context.Background(), host, 2, 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	return turn, wait
}

// Across processes a host's next start counts from when its last request
// reached the wire (Turn.Sent), not from its grant: while a start granted
// has not been sent, no process is granted another, and the next comes
// the delay after the send, never early by Redis's rounding to the
// millisecond. Before, b was granted the delay after a's grant, however
// late a's request went out, and a start marked at a millisecond rounded
// down could come up to 1 ms early.
func TestTurnCountsFromTheWire(t *testing.T) {
	srv := redistest.Start(t)
	clock := &fakeClock{now: at(0)}
	a, b := open(t, srv, "wire", "a", redisstore.Options{}), open(t, srv, "wire", "b", redisstore.Options{})
	defer a.Close()
	defer b.Close()
	redisstore.SetTestClock(a, clock.get)
	redisstore.SetTestClock(b, clock.get)

	ta, _ := tryAcquire(t, a, "wire.example")
	if ta == nil {
		t.Fatal("first TryAcquire: no turn")
	}
	clock.set(at(120)) // past the grant's delay, a's request not sent yet
	if tb, wait := tryAcquire(t, b, "wire.example"); tb != nil || wait <= 0 || wait > 20*time.Millisecond {
		t.Fatalf("TryAcquire 120 ms after a grant not yet sent = %v, %s; want no turn and a short poll", tb != nil, wait)
	}
	clock.set(at(150.2)) // a's request reaches the wire
	ta.Sent()
	ta.Release()         // waits for Sent to be recorded
	clock.set(at(250.1)) // 99.9 ms after the send: floor(now) is the send's ms + 100
	if tb, wait := tryAcquire(t, b, "wire.example"); tb != nil || wait != time.Millisecond {
		t.Fatalf("TryAcquire 99.9 ms after the send = %v, %s; want no turn and 1ms to wait", tb != nil, wait)
	}
	clock.set(at(250.6)) // the next whole ms after send + delay
	if tb, _ := tryAcquire(t, b, "wire.example"); tb == nil {
		t.Fatal("TryAcquire the delay after the send: no turn")
	} else {
		tb.Release()
	}

	// A turn released unsent (the request was not made) frees the host at
	// the delay after its grant.
	clock.set(at(1000))
	ta, _ = tryAcquire(t, a, "unsent.example")
	ta.Release()
	clock.set(at(1099.7))
	if tb, _ := tryAcquire(t, b, "unsent.example"); tb != nil {
		t.Fatal("TryAcquire 99.7 ms after a grant released unsent: a turn; want none")
	}
	clock.set(at(1100.6))
	if tb, _ := tryAcquire(t, b, "unsent.example"); tb == nil {
		t.Fatal("TryAcquire the delay after a grant released unsent: no turn")
	}

	// A process that dies between grant and send holds the host for the
	// slot TTL (2 minutes) at most.
	clock.set(at(5000))
	if ta, _ = tryAcquire(t, a, "crashed.example"); ta == nil {
		t.Fatal("TryAcquire of crashed.example: no turn")
	}
	clock.set(at(5000 + 119_000))
	if tb, _ := tryAcquire(t, b, "crashed.example"); tb != nil {
		t.Fatal("TryAcquire 119 s after a grant never sent nor released: a turn; want none")
	}
	clock.set(at(5000 + 120_001))
	if tb, _ := tryAcquire(t, b, "crashed.example"); tb == nil {
		t.Fatal("TryAcquire a slot TTL after a grant never sent nor released: no turn")
	}
}
