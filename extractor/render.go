package extractor

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderText renders the visible text of n: one paragraph per block element,
// paragraphs separated by one blank line, <br> as a line break, white space
// normalised inside lines (as tidyLines would each paragraph's text).
func renderText(n *html.Node) string {
	buf := renderBufs.Get().(*[]byte)
	r := textRenderer{out: (*buf)[:0], f: spaceFolder{joiners: true}}
	var rec func(*html.Node, int)
	rec = func(c *html.Node, depth int) {
		if depth > 400 {
			return
		}
		switch c.Type {
		case html.TextNode:
			r.text(c.Data)
			return
		case html.ElementNode:
			if outOfText(c.DataAtom) {
				return // captions live in Article.Images, not in the text
			}
			switch c.DataAtom {
			case atom.Br:
				r.endLine()
				return
			case atom.Td, atom.Th:
				r.text(" ")
			}
			if c.DataAtom == atom.Pre {
				// Preformatted text keeps its line breaks and indentation.
				r.flush()
				if p := preText(c); strings.TrimSpace(p) != "" {
					r.para(p)
				}
				return
			}
		}
		block := c.Type == html.ElementNode && isBlockTag(c.DataAtom)
		if block {
			r.flush()
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, depth+1)
		}
		if block {
			r.flush()
		}
	}
	rec(n, 0)
	r.close()
	text := string(r.out)
	if cap(r.out) <= maxRenderBuf {
		*buf = r.out
		renderBufs.Put(buf)
	}
	return text
}

// textRenderer folds text as it comes straight into out, line by line and
// paragraph by paragraph: each byte is copied once, and out is a buffer
// reused across pages, so that a page's text costs one allocation, its
// string. (Gathering each paragraph raw and folding it with tidyLines
// copied it three or four times, an allocation each.)
type textRenderer struct {
	out       []byte
	sepStart  int // where the current paragraph's separator starts
	paraStart int // where its text starts
	lineStart int // where its last line starts
	f         spaceFolder
}

// renderBufs holds textRenderer buffers for reuse; one over maxRenderBuf
// is let go.
var renderBufs = sync.Pool{New: func() any { return new([]byte) }}

const maxRenderBuf = 1 << 20

// text folds s into the paragraph, a newline ending a line.
func (r *textRenderer) text(s string) {
	for {
		i := strings.IndexByte(s, '\n')
		piece := s
		if i >= 0 {
			piece = s[:i]
		}
		if piece != "" {
			// Room for the worst case (an invalid byte becomes U+FFFD,
			// three bytes, after a pending space), so that appendString
			// extends out in place: it sees the line alone, as normSpace
			// would.
			r.out = slices.Grow(r.out, 3*len(piece)+1)
			line := r.f.appendString(r.out[r.lineStart:], piece)
			r.out = r.out[:r.lineStart+len(line)]
		}
		if i < 0 {
			return
		}
		r.endLine()
		s = s[i+1:]
	}
}

// endLine ends the paragraph's line; an empty one is dropped.
func (r *textRenderer) endLine() {
	r.f = spaceFolder{joiners: true}
	if len(r.out) > r.lineStart {
		r.out = append(r.out, '\n')
		r.lineStart = len(r.out)
	}
}

// close ends the paragraph: the newline after its last line goes, and the
// paragraph with its separator if it is empty.
func (r *textRenderer) close() {
	if r.lineStart > r.paraStart && len(r.out) == r.lineStart {
		r.out = r.out[:r.lineStart-1]
	}
	if len(r.out) == r.paraStart {
		r.out = r.out[:r.sepStart]
	}
}

// flush ends the paragraph and opens the next one.
func (r *textRenderer) flush() {
	r.close()
	r.sepStart = len(r.out)
	if len(r.out) > 0 {
		r.out = append(r.out, "\n\n"...)
	}
	r.paraStart, r.lineStart, r.f = len(r.out), len(r.out), spaceFolder{joiners: true}
}

// para adds p as a paragraph of its own, as it is; the paragraph being
// gathered must be empty (flushed).
func (r *textRenderer) para(p string) {
	r.out = append(r.out, p...)
	r.flush()
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
