package extractor

import (
	"strings"

	"golang.org/x/net/html"
)

// keepInlineCredits stops readability from taking a credit inside a
// sentence, or a pull quote's credit, for the page's byline. Readability
// removes the first element whose rel is "author", whose itemprop names
// an author or whose class or id reads as a byline, wherever it stands:
// "This post was written by <a rel=author>Jane Doe</a>. You can visit …"
// lost its name. Our own scan has taken the bylines out by now
// (visible.removeFields); an inline element with a sentence's worth of
// text around it in its block is part of the text, and a credit in a
// figure or a quotation (insetCredit) names whom it quotes: both lose
// the marks readability goes by.
func keepInlineCredits(doc *html.Node) {
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !readabilityByline(n) {
			return true
		}
		if insetCredit(n) {
			// A pull quote's or a figure's credit names whom it quotes
			// or pictures: no byline of the article's either.
			unmarkByline(n)
			return true
		}
		if isBlockTag(n.DataAtom) {
			return true
		}
		top := lineTop(n, nil)
		b := top.Parent
		if b == nil || b.Type != html.ElementNode || ownLine(top) {
			// A credit on a line of its own among the story's blocks
			// ("<div class=entry-content><span class="author vcard">Jane
			// Doe</span><p>…") is a byline, however long the story.
			return false
		}
		if own := textLen(n); textLenUpTo(b, own+inlineCreditContext) >= own+inlineCreditContext {
			unmarkByline(n)
		}
		return false
	})
}

// unmarkByline removes the attributes readability reads a byline by
// (readabilityByline) from n.
func unmarkByline(n *html.Node) {
	for _, k := range []string{"rel", "itemprop", "class", "id"} {
		removeAttr(n, k)
	}
}

// inlineCreditContext is how much text (non-space bytes) a block holds
// beside a credit for the credit to be part of a sentence rather than a
// byline ("By Jane Doe | May 3, 2024" holds 14).
const inlineCreditContext = 40

// readabilityByline reports whether readability would take n for a
// byline by its attributes (go-readability's isValidByline and its byline
// pattern on class and id, byline|author|dateline|writtenby|p-author, of
// which "author" covers p-author).
func readabilityByline(n *html.Node) bool {
	if attr(n, "rel") == "author" || strings.Contains(attr(n, "itemprop"), "author") {
		return true
	}
	// The class and the id each, lowered as classID lowers them: no word
	// holds a space, so none runs from one into the other, and no joined
	// copy is made for every inline element of the page.
	for _, v := range [...]string{attr(n, "class"), attr(n, "id")} {
		if v != "" && bylineClassKeys.in(lowerASCII(v)) {
			return true
		}
	}
	return false
}

var bylineClassKeys = newKeySet("byline", "author", "dateline", "writtenby")
