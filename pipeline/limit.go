package pipeline

import (
	"context"
	"errors"
	"net/url"
	"sync"
	"time"
)

// acquire asks the shared HostLimiter, if any, for a turn of u's host
// before a request starts, so that Parallel, Delay and the robots.txt
// Crawl-delay hold across every process sharing the crawl. The frontier
// has already spaced this process's own requests; the limiter answers for
// the other processes. When another process holds the host's turn, acquire
// returns a nil release and the time the host may be asked again: the
// caller gives its task back to the frontier, which holds the host until
// then (frontier.later), so that no process slot waits. release ends the
// turn; the request reaching the wire in between is reported to the turn
// by the same hook that tells the frontier (sent).
func (k *crawler) acquire(ctx context.Context, u *url.URL) (release func(), at time.Time, err error) {
	if k.cfg.Limiter == nil || (u.Scheme != "http" && u.Scheme != "https") {
		return func() {}, time.Time{}, nil
	}
	delay := k.cfg.Delay
	if rb := k.robots.cached(u); rb != nil {
		delay = max(delay, rb.delay)
	}
	turn, wait, err := k.cfg.Limiter.TryAcquire(ctx, u.Host, k.cfg.Parallel, delay)
	switch {
	case err != nil:
		return nil, time.Time{}, err
	case turn == nil:
		return nil, time.Now().Add(max(wait, time.Millisecond)), nil
	}
	key := hostKey(u)
	k.turns.put(key, turn)
	return func() {
		k.turns.drop(key, turn)
		turn.Release()
	}, time.Time{}, nil
}

// sent is the transport's hook (wire.go): a request to the host key
// reached the wire at at. The frontier and the host's turn of the shared
// HostLimiter, if this process holds one waiting for it, both count the
// host's next start from it.
func (k *crawler) sent(key string, at time.Time) {
	k.front.sent(key, at)
	if t := k.turns.take(key); t != nil {
		t.Sent()
	}
}

// turns are the HostLimiter turns granted and not yet sent, by host key,
// oldest first. The frontier grants a host with a delay no start while one
// is unsent (wire.go), so such a host has one at most, and the next
// request of the host to reach the wire is its turn's. (A host without
// delay may have several; each send then counts for the oldest, and the
// limiter's spacing, 0, does not depend on which.)
type turns struct {
	mu sync.Mutex
	m  map[string][]Turn
}

func (ts *turns) put(key string, t Turn) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.m == nil {
		ts.m = map[string][]Turn{}
	}
	ts.m[key] = append(ts.m[key], t)
}

// take removes and returns key's oldest unsent turn, if any.
func (ts *turns) take(key string) Turn {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	q := ts.m[key]
	if len(q) == 0 {
		return nil
	}
	if len(q) == 1 {
		delete(ts.m, key)
	} else {
		ts.m[key] = q[1:]
	}
	return q[0]
}

// drop removes t, if it is still unsent (its request never reached the
// wire).
func (ts *turns) drop(key string, t Turn) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	q := ts.m[key]
	for i, u := range q {
		if u == t {
			q = append(q[:i:i], q[i+1:]...)
			break
		}
	}
	if len(q) == 0 {
		delete(ts.m, key)
	} else {
		ts.m[key] = q
	}
}

// shareCrawlDelay tells the shared HostLimiter, if any, the Crawl-delay
// that this process has just read in u's host's robots.txt, before it
// starts another request: the other processes, which may not have read it
// yet, space their requests by it from then on, robots.txt included. Each
// process reads robots.txt itself; without this, each would fetch it
// --delay after the one before, however long the Crawl-delay.
func (k *crawler) shareCrawlDelay(u *url.URL, d time.Duration) error {
	if k.cfg.Limiter == nil || (u.Scheme != "http" && u.Scheme != "https") {
		return nil
	}
	return k.cfg.Limiter.SetCrawlDelay(k.work, u.Host, d)
}

// later gives back a task whose host's turn another process holds (the
// shared HostLimiter said so): its job goes back to the front of the
// host's queue, its slots and its start are given back, and the host is
// not ready before at.
func (f *frontier) later(t task, at time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.host(t.host)
	if h.next.Equal(t.next) {
		h.next = t.prev
	}
	if at.After(h.next) {
		h.next = at
	}
	f.clearUnsent(h, t.id)
	f.enqueue(h, t.job, true)
	f.release(h)
}

// ignoreCancel drops the error of a call cut short by a stop.
func ignoreCancel(err error) error {
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}
