package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// laggingTransport holds the request for /a/1 back before it goes out, as
// a busy machine may hold a goroutine, and logs when each request arrived
// and when its headers were written.
type laggingTransport struct {
	base http.RoundTripper
	lag  time.Duration
	mu   sync.Mutex
	log  []string
}

func (l *laggingTransport) note(s string) {
	l.mu.Lock()
	l.log = append(l.log, s)
	l.mu.Unlock()
}

func (l *laggingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	p := r.URL.Path
	l.note("arrive " + p)
	if p == "/a/1" {
		time.Sleep(l.lag)
	}
	trace := &httptrace.ClientTrace{WroteHeaders: func() { l.note("wrote " + p) }}
	return l.base.RoundTrip(r.WithContext(httptrace.WithClientTrace(r.Context(), trace)))
}

// A request held back between its grant and the wire for longer than the
// delay does not let the host's next request overtake it: no request of a
// host arrives at the transport while another of it is unsent. Counted
// from the grant, /a/2 went out while /a/1 waited, before it.
func TestCrawlDelayCountsFromTheWire(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "User-agent: *\nAllow: /\n") })
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><a href="/a/1">one</a> <a href="/a/2">two</a> <a href="/a/3">three</a></body></html>`)
	})
	s := httptest.NewServer(mux)
	defer s.Close()
	dir := t.TempDir()
	lag := &laggingTransport{base: http.DefaultTransport, lag: 250 * time.Millisecond}
	crawlOnce(t, s.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.Transport, c.Delay, c.Parallel = lag, 100*time.Millisecond, 2
	})
	lag.mu.Lock()
	defer lag.mu.Unlock()
	unsent := ""
	for _, e := range lag.log {
		what, p, _ := strings.Cut(e, " ")
		switch {
		case what == "arrive" && unsent != "":
			t.Fatalf("%s arrived while %s was unsent; log %q", p, unsent, lag.log)
		case what == "arrive":
			unsent = p
		case what == "wrote" && p == unsent:
			unsent = ""
		}
	}
	if len(lag.log) < 10 { // robots.txt, the seed and three pages at least, each arrived and wrote
		t.Fatalf("log %q: want 5 requests", lag.log)
	}
}
