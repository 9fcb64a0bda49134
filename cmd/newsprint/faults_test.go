package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/pipeline"
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

// A crawl whose every fetch failed (a site answering 503 to all) exits
// with status 3 and says so: before, it exited 0 ("2 fetched, 0 articles,
// 2 errors"), and a cron job saw success while the site was down. A site
// that answers but has nothing new is not such a run.
func TestCrawlEveryFetchFailed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	dir := t.TempDir()
	_, stderr, code := runCLI(t, "", "crawl", srv.URL+"/", "--state", filepath.Join(dir, "state"),
		"--out", filepath.Join(dir, "out.jsonl"), "--delay", "0s", "--retries", "0")
	if code != exitNothingFetched || !strings.Contains(stderr, "every fetch failed") || !strings.Contains(stderr, "HTTP 503") {
		t.Errorf("crawl of a site answering 503: exit %d, stderr:\n%s\nwant exit %d saying every fetch failed, with HTTP 503", code, stderr, exitNothingFetched)
	}

	ok := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, `<html><body><p>No news today.</p><a href="/gone">gone</a></body></html>`)
	}))
	defer ok.Close()
	if _, stderr, code := runCLI(t, "", "crawl", ok.URL+"/", "--state", filepath.Join(dir, "state2"),
		"--out", filepath.Join(dir, "out2.jsonl"), "--delay", "0s", "--retries", "0"); code != 0 {
		t.Errorf("crawl of a site with no article and one link answering 404: exit %d, want 0:\n%s", code, stderr)
	}
}

// The exit-3 verdict from a run's counts and, in a shared crawl, what the
// crawl as a whole got answered while the process ran.
func TestFetchedNothing(t *testing.T) {
	for _, tc := range []struct {
		name          string
		s             pipeline.Stats
		crawlAnswered int64
		want          bool
	}{
		{"no outcome (a shared crawl's work all done by others)", pipeline.Stats{}, 0, false},
		{"DNS failed", pipeline.Stats{Errors: 1, Outcomes: map[string]int{"failed: robots.txt: DNS: no such host": 1}}, 0, true},
		{"disallowed by robots.txt", pipeline.Stats{Outcomes: map[string]int{"skipped: robots.txt": 2}}, 0, true},
		{"site answering 503", pipeline.Stats{Fetched: 2, Errors: 2, Outcomes: map[string]int{"failed: HTTP 503": 2}}, 0, true},
		{"seed gone (404) and no sitemap", pipeline.Stats{Fetched: 2, Errors: 1, Outcomes: map[string]int{"failed: HTTP 404": 1, "skipped: no sitemap": 1}}, 0, true},
		{"a page and no sitemap", pipeline.Stats{Fetched: 2, Outcomes: map[string]int{"page": 1, "skipped: no sitemap": 1}}, 0, false},
		{"seed moved to another site", pipeline.Stats{Fetched: 2, Outcomes: map[string]int{"skipped: " + pipeline.ReasonSeedMoved: 1, "skipped: no sitemap": 1}}, 0, true},
		{"seed redirected to a page gone", pipeline.Stats{Fetched: 1, Errors: 1, Outcomes: map[string]int{"page: redirect": 1, "failed: HTTP 404": 1}}, 0, true},
		{"seed redirected to a page", pipeline.Stats{Fetched: 1, Outcomes: map[string]int{"page: redirect": 1, "page: listing page": 1}}, 0, false},
		{"seed gone (404), alone", pipeline.Stats{Fetched: 1, Errors: 1, Outcomes: map[string]int{"failed: HTTP 404": 1}}, 0, true},
		{"404 lot of a shared crawl that got pages meanwhile", pipeline.Stats{Fetched: 3, Errors: 3, Outcomes: map[string]int{"failed: HTTP 404": 3}}, 5, false},
		{"503 lot of a shared crawl that got pages meanwhile", pipeline.Stats{Fetched: 1, Errors: 1, Outcomes: map[string]int{"failed: HTTP 503": 1}}, 1, false},
		{"DNS lot of a shared crawl that got pages meanwhile", pipeline.Stats{Errors: 1, Outcomes: map[string]int{"failed: robots.txt: DNS: no such host": 1}}, 1, false},
		{"a page among failures", pipeline.Stats{Fetched: 3, Errors: 2, Outcomes: map[string]int{"failed: HTTP 404": 2, "page": 1}}, 0, false},
		{"nothing new", pipeline.Stats{Fetched: 2, Outcomes: map[string]int{"not-modified": 1, "unchanged": 1}}, 0, false},
		{"non-HTML only", pipeline.Stats{Fetched: 1, Outcomes: map[string]int{"skipped: not HTML": 1}}, 0, false},
	} {
		if got := fetchedNothing(tc.s, tc.crawlAnswered); got != tc.want {
			t.Errorf("fetchedNothing(%s: %+v, crawl answered %d) = %v, want %v", tc.name, tc.s, tc.crawlAnswered, got, tc.want)
		}
	}
}

