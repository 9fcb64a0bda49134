package redisstore_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/pipeline/storetest"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
	"github.com/redis/go-redis/v9"
)

func open(t *testing.T, srv *redistest.Server, crawl, worker string, opt redisstore.Options) *redisstore.Store {
	t.Helper()
	opt.Worker = worker
	st, err := redisstore.Open(context.Background(), srv.URL(), crawl, opt)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// The Redis store keeps the contract the crawl relies on. The "dir" of the
// suite names the crawl; reopening it is a new process of the same worker.
func TestConformance(t *testing.T) {
	srv := redistest.Start(t)
	storetest.Run(t, func(t *testing.T, dir string) storetest.Store {
		st := open(t, srv, filepath.Base(filepath.Dir(dir))+"-"+filepath.Base(dir), "w1", redisstore.Options{})
		t.Cleanup(func() { st.Abandon() })
		return st
	})
}

// A process that dies holding leases (no Close) loses them after LeaseTTL:
// another process leases the same URLs then, and not before.
func TestLeasesOfADeadProcessExpire(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	a := open(t, srv, "expire", "a", redisstore.Options{LeaseTTL: 900 * time.Millisecond})
	b := open(t, srv, "expire", "b", redisstore.Options{LeaseTTL: 900 * time.Millisecond})
	defer b.Close()
	a.Add(ctx, []pipeline.Entry{{URL: "https://x.example/1", Kind: pipeline.KindPage}, {URL: "https://x.example/2", Kind: pipeline.KindPage}})
	if got, _ := a.Next(ctx, pipeline.Lease{N: 10}); len(got) != 2 {
		t.Fatalf("a leased %v", got)
	}
	// a is alive and renews: b gets nothing, even after the TTL.
	time.Sleep(1200 * time.Millisecond)
	if got, _ := b.Next(ctx, pipeline.Lease{N: 10}); len(got) != 0 {
		t.Fatalf("b leased %v while a renews its leases", got)
	}
	if n, _ := b.Leased(ctx); n != 2 {
		t.Errorf("Leased = %d, want 2", n)
	}
	a.Abandon() // as if killed: no renewal, no release
	time.Sleep(1100 * time.Millisecond)
	got, _ := b.Next(ctx, pipeline.Lease{N: 10})
	if len(got) != 2 {
		t.Fatalf("after a died, b leased %v; want both URLs", got)
	}
}

// Claims: one process emits an article version; a second process that
// reaches it is told no, until the first commits (then it is known) or
// releases its claims after a crash.
func TestClaims(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	a := open(t, srv, "claims", "a", redisstore.Options{})
	b := open(t, srv, "claims", "b", redisstore.Options{})
	defer b.Close()
	u := "https://x.example/story"
	if ok, err := a.Claim(ctx, u, "sha256:1"); !ok || err != nil {
		t.Fatalf("first claim: %v %v", ok, err)
	}
	if ok, _ := a.Claim(ctx, u, "sha256:1"); !ok {
		t.Errorf("a claim is its holder's again")
	}
	if ok, _ := b.Claim(ctx, u, "sha256:1"); ok {
		t.Errorf("b claimed what a holds")
	}
	// a dies before writing; restarted (same worker), it releases the
	// claim and the URL is queued again.
	a.Abandon()
	a2 := open(t, srv, "claims", "a", redisstore.Options{})
	defer a2.Close()
	if n, err := a2.ReleaseClaims(ctx); n != 1 || err != nil {
		t.Fatalf("ReleaseClaims = %d, %v", n, err)
	}
	if got, _ := b.Next(ctx, pipeline.Lease{N: 10}); len(got) != 1 || got[0].URL != u {
		t.Fatalf("after the release, queued: %v", got)
	}
	if ok, _ := b.Claim(ctx, u, "sha256:1"); !ok {
		t.Fatalf("b cannot claim a released article")
	}
	b.Commit(ctx, []pipeline.Outcome{{URL: u, Status: pipeline.StatusArticle, Hash: "sha256:1", Revision: 1, Fetched: time.Now()}}, pipeline.Checkpoint{})
	if ok, _ := a2.Claim(ctx, u, "sha256:1"); ok {
		t.Errorf("an article already emitted with this hash was claimed again")
	}
	if ok, _ := a2.Claim(ctx, u, "sha256:2"); !ok {
		t.Errorf("a changed article could not be claimed")
	}
}

// The host limiter holds across processes: never more than parallel
// requests at once, and starts at least delay apart.
func TestHostLimiter(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	var stores []*redisstore.Store
	for i := range 3 {
		st := open(t, srv, "limit", fmt.Sprint("w", i), redisstore.Options{})
		defer st.Close()
		stores = append(stores, st)
	}
	var cur, most atomic.Int32
	var wg sync.WaitGroup
	for _, st := range stores {
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 5 {
					release, err := st.Acquire(ctx, "site.example", 2, 0)
					if err != nil {
						t.Error(err)
						return
					}
					n := cur.Add(1)
					for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
					}
					time.Sleep(5 * time.Millisecond)
					cur.Add(-1)
					release.Release()
				}
			}()
		}
	}
	wg.Wait()
	if m := most.Load(); m != 2 {
		t.Errorf("at most %d requests at once across 3 processes, want exactly 2", m)
	}
	// Each start is granted at least the delay after the one before, in
	// Redis's clock. Acquire may return late (a loaded machine), which can
	// bring two returns closer than the delay; so each return is checked
	// against the time before the first request: the i-th cannot come
	// before i delays have passed (less 5 ms for Redis's millisecond clock).
	begin := time.Now()
	for i := range 4 {
		release, err := stores[i%3].Acquire(ctx, "slow.example", 4, 150*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		if d, least := time.Since(begin), time.Duration(i)*150*time.Millisecond-5*time.Millisecond; d < least {
			t.Errorf("start %d came %s after the first request; the delay of 150ms allows no sooner than %s", i, d, least)
		}
		release.Release()
	}
}

