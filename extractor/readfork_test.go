package extractor

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	upstream "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	readability "github.com/newsprint/newsprint/extractor/internal/readfork"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

// TestReadforkMatchesUpstream runs go-readability and our copy of it on
// the same pages, raw and handed over, and wants the same article: the
// copy only counts faster (see internal/readfork/README.md).
func TestReadforkMatchesUpstream(t *testing.T) {
	files, _ := filepath.Glob("../testdata/pages/*/source.html")
	blocks, _ := filepath.Glob("testdata/blocks/*.html")
	files = append(files, blocks...)
	if dir := os.Getenv("READFORK_PAGES"); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "*", "source.html"))
		files = append(files, more...)
	}
	pages := map[string][]byte{}
	for name, src := range handOverPages() {
		pages[name] = []byte(src)
	}
	for _, f := range files {
		b, err := sharedpages.ReadPage(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[f] = b
	}
	base, _ := url.Parse("https://example.com/news/2024/bridge")
	for name, src := range pages {
		u, _ := decode(src, "")
		for _, handed := range []bool{false, true} {
			want, got := parseWith(t, u, handed, func(doc *html.Node) *html.Node {
				p := upstream.NewParser()
				a, _ := p.ParseAndMutate(doc, base)
				return a.Node
			}), parseWith(t, u, handed, func(doc *html.Node) *html.Node {
				p := readability.NewParser()
				a, _ := p.ParseAndMutate(doc, base)
				return a.Node
			})
			if want != got {
				t.Errorf("%s (handed over %v): the copy's article differs:\n%s\nwant\n%s", name, handed, got, want)
			}
		}
	}
	t.Logf("%d pages", len(pages))
}

func parseWith(t *testing.T, page []byte, handed bool, run func(*html.Node) *html.Node) string {
	t.Helper()
	n := articleOf(t, page, handed, run)
	if n == nil {
		return "<nil>"
	}
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
