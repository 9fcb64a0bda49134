package htmlfork

import (
	"fmt"
	"strings"
	"testing"
)

// The texts and attribute values of a page share blocks (Tokenizer.str):
// each keeps its bytes however many are cut after it, across blocks, and
// long ones, on their own, too.
func TestTokenStringsKept(t *testing.T) {
	var page strings.Builder
	var want []string
	for i := range 3000 {
		text, val := fmt.Sprintf("line %d", i), fmt.Sprintf("c%d", i)
		if i%500 == 0 {
			text = strings.Repeat("x", 600+i/500) // longer than a short string
		}
		fmt.Fprintf(&page, `<p class="%s">%s</p>`, val, text)
		want = append(want, val, text)
	}
	doc, err := Parse([]byte(page.String()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var rec func(*Node)
	rec = func(n *Node) {
		if n.Type == ElementNode && n.Data == "p" {
			got = append(got, n.Attr[0].Val, n.FirstChild.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(doc)
	if len(got) != len(want) {
		t.Fatalf("%d strings, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("string %d = %q, want %q", i, got[i], want[i])
		}
	}
}
