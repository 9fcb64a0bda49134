package pipeline

import (
	"context"
	"net/url"
	"time"
)

// recover makes the state agree with the output after a crash, and, with
// a Claimer, queues again what this process claimed but never wrote.
func (k *crawler) recover(ctx context.Context) error {
	var describe func([]pendingDecision) error
	if k.cfg.Archive != nil {
		describe = func(ds []pendingDecision) error {
			for i := range ds {
				ds[i].d.mode = k.cfg.NearDuplicates
			}
			return k.describeAll(ds)
		}
	}
	if n, err := reconcile(ctx, k.cfg.Store, k.cfg.OutPath, k.cfg.Logger, describe); err != nil {
		return err
	} else if n > 0 {
		k.cfg.Logger.Info("recovered articles written before a crash", "count", n)
	}
	if cl, ok := k.cfg.Store.(Claimer); ok {
		if n, err := cl.ReleaseClaims(ctx); err != nil {
			return err
		} else if n > 0 {
			k.cfg.Logger.Info("articles claimed but not written before a crash are queued again", "count", n)
		}
	}
	return nil
}

// queueStart queues the seeds, the listing pages due for a visit and the
// articles due for revalidation.
func (k *crawler) queueStart(ctx context.Context) error {
	var entries []Entry
	for _, s := range k.cfg.Seeds {
		entries = append(entries, Entry{URL: s, Kind: KindSeed})
	}
	// Transient failures of earlier runs (timeouts, 5xx) get another try.
	if _, err := k.cfg.Store.RetryFailed(ctx); err != nil {
		return err
	}
	listings, err := k.dueListings(ctx)
	if err != nil {
		return err
	}
	entries = append(entries, listings...)
	if k.cfg.RevisitAfter > 0 {
		due, err := k.cfg.Store.DueForRevisit(ctx, time.Now().Add(-k.cfg.RevisitAfter), 100000)
		if err != nil {
			return err
		}
		for _, u := range due {
			entries = append(entries, Entry{URL: u, Kind: KindRevisit})
		}
	}
	return k.cfg.Store.Add(ctx, entries)
}

// frontierSize is how many leased URLs the frontier holds at most. The
// Store hands URLs out host by host in turn, so that a lease of any size
// covers every host with queued work, and no more of a host than its
// budget (hostBudget): a host slower than the others no longer keeps its
// share of every lease waiting here until its backlog stops the refills
// for every host (issue 14). The frontier still holds many times
// Concurrency (1,024 URLs at the default, some 200 KiB), for crawls of
// many hosts. With a Shared store it holds fewer, so that the processes
// sharing the crawl share the work (enough to keep each host's slots busy).
func (k *crawler) frontierSize() int {
	if _, shared := k.cfg.Store.(Shared); shared {
		return min(k.cfg.Concurrency, 2*k.cfg.Parallel*max(len(k.cfg.AllowHosts), 1))
	}
	return 16 * k.cfg.Concurrency
}

// refill leases more URLs when the frontier runs low: when what it holds
// of use (frontier.useful: each host's URLs up to its budget, none of a
// host backed off) is below half its size, when nothing it holds is ready
// while a process slot is free (idle: the URLs it holds are of hosts busy
// or waiting, such as a slow host's budget in a small shared frontier),
// or it has room and links were found since the last lease (topUp). A
// lease asks for no more of a host than its room, so that the frontier
// never holds more of a host than its budget. It never waits for the
// fetches in flight, and it asks the Store little: once the Store gave
// fewer URLs than asked for (it is drained, or every host it had URLs of
// reached its budget), it is asked again at most every drainedPoll while
// the frontier has a ready URL, and when none is (idle) only once links
// were found since; but at once when a host the last lease filled to its
// budget has used half of it, so that a host bound by its budget keeps its
// slots busy. It reports false when the crawl is over: nothing queued, leased, in
// flight, or held by another process sharing the Store.
func (k *crawler) refill(ctx context.Context, idle bool) bool {
	// Read together (counts): a fetch ending between two reads left its
	// redirect's hop unseen, and the crawl ended without fetching it.
	size := k.frontierSize()
	held, inFlight := k.front.counts()
	if k.refillHook != nil {
		k.refillHook()
	}
	// useful <= held: counted only when held is enough.
	if held >= size/2 && k.front.useful(size) >= size/2 && !k.topUp(size, held) && !(idle && k.front.slotFree()) {
		return true
	}
	hungry := k.drained && k.front.hungry(k.capped, size)
	if k.drained && !idle && !hungry && time.Since(k.drainedAt) < drainedPoll {
		return true
	}
	if k.queued() {
		k.fail(k.flushQueue()) // links found since the last commit
	}
	if k.drained && !hungry && (held > 0 || inFlight > 0) && k.adds.Load() == k.drainedAdds {
		if _, shared := k.cfg.Store.(Shared); !shared || time.Since(k.drainedAt) < drainedPoll {
			return true // the fetches in flight may yet find links
		}
	}
	n := size - held
	if k.cfg.MaxPages > 0 {
		n = min(n, k.cfg.MaxPages-int(k.started.Load())-held)
	}
	if n <= 0 {
		return held > 0 || inFlight > 0
	}
	batch, err := k.cfg.Store.Next(ctx, k.front.lease(n, size))
	if err != nil {
		k.fail(ignoreCancel(err))
		return false
	}
	for _, e := range batch {
		u, err := url.Parse(e.URL)
		if err != nil {
			k.note(Outcome{URL: e.URL, Status: StatusSkipped, Reason: "bad URL"}, false)
			continue
		}
		k.front.push(u, e)
	}
	k.capped = k.front.full(size)
	k.leasedAt, k.leasedAdds = time.Now(), k.adds.Load()
	k.drained = len(batch) < n
	if k.drained {
		k.drainedAt, k.drainedAdds = time.Now(), k.adds.Load()
	}
	if len(batch) > 0 || held > 0 || inFlight > 0 {
		return true
	}
	waiting, err := k.othersBusy(ctx)
	k.fail(err)
	return waiting && err == nil
}

