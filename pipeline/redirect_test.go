package pipeline_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// A redirect hop is a request of its host like any other: with --delay,
// a host whose links redirect (twice) within the host never sees two
// requests start closer than the delay, and the articles are reached.
// Before, colly followed each redirect at once, inside the fetch that got
// it, outside the frontier's spacing.
func TestCrawlRedirectHopsArePolite(t *testing.T) {
	const delay = 200 * time.Millisecond
	var mu sync.Mutex
	var starts []time.Time
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		starts, paths = append(starts, time.Now()), append(paths, r.URL.Path)
		mu.Unlock()
		p := r.URL.Path
		switch {
		case p == "/":
			fmt.Fprint(w, `<html><body><a href="/r/1">1</a> <a href="/r/2">2</a> <a href="/r/3">3</a></body></html>`)
		case strings.HasPrefix(p, "/r/"):
			http.Redirect(w, r, "/s/"+p[3:], http.StatusMovedPermanently)
		case strings.HasPrefix(p, "/s/"):
			http.Redirect(w, r, "/news/"+p[3:], http.StatusFound)
		case strings.HasPrefix(p, "/news/"):
			fmt.Fprint(w, articleHTML("Story "+p, "A story reached through two redirects.", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	begin := time.Now()
	stats := runBounded(t, 30*time.Second, []string{srv.URL + "/"}, func(c *pipeline.Config) {
		c.Delay, c.Parallel, c.MaxDepth = delay, 2, 1
	})
	mu.Lock()
	defer mu.Unlock()
	if stats.Outcomes["article"] != 3 {
		t.Errorf("outcomes %v, want the 3 articles behind the redirects", stats.Outcomes)
	}
	// The i-th request (robots.txt the 0th) cannot start before i delays
	// have passed since the crawl began, less a little for clocks.
	for i, at := range starts {
		if least := time.Duration(i)*delay - 20*time.Millisecond; at.Sub(begin) < least {
			t.Errorf("request %d (%s) started %s after the crawl began; --delay %s allows no sooner than %s (requests %v)",
				i, paths[i], at.Sub(begin).Round(time.Millisecond), delay, least, paths)
			break
		}
	}
}

// A redirect to another host waits for that host's turn: pages of one
// host (no delay) that redirect to a host asking for Crawl-delay 1 reach it
// one a second, its robots.txt first. Before, each redirect was followed
// at once inside the fetch that got it, whatever the target host's delay.
func TestCrawlRedirectToAnotherHostWaitsItsTurn(t *testing.T) {
	var mu sync.Mutex
	var starts []time.Time
	var paths []string
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		starts, paths = append(starts, time.Now()), append(paths, r.URL.Path)
		mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nCrawl-delay: 1\n")
		case strings.HasPrefix(r.URL.Path, "/news/"):
			fmt.Fprint(w, articleHTML("Story "+r.URL.Path, "A story on the other host.", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer target.Close()
	// localhost, not 127.0.0.1: another host.
	other := strings.Replace(target.URL, "127.0.0.1", "localhost", 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/":
			fmt.Fprint(w, `<html><body><a href="/go/1">1</a> <a href="/go/2">2</a> <a href="/go/3">3</a></body></html>`)
		case strings.HasPrefix(p, "/go/"):
			http.Redirect(w, r, other+"/news/"+p[4:], http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	begin := time.Now()
	stats := runBounded(t, 30*time.Second, []string{srv.URL + "/"}, func(c *pipeline.Config) {
		c.Delay, c.Parallel, c.MaxDepth = -1, 2, 1
		c.AllowHosts = []string{"127.0.0.1", "localhost"}
	})
	mu.Lock()
	defer mu.Unlock()
	if stats.Outcomes["article"] != 3 {
		t.Errorf("outcomes %v, want the 3 articles on the other host", stats.Outcomes)
	}
	if len(paths) == 0 || paths[0] != "/robots.txt" {
		t.Fatalf("the other host's requests %v, want its robots.txt first", paths)
	}
	// Its i-th request (robots.txt the 0th) cannot start before i seconds
	// have passed since the crawl began, less a little for clocks.
	for i, at := range starts {
		if least := time.Duration(i)*time.Second - 20*time.Millisecond; at.Sub(begin) < least {
			t.Errorf("the other host's requests %v: %s started %s after the crawl began; its Crawl-delay 1s allows no sooner than %s",
				paths, paths[i], at.Sub(begin).Round(time.Millisecond), least)
			break
		}
	}
}

// A seed whose host redirects to its www. counterpart (example.com to
// www.example.com, as many home pages do) is crawled: the seed's scope
// holds both names. Before, the redirect was "off site" and the crawl got
// nothing. Every name is served by one loopback server (the dialer).
func TestCrawlSeedRedirectsToWWW(t *testing.T) {
	var mu sync.Mutex
	var hosts []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hosts = append(hosts, r.Host+r.URL.Path)
		mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case r.Host == "example.com":
			http.Redirect(w, r, "http://www.example.com"+r.URL.Path, http.StatusMovedPermanently)
		case r.URL.Path == "/":
			fmt.Fprint(w, `<html><body><a href="/news/1">1</a> <a href="http://example.com/news/2">2</a></body></html>`)
		case strings.HasPrefix(r.URL.Path, "/news/"):
			fmt.Fprint(w, articleHTML("Story "+r.URL.Path, "A story on the www. host of the seed.", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	addr := srv.Listener.Addr().String()
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	stats := runBounded(t, 30*time.Second, []string{"http://example.com/"}, func(c *pipeline.Config) {
		c.Transport = &http.Transport{DialContext: dial}
		c.MaxDepth = 1
	})
	mu.Lock()
	defer mu.Unlock()
	if stats.Outcomes["article"] != 2 {
		t.Errorf("outcomes %v (requests %v), want the 2 articles of www.example.com", stats.Outcomes, hosts)
	}
}

// A URL queued from a link and also reached through another URL's
// redirect is emitted once. Before, the job still carried what the Store
// knew when it was leased (nothing), and the article was written a second
// time with the same id and revision 1; then, once emit asked the Store,
// it was fetched a second time and found unchanged; now the redirect's
// target goes through the seen check (TestCrawlRedirectTargetFetchedOnce)
// and is fetched once.
func TestCrawlRedirectTargetQueuedTooIsEmittedOnce(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/":
			fmt.Fprint(w, `<html><body><a href="/old">old</a> <a href="/p/1">1</a> <a href="/p/2">2</a> <a href="/p/3">3</a> <a href="/news/target">target</a></body></html>`)
		case p == "/old":
			http.Redirect(w, r, "/news/target", http.StatusMovedPermanently)
		case strings.HasPrefix(p, "/p/"):
			fmt.Fprint(w, `<html><body><p>A short page.</p></body></html>`)
		case p == "/news/target":
			fmt.Fprint(w, articleHTML("The target", "A story reached through a redirect and a link.", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	stats := runBounded(t, 30*time.Second, []string{srv.URL + "/"}, func(c *pipeline.Config) {
		// One request at a time, 100 ms apart, commits every 10 ms: the
		// redirect's article is committed, and the crawler's memory of
		// what it wrote since the last commits rotated, long before the
		// link's own turn.
		c.Delay, c.Parallel, c.MaxDepth, c.CommitEvery = 100*time.Millisecond, 1, 1, 10*time.Millisecond
	})
	if stats.Outcomes["article"] != 1 || stats.Outcomes["unchanged"] != 0 {
		t.Errorf("outcomes %v, want the target emitted once (article 1) and fetched once (unchanged 0)", stats.Outcomes)
	}
}

// A crawl of the seeds only (MaxDepth negative, the CLI's --max-depth 0)
// fetches no sitemap and no feed, whose entries it would not use. Before,
// it read the sitemap robots.txt names and the feed the seed names.
func TestCrawlSeedsOnlyReadsNoSitemapOrFeed(t *testing.T) {
	var mu sync.Mutex
	var paths []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprintf(w, "User-agent: *\nSitemap: http://%s/sitemap.xml\n", r.Host)
		case "/news/1":
			page := articleHTML("One", "The seed is an article.", "2024-03-26T10:00:00Z")
			page = strings.Replace(page, "<head>", `<head><link rel="alternate" type="application/rss+xml" href="/feed.xml">`, 1)
			fmt.Fprint(w, page)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	stats := runBounded(t, 30*time.Second, []string{srv.URL + "/news/1"}, func(c *pipeline.Config) { c.MaxDepth = -1 })
	mu.Lock()
	defer mu.Unlock()
	if stats.Outcomes["article"] != 1 || len(paths) != 2 {
		t.Errorf("requests %v, outcomes %v: want robots.txt and the seed only", paths, stats.Outcomes)
	}
}
