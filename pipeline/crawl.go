package pipeline

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gocolly/colly/v2"
	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
)

// defaultConcurrency is how many URLs one process fetches at once.
const defaultConcurrency = 64

// maxQueriesPerPath bounds query-string explosions (calendars, filters):
// a path is queued with at most this many distinct query strings.
const maxQueriesPerPath = 50

// crawler is one Run. colly lives in this file only.
type crawler struct {
	cfg Config
	ctx context.Context // cancelled: start nothing new
	// work is ctx without its cancellation: the Store and Sink calls of
	// fetches already in flight must finish for a clean stop.
	work   context.Context
	c      *colly.Collector
	robots *robots
	stats  counter
	flight flight // leased URLs whose handling has not ended
	held   held   // leased URLs waiting for their robots.txt (robotshold.go)
	pool   *extractPool

	mu      sync.Mutex // guards the fields below
	limited map[string]bool
	queries map[string]int
	once    map[string]bool // re-read URLs (sitemaps, feeds) queued in this run
	toAdd   []Entry         // discovered URLs, added to the Store at the next commit
	// recent holds the hashes of page URLs queued in this run: a Store
	// adds a page only once, so the links every page repeats (navigation,
	// index pages) need not reach it again. Bounded, it forgets when full.
	recent map[uint64]struct{}

	commitMu sync.Mutex // one commit at a time, so checkpoints only move forward
	emitMu   sync.Mutex // orders Sink writes with pending outcomes
	pending  []Outcome
	// emitted maps URLs to the hashes of articles written since the last
	// commit; committed holds the generation before, until the next commit.
	// Older entries are in the Store, so memory stays flat on long crawls.
	emitted, committed map[string]string
	failure            error // a Sink or Store error ends the run
}

// Run crawls until nothing is queued, MaxPages fetches were started, or ctx
// is cancelled. On cancellation the requests in flight finish, their
// articles are written and synced, and their outcomes committed; URLs not
// yet fetched stay queued for the next run. The returned error is a Sink or
// Store failure, or a bad Config; failed pages are only counted.
func Run(ctx context.Context, cfg Config) (Stats, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return Stats{}, err
	}
	k := &crawler{cfg: cfg, ctx: ctx, work: context.WithoutCancel(ctx), limited: map[string]bool{}, queries: map[string]int{}, emitted: map[string]string{}, committed: map[string]string{}, once: map[string]bool{}, recent: map[uint64]struct{}{}}
	k.robots = newRobots(cfg.Transport, cfg.UserAgent, cfg.clientTimeout(), cfg.Retries, cfg.Delay)
	if n, err := reconcile(ctx, cfg.Store, cfg.OutPath, cfg.Logger); err != nil {
		return Stats{}, err
	} else if n > 0 {
		cfg.Logger.Info("recovered articles written before a crash", "count", n)
	}
	if cl, ok := cfg.Store.(Claimer); ok {
		if n, err := cl.ReleaseClaims(ctx); err != nil {
			return Stats{}, err
		} else if n > 0 {
			cfg.Logger.Info("articles claimed but not written before a crash are queued again", "count", n)
		}
	}
	if err := k.queueStart(ctx); err != nil {
		return Stats{}, err
	}
	k.c = k.collector()
	k.pool = newExtractPool()
	defer k.pool.close() // after k.c.Wait below: no page is being handled
	// Commit at least every CommitEvery, so that a crash loses little work
	// even when a batch of slow, polite fetches takes minutes.
	tick := time.NewTicker(cfg.CommitEvery)
	stopTick := make(chan struct{})
	tickDone := make(chan struct{})
	go func() {
		defer close(tickDone)
		for {
			select {
			case <-tick.C:
				k.fail(k.commit())
			case <-stopTick:
				return
			}
		}
	}()
	defer func() { tick.Stop(); close(stopTick); <-tickDone }()
	// URLs are leased Concurrency at a time (fewer when shared, so that the
	// processes sharing the crawl share the work: enough to keep each
	// host's slots busy) and started one by one as fetches land, so that
	// the fetches of one lease never wait for the slowest of another.
	leaseSize := cfg.Concurrency
	if _, shared := cfg.Store.(Shared); shared {
		leaseSize = min(leaseSize, 2*cfg.Parallel*max(len(cfg.AllowHosts), 1))
	}
	var leased []Entry
	started := 0
	for ctx.Err() == nil && k.err() == nil {
		if cfg.MaxPages > 0 && started >= cfg.MaxPages {
			break
		}
		if len(leased) == 0 {
			n := leaseSize
			if cfg.MaxPages > 0 {
				n = min(n, cfg.MaxPages-started)
			}
			var more bool
			if leased, more = k.lease(ctx, n); !more {
				break
			}
			if len(leased) == 0 {
				continue
			}
		}
		k.flight.waitBelow(ctx, cfg.Concurrency)
		if ctx.Err() != nil {
			break // what is still leased is queued again
		}
		if k.dispatch(leased[0]) {
			started++
		}
		leased = leased[1:]
	}
	k.c.Wait()
	k.fail(k.commit())
	return k.stats.snapshot(), k.err()
}

