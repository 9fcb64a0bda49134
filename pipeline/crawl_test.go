package pipeline_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/internal/testtools"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/sqlitestore"
)

// crawlOnce runs one crawl of s with the state in dir, appending to out.
func crawlOnce(t *testing.T, seed, dir, out string, tune func(*pipeline.Config)) pipeline.Stats {
	t.Helper()
	ctx := context.Background()
	st, err := sqlitestore.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sink, err := pipeline.OpenJSONL(out, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := pipeline.Config{
		Seeds: []string{seed}, Store: st, Sink: sink, OutPath: out,
		Delay: -1, Parallel: 2, Timeout: 700 * time.Millisecond, Retries: 2,
		MaxBodyBytes: 1 << 20,
	}
	if tune != nil {
		tune(&cfg)
	}
	stats, err := pipeline.Run(ctx, cfg)
	if cerr := sink.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	testtools.ValidateFile(t, out)
	return stats
}

func readOut(t *testing.T, path string) []extractor.Article {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	testtools.ValidateFile(t, path)
	var out []extractor.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a extractor.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: bad line: %v", path, err)
		}
		out = append(out, a)
	}
	return out
}

func paths(t *testing.T, base string, arts []extractor.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, strings.TrimPrefix(a.URL, base))
	}
	slices.Sort(out)
	return out
}

// countingTransport records the most requests in flight at once, as the
// crawler sees them (the server would also count requests the client has
// already given up on).
type countingTransport struct {
	base     http.RoundTripper
	cur, max atomic.Int32
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Path == "/robots.txt" {
		return c.base.RoundTrip(r)
	}
	n := c.cur.Add(1)
	defer c.cur.Add(-1)
	for {
		m := c.max.Load()
		if n <= m || c.max.CompareAndSwap(m, n) {
			break
		}
	}
	resp, err := c.base.RoundTrip(r)
	if err == nil {
		// Count until the body is read, as a real download would.
		b, rerr := io.ReadAll(resp.Body)
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(b))
		err = rerr
	}
	return resp, err
}

// wantArticles is every article the fixture site serves and allows.
var wantArticles = []string{"/busy", "/flaky", "/gbk", "/malformed", "/news/a1", "/news/a2", "/news/a3", "/news/f1", "/news/redirected", "/news/s1", "/sections/health/2024/03/26/brief"}

func TestCrawlFixtureSite(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	counting := &countingTransport{base: http.DefaultTransport}
	stats := crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) { c.Transport = counting })
	arts := readOut(t, out)
	if got := paths(t, s.URL, arts); !slices.Equal(got, wantArticles) {
		t.Fatalf("emitted %q\nwant     %q", got, wantArticles)
	}
	for _, a := range arts {
		for _, bad := range []string{"cookies", "Copyright", "Related", "Home", "By Ada"} {
			if strings.Contains(a.Text, bad) {
				t.Errorf("%s: text holds boilerplate %q", a.URL, bad)
			}
		}
		if a.Revision != 1 || a.PreviousHash != "" || a.FetchedAt == "" {
			t.Errorf("%s: revision %d, previous %q, fetched_at %q", a.URL, a.Revision, a.PreviousHash, a.FetchedAt)
		}
		switch strings.TrimPrefix(a.URL, s.URL) {
		case "/gbk":
			if a.Title != "中文报道" || !strings.Contains(a.Text, "重庆中欧班列") {
				t.Errorf("GBK page decoded wrong: title %q text %q", a.Title, a.Text[:min(60, len(a.Text))])
			}
		case "/news/a1":
			if a.Title != "Story a1" || strings.Join(a.Authors, ",") != "Ada Reporter" || a.SiteName != "Fixture News" {
				t.Errorf("a1: title %q authors %q site %q", a.Title, a.Authors, a.SiteName)
			}
		}
	}
	if n := s.hitCount("/private/secret"); n != 0 {
		t.Errorf("robots.txt Disallow ignored: /private/secret fetched %d times", n)
	}
	if n := s.hitCount("/flaky"); n != 2 {
		t.Errorf("/flaky (500 then 200) fetched %d times, want 2", n)
	}
	if ts := s.requestTimes()["/busy"]; len(ts) != 2 || ts[1].Sub(ts[0]) < 900*time.Millisecond {
		t.Errorf("/busy (429, Retry-After: 1) fetched at %v, want twice, a second apart", ts)
	}
	if n := s.hitCount("/news/a1?utm_source=home&fbclid=x"); n != 0 {
		t.Errorf("tracking-parameter duplicate fetched %d times", n)
	}
	if m := counting.max.Load(); m > 2 || m < 2 {
		t.Errorf("at most %d requests were in flight at once; --parallel is 2 and should be used", m)
	}
	calendar := 0
	for p := range s.requestTimes() {
		if strings.HasPrefix(p, "/calendar") {
			calendar++
		}
	}
	if calendar > 5 {
		t.Errorf("calendar trap fetched %d pages, want at most MaxDepth (5)", calendar)
	}
	if n := s.hitCount("/sitemap_index.xml"); n != 1 {
		t.Errorf("sitemap index fetched %d times, want once (it lists itself)", n)
	}
	for _, k := range []string{"page: sitemap", "page: feed", "skipped: robots.txt", "skipped: not HTML", "skipped: too large", "failed: HTTP 404", "page: canonical elsewhere", "page: listing page", "page: declared listing"} {
		if stats.Outcomes[k] == 0 {
			t.Errorf("stats lack %q: %v", k, stats.Outcomes)
		}
	}
	if stats.Outcomes["skipped: not HTML"] != 2 || stats.Outcomes["skipped: too large"] != 2 {
		t.Errorf("want 2 non-HTML and 2 too-large skips: %v", stats.Outcomes)
	}
	failed := 0
	for k, n := range stats.Outcomes {
		if strings.HasPrefix(k, "failed") && k != "failed: HTTP 404" {
			failed += n // the redirect loop and the slow page
		}
	}
	if failed != 2 {
		t.Errorf("want 2 failures besides the 404 (redirect loop, timeout): %v", stats.Outcomes)
	}
}

