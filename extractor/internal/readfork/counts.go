package readability

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// textSum summarises how a charCounter, started fresh, counts a run of
// text: its total, whether it holds a non-space rune, whether a space comes
// before its first non-space rune, whether its last rune is a space, and
// whether it holds any rune at all.
type textSum struct {
	total                      int
	nonSpace, lead, trail, any bool
}

// then is the summary of a followed by b.
func (a textSum) then(b textSum) textSum {
	if !b.any {
		return a
	}
	if !a.any {
		return b
	}
	out := textSum{total: a.total + b.total, any: true, trail: b.trail}
	out.nonSpace = a.nonSpace || b.nonSpace
	if a.nonSpace {
		out.lead = a.lead
		if b.nonSpace && (a.trail || b.lead) {
			out.total++ // the first rune of b counts 2, not 1
		}
	} else {
		out.lead = true // a is spaces only
	}
	return out
}

// textCounts remembers what sumTextCommas gave for the longer texts of one
// document. grabArticle's passes copy the document but share its strings,
// and the scoring, the link densities and the conditional cleaning walk
// a text again for every block around it: a long text is counted once and
// looked up after (a look-up hashes a string many times faster than it is
// counted; a short one costs less to count again). A Parser's own, made
// afresh for each document, so never shared between goroutines.
type textCounts map[string]textCommas

// textCommas is what sumTextCommas returns for a text.
type textCommas struct {
	sum    textSum
	commas int
}

// minRemembered is the length from which textCounts keeps a text's counts.
const minRemembered = 48

// sum is sumTextCommas(s), remembered for a long s.
func (c textCounts) sum(s string) (textSum, int) {
	if len(s) < minRemembered || c == nil {
		return sumTextCommas(s)
	}
	if r, ok := c[s]; ok {
		return r.sum, r.commas
	}
	t, k := sumTextCommas(s)
	c[s] = textCommas{t, k}
	return t, k
}

// sumTextCommas summarises s as a charCounter and a commaCounter would
// count it, rune by rune.
func sumTextCommas(s string) (textSum, int) {
	var t textSum
	commas := 0
	if s == "" {
		return t, 0
	}
	t.any = true
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		var isSpace bool
		if c < utf8.RuneSelf {
			i++
			isSpace = c == ' ' || c <= '\r' && c >= '\t'
			if c == ',' {
				commas++
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			isSpace = unicode.IsSpace(r)
			switch r {
			case '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C':
				commas++
			}
		}
		if isSpace {
			space = true
			if !t.nonSpace {
				t.lead = true
			}
			continue
		}
		if space && t.nonSpace {
			t.total += 2
		} else {
			t.total++
		}
		space = false
		t.nonSpace = true
		// The rest of a word counts one a rune: ASCII bytes one at a
		// time, the two- and three-byte runes of most scripts without
		// decoding them (plainRune).
		for {
			j := i
			for j < len(s) && asciiWord[s[j]] {
				j++
			}
			t.total += j - i
			i = j
			if i == len(s) || s[i] < 0xC2 {
				break // the end, a space or a comma: no rune of a word
			}
			// Most Chinese, Japanese and Korean letters, a run of them
			// tested inline.
			j = i
			for j+2 < len(s) {
				b := s[j : j+3]
				if b[0] < 0xE4 || b[0] > 0xEC || b[1]&0xC0 != 0x80 || b[2]&0xC0 != 0x80 {
					break
				}
				j += 3
			}
			if j > i {
				t.total += (j - i) / 3
				i = j
				continue
			}
			k := plainRune(s[i:])
			if k == 0 {
				break
			}
			i += k
			t.total++
		}
	}
	t.trail = space
	return t, commas
}

