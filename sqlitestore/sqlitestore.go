// Package sqlitestore keeps newsprint's crawl state in an embedded SQLite
// database (modernc.org/sqlite, pure Go, WAL mode): no server needed.
package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsprint/newsprint/internal/dirlock"
	"github.com/newsprint/newsprint/pipeline"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// FileName is the database file inside the state directory.
const FileName = "crawl.db"

// Store is a pipeline.Store on SQLite. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	lock *os.File
	// Statements prepared once: preparing costs more than running them.
	addPage, addForce, lookup, record, next, nextHeld, hostRound, setHostRound, checkpoint, fingerprint, listing *sql.Stmt

	// leased holds the URLs handed out by Next and not yet committed. A
	// lease lives in memory only: the state belongs to this process alone
	// (Open locks it), and a process that dies loses its leases with it,
	// its URLs still queued in the database. Writing each lease would cost
	// a transaction and an fsync per Next, and a row update per URL.
	mu     sync.Mutex
	leased map[string]struct{}
	// after is the frontier position of the last URL leased: Next reads on
	// from there rather than past every URL leased and not yet committed.
	// Add moves it back when it queues a URL behind it.
	after position
	// held is, per host (pipeline.HostOf) whose URLs Next passed over,
	// the position of the first of them: every queued URL up to after is
	// leased, or is of a host in held, at or beyond its position (lease.go).
	held map[string]position
	// round is, per depth, the highest round leased so far (the virtual
	// time of fair queueing, frontier.go): a host that queues its first
	// URLs joins the current round rather than the first one.
	round map[int]int64
	// hasListed says the listed table holds rows (listed.go).
	hasListed     atomic.Bool
	addListedStmt *sql.Stmt
}

// position is a place in the frontier's order: depth, round, URL.
type position struct {
	depth int
	round int64
	url   string
}

// start is the position before every URL.
var start = position{depth: -1}

var (
	_ pipeline.Store         = (*Store)(nil)
	_ pipeline.Fingerprinted = (*Store)(nil)
	_ pipeline.Listings      = (*Store)(nil)
)

const schema = `
CREATE TABLE IF NOT EXISTS urls (
	url           TEXT PRIMARY KEY,
	depth         INTEGER NOT NULL,
	kind          TEXT NOT NULL,
	state         TEXT NOT NULL,           -- queued or done ('leased' in states before 2026-11-24)
	status        TEXT NOT NULL DEFAULT '',
	reason        TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	hash          TEXT NOT NULL DEFAULT '',
	revision      INTEGER NOT NULL DEFAULT 0,
	fetched_at    INTEGER NOT NULL DEFAULT 0,
	round         INTEGER NOT NULL DEFAULT 0 -- the URL's turn among its host's at its depth (frontier.go)
);
-- hosts counts, per host and depth, the rounds given out to its URLs.
CREATE TABLE IF NOT EXISTS hosts (
	host  TEXT NOT NULL,
	depth INTEGER NOT NULL,
	round INTEGER NOT NULL,
	PRIMARY KEY (host, depth)
) WITHOUT ROWID;
-- The fingerprints of emitted articles, for duplicate detection: one per
-- URL (its latest revision), the most recent pipeline.DefaultFingerprintWindow
-- kept. seq only grows (AUTOINCREMENT), so a reader can read on from where
-- it stopped.
CREATE TABLE IF NOT EXISTS fingerprints (
	seq     INTEGER PRIMARY KEY AUTOINCREMENT,
	url     TEXT NOT NULL UNIQUE,
	id      TEXT NOT NULL,
	hash    TEXT NOT NULL,
	simhash INTEGER NOT NULL
);
-- The schedules of listing pages (pipeline.Listings).
CREATE TABLE IF NOT EXISTS listings (
	url        TEXT PRIMARY KEY,
	links_hash TEXT NOT NULL,
	interval   INTEGER NOT NULL, -- nanoseconds
	next_visit INTEGER NOT NULL  -- Unix nanoseconds
);
CREATE INDEX IF NOT EXISTS listings_due ON listings(next_visit);
CREATE TABLE IF NOT EXISTS checkpoint (
	id     INTEGER PRIMARY KEY CHECK (id = 1),
	path   TEXT NOT NULL,
	offset INTEGER NOT NULL
);
`

