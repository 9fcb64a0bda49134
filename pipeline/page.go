package pipeline

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
)

// result is what handling one fetch comes to: the outcomes to record, the
// article to emit, and what the scheduler needs to know of the host.
type result struct {
	// outcomes are recorded as they are, before emit.
	outcomes []Outcome
	// article, if set, is emitted under emit.URL if new or changed, with
	// emit as its outcome.
	article *extractor.Article
	emit    Outcome
	// fetched says a response was received; it counts once.
	fetched bool
	// retry asks for another attempt at the URL after wait.
	retry bool
	wait  time.Duration
	// hop, if set, is a redirect of the URL to follow on its host's turn.
	hop *hop
	// capture is where the article's response was archived, if it was.
	capture *archive.Capture
}

// leftLeased is the result of a fetch cut off by a stop: nothing recorded,
// so the URL is queued again by the next run.
var leftLeased = result{}

func outcome(o Outcome, fetched bool) result {
	return result{outcomes: []Outcome{o}, fetched: fetched}
}

// wanted is the fetcher's header check: a page's body is read only if it
// is HTML, a re-read URL's also if it is a feed or sitemap.
func wanted(e Entry, contentType string) string {
	ct := strings.ToLower(contentType)
	if ct != "" && !strings.Contains(ct, "html") && !(rereadKind(e.Kind) && isFeedType(ct)) {
		return "not HTML"
	}
	return ""
}

// handle turns the fetch of j into a result. stopping reports whether the
// crawl is stopping, when a transient failure is left for the next run.
func (k *crawler) handle(stopping bool, j job, res *response, err error) result {
	var skip *skipError
	switch {
	case errors.As(err, &skip):
		return outcome(Outcome{URL: j.URL, Status: StatusSkipped, Reason: skip.reason}, true)
	case err != nil:
		return k.failed(stopping, j, nil, err)
	case res.Status == http.StatusNotFound && j.Kind == KindSitemap:
		return outcome(Outcome{URL: j.URL, Status: StatusSkipped, Reason: ReasonNoSitemap, Fetched: time.Now()}, true)
	case res.Status == http.StatusNotModified:
		o := Outcome{URL: j.URL, Status: StatusNotModified, Fetched: time.Now()}
		if j.Kind == KindListing {
			o.Listing = k.schedule(j.URL, "") // its links as they were
		}
		return outcome(o, true)
	case isRedirect(res.Status) && res.Header.Get("Location") != "" && j.hops < maxRedirects:
		return k.redirect(j, res)
	case res.Status < 200 || res.Status >= 203: // colly's own line
		return k.failed(stopping, j, res, nil)
	}
	if res.listing != "" { // read as it downloaded (stream.go)
		return k.listed(j, res)
	}
	return k.page(j, res)
}

// failed is the result of a failed fetch: another try later for a
// transient failure, while attempts are left.
func (k *crawler) failed(stopping bool, j job, res *response, err error) result {
	status := 0
	if res != nil {
		status = res.Status
	}
	if errors.Is(err, context.Canceled) {
		return leftLeased
	}
	var r result
	if retryable(status, err) {
		if stopping {
			return leftLeased
		}
		if j.attempt < k.cfg.Retries {
			r.retry = true
			_, ra := hostAnswerOf(res, err)
			r.wait = backoff(j.attempt, ra, k.cfg.Delay)
			k.cfg.Logger.Warn("retrying", "url", j.URL, "status", status, "err", err, "wait", r.wait)
			return r
		}
	}
	reason := ""
	if err != nil {
		reason = faultCause(err) // fault.go: the same words for the same cause
	}
	if status != 0 {
		reason = fmt.Sprintf("HTTP %d", status)
	}
	if status == http.StatusNotFound && strings.HasPrefix(j.target(), "file:") {
		reason = "no such file" // net/http's file transport answers 404
	}
	attrs := []any{"url", j.URL, "status", status, "cause", reason}
	if err != nil {
		attrs = append(attrs, "err", err)
	}
	k.cfg.Logger.Warn("fetch failed", attrs...)
	r.outcomes, r.fetched = []Outcome{{URL: j.URL, Status: StatusFailed, Reason: reason}}, status != 0
	return r
}

