package pipeline

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
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

// listed is the result of a sitemap or feed read as it downloaded: its
// entries are queued already. A sitemap's and a feed's ETag and
// Last-Modified are kept, so that the next run asks whether they changed
// (conditional); a sitemap index's are not: its sitemaps are queued again
// only when it is read, and a 304 would leave them, and the new articles
// of the newest, unread.
func (k *crawler) listed(j job, r *response) result {
	o := Outcome{URL: j.URL, Status: StatusPage, Reason: r.listing, Fetched: time.Now()}
	switch r.listing {
	case "none":
		o.Status, o.Reason = StatusSkipped, "not a sitemap or feed"
	case "index":
		o.Reason = "sitemap"
	default:
		o.ETag, o.LastModified = r.Header.Get("ETag"), r.Header.Get("Last-Modified")
	}
	return outcome(o, true)
}

// sniffBytes is how much of a listing's start is looked at for its root
// element: room for an XML declaration, a stylesheet and a long comment.
const sniffBytes = 16 << 10

// listing is the fetcher's reader of sitemaps and feeds (stream.go): it
// reads body as it downloads, queues the articles it lists, and says what
// it was: "sitemap", "index" (a sitemap index), "feed", or "none". A
// sitemap's entries are queued a batch at a time while the rest of the file
// downloads, so that it costs a batch of entries, not its size; a feed (at
// most --max-bytes) is read whole, then parsed (readFeed).
//
// Sitemap lastmod is a hint: a known URL is revalidated only when its
// lastmod is later than our own last fetch of it, and then with a
// conditional GET, so a sitemap that stamps every URL with today's date
// costs a 304 each, not a re-emission.
func (k *crawler) listing(r *response, body io.Reader) string {
	br := bufio.NewReaderSize(body, sniffBytes)
	head, _ := br.Peek(sniffBytes)
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) || isSitemapRoot(head) { // ReadSitemap gunzips
		index := false
		err := ReadSitemap(br, func(sm Sitemap) error {
			index = index || len(sm.Children) > 0
			k.queueSitemap(r.URL, sm)
			return nil
		})
		switch {
		case err != nil:
			return "none"
		case index:
			return "index"
		}
		return "sitemap"
	}
	if k.readFeed(r.URL, br) != nil {
		return "none"
	}
	return "feed"
}

// isSitemapRoot reports whether the first element of the XML document
// starting with head is a sitemap's (urlset, sitemapindex).
func isSitemapRoot(head []byte) bool {
	dec := xml.NewDecoder(bytes.NewReader(head))
	dec.Strict = false
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) { return in, nil }
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if el, ok := tok.(xml.StartElement); ok {
			return el.Name.Local == "urlset" || el.Name.Local == "sitemapindex"
		}
	}
}

// queueSitemap queues a batch of a sitemap's entries: an index's sitemaps,
// a urlset's pages with what it says of them.
func (k *crawler) queueSitemap(base *url.URL, sm Sitemap) {
	var children []Entry
	for _, c := range sm.Children {
		children = append(children, Entry{URL: resolveRef(base, c.Loc), Kind: KindSitemap})
	}
	k.queueOnce(children)
	if k.cfg.MaxDepth == 0 { // the seeds only
		return
	}
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
	k.queue(pages)
}

// readFeed reads an RSS, Atom or JSON feed and queues its items' links,
// with each item's publication date. The feed is read to its end (at most
// --max-bytes: the fetcher ends a longer one) before it is parsed: gofeed
// builds the whole feed in memory, items and all, so parsing as it
// downloads would save no memory, and a feed over the cap (a gzip bomb of
// one <item> repeated) would be parsed into 150,000 items before it was
// found too large (bench/bounds feed-gzip-bomb: 106 MiB and 1.6 s of CPU
// against 60 MiB and 0.3 s).
func (k *crawler) readFeed(base *url.URL, body io.Reader) error {
	b, err := io.ReadAll(body)
	if err != nil {
		return fmt.Errorf("read feed %s: %w", base, err)
	}
	p := gofeed.NewParser()
	// An Atom entry's own <published> is read from the Atom feed gofeed
	// keeps (itemsPublished); other feeds need no second copy.
	p.KeepOriginalFeed = gofeed.DetectFeedType(bytes.NewReader(b)) == gofeed.FeedTypeAtom
	feed, err := p.Parse(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("read feed %s: %w", base, err)
	}
	var pages []Entry
	published := itemsPublished(feed)
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
	return nil
}

// itemsPublished returns the publication date of each item of feed, nil
// where it gives none. gofeed gives an Atom entry without <published> its
// <updated> instead, and an update is no publication date: an Atom feed's
// entries are read from the Atom feed gofeed kept (KeepOriginalFeed) for
// their own <published> (gofeed translates entries one to one, in order).
func itemsPublished(feed *gofeed.Feed) []*time.Time {
	out := make([]*time.Time, len(feed.Items))
	if feed.FeedType == "atom" {
		af, ok := feed.OriginalFeed().(*atom.Feed)
		if ok && len(af.Entries) == len(out) {
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
