package readability

import (
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// TestSpeed73CountsRemembered wants a text counted through textCounts to
// give sumTextCommas's counts, the first time and when looked up after,
// for texts shorter and longer than minRemembered.
func TestSpeed73CountsRemembered(t *testing.T) {
	counts := textCounts{}
	texts := []string{"", " a, b ", strings.Repeat("word, ", 20), " 中文，" + strings.Repeat("д ", 40), strings.Repeat(" ", 60)}
	for range 2 {
		for _, s := range texts {
			gt, gk := counts.sum(s)
			wt, wk := sumTextCommas(s)
			if gt != wt || gk != wk {
				t.Errorf("%q: %+v %d, want %+v %d", s, gt, gk, wt, wk)
			}
		}
	}
	if len(counts) != 3 {
		t.Errorf("%d texts remembered, want the 3 long ones", len(counts))
	}
}

// TestSpeed73CountsShared wants countCharsAndCommas to count an element
// the same with and without remembered counts, again when its texts are
// remembered.
func TestSpeed73CountsShared(t *testing.T) {
	div := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, s := range []string{strings.Repeat("one, two ", 8), " ", strings.Repeat("три, ", 12) + " ", "x"} {
		div.AppendChild(&html.Node{Type: html.TextNode, Data: s})
	}
	wc, wk := countCharsAndCommas(div, nil)
	counts := textCounts{}
	for range 2 {
		if gc, gk := countCharsAndCommas(div, counts); gc != wc || gk != wk {
			t.Errorf("counted %d chars %d commas, want %d, %d", gc, gk, wc, wk)
		}
	}
}

// TestSpeed73ElementsByTag wants elementsByTag to list what
// dom.GetElementsByTagName lists for each tag in turn, root itself left
// out, over nested and sibling elements.
func TestSpeed73ElementsByTag(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id=r><p>a<img><p><span><img></span></p>
<figure><img><picture><img></picture></figure><div><div><p>b</div><img></div></div><p>c<img>`))
	if err != nil {
		t.Fatal(err)
	}
	root := getElementByTagName(doc, "div")
	for _, tags := range [][]string{{"div"}, {"p"}, {"img", "picture", "figure"}, {"figure", "img"}, {"video"}, {"p", "video", "div"}} {
		for _, r := range []*html.Node{doc, root} {
			var want []*html.Node
			for _, tag := range tags {
				want = append(want, dom.GetElementsByTagName(r, tag)...)
			}
			got := elementsByTag(r, tags...)
			if len(got) != len(want) {
				t.Fatalf("%v: %d elements, want %d", tags, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%v: element %d is %s, want %s", tags, i, got[i].Data, want[i].Data)
				}
			}
		}
	}
}
