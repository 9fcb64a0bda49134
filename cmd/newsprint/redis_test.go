package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

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
	_, stderr, code := runCLI(t, "", "crawl", "--redis", "http://not-redis", "--crawl-id", "x", "--out", filepath.Join(t.TempDir(), "o"), "http://example.com/")
	if code != 1 || !strings.Contains(stderr, "http://not-redis") {
		t.Errorf("bad Redis URL: exit %d, stderr %q; want exit 1 naming it", code, stderr)
	}
}

// A Redis URL with a password never shows it, even when malformed. Before,
// the error echoed the URL whole.
func TestCrawlRedisURLSecret(t *testing.T) {
	for _, u := range []string{"redis://user:s3cret@127.0.0.1:port/0", "redis://:s3cret@127.0.0.1:6379/x"} {
		_, stderr, code := runCLI(t, "", "crawl", "--redis", u, "--crawl-id", "x", "--out", filepath.Join(t.TempDir(), "o"), "http://example.com/")
		if code != 1 || strings.Contains(stderr, "s3cret") || !strings.Contains(stderr, "xxxxx") {
			t.Errorf("--redis %s: exit %d, stderr %q; want exit 1, the URL named with its password redacted", u, code, stderr)
		}
	}
	_, stderr, _ := runCLI(t, "", "crawl", "--out", filepath.Join(t.TempDir(), "o"), "http://user:s3cret@exa mple.com/")
	if strings.Contains(stderr, "s3cret") {
		t.Errorf("bad seed: stderr %q shows its password", stderr)
	}
}