// lease leases up to n URLs and fetches their hosts' robots.txt. It
// reports false when the crawl is over (or failed); it may return no URLs
// and true when more may come: links found by fetches in flight, or by
// other processes sharing the Store.
func (k *crawler) lease(ctx context.Context, n int) ([]Entry, bool) {
	if ready := k.heldReady(ctx); len(ready) > 0 {
		return ready, true // robotshold.go: robots.txt answers again
	}
	batch, err := k.cfg.Store.Next(ctx, n)
	if err != nil {
		k.fail(err)
		return nil, false
	}
	if len(batch) == 0 {
		switch {
		case k.queued():
			k.fail(k.flushQueue()) // links found since the last commit
			return nil, true
		case k.flight.count() > 0:
			// The fetches in flight may yet find links.
			k.c.Wait()
			k.fail(k.commit())
			return nil, true
		}
		if k.waitHeld(ctx) {
			return nil, true // robotshold.go: a robots.txt retry is due
		}
		waiting, err := k.othersBusy()
		k.fail(err)
		return nil, waiting && err == nil
	}
	urls := make([]string, len(batch))
	for i, e := range batch {
		urls[i] = e.URL
	}
	k.robots.prefetch(ctx, urls)
	return batch, true
}

// othersBusy waits a moment and reports true while other processes sharing
// the Store hold leases.
func (k *crawler) othersBusy() (bool, error) {
	sh, ok := k.cfg.Store.(Shared)
	if !ok {
		return false, nil
	}
	n, err := sh.Leased(k.ctx)
	if err != nil || n == 0 {
		return false, err
	}
	select {
	case <-time.After(250 * time.Millisecond):
	case <-k.ctx.Done():
	}
	return true, nil
}

func (k *crawler) err() error {
	k.emitMu.Lock()
	defer k.emitMu.Unlock()
	return k.failure
}

func (k *crawler) fail(err error) {
	if err == nil {
		return
	}
	k.emitMu.Lock()
	if k.failure == nil {
		k.failure = err
	}
	k.emitMu.Unlock()
}

