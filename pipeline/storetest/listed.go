package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// testListed checks that what a sitemap or feed said of a URL (its
// publication date, in the zone it was stated in) comes back with the URL
// from Next, after a restart too; that a later listing replaces an earlier
// one; and that a page queued without one has none.
func testListed(t *testing.T, open Opener) {
	ctx := context.Background()
	dir := t.TempDir()
	st := open(t, dir)
	zone := time.FixedZone("", 2*3600)
	first, pub := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 5, 10, 0, 0, 0, zone)
	a, b := "https://a.example/news/dated", "https://a.example/news/plain"
	err := st.Add(ctx, []pipeline.Entry{
		{URL: a, Depth: 1, Kind: pipeline.KindPage, Listed: &pipeline.Listed{Source: "sitemap", Published: first}},
		{URL: b, Depth: 1, Kind: pipeline.KindPage},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The page listed again, by a feed.
	if err := st.Add(ctx, []pipeline.Entry{{URL: a, Depth: 1, Kind: pipeline.KindPage, Listed: &pipeline.Listed{Source: "feed", Published: pub}}}); err != nil {
		t.Fatal(err)
	}
	st.Close() // a restart: the URLs are still queued
	st = open(t, dir)
	defer st.Close()
	got, err := st.Next(ctx, pipeline.Lease{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, e := range got {
		switch e.URL {
		case a:
			seen++
			l := e.Listed
			if l == nil {
				t.Fatalf("Next: %s came back without its listing date", a)
			}
			if !l.Published.Equal(pub) || l.Published.Format(time.RFC3339) != pub.Format(time.RFC3339) || l.Source != "feed" {
				t.Errorf("Next: %s listed %+v, want published %s from the feed", a, *l, pub.Format(time.RFC3339))
			}
		case b:
			seen++
			if e.Listed != nil {
				t.Errorf("Next: %s listed %+v, want nil", b, *e.Listed)
			}
		}
	}
	if seen != 2 {
		t.Fatalf("Next gave %v, want %s and %s", urls(got), a, b)
	}
}
