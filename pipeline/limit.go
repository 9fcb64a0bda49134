package pipeline

import (
	"context"
	"errors"
	"net/url"
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
// turn.
func (k *crawler) acquire(ctx context.Context, u *url.URL) (release func(), at time.Time, err error) {
	if k.cfg.Limiter == nil || (u.Scheme != "http" && u.Scheme != "https") {
		return func() {}, time.Time{}, nil
	}
	delay := k.cfg.Delay
	if rb := k.robots.cached(u); rb != nil {
		delay = max(delay, rb.delay)
	}
	release, wait, err := k.cfg.Limiter.TryAcquire(ctx, u.Host, k.cfg.Parallel, delay)
	if err != nil || release != nil {
		return release, time.Time{}, err
	}
	return nil, time.Now().Add(max(wait, time.Millisecond)), nil
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
	f.clearUnsent(h, t)
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
