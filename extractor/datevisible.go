package extractor

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The date side of the visible scan that the walk of scanner.go
// hands over: blocks it does not read as a whole.

// furnitureWindow is how many blocks after the headline a furniture
// element may start and still have its dates read, and furnitureText the
// most text it may hold.
const (
	furnitureWindow = 3
	furnitureText   = 240
)

// nearFurniture reports whether n, an element the walk skips as furniture,
// is short and starts just below the headline: page builders wrap the
// post's date line in a "widget" ("elementor-widget-post-info") and
// templates name the block beside the headline after the section
// ("newsletter-details-wrapper"), so a furniture name does not make its
// date another page's. Once running text has been read it is no longer
// beside the headline: the comments and the related posts below a short
// body are as few blocks away (paragraphs take no position).
// Only a name makes such furniture: an element hidden, or furniture by its
// tag or its role, is not read.
func (s *scanner) nearFurniture(n *html.Node) bool {
	if !s.nearHeadline(furnitureWindow) || s.prose > 0 || !namedOnly(n) {
		return false
	}
	return textLenUpTo(n, furnitureText+1) <= furnitureText
}

// postFurnitureText is the most text a post's own furniture may hold and
// still have its dates read.
const postFurnitureText = 400

// postFurniture reports whether n, an element the walk skips as furniture,
// is the post's own, wherever it is: a name that joins the post to the
// furniture ("single-post-sidebar", "entry-footer", "article-aside") marks
// the block where templates set the post's date ("<h4>Published</h4><div>
// July 8, 2025</div>"), not a list of other pages. It is short, named
// furniture only, and the page has a headline.
func (s *scanner) postFurniture(n *html.Node) bool {
	if s.v.h1Pos < 0 || !namedOnly(n) {
		return false
	}
	cid := classID(n)
	if !strings.Contains(cid, "sidebar") && !strings.Contains(cid, "footer") && !strings.Contains(cid, "aside") {
		return false // no word can end in a furniture name: no words cut
	}
	own := false
	for _, tok := range strings.Fields(cid) {
		for _, p := range [...]string{"post-", "entry-", "article-", "single-", "asset-"} {
			if strings.HasPrefix(tok, p) && isFurnitureName(tok) {
				own = true
			}
		}
	}
	return own && textLenUpTo(n, postFurnitureText+1) <= postFurnitureText
}

// isFurnitureName reports whether a class token names furniture beside a
// post: its sidebar, footer or aside.
func isFurnitureName(tok string) bool {
	return strings.HasSuffix(tok, "sidebar") || strings.HasSuffix(tok, "footer") || strings.HasSuffix(tok, "aside")
}

// namedOnly reports whether n, an element isFurniture accepts, is
// furniture by its class or id only: not by its tag (nav, form, dialog…),
// its role, or because it is hidden.
func namedOnly(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Dialog, atom.Form, atom.Button, atom.Select:
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role", "hidden":
			return false
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return false
			}
		case "style":
			if st := strings.ToLower(a.Val); strings.Contains(st, "none") || strings.Contains(st, "hidden") {
				return false
			}
		}
	}
	return true
}

// furnitureDates reads the dates of such an element, and nothing else: its
// <time> elements and its short blocks that are a date, a label and its
// date ("Published: July 8, 2025"), or a date after a label alone in the
// block before ("<h4>Published</h4><div>July 8, 2025</div>"), and its
// longer blocks that open with a note of when the post was posted
// (entryNote).
//
// The element takes one position in the scan, however many blocks it
// holds, so that the window after the headline keeps its reach; its dates
// are marked as furniture's (dateCand.aside).
func (s *scanner) furnitureDates(n *html.Node) {
	s.original, s.aside = false, true
	s.card = nil
	if textLenUpTo(n, teaserRowText+1) <= teaserRowText && (s.headline == nil || !isInside(s.headline, n)) {
		s.card = cardIn(n, nil, s.headline) // "<div class=related><a><img></a><h4><a>…</a></h4><span>March 9, 2024</span></div>"
	}
	defer func() { s.aside, s.card, s.inCard = false, nil, false }()
	s.pos++
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return true
		}
		s.inCard = s.card != nil && isInside(c, s.card)
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button:
			return false
		case atom.Time:
			if w, ok := s.parse(firstNonEmpty(attr(c, "datetime"), textOf(c))); ok {
				s.addDate(w, s.kindOf(c), "time-element")
			}
			return false
		}
		if !isBlockish(c) || c.DataAtom == atom.A {
			return true
		}
		tl := textLenUpTo(c, 81)
		if tl > 80 {
			if w, ok := s.entryNote(c); ok {
				s.addDate(w, kindPublished, "byline-text")
				return false
			}
		}
		if tl == 0 || tl > 80 || hasBlockChildWithAllText(c, tl) {
			return true
		}
		// A line that is not a date as a whole may hold one in a part
		// ("<p>November 2, 2022</p> | <p>Sponsored by …</p>").
		t := foldArabicMarks(textOf(c))
		if hasDigit(t) && (prevNextRow(c) || linkedTeaserRow(c, s.address)) {
			return false // the other story's date (prevNextRow, linkedTeaserRow)
		}
		if s.dateLine(c, t) {
			return false
		}
		if f, ok := postedByline(t); ok {
			if w, ok := s.parse(f); ok {
				s.addDate(w, "", "byline-text")
				return false
			}
		}
		return true
	})
}

// dateLine reads the date of one short block t of n: a label alone sets
// the kind of a date in the next blocks, a label and its value give a
// date of that kind, and a block that is a date alone gives a date of the
// kind n's class says. It reports whether the block was read as one of
// these.
func (s *scanner) dateLine(n *html.Node, t string) bool {
	labels := splitLabels(t)
	if s.trailingLabelLine(t, labels) {
		s.pending = ""
		return true // "2024年5月17日 08:00 更新"
	}
	found := false
	for _, l := range labels {
		kind := labelKind(l.label)
		if kind != kindPublished && kind != kindModified {
			continue
		}
		waits, dated := s.labelDate(kind, l, labels)
		if waits {
			return true
		}
		found = found || dated
	}
	if len(labels) == 0 && (len(t) <= 60 || wideDateLine(t)) && dateCovers(t) {
		if w, ok := s.parse(t); ok {
			s.addDate(w, s.kindOf(n), "visible-text")
			s.loneUpdateWord(t)
			s.pending = ""
			found = true
		}
	}
	return found
}

// maxColonlessLine is the longest line colonlessLabelDate reads.
const maxColonlessLine = 100

// colonlessLabelDate reads the dates of t, the text of n, a short line
// without labels whose parts open with a date label that CMSs print
// before a colon, printed without it: "Data publicării 16.05.2024"
// (Romanian), "Дата публикации 16.05.2024 | Дата обновления 17.05.2024".
// A label's kind is its date's. The line stays where it was: findLabels
// does not take these nouns for labels without their colon, so that a
// sentence they open keeps its place in the body.
func (s *scanner) colonlessLabelDate(n *html.Node, t string) {
	if kind, _ := colonlessLabel(t); kind == "" || teaserDate(n) {
		return
	}
	for _, part := range reDateSep.Split(t, -1) {
		for part != "" {
			kind, i := colonlessLabel(part)
			if kind == "" {
				break
			}
			// "Data publicării 16.05.2024 Data actualizării 17.05.2024":
			// the next label, without a separator, ends the date.
			next := nextColonlessLabel(part[i:])
			if v := part[i : i+next]; dateCovers(v) {
				if w, ok := s.parse(v); ok {
					s.addDate(w, kind, "visible-text")
				}
			}
			part = part[i+next:]
		}
	}
}

// standAfterDate reports whether t, a date line, is German "Stand:" (as
// of) and its date w, later than the unlabelled or publication date
// read in one of the two blocks above it ("16.05.2024, 10:21 Uhr" over
// "Stand: 17.05.2024 09:00 Uhr"): the state of the story as of its last
// update. Alone, "Stand:" dates the page as before.
func (s *scanner) standAfterDate(t string, w when) bool {
	if !strings.HasPrefix(t, "Stand:") || len(s.v.dates) == 0 {
		return false
	}
	d := s.v.dates[len(s.v.dates)-1]
	return (d.kind == "" || d.kind == kindPublished) && d.pos >= s.pos-2 && before(d.w, w)
}

// nextColonlessLabel is where, in v, the text after a colonless label,
// the next word opens such a label (colonlessLabel); len(v) when none
// does.
func nextColonlessLabel(v string) int {
	for j := 1; j < len(v); j++ {
		if v[j-1] == ' ' && v[j] != ' ' && asciiDigit(rune(v[j])) < 0 {
			if kind, _ := colonlessLabel(v[j:]); kind != "" {
				return j
			}
		}
	}
	return len(v)
}

// colonlessLabel returns the kind of the publication or update label that
// t opens with before its first digit ("Data publicării 16.05.2024"), and
// where that digit stands; "" when the words before it are no such label.
func colonlessLabel(t string) (kind string, digit int) {
	i := strings.IndexFunc(t, func(r rune) bool { return asciiDigit(r) >= 0 })
	if i <= 0 {
		return "", -1
	}
	if k := dateLabelKinds[asciiLower(strings.TrimSpace(t[:i]))]; k == kindPublished || k == kindModified {
		return k, i
	}
	return "", -1
}

// reRevisionNote is a bare "Revised", "Edited" or "Modified" before a date, at the
// start of a line or after a separator: "Revised May 17, 2024", "Published
// May 16, 2024 | Edited May 17, 2024", "May 16, 2024 (Revised May 17,
// 2024)", "…; revised May 17, 2024". Academic and documentation pages,
// Blogger and forum posts print the revision so. French papers abbreviate
// "Mis à jour le" to "MAJ le" or "MàJ le" ("Publié le 15/05/2024 à 09:00 -
// MAJ le 16/05/2024 à 10:21"): read with the revision's words rather than
// as a label, which would cut every line it opens from the body.
var reRevisionNote = regexp.MustCompile(`(?:^|[|·•;(,.–—]\s*|\s-\s+)((?:(?i:revised|edited|modified)(?:\s+on)?|(?:MAJ|MàJ|Màj|màj)(?:\s+le)?)\s*:?\s+)`)

// revisionNote reads the revision date of t, a short block whose labels
// are labels: "Revised" and "Edited" are no verbLabels, as a block that
// holds a label leaves the body ("Edited May 17" opens a sentence as
// often); they are read here, where the block's dates are. at is where
// the word stands.
func (s *scanner) revisionNote(t string, labels []labelled) (w when, at int, ok bool) {
	rest, at := revisionText(t, labels)
	if rest == "" {
		return when{}, 0, false
	}
	w, ok = s.parse(rest)
	return w, at, ok
}

// revisionWordKeys finds the fragments of reRevisionNote's words in one
// pass over a text (keySet), in lower and upper case.
var revisionWordKeys = newKeySet("evised", "dited", "odified", "EVISED", "DITED", "ODIFIED", "MAJ", "àJ", "àj")

// revisionText is the text after a revision's word in t (reRevisionNote)
// that holds a year, at most 60 bytes of it, and where the word stands;
// "" when there is none, or when one of t's labels names the update
// already ("Revised:", "Last edited").
func revisionText(t string, labels []labelled) (rest string, at int) {
	if !revisionWordKeys.in(t) {
		return "", 0
	}
	if slices.ContainsFunc(labels, func(l labelled) bool { return labelKind(l.label) == kindModified }) {
		return "", 0
	}
	m := reRevisionNote.FindStringSubmatchIndex(t)
	if m == nil {
		return "", 0
	}
	rest = t[m[3]:]
	if rest = rest[:min(len(rest), 60)]; !hasYearOrEpoch(rest) || strings.HasPrefix(asciiLower(rest), "by ") { // "Edited by Jane Doe, May 17, 2024" credits an editor
		return "", 0
	}
	return rest, m[2]
}

