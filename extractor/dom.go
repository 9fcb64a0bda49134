package extractor

import (
	"iter"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

// classID is the lower-cased class and id of n, used by the pattern rules.
func classID(n *html.Node) string {
	return joinClassID(attr(n, "class"), attr(n, "id"))
}

// classIDHolds reports whether classID(n) holds sub, without building it.
// sub is lower-case ASCII letters but i and k: no other character lowers
// to one of them (K, the Kelvin sign, lowers to k and İ to i and a dot),
// so hasFoldASCII on the attributes as they are finds the same.
func classIDHolds(n *html.Node, sub string) bool {
	return hasFoldASCII(attr(n, "class"), sub) || hasFoldASCII(attr(n, "id"), sub)
}

// joinClassID is classID of a class and an id attribute.
func joinClassID(c, id string) string {
	switch {
	case id == "":
		return lowerASCII(c) // no allocation when already lower case
	case c == "":
		return lowerASCII(id)
	}
	if isLowerASCII(c) && isLowerASCII(id) {
		return c + " " + id
	}
	if !isASCII(c) || !isASCII(id) {
		return strings.ToLower(c + " " + id)
	}
	// Lowered as it is joined: one copy, not a joined one and a lowered one.
	var b strings.Builder
	b.Grow(len(c) + 1 + len(id))
	writeLowerASCII(&b, c)
	b.WriteByte(' ')
	writeLowerASCII(&b, id)
	return b.String()
}

func isElement(n *html.Node, tags ...atom.Atom) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	for _, t := range tags {
		if n.DataAtom == t {
			return true
		}
	}
	return len(tags) == 0
}

// walk calls fn for n and its descendants in document order. When fn returns
// false the children of that node are skipped. It is iterative so that deep
// trees cannot exhaust the stack.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if n == nil {
		return
	}
	stop := n
	for n != nil {
		descend := fn(n)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != stop && n.NextSibling == nil {
			n = n.Parent
		}
		if n == stop {
			return
		}
		n = n.NextSibling
	}
}

// findAll returns the elements below n (n included) for which match is true.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && match(c) {
			out = append(out, c)
		}
		return true
	})
	return out
}

// findFirst returns the first element below n (n included), in document
// order, for which match is true, or nil. It stops there: walk would go on
// visiting the siblings of every ancestor of the match.
func findFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n == nil {
		return nil
	}
	stop := n
	for c := n; ; {
		if c.Type == html.ElementNode && match(c) {
			return c
		}
		if c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != stop && c.NextSibling == nil {
			c = c.Parent
		}
		if c == stop {
			return nil
		}
		c = c.NextSibling
	}
}

// nextInTree returns the node after c in a walk of the subtree of top,
// in document order: c's first child when descend, else the next node
// past c's subtree; nil when the walk is over.
func nextInTree(c, top *html.Node, descend bool) *html.Node {
	if descend && c.FirstChild != nil {
		return c.FirstChild
	}
	for c != top && c.NextSibling == nil {
		c = c.Parent
	}
	if c == top {
		return nil
	}
	return c.NextSibling
}

// prevInTree is nextInTree from the end back: c's last child (when
// descend), else the sibling before c or before its nearest ancestor
// below top that has one. The text nodes come in reverse document order.
func prevInTree(c, top *html.Node, descend bool) *html.Node {
	if descend && c.LastChild != nil {
		return c.LastChild
	}
	for c != top && c.PrevSibling == nil {
		c = c.Parent
	}
	if c == top {
		return nil
	}
	return c.PrevSibling
}

func byTag(tags ...atom.Atom) func(*html.Node) bool {
	return func(n *html.Node) bool { return isElement(n, tags...) }
}

// textOf is the visible text of n with whitespace collapsed to single spaces.
// Text runs into an inline element as a browser shows it ("C<b>ycle</b>" is
// one word); block elements, cells, line breaks and two elements side by
// side separate it.
func textOf(n *html.Node) string {
	return textOfUpTo(n, math.MaxInt)
}

