package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func mirrorSeed(t *testing.T) string {
	t.Helper()
	abs, err := filepath.Abs("../../testdata/site/index.html")
	if err != nil {
		t.Fatal(err)
	}
	return "file://" + abs
}

// --out may be a device or a named pipe: only regular files are fsynced
// (fsync of /dev/null fails with EINVAL, which ended the crawl).
func TestCrawlOutNotAFile(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runCLI(t, "", "crawl", mirrorSeed(t), "--state", filepath.Join(dir, "s1"), "--delay", "0s", "--out", os.DevNull); code != 0 {
		t.Errorf("crawl --out /dev/null: exit %d\n%s", code, stderr)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	lines := make(chan int)
	go func() {
		f, err := os.Open(fifo) // blocks until the crawl opens it
		if err != nil {
			lines <- -1
			return
		}
		defer f.Close()
		n := 0
		for sc := bufio.NewScanner(f); sc.Scan(); n++ {
		}
		lines <- n
	}()
	if _, stderr, code := runCLI(t, "", "crawl", mirrorSeed(t), "--state", filepath.Join(dir, "s2"), "--delay", "0s", "--out", fifo); code != 0 {
		t.Errorf("crawl --out FIFO: exit %d\n%s", code, stderr)
	}
	select {
	case n := <-lines:
		if n != 5 {
			t.Errorf("the reader of the named pipe got %d lines, want the mirror's 5 articles", n)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the reader of the named pipe never got to the end")
	}
}

// With --log-format json every line on stderr is a JSON object, the run's
// summary included.
func TestCrawlJSONSummary(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := runCLI(t, "", "crawl", mirrorSeed(t), "--state", filepath.Join(dir, "s"), "--delay", "0s",
		"--out", filepath.Join(dir, "out.jsonl"), "--log-format", "json", "--warc", filepath.Join(dir, "warc"))
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var summary map[string]any
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Errorf("stderr line is not a JSON object: %q", line)
			continue
		}
		if m["msg"] == "crawl summary" {
			summary = m
		}
	}
	if summary == nil || summary["articles"] != float64(5) || summary["outcomes"] == nil || summary["failed"] != false {
		t.Errorf("no JSON summary with the mirror's 5 articles, the outcomes and failed false: %v\n%s", summary, stderr)
	}
}

// --help goes to stdout and exits 0; a mistake prints usage on stderr.
func TestHelpOnStdout(t *testing.T) {
	for _, args := range [][]string{{"crawl", "--help"}, {"crawl", "-h"}, {"extract", "--help"}, {"--help"}} {
		out, stderr, code := runCLI(t, "", args...)
		if code != 0 || !strings.Contains(out, "Usage") || stderr != "" {
			t.Errorf("newsprint %q: exit %d, stdout %d bytes, stderr %q; want 0, the usage on stdout, nothing on stderr", args, code, len(out), stderr)
		}
	}
	if out, stderr, code := runCLI(t, "", "crawl", "--no-such-flag"); code != 2 || out != "" || !strings.Contains(stderr, "Usage") {
		t.Errorf("crawl --no-such-flag: exit %d, stdout %q; want 2 and the usage on stderr", code, out)
	}
}

