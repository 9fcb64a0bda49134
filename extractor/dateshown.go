package extractor

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The last resort for a page's date, after htmldate's extensive search: a
// page that states no date anywhere else is dated by the first day it
// shows. Visible dates are otherwise read only near the headline
// (visible.pick): the nearness is what tells a page's date from a
// teaser's. On a page whose headline cannot be tied to its title (no
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
//
// A page that shows several days was first left undated. On a page
// without a titled headline its first day is taken: the one that stands
// highest, a dateline above or under the headline, the newest item of a
// list that runs newest first (a front page's news or social feed):
// htmldate-eval held-out 364 → 366 of 413, fit unchanged; no wcxb-dev or
// zh-cwced page changed, "no date" included. On a page with a titled
// headline several days are teaser cards below the article as often
// (TestLabelledDateBeyondTheBylineWindow): taking the first there too
// gave fit +1 (a front page whose site name is its title) and held-out
// nothing more, and such a page stays undated, unless it is the site's
// front page (its path "/"): fit 365 → 366 (that page), held-out and
// every other set unchanged. The most frequent day
// (htmldate's count), the latest, or the first in an element whose class
// names a date, on every page, dated fit +1 at best and held-out none more.
//
// An element whose class names a date (namedDate) is read as htmldate
// reads it, by the date that opens its text: htmldate-eval held-out 366 →
// 367, fit and every other set unchanged (measured with the first of
// several days taken on every page). Names that only often hold a
// date ("meta", "time", "byline", "posted", "publish"), tried without
// the update exclusions, cost a wcxb-dev held-out page annotated as
// having no date (56 → 55 of 74).

// Bounds of the shown-day search: a date's text, the block around it,
// the dates read.
const (
	// otherDayHead is the most text before the day that makes the block
	// around it a note of another day ("Joined", "Next review due:"):
	// a sentence before it is the block's text.
	otherDayHead   = 40
	shownDateText  = 80
	shownBlockText = 160
	maxShownDates  = 64
)

// pageDatesOf gathers the date candidates of the page (gatherDates) and
// of what the crawl knows of it, and, when none of them dates the page,
// the one day the page shows (shownDay), else the day its <title> states
// (titleDay), else the month of a Chinese magazine's issue note
// (cjkIssueMonth, zhissue.go). vis is the visible scan, page the page's
// URL (nil when unknown).
func pageDatesOf(doc *html.Node, m *pageMeta, r *resolved, vis visible, page *url.URL) pageDates {
	d := gatherDates(m, vis, page, r.dayFirst)
	d.known = knownCands(r.known)
	// A relative date comes after the shown day: it does not count here.
	probe := d
	probe.vis.ago = nil
	if _, _, ok, _ := chooseDates(probe, r.now); ok {
		return d
	}
	if w, ok := shownDay(doc, vis.topBar, vis.others, r.dayFirst, vis.titled, page, vis.reviewerRow); ok {
		d.vis.shown = []dateCand{{w: w, src: "visible-text", pos: -1}}
	} else if w, ok := titleDay(m.docTitle, r.dayFirst); ok {
		d.vis.shown = []dateCand{{w: w, src: "title-tag", pos: -1}}
	} else if w, ok := cjkIssueMonth(doc); ok {
		d.vis.shown = []dateCand{{w: w, src: "issue-note", pos: -1}}
	}
	return d
}

// titleDay is the day that the page's <title> states, as press offices,
// councils and papers title a release or a report ("Bericht zur Lage vom
// 22.04.2020 – …", "… | DW | 23.05.2011", "(Les blogs du Diplo, 21 juin
// 2018)"): htmldate reads the <title> and the <h1> before the page's
// <time> elements and its free text. It is the last resort, when the page
// shows no day: a date in a headline is read with the visible text.
func titleDay(title string, dayFirst bool) (when, bool) {
	if len(title) > 300 || !hasYearOrEpoch(title) {
		return when{}, false
	}
	return parseDate(title, dayFirst)
}

