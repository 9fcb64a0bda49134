package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestNonSpaceLenIsByteCount checks nonSpaceLen, which reads four bytes
// a turn, against a count of one byte at a time, on random texts of
// spaces, controls, ASCII and bytes past it, of every length to 80.
func TestNonSpaceLenIsByteCount(t *testing.T) {
	slow := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if c := s[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
				n++
			}
		}
		return n
	}
	parts := []string{" ", "\n", "\t", "\r", "\v", "\f", "\x00", "\x1f", "!", "a", "Z", "\x7f", "\x80", "\xff", "é", "编", "\u3000"}
	rng := rand.New(rand.NewPCG(45, 46))
	for range draws(50000) {
		b := make([]byte, rng.IntN(81))
		for i := range b {
			b[i] = parts[rng.IntN(len(parts))][0]
		}
		if s := string(b); nonSpaceLen(s) != slow(s) {
			t.Fatalf("nonSpaceLen(%q) = %d, want %d", s, nonSpaceLen(s), slow(s))
		}
	}
}

// TestShapeProbe75MarkedAround checks markedAround on the mark's place: on
// the element itself, on a wrapper that holds no more text (spaces aside),
// on one past the levels asked for, on the first wrapper holding more
// text (asked) and on one around it (not asked).
func TestShapeProbe75MarkedAround(t *testing.T) {
	marked := func(n *html.Node) bool { return classIDHolds(n, "author") }
	for _, c := range []struct {
		name, page string
		levels     int
		want       bool
	}{
		{"itself", `<p><span id=x class=author>Jane Doe</span> wrote.</p>`, 1, true},
		{"wrapper, spaces aside", `<div class=author> <div><span id=x>Jane Doe</span></div>
		</div>`, 3, true},
		{"wrapper past the levels", `<div class=author><div><span id=x>Jane Doe</span></div></div>`, 2, false},
		{"first wrapper with more text", `<div class=author><span id=x>Jane Doe</span> · May 3</div>`, 4, true},
		{"beyond a wrapper with more text", `<div class=author><div><span id=x>Jane Doe</span> · May 3</div></div>`, 4, false},
	} {
		doc, err := html.Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		n := findFirst(doc, func(n *html.Node) bool { return attr(n, "id") == "x" })
		if got := markedAround(n, c.levels, marked); got != c.want {
			t.Errorf("%s: markedAround = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestShapeProbe75FirstWordsPastNoscript checks that a teaser's or a row's
// first words are the ones a reader sees: a lazy-loading theme's
// `<noscript><img …></noscript>` fallback before the link is text to the
// parser, not the item's opening.
func TestShapeProbe75FirstWordsPastNoscript(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<ul><li id=x><noscript><img src="/a.jpg" alt="Harbour"></noscript>
		<a href="/2024/05/harbour-reopens">Harbour reopens after the storm</a> <span>May 3</span></li></ul>`))
	if err != nil {
		t.Fatal(err)
	}
	li := findFirst(doc, func(n *html.Node) bool { return attr(n, "id") == "x" })
	if !opensWithLink(li) {
		t.Error("opensWithLink = false, want true")
	}
	if a := openingLink(li); a == nil || attr(a, "href") != "/2024/05/harbour-reopens" {
		t.Errorf("openingLink = %v, want the story's link", a)
	}
}

// TestShapeProbe75SiblingElements checks nextElement and prevElement
// across white space and a comment, and nil where words come first.
func TestShapeProbe75SiblingElements(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<p><b id=a>By</b> <!-- name --> <span id=b>Jane Doe</span> and <i id=c>Sam Poe</i></p>`))
	if err != nil {
		t.Fatal(err)
	}
	byID := func(id string) *html.Node {
		return findFirst(doc, func(n *html.Node) bool { return attr(n, "id") == id })
	}
	a, b, c := byID("a"), byID("b"), byID("c")
	if got := nextElement(a); got != b {
		t.Errorf("nextElement(a) = %v, want b", got)
	}
	if got := prevElement(b); got != a {
		t.Errorf("prevElement(b) = %v, want a", got)
	}
	if got := nextElement(b); got != nil {
		t.Errorf("nextElement(b) = %v, want nil (words first)", got)
	}
	if got := prevElement(c); got != nil {
		t.Errorf("prevElement(c) = %v, want nil (words first)", got)
	}
	if got := nextElement(c); got != nil {
		t.Errorf("nextElement(c) = %v, want nil (nothing after)", got)
	}
}