// Concurrency caps the fetches of the process across hosts, even where the
// per-host limit would allow more.
func TestCrawlConcurrency(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	s.latency.Store(int64(30 * time.Millisecond))
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	counting := &countingTransport{base: http.DefaultTransport}
	crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) {
		c.Transport, c.Parallel, c.Concurrency = counting, 8, 3
	})
	if got := paths(t, s.URL, readOut(t, out)); !slices.Equal(got, wantArticles) {
		t.Errorf("emitted %q\nwant     %q", got, wantArticles)
	}
	if m := counting.max.Load(); m != 3 {
		t.Errorf("at most %d requests were in flight at once; want Concurrency, 3", m)
	}
}

func TestCrawlDelayFromRobots(t *testing.T) {
	s := newSite(300 * time.Millisecond)
	defer s.Close()
	dir := t.TempDir()
	crawlOnce(t, s.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.MaxPages = 4
		c.Parallel = 1
	})
	var all []time.Time
	for p, ts := range s.requestTimes() {
		if p != "/robots.txt" {
			all = append(all, ts...)
		}
	}
	slices.SortFunc(all, func(a, b time.Time) int { return a.Compare(b) })
	if len(all) != 4 {
		t.Fatalf("fetched %d pages, want MaxPages 4", len(all))
	}
	for i := 1; i < len(all); i++ {
		if gap := all[i].Sub(all[i-1]); gap < 280*time.Millisecond {
			t.Errorf("requests %d and %d only %v apart; robots.txt Crawl-delay is 300ms", i-1, i, gap)
		}
	}
}

// A re-run emits only new and changed articles; unchanged ones are
// revalidated with a conditional GET and not emitted.
func TestCrawlIncremental(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	dir := t.TempDir()
	out1, out2 := filepath.Join(dir, "run1.jsonl"), filepath.Join(dir, "run2.jsonl")
	crawlOnce(t, s.URL+"/", dir, out1, nil)
	first := map[string]extractor.Article{}
	for _, a := range readOut(t, out1) {
		first[strings.TrimPrefix(a.URL, s.URL)] = a
	}
	s.setArticle("/news/a1", "First story body, corrected: the harbour wall reopens in June.")
	s.setArticle("/news/a4", "A brand new fourth story about the bridge.")
	crawlOnce(t, s.URL+"/", dir, out2, func(c *pipeline.Config) { c.RevisitAfter = time.Nanosecond })
	second := readOut(t, out2)
	if got := paths(t, s.URL, second); !slices.Equal(got, []string{"/news/a1", "/news/a4"}) {
		t.Fatalf("re-run emitted %q, want only the edited and the new article", got)
	}
	for _, a := range second {
		switch strings.TrimPrefix(a.URL, s.URL) {
		case "/news/a1":
			if a.Revision != 2 || a.PreviousHash != first["/news/a1"].ContentHash || !strings.Contains(a.Text, "corrected") {
				t.Errorf("edited a1: revision %d previous %q", a.Revision, a.PreviousHash)
			}
		case "/news/a4":
			if a.Revision != 1 {
				t.Errorf("new a4: revision %d", a.Revision)
			}
		}
	}
	if n := s.hitCount("/news/a2"); n != 2 {
		t.Errorf("unchanged a2 fetched %d times, want 2 (the second a conditional GET)", n)
	}
}

