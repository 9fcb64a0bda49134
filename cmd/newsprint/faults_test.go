package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A crawl whose every host fails to resolve (the README's first command
// without internet) exits with status 3 and says why, in the message and
// in the --stats counts. Before, it exited 0 and never said that DNS
// failed.
func TestCrawlNothingFetched(t *testing.T) {
	dir := t.TempDir()
	stats := filepath.Join(dir, "stats.json")
	_, stderr, code := runCLI(t, "", "crawl", "https://nonexistent.invalid/", "--state", filepath.Join(dir, "state"),
		"--out", filepath.Join(dir, "out.jsonl"), "--delay", "0s", "--retries", "1", "--stats", stats)
	if code != exitNothingFetched || !strings.Contains(stderr, "nothing was fetched") || !strings.Contains(stderr, "robots.txt: DNS") {
		t.Errorf("crawl of a host that does not resolve: exit %d, stderr:\n%s\nwant exit %d saying nothing was fetched and that DNS failed", code, stderr, exitNothingFetched)
	}
	var st struct {
		Outcomes map[string]int `json:"outcomes"`
	}
	b, err := os.ReadFile(stats)
	if err != nil || json.Unmarshal(b, &st) != nil {
		t.Fatalf("--stats: %s (%v)", b, err)
	}
	found := false
	for k, n := range st.Outcomes {
		found = found || strings.HasPrefix(k, "failed: robots.txt: DNS") && n == 1
	}
	if !found {
		t.Errorf("--stats outcomes %v: want the seed counted under its cause", st.Outcomes)
	}
}

// A state file that is not a newsprint state is an error (exit 1) naming
// it and saying how to start fresh.
func TestCrawlEmptyState(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	os.Mkdir(state, 0o755)
	os.WriteFile(filepath.Join(state, "crawl.db"), nil, 0o644)
	abs, _ := filepath.Abs("../../testdata/site/index.html")
	_, stderr, code := runCLI(t, "", "crawl", "file://"+abs, "--state", state, "--out", filepath.Join(dir, "out.jsonl"))
	if code != 1 || !strings.Contains(stderr, filepath.Join(state, "crawl.db")) || !strings.Contains(stderr, "fresh crawl") {
		t.Errorf("empty crawl.db: exit %d, stderr %q; want exit 1 naming the file and how to start fresh", code, stderr)
	}
}
