package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// TestMain runs main itself in a child process when NEWSPRINT_MAIN_ARGS
// holds its arguments (one a line), so that tests can signal it.
func TestMain(m *testing.M) {
	if args := os.Getenv("NEWSPRINT_MAIN_ARGS"); args != "" {
		os.Args = append([]string{"newsprint"}, strings.Split(args, "\n")...)
		main()
		return
	}
	os.Exit(m.Run())
}

// syncBuffer is a bytes.Buffer safe for a child's stderr and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A second SIGINT exits at once, with status 130, even while a request
// hangs; the next run emits every article once (the crash recovery covers
// what the interrupted run wrote and had not committed).
func TestCrawlSecondInterrupt(t *testing.T) {
	const n = 6
	var hang atomic.Bool
	var hung atomic.Int32
	hang.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		switch {
		case r.URL.Path == "/":
			w.Header().Set("Content-Type", "text/html")
			for i := 1; i <= n; i++ {
				fmt.Fprintf(w, `<a href="/a/%d">%d</a> `, i, i)
			}
		case r.URL.Path == fmt.Sprintf("/a/%d", n) && hang.Load():
			hung.Add(1)
			<-r.Context().Done()
		case strings.HasPrefix(r.URL.Path, "/a/"):
			fmt.Sscanf(r.URL.Path, "/a/%d", &i)
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, `<html><head><title>Story %d</title><meta property="article:published_time" content="2024-03-01T10:00:00Z"></head><body><article><h1>Story %d</h1><p>%s</p></article></body></html>`,
				i, i, strings.Repeat(fmt.Sprintf("Story %d tells how the harbour wall was mended over the winter. ", i), 12))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	out, state := filepath.Join(dir, "out.jsonl"), filepath.Join(dir, "state")
	args := []string{"crawl", srv.URL + "/", "--state", state, "--out", out, "--delay", "0s", "--parallel", "8", "--timeout", "60s"}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "NEWSPRINT_MAIN_ARGS="+strings.Join(args, "\n"))
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the hanging request and an article", func() bool { return hung.Load() > 0 && lineCount(out) > 0 })
	cmd.Process.Signal(syscall.SIGINT)
	waitUntil(t, "the first interrupt to be taken", func() bool { return strings.Contains(stderr.String(), "stopping") })
	sent := time.Now()
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 130 {
			t.Errorf("after a second SIGINT the crawl ended with %v, want exit status 130\n%s", err, stderr.String())
		}
		// The hanging request would hold a clean stop for the 5s grace.
		if d := time.Since(sent); d > 3*time.Second {
			t.Errorf("the crawl exited %s after the second SIGINT", d)
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the crawl still ran 20s after a second SIGINT\n%s", stderr.String())
	}
	hang.Store(false)
	var so, se bytes.Buffer
	if err := run(context.Background(), args, strings.NewReader(""), &so, &se); err != nil {
		t.Fatalf("re-run: %v\n%s", err, se.String())
	}
	var got, want []string
	for i := 1; i <= n; i++ {
		want = append(want, fmt.Sprintf("%s/a/%d", srv.URL, i))
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct{ URL string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: bad line %q: %v", out, sc.Text(), err)
		}
		got = append(got, a.URL)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("interrupted run + re-run emitted %q\nwant each once: %q", got, want)
	}
}

func lineCount(path string) int {
	b, _ := os.ReadFile(path)
	return bytes.Count(b, []byte("\n"))
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
