package pipeline

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
)

func rereadKind(kind string) bool {
	return kind == KindSeed || kind == KindSitemap || kind == KindFeed
}

func isFeedType(ct string) bool {
	return strings.Contains(ct, "xml") || strings.Contains(ct, "rss") || strings.Contains(ct, "atom") ||
		strings.Contains(ct, "json") || strings.Contains(ct, "text/plain") || strings.Contains(ct, "gzip")
}

// onListing reads a sitemap or a feed and queues the articles it lists.
// Sitemap lastmod is a hint: a known URL is revalidated only when its
// lastmod is later than our own last fetch of it, and then with a
// conditional GET, so a sitemap that stamps every URL with today's date
// costs a 304 each, not a re-emission.
func (k *crawler) listing(r *response, key string) result {
	base := r.URL
	if sm, err := ParseSitemap(bytes.NewReader(r.Body)); err == nil {
		var children []Entry
		for _, c := range sm.Children {
			children = append(children, Entry{URL: resolveRef(base, c.Loc), Kind: KindSitemap})
		}
		k.queueOnce(children)
		var pages []Entry
		for _, u := range sm.URLs {
			n, _, ok := k.accept(resolveRef(base, u.Loc))
			if !ok {
				continue
			}
			e := Entry{URL: n, Depth: 1, Kind: KindPage}
			if !u.Published.IsZero() {
				e.Listed = &Listed{Source: "sitemap", Published: u.Published}
			}
			if changed := u.LastMod; !changed.IsZero() {
				if known, ok, err := k.cfg.Store.Lookup(k.work, n); err == nil && ok && known.Hash != "" && changed.After(known.Fetched) {
					e.Kind = KindRevisit
				}
			}
			pages = append(pages, e)
		}
		if k.cfg.MaxDepth > 0 { // else the seeds only
			k.queue(pages)
		}
		return outcome(Outcome{URL: key, Status: StatusPage, Reason: "sitemap"}, true)
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(r.Body))
	if err != nil {
		return outcome(Outcome{URL: key, Status: StatusSkipped, Reason: "not a sitemap or feed"}, true)
	}
	var pages []Entry
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		var listed *Listed
		if it.PublishedParsed != nil {
			listed = &Listed{Source: "feed", Published: *it.PublishedParsed}
		}
		for _, l := range append([]string{it.Link}, it.Links...) {
			if l == "" {
				continue
			}
			if e, ok := k.pageEntry(resolveRef(base, l), 1); ok {
				e.Listed = listed
				pages = append(pages, e)
			}
		}
	}
	if k.cfg.MaxDepth > 0 { // else the seeds only
		k.queue(pages)
	}
	return outcome(Outcome{URL: key, Status: StatusPage, Reason: "feed"}, true)
}

func resolveRef(base *url.URL, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ref
	}
	return base.ResolveReference(u).String()
}