// shownDay is the first day that doc shows as a date, or none (ok false).
// When the page has a titled headline (titled), only days outside the
// page's furniture count (one in a sidebar or footer is the site's), in
// blocks that are not CJK sentences, and only a page that shows one day
// is dated: several are a list of other pages' (teaser cards below the
// article), which the nearness to the headline would have told apart.
// A site's front page (page's path is "/") is dated by the first of
// several, titled or not.
// A date counts when it is most of its text node ("06.10.2017 11:15",
// "Stand: 09.10.2017") and the block around it is short: a date inside a
// paragraph is what the text speaks of ("Offers expire 9/30/2017"), a
// reference's date comes with its volume and page numbers, the line that
// attributes a quotation dates the quoted words (quoteAttribution); or when it
// opens the text of an element named as a date (namedDate). Comment
// threads, hidden elements and the top bar's today that the scan dropped
// (topBar, zhtopbar.go) are not read. A day after the heading of the
// comments or of other stories below the story (others) is theirs: it is
// never the page's, but makes several beside one before it. A day
// labelled as an update, in its block or the block around it
// ("<div>Last updated:</div><div>Feb 4, 2025</div>"), or set in Drupal's
// "changed" field (drupalChangedField), makes the page one
// that shows only its last update: it has no known publication date, and
// none is guessed. A day whose block or the block around it opens as the
// note of a day not the page's (otherDayNote: a card's
// "<dt>Joined</dt><dd>May 3, 2019</dd>", "Next review due") is not
// counted, nor, when reviewed, the day of a block that opens with a
// reviewer's credit (reviewerHead): the scan met a reviewer's row under
// a byline (reviewerNote). A day beside one headline that links another
// page of the site, and nothing else (linkedTeaserRow), is that story's.
func shownDay(doc, topBar, others *html.Node, dayFirst, titled bool, page *url.URL, reviewed bool) (when, bool) {
	// A site's front page is titled by the site's name: its headline
	// tells nothing of its items, which run newest first.
	front := page != nil && (page.Path == "" || page.Path == "/") && page.RawQuery == ""
	var first when
	days, updated, several := 0, false, false
	past := false // past others: the comments' and other stories' days
	// add counts w, a day read from around; it reports whether the walk
	// goes on.
	add := func(w when, around string) bool {
		labels := splitLabels(strings.TrimSpace(around))
		for _, l := range labels {
			if labelKind(l.label) == kindModified || l.label == editDateLabel && hasDigit(l.value) {
				updated = true
				return false
			}
		}
		if i := strings.IndexAny(around, "0123456789"); i <= otherDayHead && otherDayNote(around) {
			return true // "<dt>Joined</dt><dd>May 3, 2019</dd>": the member's day
		}
		if reviewed && reviewerHead(strings.TrimSpace(around)) {
			return true // "Reviewed by <a>Jane Roe</a> on May 17, 2024" under a byline
		}
		if t := strings.TrimSpace(around); true {
			if rest, at := revisionText(t, labels); rest != "" && !hasDigit(t[:at]) {
				updated = true // "Revised May 17, 2024", "Jane Doe · Edited May 17, 2024"
				return false
			}
		}
		// On a titled page, a CJK sentence or link around the day
		// ("上一篇：<a>…</a> 2024-05-15", "今天是2024年5月20日") is not a
		// dateline: the scan near the headline reads those. Today's date
		// that a top bar labels ("今日：2024年5月20日") is no page's, titled
		// or not.
		if titled && cjkWords(around) > 1 || cjkToday(around) {
			return true
		}
		if days == 0 {
			if past {
				return true // no day of the page's own, but another beside one
			}
			first = w
		}
		several = several || !sameDay(w, first)
		days++
		return true
	}
	walk(doc, func(n *html.Node) bool {
		past = past || n == others
		if updated || days >= maxShownDates {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button, atom.Blockquote:
				// A quotation's date is the quoted words' (an embedded
				// post's: "— Council (@council) <a>May 16, 2024</a>"), as
				// the scan near the headline reads it.
				return false
			}
			if titled && isFurniture(n) {
				return false
			}
			if n == topBar || isHidden(n) || classIDHolds(n, "comment") || n.DataAtom == atom.Article && inArticleRun(n) || eventDate(n) || isSeeAlsoBox(n) {
				return false
			}
			if drupalChangedField(n) {
				updated = true // the node's last save, as its class names it
				return false
			}
			if w, lead, ok := namedDate(n, dayFirst); ok {
				if prevNextRow(n) || linkedTeaserRow(n, page) {
					return false // "上一篇：<a>…</a><span class=date>2024-05-15</span>"
				}
				return add(w, lead)
			}
			return true
		}
		if n.Type != html.TextNode || !hasYearOrEpoch(n.Data) {
			return true
		}
		t := strings.TrimSpace(n.Data)
		if len(t) > shownDateText || !dateCovers(t) || numberFields(t) > 3 || otherDayNote(t) {
			return true
		}
		w, ok := parseShown(t, dayFirst)
		if !ok {
			return true
		}
		b := n.Parent
		for b != nil && b.Type == html.ElementNode && !isBlockTag(b.DataAtom) && b.DataAtom != atom.Td {
			b = b.Parent
		}
		if linkedHeadlineDate(n) || b != nil && b.Type == html.ElementNode && (prevNextRow(b) || linkedTeaserRow(b, page)) {
			// another story's day: "<li><a>Council approves the plan
			// 09.03.2025</a></li>", "Previous: <a>…</a> March 9, 2025",
			// "<li><a>Council approves the plan</a> March 9, 2025</li>"
			return true
		}
		around := t
		if b != nil && b.Type == html.ElementNode {
			if textLenUpTo(b, shownBlockText+1) > shownBlockText {
				return true
			}
			around = textOf(b)
			if quoteAttribution(b, around) {
				return true // "John Roe wrote on July 9, 2025:" over a quotation
			}
			if p := b.Parent; p != nil && p.Type == html.ElementNode && textLenUpTo(p, shownBlockText+1) <= shownBlockText {
				around = textOf(p)
			}
		}
		return add(w, around)
	})
	if days == 0 || updated || titled && several && !front {
		return when{}, false
	}
	return first, true
}

