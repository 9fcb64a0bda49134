package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"testing"
	"time"
)

// listStore hands out its queued entries in order, passing over those of
// a host with no room in the lease, and records the sizes of the leases
// asked for.
type listStore struct {
	Store
	queue  []Entry
	asked  []int
	leases []Lease
}

func (s *listStore) Add(_ context.Context, es []Entry) error {
	s.queue = append(s.queue, es...)
	return nil
}

func (s *listStore) Next(_ context.Context, l Lease) ([]Entry, error) {
	s.asked, s.leases = append(s.asked, l.N), append(s.leases, l)
	lim := l.Limit()
	var out, rest []Entry
	for _, e := range s.queue {
		if len(out) < l.N && lim.Take(HostOf(e.URL)) {
			out = append(out, e)
		} else {
			rest = append(rest, e)
		}
	}
	s.queue = rest
	return out, nil
}

// A frontier more than half full is topped up once links were found since
// the last lease: a host whose links come after the others' filled the
// frontier gets its turn at once, not once the others ran down to half the
// frontier. Before, refill left a frontier at least half full alone.
func TestRefillTopsUpWithNewLinks(t *testing.T) {
	ctx := context.Background()
	st := &listStore{}
	for i := range 60 { // 15 hosts, 4 URLs each: within their budget of 8
		st.queue = append(st.queue, Entry{URL: fmt.Sprintf("http://h%d.example/%d", i%15, i), Depth: 1, Kind: KindPage})
	}
	k := testCrawler(ctx, st, 4, 2)
	if !k.refill(ctx, false) || k.front.len() != 60 {
		t.Fatalf("first refill: %d held, want 60", k.front.len())
	}
	// No new links: a frontier of 60 of 64 is left alone.
	k.leasedAt, k.drainedAt = time.Now().Add(-time.Second), time.Now().Add(-time.Second)
	k.refill(ctx, false)
	if len(st.asked) != 1 {
		t.Errorf("leases asked for without new links: %v, want only the first", st.asked)
	}
	// Host b's links are found.
	k.queue([]Entry{{URL: "http://b.example/1", Depth: 1, Kind: KindPage}, {URL: "http://b.example/2", Depth: 1, Kind: KindPage}})
	k.refill(ctx, false)
	if len(st.asked) != 2 || st.asked[1] != 4 || k.front.len() != 62 {
		t.Errorf("after links were found, leases asked for %v and %d held; want a lease of 4, 62 held", st.asked, k.front.len())
	}
	// Not again: no room for Concurrency URLs (62 of 64), and within
	// drainedPoll of that lease.
	k.queue([]Entry{{URL: "http://c.example/1", Depth: 1, Kind: KindPage}})
	k.refill(ctx, false)
	if len(st.asked) != 2 {
		t.Errorf("leases asked for %v: a top-up within drainedPoll of the last lease", st.asked)
	}
}

func testCrawler(ctx context.Context, st Store, concurrency, parallel int) *crawler {
	return &crawler{cfg: Config{Store: st, Concurrency: concurrency, Parallel: parallel, Logger: slog.New(slog.DiscardHandler)},
		work: ctx, front: newFrontier(concurrency, parallel, 0), recent: map[uint64]struct{}{}}
}

// pages queues n pages of host h in st.
func (s *listStore) pages(h string, n int) {
	for i := range n {
		s.queue = append(s.queue, Entry{URL: fmt.Sprintf("http://%s/%d", h, i), Depth: 1, Kind: KindPage})
	}
}

// held counts the URLs the frontier holds of each host.
func (f *frontier) heldOf() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]int{}
	for _, h := range f.hosts {
		out[HostOf(h.key)] = len(h.jobs)
	}
	return out
}

// A lease holds no more of a host than its budget, however many of its
// URLs come first in the Store, and a host holding its budget is passed
// over: the other hosts' URLs are leased in its place. Before, the first
// lease took 64 URLs of the slow host, and refill leased nothing more
// while they made the frontier half full, whatever the others had queued.
func TestRefillBoundsEachHost(t *testing.T) {
	ctx := context.Background()
	st := &listStore{}
	st.pages("slow.example", 100)
	st.pages("fast.example", 10)
	k := testCrawler(ctx, st, 4, 2) // a frontier of 64, budgets of 8
	if !k.refill(ctx, false) {
		t.Fatal("refill: crawl over")
	}
	if got := k.front.heldOf(); got["slow.example"] != 8 || got["fast.example"] != 8 {
		t.Errorf("first lease holds %v, want 8 (the budget) of each host", got)
	}
	if l := st.leases[0]; l.PerHost != 8 {
		t.Errorf("first lease %+v, want 8 per host", l)
	}
	// Links of a third host are found: the next lease skips the two full
	// hosts and takes the new one's.
	k.queue([]Entry{{URL: "http://new.example/1", Depth: 1, Kind: KindPage}})
	k.drainedAt = time.Now().Add(-time.Second)
	k.refill(ctx, false)
	if len(st.leases) != 2 {
		t.Fatalf("leases %v, want a second one for the new links", st.asked)
	}
	if l := st.leases[1]; l.Room["slow.example"] != 0 || l.Room["fast.example"] != 0 {
		t.Errorf("second lease %+v, want no room for the two full hosts", l)
	}
	if got := k.front.heldOf(); got["slow.example"] != 8 || got["new.example"] != 1 {
		t.Errorf("after the second lease the frontier holds %v, want 8 of slow.example, 1 of new.example", got)
	}
}

