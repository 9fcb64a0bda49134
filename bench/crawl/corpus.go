package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// corpus is the real news pages of the shared extraction benchmarks, each
// served under many URLs of the bench site.
type corpus struct {
	pages [][]byte
}

var (
	// A page's canonical link and og:url point at its original site, where
	// several URLs of the bench site would share one; they are put out of
	// reach so that each URL is an article of its own, as on a real site.
	reCanonical = regexp.MustCompile(`(?i)(rel\s*=\s*["']?)canonical`)
	reOGURL     = regexp.MustCompile(`(?i)(["'\s=])og:url`)
	reTitle     = regexp.MustCompile(`(?i)<title[^>]*>`)
)

// loadCorpus reads every page under dir/*/html (gzipped or not), in a
// fixed order.
func loadCorpus(dir string) (*corpus, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "html", "*"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no benchmark pages (want %s)", dir, filepath.Join(dir, "*", "html", "*.html[.gz]"))
	}
	c := &corpus{}
	for _, p := range paths {
		b, err := readPage(p)
		if err != nil {
			return nil, err
		}
		b = reCanonical.ReplaceAll(b, []byte("${1}x-canonical"))
		b = reOGURL.ReplaceAll(b, []byte("${1}x-og:url"))
		c.pages = append(c.pages, b)
	}
	return c, nil
}

func readPage(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return b, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if b, err = io.ReadAll(zr); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// article is the i-th article of the site: page i modulo the corpus, its
// title numbered so that every URL has its own content.
func (c *corpus) article(i int) []byte {
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

// fetchArticles gets the first n articles from the site.
func fetchArticles(addr string, n int) [][]byte {
	bodies := make([][]byte, n)
	for i := range bodies {
		resp, err := http.Get(fmt.Sprintf("http://%s/a/%d", addr, i))
		if err != nil {
			fail(err)
		}
		if bodies[i], err = io.ReadAll(resp.Body); err != nil {
			fail(err)
		}
		resp.Body.Close()
	}
	return bodies
}

// meanSize is the mean size in bytes of the first n articles.
func meanSize(addr string, n int) float64 {
	var total int
	for _, b := range fetchArticles(addr, n) {
		total += len(b)
	}
	return float64(total) / float64(n)
}
