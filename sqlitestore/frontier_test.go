package sqlitestore_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

// oldSchema is the state as written before rounds (main at 1ba5dbd,
// 2026-12-02), with the frontier index of states before 2026-11-24 too.
const oldSchema = `
CREATE TABLE urls (
	url           TEXT PRIMARY KEY,
	depth         INTEGER NOT NULL,
	kind          TEXT NOT NULL,
	state         TEXT NOT NULL,
	status        TEXT NOT NULL DEFAULT '',
	reason        TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	hash          TEXT NOT NULL DEFAULT '',
	revision      INTEGER NOT NULL DEFAULT 0,
	fetched_at    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX urls_queued ON urls(depth) WHERE state='queued';
CREATE INDEX urls_queue ON urls(state, depth);
CREATE TABLE fingerprints (
	seq     INTEGER PRIMARY KEY AUTOINCREMENT,
	url     TEXT NOT NULL UNIQUE,
	id      TEXT NOT NULL,
	hash    TEXT NOT NULL,
	simhash INTEGER NOT NULL
);
CREATE TABLE listings (
	url        TEXT PRIMARY KEY,
	links_hash TEXT NOT NULL,
	interval   INTEGER NOT NULL,
	next_visit INTEGER NOT NULL
);
CREATE INDEX listings_due ON listings(next_visit);
CREATE TABLE checkpoint (
	id     INTEGER PRIMARY KEY CHECK (id = 1),
	path   TEXT NOT NULL,
	offset INTEGER NOT NULL
);
`

