package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/newsprint/newsprint/pipeline"
)

// The frontier hands URLs out shallowest first and, within a depth, host by
// host in turn: a lease of n URLs takes one URL of every host with queued
// work before it takes a second of any (Heritrix's per-host queues, Scrapy's
// downloader-aware queue). Handing them out in the order they were found, a
// run of one host's links after another's, filled the crawl's per-host
// scheduler with a few hosts while the others waited (issue 14).
//
// Each queued URL gets a round when it is queued: its host's last round at
// its depth plus one, or the depth's current round plus one if the host is
// behind it, as in start-time fair queueing. A host that queues its first
// links late thus joins the round the crawl has reached, rather than
// taking a whole lease of turns ahead of hosts that were waiting. Next reads
// the queue by (depth, round, url): a host has one URL a round (but for
// URLs queued again, which keep theirs), so within a round the order is
// that of the hosts' names.

const (
	addPageSQL  = `INSERT INTO urls(url, depth, kind, state, round) VALUES(?, ?, ?, 'queued', ?) ON CONFLICT(url) DO NOTHING`
	addForceSQL = `INSERT INTO urls(url, depth, kind, state, round) VALUES(?1, ?2, ?3, 'queued', ?4)
		ON CONFLICT(url) DO UPDATE SET state='queued', kind=excluded.kind, depth=MIN(depth, excluded.depth),
			round=CASE WHEN state='queued' AND depth <= excluded.depth THEN round ELSE excluded.round END`
	hostRoundSQL    = `SELECT round FROM hosts WHERE host=? AND depth=?`
	setHostRoundSQL = `INSERT INTO hosts(host, depth, round) VALUES(?, ?, ?)
		ON CONFLICT(host, depth) DO UPDATE SET round=excluded.round`
	// frontierIndex holds queued URLs only, so that recording an outcome
	// takes the URL out and leaves the index small (BenchmarkCycle: about
	// 7 % less per URL than an index on (state, depth), which states before
	// 2026-11-24 had). It covers Next's queries: a round takes one URL of
	// each host, rows far apart in the table, and reading them there cost
	// Next 1.8 times as much as reading the index alone
	// (BenchmarkNextBigQueue). urls_queued, on depth alone, is that of
	// states before 2026-12-02.
	frontierIndex = `
DROP INDEX IF EXISTS urls_queue;
DROP INDEX IF EXISTS urls_queued;
CREATE INDEX IF NOT EXISTS urls_frontier
	ON urls(depth, round, url, kind, etag, last_modified, hash, revision, fetched_at) WHERE state='queued';
`
)

// hostDepth keys a host's rounds at one depth.
type hostDepth struct {
	host  string
	depth int
}

// hostOf is the host (with its port) a URL's round counts in; "" for a URL
// that does not parse.
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Host)
}

// Add queues URLs not seen before, each in its host's next round; seeds
// and revisits are queued again.
func (s *Store) Add(ctx context.Context, entries []pipeline.Entry) error {
	if len(entries) == 0 {
		return nil
	}
	// Held throughout, so that Next cannot lease past the rounds given
	// here before they are in the table.
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	defer tx.Rollback()
	page, force := tx.StmtContext(ctx, s.addPage), tx.StmtContext(ctx, s.addForce)
	get := tx.StmtContext(ctx, s.hostRound)
	last := map[hostDepth]int64{}
	changed := map[hostDepth]bool{}
	rewind := false
	for _, e := range entries {
		key := hostDepth{hostOf(e.URL), e.Depth}
		r, ok := last[key]
		if !ok {
			err := get.QueryRowContext(ctx, key.host, key.depth).Scan(&r)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("queue %s: %w", e.URL, err)
			}
		}
		next := max(r, s.round[e.Depth]) + 1
		stmt := page
		if e.Kind != pipeline.KindPage {
			// Queued again maybe under the round it had, behind s.after.
			stmt, rewind = force, true
		}
		res, err := stmt.ExecContext(ctx, e.URL, e.Depth, e.Kind, next)
		if err != nil {
			return fmt.Errorf("queue %s: %w", e.URL, err)
		}
		// A link queued or done already takes no turn of its host.
		if n, err := res.RowsAffected(); err == nil && n > 0 {
			r, changed[key] = next, true
		}
		last[key] = r
		if e.Depth < s.after.depth {
			rewind = true
		}
	}
	set := tx.StmtContext(ctx, s.setHostRound)
	for key := range changed {
		if _, err := set.ExecContext(ctx, key.host, key.depth, last[key]); err != nil {
			return fmt.Errorf("queue: rounds of %s: %w", key.host, err)
		}
	}
	listed, err := s.addListed(ctx, tx, entries)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	if listed {
		s.hasListed.Store(true)
	}
	if rewind {
		s.rewind()
	}
	return nil
}