// eventDate reports whether n or its parent is named for the time of an
// event that the page announces, not for the page's: The Events
// Calendar's "tribe-event-date-start" and "tribe-events-schedule",
// "event-date", "event__time", "eventStart", "event-meta". An event's
// page is written weeks before the day it announces. So is an element
// holding microdata's startDate, endDate or doorTime, a schema.org
// Event's (or an offer's validity, eventProps), or the Event's item
// itself, its days and a few words in one block (event plugins and
// venues' pages mark their days so).
func eventDate(n *html.Node) bool {
	for p, i := n, 0; p != nil && i < 2; p, i = p.Parent, i+1 {
		if p.Type != html.ElementNode {
			continue
		}
		if ip := attr(p, "itemprop"); ip != "" && eventProps[strings.ToLower(ip)] || strings.HasSuffix(attr(p, "itemtype"), "Event") {
			return true
		}
		if !classIDHolds(p, "event") {
			continue
		}
		for _, tok := range strings.Fields(classID(p)) {
			if strings.Contains(tok, "event") && !strings.Contains(tok, "prevent") && eventTimeKeys.in(tok) {
				return true
			}
		}
	}
	return false
}

// otherDayWords open the notes of a day that is not the page's: the day
// a health or reference site's reviewer checked it ("Medically reviewed
// by Jane Roe, MD on May 3, 2024", "Fact checked on …", "Revisado
// médicamente por … el …", "Médicalement revu par … le …", "Medizinisch
// geprüft von … am …"), and the day a member joined, in an author box or
// a forum card ("Member since May 3, 2019", "Joined …", "Mitglied seit
// …", "Miembro desde …"), and the words of otherDayLabels (NHS's "Page
// last reviewed" and "Next review due", "Deadline", "Closing date"),
// which the init of bylinelabels.go adds, read here where no colon makes
// them labels, and Korean "마감" (deadline: "마감일: 2024.05.30", whose
// label cjkLabelKinds kinds). A review certifies the
// text without changing it: schema.org keeps it apart as lastReviewed,
// beside dateModified, and these sites state their updates apart
// ("Updated on …"), so it is no update either. (A critic's "Reviewed by
// Jane Roe on …" dates the review, the page.)
var otherDayWords = []string{"medically reviewed", "clinically reviewed", "expert reviewed", "reviewed on", "fact checked", "fact-checked", "factchecked",
	"revisado médicamente", "revisado por", "revisión médica", "médicalement revu", "médicalement révisé", "revu par", "medizinisch geprüft", "ärztlich geprüft", "fachlich geprüft",
	"member since", "joined", "mitglied seit", "miembro desde", "membre depuis", "membro desde", "lid sinds", "마감"}

// quotedMailHeader reports whether t opens with the header of an e-mail
// ("Date: Wed, 6 Feb 2002 22:33:19 +0000 From: … To: … Subject: …"), as
// a story quotes the messages of a mailing list in <pre> blocks: the
// header's date is the message's. The scanner asks it only below the
// story's first paragraphs (scanner.prose): a list archive's page, the
// message itself, opens with its header and is dated by it.
func quotedMailHeader(t string) bool {
	t = strings.TrimLeft(t, " \t\r\n")
	if len(t) < 5 || t[0] != 'D' && t[0] != 'F' && t[0] != 'T' && t[0] != 'S' {
		return false
	}
	if !holdsAnyPrefix(t, mailHeaderFields) {
		return false
	}
	head := t[:min(len(t), maxMailHeader)]
	return strings.Contains(head, "Date:") && strings.Contains(head, "From:") && strings.Contains(head, "Subject:")
}

// quoteAttribution reports whether n, a block whose text is t, is the
// line that attributes the quotation after it: it ends with a colon and a
// <blockquote> follows ("On Wed, Jul 9, 2025 at 10:21 AM John Roe wrote:",
// as mail clients quote; "Posted on the forum on 2025-07-09:", "Am 9. Juli
// 2025 schrieb der Verband:"). Its date is the quoted post's, not the
// page's.
func quoteAttribution(n *html.Node, t string) bool {
	t = strings.TrimRight(t, " \t\r\n\u00a0")
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	next := nextElement(n)
	return next != nil && next.DataAtom == atom.Blockquote
}

// mailHeaderFields are the fields an e-mail's header opens with, as a
// story quotes it; maxMailHeader bounds the text the header's fields are
// looked for in.
var mailHeaderFields = []string{"Date:", "From:", "To:", "Subject:"}

const maxMailHeader = 400

// otherDayNote reports whether the words of t before its first digit
// open a note of a day that is not the page's (otherDayWords).
func otherDayNote(t string) bool {
	head := dayLabelHead(t)
	return head != "" && holdsAny(strings.ToLower(head), otherDayWords)
}

// dayLabelHead is t up to its first ASCII digit: the words that label a
// day ("Medically reviewed by Jane Roe on"), all of t when it holds none.
func dayLabelHead(t string) string {
	if i := strings.IndexAny(t, "0123456789"); i >= 0 {
		return t[:i]
	}
	return t
}

// reviewerWords open a credit of the page's reviewer rather than its
// writer: "Reviewed by Dr. Jane Smith — May 17, 2024", "Geprüft von Dr.
// Anna Schmidt am 17. Mai 2024", "Checked by …".
var reviewerWords = []string{"reviewed by", "checked by", "geprüft von", "überprüft von"}

// reviewerHead reports whether the words of t before its first digit
// open with reviewerWords.
func reviewerHead(t string) bool {
	head := strings.TrimLeft(dayLabelHead(t), " -–—|·•:")
	// Most lines open with none of the words' first letters (r, c, g,
	// ü): they are not lowered.
	if head == "" {
		return false
	}
	switch head[0] {
	case 'r', 'R', 'c', 'C', 'g', 'G', 0xC3: // 0xC3 leads "ü" and "Ü"
	default:
		return false
	}
	head = strings.ToLower(head)
	return slices.ContainsFunc(reviewerWords, func(w string) bool { return strings.HasPrefix(head, w) })
}

// reviewerNote reports whether t, a line that opens with reviewerWords,
// credits a reviewer under a byline the scan read before it: health and
// finance sites print a byline row, then a reviewer's row with the day
// of the review, which is not the publication's (as otherDayWords); it
// records the row for shownDay. Alone, "Reviewed by Jane Roe on May 3,
// 2024" is a critic's byline over a film's or a product's review, and
// dates the page.
func (s *scanner) reviewerNote(t string) bool {
	if !reviewerHead(t) {
		return false
	}
	if s.held == nil && !slices.ContainsFunc(s.v.authorCands, func(c authorCand) bool { return c.pos >= 0 && c.pos < s.pos }) {
		return false
	}
	s.v.reviewerRow = true
	return true
}

// markReviewer flags the date just read from t when t opens with
// reviewerWords and no byline came before it (reviewerNote): a reviewer's
// row above the byline ("Reviewed by Dr. Ann Lee — May 17, 2024" over
// "Written by Jane Doe on May 20, 2024") dates the review, and
// visible.pick passes it over for a day read after it. Alone it is a
// critic's byline and dates the page.
func (s *scanner) markReviewer(t string) {
	if n := len(s.v.dates); n > 0 && s.v.dates[n-1].pos == s.pos && reviewerHead(t) {
		s.v.dates[n-1].reviewer = true
	}
}

// eventProps are microdata's properties of an event's time, lower-cased,
// and of the other days a page announces: an offer's or a job posting's
// validity ("validFrom", "validThrough", "priceValidUntil", an item's
// "availabilityStarts" and "availabilityEnds") and a creative work's
// "expires", and of a page's review ("lastReviewed", as otherDayWords).
var eventProps = setOf("startdate", "enddate", "doortime", "validfrom", "validthrough", "pricevaliduntil", "availabilitystarts", "availabilityends", "expires", "lastreviewed")

// eventTimeKeys are the words beside "event" in the name of an element
// that holds an event's day: its date, time, start or schedule, or the
// box of its details ("event-meta", "event-info", "event-details").
var eventTimeKeys = newKeySet("date", "time", "start", "schedule", "meta", "info", "detail")

// namesDate reports whether n's class or id names a date ("date",
// "post-date", "datum", "fecha").
func namesDate(n *html.Node) bool {
	cid := classID(n)
	return strings.Contains(cid, "date") || strings.Contains(cid, "datum") || strings.Contains(cid, "fecha")
}

// reEntryNote opens the note a blog template sets under a post, in its
// footer: "This entry was posted on Monday, March 3rd, 2014 at 10:00 am
// and is filed under …", "Dieser Artikel wurde am 14. Dezember 2015 um
// 14:48 von Heiner geschrieben und …".
var reEntryNote = regexp.MustCompile(`^(?i:(?:this|dieser|dieses|der|das)\s+)?(?i:` + entryNotePhrase + `)\s+`)

// entryNote reads the date of n, a block of any length that opens with a
// post's note of when it was posted: the note names the post itself, so
// its date is the publication's, as a label would say.
func (s *scanner) entryNote(n *html.Node) (when, bool) {
	t := leadText(n, 160)
	loc := reEntryNote.FindStringIndex(t)
	if loc == nil {
		return when{}, false
	}
	rest := t[loc[1]:]
	return s.parse(rest[:min(len(rest), 60)])
}

// leadKind is the kind of w, the date that opens a line before its labels:
// published when a label of the same line dates the update on another day
// ("December 3, 2025. Updated: December 7, 2025"): the line sets the two
// dates side by side, and the one not called the update is the first
// publication. The bare word "更新" and its colon before it, which
// findLabels takes for no label, make it the update of a publication
// label of the line: "更新：2024年5月17日 公開日：2024年5月16日", the two
// blocks read as one. Otherwise unlabelled.
func (s *scanner) leadKind(lead string, labels []labelled, w when) string {
	if bareUpdateWord(lead) && slices.ContainsFunc(labels, func(l labelled) bool { return labelKind(l.label) == kindPublished }) {
		return kindModified
	}
	for _, l := range labels {
		if labelKind(l.label) != kindModified {
			continue
		}
		if u, ok := s.parseLabelled(l); ok && !sameDay(u, w) {
			return kindPublished
		}
	}
	return ""
}

// inlineDate reads an inline element of a long block whose class names a
// date and whose text is one: "<div class=content><em class=date>Dienstag,
// 2. November 2021</em><h2>…" sets the dateline in the article's text.
func (s *scanner) inlineDate(n *html.Node) {
	if !namesDate(n) {
		return
	}
	if tl := textLenUpTo(n, 61); tl == 0 || tl > 60 {
		return
	}
	if t := strings.TrimSpace(textOf(n)); hasYearOrEpoch(t) {
		// "Updated on June 18, 2025": a label keeps its kind.
		s.pos++
		s.dateLine(n, t)
	}
}

// creditDate reads the date a source line states after the source's name:
// "来源：人民网 2024年03月05日", "Source: Reuters, 5 March 2024". The
// date must be most of what follows the name's first word, so that a
// sentence naming a date is not taken for a dateline.
//
// A Chinese source line names a paper's issue, its name run into its day
// and the page after it: "来源：《江城日报》2005年3月11日第2版", "来源：人民日报
// （2005年03月11日 第 10 版）". The name ends where its first digit
// stands, and the page is no part of the date.
func (s *scanner) creditDate(value string) {
	if len(value) > 160 {
		return
	}
	if !hasYearOrEpoch(value) {
		if s.yearFirst {
			s.creditShortYear(value)
		}
		return
	}
	rest := ""
	if i := strings.IndexAny(value, "0123456789"); i > 0 && holdsCJK(value[:i]) {
		rest = reIssuePage.ReplaceAllString(value[i:], "")
	}
	if f := strings.Fields(value); rest == "" && len(f) >= 2 {
		rest = strings.Join(f[1:], " ")
	}
	if rest == "" || !dateCovers(rest) {
		return
	}
	if w, ok := s.parse(rest); ok {
		s.addDate(w, "", "visible-text")
	}
}