// queueStart queues the seeds and the articles due for revalidation.
func (k *crawler) queueStart(ctx context.Context) error {
	var entries []Entry
	for _, s := range k.cfg.Seeds {
		entries = append(entries, Entry{URL: s, Kind: KindSeed})
	}
	// Transient failures of earlier runs (timeouts, 5xx) get another try.
	if _, err := k.cfg.Store.RetryFailed(ctx); err != nil {
		return err
	}
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

func (k *crawler) collector() *colly.Collector {
	c := colly.NewCollector(
		colly.Async(true),
		colly.UserAgent(k.cfg.UserAgent),
		colly.AllowURLRevisit(),                 // the Store decides what is new
		colly.IgnoreRobotsTxt(),                 // robots.go applies robots.txt, Crawl-delay included
		colly.MaxBodySize(k.cfg.MaxBodyBytes+1), // one byte more tells "too large" from "exactly the cap"
	)
	c.MaxBodySize = k.cfg.readLimit()     // bounds.go: every body decoded and capped by its kind
	c.SetRedirectHandler(k.checkRedirect) // scope.go: targets checked before they are requested
	c.WithTransport(k.cfg.Transport)
	c.SetRequestTimeout(k.cfg.clientTimeout())
	c.OnRequest(func(r *colly.Request) {
		if k.ctx.Err() != nil {
			r.Abort() // stays leased: queued again next run
			k.flight.done()
		}
	})
	c.OnResponseHeaders(k.onHeaders)
	c.OnResponse(k.onResponse)
	c.OnScraped(func(*colly.Response) { k.flight.done() }) // after OnResponse
	c.OnError(k.onError)
	return c
}

// dispatch starts the fetch of one leased URL; it reports whether a request
// was made.
func (k *crawler) dispatch(e Entry) bool {
	if k.ctx.Err() != nil {
		return false // stays leased: queued again next run
	}
	u, err := url.Parse(e.URL)
	if err != nil {
		k.record(Outcome{URL: e.URL, Status: StatusSkipped, Reason: "bad URL"}, false)
		return false
	}
	rb := k.robots.get(k.ctx, u)
	if rb.temporary {
		k.holdForRobots(e, u, rb) // robotshold.go: waits for robots.txt to answer
		return false
	}
	if !rb.allowed(u) {
		k.record(Outcome{URL: e.URL, Status: StatusSkipped, Reason: "robots.txt"}, false)
		return false
	}
	if k.limitHost(u, rb.delay) && u.Scheme != "file" {
		k.queueSitemaps(u, rb.sitemaps)
	}
	hdr := http.Header{}
	hdr.Set(kindHeader, e.Kind) // bounds.go: the transport's cap, checkRedirect's filters
	if e.Known != nil && e.Known.Hash != "" {
		// A known article: ask whether it changed.
		if e.Known.ETag != "" {
			hdr.Set("If-None-Match", e.Known.ETag)
		}
		if e.Known.LastModified != "" {
			hdr.Set("If-Modified-Since", e.Known.LastModified)
		}
	}
	cctx := colly.NewContext()
	cctx.Put(fetchKey, &fetch{Entry: e})
	if rereadKind(e.Kind) {
		k.mu.Lock()
		k.once[e.URL] = true
		k.mu.Unlock()
	}
	k.flight.add()
	if err := k.c.Request(http.MethodGet, e.URL, nil, cctx, hdr); err != nil {
		k.flight.done()
		k.record(Outcome{URL: e.URL, Status: StatusFailed, Reason: shortErr(err)}, false)
		return false
	}
	return true
}

// fetch is what the handlers of a request need of it: its leased entry
// (whose URL is the key its outcome is recorded under) and the attempts
// made so far. It rides in the request's colly context under fetchKey.
type fetch struct {
	Entry
	attempt int
	// contentType is the response's Content-Type as sent, when onHeaders
	// hid its charset from colly; "" otherwise.
	contentType string
}

const fetchKey = "newsprint"

func fetchOf(r *colly.Response) *fetch {
	if f, ok := r.Ctx.GetAny(fetchKey).(*fetch); ok {
		return f
	}
	return &fetch{} // not a request of ours; colly made none such
}

// limitHost gives each host its own colly limit rule: Parallel requests at
// a time, each followed by the larger of Delay and the robots.txt
// Crawl-delay. (A single "*" rule would share one budget across hosts.)
//
// It reports whether the host was new to this run.
func (k *crawler) limitHost(u *url.URL, crawlDelay time.Duration) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.limited[u.Host] {
		return false
	}
	k.limited[u.Host] = true
	delay := max(k.cfg.Delay, crawlDelay)
	if k.cfg.limited != nil {
		// The shared limiter spaces the requests of all processes.
		k.cfg.limited.setCrawlDelay(u.Host, crawlDelay)
		delay = 0
	}
	_ = k.c.Limit(&colly.LimitRule{
		DomainRegexp: "^" + regexp.QuoteMeta(u.Host) + "$",
		Parallelism:  k.cfg.Parallel,
		Delay:        delay,
	})
	return true
}

// queueSitemaps queues a host's sitemaps: those robots.txt lists, else
// /sitemap.xml.
func (k *crawler) queueSitemaps(u *url.URL, listed []string) {
	if len(listed) == 0 {
		listed = []string{u.Scheme + "://" + u.Host + "/sitemap.xml"}
	}
	var entries []Entry
	for _, l := range listed {
		entries = append(entries, Entry{URL: l, Kind: KindSitemap})
	}
	k.queueOnce(entries)
}

