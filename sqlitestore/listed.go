package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// listedSchema keeps what sitemaps and feeds said of the URLs they listed
// (pipeline.Listed), apart from the frontier's rows: Next reads it for the
// URLs it leases. States made before it (2026-12-02) get it, empty, when
// they are opened. Times are RFC 3339 with the zone they were stated in,
// "" when unknown.
const listedSchema = `
CREATE TABLE IF NOT EXISTS listed (
	url       TEXT PRIMARY KEY,
	source    TEXT NOT NULL,
	published TEXT NOT NULL DEFAULT '',
	modified  TEXT NOT NULL DEFAULT ''
);
`

const (
	// A later listing's dates replace those it gives.
	addListedSQL = `INSERT INTO listed(url, source, published, modified) VALUES(?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET source=excluded.source,
			published=CASE WHEN excluded.published != '' THEN excluded.published ELSE published END,
			modified=CASE WHEN excluded.modified != '' THEN excluded.modified ELSE modified END`
	listedOfSQL = `SELECT url, source, published, modified FROM listed WHERE url IN (SELECT value FROM json_each(?))`
)

// addListed records, in tx, what listings said of entries.
func addListed(ctx context.Context, tx *sql.Tx, entries []pipeline.Entry) (bool, error) {
	var stmt *sql.Stmt
	for _, e := range entries {
		l := e.Listed
		if l == nil || l.Published.IsZero() && l.Modified.IsZero() {
			continue
		}
		if stmt == nil {
			var err error
			if stmt, err = tx.PrepareContext(ctx, addListedSQL); err != nil {
				return false, fmt.Errorf("queue listing dates: %w", err)
			}
			defer stmt.Close()
		}
		if _, err := stmt.ExecContext(ctx, e.URL, l.Source, timeText(l.Published), timeText(l.Modified)); err != nil {
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
		var u, src, pub, mod string
		if err := rows.Scan(&u, &src, &pub, &mod); err != nil {
			return fmt.Errorf("lease: listing dates: %w", err)
		}
		if i, ok := at[u]; ok {
			out[i].Listed = &pipeline.Listed{Source: src, Published: parseTime(pub), Modified: parseTime(mod)}
		}
	}
	return rows.Err()
}

// anyListed reports whether the state holds listing dates, so that a crawl
// without any asks for none.
func anyListed(ctx context.Context, db *sql.DB) (bool, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM listed)`).Scan(&n)
	return n == 1, err
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}
