package pipeline

import (
	"net/url"
	"sync"
	"time"
)

// frontier is the crawl's scheduler: the URLs this process has leased from
// the Store, queued per host (Heritrix's per-host work queues, Scrapy's
// downloader slots). Each host has its slots in use and the time its next
// request may start; take hands out the next URL of a host that is ready
// now, round-robin among ready hosts, so that one slow or polite host holds
// its own slots and nothing else. A URL waits here, never inside an HTTP
// client holding a process slot.
//
// The spacing applies to the starts of requests: with a delay of 1s and
// two slots, a host sees at most one request start a second, two at a time
// at most. A start is when the request reaches the wire (wire.go): a host
// is not ready while a request granted has not, and its next start counts
// from when it did. A host's robots.txt is its first request; until it is
// known the host is not ready.
//
// frontier is safe for concurrent use. Its zero value is not: use
// newFrontier.
type frontier struct {
	concurrency int           // requests in flight in the process, across hosts
	parallel    int           // requests in flight per host
	delay       time.Duration // least time between two starts to one host
	now         func() time.Time

	mu     sync.Mutex
	hosts  map[string]*hostQueue // every host seen in this run, for its rules
	ring   []*hostQueue          // hosts with queued jobs, in round-robin order
	cursor int                   // the ring position take looks at first
	held   int                   // jobs queued, across hosts
	active int                   // tasks started and not done, across hosts
	wake   chan struct{}         // has a value when a host may have become ready
	// wire is set when the transport reports each request reaching the
	// wire (sent, wire.go); seq numbers the starts that wait for it.
	wire bool
	seq  uint64

	// hops, when set, holds back every job but redirect hops (MaxPages
	// reached: the pages started are finished, no other starts).
	hops bool
}

// job is a leased URL and the attempts made at it.
type job struct {
	Entry
	attempt int
	// notBefore holds back a retry: the host is not ready for it before.
	notBefore time.Time
	// hop, if set, is the URL this job fetches for Entry.URL: a redirect's
	// target as the server gave it, which normalises to Entry.URL (scope.go:
	// redirect). hops counts the redirects followed from the URL leased
	// first, via lists those URLs (each done as "page: redirect"), for
	// loops. The outcome is recorded under Entry.URL.
	hop  string
	hops int
	via  []string
}

// target is the URL the job fetches.
func (j job) target() string {
	if j.hop != "" {
		return j.hop
	}
	return j.URL
}

// hostQueue is one host's queue and politeness state.
type hostQueue struct {
	key    string // scheme://host[:port]
	jobs   []job
	active int       // slots in use
	next   time.Time // the earliest start of the host's next request
	delay  time.Duration
	rules  rulesState
	errs   int // consecutive 429s, 503s and timeouts
	inRing bool
	// unsent is the id of the task granted a start whose request has not
	// reached the wire yet (0: none); the host is not ready meanwhile.
	unsent uint64
}

type rulesState int

const (
	rulesUnknown rulesState = iota // robots.txt not asked for yet
	rulesPending                   // robots.txt being fetched
	rulesKnown
)

// task is what take hands out: a job to fetch, or the robots.txt of a host.
type task struct {
	host   string // the hostQueue key
	job    job
	robots bool
	// prev and next are the host's next start before and after take, so
	// that unused can give a start that made no request back.
	prev, next time.Time
	// id, if not 0, is the start's: the host waits for its request to
	// reach the wire (hostQueue.unsent).
	id uint64
}

// page reports whether the task starts the fetch of a leased URL, which
// MaxPages counts: not a robots.txt, nor a redirect hop of a page started
// already.
func (t task) page() bool { return !t.robots && t.job.hops == 0 }

// maxHostPause bounds how long a failing host is backed off at once.
const maxHostPause = 5 * time.Minute

func newFrontier(concurrency, parallel int, delay time.Duration) *frontier {
	return &frontier{
		concurrency: max(concurrency, 1), parallel: max(parallel, 1), delay: delay, now: time.Now,
		hosts: map[string]*hostQueue{}, wake: make(chan struct{}, 1),
	}
}

