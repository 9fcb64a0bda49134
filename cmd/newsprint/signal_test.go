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

// hangSite serves n articles linked from its home page; while hang is set,
// the last one waits for the client to give up.
type hangSite struct {
	*httptest.Server
	n    int
	hang atomic.Bool
	hung atomic.Int32
}

func newHangSite(n int) *hangSite {
	s := &hangSite{n: n}
	s.hang.Store(true)
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		switch {
		case r.URL.Path == "/":
			w.Header().Set("Content-Type", "text/html")
			for i := 1; i <= n; i++ {
				fmt.Fprintf(w, `<a href="/a/%d">%d</a> `, i, i)
			}
		case r.URL.Path == fmt.Sprintf("/a/%d", n) && s.hang.Load():
			s.hung.Add(1)
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
	return s
}

// startHung runs newsprint crawl of s in a child process and returns once
// the hanging request is in flight and an article is written; args are the
// crawl's arguments, the output in out.
func startHung(t *testing.T, s *hangSite, args []string, out string) (*exec.Cmd, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "NEWSPRINT_MAIN_ARGS="+strings.Join(args, "\n"))
	stderr := &syncBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the hanging request and an article", func() bool { return s.hung.Load() > 0 && lineCount(out) > 0 })
	return cmd, stderr
}

// waitExit waits for cmd to end, at most bound, and returns its exit
// status (-1 if a signal killed it).
func waitExit(t *testing.T, cmd *exec.Cmd, stderr *syncBuffer, bound time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatalf("wait: %v", err)
		}
		return 0
	case <-time.After(bound):
		cmd.Process.Kill()
		t.Fatalf("the crawl still ran %s after the signal\n%s", bound, stderr.String())
	}
	return 0
}

// checkOnce re-runs the crawl with the same arguments, the hanging page
// answering now, and checks that the two runs emitted every article once.
func checkOnce(t *testing.T, s *hangSite, args []string, out string) {
	t.Helper()
	s.hang.Store(false)
	var so, se bytes.Buffer
	if err := run(context.Background(), args, strings.NewReader(""), &so, &se); err != nil {
		t.Fatalf("re-run: %v\n%s", err, se.String())
	}
	var got, want []string
	for i := 1; i <= s.n; i++ {
		want = append(want, fmt.Sprintf("%s/a/%d", s.URL, i))
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

func hangArgs(t *testing.T, s *hangSite) (args []string, out string) {
	dir := t.TempDir()
	out = filepath.Join(dir, "out.jsonl")
	return []string{"crawl", s.URL + "/", "--state", filepath.Join(dir, "state"), "--out", out, "--delay", "0s", "--parallel", "8", "--timeout", "60s"}, out
}

// A second SIGINT, or SIGTERM, exits at once, with status 130 (143), even
// while a request hangs; the next run emits every article once (the crash
// recovery covers what the interrupted run wrote and had not committed).
func TestCrawlSecondInterrupt(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			s := newHangSite(6)
			defer s.Close()
			args, out := hangArgs(t, s)
			cmd, stderr := startHung(t, s, args, out)
			cmd.Process.Signal(tc.sig)
			waitUntil(t, "the first signal to be taken", func() bool { return strings.Contains(stderr.String(), "stopping") })
			sent := time.Now()
			cmd.Process.Signal(tc.sig)
			if code := waitExit(t, cmd, stderr, 20*time.Second); code != tc.code {
				t.Errorf("after a second %v the crawl ended with status %d, want %d\n%s", tc.sig, code, tc.code, stderr.String())
			}
			// The hanging request would hold a clean stop for the 5s grace.
			if d := time.Since(sent); d > 3*time.Second {
				t.Errorf("the crawl exited %s after the second %v", d, tc.sig)
			}
			checkOnce(t, s, args, out)
		})
	}
}

// One SIGINT or SIGTERM (systemd's and Kubernetes' stop) is a clean stop:
// the crawl says it is stopping, cuts off the hanging request after the
// grace, commits what it wrote and exits 0 (README: exit status), well
// before the 60s timeout would end the request; the next run emits every
// article once.
func TestCrawlSignalStopsCleanly(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			s := newHangSite(6)
			defer s.Close()
			args, out := hangArgs(t, s)
			cmd, stderr := startHung(t, s, args, out)
			cmd.Process.Signal(sig)
			if code := waitExit(t, cmd, stderr, 30*time.Second); code != 0 {
				t.Errorf("after one %v the crawl ended with status %d, want 0 (a clean stop)\n%s", sig, code, stderr.String())
			}
			if log := stderr.String(); !strings.Contains(log, "stopping") || !strings.Contains(log, "interrupted") {
				t.Errorf("after one %v the crawl did not say it was stopping, then interrupted:\n%s", sig, log)
			}
			checkOnce(t, s, args, out)
		})
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
