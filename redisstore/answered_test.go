package redisstore_test

import (
	"context"
	"testing"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// Answered counts the outcomes every process of a crawl commits for URLs
// the site answered, and only those: a process reads what another one got,
// and failures (a 404, a 503), skips and redirects leave it as it was. The
// crawl command's exit status rests on it (a worker whose own lot was only
// dead links exits 0 when the crawl as a whole got pages while it ran).
func TestAnsweredCountsEveryProcess(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	a := open(t, srv, "answered", "a", redisstore.Options{})
	defer a.Close()
	b := open(t, srv, "answered", "b", redisstore.Options{})
	defer b.Close()
	other := open(t, srv, "answered-other", "a", redisstore.Options{})
	defer other.Close()

	if n, err := b.Answered(ctx); n != 0 || err != nil {
		t.Fatalf("Answered of a new crawl = %d, %v; want 0", n, err)
	}
	commit := func(outcomes ...pipeline.Outcome) {
		t.Helper()
		if err := a.Commit(ctx, outcomes, pipeline.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
	}
	commit(pipeline.Outcome{URL: "https://x.example/gone", Status: pipeline.StatusFailed, Reason: "HTTP 404"},
		pipeline.Outcome{URL: "https://x.example/down", Status: pipeline.StatusFailed, Reason: "HTTP 503"},
		pipeline.Outcome{URL: "https://x.example/private", Status: pipeline.StatusSkipped, Reason: "robots.txt"},
		// A redirect within the site: its target's outcome says what the
		// crawl got.
		pipeline.Outcome{URL: "https://x.example/old", Status: pipeline.StatusPage, Reason: pipeline.ReasonRedirect})
	if n, err := b.Answered(ctx); n != 0 || err != nil {
		t.Errorf("Answered after failures, skips and a redirect only = %d, %v; want 0", n, err)
	}
	commit(pipeline.Outcome{URL: "https://x.example/", Status: pipeline.StatusPage},
		pipeline.Outcome{URL: "https://x.example/a", Status: pipeline.StatusArticle, Hash: "h1"},
		pipeline.Outcome{URL: "https://x.example/b", Status: pipeline.StatusUnchanged},
		pipeline.Outcome{URL: "https://x.example/c", Status: pipeline.StatusNotModified},
		pipeline.Outcome{URL: "https://x.example/gone2", Status: pipeline.StatusFailed, Reason: "HTTP 404"})
	if n, err := b.Answered(ctx); n != 4 || err != nil {
		t.Errorf("Answered read by another process after a page, an article, an unchanged and a not-modified = %d, %v; want 4", n, err)
	}
	if n, err := other.Answered(ctx); n != 0 || err != nil {
		t.Errorf("Answered of another crawl id = %d, %v; want 0", n, err)
	}
}

// Progress counts from the start of the crawl run a process joins: one
// opened while another is alive counts what that one got before, and so
// on down a chain of overlapping processes; one opened after all have
// closed starts a new run from zero.
func TestProgressCountsTheRunJoined(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	progress := func(s *redisstore.Store, name string, want int64) {
		t.Helper()
		if n, err := s.Progress(ctx); n != want || err != nil {
			t.Errorf("%s.Progress = %d, %v; want %d", name, n, err, want)
		}
	}
	page := func(s *redisstore.Store, url string) {
		t.Helper()
		if err := s.Commit(ctx, []pipeline.Outcome{{URL: url, Status: pipeline.StatusPage}}, pipeline.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
	}
	a := open(t, srv, "run", "a", redisstore.Options{})
	page(a, "https://x.example/")
	b := open(t, srv, "run", "b", redisstore.Options{})
	progress(b, "b (joined a's run)", 1)
	a.Close()
	c := open(t, srv, "run", "c", redisstore.Options{})
	progress(c, "c (joined b's, hence a's run)", 1)
	b.Close()
	c.Close()
	d := open(t, srv, "run", "d", redisstore.Options{})
	defer d.Close()
	progress(d, "d (a new run)", 0)
	page(d, "https://x.example/next")
	progress(d, "d", 1)
}
