package pipeline

import (
	"context"
	"errors"
	"net/url"
)

// acquire asks the shared HostLimiter, if any, for a turn of u's host
// before a request starts, so that Parallel, Delay and the robots.txt
// Crawl-delay hold across every process sharing the crawl. The frontier
// has already spaced this process's own requests; the limiter waits only
// for the other processes. The wait holds the process slot of the task (a
// host's tasks are at most Parallel, so other hosts' go on): a HostLimiter
// that answered "not yet, try at t" would let the frontier keep the URL.
// release ends the turn.
func (k *crawler) acquire(ctx context.Context, u *url.URL) (release func(), err error) {
	if k.cfg.Limiter == nil || (u.Scheme != "http" && u.Scheme != "https") {
		return func() {}, nil
	}
	delay := k.cfg.Delay
	if rb := k.robots.cached(u); rb != nil {
		delay = max(delay, rb.delay)
	}
	return k.cfg.Limiter.Acquire(ctx, u.Host, k.cfg.Parallel, delay)
}

// ignoreCancel drops the error of a call cut short by a stop.
func ignoreCancel(err error) error {
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}
