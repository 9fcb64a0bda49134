package pipeline

import (
	"context"
	"net/url"
	"sync"
	"time"
)

// held keeps the leased URLs of hosts whose robots.txt is temporarily
// unavailable (5xx, 429, unreachable). RFC 9309 reads that as "disallow for
// now", not as a verdict on the URLs: they wait here, still leased, while
// robots.txt is fetched again with backoff, and are dispatched once it
// answers. When its retries run out, a host's URLs are recorded as failed
// with the cause ("robots.txt: HTTP 503"), a transient failure that the
// next run queues again (Store.RetryFailed). A run stopped meanwhile
// leaves them leased, so they stay queued.
type held struct {
	mu sync.Mutex
	m  map[string][]heldEntry // site (scheme://host) -> its URLs
}

type heldEntry struct {
	Entry
	u *url.URL
}

// holdForRobots holds e, whose host's robots.txt rb is temporarily
// unavailable, or records it as failed when rb will not be fetched again in
// this run.
func (k *crawler) holdForRobots(e Entry, u *url.URL, rb *robotsEntry) {
	if k.robots.exhausted(rb) {
		k.record(Outcome{URL: e.URL, Status: StatusFailed, Reason: "robots.txt: " + rb.cause}, false)
		return
	}
	site := u.Scheme + "://" + u.Host
	k.held.mu.Lock()
	defer k.held.mu.Unlock()
	if k.held.m == nil {
		k.held.m = map[string][]heldEntry{}
	}
	if len(k.held.m[site]) == 0 {
		k.cfg.Logger.Warn("robots.txt unavailable; the site's URLs wait for it", "url", site+"/robots.txt", "err", rb.cause,
			"attempt", rb.attempts, "retry_in", time.Until(rb.retryAt).Round(time.Millisecond))
	}
	k.held.m[site] = append(k.held.m[site], heldEntry{e, u})
}

// heldReady fetches again the robots.txt of held sites whose backoff has
// passed and returns the URLs of those that now answer, to be dispatched.
// The URLs of sites out of retries are recorded as failed.
func (k *crawler) heldReady(ctx context.Context) []Entry {
	k.held.mu.Lock()
	var due []string
	for site, hs := range k.held.m {
		if len(hs) > 0 && !time.Now().Before(k.robots.retryAt(site)) {
			due = append(due, site)
		}
	}
	k.held.mu.Unlock()
	var ready []Entry
	for _, site := range due {
		k.held.mu.Lock()
		hs := k.held.m[site]
		delete(k.held.m, site)
		k.held.mu.Unlock()
		rb := k.robots.get(ctx, hs[0].u)
		switch {
		case ctx.Err() != nil:
			return ready // what is still held stays leased
		case !rb.temporary:
			k.cfg.Logger.Info("robots.txt answers again", "url", site+"/robots.txt", "urls", len(hs))
			for _, h := range hs {
				ready = append(ready, h.Entry)
			}
		case k.robots.exhausted(rb):
			k.cfg.Logger.Warn("robots.txt still unavailable; the site's URLs are retried by the next run",
				"url", site+"/robots.txt", "err", rb.cause, "attempts", rb.attempts, "urls", len(hs))
			for _, h := range hs {
				k.record(Outcome{URL: h.URL, Status: StatusFailed, Reason: "robots.txt: " + rb.cause}, false)
			}
		default:
			k.held.mu.Lock()
			k.held.m[site] = append(hs, k.held.m[site]...)
			k.held.mu.Unlock()
		}
	}
	return ready
}

// waitHeld waits until the next held site may fetch its robots.txt again,
// or ctx is done. It reports false when nothing is held.
func (k *crawler) waitHeld(ctx context.Context) bool {
	k.held.mu.Lock()
	var next time.Time
	for site, hs := range k.held.m {
		if t := k.robots.retryAt(site); len(hs) > 0 && (next.IsZero() || t.Before(next)) {
			next = t
		}
	}
	k.held.mu.Unlock()
	if next.IsZero() {
		return false
	}
	select {
	case <-time.After(time.Until(next)):
	case <-ctx.Done():
	}
	return ctx.Err() == nil
}

// retryAt is when the robots.txt of site may be fetched again.
func (r *robots) retryAt(site string) time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	if e, ok := r.hosts[site]; ok {
		return e.retryAt
	}
	return time.Time{}
}