// plainRune returns the length of the rune s opens with when it is a
// valid two- or three-byte rune that is neither a space to
// unicode.IsSpace nor one of the commas commaCounter counts, else 0.
// Only the lead and continuation bytes are read: the letters of Chinese,
// Japanese, Korean, Cyrillic, Greek, Arabic or Indic text count without
// a decode and a Unicode table look-up each.
func plainRune(s string) int {
	if len(s) < 2 || s[0] < 0xC2 || s[0] > 0xEF || s[1]&0xC0 != 0x80 {
		return 0
	}
	b0, b1 := s[0], s[1]
	if b0 <= 0xDF {
		if b0 == 0xC2 && (b1 == 0x85 || b1 == 0xA0) || b0 == 0xD8 && b1 == 0x8C { // U+0085, U+00A0, U+060C
			return 0
		}
		return 2
	}
	if len(s) < 3 || s[2]&0xC0 != 0x80 {
		return 0
	}
	b2 := s[2]
	switch b0 {
	case 0xE0: // overlong below U+0800
		if b1 < 0xA0 {
			return 0
		}
	case 0xE1: // U+1680
		if b1 == 0x9A && b2 == 0x80 {
			return 0
		}
	case 0xE2: // U+2000-U+200A, U+2028, U+2029, U+202F, U+205F; U+2E32, U+2E34, U+2E41
		switch b1 {
		case 0x80:
			if b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF {
				return 0
			}
		case 0x81:
			if b2 == 0x9F {
				return 0
			}
		case 0xB8:
			if b2 == 0xB2 || b2 == 0xB4 {
				return 0
			}
		case 0xB9:
			if b2 == 0x81 {
				return 0
			}
		}
	case 0xE3: // U+3000
		if b1 == 0x80 && b2 == 0x80 {
			return 0
		}
	case 0xED: // the surrogates, U+D800-U+DFFF, are no runes
		if b1 > 0x9F {
			return 0
		}
	case 0xEF: // U+FE10, U+FE11, U+FE50, U+FF0C
		if b1 == 0xB8 && (b2 == 0x90 || b2 == 0x91) || b1 == 0xB9 && b2 == 0x90 || b1 == 0xBC && b2 == 0x8C {
			return 0
		}
	}
	return 3
}

// asciiWord holds the ASCII bytes that sumTextCommas counts as one rune
// each and nothing else: not a space, not a comma.
var asciiWord = func() (w [256]bool) {
	for c := range utf8.RuneSelf {
		w[c] = c != ' ' && (c < '\t' || c > '\r') && c != ','
	}
	return w
}()

// add counts a text summarised as t, as Count would rune by rune.
func (c *charCounter) add(t textSum) {
	if !t.any {
		return
	}
	if t.nonSpace {
		c.Total += t.total
		if c.seenNonSpace && (c.lastCharWasSpace || t.lead) {
			c.Total++
		}
		c.seenNonSpace = true
	}
	c.lastCharWasSpace = t.trail
}

// linkSums is, for one element, what getLinkDensity reads of it: the
// summary of all its text, of its text outside links, the weighted link
// characters within it, and whether a link within it points inside the
// page (whose 0.3 weight makes the sum depend on its order).
type linkSums struct {
	all, out textSum
	links    float64
	inPage   bool
}

// linkDensities computes getLinkDensity for every node of want in one walk
// of root. A node under a link within the page is left out (nil in the map):
// its caller computes it as before.
func linkDensities(root *html.Node, want map[*html.Node]float64, counts textCounts) {
	var walk func(n *html.Node) linkSums
	walk = func(n *html.Node) linkSums {
		if n.Type == html.TextNode {
			t, _ := counts.sum(n.Data)
			return linkSums{all: t, out: t}
		}
		var s linkSums
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := walk(c)
			s.all = s.all.then(cs.all)
			s.out = s.out.then(cs.out)
			s.links += cs.links
			s.inPage = s.inPage || cs.inPage
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			coef := getLinkDensityCoefficient(n)
			if coef != 1.0 {
				s.inPage = true
			}
			s.links += float64(s.out.total) * coef
			s.out = textSum{}
		}
		if _, ok := want[n]; ok && !s.inPage {
			d := 0.0
			if s.all.total != 0 {
				d = s.links / float64(s.all.total)
			}
			want[n] = d
		} else if ok {
			want[n] = -1
		}
		return s
	}
	walk(root)
}

// mayHoldShare reports whether s may match rxShareElements: whether it
// holds "hare" in any case (no rune but these ASCII letters folds to h, a,
// r or e, so a match always holds them).
func mayHoldShare(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i]|0x20 == 'h' && s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 'r' && s[i+3]|0x20 == 'e' {
			return true
		}
	}
	return false
}
