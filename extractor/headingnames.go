package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// unnameHeading takes from a heading of the body the names that are not
// its kind's but read as furniture: an id made of its own words, and the
// word "header" in its class when it opens a paragraph or labels an
// accordion's panel (labelsPanel). A teaser's
// heading, a link to the story, keeps its names.
//
// Page builders and static generators give each section heading an anchor
// spelled from its text (Gutenberg's "h-what-is-social-shopping", GitHub,
// Hugo, Jekyll, Ghost and Docusaurus slugs, Easy Table of Contents'
// "What_is_Social_Shopping"): a heading about social media, comments or
// related work then carries "social", "comment" or "related" in its id, and
// isFurniture and readability's unlikely and negative patterns (which read
// class and id alike, by substring: "extra" of "extract", "meta" of
// "metadata") drop it from the article. Substack names every heading of a
// post "header-anchor-post", other templates a section's "section-header":
// readability's "header" is the page's header, not a heading. A sidebar's
// "module-header" (TypePad, Blogger themes) heads a list, not a paragraph,
// and keeps its name.
func unnameHeading(n *html.Node) {
	var text string
	for i := 0; i < len(n.Attr); i++ {
		a := n.Attr[i]
		if a.Key != "id" && a.Key != "class" || a.Val == "" {
			continue
		}
		if text == "" {
			if text = textOfUpTo(n, 400); text == "" || 2*linkTextLen(n) >= len(text) {
				return // a teaser's heading is its link
			}
		}
		switch {
		case a.Key == "id" && spellsText(a.Val, text):
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			i--
		case a.Key == "class" && hasFoldASCII(a.Val, "header") && (opensParagraph(n) || labelsPanel(n)):
			n.Attr[i].Val = headerWord.Replace(lowerASCII(a.Val))
		}
	}
}

// opensParagraph reports whether the element after n is a paragraph with
// text.
func opensParagraph(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c.DataAtom == atom.P && c.FirstChild != nil
		}
	}
	return false
}

// labelsPanel reports whether the heading n labels an accordion's panel:
// it, or its first element (the button that opens the panel, or the span
// keepLabel made of it), has aria-expanded. Bootstrap names such a heading
// "accordion-header", jQuery UI "ui-accordion-header": readability's
// unlikely pattern holds "header", and would drop the question.
func labelsPanel(n *html.Node) bool {
	if hasAttr(n, "aria-expanded") {
		return true
	}
	c := n.FirstChild
	if c != nil && c.Type != html.ElementNode {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
		c = nextElement(c)
	}
	return c != nil && hasAttr(c, "aria-expanded")
}

// headerWord renames a heading's "header" class word.
var headerWord = strings.NewReplacer("header", "heading")

// spellsText reports whether id is an anchor made of the words of text: at
// least two of its words, and two in three of its words of two letters or
// more that are not numbers ("h-2-undergoing-approval" has "h" and "2"),
// are words of text.
func spellsText(id, text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), notLetterDigit)
	found, total := 0, 0
	for _, w := range slugTokens(id) {
		if len(w) < 2 {
			continue
		}
		total++
		for _, t := range words {
			if t == w {
				found++
				break
			}
		}
	}
	return found >= 2 && found*3 >= total*2
}

// builderHeading reports whether n, a short element named as a widget
// (weakTokens) whose text is tl bytes long, is a page builder's heading
// block: a section's heading (h2-h6), alone in n and in each wrapper
// between them, holds all its text, not mostly in links, and the block
// after it is the section's text (opensProse). Elementor sets each heading
// of a post in its own "elementor-widget elementor-widget-heading" inside
// an "elementor-widget-container" (and a section of its own in an
// "elementor-widget-wrap"), SiteOrigin's page builder its headline in a
// "so-panel widget widget_sow-headline". A sidebar's widget holds its list
// or its form beside its title (Blogger's "widget Followers": the title,
// then a "widget-content" its script fills), a builder's menu heading is
// followed by its menu, and WordPress names a text widget's heading block
// "widget-title": none is one.
func builderHeading(n *html.Node, tl int) bool {
	if classIDHolds(n, "title") {
		return false // WordPress's "widget-title" over a sidebar's text widget
	}
	c := n
	for c != nil && !isHeading(c) {
		c = onlyChildElement(c)
	}
	// The page's <h1> is its title, which the body does not repeat.
	return c != nil && c.DataAtom != atom.H1 && tl > 0 && textLen(c) == tl && linkTextLen(c)*2 < tl && opensProse(n)
}

// opensProse reports whether the first block after n, or after the nearest
// of its ancestors that has one, that holds text reads as prose: at least
// minProse bytes, a quarter at most in links, a sentence ended.
func opensProse(n *html.Node) bool {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		for s := a.NextSibling; s != nil; s = s.NextSibling {
			if s.Type != html.ElementNode {
				continue
			}
			tl := textLenUpTo(s, 4*minProse)
			if tl == 0 {
				continue // a spacer
			}
			return tl >= minProse && linkTextLen(s)*4 < textLen(s) && endsSentence(textOfUpTo(s, 4*minProse))
		}
	}
	return false
}

// onlyChildElement is n's one child element, when all its other children
// are white space or comments; nil otherwise.
func onlyChildElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && only == nil:
			only = c
		case c.Type == html.ElementNode, c.Type == html.TextNode && !isSpaceOnly(c.Data):
			return nil
		}
	}
	return only
}

// A sidebar's label set in a wrapper named "header" ("<header
// class="section-header"><h2>Most read</h2></header><ul>…</ul>") loses
// its wrapper to readability, whose unlikely pattern holds "header", and
// the list of other stories after it stays in the body without the label
// that marks it: the teasers walk (teasers.go), which takes the link list
// after a label, runs after readability. unnameLabelWrapper renames the
// word, as unnameHeading does for a heading that opens a paragraph, so
// that the label reaches that walk and takes its list with it.

// unnameLabelWrapper renames the "header" class word of n when n holds
// only a sidebar label and a list of links follows it.
func unnameLabelWrapper(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key == "class" && hasFoldASCII(a.Val, "header") && labelledList(n) != nil {
			n.Attr[i].Val = headerWord.Replace(lowerASCII(a.Val))
			return
		}
	}
}

// labelledList returns the list of links right after n when n holds only
// a sidebar label, itself or in a wrapper or two; nil otherwise.
func labelledList(n *html.Node) *html.Node {
	next := nextElement(n)
	if next == nil || !isElement(next, atom.Ul, atom.Ol) || isElement(n, atom.Li, atom.Td, atom.A) || textLenUpTo(n, maxSidebarHeading+1) > maxSidebarHeading {
		return nil
	}
	w := n
	for range 3 {
		if sidebarLabelText(w) {
			if linkShare(next, 7, 10) || cardList(next) {
				return next
			}
			return nil
		}
		if w = singleElementChild(w); w == nil {
			return nil
		}
	}
	return nil
}
