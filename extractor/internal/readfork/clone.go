package readability

import (
	"github.com/newsprint/newsprint/extractor/internal/htmlfork"
	"golang.org/x/net/html"
)

// cloneDocument is dom.Clone(doc, true), the copy grabArticle makes of the
// document on every pass, with its nodes taken from nodes (the blocks the
// caller reuses from page to page, Parser.Nodes) and its attributes from
// one block, rather than one by one: a page of a few thousand elements made
// as many allocations per pass. Like dom.Clone it copies a node's type,
// atom, data and attributes, not its namespace, and gives every node a
// non-nil attribute slice. Each node's attributes end its slice's capacity,
// so an attribute appended to one node never writes over the next node's.
func cloneDocument(doc *html.Node, nodes *htmlfork.NodeBlocks) *html.Node {
	attrs := 0
	var count func(*html.Node)
	count = func(n *html.Node) {
		attrs += len(n.Attr)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			count(c)
		}
	}
	count(doc)
	attrSlab := make([]html.Attribute, attrs)
	var clone func(*html.Node) *html.Node
	clone = func(src *html.Node) *html.Node {
		k := copy(attrSlab, src.Attr)
		n := nodes.New(html.Node{Type: src.Type, DataAtom: src.DataAtom, Data: src.Data, Attr: attrSlab[:k:k]})
		attrSlab = attrSlab[k:]
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