// Redis going away and coming back: operations wait and go on, and what
// was acknowledged before survives (append-only file, fsync always).
func TestRedisRestart(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	st := open(t, srv, "restart", "w", redisstore.Options{})
	defer st.Close()
	st.Commit(ctx, []pipeline.Outcome{{URL: "https://x.example/a", Status: pipeline.StatusArticle, Hash: "sha256:a", Revision: 1, Fetched: time.Now()}}, pipeline.Checkpoint{Path: "/out", Offset: 7})
	done := make(chan error, 1)
	go func() {
		time.Sleep(100 * time.Millisecond)
		_, _, err := st.Lookup(ctx, "https://x.example/a") // during the outage
		done <- err
	}()
	srv.Restart(600 * time.Millisecond)
	if err := <-done; err != nil {
		t.Fatalf("Lookup across a restart: %v", err)
	}
	k, ok, err := st.Lookup(ctx, "https://x.example/a")
	if !ok || err != nil || k.Hash != "sha256:a" {
		t.Fatalf("after the restart: %+v %v %v", k, ok, err)
	}
	if cp, _ := st.LastCheckpoint(ctx); cp.Offset != 7 {
		t.Errorf("checkpoint lost in the restart: %+v", cp)
	}
}

// A process joining a running crawl does not queue again the seeds another
// process has just read; once the crawl is idle, a new run reads them again.
func TestSeedsReadOncePerRun(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	a := open(t, srv, "reread", "a", redisstore.Options{})
	defer a.Close()
	seed := pipeline.Entry{URL: "https://x.example/", Kind: pipeline.KindSeed}
	a.Add(ctx, []pipeline.Entry{seed, {URL: "https://x.example/slow", Kind: pipeline.KindPage}})
	if got, _ := a.Next(ctx, pipeline.Lease{N: 10}); len(got) != 2 {
		t.Fatalf("a leased %v", got)
	}
	// a has read the seed and is still fetching /slow.
	a.Commit(ctx, []pipeline.Outcome{{URL: seed.URL, Status: pipeline.StatusPage, Fetched: time.Now()}}, pipeline.Checkpoint{})
	b := open(t, srv, "reread", "b", redisstore.Options{})
	defer b.Close()
	b.Add(ctx, []pipeline.Entry{seed})
	if got, _ := b.Next(ctx, pipeline.Lease{N: 10}); len(got) != 0 {
		t.Errorf("b, joining the running crawl, leased %v; the seed was read moments ago", got)
	}
	// The run ends; the next one reads the seed again.
	a.Commit(ctx, []pipeline.Outcome{{URL: "https://x.example/slow", Status: pipeline.StatusPage, Fetched: time.Now()}}, pipeline.Checkpoint{})
	b.Add(ctx, []pipeline.Entry{seed})
	if got, _ := b.Next(ctx, pipeline.Lease{N: 10}); len(got) != 1 || got[0].URL != seed.URL {
		t.Errorf("a new run leased %v, want the seed again", got)
	}
}

// A worker killed and replaced under another name (a replaced pod) does
// not keep the articles it claimed: its claims expire with its leases, and
// the replacement claims them. Before, the claim held for ClaimTTL (10
// minutes), the replacement recorded the article as unchanged, and it was
// never emitted (2 of 146 articles lost).
func TestClaimsOfADeadWorkerExpire(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	opt := redisstore.Options{LeaseTTL: 900 * time.Millisecond}
	a := open(t, srv, "replaced", "pod-a", opt)
	u := "https://x.example/story"
	if ok, err := a.Claim(ctx, u, "sha256:1"); !ok || err != nil {
		t.Fatalf("first claim: %v %v", ok, err)
	}
	b := open(t, srv, "replaced", "pod-b", opt)
	defer b.Close()
	// a is alive: its claim holds, whatever the wait.
	time.Sleep(1200 * time.Millisecond)
	if ok, _ := b.Claim(ctx, u, "sha256:1"); ok {
		t.Fatal("b claimed what a, alive, holds")
	}
	a.Abandon() // killed; its replacement is b, under another name
	time.Sleep(1100 * time.Millisecond)
	if ok, err := b.Claim(ctx, u, "sha256:1"); !ok || err != nil {
		t.Fatalf("claim of a dead worker's article after its leases expired: %v %v; want it taken over", ok, err)
	}
	c := open(t, srv, "replaced", "pod-c", opt)
	defer c.Close()
	if ok, _ := c.Claim(ctx, u, "sha256:1"); ok {
		t.Error("c took over b's claim while b is alive")
	}
}

