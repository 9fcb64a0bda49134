package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A paywalled page often holds the story whole: the template shows a teaser
// and the offer, and keeps the rest, or all of it, in a block its paywall
// script reveals to subscribers, hidden by CSS or aria-hidden until then
// (a "premium-content" or "paywall" block, as metering plug-ins and news
// CMSs name it). Such a block is the story's: stripFurniture keeps it when
// its class says it is paywalled and it holds paragraphs of prose
// (paywalledStory), and reveals it when it is hidden and follows the
// teaser in the story's container (teaserBefore), while the offer beside
// it ("paywall-prompt", "paywall-offer"), short, stays furniture. A teaser
// that the hidden block repeats is then said twice; dropRepeats
// (repeats.go) keeps it once.

// paywallWords are the class and id words of the paywalled part of a story.
var paywallWords = classSetOf("paywall", "paywalled", "premium", "subscriber", "subscribers", "paid", "locked", "metered")

// paywalledStory reports whether n, whose class and id cid name a paywall,
// holds the story behind it: no other furniture word names it, and at
// least two of its paragraphs are prose.
func paywalledStory(n *html.Node, cid string) bool {
	if classKinds(paywallReplacer.Replace(cid))&kindStrong != 0 {
		return false
	}
	return storyParagraphs(n, 2)
}

// paywallReplacer takes the paywall word of strongTokens out of a class.
var paywallReplacer = strings.NewReplacer("paywall", " ")

// storyParagraphs reports whether at least want paragraphs below n are
// prose (isProse).
func storyParagraphs(n *html.Node, want int) bool {
	found := 0
	walk(n, func(c *html.Node) bool {
		if found >= want || c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Form:
			return false
		case atom.P:
			if isProse(c, textLenUpTo(c, minProse)) {
				found++
			}
			return false
		}
		return true
	})
	return found >= want
}

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
