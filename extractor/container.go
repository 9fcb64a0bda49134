package extractor

import (
	"log/slog"
	"net/url"

	"github.com/newsprint/newsprint/extractor/internal/htmlfork"
	readability "github.com/newsprint/newsprint/extractor/internal/readfork"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Regions around a post.
const (
	sideNone     = iota
	sideAround   // a sidebar, a widget, a footer, navigation
	sideComments // a comment thread
)

// sideTokens are the class and id words of the regions around a post:
// sidebars and their widgets, footers, comment threads.
var sideTokens = map[string]int{
	"sidebar": sideAround, "sidebars": sideAround, "widget": sideAround, "widgets": sideAround,
	"footer": sideAround, "foot": sideAround, "secondary": sideAround, "colophon": sideAround,
	"comment": sideComments, "comments": sideComments, "commentlist": sideComments, "respond": sideComments,
}

// layoutTokens name a layout that has a sidebar ("has-sidebar",
// "with-sidebar-layout", "c-layout-sidebar-left"), not the sidebar.
var layoutTokens = setOf("has", "with", "layout", "style")

// sideRegion tells whether n is a region around the post by its tag,
// role or class, and which.
func sideRegion(n *html.Node) int {
	switch n.DataAtom {
	case atom.Aside, atom.Footer, atom.Nav:
		return sideAround
	}
	switch attr(n, "role") {
	case "complementary", "contentinfo", "navigation":
		return sideAround
	}
	cid := classID(n)
	if cid == "" {
		return sideNone
	}
	kind := sideNone
	for w := range classWords(cid) {
		if layoutTokens[w] {
			return sideNone
		}
		kind = max(kind, sideTokens[w])
	}
	if kind != sideNone && classKinds(cid)&kindKeep != 0 {
		return sideNone
	}
	return kind
}

// sideOf returns the outermost region around the post (sideRegion) that
// holds x, below the page's body, main or article, and its kind; nil when
// there is none.
func sideOf(x *html.Node) (*html.Node, int) {
	var side *html.Node
	kind := sideNone
	for a := x; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.Body || a.DataAtom == atom.Main || a.DataAtom == atom.Article {
			break
		}
		if k := sideRegion(a); k != sideNone {
			side, kind = a, k
		}
	}
	return side, kind
}

// titleHeading returns the first h1, h2 or h3 of doc whose text is title.
func titleHeading(doc *html.Node, title string) *html.Node {
	want := simplify(title)
	if want == "" {
		return nil
	}
	return findFirst(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			return headlineOf(textOfUpTo(n, len(title)+64), want)
		}
		return false
	})
}

// maxSideText is the most text (bytes that are not space) a body
// readability found in a sidebar or a footer may have for it to be taken
// for one: those are short, and a long body in a region so named is the
// article in a layout that names its columns so. A comment thread is
// never the article, however long.
const maxSideText = 1000

// readableOutsideSides checks the body readability found (content, whose
// long texts are taken in doc) against the page's headline: when it comes
// from a region around the post (a sidebar, a widget, a footer, a comment
// thread: sideRegion) that does not hold the h1, h2 or h3 whose text is the
// title, the region goes and readability runs again, up to three times.
// A post of a few sentences scores below a sidebar's biography or a
// footer's disclaimer, and readability takes the longer; but the headline
// says where the post is. The new body is kept when it comes from the
// headline's post (nearerHeadline); else the regions come back and the
// first body stays.
//
// It returns the body and its taken texts.
func readableOutsideSides(doc, content *html.Node, base *url.URL, nodes *htmlfork.NodeBlocks, taken []*html.Node, title string) (*html.Node, []*html.Node) {
	type cut struct{ n, parent, next *html.Node }
	var cuts []cut
	restore := func() {
		for i := len(cuts) - 1; i >= 0; i-- {
			c := cuts[i]
			if c.next != nil && c.next.Parent != c.parent {
				// Readability's run since took the node after it out
				// of the tree (it rewrites some elements in place):
				// InsertBefore would link the region to a node outside
				// the tree.
				c.parent.AppendChild(c.n)
				continue
			}
			c.parent.InsertBefore(c.n, c.next)
		}
	}
	var h *html.Node
	depth := 0
	body, bodyTaken := content, taken
	for {
		if len(bodyTaken) == 0 {
			break
		}
		x := commonAncestor(bodyTaken)
		if x == nil {
			break
		}
		side, kind := sideOf(x)
		if side == nil {
			if len(cuts) > 0 && nearerHeadline(x, h, depth) {
				return body, bodyTaken
			}
			break
		}
		if len(cuts) == 3 || kind != sideComments && textLenUpTo(body, maxSideText) > maxSideText {
			break
		}
		if h == nil {
			if h = titleHeading(doc, title); h == nil {
				break
			}
		}
		if hasAncestor(h, func(a *html.Node) bool { return a == side }) {
			break
		}
		depth = max(depth, lcaDepth(side, h))
		cuts = append(cuts, cut{side, side.Parent, side.NextSibling})
		remove(side)
		if body = readabilityBody(doc, base, nodes); body == nil {
			break
		}
		bodyTaken = takenTexts(doc, body)
	}
	restore()
	return content, taken
}

