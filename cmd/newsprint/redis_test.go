package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// Two crawl commands share one crawl through Redis: together they emit the
// mirror's five articles, each once; a third run of the same crawl id
// emits nothing.
func TestCrawlRedisCLI(t *testing.T) {
	srv := redistest.Start(t)
	s := serveMirror(t)
	dir := t.TempDir()
	var wg sync.WaitGroup
	outs := []string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")}
	codes := make([]int, 2)
	errs := make([]string, 2)
	for i, out := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i], codes[i] = runCLI(t, "", "crawl", s.URL+"/", "--redis", srv.URL(), "--crawl-id", "mirror", "--out", out, "--delay", "0s")
		}()
	}
	wg.Wait()
	var urls []string
	for i, out := range outs {
		if codes[i] != 0 {
			t.Fatalf("crawl %d: exit %d\n%s", i, codes[i], errs[i])
		}
		b, _ := os.ReadFile(out)
		for _, m := range decodeLines(t, string(b)) {
			urls = append(urls, m["url"].(string))
		}
	}
	slices.Sort(urls)
	if len(urls) != 5 || len(slices.Compact(slices.Clone(urls))) != 5 {
		t.Fatalf("two shared crawls emitted %v; want the 5 articles once", urls)
	}
	again := filepath.Join(dir, "c.jsonl")
	if _, stderr, code := runCLI(t, "", "crawl", s.URL+"/", "--redis", srv.URL(), "--crawl-id", "mirror", "--out", again, "--delay", "0s"); code != 0 {
		t.Fatalf("third run: exit %d\n%s", code, stderr)
	}
	if b, _ := os.ReadFile(again); len(b) != 0 {
		t.Errorf("a later run of the same crawl emitted again:\n%s", b)
	}
}

func TestCrawlRedisUsage(t *testing.T) {
	for _, args := range [][]string{
		{"crawl", "--redis", "redis://127.0.0.1:1/0", "http://example.com/"},
		{"crawl", "--redis", "redis://127.0.0.1:1/0", "--crawl-id", "x", "--state", "/tmp/x", "http://example.com/"},
	} {
		_, stderr, code := runCLI(t, "", args...)
		if code != 2 || !strings.Contains(stderr, "--redis") {
			t.Errorf("%v: exit %d, stderr %q; want a usage error naming --redis", args, code, stderr)
		}
	}
	// A URL or crawl id that cannot be meant is a usage error naming it and
	// the form wanted. Before, it exited 1, and "127.0.0.1:6379" was
	// answered "first path segment in URL cannot contain colon".
	for _, c := range []struct{ url, id, want string }{
		{"http://not-redis", "x", `redis URL "http://not-redis": want redis://`},
		{"127.0.0.1:6379", "x", `redis URL "127.0.0.1:6379": want redis://`},
		{"redis://127.0.0.1:6379/x", "x", `redis URL "redis://127.0.0.1:6379/x": want redis://`},
		{"redis://127.0.0.1:6379/0", "a b", `crawl id "a b"`},
	} {
		_, stderr, code := runCLI(t, "", "crawl", "--redis", c.url, "--crawl-id", c.id, "--out", filepath.Join(t.TempDir(), "o"), "http://example.com/")
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("--redis %s --crawl-id %q: exit %d, stderr %q; want exit 2 and %q", c.url, c.id, code, stderr, c.want)
		}
	}
}

// A Redis URL with a password never shows it, even when malformed. Before,
// the error echoed the URL whole.
func TestCrawlRedisURLSecret(t *testing.T) {
	for _, u := range []string{"redis://user:s3cret@127.0.0.1:port/0", "redis://:s3cret@127.0.0.1:6379/x"} {
		_, stderr, code := runCLI(t, "", "crawl", "--redis", u, "--crawl-id", "x", "--out", filepath.Join(t.TempDir(), "o"), "http://example.com/")
		if code != 2 || strings.Contains(stderr, "s3cret") || !strings.Contains(stderr, "xxxxx") {
			t.Errorf("--redis %s: exit %d, stderr %q; want exit 2, the URL named with its password redacted", u, code, stderr)
		}
	}
	_, stderr, _ := runCLI(t, "", "crawl", "--out", filepath.Join(t.TempDir(), "o"), "http://user:s3cret@exa mple.com/")
	if strings.Contains(stderr, "s3cret") {
		t.Errorf("bad seed: stderr %q shows its password", stderr)
	}
}

// The summary of a process of a Redis-shared crawl that was interrupted or
// failed tells how that crawl resumes: --state has nothing to do with it.
// Before, it said "re-run with the same --state to resume".
func TestCrawlRedisSummaryResume(t *testing.T) {
	for _, failed := range []bool{false, true} {
		var b strings.Builder
		summary(&b, pipeline.Stats{Fetched: 3}, time.Second, true, failed, true)
		if got := b.String(); strings.Contains(got, "--state") || !strings.Contains(got, "--redis and --crawl-id") {
			t.Errorf("summary of a shared crawl (failed %v) = %q; want it to name --redis and --crawl-id, not --state", failed, got)
		}
	}
}
