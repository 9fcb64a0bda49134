package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

// twoSections is a news site whose articles are linked only from two
// section pages; stories[s] is how many section s lists.
type twoSections struct {
	*httptest.Server
	mu      sync.Mutex
	stories map[string]int
	hits    map[string]int
}

func newTwoSections() *twoSections {
	s := &twoSections{stories: map[string]int{"world": 5, "sport": 5}, hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.hits[r.URL.Path]++
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
		switch {
		case r.URL.Path == "/":
			fmt.Fprint(w, `<html><body><a href="/section/world">World</a> <a href="/section/sport">Sport</a></body></html>`)
		case len(parts) == 2 && parts[0] == "section" && s.stories[parts[1]] > 0:
			fmt.Fprint(w, `<html><body><ul>`)
			for i := s.stories[parts[1]]; i >= 1; i-- {
				fmt.Fprintf(w, `<li><a href="/%s/%d">Story %d</a></li>`, parts[1], i, i)
			}
			fmt.Fprint(w, `</ul></body></html>`)
		case len(parts) == 2 && s.stories[parts[0]] > 0:
			fmt.Fprint(w, articleHTML(parts[0]+" story "+parts[1], "The "+parts[0]+" story number "+parts[1]+" is about the "+strings.Repeat(parts[0]+" "+parts[1]+" ", 3)+".", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	return s
}

func (s *twoSections) sectionHits() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits["/section/world"] + s.hits["/section/sport"]
}

// The listing pages a run revisits are bounded by MaxListings
// (--max-listings): with both section pages due and a budget of one, one
// is revisited; with none (--max-listings 0, MaxListings -1), none is,
// though the other is still due.
func TestCrawlListingBudget(t *testing.T) {
	s := newTwoSections()
	defer s.Close()
	dir := t.TempDir()
	run := func(name string, max int) []string {
		out := filepath.Join(dir, name+".jsonl")
		crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) {
			c.Store = later{c.Store.(*sqlitestore.Store), 2 * time.Hour}
			c.MaxListings = max
		})
		return paths(t, s.URL, readOut(t, out))
	}
	if got := run("first", 0); len(got) != 10 {
		t.Fatalf("first run emitted %q, want the 10 stories", got)
	}
	s.mu.Lock()
	s.stories["world"], s.stories["sport"] = 6, 6
	s.mu.Unlock()
	before := s.sectionHits()
	if got := run("budget-one", 1); len(got) != 1 || s.sectionHits()-before != 1 {
		t.Errorf("with both section pages due and MaxListings 1: %d section pages fetched, %q emitted; want one page and its new story", s.sectionHits()-before, got)
	}
	before = s.sectionHits()
	if got := run("none", -1); len(got) != 0 || s.sectionHits() != before {
		t.Errorf("with MaxListings -1 (none): %d section pages fetched, %q emitted; want none", s.sectionHits()-before, got)
	}
}
