package redisstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/redis/go-redis/v9"
)

// The schedules of listing pages are a hash, "lst" (URL -> links hash and
// interval), and a sorted set, "lstdue" (URL by the time it is due).
//
// The fingerprints of emitted articles are a Redis stream, "fps", trimmed to
// about pipeline.DefaultFingerprintWindow entries: every process reads on
// from the last entry it read, so each learns of the articles the others
// emit. A URL emitted again in a new revision appears again, later.

var (
	_ pipeline.Fingerprinted = (*Store)(nil)
	_ pipeline.Listings      = (*Store)(nil)
)

// runCommit runs the commit script and, in the same MULTI/EXEC
// transaction, adds the fingerprints of the articles among outcomes and the
// schedules of the listing pages.
func (s *Store) runCommit(ctx context.Context, keys []string, args []any, outcomes []pipeline.Outcome) error {
	var more []pipeline.Outcome
	for _, o := range outcomes {
		if o.SimHash != 0 && o.Hash != "" || o.Listing != nil {
			more = append(more, o)
		}
	}
	if len(more) == 0 {
		return commitScript.Run(ctx, s.rdb, keys, args...).Err()
	}
	// In a transaction a script is sent whole: EVALSHA's fallback on
	// NOSCRIPT cannot happen inside MULTI.
	cmds, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		commitScript.Eval(ctx, p, keys, args...)
		for _, o := range more {
			if o.SimHash != 0 && o.Hash != "" {
				p.XAdd(ctx, &redis.XAddArgs{
					Stream: s.k("fps"),
					MaxLen: pipeline.DefaultFingerprintWindow,
					Approx: true,
					Values: []string{"u", o.URL, "i", o.ArticleID, "h", o.Hash, "s", strconv.FormatUint(o.SimHash, 10)},
				})
			}
			if l := o.Listing; l != nil {
				p.HSet(ctx, s.k("lst"), o.URL, l.LinksHash+"\t"+strconv.FormatInt(int64(l.Interval), 10))
				p.ZAdd(ctx, s.k("lstdue"), redis.Z{Score: float64(l.Next.UnixMilli()), Member: o.URL})
			}
		}
		return nil
	})
	return execAbortCause(cmds, err)
}

// execAbortCause is, for a transaction Redis discarded whole (EXECABORT)
// because it refused a command while queueing it, that refusal, which says
// whether to try again: "LOADING" while Redis reads its data back after a
// restart is transient (do retries it), a wrong type is not. None of the
// transaction ran, so running it again commits it once. Any other err is
// returned as it is.
func execAbortCause(cmds []redis.Cmder, err error) error {
	if err == nil || !strings.HasPrefix(err.Error(), "EXECABORT") {
		return err
	}
	for _, c := range cmds {
		if cerr := c.Err(); cerr != nil {
			return fmt.Errorf("%w (%v)", cerr, err)
		}
	}
	return err
}

// Listing returns the schedule of the listing page url.
func (s *Store) Listing(ctx context.Context, url string) (pipeline.Listing, bool, error) {
	var l pipeline.Listing
	var v string
	var next float64
	err := s.do(ctx, "listing", func(ctx context.Context) error {
		var err error
		if v, err = s.rdb.HGet(ctx, s.k("lst"), url).Result(); err != nil {
			return err
		}
		next, err = s.rdb.ZScore(ctx, s.k("lstdue"), url).Result()
		return err
	})
	if errors.Is(err, redis.Nil) {
		return l, false, nil
	}
	if err != nil {
		return l, false, err
	}
	hash, iv, _ := strings.Cut(v, "\t")
	n, err := strconv.ParseInt(iv, 10, 64)
	if err != nil {
		return l, false, fmt.Errorf("schedule of %s: %q", url, v)
	}
	l.LinksHash, l.Interval, l.Next = hash, time.Duration(n), time.UnixMilli(int64(next))
	return l, true, nil
}

// DueListings returns up to limit listing pages due at t, most overdue
// first.
func (s *Store) DueListings(ctx context.Context, t time.Time, limit int) ([]string, error) {
	var out []string
	err := s.do(ctx, "due listings", func(ctx context.Context) error {
		var err error
		out, err = s.rdb.ZRangeArgs(ctx, redis.ZRangeArgs{
			Key: s.k("lstdue"), Start: "-inf", Stop: strconv.FormatInt(t.UnixMilli(), 10), ByScore: true, Count: int64(limit),
		}).Result()
		return err
	})
	return out, err
}

// Fingerprints calls f for the fingerprints added after position since,
// oldest first, and returns the position of the last. A position is a
// stream entry ID, milliseconds and sequence, as ms*1e6+seq.
func (s *Store) Fingerprints(ctx context.Context, since int64, f func(pipeline.Fingerprint)) (int64, error) {
	start := "-"
	if since > 0 {
		start = fmt.Sprintf("(%d-%d", since/1e6, since%1e6)
	}
	for {
		var msgs []redis.XMessage
		err := s.do(ctx, "read fingerprints", func(ctx context.Context) error {
			var err error
			msgs, err = s.rdb.XRangeN(ctx, s.k("fps"), start, "+", 1000).Result()
			return err
		})
		if err != nil {
			return since, err
		}
		for _, m := range msgs {
			pos, ok := position(m.ID)
			if !ok {
				return since, fmt.Errorf("read fingerprints: entry %q", m.ID)
			}
			u, _ := m.Values["u"].(string)
			h, _ := m.Values["h"].(string)
			id, _ := m.Values["i"].(string)
			sh, _ := m.Values["s"].(string)
			simhash, err := strconv.ParseUint(sh, 10, 64)
			if err != nil || u == "" {
				return since, fmt.Errorf("read fingerprints: entry %s: %v", m.ID, m.Values)
			}
			f(pipeline.Fingerprint{URL: u, ID: id, Hash: h, SimHash: simhash})
			since, start = pos, "("+m.ID
		}
		if len(msgs) < 1000 {
			return since, nil
		}
	}
}

// position turns a stream entry ID into a position.
func position(id string) (int64, bool) {
	ms, seq, ok := strings.Cut(id, "-")
	m, err1 := strconv.ParseInt(ms, 10, 64)
	q, err2 := strconv.ParseInt(seq, 10, 64)
	if !ok || err1 != nil || err2 != nil || q >= 1e6 {
		return 0, false
	}
	return m*1e6 + q, true
}
