package extractor

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A report's or a company blog's metadata panel beside the article, in an
// <aside> or a sidebar, gives the authors under a label of their own:
// "<h6>Author(s)</h6><ul><li><a>John A. Alic</a></li>…", "<div>Author</div>
// <div><span>CP</span><span>Chengcheng Pei</span><span>Staff Software
// Engineer, MongoDB</span>…". The scan skips such furniture; this reads
// its labelled names, as the weakest of the visible statements
// (fromFurnitureBox).

// reSideAuthorLabel is a label alone over a panel's names. "Authors" alone
// is left out: it heads the widget that lists every writer of a blog.
// "By" alone is too: a related piece's card sets it before its writer.
var reSideAuthorLabel = regexp.MustCompile(`^(?i:author|author\(s\)|written\s+by)\s*:?$`)

// sideLabelText is the longest text a label of reSideAuthorLabel has;
// sidePanelText the most text a panel holds for its names to be read.
const (
	sideLabelText = 16
	sidePanelText = 1500
	sideNames     = 6
)

// sidebarAuthors records the names under an author label in n, a piece of
// furniture the scan does not read, when the page has no visible author
// statement of its own.
func (s *scanner) sidebarAuthors(n *html.Node) {
	v := s.v
	if v.h1Pos < 0 || v.has(fromByline) || v.has(fromAuthorElement) || v.has(fromFurnitureBox) ||
		commentish(n) || textLenUpTo(n, sidePanelText+1) > sidePanelText {
		return
	}
	for c := range visibleTextNodes(n) {
		t := strings.TrimSpace(c.Data)
		if t == "" || len(t) > sideLabelText || !reSideAuthorLabel.MatchString(t) {
			continue
		}
		if names := namesAfterLabel(c, n); len(names) > 0 {
			v.addAuthors(names, fromFurnitureBox, s.pos, strings.ToLower(strings.TrimRight(t, ": ")))
		}
		return // the first label decides
	}
}

// namesAfterLabel reads the names in the element that follows a label's
// text node (within the panel): the label's wrapper is the outermost
// element that holds the label alone.
func namesAfterLabel(label, panel *html.Node) []string {
	want := textLenUpTo(label, sideLabelText)
	box := label
	for p := label.Parent; p != nil && p != panel && textLenUpTo(p, want+1) == want; p = p.Parent {
		box = p
	}
	next := box.NextSibling
	for next != nil && (next.Type != html.ElementNode || unrendered(next)) {
		if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
			return nil // the names run on in the label's own line
		}
		next = next.NextSibling
	}
	if next == nil {
		return nil
	}
	return nameLines(next)
}

// unrendered reports whether n is an element that shows nothing: CSS-in-JS
// libraries set a <style> before each element they style.
func unrendered(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Style, atom.Script, atom.Template, atom.Noscript, atom.Link, atom.Meta:
		return true
	}
	return false
}

// nameLines reads the names set one to a line in n, the element under an
// author label: each line that is one full name counts; initials set as
// an avatar ("CP") and job titles are passed over, and a biography ends
// the names. It is nil when n lists more than a byline would.
func nameLines(n *html.Node) []string {
	var names []string
	for c := range visibleTextNodes(n) {
		t := normSpace(c.Data)
		if t == "" {
			continue
		}
		if len(names) == sideNames {
			return nil // a list of more
		}
		if len(t) > 60 {
			break // a biography after the name
		}
		ns := splitAuthors(t)
		if len(strings.Fields(t)) >= 3 && !looksLikeNames(ns) {
			break // "Ellen is an editor at Brides.": a biography
		}
		if len(ns) != 1 || !looksLikeNames(ns) || roleEnds(ns[0]) || roleWords[strings.ToLower(strings.Fields(ns[0])[0])] {
			continue // "CP", "Staff Software Engineer, MongoDB"
		}
		if w := len(strings.Fields(bareName(ns[0]))); w < 2 || w > 4 {
			continue
		}
		names = append(names, ns[0])
	}
	return dedupe(names)
}

// photoCardText is the most text an author card that a photo heads holds.
const photoCardText = 600

// photoCard reads the author card that an author's photo, an author
// element without text, heads: "<div class=author__image-container><img
// class=author__photo></div>" beside "<h3>Alban Brooke</h3><p>Alban
// Brooke is the Head of Marketing at …". The card is the nearest element
// around the photo that holds text; its first line is the name when the
// biography after it opens with the name's first word.
func (s *scanner) photoCard(n *html.Node) {
	card := n
	for i := 0; i < 3 && card.Parent != nil && textLenUpTo(card, 0) == 0; i++ {
		card = card.Parent
	}
	if names := cardName(card); names != nil {
		s.v.addAuthors(names, fromAuthorElement, s.pos, "")
	}
}

// cardName is the name that heads an author card: its first line when
// the biography after it opens with the name's first word ("Alban
// Brooke", then "Alban Brooke is the Head of Marketing at …"), or the
// name that opens the biography itself when the card is that one
// paragraph ("Jane Doe is a senior reporter covering …", in Arabic,
// Persian and Hindi the name before the job, caselessBioOpening). A label over
// the name ("About the author") is passed over. nil when the card is
// longer than a biography or names no one.
func cardName(card *html.Node) []string {
	if textLenUpTo(card, photoCardText+1) > photoCardText || commentish(card) {
		return nil
	}
	var lines []string
	for c := range visibleTextNodes(card) {
		if t := normSpace(c.Data); t != "" && !(len(lines) == 0 && len(t) <= 40 && reAuthorBoxLabel.MatchString(t)) {
			if lines = append(lines, t); len(lines) == 2 {
				break
			}
		}
	}
	if len(lines) == 1 {
		if caselessBioSentence(lines[0]) {
			return caselessBioOpening(lines[0]) // "محمد أحمد كاتب صحفي …"
		}
		return bioName(lines[0])
	}
	if len(lines) < 2 || len(lines[0]) > 60 {
		return nil
	}
	names := splitAuthors(lines[0])
	if len(names) != 1 || !looksLikeNames(names) || len(strings.Fields(names[0])) < 2 {
		return nil
	}
	if first := strings.Fields(names[0])[0]; strings.HasPrefix(lines[1], first+" ") {
		return names
	}
	// "<strong>Jane Doe</strong> is a senior reporter …": the name set
	// apart opens the biography's sentence.
	if bio := bioName(lines[0] + " " + lines[1]); len(bio) == 1 && bio[0] == names[0] {
		return names
	}
	return nil
}

// bioCard reads the box about the writer that a theme sets under a post
// and classes as the author's biography ("author-bio", "author_bio",
// "authorBio"): isAuthorElement passes such elements over, as their text
// is a biography rather than a byline, but the biography's card names its
// writer as a photo's card does (cardName).
func (s *scanner) bioCard(n *html.Node) {
	if names := cardName(n); names != nil {
		s.v.addAuthors(names, fromAuthorElement, s.pos, "")
	}
}

// authorBioClass reports whether n's class or id names it the author's
// biography or the box about the author: "author-bio", "author_bio",
// "authorBio", "about-author", "aboutAuthor".
func authorBioClass(n *html.Node) bool {
	return classIDHolds(n, "author") && (classIDHolds(n, "bio") || classIDHolds(n, "about"))
}
