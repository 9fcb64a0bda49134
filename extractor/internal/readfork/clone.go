package readability

import (
	"github.com/newsprint/newsprint/extractor/internal/htmlfork"
	"golang.org/x/net/html"
)

// cloneDocument is dom.Clone(doc, true), the copy grabArticle makes of the
// document on every pass, with its nodes and their attributes taken from
// nodes (the blocks the caller reuses from page to page, Parser.Nodes)
// rather than allocated one by one: a page of a few thousand elements made
// as many allocations per pass. Like dom.Clone it copies a node's type,
// atom, data and attributes, not its namespace, and gives every node a
// non-nil attribute slice (noAttrs when it has none). Each node's
// attributes end its slice's capacity, so an attribute appended to one
// node never writes over the next node's.
func cloneDocument(doc *html.Node, nodes *htmlfork.NodeBlocks) *html.Node {
	var clone func(*html.Node) *html.Node
	clone = func(src *html.Node) *html.Node {
		attrs := noAttrs
		if len(src.Attr) > 0 {
			attrs = nodes.Attrs(len(src.Attr))
			copy(attrs, src.Attr)
		}
		n := nodes.New(html.Node{Type: src.Type, DataAtom: src.DataAtom, Data: src.Data, Attr: attrs})
		for c := src.FirstChild; c != nil; c = c.NextSibling {
			cc := clone(c)
			cc.Parent = n
			if last := n.LastChild; last != nil {
				last.NextSibling, cc.PrevSibling = cc, last
			} else {
				n.FirstChild = cc
			}
			n.LastChild = cc
		}
		return n
	}
	return clone(doc)
}

// noAttrs is the attributes of a copied node that has none: empty and not
// nil, as dom.Clone gives, and of no capacity, so an attribute appended to
// it makes the node a slice of its own.
var noAttrs = []html.Attribute{}
