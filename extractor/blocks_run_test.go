package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestSimilarBlocks(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"elementor-element elementor-element-3f2a1b9 elementor-widget elementor-widget-text-editor", "elementor-element elementor-element-4a11c02 elementor-widget elementor-widget-text-editor", true},
		{"sqs-block html-block sqs-block-html", "sqs-block html-block sqs-block-html", true},
		{"row-fluid-wrapper row-depth-1 row-number-2 dnd-row", "row-fluid-wrapper row-depth-1 row-number-5 dnd-row", true},
		{"clear", "clear", false}, // one utility class tells nothing
		{"", "", false},
		{"post-content", "sidebar-about", false},
	} {
		a := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: c.a}}}
		b := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: c.b}}}
		if got := similarBlocks(a, b); got != c.want {
			t.Errorf("similarBlocks(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestAssembleRunStops: a run takes the prose blocks of its kind beside the
// chosen one, across an image block, and stops at a block under a sidebar
// heading, at another article's headline and at a block named as furniture.
func TestAssembleRunStops(t *testing.T) {
	blk := func(extra, inner string) string {
		return `<div class="blk text-block` + extra + `">` + inner + `</div>`
	}
	p := func(s string) string { return "<p>" + s + " " + longProse + "</p>" }
	for _, c := range []struct {
		name, after string
		in          bool
	}{
		{"prose", blk("", p("Second block.")), true},
		{"sidebar heading", blk("", "<h3>Most read</h3>"+p("Second block.")), false},
		{"headline", blk("", `<h2><a href="/other">Another story</a></h2>`+p("Second block.")), false},
		{"footer", blk(" footer", p("Second block.")), false},
		{"article", `<article class="blk text-block">` + p("Second block.") + `</article>`, false},
	} {
		page := `<html><body><div id="main">` + blk("", p("First block.")+p("Another paragraph.")) +
			blk(" image-block", `<img src="/a.jpg">`) + c.after + `</div></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		// What readability would return: a copy of the first block.
		first := findFirst(doc, func(n *html.Node) bool { return attr(n, "class") == "blk text-block" })
		content := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "id", Val: "readability-page-1"}}}
		for c := first.FirstChild; c != nil; c = c.NextSibling {
			content.AppendChild(cloneNode(c))
		}
		assembleRun(doc, content, takenTexts(doc, content))
		if got := strings.Contains(textOf(content), "Second block."); got != c.in {
			t.Errorf("%s: assembleRun took the next block: %v, want %v", c.name, got, c.in)
		}
	}
}

func cloneNode(n *html.Node) *html.Node {
	m := &html.Node{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom, Attr: append([]html.Attribute(nil), n.Attr...)}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.AppendChild(cloneNode(c))
	}
	return m
}

// TestAssembleRunAside: a short block of another kind between two blocks
// of the run (a table's show/hide toggle, a caption) does not end it; one
// of links or prose does.
func TestAssembleRunAside(t *testing.T) {
	blk := func(inner string) string { return `<div class="blk text-block">` + inner + `</div>` }
	p := func(s string) string { return "<p>" + s + " " + longProse + "</p>" }
	for _, c := range []struct {
		name, aside string
		in          bool
	}{
		{"toggle", `<div class="wide near-table"><button>Show table</button><table><tr><th>Formula</th><td>C2H6O</td></tr></table></div>`, true},
		{"caption", `<div class="caption-row">Photo: the plant at dawn</div>`, true},
		{"links", `<div class="more-row"><a href="/a">Read more on this</a></div>`, false},
		{"prose", `<div class="note-row"><p>Our letter sends you the best stories of the week, and the letters our readers wrote us, each Friday morning.</p></div>`, false},
	} {
		page := `<html><body><div id="main">` + blk(p("First block.")+p("Another paragraph.")) + c.aside +
			blk(p("Second block.")) + `</div></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		first := findFirst(doc, func(n *html.Node) bool { return attr(n, "class") == "blk text-block" })
		content := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "id", Val: "readability-page-1"}}}
		for c := first.FirstChild; c != nil; c = c.NextSibling {
			content.AppendChild(cloneNode(c))
		}
		assembleRun(doc, content, takenTexts(doc, content))
		if got := strings.Contains(textOf(content), "Second block."); got != c.in {
			t.Errorf("%s: assembleRun took the block after it: %v, want %v", c.name, got, c.in)
		}
	}
}
