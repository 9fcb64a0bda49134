// Package redisstore is a pipeline.Store in Redis, so that several newsprint
// processes, on one machine or many, share one crawl.
//
// Every operation that must be atomic is one Lua script. URLs are leased,
// not popped: a lease names its holder and expires unless the holder renews
// it, so the URLs of a process killed mid-crawl are queued again after
// LeaseTTL and another process fetches them. Articles are claimed before
// they are written (pipeline.Claimer), so two processes reaching the same
// article emit it once. Per-host politeness (pipeline.HostLimiter) is a
// slot set, a next-start time and a start on its way to the wire per host,
// shared by all processes (limit.go).
//
// All keys of a crawl start with "np:{CRAWL-ID}:"; the braces keep them in
// one Redis Cluster slot. Done URLs are kept under a 12-byte hash of the
// URL, not the URL itself, to keep memory low (see README).
package redisstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsprint/newsprint/internal/redact"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/redis/go-redis/v9"
)

// Options tune a Store. Worker is required.
type Options struct {
	// Worker names this process for its output checkpoint and its
	// claims. It must be stable across restarts of the same process (the
	// CLI uses the host name and the output path) and unique among the
	// processes of a crawl.
	Worker string
	// LeaseTTL is how long a leased URL stays with a process that stopped
	// renewing it (it died) before it is queued again. 0 means 2 minutes.
	LeaseTTL time.Duration
	// ClaimTTL is how long an article claimed by a process that died
	// before writing it waits for that process to come back and settle it.
	// After that another process may emit it. 0 means 10 minutes.
	ClaimTTL time.Duration
	// SlotTTL frees the per-host request slot of a process that died
	// mid-request, and the host it held between a grant and its send.
	// 0 means 2 minutes; it must exceed the request timeout.
	SlotTTL time.Duration
	// RereadAfter: seeds, sitemaps and feeds that a process of a running
	// crawl fetched less than this long ago are not queued again when
	// another process joins. 0 means 10 minutes; negative means always.
	RereadAfter time.Duration
	// RetryFor is how long operations wait, retrying with backoff, for an
	// unreachable or restarting Redis before failing. 0 means 5 minutes.
	RetryFor time.Duration
	// Logger receives the retries, and go-redis's own log lines at Debug
	// level (clientlog.go). nil means none.
	Logger *slog.Logger
}

// Store is a pipeline.Store, pipeline.Claimer and pipeline.HostLimiter in
// Redis. It is safe for concurrent use.
type Store struct {
	rdb     *redis.Client
	p       string // key prefix
	opt     Options
	session string // this process's lease holder name
	addr    string // host:port of the Redis, for errors
	crawlID string
	epoch   string // the crawl state's epoch when Open read it (epochLua)
	// down is when Redis became unavailable (Unix ns), 0 while it answers
	// (do).
	down atomic.Int64
	base int64 // the answered count when this crawl run began (answered.go)
	// clock, if set, is the limit scripts' now instead of Redis's TIME
	// (tests: export_test.go).
	clock func() time.Time

	mu     sync.Mutex
	leased map[string]bool

	stop   chan struct{}
	done   chan struct{}
	closed sync.Once
}

// testDialer, set by tests only, dials Redis instead of go-redis's dialer.
var testDialer func(ctx context.Context, network, addr string) (net.Conn, error)

// Check reports whether Open would take rawURL and crawlID, without
// connecting: the error names the one that is wrong (a password in the URL
// shown as xxxxx) and the form wanted.
func Check(rawURL, crawlID string) error {
	_, err := parse(rawURL, crawlID)
	return err
}

func parse(rawURL, crawlID string) (*redis.Options, error) {
	if crawlID == "" || strings.ContainsAny(crawlID, "{} \t\n") {
		return nil, fmt.Errorf("crawl id %q: want a non-empty name without braces or spaces", crawlID)
	}
	ro, err := redis.ParseURL(rawURL)
	if err != nil {
		// The URL and go-redis's error (a url.Error) may hold a password.
		return nil, fmt.Errorf("redis URL %q: want redis://[USER:PASSWORD@]HOST:PORT[/DB] (rediss:// for TLS): %w", redact.URL(rawURL), redact.Error(err))
	}
	return ro, nil
}