// creditShortYear reads the date with a two-digit year that closes a
// source line on a page that writes the year first (yearFirst): "来源：江城
// 日报 24/03/05 10:15", as Chinese portals print the day after the source
// as often as before it ("24-03-05 10:15 来源：江城日报", read as the
// line's lead). The date must be all that follows the name.
func (s *scanner) creditShortYear(value string) {
	loc := reCreditShortYear.FindStringIndex(value)
	if loc == nil || loc[0] == 0 || !holdsCJK(value[:loc[0]]) {
		return
	}
	if w, ok := parseShortYearFirst(value[loc[0]:]); ok {
		s.addDate(w, "", "visible-text")
	}
}

// reCreditShortYear is a numeric date with a two-digit year, and maybe
// its time, that ends a source line after a space: " 24/03/05 10:15",
// " 24-03-05". The year may stand first or last; cleanCredit cuts it either
// way, and creditShortYear reads it year first.
var reCreditShortYear = regexp.MustCompile(`[\s\x{3000}]\d{1,2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?$`)

// reIssuePage is the page of a paper's issue that closes a Chinese
// source line after its day, and the page's name after it: "第2版", "第
// 10 版", "A2版", "第三期", "第02版：城事".
var reIssuePage = regexp.MustCompile(`\s*(?:第\s*[\d一二三四五六七八九十〇零]+\s*[版期]|[A-Z]?\d{1,3}\s*版)(?:\s*[:：]\s*\p{Han}{1,8})?\s*[)）]?\s*$`)

// editionDay reports whether t, a block that is a date, names the page
// of a paper's issue after it: "江城日报 2024年03月05日 第02版", as a
// paper's e-paper heads each article's page. The day is the issue's, and
// so the article's, however far above the headline the edition's list
// of articles sets it.
func editionDay(t string) bool {
	return strings.Contains(t, "版") && holdsCJK(t) && reIssuePage.MatchString(t)
}

// ownTextHasDigit reports whether a text node that is a child of n holds a
// digit: the cheap test before looseDates, which reads only those.
func ownTextHasDigit(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && hasDigit(c.Data) {
			return true
		}
	}
	return false
}

// kindOf reads the class of a date element and of its parent: WordPress and
// others mark "published" and "updated" dates there.
func (s *scanner) kindOf(n *html.Node) string {
	if eventDate(n) {
		return kindEvent
	}
	own := classID(n)
	parent := "" // no word looked for holds the space that joined the two
	if n.Parent != nil {
		parent = classID(n.Parent)
	}
	either := func(w string) bool { return strings.Contains(own, w) || strings.Contains(parent, w) }
	switch {
	case strings.Contains(own, "publish") || strings.Contains(own, "entry-date"):
		// hAtom's "entry-date published updated" on one element: a post
		// never edited, its publication (the _s starter themes).
		return "published"
	case either("updated") || either("modified") || either("name-changed") || either("field-changed"):
		// Drupal prints a node's fields in elements named for them:
		// "field--name-changed" (Drupal 8 and later), "views-field-changed",
		// the node's last save, beside "field--name-created".
		return "modified"
	case either("publish") || either("entry-date") || either("post-date"):
		return "published"
	}
	if s.pending != "" && s.pos-s.pendingPos <= 2 {
		return s.pending
	}
	return ""
}

// timeKind is the kind of the date a <time> element n states: its
// class's or the pending label's (kindOf), else that of the label its
// text opens with: "<time datetime=…>Aktualisiert am 17.05.</time>",
// "<time datetime=…>Modifié le 17 mai</time>". Its text without the year
// is no date the line's labels read; the element's datetime is read
// without them.
func (s *scanner) timeKind(n *html.Node) string {
	if k := s.kindOf(n); k != "" {
		return k
	}
	if t := textOfUpTo(n, 80); len(t) <= 80 {
		if i := strings.IndexFunc(t, func(r rune) bool { return asciiDigit(r) >= 0 }); i > 0 {
			if k := labelKind(asciiLower(strings.TrimRight(strings.TrimSpace(t[:i]), ":： "))); k == kindPublished || k == kindModified {
				return k // "Aktualisiert am 17.05."
			}
		}
	}
	return ""
}

// reNumericDate is a date in numbers whose day and month may trade places:
// "03/04/2024", and with a two-digit year, "03/04/24".
var reNumericDate = regexp.MustCompile(`\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b`)

// parse reads a date in visible text. An all-numeric date whose day and
// month could trade places is read the other way than the page's locale
// says when only that reading is a day the page states in machine-readable
// form: "02-12-2025" on a page whose <time datetime> says 2025-12-02. A
// dotted date ("07.11.2023") is read day first on any page, as the
// languages that write dates so do (US English separates with slashes),
// unless only the other reading is a day the page states.
func (s *scanner) parse(t string) (when, bool) {
	if todayAbove(t, s.v.h1Pos >= 0) {
		return when{}, false
	}
	t = commonEraDates(t)
	if s.listopadOctober {
		t = croatianOctober(t)
	}
	if s.malay {
		t = malayMonthFirst(t)
	}
	if s.yearFirst {
		if w, ok := parseShortYearFirst(t); ok {
			return w, true
		}
	}
	if s.persian && solarShortYear(t) {
		return when{}, false
	}
	w, ok := parseDate(t, s.dayFirst)
	if !ok && s.persian {
		return jalaliDigits(t)
	}
	if ok && w.t.Day() > 12 {
		s.v.noteOrder(reNumericDate.FindString(t))
	}
	if !ok || w.t.Day() > 12 {
		return w, ok
	}
	num := reNumericDate.FindString(t)
	dotted := !s.dayFirst && strings.Contains(num, ".")
	if num == "" || len(s.isoDates) == 0 && !dotted {
		return w, ok
	}
	o, ok2 := parseDate(t, !s.dayFirst)
	if !ok2 || sameDay(o, w) {
		return w, ok
	}
	states := func(x when) bool {
		return slices.ContainsFunc(s.isoDates, func(d string) bool {
			if len(d) < 10 || d[4] != '-' { // not year first: no evidence
				return false
			}
			iso, ok := parseDate(d, s.dayFirst)
			return ok && sameDay(iso, x)
		})
	}
	if states(o) && !states(w) || dotted && !(states(w) && !states(o)) {
		o.byOrder = false
		return o, true
	}
	if states(w) && !states(o) {
		w.byOrder = false // the page's own dates confirm the order
	}
	return w, ok
}

// noteOrder counts num, a numeric date the page shows (reNumericDate),
// when its numbers tell the order of day and month: "17/06/2024" is
// written day first, "06/17/2024" month first. A dotted date tells
// nothing: all that write one put the day first (byOrder).
func (v *visible) noteOrder(num string) {
	if num == "" || strings.Contains(num, ".") {
		return
	}
	f := strings.FieldsFunc(num, func(r rune) bool { return r < '0' || r > '9' })
	a, _ := strconv.Atoi(f[0])
	b, _ := strconv.Atoi(f[1])
	switch {
	case a > 12 && b <= 12:
		v.dayShown++
	case b > 12 && a <= 12:
		v.monthShown++
	}
}

// shownOrder reports whether the page's numeric dates are written day
// first, as those whose numbers tell the order all are (noteOrder); ok is
// false when none tells or they disagree.
func (v *visible) shownOrder() (dayFirst, ok bool) {
	if (v.dayShown > 0) == (v.monthShown > 0) {
		return false, false
	}
	return v.dayShown > 0, true
}

// parseLabelled reads the date after a label. A label of a language that
// writes the day first ("Datum:", "Fecha:", "Дата:") says how to read
// "05.03.2024" whatever the page declares; a Filipino one does not, nor,
// on an English page, an English one ("Last edited 03/05/2024" is the
// page's own order: 5 March in Britain, 3 May in the United States). After
// a label, as after a byline's name (creditTailDate), a dotted date with a
// two-digit year is read unpadded too ("Veröffentlicht am 16.5.24"): the
// label says it is no version number; so is a written day with a
// two-digit year ("Published 16 May 24", "Publicado el 16-may-24",
// fullYearDay).
func (s *scanner) parseLabelled(l labelled) (when, bool) {
	// "Veröffentlicht: 04.03.25, aktualisiert: 25.03.25": the comma
	// before the next label closes no date, and a two-digit year's is
	// read alone (parseShortYear).
	l.value = strings.TrimRight(l.value, " ,;")
	l.value = padShortYear(rocLabelled(l))
	if holdsCJK(l.label) {
		l.value = eraAbbrevLabelled(l.value) // "更新日：R6.5.16"
		l.value = closeSpacedDate(l.value)   // "发布日期： 2024 - 03 - 05"
	}
	if full, ok := fullYearDay(l.value); ok {
		l.value = full
	}
	if _, ok := dateLabelKinds[l.label]; ok && !monthFirstDateLabels[l.label] && !(s.english && englishLabel(l.label)) {
		if !s.dayFirst {
			s.dayFirst = true
			defer func() { s.dayFirst = false }()
		}
		w, ok := s.parse(l.value)
		w.byOrder = false // the label's language says the order
		return w, ok
	}
	return s.parse(l.value)
}

// englishLabelWords are the words of dateLabelKinds' English labels
// ("Last edited on", "Date of publication", "Member since").
var englishLabelWords = setOf("last", "edited", "on", "modified", "date", "published", "publish", "updated", "update", "created", "revised", "refreshed", "reviewed", "review", "of", "publication", "site", "website", "page", "activity", "active", "joined", "member", "since", "registered", "effective", "as", "from", "end", "start", "event", "expiration", "expiry", "expires", "deadline", "application", "apply", "by", "closing", "submission", "valid", "through", "until", "next", "due", "birth")

// englishLabel reports whether every word of l, a label of
// dateLabelKinds, is English (englishLabelWords), in any case: "data"
// and "datum" are other languages' date.
func englishLabel(l string) bool {
	for w := range strings.FieldsSeq(l) {
		if !englishLabelWords[asciiLower(w)] {
			return false
		}
	}
	return l != ""
}

// bylineTimes reads the datetime of the <time> elements of n, a byline
// read as a whole that gave no date: its text says "3 hours ago" or holds
// an icon where the date would be ("By Jane Doe · <time
// datetime=…>3 hours ago</time>"), and its datetime is the date.
func (s *scanner) bylineTimes(n *html.Node) {
	walk(n, func(c *html.Node) bool {
		if c.DataAtom != atom.Time {
			return true
		}
		if w, ok := s.parse(attr(c, "datetime")); ok {
			s.addDate(w, s.timeKind(c), "time-element")
		}
		return false
	})
}

// instantsShown gives the dates n's text gave from found on, read without
// their zone, the instant of a <time datetime> inside n that states them
// (dateCand.at):
// "Published: <time datetime="2024-03-15T13:20:00+01:00">March 15, 2024,
// 13:20</time>" is read as a line of text, and the element adds the zone
// its text leaves out. It must be the one instant n's <time> elements
// state on that day, at the minute the text shows when it shows one (a
// post's published and updated elements of the same afternoon, both
// shown as the day alone, would be a guess).
func (s *scanner) instantsShown(n *html.Node, found int) {
	var instants []when
	walk(n, func(c *html.Node) bool {
		if c.DataAtom != atom.Time {
			return true
		}
		if w, ok := parseDate(attr(c, "datetime"), s.dayFirst); ok && w.hasTime && w.hasZone {
			instants = append(instants, w)
		}
		return false
	})
	if len(instants) == 0 {
		return
	}
	for i := found; i < len(s.v.dates); i++ {
		d := &s.v.dates[i]
		if d.w.hasZone {
			continue
		}
		if j, ok := instantOn(d.w, len(instants), func(j int) when { return instants[j] }); ok {
			d.at = instants[j]
		}
	}
}