// A state written before rounds opens and keeps working: what it knows is
// kept, its queued URLs (and a lease of a state before 2026-11-24) are
// leased host by host in turn, the old indexes give way to the new one, and
// it opens again.
func TestOldStateMigrates(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := sql.Open("sqlite", filepath.Join(dir, sqlitestore.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(oldSchema); err != nil {
		t.Fatal(err)
	}
	ins := func(url string, depth int, state string) {
		t.Helper()
		if _, err := db.Exec(`INSERT INTO urls(url, depth, kind, state) VALUES(?, ?, 'page', ?)`, url, depth, state); err != nil {
			t.Fatal(err)
		}
	}
	ins("https://a.example/", 0, "done")
	if _, err := db.Exec(`UPDATE urls SET status='page', hash='sha256:home', revision=1, fetched_at=? WHERE url='https://a.example/'`, time.Now().UnixNano()); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		ins(fmt.Sprintf("https://a.example/%d", i), 1, "queued")
	}
	for i := range 3 {
		ins(fmt.Sprintf("https://b.example/%d", i), 1, "queued")
	}
	ins("https://c.example/0", 1, "leased")
	ins("https://c.example/", 0, "queued")
	if _, err := db.Exec(`INSERT INTO checkpoint(id, path, offset) VALUES(1, '/out.jsonl', 42)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	st, err := sqlitestore.Open(ctx, dir)
	if err != nil {
		t.Fatalf("Open of a state written before rounds: %v", err)
	}
	if k, ok, err := st.Lookup(ctx, "https://a.example/"); !ok || err != nil || k.Hash != "sha256:home" {
		t.Errorf("Lookup after migration = %+v, %v, %v", k, ok, err)
	}
	if cp, err := st.LastCheckpoint(ctx); err != nil || cp.Offset != 42 {
		t.Errorf("LastCheckpoint after migration = %+v, %v", cp, err)
	}
	var got []string
	for {
		es, err := st.Next(ctx, pipeline.Lease{N: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 {
			break
		}
		for _, e := range es {
			got = append(got, e.URL)
		}
	}
	want := []string{"https://c.example/",
		"https://a.example/0", "https://b.example/0", "https://c.example/0",
		"https://a.example/1", "https://b.example/1", "https://a.example/2", "https://b.example/2"}
	if !slices.Equal(got, want) {
		t.Errorf("Next after migration = %q, want %q", got, want)
	}
	// New links of a known host go behind its queued ones; a new host's
	// join the round reached.
	if err := st.Add(ctx, []pipeline.Entry{{URL: "https://a.example/3", Depth: 1, Kind: pipeline.KindPage}, {URL: "https://d.example/0", Depth: 1, Kind: pipeline.KindPage}}); err != nil {
		t.Fatal(err)
	}
	es, err := st.Next(ctx, pipeline.Lease{N: 10})
	if err != nil || len(es) != 2 {
		t.Fatalf("Next after Add = %v, %v", es, err)
	}
	if err := st.Commit(ctx, []pipeline.Outcome{{URL: es[0].URL, Status: pipeline.StatusPage}}, pipeline.Checkpoint{Path: "/out.jsonl", Offset: 50}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	st, err = sqlitestore.Open(ctx, dir)
	if err != nil {
		t.Fatalf("second Open after migration: %v", err)
	}
	defer st.Close()
	left, err := st.Next(ctx, pipeline.Lease{N: 100})
	if err != nil || len(left) != 10-1 {
		t.Errorf("after the second Open, Next = %d URLs, %v; want the 9 leased but not committed", len(left), err)
	}
	db, err = sql.Open("sqlite", filepath.Join(dir, sqlitestore.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var names []string
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='urls' AND sql IS NOT NULL ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	rows.Close()
	if strings.Join(names, ",") != "urls_frontier" {
		t.Errorf("indexes %q, want urls_frontier alone", names)
	}
}

// Next's query seeks the frontier index to the position it read up to and
// reads the index alone: no sort, no scan, no row read from the table.
func TestNextUsesTheIndex(t *testing.T) {
	dir := t.TempDir()
	st := open(t, dir)
	if err := st.Add(context.Background(), []pipeline.Entry{{URL: "https://a.example/", Kind: pipeline.KindPage}}); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", filepath.Join(dir, sqlitestore.FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range sqlitestore.NextSQL {
		args := []any{1, 2, "https://a.example/", 9}
		if strings.Contains(q, "?7") { // from a held position up to the cursor
			args = []any{1, 2, "https://a.example/", 1, 3, "https://b.example/", 9}
		}
		rows, err := db.Query(`EXPLAIN QUERY PLAN `+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			rows.Scan(&id, &parent, &notused, &detail)
			plan = append(plan, detail)
		}
		rows.Close()
		p := strings.Join(plan, "; ")
		if !strings.Contains(p, "USING COVERING INDEX urls_frontier ((depth,round,url)>(?,?,?)") || strings.Contains(p, "TEMP B-TREE") {
			t.Errorf("plan of %s: %s; want a seek of the covering index urls_frontier to the position and no sort", q, p)
		}
	}
}

// BenchmarkNextBigQueue is one lease of 64 URLs from a frontier of 100,000
// queued URLs of 100 hosts (queued host after host, 1,000 each, as a crawl
// finds them). Between leases, untimed, the leased URLs are committed and
// as many new ones queued, so that the queue stays at 100,000.
func BenchmarkNextBigQueue(b *testing.B) { benchBigQueue(b, false, pipeline.Lease{N: 64}, 0) }

// BenchmarkNextBigQueueBudget is the same with the crawl's lease: at most
// 8 URLs of a host (pipeline.Lease.PerHost), so that Next counts each URL
// against its host.
func BenchmarkNextBigQueueBudget(b *testing.B) {
	benchBigQueue(b, false, pipeline.Lease{N: 64, PerHost: 8}, 0)
}

// BenchmarkNextBigQueueHostFull is the same with half the queue one slow
// host's (50,000 URLs), full on every lease: Next passes over its URLs
// without reading its backlog again each time (lease.go).
func BenchmarkNextBigQueueHostFull(b *testing.B) {
	benchBigQueue(b, false, pipeline.Lease{N: 64, PerHost: 8, Room: map[string]int{"h0.example": 0}}, 50000)
}

// BenchmarkCycleBigQueue is the same cycle, all of it timed: lease 64,
// commit them, queue 64 new URLs.
func BenchmarkCycleBigQueue(b *testing.B) { benchBigQueue(b, true, pipeline.Lease{N: 64}, 0) }

// benchBigQueue leases l.N URLs at a time from a queue of 100,000 URLs of
// 100 hosts, slow of them h0's (the rest shared by the others), which gets
// none of the new ones.
func benchBigQueue(b *testing.B, all bool, l pipeline.Lease, slow int) {
	ctx := context.Background()
	st := open(b, b.TempDir())
	const hosts, total = 100, 100000
	for h := range hosts {
		n := total / hosts
		if slow > 0 {
			n = (total - slow) / (hosts - 1)
			if h == 0 {
				n = slow
			}
		}
		var es []pipeline.Entry
		for i := range n {
			es = append(es, pipeline.Entry{URL: fmt.Sprintf("https://h%d.example/a/%d", h, i), Depth: 1, Kind: pipeline.KindPage})
		}
		if err := st.Add(ctx, es); err != nil {
			b.Fatal(err)
		}
	}
	n := 0
	for b.Loop() {
		leased, err := st.Next(ctx, l)
		if err != nil || len(leased) != l.N {
			b.Fatalf("Next(%+v) = %d URLs, %v", l, len(leased), err)
		}
		if !all {
			b.StopTimer()
		}
		outs := make([]pipeline.Outcome, len(leased))
		more := make([]pipeline.Entry, len(leased))
		for i, e := range leased {
			outs[i] = pipeline.Outcome{URL: e.URL, Status: pipeline.StatusPage, Fetched: time.Now()}
			h := n % hosts
			if slow > 0 {
				h = 1 + n%(hosts-1)
			}
			more[i] = pipeline.Entry{URL: fmt.Sprintf("https://h%d.example/b/%d", h, n), Depth: 1, Kind: pipeline.KindPage}
			n++
		}
		if err := st.Commit(ctx, outs, pipeline.Checkpoint{}); err != nil {
			b.Fatal(err)
		}
		if err := st.Add(ctx, more); err != nil {
			b.Fatal(err)
		}
		if !all {
			b.StartTimer()
		}
	}
}
