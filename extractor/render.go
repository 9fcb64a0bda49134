package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderText renders the visible text of n: one paragraph per block element,
// paragraphs separated by one blank line, <br> as a line break, white space
// normalised inside lines.
func renderText(n *html.Node) string {
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

func preText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		if isElement(c, atom.Br) {
			b.WriteByte('\n')
		}
		return true
	})
	return strings.Trim(strings.ReplaceAll(b.String(), "\u00A0", " "), "\n")
}
