package pipeline_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// worker is one crawl process of a shared crawl.
type worker struct {
	cmd *exec.Cmd
	out string
	log bytes.Buffer
}

func startWorker(t *testing.T, redis, crawl, name, seed, dir string, env ...string) *worker {
	t.Helper()
	w := &worker{out: filepath.Join(dir, name+".jsonl")}
	w.cmd = exec.Command(os.Args[0], "-test.run=^$")
	w.cmd.Env = append(os.Environ(), "NEWSPRINT_CRAWL_CHILD=1", "REDIS="+redis, "CRAWL="+crawl, "WORKER="+name, "OUT="+w.out, "SEED="+seed)
	w.cmd.Env = append(w.cmd.Env, env...)
	w.cmd.Stderr = &w.log
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *worker) wait(t *testing.T, timeout time.Duration) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- w.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("worker %s: %v\n%s", w.out, err, w.log.String())
		}
	case <-time.After(timeout):
		w.cmd.Process.Kill()
		t.Fatalf("worker %s still running after %s\n%s", w.out, timeout, w.log.String())
	}
}

// crew is the workers of one shared crawl run.
type crew []*worker

// startCrew starts n workers named prefix0, prefix1, ...
func startCrew(t *testing.T, n int, prefix, redis, crawl, seed, dir string, env ...string) crew {
	t.Helper()
	var c crew
	for i := range n {
		c = append(c, startWorker(t, redis, crawl, fmt.Sprint(prefix, i), seed, dir, env...))
	}
	return c
}

func (c crew) outs() []string {
	var out []string
	for _, w := range c {
		out = append(out, w.out)
	}
	return out
}

// lines counts the articles the crew has written so far.
func (c crew) lines() int {
	n := 0
	for _, w := range c {
		n += lines(w.out)
	}
	return n
}

func (c crew) wait(t *testing.T) {
	t.Helper()
	for _, w := range c {
		w.wait(t, 60*time.Second)
	}
}

func lines(path string) int {
	b, _ := os.ReadFile(path)
	return strings.Count(string(b), "\n")
}

// waitFor polls until cond holds or fails the test.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func checkExactlyOnce(t *testing.T, s *site, outs []string) {
	t.Helper()
	var all []extractor.Article
	for _, o := range outs {
		all = append(all, readOut(t, o)...)
	}
	if got := paths(t, s.URL, all); !slices.Equal(got, wantArticles) {
		t.Errorf("the workers emitted %q\nwant each once:    %q", got, wantArticles)
	}
	if m := s.most.Load(); m > 2 {
		t.Errorf("the site saw %d requests at once; the per-host limit is 2 across all workers", m)
	}
}

// Three workers share a crawl through Redis; one is killed with SIGKILL
// mid-crawl and restarted. Every article of the fixture site is emitted
// exactly once across the outputs, and the site never sees more than the
// per-host limit of requests at once.
func TestSharedCrawlWorkerKilled(t *testing.T) {
	redis := redistest.Start(t)
	s := newSite(0)
	s.latency.Store(int64(40 * time.Millisecond))
	defer s.Close()
	dir := t.TempDir()
	ws := startCrew(t, 3, "w", redis.URL(), "kill", s.URL+"/", dir)
	waitFor(t, "a first article", func() bool { return ws.lines() >= 1 })
	if err := ws[0].cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	ws[0].cmd.Wait()
	if total := ws.lines(); total >= len(wantArticles) {
		t.Fatalf("all %d articles were out before the kill; the test needs a crawl cut mid-way", total)
	}
	restarted := startWorker(t, redis.URL(), "kill", "w0", s.URL+"/", dir)
	append(ws[1:], restarted).wait(t)
	if t.Failed() {
		return
	}
	checkExactlyOnce(t, s, ws.outs())
	if t.Failed() {
		for _, w := range append(ws, restarted) {
			t.Logf("%s:\n%s\n%s", w.out, paths(t, s.URL, readOut(t, w.out)), w.log.String())
		}
	}
}

// Redis is killed and restarted mid-crawl: the workers wait, go on, and
// still emit every article exactly once.
func TestSharedCrawlRedisRestart(t *testing.T) {
	redis := redistest.Start(t)
	s := newSite(0)
	// Slow enough answers that the crawl is still running, and calling
	// Redis, when it goes down after the first article: with 40 ms, a
	// loaded machine could see the workers finish first, none of them
	// meeting the outage.
	s.latency.Store(int64(150 * time.Millisecond))
	defer s.Close()
	dir := t.TempDir()
	ws := startCrew(t, 3, "w", redis.URL(), "restart", s.URL+"/", dir)
	outs := ws.outs()
	waitFor(t, "a first article", func() bool { return ws.lines() >= 1 })
	redis.Restart(1500 * time.Millisecond)
	ws.wait(t)
	checkExactlyOnce(t, s, outs)
	logs := ws[0].log.String() + ws[1].log.String() + ws[2].log.String()
	if !strings.Contains(logs, "redis unavailable; retrying") {
		t.Errorf("no worker logged the outage:\n%s", logs)
	}

	// A later run of the same crawl id, after an edit: only the changed
	// article, as its second revision.
	before := map[string]string{}
	for _, o := range outs {
		for _, a := range readOut(t, o) {
			before[a.URL] = a.ContentHash
		}
	}
	s.setArticle("/news/a2", "Second story body about the railway, corrected on Wednesday.")
	again := startCrew(t, 2, "v", redis.URL(), "restart", s.URL+"/", dir, "REVISIT_AFTER=1ns")
	again.wait(t)
	var emitted []extractor.Article
	for _, o := range again.outs() {
		emitted = append(emitted, readOut(t, o)...)
	}
	if len(emitted) != 1 || emitted[0].URL != s.URL+"/news/a2" || emitted[0].Revision != 2 || emitted[0].PreviousHash != before[s.URL+"/news/a2"] {
		var got []string
		for _, a := range emitted {
			got = append(got, fmt.Sprintf("%s rev %d", a.URL, a.Revision))
		}
		t.Errorf("second run emitted %v; want only /news/a2, revision 2, with the old hash", got)
	}
}
