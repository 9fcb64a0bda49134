package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/newsprint/newsprint/pipeline"
)

// Next reads the frontier index (frontier.go) in its order, from a cursor
// (s.after) on. A lease bounds what it takes of each host
// (pipeline.Lease): the URLs of a host with no room left are passed over,
// and the first of them is kept in s.held. The cursor moves on past them,
// so that a host that stays full (a slow host, thousands of URLs queued)
// costs a Next nothing: its backlog is not read again and again. A later
// Next with room for the host reads from that position up to the cursor
// first (catchUp), so the host keeps its turn; the rows there are the
// leased ones and those of other held hosts, a few per round.

const (
	// The frontier after a position. SQLite seeks the index to the row
	// value (TestNextUsesTheIndex): Next reads no URL leased before it. One
	// statement rather than one per part (the rest of the round, of the
	// depth, the deeper URLs) costs Next about 24 % less.
	nextSQL = `SELECT round, url, depth, kind, etag, last_modified, hash, revision, fetched_at
		FROM urls WHERE state='queued' AND (depth, round, url) > (?1, ?2, ?3) ORDER BY depth, round, url LIMIT ?4`
	// The frontier from a held host's first URL passed over up to the
	// cursor (catchUp).
	heldSQL = `SELECT round, url, depth, kind, etag, last_modified, hash, revision, fetched_at
		FROM urls WHERE state='queued' AND (depth, round, url) >= (?1, ?2, ?3) AND (depth, round, url) <= (?4, ?5, ?6)
		ORDER BY depth, round, url LIMIT ?7`
)

// less orders positions as the frontier does.
func (p position) less(q position) bool {
	if p.depth != q.depth {
		return p.depth < q.depth
	}
	if p.round != q.round {
		return p.round < q.round
	}
	return p.url < q.url
}

// succ is the first position after p.
func (p position) succ() position { return position{p.depth, p.round, p.url + "\x00"} }

// rewind moves the cursor back to the start, for URLs queued behind it.
func (s *Store) rewind() {
	s.after = start
	clear(s.held)
}

// Next leases up to l.N queued URLs, shallowest first and host by host in
// turn, with what is known of each, and no more of a host than l's room
// for it. A lease ends with the Commit of the URL's outcome, or with the
// Store.
func (s *Store) Next(ctx context.Context, l pipeline.Lease) ([]pipeline.Entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	lim := l.Limit()
	out, err := s.catchUp(ctx, l.N, lim)
	if err == nil && len(out) < l.N {
		var more []pipeline.Entry
		more, err = s.scan(ctx, l.N-len(out), lim)
		out = append(out, more...)
	}
	if err == nil {
		err = s.attachListed(ctx, out)
	}
	if err != nil {
		s.rewind() // what was read is not leased: read it again
		return nil, err
	}
	for _, e := range out {
		s.leased[e.URL] = struct{}{}
	}
	return out, nil
}

// catchUp leases up to n URLs of the held hosts that have room in lim,
// reading from the first position held of them up to the cursor, and
// stopping once they have no room left. It moves their held positions on.
func (s *Store) catchUp(ctx context.Context, n int, lim *pipeline.Limiter) ([]pipeline.Entry, error) {
	open := map[string]bool{}
	var from position
	for h, p := range s.held {
		if !lim.Full(h) {
			if len(open) == 0 || p.less(from) {
				from = p
			}
			open[h] = true
		}
	}
	if len(open) == 0 || n <= 0 {
		return nil, nil
	}
	var out []pipeline.Entry
	passed := map[string]position{} // the first URL of an open host passed over
	hungry := len(open)             // open hosts with room left
	var last position
	end := false // read up to the cursor
	for {
		limit := slack(n-len(out)) + len(s.leased)
		read, stopped, err := s.each(ctx, s.nextHeld, []any{from.depth, from.round, from.url, s.after.depth, s.after.round, s.after.url, limit},
			func(p position, e pipeline.Entry) bool {
				last = p
				if _, ok := s.leased[e.URL]; ok {
					return true
				}
				h := pipeline.HostOf(e.URL)
				if !open[h] {
					return true // another held host's, full: stays held
				}
				if !lim.Take(h) {
					if _, ok := passed[h]; !ok {
						passed[h] = p
					}
					return true
				}
				out = append(out, e)
				if lim.Full(h) {
					hungry--
				}
				return len(out) < n && hungry > 0
			})
		if err != nil {
			return nil, err
		}
		if stopped {
			break
		}
		if read < limit {
			end = true
			break
		}
		from = last.succ()
	}
	for h := range open {
		switch p, ok := passed[h]; {
		case ok:
			s.held[h] = p
		case end:
			delete(s.held, h) // none of its URLs up to the cursor is left
		default:
			s.held[h] = last.succ()
		}
	}
	return out, nil
}

