package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// stream makes the request of a sitemap, feed or seed (rereadKind) with
// net/http rather than colly, so that a sitemap or feed body is handed to
// f.listing as it downloads: a sitemap is parsed as it arrives and never
// held whole (a feed, at most --max-bytes, is read whole: readFeed). colly
// reads every body into one slice before any callback sees it
// (http_backend.go, Do), about 110 MiB for a sitemap at its 50 MB cap, and
// up to --concurrency of them at once. Everything else is as for fetch:
// the same Transport (decoding, caps, WARC recording), cookie jar,
// User-Agent, no redirects followed, and the crawler's politeness, which
// is applied before either is called.
//
// What a listing's body was is in res.listing; a seed that turns out to be
// an HTML page is read whole into res.Body, as fetch would.
func (f *fetcher) stream(e Entry, hdr http.Header) (*response, error) {
	ctx, cancel := context.WithCancel(f.c.Context)
	defer cancel()
	clock := startClock(f.cfg.Timeout, cancel)
	defer clock.stop()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, e.URL, nil)
	if err != nil {
		return nil, fmt.Errorf("request %s: %w", e.URL, err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	if req.Header.Get("Accept") == "" {
		req.Header.Set("Accept", "*/*") // as colly sends
	}
	resp, err := f.client.Do(req)
	clock.pause()
	if err != nil {
		return nil, clock.explain(err)
	}
	body := &clockedBody{r: resp.Body, clock: clock}
	defer resp.Body.Close()
	ct := resp.Header.Get("Content-Type")
	res := &response{URL: req.URL, Status: resp.StatusCode, Header: resp.Header, ContentType: ct}
	if resp.StatusCode < 200 || resp.StatusCode >= 203 {
		return res, nil // colly's line (handle): no body
	}
	if reason := f.wanted(e, ct); reason != "" {
		return nil, &skipError{reason}
	}
	if !isListing(e.Kind, ct) {
		b, err := io.ReadAll(body)
		if err != nil {
			return nil, clock.explain(err)
		}
		return f.bounded(e, res, b), nil
	}
	limit := int64(f.cfg.bodyCap(e.Kind))
	if f.cfg.tooLarge(e.Kind, resp.ContentLength) {
		return nil, &skipError{"too large"}
	}
	var in io.Reader = body
	capped := &overCap{r: body, left: limit}
	if e.Kind != KindSitemap { // a sitemap is read to its cap (ReadSitemap)
		in = capped
	}
	kind := f.listing(res, in)
	switch {
	case capped.over:
		return nil, &skipError{"too large"}
	case body.err != nil:
		// The connection failed or timed out mid-file: what was read is
		// queued, and the file is read again (retried) as before.
		return nil, clock.explain(body.err)
	}
	if f.cfg.Archive != nil {
		// The WARC record holds the file as colly read it, to the cap,
		// even where the parse stopped early (50,000 URLs, a bomb's
		// white space).
		io.Copy(io.Discard, body)
	}
	res.listing = kind
	return res, nil
}

// isListing reports whether a 2xx response to a request of kind, with
// Content-Type ct, is a sitemap or feed, read by listing.
func isListing(kind, ct string) bool {
	ct = strings.ToLower(ct)
	return kind == KindSitemap || kind == KindFeed || kind == KindSeed && isFeedType(ct) && !strings.Contains(ct, "html")
}

var errOverCap = errors.New("pipeline: body over its cap")

// overCap ends a stream with errOverCap after left bytes, and says so.
type overCap struct {
	r    io.Reader
	left int64
	over bool
}

func (o *overCap) Read(p []byte) (int, error) {
	n, err := o.r.Read(p)
	if int64(n) > o.left {
		o.over = true
		return int(o.left), errOverCap
	}
	o.left -= int64(n)
	return n, err
}

// clockedBody runs clock while the body is read, and keeps the first
// error of the connection (not io.EOF): a parser that stops at a read error
// would take it for the end of a damaged file.
type clockedBody struct {
	r     io.Reader
	clock *readClock
	err   error
}

func (b *clockedBody) Read(p []byte) (int, error) {
	b.clock.resume()
	n, err := b.r.Read(p)
	b.clock.pause()
	if err != nil && err != io.EOF && b.err == nil {
		b.err = err
	}
	return n, err
}

// readClock bounds the time an exchange waits on the network to Timeout,
// as http.Client.Timeout does for the pages colly reads whole, but without
// the time spent handling what arrived (parsing a sitemap, queueing its
// URLs): a 50 MB sitemap parsed on a loaded machine must not time out for
// the parser's sake. When the time is up it cancels the request, which
// ends a wait for headers or body; explain then says it was a timeout.
type readClock struct {
	mu      sync.Mutex
	left    time.Duration
	since   time.Time // zero while paused
	timer   *time.Timer
	expired bool
}

func startClock(d time.Duration, cancel context.CancelFunc) *readClock {
	c := &readClock{left: d, since: time.Now()}
	c.timer = time.AfterFunc(d, func() {
		c.mu.Lock()
		c.expired = true
		c.mu.Unlock()
		cancel()
	})
	return c
}

func (c *readClock) pause() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.since.IsZero() || c.expired {
		return
	}
	if c.timer.Stop() {
		c.left -= time.Since(c.since)
	}
	c.since = time.Time{}
}

func (c *readClock) resume() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.since.IsZero() || c.expired {
		return
	}
	c.since = time.Now()
	c.timer.Reset(max(c.left, 0))
}

func (c *readClock) stop() { c.timer.Stop() }

// explain returns err, or a timeout error wrapping it if the clock ran
// out (the request's cancellation is then the clock's, not the crawl's).
func (c *readClock) explain(err error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.expired {
		return &timeoutError{err}
	}
	return err
}

// timeoutError is a request that ran out of time; it reports Timeout, as
// net/http's own timeout errors do (retryable, faultCause).
type timeoutError struct{ err error }

// It does not unwrap: its cause is the clock's cancellation of the
// request, which is no stop of the crawl (handle).
func (e *timeoutError) Error() string   { return "pipeline: timeout: " + e.err.Error() }
func (e *timeoutError) Timeout() bool   { return true }
func (e *timeoutError) Temporary() bool { return true }
