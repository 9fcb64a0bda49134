package main

import (
	"cmp"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/internal/testtools"
)

// A crawl's JSONL, and extract's, load into pandas with declared column
// types: strings as string with nulls, counts as Int64, the publication day
// as a date for every dated record and the instant as a UTC timestamp only
// where the page gives the time. No per-row parsing.
func TestConsumerLoad(t *testing.T) {
	abs, err := filepath.Abs("../../testdata/site/index.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	crawled := filepath.Join(dir, "crawl.jsonl")
	if _, stderr, code := runCLI(t, "", "crawl", "file://"+abs, "--state", filepath.Join(dir, "state"), "--out", crawled, "--delay", "0s"); code != 0 {
		t.Fatalf("newsprint crawl exit %d:\n%s", code, stderr)
	}
	pages, _ := filepath.Glob("../../testdata/pages/*/source.html")
	out, stderr, code := runCLI(t, "", append([]string{"extract"}, pages...)...)
	if code != 0 {
		t.Fatalf("newsprint extract exit %d:\n%s", code, stderr)
	}
	extracted := filepath.Join(dir, "extract.jsonl")
	if err := os.WriteFile(extracted, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	testtools.ValidateFile(t, crawled)
	testtools.ValidateFile(t, extracted)
	got, err := testtools.Pandas(t, crawled, extracted)
	if err != nil {
		t.Fatalf("pandas could not load the records with their declared types:\n%v", err)
	}
	// The records hold both kinds of date, so that both loads are tried.
	if got.Rows != 5+len(pages) || got.Timed == 0 || got.DayOnly == 0 {
		t.Errorf("pandas loaded %+v; want %d rows, some timed and some dated by day only", got, 5+len(pages))
	}
}

// An article's id is the same from a crawl of its URL as from 'extract
// FILE --url' of the same page, and as the documented derivation gives.
func TestIDSameFromCrawlAndExtract(t *testing.T) {
	s := serveMirror(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	if _, stderr, code := runCLI(t, "", "crawl", s.URL+"/", "--delay", "0s", "--state", filepath.Join(dir, "state"), "--out", out); code != 0 {
		t.Fatalf("crawl: exit %d\n%s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	recs := decodeLines(t, string(b))
	if len(recs) != 5 {
		t.Fatalf("crawl of the mirror emitted %d articles, want 5", len(recs))
	}
	for _, r := range recs {
		u := r["url"].(string)
		canonical, _ := r["canonical_url"].(string)
		if want := extractor.ArticleID(cmp.Or(canonical, u)); r["id"] != want {
			t.Errorf("%s: crawl id %v, want ArticleID = %s", u, r["id"], want)
		}
		file := filepath.Join("../../testdata/site", filepath.FromSlash(strings.TrimPrefix(u, s.URL)))
		got, stderr, code := runCLI(t, "", "extract", "--url", u, file)
		if code != 0 {
			t.Fatalf("extract %s: exit %d\n%s", file, code, stderr)
		}
		if ex := decodeLines(t, got); len(ex) != 1 || ex[0]["id"] != r["id"] {
			t.Errorf("extract --url %s %s: id %v, want the crawl's %v", u, file, ex[0]["id"], r["id"])
		}
	}
}