// textOfUpTo is textOf for callers that only read a text of at most limit
// bytes: it stops once the text is longer, and then returns a start of it
// longer than limit. (The folded text only grows as it is gathered: white
// space is written when a word follows it.)
func textOfUpTo(n *html.Node, limit int) string {
	// The text is folded as normSpace folds it while it is gathered, not
	// copied again once whole, into a buffer on the stack while it fits.
	var scratch [foldScratch]byte
	out := scratch[:0]
	var f spaceFolder
	// The one text node the text came from, while it came from one: most
	// elements read (a link, a heading, a byline's span) hold a single
	// text, whose trimmed data is then the text, without a copy.
	var only *html.Node
	texts := 0
	var rec func(*html.Node, int)
	rec = func(c *html.Node, depth int) {
		if depth > 400 || len(out) > limit {
			return
		}
		switch c.Type {
		case html.TextNode:
			k := len(out)
			out = f.appendString(out, c.Data)
			if len(out) > k {
				only = c
				texts++
			}
			return
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head:
				return
			case atom.Br, atom.Img, atom.Td, atom.Th:
				f.writeSpace()
			}
		}
		block := c.Type == html.ElementNode && (isBlockTag(c.DataAtom) || c.DataAtom == atom.Td || c.DataAtom == atom.Th)
		// Two elements side by side ("<span>Jane Doe</span><span>Editor</span>")
		// are usually laid out apart; text running into an element is not.
		if block || c.Type == html.ElementNode && c.PrevSibling != nil &&
			(c.PrevSibling.Type == html.ElementNode || c.PrevSibling.Type == html.TextNode && caseBreak(f.last, c)) {
			f.writeSpace()
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, depth+1)
		}
		if block {
			f.writeSpace()
		}
	}
	rec(n, 0)
	if texts == 1 {
		if d := strings.TrimSpace(only.Data); string(out) == d {
			return d
		}
	}
	return string(out)
}

// caseBreak reports whether text ending in last, a small letter, runs into an
// element whose text starts with a capital ("Alternatives<span>Top …"): a
// line the page lays out on its own, not a word split by markup.
func caseBreak(last rune, el *html.Node) bool {
	if !unicode.IsLower(last) {
		return false
	}
	var first rune
	walk(el, func(n *html.Node) bool {
		if first != 0 {
			return false
		}
		if n.Type == html.TextNode {
			if t := strings.TrimLeftFunc(n.Data, unicode.IsSpace); t != "" {
				first, _ = utf8.DecodeRuneInString(t)
			}
		}
		return n.Type != html.ElementNode || (n.DataAtom != atom.Script && n.DataAtom != atom.Style)
	})
	return unicode.IsUpper(first)
}

// nonSpaceLen is the number of bytes of s that are not ASCII white space.
// strings.Count of one byte is vectorised: four passes beat one loop of
// comparisons on all but the shortest texts, which get the loop.
func nonSpaceLen(s string) int {
	if len(s) < 64 {
		// Four bytes a turn of the loop: its test and step cost as much
		// as a byte's lookup.
		n, i := 0, 0
		for ; i+4 <= len(s); i += 4 {
			b := s[i : i+4]
			n += int(notLenSpace[b[0]]) + int(notLenSpace[b[1]]) + int(notLenSpace[b[2]]) + int(notLenSpace[b[3]])
		}
		for ; i < len(s); i++ {
			n += int(notLenSpace[s[i]])
		}
		return n
	}
	return len(s) - strings.Count(s, " ") - strings.Count(s, "\n") - strings.Count(s, "\t") - strings.Count(s, "\r")
}

// notLenSpace is 1 for the bytes nonSpaceLen counts, 0 for the others:
// a table lookup, not four comparisons, per byte.
var notLenSpace = func() (t [256]uint8) {
	for i := range t {
		t[i] = 1
	}
	t[' '], t['\n'], t['\t'], t['\r'] = 0, 0, 0, 0
	return t
}()

// textLen is the number of non-space bytes of visible text below n.
func textLen(n *html.Node) int {
	return textLenUpTo(n, math.MaxInt-1)
}