// queueOnce queues re-read entries (sitemaps, feeds) at most once per run,
// in scope and not excluded: a sitemap index that lists itself must not
// loop.
func (k *crawler) queueOnce(entries []Entry) {
	var fresh []Entry
	k.mu.Lock()
	for _, e := range entries {
		n, _, ok := k.scoped(e.URL)
		if !ok || k.once[n] || k.cfg.excluded(n) {
			continue
		}
		k.once[n] = true
		e.URL = n
		fresh = append(fresh, e)
	}
	k.mu.Unlock()
	k.queue(fresh)
}

func (k *crawler) onHeaders(r *colly.Response) {
	if r.StatusCode >= 300 {
		return // errors and 304 go to onError
	}
	f := fetchOf(r)
	key := f.URL
	ct := strings.ToLower(r.Headers.Get("Content-Type"))
	if ct != "" && !strings.Contains(ct, "html") && !(rereadKind(f.Kind) && isFeedType(ct)) {
		k.record(Outcome{URL: key, Status: StatusSkipped, Reason: "not HTML"}, true)
		r.Request.Abort()
		return
	}
	if n, err := strconv.ParseInt(r.Headers.Get("Content-Length"), 10, 64); err == nil && k.cfg.tooLarge(f.Kind, n) {
		k.record(Outcome{URL: key, Status: StatusSkipped, Reason: "too large"}, true)
		r.Request.Abort()
		return
	}
	if strings.Contains(ct, "html") && strings.Contains(ct, "charset") {
		// colly would transcode the body by the header's charset before
		// OnResponse, even bytes that are valid UTF-8 under a wrong label.
		// The extractor weighs the header, the bytes and <meta> together,
		// as it does when it re-extracts the page from a WARC file.
		raw := r.Headers.Get("Content-Type")
		media, _, _ := strings.Cut(raw, ";")
		f.contentType = raw
		r.Headers.Set("Content-Type", media)
	}
}

// contentType is the Content-Type the server sent.
func contentType(r *colly.Response) string {
	if f := fetchOf(r); f.contentType != "" {
		return f.contentType
	}
	return r.Headers.Get("Content-Type")
}

func (k *crawler) onResponse(r *colly.Response) {
	f := fetchOf(r)
	key, depth, kind := f.URL, f.Depth, f.Kind
	if k.cfg.tooLarge(kind, int64(len(r.Body))) {
		k.record(Outcome{URL: key, Status: StatusSkipped, Reason: "too large"}, true)
		return
	}
	ct := strings.ToLower(contentType(r))
	if kind == KindSitemap || kind == KindFeed || (kind == KindSeed && isFeedType(ct) && !strings.Contains(ct, "html")) {
		k.onListing(r, key, kind)
		return
	}
	final := r.Request.URL
	if !k.cfg.inScope(final) {
		k.record(Outcome{URL: key, Status: StatusSkipped, Reason: "redirected off site"}, true)
		return
	}
	finalKey, err := normalizeURL(final)
	if err != nil {
		k.record(Outcome{URL: key, Status: StatusSkipped, Reason: "bad URL"}, true)
		return
	}
	opt := k.cfg.Extract
	opt.ContentType = contentType(r)
	if opt.MaxBytes == 0 {
		opt.MaxBytes = k.cfg.MaxBodyBytes
	}
	// One parse gives the article and the links to follow.
	page, err := k.pool.extract(r.Body, finalKey, opt)
	if err != nil && k.tooLargeLinks(key, r.Body, finalKey, depth, err) {
		return // bounds.go: its first links queued
	}
	if err != nil {
		k.record(Outcome{URL: key, Status: StatusFailed, Reason: shortErr(err)}, true)
		return
	}
	a := page.Article
	if depth < k.cfg.MaxDepth {
		k.queueLinks(firstLinks(page.Links), depth+1) // bounds.go
	}
	var feeds []Entry
	for _, f := range page.Feeds {
		feeds = append(feeds, Entry{URL: f, Kind: KindFeed})
	}
	k.queueOnce(feeds)
	o := Outcome{URL: key, ETag: r.Headers.Get("ETag"), LastModified: r.Headers.Get("Last-Modified"), Fetched: time.Now()}
	if c, ok := archive.CaptureOf(*r.Headers); ok {
		a.Warc = &extractor.WarcRef{File: c.File, RecordID: c.RecordID, Offset: c.Offset}
		o.Fetched = c.Date // fetched_at is then the record's WARC-Date
	}
	if finalKey != key {
		// Redirected: the article lives under its final URL.
		k.record(Outcome{URL: key, Status: StatusPage, Reason: "redirect"}, false)
		o.URL = finalKey
	}
	if ok, why := articleVerdict(page, final); !ok {
		o.Status, o.Reason = StatusPage, why
		k.record(o, true)
		return
	}
	if ck, elsewhere := canonicalElsewhere(a, o.URL, k.cfg.inScope); elsewhere {
		// Emitted once, under its canonical URL.
		k.queue([]Entry{{URL: ck, Depth: depth, Kind: KindPage}})
		o.Status, o.Reason = StatusPage, "canonical elsewhere"
		k.record(o, true)
		return
	}
	k.emit(a, o, r)
}

