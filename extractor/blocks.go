package extractor

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page builders (Elementor sections and widgets, Squarespace sqs-blocks,
// Gutenberg groups, HubSpot modules, Wix rich-text components) cut one
// article into a run of sibling blocks. Readability scores the paragraphs'
// ancestors a few levels up, takes the best and appends its siblings that
// score a fifth of it or share its class exactly
// (go-readability parser.go, grabArticle): a block of one paragraph, in a
// builder that gives every block its own id class ("elementor-element-
// 3f2a1b9"), is left out. assembleRun finds in the page where readability's
// body came from and appends the rest of the run: the siblings, at the
// block's level or a few levels up, that share its tag and most of its
// classes, are prose, and come before a block that is not part of the run
// (a sidebar heading, a list of links, another article).

// maxRunLevels is how many levels above the body's paragraphs a run is
// looked for: Elementor sets a paragraph six levels below its section.
const maxRunLevels = 8

// assembleRun appends to content, the body readability returned, the blocks
// of the run it came from in doc (the tree readability read, whose nodes
// it copied into content).
func assembleRun(doc, content *html.Node, taken []*html.Node) {
	if len(taken) == 0 {
		return
	}
	x := commonAncestor(taken)
	page := content
	if c := content.FirstChild; c != nil && c.NextSibling == nil && attr(c, "id") == "readability-page-1" {
		page = c
	}
	if attr(content, "id") != "readability-page-1" && attr(page, "id") != "readability-page-1" {
		return
	}
	inRun := map[*html.Node]bool{}
	for _, t := range taken {
		for a := t.Parent; a != nil && !inRun[a]; a = a.Parent {
			inRun[a] = true
		}
	}
	fillHoles(x, page, inRun, taken)
	for level := 0; x != nil && x.Parent != nil && level < maxRunLevels; level, x = level+1, x.Parent {
		switch x.DataAtom {
		case atom.Body, atom.Html, atom.Main:
			return
		}
		before := runSide(x, inRun, func(n *html.Node) *html.Node { return n.PrevSibling })
		after := runSide(x, inRun, func(n *html.Node) *html.Node { return n.NextSibling })
		moveRun(page, before, after)
	}
}

// moveRun puts the blocks before the run (nearest first) ahead of page's
// children, the farthest first, and the blocks after it at page's end.
func moveRun(page *html.Node, before, after []*html.Node) {
	first := page.FirstChild
	for i := len(before) - 1; i >= 0; i-- {
		b := before[i]
		b.Parent.RemoveChild(b)
		page.InsertBefore(b, first)
	}
	for _, a := range after {
		a.Parent.RemoveChild(a)
		page.AppendChild(a)
	}
}

// runSide returns the siblings of x on one side (next gives the next one)
// that continue its run, nearest first: blocks of prose like x, and the
// blocks without text (an image, a spacer) or with a short heading
// between them. It stops at the first block that is neither.
func runSide(x *html.Node, inRun map[*html.Node]bool, next func(*html.Node) *html.Node) []*html.Node {
	var run, gap []*html.Node
	for s := next(x); s != nil; s = next(s) {
		if s.Type != html.ElementNode {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				break
			}
			continue
		}
		if inRun[s] {
			break // readability took it, and what lies beyond was its choice
		}
		switch runRole(x, s) {
		case roleMember:
			run = append(run, gap...)
			run = append(run, s)
			gap = gap[:0]
		case roleGap:
			gap = append(gap, s)
		default:
			return run
		}
	}
	return run
}

// Roles of a sibling in a run.
const (
	roleStop = iota
	roleGap
	roleMember
)