// parseShown reads a shown date. A dotted date reads day first on any
// page, as in the visible scan (scanner.parse).
func parseShown(t string, dayFirst bool) (when, bool) {
	return parseDate(t, dayFirst || strings.Contains(reNumericDate.FindString(t), "."))
}

// namedLead is how much of the text of an element named as a date
// namedDate reads: htmldate reads 52 characters of such elements.
const namedLead = 52

// namedDate reads the date that opens the text of n, a short element whose
// class or id names a date ("date", "datum", "fecha"): the element says
// what its text is, so the date need not be most of it ("Veröffentlicht
// am 12.03.2019 von Redaktion", "Posted by admin on March 12, 2019 in
// News"). An element named as an update ("updated", "date-modified") is
// read as any other text.
func namedDate(n *html.Node, dayFirst bool) (w when, lead string, ok bool) {
	if !namesDate(n) {
		return when{}, "", false
	}
	if cid := classID(n); strings.Contains(cid, "updat") || strings.Contains(cid, "modif") {
		return when{}, "", false
	}
	if textLenUpTo(n, shownBlockText+1) > shownBlockText {
		return when{}, "", false
	}
	lead = leadText(n, namedLead)
	if len(lead) > 2*namedLead {
		lead = strings.ToValidUTF8(lead[:2*namedLead], "")
	}
	if !hasYearOrEpoch(lead) {
		// "<a class="date" title="12th December 2018">Archive</a>",
		// "<span class="date" title="2018-12-12">12 Dec</span>": the
		// element shows a word or a day without its year, its tooltip
		// the date.
		lead = attr(n, "title")
		if len(lead) > shownDateText || !hasYearOrEpoch(lead) {
			return when{}, "", false
		}
	}
	w, ok = parseShown(lead, dayFirst)
	return w, lead, ok
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
// ("volume 162, number 22, November 30, 2002"). A time's zone offset is
// part of the time ("Wed, 19 Oct 2022 14:24:05 +0000", RFC 1123's form
// that feeds and mail headers print).
func numberFields(t string) int {
	n := 0
	for _, f := range strings.Fields(t) {
		if hasDigit(f) && !isZoneOffset(f) {
			n++
		}
	}
	return n
}

// isZoneOffset reports whether f is a zone offset as parseOffset reads
// one: "+0000", "-0500", "+05:30" (not "+2024", no offset).
func isZoneOffset(f string) bool {
	if len(f) < 5 || f[0] != '+' && f[0] != '-' {
		return false
	}
	_, ok := parseOffset(f)
	return ok
}