// emit writes a new or changed article and records it.
func (k *crawler) emit(a extractor.Article, o Outcome, r *colly.Response) {
	// The lookup made when the URL was dispatched still holds, unless a
	// redirect brought us to another URL.
	f := fetchOf(r)
	var known Known
	ok := f.Known != nil
	if ok {
		known = *f.Known
	}
	if o.URL != f.URL {
		var err error
		if known, ok, err = k.cfg.Store.Lookup(k.work, o.URL); err != nil {
			k.fail(err)
			return
		}
	}
	if ok && known.Hash == a.ContentHash {
		o.Status = StatusUnchanged
		k.record(o, true)
		return
	}
	a.FetchedAt = o.Fetched.UTC().Format(time.RFC3339)
	a.Revision = known.Revision + 1
	a.PreviousHash = known.Hash
	o.Status, o.Hash, o.Revision = StatusArticle, a.ContentHash, a.Revision
	if cl, ok := k.cfg.Store.(Claimer); ok {
		// Another process may be emitting the same article.
		mine, err := cl.Claim(k.work, o.URL, a.ContentHash)
		if err != nil || !mine {
			k.fail(err)
			o.Status, o.Hash, o.Revision = StatusUnchanged, "", 0
			k.record(o, true)
			return
		}
	}
	k.emitMu.Lock()
	if k.emitted[o.URL] == a.ContentHash || k.committed[o.URL] == a.ContentHash {
		// Reached twice in this run (two URLs redirecting to it) before
		// the first was committed.
		k.emitMu.Unlock()
		o.Status, o.Hash, o.Revision = StatusUnchanged, "", 0
		k.record(o, true)
		return
	}
	k.emitted[o.URL] = a.ContentHash
	err := k.cfg.Sink.Write(k.work, a)
	if err == nil {
		k.pending = append(k.pending, o)
	} else if k.failure == nil {
		k.failure = err
	}
	k.emitMu.Unlock()
	if err == nil {
		k.count(o, true)
	}
}

// onError handles a failed fetch. It ends the URL's flight unless it tries
// again.
func (k *crawler) onError(r *colly.Response, err error) {
	retrying := false
	defer func() {
		if !retrying {
			k.flight.done()
		}
	}()
	if errors.Is(err, colly.ErrAbortedAfterHeaders) || errors.Is(err, colly.ErrAbortedBeforeRequest) {
		return // recorded where it was aborted
	}
	f := fetchOf(r)
	key := f.URL
	status := r.StatusCode
	if status == http.StatusNotFound && f.Kind == KindSitemap {
		k.record(Outcome{URL: key, Status: StatusSkipped, Reason: "no sitemap", Fetched: time.Now()}, true)
		return
	}
	if o, ok := refusal(key, err); ok {
		k.record(o, true) // scope.go: a redirect not followed
		return
	}
	if status == http.StatusNotModified {
		k.record(Outcome{URL: key, Status: StatusNotModified, Fetched: time.Now()}, true)
		return
	}
	attempt := f.attempt
	if retryable(status, err) && k.ctx.Err() != nil {
		return // stopping: stays leased, and the next run tries again
	}
	if retryable(status, err) && attempt < k.cfg.Retries {
		wait := backoff(attempt, r.Headers, k.cfg.Delay)
		k.cfg.Logger.Warn("retrying", "url", key, "status", status, "err", err, "wait", wait)
		select {
		case <-time.After(wait):
		case <-k.ctx.Done():
			return // stays leased
		}
		f.attempt++
		if rerr := r.Request.Retry(); rerr == nil {
			retrying = true
			return
		}
	}
	reason := faultCause(err) // fault.go: the same words for the same cause
	if status != 0 {
		reason = fmt.Sprintf("HTTP %d", status)
	}
	k.cfg.Logger.Warn("fetch failed", "url", key, "status", status, "cause", reason, "err", err)
	k.record(Outcome{URL: key, Status: StatusFailed, Reason: reason}, status != 0)
}

