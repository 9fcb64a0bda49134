package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

// The WARC fails between a capture and its decision: the crawl ends with
// the error (and does not hang on its own lock); the articles it wrote are
// not recorded as done, and the next run, which recovers them from the
// output, records their decisions in its own WARC. The WARC's directory
// goes when the sink takes /a, after its capture and before the commit
// that records its decision: in that order whatever the machine's load
// (removed on another page's store lookup, a loaded machine had /a
// committed before, and the test failed with nothing to recover).
func TestCrawlWARCDecisionFails(t *testing.T) {
	s := newRaceSite()
	s.both = false // the listing and /a alone
	defer s.Close()
	dir := t.TempDir()
	wdir := filepath.Join(dir, "warc")
	out := filepath.Join(dir, "out.jsonl")
	arc, err := archive.Open(archive.Options{Dir: wdir, MaxSize: 1}) // a new file for every record
	if err != nil {
		t.Fatal(err)
	}
	defer arc.Close()
	st, err := sqlitestore.Open(context.Background(), filepath.Join(dir, "state"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sink, err := pipeline.OpenJSONL(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := pipeline.Config{
		Seeds: []string{s.URL + "/"}, OutPath: out, Archive: arc, Delay: -1, Timeout: 5 * time.Second, Store: st,
		Sink: &watchSink{Sink: sink, suffix: "/a", onWrite: func() { os.RemoveAll(wdir) }},
	}
	done := make(chan error, 1)
	go func() { _, err := pipeline.Run(context.Background(), cfg); done <- err }()
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the crawl still runs 30 s after its WARC failed")
	}
	sink.Close()
	// Which WARC operation meets the missing directory first depends on
	// the timing of the fetches: the decision's record, or the commit's
	// sync after another page's capture failed. Either ends the crawl
	// with the WARC's error, and the articles are recovered alike.
	if err == nil || !strings.Contains(err.Error(), "record the decision") && !strings.Contains(err.Error(), "make the WARC durable") {
		t.Fatalf("the crawl ended with %v; its WARC failed", err)
	}
	written := urls(readOut(t, out))
	if len(written) == 0 {
		t.Fatal("nothing written before the WARC failed; the test needs articles to recover")
	}

	// The next run recovers them and records their decisions.
	st.Close()
	wdir2 := filepath.Join(dir, "warc2")
	arc2 := openArchive(t, wdir2)
	crawlOnce(t, s.URL+"/", filepath.Join(dir, "state"), out, func(c *pipeline.Config) { c.Archive = arc2 })
	if err := arc2.Close(); err != nil {
		t.Fatal(err)
	}
	var decided []string
	files, _ := archive.Files(wdir2)
	for _, p := range files {
		f, _ := os.Open(p)
		archive.Walk(f, p, 1<<20, archive.Visitor{Metadata: func(m archive.Metadata) error {
			if m.Type == "metadata" && m.Get("article-decision") == "article" {
				decided = append(decided, m.Get("article-url")) // not "unchanged", as a fetch again would be
			}
			return nil
		}})
		f.Close()
	}
	for _, u := range written {
		if !slices.Contains(decided, u) {
			t.Errorf("%s was recovered from the output, but its decision is not in the next run's WARC (%q)", u, decided)
		}
	}
}

// lostSink takes articles and loses them: its Sync fails once it was
// given any, as a full disk or a crash would lose the lines not yet synced.
type lostSink struct {
	mu   sync.Mutex
	lost int
}

func (l *lostSink) Write(context.Context, extractor.Article) error {
	l.mu.Lock()
	l.lost++
	l.mu.Unlock()
	return nil
}

func (l *lostSink) Sync() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.lost > 0 {
		return errors.New("disk full")
	}
	return nil
}

// A run loses the articles it decided on before they were durable; the
// next run fetches and decides them again. The WARC holds both runs'
// captures but only the decisions whose articles were kept: re-extracted,
// it gives the records of the run that wrote them, not those of the
// captures whose articles were lost. Where the pages' bytes did not change,
// the second run's captures are revisit records of the first run's.
func TestCrawlWARCArticlesLost(t *testing.T) {
	for _, vary := range []bool{true, false} {
		t.Run(fmt.Sprint("bytes vary ", vary), func(t *testing.T) { articlesLost(t, vary) })
	}
}

func articlesLost(t *testing.T, vary bool) {
	s := newRaceSite()
	s.vary = vary
	defer s.Close()
	dir := t.TempDir()
	wdir := filepath.Join(dir, "warc")
	ctx := context.Background()
	st, err := sqlitestore.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	arc := openArchive(t, wdir)
	lost := &lostSink{}
	_, err = pipeline.Run(ctx, pipeline.Config{Seeds: []string{s.URL + "/"}, Store: st, Sink: lost, Archive: arc, Delay: -1})
	arc.Close()
	st.Close()
	if err == nil || lost.lost == 0 {
		t.Fatalf("first run: %v after %d articles; want the Sink's failure after some", err, lost.lost)
	}
	out := filepath.Join(dir, "out.jsonl")
	arc = openArchive(t, wdir)
	crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) { c.Archive = arc })
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	arts := readOut(t, out)
	if len(arts) != 2 {
		t.Fatalf("second run emitted %q, want /a and /b again", urls(arts))
	}
	again := offline(t, wdir)
	for u, line := range byURL(arts) {
		if d := fieldDiff(line, byURL(again)[u]); d != "" {
			t.Errorf("%s: the WARC's record differs from the crawl's: %s", u, d)
		}
	}
	if len(again) != len(arts) {
		t.Errorf("the WARC gives %q, the crawl emitted %q", urls(again), urls(arts))
	}
}
