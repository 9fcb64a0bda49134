package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"
)

// listStore hands out its queued entries in order and records the sizes
// of the leases asked for.
type listStore struct {
	Store
	queue []Entry
	asked []int
}

func (s *listStore) Add(_ context.Context, es []Entry) error {
	s.queue = append(s.queue, es...)
	return nil
}

func (s *listStore) Next(_ context.Context, n int) ([]Entry, error) {
	s.asked = append(s.asked, n)
	n = min(n, len(s.queue))
	out := s.queue[:n]
	s.queue = s.queue[n:]
	return out, nil
}

// A frontier more than half full is topped up once links were found since
// the last lease: a host whose links come after the others' filled the
// frontier gets its turn at once, not once the others ran down to half the
// frontier. Before, refill left a frontier at least half full alone.
func TestRefillTopsUpWithNewLinks(t *testing.T) {
	ctx := context.Background()
	st := &listStore{}
	for i := range 60 {
		st.queue = append(st.queue, Entry{URL: fmt.Sprintf("http://a.example/%d", i), Depth: 1, Kind: KindPage})
	}
	k := &crawler{cfg: Config{Store: st, Concurrency: 4, Parallel: 2, Logger: slog.New(slog.DiscardHandler)},
		work: ctx, front: newFrontier(4, 2, 0), recent: map[uint64]struct{}{}}
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
