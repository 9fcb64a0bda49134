package extractor

import (
	"regexp"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reContactLabel is the label that opens a press release's contact block:
// "Contact:", "Media contact", "Pressekontakt:", "Ansprechpartner".
var reContactLabel = regexp.MustCompile(`(?i)^\s*(?:(?:media|press|presse)\s*)?(?:contacts?|kontakte?|ansprechpartner(?:in)?|contacto|contatti)\s*:?\s*$`)

// maxContactTail is the most text, in bytes, a contact block holds after
// its label: a few names, addresses, telephone numbers.
const maxContactTail = 800

// cutContactTail removes the contact block that ends a press release: from
// a block that is only the label (reContactLabel), in the body's second
// half, to the end, when nothing after it is prose, only names, numbers
// and addresses. Press offices and institutes set it under every release;
// it is the office's address, not the story (trafilatura's annotators, for
// one, leave it out of the body).
//
// bt is the body's bodyTexts, which tell whether any of its texts holds a
// word of the label (the common case: none) and its length.
func cutContactTail(body *html.Node, bt bodyTexts) {
	if !bt.contact {
		return
	}
	total := bt.total
	seen, tail := 0, 0
	var start *html.Node
	var after []*html.Node // the leaf blocks after start
	walk(body, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return false
			}
			if isBlockish(n) && !hasBlockChild(n) {
				tl := textLen(n)
				switch {
				case start == nil && tl > 0 && tl <= 30 && seen*2 >= total && reContactLabel.MatchString(textOf(n)):
					start, tail = n, total-seen
				case start != nil && tl > 0:
					after = append(after, n)
				}
				seen += tl
				return false
			}
		}
		if n.Type == html.TextNode {
			seen += nonSpaceLen(n.Data)
		}
		return true
	})
	if start == nil || len(after) == 0 || tail > maxContactTail {
		return
	}
	for _, b := range after {
		if isProse(b, textLen(b)) {
			return
		}
	}
	cutFrom(body, start)
}
