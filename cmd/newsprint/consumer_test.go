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
	if _, stderr, code := runCLI(t, "", "crawl", "file://"+abs, "--state", filepath.Join(dir, "state"), "--out", crawled, "--delay", "0s", "--body", "text,html,markdown"); code != 0 {
		t.Fatalf("newsprint crawl exit %d:\n%s", code, stderr)
	}
	b, _ := os.ReadFile(crawled)
	for _, r := range decodeLines(t, string(b)) {
		if md, _ := r["markdown"].(string); md == "" || r["html"] == nil || r["text"] == nil {
			t.Errorf("crawl --body text,html,markdown: %s has markdown %q, html and text present: %v, %v", r["url"], md, r["html"] != nil, r["text"] != nil)
		}
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

// --body selects the body columns; a form that does not exist is a usage
// error naming the flag.
func TestBodyFlag(t *testing.T) {
	out, stderr, code := runCLI(t, "", "extract", "--body", "markdown", seedPage)
	if code != 0 {
		t.Fatalf("extract --body markdown: exit %d\n%s", code, stderr)
	}
	recs := decodeLines(t, out)
	if len(recs) != 1 || recs[0]["text"] != nil || recs[0]["html"] != nil || recs[0]["markdown"] == nil {
		t.Errorf("extract --body markdown: text %v, html %v, markdown %.40v; want only markdown", recs[0]["text"] != nil, recs[0]["html"] != nil, recs[0]["markdown"])
	}
	out, _, _ = runCLI(t, "", "extract", seedPage)
	if recs := decodeLines(t, out); recs[0]["markdown"] != nil || recs[0]["html"] == nil || recs[0]["text"] == nil {
		t.Errorf("extract without --body: want text and html, no markdown")
	}
	for _, cmd := range []string{"extract", "crawl"} {
		_, stderr, code := runCLI(t, "", cmd, "--body", "text,pdf", seedPage)
		if code != 2 || !strings.Contains(stderr, "-body") || !strings.Contains(stderr, "pdf") {
			t.Errorf("%s --body text,pdf: exit %d, stderr %q; want 2 naming the flag and the form", cmd, code, stderr)
		}
	}
}
