package pipeline

import (
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Reasons of outcomes that say the crawl got nothing from a URL, so that a
// crawl of nothing else fetched nothing (cmd/newsprint): ReasonSeedMoved
// (skipped) is a seed redirecting to a host outside the crawl's scope (a
// site that moved to another domain), ReasonNoSitemap (skipped) the
// /sitemap.xml guessed for a host whose robots.txt lists none answering
// 404, ReasonRedirect (a page) a URL redirecting to another in scope,
// whose own outcome says what the crawl got from it.
const (
	ReasonSeedMoved = "seed redirected off site"
	ReasonNoSitemap = "no sitemap"
	ReasonRedirect  = "redirect"
)

// maxRedirects is how many redirects one page follows, as net/http does.
const maxRedirects = 10

// hop is a redirect to follow: the job that fetches its target, and the
// target's URL, whose host queue it waits in.
type hop struct {
	job job
	url *url.URL
}

// isRedirect reports whether status is a redirect that net/http follows.
func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// siteHosts is the scope a seed's host stands for: the host, and its
// counterpart with or without "www." (example.com and www.example.com),
// which sites redirect to one another, often from the home page that is
// the seed. Heritrix's SURT scope folds "www." the same way; without
// this, a seed answering with a redirect to its www. host was a crawl of
// nothing that exited 0. IP addresses and single-label names (localhost)
// have no counterpart.
func siteHosts(host string) []string {
	host = strings.ToLower(strings.TrimSpace(host))
	if net.ParseIP(host) != nil || !strings.Contains(host, ".") {
		return []string{host}
	}
	if bare, ok := strings.CutPrefix(host, "www."); ok {
		if !strings.Contains(bare, ".") { // www.com
			return []string{host}
		}
		return []string{host, bare}
	}
	return []string{host, "www." + host}
}

// redirect is the result of a fetch of j answered with a redirect. The
// fetcher follows none itself: the target is vetted here (scheme, length,
// scope, filters) before it is requested, and then queued as a hop of the
// same page on its own host in the frontier, so that it waits for that
// host's robots.txt (refused there as "redirect: robots.txt") and its turn
// under --delay and Crawl-delay like any other request of the host.
// Scrapy stopped following redirects to other schemes in 2.11.2; a
// redirect from http to file:// would open a local file.
//
// A target that is another URL is a URL of its own, as in Heritrix and
// Scrapy (whose dupefilter sees each redirect's request): it goes through
// the seen check a link goes through (Store.LeaseNew), and is fetched only
// if it was not seen, then as a job of its own, its outcome recorded under
// it; j's URL is done as "page: redirect". Before, a target also linked
// directly, or linked by itself, was fetched twice. A redirect to j's own
// URL (a cookie set on the way) is followed as j, up to maxRedirects; one
// back to a URL the redirects came through is a loop, failed at once.
func (k *crawler) redirect(j job, res *response) result {
	to, err := res.URL.Parse(strings.TrimSpace(res.Header.Get("Location")))
	if err != nil {
		return outcome(Outcome{URL: j.URL, Status: StatusSkipped, Reason: "redirect: bad URL"}, true)
	}
	if why := k.vetRedirect(res.URL, to, j.Kind); why != "" {
		if why == "off site" && j.Kind == KindSeed {
			// The site moved: said once, loudly, and counted apart, for a
			// crawl of nothing else exits 3 (cmd/newsprint: fetchedNothing).
			k.cfg.Logger.Warn("a seed redirects to a host outside the crawl's scope, so nothing behind it is crawled: make the new address the seed, or allow its host (--allow-host)",
				"seed", j.URL, "location", to.String())
			return outcome(Outcome{URL: j.URL, Status: StatusSkipped, Reason: ReasonSeedMoved}, true)
		}
		return outcome(Outcome{URL: j.URL, Status: StatusSkipped, Reason: "redirect: " + why}, true)
	}
	to.Fragment, to.RawFragment = "", ""
	n, err := normalizeURL(to)
	var nu *url.URL
	if err == nil {
		nu, err = url.Parse(n)
	}
	if err != nil { // vetRedirect normalised it: not reached
		return outcome(Outcome{URL: j.URL, Status: StatusSkipped, Reason: "redirect: bad URL"}, true)
	}
	// Its host as the frontier, robots.txt and the limiter key it, however
	// the Location spelled it ("HTTP://Example.COM:80"): the same host.
	to.Scheme, to.Host = nu.Scheme, nu.Host
	switch {
	case n == j.URL:
		return result{hop: &hop{job: job{Entry: j.Entry, hop: to.String(), hops: j.hops + 1, via: j.via}, url: to}}
	case slices.Contains(j.via, n):
		return k.failed(false, j, res, nil)
	}
	e := Entry{URL: n, Depth: j.Depth, Kind: j.Kind, Listed: j.Listed}
	mine, err := k.cfg.Store.LeaseNew(k.work, e)
	if err == nil && mine && e.Kind != KindPage {
		// Seeds, sitemaps, feeds and revisits are read again when known:
		// asked whether they changed, as Next's entries are.
		var kn Known
		var ok bool
		if kn, ok, err = k.cfg.Store.Lookup(k.work, n); ok {
			e.Known = &kn
		}
	}
	if err != nil {
		k.fail(err)
		return leftLeased
	}
	// Not counted as a fetch: a page's hops are one fetch, its last.
	r := outcome(Outcome{URL: j.URL, Status: StatusPage, Reason: ReasonRedirect}, false)
	if !mine {
		return r
	}
	next := job{Entry: e, hops: j.hops + 1, via: append(slices.Clip(j.via), j.URL)}
	if s := to.String(); s != n {
		next.hop = s
	}
	r.hop = &hop{job: next, url: to}
	return r
}

// hopsOnly sets whether take hands out redirect hops only (and the
// robots.txt of their hosts).
func (f *frontier) hopsOnly(on bool) {
	f.mu.Lock()
	f.hops = on
	f.mu.Unlock()
}

// holdsHops reports whether a redirect hop is queued.
func (f *frontier) holdsHops() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, h := range f.ring {
		if len(h.jobs) > 0 && h.jobs[0].hops > 0 {
			return true
		}
	}
	return false
}