// ErrLocked is returned by Open when another process holds the state.
var ErrLocked = dirlock.ErrLocked

// ErrNotState is returned by Open when the state directory holds a
// crawl.db that is not a newsprint crawl state: empty, not SQLite, or
// another program's database. Taking it as a fresh state would emit every
// article again.
var ErrNotState = errors.New("not a newsprint crawl state")

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// checkFile reports an error unless path is absent (a fresh state) or an
// SQLite database.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open state %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, head)
	switch {
	case n == 0:
		// SQLite may hold a new database's first pages in its WAL only.
		if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
			return nil
		}
		return notState(path, "an empty file")
	case string(head[:n]) != sqliteMagic:
		return notState(path, "not an SQLite database")
	}
	return nil
}

func notState(path, what string) error {
	return fmt.Errorf("state %s is %s: %w; to start a fresh crawl (every article is emitted again), move it away or give another --state directory",
		path, what, ErrNotState)
}

// checkTables reports an error when db holds tables but not newsprint's.
func checkTables(ctx context.Context, db *sql.DB, path string) error {
	var tables, ours int
	err := db.QueryRowContext(ctx, `SELECT count(*), count(CASE WHEN name='urls' THEN 1 END) FROM sqlite_master WHERE type='table'`).Scan(&tables, &ours)
	if err != nil {
		return fmt.Errorf("open state %s: %w", path, err)
	}
	if tables > 0 && ours == 0 {
		return notState(path, "the SQLite database of another program")
	}
	return nil
}

// Open opens or creates the state in dir, for this process alone (another
// Open of the same dir fails with ErrLocked until Close). URLs leased by a
// process that died are queued again.
func Open(ctx context.Context, dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("state dir %s: %w", dir, err)
	}
	// Two crawls on one state would lease the same URLs.
	lock, err := dirlock.Lock(dir, "state")
	if err != nil {
		return nil, err
	}
	st, err := open(ctx, dir)
	if err != nil {
		if lock != nil {
			lock.Close()
		}
		return nil, err
	}
	st.lock = lock
	return st, nil
}

