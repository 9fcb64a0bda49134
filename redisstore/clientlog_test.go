package redisstore_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// lockedBuffer is a bytes.Buffer safe for a logger and the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// While Redis is down, go-redis's own lines ("connection pool: failed to
// dial after 5 attempts") go to the Store's Logger, at Debug level. Before,
// go-redis wrote them to stderr itself, plain text among a crawl's JSON
// logs.
func TestClientLogGoesToLogger(t *testing.T) {
	srv := redistest.Start(t)
	var buf lockedBuffer
	logger := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	st := open(t, srv, "clientlog", "w", redisstore.Options{Logger: logger})
	defer st.Close()
	done := make(chan error, 1)
	go func() {
		time.Sleep(100 * time.Millisecond)
		_, _, err := st.Lookup(context.Background(), "https://x.example/a") // during the outage
		done <- err
	}()
	srv.Restart(2 * time.Second)
	if err := <-done; err != nil {
		t.Fatalf("Lookup across a restart: %v", err)
	}
	logs := buf.String()
	if !strings.Contains(logs, `"msg":"redis unavailable; retrying"`) || !strings.Contains(logs, `"msg":"redis client"`) || !strings.Contains(logs, "failed to dial") {
		t.Errorf("the Logger got:\n%s\nwant the retries and go-redis's own lines", logs)
	}
}
