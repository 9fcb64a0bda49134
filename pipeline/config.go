package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/internal/redact"
)

var errScheme = errors.New("only http, https and file URLs can be crawled")

// DefaultStopGrace is the default of Config.StopGrace.
const DefaultStopGrace = 5 * time.Second

// DefaultUserAgent identifies newsprint to the sites it crawls.
const DefaultUserAgent = "newsprint/0.1 (+https://github.com/newsprint/newsprint; news article crawler)"

// Sink receives the articles of a crawl. Write may buffer; Sync makes every
// written article durable, and the crawl marks URLs done only after it.
type Sink interface {
	Write(ctx context.Context, a extractor.Article) error
	Sync() error
}

// Config is one crawl. The zero value of every field but Seeds, Store and
// Sink works; each field says its default.
type Config struct {
	// Seeds are where the crawl starts: http(s):// or file:// URLs. They are
	// fetched again on every run.
	Seeds []string
	// Store keeps the frontier and what is known of each URL. Required.
	Store Store
	// Sink receives the articles. Required.
	Sink Sink
	// OutPath is the plain (not compressed) file Sink appends to, if any.
	// With it, articles written just before a crash are found again on the
	// next run instead of being fetched and emitted twice.
	OutPath string

	// MaxPages stops the crawl after this many pages were fetched (a page's
	// redirect hops count as that page; robots.txt does not count). 0
	// means no limit.
	MaxPages int
	// MaxDepth is how many links from a seed are followed. 0 means 5;
	// negative means the seeds only: no link, sitemap or feed entry.
	MaxDepth int
	// Delay is the least time between the starts of two requests to one
	// host, across all its Parallel slots (and, with a Limiter, across
	// processes). 0 means 1s; a longer robots.txt Crawl-delay wins.
	// Negative means none (tests). file:// URLs have none. A start is when
	// the request's headers are written (wire.go), within the process and,
	// with a Limiter, across processes (Turn.Sent).
	Delay time.Duration
	// Parallel is the number of requests in flight per host. 0 means 2.
	Parallel int
	// Concurrency is the number of URLs this process fetches at once,
	// across all hosts (each host within its Parallel). 0 means 64.
	Concurrency int
	// UserAgent defaults to DefaultUserAgent.
	UserAgent string
	// AllowHosts are the hosts whose pages are fetched. Empty means the
	// seeds' hosts, each with and without a leading "www." (siteHosts).
	AllowHosts []string
	// Include, when set, keeps only pages whose URL matches one of them.
	// Seeds are always fetched, and sitemaps and feeds are read whatever
	// Include says (they are how pages are found), their entries filtered.
	// Exclude drops every URL matching any of them, sitemaps and feeds too.
	Include, Exclude []*regexp.Regexp
	// Timeout is the time one request may take; for a sitemap or feed,
	// the time it waits on the network (not the time spent parsing). 0
	// means 30s.
	Timeout time.Duration
	// MaxBodyBytes is the most of a page or feed read, decompressed: a
	// larger page is cut there and only its links followed, a larger feed
	// skipped. Sitemaps have their own cap, 50 MB. 0 means 10 MiB.
	MaxBodyBytes int
	// Retries is how often a timeout, reset, 5xx or 429 is retried, with
	// exponential backoff or the server's Retry-After. 0 means 3; negative
	// means none.
	Retries int
	// RevisitAfter is the age after which a known article is revalidated
	// with a conditional GET. 0 means 24h; negative means never.
	RevisitAfter time.Duration
	// Extract tunes extraction, e.g. with a site's selector overrides. Its
	// ContentType is set from each response.
	Extract extractor.Options
	// Transport makes the requests. If nil, a clone of
	// http.DefaultTransport that also serves file:// URLs is used. One
	// that does not report httptrace's WroteHeaders, as net/http's does,
	// holds each host's next request until the last one's response.
	Transport http.RoundTripper
	// Archive, if set, receives a WARC request and response record of
	// every http(s) fetch (robots.txt, sitemaps and feeds included), and
	// each article records where its response landed. It is synced before
	// the articles that point into it are committed. The caller closes it.
	// Transport, if set, must then be an *http.Transport.
	Archive *archive.Archive
	// Limiter, if set, enforces Parallel, Delay and robots.txt Crawl-delay
	// per host across every process that shares it (a crawl shared through
	// Redis): it is asked before each request starts; each process then
	// also keeps its own limits.
	Limiter HostLimiter
	// Logger receives progress and problems. If nil, nothing is logged.
	Logger *slog.Logger
	// CommitEvery is the longest time between syncing the Sink and
	// committing outcomes to the Store. 0 means 1s.
	CommitEvery time.Duration
	// StopGrace is how long the requests in flight may take to finish once
	// ctx is cancelled; those still running are then cut off and their
	// URLs stay queued for the next run. 0 means 5s (well under the 30s a
	// Kubernetes pod gets between SIGTERM and SIGKILL); negative means none.
	StopGrace time.Duration
	// NearDuplicates is what happens to an article whose text is that of
	// an article emitted before under another URL, or close to it
	// (SimHash within NearDistance): NearMark (the default, ""), NearDrop
	// or NearOff.
	NearDuplicates string
	// MaxListings is how many listing pages (home, section and tag pages
	// that listed links on an earlier run) a run revisits at most, those
	// most overdue on their adaptive schedule first. 0 means
	// DefaultMaxListings; negative means none. Needs a Store that
	// implements Listings.
	MaxListings int
	// Progress, if set, is called after every fetch with the running
	// totals, from the goroutines doing the fetches: it must be safe for
	// concurrent use.
	Progress func(Stats)

	fileRoots []string // directories of file:// seeds, with a trailing slash
}