// nearerHeadline reports whether x, where readability's body came from
// once a region went, is in the headline h's post: after h, and below an
// ancestor of h at least depth deep, as deep as the one the region shared
// with h.
func nearerHeadline(x, h *html.Node, depth int) bool {
	return x != nil && lcaDepth(x, h) >= depth && precedes(h, x)
}

// lcaDepth is the depth of the deepest element that holds both a and b
// (the root's is 0), or -1 when they are in different trees.
func lcaDepth(a, b *html.Node) int {
	above := map[*html.Node]int{}
	d := 0
	for p := a; p != nil; p = p.Parent {
		d++
	}
	for p := a; p != nil; p = p.Parent {
		d--
		above[p] = d
	}
	for p := b; p != nil; p = p.Parent {
		if d, ok := above[p]; ok {
			return d
		}
	}
	return -1
}

// precedes reports whether a comes before b in document order, b not
// inside a.
func precedes(a, b *html.Node) bool {
	var pa, pb []*html.Node
	for p := a; p != nil; p = p.Parent {
		pa = append(pa, p)
	}
	for p := b; p != nil; p = p.Parent {
		pb = append(pb, p)
	}
	i, j := len(pa)-1, len(pb)-1
	if i < 0 || j < 0 || pa[i] != pb[j] {
		return false
	}
	for i > 0 && j > 0 && pa[i-1] == pb[j-1] {
		i, j = i-1, j-1
	}
	if i == 0 || j == 0 {
		return false // one holds the other
	}
	for s := pa[i-1].NextSibling; s != nil; s = s.NextSibling {
		if s == pb[j-1] {
			return true
		}
	}
	return false
}

// readabilityBody runs readability over doc as it is, its copies of the
// page made of nodes (nil: blocks of its own), which hold the body it
// returns.
func readabilityBody(doc *html.Node, base *url.URL, nodes *htmlfork.NodeBlocks) *html.Node {
	p := readability.NewParser()
	// Our own metadata reads the page's JSON-LD; readability's reading of
	// it would only pick the title it compares headers against.
	p.DisableJSONLD = true
	// NewParser's logger formats every record for io.Discard, node paths
	// included: about 1 % of Extract's time for nothing.
	p.Logger = discardLog
	p.Nodes = nodes
	// The story's own list of sources stays, as stripTeasers spares it.
	host := ""
	if base != nil {
		host = base.Hostname()
	}
	p.KeepList = func(n *html.Node, list bool) bool { return storySources(n, list, host) }
	// A caption's mark stays when readability replaces its division by
	// the paragraph it wraps its text in.
	p.CarryAttrs = []string{captionKey}
	res, err := p.ParseAndMutate(doc, base)
	if err != nil || res.Node == nil {
		return nil
	}
	fixAtoms(res.Node)
	return res.Node
}

var discardLog = slog.New(slog.DiscardHandler)

// fixAtoms sets the DataAtom of every element to match its tag name.
// Readability creates elements (<p> around loose text, <div> wrappers) with
// no DataAtom and renames tags without updating it; the cleaning and text
// rendering that follow go by DataAtom.
func fixAtoms(n *html.Node) {
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			if a := atom.Lookup([]byte(c.Data)); a != c.DataAtom {
				c.DataAtom = a
			}
		}
		return true
	})
}
