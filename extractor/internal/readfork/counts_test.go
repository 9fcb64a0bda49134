package readability

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// pieces are texts whose joins test every case of charCounter's folding:
// empty, spaces only, a word with and without spaces around it, non-ASCII
// space and commas, invalid UTF-8.
var pieces = []string{"", " ", "a", " a", "a ", " a ", "\u00a0x", "x,y", "，", "\t\n", "ab  cd", "\xff", "\u3000", "ab\u00e9cd\u00a0e"}

// countRunes is what upstream's charCounter and commaCounter count, rune
// by rune.
func countRunes(texts []string) (int, int) {
	total, commas := 0, 0
	space, seen := false, false
	for _, s := range texts {
		for _, r := range s {
			if strings.ContainsRune("\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C", r) {
				commas++
			}
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space && seen {
				total += 2
			} else {
				total++
			}
			space, seen = false, true
		}
	}
	return total, commas
}

func seqs(n int) [][]string {
	out := [][]string{nil}
	for range n {
		var next [][]string
		for _, s := range out {
			for _, p := range pieces {
				next = append(next, append(append([]string(nil), s...), p))
			}
		}
		out = append(out, next...)
	}
	return out
}

// TestSumsCountAsRunes wants the summaries added text node by text node
// to count what Count counts rune by rune.
func TestSumsCountAsRunes(t *testing.T) {
	for _, seq := range seqs(3) {
		div := &html.Node{Type: html.ElementNode, Data: "div"}
		for _, s := range seq {
			div.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		}
		wc, wk := countRunes(seq)
		gc, gk := countCharsAndCommas(div, nil)
		if gc != wc || gk != wk {
			t.Errorf("%q: counted %d chars %d commas, want %d, %d", seq, gc, gk, wc, wk)
		}
	}
}

// TestLinkDensitiesAsEachAlone wants the densities of one walk to be
// getLinkDensity's of each element, links nested or not.
func TestLinkDensitiesAsEachAlone(t *testing.T) {
	ps := NewParser()
	for _, seq := range seqs(3) {
		for _, shape := range []string{"a-mid", "a-first", "nested", "in-page"} {
			doc := &html.Node{Type: html.DocumentNode}
			div := &html.Node{Type: html.ElementNode, Data: "div"}
			doc.AppendChild(div)
			var a, inner *html.Node
			for i, s := range seq {
				text := &html.Node{Type: html.TextNode, Data: s}
				switch {
				case i == 1 && shape == "a-mid" || i == 0 && shape == "a-first" || i == 1 && shape == "in-page":
					a = &html.Node{Type: html.ElementNode, Data: "a"}
					if shape == "in-page" {
						a.Attr = []html.Attribute{{Key: "href", Val: "#notes"}}
					}
					a.AppendChild(text)
					div.AppendChild(a)
				case i == 1 && shape == "nested":
					a = &html.Node{Type: html.ElementNode, Data: "a"}
					inner = &html.Node{Type: html.ElementNode, Data: "a"}
					a.AppendChild(&html.Node{Type: html.TextNode, Data: strings.ToUpper(s)})
					inner.AppendChild(text)
					a.AppendChild(inner)
					div.AppendChild(a)
				default:
					div.AppendChild(text)
				}
			}
			want := map[*html.Node]float64{div: -1}
			if a != nil {
				want[a] = -1
			}
			if inner != nil {
				want[inner] = -1
			}
			linkDensities(doc, want, nil)
			for n, got := range want {
				if got < 0 {
					if shape != "in-page" || n == nil {
						t.Errorf("%q %s: no density for <%s>", seq, shape, n.Data)
					}
					continue
				}
				if w := ps.getLinkDensity(n); got != w {
					t.Errorf("%q %s: <%s> density %v, want %v", seq, shape, n.Data, got, w)
				}
			}
		}
	}
}

// TestCountSpacesAsUnicode wants Count's ASCII shortcut to take for space
// what unicode.IsSpace does.
func TestCountSpacesAsUnicode(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		c := charCounter{}
		c.Count(r)
		if c.lastCharWasSpace != unicode.IsSpace(r) {
			t.Errorf("%U: space %v", r, c.lastCharWasSpace)
		}
	}
}

// TestMayHoldShare wants every class and id rxShareElements matches, in
// any case, the long s's too, to pass mayHoldShare.
func TestMayHoldShare(t *testing.T) {
	matched := 0
	for _, s := range []string{"share", "SHARE x", "post-Share", "sharedaddy ", "x_share_y", "-ſhare-", "_ſHARE", "ShareBar", "shareſ"} {
		if rxShareElements.MatchString(s) {
			matched++
			if !mayHoldShare(s) {
				t.Errorf("%q: the regexp matches, mayHoldShare says no", s)
			}
		}
	}
	if matched < 6 {
		t.Errorf("the regexp matched %d classes only", matched)
	}
	for _, s := range []string{"shore", "sh are", "article-body"} {
		if mayHoldShare(s) {
			t.Errorf("%q: mayHoldShare says yes", s)
		}
	}
}
