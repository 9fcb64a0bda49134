package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bareBylineFields marks as fields the bare bylines of n, an author
// element read for names or a short block holding author elements (a
// meta line, a one-paragraph story): a writer's name alone on a line of
// its own, with no "By" ("<p class=byline>Jane Doe</p>", `<span
// class="author vcard">` over a story's paragraph, "With Jane Doe" after
// a nameLabelWord). A labelled byline leaves the body as a field line;
// a bare one must too, or it opens the body: readability drops a byline
// only on its first attempt, and a story's container as short as a meta
// line is read as one. n is the line when its text is the names;
// otherwise its innermost author elements (up to four) are, each when it
// is a line of its own, not a name inside a sentence or beside a date.
func (s *scanner) bareBylineFields(n *html.Node, names []string) {
	if line := bareByline(n, names); line != nil {
		s.v.fields = append(s.v.fields, line)
		return
	}
	seen := 0
	walk(n, func(c *html.Node) bool {
		if c == n || c.Type != html.ElementNode {
			return true
		}
		if seen >= 4 || !isAuthorElement(c) {
			return seen < 4
		}
		seen++
		if line := bareByline(c, names); line != nil {
			s.v.fields = append(s.v.fields, line)
		}
		return false
	})
}

// bareByline is the line to remove for e when e's text is names and
// nothing else (after a nameLabelWord) and e is a line of its own: e,
// or the wrappers around it that hold no other text and at most the
// writer's picture, a byline card ("<div class=author><img
// src=headshot.jpg><span class=author-name>Jane Doe</span></div>"),
// whose picture goes with the name; nil otherwise.
func bareByline(e *html.Node, names []string) *html.Node {
	if textLenUpTo(e, 81) > 80 {
		return nil
	}
	t := normSpace(textOf(e))
	if !namesAlone(t, names) && !namesAlone(cutNameLabelWord(t), names) {
		return nil
	}
	tl := textLen(e)
	for boxes := 0; boxes < bylineCardBoxes && e.Parent != nil && e.Parent.Type == html.ElementNode && e.Parent.DataAtom != atom.Body && bylineCard(e.Parent, tl); e = e.Parent {
		if isBlockTag(e.Parent.DataAtom) {
			boxes++
		}
	}
	if !ownLine(e) {
		return nil
	}
	return e
}

// bylineMarked reports whether the page marks n as an author's, on n or
// on the inline elements up to its line's block: by a class or itemprop
// (isAuthorElement), or as readability reads a byline
// (readabilityByline: rel=author too).
func bylineMarked(n *html.Node) bool {
	for p := n; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if isAuthorElement(p) || readabilityByline(p) {
			return true
		}
		if isBlockTag(p.DataAtom) {
			return false
		}
	}
	return false
}

// bylineCardBoxes is how many blocks around a bare byline it climbs to
// take its card: the name's own line, and the box that sets the
// writer's picture beside it.
const bylineCardBoxes = 2

// bylineCard reports whether b holds a byline of tl bytes of text and
// nothing else but its writer's picture: no other text, no second
// picture, no video, frame or caption.
func bylineCard(b *html.Node, tl int) bool {
	if textLenUpTo(b, tl+1) != tl || findFirst(b, byTag(atom.Video, atom.Iframe, atom.Figcaption)) != nil {
		return false
	}
	pics := 0
	walk(b, func(c *html.Node) bool {
		if c.DataAtom == atom.Img {
			pics++
		}
		return pics < 2
	})
	return pics < 2
}

// namesAlone reports whether t, a line, holds names and nothing else but
// the commas, ampersands and "and" between them.
func namesAlone(t string, names []string) bool {
	for _, name := range names {
		i := strings.Index(t, name)
		if i < 0 {
			return false
		}
		t = t[:i] + " " + t[i+len(name):]
	}
	for _, w := range strings.Fields(t) {
		if w = strings.Trim(w, ",&;|·"); w != "" && w != "and" {
			return false
		}
	}
	return true
}
