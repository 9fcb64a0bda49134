package redisstore

import (
	"context"
	"strings"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/redis/go-redis/v9"
)

// addListed keeps what news sitemaps and feeds said of entries
// (pipeline.Listed) in the listed hash, under the URL's hash:
// "source\tpublished", the time in RFC 3339 in the zone it was stated in.
// A later listing replaces an earlier one. It runs before the URLs are
// queued, so that a process leasing one finds its date.
func (s *Store) addListed(ctx context.Context, entries []pipeline.Entry) error {
	var vals []any
	for _, e := range entries {
		if l := e.Listed; l != nil && !l.Published.IsZero() {
			vals = append(vals, hkey(e.URL), clean(l.Source)+"\t"+l.Published.Format(time.RFC3339Nano))
		}
	}
	if len(vals) == 0 {
		return nil
	}
	return s.do(ctx, "listing dates", func(ctx context.Context) error {
		return s.rdb.HSet(ctx, s.k("listed"), vals...).Err()
	})
}

// lookupListed reads, in pipe, the listing dates of the URLs hashed as
// hkeys; the command's values are given to attachListed.
func (s *Store) lookupListed(ctx context.Context, pipe redis.Pipeliner, hkeys []string) *redis.SliceCmd {
	return pipe.HMGet(ctx, s.k("listed"), hkeys...)
}

// attachListed sets the Listed of out[i] from vals[i].
func attachListed(out []pipeline.Entry, vals []any) {
	for i, v := range vals {
		str, ok := v.(string)
		if !ok || i >= len(out) {
			continue
		}
		src, pub, _ := strings.Cut(str, "\t")
		if t, err := time.Parse(time.RFC3339Nano, pub); err == nil {
			out[i].Listed = &pipeline.Listed{Source: src, Published: t}
		}
	}
}
