package redisstore

import (
	"context"
	"errors"
	"testing"

	"github.com/redis/go-redis/v9"
)

// A commit queued while Redis reads its data back after a restart comes
// back EXECABORT, its queued command refused with LOADING: the crawl
// retries it (none of it ran) instead of stopping. A command refused for a
// reason that does not pass stays an error.
func TestExecAbortCause(t *testing.T) {
	ctx := context.Background()
	abort := errors.New("EXECABORT Transaction discarded because of previous errors.")
	queued := func(refusal string) []redis.Cmder {
		ok := redis.NewStatusCmd(ctx, "hset")
		refused := redis.NewCmd(ctx, "evalsha")
		refused.SetErr(errors.New(refusal))
		return []redis.Cmder{ok, refused}
	}
	if err := execAbortCause(queued("LOADING Redis is loading the dataset in memory"), abort); !transient(err) {
		t.Errorf("a LOADING refusal: %v is not retried", err)
	}
	if err := execAbortCause(queued("WRONGTYPE Operation against a key holding the wrong kind of value"), abort); err == nil || transient(err) {
		t.Errorf("a WRONGTYPE refusal: %v is retried", err)
	}
	if err := execAbortCause(nil, nil); err != nil {
		t.Errorf("no error: %v", err)
	}
	other := errors.New("ERR unknown command")
	if err := execAbortCause(queued("LOADING"), other); err != other {
		t.Errorf("another error: %v, want it as it is", err)
	}
}