// updatedTimes reads the update of n, a byline read as a whole whose text
// gave its dates from found on: a <time> that only hAtom's "updated" or
// "modified" class names ("<time class=\"entry-date published\">March 12,
// 2024</time><time class=\"updated\">April 2, 2024</time>", the _s starter
// themes' pair, the second hidden until the post is edited): a day the
// text did not give, or one it read without a label beside another day.
func (s *scanner) updatedTimes(n *html.Node, found int) {
	walk(n, func(c *html.Node) bool {
		if c.DataAtom != atom.Time {
			return true
		}
		cid := classID(c)
		changed := drupalChanged(c)
		if !changed && (!strings.Contains(cid, "updated") && !strings.Contains(cid, "modified") || strings.Contains(cid, "publish") || strings.Contains(cid, "entry-date")) {
			return false
		}
		w, ok := s.parse(attr(c, "datetime"))
		if !ok {
			return false
		}
		i := slices.IndexFunc(s.v.dates[found:], func(d dateCand) bool { return sameDay(d.w, w) })
		switch {
		case i < 0:
			s.addDate(w, kindModified, "time-element")
		case s.v.dates[found+i].kind == "" && slices.ContainsFunc(s.v.dates[found:], func(d dateCand) bool { return !sameDay(d.w, w) }):
			// The text read the update's day as an unlabelled date
			// beside the publication's ("Posted on March 3,
			// 2025March 5, 2025", the hidden second <time> run on):
			// its class says what it is. A line's one day stays
			// what it was, whatever its <time> is classed (The
			// Verge's "<time class=updated pubdate>").
			s.v.dates[found+i].kind = kindModified
		case s.v.dates[found+i].kind == "" && changed:
			// Drupal's "changed" field is the node's last save,
			// alone on the line too (its "created" is not shown).
			s.v.dates[found+i].kind = kindModified
		}
		return false
	})
}

// drupalChanged reports whether n, a <time>, or its parent is the field
// Drupal (8 and later) names for a node's last save: "field--name-changed",
// Views' "views-field-changed" (kindOf reads it so).
func drupalChanged(n *html.Node) bool {
	for i, p := 0, n; i < 2 && p != nil && p.Type == html.ElementNode; i, p = i+1, p.Parent {
		if changedFieldClass(classID(p)) {
			return true
		}
	}
	return false
}

// drupalChangedField reports whether n is, or wraps alone, the field
// Drupal names for a node's last save: "field--name-changed", Views'
// "views-field-changed", a Layout Builder block of it
// ("block-field-blocknodeblogchanged", from "field_block:node:blog:changed").
// Themes show it as the post's date, but it is the update: Drupal's
// "created" field is the publication.
func drupalChangedField(n *html.Node) bool {
	for i, c := 0, n; i < 4 && c != nil; i, c = i+1, onlyChildElement(c) {
		if changedFieldClass(classID(c)) {
			return true
		}
	}
	return false
}

// changedFieldClass reports whether cid, an element's classID, names
// Drupal's "changed" field (drupalChanged, drupalChangedField).
func changedFieldClass(cid string) bool {
	if strings.Contains(cid, "name-changed") || strings.Contains(cid, "field-changed") {
		return true
	}
	if !strings.Contains(cid, "block-field-blocknode") {
		return false // no word can open with it: no words cut
	}
	for _, f := range strings.Fields(cid) {
		if strings.HasPrefix(f, "block-field-blocknode") && strings.HasSuffix(f, "changed") {
			return true
		}
	}
	return false
}

// updatedNote reads the update an inline element of n states when hAtom's
// "updated" class names it ("<span class=\"updated rich-snippet-hidden\">
// 2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span>", the
// machine-readable stamp WordPress themes set in the post's meta line for
// the hAtom microformat, most often hidden by CSS), and returns t, n's
// text, without it: the line's other date is then read as its own, not the
// stamp that opens it. Only an element whose text is a date alone and
// only when the rest of t holds another date: a meta line whose one date
// is classed "updated" is read as before (kindOf).
func (s *scanner) updatedNote(n *html.Node, t string) string {
	var note *html.Node
	walk(n, func(c *html.Node) bool {
		if note != nil || c.Type != html.ElementNode {
			return false
		}
		if c == n {
			return true
		}
		if isBlockTag(c.DataAtom) {
			return false
		}
		if hAtomUpdated(attr(c, "class")) {
			note = c
			return false
		}
		return c.DataAtom != atom.Time
	})
	if note == nil || note.DataAtom == atom.Time && !beforeTime(note) {
		return t
	}
	u := strings.TrimSpace(textOf(note))
	i := strings.Index(t, u)
	if u == "" || i < 0 || !dateCovers(u) {
		return t
	}
	rest := strings.TrimSpace(t[:i] + " " + t[i+len(u):])
	if _, ok := parseDate(rest, s.dayFirst); !ok {
		return t // a year alone is no date ("Filed under 2024 Elections")
	}
	w, ok := s.parse(u)
	if !ok {
		return t
	}
	s.addDate(w, kindModified, "visible-text")
	return rest
}

// beforeTime reports whether the next element after n is a <time>:
// GeneratePress prints an edited post's "<time class=updated>" before its
// "<time class=\"entry-date published\">", where the text's first date is
// the update's. The _s starter themes' pair in the other order is read by
// updatedTimes.
func beforeTime(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c.DataAtom == atom.Time
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return false
}

// hAtomUpdated reports whether a class attribute holds hAtom's "updated"
// and not "published" or "entry-date", which mark the publication (a post
// never edited carries both).
func hAtomUpdated(class string) bool {
	updated := false
	for _, tok := range strings.Fields(class) {
		switch strings.ToLower(tok) {
		case "updated":
			updated = true
		case "published", "entry-date":
			return false
		}
	}
	return updated
}

// looseDates reads the text that n holds outside any element of its own
// when it is a date alone ("<legend>Title</legend> 20 December 2025 <div>…"):
// pages written by hand put the dateline there.
func (s *scanner) looseDates(n *html.Node) {
	s.original = false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !isBlockish(c) {
			s.inlineDate(c)
			continue
		}
		if c.Type != html.TextNode {
			continue
		}
		if t := strings.TrimSpace(c.Data); t != "" && len(t) <= 40 && dateCovers(t) {
			// "By Jane Doe<br>Last updated on March 4, 2024": the label
			// that opens the text gives the date its kind; a date that
			// another label opens (an event's) is not the post's.
			kind := ""
			if ls := splitLabels(t); len(ls) > 0 && strings.HasPrefix(t, ls[0].raw) {
				if kind = labelKind(ls[0].label); kind != kindPublished && kind != kindModified {
					continue
				}
			}
			if w, ok := s.parse(t); ok {
				s.pos++
				s.addDate(w, kind, "visible-text")
			}
		}
	}
}

// maxNoteDate bounds the text after an "originally published" note's
// words that its date is looked for in.
const maxNoteDate = 80

// noteDate records the date that follows the words of t, an "originally
// published" note of at most 240 bytes (originalNotes), as the note's
// date: "Dieser Beitrag erschien zuerst am 3. März 2020 in der Zeit",
// "Publicado originalmente el 3 de marzo de 2020". The note's sentence
// carries no label that the label readers know, and a date inside a
// sentence is not read as a date line.
func (s *scanner) noteDate(t string) {
	if len(t) > 240 || !hasYearOrEpoch(t) {
		return
	}
	lt := strings.ToLower(t)
	i, n := originalNoteAt(lt)
	if i < 0 {
		return
	}
	rest := lt[i+n:]
	if w, ok := s.parse(rest[:min(len(rest), maxNoteDate)]); ok {
		s.addDate(w, kindOriginal, "visible-text")
	}
}

func (s *scanner) addDate(w when, kind, src string) {
	if kind == kindEvent {
		return
	}
	if s.original && kind != kindModified {
		kind = kindOriginal
	}
	if s.shownOverNote && kind == "" {
		kind = kindModified
	}
	s.v.dates = append(s.v.dates, dateCand{w: w, kind: kind, src: src, pos: s.pos, aside: s.aside, teaser: kind == "" && (s.inCard || s.othersDate(s.node) || pictureCaption(s.node))})
}

// datesAboveHeadline moves the dates of the block read just before the
// headline, which share the headline's position (the scan counts a block
// as it enters it, the headline as it leaves it), one position up: they
// stand above it, as a dateline over the title does (visible.pick).
func (s *scanner) datesAboveHeadline() {
	for i := range s.v.dates {
		if s.v.dates[i].pos == s.pos {
			s.v.dates[i].pos--
		}
	}
	if s.topDay == s.pos {
		s.topDay-- // the top bar's day noted there (noteTopBarDay)
	}
}

