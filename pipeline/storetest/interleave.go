package storetest

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/pipeline"
)

// hostPages are n pages of host h at depth d, in the order a crawl finds
// them: https://h.example/d<d>/<i>.
func hostPages(h string, d, from, n int) []pipeline.Entry {
	var es []pipeline.Entry
	for i := from; i < from+n; i++ {
		es = append(es, pipeline.Entry{URL: fmt.Sprintf("https://%s.example/d%d/%03d", h, d, i), Depth: d, Kind: pipeline.KindPage})
	}
	return es
}

// perHost counts es by host label (the "a" of a.example).
func perHost(es []pipeline.Entry) map[string]int {
	m := map[string]int{}
	for _, e := range es {
		m[hostLabel(e.URL)]++
	}
	return m
}

func hostLabel(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.TrimSuffix(u.Hostname(), ".example")
}

// wantEach fails unless es holds exactly n URLs of each of hosts and no
// other.
func wantEach(t *testing.T, what string, es []pipeline.Entry, n int, hosts ...string) {
	t.Helper()
	want := map[string]int{}
	for _, h := range hosts {
		want[h] = n
	}
	got := perHost(es)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s: Next gave per host %v, want %v (%q)", what, got, want, urls(es))
	}
}

// testInterleave checks that Next hands out URLs host by host in turn:
// a lease covers every host with queued work before it gives any host a
// second URL, within depth order, each host's URLs in the order they were
// found. Before, both stores handed out a run of one host's links after
// another's (sqlitestore in the order found; redisstore by the number of
// URLs each host had queued so far, so a host found late took a whole
// lease).
func testInterleave(t *testing.T, open Opener) {
	ctx := context.Background()
	dir := t.TempDir()
	st := open(t, dir)
	add := func(es []pipeline.Entry) {
		t.Helper()
		if err := st.Add(ctx, es); err != nil {
			t.Fatal(err)
		}
	}
	next := func(n int) []pipeline.Entry {
		t.Helper()
		es, err := st.Next(ctx, pipeline.Lease{N: n})
		if err != nil {
			t.Fatal(err)
		}
		return es
	}
	// Three hosts' home pages, then each one's 50 links, host after host.
	add([]pipeline.Entry{{URL: "https://a.example/", Kind: pipeline.KindSeed}, {URL: "https://b.example/", Kind: pipeline.KindSeed}, {URL: "https://c.example/", Kind: pipeline.KindSeed}})
	seeds := next(3)
	wantEach(t, "seeds", seeds, 1, "a", "b", "c")
	var fetched []pipeline.Outcome
	for _, e := range seeds {
		fetched = append(fetched, pipeline.Outcome{URL: e.URL, Status: pipeline.StatusPage})
	}
	if err := st.Commit(ctx, fetched, pipeline.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"a", "b", "c"} {
		add(hostPages(h, 1, 0, 50))
	}
	got := next(6)
	wantEach(t, "3 hosts × 50 links added host after host, Next(6)", got, 2, "a", "b", "c")
	if u := urls(got); !slices.Equal(u, urls(slices.Concat(hostPages("a", 1, 0, 2), hostPages("b", 1, 0, 2), hostPages("c", 1, 0, 2)))) {
		t.Errorf("Next(6) = %q, want each host's first two links", u)
	}
	// A host found late (its links queued now) joins the round the crawl
	// is at: it does not take a run of turns ahead of the hosts waiting.
	// Links already queued or done take no turn of their host.
	add(slices.Concat(hostPages("d", 1, 0, 50), hostPages("a", 1, 0, 4)))
	wantEach(t, "a fourth host's links added after two rounds, Next(8)", next(8), 2, "a", "b", "c", "d")
	// A shallower URL comes before every deeper one, whatever its host.
	add(hostPages("c", 2, 0, 3))
	add([]pipeline.Entry{{URL: "https://e.example/d1/000", Depth: 1, Kind: pipeline.KindPage}})
	add(hostPages("b", 0, 0, 1))
	if got := next(1); len(got) != 1 || got[0].URL != "https://b.example/d0/000" {
		t.Errorf("Next(1) after a depth-0 URL was queued = %q, want it", urls(got))
	}
	// The rest, a few at a time: each URL once, each host's in the order
	// found, and no host ahead of another by more than one turn while
	// both have URLs left at the depth.
	var rest []pipeline.Entry
	for {
		got := next(7)
		if len(got) == 0 {
			break
		}
		rest = append(rest, got...)
	}
	checkRest(t, rest)
	// Failures retried and links queued again come back.
	var outs []pipeline.Outcome
	for _, e := range rest[:5] {
		outs = append(outs, pipeline.Outcome{URL: e.URL, Status: pipeline.StatusFailed, Reason: "context deadline exceeded"})
	}
	if err := st.Commit(ctx, outs, pipeline.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	if n, err := st.RetryFailed(ctx); n != 5 || err != nil {
		t.Fatalf("RetryFailed = %d, %v; want 5", n, err)
	}
	add([]pipeline.Entry{{URL: "https://a.example/", Kind: pipeline.KindSeed}})
	if got, want := urls(next(100)), urls(append(slices.Clone(rest[:5]), pipeline.Entry{URL: "https://a.example/"})); !slices.Equal(got, want) {
		t.Errorf("after RetryFailed and a seed added again, Next = %q, want %q", got, want)
	}
}

// checkRest checks the order of a crawl's leases to the end.
func checkRest(t *testing.T, rest []pipeline.Entry) {
	t.Helper()
	seen := map[string]bool{}
	lastOf, depthOf := map[string]string{}, map[string]int{}
	left := map[[2]int]map[string]int{} // depth -> host -> URLs left
	for _, e := range rest {
		k := [2]int{e.Depth}
		if left[k] == nil {
			left[k] = map[string]int{}
		}
		left[k][hostLabel(e.URL)]++
	}
	taken := map[string]int{}
	depth := -1
	for i, e := range rest {
		if seen[e.URL] {
			t.Errorf("%s leased twice", e.URL)
		}
		seen[e.URL] = true
		h := hostLabel(e.URL)
		if e.Depth < depth {
			t.Errorf("lease %d: %s at depth %d after depth %d", i, e.URL, e.Depth, depth)
		}
		if e.Depth != depth {
			depth, taken = e.Depth, map[string]int{}
		}
		if p := lastOf[h]; p > e.URL && e.Depth == depthOf[h] {
			t.Errorf("lease %d: %s of host %s after %s: not in the order found", i, e.URL, h, p)
		}
		lastOf[h], depthOf[h] = e.URL, e.Depth
		taken[h]++
		left[[2]int{e.Depth}][h]--
		for o, n := range left[[2]int{e.Depth}] {
			if o != h && n > 0 && taken[h] > taken[o]+1 {
				t.Errorf("lease %d: %s is host %s's turn %d at depth %d while host %s, with URLs left, had %d", i, e.URL, h, taken[h], e.Depth, o, taken[o])
			}
		}
	}
	if want := 3*46 + 48 + 1 + 3; len(rest) != want {
		t.Errorf("the rest of the frontier: %d URLs, want %d", len(rest), want)
	}
}

// testInterleaveRestart checks that a host found after a restart joins the
// round the crawl had reached, as one found before it would.
func testInterleaveRestart(t *testing.T, open Opener) {
	ctx := context.Background()
	dir := t.TempDir()
	st := open(t, dir)
	if err := st.Add(ctx, slices.Concat(hostPages("a", 1, 0, 10), hostPages("b", 1, 0, 10))); err != nil {
		t.Fatal(err)
	}
	got, err := st.Next(ctx, pipeline.Lease{N: 4})
	if err != nil {
		t.Fatal(err)
	}
	wantEach(t, "2 hosts × 10 links, Next(4)", got, 2, "a", "b")
	var outs []pipeline.Outcome
	for _, e := range got {
		outs = append(outs, pipeline.Outcome{URL: e.URL, Status: pipeline.StatusPage})
	}
	if err := st.Commit(ctx, outs, pipeline.Checkpoint{}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st = open(t, dir)
	if err := st.Add(ctx, hostPages("c", 1, 0, 10)); err != nil {
		t.Fatal(err)
	}
	got, err = st.Next(ctx, pipeline.Lease{N: 6})
	if err != nil {
		t.Fatal(err)
	}
	wantEach(t, "after a restart, a third host's links added, Next(6)", got, 2, "a", "b", "c")
}
