package pipeline

import (
	"context"
	"net/url"
	"time"
)

// A robots.txt may redirect, and the robots.txt client follows up to
// robotsMaxRedirects hops (RFC 9309 §2.3.1.2) inside its task. Each hop is
// a request of its host like any other: it waits for a start of that host
// in the frontier (its delay since the host's last request reached the
// wire) and, with a HostLimiter, for a turn of it across processes, then
// counts as the host's last start. Before, a same-host hop went out a
// round trip after the request before it, and a hop to a host the crawl
// had not queued was not counted at all: that host's first requests could
// follow it at once. Scrapy does the same: each hop of its robots.txt
// request is a new request through the downloader, spaced by its host's
// slot (RedirectMiddleware; RobotsTxtMiddleware fetches robots.txt with
// engine.download). Heritrix follows no redirect inside a fetch: a
// robots.txt answering 3xx means no rules (CrawlServer.updateRobots), and
// the target is queued as a URI of its own host.

// redirectGateKey is the context key of a robots.txt request's gate.
type redirectGateKey struct{}

// redirectGate is called before the robots.txt client follows a redirect
// to u, and returns when the hop may start (or why it may not).
type redirectGate func(ctx context.Context, u *url.URL) error

func withRedirectGate(ctx context.Context, g redirectGate) context.Context {
	return context.WithValue(ctx, redirectGateKey{}, g)
}

func redirectGateOf(ctx context.Context) redirectGate {
	g, _ := ctx.Value(redirectGateKey{}).(redirectGate)
	return g
}

// robotsHops returns the gate of a robots.txt task whose first request
// holds the shared HostLimiter's turn release, and the end of its hops:
// call it once the read is done, in place of release. Each hop ends the
// turn of the request before it (its response is in: the client is about
// to follow it), so that no hop waits for a turn while it holds one.
func (k *crawler) robotsHops(release func()) (redirectGate, func()) {
	end := release
	gate := func(ctx context.Context, u *url.URL) error {
		end()
		end = func() {}
		r, err := k.hopStart(ctx, u)
		if err != nil {
			return err
		}
		end = r
		return nil
	}
	return gate, func() { end() }
}

// hopStart waits for a start of u's host for a redirect hop of a
// robots.txt task, and returns its end.
func (k *crawler) hopStart(ctx context.Context, u *url.URL) (func(), error) {
	key := hostKey(u)
	var id uint64
	for {
		var ok bool
		var at time.Time
		if id, ok, at = k.front.hop(key); ok {
			break
		}
		if err := sleepUntil(ctx, at); err != nil {
			return nil, err
		}
	}
	for {
		release, at, err := k.acquire(ctx, u)
		if err == nil && release == nil {
			err = sleepUntil(ctx, at)
		}
		if err != nil {
			k.front.hopDone(key, id)
			return nil, err
		}
		if release != nil {
			return func() {
				release()
				k.front.hopDone(key, id)
			}, nil
		}
	}
}

// hopPoll is how soon hopStart asks again for a host held by a start not
// yet sent, which the frontier does not time.
const hopPoll = 10 * time.Millisecond

// sleepUntil waits until at (a moment if zero) or ctx's end.
func sleepUntil(ctx context.Context, at time.Time) error {
	d := hopPoll
	if !at.IsZero() {
		d = max(time.Until(at), time.Millisecond)
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// hop takes a start of the host key for a robots.txt redirect hop, if one
// may start now: the host's delay since its last start has passed and no
// start of it is on its way to the wire. Otherwise it returns the time to
// ask again, zero if unknown. A host the crawl has not queued is added, so
// that its own first start, if it comes, counts from the hop. hopDone
// ends the hop.
//
// A hop takes no slot of its host: it continues its robots.txt task, which
// holds one of its own host's, and a hop that waited for a slot while its
// task holds one could wait forever (two robots.txt redirecting to each
// other's hosts, one slot each). So a hop to another host may be one
// request more in flight there than Parallel, for one robots.txt answer.
func (f *frontier) hop(key string) (uint64, bool, time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.host(key)
	now := f.now()
	switch {
	case h.unsent != 0:
		return 0, false, time.Time{}
	case h.next.After(now):
		return 0, false, h.next
	}
	h.next = now.Add(h.delay)
	return f.holdForWire(h), true, time.Time{}
}

// hopDone ends a hop that hop started: its wait for the wire, if it never
// got there.
func (f *frontier) hopDone(key string, id uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.clearUnsent(f.host(key), id)
	f.signal()
}
