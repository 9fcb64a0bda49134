package pipeline_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
)

// photoStory is an article body with an image and a caption paragraph
// after it: the caption leaves the text only when the image is read.
const photoStory = `Boats came back to the harbour at dawn.</p>
<div class="photo"><img src="/images/harbour.jpg" alt="The harbour at dawn" width="800" height="500"></div>
<p class="caption">Fishing boats in the harbour at dawn. Photo: Ada Lens</p><p>The catch was the best of the season, the harbour master said.`

// fieldsOf decodes an Article into its JSON fields, without those listed.
func fieldsOf(t *testing.T, a extractor.Article, without ...string) map[string]string {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for k, v := range m {
		if !slices.Contains(without, k) {
			out[k] = string(v)
		}
	}
	return out
}

func compareFields(t *testing.T, what, url string, want, got map[string]string) {
	t.Helper()
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %s: %s = %s, the crawl's %s", url, what, k, got[k], w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: %s has field %s the crawl's record has not", url, what, k)
		}
	}
}

// One record per page, whatever the source: crawl the fixture site with a
// WARC, re-extract the WARC as 'newsprint extract' does (its default size
// cap, larger than the crawl's), then extract each article's bytes from a
// file under its URL as 'newsprint extract FILE --url' does, and crawl the
// same bytes as file:// pages.
//
// Fields that only a fetch or a crawl's history sets are left out where
// there was none: fetched_at (no fetch from a file), warc (not read from an
// archive), revision and previous_hash (a lone file has no history: 0 and
// ""). A file:// page is another URL, so url, html, images' and
// top_image's URLs are file:// ones there, and id, derived from the URL,
// differs; every other field must match.
func TestOneRecordPerPage(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	s.setArticle("/news/photo", photoStory)
	dir := t.TempDir()
	wdir := filepath.Join(dir, "warc")
	arc := openArchive(t, wdir)
	crawlOnce(t, s.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		// duplicate_of depends on what else a crawl emitted before, not
		// on the page (the fixture's stories share most of their text).
		c.NearDuplicates = pipeline.NearOff
		c.Archive = arc
		c.MaxBodyBytes = 256 << 10 // /big and /big-chunked are over it
	})
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	crawled := map[string]extractor.Article{}
	for _, a := range readOut(t, filepath.Join(dir, "out.jsonl")) {
		crawled[a.URL] = a
	}
	photo := crawled[s.URL+"/news/photo"]
	if len(photo.Images) != 1 || strings.Contains(photo.Text, "Ada Lens") {
		t.Fatalf("the crawl's /news/photo: images %v, text %q", photo.Images, photo.Text)
	}

	// The WARC, read as 'newsprint extract' reads it.
	files, err := archive.Files(wdir)
	if err != nil || len(files) == 0 {
		t.Fatalf("no WARC files (%v)", err)
	}
	off := pipeline.NewOffline(extractor.Options{}, pipeline.NearOff)
	fromWARC := map[string]extractor.Article{}
	bodies := map[string]archive.Response{}
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		_, err = archive.Scan(f, filepath.Base(p), extractor.DefaultMaxBytes, func(r archive.Response) error {
			a, why, err := off.Article(r.Body, r.URL, r.ContentType, r.Date)
			if err == nil && why == "" {
				a.Warc = &extractor.WarcRef{File: r.Capture.File, RecordID: r.Capture.RecordID, Offset: r.Capture.Offset}
				fromWARC[a.URL] = a
				bodies[a.URL] = r
			}
			return nil
		})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	for u := range fromWARC {
		if _, ok := crawled[u]; !ok {
			t.Errorf("extract on the WARC emits %s, which the crawl did not", u)
		}
	}
	for u, a := range crawled {
		w, ok := fromWARC[u]
		if !ok {
			t.Errorf("extract on the WARC misses %s", u)
			continue
		}
		compareFields(t, "from the WARC", u, fieldsOf(t, a), fieldsOf(t, w))
	}

	// Each page's bytes from a file, under its URL (a tracking parameter
	// and a fragment added: the crawl drops both).
	pages := filepath.Join(dir, "pages")
	fetchOnly := []string{"fetched_at", "warc", "revision", "previous_hash"}
	var seeds []string
	for u, a := range crawled {
		r := bodies[u]
		name := filepath.Join(pages, strings.TrimPrefix(u, s.URL+"/")+".html")
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, r.Body, 0o644); err != nil {
			t.Fatal(err)
		}
		body, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := pipeline.ExtractFile(body, u+"?utm_source=x#top", extractor.Options{ContentType: r.ContentType})
		if err != nil {
			t.Errorf("%s from a file: %v", u, err)
			continue
		}
		compareFields(t, "from a file with its URL", u, fieldsOf(t, a, fetchOnly...), fieldsOf(t, f, fetchOnly...))
		seeds = append(seeds, "file://"+filepath.ToSlash(name))
	}

	// The same bytes crawled as file:// pages.
	fileOut := filepath.Join(dir, "file.jsonl")
	crawlOnce(t, seeds[0], filepath.Join(dir, "filestate"), fileOut, func(c *pipeline.Config) {
		c.Seeds = seeds
		c.NearDuplicates = pipeline.NearOff
	})
	byPath := map[string]extractor.Article{}
	for _, a := range readOut(t, fileOut) {
		byPath[strings.TrimSuffix(strings.TrimPrefix(a.URL, "file://"+filepath.ToSlash(pages)), ".html")] = a
	}
	urlFields := append([]string{"url", "id", "html", "images", "top_image"}, fetchOnly...)
	for u, a := range crawled {
		f, ok := byPath[strings.TrimPrefix(u, s.URL)]
		if !ok {
			t.Errorf("the file:// crawl misses %s", u)
			continue
		}
		compareFields(t, "crawled from file://", u, fieldsOf(t, a, urlFields...), fieldsOf(t, f, urlFields...))
		if len(f.Images) != len(a.Images) {
			t.Errorf("%s: crawled from file://: %d images, the crawl's %d", u, len(f.Images), len(a.Images))
		}
		for i := range min(len(f.Images), len(a.Images)) {
			fi, ai := f.Images[i], a.Images[i]
			fi.URL, ai.URL = "", ""
			if fi != ai {
				t.Errorf("%s: crawled from file://: image %d = %+v, the crawl's %+v", u, i, f.Images[i], a.Images[i])
			}
		}
	}
}
