package redisstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// TryAcquire never waits: a host whose next start is ahead, or whose slots
// are all busy, is answered with how long to wait, and no turn is taken.
func TestTryAcquire(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	a, b := open(t, srv, "try", "a", redisstore.Options{}), open(t, srv, "try", "b", redisstore.Options{})
	defer a.Close()
	defer b.Close()
	release, wait, err := a.TryAcquire(ctx, "spaced.example", 2, time.Minute)
	if err != nil || release == nil || wait != 0 {
		t.Fatalf("first TryAcquire = %v, %s, %v; want a turn", release != nil, wait, err)
	}
	release.Release()
	release, wait, err = b.TryAcquire(ctx, "spaced.example", 2, time.Minute)
	if err != nil || release != nil || wait < 50*time.Second || wait > time.Minute+time.Millisecond {
		t.Errorf("TryAcquire within the delay = %v, %s, %v; want no turn and about a minute to wait", release != nil, wait, err)
	}
	held, _, err := a.TryAcquire(ctx, "busy.example", 1, 0)
	if err != nil || held == nil {
		t.Fatalf("TryAcquire of busy.example: %v", err)
	}
	defer held.Release()
	release, wait, err = b.TryAcquire(ctx, "busy.example", 1, 0)
	if err != nil || release != nil || wait <= 0 || wait > time.Second {
		t.Errorf("TryAcquire with the one slot busy = %v, %s, %v; want no turn and a short poll", release != nil, wait, err)
	}
}

// A Crawl-delay one process read holds for the others as soon as it is
// recorded: their requests, robots.txt included, which they make before
// they know it, wait for it, counted from the host's last start. Before,
// each process's robots.txt request came its own --delay after the one
// before, however long the host's Crawl-delay.
func TestCrawlDelayShared(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	a, b := open(t, srv, "crawldelay", "a", redisstore.Options{}), open(t, srv, "crawldelay", "b", redisstore.Options{})
	defer a.Close()
	defer b.Close()
	// a fetches robots.txt, knowing no delay yet, and reads Crawl-delay: 60.
	release, _, err := a.TryAcquire(ctx, "polite.example", 2, 0)
	if err != nil || release == nil {
		t.Fatalf("first TryAcquire = %v, %v; want a turn", release != nil, err)
	}
	release.Release()
	if err := a.SetCrawlDelay(ctx, "polite.example", time.Minute); err != nil {
		t.Fatal(err)
	}
	// b, which has not read robots.txt, asks with no delay of its own.
	release, wait, err := b.TryAcquire(ctx, "polite.example", 2, 0)
	if err != nil || release != nil || wait < 50*time.Second || wait > time.Minute+time.Millisecond {
		t.Errorf("TryAcquire after another process read Crawl-delay: 60 = %v, %s, %v; want no turn and about a minute to wait", release != nil, wait, err)
	}
	// A host whose robots.txt has no Crawl-delay keeps the callers' delay.
	release, _, err = a.TryAcquire(ctx, "quick.example", 2, 0)
	if err != nil || release == nil {
		t.Fatalf("TryAcquire of quick.example = %v, %v; want a turn", release != nil, err)
	}
	release.Release()
	if err := a.SetCrawlDelay(ctx, "quick.example", 0); err != nil {
		t.Fatal(err)
	}
	if release, wait, err = b.TryAcquire(ctx, "quick.example", 2, 0); err != nil || release == nil {
		t.Errorf("TryAcquire of a host without Crawl-delay = %v, %s, %v; want a turn", release != nil, wait, err)
	} else {
		release.Release()
	}
}
