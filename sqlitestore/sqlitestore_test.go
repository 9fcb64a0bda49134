package sqlitestore_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/pipeline/storetest"
	"github.com/newsprint/newsprint/sqlitestore"
)

// open opens the state in dir, closed when the test ends.
func open(tb testing.TB, dir string) *sqlitestore.Store {
	tb.Helper()
	st, err := sqlitestore.Open(context.Background(), dir)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, dir string) storetest.Store { return open(t, dir) })
}

func TestOneCrawlPerState(t *testing.T) {
	dir := t.TempDir()
	st, err := sqlitestore.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqlitestore.Open(context.Background(), dir); !errors.Is(err, sqlitestore.ErrLocked) || !strings.Contains(err.Error(), dir) {
		t.Errorf("second Open of a state in use: %v, want ErrLocked naming %s", err, dir)
	}
	st.Close()
	st2, err := sqlitestore.Open(context.Background(), dir)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	st2.Close()
}

func TestOpenBadDir(t *testing.T) {
	if _, err := sqlitestore.Open(context.Background(), "/proc/no-such-dir/state"); err == nil {
		t.Error("Open in an unwritable place gave no error")
	}
}

// BenchmarkCycle is one URL's life in a crawl: added (with a link that is
// already known), leased 64 at a time, and its outcome committed. Reported
// per URL.
func BenchmarkCycle(b *testing.B) {
	ctx := context.Background()
	st := open(b, b.TempDir())
	const batch = 64
	n := 0
	b.ResetTimer()
	for done := 0; done < b.N; done += batch {
		var entries []pipeline.Entry
		for i := 0; i < batch; i++ {
			entries = append(entries, pipeline.Entry{URL: fmt.Sprintf("https://news.example/a/%d", n+i), Depth: 1, Kind: pipeline.KindPage},
				pipeline.Entry{URL: "https://news.example/", Depth: 1, Kind: pipeline.KindPage})
		}
		n += batch
		if err := st.Add(ctx, entries); err != nil {
			b.Fatal(err)
		}
		leased, err := st.Next(ctx, pipeline.Lease{N: batch})
		if err != nil {
			b.Fatal(err)
		}
		outcomes := make([]pipeline.Outcome, len(leased))
		for i, e := range leased {
			outcomes[i] = pipeline.Outcome{URL: e.URL, Status: pipeline.StatusArticle, Hash: "h" + e.URL, Revision: 1, Fetched: time.Now()}
		}
		if err := st.Commit(ctx, outcomes, pipeline.Checkpoint{Path: "out.jsonl", Offset: int64(n)}); err != nil {
			b.Fatal(err)
		}
	}
}

// Leases live in memory: Next reads on from the last URL it leased, and a
// URL queued behind that point (shallower, or queued again) is not missed.
func TestLeaseOrder(t *testing.T) {
	ctx := context.Background()
	st := open(t, t.TempDir())
	add := func(depth int, kind string, urls ...string) {
		t.Helper()
		var es []pipeline.Entry
		for _, u := range urls {
			es = append(es, pipeline.Entry{URL: "https://a.example/" + u, Depth: depth, Kind: kind})
		}
		if err := st.Add(ctx, es); err != nil {
			t.Fatal(err)
		}
	}
	next := func(n int, want ...string) {
		t.Helper()
		got, err := st.Next(ctx, pipeline.Lease{N: n})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range got {
			names = append(names, strings.TrimPrefix(e.URL, "https://a.example/"))
		}
		if strings.Join(names, " ") != strings.Join(want, " ") {
			t.Errorf("Next(%d) = %q, want %q", n, names, want)
		}
	}
	add(2, pipeline.KindPage, "d2a", "d2b", "d2c")
	add(1, pipeline.KindPage, "d1a")
	next(2, "d1a", "d2a")
	add(2, pipeline.KindPage, "d2d")
	next(1, "d2b")
	// Shallower than the last lease: leased next, before the deeper rest.
	add(1, pipeline.KindPage, "d1b")
	next(2, "d1b", "d2c")
	// A URL done and queued again keeps its place in the table, behind.
	if err := st.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/d1a", Status: pipeline.StatusPage}}, pipeline.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	add(2, pipeline.KindFeed, "d1a")
	next(5, "d1a", "d2d")
	next(5)
	// So does a failure retried.
	if err := st.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/d2a", Status: pipeline.StatusFailed, Reason: "timeout"}}, pipeline.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	if n, err := st.RetryFailed(ctx); n != 1 || err != nil {
		t.Fatalf("RetryFailed = %d, %v", n, err)
	}
	next(5, "d2a")
}

// A crawl.db that is not a newsprint state (empty, another file, another
// program's database) is an error naming it and saying how to start
// fresh, not a fresh state: that would emit every article again. Before,
// an empty crawl.db was taken as a fresh state.
func TestOpenNotState(t *testing.T) {
	cases := map[string]func(path string) error{
		"empty":      func(path string) error { return os.WriteFile(path, nil, 0o644) },
		"not sqlite": func(path string) error { return os.WriteFile(path, []byte("{\"url\": \"x\"}\n"), 0o644) },
		"foreign": func(path string) error {
			db, err := sql.Open("sqlite", path)
			if err != nil {
				return err
			}
			defer db.Close()
			_, err = db.Exec(`CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)`)
			return err
		},
	}
	for name, make := range cases {
		dir := t.TempDir()
		path := filepath.Join(dir, sqlitestore.FileName)
		if err := make(path); err != nil {
			t.Fatal(err)
		}
		st, err := sqlitestore.Open(context.Background(), dir)
		if err == nil {
			st.Close()
			t.Errorf("%s crawl.db: Open succeeded, want ErrNotState", name)
			continue
		}
		if !errors.Is(err, sqlitestore.ErrNotState) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "fresh") {
			t.Errorf("%s crawl.db: %v; want ErrNotState naming %s and how to start fresh", name, err, path)
		}
	}
}
