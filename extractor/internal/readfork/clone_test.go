package readability

import (
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"github.com/newsprint/newsprint/extractor/internal/htmlfork"
	"golang.org/x/net/html"
)

// TestCloneDocumentIsDomClone checks that cloneDocument copies a page as
// dom.Clone does (namespace dropped, every attribute slice non-nil), over
// nodes reused from another page's parse, that the copy shares no node
// with the page, and that an attribute set or appended on one copied node
// leaves its neighbours and the page alone.
func TestCloneDocumentIsDomClone(t *testing.T) {
	page := `<!DOCTYPE html><html lang=en><head><title>T</title></head><body class=b>
<!-- note --><div id=a class="x y"><p>One <b>two</b></p><p data-k=v>three</p></div>
<svg viewBox="0 0 1 1"><path d="M0"/></svg><br><span></span>text</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	// The copy is made over the nodes of another page's parse, as
	// Extract's are from page to page: no field of their last use (a
	// namespace, a link) may show.
	var nodes htmlfork.NodeBlocks
	other := `<body><svg><g id=o><text>t</text></g></svg>` + strings.Repeat(`<ul><li class=c><a href=/x>x</a></ul><math><mi>x</mi></math>`, 40)
	if _, err := htmlfork.ParseWithOptions([]byte(other), htmlfork.ParseOptionNodes(&nodes)); err != nil {
		t.Fatal(err)
	}
	nodes.Reset()
	want, got := dom.Clone(doc, true), cloneDocument(doc, &nodes)
	var same func(a, b *html.Node)
	same = func(a, b *html.Node) {
		if a.Type != b.Type || a.DataAtom != b.DataAtom || a.Data != b.Data || a.Namespace != b.Namespace ||
			(a.Attr == nil) != (b.Attr == nil) || len(a.Attr) != len(b.Attr) {
			t.Fatalf("cloneDocument: node %q differs from dom.Clone's %q", b.Data, a.Data)
		}
		for i := range a.Attr {
			if a.Attr[i] != b.Attr[i] {
				t.Fatalf("cloneDocument: %q's attribute %v, want %v", b.Data, b.Attr[i], a.Attr[i])
			}
		}
		ca, cb := a.FirstChild, b.FirstChild
		for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
			if cb.Parent != b || cb.PrevSibling != nil && cb.PrevSibling.NextSibling != cb {
				t.Fatalf("cloneDocument: %q is badly linked", cb.Data)
			}
			same(ca, cb)
		}
		if ca != nil || cb != nil || b.LastChild != nil && b.LastChild.NextSibling != nil {
			t.Fatalf("cloneDocument: %q's children differ from dom.Clone's", b.Data)
		}
	}
	same(want, got)

	// The second <p>'s attribute is the next one after the <div>'s.
	div, p := getElementByTagName(got, "div"), dom.GetElementsByTagName(got, "p")[1]
	dom.SetAttribute(div, "id", "changed")
	dom.SetAttribute(div, "data-readability-score", "1.0000")
	if len(p.Attr) != 1 || p.Attr[0].Key != "data-k" || p.Attr[0].Val != "v" {
		t.Errorf("an attribute appended to the copied <div> reached the next <p>: %v", p.Attr)
	}
	if orig := getElementByTagName(doc, "div"); dom.GetAttribute(orig, "id") != "a" || len(orig.Attr) != 2 {
		t.Errorf("setting the copy's attributes changed the page's <div>: %v", orig.Attr)
	}
}
