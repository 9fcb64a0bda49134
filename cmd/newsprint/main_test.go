package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/internal/testtools"
)

const seedPage = "../../testdata/pages/ichongqing-sister-cities/source.html"

func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	code = exitCode(err, &errb) // prints the error: before errb is read
	return out.String(), errb.String(), code
}

// decodeLines decodes the records of a JSONL output after validating each
// against schema/article.schema.json.
func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	testtools.ValidateRecords(t, "output", []byte(out))
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("stdout line is not JSON: %v\n%s", err, line)
		}
		recs = append(recs, m)
	}
	return recs
}

func TestExtractFile(t *testing.T) {
	out, stderr, code := runCLI(t, "", "extract", "--url", "https://www.ichongqing.info/a", seedPage)
	if code != 0 {
		t.Fatalf("newsprint extract exit %d, stderr %q", code, stderr)
	}
	recs := decodeLines(t, out)
	if len(recs) != 1 {
		t.Fatalf("newsprint extract printed %d lines, want 1", len(recs))
	}
	if got := recs[0]["title"]; got != "Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship" {
		t.Errorf("title = %q", got)
	}
	if got := recs[0]["url"]; got != "https://www.ichongqing.info/a" {
		t.Errorf("url = %q, want the --url value", got)
	}
}

func TestExtractStdin(t *testing.T) {
	page, err := os.ReadFile(seedPage)
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCLI(t, string(page), "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if recs := decodeLines(t, out); len(recs) != 1 || recs[0]["section"] != "Sister Cities" {
		t.Errorf("newsprint extract - gave %v", recs)
	}
}

// A failed input is named on stderr, the others still print in order, and
// the exit status is 1.
func TestExtractPartialFailure(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.html")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.html")
	visible := "../../testdata/pages/visible-date/source.html"
	out, stderr, code := runCLI(t, "", "extract", seedPage, missing, empty, visible)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	recs := decodeLines(t, out)
	if len(recs) != 2 {
		t.Fatalf("printed %d records, want 2 (the good inputs)", len(recs))
	}
	if !strings.Contains(recs[0]["title"].(string), "Dusseldorf") || !strings.Contains(recs[1]["title"].(string), "Harbour wall") {
		t.Errorf("records out of input order: %q, %q", recs[0]["title"], recs[1]["title"])
	}
	for _, name := range []string{missing, empty} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name failed input %s:\n%s", name, stderr)
		}
	}
	if !strings.Contains(stderr, "empty page") {
		t.Errorf("stderr does not say why %s failed:\n%s", empty, stderr)
	}
}

func TestUsage(t *testing.T) {
	cases := []struct {
		args     []string
		wantCode int
		wantText string
	}{
		{[]string{}, 2, "Usage:"},
		{[]string{"bogus"}, 2, `unknown command "bogus"`},
		{[]string{"extract", "--no-such-flag"}, 2, "flag provided but not defined"},
		{[]string{"extract", "--url", "https://x", "a.html", "b.html"}, 2, "single input"},
		{[]string{"extract", "--help"}, 0, "-max-bytes"},
		{[]string{"version"}, 0, "newsprint/"},
	}
	for _, c := range cases {
		out, stderr, code := runCLI(t, "", c.args...)
		if code != c.wantCode {
			t.Errorf("newsprint %q: exit %d, want %d", c.args, code, c.wantCode)
		}
		if !strings.Contains(out+stderr, c.wantText) {
			t.Errorf("newsprint %q: output lacks %q:\n%s%s", c.args, c.wantText, out, stderr)
		}
	}
}

func TestExitCodeOfCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	err := run(ctx, []string{"extract", seedPage}, strings.NewReader(""), &out, &errb)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("run with a cancelled context = %v, want context.Canceled", err)
	}
	if out.Len() != 0 {
		t.Errorf("cancelled run wrote %q", out.String())
	}
}

