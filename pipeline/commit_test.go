package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"testing"

	"github.com/newsprint/newsprint/extractor"
)

// opStore and opSink log the calls a commit makes, in order.
type opStore struct {
	Store
	ops   *[]string
	known map[string]Known
}

func (s *opStore) Add(context.Context, []Entry) error { return nil }
func (s *opStore) Lookup(_ context.Context, u string) (Known, bool, error) {
	k, ok := s.known[u]
	return k, ok, nil
}
func (s *opStore) Commit(_ context.Context, outcomes []Outcome, _ Checkpoint) error {
	for _, o := range outcomes {
		*s.ops = append(*s.ops, "commit "+o.URL+" "+o.Status)
	}
	return nil
}

type opSink struct{ ops *[]string }

func (s opSink) Write(_ context.Context, a extractor.Article) error {
	*s.ops = append(*s.ops, "write "+a.URL)
	return nil
}
func (s opSink) Sync() error { *s.ops = append(*s.ops, "sync"); return nil }

// record emits only new or changed articles, once per run, and commit
// syncs the Sink before it records any outcome in the Store.
func TestRecordAndCommit(t *testing.T) {
	var ops []string
	st := &opStore{ops: &ops, known: map[string]Known{"http://a/moved-here": {Hash: "h4", Revision: 1}, "http://a/same": {Hash: "h2", Revision: 3}}}
	k := &crawler{cfg: Config{Store: st, Sink: opSink{&ops}, Logger: slog.New(slog.DiscardHandler)},
		work: context.Background(), emitted: map[string]string{}, committed: map[string]string{}}
	art := func(u, hash string) result {
		a := extractor.Article{URL: u, ContentHash: hash}
		return result{article: &a, emit: Outcome{URL: u}, fetched: true}
	}
	k.record(art("http://a/new", "h1"))
	k.record(art("http://a/same", "h2"))
	redirected := art("http://a/moved-here", "h4")
	redirected.outcomes = []Outcome{{URL: "http://a/old", Status: StatusPage, Reason: "redirect"}}
	k.record(redirected)
	k.record(art("http://a/new", "h1")) // reached again in this run
	k.record(outcome(Outcome{URL: "http://a/gone", Status: StatusFailed, Reason: "HTTP 404"}, true))
	if err := k.commit(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"write http://a/new", "sync",
		"commit http://a/new article", "commit http://a/same unchanged", "commit http://a/old page",
		"commit http://a/moved-here unchanged", "commit http://a/new unchanged", "commit http://a/gone failed",
	}
	if !slices.Equal(ops, want) {
		t.Errorf("calls:\n%q\nwant:\n%q", ops, want)
	}
	s := k.stats.snapshot()
	if s.Articles != 1 || s.Fetched != 5 || s.Errors != 1 {
		t.Errorf("stats %+v: want 1 article, 5 fetched, 1 error", s)
	}
}

// flakyStore fails its first Commit, as a Store does while its server is
// unreachable, and logs the outcomes of the others.
type flakyStore struct {
	opStore
	failed bool
}

func (s *flakyStore) Commit(ctx context.Context, outcomes []Outcome, cp Checkpoint) error {
	if !s.failed {
		s.failed = true
		return errors.New("store unreachable")
	}
	return s.opStore.Commit(ctx, outcomes, cp)
}

// A commit that fails keeps its outcomes for the next: a later commit,
// whose checkpoint is past their articles, records them too. Before, they
// were dropped, and a process restarted from that checkpoint fetched and
// emitted them again (the audit: Redis down for 15 minutes, then back as
// the process's last commit landed; one article came out twice).
func TestCommitAfterFailedCommit(t *testing.T) {
	var ops []string
	st := &flakyStore{opStore: opStore{ops: &ops, known: map[string]Known{}}}
	k := &crawler{cfg: Config{Store: st, Sink: opSink{&ops}, Logger: slog.New(slog.DiscardHandler)},
		work: context.Background(), emitted: map[string]string{}, committed: map[string]string{}}
	art := func(u, hash string) result {
		a := extractor.Article{URL: u, ContentHash: hash}
		return result{article: &a, emit: Outcome{URL: u}, fetched: true}
	}
	k.record(art("http://a/1", "h1"))
	if err := k.commit(); err == nil {
		t.Fatal("first commit: no error")
	}
	k.record(art("http://a/2", "h2"))
	if err := k.commit(); err != nil {
		t.Fatal(err)
	}
	want := []string{"write http://a/1", "sync", "write http://a/2", "sync", "commit http://a/1 article", "commit http://a/2 article"}
	if !slices.Equal(ops, want) {
		t.Errorf("calls:\n%q\nwant:\n%q", ops, want)
	}
}
