package pipeline

import (
	"context"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"
)

// defaultConcurrency is how many URLs one process fetches at once.
const defaultConcurrency = 64

// crawler is one Run: the main loop takes a ready URL from the frontier
// (frontier.go), fetches it (fetcher.go), handles the response (page.go,
// listing.go) and records the result (commit.go); links found are queued
// for the Store (queue.go).
type crawler struct {
	cfg Config
	// work is the crawl's context without its cancellation: the Store and
	// Sink calls of fetches already in flight must finish for a clean stop.
	work    context.Context
	front   *frontier
	fetcher *fetcher
	robots  *robots
	stats   counter
	pool    *extractPool
	dups    *dups        // nil with NearDuplicates off
	started atomic.Int64 // pages started or about to be, for MaxPages
	// drained is set when the Store gave fewer URLs than asked for (see
	// refill), at drainedAt, after drainedAdds Adds of discovered links.
	drained     bool
	drainedAt   time.Time
	drainedAdds int64
	adds        atomic.Int64 // Store.Add calls of discovered links so far
	// leasedAt is the time of the last lease, after leasedAdds Adds (topUp).
	leasedAt   time.Time
	leasedAdds int64
	// capped lists the hosts the last lease filled to their budget
	// (refill asks again once one of them used half of it).
	capped []string

	mu      sync.Mutex // guards the fields below
	queries map[string]int
	once    map[string]bool // re-read URLs (sitemaps, feeds) queued in this run
	feedsOf map[string]int  // feeds found by autodiscovery queued in this run, per host
	toAdd   []Entry         // discovered URLs, added to the Store at the next commit
	// recent holds the hashes of page URLs queued in this run: a Store
	// adds a page only once, so the links every page repeats (navigation,
	// index pages) need not reach it again. Bounded, it forgets when full.
	recent map[uint64]struct{}

	commitMu sync.Mutex // one commit at a time, so checkpoints only move forward
	emitMu   sync.Mutex // orders Sink writes with pending outcomes
	pending  []Outcome
	// decisions wait for the commit to be written to the WARC.
	decisions []pendingDecision
	// emitted maps URLs to the hashes of articles written since the last
	// commit; committed holds the generation before, until the next commit.
	// Older entries are in the Store, so memory stays flat on long crawls.
	emitted, committed map[string]string
	failure            error // a Sink or Store error ends the run

	turns turns // the shared HostLimiter's turns not yet sent (limit.go)

	// refillHook, if set (tests), runs in refill once it has read the
	// frontier, for tests of what a fetch ending then does.
	refillHook func()
}

// Run crawls until nothing is queued, MaxPages fetches were started, or ctx
// is cancelled. On cancellation no request starts any more, the requests
// in flight get StopGrace to finish, the rest are cut off; the articles of
// those that finished are written and synced and their outcomes committed;
// every other URL stays queued for the next run. The returned error is a
// Sink or Store failure, or a bad Config; failed pages are only counted.
func Run(ctx context.Context, cfg Config) (Stats, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return Stats{}, err
	}
	if cfg.Archive != nil {
		cfg.Archive.Declare(DecisionsInfoField, "metadata") // decision.go
	}
	k := &crawler{cfg: cfg, work: context.WithoutCancel(ctx), queries: map[string]int{}, emitted: map[string]string{}, committed: map[string]string{}, once: map[string]bool{}, feedsOf: map[string]int{}, recent: map[uint64]struct{}{}}
	if err := k.recover(ctx); err != nil {
		return Stats{}, err
	}
	if cfg.NearDuplicates != NearOff {
		if k.dups, err = newDups(ctx, cfg.Store, DefaultFingerprintWindow); err != nil {
			return Stats{}, err
		}
	}
	if err := k.queueStart(ctx); err != nil {
		return Stats{}, err
	}
	// A first checkpoint names the output file, so that reconcile reads it
	// after a crash, however soon.
	if err := k.commit(); err != nil {
		return Stats{}, err
	}
	// hard is the requests' context: cancelled StopGrace after ctx, it
	// cuts off the fetches still in flight.
	hard, cutOff := context.WithCancel(k.work)
	defer cutOff()
	k.front = newFrontier(cfg.Concurrency, cfg.Parallel, cfg.Delay)
	if bt, ok := k.cfg.Transport.(*boundedTransport); ok { // always (withDefaults)
		bt.sent, k.front.wire = k.sent, true
	}
	k.fetcher = newFetcher(hard, &k.cfg, wanted, k.listing)
	k.robots = newRobots(cfg.Transport, cfg.UserAgent, cfg.Timeout, cfg.Retries, cfg.Delay)
	k.robots.share, _ = cfg.Store.(RobotsCache)
	k.pool = newExtractPool()
	defer k.pool.close() // after the fetches below: no page is being handled
	stopTick := k.commitEvery()
	defer stopTick()

	var fetches sync.WaitGroup
	k.loop(ctx, hard, &fetches)
	if ctx.Err() != nil {
		k.stop(&fetches, cutOff)
	}
	fetches.Wait()
	k.fail(k.commit())
	return k.stats.snapshot(), k.err()
}

