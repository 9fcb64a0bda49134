// Package redistest starts a real redis-server for tests, on a free
// loopback port, with append-only persistence so that it can be restarted
// mid-test without losing what it acknowledged.
package redistest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Server is a redis-server process owned by a test.
type Server struct {
	Addr string
	dir  string
	cmd  *exec.Cmd
	t    testing.TB
}

// Start starts redis-server, or skips the test with a clear message when
// the binary is missing, unless NEWSPRINT_REQUIRE_SERVICES=1 (CI), which
// makes that a failure. The server stops when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		if os.Getenv("NEWSPRINT_REQUIRE_SERVICES") == "1" {
			t.Fatalf("redis-server is not installed and NEWSPRINT_REQUIRE_SERVICES=1")
		}
		t.Skip("redis-server is not installed; skipping (apt-get install redis-server, or set NEWSPRINT_REQUIRE_SERVICES=1 to make this a failure)")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	s := &Server{Addr: addr, dir: t.TempDir(), t: t}
	s.start()
	t.Cleanup(func() { s.stop() })
	return s
}

// URL is the server's redis:// URL, database 0.
func (s *Server) URL() string { return "redis://" + s.Addr + "/0" }

func (s *Server) start() {
	s.t.Helper()
	_, port, _ := net.SplitHostPort(s.Addr)
	s.cmd = exec.Command("redis-server", "--port", port, "--bind", "127.0.0.1", "--dir", s.dir,
		"--appendonly", "yes", "--appendfsync", "always", "--save", "", "--protected-mode", "no", "--daemonize", "no")
	var logf *os.File
	logf, _ = os.Create(filepath.Join(s.dir, "redis.log"))
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("start redis-server: %v", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if ping(s.Addr) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	log, _ := os.ReadFile(filepath.Join(s.dir, "redis.log"))
	s.t.Fatalf("redis-server did not come up on %s:\n%s", s.Addr, log)
}

func (s *Server) stop() {
	if s.cmd != nil && s.cmd.Process != nil {
		s.cmd.Process.Kill()
		s.cmd.Wait()
		s.cmd = nil
	}
}

// Stop kills the server (SIGKILL) for the rest of the test.
func (s *Server) Stop() { s.stop() }

// Restart kills the server (SIGKILL: no shutdown save) and starts it again
// on the same port and data directory after down.
func (s *Server) Restart(down time.Duration) {
	s.t.Helper()
	s.stop()
	time.Sleep(down)
	s.start()
}

func ping(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
	if err != nil {
		return false
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Second))
	fmt.Fprint(c, "PING\r\n")
	buf := make([]byte, 64)
	n, _ := c.Read(buf)
	return strings.HasPrefix(string(buf[:n]), "+PONG")
}
