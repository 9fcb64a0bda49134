package redisstore

import (
	"context"
	"net"
)

// SetTestDialer makes Open dial through dial (nil: go-redis's own).
var SetTestDialer = func(dial func(ctx context.Context, network, addr string) (net.Conn, error)) { testDialer = dial }
