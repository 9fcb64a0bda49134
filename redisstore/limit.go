package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"time"
)

// The crawl-wide per-host limits (pipeline.HostLimiter): a slot set and
// a next-start time per host, shared by every process of the crawl.

// TryAcquire takes a turn of host if one is free now under the
// crawl-wide limits (at most parallel in flight, starts at least delay
// apart) and returns its release. Otherwise it returns a nil release and
// the time until the host's next start, or, while all its slots are busy,
// a short poll interval. It never waits: the crawl's frontier holds the
// host back meanwhile.
func (s *Store) TryAcquire(ctx context.Context, host string, parallel int, delay time.Duration) (func(), time.Duration, error) {
	var tok [8]byte
	rand.Read(tok[:])
	token := hex.EncodeToString(tok[:])
	slots, next := s.k("host:"+host+":slots"), s.k("host:"+host+":next")
	var wait int64
	err := s.do(ctx, "host slot", func(ctx context.Context) error {
		var err error
		wait, err = acquireScript.Run(ctx, s.rdb, []string{slots, next, s.k("host:" + host + ":crawl")},
			s.opt.SlotTTL.Milliseconds(), max(parallel, 1), delay.Milliseconds(), token, crawlKeyTTL.Milliseconds()).Int64()
		return err
	})
	switch {
	case err != nil:
		return nil, 0, err
	case wait < 0: // all slots busy: ask again soon, not all at once
		return nil, 5*time.Millisecond + time.Duration(tok[0]%10)*time.Millisecond, nil
	case wait > 0:
		return nil, time.Duration(wait) * time.Millisecond, nil
	}
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = s.do(ctx, "host slot release", func(ctx context.Context) error { return s.rdb.ZRem(ctx, slots, token).Err() })
	}, 0, nil
}

// SetCrawlDelay records delay, the Crawl-delay of host's robots.txt as
// this process has just read it (0: none), for every process of the
// crawl: TryAcquire spaces the host's starts by at least that from then
// on, whatever delay its caller passes, and the host's next start moves to
// its last start plus delay if that is later.
func (s *Store) SetCrawlDelay(ctx context.Context, host string, delay time.Duration) error {
	return s.do(ctx, "crawl delay", func(ctx context.Context) error {
		return setDelayScript.Run(ctx, s.rdb, []string{s.k("host:" + host + ":next"), s.k("host:" + host + ":crawl")},
			max(delay.Milliseconds(), 0), crawlKeyTTL.Milliseconds()).Err()
	})
}

// Acquire waits until a request to host may start under the crawl-wide
// limits, as TryAcquire would take it, and returns its release.
func (s *Store) Acquire(ctx context.Context, host string, parallel int, delay time.Duration) (func(), error) {
	for {
		release, wait, err := s.TryAcquire(ctx, host, parallel, delay)
		if err != nil || release != nil {
			return release, err
		}
		select {
		case <-time.After(min(wait, 250*time.Millisecond)):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}
