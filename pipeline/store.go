package pipeline

import (
	"context"
	"strings"
	"time"
)

// Entry is a URL in the frontier.
type Entry struct {
	URL   string
	Depth int
	// Kind says how the URL is handled: KindPage, KindSeed, KindSitemap and
	// KindFeed (re-read on every run) or KindRevisit (a known article due
	// for revalidation).
	Kind string
	// Known is what the Store knows of the URL, filled in by Next (nil if
	// it was never fetched), so that the crawl needs no Lookup per URL.
	// Add ignores it.
	Known *Known
	// Listed is what the sitemap or feed that listed the URL said of it,
	// nil if it gave no publication date. Stores keep it with the URL (a
	// later Add's replacing it) and Next returns it, so that the page's
	// extraction weighs the date (extractor.KnownDate).
	Listed *Listed
}

// Listed is what a news sitemap or a feed said of a page it listed.
//
// A sitemap's lastmod and a feed item's update date are not kept: lastmod
// is often the sitemap's generation time or any change to the page
// (comments, a sidebar), which is why Google reads it only from sites
// where it proves accurate; and a modification date the page does not
// state would make the crawl's record differ from the re-extraction of
// its WARC for pages that date themselves (TestOneRecordPerPage).
type Listed struct {
	// Source is "sitemap" or "feed".
	Source string
	// Published is a news sitemap's news:publication_date or a feed
	// item's publication date, in the zone it was stated in.
	Published time.Time
}

// Entry kinds.
const (
	KindPage    = "page"
	KindSeed    = "seed"
	KindRevisit = "revisit"
	KindSitemap = "sitemap" // re-read on every run
	KindFeed    = "feed"    // RSS, Atom or JSON Feed; re-read on every run
	// KindListing (listings.go): a listing page due for a visit.
)

// Known is what the state holds about a URL fetched before.
type Known struct {
	ETag, LastModified string
	// Hash is the content hash of the article last emitted for the URL,
	// "" if none was.
	Hash     string
	Revision int
	Fetched  time.Time
}

// Outcome is the result of handling one URL, recorded once its article (if
// any) is durably written.
type Outcome struct {
	URL                string
	Status             string // an Outcome status below
	Reason             string // why, for skipped and failed URLs
	ETag, LastModified string
	Hash               string // content hash of the emitted article
	// SimHash is the fingerprint of the emitted article's text (SimHash),
	// kept by Stores that implement Fingerprinted; 0 for other outcomes.
	SimHash uint64
	// ArticleID is the emitted article's id, kept with its fingerprint.
	ArticleID string
	// Listing, if set, is the new schedule of a listing page, kept by
	// Stores that implement Listings.
	Listing  *Listing
	Revision int
	Fetched  time.Time
}

// Outcome statuses.
const (
	StatusArticle     = "article"      // emitted
	StatusUnchanged   = "unchanged"    // article already emitted with this content
	StatusNotModified = "not-modified" // 304 to a conditional GET
	StatusPage        = "page"         // fetched, followed, not an article
	StatusSkipped     = "skipped"
	StatusFailed      = "failed"
)

// Checkpoint is the durable position in an output file: every line before
// Offset is accounted for in the state.
type Checkpoint struct {
	Path   string
	Offset int64
}

// Store is the crawl's durable state: the frontier, what is known of each
// URL, and the output checkpoint. Implementations must make Commit atomic.
// The embedded SQLite store (sqlitestore) is the default.
type Store interface {
	// Add queues URLs not seen before. Seeds and revisits are queued even
	// when known.
	Add(ctx context.Context, entries []Entry) error
	// Next leases up to l.N queued URLs, each with what is known of it,
	// and of each host (HostOf) no more than l's room for it: it passes
	// over the URLs of a host with no room, which keep their turn for a
	// later Next. Leases left by a process that died are queued again when
	// the store is opened.
	Next(ctx context.Context, l Lease) ([]Entry, error)
	// LeaseNew is the seen check of a redirect's target, which the crawl
	// takes for a URL of its own (as Heritrix and Scrapy do): it queues e
	// and leases it to the caller at once, unless e.URL is queued or
	// leased already, or, for a page (KindPage), was done before: the URLs
	// Add would not queue again. It reports whether it leased e; the lease
	// ends as Next's do. A target seen already is fetched on its own turn,
	// or was: fetching it through the redirect too took it twice.
	LeaseNew(ctx context.Context, e Entry) (bool, error)
	// Lookup returns what is known of a URL.
	Lookup(ctx context.Context, url string) (Known, bool, error)
	// Commit records outcomes and the output checkpoint in one transaction.
	Commit(ctx context.Context, outcomes []Outcome, cp Checkpoint) error
	// LastCheckpoint is the checkpoint of the last Commit.
	LastCheckpoint(ctx context.Context) (Checkpoint, error)
	// DueForRevisit lists emitted articles last fetched before t.
	DueForRevisit(ctx context.Context, before time.Time, limit int) ([]string, error)
	// RetryFailed queues again the URLs whose last outcome was a transient
	// failure (anything but an HTTP 4xx), and returns how many.
	RetryFailed(ctx context.Context) (int, error)
}

// Lease bounds what one Store.Next hands out: how many URLs, and how many
// of each host, so that the crawl's frontier holds no more of a host than
// it can use (lease.go), and a slow host's backlog does not take the turns
// of the others.
type Lease struct {
	// N is the most URLs to lease.
	N int
	// PerHost, if positive, is the most URLs of one host to lease, for a
	// host not in Room. Zero means no bound.
	PerHost int
	// Room is the most URLs to lease of each host listed, keyed by
	// HostOf: 0 or less skips the host (the caller holds enough of it).
	Room map[string]int
}

