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
// a news item's header, in a footer's "Stand: 09.10.2017". On a page with
// a titled headline the page's own furniture (its navigation, sidebars,
// footer: isFurniture) is not read: a day there is the site's, not the
// article's.
//
// Measured (htmldate-eval and wcxb-dev, fit and held-out halves): on pages
// with a titled headline the fallback read over the whole page dated pages
// that wcxb-dev annotates as having no date (wcxb-dev held-out "no date"
// 56 → 55); read outside the furniture it dated htmldate-eval fit 362 →
// 363, held-out 358 → 361, and no wcxb-dev page changed. On pages without
// a titled headline it dated only pages that have a date.

// Bounds of the shown-day search: a date's text, the block around it,
// the dates read.
const (
	shownDateText  = 80
	shownBlockText = 160
	maxShownDates  = 64
)

// pageDatesOf gathers the date candidates of the page (gatherDates) and
// of what the crawl knows of it, and, when none of them dates the page,
// the one day the page shows (shownDay). vis is the visible scan, page the
// page's URL (nil when unknown).
func pageDatesOf(doc *html.Node, m *pageMeta, r *resolved, vis visible, page *url.URL) pageDates {
	d := gatherDates(m, vis, page, r.dayFirst)
	d.known = knownCands(r.known)
	// A relative date comes after the shown day: it does not count here.
	probe := d
	probe.vis.ago = nil
	if _, _, ok, _ := chooseDates(probe, r.now); ok {
		return d
	}
	if w, ok := shownDay(doc, r.dayFirst, vis.titled); ok {
		d.vis.shown = []dateCand{{w: w, src: "visible-text", pos: -1}}
	}
	return d
}

// shownDay is the one day that doc shows as a date, or none (ok false).
// When the page has a titled headline (titled), only days outside the
// page's furniture count (one in a sidebar or footer is the site's), in
// blocks that are not CJK sentences.
// A date counts when it is most of its text node ("06.10.2017 11:15",
// "Stand: 09.10.2017") and the block around it is short: a date inside a
// paragraph is what the text speaks of ("Offers expire 9/30/2017"), a
// reference's date comes with its volume and page numbers. Comment
// threads and hidden elements are not read. A day labelled as an update,
// in its block or the block around it ("<div>Last updated:</div><div>Feb
// 4, 2025</div>"), makes the page one that shows only its last update: it
// has no known publication date, and none is guessed.
func shownDay(doc *html.Node, dayFirst, titled bool) (when, bool) {
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
			if titled && isFurniture(n) {
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
		// On a titled page, a CJK sentence or link around the day
		// ("上一篇：<a>…</a> 2024-05-15", "今天是2024年5月20日") is not a
		// dateline: the scan near the headline reads those.
		if titled && cjkWords(around) > 1 {
			return true
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

// cjkWords counts the CJK characters of t that are not the marks of a
// written date (年, 月, 日, a weekday): words of a sentence ("定于2024年5月16
// 日召开") or of a masthead ("今天是2024年5月20日"), which dateCovers,
// counting the letters of words without digits, does not see.
func cjkWords(t string) int {
	n := 0
	for _, r := range t {
		if isCJK(r) && !strings.ContainsRune("年月日号时分秒星期周一二三四五六天上下午令和平成元", r) {
			n++
		}
	}
	return n
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
