// Package storetest checks that a pipeline.Store keeps the contract the
// crawl relies on. Every Store implementation runs it from its own tests.
package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// Opener opens the store kept in dir; opening the same dir again after
// closing must see the same state, as a new process would.
type Opener func(t *testing.T, dir string) Store

// Store is a pipeline.Store that can be closed, as a process would on exit.
type Store interface {
	pipeline.Store
	Close() error
}

// Run runs the conformance tests.
func Run(t *testing.T, open Opener) {
	t.Run("AddNextLease", func(t *testing.T) { testAddNext(t, open) })
	t.Run("InterleaveHosts", func(t *testing.T) { testInterleave(t, open) })
	t.Run("InterleaveAfterRestart", func(t *testing.T) { testInterleaveRestart(t, open) })
	t.Run("LeaseRoomPerHost", func(t *testing.T) { testLeaseRoom(t, open) })
	t.Run("LeaseKeepsTurnOfHostPassedOver", func(t *testing.T) { testLeaseTurn(t, open) })
	t.Run("LeaseRandomRooms", func(t *testing.T) { testLeaseRandom(t, open) })
	t.Run("LeasesSurviveACrash", func(t *testing.T) { testLeases(t, open) })
	t.Run("LeaseNew", func(t *testing.T) { testLeaseNew(t, open) })
	t.Run("CommitAndLookup", func(t *testing.T) { testCommit(t, open) })
	t.Run("RequeueKinds", func(t *testing.T) { testRequeue(t, open) })
	t.Run("DueForRevisit", func(t *testing.T) { testRevisit(t, open) })
	t.Run("RetryFailed", func(t *testing.T) { testRetryFailed(t, open) })
	t.Run("Fingerprints", func(t *testing.T) { testFingerprints(t, open) })
	t.Run("Listings", func(t *testing.T) { testListings(t, open) })
	t.Run("ListedDates", func(t *testing.T) { testListed(t, open) })
}

