package redisstore

import (
	"context"
	"net"
	"time"
)

// SetTestDialer makes Open dial through dial (nil: go-redis's own).
var SetTestDialer = func(dial func(ctx context.Context, network, addr string) (net.Conn, error)) { testDialer = dial }

// SetTestClock makes s's host limits take now from clock instead of
// Redis's TIME.
func SetTestClock(s *Store, clock func() time.Time) { s.clock = clock }
