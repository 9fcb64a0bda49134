// Package corpus serves the real news pages of the shared extraction
// benchmarks as the articles of the crawl benches' loopback sites: each page
// under many URLs, every URL with content of its own.
package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

// Corpus is the pages, in a fixed order. It is safe for concurrent use.
type Corpus struct {
	pages [][]byte
}

var (
	// A page's canonical link and og:url point at its original site, where
	// several URLs of a bench site would share one; they are put out of
	// reach so that each URL is an article of its own, as on a real site.
	reCanonical = regexp.MustCompile(`(?i)(rel\s*=\s*["']?)canonical`)
	reOGURL     = regexp.MustCompile(`(?i)(["'\s=])og:url`)
	reTitle     = regexp.MustCompile(`(?i)<title[^>]*>`)
)

// Load reads every page under dir/*/html (gzipped or not), in a fixed
// order. dir is the shared benchmarks folder (../shared/benchmarks from a
// checkout); an error says so when it is missing or empty.
func Load(dir string) (*Corpus, error) { return LoadFirst(dir, 0) }

// LoadFirst is Load of the first n pages only (all if n <= 0): a site of
// fewer articles than the corpus has pages needs no more.
func LoadFirst(dir string, n int) (*Corpus, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("the shared benchmark pages are not there: %w (they live in shared/benchmarks beside the checkout; pass -data DIR)", err)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*", "html", "*"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no benchmark pages (want %s)", dir, filepath.Join(dir, "*", "html", "*.html[.gz]"))
	}
	if n > 0 && n < len(paths) {
		paths = paths[:n]
	}
	c := &Corpus{}
	for _, p := range paths {
		b, err := sharedpages.ReadPage(p)
		if err != nil {
			return nil, err
		}
		c.pages = append(c.pages, Decollapse(b))
	}
	return c, nil
}

// Decollapse renames a page's rel=canonical and og:url, so that a crawler
// takes the URL it fetched the page from as the page's own.
func Decollapse(b []byte) []byte {
	b = reCanonical.ReplaceAll(b, []byte("${1}x-canonical"))
	return reOGURL.ReplaceAll(b, []byte("${1}x-og:url"))
}

// Len is the number of distinct pages.
func (c *Corpus) Len() int { return len(c.pages) }

// Article is the i-th article of a site: page i modulo the corpus, its
// title numbered so that every URL has its own content.
func (c *Corpus) Article(i int) []byte {
	b := c.pages[i%len(c.pages)]
	loc := reTitle.FindIndex(b)
	if loc == nil {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	out = append(out, b[:loc[1]]...)
	out = fmt.Appendf(out, "Story %d: ", i)
	return append(out, b[loc[1]:]...)
}
