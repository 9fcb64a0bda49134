package extractor

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestRenderTextFoldsOnce pins renderText, which folds text once as it
// comes, to renderTextRef, the renderer it replaced (each paragraph
// gathered raw, then split into lines and folded by tidyLines), on
// random documents built from the pieces that matter (line breaks in text
// and as <br>, cells, <pre>, NBSP, zero-width and invalid bytes, empty
// lines and blocks) and on the golden pages.
func TestRenderTextFoldsOnce(t *testing.T) {
	pieces := []string{
		"word", " ", "  ", "\n", " \n ", "\n\n", "\t", "\u00a0", "\u200b", "\u3000", "\xff", "\xe2\x80",
		"é", "日本", "a b", "<br>", "<br/> ", "<p>", "</p>", "<div>", "</div>", "<td>", "</td>",
		"<th>x</th>", "<pre>  a\n  b\n</pre>", "<pre> \n </pre>", "<span>", "</span>", "<li>", "</li>",
		"<script>no</script>", "<figcaption>cap</figcaption>", "<h2>", "</h2>", "<b>", "</b>",
	}
	rng := rand.New(rand.NewPCG(7, 13))
	check := func(name string, doc *html.Node) {
		t.Helper()
		if got, want := renderText(doc), renderTextRef(doc); got != want {
			t.Fatalf("renderText(%s) = %q, want %q", name, got, want)
		}
	}
	for range draws(20000) {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		doc, err := html.Parse(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		check(b.String(), doc)
	}
	files, _ := filepath.Glob("../testdata/pages/*/source.html")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(strings.NewReader(string(raw)))
		if err != nil {
			t.Fatal(err)
		}
		check(f, doc)
	}
}

// renderTextRef renders the visible text of n: one paragraph per block element,
// paragraphs separated by one blank line, <br> as a line break, white space
// normalised inside lines.
func renderTextRef(n *html.Node) string {
	var paras []string
	// The paragraph being gathered: its buffer is reused by the next one
	// (a strings.Builder, reset, would grow again from nothing).
	var cur []byte
	flush := func() {
		if s := tidyLines(string(cur)); s != "" {
			paras = append(paras, s)
		}
		cur = cur[:0]
	}
	var rec func(*html.Node, int)
	rec = func(c *html.Node, depth int) {
		if depth > 400 {
			return
		}
		switch c.Type {
		case html.TextNode:
			cur = append(cur, c.Data...)
			return
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg,
				atom.Head, atom.Iframe, atom.Object, atom.Video, atom.Audio, atom.Canvas,
				atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Figcaption:
				// Captions live in Article.Images, not in the text.
				return
			case atom.Br:
				cur = append(cur, '\n')
				return
			case atom.Td, atom.Th:
				cur = append(cur, ' ')
			}
			if c.DataAtom == atom.Pre {
				// Preformatted text keeps its line breaks and indentation.
				flush()
				if p := preText(c); strings.TrimSpace(p) != "" {
					paras = append(paras, p)
				}
				return
			}
		}
		block := c.Type == html.ElementNode && isBlockTag(c.DataAtom)
		if block {
			flush()
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, depth+1)
		}
		if block {
			flush()
		}
	}
	rec(n, 0)
	flush()
	return strings.Join(paras, "\n\n")
}

// tidyLines normalises white space within each line of s and drops empty lines.
func tidyLines(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return normSpace(s) // one line, most paragraphs: no split, no join
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = normSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