// page handles an HTML page: its links are queued, its article verdict
// given, its article (if any) returned for emission.
func (k *crawler) page(j job, res *response) result {
	key, depth := j.URL, j.Depth
	final := res.URL
	if !k.cfg.inScope(final) {
		return outcome(Outcome{URL: key, Status: StatusSkipped, Reason: "redirected off site"}, true)
	}
	finalKey, err := normalizeURL(final)
	if err != nil {
		return outcome(Outcome{URL: key, Status: StatusSkipped, Reason: "bad URL"}, true)
	}
	if res.Truncated { // over --max-bytes: its first links only
		k.linksOnly(key, res.Body, finalKey, depth)
		return result{}
	}
	// The fetch time, the record's fetched_at: the WARC-Date when the
	// fetch is archived, so that extracting the record again from the
	// archive (offline.go) reads the page against the same time.
	fetched := time.Now()
	capture, archived := archive.CaptureOf(res.Header)
	if archived {
		fetched = capture.Date
	}
	opt := k.cfg.Extract
	opt.ContentType = res.ContentType
	if opt.FetchedAt.IsZero() {
		// Relative dates ("3 hours ago", "yesterday, 14:30") are read
		// against it, and dates after it are not the page's.
		opt.FetchedAt = fetched
	}
	if l := j.Listed; l != nil {
		opt.KnownDates = append(opt.KnownDates[:len(opt.KnownDates):len(opt.KnownDates)],
			extractor.KnownDate{Source: l.Source, Published: l.Published})
	}
	if opt.MaxBytes == 0 {
		opt.MaxBytes = k.cfg.MaxBodyBytes
	}
	if k.dups != nil && textLeftOut(opt.Body) {
		opt.Body |= extractor.BodyText // for the fingerprint; emit drops it
	}
	// One parse gives the article and the links to follow.
	page, err := k.pool.extract(res.Body, finalKey, opt)
	if err != nil && k.tooLargeLinks(key, res.Body, finalKey, depth, err) {
		return result{} // bounds.go: recorded, its first links queued
	}
	if err != nil {
		return outcome(Outcome{URL: key, Status: StatusFailed, Reason: shortErr(err)}, true)
	}
	a := page.Article
	var links []string
	if depth < k.cfg.MaxDepth {
		links = k.queueLinks(firstLinks(page.Links), depth+1) // bounds.go
	}
	k.queueFeeds(page.Feeds)
	o := Outcome{URL: key, ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified"), Fetched: fetched}
	r := result{fetched: true}
	if archived {
		a.Warc = &extractor.WarcRef{File: capture.File, RecordID: capture.RecordID, Offset: capture.Offset}
		r.capture = &capture
	}
	if finalKey != key {
		// Redirected: the article lives under its final URL.
		r.outcomes = append(r.outcomes, Outcome{URL: key, Status: StatusPage, Reason: ReasonRedirect})
		o.URL = finalKey
	}
	if ok, why := articleVerdict(page, final); !ok {
		o.Status, o.Reason = StatusPage, why
		if j.Kind == KindSeed {
			// A seed is asked whether it changed (conditional) only when it
			// was a feed or sitemap: a page seed's links are read on every
			// run, so that a scope widened since the last run reaches them.
			o.ETag, o.LastModified = "", ""
		}
		if j.Kind != KindSeed && (len(links) >= minListingLinks || j.Kind == KindListing) {
			o.Listing = k.schedule(o.URL, linksHash(links))
		}
		r.outcomes = append(r.outcomes, o)
		return r
	}
	if ck, elsewhere := canonicalElsewhere(a, o.URL, k.cfg.inScope); elsewhere {
		// Emitted once, under its canonical URL.
		k.queue([]Entry{{URL: ck, Depth: depth, Kind: KindPage, Listed: j.Listed}})
		o.Status, o.Reason = StatusPage, "canonical elsewhere"
		r.outcomes = append(r.outcomes, o)
		return r
	}
	r.article, r.emit = &a, o
	return r
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

// hostAnswerOf is how the host answered a fetch, for its backoff: 429 and
// 503 say it is overloaded (with the Retry-After it asks for, if any), a
// timeout that it did not answer in time.
func hostAnswerOf(res *response, err error) (hostAnswer, time.Duration) {
	if res != nil && (res.Status == http.StatusTooManyRequests || res.Status == http.StatusServiceUnavailable) {
		return overloaded, retryAfter(res.Header)
	}
	var ne interface{ Timeout() bool }
	if res == nil && err != nil && errors.As(err, &ne) && ne.Timeout() {
		return timedOut, 0
	}
	return answered, 0
}

// retryAfter is the server's Retry-After (seconds or a date), at most
// maxHostPause; 0 if none.
func retryAfter(h http.Header) time.Duration {
	ra := strings.TrimSpace(h.Get("Retry-After"))
	if ra == "" {
		return 0
	}
	if s, err := strconv.Atoi(ra); err == nil && s >= 0 {
		return min(time.Duration(s)*time.Second, maxHostPause)
	}
	if t, err := http.ParseTime(ra); err == nil {
		return min(max(time.Until(t), 0), maxHostPause)
	}
	return 0
}

// backoff is the wait before retry number attempt+1: the server's
// Retry-After if it gave one, or an exponential backoff from 100ms (or the
// configured delay, if larger).
func backoff(attempt int, retryAfter, delay time.Duration) time.Duration {
	if retryAfter > 0 {
		return retryAfter
	}
	return expBackoff(attempt, max(delay, 100*time.Millisecond))
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