// scan leases up to n URLs read from the cursor on, skipping leased ones
// and passing over (held) those of hosts with no room in lim, and moves
// the cursor to the last URL read.
func (s *Store) scan(ctx context.Context, n int, lim *pipeline.Limiter) ([]pipeline.Entry, error) {
	var out []pipeline.Entry
	bounded := lim.Bounded()
	for len(out) < n {
		// Leased URLs are still queued in the database: some may be read
		// past.
		limit := len(s.leased) + n - len(out)
		if bounded {
			limit = len(s.leased) + slack(n-len(out))
		}
		read, stopped, err := s.each(ctx, s.next, []any{s.after.depth, s.after.round, s.after.url, limit},
			func(p position, e pipeline.Entry) bool {
				s.after = p
				s.round[p.depth] = max(s.round[p.depth], p.round)
				if _, ok := s.leased[e.URL]; ok {
					return true
				}
				if bounded {
					if h := pipeline.HostOf(e.URL); !lim.Take(h) {
						if _, ok := s.held[h]; !ok {
							s.held[h] = p
						}
						return true
					}
				}
				out = append(out, e)
				return len(out) < n
			})
		if err != nil {
			return nil, err
		}
		if stopped || read < limit {
			break
		}
	}
	return out, nil
}

// slack is how many rows to ask for to lease need URLs when some may be
// passed over: a second query for the few rows passed over costs more
// than reading on (each stops reading once need are leased).
func slack(need int) int { return 2*need + 16 }

// each runs a frontier query and calls f with each URL it returns, in
// order, until f returns false. It returns how many rows it read and
// whether f stopped it.
func (s *Store) each(ctx context.Context, stmt *sql.Stmt, args []any, f func(position, pipeline.Entry) bool) (int, bool, error) {
	rows, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return 0, false, fmt.Errorf("lease: %w", err)
	}
	defer rows.Close()
	read := 0
	// Scanned into once, copied out: a variable per row escapes to the
	// heap (Scan takes pointers), an allocation per row.
	var (
		p       position
		e       pipeline.Entry
		k       pipeline.Known
		fetched int64
	)
	for rows.Next() {
		if err := rows.Scan(&p.round, &e.URL, &e.Depth, &e.Kind, &k.ETag, &k.LastModified, &k.Hash, &k.Revision, &fetched); err != nil {
			return read, false, fmt.Errorf("lease: %w", err)
		}
		read++
		p.depth, p.url = e.Depth, e.URL
		e.Known = known(k, fetched)
		if !f(p, e) {
			return read, true, nil
		}
	}
	if err := rows.Err(); err != nil {
		return read, false, fmt.Errorf("lease: %w", err)
	}
	return read, false, nil
}

// LeaseNew queues e and leases it at once, unless its URL is queued
// (leased or not), or, for a page, done: the seen check of a redirect's
// target. Its row is written queued, in the host's next round, so that
// a crash leaves it to the next run, as a leased URL's.
func (s *Store) LeaseNew(ctx context.Context, e pipeline.Entry) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.leased[e.URL]; ok {
		return false, nil
	}
	var state string
	err := s.db.QueryRowContext(ctx, `SELECT state FROM urls WHERE url=?`, e.URL).Scan(&state)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return false, fmt.Errorf("lease %s: %w", e.URL, err)
	case state == "queued" || e.Kind == pipeline.KindPage:
		return false, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("lease %s: %w", e.URL, err)
	}
	defer tx.Rollback()
	key := hostDepth{hostOf(e.URL), e.Depth}
	var r int64
	if err := tx.StmtContext(ctx, s.hostRound).QueryRowContext(ctx, key.host, key.depth).Scan(&r); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("lease %s: %w", e.URL, err)
	}
	r = max(r, s.round[e.Depth]) + 1
	if _, err := tx.StmtContext(ctx, s.addForce).ExecContext(ctx, e.URL, e.Depth, e.Kind, r); err != nil {
		return false, fmt.Errorf("lease %s: %w", e.URL, err)
	}
	if _, err := tx.StmtContext(ctx, s.setHostRound).ExecContext(ctx, key.host, key.depth, r); err != nil {
		return false, fmt.Errorf("lease %s: %w", e.URL, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("lease %s: %w", e.URL, err)
	}
	s.leased[e.URL] = struct{}{}
	return true, nil
}