// withDefaults validates c and fills in the defaults.
func (c Config) withDefaults() (Config, error) {
	if len(c.Seeds) == 0 {
		return c, errors.New("no seed URLs")
	}
	if c.Store == nil || c.Sink == nil {
		return c, errors.New("pipeline: Config needs a Store and a Sink")
	}
	for i, s := range c.Seeds {
		n, err := Normalize(s)
		if err != nil {
			return c, fmt.Errorf("seed %q: %w", redact.URL(s), redact.Error(err))
		}
		if len(n) > maxURLLength {
			return c, fmt.Errorf("seed %.80q...: longer than %d characters", s, maxURLLength)
		}
		c.Seeds[i] = n
	}
	switch {
	case c.MaxDepth == 0:
		c.MaxDepth = 5
	case c.MaxDepth < 0:
		c.MaxDepth = 0
	}
	switch {
	case c.Delay == 0:
		c.Delay = time.Second
	case c.Delay < 0:
		c.Delay = 0
	}
	if c.Parallel <= 0 {
		c.Parallel = 2
	}
	if c.Concurrency <= 0 {
		c.Concurrency = defaultConcurrency
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	for _, s := range c.Seeds {
		if u, err := url.Parse(s); err == nil && u.Scheme == "file" {
			dir := path.Dir(path.Clean(u.Path))
			if strings.HasSuffix(u.Path, "/") {
				dir = path.Clean(u.Path)
			}
			if dir == "/" {
				return c, fmt.Errorf("seed %q: a file:// seed must not be the root directory", s)
			}
			// Symbolic links resolved, as the paths checked against it are.
			c.fileRoots = append(c.fileRoots, strings.TrimSuffix(resolvedPath(dir), "/")+"/")
		}
	}
	if len(c.AllowHosts) == 0 {
		for _, s := range c.Seeds {
			if u, err := url.Parse(s); err == nil {
				c.AllowHosts = append(c.AllowHosts, siteHosts(u.Hostname())...)
			}
		}
	}
	for i, h := range c.AllowHosts {
		c.AllowHosts[i] = strings.ToLower(strings.TrimSpace(h))
	}
	if c.Timeout <= 0 {
		c.Timeout = 30 * time.Second
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 10 << 20
	}
	switch {
	case c.Retries == 0:
		c.Retries = 3
	case c.Retries < 0:
		c.Retries = 0
	}
	if c.RevisitAfter == 0 {
		c.RevisitAfter = 24 * time.Hour
	}
	if err := c.Extract.Selectors.Validate(); err != nil {
		return c, err
	}
	if c.Transport == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// Keep a connection per request in flight: the default of 2 idle
		// connections per host makes every further request dial anew,
		// which costs CPU here and connections at the site.
		t.MaxIdleConnsPerHost = max(c.Parallel, 2)
		// A whole response of most pages in one read: the default 4 KiB
		// buffer takes a read system call for every 4 KiB of headers and
		// the body's first bytes, and system calls are most of what
		// net/http costs on loopback and fast links.
		t.ReadBufferSize = 64 << 10
		t.RegisterProtocol("file", http.NewFileTransport(scopedDir{c.fileRoots}))
		c.Transport = t
	}
	if c.Archive != nil {
		t, ok := c.Transport.(*http.Transport)
		if !ok {
			return c, errors.New("pipeline: WARC capture needs Transport to be an *http.Transport")
		}
		c.Transport = c.Archive.Transport(t)
	}
	switch c.NearDuplicates {
	case "":
		c.NearDuplicates = NearMark
	case NearMark, NearDrop, NearOff:
	default:
		return c, fmt.Errorf("near-duplicates %q: want mark, drop or off", c.NearDuplicates)
	}
	if c.MaxListings == 0 {
		c.MaxListings = DefaultMaxListings
	}
	switch {
	case c.StopGrace == 0:
		c.StopGrace = DefaultStopGrace
	case c.StopGrace < 0:
		c.StopGrace = 0
	}
	// Outermost, so that the WARC records the bytes as sent.
	c.Transport = &boundedTransport{base: c.Transport, maxBody: int64(c.MaxBodyBytes), maxSitemap: maxSitemapBytes}
	if c.CommitEvery <= 0 {
		c.CommitEvery = time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

// inScope reports whether u may be fetched. A file:// URL must lie in the
// directory of a file:// seed: a local mirror's root-relative links must not
// walk the rest of the file system.
func (c *Config) inScope(u *url.URL) bool {
	if u.Scheme == "file" {
		return fileInRoots(u.Path, c.fileRoots) // symbolic links resolved
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range c.AllowHosts {
		if host == h {
			return true
		}
	}
	return false
}

// wanted applies Include and Exclude to a page's URL.
func (c *Config) wanted(u string) bool {
	if c.excluded(u) {
		return false
	}
	if len(c.Include) == 0 {
		return true
	}
	for _, re := range c.Include {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}

// excluded reports whether a URL matches one of Exclude.
func (c *Config) excluded(u string) bool {
	for _, re := range c.Exclude {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}