// loop starts the fetches: it takes a ready URL from the frontier and
// fetches, handles and records it on a goroutine of its own, until the
// crawl is over, failed, or ctx is cancelled.
func (k *crawler) loop(ctx, hard context.Context, fetches *sync.WaitGroup) {
	for ctx.Err() == nil && k.err() == nil {
		// Once MaxPages pages have started, only the redirect hops of
		// those pages do.
		full := k.cfg.MaxPages > 0 && k.started.Load() >= int64(k.cfg.MaxPages)
		k.front.hopsOnly(full)
		if full && k.front.inFlight() == 0 && !k.front.holdsHops() {
			return
		}
		if !full && !k.refill(ctx, false) {
			return
		}
		t, ok, at := k.front.take()
		if !ok && !full {
			// Nothing ready: links found since may be.
			if !k.refill(ctx, true) {
				return
			}
			t, ok, at = k.front.take()
		}
		if !ok {
			k.wait(ctx, at)
			continue
		}
		if t.page() {
			k.started.Add(1)
		}
		fetches.Add(1)
		go func() {
			defer fetches.Done()
			if t.robots {
				k.learnRobots(hard, t)
				return
			}
			k.fetch(ctx, t)
		}()
	}
}

// fetch is one URL's way: fetch (and tell the frontier how the host
// answered), handle, record. A redirect hop of the URL (scope.go) is
// fetched the same way, its outcome recorded under the URL.
func (k *crawler) fetch(ctx context.Context, t task) {
	j := t.job
	u, err := url.Parse(j.target())
	if err != nil { // parsed in refill and redirect: not reached
		k.front.unused(t)
		k.unstart(t)
		return
	}
	if reason, ok := k.allowed(u); !ok {
		k.front.unused(t)
		k.unstart(t)
		status := StatusSkipped
		if reason != "robots.txt" {
			status = StatusFailed // retried next run
		}
		if j.hops > 0 {
			reason = "redirect: " + reason
		}
		k.note(Outcome{URL: j.URL, Status: status, Reason: reason}, false)
		return
	}
	release, later, err := k.acquire(ctx, u)
	switch {
	case err != nil:
		k.front.unused(t) // stopping: stays leased
		k.unstart(t)
		k.fail(ignoreCancel(err))
		return
	case release == nil: // another process has the host's turn
		k.front.later(t, later)
		k.unstart(t)
		return
	}
	if rereadKind(j.Kind) {
		k.mu.Lock()
		k.once[j.URL] = true
		k.mu.Unlock()
	}
	hdr := conditional(j.Entry)
	hdr.Set(kindHeader, j.Kind) // bounds.go: the transport's cap
	e := j.Entry
	e.URL = u.String()
	res, err := k.fetcher.fetch(e, hdr)
	release() // before the frontier may start the host again (limit.go)
	k.front.unsent(t)
	// The host's slot is free once the response is read; handling it is
	// this process's work.
	answer, retryAfter := hostAnswerOf(res, err)
	k.front.done(t.host, answer, retryAfter)
	r := k.handle(ctx.Err() != nil, j, res, err)
	k.record(r)
	if r.retry {
		k.front.retry(t.host, j, r.wait)
	}
	if r.hop != nil {
		k.front.pushJob(r.hop.url, r.hop.job) // before finish: the crawl goes on
	}
	k.front.finish()
}

// unstart takes back the start of a task that made no request.
func (k *crawler) unstart(t task) {
	if t.page() {
		k.started.Add(-1)
	}
}

// allowed applies the host's robots.txt, known by now, to u. A robots.txt
// still unavailable when its retries ran out fails the URL with its cause
// ("robots.txt: HTTP 503"), a transient failure the next run retries.
func (k *crawler) allowed(u *url.URL) (string, bool) {
	if u.Scheme == "file" {
		return "", true
	}
	rb := k.robots.get(k.work, u)
	switch {
	case rb.temporary:
		return "robots.txt: " + rb.cause, false
	case rb.allowed(u):
		return "", true
	}
	return "robots.txt", false
}

