package redisstore

import (
	"context"
	"strings"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/redis/go-redis/v9"
)

// addListed keeps what listings said of entries (pipeline.Listed) in the
// listed hash, under the URL's hash: "source\tpublished\tmodified", times
// in RFC 3339 with their zone, "" when unknown. A later listing's dates
// replace those it gives. It runs before the URLs are queued, so that a
// process leasing one finds its dates.
func (s *Store) addListed(ctx context.Context, entries []pipeline.Entry) error {
	var fields []string
	var news []*pipeline.Listed
	for _, e := range entries {
		if l := e.Listed; l != nil && (!l.Published.IsZero() || !l.Modified.IsZero()) {
			fields, news = append(fields, hkey(e.URL)), append(news, l)
		}
	}
	if len(fields) == 0 {
		return nil
	}
	var old []any
	err := s.do(ctx, "listing dates", func(ctx context.Context) error {
		var err error
		old, err = s.rdb.HMGet(ctx, s.k("listed"), fields...).Result()
		return err
	})
	if err != nil {
		return err
	}
	vals := make([]any, 0, 2*len(fields))
	for i, l := range news {
		merged := *l
		if prev, ok := old[i].(string); ok {
			p := parseListed(prev)
			if merged.Published.IsZero() {
				merged.Published = p.Published
			}
			if merged.Modified.IsZero() {
				merged.Modified = p.Modified
			}
		}
		vals = append(vals, fields[i], formatListed(merged))
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
		if str, ok := v.(string); ok && i < len(out) {
			l := parseListed(str)
			out[i].Listed = &l
		}
	}
}

func formatListed(l pipeline.Listed) string {
	return clean(l.Source) + "\t" + timeText(l.Published) + "\t" + timeText(l.Modified)
}

func parseListed(v string) pipeline.Listed {
	f := strings.Split(v, "\t")
	for len(f) < 3 {
		f = append(f, "")
	}
	pub, _ := time.Parse(time.RFC3339Nano, f[1])
	mod, _ := time.Parse(time.RFC3339Nano, f[2])
	return pipeline.Listed{Source: f[0], Published: pub, Modified: mod}
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}