// TestMain lets the kill -9 tests run crawls in child processes: on the
// SQLite state in STATE, or, with REDIS set, as worker WORKER of the shared
// crawl CRAWL.
func TestMain(m *testing.M) {
	if os.Getenv("NEWSPRINT_CRAWL_CHILD") == "1" {
		os.Exit(crawlChild())
	}
	os.Exit(m.Run())
}

func crawlChild() int {
	ctx := context.Background()
	cfg := pipeline.Config{
		Seeds: []string{os.Getenv("SEED")}, OutPath: os.Getenv("OUT"),
		Delay: 150 * time.Millisecond, Parallel: 1, Timeout: 700 * time.Millisecond, Retries: 2, MaxBodyBytes: 1 << 20,
	}
	if os.Getenv("REDIS") != "" {
		st, err := redisstore.Open(ctx, os.Getenv("REDIS"), os.Getenv("CRAWL"), redisstore.Options{
			Worker: os.Getenv("WORKER"), LeaseTTL: 2 * time.Second, SlotTTL: 3 * time.Second, ClaimTTL: time.Minute,
			Logger: slog.New(slog.NewTextHandler(os.Stderr, nil)),
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 3
		}
		defer st.Close()
		cfg.Store, cfg.Limiter = st, st
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("w", os.Getenv("WORKER"))
		cfg.Delay, cfg.Parallel = -1, 2
		if d, err := time.ParseDuration(os.Getenv("REVISIT_AFTER")); err == nil {
			cfg.RevisitAfter = d
		}
	} else {
		st, err := sqlitestore.Open(ctx, os.Getenv("STATE"))
		if err != nil {
			return 3
		}
		defer st.Close()
		cfg.Store = st
	}
	if d, err := time.ParseDuration(os.Getenv("COMMIT_EVERY")); err == nil {
		cfg.CommitEvery = d
	}
	if dir := os.Getenv("WARC"); dir != "" {
		arc, err := archive.Open(archive.Options{Dir: dir})
		if err != nil {
			return 3
		}
		defer arc.Close()
		cfg.Archive = arc
	}
	sink, err := pipeline.OpenJSONL(cfg.OutPath, nil)
	if err != nil {
		return 3
	}
	cfg.Sink = sink
	_, err = pipeline.Run(ctx, cfg)
	sink.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 4
	}
	return 0
}

