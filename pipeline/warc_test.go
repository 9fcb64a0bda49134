package pipeline_test

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	warc "github.com/internetarchive/gowarc"
	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/internal/testtools"
	"github.com/newsprint/newsprint/pipeline"
)

func openArchive(t *testing.T, dir string) *archive.Archive {
	t.Helper()
	a, err := archive.Open(archive.Options{Dir: dir, Software: extractor.Version})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// offline re-extracts every WARC file in dir, as 'newsprint extract' does.
func offline(t *testing.T, dir string) []extractor.Article {
	t.Helper()
	files, err := archive.Files(dir)
	if err != nil || len(files) == 0 {
		t.Fatalf("no WARC files in %s", dir)
	}
	off := pipeline.NewOffline(extractor.Options{}, pipeline.NearMark)
	var out []extractor.Article
	keep := func(res []pipeline.Extracted) error {
		for _, e := range res {
			if e.Err == nil && e.Skipped == "" {
				testtools.ValidateRecords(t, "offline "+e.Article.URL, pipeline.Line(e.Article))
				out = append(out, e.Article)
			}
		}
		return nil
	}
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		_, err = archive.Walk(f, filepath.Base(p), 1<<20, archive.Visitor{
			Response: func(r archive.Response) error { return keep(off.Response(r)) },
			Revisit:  func(r archive.Revisit) error { return keep(off.Revisit(r)) },
			Metadata: func(m archive.Metadata) error { return keep(off.Metadata(m)) },
		})
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	keep(off.Flush())
	return out
}

// recordAt reads the record at a capture's offset.
func recordAt(t *testing.T, dir string, ref *extractor.WarcRef) warc.Header {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, ref.File))
	if err != nil {
		t.Fatalf("capture %+v: %v", ref, err)
	}
	defer f.Close()
	if _, err := f.Seek(ref.Offset, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	r, err := warc.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.ReadRecord()
	if err != nil {
		t.Fatalf("capture %+v: no record at the offset: %v", ref, err)
	}
	rec.Content.Close()
	return rec.Header
}

// urls lists the articles' URLs in their order.
func urls(arts []extractor.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.URL)
	}
	return out
}

func byURL(arts []extractor.Article) map[string]string {
	m := map[string]string{}
	for _, a := range arts {
		b, _ := json.Marshal(a)
		m[a.URL] = string(b)
	}
	return m
}

func readIndex(t *testing.T, dir string) []archive.IndexEntry {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, archive.IndexFile))
	if err != nil {
		t.Fatal(err)
	}
	var out []archive.IndexEntry
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var e archive.IndexEntry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("index line %q: %v", line, err)
		}
		out = append(out, e)
	}
	return out
}

// A crawl of the fixture site with a WARC archive: every fetch is
// captured, each article points at its response record, and re-extracting
// the WARC files gives back exactly the crawl's records. A second run
// writes revisit records for what did not change.
func TestCrawlFixtureWARC(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	dir := t.TempDir()
	wdir := filepath.Join(dir, "warc")
	out := filepath.Join(dir, "out.jsonl")
	arc := openArchive(t, wdir)
	// The fixture's stories share most of their text: the crawl marks
	// near-duplicates, two pages at a time, and the WARC's re-extraction
	// must mark the same, whichever of two pages fetched together was
	// decided first (TestCrawlWARCDecisionOrder forces the race).
	crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) { c.Archive = arc })
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	arts := readOut(t, out)
	if got := paths(t, s.URL, arts); !slices.Equal(got, wantArticles) {
		t.Fatalf("emitted %q\nwant     %q", got, wantArticles)
	}
	for _, a := range arts {
		if a.Warc == nil {
			t.Fatalf("%s: no warc link", a.URL)
		}
		h := recordAt(t, wdir, a.Warc)
		if h.Get("WARC-Record-ID") != a.Warc.RecordID || h.Get("WARC-Type") != "response" || h.Get("WARC-Date") != a.FetchedAt {
			t.Errorf("%s: link %+v reaches %s record %s of %s", a.URL, a.Warc, h.Get("WARC-Type"), h.Get("WARC-Record-ID"), h.Get("WARC-Date"))
		}
		if n, _ := pipeline.Normalize(h.Get("WARC-Target-URI")); n != a.URL {
			t.Errorf("%s: its record is of %s", a.URL, h.Get("WARC-Target-URI"))
		}
	}

	// An independent reader accepts the files, truncated and revisit
	// records included.
	files, _ := archive.Files(wdir)
	if _, err := testtools.Warcio(t, files...); err != nil {
		t.Errorf("warcio rejects the fixture crawl's WARC: %v", err)
	}

	// Round trip: the WARC files give the same records, in the crawl's
	// order.
	again := offline(t, wdir)
	if p, q := urls(arts), urls(again); !slices.Equal(p, q) {
		t.Errorf("the WARC gives %q\nthe crawl emitted %q", q, p)
	}
	want, got := byURL(arts), byURL(again)
	for u, line := range want {
		if got[u] != line {
			t.Errorf("%s: from the WARC\n%s\nfrom the crawl\n%s", u, got[u], line)
		}
	}
	if len(got) != len(want) {
		t.Errorf("the WARC gives %d articles, the crawl emitted %d", len(got), len(want))
	}

	// Everything fetched is archived: robots.txt, sitemaps, the feed, the
	// non-articles, the failures; the oversized page as a truncated record.
	seen := map[string]archive.IndexEntry{}
	for _, e := range readIndex(t, wdir) {
		seen[strings.TrimPrefix(e.URL, s.URL)] = e
	}
	for _, p := range []string{"/robots.txt", "/sitemap_index.xml", "/sitemap-news.xml.gz", "/feed.xml", "/", "/about", "/missing", "/flaky", "/busy", "/doc.pdf", "/big-chunked", "/r1"} {
		if _, ok := seen[p]; !ok {
			t.Errorf("%s was fetched but is not in the WARC index", p)
		}
	}
	if e := seen["/big-chunked"]; e.Digest != "" {
		t.Errorf("/big-chunked was cut at the size cap, yet has a payload digest: %+v", e)
	}

	// Second run: articles are revalidated (304) and robots.txt is
	// unchanged; both become revisit records.
	arc = openArchive(t, wdir)
	out2 := filepath.Join(dir, "out2.jsonl")
	crawlOnce(t, s.URL+"/", dir, out2, func(c *pipeline.Config) {
		c.Archive = arc
		c.RevisitAfter = time.Nanosecond
		c.NearDuplicates = pipeline.NearOff
	})
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	if again := readOut(t, out2); len(again) != 0 {
		t.Errorf("second run emitted %d articles; nothing changed", len(again))
	}
	revisits := map[string]int{}
	for _, e := range readIndex(t, wdir) {
		if e.Type == "revisit" {
			revisits[strings.TrimPrefix(e.URL, s.URL)]++
		}
	}
	if revisits["/robots.txt"] == 0 || revisits["/news/a1"] == 0 {
		t.Errorf("second run: revisit records %v; want the unchanged robots.txt and the 304 of /news/a1", revisits)
	}
	files, _ = archive.Files(wdir)
	if len(files) != 2 {
		t.Errorf("two runs wrote %d files, want 2", len(files))
	}
	if _, err := testtools.Warcio(t, files...); err != nil {
		t.Errorf("warcio rejects the second run's WARC (revisits): %v", err)
	}
}