// A crawl whose state vanishes from Redis while it runs (a restart without
// persistence, a FLUSHALL) stops with an error saying so at its next lease,
// commit or Add. Before, the processes found nothing queued or leased and
// finished with exit status 0: on the audit's test site, 155 of 201
// articles, 6 of them twice.
func TestStateLost(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	st := open(t, srv, "lost", "w", redisstore.Options{})
	defer st.Close()
	if err := st.Add(ctx, []pipeline.Entry{{URL: "https://x.example/a", Kind: pipeline.KindPage}, {URL: "https://x.example/b", Kind: pipeline.KindPage}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Next(ctx, pipeline.Lease{N: 1}); err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr})
	defer rdb.Close()
	if err := rdb.FlushAll(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	for name, op := range map[string]func() error{
		"Next": func() error { _, err := st.Next(ctx, pipeline.Lease{N: 1}); return err },
		"Commit": func() error {
			return st.Commit(ctx, []pipeline.Outcome{{URL: "https://x.example/a", Status: pipeline.StatusPage}}, pipeline.Checkpoint{})
		},
		"Add": func() error {
			return st.Add(ctx, []pipeline.Entry{{URL: "https://x.example/c", Kind: pipeline.KindPage}})
		},
	} {
		err := op()
		if !errors.Is(err, redisstore.ErrStateLost) || !strings.Contains(err.Error(), srv.Addr) || !strings.Contains(err.Error(), `"lost"`) {
			t.Errorf("%s after FLUSHALL: %v; want ErrStateLost naming the Redis and the crawl", name, err)
		}
	}
	// A process that opens the crawl afterwards starts it afresh.
	again := open(t, srv, "lost", "w2", redisstore.Options{})
	defer again.Close()
	if err := again.Add(ctx, []pipeline.Entry{{URL: "https://x.example/c", Kind: pipeline.KindPage}}); err != nil {
		t.Errorf("Add of a process opened after the loss: %v", err)
	}
}

// RetryFor bounds an outage, not each operation: once one operation has
// given up, the next fails at its first attempt, naming the Redis. Before,
// each operation waited RetryFor anew, so a crawl whose leases gave up
// after 5 minutes spent 5 more in its final commit (the audit: Redis down
// at 14:30:31, the processes still retrying at 14:38).
func TestOutageBoundAcrossOperations(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	var buf lockedBuffer
	logger := slog.New(slog.NewTextHandler(&buf, nil))
	st := open(t, srv, "outage", "w", redisstore.Options{RetryFor: 500 * time.Millisecond, Logger: logger})
	defer st.Abandon()
	srv.Stop()
	if _, _, err := st.Lookup(ctx, "https://x.example/a"); err == nil || !strings.Contains(err.Error(), srv.Addr) {
		t.Fatalf("Lookup with Redis down: %v; want an error naming %s", err, srv.Addr)
	}
	err := st.Commit(ctx, []pipeline.Outcome{{URL: "https://x.example/a", Status: pipeline.StatusPage}}, pipeline.Checkpoint{})
	if err == nil || !strings.Contains(err.Error(), srv.Addr) {
		t.Errorf("Commit after the Lookup gave up: %v; want an error naming %s", err, srv.Addr)
	}
	if logs := buf.String(); strings.Contains(logs, "op=commit") {
		t.Errorf("Commit retried after the outage had lasted RetryFor:\n%s", logs)
	}
}

// A first connection that gives up says why: the last failure of a dial,
// not the deadline that cut the one after it. Before, a Redis host name
// that does not resolve was answered "context deadline exceeded" after
// 30 s.
func TestOpenSaysWhy(t *testing.T) {
	begin := time.Now()
	redisstore.SetTestDialer(func(ctx context.Context, network, addr string) (net.Conn, error) {
		if time.Since(begin) < time.Second { // go-redis dials 5 times a Ping
			return nil, &net.DNSError{Err: "no such host", Name: "redis.invalid", IsNotFound: true}
		}
		<-ctx.Done() // then a lookup that hangs
		return nil, ctx.Err()
	})
	defer redisstore.SetTestDialer(nil)
	_, err := redisstore.Open(context.Background(), "redis://redis.invalid:6379/0", "why", redisstore.Options{Worker: "w", RetryFor: 2 * time.Second})
	if err == nil || !strings.Contains(err.Error(), "redis.invalid:6379") || !strings.Contains(err.Error(), "no such host") {
		t.Errorf("Open of a Redis whose name does not resolve: %v; want its address and \"no such host\"", err)
	}
}