// pictureCaption reports whether n, a block, is a picture's credit line:
// in a <figcaption>, or classed a caption beside the picture
// (pictureCredit), and opening with a word for a photo ("Foto: 1 марта
// 2025", "Photo: March 1, 2025"). A date there is the picture's, over
// the story's own date line, as a credit there is the photographer's. A
// caption that opens with the date is the story's meta line under its
// picture ("<figcaption>31.01.2022 2. HBL</figcaption>").
func pictureCaption(n *html.Node) bool {
	if n == nil || !inCaption(n) {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(textOfUpTo(n, 40)))
	for _, w := range photoWords {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// photoWords open a picture's credit line: "Photo:", "Foto:", "Фото:".
var photoWords = []string{"photo", "foto", "фото", "image", "imagen", "imagem", "immagine", "bild", "zdjęcie", "fotoğraf", "صورة", "الصورة", "عکس", "사진", "写真", "ảnh", "छवि", "तस्वीर", "credit", "crédit", "crédito"}

// inCaption reports whether n is a <figcaption>, lies in one, or is
// classed a caption (or its parent is) beside a picture.
func inCaption(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption || hasAncestor(n, byTag(atom.Figcaption)) {
		return true
	}
	p := n.Parent
	if p == nil || p.Type != html.ElementNode || !classIDHolds(n, "caption") && !classIDHolds(p, "caption") {
		return false
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Img {
			return true
		}
	}
	return false
}

// labelDate reads the date of l, a publication or update label (kind)
// among a block's labels. A label standing alone without a value waits
// for the next block's date (pending): waits. A lone Chinese update label
// is the CMS's only dateline, of no kind (zhinfo.go: cjkLoneUpdate).
// dated reports whether l's value gave a date.
func (s *scanner) labelDate(kind string, l labelled, labels []labelled) (waits, dated bool) {
	if wordDateLabels[strings.ToLower(l.label)] && !dateCovers(l.value) {
		return false, false
	}
	lone := kind == kindModified && cjkLoneUpdate(l, labels) && !s.publishedJustAbove()
	if lone {
		kind = ""
	}
	if l.value == "" && len(labels) == 1 {
		s.pending, s.pendingPos = kind, s.pos
		return true, false
	}
	w, ok := s.parseLabelled(l)
	if !ok && kind == kindModified {
		if isCJKName(l.label) {
			if w, ok = s.yearlessUpdate(l.value); !ok {
				s.slashUpdateMonthDay(l.value)
			}
		} else if w, ok = s.yearlessWordUpdate(l.value); !ok {
			if w, ok = s.sameDayUpdate(l.value); !ok {
				s.updateMonthDay(l.value)
			}
		}
	}
	if ok {
		s.addDate(w, kind, "visible-text")
		s.v.dates[len(s.v.dates)-1].loneUpdate = lone
		if kind == kindPublished {
			s.updateTail(l.value)
		}
	} else if !s.ago(l.value, kind) && kind != kindModified {
		if isCJKName(l.label) {
			s.cjkMonthDay(nil, l.value, true) // "发布时间：05-16 10:21"
		} else {
			s.shownMonthDay(nil, l.value)   // "Опубликовано: 3 мая, 14:30"
			s.addressMonthDay(nil, l.value) // "Posted on May 16"
		}
	}
	return false, ok
}

// updateTail reads the update that the value of a publication label
// holds after its date under the bare word "更新" and its colon, which
// findLabels does not take for a label (zhinfo.go: loneUpdateWord): Hong
// Kong's "出版：2024-05-16 10:21 更新：2024-05-17 09:00", "发布：… 更新：…".
func (s *scanner) updateTail(v string) {
	i := strings.Index(v, "更新")
	if i <= 0 {
		return
	}
	rest, ok := afterUpdateWord(v[i+len("更新"):])
	if rest = strings.TrimSpace(rest); !ok || !dateCovers(rest) {
		return
	}
	if w, ok := s.parse(rest); ok {
		s.addDate(w, kindModified, "visible-text")
	}
}

// reMonthDaySlash is a month and day without their year, month first,
// maybe the weekday in brackets, and maybe a time: "5/18 10:00", "3/5(火)
// 10:15" (Yahoo! Japan News).
var reMonthDaySlash = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})(?:\s*[（(][^）)]{1,9}[）)])?(?:\s*(\d{1,2}):(\d{2}))?(?:$|[^\d/])`)

// reMonthDayKanji is a month and day without their year in kanji, maybe
// the weekday in brackets, and maybe a time: "5月18日 10時00分", "5月18日
// 10:00".
var reMonthDayKanji = regexp.MustCompile(`^(\d{1,2})月(\d{1,2})日(?:\s*[（(][^）)]{1,9}[）)])?(?:\s*(\d{1,2})[:時](\d{2})分?)?(?:$|[^\d/])`)

// yearlessUpdate reads the update a line states after its publication
// date by its month and day alone, in the year of that publication (or the
// next, for a December story updated in January): "2024年5月16日 12:00
// （最終更新 5/18 10:00）", "2024年5月16日 10時00分（最終更新 5月18日
// 12時00分）", as Japanese, Chinese and Korean datelines write an update
// of the same year. Month first, as these languages write dates; none
// unless the line's publication date was read before it, and never
// before that date.
func (s *scanner) yearlessUpdate(v string) (when, bool) {
	v = strings.TrimSpace(v)
	if len(v) > 32 || v == "" || !isASCIIDigit(v[0]) {
		return when{}, false
	}
	m := reMonthDaySlash.FindStringSubmatch(v)
	if m == nil {
		m = reMonthDayKanji.FindStringSubmatch(v)
	}
	if m == nil {
		return when{}, false
	}
	return updateAfter(s.linePublished(), atoi(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4]), m[3] != "")
}

// slashUpdateMonthDay records the update without its year that v, the
// value of a CJK update label after a publication without its year on
// the same line (monthDay), gives month first: "3/3(日) 14:05配信
// 最終更新:3/5(火) 10:15", as Yahoo! Japan News prints this year's
// stories. The year is the publication's (yearlessUpdateDate). None when
// the line's publication date was read with its year (yearlessUpdate
// reads that), when the line states no publication ("最終更新 5/18
// 10:00" alone: TestYearlessUpdateAfterPublication), or when an update
// was recorded.
func (s *scanner) slashUpdateMonthDay(v string) {
	v = strings.TrimSpace(v)
	if md := s.v.monthDay; md == nil || md.pos != s.pos || s.v.updateDay != nil || len(v) > 24 || v == "" || !isASCIIDigit(v[0]) || !s.linePublished().t.IsZero() {
		return
	}
	m := reMonthDaySlash.FindStringSubmatch(v)
	if m == nil {
		return
	}
	mon, day := atoi(m[1]), atoi(m[2])
	if mon < 1 || mon > 12 || day < 1 || day > 31 || atoi(m[3]) > 23 || atoi(m[4]) > 59 {
		return
	}
	s.v.updateDay = &monthDay{mon: mon, day: day, hour: atoi(m[3]), min: atoi(m[4]), hasTime: m[3] != "", pos: s.pos, thisYear: true}
}

// linePublished is the date of the line being read that is not an
// update, read before the label now read: zero for none.
func (s *scanner) linePublished() when {
	for i := len(s.v.dates) - 1; i >= 0 && s.v.dates[i].pos == s.pos; i-- {
		if s.v.dates[i].kind != kindModified {
			return s.v.dates[i].w
		}
	}
	return when{}
}

// yearlessWordUpdate reads the update a line states after its
// publication date by a named month and its day, at a time of day or not,
// in the year of that publication: "Published May 16, 2024 · Updated May
// 17 at 10:21 AM", as US news sites print this year's days. None unless
// the line's publication date was read before it, and never before that
// date.
func (s *scanner) yearlessWordUpdate(v string) (when, bool) {
	v = strings.TrimSpace(v)
	if len(v) > maxShownMonthDay || v == "" || !hasDigit(v) || hasYearOrEpoch(v) {
		return when{}, false
	}
	pub := s.linePublished()
	if pub.t.IsZero() {
		return when{}, false
	}
	w, h, m, hasTime, ok := s.dayAtTime(v)
	if !ok {
		return when{}, false
	}
	return updateAfter(pub, int(w.t.Month()), w.t.Day(), h, m, hasTime)
}

// sameDayUpdate reads the update that v, an update label's value, states
// by its time of day alone, as US news sites print an update on the
// publication's day: "March 12, 2024, 10:15 a.m. ET · Updated 11:00 a.m.
// ET". It is that day at that time in the publication's zone, read only
// when the publication was read just above or on the line (sameDayWindow)
// with its time and its zone, and never before it: an earlier time would
// be a later day's.
func (s *scanner) sameDayUpdate(v string) (when, bool) {
	v = strings.TrimSpace(v)
	if len(v) > 24 || v == "" || v[0] < '0' || v[0] > '9' {
		return when{}, false
	}
	loc := reTimeOfDay.FindStringIndex(v)
	if loc == nil || loc[0] != 0 || !onlyTimeWords(v[loc[1]:]) {
		return when{}, false
	}
	var pub when
	for i := len(s.v.dates) - 1; i >= 0 && s.pos-s.v.dates[i].pos <= sameDayWindow; i-- {
		if d := s.v.dates[i]; d.kind != kindModified && !d.teaser && !d.aside {
			pub = d.w
			break
		}
	}
	if !pub.hasTime || !pub.hasZone {
		return when{}, false
	}
	hour, minute := timeOfDay(v[:loc[1]])
	hour = hour24(hour, halfOfDay(v[loc[1]:]))
	if hour > 23 || minute > 59 {
		return when{}, false
	}
	y, m, d := pub.t.Date()
	t := time.Date(y, m, d, hour, minute, 0, 0, pub.t.Location())
	if t.Before(pub.t) {
		return when{}, false
	}
	return when{t: t, hasTime: true, hasZone: true}, true
}

// sameDayWindow is how many blocks above an update stated by its time
// alone the publication it follows may stand.
const sameDayWindow = 2

// updateMonthDay records the update without its year that v, the value
// of an update label on a line that states no publication date, gives
// ("Updated May 17 at 10:21 AM", "Updated May 17"), when none was
// recorded: US news sites print this year's days so.
func (s *scanner) updateMonthDay(v string) {
	v = strings.TrimSpace(v)
	if s.v.updateDay != nil || len(v) > maxShownMonthDay || v == "" || !hasDigit(v) || hasYearOrEpoch(v) || !s.linePublished().t.IsZero() {
		return
	}
	if w, h, m, hasTime, ok := s.dayAtTime(v); ok {
		s.v.updateDay = &monthDay{mon: int(w.t.Month()), day: w.t.Day(), hour: h, min: m, hasTime: hasTime, pos: s.pos, thisYear: true}
	}
}

// creditTailDate reads the date that ends a byline or the value of an
// author label, after a comma, a bar, a slash or a dash: "Autor: Hans
// Müller, 08.05.2012", "Auteur : Jean Dupont, 8 mai 2012", "von <a>Hans
// Müller</a>, 8.5.12". The first separator after which the rest is a date
// and little else counts, so the commas and slashes inside the date ("May
// 8, 2012", "08/05/2012") do not cut it. After a byline's name a dotted
// date with a two-digit year is read unpadded too ("8.5.12"): there it is
// no version number.
func (s *scanner) creditTailDate(v string) (when, bool) {
	if len(v) > 160 || !hasDigit(v) {
		return when{}, false
	}
	update := updateLabelEnd(v)
	for i, r := range v {
		if !strings.ContainsRune(",|/·•–-", r) {
			continue
		}
		if update > 0 && i >= update {
			// "Jane Doe, CNN Updated 5:01 AM EST, Mon March 3, 2025":
			// the comma cuts the update's own value (its time, then
			// its day), which the line's labels read as the update.
			return when{}, false
		}
		rest := apostropheYearDay(padShortYear(strings.TrimSpace(v[i+utf8.RuneLen(r):])))
		if rest == "" || !dateSized(rest) || !dateCovers(rest) {
			continue
		}
		if ls := findLabels(rest); len(ls) > 0 && ls[0].start == 0 && labelKind(ls[0].label) == kindModified {
			// "TOI News Desk / Updated: Mar 12, 2024, 10:15 IST": the
			// update is no byline's date (the labelled update is read
			// as such where the line's labels are).
			return when{}, false
		}
		if w, ok := s.parse(rest); ok {
			return w, true
		}
	}
	// "By lupa on 26/10/13, 03:48 pm", "Von Hans Müller am 26.10.13":
	// the word that introduces a byline's date with a two-digit year, as
	// forum posts write it (htmldate reads "26/10/13" anywhere). A date
	// with its full year is read where the byline is (scanner.go).
	for i := 0; i < len(v); {
		j := strings.IndexByte(v[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
		k := strings.IndexByte(v[i:], ' ')
		if k <= 0 || !(datePrepositions[v[i:i+k]] || v[i:i+k] == "on") {
			continue
		}
		rest := padShortYear(strings.TrimSpace(v[i+k:]))
		if len(rest) <= 40 && !hasYearOrEpoch(rest) && dateCovers(rest) {
			if w, ok := s.parse(rest); ok {
				return w, true
			}
		}
	}
	return when{}, false
}

// addTailDate adds the date that closes t, a byline or an author label's
// value (creditTailDate), as the byline's date; it reports whether there
// was one.
func (s *scanner) addTailDate(t string) bool {
	w, ok := s.creditTailDate(t)
	if ok {
		s.addDate(w, "", "byline-text")
	}
	return ok
}

// updateLabelEnd returns where the last date label of v ends when that
// label names an update, and 0 otherwise: what follows it is the update's
// value, its time first at times ("Updated 5:01 AM EST, Mon March 3,
// 2025", CNN's and Gannett's order), not a date closing the byline.
func updateLabelEnd(v string) int {
	ls := findLabels(v)
	if len(ls) == 0 || labelKind(ls[len(ls)-1].label) != kindModified {
		return 0
	}
	return ls[len(ls)-1].end
}

// apostropheYearDay writes t, a written day whose year is two digits
// after an apostrophe ("May 16, '24", "16 May ’24"), as US and British
// sites abbreviate a year in a meta line, with its full year (fullYearDay,
// 19yy from '95 on as fullYear reads it);
// other text is returned as is. The apostrophe tells the year from a
// day's number: "May 16 24" is not read so.
func apostropheYearDay(t string) string {
	i := strings.LastIndexAny(t, "'’")
	if i < 0 {
		return t
	}
	tail := strings.TrimPrefix(strings.TrimPrefix(t[i:], "'"), "’")
	if len(tail) != 2 || !isASCIIDigit(tail[0]) || !isASCIIDigit(tail[1]) {
		return t
	}
	if full, ok := fullYearDay(t[:i] + "'" + tail); ok {
		return full
	}
	return t
}

// reUnpaddedShortYear is a dotted date with a two-digit year whose day or
// month has one digit: "8.5.12", "8.05.12 14:30".
var reUnpaddedShortYear = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{2})\b`)

// padShortYear writes the day and month of a dotted date with a
// two-digit year that opens t with two digits each ("8.5.12" ->
// "08.05.12"), as parseShortYear reads it; other text is returned as is.
func padShortYear(t string) string {
	m := reUnpaddedShortYear.FindStringSubmatchIndex(t)
	if m == nil || m[3]-m[2] == 2 && m[5]-m[4] == 2 {
		return t
	}
	pad := func(d string) string {
		if len(d) == 1 {
			return "0" + d
		}
		return d
	}
	return pad(t[m[2]:m[3]]) + "." + pad(t[m[4]:m[5]]) + "." + t[m[6]:]
}

