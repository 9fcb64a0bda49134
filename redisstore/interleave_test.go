package redisstore_test

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"testing"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
	"github.com/redis/go-redis/v9"
)

// Processes leasing from one crawl at once each get URLs of every host in
// turn, and never one URL that another got.
func TestConcurrentLeasesInterleave(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	const hosts, perHost, lease = 5, 60, 7
	seed := open(t, srv, "interleave", "seed", redisstore.Options{})
	defer seed.Close()
	for h := range hosts {
		var es []pipeline.Entry
		for i := range perHost {
			es = append(es, pipeline.Entry{URL: fmt.Sprintf("https://h%d.example/%03d", h, i), Depth: 1, Kind: pipeline.KindPage})
		}
		if err := seed.Add(ctx, es); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	got := map[string]string{}
	var leases [][]pipeline.Entry
	var wg sync.WaitGroup
	for w := range 4 {
		st := open(t, srv, "interleave", fmt.Sprint("w", w), redisstore.Options{})
		defer st.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				es, err := st.Next(ctx, pipeline.Lease{N: lease})
				if err != nil {
					t.Error(err)
					return
				}
				if len(es) == 0 {
					return
				}
				var outs []pipeline.Outcome
				mu.Lock()
				for _, e := range es {
					if other, ok := got[e.URL]; ok {
						t.Errorf("%s leased by %s and by w%d", e.URL, other, w)
					}
					got[e.URL] = fmt.Sprint("w", w)
					outs = append(outs, pipeline.Outcome{URL: e.URL, Status: pipeline.StatusPage})
				}
				leases = append(leases, es)
				mu.Unlock()
				if err := st.Commit(ctx, outs, pipeline.Checkpoint{}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if len(got) != hosts*perHost {
		t.Errorf("%d URLs leased in all, want %d", len(got), hosts*perHost)
	}
	// All hosts have the same number of URLs, so every full lease takes
	// one or two of each: seven consecutive turns of five hosts.
	for _, es := range leases {
		if len(es) < lease {
			continue
		}
		n := map[string]int{}
		for _, e := range es {
			u, _ := url.Parse(e.URL)
			n[u.Host]++
		}
		for h, c := range n {
			if c > 2 || len(n) != hosts {
				t.Errorf("a lease of %d took %d URLs of %s, %d hosts in all: %v", lease, c, h, len(n), n)
				break
			}
		}
	}
}

// A crawl queued before rounds (2026-12-02: scores by the number of URLs
// each host had queued, hostseq) keeps working: a host's new links go
// behind those it has queued.
func TestOldQueueKeepsHostOrder(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr})
	defer rdb.Close()
	p := "np:{old}:"
	for i := 1; i <= 3; i++ {
		u := fmt.Sprintf("https://a.example/%d", i)
		rdb.ZAdd(ctx, p+"q", redis.Z{Score: 1e9 + float64(i), Member: u})
		rdb.HSet(ctx, p+"meta", u, "page 1")
	}
	rdb.HSet(ctx, p+"hostseq", "a.example", 3)
	st := open(t, srv, "old", "w", redisstore.Options{})
	defer st.Close()
	if err := st.Add(ctx, []pipeline.Entry{{URL: "https://a.example/4", Depth: 1, Kind: pipeline.KindPage}}); err != nil {
		t.Fatal(err)
	}
	es, err := st.Next(ctx, pipeline.Lease{N: 10})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		got = append(got, e.URL)
	}
	if fmt.Sprint(got) != "[https://a.example/1 https://a.example/2 https://a.example/3 https://a.example/4]" {
		t.Errorf("Next = %q, want the queued URLs, then the new one", got)
	}
}
