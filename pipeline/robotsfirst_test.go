package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
	"github.com/newsprint/newsprint/sqlitestore"
)

// slowRobots is a host whose robots.txt answers after 2 s, disallowing
// /private/. It notes every request that comes before robots.txt has
// answered (a page whose rules were not known yet), every request of
// /private/, and the User-Agent of each request.
type slowRobots struct {
	*httptest.Server
	mu       sync.Mutex
	answered bool
	robots   int      // robots.txt requests
	early    []string // pages requested before robots.txt answered
	private  []string
	agents   map[string]int
}

func newSlowRobots() *slowRobots {
	s := &slowRobots{agents: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		s.mu.Lock()
		s.agents[r.UserAgent()]++
		switch {
		case p == "/robots.txt":
			s.robots++
		case !s.answered:
			s.early = append(s.early, p)
		}
		if strings.HasPrefix(p, "/private/") {
			s.private = append(s.private, p)
		}
		s.mu.Unlock()
		switch {
		case p == "/robots.txt":
			time.Sleep(2 * time.Second)
			s.mu.Lock()
			s.answered = true // before the answer: a request after it is no early one
			s.mu.Unlock()
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case p == "/":
			fmt.Fprint(w, `<html><body><a href="/private/a">a</a> <a href="/news/1">1</a> <a href="/news/2">2</a> <a href="/private/b">b</a></body></html>`)
		case strings.HasPrefix(p, "/news/") || strings.HasPrefix(p, "/private/"):
			fmt.Fprint(w, articleHTML("Story "+p, "A story of a host slow to say what it allows: "+p+".", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	return s
}

// seeds are several pages of the host, leased at once, so that free slots
// could start them while robots.txt is still being read, and in a shared
// crawl, each process some of them (a process leases 4 URLs of a host:
// Parallel 4, no delay, a frontier of 8).
func (s *slowRobots) seeds() []string {
	out := []string{s.URL + "/", s.URL + "/private/c"}
	for i := 3; i <= 8; i++ {
		out = append(out, fmt.Sprint(s.URL, "/news/", i))
	}
	return out
}

func (s *slowRobots) check(t *testing.T, processes int) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.early) > 0 {
		t.Errorf("pages requested before robots.txt answered: %q", s.early)
	}
	if len(s.private) > 0 {
		t.Errorf("pages robots.txt disallows were requested: %q", s.private)
	}
	if s.robots != 1 {
		t.Errorf("robots.txt requested %d times by %d processes, want once per host per crawl", s.robots, processes)
	}
}

func openSQLite(t *testing.T, dir string) *sqlitestore.Store {
	t.Helper()
	st, err := sqlitestore.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// crawlSlowRobots crawls s's seeds with st and lim (if not nil), with
// slots free for every seed at once.
func crawlSlowRobots(t *testing.T, s *slowRobots, st pipeline.Store, lim pipeline.HostLimiter, out, ua string) pipeline.Stats {
	t.Helper()
	sink, err := pipeline.OpenJSONL(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer sink.Close()
	stats, err := pipeline.Run(context.Background(), pipeline.Config{
		Seeds: s.seeds(), Store: st, Limiter: lim, Sink: sink, OutPath: out, UserAgent: ua,
		Delay: -1, Parallel: 4, Concurrency: 8, Timeout: 5 * time.Second, Retries: 1, MaxBodyBytes: 1 << 20, MaxDepth: 2,
	})
	if err != nil {
		t.Errorf("Run: %v", err)
	}
	return stats
}

// While a host's robots.txt is being read, none of its pages starts, and
// none that it disallows ever does, whatever the slots free; it is read
// once. colly's parallel requests are not asked to check robots.txt
// (colly's own check fetches it again for every request until one stored
// it, and never applies Crawl-delay).
func TestCrawlSlowRobotsFirst(t *testing.T) {
	s := newSlowRobots()
	defer s.Close()
	dir := t.TempDir()
	stats := crawlSlowRobots(t, s, openSQLite(t, dir), nil, filepath.Join(dir, "out.jsonl"), "newsprint-test")
	s.check(t, 1)
	if stats.Outcomes["skipped: robots.txt"] != 3 || stats.Articles == 0 {
		t.Errorf("outcomes %v, want the 3 private pages disallowed and the stories emitted", stats.Outcomes)
	}
}

// colly reads COLLY_* environment variables when it makes a collector; the
// crawl takes none of them (only cmd reads the environment): with
// COLLY_IGNORE_ROBOTSTXT=no, colly checked robots.txt itself, fetching it
// again before the pages, outside the host's spacing; COLLY_USER_AGENT
// sent another User-Agent than the one robots.txt was read for.
func TestCrawlIgnoresCollyEnvironment(t *testing.T) {
	t.Setenv("COLLY_IGNORE_ROBOTSTXT", "no")
	t.Setenv("COLLY_USER_AGENT", "colly-from-the-environment")
	s := newSlowRobots()
	defer s.Close()
	dir := t.TempDir()
	st := openSQLite(t, dir)
	crawlSlowRobots(t, s, st, nil, filepath.Join(dir, "out.jsonl"), "newsprint-test")
	s.check(t, 1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := s.agents["colly-from-the-environment"]; n > 0 {
		t.Errorf("%d requests sent COLLY_USER_AGENT's User-Agent (requests by User-Agent: %v)", n, s.agents)
	}
}

// Processes sharing a crawl through Redis read a host's robots.txt once
// between them, as Heritrix reads it once per host per crawl: one reads
// it, the others wait for its answer, kept in Redis, rather than asking
// the host again. No page of the host starts in any process before that
// answer, and none it disallows ever does.
func TestCrawlSlowRobotsShared(t *testing.T) {
	redis := redistest.Start(t)
	s := newSlowRobots()
	defer s.Close()
	dir := t.TempDir()
	var wg sync.WaitGroup
	for i := range 2 {
		st, err := redisstore.Open(context.Background(), redis.URL(), "slowrobots", redisstore.Options{Worker: fmt.Sprint("w", i)})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			crawlSlowRobots(t, s, st, st, filepath.Join(dir, fmt.Sprint("w", i, ".jsonl")), fmt.Sprint("newsprint-test-", i))
		}()
	}
	wg.Wait()
	s.check(t, 2)
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.agents) != 2 {
		t.Errorf("requests by process (User-Agent): %v; want both processes crawling the host", s.agents)
	}
}
