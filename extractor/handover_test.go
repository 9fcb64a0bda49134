package extractor

import (
	"bytes"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

func TestFoldSpaceRuns(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"a", "a"},
		{"a b\tc\nd", "a b\tc\nd"}, // single bytes stay as they are
		{"a  b", "a b"},
		{"a \t b", "a b"},
		{"a \n\t b", "a\nb"},
		{"\n\n   x   \n", "\nx\n"},
		{"é  \u00a0  ü", "é \u00a0 ü"}, // no-break spaces are not ASCII white space
		{"a\r\n\r\nb", "a\nb"},
		{"  ", " "},
	} {
		if got := foldSpaceRuns(c.in); got != c.want {
			t.Errorf("foldSpaceRuns(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// handOverPages are pages where a careless fold or a careless head would
// change readability's body: a byline, a share box and a heading whose raw
// text readability measures or compares, and a meta that names the
// title readability compares headings with.
func handOverPages() map[string]string {
	para := `<p>The council met on Tuesday, and after a long debate, it voted to
	    repair the old bridge, widen the road, and plant trees along the river, a plan
	    that residents had asked for since the floods of last spring, when water reached
	    the market square.</p>`
	body := strings.Repeat(para, 4)
	pad := strings.Repeat(" \n ", 40)
	return map[string]string{
		// Raw, the byline is 100 runes or more and stays in the body;
		// folded it would be under 100 and removed as the byline.
		"byline": `<html><head><title>Bridge repairs approved by the council</title></head><body>
			<article><div class="byline">By` + pad + `Jane Doe` + pad + `and Max Roe</div>` + body + `</article></body></html>`,
		// Raw, the share box holds 500 runes or more and stays; folded it
		// would be under 500 and removed.
		"share": `<html><head><title>Bridge repairs approved by the council</title></head><body>
			<article>` + body + `<div class="share-tools">Share this story` + strings.Repeat(pad, 5) + `with friends and
			neighbours, by mail or on social networks, today</div>` + para + `</article></body></html>`,
		// The title holds ": " and no meta names one: readability keeps
		// it whole only when a heading's raw text equals it, and drops the
		// first heading that duplicates the title it kept.
		"heading": `<html><head><title>News: Storm floods the coastal town tonight</title></head><body>
			<article><h2>News news news storm</h2><h1>News:  Storm floods the coastal town tonight</h1>` + body + `</article></body></html>`,
		"heading-ja": `<html lang="ja"><head><title>ニュース: 嵐が 今夜 海辺の 町を 襲う 予報</title></head><body>
			<article><h2>ニュース ニュース</h2><h1>ニュース:  嵐が 今夜 海辺の 町を 襲う 予報</h1>` + body + `</article></body></html>`,
		// A meta author stops readability's byline search; the head keeps
		// it, and the metas it does not read go.
		"meta-author": `<html><head><meta charset="utf-8"><title>Bridge repairs</title>
			<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/a.css">
			<meta name="Author" content="Jane Doe"><meta property="og:image" content="/x.jpg">
			<base href="/"><!-- built by hand --></head><body>
			<article><p class="byline">By Jane Doe</p>` + body + `</article></body></html>`,
		"meta-title": `<html><head><title>Town hall</title><meta property="OG:Title" content="Council approves bridge repairs">
			<link rel="icon" href="/f.ico"></head><body>
			<article><h2>Council approves bridge repairs</h2>` + body + `</article></body></html>`,
		"pre": `<html><head><title>Code</title></head><body><article>` + body + `<pre>  a  =  1
	    b  =  2</pre><code>x   =   3</code>` + para + `</article></body></html>`,
	}
}

// TestHandOverKeepsReadabilityBody runs readability on each page as it is
// and handed over, and wants the same body: the same elements and
// attributes, and texts that differ only in the length of their white
// space runs.
func TestHandOverKeepsReadabilityBody(t *testing.T) {
	pages := map[string][]byte{}
	for name, src := range handOverPages() {
		pages[name] = []byte(src)
	}
	files, _ := filepath.Glob("../testdata/pages/*/source.html")
	blocks, _ := filepath.Glob("testdata/blocks/*.html")
	for _, f := range append(files, blocks...) {
		b, err := sharedpages.ReadPage(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[f] = b
	}
	if len(pages) < 15 {
		t.Fatalf("only %d pages", len(pages))
	}
	base, _ := url.Parse("https://example.com/news/2024/bridge")
	for name, src := range pages {
		u, _ := decode(src, "")
		want, got := readabilityOf(t, u, base, false), readabilityOf(t, u, base, true)
		if want != got {
			t.Errorf("%s: handed over, readability's body changed:\n%s\nwant\n%s", name, got, want)
		}
	}
}

func readabilityOf(t *testing.T, page []byte, base *url.URL, handed bool) string {
	t.Helper()
	n := articleOf(t, page, handed, func(doc *html.Node) *html.Node { return readabilityBody(doc, base, nil) })
	if n == nil {
		return "<nil>"
	}
	text := renderText(n) // ours: the same to the byte
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			c.Data = foldSpaceRuns(c.Data)
		}
		return true
	})
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%s\n%s", b.String(), text)
}

// articleOf parses page, hands it over when handed is true, and returns
// what run finds in it.
func articleOf(t *testing.T, page []byte, handed bool, run func(*html.Node) *html.Node) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if handed {
		handOver(doc)
	}
	return run(doc)
}

func TestSlimHead(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(handOverPages()["meta-author"]))
	handOver(doc)
	var b bytes.Buffer
	_ = html.Render(&b, findFirst(doc, byTag(atom.Head)))
	want := `<head><title>Bridge repairs</title><meta name="Author" content="Jane Doe"/></head>`
	if b.String() != want {
		t.Errorf("head handed over:\n%s\nwant\n%s", b.String(), want)
	}
}