// learnRobots fetches the robots.txt of a host, as a request of that host,
// and queues its sitemaps. A robots.txt answering 5xx or 429, or
// unreachable, means "disallow for now" (RFC 9309 §2.3.1.4): the host's
// URLs wait in the frontier, still leased, while it is fetched again after
// its backoff (robots.go), --retries times.
func (k *crawler) learnRobots(ctx context.Context, t task) {
	u, err := url.Parse(t.host + "/")
	if err != nil {
		k.front.setRules(t.host, 0)
		return
	}
	// Read by another process sharing the crawl, or being read by one.
	rb, wait, err := k.robots.shared(ctx, u)
	switch {
	case err != nil:
		k.fail(ignoreCancel(err))
		k.front.setRules(t.host, 0) // the run ends: nothing more starts
		return
	case !wait.IsZero():
		k.front.rulesLater(t.host, wait)
		return
	case rb == nil:
		release, later, err := k.acquire(ctx, u)
		switch {
		case err != nil:
			// Stopping: nothing more starts anyway; another process may
			// read robots.txt.
			k.fail(ignoreCancel(k.robots.put(k.work, u, &robotsEntry{})))
			k.front.setRules(t.host, 0)
			return
		case release == nil: // another process has the host's turn
			k.front.rulesLater(t.host, later)
			return
		}
		gate, end := k.robotsHops(release)
		rb = k.robots.get(withRedirectGate(ctx, gate), u)
		end()
		k.fail(ignoreCancel(k.robots.put(k.work, u, rb)))
	}
	if !rb.temporary {
		k.fail(ignoreCancel(k.shareCrawlDelay(u, rb.delay)))
	}
	if rb.temporary && !k.robots.exhausted(rb) && ctx.Err() == nil {
		k.cfg.Logger.Warn("robots.txt unavailable; the site's URLs wait for it", "url", t.host+"/robots.txt", "cause", rb.cause,
			"attempt", rb.attempts, "retry_in", time.Until(rb.retryAt).Round(time.Millisecond))
		k.front.rulesLater(t.host, rb.retryAt)
		return
	}
	if !rb.temporary {
		// Before setRules ends the task: with nothing else in flight or
		// queued, the main loop would take the crawl for done first.
		k.queueSitemaps(u, rb.sitemaps)
	}
	k.front.setRules(t.host, rb.delay)
}

// conditional is the request headers of a known article, or of a known
// listing page, sitemap or feed (a seed has validators kept only when it
// was read as a feed or sitemap, or was an article: page.go): they ask
// whether it changed.
func conditional(e Entry) http.Header {
	hdr := http.Header{}
	if e.Known != nil && (e.Known.Hash != "" || e.Kind == KindListing || e.Kind == KindSitemap || e.Kind == KindFeed || e.Kind == KindSeed) {
		if e.Known.ETag != "" {
			hdr.Set("If-None-Match", e.Known.ETag)
		}
		if e.Known.LastModified != "" {
			hdr.Set("If-Modified-Since", e.Known.LastModified)
		}
	}
	return hdr
}

// stop ends a cancelled crawl: the fetches in flight get StopGrace, then
// the rest are cut off (they stay leased, queued again by the next run).
func (k *crawler) stop(fetches *sync.WaitGroup, cutOff context.CancelFunc) {
	n := k.front.inFlight()
	k.cfg.Logger.Info("stopping: no new requests; waiting for those in flight", "in_flight", n, "grace", k.cfg.StopGrace)
	done := make(chan struct{})
	go func() { fetches.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(k.cfg.StopGrace):
		k.cfg.Logger.Info("stopping: cutting off the requests still in flight", "in_flight", k.front.inFlight())
		cutOff()
	}
}

// wait waits for a host to become ready: until at (if set), a change in
// the frontier, or ctx is done. A drained Store is asked again soon.
func (k *crawler) wait(ctx context.Context, at time.Time) {
	d := time.Second
	if !at.IsZero() {
		d = min(d, time.Until(at))
	}
	if k.drained {
		d = min(d, drainedPoll) // refill asks the Store again by then
	}
	if d <= 0 {
		return
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-k.front.wake:
	case <-tm.C:
	case <-ctx.Done():
	}
}

// commitEvery commits at least every CommitEvery, so that a crash loses
// little work even when a batch of slow, polite fetches takes minutes. It
// returns the function that stops it.
func (k *crawler) commitEvery() func() {
	tick := time.NewTicker(k.cfg.CommitEvery)
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-tick.C:
				k.fail(k.commit())
			case <-stop:
				return
			}
		}
	}()
	return func() { tick.Stop(); close(stop); <-done }
}