// A host bound by its budget gets its next URLs as soon as it has used
// half of them: refill asks the Store at once, with no new links and
// within drainedPoll of the last lease, with room for the host.
func TestRefillFeedsAFullHost(t *testing.T) {
	ctx := context.Background()
	st := &listStore{}
	st.pages("slow.example", 100)
	k := testCrawler(ctx, st, 4, 2)
	k.refill(ctx, false)
	if got := k.front.heldOf()["slow.example"]; got != 8 {
		t.Fatalf("first lease: %d held, want 8", got)
	}
	// Three fetched: 5 left, more than half the budget. No lease.
	for range 3 {
		takeOne(t, k.front)
	}
	k.refill(ctx, false)
	if len(st.leases) != 1 {
		t.Errorf("leases %v with 5 of 8 held, want none more", st.asked)
	}
	takeOne(t, k.front) // 4 left: half the budget
	k.refill(ctx, false)
	if len(st.leases) != 2 || st.leases[1].Room["slow.example"] != 4 {
		t.Fatalf("leases %+v with 4 of 8 held, want a second with room for 4", st.leases)
	}
	if got := k.front.heldOf()["slow.example"]; got != 8 {
		t.Errorf("after the second lease: %d held, want 8", got)
	}
}

// takeOne takes a task of the frontier and ends it, as a fetch would.
func takeOne(t *testing.T, f *frontier) {
	t.Helper()
	for range 2 {
		tk, ok, _ := f.take()
		if !ok {
			t.Fatal("take: nothing ready")
		}
		if tk.robots {
			f.setRules(tk.host, 0)
			continue
		}
		f.done(tk.host, answered, 0)
		f.finish()
		return
	}
}

// A fetch that ends while refill reads the frontier leaves work queued (a
// redirect's hop, a retry): the crawl is not over. Before, refill read the
// jobs queued, then the tasks in flight, and a fetch that queued its hop
// and ended between the two reads was seen neither queued nor in flight:
// the crawl ended with the hop never fetched. A file:// seed's index.html,
// which net/http's file server redirects to its folder, so crawled nothing
// once in some 5,000 runs (cmd/newsprint's TestCrawlOutputFailsSummary).
func TestRefillSeesWorkOfFetchEndingMeanwhile(t *testing.T) {
	const seed, folder = "file:///site/index.html", "file:///site/"
	for _, tc := range []struct {
		name string
		left func(f *frontier, tk task) // what the fetch leaves, before finish
		want string
	}{
		{"redirect", func(f *frontier, tk task) {
			u, _ := url.Parse(folder)
			f.pushJob(u, job{Entry: Entry{URL: folder, Kind: KindSeed}, hops: 1, via: []string{seed}})
		}, folder},
		{"retry", func(f *frontier, tk task) { f.retry(tk.host, tk.job, 0) }, seed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			k := testCrawler(ctx, &listStore{queue: []Entry{{URL: seed, Kind: KindSeed}}}, 4, 2)
			if !k.refill(ctx, false) {
				t.Fatal("refill = false with a seed queued")
			}
			tk, ok, _ := k.front.take()
			if !ok || tk.job.URL != seed {
				t.Fatalf("take = %+v, %v; want the seed", tk, ok)
			}
			// The seed's fetch ends (crawl.go: fetch) once refill has read
			// the frontier, with nothing else queued or in flight.
			k.refillHook = func() {
				k.refillHook = nil
				k.front.done(tk.host, answered, 0)
				tc.left(k.front, tk)
				k.front.finish()
			}
			if !k.refill(ctx, true) {
				t.Fatalf("refill = false (the crawl is over) with the seed's %s queued", tc.name)
			}
			if tk, ok, _ := k.front.take(); !ok || tk.job.target() != tc.want {
				t.Errorf("take = %+v, %v; want the %s to %s", tk, ok, tc.name, tc.want)
			}
		})
	}
}
