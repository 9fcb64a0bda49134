package extractor

import (
	"regexp"

	"golang.org/x/net/html"
)

// reAuthorBoxHead is the label that opens the box about the writer set
// under a post: a heading of its own ("About the author", "Sobre o
// autor", "Über den Autor", "À propos de l'auteur"), or the start of the
// biography's paragraph when a colon follows ("About the Author: Derek
// Halpern is the marketing guy at …").
var reAuthorBoxHead = regexp.MustCompile(`(?i)^\s*(?:about\s+(?:the\s+)?authors?|sobre\s+(?:o|a|el|la)\s+autora?|über\s+(?:den|die)\s+autor(?:in)?|à\s+propos\s+de\s+l['’]auteure?|a\s+proposito\s+dell['’]autore)\b\s*(:)?`)

// maxAuthorBoxTail is the most text, in bytes, an author box holds from
// its label to the body's end: a name, a few sentences, the writer's links.
const maxAuthorBoxTail = 1000

// cutAuthorBox removes the box about the writer that ends a post: from a
// block that opens with its label (reAuthorBoxHead), in the body's second
// half, to the end, when what follows is no longer than a biography. The
// box is the writer's, set under every post by the theme, not the story
// (a theme names it "post-author" as often as "author-bio", so its class
// does not tell it apart from a byline: its label does). bt is the body's
// bodyTexts, as they stand after the cuts before it.
func cutAuthorBox(body *html.Node, bt bodyTexts) {
	if !bt.author {
		return // the common case
	}
	total := bt.total
	var start *html.Node
	tail := 0
	leafBlocks(body, func(n *html.Node, tl, seen int) bool {
		if tl > 0 && seen*2 >= total && total-seen <= maxAuthorBoxTail {
			if m := reAuthorBoxHead.FindStringSubmatchIndex(textOf(n)); m != nil && (tl <= 30 || m[2] >= 0) {
				start, tail = n, total-seen
				return false
			}
		}
		return true
	})
	if start == nil || tail == total {
		return
	}
	cutFrom(body, start)
}
