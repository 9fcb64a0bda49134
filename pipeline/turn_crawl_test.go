package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// turnLog is a HostLimiter that grants every turn and logs what the crawl
// does with each: "sent N", "release N".
type turnLog struct {
	mu     sync.Mutex
	n      int
	events []string
}

func (l *turnLog) TryAcquire(context.Context, string, int, time.Duration) (pipeline.Turn, time.Duration, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.n++
	return &loggedTurn{l: l, n: l.n}, 0, nil
}

func (l *turnLog) SetCrawlDelay(context.Context, string, time.Duration) error { return nil }

type loggedTurn struct {
	l *turnLog
	n int
}

func (t *loggedTurn) Sent()    { t.l.add(fmt.Sprint("sent ", t.n)) }
func (t *loggedTurn) Release() { t.l.add(fmt.Sprint("release ", t.n)) }

func (l *turnLog) add(e string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, e)
}

// The transport's report of each request reaching the wire, which spaces
// the host's starts in the frontier (wire.go), reaches the shared
// HostLimiter too: every turn is Sent once, before its Release, so that
// the other processes count the host's next start from the wire as this
// one does.
func TestCrawlTurnsSentBeforeRelease(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case "/":
			fmt.Fprint(w, `<html><body><a href="/a">a</a> <a href="/b">b</a></body></html>`)
		default:
			fmt.Fprint(w, articleHTML("Story "+r.URL.Path, "A story of a host shared by processes.", "2024-03-26T10:00:00Z"))
		}
	}))
	defer s.Close()
	lim := &turnLog{}
	dir := t.TempDir()
	crawlOnce(t, s.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxDepth, c.Delay = 1, 20*time.Millisecond
		c.Limiter = lim
	})
	lim.mu.Lock()
	defer lim.mu.Unlock()
	if lim.n < 4 { // robots.txt, /, /a, /b
		t.Fatalf("%d turns granted, want at least 4 (events %v)", lim.n, lim.events)
	}
	seen := map[string]int{}
	for _, e := range lim.events {
		seen[e]++
	}
	for i := 1; i <= lim.n; i++ {
		sent, release := fmt.Sprint("sent ", i), fmt.Sprint("release ", i)
		if seen[sent] != 1 || seen[release] != 1 {
			t.Errorf("turn %d: %d Sent, %d Release; want one each (events %v)", i, seen[sent], seen[release], lim.events)
			continue
		}
		for _, e := range lim.events {
			if e == release {
				t.Errorf("turn %d released before it was sent (events %v)", i, lim.events)
			}
			if e == sent {
				break
			}
		}
	}
}