// currentRounds is, per depth, the round a new host joins after Open: the
// one before the first URL still queued at that depth, or, with none
// queued, the last round given out.
func currentRounds(ctx context.Context, db *sql.DB) (map[int]int64, error) {
	rounds := map[int]int64{}
	rows, err := db.QueryContext(ctx, `SELECT depth, MAX(round) FROM hosts GROUP BY depth`)
	if err != nil {
		return nil, fmt.Errorf("read rounds: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d int
		var r int64
		if err := rows.Scan(&d, &r); err != nil {
			return nil, fmt.Errorf("read rounds: %w", err)
		}
		rounds[d] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read rounds: %w", err)
	}
	// One index seek per depth that has URLs queued.
	for d := -1; ; {
		var r int64
		err := db.QueryRowContext(ctx, `SELECT depth, round FROM urls WHERE state='queued' AND depth > ? ORDER BY depth, round LIMIT 1`, d).Scan(&d, &r)
		if errors.Is(err, sql.ErrNoRows) {
			return rounds, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read rounds: %w", err)
		}
		rounds[d] = max(r-1, 0)
	}
}

// migrateRounds gives a state written before rounds (2026-12-02) its round
// column, and its queued URLs their rounds, host by host in the order they
// were queued.
func migrateRounds(ctx context.Context, db *sql.DB) error {
	var has int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('urls') WHERE name='round'`).Scan(&has); err != nil {
		return fmt.Errorf("migrate rounds: %w", err)
	}
	if has > 0 {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate rounds: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `ALTER TABLE urls ADD COLUMN round INTEGER NOT NULL DEFAULT 0`); err != nil {
		return fmt.Errorf("migrate rounds: %w", err)
	}
	type row struct {
		rowid int64
		key   hostDepth
	}
	var queued []row
	rows, err := tx.QueryContext(ctx, `SELECT rowid, url, depth FROM urls WHERE state='queued' ORDER BY depth, rowid`)
	if err != nil {
		return fmt.Errorf("migrate rounds: %w", err)
	}
	for rows.Next() {
		var r row
		var u string
		if err := rows.Scan(&r.rowid, &u, &r.key.depth); err != nil {
			rows.Close()
			return fmt.Errorf("migrate rounds: %w", err)
		}
		r.key.host = hostOf(u)
		queued = append(queued, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("migrate rounds: %w", err)
	}
	set, err := tx.PrepareContext(ctx, `UPDATE urls SET round=? WHERE rowid=?`)
	if err != nil {
		return fmt.Errorf("migrate rounds: %w", err)
	}
	defer set.Close()
	last := map[hostDepth]int64{}
	for _, r := range queued {
		last[r.key]++
		if _, err := set.ExecContext(ctx, last[r.key], r.rowid); err != nil {
			return fmt.Errorf("migrate rounds: %w", err)
		}
	}
	for key, r := range last {
		if _, err := tx.ExecContext(ctx, setHostRoundSQL, key.host, key.depth, r); err != nil {
			return fmt.Errorf("migrate rounds: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate rounds: %w", err)
	}
	return nil
}
