package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSpeed70TextOfOneTextNode checks that textOf of an element whose text
// is one text node returns that text without allocating, and that a text
// the fold changes (inner white space, two text nodes) is still folded.
func TestSpeed70TextOfOneTextNode(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><a id=a>  Jane Doe </a><p id=p>Jane   Doe</p><p id=q>Jane <b>Doe</b></p><p id=r>Jane<br>Doe</p></body>`))
	if err != nil {
		t.Fatal(err)
	}
	byID := func(id string) *html.Node {
		return findFirst(doc, func(n *html.Node) bool { return attr(n, "id") == id })
	}
	for id, want := range map[string]string{"a": "Jane Doe", "p": "Jane Doe", "q": "Jane Doe", "r": "Jane Doe"} {
		if got := textOf(byID(id)); got != want {
			t.Errorf("textOf(#%s) = %q, want %q", id, got, want)
		}
	}
	a := byID("a")
	if n := testing.AllocsPerRun(100, func() { _ = textOf(a) }); n > 1 {
		// The closure of textOfUpTo's walk may take one.
		t.Errorf("textOf of one text node: %v allocations, want at most 1", n)
	}
	p := byID("p")
	withCopy := testing.AllocsPerRun(100, func() { _ = textOf(p) })
	without := testing.AllocsPerRun(100, func() { _ = textOf(a) })
	if without >= withCopy {
		t.Errorf("textOf of one text node: %v allocations, as many as a folded text's %v", without, withCopy)
	}
}