// hostKey is the key of u's host queue: scheme and authority, as for
// robots.txt (RFC 9309, section 2.3).
func hostKey(u *url.URL) string { return u.Scheme + "://" + u.Host }

// push queues a leased entry on its host, behind the host's other jobs.
// A file:// entry needs no robots.txt and has no delay: it is not a server.
func (f *frontier) push(u *url.URL, e Entry) { f.pushJob(u, job{Entry: e}) }

// pushJob queues j on the host of u, the URL it fetches: a leased entry,
// or a redirect hop of one (scope.go), which then waits its host's turn
// (and robots.txt) as any other request of that host.
//
// A hop goes to the front of its host's queue, ahead of pages not started
// yet, as does its retry: hops finish the pages started first.
func (f *frontier) pushJob(u *url.URL, j job) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.host(hostKey(u))
	if u.Scheme == "file" && h.rules == rulesUnknown {
		h.rules, h.delay = rulesKnown, 0
	}
	f.enqueue(h, j, j.hops > 0)
}

// retry queues j again on its host, to start no sooner than after wait.
func (f *frontier) retry(key string, j job, wait time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	j.attempt++
	j.notBefore = f.now().Add(wait)
	f.enqueue(f.host(key), j, j.hops > 0)
}

func (f *frontier) host(key string) *hostQueue {
	h := f.hosts[key]
	if h == nil {
		h = &hostQueue{key: key, delay: f.delay}
		f.hosts[key] = h
	}
	return h
}

func (f *frontier) enqueue(h *hostQueue, j job, front bool) {
	if front {
		h.jobs = append([]job{j}, h.jobs...)
	} else {
		h.jobs = append(h.jobs, j)
	}
	f.held++
	if !h.inRing {
		h.inRing = true
		f.ring = append(f.ring, h)
	}
	f.signal()
}

// len is the number of jobs queued.
func (f *frontier) len() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.held
}

// counts is the number of jobs queued and of tasks started and not done,
// read at once. A task queues what it leaves (a redirect's hop, a retry)
// before it ends (finish), so the two are never both 0 while it has work
// left. Read apart (len, then inFlight), they could be: jobs read before
// the task queued its hop, tasks after it ended.
func (f *frontier) counts() (held, inFlight int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.held, f.active
}

// inFlight is the number of tasks started and not done.
func (f *frontier) inFlight() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.active
}

// take hands out the next task of a host that is ready now, if any, and
// takes a process slot and a slot of that host for it; done gives the
// host's back, finish the process's (unused, setRules and rulesLater
// both). Without a task it returns the time a host becomes ready by the
// clock, or the zero time when only a done, a push or rules can make one
// ready.
func (f *frontier) take() (task, bool, time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var at time.Time
	if f.active >= f.concurrency {
		return task{}, false, at
	}
	now := f.now()
	for n := len(f.ring); n > 0; n-- {
		if f.cursor >= len(f.ring) {
			f.cursor = 0
		}
		h := f.ring[f.cursor]
		if len(h.jobs) == 0 { // drained: leaves the ring
			h.inRing = false
			f.ring = append(f.ring[:f.cursor], f.ring[f.cursor+1:]...)
			continue
		}
		f.cursor++
		if h.active >= f.parallel || h.rules == rulesPending || h.unsent != 0 || f.hops && h.jobs[0].hops == 0 {
			continue
		}
		start := h.next
		if h.rules == rulesKnown && h.jobs[0].notBefore.After(start) {
			start = h.jobs[0].notBefore
		}
		if start.After(now) {
			if at.IsZero() || start.Before(at) {
				at = start
			}
			continue
		}
		h.active++
		f.active++
		t := task{host: h.key, prev: h.next, next: now.Add(h.delay)}
		h.next = t.next
		t.id = f.holdForWire(h)
		if h.rules == rulesUnknown {
			h.rules = rulesPending
			t.robots = true
			return t, true, time.Time{}
		}
		t.job = h.jobs[0]
		h.jobs[0] = job{}
		h.jobs = h.jobs[1:]
		f.held--
		return t, true, time.Time{}
	}
	return task{}, false, at
}

