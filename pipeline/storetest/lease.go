package storetest

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/pipeline"
)

// labels are the URLs of es as host label and number: "a1", "b12".
func labels(es []pipeline.Entry) string {
	var out []string
	for _, e := range es {
		i := strings.LastIndexByte(e.URL, '/')
		out = append(out, hostLabel(e.URL)+strings.TrimLeft(e.URL[i+1:], "0"))
	}
	return strings.Join(out, " ")
}

// next leases under l and fails the test unless it gets want (labels).
func next(t *testing.T, st pipeline.Store, what string, l pipeline.Lease, want string) {
	t.Helper()
	got, err := st.Next(context.Background(), l)
	if err != nil {
		t.Fatalf("%s: Next(%+v): %v", what, l, err)
	}
	if labels(got) != want {
		t.Errorf("%s: Next(%+v) = %q, want %q", what, l, labels(got), want)
	}
}

// testLeaseRoom checks that Next takes no more of a host than the lease's
// room for it, passing over the rest, and that the URLs passed over keep
// their turn: a later lease with room for their host hands them out
// first, in order, ahead of the later rounds of the other hosts. The
// crawl's frontier relies on it to hold a bounded number of URLs per host
// (a slow host's backlog stays in the Store) without losing the host's
// place (issue 14).
func testLeaseRoom(t *testing.T, open Opener) {
	ctx := context.Background()
	st := open(t, t.TempDir())
	defer st.Close()
	// Queued a's first: a lease of the first 12 in order would be a1 b1
	// c1 a2 b2 c2 ...
	var es []pipeline.Entry
	for _, h := range []string{"a", "b", "c"} {
		es = append(es, hostPages(h, 1, 1, 5)...)
	}
	if err := st.Add(ctx, es); err != nil {
		t.Fatal(err)
	}
	next(t, st, "one per host", pipeline.Lease{N: 12, PerHost: 1}, "a1 b1 c1")
	next(t, st, "a full", pipeline.Lease{N: 12, PerHost: 2, Room: map[string]int{"a.example": 0}}, "b2 c2 b3 c3")
	next(t, st, "b and c full", pipeline.Lease{N: 12, Room: map[string]int{"b.example": 0, "c.example": 0}}, "a2 a3 a4 a5")
	next(t, st, "the rest", pipeline.Lease{N: 12}, "b4 c4 b5 c5")
	next(t, st, "none left", pipeline.Lease{N: 12}, "")

	// A host with room for one: its turn comes first, its other URLs are
	// passed over again, in their place, while the lease goes on.
	st2 := open(t, t.TempDir())
	defer st2.Close()
	if err := st2.Add(ctx, es); err != nil {
		t.Fatal(err)
	}
	next(t, st2, "a and b full", pipeline.Lease{N: 3, Room: map[string]int{"a.example": 0, "b.example": 0}}, "c1 c2 c3")
	next(t, st2, "room for one of a", pipeline.Lease{N: 12, Room: map[string]int{"a.example": 1}}, "a1 b1 b2 b3 b4 c4 b5 c5")
	next(t, st2, "a's rest", pipeline.Lease{N: 12}, "a2 a3 a4 a5")
}

// testLeaseTurn checks that a host passed over keeps its turn through
// leases smaller than its backlog, and through links queued meanwhile: its
// URLs come in their rounds, before the later rounds of the others.
func testLeaseTurn(t *testing.T, open Opener) {
	ctx := context.Background()
	st := open(t, t.TempDir())
	defer st.Close()
	if err := st.Add(ctx, slices.Concat(hostPages("a", 1, 1, 6), hostPages("b", 1, 1, 6))); err != nil {
		t.Fatal(err)
	}
	next(t, st, "a full", pipeline.Lease{N: 4, Room: map[string]int{"a.example": 0}}, "b1 b2 b3 b4")
	// c's links come while a is passed over: c joins the round the
	// crawl has reached, behind a's rounds.
	if err := st.Add(ctx, hostPages("c", 1, 1, 2)); err != nil {
		t.Fatal(err)
	}
	next(t, st, "a's turn", pipeline.Lease{N: 2}, "a1 a2")
	next(t, st, "a's turn, then round 5", pipeline.Lease{N: 4}, "a3 a4 a5 b5")
	next(t, st, "the rest", pipeline.Lease{N: 12, PerHost: 1}, "c1 a6 b6")
	next(t, st, "c's second", pipeline.Lease{N: 12}, "c2")

	// A host passed over until every other URL is leased: its own come
	// next, all of them.
	st2 := open(t, t.TempDir())
	defer st2.Close()
	if err := st2.Add(ctx, slices.Concat(hostPages("a", 1, 1, 6), hostPages("b", 1, 1, 6))); err != nil {
		t.Fatal(err)
	}
	full := map[string]int{"a.example": 0}
	next(t, st2, "a full", pipeline.Lease{N: 4, Room: full}, "b1 b2 b3 b4")
	next(t, st2, "a still full", pipeline.Lease{N: 4, Room: full}, "b5 b6")
	next(t, st2, "a full, none else", pipeline.Lease{N: 4, Room: full}, "")
	next(t, st2, "a's", pipeline.Lease{N: 12}, "a1 a2 a3 a4 a5 a6")
}