// topUp reports whether a frontier at least half full should lease more
// now. Links found since the last lease may be of hosts it holds no URL
// of (a host whose home page answered late), and the Store's host-by-host
// order gives such a host a turn in any lease of one URL per host or more.
// So with room for Concurrency URLs, at most every drainedPoll, the
// frontier is topped up then, rather than once the URLs of the hosts it
// holds ran down to half its size: on 20 hosts whose home pages each link
// 100 pages, the first ten filled it and the others started seconds later.
func (k *crawler) topUp(size, held int) bool {
	return held <= size-max(k.cfg.Concurrency, 1) && time.Since(k.leasedAt) >= drainedPoll &&
		(k.adds.Load() != k.leasedAdds || k.queued())
}

// drainedPoll is how often a drained Store is asked again while the
// frontier still holds work (or, when Shared, while others may add some).
const drainedPoll = 250 * time.Millisecond

// othersBusy waits a moment and reports true while other processes sharing
// the Store hold leases.
func (k *crawler) othersBusy(ctx context.Context) (bool, error) {
	sh, ok := k.cfg.Store.(Shared)
	if !ok {
		return false, nil
	}
	n, err := sh.Leased(ctx)
	if err != nil || n == 0 {
		return false, ignoreCancel(err)
	}
	select {
	case <-time.After(250 * time.Millisecond):
	case <-ctx.Done():
	}
	return true, nil
}

// leaseHorizon is how far ahead, at a host's pace, the frontier holds the
// URLs of a host whose delay spaces its requests (hostBudget).
const leaseHorizon = 2 * time.Second

// hostBudget is the most URLs of one host the frontier leases (Lease's
// room): enough to keep the host's slots busy until the crawl leases again
// at its pace (refill asks for more once it has used half), and no more,
// so that a slow host's URLs do not pile up here (Mercator's and
// Heritrix's per-host queues hold the rest in the Store; Scrapy's slots
// the same): four per slot, fewer for a host whose delay or Crawl-delay
// lets it start fewer in leaseHorizon, and at most half the frontier,
// its share. A slow host thus holds 4 URLs at the default flags (--delay
// 1s, --parallel 2), 8 with no delay, whatever its backlog.
func hostBudget(parallel int, delay time.Duration, size int) int {
	b := 4 * parallel
	if delay > 0 {
		b = min(b, int(leaseHorizon/delay)+parallel)
	}
	return max(min(b, size/2), 1)
}

// budget is hostBudget of h (f.mu held).
func (f *frontier) budget(h *hostQueue, size int) int {
	return hostBudget(f.parallel, h.delay, size)
}

// useful is how many of the URLs the frontier holds keep hosts busy: each
// host's up to its budget, none of a host backed off beyond leaseHorizon
// (429, 503, timeouts, a robots.txt unavailable). refill weighs these,
// not a blocked host's backlog.
func (f *frontier) useful(size int) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	until := f.now().Add(leaseHorizon)
	n := 0
	for _, h := range f.ring {
		if len(h.jobs) > 0 && !h.next.After(until) {
			n += min(len(h.jobs), f.budget(h, size))
		}
	}
	return n
}

// lease is the Lease of up to n URLs for a frontier of size: each host
// the frontier holds URLs of (or whose delay is not the default) has
// room for its budget less what it holds; any other host, for the
// default budget. A host reached under two schemes gets the lesser room.
func (f *frontier) lease(n, size int) Lease {
	f.mu.Lock()
	defer f.mu.Unlock()
	l := Lease{N: n, PerHost: hostBudget(f.parallel, f.delay, size), Room: map[string]int{}}
	for _, h := range f.hosts {
		if len(h.jobs) == 0 && h.delay == f.delay {
			continue
		}
		r, name := max(f.budget(h, size)-len(h.jobs), 0), HostOf(h.key)
		if cur, ok := l.Room[name]; !ok || r < cur {
			l.Room[name] = r
		}
	}
	return l
}

// slotFree reports whether the process has a slot free for a task.
func (f *frontier) slotFree() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.active < f.concurrency
}

// full lists the hosts that hold their whole budget.
func (f *frontier) full(size int) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, h := range f.ring {
		if len(h.jobs) >= f.budget(h, size) {
			out = append(out, h.key)
		}
	}
	return out
}

// hungry reports whether one of the hosts keys holds half its budget or
// less.
func (f *frontier) hungry(keys []string, size int) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, key := range keys {
		if h := f.hosts[key]; h != nil && 2*len(h.jobs) <= f.budget(h, size) {
			return true
		}
	}
	return false
}