// headlineDate reads the date of a headline that is a document's kind and
// its day, as German agencies and councils title their releases:
// "Pressemitteilung vom 08.05.2012", "Medienmitteilung vom 8. Mai 2012":
// the label names the publication.
func (s *scanner) headlineDate(n *html.Node) {
	t := textOf(n)
	if len(t) > 80 || !hasYearOrEpoch(t) {
		return
	}
	for _, l := range splitLabels(t) {
		if labelKind(l.label) != kindPublished {
			continue
		}
		if w, ok := s.parseLabelled(l); ok {
			s.addDate(w, kindPublished, "visible-text")
			return
		}
	}
}

// agoOf is ago with the kind of element n (kindOf), found only for a
// block that holds a relative date: most do not.
func (s *scanner) agoOf(t string, n *html.Node) bool {
	d, ok := relativeSpan(strings.TrimSpace(t))
	if ok && d > maxAgo {
		return s.titledAgo(s.agoKind(n))
	}
	if !ok {
		d, ok = bareDay(t, n)
	}
	if ok && n != nil && teaserDate(n) {
		// "<li><a>城区改造</a><span>1小时前</span></li>": another page's
		// age, in a list of teasers, as their dates are (teaserDate).
		return true
	}
	if ok {
		s.addAgo(d, s.agoKind(n))
	}
	return ok
}

// agoKind is the kind of the relative date in n: the kind its element's
// class says, else a publication's when the element around it opens with
// a Chinese publication label, as Discuz! X prints a recent post's time
// ("<em>发表于 <span title="2024-3-17 12:30:15">3 天前</span></em>"):
// the label then dates the post as it does an absolute date, which a
// reply's "发表于 2024-3-18 09:00" below does not beat.
func (s *scanner) agoKind(n *html.Node) string {
	if k := s.kindOf(n); k != "" || n == nil || n.Parent == nil || n.Parent.Type != html.ElementNode {
		return k
	}
	t := strings.TrimSpace(textOfUpTo(n.Parent, 40))
	if holdsCJK(t) && slices.ContainsFunc(cjkAgoPublishedLabels, func(l string) bool { return strings.HasPrefix(t, l) }) {
		return kindPublished
	}
	return ""
}

// cjkAgoPublishedLabels are the labels agoKind reads before a relative
// date.
var cjkAgoPublishedLabels = []string{"发表于", "發表於", "发布于", "發布於", "發佈於"}

// cjkSourceAgo reads the relative time of t, a short Chinese info line
// near the headline, beside the source's name without its label, before it
// or after it: "2小时前 江城日报", "江城日报 昨天 10:21", as portals' mobile
// pages and feeds print a fresh story's (agoOf reads it alone).
func (s *scanner) cjkSourceAgo(t string, n *html.Node) {
	if len(t) > 60 || !holdsCJK(t) {
		return
	}
	i, j := strings.LastIndexByte(t, ' '), strings.IndexByte(t, ' ')
	if i <= 0 {
		return
	}
	if name := t[i+1:]; name != "" && cjkHanOnly(name) && s.agoOf(t[:i], n) {
		return
	}
	if name := t[:j]; cjkHanOnly(name) {
		s.agoOf(t[j+1:], n)
	}
}

// bareDay reads t when it is a word of dayWords alone ("Yesterday",
// "Gestern", "Hier", "Вчера") in a <time> or in an element the page
// names a date or a time (namesDate, "time"), n or its only child: the
// day that blogs, forums and news sites print in place of a recent
// post's date, without its time. In another block the word names a
// section or a heading as often.
func bareDay(t string, n *html.Node) (time.Duration, bool) {
	if len(t) > 24 || n == nil || hasDigit(t) {
		return 0, false
	}
	days, ok := dayWords[strings.ToLower(strings.Trim(t, " .,:\n\t"))]
	if !ok {
		return 0, false
	}
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.ElementNode {
		n = c // <p><span class="date">Gestern</span></p>
	}
	if n.DataAtom != atom.Time && !namesDate(n) && !strings.Contains(classID(n), "time") {
		return 0, false // <span class="time">Hôm qua</span>
	}
	return time.Duration(days) * 24 * time.Hour, true
}

// updateHeadMonthDay records the day without its year that t, a line
// whose first label is first, an update's, states before that label:
// "March 3 at 2:05 PM · Updated March 5 at 10:15 AM", "Sunday, March 3 ·
// Updated Tuesday, March 5", "zondag 3 maart, 14:05 • Aangepast zondag 3
// maart, 16:20". It is the line's publication, read as it is when it
// stands alone (shownMonthDay at a time of day, weekdayMonthDay after an
// English weekday); the label's value is the update (updateMonthDay).
// Before, the update label's line was read for its labels only, and the
// day before the first one was lost.
func (s *scanner) updateHeadMonthDay(n *html.Node, t string, first labelled) {
	if s.v.monthDay != nil || first.raw == "" {
		return
	}
	i := strings.Index(t, first.raw)
	if i <= 0 {
		return
	}
	head := strings.TrimRight(t[:i], " |｜·•–—-,")
	if head == "" || !hasDigit(head) || hasYearOrEpoch(head) {
		return
	}
	s.shownMonthDay(n, head)
	s.weekdayMonthDay(n, head)
}

// maxShownMonthDay bounds the text of a day without its year at a time of
// day.
const maxShownMonthDay = 40

// shownMonthDay records the day without its year that t, a block near the
// headline, is at a time of day, when no such day was recorded: "3 мая,
// 14:30", "May 3, 10:30 AM", "3. Mai, 14:30 Uhr", "3 mai à 14h30". News
// sites in many languages print this year's days so, the year only on
// older ones (a Chinese portal's "5月16日 10:21" is cjkMonthDay's). The
// time of day tells the line from a day in a teaser or a sentence (an
// event's "May 3"); its year is the address's or the fetch's (yearFor).
// A teaser's date and a line that links a headline are not read; n is
// nil for a publication label's value.
func (s *scanner) shownMonthDay(n *html.Node, t string) {
	if s.v.monthDay != nil || len(t) > maxShownMonthDay || !hasDigit(t) || hasYearOrEpoch(t) {
		return
	}
	if !reTimeOfDay.MatchString(t) || n != nil && teaserDate(n) {
		return
	}
	w, h, m, hasTime, ok := s.dayAtTime(t)
	if !ok || !hasTime {
		return
	}
	s.v.monthDay = &monthDay{mon: int(w.t.Month()), day: w.t.Day(), hour: h, min: m, hasTime: true, pos: s.pos, thisYear: true}
}

// dayAtTime reads t, a named month's day without its year and maybe a
// time of day, as a date alone (yearlessDay) and the time (hour, minute,
// hasTime). The day stands before the time or after it ("May 17 at 10:21
// AM", "14:30, 3 мая", "10:21 AM EDT, May 17"); the words around the time
// ("at", "à", "Uhr", "AM", "EDT") are dropped. ok false when t is not
// one: a day whose month is not named ("03.05, 14:30"), words other than
// a time's after the time.
func (s *scanner) dayAtTime(t string) (w when, hour, minute int, hasTime, ok bool) {
	day := t
	loc := reTimeOfDay.FindStringIndex(t)
	if loc != nil {
		if day = strings.TrimSpace(t[:loc[0]]); day == "" {
			day = t[loc[1]:]
		} else if !onlyTimeWords(t[loc[1]:]) {
			return when{}, 0, 0, false, false
		}
	}
	words := strings.FieldsFunc(day, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '-' || r == '–' })
	for len(words) > 0 && dayTimeWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && dayTimeWords[strings.ToLower(strings.Trim(words[0], ".,"))] {
		words = words[1:]
	}
	day = strings.Join(words, " ")
	if strings.IndexFunc(day, unicode.IsLetter) < 0 || len(day) > 24 || !strings.ContainsAny(day, "0123456789") {
		return when{}, 0, 0, false, false
	}
	if w, ok = s.yearlessDay(day); !ok {
		return when{}, 0, 0, false, false
	}
	if loc == nil {
		return w, 0, 0, false, true
	}
	hour, minute = timeOfDay(t[loc[0]:loc[1]])
	hour = hour24(hour, halfOfDay(t[loc[1]:]))
	if hour > 23 || minute > 59 {
		return when{}, 0, 0, false, false
	}
	return w, hour, minute, true, true
}

// weekdayMonthDay records the day without its year that t, a block near
// the headline, names after its weekday, when no such day was recorded:
// "Thursday, May 16", "Thu, May 16", "Thursday 16 May", and so as the
// last part of a meta line ("By Jane Doe · Thursday, May 16"). US news
// sites print this year's days so under the headline, the year in the
// address ("/2024/05/16/") or nowhere. The weekday tells the line from a
// day in a sentence, and checks the year read (yearlessDate): the
// address's, else the fetch's (yearFor). The weekdays of the other news
// languages open such a line too ("Dienstag, 12. März", "martes, 12 de
// marzo", "mardi 12 mars", "wtorek, 12 marca": otherWeekday).
func (s *scanner) weekdayMonthDay(n *html.Node, t string) {
	if s.v.monthDay != nil || len(t) > 120 {
		return
	}
	line := t
	t, ok := shortDayText(t)
	if !ok {
		t = ""
	}
	sp := strings.IndexAny(t, " ,")
	if sp < 2 || len(t) > 24 && utf8.RuneCountInString(t) > maxWeekdayDay {
		t, sp = "", -1
	}
	wd, ok := time.Weekday(0), false
	if sp > 0 {
		wd, ok = weekdayWord(t[:sp]) // "Dienstag, 12. März", "martes, 12 de marzo"
	}
	if !ok {
		// "By Jane Doe Tuesday, March 12": the byline and the day share
		// the line without a separator.
		t, wd, ok = bylineDayTail(line)
		sp = strings.IndexAny(t, " ,")
	}
	if !ok || teaserDate(n) {
		return
	}
	day := strings.TrimLeft(t[sp:], " ,")
	if day == "" {
		return
	}
	if w, ok := s.yearlessDay(day); ok {
		s.v.monthDay = &monthDay{mon: int(w.t.Month()), day: w.t.Day(), pos: s.pos, thisYear: true, weekday: int(wd) + 1}
	}
}

// bylineMonthDay records the day without its year that closes a meta
// line that a byline opens (its opening words and names), split into its
// fields (segs), when no such day was recorded: "By Jane Doe · March
// 20", "By Jane Doe | 20 Mar", "Von Anna Schmidt · 20. März".
// Blog and Medium-like templates print this year's posts so beside the
// writer's name, an older post's day with its year. The byline tells the
// line from a day in a sentence or an event's; the year is the
// address's, else the latest that does not put the day after the fetch
// (yearFor), as the relative displays such templates also print count
// back from it.
func (s *scanner) bylineMonthDay(n *html.Node, segs []string) {
	if s.v.monthDay != nil || len(segs) < 2 || teaserDate(n) {
		return
	}
	by := strings.TrimSpace(segs[0])
	loc := byPrefix(by)
	if loc == nil || !looksLikeNames(splitAuthors(by[loc[1]:])) {
		return // "By the council's count · March 20"
	}
	day := strings.TrimSpace(segs[len(segs)-1])
	if len(day) > 24 || strings.IndexFunc(day, unicode.IsLetter) < 0 {
		return
	}
	if w, ok := s.yearlessDay(day); ok {
		s.v.monthDay = &monthDay{mon: int(w.t.Month()), day: w.t.Day(), pos: s.pos}
	}
}

