package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsMaxBytes is how much of a robots.txt is read: RFC 9309 §2.5 asks
// crawlers to parse at least 500 KiB, and Google stops there. The rest is
// ignored, as if it were not there.
const robotsMaxBytes = 500 << 10

// robotsMaxRedirects is how many redirects a robots.txt fetch follows
// (RFC 9309 §2.3.1.2: at least five).
const robotsMaxRedirects = 5

// robots fetches and caches robots.txt per host. colly's own robots support
// is off: it never applies Crawl-delay and fetches outside the rate limits.
//
// A robots.txt that answers 5xx or 429, or cannot be fetched at all (DNS,
// refused, TLS, timeout), is a temporary state (RFC 9309 §2.3.1.3 and
// §2.3.1.4: complete disallow for now): the entry says so, and get fetches
// it again once its backoff has passed, at most retries more times in a
// run. A 4xx other than 429 allows everything.
type robots struct {
	client  *http.Client
	ua      string
	retries int
	backoff func(attempt int) time.Duration
	mu      sync.Mutex
	hosts   map[string]*robotsEntry
}

type robotsEntry struct {
	data     *robotstxt.RobotsData // nil: no rules (file://)
	ua       string
	group    *robotstxt.Group
	delay    time.Duration
	sitemaps []string
	// temporary is set while robots.txt answers 5xx or 429 or cannot be
	// fetched: the host is disallowed for now, and cause says why ("HTTP
	// 503", "DNS lookup failed", ...). retryAt is when it may be fetched
	// again; attempts counts the fetches made in this run.
	temporary bool
	cause     string
	attempts  int
	retryAt   time.Time
}

// newRobots returns a robots.txt cache fetching through t. A temporary
// failure is retried up to retries times in a run, after the backoff the
// crawl uses for pages (from delay, doubling).
func newRobots(t http.RoundTripper, ua string, timeout time.Duration, retries int, delay time.Duration) *robots {
	client := &http.Client{Transport: t, Timeout: timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("robots.txt redirected to %s: %w", req.URL.Scheme, errScheme)
		}
		if len(via) > robotsMaxRedirects {
			return errors.New("robots.txt: too many redirects")
		}
		return nil
	}}
	return &robots{client: client, ua: ua, retries: retries, backoff: func(a int) time.Duration { return backoff(a, 0, delay) }, hosts: map[string]*robotsEntry{}}
}

// exhausted reports whether a temporary entry will not be fetched again in
// this run.
func (r *robots) exhausted(e *robotsEntry) bool {
	return e.temporary && e.attempts > r.retries
}

// get returns the rules for u's host, fetching robots.txt on first use and
// again when a temporary failure's backoff has passed.
func (r *robots) get(ctx context.Context, u *url.URL) *robotsEntry {
	if u.Scheme == "file" {
		return &robotsEntry{}
	}
	key := u.Scheme + "://" + u.Host
	r.mu.Lock()
	old, ok := r.hosts[key]
	r.mu.Unlock()
	if ok && (!old.temporary || r.exhausted(old) || time.Now().Before(old.retryAt)) {
		return old
	}
	e := r.fetch(ctx, key)
	if e.temporary {
		if old != nil {
			e.attempts = old.attempts
		}
		e.attempts++
		if !r.exhausted(e) {
			e.retryAt = time.Now().Add(r.backoff(e.attempts - 1))
		}
	}
	r.mu.Lock()
	r.hosts[key] = e
	r.mu.Unlock()
	return e
}

// fetch reads and parses the robots.txt of the site key (scheme://host).
func (r *robots) fetch(ctx context.Context, key string) *robotsEntry {
	e := &robotsEntry{ua: r.ua}
	status, body, err := r.read(ctx, key+"/robots.txt")
	var data *robotstxt.RobotsData
	switch {
	case err != nil:
		e.temporary, e.cause = true, faultCause(err)
	case status >= 500 || status == http.StatusTooManyRequests:
		// Google reads a 429 as a 5xx: the site is overloaded.
		e.temporary, e.cause = true, fmt.Sprintf("HTTP %d", status)
	default:
		data, err = robotstxt.FromStatusAndBytes(status, body)
		if err != nil {
			data = nil // unparsable: no rules
		}
	}
	if e.temporary {
		data, _ = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
	}
	if data == nil {
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	e.data = data
	e.group = data.FindGroup(r.ua)
	if e.group != nil {
		e.delay = e.group.CrawlDelay
	}
	e.sitemaps = data.Sitemaps
	return e
}

// read fetches a robots.txt: its status and at most robotsMaxBytes of its
// body. A file cut at the cap loses its last, partial line.
func (r *robots) read(ctx context.Context, target string) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("robots.txt %s: %w", target, err)
	}
	req.Header.Set("User-Agent", r.ua)
	resp, err := r.client.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("robots.txt %s: %w", target, err)
	}
	defer resp.Body.Close() // unread rest: the connection is dropped
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil, nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes+1))
	if err != nil {
		return 0, nil, fmt.Errorf("robots.txt %s: %w", target, err)
	}
	if len(body) > robotsMaxBytes {
		body = body[:robotsMaxBytes]
		if i := bytes.LastIndexByte(body, '\n'); i >= 0 {
			body = body[:i+1]
		}
	}
	return resp.StatusCode, body, nil
}

// allowed reports whether the rules allow u. It asks RobotsData.TestAgent,
// not the Group: for a robots.txt answered with a 5xx, robotstxt returns a
// "disallow all" that FindGroup ignores (it hands back an empty group that
// allows everything), and colly's own robots check has that gap.
func (e *robotsEntry) allowed(u *url.URL) bool {
	if e.data == nil {
		return true
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return e.data.TestAgent(p, e.ua)
}

// cached returns the rules of u's host if they were fetched, else nil.
func (r *robots) cached(u *url.URL) *robotsEntry {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.hosts[u.Scheme+"://"+u.Host]
}
