package extractor

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A box of other stories need not say what it is: its label may be in a
// language no list holds, or a section's name ("Politics", "Sport"). Its
// teasers say it: each a card of its own, a linked headline first, then a
// standfirst and the story's date. With standfirsts the box reads as prose,
// and readability takes it with the article. Such cards are no article's
// own: a listicle's items or an interview's questions are not each a link
// to a page with a date, and a live blog's entries link no headline to
// another page. datedTeasers finds the box by its cards. Cards with no
// date are known by their pictures: picture and headline each link to the
// same story of the site, and the box comes under a label of its own.

// minDatedTeasers is the least number of cards that make a box of other
// stories: two may be a story's own pair of links.
const minDatedTeasers = 3

// datedTeasers reports whether the element children of n, a <div>,
// <section>, <ul> or <ol>, are minDatedTeasers teaser cards or more
// (datedTeaser) and nothing else: no text of its own between them.
func datedTeasers(n *html.Node, host string) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol:
	default:
		return false
	}
	// Most elements have fewer children: counted first, before any card
	// is read.
	items := 0
	for c := n.FirstChild; c != nil && items < minDatedTeasers; c = c.NextSibling {
		if c.Type == html.ElementNode {
			items++
		}
	}
	if items < minDatedTeasers {
		return false
	}
	items, undated := 0, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case html.ElementNode:
			ok, dated := datedTeaser(c, host)
			if !ok {
				return false
			}
			undated = undated || !dated
			items++
		}
	}
	// Cards without a date are known by their pictures, which a roundup
	// of the site's own stories links too: the box of other stories comes
	// under a label of its own, where a roundup's items follow its text.
	return items >= minDatedTeasers && (!undated || len(teasersLabel(n)) == 2)
}

// datedTeaser reports whether n, a <div>, <li> or <article> of at most
// maxTeaserText bytes of text, is a teaser card: its first text is a
// headline, a link of minHeadline bytes or more to another page in a
// heading (or a heading in the link), and a date stands alone in an
// element of its own below it (a <time>, or a line that is only a date:
// dated), or the card's picture links to the same story of the site
// (pictured).
func datedTeaser(n *html.Node, host string) (ok, dated bool) {
	switch n.DataAtom {
	case atom.Div, atom.Li, atom.Article:
	default:
		return false, false
	}
	first := firstTextNode(n)
	if first == nil {
		return false, false
	}
	var link, heading *html.Node
	for p := first.Parent; p != nil && p != n; p = p.Parent {
		if p.DataAtom == atom.A && link == nil {
			link = p
		} else if isHeading(p) && heading == nil {
			heading = p
		}
	}
	if link == nil || heading == nil || textLen(link) < minHeadline {
		return false, false
	}
	if href := strings.TrimSpace(attr(link, "href")); href == "" || href[0] == '#' {
		return false, false
	}
	if tl := textLenUpTo(n, maxTeaserText+1); tl > maxTeaserText {
		return false, false
	}
	dated = findFirst(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c == n || hasAncestor(c, func(p *html.Node) bool { return p == heading }) {
			return false
		}
		if c.DataAtom == atom.Time {
			return true
		}
		if c.FirstChild == nil || c.FirstChild != c.LastChild || c.FirstChild.Type != html.TextNode {
			return false
		}
		t := strings.TrimSpace(c.FirstChild.Data)
		return len(t) >= 6 && len(t) <= 40 && onlyDate(t)
	}) != nil
	return dated || pictured(n, link, host), dated
}

// pictured reports whether the card n holds, besides link, its linked
// headline, a picture in a link to the same address, one of the site of
// host (or link holds the picture too): the card of another story of the
// site, its picture and its headline each a way to it. A listicle's item may link its heading to a place or a
// product, but to another site's page, and seldom its picture too.
func pictured(n, link *html.Node, host string) bool {
	href := strings.TrimSpace(attr(link, "href"))
	if !siteLink(href, host) {
		return false
	}
	picture := func(i *html.Node) bool { return i.DataAtom == atom.Img || i.DataAtom == atom.Picture }
	if findFirst(link, picture) != nil {
		return true // a card set as one link around its picture and headline
	}
	return findFirst(n, func(c *html.Node) bool {
		return c != link && c.DataAtom == atom.A && strings.TrimSpace(attr(c, "href")) == href && findFirst(c, picture) != nil
	}) != nil
}

// siteLink reports whether href is the address of a page of the site of
// host other than its home: a path from the root, or an absolute address
// on host (a "www." aside).
func siteLink(href, host string) bool {
	if strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "//") {
		return len(strings.Trim(href, "/")) > 0
	}
	if host == "" {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return false
	}
	return strings.TrimPrefix(u.Hostname(), "www.") == strings.TrimPrefix(host, "www.") && len(strings.Trim(u.Path, "/")) > 0
}

// teasersLabel returns n, a box of dated teasers, and the label right
// before it, if any: a heading of a few words, alone or alone in a
// wrapper of its own ("<div class="hd"><h3>Politics</h3></div>").
func teasersLabel(n *html.Node) []*html.Node {
	p := prevElement(n)
	if p == nil {
		return []*html.Node{n}
	}
	h := p
	if !isHeading(h) {
		h = singleElementChild(p)
	}
	if h == nil || !isHeading(h) || !shortInline(h, true) || textLenUpTo(p, maxSidebarHeading+1) > maxSidebarHeading {
		return []*html.Node{n}
	}
	return []*html.Node{p, n}
}

// dropDatedTeasers removes the boxes of dated teasers below root
// (datedTeasers), with their labels.
func dropDatedTeasers(root *html.Node, host string) {
	_, boxes := gatherBeforeScan(root, host)
	dropBoxes(boxes)
}

// dropBoxes removes boxes of dated teasers and their labels
// (teasersLabel).
func dropBoxes(boxes []*html.Node) {
	var doomed []*html.Node
	for _, n := range boxes {
		doomed = append(doomed, teasersLabel(n)...)
	}
	for _, n := range doomed {
		remove(n)
	}
}

// gatherBeforeScan walks the page once before the scan of its visible
// lines, which reads a teaser's date as a dateline and removes it, and
// gathers the labels of poster cards (posterLabel) and the boxes of dated
// teasers (datedTeasers). One walk, and a box is looked for only around
// a heading, as every card holds one: a rule per element would cost a
// share of the whole extraction.
func gatherBeforeScan(root *html.Node, host string) (labels, boxes []*html.Node) {
	var asked map[*html.Node]bool
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			if scriptLike(n.DataAtom) {
				return false
			}
			if !isHeading(n) {
				return true
			}
			if asked == nil {
				asked = map[*html.Node]bool{}
			}
			if box := teaserBox(n, asked, host); box != nil {
				boxes = append(boxes, box)
			}
		case html.TextNode:
			if posterLabel(n) {
				labels = append(labels, n)
			}
		}
		return true
	})
	return labels, boxes
}

// teaserBox returns the box of dated teasers whose card holds the heading
// h, or nil: the card is one of h's four nearest ancestors, the box its
// parent. asked holds the boxes looked at already, for the headings of
// the other cards.
func teaserBox(h *html.Node, asked map[*html.Node]bool, host string) *html.Node {
	item := h.Parent
	for range 4 {
		if item == nil || item.Type != html.ElementNode {
			return nil
		}
		if box := item.Parent; box != nil && !asked[box] {
			asked[box] = true
			if datedTeasers(box, host) {
				return box
			}
		}
		item = item.Parent
	}
	return nil
}