// addressMonthDay records the day without its year that t, a block or a
// publication label's value (n nil), is alone, or closes as the last
// part of a meta line, when none was recorded: "May 16", "16 May", "By
// Jane Doe | May 16". Blog themes (WordPress's "F j" date format,
// Blogger's) print this year's posts so, under an address that holds the
// year and the month ("/2024/05/my-post/"). Nothing on the line tells the
// day from an event's, so it is read only when the address gives its
// month, in the address's year (yearlessDate); a teaser's
// day is not read, nor a day the block gave with its weekday or time of
// day (monthDay), which is read by its own rules. Under an address that
// holds the year alone ("/2024/my-post/"), the day is read only from an
// element named for a date (WordPress themes' "post-date" and
// "entry-date", Substack's "post-date": namedDateBlock), whose name tells
// it from an event's.
func (s *scanner) addressMonthDay(n *html.Node, t string) {
	if s.v.addressDay != nil || len(t) > 80 || !hasDigit(t) {
		return
	}
	named := false
	if !s.datedAddress {
		if !s.yearAddress || n == nil || !namedDateBlock(n) {
			return
		}
		named = true
	}
	if md := s.v.monthDay; md != nil && md.pos == s.pos {
		return // "Thursday, May 16": the weekday's day, checked by it
	}
	t, ok := shortDayText(t)
	if !ok || len(t) < 5 || len(t) > 24 || n != nil && teaserDate(n) {
		return
	}
	if w, ok := s.yearlessDay(t); ok {
		s.v.addressDay = &monthDay{mon: int(w.t.Month()), day: w.t.Day(), pos: s.pos, named: named}
	}
}

// namedDateBlock reports whether n, a block, or the lone element it
// holds, is named for a date (namesDate): "<div class=post-date>Mar
// 3</div>", "<p><span class=entry-date>March 3</span></p>".
func namedDateBlock(n *html.Node) bool {
	for c := n; c != nil; c = loneElementChild(c) {
		if namesDate(c) {
			return true
		}
	}
	return false
}

// loneElementChild is n's only element child, nil when it has none or
// more than one.
func loneElementChild(n *html.Node) *html.Node {
	var one *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if one != nil {
			return nil
		}
		one = c
	}
	return one
}

// shortDayText is the last part of t, trimmed, when t is a meta line
// ("By Jane Doe | May 16", "By Jane Doe · Thursday, May 16"), else t
// when it is as short as a day with its weekday; ok false for a longer
// line with no separator.
func shortDayText(t string) (string, bool) {
	if hasMetaSep(t) {
		segs := metaSegments(t)
		if len(segs) == 0 {
			return "", false // "|"
		}
		t = segs[len(segs)-1]
	} else if len(t) > 24 && utf8.RuneCountInString(t) > maxWeekdayDay {
		return "", false
	}
	return strings.TrimSpace(t), true
}

// weekdayWord is the day of the week that w, a word, names in English or
// in another news language (otherWeekday), a period after it or not.
func weekdayWord(w string) (time.Weekday, bool) {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if wd, ok := englishWeekday[w]; ok {
		return wd, true
	}
	wd, ok := otherWeekday[w]
	return wd, ok
}

// bylineDayTail is the day after its weekday that closes t, a line that
// opens with a byline and runs on into the day without a separator, as
// templates set a writer's name and the day in two inline elements ("By
// Jane Doe Tuesday, March 12", "Por Juan Pérez martes, 12 de marzo"),
// and the weekday: the words from the last weekday word on, no longer
// than maxWeekdayDay, after a byline's opening words (reByStart's, a
// preposition's). The weekday checks the day (yearlessDate).
func bylineDayTail(t string) (string, time.Weekday, bool) {
	if len(t) > maxBylineDayLine || !hasDigit(t) {
		return "", 0, false
	}
	f := strings.Fields(t)
	if k := len(f) - 1; k >= 3 && isDigits(f[k]) && hasDigit(f[k-1]) {
		// "By Jane Doe Tuesday, March 12 1234": a count of views or
		// comments closes the line (a year would have been read).
		f = f[:k]
	}
	for i := len(f) - 1; i >= 2; i-- {
		wd, ok := weekdayWord(strings.TrimRight(f[i], ","))
		if !ok {
			continue
		}
		tail := strings.Join(f[i:], " ")
		head := strings.Join(f[:i], " ")
		if utf8.RuneCountInString(tail) > maxWeekdayDay || !matchesByStart(head) && !mayBePrepositionByline(head) {
			return "", 0, false
		}
		return tail, wd, true
	}
	return "", 0, false
}

// maxBylineDayLine bounds the line bylineDayTail reads: a byline of a few
// names and a day after its weekday.
const maxBylineDayLine = 100

// maxWeekdayDay bounds, in characters, a day without its year after its
// weekday: "miércoles, 12 de septiembre", "terça-feira, 12 de março".
const maxWeekdayDay = 28

// englishWeekday is the day of the week of each English weekday name
// and abbreviation in weekdays.
var englishWeekday = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for w := range weekdays {
		for d := time.Sunday; d <= time.Saturday; d++ {
			if strings.HasPrefix(strings.ToLower(d.String()), w[:3]) {
				m[w] = d
			}
		}
	}
	return m
}()

// readingMonthDay records the day without its year that closes t, a meta
// line that a reading time closed ("Jane Doe · May 16 · 3 min read", t
// without it) or opens (Medium's "3 min read · May 16"):
// blog platforms (Medium, Wix, Ghost themes) print this year's posts so,
// an older post's day with its year. The reading time tells the line from
// a day in a sentence or an event's, as the time of day does for
// shownMonthDay; the year is the address's or the fetch's, none for a day
// ahead of the fetch (yearFor).
func (s *scanner) readingMonthDay(n *html.Node, t string) {
	if s.v.monthDay != nil || len(t) > 120 || !hasDigit(t) || teaserDate(n) {
		return
	}
	segs := metaSegments(t)
	day := strings.TrimSpace(segs[len(segs)-1])
	if len(day) > 24 || strings.IndexFunc(day, unicode.IsLetter) < 0 {
		return
	}
	if w, ok := s.yearlessDay(day); ok {
		s.v.monthDay = &monthDay{mon: int(w.t.Month()), day: w.t.Day(), pos: s.pos, thisYear: true}
	}
}

// readingSiblingDay reads the day without its year in the element beside
// n, a block that is a reading time alone: Medium, Ghost and Substack
// themes set the day and the reading time in sibling elements ("<p>May
// 16</p><p>3 min read</p>", "<div><span>May 16</span></div><div><span>3
// min read</span></div>"), which readingMonthDay reads when they are one
// block. The nearest element with text on either side is read, from n's
// own siblings up to those of its grandparent while n is alone in its
// parent; a separator alone ("·") is passed over.
func (s *scanner) readingSiblingDay(n *html.Node) {
	for up, depth := n, 0; up != nil && up.Type == html.ElementNode && depth < 3 && s.v.monthDay == nil; up, depth = up.Parent, depth+1 {
		found := false
		for _, step := range []func(*html.Node) *html.Node{prevSibling, nextSibling} {
			sib := neighbour(up, step)
			for sib != nil && sib.Type == html.ElementNode && textLenUpTo(sib, 61) <= 60 && strings.Trim(textOf(sib), " \t\n\u00a0·•|") == "" {
				sib = neighbour(sib, step) // "<span>·</span>"
			}
			if sib == nil || sib.Type != html.ElementNode {
				found = found || sib != nil
				continue
			}
			found = true
			if textLenUpTo(sib, 61) <= 60 {
				if t := strings.TrimSpace(textOf(sib)); !hasYearOrEpoch(t) {
					s.readingMonthDay(sib, t)
				}
			}
		}
		if found {
			return
		}
	}
}

// yearlessDay reads day, a month and a day without the year ("May 3", "3
// мая"), as a date alone: ok false when it is not one. The year read is
// placeholderYear.
func (s *scanner) yearlessDay(day string) (when, bool) {
	sep := " "
	if c := day[len(day)-1]; c >= '0' && c <= '9' && (day[0] < '0' || day[0] > '9') {
		sep = ", " // "May 3" → "May 3, 2000"
	}
	full := day + sep + "2000"
	if !dateCovers(full) {
		return when{}, false
	}
	w, ok := s.parse(full)
	return w, ok && w.t.Year() == placeholderYear
}

// halfOfDay is "am" or "pm" when after, the text after a time of day,
// opens with the half of the day ("PM", "p.m." as AP style writes it, "a.
// m." as Spanish does), else "". "pm" anywhere in after counts, as it
// always has ("10:21 EDT PM"); "am" before a number is German's "on the"
// ("12:10 am 17. Mai").
func halfOfDay(after string) string {
	if strings.Contains(strings.ToLower(after), "pm") {
		return "pm"
	}
	toks := dateTokens(after)
	if len(toks) == 0 {
		return ""
	}
	half, next := toks[0].s, 1
	if (half == "a" || half == "p") && len(toks) > 1 && toks[1].s == "m" {
		half, next = half+"m", 2
	}
	if half == "am" && next < len(toks) && toks[next].num >= 0 {
		return ""
	}
	if half == "am" || half == "pm" {
		return half
	}
	return ""
}

// onlyTimeWords reports whether t holds only words that stand after a time
// of day ("Uhr", "AM", "MSK") and punctuation.
func onlyTimeWords(t string) bool {
	for _, tok := range dateTokens(t) {
		if tok.num >= 0 || !dayTimeWords[tok.s] {
			return false
		}
	}
	return true
}

// timeOfDay reads the hour and minutes of a reTimeOfDay match.
func timeOfDay(t string) (hour, min int) {
	var nums []int
	for _, tok := range dateTokens(t) {
		if tok.num >= 0 {
			nums = append(nums, tok.num)
		}
	}
	if len(nums) != 2 {
		return 0, 0
	}
	return nums[0], nums[1]
}

// placeholderYear completes a dateline's day so that the date parser, which
// reads only whole dates, can read its month and day.
const placeholderYear = 2000

// Japanese sites set the word of a date after it, as the language puts a
// noun's qualifier before it: "2024年5月17日 08:00 更新" (updated),
// "2024年5月16日 10:00 公開 / 2024年5月17日 08:00 更新", "2024年5月16日
// 公開（2024年5月17日 更新）". A date a word of updating follows is the
// update's: a page that shows only that has no known publication date.
// Chinese portals print "2005-04-05 06:40更新 来源：…" as their dateline,
// which is why only a Japanese page (dateOrder.trailing) reads them so.
// Korean papers do the same with their own words: "2024.03.05 14:20 입력
// 2024.03.06 09:00 수정" (entered, revised).

// trailingLabel is a word that follows the date it qualifies, and the
// kind of date it names.
type trailingLabel struct{ word, kind string }

// trailingWords are a language's trailing labels, under its primary tag.
type trailingWords struct {
	lang   string
	labels []trailingLabel
}

// list is the labels, none for nil.
func (w *trailingWords) list() []trailingLabel {
	if w == nil {
		return nil
	}
	return w.labels
}

// jaTrailingLabels are Japanese's: updated; published, delivered (配信,
// the wire's word), posted, carried. koTrailingLabels are Korean's:
// revised, updated; entered (the CMS's word for a story's first
// posting), registered. Each list's first is an update's, which a line
// must hold to be read so (trailingLabelled).
var (
	jaTrailingLabels = &trailingWords{"ja", []trailingLabel{
		{"更新", kindModified}, {"公開", kindPublished}, {"配信", kindPublished},
		{"投稿", kindPublished}, {"掲載", kindPublished}, {"発行", kindPublished},
	}}
	koTrailingLabels = &trailingWords{"ko", []trailingLabel{
		{"수정", kindModified}, {"업데이트", kindModified}, {"입력", kindPublished}, {"등록", kindPublished},
	}}
	// zhTrailingLabels are Chinese's, read only on a line that holds
	// both kinds (zhPublishedUpdated): updated; published, posted.
	zhTrailingLabels = &trailingWords{"zh", []trailingLabel{
		{"更新", kindModified}, {"发布", kindPublished}, {"發布", kindPublished}, {"發佈", kindPublished},
		{"发表", kindPublished}, {"發表", kindPublished},
	}}
)