// A flag value that cannot be meant is a usage error naming the flag,
// never silently something else.
func TestFlagValuesRefused(t *testing.T) {
	seed := "https://example.com/"
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"crawl", "--parallel", "0", seed}, "--parallel 0"},
		{[]string{"crawl", "--max-pages", "-1", seed}, "--max-pages -1"},
		{[]string{"crawl", "--delay", "-1s", seed}, "--delay -1s"},
		{[]string{"crawl", "--max-depth", "-2", seed}, "--max-depth -2"},
		{[]string{"crawl", "--timeout", "0s", seed}, "--timeout 0s"},
		{[]string{"crawl", "--max-bytes", "0", seed}, `"0" for flag -max-bytes`},
		{[]string{"crawl", "--retries", "-1", seed}, "--retries -1"},
		{[]string{"crawl", "--lease-ttl", "0s", seed}, "--lease-ttl 0s"},
		{[]string{"extract", "--max-bytes", "0", seedPage}, `"0" for flag -max-bytes`},
	} {
		_, stderr, code := runCLI(t, "", tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.flag) {
			t.Errorf("newsprint %q: exit %d, stderr %q; want 2 naming %q", tc.args, code, stderr, tc.flag)
		}
	}
	dir := t.TempDir()
	for _, tc := range []struct{ yaml, key string }{
		{"sites:\n  - name: s\n    seeds: [\"" + seed + "\"]\n    parallel: 0\n", "s: parallel 0"},
		{"defaults:\n  delay: -2s\nsites:\n  - name: s\n    seeds: [\"" + seed + "\"]\n", "s: delay -2s"},
		{"sites:\n  - name: s\n    seeds: [\"" + seed + "\"]\n    max_pages: -5\n", "s: max_pages -5"},
	} {
		path := filepath.Join(dir, "c.yaml")
		if err := os.WriteFile(path, []byte(tc.yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		_, stderr, code := runCLI(t, "", "crawl", "--config", path)
		if code != 2 || !strings.Contains(stderr, tc.key) {
			t.Errorf("--config with %q: exit %d, stderr %q; want 2 naming %q", tc.yaml, code, stderr, tc.key)
		}
	}
}

// A setting a file gives, even zero, keeps its value: delay: 0s is no
// delay (it took the default), max_depth: 0 the seeds only.
func TestConfigZeroKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	yaml := "defaults:\n  delay: 2s\n  max_depth: 3\nsites:\n  - name: s\n    seeds: [\"https://example.com/\"]\n    delay: 0s\n    max_depth: 0\n"
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	cf, err := loadConfig(path)
	if err != nil {
		t.Fatal(err)
	}
	s := cf.Sites[0]
	if s.Delay.Duration != 0 || s.MaxDepth.N != 0 {
		t.Errorf("site with delay: 0s and max_depth: 0 under defaults 2s and 3: delay %s, max_depth %d", s.Delay.Duration, s.MaxDepth.N)
	}
}

// --max-depth 0 fetches the seeds only (it meant 5).
func TestMaxDepthZero(t *testing.T) {
	dir := t.TempDir()
	stats := filepath.Join(dir, "stats.json")
	_, stderr, code := runCLI(t, "", "crawl", mirrorSeed(t), "--state", filepath.Join(dir, "s"), "--delay", "0s",
		"--out", filepath.Join(dir, "out.jsonl"), "--max-depth", "0", "--stats", stats)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var st map[string]any
	if b, err := os.ReadFile(stats); err != nil || json.Unmarshal(b, &st) != nil || st["fetched"] != float64(1) {
		t.Errorf("--max-depth 0: stats %v, want 1 fetch (the seed)", st)
	}
}

// extract reads files: a URL is a usage error that says so, and text that
// is not HTML is refused by its content whatever the file's name.
func TestExtractInputs(t *testing.T) {
	_, stderr, code := runCLI(t, "", "extract", "https://example.com/news/1")
	if code != 2 || !strings.Contains(stderr, "reads files") {
		t.Errorf("extract URL: exit %d, stderr %q; want 2 and that it reads files", code, stderr)
	}
	dir := t.TempDir()
	for name, body := range map[string]string{
		"pdf":  "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + strings.Repeat("stream text of the report ", 50),
		"json": `{"title": "Story", "body": "<p>` + strings.Repeat("Words of the story. ", 100) + `</p>"}`,
		"csv":  "date,title,words\n" + strings.Repeat("2024-03-26,Harbour wall reopens after repairs,512\n", 40),
		"text": strings.Repeat("A plain text file with sentences of a story in it. ", 60),
	} {
		path := filepath.Join(dir, name+".html")
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		out, stderr, code := runCLI(t, "", "extract", path)
		if code != 1 || out != "" || !strings.Contains(stderr, "not an HTML page") {
			t.Errorf("extract %s: exit %d, stdout %q, stderr %q; want 1, no record, not HTML", name, code, out, stderr)
		}
	}
}

