package extractor

import (
	"regexp"

	"golang.org/x/net/html"
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
// word of the label (the common case: none) and its length. It reports
// whether it cut.
func cutContactTail(body *html.Node, bt bodyTexts) bool {
	if !bt.contact {
		return false
	}
	total := bt.total
	tail := 0
	var start *html.Node
	var after []*html.Node // the leaf blocks after start
	leafBlocks(body, func(n *html.Node, tl, seen int) bool {
		switch {
		case start == nil && tl > 0 && tl <= 30 && seen*2 >= total && reContactLabel.MatchString(textOf(n)):
			start, tail = n, total-seen
		case start != nil && tl > 0:
			after = append(after, n)
		}
		return true
	})
	if start == nil || len(after) == 0 || tail > maxContactTail {
		return false
	}
	for _, b := range after {
		if isProse(b, textLen(b)) {
			return false
		}
	}
	cutFrom(body, start)
	return true
}