func retryable(status int, err error) bool {
	switch {
	case status == http.StatusTooManyRequests, status >= 500:
		return true
	case status != 0:
		return false
	}
	var ne interface{ Timeout() bool }
	return errors.As(err, &ne) || strings.Contains(err.Error(), "reset") || strings.Contains(err.Error(), "EOF")
}

// backoff is the wait before retry number attempt+1: the server's
// Retry-After (seconds or a date, at most 5 minutes) or an exponential
// backoff from one second (or the configured delay, if larger).
func backoff(attempt int, h *http.Header, delay time.Duration) time.Duration {
	if h != nil {
		if ra := h.Get("Retry-After"); ra != "" {
			if s, err := strconv.Atoi(strings.TrimSpace(ra)); err == nil && s >= 0 {
				return min(time.Duration(s)*time.Second, 5*time.Minute)
			}
			if t, err := http.ParseTime(ra); err == nil {
				return min(max(time.Until(t), 0), 5*time.Minute)
			}
		}
	}
	base := max(delay, 100*time.Millisecond)
	return min(time.Duration(float64(base)*math.Pow(2, float64(attempt))), time.Minute)
}

// queueLinks queues in-scope, wanted links found on a page.
func (k *crawler) queueLinks(links []string, depth int) {
	var entries []Entry
	for _, l := range links {
		n, u, ok := k.accept(l)
		if !ok || u.RawQuery != "" && !k.allowQuery(u) {
			continue
		}
		entries = append(entries, Entry{URL: n, Depth: depth, Kind: KindPage})
	}
	k.queue(entries)
}

// accept normalises a link and reports whether the crawl may follow it: in
// scope and through the Include and Exclude filters.
func (k *crawler) accept(link string) (string, *url.URL, bool) {
	n, u, ok := k.scoped(link)
	if !ok || !k.cfg.wanted(n) {
		return "", nil, false
	}
	return n, u, true
}

// scoped parses and normalises a link and reports whether it is in scope.
func (k *crawler) scoped(link string) (string, *url.URL, bool) {
	u, err := url.Parse(link)
	if err != nil || len(link) > maxURLLength || !k.cfg.inScope(u) {
		return "", nil, false
	}
	n, err := normalizeURL(u)
	if err != nil {
		return "", nil, false
	}
	return n, u, true
}

// allowQuery bounds the distinct query strings queued per path.
func (k *crawler) allowQuery(u *url.URL) bool {
	key := u.Host + u.Path
	k.mu.Lock()
	defer k.mu.Unlock()
	k.queries[key]++
	return k.queries[key] <= maxQueriesPerPath
}

// queue buffers discovered URLs; commit adds them to the Store in one
// transaction, which costs far less than one per page, and so does queue
// itself once maxToAdd wait. They are leased in the next batch; if the
// process dies first, the pages that link to them are fetched again or the
// seeds rediscover them.
func (k *crawler) queue(entries []Entry) {
	if len(entries) == 0 {
		return
	}
	k.mu.Lock()
	for _, e := range entries {
		if e.Kind == KindPage {
			h := maphash.String(recentSeed, e.URL)
			if _, ok := k.recent[h]; ok {
				continue
			}
			if len(k.recent) >= maxRecent {
				clear(k.recent)
			}
			k.recent[h] = struct{}{}
		}
		k.toAdd = append(k.toAdd, e)
	}
	full := len(k.toAdd) >= maxToAdd
	k.mu.Unlock()
	if full {
		k.fail(k.flushQueue())
	}
}