// textLenUpTo is textLen, but stops counting once the total passes limit
// and then returns limit+1: callers that only ask "is this block short?"
// do not walk whole subtrees at every level of a deep page.
func textLenUpTo(n *html.Node, limit int) int {
	if n == nil {
		return 0
	}
	// walk's order, written out: no call per node, and the count stops
	// at once when it passes limit.
	total := 0
	for c := n; c != nil; {
		descend := true
		switch c.Type {
		case html.TextNode:
			if total += nonSpaceLen(c.Data); total > limit {
				return limit + 1
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				descend = false
			}
		}
		c = nextInTree(c, n, descend)
	}
	return total
}

// visibleTexts yields the text below n in order, scripts, styles and
// their like skipped.
func visibleTexts(n *html.Node) iter.Seq[string] {
	return func(yield func(string) bool) {
		for c := range visibleTextNodes(n) {
			if !yield(c.Data) {
				return
			}
		}
	}
}

// spelledText returns the text below n as the source spells it, its
// zero-width joiners kept: textOf folds them away with the rest of the
// zero-width characters.
func spelledText(n *html.Node) string {
	var b strings.Builder
	for s := range visibleTexts(n) {
		b.WriteString(s)
	}
	return b.String()
}

// visibleTextNodes yields the text nodes below n in order, scripts, styles
// and their like skipped.
func visibleTextNodes(n *html.Node) iter.Seq[*html.Node] {
	return textNodes(n, scriptLike, nextInTree)
}

// textNodes yields the text nodes below n in the order step walks the
// tree (nextInTree: document order; prevInTree: from the end back), not
// going into the elements whose tag skip accepts. The walk ends where the
// caller stops: walk would go on to every sibling of every node between
// the text and n, as leadDateline's 64 bytes of a whole article's wrapper
// did.
func textNodes(n *html.Node, skip func(atom.Atom) bool, step func(c, top *html.Node, descend bool) *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for c := n; c != nil; {
			descend := true
			switch c.Type {
			case html.ElementNode:
				descend = !skip(c.DataAtom)
			case html.TextNode:
				if !yield(c) {
					return
				}
			}
			c = step(c, n, descend)
		}
	}
}

// shownText is the first text node that step reaches below n with more
// than white space, the elements skip accepts left out; nil if none.
func shownText(n *html.Node, skip func(atom.Atom) bool, step func(c, top *html.Node, descend bool) *html.Node) *html.Node {
	for c := range textNodes(n, skip, step) {
		if strings.TrimSpace(c.Data) != "" {
			return c
		}
	}
	return nil
}

// scriptLike reports whether an element of tag a holds nothing a reader
// reads: scripts, styles, templates, noscript fallbacks, vector art.
func scriptLike(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
		return true
	}
	return false
}

// outOfText reports whether the text below an element of tag a stays out
// of the article's text (render leaves it out): scriptLike, the head,
// embedded media, form controls and captions, which live in
// Article.Images.
func outOfText(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Iframe, atom.Object, atom.Video, atom.Audio, atom.Canvas,
		atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Figcaption:
		return true
	}
	return scriptLike(a)
}

// anyText reports whether the text of a text node below n satisfies match.
func anyText(n *html.Node, match func(string) bool) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if !found && c.Type == html.TextNode {
			found = match(c.Data)
		}
		return !found
	})
	return found
}

// firstText is the first text below n that is not all white space, as
// leadText reads it, untrimmed.
func firstText(n *html.Node) string {
	if c := firstTextNode(n); c != nil {
		return c.Data
	}
	return ""
}

// blockIn is the innermost blockish element above n (isBlockish), when
// it is below root; nil when none is.
func blockIn(n, root *html.Node) *html.Node {
	b := n.Parent
	for b != nil && b != root && !isBlockish(b) {
		b = b.Parent
	}
	if b == root {
		return nil
	}
	return b
}

// firstTextNode is the node of firstText, nil when n has no such text:
// the first words a reader sees in n, as a teaser's opening link or a
// row's opening name is found.
func firstTextNode(n *html.Node) *html.Node {
	return shownText(n, scriptLike, nextInTree)
}

// leadText is the start of the visible text of n, at most about max bytes,
// read without building the whole text.
func leadText(n *html.Node, max int) string {
	// normSpace of the texts joined, each with a space after it, folded as
	// they come into a buffer on the stack: the fold of the joined texts
	// is the fold of each text with a space pending after it. raw counts
	// the bytes joined, so that the walk stops where the join would.
	var scratch [foldScratch]byte
	out := scratch[:0]
	var f spaceFolder
	raw := 0
	for t := range visibleTexts(n) {
		out = f.appendString(out, t)
		f.writeSpace()
		raw += len(t) + 1
		if raw >= max {
			break
		}
	}
	return string(out)
}

