package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A news template closes a story with boxes of the site's other stories
// under a section's name ("World", "Politics", "国际"): a heading and a
// list of headlines, each row one link and nothing else, in a wrapper of
// their own. With pictures or dates the cards are known before
// readability runs (datedteasers.go); bare rows of links are known here,
// once readability has taken them with a short story: by their shape, not
// their words. The box is dropped when
//   - its label is shaped like a section's name: a word or three, each
//     capitalized (a short joining word aside) or in a script without
//     case, and no sentence ("Further reading" and "See also" are not);
//   - its rows, three or more, are each wholly one link to a page of the
//     site, of a headline's length: a story's sources link other sites;
//   - label (alone or in a wrapper of its own) and rows (in an element of
//     their own or each a sibling of the label), and at most a link to
//     the whole section, are all their wrapper holds: a digest's sections
//     stand among its paragraphs;
//   - the story's text comes before it and no prose after it.
// A section's name left alone at the body's end, its rows gone, goes too.

// minBoxRows is the least number of rows of a box of other stories.
const minBoxRows = 3

// maxSectionName is the most bytes of a section's name.
const maxSectionName = 32

// dropSectionBoxes removes from body the boxes of other stories of the
// site of host under a section's name, with their wrappers, then such a
// name left at the body's end (dropTrailingHeading).
func dropSectionBoxes(body *html.Node, host string) {
	var doomed []*html.Node
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if !isHeading(n) {
			return true
		}
		if w := sectionBox(n, body, host); w != nil {
			doomed = append(doomed, w)
		}
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
	dropTrailingHeading(body)
}

// dropTrailingHeading removes a heading shaped like a section's name
// (sectionName) that ends body, story text before it and no text,
// picture or player after it: the label of a box whose rows readability
// or the rules above took away, which labels nothing now.
func dropTrailingHeading(body *html.Node) {
	last := shownText(body, scriptLike, prevInTree)
	if last == nil {
		return
	}
	h := lineTop(last, body).Parent // the last line's block: a heading is one
	if h == nil || h == body || !isHeading(h) || h.DataAtom == atom.H1 || !shortInline(h, true) || !sectionName(strings.TrimSpace(textOfUpTo(h, maxSectionName+1))) || !textBefore(h, body, 100) {
		return
	}
	for n := h; n != body; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && findFirst(s, byTag(atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Iframe, atom.Table, atom.Svg)) != nil {
				return // a box of pictures it labels
			}
		}
	}
	for w := h; w != body; w = w.Parent {
		p := w.Parent
		if p == body || singleElementChild(p) != w {
			remove(w)
			return
		}
	}
}

// sectionBox returns the wrapper of the box of other stories that the
// heading h labels, or nil. The label is h or a wrapper of h alone
// ("<div class="hd"><h3>World</h3></div>"); after it in the box's wrapper
// come the rows, in an element of their own or each a sibling of the
// label, and at most a link to the whole section ("More World news").
func sectionBox(h, body *html.Node, host string) *html.Node {
	if !shortInline(h, true) || !sectionName(strings.TrimSpace(textOfUpTo(h, maxSectionName+1))) {
		return nil
	}
	label := h
	for range 2 {
		if p := label.Parent; p != nil && p != body && singleElementChild(p) == label {
			label = p
		}
	}
	w := label.Parent
	if w == nil || w == body || prevElement(label) != nil {
		return nil // label and rows alone in their wrapper
	}
	var after []*html.Node
	for s := label.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
			return nil
		case s.Type == html.ElementNode:
			after = append(after, s)
		}
	}
	if k := len(after); k > 1 && sectionLink(after[k-1]) {
		after = after[:k-1]
	}
	switch {
	case len(after) == 1 && linkRows(after[0], host):
	case len(after) >= minBoxRows && !slices.ContainsFunc(after, func(r *html.Node) bool { return !linkRow1(r, host) }):
	default:
		return nil
	}
	return tailBox(w, body)
}

// sectionLink reports whether n is one short link and nothing else: a
// link to a whole section under its box of stories.
func sectionLink(n *html.Node) bool {
	link := soleLink(n)
	if link == nil {
		return false
	}
	lt := textLenUpTo(link, maxSectionName+1)
	return lt > 0 && lt <= maxSectionName && lt == textLenUpTo(n, maxSectionName+1)
}

// tailBox returns w when story text comes before it in body and no more
// than a few labels' worth of text outside links after it (further boxes
// of links), else nil.
func tailBox(w, body *html.Node) *html.Node {
	if !textBefore(w, body, 100) {
		return nil
	}
	after := 0
	for n := w; n != nil && n != body; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			links, all := linkAndTextLen(s)
			if after += all - links; after > 3*maxSectionName {
				return nil
			}
		}
	}
	return w
}

// sectionName reports whether t is shaped like the name of a section of
// a site: one to three words, each opening with a capital or written in
// a script without case, a short lower-case joining word ("and", "of",
// "&") between them aside; no sentence's punctuation.
func sectionName(t string) bool {
	if t == "" || len(t) > maxSectionName || strings.ContainsAny(t, ".?!:;,") {
		return false
	}
	words := strings.Fields(t)
	if len(words) > 4 {
		return false
	}
	named := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r):
			named++
		case i > 0 && i < len(words)-1 && len(w) <= 3:
			// "Arts and Culture", "Arts & Culture"
		default:
			return false
		}
	}
	return named > 0 && named <= 3
}

// linkRows reports whether the element children of n (or of its one
// element child) are minBoxRows rows or more, each wholly one link of a
// headline's length to a page of the site of host.
func linkRows(n *html.Node, host string) bool {
	if c := singleElementChild(n); c != nil && !isElement(n, atom.Ul, atom.Ol) {
		n = c
	}
	rows := 0
	return eachElementChild(n, func(c *html.Node) bool {
		if !linkRow1(c, host) {
			return false
		}
		rows++
		return true
	}) && rows >= minBoxRows
}

// linkRow1 reports whether the row r is one link and nothing else, its
// text a headline's (minHeadline bytes, three words or a CJK line) and
// its address a page of the site of host.
func linkRow1(r *html.Node, host string) bool {
	link := soleLink(r)
	if link == nil || !siteLink(strings.TrimSpace(attr(link, "href")), host) {
		return false
	}
	lt, tl := textLen(link), textLenUpTo(r, maxTeaserText)
	if lt < minHeadline || lt != tl {
		return false
	}
	t := textOfUpTo(link, maxTeaserText)
	return len(strings.Fields(t)) >= 3 || holdsCJK(t)
}

// soleLink is the link that n is or wraps alone, through elements that
// each hold one element and no text; nil when there is none.
func soleLink(n *html.Node) *html.Node {
	for c := n; c != nil; c = singleElementChild(c) {
		if c.DataAtom == atom.A {
			return c
		}
	}
	return nil
}
