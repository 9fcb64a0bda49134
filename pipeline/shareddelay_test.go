package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// Two processes sharing a crawl through Redis space the starts of their
// requests to a host by the delay between them, robots.txt included, as
// one process does across its slots (README, "Politeness holds across
// processes"); the articles are emitted once between them.
func TestCrawlSharedDelayAcrossProcesses(t *testing.T) {
	const n, delay = 6, 300 * time.Millisecond
	redis := redistest.Start(t)
	var mu sync.Mutex
	var starts []time.Time
	by := map[string]int{} // requests by User-Agent: by process
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		starts = append(starts, time.Now())
		by[r.UserAgent()]++
		mu.Unlock()
		var i int
		switch _, err := fmt.Sscanf(r.URL.Path, "/news/%d", &i); {
		case r.URL.Path == "/":
			fmt.Fprint(w, `<html><body>`)
			for i := 1; i <= n; i++ {
				fmt.Fprintf(w, `<a href="/news/%d">Story %d</a> `, i, i)
			}
			fmt.Fprint(w, `</body></html>`)
		case err == nil && i >= 1 && i <= n:
			fmt.Fprint(w, articleHTML(fmt.Sprintf("Story %d", i), fmt.Sprintf("Story %d is about the ferry to island %d.", i, i), "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	begin := time.Now()
	var wg sync.WaitGroup
	var outs []string
	for _, name := range []string{"a", "b"} {
		dir := t.TempDir()
		out := filepath.Join(dir, name+".jsonl")
		outs = append(outs, out)
		st, err := redisstore.Open(context.Background(), redis.URL(), "spaced", redisstore.Options{Worker: name})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			crawlOnce(t, site.URL+"/", dir, out, func(c *pipeline.Config) {
				c.Store, c.Limiter = st, st
				c.Delay, c.Parallel, c.Timeout = delay, 2, 5*time.Second
				c.UserAgent = "newsprint-test-" + name
			})
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if by["newsprint-test-a"] == 0 || by["newsprint-test-b"] == 0 {
		t.Errorf("requests by process %v: want both processes crawling the host", by)
	}
	sortTimes(starts)
	// Checked against the time before either process started, as
	// TestCrawlDelayAcrossSlots does: start i cannot come before i delays
	// have passed, less a little for clocks.
	for i, at := range starts {
		if least := time.Duration(i)*delay - 20*time.Millisecond; at.Sub(begin) < least {
			t.Errorf("request %d of %d to the host started %s after the crawl began; a shared delay of %s allows no sooner than %s", i+1, len(starts), at.Sub(begin), delay, least)
		}
	}
	var all []extractor.Article
	for _, o := range outs {
		all = append(all, readOut(t, o)...)
	}
	var want []string
	for i := 1; i <= n; i++ {
		want = append(want, fmt.Sprintf("/news/%d", i))
	}
	slices.Sort(want)
	if got := paths(t, site.URL, all); !slices.Equal(got, want) {
		t.Errorf("the two processes emitted %q, want each once: %q", got, want)
	}
}
