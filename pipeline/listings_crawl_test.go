package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

// later is a state seen from a later time: the listing pages due then.
type later struct {
	*sqlitestore.Store
	by time.Duration
}

func (l later) DueListings(ctx context.Context, t time.Time, limit int) ([]string, error) {
	return l.Store.DueListings(ctx, t.Add(l.by), limit)
}

// sectionSite is a news site whose articles are linked only from a section
// page (no sitemap, no feed): the home page links the section and an
// about page. The section page answers conditional GETs.
type sectionSite struct {
	*httptest.Server
	mu       sync.Mutex
	articles int
	hits     map[string]int
	notMod   int
}

func (s *sectionSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	switch {
	case r.URL.Path == "/":
		fmt.Fprint(w, `<html><body><a href="/section/world">World</a> <a href="/about">About</a></body></html>`)
	case r.URL.Path == "/section/world":
		etag := fmt.Sprintf(`"n%d"`, s.articles)
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.notMod++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, `<html><head><title>World</title></head><body><ul>`)
		for i := s.articles; i >= 1; i-- {
			fmt.Fprintf(w, `<li><a href="/news/%d">Story %d</a></li>`, i, i)
		}
		fmt.Fprint(w, `</ul><a href="/">Home</a></body></html>`)
	case strings.HasPrefix(r.URL.Path, "/news/") && strings.Trim(r.URL.Path[6:], "0123456789") == "":
		n := strings.TrimPrefix(r.URL.Path, "/news/")
		w.Write([]byte(articleHTML("Story "+n, "Story "+n+" is about the "+strings.Repeat("harbour "+n+" ", 3)+".", "2024-03-26T10:00:00Z")))
	case r.URL.Path == "/about":
		fmt.Fprint(w, `<html><body><p>About us.</p><a href="/">Home</a></body></html>`)
	default:
		http.NotFound(w, r)
	}
}

func (s *sectionSite) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// A scheduled re-run finds a new article linked only from a section page
// the crawl already knew, once the section page is due; before it is due
// the section page is not fetched, and when it has not changed it costs a
// 304.
func TestCrawlListingRevisit(t *testing.T) {
	s := &sectionSite{articles: 5, hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	defer s.Close()
	dir := t.TempDir()
	run := func(name string, by time.Duration) []string {
		out := filepath.Join(dir, name+".jsonl")
		crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) {
			c.Store = later{c.Store.(*sqlitestore.Store), by}
		})
		return paths(t, s.URL, readOut(t, out))
	}
	if got := run("first", 0); len(got) != 5 {
		t.Fatalf("first run emitted %q, want the 5 stories", got)
	}
	s.mu.Lock()
	s.articles = 6
	s.mu.Unlock()
	// At once: the section page is not due (an hour after a first visit).
	if got := run("at-once", 0); len(got) != 0 || s.hit("/section/world") != 1 {
		t.Errorf("a re-run at once emitted %q and fetched the section page %d times; want nothing, once", got, s.hit("/section/world"))
	}
	// Two hours later it is: the new story is found through it.
	if got := run("later", 2*time.Hour); !slices.Equal(got, []string{"/news/6"}) {
		t.Errorf("a re-run two hours later emitted %q, want /news/6, linked only from the known section page", got)
	}
	// Unchanged since, it answers a conditional GET with a 304.
	run("unchanged", 4*time.Hour)
	if s.hit("/section/world") != 3 || s.notMod != 1 {
		t.Errorf("section page fetched %d times with %d 304s; want 3 and the last a 304", s.hit("/section/world"), s.notMod)
	}
	if n := s.hit("/about"); n != 1 {
		t.Errorf("/about, a page of too few links to be a listing, fetched %d times, want 1", n)
	}
}