// testLeaseRandom leases under random rooms while links of random hosts
// and depths are queued and leases committed, and checks that no lease
// exceeds its room or hands out a URL leased already, and that every URL
// queued is handed out in the end: none is lost behind a host passed
// over.
func testLeaseRandom(t *testing.T, open Opener) {
	for seed := range uint64(4) {
		leaseRandomly(t, open, rand.New(rand.NewPCG(14, seed)))
	}
}

func leaseRandomly(t *testing.T, open Opener, rng *rand.Rand) {
	ctx := context.Background()
	st := open(t, t.TempDir())
	defer st.Close()
	hosts := []string{"a", "b", "c", "d", "e"}
	queued, leased := map[string]bool{}, map[string]bool{}
	seen := 0
	commit := func(all bool) {
		var outs []pipeline.Outcome
		for u := range leased {
			if all || rng.IntN(2) == 0 {
				outs = append(outs, pipeline.Outcome{URL: u, Status: pipeline.StatusPage})
				delete(leased, u)
			}
		}
		if err := st.Commit(ctx, outs, pipeline.Checkpoint{}); err != nil {
			t.Fatal(err)
		}
	}
	for step := range 600 {
		switch rng.IntN(3) {
		case 0:
			var es []pipeline.Entry
			for range rng.IntN(8) {
				h, d := hosts[rng.IntN(len(hosts))], 1+rng.IntN(3)
				es = append(es, pipeline.Entry{URL: fmt.Sprintf("https://%s.example/d%d/s%d-%d", h, d, step, len(es)), Depth: d, Kind: pipeline.KindPage})
				queued[es[len(es)-1].URL] = true
			}
			if err := st.Add(ctx, es); err != nil {
				t.Fatal(err)
			}
		case 1:
			l := pipeline.Lease{N: 1 + rng.IntN(10), PerHost: rng.IntN(4), Room: map[string]int{}}
			for _, h := range hosts {
				if rng.IntN(3) == 0 {
					l.Room[h+".example"] = rng.IntN(3)
				}
			}
			got, err := st.Next(ctx, l)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) > l.N {
				t.Fatalf("step %d: Next(%+v) gave %d URLs", step, l, len(got))
			}
			lim := l.Limit()
			for _, e := range got {
				if !lim.Take(pipeline.HostOf(e.URL)) {
					t.Fatalf("step %d: Next(%+v) = %q: over the room of a host", step, l, labels(got))
				}
				if leased[e.URL] || !queued[e.URL] {
					t.Fatalf("step %d: Next gave %s, leased already or never queued", step, e.URL)
				}
				leased[e.URL] = true
				delete(queued, e.URL)
				seen++
			}
		default:
			commit(false)
		}
	}
	for len(queued) > 0 {
		commit(true)
		got, err := st.Next(ctx, pipeline.Lease{N: 50})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Fatalf("%d URLs queued never handed out (%d were), e.g. %v", len(queued), seen, slices.Collect(maps.Keys(queued))[:1])
		}
		for _, e := range got {
			if !queued[e.URL] {
				t.Fatalf("Next gave %s, leased already or never queued", e.URL)
			}
			delete(queued, e.URL)
			leased[e.URL] = true
		}
	}
}