// A flag mistake prints its message, the synopsis and where the flags are
// listed, on stderr; not the whole flag list, which scrolled the message
// off a terminal (60 lines for crawl).
func TestUsageErrorShort(t *testing.T) {
	for _, cmd := range []string{"crawl", "extract"} {
		_, stderr, code := runCLI(t, "", cmd, "--no-such-flag")
		if code != 2 || !strings.Contains(stderr, "flag provided but not defined: -no-such-flag") ||
			!strings.Contains(stderr, "Usage: newsprint "+cmd) || !strings.Contains(stderr, "newsprint "+cmd+" --help") ||
			strings.Contains(stderr, "-max-bytes") {
			t.Errorf("%s --no-such-flag: exit %d, stderr:\n%s\nwant 2, the error, the synopsis and a pointer to --help, without the flag list", cmd, code, stderr)
		}
	}
}

// --help says what the README says --delay is: the least time between
// the starts of two requests to a host, whatever --parallel. It said
// "pause between requests", which reads as a gap after each answer, so
// that --parallel 2 would double the rate.
func TestHelpDelayBetweenStarts(t *testing.T) {
	out, _, _ := runCLI(t, "", "crawl", "--help")
	for _, want := range []string{"least time between the starts of two requests to one host", "their starts still --delay apart"} {
		if !strings.Contains(out, want) {
			t.Errorf("crawl --help lacks %q", want)
		}
	}
}

// A duration without its unit ("--delay 5") is a usage error that says a
// unit is wanted; the flag package says only "parse error".
func TestDurationFlagNeedsUnit(t *testing.T) {
	for _, name := range []string{"delay", "timeout", "revisit-after"} {
		_, stderr, code := runCLI(t, "", "crawl", "--"+name, "5", "https://example.com/")
		if code != 2 || !strings.Contains(stderr, "--"+name+" takes a number with its unit") {
			t.Errorf("crawl --%s 5: exit %d, stderr:\n%s\nwant 2 and a hint that a unit is wanted", name, code, stderr)
		}
	}
	if _, stderr, _ := runCLI(t, "", "crawl", "--max-pages", "x", "https://example.com/"); strings.Contains(stderr, "unit") {
		t.Errorf("crawl --max-pages x: a duration hint for an integer flag:\n%s", stderr)
	}
}

// A seed without a scheme is a usage error that says which URL was likely
// meant: a local file's file:// URL, else https.
func TestSeedWithoutSchemeHint(t *testing.T) {
	abs, err := filepath.Abs("../../testdata/site/index.html")
	if err != nil {
		t.Fatal(err)
	}
	for seed, want := range map[string]string{
		abs:               `"file://` + filepath.ToSlash(abs) + `"`,
		"www.example.com": `did you mean "https://www.example.com"?`,
	} {
		_, stderr, code := runCLI(t, "", "crawl", seed)
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("crawl %s: exit %d, stderr:\n%s\nwant 2 and %s", seed, code, stderr, want)
		}
	}
}

// Both size flags take the same forms: bytes, or a number with a K, M or G
// suffix (an optional B after it), powers of 1024.
func TestByteSizeFlag(t *testing.T) {
	for in, want := range map[string]int64{
		"1048576": 1 << 20, "5M": 5 << 20, "5mb": 5 << 20, "512K": 512 << 10, "1G": 1 << 30, "1.5K": 1536,
	} {
		var b byteSize
		if err := b.Set(in); err != nil || int64(b) != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, int64(b), err, want)
		}
	}
	for _, in := range []string{"", "0", "-1M", "5X", "M", "2P", "1e20"} {
		var b byteSize
		if err := b.Set(in); err == nil {
			t.Errorf("Set(%q) = %d; want an error", in, int64(b))
		}
	}
	// extract: the page is some 9 KiB.
	if _, stderr, code := runCLI(t, "", "extract", "--max-bytes", "1K", seedPage); code != 1 || !strings.Contains(stderr, seedPage) {
		t.Errorf("extract --max-bytes 1K: exit %d, stderr %q; want 1 naming the page", code, stderr)
	}
	if out, stderr, code := runCLI(t, "", "extract", "--max-bytes", "5M", seedPage); code != 0 || !strings.Contains(out, `"title"`) {
		t.Errorf("extract --max-bytes 5M: exit %d, stderr %q; want 0 and the article", code, stderr)
	}
}