// runRole says whether the sibling s of x is part of x's run.
func runRole(x, s *html.Node) int {
	switch s.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Link, atom.Meta:
		return roleGap
	case atom.Article, atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Form:
		return roleStop
	}
	if isFurniture(s) {
		return roleStop
	}
	tl := textLen(s)
	if tl == 0 {
		return roleGap // an image, a spacer, an empty wrapper
	}
	if h := firstHeadingText(s); h != "" && isSidebarLabel(h) || isSidebarLabel(firstText(s)) {
		return roleStop
	}
	if findFirst(s, func(n *html.Node) bool {
		return n.DataAtom == atom.H1 || n.DataAtom == atom.Article || isHeading(n) && findFirst(n, byTag(atom.A)) != nil
	}) != nil {
		return roleStop // a headline of its own: another article or a teaser
	}
	if !similarBlocks(x, s) {
		if tl <= maxRunAside && linkTextLen(s) == 0 && !isProse(s, tl) {
			return roleGap // a caption, a table's toggle, a pull quote's line
		}
		return roleStop
	}
	if k := classKinds(classID(s)) &^ classKinds(classID(x)); k&(kindStrong|kindWeak) != 0 {
		return roleStop // named furniture ("footer", "sidebar") where x is not
	}
	if isProse(s, tl) {
		return roleMember
	}
	if tl <= maxSidebarHeading && linkTextLen(s) == 0 {
		return roleGap // a sub-heading between two blocks
	}
	return roleStop
}

// maxRunAside is the most text, in bytes, of a block of another kind
// than the run's that still lies between two of its blocks.
const maxRunAside = 200

// firstHeadingText is the text of the first heading below n, if n opens
// with one.
func firstHeadingText(n *html.Node) string {
	h := findFirst(n, func(c *html.Node) bool { return isHeading(c) })
	if h == nil || strings.TrimSpace(firstText(h)) != strings.TrimSpace(firstText(n)) {
		return ""
	}
	return textOf(h)
}

// similarBlocks reports whether a and b are blocks of one kind, as a page
// builder marks its blocks: the same tag, two class names or more in common
// and at least half of all (a per-block id class such as
// "elementor-element-3f2a1b9" aside). Blocks without a class, or with one
// utility class ("clear", "row"), are not told apart from a sidebar's
// "about" box or the footer beside the article: no run.
func similarBlocks(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom || a.Data != b.Data {
		return false
	}
	ca, cb := strings.Fields(attr(a, "class")), strings.Fields(attr(b, "class"))
	if len(ca) == 0 || len(cb) == 0 {
		return false
	}

	common := 0
	for _, c := range ca {
		for _, d := range cb {
			if c == d {
				common++
				break
			}
		}
	}
	return common >= 2 && common*2 >= len(ca)+len(cb)-common
}

// minTakenText is the least length of a text node of the body looked for
// in the page: shorter ones ("Photo", "Advertisement") recur.
const minTakenText = 40

// takenTexts returns the text nodes of doc whose text readability copied
// into content (the long ones, which occur once in a page).
func takenTexts(doc, content *html.Node) []*html.Node {
	want := map[string]bool{}
	walk(content, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			if t := strings.TrimSpace(n.Data); len(t) >= minTakenText {
				want[t] = true
			}
		}
		return true
	})
	if len(want) == 0 {
		return nil
	}
	var taken []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Head, atom.Template:
				return false
			}
		}
		if n.Type == html.TextNode && len(n.Data) >= minTakenText && want[strings.TrimSpace(n.Data)] {
			taken = append(taken, n)
		}
		return true
	})
	return taken
}

// commonAncestor returns the deepest element that holds all of nodes.
func commonAncestor(nodes []*html.Node) *html.Node {
	var chain []*html.Node
	for a := nodes[0].Parent; a != nil; a = a.Parent {
		chain = append(chain, a)
	}
	index := make(map[*html.Node]int, len(chain))
	for i, a := range chain {
		index[a] = i
	}
	best := 0
	for _, n := range nodes[1:] {
		for a := n.Parent; a != nil; a = a.Parent {
			if i, ok := index[a]; ok {
				best = max(best, i)
				break
			}
		}
	}
	if best >= len(chain) {
		return nil
	}
	return chain[best]
}

