package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// zeroSite counts the requests to each path: /busy answers 503, /news/1
// is an article with an ETag that answers conditional GETs with a 304.
type zeroSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
	cond int // conditional GETs of /news/1
}

func newZeroSite() *zeroSite {
	s := &zeroSite{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.hits[r.URL.Path]++
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<html><body><a href="/busy">busy</a> <a href="/news/1">story</a></body></html>`)
		case "/busy":
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
		case "/news/1":
			w.Header().Set("ETag", `"v1"`)
			if r.Header.Get("If-None-Match") == `"v1"` {
				s.cond++
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, `<html><head><title>Harbour wall mended</title><meta property="article:published_time" content="2024-03-01T10:00:00Z"></head><body><article><h1>Harbour wall mended</h1><p>%s</p></article></body></html>`,
				strings.Repeat("The harbour wall was mended over the winter by the town's own crew. ", 12))
		default:
			http.NotFound(w, r)
		}
	}))
	return s
}

func (s *zeroSite) counts(path string) (hits, cond int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path], s.cond
}

// --retries 0 is no retry: a page answering 503 is requested once. It
// meant 3 (the library's zero value).
func TestRetriesZero(t *testing.T) {
	s := newZeroSite()
	defer s.Close()
	dir := t.TempDir()
	_, stderr, code := runCLI(t, "", "crawl", s.URL+"/", "--state", filepath.Join(dir, "state"), "--out", filepath.Join(dir, "out.jsonl"),
		"--delay", "0s", "--retries", "0")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if n, _ := s.counts("/busy"); n != 1 {
		t.Errorf("--retries 0: the page answering 503 was requested %d times, want once", n)
	}
}

// --revisit-after 0s revalidates every known article on every run (with a
// conditional GET); the default (24h) does not on a run right after. It
// meant the default.
func TestRevisitAfterZero(t *testing.T) {
	s := newZeroSite()
	defer s.Close()
	dir := t.TempDir()
	crawl := func(extra ...string) {
		t.Helper()
		args := append([]string{"crawl", s.URL + "/", "--state", filepath.Join(dir, "state"), "--out", filepath.Join(dir, "out.jsonl"),
			"--delay", "0s", "--retries", "0"}, extra...)
		if _, stderr, code := runCLI(t, "", args...); code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
	}
	crawl()
	crawl()
	if n, _ := s.counts("/news/1"); n != 1 {
		t.Fatalf("a re-run at the default --revisit-after fetched the known article %d times in all, want once", n)
	}
	crawl("--revisit-after", "0s")
	if n, cond := s.counts("/news/1"); n != 2 || cond != 1 {
		t.Errorf("a re-run with --revisit-after 0s: the known article requested %d times in all, %d of them conditional; want 2, the second conditional", n, cond)
	}
}

// A key a --config file may not have is named with its line, in the
// file's terms. Before: "field seedz not found in type main.siteConfig".
func TestConfigUnknownKey(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "sites.yaml")
	if err := os.WriteFile(cfg, []byte("sites:\n  - name: a\n    seedz: [https://example.com/]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCLI(t, "", "crawl", "--config", cfg)
	if code != 2 || !strings.Contains(stderr, `line 3: unknown key "seedz"`) || strings.Contains(stderr, "main.") {
		t.Errorf("--config with seedz: exit %d, stderr:\n%s\nwant 2 and 'line 3: unknown key \"seedz\"'", code, stderr)
	}
}
