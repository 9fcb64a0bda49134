package extractor

import "golang.org/x/net/html"

// nameLineField marks the block of n, an author element read for names,
// as a field when it is a name line by the headline (nameLineBlock).
func (s *scanner) nameLineField(n *html.Node, names []string) {
	if s.v.h1Pos < 0 || s.pos-s.v.h1Pos > metaLineWindow {
		return
	}
	if b := nameLineBlock(n, names); b != nil {
		s.v.fields = append(s.v.fields, b)
	}
}

// nameLineBlock is the block that holds n, an author element by the
// headline, when the block's whole text is the one name read from it
// (after a label word: "With Jane Doe", nameLabelWords), nil otherwise:
// a byline with no "By" (`<div class="byline">Jane Doe</div>`, `<span
// class="author vcard">` alone in its meta line) leaves the body as a
// labelled one does. Only an element readability takes for a byline
// (readabilityByline, n or a block-less element up to the block) counts:
// readability drops the first such element itself, but on a short story
// it tries again on a fresh copy of the page and keeps it.
func nameLineBlock(n *html.Node, names []string) *html.Node {
	if len(names) != 1 {
		return nil
	}
	b, marked := n, readabilityByline(n)
	for b != nil && b.Type == html.ElementNode && !isBlockTag(b.DataAtom) {
		b = b.Parent
		marked = marked || b != nil && readabilityByline(b)
	}
	if !marked || b == nil || b.Type != html.ElementNode || textLenUpTo(b, 81) > 80 {
		return nil
	}
	if t := normSpace(textOf(b)); t != names[0] && cutNameLabelWord(t) != names[0] {
		return nil
	}
	// "<div class=author-container><img …><div class=author-name>Jane
	// Doe</div></div>": the outermost byline element around the line
	// that holds no other text goes, its portrait with it, as readability
	// takes it.
	tl := textLen(b)
	for p, i := b.Parent, 0; p != nil && p.Type == html.ElementNode && i < 4 && textLenUpTo(p, tl+1) == tl; p, i = p.Parent, i+1 {
		if readabilityByline(p) {
			b = p
		}
	}
	return b
}
