package extractor

import (
	"strings"

	"golang.org/x/net/html"
)

// nameOverDate records the name that stands alone on the line over a date
// line right under the headline, as page builders set a post's byline
// without a label ("<p>Jane Doe</p><p>March 3, 2021</p>"): n is the date
// line, the block read before it (s.lastBlock) the name's; or n holds the
// two lines. The name is a full one, or a common given name alone
// (loneGivenName), as a blog signed with its writer's first name sets it.
// A category link there ("/category/product/") is no name.
func (s *scanner) nameOverDate(n *html.Node) {
	v := s.v
	if v.h1Pos < 0 || s.pos <= v.h1Pos || s.pos-v.h1Pos > nameListWindow+1 || v.has(fromByline) || v.has(fromNameList) {
		return
	}
	name, date, pos := s.lastBlock, n, s.pos-1
	if lines := twoLines(n); lines != nil {
		name, date, pos = lines[0], lines[1], s.pos
	} else if name == nil || s.lastPos != s.pos-1 || s.lastPos <= v.h1Pos || !nearKin(name, n) {
		return
	}
	if !s.datelineAlone(normSpace(textOf(date))) {
		return
	}
	nt := normSpace(textOf(name))
	if nt == "" || len(nt) > 60 || hasDigit(nt) || topicLink(name) {
		return
	}
	names := splitAuthors(nt)
	if len(names) != 1 || len(strings.Fields(names[0])) < 2 && !loneGivenName(names[0]) || !looksLikeNames(names) {
		return
	}
	v.addAuthors(names, fromNameList, pos, "")
	v.authorCands[len(v.authorCands)-1].dated = true
}

// datelineAlone reports whether t, the line under a name, is the post's
// dateline and nothing else: a date ("March 3, 2021"), or dates after
// their publication and update labels ("Publicado: 03/03/2024 09:15 |
// Actualizado: 04/03/2024 18:02"), the first perhaps unlabelled after
// the place ("Puerto - 03 mar 2024 - 09:15 CET Actualizado: 04 mar 2024
// - 18:02 CET"), as Iberian and German papers set it.
func (s *scanner) datelineAlone(t string) bool {
	if len(t) <= 40 {
		if !dateCovers(t) {
			return false
		}
		_, ok := s.parse(t)
		return ok
	}
	if len(t) > 120 || !hasDigit(t) {
		return false
	}
	labels := splitLabels(t)
	if len(labels) == 0 {
		return false
	}
	for _, l := range labels {
		if k := labelKind(l.label); k != "published" && k != "modified" {
			return false
		}
	}
	lead := strings.TrimRight(strings.TrimSpace(t[:strings.Index(t, labels[0].raw)]), " |·•–—-")
	if lead == "" {
		_, ok := s.parseLabelled(labels[0])
		return ok
	}
	_, ok := s.parse(lead)
	return ok && len(lead) <= 40 && fewDateWords(lead)
}

// twoLines is the two lines n sets its text on, through wrappers of one
// line each; nil when it has another number of lines.
func twoLines(n *html.Node) []*html.Node {
	for range 4 {
		lines := blockLines(n)
		switch len(lines) {
		case 1:
			n = lines[0]
			continue
		case 2:
			return lines
		}
		return nil
	}
	return nil
}

// nearKin reports whether a and b are siblings or cousins.
func nearKin(a, b *html.Node) bool {
	if a.Parent == nil || b.Parent == nil {
		return false
	}
	return a.Parent == b.Parent || a.Parent.Parent != nil && a.Parent.Parent == b.Parent.Parent
}
