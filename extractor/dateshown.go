package extractor

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The last resort for a page's date, after htmldate's extensive search: a
// page that states no date anywhere else and shows one day, and only one,
// is dated that day. Visible dates are otherwise read only near the
// headline (visible.pick): the nearness is what tells a page's date from
// a teaser's. On a page whose headline cannot be tied to its title (no
// <h1> or title-like element matches it: old CMS templates set the
// headline in an <h2> and sidebar boxes in <h1>s, or the page is a front
// page) there is no nearness to go by, and the date may stand anywhere: in
// a news item's header, in a footer's "Stand: 09.10.2017".
//
// Measured (htmldate-eval and wcxb-dev, fit and held-out halves): on pages
// with a titled headline the same fallback dated pages that wcxb-dev
// annotates as having no date; on pages without one it dated only pages
// that have one.

// Bounds of the shown-day search: a date's text, the block around it,
// the dates read.
const (
	shownDateText  = 80
	shownBlockText = 160
	maxShownDates  = 64
)

// addShownDay sets v.shown, the day the page shows, when v's headline is
// not tied to the title and no other source dates the page.
func (v *visible) addShownDay(doc *html.Node, m *pageMeta, r *resolved, page *url.URL) {
	if v.titled {
		return
	}
	d := gatherDates(m, *v, page, r.dayFirst)
	d.known = knownCands(r.known)
	if _, _, ok, _ := chooseDates(d, r.now); ok {
		return
	}
	if w, ok := shownDay(doc, r.dayFirst); ok {
		v.shown = []dateCand{{w: w, src: "visible-text", pos: -1}}
	}
}

// shownDay is the one day that doc shows as a date, or none (ok false).
// A date counts when it is most of its text node ("06.10.2017 11:15",
// "Stand: 09.10.2017") and the block around it is short: a date inside a
// paragraph is what the text speaks of ("Offers expire 9/30/2017"), a
// reference's date comes with its volume and page numbers. Comment
// threads and hidden elements are not read. A day labelled as an update,
// in its block or the block around it ("<div>Last updated:</div><div>Feb
// 4, 2025</div>"), makes the page one that shows only its last update: it
// has no known publication date, and none is guessed.
func shownDay(doc *html.Node, dayFirst bool) (when, bool) {
	var days []when
	updated := false
	walk(doc, func(n *html.Node) bool {
		if updated || len(days) >= maxShownDates {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button:
				return false
			}
			return !isHidden(n) && !strings.Contains(classID(n), "comment")
		}
		if n.Type != html.TextNode || !hasYearOrEpoch(n.Data) {
			return true
		}
		t := strings.TrimSpace(n.Data)
		if len(t) > shownDateText || !dateCovers(t) || numberFields(t) > 3 {
			return true
		}
		// A dotted date reads day first on any page, as in the visible
		// scan (scanner.parse).
		w, ok := parseDate(t, dayFirst || strings.Contains(reNumericDate.FindString(t), "."))
		if !ok {
			return true
		}
		b := n.Parent
		for b != nil && b.Type == html.ElementNode && !isBlockTag(b.DataAtom) && b.DataAtom != atom.Td {
			b = b.Parent
		}
		around := t
		if b != nil && b.Type == html.ElementNode {
			if textLenUpTo(b, shownBlockText+1) > shownBlockText {
				return true
			}
			around = textOf(b)
			if p := b.Parent; p != nil && p.Type == html.ElementNode && textLenUpTo(p, shownBlockText+1) <= shownBlockText {
				around = textOf(p)
			}
		}
		for _, l := range splitLabels(strings.TrimSpace(around)) {
			if labelKind(l.label) == kindModified {
				updated = true
				return false
			}
		}
		days = append(days, w)
		return true
	})
	if len(days) == 0 || updated {
		return when{}, false
	}
	for _, w := range days[1:] {
		if !sameDay(w, days[0]) {
			return when{}, false
		}
	}
	return days[0], true
}

// numberFields counts the words of t that hold a digit: a date has its
// day, year and time ("20. Februar 2019, 14:45"), a reference more
// ("volume 162, number 22, November 30, 2002").
func numberFields(t string) int {
	n := 0
	for _, f := range strings.Fields(t) {
		if hasDigit(f) {
			n++
		}
	}
	return n
}
