package readability

import (
	"unicode"

	"golang.org/x/net/html"
)

// hasTextContent reports whether a node or any of its descendants have text content other than spaces.
func hasTextContent(node *html.Node) bool {
	if node.Type == html.TextNode {
		return hasContent(node.Data)
	}
	for child := range node.ChildNodes() {
		if hasTextContent(child) {
			return true
		}
	}
	return false
}

type runeCounter interface {
	Count(rune)
	add(textSum)
}

type charCounter struct {
	Total int

	lastCharWasSpace bool
	seenNonSpace     bool
}

// Count keeps a number of total characters (runes) it was passed. Leading and trailing whitespace
// are ignored, and consecutive runs of whitespace between words are counted as a single space.
func (c *charCounter) Count(r rune) {
	if r < 0x80 {
		if r == ' ' || r <= '\r' && r >= '\t' {
			c.lastCharWasSpace = true
			return
		}
	} else if unicode.IsSpace(r) {
		c.lastCharWasSpace = true
		return
	}
	if c.lastCharWasSpace && c.seenNonSpace {
		c.Total += 2
	} else {
		c.Total += 1
	}
	c.lastCharWasSpace = false
	c.seenNonSpace = true
}

func (c *charCounter) ResetContext() runeCounter {
	c.lastCharWasSpace = false
	c.seenNonSpace = false
	return c
}

type commaCounter struct {
	Total int
}

func (c *commaCounter) Count(r rune) {
	switch r {
	// Commas as used in Latin, Sindhi, Chinese and various other scripts.
	// see: https://en.wikipedia.org/wiki/Comma#Comma_variants
	case '\u002C', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C':
		c.Total++
	}
}

// countCharsAndCommas returns counts for both characters and commas in a node's
// text. Leading and trailing whitespace is not counted, nor are consecutive
// runs of whitespace. Long texts are counted once in counts.
func countCharsAndCommas(node *html.Node, counts textCounts) (int, int) {
	chars := &charCounter{}
	commas := &commaCounter{}

	// Walk the node and its descendants to count all non-space characters and
	// different comma variants separately.
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			t, k := counts.sum(n.Data)
			chars.add(t)
			commas.Total += k
			return
		}
		for child := range n.ChildNodes() {
			walk(child)
		}
	}
	walk(node)

	return chars.Total, commas.Total
}

// elementsByTag returns the elements below root named by tags: all of the
// first tag's in document order, then all of the second's, as one
// dom.GetElementsByTagName for each would, from a single walk without
// recursion. The cleaning asks for a tag or a few at a time over the same
// subtree, once per pass.
func elementsByTag(root *html.Node, tags ...string) []*html.Node {
	var out []*html.Node
	var more [][]*html.Node // the elements of tags[1:], each tag's apart
	if len(tags) > 1 {
		more = make([][]*html.Node, len(tags)-1)
	}
	for n := following(root, root); n != nil; n = following(n, root) {
		if n.Type == html.ElementNode {
			for i, tag := range tags {
				if n.Data != tag {
					continue
				}
				if i == 0 {
					out = append(out, n)
				} else {
					more[i-1] = append(more[i-1], n)
				}
				break
			}
		}
	}
	for _, m := range more {
		out = append(out, m...)
	}
	return out
}

// following returns the node after n in document order among root's
// descendants, or nil after the last of them.
func following(n, root *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != root; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}
