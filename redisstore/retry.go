package redisstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"
)

// Staying alive and riding out outages: the alive mark and lease renewal,
// and the retries of an operation while Redis is unreachable.

// alive marks this session alive for LeaseTTL: its claims hold while it
// is, and expire with its leases when it dies.
func (s *Store) alive(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, max(s.opt.LeaseTTL/3, time.Second))
	defer cancel()
	return s.do(ctx, "alive", func(ctx context.Context) error {
		return s.rdb.Set(ctx, s.k("alive:"+s.session), "1", s.opt.LeaseTTL).Err()
	})
}

// renew extends this process's leases, and its alive mark, every third of
// LeaseTTL.
func (s *Store) renew() {
	defer close(s.done)
	t := time.NewTicker(s.opt.LeaseTTL / 3)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
		}
		if err := s.alive(context.Background()); err != nil {
			s.opt.Logger.Warn("could not renew leases", "err", err)
		}
		s.mu.Lock()
		urls := make([]any, 0, len(s.leased)+1)
		urls = append(urls, s.session, s.opt.LeaseTTL.Milliseconds())
		for u := range s.leased {
			urls = append(urls, u)
		}
		s.mu.Unlock()
		if len(urls) == 2 {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), s.opt.LeaseTTL/3)
		if err := renewScript.Run(ctx, s.rdb, []string{s.k("leases"), s.k("owner")}, urls...).Err(); err != nil {
			s.opt.Logger.Warn("could not renew leases", "err", err)
		}
		cancel()
	}
}

// do runs f, and again with backoff while Redis is unreachable, loading
// its data after a restart, or failing over, until Redis has been
// unavailable for RetryFor: counted from the first failure of the outage,
// across operations, so that once one operation gives up the others fail
// at their first attempt too (a crawl's final commit included) rather
// than waiting RetryFor each, one after the other.
func (s *Store) do(ctx context.Context, op string, f func(context.Context) error) error {
	wait := 100 * time.Millisecond
	for {
		err := f(ctx)
		if err != nil && strings.Contains(err.Error(), stateLostReply) {
			return fmt.Errorf("redis %s: crawl %q: %w (Redis restarted without persistence, or was flushed); this process stops: see README, \"What Redis needs\"", s.addr, s.crawlID, ErrStateLost)
		}
		if err == nil || !transient(err) {
			s.down.Store(0) // Redis answered
			return err
		}
		s.down.CompareAndSwap(0, time.Now().UnixNano())
		since := time.Since(time.Unix(0, s.down.Load()))
		if since >= s.opt.RetryFor {
			return fmt.Errorf("redis %s: %s: unavailable for %s: %w", s.addr, op, since.Round(time.Second), err)
		}
		s.opt.Logger.Warn("redis unavailable; retrying", "op", op, "err", err, "in", wait)
		select {
		case <-time.After(min(wait, s.opt.RetryFor-since)):
		case <-ctx.Done():
			return ctx.Err()
		}
		wait = min(2*wait, 5*time.Second)
	}
}

func transient(err error) bool {
	if errors.Is(err, redis.Nil) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	msg := err.Error()
	for _, p := range []string{"LOADING", "BUSY", "TRYAGAIN", "CLUSTERDOWN", "MASTERDOWN", "READONLY", "connection refused", "connection reset", "broken pipe", "i/o timeout"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