// linkTextLen is the number of non-space bytes of text inside links below n.
func linkTextLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if isElement(c, atom.A) {
			total += textLen(c)
			return false
		}
		return true
	})
	return total
}

// linkAndTextLen is linkTextLen(n) and textLen(n) in one walk: a text
// counts for links below an <a> unless a script, style, noscript or
// template stands between the two, and for the total unless one stands
// above it at all (a link in a <template> counts for links, not the total,
// as the two functions count it).
func linkAndTextLen(n *html.Node) (links, total int) {
	var count func(c *html.Node, inA, skipLink, skip bool)
	count = func(c *html.Node, inA, skipLink, skip bool) {
		switch c.Type {
		case html.TextNode:
			if skip && (!inA || skipLink) {
				return
			}
			k := nonSpaceLen(c.Data)
			if !skip {
				total += k
			}
			if inA && !skipLink {
				links += k
			}
			return
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				skip = true
				skipLink = skipLink || inA
			case atom.A:
				inA = true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			count(k, inA, skipLink, skip)
		}
	}
	if n != nil {
		count(n, false, false, false)
	}
	return links, total
}

// linkShare reports whether links make more than num/den of n's text
// (linkAndTextLen).
func linkShare(n *html.Node, num, den int) bool {
	links, all := linkAndTextLen(n)
	return links*den > all*num
}

func remove(n *html.Node) {
	if n != nil && n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// hasAncestor reports whether an ancestor of n satisfies match.
func hasAncestor(n *html.Node, match func(*html.Node) bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && match(p) {
			return true
		}
	}
	return false
}

// isBlockTag reports whether an element of tag a starts a new paragraph in
// rendered text. A switch, not a map: the tree walks ask it of every
// element, and a map hashes the tag each time.
func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote,
		atom.Dd, atom.Details, atom.Dialog, atom.Div, atom.Dl,
		atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hr,
		atom.Li, atom.Main, atom.Nav, atom.Ol, atom.P,
		atom.Pre, atom.Section, atom.Table, atom.Tr, atom.Ul,
		atom.Summary, atom.Caption, atom.Center:
		return true
	}
	return false
}

// isBlockish reports whether n is an element that holds a paragraph or line.
func isBlockish(n *html.Node) bool {
	return n.Type == html.ElementNode && (isBlockTag(n.DataAtom) || n.DataAtom == atom.Span || n.DataAtom == atom.Td || n.DataAtom == atom.A || n.DataAtom == atom.Small)
}

// hasBlockChild reports whether n has a block element among its children.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockTag(c.DataAtom) {
			return true
		}
	}
	return false
}

// lineTop is the outermost element of the line n stands on: n itself, or
// its highest inline ancestor, whose parent is the line's block. An inline
// element's block is its nearest block-level ancestor (isBlockTag), as a
// browser lays out a paragraph. The climb stops below root and below the
// document, so lineTop(n, root).Parent is n's block, or root, or the
// document node when no block stands between.
func lineTop(n, root *html.Node) *html.Node {
	for p := n.Parent; p != nil && p != root && p.Type == html.ElementNode && !isBlockTag(p.DataAtom); p = p.Parent {
		n = p
	}
	return n
}

// ownLine reports whether a browser lays n out as a line of its own: a
// block, or an inline element with nothing but a line break, a block or
// the edge of its parent on either side ("<td><b>Headline</b><br>By
// Jane Doe<br><br>Text…"), not a word inside running text ("<p><b>Word</b>
// is …").
func ownLine(n *html.Node) bool {
	if isBlockTag(n.DataAtom) {
		return true
	}
	return lineEdge(n, prevSibling) && lineEdge(n, nextSibling)
}

// lineEdge reports whether the first sibling of n in the direction next
// that is not blank text or a comment ends a line: none, a <br>, a block.
func lineEdge(n *html.Node, next func(*html.Node) *html.Node) bool {
	s := neighbour(n, next)
	return s == nil || s.Type == html.ElementNode && (s.DataAtom == atom.Br || isBlockTag(s.DataAtom))
}

