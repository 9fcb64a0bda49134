package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A block of other stories opens with its label ("Latest news", "Most
// read", "Related", "相关新闻") and lists teasers: a linked headline on a
// line of its own, often an image, a standfirst and a date. Templates and
// page builders set it anywhere: in an <aside> or in a plain <div> or
// <section> column, after the article or between two of its blocks, the
// label as a heading or as a <div> or <span>, alone in a wrapper of its
// own (a builder's heading widget) before the block of teasers. With
// standfirsts its text reads as prose: readability may take it with the
// article, or take it for the article when the article is cut into many
// small blocks. sidebarBlock finds such a block, before readability, from
// its label; the blocks after the label are removed only while each holds
// teasers, so a heading that merely reads like a label, followed by the
// article's prose, keeps the prose.

// sidebarBlock returns, when n is an element whose whole text is a sidebar
// label, the label's wrapper and the blocks of teasers after it; nil
// otherwise. The wrapper is looked for below top.
func sidebarBlock(n, top *html.Node) []*html.Node {
	switch n.DataAtom {
	case atom.A, atom.Li, atom.Option, atom.Button, atom.Td, atom.Th, atom.Title:
		return nil
	}
	if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol {
		if !tabStrip(n) {
			return nil
		}
	} else if !sidebarLabelText(n) {
		return nil
	}
	w := n
	for w.Parent != nil && w.Parent != top && (singleElementChild(w.Parent) == w || moreLinkAfter(w)) {
		switch w.Parent.DataAtom {
		case atom.Body, atom.Main, atom.Article:
			return nil
		}
		w = w.Parent
	}
	block := []*html.Node{w}
	var gap []*html.Node
	for s := w.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				break
			}
			continue
		}
		if tl := textLen(s); tl == 0 {
			gap = append(gap, s) // an image, a spacer
		} else if heads := headlineLinks(s); heads > 0 && tl <= maxTeaserText*heads {
			block = append(append(block, gap...), s)
			gap = gap[:0]
		} else {
			break
		}
	}
	if len(block) == 1 {
		return nil
	}
	return block
}

// tabStrip reports whether n, a list, is the row of tabs that a box of
// other stories opens with: each of its items a sidebar label, a word or
// three ("<ul class="tabs"><li><a href="#read">Most read</a></li><li><a
// href="#new">Latest</a></li></ul>"), its panes of teasers after it. A
// menu has items that are no label ("Home", "World").
func tabStrip(n *html.Node) bool {
	items := 0
	return eachElementChild(n, func(c *html.Node) bool {
		if c.DataAtom != atom.Li || items == maxTabs || !shortInline(c, true) {
			return false
		}
		if t := strings.TrimSpace(textOf(c)); len(t) < 2 || !isSidebarLabel(t) {
			return false
		}
		items++
		return true
	}) && items > 0
}

// eachElementChild calls f on each element child of n in turn while f
// returns true. It reports false when f returned false or when text other
// than white space stands among the children.
func eachElementChild(n *html.Node, f func(c *html.Node) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type == html.ElementNode && !f(c):
			return false
		}
	}
	return true
}

// maxTabs is the most tabs a box of other stories opens with.
const maxTabs = 5

// moreLinkAfter reports whether w's parent holds w and, after it, only a
// link to the whole list, a word or three ("<div class="head"><h3>Most
// read</h3><a href="/popular">View all</a></div>"): the label's wrapper
// is the parent.
func moreLinkAfter(w *html.Node) bool {
	var link *html.Node
	seen := false
	for c := w.Parent.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == w:
			seen = true
		case seen && link == nil && c.Type == html.ElementNode && c.DataAtom == atom.A:
			link = c
		case c.Type == html.ElementNode, c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		}
	}
	if link == nil {
		return false
	}
	_, ok := seeAllText(link)
	return ok
}

// seeAllText is the text of a, when it is a link to a whole list's few
// words ("View all", "Ver todo", "Alle anzeigen", "查看更多"): three
// words at most, 30 bytes at most.
func seeAllText(a *html.Node) (string, bool) {
	lt := strings.TrimSpace(textOf(a))
	return lt, lt != "" && len(lt) <= 30 && len(strings.Fields(lt)) <= 3
}