// The README's offline example: a file:// crawl of the mirror in testdata,
// then a re-run that finds nothing new.
func TestCrawlMirror(t *testing.T) {
	abs, err := filepath.Abs("../../testdata/site/index.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "articles.jsonl")
	stats := filepath.Join(dir, "stats.json")
	// Flags after the seed, as in the README.
	args := []string{"crawl", "file://" + abs, "--state", filepath.Join(dir, "state"), "--out", out, "--delay", "0s", "--stats", stats}
	if _, stderr, code := runCLI(t, "", args...); code != 0 {
		t.Fatalf("newsprint crawl exit %d:\n%s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	recs := decodeLines(t, string(b))
	var titles []string
	for _, r := range recs {
		titles = append(titles, r["title"].(string))
	}
	if len(recs) != 5 {
		t.Fatalf("crawl of the mirror emitted %d articles, want 5: %q", len(recs), titles)
	}
	var st map[string]any
	if b, err := os.ReadFile(stats); err != nil || json.Unmarshal(b, &st) != nil || st["articles"] != float64(5) {
		t.Errorf("--stats file: %s (%v)", b, err)
	}
	_, stderr, code := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("second crawl exit %d:\n%s", code, stderr)
	}
	if b2, _ := os.ReadFile(out); len(b2) != len(b) {
		t.Errorf("second crawl of an unchanged mirror appended %d bytes", len(b2)-len(b))
	}
	if !strings.Contains(stderr, "0 articles") {
		t.Errorf("second crawl summary: %s", stderr)
	}
}

func TestCrawlUsage(t *testing.T) {
	for _, args := range [][]string{
		{"crawl"},
		{"crawl", "--include", "(", "https://example.com/"},
		{"crawl", "ftp://example.com/"},
		{"crawl", "--log-format", "xml", "https://example.com/"},
		{"crawl", "--concurrency", "0", "https://example.com/"},
	} {
		if _, stderr, code := runCLI(t, "", args...); code != 2 || stderr == "" {
			t.Errorf("newsprint %q: exit %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
}

func TestCrawlConfig(t *testing.T) {
	abs, err := filepath.Abs("../../testdata/site/index.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg := filepath.Join(dir, "sites.yaml")
	os.WriteFile(cfg, []byte(`defaults:
  delay: 0s
  max_depth: 3
sites:
  - name: mirror
    seeds: ["file://`+abs+`"]
    selectors:
      remove: ["p.standfirst"]
`), 0o644)
	out := filepath.Join(dir, "out.jsonl")
	if _, stderr, code := runCLI(t, "", "crawl", "--config", cfg, "--state", filepath.Join(dir, "s1"), "--out", out); code != 0 {
		t.Fatalf("crawl --config: exit %d\n%s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	recs := decodeLines(t, string(b))
	if len(recs) != 5 {
		t.Fatalf("crawl --config emitted %d articles, want 5", len(recs))
	}
	for _, r := range recs {
		if strings.Contains(r["text"].(string), "ahead of schedule after a dry March") {
			t.Errorf("the site's remove selector was not applied: %s", r["url"])
		}
	}
	// A flag given explicitly wins over the file.
	_, stderr, code := runCLI(t, "", "crawl", "--config", cfg, "--state", filepath.Join(dir, "s2"), "--out", filepath.Join(dir, "o2.jsonl"), "--max-pages", "1")
	if code != 0 || !strings.Contains(stderr, "1 fetched") {
		t.Errorf("--max-pages 1 with --config: exit %d\n%s", code, stderr)
	}
	for name, body := range map[string]string{
		"unknown key":  "sites:\n  - seeds: [\"file://" + abs + "\"]\n    max_pagez: 3\n",
		"bad selector": "sites:\n  - seeds: [\"file://" + abs + "\"]\n    selectors: {content: \"div[\"}\n",
		"bad duration": "defaults: {delay: soon}\nsites:\n  - seeds: [\"file://" + abs + "\"]\n",
		"no seeds":     "sites:\n  - name: empty\n",
	} {
		bad := filepath.Join(dir, "bad.yaml")
		os.WriteFile(bad, []byte(body), 0o644)
		_, stderr, code := runCLI(t, "", "crawl", "--config", bad, "--state", filepath.Join(dir, "s3"))
		if code != 2 || !strings.Contains(stderr, bad) {
			t.Errorf("%s: exit %d, stderr %q; want 2 naming %s", name, code, stderr, bad)
		}
	}
}
