package pipeline

import (
	"context"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robots fetches and caches robots.txt per host. colly's own robots support
// is off: it never applies Crawl-delay and fetches outside the rate limits.
type robots struct {
	client *http.Client
	ua     string
	mu     sync.Mutex
	hosts  map[string]*robotsEntry
}

type robotsEntry struct {
	data     *robotstxt.RobotsData // nil: no rules (file://)
	ua       string
	group    *robotstxt.Group
	delay    time.Duration
	sitemaps []string
	// unreachable is set when robots.txt could not be fetched at all; the
	// host is then disallowed for this run.
	unreachable bool
}

func newRobots(t http.RoundTripper, ua string, timeout time.Duration) *robots {
	return &robots{client: &http.Client{Transport: t, Timeout: timeout}, ua: ua, hosts: map[string]*robotsEntry{}}
}

// get returns the rules for u's host, fetching robots.txt on first use. As
// robotstxt.FromResponse does: a 4xx allows everything, a 5xx or an
// unreachable host disallows everything for this run.
func (r *robots) get(ctx context.Context, u *url.URL) *robotsEntry {
	if u.Scheme == "file" {
		return &robotsEntry{}
	}
	key := u.Scheme + "://" + u.Host
	r.mu.Lock()
	e, ok := r.hosts[key]
	r.mu.Unlock()
	if ok {
		return e
	}
	e = &robotsEntry{}
	var data *robotstxt.RobotsData
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, key+"/robots.txt", nil)
	if err == nil {
		req.Header.Set("User-Agent", r.ua)
		var resp *http.Response
		if resp, err = r.client.Do(req); err == nil {
			data, err = robotstxt.FromResponse(resp)
			resp.Body.Close()
		}
	}
	if err != nil || data == nil {
		data, _ = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
		e.unreachable = true
	}
	e.data, e.ua = data, r.ua
	e.group = data.FindGroup(r.ua)
	if e.group != nil {
		e.delay = e.group.CrawlDelay
	}
	e.sitemaps = data.Sitemaps
	r.mu.Lock()
	r.hosts[key] = e
	r.mu.Unlock()
	return e
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
