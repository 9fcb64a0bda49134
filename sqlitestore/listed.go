package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// listedSchema keeps what news sitemaps and feeds said of the URLs they
// listed (pipeline.Listed), apart from the frontier's rows: Next reads it
// for the URLs it leases. States made before it (2026-12-02) get it,
// empty, when they are opened. published is RFC 3339 in the zone it was
// stated in.
const listedSchema = `
CREATE TABLE IF NOT EXISTS listed (
	url       TEXT PRIMARY KEY,
	source    TEXT NOT NULL,
	published TEXT NOT NULL
);
`

const (
	// A later listing replaces what an earlier one said.
	addListedSQL = `INSERT OR REPLACE INTO listed(url, source, published) VALUES(?, ?, ?)`
	listedOfSQL  = `SELECT url, source, published FROM listed WHERE url IN (SELECT value FROM json_each(?))`
)

// openListed prepares the statements of listing dates and reports whether
// the state holds any, so that a crawl without them asks for none.
func (s *Store) openListed(ctx context.Context) error {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM listed)`).Scan(&n); err != nil {
		return err
	}
	s.hasListed.Store(n == 1)
	var err error
	s.addListedStmt, err = s.db.PrepareContext(ctx, addListedSQL)
	return err
}

// addListed records, in tx, what listings said of entries, and reports
// whether it recorded any.
func (s *Store) addListed(ctx context.Context, tx *sql.Tx, entries []pipeline.Entry) (bool, error) {
	var stmt *sql.Stmt
	for _, e := range entries {
		l := e.Listed
		if l == nil || l.Published.IsZero() {
			continue
		}
		if stmt == nil {
			stmt = tx.StmtContext(ctx, s.addListedStmt)
		}
		if _, err := stmt.ExecContext(ctx, e.URL, l.Source, l.Published.Format(time.RFC3339Nano)); err != nil {
			return false, fmt.Errorf("queue listing dates of %s: %w", e.URL, err)
		}
	}
	return stmt != nil, nil
}

// attachListed sets the Listed of the entries that listings said something
// of, in one query.
func (s *Store) attachListed(ctx context.Context, out []pipeline.Entry) error {
	if len(out) == 0 || !s.hasListed.Load() {
		return nil
	}
	urls := make([]string, len(out))
	at := make(map[string]int, len(out))
	for i, e := range out {
		urls[i], at[e.URL] = e.URL, i
	}
	arg, err := json.Marshal(urls)
	if err != nil {
		return fmt.Errorf("lease: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, listedOfSQL, string(arg))
	if err != nil {
		return fmt.Errorf("lease: listing dates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u, src, pub string
		if err := rows.Scan(&u, &src, &pub); err != nil {
			return fmt.Errorf("lease: listing dates: %w", err)
		}
		t, err := time.Parse(time.RFC3339Nano, pub)
		if i, ok := at[u]; ok && err == nil {
			out[i].Listed = &pipeline.Listed{Source: src, Published: t}
		}
	}
	return rows.Err()
}
