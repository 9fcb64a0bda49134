package sqlitestore_test

import (
	"context"
	"database/sql"
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
	got, err := st.Next(ctx, 10)
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