// A crawl whose seed is gone or forbidden (any 4xx) fetched nothing and
// exits 3, like a site that is down: a cron job must see a dead seed.
// Before, a seed answering 404 exited 0 (the guessed /sitemap.xml's 404,
// recorded as "skipped: no sitemap", counted as a fetch that did not
// fail), while one answering 410 or 403 exited 3.
func TestCrawlSeedGone(t *testing.T) {
	for _, status := range []int{http.StatusNotFound, http.StatusGone, http.StatusForbidden} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "no such page", status)
		}))
		dir := t.TempDir()
		_, stderr, code := runCLI(t, "", "crawl", srv.URL+"/", "--state", filepath.Join(dir, "state"),
			"--out", filepath.Join(dir, "out.jsonl"), "--delay", "0s", "--retries", "0")
		srv.Close()
		if want := fmt.Sprintf("HTTP %d", status); code != exitNothingFetched || !strings.Contains(stderr, "every fetch failed") || !strings.Contains(stderr, want) {
			t.Errorf("crawl of a seed answering %d (robots.txt and sitemap too): exit %d, stderr:\n%s\nwant exit %d saying every fetch failed, with %s", status, code, stderr, exitNothingFetched, want)
		}
	}
}

// A crawl whose seed redirects within the site to a page gone fetched
// nothing: exit 3, naming the target's 404. The redirect's own outcome
// ("page: redirect") is no answer: since a redirect's target is a URL of
// its own, with its own outcome, that counted as a page fetched.
func TestCrawlSeedRedirectsToPageGone(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			http.Redirect(w, r, "/home", http.StatusMovedPermanently)
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	dir := t.TempDir()
	_, stderr, code := runCLI(t, "", "crawl", srv.URL+"/", "--state", filepath.Join(dir, "state"),
		"--out", filepath.Join(dir, "out.jsonl"), "--delay", "0s", "--retries", "0")
	if code != exitNothingFetched || !strings.Contains(stderr, "every fetch failed") || !strings.Contains(stderr, "failed: HTTP 404 (1)") {
		t.Errorf("crawl of a seed redirecting to a page gone: exit %d, stderr:\n%s\nwant exit %d saying every fetch failed, with the target's HTTP 404", code, stderr, exitNothingFetched)
	}
}

