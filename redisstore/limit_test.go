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
	release()
	release, wait, err = b.TryAcquire(ctx, "spaced.example", 2, time.Minute)
	if err != nil || release != nil || wait < 50*time.Second || wait > time.Minute {
		t.Errorf("TryAcquire within the delay = %v, %s, %v; want no turn and about a minute to wait", release != nil, wait, err)
	}
	held, _, err := a.TryAcquire(ctx, "busy.example", 1, 0)
	if err != nil || held == nil {
		t.Fatalf("TryAcquire of busy.example: %v", err)
	}
	defer held()
	release, wait, err = b.TryAcquire(ctx, "busy.example", 1, 0)
	if err != nil || release != nil || wait <= 0 || wait > time.Second {
		t.Errorf("TryAcquire with the one slot busy = %v, %s, %v; want no turn and a short poll", release != nil, wait, err)
	}
}
