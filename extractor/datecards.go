package extractor

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Teaser cards set as <article> elements date themselves, not the page:
// a related-posts list or a "more stories" row below an undated article,
// a blog index whose page is the listing. Each card closes with its own
// date ("<footer class=entry-meta>Posted on April 7, 2012</footer>"); a
// page whose own article shows no date gets none from them.

// cards are the spans of the visible scan's positions that teaser cards
// take: a date read at a position in one is the card's.
type cards struct {
	open  *html.Node // the card being read, nil between cards
	from  int        // the scan's position when it entered open
	spans [][2]int   // (from, to]: the positions the closed cards took
	// inArticle: the headline stands in an <article>, so any other
	// <article> is another piece's.
	inArticle bool
}

// newCards starts the record for a page whose headline has the
// ancestors above (none: no headline).
func newCards(above map[*html.Node]bool) cards {
	c := cards{}
	for p := range above {
		if p.DataAtom == atom.Article {
			c.inArticle = true
		}
	}
	return c
}

// enter is called with each element the scan meets, at its position
// pos: it closes the card the scan has left and opens one at n.
func (c *cards) enter(n *html.Node, pos int, above map[*html.Node]bool) {
	if c.open != nil {
		if isInside(n, c.open) {
			return
		}
		c.close(pos)
	}
	if c.isCard(n, above) {
		c.open, c.from = n, pos
	}
}

// isCard reports whether n is a teaser card: an <article> that does not
// hold the headline, on a page whose headline stands in another one, or
// in a run of sibling <article> elements with headings of their own. An
// <article> in the <header> that holds the headline is the story's info
// under it ("<header><h3>headline</h3><article class="info-group"><ul>
// <li>입력 2024.03.05 12:30</li><li>수정 …</li></ul></article></header>",
// as Korea's most common news CMS sets it), not another piece.
func (c *cards) isCard(n *html.Node, above map[*html.Node]bool) bool {
	if n.DataAtom != atom.Article || above[n] || n.Parent != nil && n.Parent.DataAtom == atom.Header && above[n.Parent] {
		return false
	}
	return c.inArticle || inArticleRun(n)
}

// holdsCard reports whether a card stands in n, a short block the scan
// would read as a whole: it is read part by part, so that the card's
// dates are told from the rest.
func (c *cards) holdsCard(n *html.Node, above map[*html.Node]bool) bool {
	return findFirst(n, func(x *html.Node) bool { return x != n && c.isCard(x, above) }) != nil
}

// close ends the open card, whose last position is pos.
func (c *cards) close(pos int) {
	if c.open != nil {
		c.spans = append(c.spans, [2]int{c.from, pos})
		c.open = nil
	}
}

// drop removes the dates read inside a card.
func (c *cards) drop(dates []dateCand) []dateCand {
	if len(c.spans) == 0 {
		return dates
	}
	return slices.DeleteFunc(dates, func(d dateCand) bool {
		for _, sp := range c.spans {
			if d.pos > sp[0] && d.pos <= sp[1] {
				return true
			}
		}
		return false
	})
}

// inArticleRun reports whether n, an <article> that opens with its
// heading, stands among sibling <article> elements that open with theirs:
// a listing. A page's own article set beside its cards opens with its
// text, its headline above it.
func inArticleRun(n *html.Node) bool {
	if !opensWithHeading(n) {
		return false
	}
	for _, sib := range []func(*html.Node) *html.Node{
		func(x *html.Node) *html.Node { return x.PrevSibling },
		func(x *html.Node) *html.Node { return x.NextSibling },
	} {
		for s := sib(n); s != nil; s = sib(s) {
			if s.Type == html.ElementNode && s.DataAtom == atom.Article && opensWithHeading(s) {
				return true
			}
		}
	}
	return false
}

// kickerText is the most text a card may show above its heading: a
// category or a label ("Travel", "Sponsored").
const kickerText = 40

// opensWithHeading reports whether n opens with an h1-h6: its title,
// below an image's link or a short category kicker at most, before any
// paragraph.
func opensWithHeading(n *html.Node) bool {
	before, found, done := 0, false, false
	walk(n, func(c *html.Node) bool {
		switch {
		case done:
			return false
		case c.Type == html.TextNode:
			before += len(strings.TrimSpace(c.Data))
			done = before > kickerText
		case c.Type != html.ElementNode:
		case isHeading(c):
			found, done = true, true
			return false
		case c.DataAtom == atom.P || c.DataAtom == atom.Script || c.DataAtom == atom.Style:
			done = c.DataAtom == atom.P
			return false
		}
		return true
	})
	return found
}

// isInside reports whether n is anc or stands in it.
func isInside(n, anc *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == anc {
			return true
		}
	}
	return false
}