// A crawl killed with SIGKILL mid-run and run again with the same state
// loses no article and emits none twice across the two outputs. Its WARC
// file, left open, is cut back to its last complete record and closed; the
// resumed run writes a new file; every article's capture is readable.
func TestCrawlKillResume(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	dir := t.TempDir()
	wdir := filepath.Join(dir, "warc")
	out1, out2 := filepath.Join(dir, "killed.jsonl"), filepath.Join(dir, "resumed.jsonl")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "NEWSPRINT_CRAWL_CHILD=1", "STATE="+dir, "OUT="+out1, "SEED="+s.URL+"/", "WARC="+wdir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if b, _ := os.ReadFile(out1); strings.Count(string(b), "\n") >= 2 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	killed := readOut(t, out1)
	if len(killed) == 0 || len(killed) >= len(wantArticles) {
		t.Fatalf("the child wrote %d articles before SIGKILL; the test needs a crawl cut mid-way", len(killed))
	}
	if open, _ := filepath.Glob(filepath.Join(wdir, "*.open")); len(open) != 1 {
		t.Fatalf("the killed run left %v; want its one open WARC file", open)
	}
	arc := openArchive(t, wdir)
	if len(arc.Repaired()) != 1 {
		t.Errorf("Repaired() = %v", arc.Repaired())
	}
	crawlOnce(t, s.URL+"/", dir, out2, func(c *pipeline.Config) { c.Archive = arc })
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	all := append(readOut(t, out1), readOut(t, out2)...)
	if got := paths(t, s.URL, all); !slices.Equal(got, wantArticles) {
		t.Fatalf("killed run + resumed run emitted %q\nwant each once: %q", got, wantArticles)
	}
	if files, _ := archive.Files(wdir); len(files) != 2 {
		t.Errorf("WARC files %v: want the killed run's and a new one", files)
	}
	// Every file reads to its end, and the two runs' WARC files give their
	// records: the killed run's decisions on the articles it lost before
	// writing them were never recorded, and those on the articles written
	// after its last commit were recorded by the resumed run.
	again := byURL(offline(t, wdir))
	for u, line := range byURL(all) {
		if d := fieldDiff(line, again[u]); d != "" {
			t.Errorf("%s: the WARC's record differs from the crawl's: %s", u, d)
		}
	}
	if len(again) != len(all) {
		t.Errorf("the WARC files give %d articles, the two runs emitted %d", len(again), len(all))
	}
	for _, a := range all {
		if a.Warc == nil || recordAt(t, wdir, a.Warc).Get("WARC-Record-ID") != a.Warc.RecordID {
			t.Errorf("%s: capture %+v not found", a.URL, a.Warc)
		}
	}
}

// SIGINT/SIGTERM reach Run as a cancelled context: the fetches in flight
// finish and are committed, the rest stays queued, and the next run
// completes the crawl with nothing lost and nothing twice.
func TestCrawlCancelResume(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	dir := t.TempDir()
	out1, out2 := filepath.Join(dir, "stopped.jsonl"), filepath.Join(dir, "resumed.jsonl")
	ctx, cancel := context.WithCancel(context.Background())
	st, err := sqlitestore.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	sink, err := pipeline.OpenJSONL(out1, nil)
	if err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	_, err = pipeline.Run(ctx, pipeline.Config{
		Seeds: []string{s.URL + "/"}, Store: st, Sink: sink, OutPath: out1,
		Delay: 100 * time.Millisecond, Parallel: 1, Timeout: 700 * time.Millisecond, Retries: 2, MaxBodyBytes: 1 << 20,
		Progress: func(p pipeline.Stats) {
			if p.Articles >= 2 {
				once.Do(cancel)
			}
		},
	})
	if err != nil {
		t.Fatalf("Run after cancel: %v", err)
	}
	if err := sink.Close(); err != nil {
		t.Fatal(err)
	}
	st.Close()
	stopped := readOut(t, out1)
	if len(stopped) < 2 || len(stopped) >= len(wantArticles) {
		t.Fatalf("stopped run wrote %d articles; want a crawl cut mid-way", len(stopped))
	}
	crawlOnce(t, s.URL+"/", dir, out2, nil)
	all := append(stopped, readOut(t, out2)...)
	if got := paths(t, s.URL, all); !slices.Equal(got, wantArticles) {
		t.Fatalf("stopped + resumed emitted %q\nwant each once: %q", got, wantArticles)
	}
}

// Include keeps only matching pages but still reads the sitemaps that find
// them; Exclude drops any URL, a feed too.
func TestCrawlFilters(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) {
		c.Include = []*regexp.Regexp{regexp.MustCompile(`/news/`)}
		c.Exclude = []*regexp.Regexp{regexp.MustCompile(`/feed\.xml$`), regexp.MustCompile(`/news/a3$`)}
	})
	// Not /news/f1 (only the excluded feed lists it), /news/a3 (excluded),
	// /news/redirected (only /r1, which Include drops, leads there) or the
	// pages outside /news/.
	want := []string{"/news/a1", "/news/a2", "/news/s1"}
	if got := paths(t, s.URL, readOut(t, out)); !slices.Equal(got, want) {
		t.Errorf("emitted %q\nwant     %q", got, want)
	}
	for p, want := range map[string]int{"/feed.xml": 0, "/news/a3": 0, "/r1": 0, "/flaky": 0, "/sitemap_index.xml": 1, "/sitemap-news.xml.gz": 1} {
		if n := s.hitCount(p); n != want {
			t.Errorf("%s fetched %d times, want %d", p, n, want)
		}
	}
}