// japanese reports whether the page's dates are read as a Japanese page's
// (its trailing labels are Japanese's).
func (s *scanner) japanese() bool {
	return s.trailing != nil && s.trailing.lang == "ja"
}

// chinese reports whether the line is read with Chinese's trailing words.
func (s *scanner) chinese() bool {
	return s.trailing != nil && s.trailing.lang == "zh"
}

// trailingLabelLine reads t, a line of a Japanese or Korean page, as
// trailingLabelled does when no label of it (splitLabels) has a value after
// it: "2024/05/17 08:00 最終更新" holds the label "最終更新", its date
// before it, as "2024.05.17 08:00 수정" does "수정".
//
// A page that declares no Japanese may still write its update so, the
// time of day in kanji before the word ("2024年5月16日 10時21分 更新"),
// which a Chinese portal's dateline ("2005-04-05 06:40更新") does not:
// such a line is read with Japanese's words.
//
// A Chinese CMS may set both its words after their dates, the
// publication's and the update's: "2024-05-15 09:00 发布 2024-05-16 10:21
// 更新". Such a line is read with Chinese's words; a lone "更新" after a
// date stays the portal's dateline.
func (s *scanner) trailingLabelLine(t string, labels []labelled) bool {
	if s.trailing == nil {
		switch {
		case kanjiTimeUpdate(t):
			s.trailing = jaTrailingLabels
		case zhPublishedUpdated(t):
			s.trailing = zhTrailingLabels
		}
		if s.trailing != nil {
			defer func() { s.trailing = nil }()
		}
	}
	return s.trailing != nil && (len(labels) == 0 || s.chinese() || strings.TrimLeft(labels[len(labels)-1].value, closingBrackets) == "") && s.trailingLabelled(t)
}

// zhPublishedUpdated reports whether t, a short line, holds the bare
// word "更新" (updated) and a Chinese word of publishing after a date
// (endsDate: "2024-05-15 09:00 发布", "2024年5月15日 发布").
func zhPublishedUpdated(t string) bool {
	if len(t) > 160 || !strings.Contains(t, "更新") {
		return false
	}
	for _, l := range zhTrailingLabels.labels[1:] {
		if i := strings.Index(t, l.word); i > 0 && endsDate(strings.TrimRight(t[:i], " ")) {
			return true
		}
	}
	return false
}

// kanjiTimeUpdate reports whether t, a short line, gives a time of day in
// kanji ("10時21分") before the bare word "更新" (updated).
func kanjiTimeUpdate(t string) bool {
	if len(t) > 80 {
		return false
	}
	i := strings.Index(t, "分")
	return i > 0 && strings.Contains(t[:i], "時") && strings.Contains(t[i:], "更新")
}

// trailingLabelled reads the dates of t, a short line of a page whose
// language sets its date labels after the dates (Japanese, Korean), that
// a label follows: each date is the text between the end of the
// previous label (or the line's start) and its own label. It reports
// whether one of them is an update's, the case the reading without labels
// gets wrong; a line whose labels name only publication is left to it,
// unless the update's line stands above it, under the headline
// ("2024.05.17 更新" over "2024.05.16 公開", as Japanese themes set them
// one a line, the update first): read unlabelled, its date would pass
// for a day below the update note (visible.updatedAbove).
func (s *scanner) trailingLabelled(t string) bool {
	if len(t) > 160 {
		return false
	}
	updated := slices.ContainsFunc(s.trailing.list(), func(l trailingLabel) bool { return l.kind == kindModified && strings.Contains(t, l.word) })
	if !updated && !s.updateLineAbove() {
		return false
	}
	if found, ok := s.leadingLabelled(t); ok {
		return s.addLabelled(found, updated)
	}
	var found []dated
	rest := t
	for {
		at, word, kind := s.nextTrailing(rest)
		if at < 0 {
			break
		}
		// The date and the time before the label, after any bracket or
		// separator that opens its part: "（2024年5月17日 08:00".
		part := strings.TrimSpace(strings.TrimLeft(rest[:at], " /／|｜・（("))
		rest = rest[at+len(word):]
		after := strings.TrimLeft(rest, " ")
		if i := strings.LastIndexAny(part, openingBrackets); i > 0 {
			// "2024/05/16 10:21 (2024/05/17 09:00 更新)": the date before
			// the bracket is unlabelled, the line's first (leadKind).
			lead := strings.TrimSpace(part[:i])
			part = strings.TrimSpace(strings.TrimLeft(part[i:], openingBrackets))
			if len(lead) > 32 || holdsKana(lead) || !dateCovers(lead) {
				return false
			}
			w, ok := s.parse(lead)
			if !ok {
				return false
			}
			found = append(found, dated{w, ""})
		}
		if p, ok := cutLast(part); ok {
			// "2024/05/17 08:00 最終更新" (last updated) follows its
			// date; "（最終更新 5/18 10:00）" opens its own.
			if part = strings.TrimSpace(p); !endsDate(part) {
				return false
			}
		}
		switch {
		case !endsLabel(after) && !(after != rest && s.chinese()):
			// "更新日：2024/05/17": a label before its date
			// (bylinelabels.go); "2024年5月17日に更新された…": a sentence.
			// A Chinese line's next field follows a space: "更新 来源：…".
			return false
		case part == "":
			continue
		case len(part) > 32 || holdsKana(part) || !dateCovers(part):
			return false // more than one date and its time, or words
		}
		w, ok := s.parse(part)
		if !ok {
			return false
		}
		found = append(found, dated{w, kind})
	}
	return s.addLabelled(found, updated)
}

// updateLineAbove reports whether the last date read is an update's, in
// the block just above the one being read, below the headline: a
// line that names only the publication after it is the page's.
func (s *scanner) updateLineAbove() bool {
	if len(s.v.dates) == 0 || !s.nearHeadline(metaLineWindow) {
		return false
	}
	d := s.v.dates[len(s.v.dates)-1]
	return d.kind == kindModified && !d.teaser && d.pos >= s.v.h1Pos && d.pos >= s.pos-1
}

// openingBrackets open the update's part of a Japanese dateline:
// "（2024年5月17日 更新）", "[2024年05月17日 09時00分 更新]".
const openingBrackets = "(（[［【"

// closingBrackets close it: a label's value of them alone is none
// ("（… 最終更新）").
const closingBrackets = ")）]］】"

// dated is a date read on a line of labels and the kind its label names.
type dated struct {
	w    when
	kind string
}

// addLabelled adds the dates found on a line whose labels follow or open
// them (trailingLabelled) when the line names an update (updated) and
// one of them is the update's, or, on a line below the update's that
// names none, when each is labelled; it reports whether it did.
func (s *scanner) addLabelled(found []dated, updated bool) bool {
	if !updated && (len(found) == 0 || slices.ContainsFunc(found, func(d dated) bool { return d.kind == "" })) {
		return false
	}
	if updated && !slices.ContainsFunc(found, func(d dated) bool { return d.kind == kindModified }) {
		return false
	}
	for _, d := range found {
		s.addDate(d.w, d.kind, "visible-text")
	}
	return true
}

// nextTrailing is the first of the page's trailing words in t, where it
// stands and the kind of date it names; at is -1 when t holds none.
func (s *scanner) nextTrailing(t string) (at int, word, kind string) {
	at = -1
	for _, l := range s.trailing.list() {
		if i := strings.Index(t, l.word); i >= 0 && (at < 0 || i < at) {
			at, word, kind = i, l.word, l.kind
		}
	}
	return at, word, kind
}

// leadingLabelled reads t, a line that opens with one of the trailing
// words, as a line of labels set before their dates, as Japanese themes
// also print them, with a colon or without: "公開：2024年5月16日 更新：
// 2024年5月17日", "公開 2024/05/16 10:00 更新 2024/05/17 09:00". Each date
// is the text between its word (and its colon) and the next word. Read as
// trailing words, the publication's date would pass for the update's. ok
// is false when the line is not so made: a word's next character is no
// digit ("公開日：", a label of bylinelabels.go), or a part is more than a
// date and its time.
func (s *scanner) leadingLabelled(t string) (found []dated, ok bool) {
	at, word, kind := s.nextTrailing(t)
	if at != 0 {
		return nil, false
	}
	rest := t[len(word):]
	for {
		v := strings.TrimLeft(rest, " 　:：")
		if v == "" || v[0] < '0' || v[0] > '9' {
			return nil, false
		}
		next, nextWord, nextKind := s.nextTrailing(v)
		part := v
		if next >= 0 {
			part = v[:next]
		}
		part = strings.TrimSpace(strings.TrimRight(part, " 　/／|｜・"))
		if len(part) > 32 || holdsKana(part) || !dateCovers(part) {
			return nil, false
		}
		w, wok := s.parse(part)
		if !wok {
			return nil, false
		}
		found = append(found, dated{w, kind})
		if next < 0 {
			return found, true
		}
		rest, kind = v[next+len(nextWord):], nextKind
	}
}

// endsLabel reports whether after, the text after a label that follows
// its date, shows the label ended there: the line ends, a bracket opens
// or closes, a separator or the next date starts.
func endsLabel(after string) bool {
	if after == "" || after[0] >= '0' && after[0] <= '9' {
		return true
	}
	for _, p := range []string{"）", ")", "（", "(", "/", "／", "|", "｜", "・", "、", ",", "，", "」", "】", "【", "［", "[", "］", "]"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// cutLast cuts the "last" (最終, 最新) off the end of part, the text
// before an update label: "最終更新" is "last updated".
func cutLast(part string) (string, bool) {
	if p, ok := strings.CutSuffix(part, "最終"); ok {
		return p, true
	}
	return strings.CutSuffix(part, "最新")
}

// endsDate reports whether part ends as a date or its time does: with a
// digit, or the day's, minute's or second's character ("17日", "08時00分").
func endsDate(part string) bool {
	if part == "" {
		return false
	}
	if c := part[len(part)-1]; c >= '0' && c <= '9' {
		return true
	}
	return strings.HasSuffix(part, "日") || strings.HasSuffix(part, "分") || strings.HasSuffix(part, "秒")
}

// kindedDates reads a block of dates alone whose parts are each a date in
// an element whose class names its kind: "<span class=date-published>March
// 5, 2024</span> <span class=date-modified>March 9, 2024</span>". Read
// whole, the block gives its first date, of no kind, and the update shown
// first became the publication. It reports whether it read the block so:
// two or more element children, each a date of a kind, not all of one.
func (s *scanner) kindedDates(n *html.Node) bool {
	type part struct {
		w    when
		kind string
	}
	var parts []part
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.Trim(c.Data, " \t\r\n|·•-–—,/") != "" {
				return false // words between the parts: a line, not parts
			}
		case c.Type != html.ElementNode:
		case textLenUpTo(c, 1) == 0:
		default:
			kind := s.kindOf(c)
			if kind != kindPublished && kind != kindModified {
				return false
			}
			w, ok := s.parse(textOf(c))
			if !ok {
				return false
			}
			parts = append(parts, part{w, kind})
		}
	}
	if len(parts) < 2 || !slices.ContainsFunc(parts, func(p part) bool { return p.kind != parts[0].kind }) {
		return false
	}
	for _, p := range parts {
		s.addDate(p.w, p.kind, "visible-text")
	}
	return true
}

// solarShortYear reports whether t, on a Persian page, is a numeric date
// with a two-digit year ("۰۲/۱۲/۲۲ - ۱۰:۱۵"): its year is a Solar Hijri
// one (1402), whose order of parts the page does not tell, never 2022 or
// 2002. It is read as no date.
func solarShortYear(t string) bool {
	if len(t) > 60 || hasYearOrEpoch(t) || !strings.ContainsAny(t, "/-.") {
		return false
	}
	if hasEasternDigits(t) {
		t = foldDigits(t)
	}
	return isShortYear(timeLast(strings.TrimSpace(t)))
}
