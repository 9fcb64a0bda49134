package redisstore

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/redis/go-redis/v9"
)

// go-redis has one logger per program, which writes its own lines (a
// pool's dial failures: "redis: connection pool: failed to dial after 5
// attempts") to stderr, past the program's logger: a crawl's JSON logs got
// plain-text lines in between while Redis was down. Open routes them to
// its Options.Logger at Debug level instead; the retries they accompany
// are logged at Warn already ("redis unavailable; retrying"). With several
// Stores, the last opened gets them.
var (
	clientLogger  atomic.Pointer[slog.Logger]
	clientLogOnce sync.Once
)

type clientLog struct{}

func (clientLog) Printf(_ context.Context, format string, v ...any) {
	if l := clientLogger.Load(); l != nil {
		l.Debug("redis client", "detail", fmt.Sprintf(format, v...))
	}
}

// routeClientLog sends go-redis's log lines to l.
func routeClientLog(l *slog.Logger) {
	clientLogger.Store(l)
	clientLogOnce.Do(func() { redis.SetLogger(clientLog{}) })
}