func open(ctx context.Context, dir string) (*Store, error) {
	path := filepath.Join(dir, FileName)
	if err := checkFile(path); err != nil {
		return nil, err
	}
	// WAL lets readers proceed during writes; synchronous=FULL makes each
	// commit durable, which Commit's contract needs.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer; SQLite serialises anyway
	if err := checkTables(ctx, db, path); err != nil {
		db.Close()
		return nil, err
	}
	if _, err := db.ExecContext(ctx, schema+listedSchema); err != nil {
		db.Close()
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	// States written before leases moved to memory may hold some.
	if _, err := db.ExecContext(ctx, `UPDATE urls SET state='queued' WHERE state='leased'`); err != nil {
		db.Close()
		return nil, fmt.Errorf("recover leases in %s: %w", path, err)
	}
	if err := migrateRounds(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	if _, err := db.ExecContext(ctx, frontierIndex); err != nil {
		db.Close()
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	s := &Store{db: db, leased: map[string]struct{}{}, after: start, held: map[string]position{}}
	if err := s.openListed(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	for _, p := range []struct {
		dst **sql.Stmt
		q   string
	}{
		{&s.addPage, addPageSQL}, {&s.addForce, addForceSQL}, {&s.lookup, lookupSQL}, {&s.record, recordSQL},
		{&s.next, nextSQL}, {&s.nextHeld, heldSQL},
		{&s.hostRound, hostRoundSQL}, {&s.setHostRound, setHostRoundSQL},
		{&s.checkpoint, checkpointSQL}, {&s.fingerprint, fingerprintSQL}, {&s.listing, listingSQL},
	} {
		if *p.dst, err = db.PrepareContext(ctx, p.q); err != nil {
			db.Close()
			return nil, fmt.Errorf("open state %s: %w", path, err)
		}
	}
	if s.round, err = currentRounds(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open state %s: %w", path, err)
	}
	return s, nil
}

const (
	lookupSQL      = `SELECT etag, last_modified, hash, revision, fetched_at FROM urls WHERE url=?`
	fingerprintSQL = `INSERT OR REPLACE INTO fingerprints(url, id, hash, simhash) VALUES(?, ?, ?, ?)`
	listingSQL     = `INSERT OR REPLACE INTO listings(url, links_hash, interval, next_visit) VALUES(?, ?, ?, ?)`
	checkpointSQL  = `INSERT INTO checkpoint(id, path, offset) VALUES(1, ?, ?)
		ON CONFLICT(id) DO UPDATE SET path=excluded.path, offset=excluded.offset`
	// A 304 or an unchanged page keeps the stored hash and revision.
	recordSQL = `INSERT INTO urls(url, depth, kind, state, status, reason, etag, last_modified, hash, revision, fetched_at)
		VALUES(?, 0, 'page', 'done', ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET state='done', status=excluded.status, reason=excluded.reason,
			etag=CASE WHEN excluded.etag != '' THEN excluded.etag ELSE etag END,
			last_modified=CASE WHEN excluded.last_modified != '' THEN excluded.last_modified ELSE last_modified END,
			hash=CASE WHEN excluded.hash != '' THEN excluded.hash ELSE hash END,
			revision=MAX(revision, excluded.revision),
			fetched_at=CASE WHEN excluded.fetched_at > 0 THEN excluded.fetched_at ELSE fetched_at END`
)

// Close closes the database and releases the lock.
func (s *Store) Close() error {
	err := s.db.Close()
	if s.lock != nil {
		s.lock.Close()
	}
	return err
}

// Lookup returns what is known of url.
func (s *Store) Lookup(ctx context.Context, url string) (pipeline.Known, bool, error) {
	var k pipeline.Known
	var fetched int64
	err := s.lookup.QueryRowContext(ctx, url).
		Scan(&k.ETag, &k.LastModified, &k.Hash, &k.Revision, &fetched)
	if errors.Is(err, sql.ErrNoRows) {
		return k, false, nil
	}
	if err != nil {
		return k, false, fmt.Errorf("lookup %s: %w", url, err)
	}
	if kp := known(k, fetched); kp != nil {
		return *kp, true, nil
	}
	return k, false, nil
}

// known completes a row's Known; nil if the URL is not known: it is once
// fetched, or once an article of it was written (a record recovered from
// the output after a crash has a hash).
func known(k pipeline.Known, fetched int64) *pipeline.Known {
	if fetched <= 0 && k.Hash == "" {
		return nil
	}
	if fetched > 0 {
		k.Fetched = time.Unix(0, fetched)
	}
	return &k
}

// Commit records outcomes and the checkpoint atomically.
func (s *Store) Commit(ctx context.Context, outcomes []pipeline.Outcome, cp pipeline.Checkpoint) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rec, fp, lst := tx.StmtContext(ctx, s.record), tx.StmtContext(ctx, s.fingerprint), tx.StmtContext(ctx, s.listing)
	fingerprints := false
	for _, o := range outcomes {
		_, err := rec.ExecContext(ctx,
			o.URL, o.Status, o.Reason, o.ETag, o.LastModified, o.Hash, o.Revision, nanos(o.Fetched))
		if err != nil {
			return fmt.Errorf("record %s: %w", o.URL, err)
		}
		if o.SimHash != 0 && o.Hash != "" {
			if _, err := fp.ExecContext(ctx, o.URL, o.ArticleID, o.Hash, int64(o.SimHash)); err != nil {
				return fmt.Errorf("record fingerprint of %s: %w", o.URL, err)
			}
			fingerprints = true
		}
		if l := o.Listing; l != nil {
			if _, err := lst.ExecContext(ctx, o.URL, l.LinksHash, int64(l.Interval), l.Next.UnixNano()); err != nil {
				return fmt.Errorf("record schedule of %s: %w", o.URL, err)
			}
		}
	}
	if fingerprints {
		_, err := tx.ExecContext(ctx, `DELETE FROM fingerprints WHERE seq <= (SELECT MAX(seq) FROM fingerprints) - ?`, pipeline.DefaultFingerprintWindow)
		if err != nil {
			return fmt.Errorf("forget old fingerprints: %w", err)
		}
	}
	if cp.Path != "" {
		if _, err := tx.StmtContext(ctx, s.checkpoint).ExecContext(ctx, cp.Path, cp.Offset); err != nil {
			return fmt.Errorf("record checkpoint: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.mu.Lock()
	for _, o := range outcomes {
		delete(s.leased, o.URL)
	}
	s.mu.Unlock()
	return nil
}

func nanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// Fingerprints calls f for the fingerprints committed after position
// since, oldest first, and returns the position of the last.
func (s *Store) Fingerprints(ctx context.Context, since int64, f func(pipeline.Fingerprint)) (int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seq, url, id, hash, simhash FROM fingerprints WHERE seq > ? ORDER BY seq`, since)
	if err != nil {
		return since, fmt.Errorf("read fingerprints: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var fp pipeline.Fingerprint
		var sh int64
		if err := rows.Scan(&since, &fp.URL, &fp.ID, &fp.Hash, &sh); err != nil {
			return since, fmt.Errorf("read fingerprints: %w", err)
		}
		fp.SimHash = uint64(sh)
		f(fp)
	}
	return since, rows.Err()
}

// Listing returns the schedule of the listing page url.
func (s *Store) Listing(ctx context.Context, url string) (pipeline.Listing, bool, error) {
	var l pipeline.Listing
	var iv, next int64
	err := s.db.QueryRowContext(ctx, `SELECT links_hash, interval, next_visit FROM listings WHERE url=?`, url).Scan(&l.LinksHash, &iv, &next)
	if errors.Is(err, sql.ErrNoRows) {
		return l, false, nil
	}
	if err != nil {
		return l, false, fmt.Errorf("schedule of %s: %w", url, err)
	}
	l.Interval, l.Next = time.Duration(iv), time.Unix(0, next)
	return l, true, nil
}

// DueListings returns up to limit listing pages due at t, most overdue
// first.
func (s *Store) DueListings(ctx context.Context, t time.Time, limit int) ([]string, error) {
	return s.urls(ctx, `SELECT url FROM listings WHERE next_visit <= ? ORDER BY next_visit LIMIT ?`, t.UnixNano(), limit)
}

// LastCheckpoint returns the checkpoint of the last Commit that had one.
func (s *Store) LastCheckpoint(ctx context.Context) (pipeline.Checkpoint, error) {
	var cp pipeline.Checkpoint
	err := s.db.QueryRowContext(ctx, `SELECT path, offset FROM checkpoint WHERE id=1`).Scan(&cp.Path, &cp.Offset)
	if errors.Is(err, sql.ErrNoRows) {
		return cp, nil
	}
	return cp, err
}

// DueForRevisit lists emitted articles last fetched before t.
func (s *Store) DueForRevisit(ctx context.Context, before time.Time, limit int) ([]string, error) {
	return s.urls(ctx, `SELECT url FROM urls WHERE state='done' AND hash != '' AND fetched_at < ? ORDER BY fetched_at LIMIT ?`,
		before.UnixNano(), limit)
}

// urls runs query, which selects one column of URLs.
func (s *Store) urls(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// RetryFailed queues again URLs whose last fetch failed for a reason other
// than an HTTP 4xx.
func (s *Store) RetryFailed(ctx context.Context) (int, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE urls SET state='queued' WHERE state='done' AND status='failed' AND reason NOT LIKE 'HTTP 4%'`)
	if err != nil {
		return 0, fmt.Errorf("retry failed URLs: %w", err)
	}
	n, _ := res.RowsAffected()
	if n > 0 {
		s.mu.Lock()
		s.rewind() // queued again under their old rounds
		s.mu.Unlock()
	}
	return int(n), nil
}