// A crawl whose only seed redirects to another site (a domain move)
// fetched nothing of the site: exit 3, saying so. Before, the redirect was
// a skip like any other and the run exited 0 with no article.
func TestCrawlSeedMovedOffSite(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt" || r.URL.Path == "/sitemap.xml":
			http.NotFound(w, r)
		case strings.HasPrefix(r.Host, "127.0.0.1"):
			http.Redirect(w, r, "http://localhost"+strings.TrimPrefix(r.Host, "127.0.0.1")+r.URL.Path, http.StatusMovedPermanently)
		default:
			fmt.Fprint(w, `<html><body><p>The new home of the site.</p></body></html>`)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	_, stderr, code := runCLI(t, "", "crawl", srv.URL+"/", "--state", filepath.Join(dir, "state"),
		"--out", filepath.Join(dir, "out.jsonl"), "--delay", "0s", "--retries", "0")
	if code != exitNothingFetched || !strings.Contains(stderr, pipeline.ReasonSeedMoved) || !strings.Contains(stderr, "--allow-host") {
		t.Errorf("crawl of a seed redirecting to another host: exit %d, stderr:\n%s\nwant exit %d saying the seed redirected off site and how to allow it", code, stderr, exitNothingFetched)
	}
}

// The message of a crawl that fetched nothing names the seed's outcome,
// not the guessed /sitemap.xml's 404, which is no cause (fetchedNothing).
// Before, "skipped: no sitemap (1)" came first, being first
// alphabetically: "every fetch failed: skipped: no sitemap (1); skipped:
// seed redirected off site (1)".
func TestNothingFetchedCauses(t *testing.T) {
	moved := pipeline.StatusSkipped + ": " + pipeline.ReasonSeedMoved
	err := nothingFetched(pipeline.Stats{Fetched: 2, Outcomes: map[string]int{moved: 1, "skipped: no sitemap": 1}})
	if msg := err.Error(); strings.Contains(msg, "no sitemap") || !strings.Contains(msg, moved+" (1)") {
		t.Errorf("seed moved, no sitemap: %q; want the seed's outcome alone", msg)
	}
	err = nothingFetched(pipeline.Stats{Fetched: 1, Outcomes: map[string]int{"skipped: no sitemap": 1}})
	if msg := err.Error(); !strings.Contains(msg, "no sitemap (1)") {
		t.Errorf("no sitemap alone: %q; want it named, as the only outcome", msg)
	}
}

// A crawl whose output fails (a full disk) does not report itself
// "finished" with its articles as if written: the summary says the run
// failed and that the next run fetches again what was not committed, and
// the error is not prefixed with the site name "command line".
func TestCrawlOutputFailsSummary(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full on this system")
	}
	abs, _ := filepath.Abs("../../testdata/site/index.html")
	_, stderr, code := runCLI(t, "", "crawl", "file://"+abs, "--state", filepath.Join(t.TempDir(), "state"), "--out", "/dev/full")
	if code != 1 || strings.Contains(stderr, "crawl finished") || !strings.Contains(stderr, "crawl failed") ||
		!strings.Contains(stderr, "no space left on device") || strings.Contains(stderr, "command line:") {
		t.Errorf("crawl writing to /dev/full: exit %d, stderr:\n%s\nwant exit 1, a summary saying the crawl failed, and the error without the site name", code, stderr)
	}
	// The JSON summary says so too.
	_, stderr, code = runCLI(t, "", "crawl", "file://"+abs, "--state", filepath.Join(t.TempDir(), "state"), "--out", "/dev/full", "--log-format", "json")
	if code != 1 || !strings.Contains(stderr, `"msg":"crawl summary"`) || !strings.Contains(stderr, `"failed":true`) {
		t.Errorf("crawl writing to /dev/full, --log-format json: exit %d, stderr:\n%s\nwant exit 1 and a summary with \"failed\":true", code, stderr)
	}
}

// A file:// seed that does not exist is "no such file", not the "HTTP 404"
// of net/http's file transport.
func TestCrawlMissingFileSeed(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := runCLI(t, "", "crawl", "file://"+filepath.Join(dir, "nope.html"), "--state", filepath.Join(dir, "state"),
		"--out", filepath.Join(dir, "out.jsonl"))
	if code != exitNothingFetched || !strings.Contains(stderr, "failed: no such file") || strings.Contains(stderr, "HTTP 404") {
		t.Errorf("crawl of a missing file: exit %d, stderr:\n%s\nwant exit %d saying no such file", code, stderr, exitNothingFetched)
	}
}
