package extractor

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A paywalled page often holds the story whole: the template shows a teaser
// and the offer, and keeps the rest, or all of it, in a block its paywall
// script reveals to subscribers, hidden by CSS or aria-hidden until then
// (a "premium-content" or "paywall" block, as metering plug-ins and news
// CMSs name it). Such a block is the story's: stripFurniture keeps it when
// its class says it is paywalled and it holds paragraphs of prose
// (paywalledStory, furniture.go), and reveals it when it is hidden and follows the
// teaser in the story's container (teaserBefore), while the offer beside
// it ("paywall-prompt", "paywall-offer"), short, stays furniture. A teaser
// that the hidden block repeats is then said twice; dropRepeats
// (repeats.go) keeps it once.

// paywallWords are the class and id words of the paywalled part of a story.
var paywallWords = classSetOf("paywall", "paywalled", "premium", "subscriber", "subscribers", "paid", "locked", "metered")

// teaserBefore reports whether a sibling before n, one of the few nearest,
// is or holds a paragraph of prose: the teaser a paywalled block goes on
// from, in the story's container. A hidden block far from any visible
// paragraph (the story's, while the template shows only a standfirst in
// its header) is not revealed: readability would take it for the body and
// leave the standfirst out.
func teaserBefore(n *html.Node) bool {
	k := 0
	for s := n.PrevSibling; s != nil && k < maxTeaserSiblings; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		k++
		if s.DataAtom == atom.P && isProse(s, textLenUpTo(s, minProse)) || storyParagraphs(s, 1) {
			return true
		}
	}
	return false
}

// maxTeaserSiblings is how many elements before a paywalled block
// teaserBefore reads.
const maxTeaserSiblings = 8
