package corpus

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadArticle(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Budget vote</title><link rel="canonical" href="https://example.com/a"><meta property="og:url" content="https://example.com/a"></head><body><p>Text.</p></body></html>`
	if err := os.MkdirAll(filepath.Join(dir, "set", "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "set", "html", "a.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<html><head><title>Second</title></head></html>"))
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "set", "html", "b.html.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(%s): %v", dir, err)
	}
	if c.Len() != 2 {
		t.Fatalf("Load(%s).Len() = %d, want 2", dir, c.Len())
	}
	a := string(c.Article(2)) // page 0 again, under another URL
	if !strings.Contains(a, "<title>Story 2: Budget vote</title>") {
		t.Errorf("Article(2) title not numbered: %s", a)
	}
	if strings.Contains(a, `rel="canonical"`) || strings.Contains(a, `"og:url"`) {
		t.Errorf("Article(2) keeps a canonical or og:url that would collapse the site's URLs: %s", a)
	}
	if b := string(c.Article(1)); !strings.Contains(b, "Story 1: Second") {
		t.Errorf("Article(1) = %s, want the gunzipped second page, numbered", b)
	}
	if c, err := LoadFirst(dir, 1); err != nil || c.Len() != 1 {
		t.Errorf("LoadFirst(%s, 1) = %v pages, %v; want 1", dir, c, err)
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "shared", "benchmarks"))
	if err == nil || !strings.Contains(err.Error(), "shared benchmark pages are not there") {
		t.Errorf("Load(missing) = %v, want an error that says the shared pages are missing", err)
	}
	if _, err := Load(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no benchmark pages") {
		t.Errorf("Load(empty) = %v, want an error that says there are no pages", err)
	}
}