// maxRecent bounds crawler.recent: about 4 MiB.
const maxRecent = 1 << 17

// maxToAdd bounds the discovered URLs held until the next commit: a site
// whose index pages list every article finds them in a burst (100,000 in
// the first second of the crawl benchmark), and holding them all until the
// commit raised the peak heap with the size of the site.
const maxToAdd = 4096

var recentSeed = maphash.MakeSeed()

// queued reports whether discovered URLs wait for the next commit.
func (k *crawler) queued() bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.toAdd) > 0
}

// flight counts the URLs being fetched and handled.
type flight struct {
	mu      sync.Mutex
	n       int
	changed chan struct{} // closed and replaced when n drops
}

func (f *flight) add() {
	f.mu.Lock()
	f.n++
	f.mu.Unlock()
}

func (f *flight) done() {
	f.mu.Lock()
	f.n--
	if f.changed != nil {
		close(f.changed)
		f.changed = nil
	}
	f.mu.Unlock()
}

func (f *flight) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.n
}

// waitBelow waits until fewer than n are in flight, or ctx is done.
func (f *flight) waitBelow(ctx context.Context, n int) {
	for {
		f.mu.Lock()
		if f.n < n {
			f.mu.Unlock()
			return
		}
		if f.changed == nil {
			f.changed = make(chan struct{})
		}
		ch := f.changed
		f.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return
		}
	}
}

// flushQueue adds the buffered URLs to the Store.
func (k *crawler) flushQueue() error {
	k.mu.Lock()
	entries := k.toAdd
	k.toAdd = nil
	k.mu.Unlock()
	if len(entries) == 0 {
		return nil
	}
	return k.cfg.Store.Add(k.work, entries)
}

// record notes an outcome that emitted nothing; it is committed with the
// next checkpoint.
func (k *crawler) record(o Outcome, fetched bool) {
	k.emitMu.Lock()
	k.pending = append(k.pending, o)
	k.emitMu.Unlock()
	k.count(o, fetched)
}

func (k *crawler) count(o Outcome, fetched bool) {
	k.stats.add(o.Status, o.Reason, fetched)
	if o.Status == StatusFailed || o.Status == StatusSkipped {
		k.cfg.Logger.Debug("page not used", "url", o.URL, "status", o.Status, "reason", o.Reason)
	}
	if k.cfg.Progress != nil {
		k.cfg.Progress(k.stats.snapshot()) // a copy of the map: only when asked
	}
}

// commit makes the written articles durable, then records their outcomes
// and the output checkpoint: a URL is done only once its record is safe.
func (k *crawler) commit() error {
	k.commitMu.Lock()
	defer k.commitMu.Unlock()
	if err := k.flushQueue(); err != nil {
		return err
	}
	k.emitMu.Lock()
	batch := k.pending
	k.pending = nil
	// This commit makes the current generation visible to Store.Lookup; the
	// one before has been visible since the last commit and can go.
	k.committed, k.emitted = k.emitted, make(map[string]string)
	var cp Checkpoint
	var err error
	if k.cfg.Archive != nil {
		// Articles point at WARC records: those must be durable first.
		err = k.cfg.Archive.Sync()
	}
	if err == nil {
		err = k.cfg.Sink.Sync()
	}
	if err == nil && k.cfg.OutPath != "" {
		if fi, serr := os.Stat(k.cfg.OutPath); serr == nil {
			cp = Checkpoint{Path: k.cfg.OutPath, Offset: fi.Size()}
		}
	}
	k.emitMu.Unlock()
	if err != nil {
		return err
	}
	if len(batch) == 0 && cp.Path == "" {
		return nil
	}
	// The commit must land even when ctx is cancelled: it is the shutdown.
	return k.cfg.Store.Commit(k.work, batch, cp)
}

func shortErr(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && len(s) > 80 {
		s = s[i+2:]
	}
	if len(s) > 80 {
		s = s[:80]
	}
	return s
}
