package pipeline

import (
	"hash/maphash"
	"net/url"
	"strings"
)

// maxQueriesPerPath bounds query-string explosions (calendars, filters):
// a path is queued with at most this many distinct query strings.
const maxQueriesPerPath = 50

// queueSitemaps queues a host's sitemaps: those robots.txt lists, else
// /sitemap.xml.
func (k *crawler) queueSitemaps(u *url.URL, listed []string) {
	if k.cfg.MaxDepth == 0 { // the seeds only: no entry of a sitemap is used
		return
	}
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

// maxFeedsPerHost bounds feed autodiscovery: of the feeds that pages name
// in <link rel=alternate>, at most this many are queued per host in a run.
// A site's main feed and a section feed or two list what is new; the rest
// are the same items again (a feed per tag, per author, per article), each
// a request of a host that may be slow.
const maxFeedsPerHost = 3

// queueFeeds queues the feeds a page names in <link rel=alternate>: in
// scope, not excluded, not a comments feed (it lists comments, not
// articles), new in this run, and at most maxFeedsPerHost per host.
func (k *crawler) queueFeeds(feeds []string) {
	if k.cfg.MaxDepth == 0 { // the seeds only: no entry of a feed is used
		return
	}
	var fresh []Entry
	k.mu.Lock()
	for _, f := range feeds {
		n, u, ok := k.scoped(f)
		if !ok || k.once[n] || k.cfg.excluded(n) || strings.Contains(strings.ToLower(n), "comment") {
			continue
		}
		host := hostKey(u)
		if k.feedsOf[host] >= maxFeedsPerHost {
			continue
		}
		k.feedsOf[host]++
		k.once[n] = true
		fresh = append(fresh, Entry{URL: n, Kind: KindFeed})
	}
	k.mu.Unlock()
	k.queue(fresh)
}

// queueLinks queues in-scope, wanted links found on a page, and returns
// them, normalised.
func (k *crawler) queueLinks(links []string, depth int) []string {
	var entries []Entry
	var accepted []string
	for _, l := range links {
		if e, ok := k.pageEntry(l, depth); ok {
			entries = append(entries, e)
			accepted = append(accepted, e.URL)
		}
	}
	k.queue(entries)
	return accepted
}

// pageEntry is the entry of a page link the crawl may follow, normalised.
func (k *crawler) pageEntry(link string, depth int) (Entry, bool) {
	n, u, ok := k.accept(link)
	if !ok || u.RawQuery != "" && !k.allowQuery(u) {
		return Entry{}, false
	}
	return Entry{URL: n, Depth: depth, Kind: KindPage}, true
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
			// A page queued again with what a sitemap or feed said of it
			// reaches the Store, which keeps that with the URL.
			h := maphash.String(recentSeed, e.URL)
			if _, ok := k.recent[h]; ok && e.Listed == nil {
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

// flushQueue adds the buffered URLs to the Store.
func (k *crawler) flushQueue() error {
	k.mu.Lock()
	entries := k.toAdd
	k.toAdd = nil
	k.mu.Unlock()
	if len(entries) == 0 {
		return nil
	}
	err := k.cfg.Store.Add(k.work, entries)
	k.adds.Add(1)
	return err
}