// Open connects to the Redis at rawURL (redis://[user:pass@]host:port/db)
// and returns the store of the crawl named crawlID.
func Open(ctx context.Context, rawURL, crawlID string, opt Options) (*Store, error) {
	if opt.Worker == "" {
		return nil, errors.New("redisstore: Options.Worker is required")
	}
	ro, err := parse(rawURL, crawlID)
	if err != nil {
		return nil, err
	}
	ro.DisableIdentity = true // CLIENT SETINFO needs Redis 7.2
	if testDialer != nil {
		ro.Dialer = testDialer
	}
	ro.MaxRetries = -1 // our own retries, with logging
	switch {
	case opt.LeaseTTL <= 0:
		opt.LeaseTTL = 2 * time.Minute
	case opt.LeaseTTL < 100*time.Millisecond:
		opt.LeaseTTL = 100 * time.Millisecond // renewed every third of it
	}
	if opt.ClaimTTL <= 0 {
		opt.ClaimTTL = 10 * time.Minute
	}
	if opt.SlotTTL <= 0 {
		opt.SlotTTL = 2 * time.Minute
	}
	if opt.RetryFor <= 0 {
		opt.RetryFor = 5 * time.Minute
	}
	if opt.RereadAfter == 0 {
		opt.RereadAfter = 10 * time.Minute
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	routeClientLog(opt.Logger)
	var sid [8]byte
	rand.Read(sid[:])
	s := &Store{
		rdb: redis.NewClient(ro), p: "np:{" + crawlID + "}:", opt: opt,
		session: opt.Worker + "#" + hex.EncodeToString(sid[:]), addr: ro.Addr, crawlID: crawlID,
		leased: map[string]bool{}, stop: make(chan struct{}), done: make(chan struct{}),
	}
	// A first connection gets less patience than a crawl in progress: a
	// wrong address should not hang the command for minutes.
	pctx, cancel := context.WithTimeout(ctx, min(opt.RetryFor, 30*time.Second))
	var last error // the last failure that says why: not the deadline's
	err = s.do(pctx, "ping", func(ctx context.Context) error {
		err := s.rdb.Ping(ctx).Err()
		if err != nil && ctx.Err() == nil {
			last = err
		}
		return err
	})
	cancel()
	if err != nil {
		s.rdb.Close()
		if last != nil && ctx.Err() == nil {
			err = last
		}
		return nil, fmt.Errorf("redis %s: %w", ro.Addr, err)
	}
	if err := s.readEpoch(ctx); err != nil {
		s.rdb.Close()
		return nil, err
	}
	if err := s.alive(ctx); err != nil {
		s.rdb.Close()
		return nil, err
	}
	if err := s.join(ctx); err != nil {
		s.rdb.Close()
		return nil, err
	}
	go s.renew()
	return s, nil
}

// ErrStateLost is returned by the operations that find the crawl's state
// gone from Redis while the crawl runs: what the process knew was done,
// leased or claimed is no longer recorded, so going on would fetch and
// emit again what the crawl emitted before.
var ErrStateLost = errors.New("redisstore: the crawl's state is gone from Redis")

// readEpoch reads the crawl state's epoch, naming it first if the crawl
// has none (a new crawl, or one begun before epochs).
func (s *Store) readEpoch(ctx context.Context) error {
	var id [8]byte
	rand.Read(id[:])
	return s.do(ctx, "epoch", func(ctx context.Context) error {
		if err := s.rdb.SetNX(ctx, s.k("epoch"), hex.EncodeToString(id[:]), 0).Err(); err != nil {
			return err
		}
		var err error
		s.epoch, err = s.rdb.Get(ctx, s.k("epoch")).Result()
		return err
	})
}

// Close gives back the URLs this process holds (they are queued again at
// once) and closes the connection.
func (s *Store) Close() error {
	err := errors.New("redisstore: closed twice")
	s.closed.Do(func() { err = s.close() })
	return err
}

func (s *Store) close() error {
	close(s.stop)
	<-s.done
	s.mu.Lock()
	urls := make([]any, 0, len(s.leased))
	for u := range s.leased {
		urls = append(urls, u)
	}
	s.leased = map[string]bool{}
	s.mu.Unlock()
	var err error
	if len(urls) > 0 {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err = releaseScript.Run(ctx, s.rdb, []string{s.k("q"), s.k("leases"), s.k("meta"), s.k("owner")}, append([]any{s.session}, urls...)...).Err()
		cancel()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	if derr := s.rdb.Del(ctx, s.k("alive:"+s.session)).Err(); err == nil {
		err = derr
	}
	if derr := s.rdb.HDel(ctx, s.k("bases"), s.session).Err(); err == nil {
		err = derr
	}
	cancel()
	if cerr := s.rdb.Close(); err == nil {
		err = cerr
	}
	return err
}

// Abandon stops renewing leases and closes the connection without giving
// anything back, as a killed process would. For tests.
func (s *Store) Abandon() {
	s.closed.Do(func() {
		close(s.stop)
		<-s.done
		s.rdb.Close()
	})
}

func (s *Store) k(name string) string { return s.p + name }

// hkey is the 12-byte hash under which a URL's state is kept.
func hkey(url string) string {
	h := sha256.Sum256([]byte(url))
	return string(h[:12])
}

// Add queues URLs not seen before; seeds, feeds, sitemaps and revisits are
// queued again even when done.
func (s *Store) Add(ctx context.Context, entries []pipeline.Entry) error {
	if len(entries) == 0 {
		return nil
	}
	args := make([]any, 0, 1+5*len(entries))
	args = append(args, max(s.opt.RereadAfter.Milliseconds(), 0))
	for _, e := range entries {
		args = append(args, e.URL, hkey(e.URL), e.Depth, e.Kind, pipeline.HostOf(e.URL))
	}
	if err := s.addListed(ctx, entries); err != nil {
		return err
	}
	return s.do(ctx, "add", func(ctx context.Context) error {
		return addScript.Run(ctx, s.rdb, []string{s.k("q"), s.k("leases"), s.k("done"), s.k("meta"), s.k("hostround"), s.k("rounds"), s.k("hostseq"), s.k("epoch")}, append(args, s.epoch)...).Err()
	})
}

// LeaseNew leases e to this process unless its URL is queued or leased,
// or, for a page, done (leaseNewScript): the seen check of a redirect's
// target. The lease is renewed and ends as Next's do.
func (s *Store) LeaseNew(ctx context.Context, e pipeline.Entry) (bool, error) {
	var n int64
	err := s.do(ctx, "lease", func(ctx context.Context) error {
		var err error
		n, err = leaseNewScript.Run(ctx, s.rdb, []string{s.k("q"), s.k("leases"), s.k("done"), s.k("meta"), s.k("owner"), s.k("epoch")},
			s.opt.LeaseTTL.Milliseconds(), s.session, e.URL, hkey(e.URL), e.Depth, e.Kind, s.epoch).Int64()
		return err
	})
	if err != nil || n == 0 {
		return false, err
	}
	s.mu.Lock()
	s.leased[e.URL] = true
	s.mu.Unlock()
	return true, nil
}

// Next leases up to l.N queued URLs, shallowest first and host by host in
// turn (addScript), with what is known of each, and no more of a host than
// l's room for it (nextScript). Leases that expired (their holder died)
// are queued again first.
func (s *Store) Next(ctx context.Context, l pipeline.Lease) ([]pipeline.Entry, error) {
	if l.N <= 0 {
		return nil, nil
	}
	args := make([]any, 0, 4+2*len(l.Room))
	args = append(args, s.opt.LeaseTTL.Milliseconds(), l.N, s.session, max(l.PerHost, 0))
	for h, r := range l.Room {
		args = append(args, h, max(r, 0))
	}
	var res []any
	err := s.do(ctx, "lease", func(ctx context.Context) error {
		var err error
		res, err = nextScript.Run(ctx, s.rdb, []string{s.k("q"), s.k("leases"), s.k("meta"), s.k("owner"), s.k("rounds"), s.k("heldhosts"), s.k("epoch")}, append(args, s.epoch)...).Slice()
		return err
	})
	if err != nil {
		return nil, err
	}
	var out []pipeline.Entry
	var hkeys []string
	for i := 0; i+1 < len(res); i += 2 {
		url, _ := res[i].(string)
		meta, _ := res[i+1].(string)
		kind, depth := parseMeta(meta)
		out = append(out, pipeline.Entry{URL: url, Depth: depth, Kind: kind})
		hkeys = append(hkeys, hkey(url))
	}
	s.mu.Lock()
	for _, e := range out {
		s.leased[e.URL] = true
	}
	s.mu.Unlock()
	if len(out) == 0 {
		return nil, nil
	}
	// One round trip for the state of the whole lease (the script cannot
	// compute the keys: Redis Lua has no SHA-256).
	var vals, listed []any
	err = s.do(ctx, "lookup", func(ctx context.Context) error {
		pipe := s.rdb.Pipeline()
		doneCmd, listedCmd := pipe.HMGet(ctx, s.k("done"), hkeys...), s.lookupListed(ctx, pipe, hkeys)
		if _, err := pipe.Exec(ctx); err != nil {
			return err
		}
		vals, listed = doneCmd.Val(), listedCmd.Val()
		return nil
	})
	if err != nil {
		return nil, err // the leases expire, or end with Close
	}
	attachListed(out, listed)
	for i, v := range vals {
		if str, ok := v.(string); ok {
			out[i].Known = known(parseDone(str))
		}
	}
	return out, nil
}

func parseMeta(m string) (string, int) {
	kind, d, _ := strings.Cut(m, " ")
	depth, _ := strconv.Atoi(d)
	if kind == "" {
		kind = pipeline.KindPage
	}
	return kind, depth
}

// done is what is kept of a URL: status, etag, last-modified, hash,
// revision, fetch time (Unix ms), reason, separated by tabs.
type done struct {
	status, etag, lastModified, hash, reason string
	revision                                 int
	fetched                                  int64
}

func parseDone(v string) done {
	f := strings.Split(v, "\t")
	for len(f) < 7 {
		f = append(f, "")
	}
	rev, _ := strconv.Atoi(f[4])
	ms, _ := strconv.ParseInt(f[5], 10, 64)
	return done{status: f[0], etag: f[1], lastModified: f[2], hash: f[3], revision: rev, fetched: ms, reason: f[6]}
}

// Lookup returns what is known of url.
func (s *Store) Lookup(ctx context.Context, url string) (pipeline.Known, bool, error) {
	var v string
	err := s.do(ctx, "lookup", func(ctx context.Context) error {
		var err error
		v, err = s.rdb.HGet(ctx, s.k("done"), hkey(url)).Result()
		return err
	})
	if errors.Is(err, redis.Nil) {
		return pipeline.Known{}, false, nil
	}
	if err != nil {
		return pipeline.Known{}, false, err
	}
	if k := known(parseDone(v)); k != nil {
		return *k, true, nil
	}
	return pipeline.Known{}, false, nil
}

// known is what a URL's state tells the crawl; nil if the URL is not known:
// it is once fetched, or once an article of it was written (recovered from
// an output after a crash).
func known(d done) *pipeline.Known {
	if d.fetched <= 0 && d.hash == "" {
		return nil
	}
	k := pipeline.Known{ETag: d.etag, LastModified: d.lastModified, Hash: d.hash, Revision: d.revision}
	if d.fetched > 0 {
		k.Fetched = time.UnixMilli(d.fetched)
	}
	return &k
}

// clean keeps the field separator out of stored values.
func clean(v string) string { return strings.ReplaceAll(v, "\t", " ") }

// Commit records outcomes and this process's checkpoint in one script,
// ends the leases and claims of their URLs.
func (s *Store) Commit(ctx context.Context, outcomes []pipeline.Outcome, cp pipeline.Checkpoint) error {
	args := []any{s.session, s.opt.Worker, cp.Path, cp.Offset, s.p}
	for _, o := range outcomes {
		var ms int64
		if !o.Fetched.IsZero() {
			ms = o.Fetched.UnixMilli()
		}
		args = append(args, o.URL, hkey(o.URL), o.Status, clean(o.Reason), clean(o.ETag), clean(o.LastModified), o.Hash, o.Revision, ms)
	}
	args = append(args, s.epoch)
	keys := []string{s.k("done"), s.k("leases"), s.k("owner"), s.k("meta"), s.k("art"), s.k("failed"), s.k("cp:" + s.opt.Worker), s.k("claims:" + s.opt.Worker), s.k("q"), s.k("answered"), s.k("epoch")}
	err := s.do(ctx, "commit", func(ctx context.Context) error {
		return s.runCommit(ctx, keys, args, outcomes)
	})
	if err != nil {
		return err
	}
	s.mu.Lock()
	for _, o := range outcomes {
		delete(s.leased, o.URL)
	}
	s.mu.Unlock()
	return nil
}

// LastCheckpoint is this process's (this Worker's) last checkpoint.
func (s *Store) LastCheckpoint(ctx context.Context) (pipeline.Checkpoint, error) {
	var v []any
	err := s.do(ctx, "checkpoint", func(ctx context.Context) error {
		var err error
		v, err = s.rdb.HMGet(ctx, s.k("cp:"+s.opt.Worker), "path", "offset").Result()
		return err
	})
	if err != nil {
		return pipeline.Checkpoint{}, err
	}
	var cp pipeline.Checkpoint
	cp.Path, _ = v[0].(string)
	if o, ok := v[1].(string); ok {
		cp.Offset, _ = strconv.ParseInt(o, 10, 64)
	}
	return cp, nil
}

// DueForRevisit lists emitted articles last fetched before t.
func (s *Store) DueForRevisit(ctx context.Context, before time.Time, limit int) ([]string, error) {
	var out []string
	err := s.do(ctx, "revisit", func(ctx context.Context) error {
		var err error
		out, err = s.rdb.ZRangeArgs(ctx, redis.ZRangeArgs{
			Key: s.k("art"), Start: "-inf", Stop: "(" + strconv.FormatInt(before.UnixMilli(), 10), ByScore: true, Count: int64(limit),
		}).Result()
		return err
	})
	return out, err
}

// RetryFailed queues again the URLs whose last fetch failed for a reason
// other than an HTTP 4xx.
func (s *Store) RetryFailed(ctx context.Context) (int, error) {
	var n int64
	err := s.do(ctx, "retry failed", func(ctx context.Context) error {
		var err error
		n, err = retryScript.Run(ctx, s.rdb, []string{s.k("failed"), s.k("q"), s.k("leases"), s.k("meta")}).Int64()
		return err
	})
	return int(n), err
}

// Leased is the number of URLs leased by any process of the crawl.
func (s *Store) Leased(ctx context.Context) (int, error) {
	var n int64
	err := s.do(ctx, "leased", func(ctx context.Context) error {
		var err error
		n, err = s.rdb.ZCard(ctx, s.k("leases")).Result()
		return err
	})
	return int(n), err
}

// Claim reserves the emission of the article version hash of url for this
// process: false if it was emitted already or another process holds the
// claim.
func (s *Store) Claim(ctx context.Context, url, hash string) (bool, error) {
	h := hkey(url)
	var n int64
	err := s.do(ctx, "claim", func(ctx context.Context) error {
		var err error
		n, err = claimScript.Run(ctx, s.rdb, []string{s.k("done"), s.k("claim:" + h), s.k("claims:" + s.opt.Worker)},
			h, hash, s.opt.Worker, s.opt.ClaimTTL.Milliseconds(), url, s.session, s.p).Int64()
		return err
	})
	return n == 1, err
}

// ReleaseClaims ends the claims this Worker left when it died and queues
// their URLs again; the articles it did write were committed by reconcile
// before this is called, which ended their claims.
func (s *Store) ReleaseClaims(ctx context.Context) (int, error) {
	var n int64
	err := s.do(ctx, "release claims", func(ctx context.Context) error {
		var err error
		n, err = releaseClaimsScript.Run(ctx, s.rdb, []string{s.k("claims:" + s.opt.Worker), s.k("q"), s.k("meta"), s.k("leases")},
			s.p, s.opt.Worker).Int64()
		return err
	})
	return int(n), err
}

var (
	_ pipeline.Store       = (*Store)(nil)
	_ pipeline.Claimer     = (*Store)(nil)
	_ pipeline.HostLimiter = (*Store)(nil)
	_ pipeline.Shared      = (*Store)(nil)
)