// room is how many URLs of host l lets a lease take, -1 for no bound.
func (l Lease) room(host string) int {
	if r, ok := l.Room[host]; ok {
		return max(r, 0)
	}
	if l.PerHost > 0 {
		return l.PerHost
	}
	return -1
}

// Limiter counts what one Next takes of each host against l (stores use
// it): Take reports whether a URL of host may still be leased, and counts
// it if so.
type Limiter struct {
	l     Lease
	taken map[string]int
}

// Limit returns a Limiter for one Next under l.
func (l Lease) Limit() *Limiter { return &Limiter{l: l, taken: map[string]int{}} }

// Take reports whether a URL of host fits in the lease's room for the host,
// and counts it if so.
func (m *Limiter) Take(host string) bool {
	r := m.l.room(host)
	if r >= 0 && m.taken[host] >= r {
		return false
	}
	m.taken[host]++
	return true
}

// Full reports whether host has no room left in this Next.
func (m *Limiter) Full(host string) bool {
	r := m.l.room(host)
	return r >= 0 && m.taken[host] >= r
}

// Bounded reports whether the lease bounds any host.
func (m *Limiter) Bounded() bool { return m.l.PerHost > 0 || len(m.l.Room) > 0 }

// HostOf is the host a URL counts under in a Lease: the authority of
// scheme://authority/..., without user info, in lower case (url.URL's Host,
// port included); "" for a URL without one. Stores call it on every URL
// they read for a bounded lease, so it does not parse the whole URL.
func HostOf(rawURL string) string {
	i := strings.Index(rawURL, "://")
	if i < 0 {
		return ""
	}
	a := rawURL[i+3:]
	if j := strings.IndexAny(a, "/?#"); j >= 0 {
		a = a[:j]
	}
	if j := strings.LastIndexByte(a, '@'); j >= 0 {
		a = a[j+1:]
	}
	return strings.ToLower(a)
}

// Claimer is implemented by Stores that several crawl processes share. The
// crawl claims an article version before writing it, so that two processes
// that reach the same article at once (through two URLs, or a lease that
// timed out) emit it once between them.
type Claimer interface {
	// Claim reports whether this process may emit the article version
	// hash of url: false when it was emitted already, or another live
	// process holds the claim. A claim ends with the Commit of its URL.
	Claim(ctx context.Context, url, hash string) (bool, error)
	// ReleaseClaims ends the claims this process left unfinished when it
	// last died, after reconcile has committed the articles it did write,
	// and queues their URLs again. It returns how many it released.
	ReleaseClaims(ctx context.Context) (int, error)
}

// HostLimiter enforces per-host politeness across processes: at most
// parallel requests to a host in flight and their starts at least delay
// apart, counting every process that shares the limiter. A start is when
// the request reaches the wire (Turn.Sent), as within one process.
type HostLimiter interface {
	// TryAcquire takes a turn of host if one is free now, and returns it.
	// Otherwise it returns a nil turn and how long to wait before asking
	// again: until the host's next start, or a moment while all its slots
	// are busy or another start has not reached the wire. It does not
	// block, so that the crawl's frontier holds the host back rather than
	// a process slot.
	TryAcquire(ctx context.Context, host string, parallel int, delay time.Duration) (Turn, time.Duration, error)
	// SetCrawlDelay records the Crawl-delay of host's robots.txt (0: none)
	// as soon as a process has read it. Every process then spaces the
	// host's starts by at least that, counting from its last start, even
	// one that has not read robots.txt yet: its own robots.txt request
	// waits for it too.
	SetCrawlDelay(ctx context.Context, host string, delay time.Duration) error
}

// A Turn is one request's turn of a host, granted by a HostLimiter. Its
// methods are safe for concurrent use.
type Turn interface {
	// Sent reports that the request reached the wire (its headers are
	// written): the host's next start is the delay after that. It is called
	// from the transport, at most once, and must not block on I/O.
	Sent()
	// Release ends the turn, once the request's response is read or the
	// request is not made. A turn released without Sent frees the host at
	// the delay after its grant.
	Release()
}

// Shared is implemented by Stores that several processes use at once. A
// process whose queue is empty keeps waiting while other processes hold
// leases: those URLs may yet add links, or come back when their holder dies.
type Shared interface {
	// Leased is the number of URLs leased by any process.
	Leased(ctx context.Context) (int, error)
}

// Fingerprint is what a Store keeps of an emitted article for duplicate
// detection: its URL and id, the content hash and the SimHash of its text.
type Fingerprint struct {
	URL, ID, Hash string
	SimHash       uint64
}

// Fingerprinted is implemented by Stores that keep the fingerprints of
// emitted articles (every committed Outcome with a SimHash), so that a crawl
// finds duplicates across URLs, runs and processes. A Store keeps at least
// the most recent DefaultFingerprintWindow of them and may forget older ones.
type Fingerprinted interface {
	// Fingerprints calls f for each fingerprint committed after the one
	// at position since (0 for all kept), oldest first, and returns the
	// position of the last one passed to f (since when none was).
	// Positions only grow, across processes sharing the Store too.
	Fingerprints(ctx context.Context, since int64, f func(Fingerprint)) (int64, error)
}