// setRules ends the robots.txt task of a host: its Crawl-delay, if longer
// than the frontier's delay, spaces its requests from now on.
func (f *frontier) setRules(key string, crawlDelay time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.host(key)
	h.rules = rulesKnown
	h.unsent = 0 // the robots.txt task was the host's only one
	h.delay = max(f.delay, crawlDelay)
	// The robots.txt request counted as the host's last start.
	h.next = h.next.Add(h.delay - f.delay)
	f.release(h)
}

// hostAnswer is how a host answered a request, as the scheduler sees it.
type hostAnswer int

const (
	answered   hostAnswer = iota // anything but the two below
	timedOut                     // no answer in time
	overloaded                   // 429 or 503: the server asks for less
)

// timeoutsBeforePause is how many timeouts in a row back a host off: one
// slow page among fast ones is the page's problem, not the host's.
const timeoutsBeforePause = 2

// rulesLater ends the robots.txt task of a host whose robots.txt is
// unavailable for now: the host is not ready before at, when its
// robots.txt is asked for again.
func (f *frontier) rulesLater(key string, at time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.host(key)
	h.rules = rulesUnknown
	h.unsent = 0 // the robots.txt task was the host's only one
	if at.After(h.next) {
		h.next = at
	}
	f.release(h)
}

// done ends the request of a task of the host key, once its response is
// read (its handling may go on: it holds the process slot until finish),
// and frees the host's slot. A host that answers 429 or 503, or
// times out timeoutsBeforePause times in a row, is backed off as a whole:
// for retryAfter if the server gave one, else for an exponential backoff
// from max(delay, 1s) that grows while the host keeps failing. Any other
// answer ends the run of failures.
func (f *frontier) done(key string, a hostAnswer, retryAfter time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.host(key)
	defer f.signal()
	h.active--
	if a == answered {
		h.errs = 0
		return
	}
	h.errs++
	if a == overloaded || h.errs >= timeoutsBeforePause {
		pause := retryAfter
		if pause <= 0 {
			n := h.errs - 1
			if a == timedOut {
				n = h.errs - timeoutsBeforePause
			}
			pause = expBackoff(n, max(f.delay, time.Second))
		}
		if until := f.now().Add(min(pause, maxHostPause)); until.After(h.next) {
			h.next = until
		}
	}
}

// finish gives back the process slot of a task whose request is done and
// whose handling has ended.
func (f *frontier) finish() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.active--
	f.signal()
}

// unused ends a task that made no request (robots.txt disallowed its URL):
// its slots are given back, and so is its start, unless the host was
// started or backed off since.
func (f *frontier) unused(t task) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.host(t.host)
	if h.next.Equal(t.next) {
		h.next = t.prev
	}
	f.clearUnsent(h, t.id)
	f.release(h)
}

// pauseOf is how long the host key is held back from now on (tests).
func (f *frontier) pauseOf(key string) time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return max(f.host(key).next.Sub(f.now()), 0)
}

func (f *frontier) release(h *hostQueue) {
	h.active--
	f.active--
	f.signal()
}

// signal wakes the loop waiting in wait, without blocking.
func (f *frontier) signal() {
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

// drain empties the frontier and returns the jobs it held (to be handed
// back to the Store).
func (f *frontier) drain() []job {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []job
	for _, h := range f.ring {
		out = append(out, h.jobs...)
		h.jobs, h.inRing = nil, false
	}
	f.ring, f.held = nil, 0
	return out
}

// expBackoff is base·2^n, at most a minute.
func expBackoff(n int, base time.Duration) time.Duration {
	d := base
	for ; n > 0 && d < time.Minute; n-- {
		d *= 2
	}
	return min(d, time.Minute)
}
