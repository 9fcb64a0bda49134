package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/internal/testtools"
)

// serveMirror serves the offline mirror in testdata/site over HTTP.
func serveMirror(t *testing.T) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(http.FileServer(http.Dir("../../testdata/site")))
	t.Cleanup(s.Close)
	return s
}

// sortedLines re-encodes JSON lines with sorted keys, in sorted order, so
// that two outputs compare as sets of records.
func sortedLines(t *testing.T, out string) []string {
	t.Helper()
	var lines []string
	for _, m := range decodeLines(t, out) {
		b, _ := json.Marshal(m) // maps marshal with sorted keys
		lines = append(lines, string(b))
	}
	slices.Sort(lines)
	return lines
}

func crawlWithWARC(t *testing.T, seed, dir string) (jsonl string, files []string) {
	t.Helper()
	wdir := filepath.Join(dir, "warc")
	out := filepath.Join(dir, "out.jsonl")
	_, stderr, code := runCLI(t, "", "crawl", seed, "--delay", "0s", "--state", filepath.Join(dir, "state"), "--warc", wdir, "--out", out)
	if code != 0 {
		t.Fatalf("crawl --warc: exit %d\n%s", code, stderr)
	}
	// The count leaves out the warcinfo records, which extract's count of
	// the same files includes: the summary says so.
	if !regexp.MustCompile(`WARC: \d+ records written to .*, besides the warcinfo record`).MatchString(stderr) {
		t.Errorf("crawl summary does not report the WARC and what its count leaves out: %s", stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	files, err = archive.Files(wdir)
	if err != nil || len(files) == 0 {
		t.Fatalf("no WARC files written (%v)", err)
	}
	return string(b), files
}

// crawl --warc, then extract the WARC: the same records, line for line, in
// the same order.
// The files pass warcio.js, an independent reader, digests included, and
// every article's warc link names a response record warcio found there.
func TestCrawlWARCRoundTrip(t *testing.T) {
	s := serveMirror(t)
	dir := t.TempDir()
	crawled, files := crawlWithWARC(t, s.URL+"/", dir)
	if n := len(decodeLines(t, crawled)); n != 5 {
		t.Fatalf("the crawl emitted %d articles, want the mirror's 5", n)
	}
	out, stderr, code := runCLI(t, "", append([]string{"extract"}, files...)...)
	if code != 0 {
		t.Fatalf("extract WARC: exit %d\n%s", code, stderr)
	}
	if want, got := sortedLines(t, crawled), sortedLines(t, out); !slices.Equal(want, got) {
		t.Fatalf("extract of the WARC differs from the crawl:\ncrawl:   %v\nextract: %v", want, got)
	}
	// In the crawl's order too: the order of its decisions in the WARC.
	if out != crawled {
		t.Errorf("extract gives the crawl's records in another order:\ncrawl:\n%s\nextract:\n%s", crawled, out)
	}
	if !strings.Contains(stderr, "5 articles; skipped:") || !strings.Contains(stderr, "request record") {
		t.Errorf("extract summary: %s", stderr)
	}

	// WARC is recognised by content, not by name.
	renamed := filepath.Join(dir, "capture.bin")
	b, _ := os.ReadFile(files[0])
	os.WriteFile(renamed, b, 0o644)
	out2, _, code := runCLI(t, "", "extract", renamed)
	if code != 0 || len(decodeLines(t, out2)) != 5 {
		t.Errorf("extract of a renamed WARC: exit %d, %d lines", code, len(decodeLines(t, out2)))
	}

	checked := warcioCheck(t, files...)
	responses := map[string]bool{}
	for _, r := range checked {
		if r.Type == "response" {
			responses[r.File+" "+r.ID+" "+itoa(r.Offset)] = true
		}
	}
	for _, a := range decodeLines(t, crawled) {
		w, _ := a["warc"].(map[string]any)
		key := ""
		if w != nil {
			key = w["file"].(string) + " " + w["record_id"].(string) + " " + itoa(int64(w["offset"].(float64)))
		}
		if !responses[key] {
			t.Errorf("%s: warc link %v is not a response record warcio read", a["url"], w)
		}
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// warcioCheck validates WARC files with warcio.js and fails the test on a
// complaint.
func warcioCheck(t *testing.T, files ...string) []testtools.Record {
	t.Helper()
	recs, err := testtools.Warcio(t, files...)
	if err != nil {
		t.Fatalf("warcio rejects our WARC: %v", err)
	}
	return recs
}

// The validator is not a rubber stamp: a wrong payload digest fails it.
func TestWarcioCatchesBadDigest(t *testing.T) {
	s := serveMirror(t)
	dir := t.TempDir()
	_, files := crawlWithWARC(t, s.URL+"/", dir)
	f, _ := os.Open(files[0])
	zr, err := gzip.NewReader(f) // reads all members
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.warc")
	os.WriteFile(good, plain, 0o644)
	if _, err := testtools.Warcio(t, good); err != nil {
		t.Fatalf("the uncompressed copy should pass: %v", err)
	}
	i := bytes.Index(plain, []byte("WARC-Payload-Digest: sha1:"))
	if i < 0 {
		t.Fatal("no payload digest in the WARC")
	}
	j := i + len("WARC-Payload-Digest: sha1:")
	if plain[j] == 'A' {
		plain[j] = 'B'
	} else {
		plain[j] = 'A'
	}
	bad := filepath.Join(dir, "bad.warc")
	os.WriteFile(bad, plain, 0o644)
	if _, err := testtools.Warcio(t, bad); err == nil || !strings.Contains(err.Error(), "WARC-Payload-Digest") {
		t.Fatalf("warcio check of a wrong digest: %v", err)
	}
}

// A WARC written by wget gives the same articles as our own crawl of the
// same site.
func TestExtractWgetWARC(t *testing.T) {
	wget, err := exec.LookPath("wget")
	testtools.Need(t, err == nil, "wget")
	s := serveMirror(t)
	dir := t.TempDir()
	crawled, _ := crawlWithWARC(t, s.URL+"/", dir)
	cmd := exec.Command(wget, "--quiet", "--recursive", "--level=5", "--delete-after", "--directory-prefix", filepath.Join(dir, "dl"),
		"--warc-file", filepath.Join(dir, "wget"), s.URL+"/")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		var ee *exec.ExitError
		// 8: some links answered 404, as the mirror has dead links.
		if !errors.As(err, &ee) || ee.ExitCode() != 8 {
			t.Fatalf("wget: %v\n%s", err, out)
		}
	}
	out, stderr, code := runCLI(t, "", "extract", filepath.Join(dir, "wget.warc.gz"))
	if code != 0 {
		t.Fatalf("extract wget WARC: exit %d\n%s", code, stderr)
	}
	// Same pages, same text; fetched_at and warc differ by nature.
	strip := func(out string) []string {
		var lines []string
		for _, m := range decodeLines(t, out) {
			delete(m, "fetched_at")
			delete(m, "warc")
			b, _ := json.Marshal(m)
			lines = append(lines, string(b))
		}
		slices.Sort(lines)
		return lines
	}
	if want, got := strip(crawled), strip(out); !slices.Equal(want, got) {
		t.Fatalf("articles from wget's WARC differ from our crawl's:\ncrawl: %v\nwget:  %v", want, got)
	}
	if !strings.Contains(stderr, "metadata record") && !strings.Contains(stderr, "resource record") {
		t.Errorf("wget writes metadata/resource records; the summary should count them: %s", stderr)
	}
}

// A WARC file cut short fails naming the file and the record, and its
// summary line ends after what it counted. Before, it ended in a dangling
// "skipped: " when nothing was skipped.
func TestExtractTruncatedWARC(t *testing.T) {
	in := filepath.Join(t.TempDir(), "cut.warc")
	rec := "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n"
	if err := os.WriteFile(in, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCLI(t, "", "extract", in)
	if code != 1 || out != "" || !strings.Contains(stderr, "cut.warc: record 1") || strings.Contains(stderr, "skipped: \n") {
		t.Errorf("extract of a cut WARC: exit %d, stdout %q, stderr:\n%s\nwant 1, nothing out, the file and record named, no empty 'skipped:'", code, out, stderr)
	}
}