// sidebarLabelText reports whether n's whole text is a sidebar label: its
// one text child, or, in a heading or a widget's title, the text of the
// inline elements it holds. Templates set an icon before the label ("<h3><i
// class="fa fa-fire"></i> Most read</h3>", an <svg>), link it to its
// section ("<h2><a href="/latest/">Latest news</a></h2>"), set it in a
// <span> ("<div class="widget-title"><span>Meistgelesen</span></div>") or
// split its words ("<strong>Latest</strong> news"). A link counts only in a
// heading: a <div> of one link is a menu's entry.
func sidebarLabelText(n *html.Node) bool {
	c := n.FirstChild
	if c == nil {
		return false
	}
	if c == n.LastChild && c.Type == html.TextNode {
		return len(c.Data) <= maxSidebarHeading && len(c.Data) >= 2 && isSidebarLabel(c.Data)
	}
	heading := isHeading(n)
	if !heading && n.DataAtom != atom.Div && n.DataAtom != atom.Span && n.DataAtom != atom.P {
		return false
	}
	if !shortInline(n, heading) {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	if len(t) >= 2 && isSidebarLabel(t) {
		return true
	}
	// "<h3>Most read <span class="count">5</span></h3>": a count of the
	// stories below, in an element of its own after the label.
	if c := lastElementChild(n); c != nil && c != n.FirstChild && reCount.MatchString(strings.Trim(textOf(c), " ()[]")) {
		t = strings.TrimSpace(strings.TrimSuffix(t, strings.TrimSpace(textOf(c))))
		return len(t) >= 2 && isSidebarLabel(t)
	}
	// "<h3>Most read <a href="/popular">See all</a></h3>": a heading's
	// link to the whole list, a word or three after the label ("View
	// all", "Ver todo", "Alle anzeigen", "查看更多").
	if c := lastElementChild(n); heading && c != nil && c.DataAtom == atom.A && c != n.FirstChild {
		if lt, ok := seeAllText(c); ok {
			t = strings.TrimSpace(strings.TrimSuffix(t, lt))
			return len(t) >= 2 && isSidebarLabel(t)
		}
	}
	return false
}

// shortInline reports whether n holds at most maxSidebarHeading bytes of
// text (textLenUpTo) in inline elements alone: <span>, <strong>, <b>,
// <em>, <i>, <small>, <sup>, an icon (<svg>, <img>, whose text counts but
// whose elements do not), and in a heading <a>. One walk that stops at the
// first block or once the text is too long: it runs on most of a page's
// <div>s, <span>s and <p>s (stripFurniture, teaserBlocks).
func shortInline(n *html.Node, heading bool) bool {
	total := 0
	for c := n.FirstChild; c != nil; {
		descend := true
		switch c.Type {
		case html.TextNode:
			if total += nonSpaceLen(c.Data); total > maxSidebarHeading {
				return false
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Svg, atom.Img:
				if total += textLenUpTo(c, maxSidebarHeading-total); total > maxSidebarHeading {
					return false
				}
				descend = false
			case atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Small, atom.Sup:
			case atom.A:
				if !heading {
					return false
				}
			default:
				return false
			}
		}
		c = nextInTree(c, n, descend)
	}
	return true
}

// lastElementChild is n's last child element, nil when it has none or
// when text follows it.
func lastElementChild(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.ElementNode:
			return c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		}
	}
	return nil
}

// maxTeaserText is the most text a teaser holds per linked headline: a
// headline, a standfirst of two sentences, a date and a byline.
const maxTeaserText = 400

// minHeadline is the least length, in bytes, of a linked headline: menu
// entries ("Home", "Sport") are shorter.
const minHeadline = 15

// headlineLinks counts the links below n that are a headline: a line of
// their own (the whole text of the block they stand in, or over a block,
// "<li><a>Headline</a><p>Standfirst…</p></li>") or a link around a
// heading, of minHeadline bytes or more. A teaser card counts as one too:
// an <article> below n that holds a heading and a link, its headline not
// linked but its "Read more" ("Mehr erfahren") is.
func headlineLinks(n *html.Node) int {
	count := 0
	walk(n, func(c *html.Node) bool {
		if c != n && isElement(c, atom.Article) && findFirst(c, isHeading) != nil && findFirst(c, byTag(atom.A)) != nil || isElement(c, atom.Div, atom.Li) && teaserCard(c) {
			count++
			return false
		}
		if !isElement(c, atom.A) {
			return true
		}
		lt := textLen(c)
		if lt < minHeadline {
			return false
		}
		b := lineTop(c, n).Parent
		if b != nil && textLen(b) == lt || overBlock(c) || findFirst(c, isHeading) != nil {
			count++
		}
		return false
	})
	return count
}

// proseTeasers reports whether the teasers of a sidebar block (after its
// label) are mostly text outside links, standfirsts, which readability
// scores as prose. A bare list of links it scores low already; removed
// before it, the list would leave the box beside it (an "About this blog"
// note) a score that readability takes with the article.
func proseTeasers(block []*html.Node) bool {
	text, links := 0, 0
	for _, b := range block[1:] {
		text += textLen(b)
		links += linkTextLen(b)
	}
	return links*2 < text
}

// teaserCard reports whether n, a <div> or <li>, is a teaser card of the
// shape an <article> card has: a heading (not linked) opens it, after an
// image at most, and a short link ("Read more", "Weiterlesen") closes it.
func teaserCard(n *html.Node) bool {
	var first, last *html.Node
	if !eachElementChild(n, func(c *html.Node) bool {
		if first == nil && textLenUpTo(c, 1) == 0 {
			return true // the card's image
		}
		if first == nil {
			first = c
		}
		last = c
		return true
	}) {
		return false
	}
	if first == nil || first == last || !isHeading(first) || findFirst(first, byTag(atom.A)) != nil {
		return false
	}
	if !isElement(last, atom.A) {
		last = singleElementChild(last)
	}
	return last != nil && isElement(last, atom.A) && textLen(last) < minHeadline
}

// overBlock reports whether the inline element n starts a line and a block
// follows it: "<li><a>Headline</a><p>Standfirst…</p></li>".
func overBlock(n *html.Node) bool {
	s := neighbour(n, nextSibling)
	return s != nil && s.Type == html.ElementNode && isBlockTag(s.DataAtom) && lineEdge(n, prevSibling)
}