// vetRedirect checks a redirect target against the crawl's scheme family,
// URL length, scope and filters, and returns why it is refused, or "".
func (k *crawler) vetRedirect(from, to *url.URL, kind string) string {
	if !sameSchemeFamily(from, to) {
		return "scheme " + to.Scheme
	}
	if len(to.String()) > maxURLLength {
		return "URL too long"
	}
	if !k.cfg.inScope(to) {
		return "off site"
	}
	n, err := normalizeURL(to)
	if err != nil {
		return "bad URL"
	}
	if k.cfg.excluded(n) {
		return "excluded"
	}
	if kind == KindPage && !k.cfg.wanted(n) {
		return "not included"
	}
	return ""
}

// sameSchemeFamily reports whether a redirect from one URL to another stays
// on the web (http and https) or within file://.
func sameSchemeFamily(from, to *url.URL) bool {
	web := func(s string) bool { return s == "http" || s == "https" }
	if web(from.Scheme) {
		return web(to.Scheme)
	}
	return from.Scheme == "file" && to.Scheme == "file"
}

// resolvedPath is p with its symbolic links resolved, so that a file://
// crawl's scope check sees where a path really leads. A path that does not
// resolve (it does not exist) is returned cleaned.
func resolvedPath(p string) string {
	p = filepath.Clean(p)
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// fileInRoots reports whether the file path p, symbolic links resolved,
// lies in one of roots (directories with a trailing slash).
func fileInRoots(p string, roots []string) bool {
	r := resolvedPath(p)
	for _, root := range roots {
		if strings.HasPrefix(r+"/", root) {
			return true
		}
	}
	return false
}

// scopedDir is the file system of file:// fetches: the crawl's roots
// only, symbolic links resolved before the check, so that a link or a
// redirect cannot lead a mirror's crawl out of its directory.
type scopedDir struct{ roots []string }

func (d scopedDir) Open(name string) (http.File, error) {
	if !fileInRoots(name, d.roots) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return os.Open(resolvedPath(name))
}
