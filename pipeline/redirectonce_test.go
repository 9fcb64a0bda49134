package pipeline_test

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
	"github.com/newsprint/newsprint/sqlitestore"
)

// redirectSite is a site whose redirect targets are also reached
// directly: the front page links /old/1 (a 301 to /news/1) before
// /news/1, and /news/2 before /old/2; /old/3's target is linked only by
// /hub, a page one level deeper; /old/4's target by nothing but itself.
// Every article links to itself (a permalink), as news pages do. It counts
// the requests of each path.
type redirectSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newRedirectSite() *redirectSite {
	s := &redirectSite{hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		p := r.URL.Path
		switch {
		case p == "/":
			fmt.Fprint(w, `<html><body><a href="/old/1">1</a> <a href="/news/1">1</a> <a href="/news/2">2</a> <a href="/old/2">2</a>
<a href="/old/3">3</a> <a href="/hub">hub</a> <a href="/old/4">4</a></body></html>`)
		case p == "/hub":
			fmt.Fprint(w, `<html><body><p>A hub.</p><a href="/news/3">3</a></body></html>`)
		case strings.HasPrefix(p, "/old/"):
			http.Redirect(w, r, "/news/"+p[len("/old/"):], http.StatusMovedPermanently)
		case strings.HasPrefix(p, "/news/") && len(p) == len("/news/1"):
			page := articleHTML("Story "+p, "A story reached through a redirect and a link: "+p+".", "2024-03-26T10:00:00Z")
			fmt.Fprint(w, strings.Replace(page, "</article>", `<a href="`+p+`">Permalink</a></article>`, 1))
		default:
			http.NotFound(w, r)
		}
	}))
	return s
}

// twice lists the paths requested more than once.
func (s *redirectSite) twice() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for p, n := range s.hits {
		if n > 1 {
			out[p] = n
		}
	}
	return out
}

func (s *redirectSite) check(t *testing.T, outs ...string) {
	t.Helper()
	if twice := s.twice(); len(twice) > 0 {
		t.Errorf("requested more than once: %v; want each URL fetched once, a redirect target too", twice)
	}
	var got []string
	for _, o := range outs {
		for _, a := range readOut(t, o) {
			got = append(got, strings.TrimPrefix(a.URL, s.URL))
		}
	}
	slices.Sort(got)
	if want := []string{"/news/1", "/news/2", "/news/3", "/news/4"}; !slices.Equal(got, want) {
		t.Errorf("emitted %q, want each article once: %q", got, want)
	}
}

// crawlRedirects crawls s with st (and lim, if not nil) into out.
func crawlRedirects(t *testing.T, s *redirectSite, st pipeline.Store, lim pipeline.HostLimiter, out string, arc *archive.Archive) {
	t.Helper()
	sink, err := pipeline.OpenJSONL(out, nil)
	if err != nil {
		t.Error(err)
		return
	}
	defer sink.Close()
	cfg := pipeline.Config{
		Seeds: []string{s.URL + "/"}, Store: st, Limiter: lim, Sink: sink, OutPath: out, Archive: arc,
		Delay: -1, Parallel: 2, Timeout: 5 * time.Second, Retries: 1, MaxBodyBytes: 1 << 20, MaxDepth: 5,
	}
	if _, err := pipeline.Run(context.Background(), cfg); err != nil {
		t.Errorf("Run: %v", err)
	}
}

// A redirect target is a URL like any other: it goes through the same
// seen check as a link. Whichever comes first, the link or the redirect,
// the target is fetched once and its article emitted once. Before, the
// redirect's hop was fetched whether or not the target was queued or done
// already, and a target reached through a redirect was queued again by
// its own links (12 requests too many in a run of a 200-article site).
func TestCrawlRedirectTargetFetchedOnce(t *testing.T) {
	s := newRedirectSite()
	defer s.Close()
	dir := t.TempDir()
	st, err := sqlitestore.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	out := filepath.Join(dir, "out.jsonl")
	wdir := filepath.Join(dir, "warc")
	arc := openArchive(t, wdir)
	crawlRedirects(t, s, st, nil, out, arc)
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	s.check(t, out)
	// Every fetch is in the WARC, once, and the WARC gives the crawl's
	// articles.
	archived := map[string]int{}
	for _, e := range readIndex(t, wdir) {
		archived[strings.TrimPrefix(e.URL, s.URL)]++
	}
	s.mu.Lock()
	hits := maps.Clone(s.hits)
	s.mu.Unlock()
	if !maps.Equal(archived, hits) {
		t.Errorf("the WARC holds the responses %v, the site answered %v", archived, hits)
	}
	if got, want := paths(t, s.URL, offline(t, wdir)), paths(t, s.URL, readOut(t, out)); !slices.Equal(got, want) {
		t.Errorf("the WARC gives %q, the crawl emitted %q", got, want)
	}
}

// The same on a crawl shared through Redis, by one process and by two.
func TestCrawlRedirectTargetFetchedOnceShared(t *testing.T) {
	redis := redistest.Start(t)
	for _, n := range []int{1, 2} {
		t.Run(fmt.Sprint(n, "processes"), func(t *testing.T) {
			s := newRedirectSite()
			defer s.Close()
			dir := t.TempDir()
			var outs []string
			var wg sync.WaitGroup
			for i := range n {
				st, err := redisstore.Open(context.Background(), redis.URL(), fmt.Sprint("redirects", n), redisstore.Options{Worker: fmt.Sprint("w", i)})
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				out := filepath.Join(dir, fmt.Sprint("w", i, ".jsonl"))
				outs = append(outs, out)
				wg.Add(1)
				go func() {
					defer wg.Done()
					crawlRedirects(t, s, st, st, out, nil)
				}()
			}
			wg.Wait()
			s.check(t, outs...)
		})
	}
}

// A redirect whose Location spells the host otherwise (in capitals, or
// with the scheme's default port) is a request of the same host: it waits
// in that host's queue, under its robots.txt, read once, and its spacing.
// Before, it got a queue of its own, whose robots.txt was read again and
// whose requests were spaced apart from the host's others only.
func TestCrawlRedirectHostSpelledOtherwise(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch p := r.URL.Path; {
		case p == "/":
			fmt.Fprint(w, `<html><body><a href="/old/1">1</a> <a href="/old/2">2</a></body></html>`)
		case strings.HasPrefix(p, "/old/"):
			w.Header().Set("Location", "HTTP://LOCALHOST"+strings.TrimPrefix(r.Host, "localhost")+"/news/"+p[len("/old/"):])
			w.WriteHeader(http.StatusMovedPermanently)
		case strings.HasPrefix(p, "/news/"):
			fmt.Fprint(w, articleHTML("Story "+p, "A story behind a redirect spelled in capitals: "+p+".", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	seed := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/"
	stats := runBounded(t, 30*time.Second, []string{seed}, func(c *pipeline.Config) { c.MaxDepth = 1 })
	mu.Lock()
	defer mu.Unlock()
	if hits["/robots.txt"] != 1 || stats.Articles != 2 {
		t.Errorf("robots.txt read %d times, %d articles (outcomes %v); want it read once, and the 2 articles", hits["/robots.txt"], stats.Articles, stats.Outcomes)
	}
}
