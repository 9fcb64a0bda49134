package sqlitestore_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

// A state made before listing dates were kept (no listed table) opens,
// keeps its queue, and keeps the dates of URLs queued from then on.
func TestListedOldState(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := sqlitestore.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Add(ctx, []pipeline.Entry{{URL: "https://a.example/old", Depth: 1, Kind: pipeline.KindPage}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, sqlitestore.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`DROP TABLE listed`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	st = open(t, dir)
	pub := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	if err := st.Add(ctx, []pipeline.Entry{{URL: "https://a.example/new", Depth: 1, Kind: pipeline.KindPage, Listed: &pipeline.Listed{Source: "sitemap", Published: pub}}}); err != nil {
		t.Fatal(err)
	}
	got, err := st.Next(ctx, pipeline.Lease{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("Next gave %d URLs, want the old and the new", len(got))
	}
	for _, e := range got {
		dated := e.Listed != nil && e.Listed.Published.Equal(pub)
		if dated != (e.URL == "https://a.example/new") {
			t.Errorf("Next: %s listed %+v", e.URL, e.Listed)
		}
	}
}

// BenchmarkCycleListed is BenchmarkCycle for a news sitemap's URLs, each
// queued with its publication date: the cost of keeping and reading the
// dates, against BenchmarkCycle in the same run.
func BenchmarkCycleListed(b *testing.B) {
	ctx := context.Background()
	st := open(b, b.TempDir())
	const batch = 64
	pub := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	n := 0
	b.ResetTimer()
	for done := 0; done < b.N; done += batch {
		var entries []pipeline.Entry
		for i := 0; i < batch; i++ {
			entries = append(entries, pipeline.Entry{URL: fmt.Sprintf("https://news.example/a/%d", n+i), Depth: 1, Kind: pipeline.KindPage,
				Listed: &pipeline.Listed{Source: "sitemap", Published: pub}},
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
			if e.Listed == nil && e.URL != "https://news.example/" {
				b.Fatalf("%s leased without its date", e.URL)
			}
			outcomes[i] = pipeline.Outcome{URL: e.URL, Status: pipeline.StatusArticle, Hash: "h" + e.URL, Revision: 1, Fetched: time.Now()}
		}
		if err := st.Commit(ctx, outcomes, pipeline.Checkpoint{Path: "out.jsonl", Offset: int64(n)}); err != nil {
			b.Fatal(err)
		}
	}
}
