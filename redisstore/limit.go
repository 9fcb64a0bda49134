package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"sync"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// The crawl-wide per-host limits (pipeline.HostLimiter): a slot set, a
// next-start time and a start on its way to the wire per host, shared by
// every process of the crawl.
//
// A start counts from when its request reaches the wire, as within one
// process (pipeline/wire.go), not from its grant: a grant marks the host
// unsent (host:H:unsent), so that no process is granted a start of it
// meanwhile, and the process that holds it reports the send (Turn.Sent):
// the host's next start is then the delay after Redis hears of it, which
// is after the request went out, whatever the processes' clocks say. Each
// request costs one more round trip, the report; the release, as before,
// is one. A turn never sent (the request was refused, or not made) frees
// the host at the delay after its grant, when released; one whose process
// died frees it after SlotTTL, which exceeds the request timeout.

// TryAcquire takes a turn of host if one is free now under the
// crawl-wide limits (at most parallel in flight, starts at least delay
// apart, none while another start granted has not reached the wire) and
// returns it. Otherwise it returns a nil turn and the time until the
// host's next start, or, while all its slots are busy or a start is on
// its way, a short poll interval. It never waits: the crawl's frontier
// holds the host back meanwhile.
func (s *Store) TryAcquire(ctx context.Context, host string, parallel int, delay time.Duration) (pipeline.Turn, time.Duration, error) {
	var tok [8]byte
	rand.Read(tok[:])
	t := &turn{s: s, token: hex.EncodeToString(tok[:]), keys: s.hostKeys(host), delay: delay}
	var wait int64
	err := s.do(ctx, "host slot", func(ctx context.Context) error {
		var err error
		wait, err = acquireScript.Run(ctx, s.rdb, t.keys[:],
			s.opt.SlotTTL.Milliseconds(), max(parallel, 1), delayMillis(delay), t.token, crawlKeyTTL.Milliseconds(), s.testNow()).Int64()
		return err
	})
	switch {
	case err != nil:
		return nil, 0, err
	case wait == -1: // all slots busy, or a start on its way: ask again soon, not all at once
		return nil, 5*time.Millisecond + time.Duration(tok[0]%10)*time.Millisecond, nil
	case wait > 0:
		return nil, time.Duration(wait) * time.Millisecond, nil
	}
	t.unsent = wait == -2
	return t, 0, nil
}

// hostKeys are the keys of host's limits, in the order the scripts take.
func (s *Store) hostKeys(host string) [4]string {
	p := s.k("host:" + host + ":")
	return [4]string{p + "slots", p + "next", p + "crawl", p + "unsent"}
}

// delayMillis is d in whole milliseconds, rounded up: the limits are kept
// in milliseconds, and a delay rounded down would let a start come early.
func delayMillis(d time.Duration) int64 {
	return int64((d + time.Millisecond - 1) / time.Millisecond)
}

// turn is a request's turn of a host (pipeline.Turn).
type turn struct {
	s      *Store
	token  string
	keys   [4]string
	delay  time.Duration
	unsent bool // the grant marked the host unsent: Sent reports the send

	mu   sync.Mutex
	sent chan struct{} // closed once the send is recorded; nil before Sent
}

// Sent records, in the background, that the turn's request reached the
// wire: the host's next start, for every process, is the delay (or the
// host's Crawl-delay, if longer) after Redis records it, and the host is
// no longer held for it. Only the first call counts.
func (t *turn) Sent() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.unsent || t.sent != nil {
		return
	}
	done := make(chan struct{})
	t.sent = done
	go func() {
		defer close(done)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = t.s.do(ctx, "host sent", func(ctx context.Context) error {
			return sentScript.Run(ctx, t.s.rdb, t.keys[1:], t.token, delayMillis(t.delay), crawlKeyTTL.Milliseconds(), t.s.testNow()).Err()
		})
	}()
}

// Release ends the turn, after its Sent, if any, is recorded: its slot is
// free, and if it was never sent, so is the host (its next start stays
// the delay after the grant).
func (t *turn) Release() {
	t.mu.Lock()
	done := t.sent
	t.mu.Unlock()
	if done != nil {
		<-done
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_ = t.s.do(ctx, "host slot release", func(ctx context.Context) error {
		return releaseTurnScript.Run(ctx, t.s.rdb, []string{t.keys[0], t.keys[3]}, t.token).Err()
	})
}

// SetCrawlDelay records delay, the Crawl-delay of host's robots.txt as
// this process has just read it (0: none), for every process of the
// crawl: TryAcquire spaces the host's starts by at least that from then
// on, whatever delay its caller passes, and the host's next start moves to
// its last start plus delay if that is later.
func (s *Store) SetCrawlDelay(ctx context.Context, host string, delay time.Duration) error {
	keys := s.hostKeys(host)
	return s.do(ctx, "crawl delay", func(ctx context.Context) error {
		return setDelayScript.Run(ctx, s.rdb, keys[1:3], max(delayMillis(delay), 0), crawlKeyTTL.Milliseconds(), s.testNow()).Err()
	})
}

// Acquire waits until a request to host may start under the crawl-wide
// limits, as TryAcquire would take it, and returns its turn.
func (s *Store) Acquire(ctx context.Context, host string, parallel int, delay time.Duration) (pipeline.Turn, error) {
	for {
		t, wait, err := s.TryAcquire(ctx, host, parallel, delay)
		if err != nil || t != nil {
			return t, err
		}
		select {
		case <-time.After(min(wait, 250*time.Millisecond)):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// testNow is the time the limit scripts take as now, "" for Redis's own
// (TIME): tests set a clock (export_test.go).
func (s *Store) testNow() string {
	if s.clock == nil {
		return ""
	}
	return fmt.Sprint(s.clock().UnixMicro())
}