// fillHoles mends a run whose blocks readability took one by one.
// Readability appends to its best block the siblings that score a fifth of
// it, so of a run of blocks under x (the rows of a page builder, each
// holding a heading, a figure or a few paragraphs) it may keep three and
// leave out those between them, whose classes differ by a margin or a
// width and whose paragraphs are short; x, their parent, is then where
// assembleRun starts, and it only looks at x's siblings. When two of x's
// blocks that readability took are separate blocks of content (not parts
// of one it took whole and cleaned), fillHoles puts back the blocks
// between them that continue their run (runRole), and extends the run
// from the first and the last as assembleRun does from x.
func fillHoles(x, page *html.Node, inRun map[*html.Node]bool, taken []*html.Node) {
	if x == nil || x.DataAtom == atom.Body || x.DataAtom == atom.Html {
		return
	}
	var picks []*html.Node // x's children readability took
	for c := x.FirstChild; c != nil; c = c.NextSibling {
		if inRun[c] {
			if c.DataAtom != atom.Div && c.DataAtom != atom.Section {
				return // paragraphs, or words of one: not a builder's blocks
			}
			picks = append(picks, c)
		}
	}
	if len(picks) < 2 {
		return
	}
	// Where each pick's text went in content: the child of page holding
	// the copy of its first taken text node.
	copies := map[string]*html.Node{}
	walk(page, func(n *html.Node) bool {
		if n.Type == html.TextNode && len(n.Data) >= minTakenText {
			if t := strings.TrimSpace(n.Data); copies[t] == nil {
				copies[t] = n
			}
		}
		return true
	})
	top := func(pick *html.Node) *html.Node {
		for _, t := range taken {
			if !isAncestor(pick, t) {
				continue
			}
			c := copies[strings.TrimSpace(t.Data)]
			for c != nil && c.Parent != page {
				c = c.Parent
			}
			return c
		}
		return nil
	}
	tops := make([]*html.Node, len(picks))
	for i, p := range picks {
		if tops[i] = top(p); tops[i] == nil {
			return
		}
		if i > 0 && tops[i] == tops[i-1] {
			return // one block readability took whole: its cleaning stands
		}
	}
	for i := 1; i < len(picks); i++ {
		var hole []*html.Node
		for s := picks[i-1].NextSibling; s != picks[i]; s = s.NextSibling {
			if s.Type != html.ElementNode {
				continue
			}
			switch runRole(picks[i-1], s) {
			case roleMember:
				hole = append(hole, s)
			case roleGap:
				// An image with its caption, a spacer, a sub-heading or
				// a short paragraph; a credit line between two blocks
				// stays out.
				if textLen(s) == 0 || findFirst(s, isHeading) != nil || endsSentence(textOf(s)) || captionedPicture(s) || captionBlock(s) {
					hole = append(hole, s)
				}
			default:
				if n := len(hole); n > 0 && textLen(hole[n-1]) > 0 && !isProse(hole[n-1], textLen(hole[n-1])) {
					hole = hole[:n-1] // the stop's own heading
				}
			}
		}
		if !slices.ContainsFunc(hole, func(h *html.Node) bool { return textLen(h) > 0 }) {
			// A builder's picture blocks between two blocks come back,
			// without the spacers beside them (nor a layout table's
			// cells); spacers alone: readability's choice stands.
			hole = slices.DeleteFunc(hole, func(h *html.Node) bool {
				return !isElement(h, atom.Div, atom.Section, atom.Figure, atom.P) || !holdsPicture(h)
			})
		}
		for _, h := range hole {
			h.Parent.RemoveChild(h)
			page.InsertBefore(h, tops[i])
		}
	}
	before := runSide(picks[0], inRun, func(n *html.Node) *html.Node { return n.PrevSibling })
	after := runSide(picks[len(picks)-1], inRun, func(n *html.Node) *html.Node { return n.NextSibling })
	// The heading of the run's first section comes before it, where
	// runSide, which keeps a gap only between two blocks, stops.
	far := picks[0]
	if n := len(before); n > 0 {
		far = before[n-1]
	}
	if h := prevElement(far); h != nil && !inRun[h] && textLen(h) > 0 && runRole(picks[0], h) == roleGap && findFirst(h, isHeading) != nil {
		before = append(before, h)
	}
	moveRun(page, before, after)
}