// testListings checks that a Listings store keeps listing pages' schedules
// across a restart and lists those due, most overdue first.
func testListings(t *testing.T, open Opener) {
	ctx := context.Background()
	dir := t.TempDir()
	st := open(t, dir)
	if _, ok := st.(pipeline.Listings); !ok {
		t.Skip("the store keeps no listing schedules")
	}
	now := time.Now().Truncate(time.Millisecond)
	urls := []string{"https://a.example/section/world", "https://a.example/tag/x", "https://a.example/about"}
	var es []pipeline.Entry
	for _, u := range urls {
		es = append(es, pipeline.Entry{URL: u, Depth: 1, Kind: pipeline.KindPage})
	}
	if err := st.Add(ctx, es); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Next(ctx, pipeline.Lease{N: 3}); err != nil {
		t.Fatal(err)
	}
	sched := []pipeline.Listing{
		{LinksHash: "w1", Interval: time.Hour, Next: now.Add(-time.Minute)},
		{LinksHash: "t1", Interval: 2 * time.Hour, Next: now.Add(-time.Hour)},
		{LinksHash: "a1", Interval: 48 * time.Hour, Next: now.Add(48 * time.Hour)},
	}
	var outs []pipeline.Outcome
	for i, u := range urls {
		outs = append(outs, pipeline.Outcome{URL: u, Status: pipeline.StatusPage, Reason: "listing page", Listing: &sched[i], Fetched: now})
	}
	if err := st.Commit(ctx, outs, pipeline.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st = open(t, dir)
	ls := st.(pipeline.Listings)
	due, err := ls.DueListings(ctx, now, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"https://a.example/tag/x", "https://a.example/section/world"}; !slices.Equal(due, want) {
		t.Errorf("DueListings(now) = %q, want %q (most overdue first, /about not due)", due, want)
	}
	if due, _ := ls.DueListings(ctx, now, 1); len(due) != 1 {
		t.Errorf("DueListings(now, 1) = %q, want one", due)
	}
	got, ok, err := ls.Listing(ctx, urls[2])
	if err != nil || !ok || got.LinksHash != "a1" || got.Interval != 48*time.Hour || !got.Next.Equal(sched[2].Next) {
		t.Errorf("Listing(/about) = %+v, %v, %v; want %+v", got, ok, err, sched[2])
	}
	if _, ok, err := ls.Listing(ctx, "https://a.example/never"); ok || err != nil {
		t.Errorf("Listing(unknown) = %v, %v; want not found", ok, err)
	}
}

// testFingerprints checks that a Fingerprinted store keeps the fingerprints
// of committed articles across a restart, in an order that a
// reader can read on from.
func testFingerprints(t *testing.T, open Opener) {
	ctx := context.Background()
	dir := t.TempDir()
	st := open(t, dir)
	fst, ok := st.(pipeline.Fingerprinted)
	if !ok {
		t.Skip("the store keeps no fingerprints")
	}
	read := func(fst pipeline.Fingerprinted, since int64) ([]pipeline.Fingerprint, int64) {
		t.Helper()
		var got []pipeline.Fingerprint
		pos, err := fst.Fingerprints(ctx, since, func(f pipeline.Fingerprint) { got = append(got, f) })
		if err != nil {
			t.Fatal(err)
		}
		return got, pos
	}
	now := time.Now()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(st.Add(ctx, []pipeline.Entry{{URL: "https://a.example/1", Kind: pipeline.KindPage}, {URL: "https://a.example/2", Kind: pipeline.KindPage}, {URL: "https://a.example/3", Kind: pipeline.KindPage}}))
	if _, err := st.Next(ctx, pipeline.Lease{N: 3}); err != nil {
		t.Fatal(err)
	}
	must(st.Commit(ctx, []pipeline.Outcome{
		{URL: "https://a.example/1", Status: pipeline.StatusArticle, Hash: "sha256:1", SimHash: 1 << 63, ArticleID: "id1", Revision: 1, Fetched: now},
		{URL: "https://a.example/2", Status: pipeline.StatusPage, Fetched: now}, // no article: no fingerprint
		{URL: "https://a.example/3", Status: pipeline.StatusArticle, Hash: "sha256:3", SimHash: 3, ArticleID: "id3", Revision: 1, Fetched: now},
	}, pipeline.Checkpoint{}))
	got, pos := read(fst, 0)
	want := []pipeline.Fingerprint{{URL: "https://a.example/1", ID: "id1", Hash: "sha256:1", SimHash: 1 << 63}, {URL: "https://a.example/3", ID: "id3", Hash: "sha256:3", SimHash: 3}}
	if !slices.Equal(got, want) {
		t.Fatalf("Fingerprints(0) = %+v, want %+v", got, want)
	}
	if again, pos2 := read(fst, pos); len(again) != 0 || pos2 != pos {
		t.Errorf("Fingerprints(%d) = %+v, %d; want none, %d", pos, again, pos2, pos)
	}
	// A new revision of /1 replaces its fingerprint and comes after the
	// position read up to.
	must(st.Add(ctx, []pipeline.Entry{{URL: "https://a.example/1", Kind: pipeline.KindRevisit}}))
	if _, err := st.Next(ctx, pipeline.Lease{N: 1}); err != nil {
		t.Fatal(err)
	}
	must(st.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/1", Status: pipeline.StatusArticle, Hash: "sha256:1b", SimHash: 11, Revision: 2, Fetched: now}}, pipeline.Checkpoint{}))
	if got, _ := read(fst, pos); !slices.Equal(got, []pipeline.Fingerprint{{URL: "https://a.example/1", Hash: "sha256:1b", SimHash: 11}}) {
		t.Errorf("after a revision, Fingerprints(%d) = %+v, want the new revision's", pos, got)
	}
	must(st.Close())
	st = open(t, dir)
	// A store may keep a URL's earlier revisions; its latest comes last.
	got, _ = read(st.(pipeline.Fingerprinted), 0)
	latest := map[string]pipeline.Fingerprint{}
	for _, f := range got {
		latest[f.URL] = f
	}
	if len(got) == 0 || latest["https://a.example/3"].SimHash != 3 || got[len(got)-1] != (pipeline.Fingerprint{URL: "https://a.example/1", Hash: "sha256:1b", SimHash: 11}) {
		t.Errorf("after a restart, Fingerprints(0) = %+v, want /3's and, last, /1's new revision", got)
	}
}

func urls(es []pipeline.Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.URL)
	}
	slices.Sort(out)
	return out
}

