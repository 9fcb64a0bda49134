package pipeline

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
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
	published := itemsPublished(feed, r.Body)
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		var listed *Listed
		if p := published[i]; p != nil {
			listed = &Listed{Source: "feed", Published: *p}
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

// itemsPublished returns the publication date of each item of feed, nil
// where it gives none. gofeed gives an Atom entry without <published> its
// <updated> instead, and an update is no publication date: an Atom feed's
// entries are read again for their own <published> (gofeed translates
// entries one to one, in order).
func itemsPublished(feed *gofeed.Feed, body []byte) []*time.Time {
	out := make([]*time.Time, len(feed.Items))
	if feed.FeedType == "atom" {
		af, err := (&atom.Parser{}).Parse(bytes.NewReader(body))
		if err == nil && len(af.Entries) == len(out) {
			for i, e := range af.Entries {
				if e != nil {
					out[i] = inStatedZone(e.Published, e.PublishedParsed)
				}
			}
		}
		return out
	}
	for i, it := range feed.Items {
		if it != nil {
			out[i] = inStatedZone(it.Published, it.PublishedParsed)
		}
	}
	return out
}

// inStatedZone is parsed, the instant gofeed read from raw (in UTC), in
// the zone raw states when raw is in a form read here (RFC 3339, RFC 1123
// with a numeric zone), so that the article's date is the day the feed
// gave: "Tue, 26 Mar 2024 00:30:00 +0100" is the 26th, not the 25th.
func inStatedZone(raw string, parsed *time.Time) *time.Time {
	if parsed == nil {
		return nil
	}
	raw = strings.TrimSpace(raw)
	for _, layout := range []string{time.RFC3339, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, raw); err == nil && t.Equal(*parsed) {
			return &t
		}
	}
	return parsed
}

func resolveRef(base *url.URL, ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ref
	}
	return base.ResolveReference(u).String()
}