// neighbour is the first sibling of n in the direction next that is not
// blank text or a comment; nil when there is none.
func neighbour(n *html.Node, next func(*html.Node) *html.Node) *html.Node {
	return pastBlank(next(n), next)
}

// pastBlank is c, or the first of its siblings in the direction next
// that is not blank text or a comment, as a block's first or last shown
// node is found from its first or last child; nil when there is none.
func pastBlank(c *html.Node, next func(*html.Node) *html.Node) *html.Node {
	for c != nil && (c.Type == html.CommentNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) == "") {
		c = next(c)
	}
	return c
}

func prevSibling(n *html.Node) *html.Node { return n.PrevSibling }
func nextSibling(n *html.Node) *html.Node { return n.NextSibling }

func hasBlockChildWithAllText(n *html.Node, tl int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockish(c) && c.DataAtom != atom.A && textLenUpTo(c, tl) == tl {
			return true
		}
	}
	return false
}

// nextElement is the element after n among its siblings, across white
// space and comments; nil when text or nothing comes first.
func nextElement(n *html.Node) *html.Node { return neighbourElement(n, nextSibling) }

// prevElement is the element before n among its siblings, across white
// space and comments; nil when text or nothing comes first.
func prevElement(n *html.Node) *html.Node { return neighbourElement(n, prevSibling) }

// neighbourElement is n's neighbour in the direction next when it is an
// element; nil when text or nothing comes first.
func neighbourElement(n *html.Node, next func(*html.Node) *html.Node) *html.Node {
	if s := neighbour(n, next); s != nil && s.Type == html.ElementNode {
		return s
	}
	return nil
}

// commentish reports whether n's class or id names a comment thread or a
// reply form: WordPress (#comments, .comment-list, li.comment,
// .comment-body, #respond), Blogger (.comments, .comment-block), Movable
// Type and TypePad (.comment, .comment-content, .comment-footer,
// #comments-content), older hand-made blogs (.commentbody) and Disqus
// (#disqus_thread).
func commentish(n *html.Node) bool {
	// The class and the id each, not classID's joined copy: no key holds
	// the space that joins them.
	class, id := classAndID(n)
	return commentClassKeys.in(lowerASCII(class)) || commentClassKeys.in(lowerASCII(id))
}

// commentToken reports whether tok, a word of a class or an id, names
// readers' comments: it opens with "comment", but not with an opinion
// piece's "commentary".
func commentToken(tok string) bool {
	return strings.HasPrefix(tok, "comment") && !strings.HasPrefix(tok, "commentar")
}

// commentClassKeys are the words commentish looks for, found in one pass.
var commentClassKeys = newKeySet("comment", "respond", "reply", "disqus")

// classAndID returns n's class and id attributes, as attr reads each (the
// first of each key), in one pass over the attributes.
func classAndID(n *html.Node) (class, id string) {
	seenClass, seenID := false, false
	for _, a := range n.Attr {
		switch {
		case a.Key == "class" && !seenClass:
			class, seenClass = a.Val, true
		case a.Key == "id" && !seenID:
			id, seenID = a.Val, true
		}
	}
	return class, id
}

// markedAround reports whether n or an element around it, up to levels
// in all, carries mark, climbing only through wrappers that hold no more
// text than n: templates set a block's class on the text's element or
// on its wrappers alike (`<div class="author"><div
// class="creator-name">Newsdesk</div></div>`). The first wrapper that
// holds more text is the last one asked, as the box of n's line ("<div
// class=author><span>Jane Doe</span> · May 3</div>"); one around it is
// about more than n.
func markedAround(n *html.Node, levels int, mark func(*html.Node) bool) bool {
	tl := -1
	for i, p := 0, n; i < levels && p != nil && p.Type == html.ElementNode; i, p = i+1, p.Parent {
		if mark(p) {
			return true
		}
		if tl < 0 {
			tl = textLenUpTo(n, 81)
		}
		if p != n && textLenUpTo(p, tl+1) != tl {
			return false // the wrapper holds more than n
		}
	}
	return false
}