func testAddNext(t *testing.T, open Opener) {
	ctx := context.Background()
	st := open(t, t.TempDir())
	err := st.Add(ctx, []pipeline.Entry{
		{URL: "https://a.example/deep", Depth: 3, Kind: pipeline.KindPage},
		{URL: "https://a.example/", Depth: 0, Kind: pipeline.KindSeed},
		{URL: "https://a.example/1", Depth: 1, Kind: pipeline.KindPage},
		{URL: "https://a.example/1", Depth: 1, Kind: pipeline.KindPage}, // twice
	})
	if err != nil {
		t.Fatal(err)
	}
	first, err := st.Next(ctx, pipeline.Lease{N: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := urls(first); !slices.Equal(got, []string{"https://a.example/", "https://a.example/1"}) {
		t.Errorf("Next(2) = %q, want the two shallowest", got)
	}
	for _, e := range first {
		if e.Known != nil {
			t.Errorf("Next gave %s, never fetched, as known: %+v", e.URL, *e.Known)
		}
	}
	rest, _ := st.Next(ctx, pipeline.Lease{N: 10})
	if got := urls(rest); !slices.Equal(got, []string{"https://a.example/deep"}) {
		t.Errorf("Next after leasing = %q, want only the unleased URL", got)
	}
	if none, _ := st.Next(ctx, pipeline.Lease{N: 10}); len(none) != 0 {
		t.Errorf("Next on an empty frontier = %q", urls(none))
	}
	// A known page is not queued again.
	if err := st.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/1", Status: pipeline.StatusPage}}, pipeline.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	st.Add(ctx, []pipeline.Entry{{URL: "https://a.example/1", Depth: 1, Kind: pipeline.KindPage}})
	if again, _ := st.Next(ctx, pipeline.Lease{N: 10}); len(again) != 0 {
		t.Errorf("a page already done was queued again: %q", urls(again))
	}
}

func testLeases(t *testing.T, open Opener) {
	ctx := context.Background()
	dir := t.TempDir()
	st := open(t, dir)
	st.Add(ctx, []pipeline.Entry{{URL: "https://a.example/x", Kind: pipeline.KindPage}, {URL: "https://a.example/y", Kind: pipeline.KindPage}})
	leased, _ := st.Next(ctx, pipeline.Lease{N: 10})
	if len(leased) != 2 {
		t.Fatalf("Next = %q", urls(leased))
	}
	st.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/x", Status: pipeline.StatusPage}}, pipeline.Checkpoint{})
	// The process dies holding the lease on y; a new one must get y again.
	st.Close()
	st2 := open(t, dir)
	got, _ := st2.Next(ctx, pipeline.Lease{N: 10})
	if urls(got) == nil || !slices.Equal(urls(got), []string{"https://a.example/y"}) {
		t.Errorf("after reopening, Next = %q, want the URL whose lease was lost", urls(got))
	}
}

// testLeaseNew checks the seen check of redirect targets: LeaseNew leases
// a URL never seen, and none queued, leased or (for a page) done; what it
// leased is not handed out by Next nor queued again by Add, ends with its
// Commit, and survives a crash as Next's leases do.
func testLeaseNew(t *testing.T, open Opener) {
	ctx := context.Background()
	dir := t.TempDir()
	st := open(t, dir)
	page := func(u string) pipeline.Entry {
		return pipeline.Entry{URL: "https://a.example/" + u, Depth: 1, Kind: pipeline.KindPage}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(st.Add(ctx, []pipeline.Entry{page("leased"), page("done"), page("queued")}))
	if got, err := st.Next(ctx, pipeline.Lease{N: 2}); err != nil || len(got) != 2 {
		t.Fatalf("Next(2) = %q, %v", urls(got), err)
	}
	must(st.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/done", Status: pipeline.StatusPage, Fetched: time.Now()}}, pipeline.Checkpoint{}))
	feed := pipeline.Entry{URL: "https://a.example/done", Kind: pipeline.KindFeed}
	for _, c := range []struct {
		e    pipeline.Entry
		want bool
	}{
		{page("new"), true}, {page("new"), false}, {page("leased"), false}, {page("done"), false}, {page("queued"), false},
		{feed, true}, // read again when done, as Add queues it again
	} {
		if got, err := st.LeaseNew(ctx, c.e); got != c.want || err != nil {
			t.Errorf("LeaseNew(%s %s) = %v, %v; want %v", c.e.Kind, c.e.URL, got, err, c.want)
		}
	}
	must(st.Add(ctx, []pipeline.Entry{page("new")}))
	got, err := st.Next(ctx, pipeline.Lease{N: 10})
	if err != nil || !slices.Equal(urls(got), []string{"https://a.example/queued"}) {
		t.Errorf("Next = %q, %v; want only the URL queued, not those LeaseNew leased", urls(got), err)
	}
	must(st.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/done", Status: pipeline.StatusPage, Fetched: time.Now()}}, pipeline.Checkpoint{}))
	// The process dies holding the lease on /new: a new one gets it.
	must(st.Close())
	st = open(t, dir)
	got, err = st.Next(ctx, pipeline.Lease{N: 10})
	if want := []string{"https://a.example/leased", "https://a.example/new", "https://a.example/queued"}; err != nil || !slices.Equal(urls(got), want) {
		t.Errorf("after reopening, Next = %q, %v; want %q (leases lost)", urls(got), err, want)
	}
	if ok, err := st.LeaseNew(ctx, page("new")); ok || err != nil {
		t.Errorf("LeaseNew of a URL Next leased = %v, %v; want false", ok, err)
	}
}

func testCommit(t *testing.T, open Opener) {
	ctx := context.Background()
	dir := t.TempDir()
	st := open(t, dir)
	if _, ok, err := st.Lookup(ctx, "https://a.example/a"); ok || err != nil {
		t.Fatalf("Lookup(unknown) = %v, %v", ok, err)
	}
	fetched := time.Date(2024, 3, 26, 10, 0, 0, 0, time.UTC)
	err := st.Commit(ctx, []pipeline.Outcome{{
		URL: "https://a.example/a", Status: pipeline.StatusArticle, ETag: `"v1"`, LastModified: "Tue, 26 Mar 2024 10:00:00 GMT",
		Hash: "sha256:aa", Revision: 1, Fetched: fetched,
	}}, pipeline.Checkpoint{Path: "/tmp/out.jsonl", Offset: 123})
	if err != nil {
		t.Fatal(err)
	}
	// A 304 later keeps hash and revision, and updates the fetch time.
	err = st.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/a", Status: pipeline.StatusNotModified, Fetched: fetched.Add(time.Hour)}}, pipeline.Checkpoint{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	st2 := open(t, dir)
	k, ok, err := st2.Lookup(ctx, "https://a.example/a")
	if !ok || err != nil || k.Hash != "sha256:aa" || k.Revision != 1 || k.ETag != `"v1"` || !k.Fetched.Equal(fetched.Add(time.Hour)) {
		t.Errorf("Lookup after commits = %+v, %v, %v", k, ok, err)
	}
	cp, err := st2.LastCheckpoint(ctx)
	if err != nil || cp != (pipeline.Checkpoint{Path: "/tmp/out.jsonl", Offset: 123}) {
		t.Errorf("LastCheckpoint = %+v, %v; a commit without a checkpoint must keep the last one", cp, err)
	}
	// An article recovered from the output (hash, no fetch time) is known.
	st2.Commit(ctx, []pipeline.Outcome{{URL: "https://a.example/b", Status: pipeline.StatusArticle, Hash: "sha256:bb", Revision: 2}}, pipeline.Checkpoint{})
	if k, ok, _ := st2.Lookup(ctx, "https://a.example/b"); !ok || k.Hash != "sha256:bb" || k.Revision != 2 {
		t.Errorf("Lookup(recovered article) = %+v, %v", k, ok)
	}
	// Next hands out what Lookup would say, so the crawl needs no Lookup.
	st2.Add(ctx, []pipeline.Entry{{URL: "https://a.example/a", Kind: pipeline.KindRevisit}, {URL: "https://a.example/b", Kind: pipeline.KindRevisit}})
	got, err := st2.Next(ctx, pipeline.Lease{N: 10})
	if err != nil || len(got) != 2 {
		t.Fatalf("Next of two revisits = %+v, %v", got, err)
	}
	for _, e := range got {
		want, _, _ := st2.Lookup(ctx, e.URL)
		if e.Known == nil || *e.Known != want {
			t.Errorf("Next gave %s with %+v, Lookup says %+v", e.URL, e.Known, want)
		}
	}
}

func testRequeue(t *testing.T, open Opener) {
	ctx := context.Background()
	st := open(t, t.TempDir())
	for _, kind := range []string{pipeline.KindSeed, pipeline.KindSitemap, pipeline.KindFeed, pipeline.KindRevisit} {
		u := "https://a.example/" + kind
		st.Add(ctx, []pipeline.Entry{{URL: u, Kind: kind}})
		st.Next(ctx, pipeline.Lease{N: 10})
		st.Commit(ctx, []pipeline.Outcome{{URL: u, Status: pipeline.StatusPage}}, pipeline.Checkpoint{})
		st.Add(ctx, []pipeline.Entry{{URL: u, Kind: kind}})
		if got, _ := st.Next(ctx, pipeline.Lease{N: 10}); len(got) != 1 || got[0].Kind != kind {
			t.Errorf("a done %s URL added again: Next = %+v, want it queued again", kind, got)
		}
	}
}

func testRevisit(t *testing.T, open Opener) {
	ctx := context.Background()
	st := open(t, t.TempDir())
	old := time.Now().Add(-48 * time.Hour)
	st.Commit(ctx, []pipeline.Outcome{
		{URL: "https://a.example/old", Status: pipeline.StatusArticle, Hash: "sha256:1", Revision: 1, Fetched: old},
		{URL: "https://a.example/new", Status: pipeline.StatusArticle, Hash: "sha256:2", Revision: 1, Fetched: time.Now()},
		{URL: "https://a.example/page", Status: pipeline.StatusPage, Fetched: old},
	}, pipeline.Checkpoint{})
	due, err := st.DueForRevisit(ctx, time.Now().Add(-24*time.Hour), 10)
	if err != nil || !slices.Equal(due, []string{"https://a.example/old"}) {
		t.Errorf("DueForRevisit = %q, %v; want only the old article", due, err)
	}
}

func testRetryFailed(t *testing.T, open Opener) {
	ctx := context.Background()
	st := open(t, t.TempDir())
	st.Commit(ctx, []pipeline.Outcome{
		{URL: "https://a.example/timeout", Status: pipeline.StatusFailed, Reason: "context deadline exceeded"},
		{URL: "https://a.example/500", Status: pipeline.StatusFailed, Reason: "HTTP 500"},
		{URL: "https://a.example/404", Status: pipeline.StatusFailed, Reason: "HTTP 404"},
		{URL: "https://a.example/ok", Status: pipeline.StatusPage},
	}, pipeline.Checkpoint{})
	n, err := st.RetryFailed(ctx)
	if err != nil || n != 2 {
		t.Fatalf("RetryFailed = %d, %v; want 2", n, err)
	}
	got, _ := st.Next(ctx, pipeline.Lease{N: 10})
	if u := urls(got); !slices.Equal(u, []string{"https://a.example/500", "https://a.example/timeout"}) {
		t.Errorf("queued after RetryFailed: %q", u)
	}
}
