package redisstore

import (
	"context"
	"errors"

	"github.com/redis/go-redis/v9"
)

// What the crawl as a whole got from the sites, for a process's exit
// status: a worker whose own lot was only dead links is no failed run when
// the other workers fetched pages meanwhile (cmd/newsprint faults.go).
//
// The commit script counts the answered outcomes in "answered". A process
// reads it as it opens the Store, and keeps as its base the lowest base of
// the processes alive then ("bases", pruned of the sessions whose alive
// mark is gone): the base of the crawl run it joins. Processes that overlap
// form one run, so a worker started or restarted late, whose lot is what
// the others left, is judged with them; the next run, once they are all
// gone, starts from the count it finds.

// joinScript sets this session's base and returns it.
// KEYS answered bases; ARGV session prefix.
var joinScript = redis.NewScript(`
local base = tonumber(redis.call('GET', KEYS[1]) or 0)
local rows = redis.call('HGETALL', KEYS[2])
for i = 1, #rows, 2 do
  if redis.call('EXISTS', ARGV[2] .. 'alive:' .. rows[i]) == 1 then
    base = math.min(base, tonumber(rows[i + 1]) or base)
  else
    redis.call('HDEL', KEYS[2], rows[i])
  end
end
redis.call('HSET', KEYS[2], ARGV[1], base)
return base`)

// join records this session's base: called by Open, after its alive mark.
func (s *Store) join(ctx context.Context) error {
	return s.do(ctx, "join", func(ctx context.Context) error {
		var err error
		s.base, err = joinScript.Run(ctx, s.rdb, []string{s.k("answered"), s.k("bases")}, s.session, s.p).Int64()
		return err
	})
}

// Answered is the number of outcomes that every process of the crawl has
// committed so far for URLs the site answered (an article, unchanged, not
// modified, or a page): failures and skips are not counted. It only grows
// (a commit sent again after a lost reply may count twice).
func (s *Store) Answered(ctx context.Context) (int64, error) {
	var n int64
	err := s.do(ctx, "answered", func(ctx context.Context) error {
		var err error
		n, err = s.rdb.Get(ctx, s.k("answered")).Int64()
		if errors.Is(err, redis.Nil) {
			n, err = 0, nil
		}
		return err
	})
	return n, err
}

// Progress is how many URLs the sites answered to the crawl, counting
// every process (Answered), since the crawl run this process joined began:
// the earliest start among the processes alive when it opened the Store,
// and, through them, among those alive when they opened theirs. A crawl
// whose sites are down has none, however many workers share it.
func (s *Store) Progress(ctx context.Context) (int64, error) {
	n, err := s.Answered(ctx)
	return max(n-s.base, 0), err
}
