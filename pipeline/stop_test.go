package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

// listSite serves n articles, all linked from its home page; hang, if
// set, makes /a/1 wait for the client to give up while it is true.
type listSite struct {
	*chainSite
	requests atomic.Int32
	hang     atomic.Bool
}

func newListSite(n int) *listSite {
	s := &listSite{}
	s.chainSite = newChainSite(n, func(w http.ResponseWriter, r *http.Request) bool {
		s.requests.Add(1)
		switch {
		case r.URL.Path == "/":
			w.Header().Set("Content-Type", "text/html")
			var b strings.Builder
			for i := 1; i <= n; i++ {
				fmt.Fprintf(&b, `<a href="/a/%d">%d</a> `, i, i)
			}
			fmt.Fprintf(w, "<html><body>%s</body></html>", b.String())
			return true
		case r.URL.Path == "/a/1" && s.hang.Load():
			<-r.Context().Done()
			return true
		}
		return false
	})
	return s
}

// runCancelled runs a crawl of s in dir and cancels it when cancelWhen
// says so; it returns when Run does, with the server's request count at the
// cancellation.
func runCancelled(t *testing.T, s *listSite, dir string, tune func(*pipeline.Config), cancelWhen func(pipeline.Stats) bool) (atCancel int32, took time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := sqlitestore.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	out := filepath.Join(dir, "stopped.jsonl")
	sink, err := pipeline.OpenJSONL(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	var once sync.Once
	var cancelled time.Time
	cfg := pipeline.Config{
		Seeds: []string{s.URL + "/"}, Store: st, Sink: sink, OutPath: out,
		Delay: time.Second, Parallel: 1, Timeout: 30 * time.Second, MaxBodyBytes: 1 << 20,
		Progress: func(p pipeline.Stats) {
			if cancelWhen(p) {
				once.Do(func() { atCancel, cancelled = s.requests.Load(), time.Now(); cancel() })
			}
		},
	}
	if tune != nil {
		tune(&cfg)
	}
	if _, err := pipeline.Run(ctx, cfg); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if cancelled.IsZero() {
		t.Fatal("the crawl ended before it was cancelled")
	}
	return atCancel, time.Since(cancelled)
}

// On cancellation nothing new starts: with Delay 1s and Parallel 1 the
// leased URLs used to be fetched one a second after SIGINT, all of them.
// The next run fetches the rest, each article once.
func TestCrawlStopStartsNothingNew(t *testing.T) {
	s := newListSite(12)
	defer s.Close()
	dir := t.TempDir()
	atCancel, took := runCancelled(t, s, dir, nil, func(p pipeline.Stats) bool { return p.Articles >= 1 })
	if after := s.requests.Load() - atCancel; after != 0 {
		t.Errorf("%d requests started after the crawl was cancelled, want none", after)
	}
	if took > 2*time.Second {
		t.Errorf("Run returned %s after the cancellation, with nothing in flight", took)
	}
	crawlOnce(t, s.URL+"/", dir, filepath.Join(dir, "resumed.jsonl"), nil)
	checkChainOnce(t, s, dir, 12)
}

// A fetch still in flight when StopGrace ends is cut off; its URL stays
// queued, and the next run fetches it.
func TestCrawlStopGraceCutsOff(t *testing.T) {
	s := newListSite(3)
	defer s.Close()
	s.hang.Store(true)
	dir := t.TempDir()
	_, took := runCancelled(t, s, dir, func(c *pipeline.Config) {
		c.Delay, c.Parallel, c.StopGrace = -1, 4, 300*time.Millisecond
	}, func(p pipeline.Stats) bool { return p.Articles >= 2 })
	if took > 5*time.Second {
		t.Errorf("Run returned %s after the cancellation; StopGrace is 300ms", took)
	}
	s.hang.Store(false)
	crawlOnce(t, s.URL+"/", dir, filepath.Join(dir, "resumed.jsonl"), nil)
	checkChainOnce(t, s, dir, 3)
}

// checkChainOnce checks that the stopped and the resumed run emitted each
// of the n articles of s once between them.
func checkChainOnce(t *testing.T, s *listSite, dir string, n int) {
	t.Helper()
	all := append(readOut(t, filepath.Join(dir, "stopped.jsonl")), readOut(t, filepath.Join(dir, "resumed.jsonl"))...)
	var want []string
	for i := 1; i <= n; i++ {
		want = append(want, fmt.Sprintf("/a/%d", i))
	}
	slices.Sort(want)
	if got := paths(t, s.URL, all); !slices.Equal(got, want) {
		t.Errorf("stopped + resumed emitted %q\nwant each once: %q", got, want)
	}
}
