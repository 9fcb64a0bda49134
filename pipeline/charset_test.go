package pipeline_test

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/pipeline"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// The crawl decodes a page as the extractor does when it re-extracts the
// page from a WARC file: from the header, the bytes and <meta> together.
// colly alone would transcode by the header's charset first, turning a
// UTF-8 page labelled ISO-8859-1 into mojibake.
func TestCrawlCharsets(t *testing.T) {
	const body = "重庆中欧班列开行十三周年，累计开行超过一万六千列。"
	page := articleHTML("中文报道", body, "2024-03-26T10:00:00+08:00")
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(strings.Replace(page, `<meta charset="utf-8">`, "", 1))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<html><body><a href="/mislabelled">one</a> <a href="/gbk">two</a></body></html>`))
		case "/mislabelled": // UTF-8 bytes under a Latin-1 label
			w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
			w.Write([]byte(page))
		case "/gbk": // the charset in the header only
			w.Header().Set("Content-Type", "text/html; charset=GBK")
			w.Write([]byte(gbk))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	// Both URLs serve the same article, each decoded on its own: kept in
	// full, not one as an alias of the other.
	crawlOnce(t, srv.URL+"/", filepath.Join(dir, "state"), out, func(c *pipeline.Config) { c.NearDuplicates = pipeline.NearOff })
	arts := readOut(t, out)
	if got := paths(t, srv.URL, arts); strings.Join(got, " ") != "/gbk /mislabelled" {
		t.Fatalf("articles %q, want /gbk and /mislabelled", got)
	}
	for _, a := range arts {
		if a.Title != "中文报道" || !strings.Contains(a.Text, body) {
			t.Errorf("%s: title %q, text %.80q: want the Chinese title and body intact", a.URL, a.Title, a.Text)
		}
	}
}
