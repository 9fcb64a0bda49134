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
	// share, if set, is the robots.txt files that the processes sharing
	// the crawl read (RobotsCache).
	share RobotsCache
	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

// RobotsCache is implemented by Stores that several processes share, so
// that they read a host's robots.txt once between them, as Heritrix reads
// it once per host per crawl, rather than once each.
type RobotsCache interface {
	// Robots returns the robots.txt of site (scheme://host) as a process
	// of the crawl read it lately (ok). Otherwise it reports whether this
	// process is to read it (mine: no other does until this one calls
	// PutRobots), or another process is reading it now: ask again soon.
	Robots(ctx context.Context, site string) (f RobotsFile, ok, mine bool, err error)
	// PutRobots keeps f, the robots.txt of site that this process read, for
	// the others; with f nil (no answer to keep: a 5xx, a timeout), it lets
	// another process read it.
	PutRobots(ctx context.Context, site string, f *RobotsFile) error
}

// RobotsFile is a robots.txt as its host answered: the status, and the
// body read (at most 500 KiB) of a 200.
type RobotsFile struct {
	Status int
	Body   []byte
}

// robotsPoll is how soon a process asks again for a robots.txt another
// process is reading.
const robotsPoll = 250 * time.Millisecond

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
	// file is the answer as read, for a RobotsCache, until it is shared.
	file *RobotsFile
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
		if gate := redirectGateOf(req.Context()); gate != nil {
			return gate(req.Context(), req.URL) // robotsredirect.go
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

// shared returns the rules of u's host that another process of a shared
// crawl read, if it did (RobotsCache), and keeps them as if this one had.
// Otherwise it returns nil, and when another process is reading them now,
// the time to ask again; else this process is to read them (get), and to
// share what it read (put).
func (r *robots) shared(ctx context.Context, u *url.URL) (*robotsEntry, time.Time, error) {
	key := u.Scheme + "://" + u.Host
	if r.share == nil {
		return nil, time.Time{}, nil
	}
	if e := r.cached(u); e != nil && !e.temporary {
		return nil, time.Time{}, nil
	}
	f, ok, mine, err := r.share.Robots(ctx, key)
	switch {
	case err != nil || mine:
		return nil, time.Time{}, err
	case !ok:
		return nil, time.Now().Add(robotsPoll), nil
	}
	e := r.parse(f.Status, f.Body, nil)
	r.mu.Lock()
	r.hosts[key] = e
	r.mu.Unlock()
	return e, time.Time{}, nil
}

// put shares what this process read of u's host's robots.txt, e, with the
// other processes of a shared crawl: the file, or that it got no answer to
// keep, so that another may read it.
func (r *robots) put(ctx context.Context, u *url.URL, e *robotsEntry) error {
	if r.share == nil {
		return nil
	}
	r.mu.Lock()
	f := e.file
	e.file = nil
	r.mu.Unlock()
	return r.share.PutRobots(ctx, u.Scheme+"://"+u.Host, f)
}

// fetch reads and parses the robots.txt of the site key (scheme://host).
func (r *robots) fetch(ctx context.Context, key string) *robotsEntry {
	status, body, err := r.read(ctx, key+"/robots.txt")
	e := r.parse(status, body, err)
	if r.share != nil && !e.temporary {
		e.file = &RobotsFile{Status: status, Body: body}
	}
	return e
}

// parse makes the entry of a robots.txt read with status, body and err.
func (r *robots) parse(status int, body []byte, err error) *robotsEntry {
	e := &robotsEntry{ua: r.ua}
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
