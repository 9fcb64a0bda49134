package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"time"
)

// KindListing is an Entry kind: a page that listed links on an earlier run
// (a home, section or tag page), fetched again when its schedule says so.
// On news sites without complete sitemaps or feeds such pages are where new
// articles appear.
const KindListing = "listing"

// Listing is what a Store keeps of a listing page: the hash of the links it
// held on its last visit, the time between visits, and when it is due.
type Listing struct {
	LinksHash string
	Interval  time.Duration
	Next      time.Time
}

// Listings is implemented by Stores that keep the schedules of listing
// pages: every committed Outcome with a Listing records one.
type Listings interface {
	// Listing returns what is known of the listing page url.
	Listing(ctx context.Context, url string) (Listing, bool, error)
	// DueListings returns up to limit listing pages whose Next is not
	// after t, the most overdue first.
	DueListings(ctx context.Context, t time.Time, limit int) ([]string, error)
}

// The adaptive revisit schedule (Heritrix's WaitEvaluator, StormCrawler's
// adaptive fetch schedule): a listing page whose links changed since its
// last visit is visited twice as often, one whose links did not half as
// often, within these bounds.
const (
	firstListingInterval = time.Hour
	minListingInterval   = 15 * time.Minute
	maxListingInterval   = 7 * 24 * time.Hour
	// listingSlack lets a page due a little after a run starts be visited
	// by it: scheduled runs start a few seconds or minutes late or early.
	listingSlack = 5 * time.Minute
	// minListingLinks is how many links in scope make a page a listing.
	minListingLinks = 5
	// DefaultMaxListings is how many listing pages a run revisits at most.
	DefaultMaxListings = 200
)

// nextVisit returns a listing page's schedule after a visit at now that
// found the links hashing to linksHash (prev is its schedule before, known
// false on a first visit).
func nextVisit(prev Listing, known bool, linksHash string, now time.Time) Listing {
	iv := firstListingInterval
	if known && prev.Interval > 0 {
		if linksHash != prev.LinksHash {
			iv = max(prev.Interval/2, minListingInterval)
		} else {
			iv = min(prev.Interval*2, maxListingInterval)
		}
	}
	return Listing{LinksHash: linksHash, Interval: iv, Next: now.Add(iv)}
}

// linksHash hashes a page's set of links, in any order, with repeats.
func linksHash(links []string) string {
	s := slices.Clone(links)
	slices.Sort(s)
	s = slices.Compact(s)
	h := sha256.New()
	for _, l := range s {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// schedule is the next visit of the listing page url, whose links (on this
// visit) hash to linksHash; "" means as on the last visit (a 304). It is
// nil when the crawl keeps no schedules.
func (k *crawler) schedule(url, linksHash string) *Listing {
	ls, ok := k.cfg.Store.(Listings)
	if !ok || k.cfg.MaxListings < 0 {
		return nil
	}
	prev, known, err := ls.Listing(k.work, url)
	if err != nil {
		k.fail(err)
		return nil
	}
	if linksHash == "" {
		if !known {
			return nil
		}
		linksHash = prev.LinksHash
	}
	next := nextVisit(prev, known, linksHash, time.Now())
	return &next
}

// dueListings returns the listing pages due now, most overdue first.
func (k *crawler) dueListings(ctx context.Context) ([]Entry, error) {
	ls, ok := k.cfg.Store.(Listings)
	if !ok || k.cfg.MaxListings < 0 {
		return nil, nil
	}
	due, err := ls.DueListings(ctx, time.Now().Add(listingSlack), k.cfg.MaxListings)
	if err != nil {
		return nil, fmt.Errorf("listing pages due: %w", err)
	}
	entries := make([]Entry, len(due))
	for i, u := range due {
		entries[i] = Entry{URL: u, Depth: 1, Kind: KindListing}
	}
	return entries, nil
}
