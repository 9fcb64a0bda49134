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

// scanner carries the state of one scanVisible walk.
type scanner struct {
	// dateOrder: how the page's language writes its dates, and what its
	// address holds (extract.go).
	dateOrder
	v *visible
	// cjkTitle: the page's title is written in Chinese, Japanese or
	// Korean characters, so that a line of figures alone ("03-05 14:22")
	// is read as its portal writes a day without its year (cjkMonthDay).
	cjkTitle   bool
	noHeadline bool
	pos        int
	// pending is the kind of a label seen alone in the previous block
	// ("Last updated:"), which applies to a date in the next one.
	pending    string
	pendingPos int
	// isoDates are the page's machine-readable dates (<time datetime>),
	// evidence for the order of day and month in "02-12-2025".
	isoDates []string
	// aboveHeadline is the last author element met before the headline,
	// aboveCredit the last labelled credit ("作者：张三") or "By" line
	// in the headline's own header (besideHeadline)
	// (authorvisible.go: keepAboveHeadline).
	aboveHeadline, aboveCredit *authorCand
	// aboveCreditLine is the block that set aboveCredit: a byline line
	// that leaves the body when it stands just above the headline.
	aboveCreditLine *html.Node
	// headline is the page's headline element (scanVisible), nil when
	// there is none.
	headline *html.Node
	// posterCell is the table cell, classed as an author's, that held the
	// first author element above the headline: a forum's first poster
	// (authorvisible.go: keepThreadPoster).
	posterCell *html.Node
	// refusedPoster: the first poster slot met (posterSlot) held no
	// name ("Guest", "ADMIN"); any later slot is a reply's poster
	// (authorforum.go: posterSlotNames).
	refusedPoster bool
	// posted: a block under the headline has opened with a posting
	// label ("发表于 2024-3-5 14:22"), the first post's of a forum thread
	// (authorforum.go: firstPosting).
	posted bool
	// authorNext: the previous block was "Written by" alone.
	authorNext    bool
	authorNextPos int
	authorLabel   string
	// original: the block being read is an "originally published" note.
	original bool
	// shownOverNote: the block read is a meta line whose date stands
	// before its "first published" note (dateBeforeNote): that date is
	// the update the page shows over its first publication.
	shownOverNote bool
	// aside: the element being read is furniture near the headline
	// (furnitureDates).
	aside bool
	// card is the card of another story in the furniture being read
	// (furnitureDates: cardIn), nil when none; inCard: the element being
	// read stands in it.
	card   *html.Node
	inCard bool
	// held is the first byline read from a line that stays in the body:
	// one that runs on into its date, "Posted by Kathy on April 6, 2007"
	// (onDateByline), or opens with another language's "by", "Por Ana
	// Gómez" (prepositionByline). Its names count only when no byline
	// block names any (scanVisible), so that the first byline block is
	// still the one that leaves the body.
	held *authorCand
	// heldLine is the loose inline element whose byline is held
	// (looseByline): a line of its own, it leaves the body when its names
	// are taken.
	heldLine *html.Node
	// prose counts the paragraphs of running text (blocks of more than
	// 240 bytes) read since the headline.
	prose int
	// cjkParas counts, while prose is none, the shorter CJK paragraphs
	// (more than 120 bytes, forty characters) read since the headline: a
	// Chinese story of short paragraphs has been read when there are two
	// (opensOthers).
	cjkParas int
	// node is the element being read (nil between blocks), whose relative
	// date may carry the day in its tooltip (titledDate), and whose link
	// may be a teaser card's (teaserLink).
	node *html.Node
	// lastBlock is the block read before the one being read, at pos-1
	// when it was the one right before (nameOverDate).
	lastBlock *html.Node
	lastPos   int
	// topDay is the position of a weekday date above the headline (-1:
	// none), topDayNode its block (zhtopbar.go).
	topDay     int
	topDayNode *html.Node
	// comments: a heading under the headline that opens a comment
	// section has been read (opensComments).
	comments bool
	// guest: a guest post's note has named its writer (guestPostLine).
	guest bool
	// othersBelow: a heading below the story's text has opened its
	// comments or a block of other stories (opensOthers); the unlabelled
	// dates read after it are theirs.
	othersBelow bool
}

// dateBeforeNote reports whether t, a line of at most 240 bytes that
// holds an "originally published" note (originalNotes), states a date
// before the note's words. A longer block is a story's text, whose dates
// before its closing note are no line's.
func dateBeforeNote(t string) bool {
	if len(t) > 240 {
		return false
	}
	i, _ := originalNoteAt(strings.ToLower(t))
	return i > 0 && hasYearOrEpoch(t[:min(i, len(t))])
}

// afterOpeningNote is the rest of t, a meta line of at most 240 bytes
// whose first field (metaSegments) is an "originally published" note with
// its date, when the rest holds a date and no note: "Originally published
// March 2, 2025 · By Jane Doe · March 20, 2025" gives "By Jane Doe ·
// March 20, 2025", the byline the line goes on with. "" when t is no such
// line.
func afterOpeningNote(t string) string {
	if len(t) > 240 {
		return ""
	}
	segs := metaSegments(t)
	if len(segs) < 2 || !holdsOriginalNote(strings.ToLower(segs[0])) || !hasYearOrEpoch(segs[0]) {
		return ""
	}
	rest := strings.Join(segs[1:], " · ")
	if holdsOriginalNote(strings.ToLower(rest)) || !hasYearOrEpoch(rest) {
		return ""
	}
	return rest
}

// updatedSinceNotes mark an "originally published" note that goes on to
// say the piece has been updated since: "This article was originally
// published on 26 Sep 2019 at 4:12pm but has been regularly updated". The
// date the page shows elsewhere is then the update's, not a reprint's.
var updatedSinceNotes = []string{"been updated", "been regularly updated", "been revised", "and updated", "and last updated", "since been updated", "mis à jour", "mise à jour", "aktualisiert", "actualizado", "aggiornato"}

// reNoteMonth is a month and its year in an "originally published" note
// that gives no day: "originally published in March 2022", "initialement
// publié en avril 2017", "zuerst erschienen im Mai 2019".
var reNoteMonth = regexp.MustCompile(`(?i)\b` + monthRe + `\.?\s+(?:de\s+|del\s+|of\s+)?((?:19|20)\d{2})\b`)

// noteMonth is the first month of t's note, its first day at midnight UTC
// (zero: none).
func noteMonth(t string) time.Time {
	m := reNoteMonth.FindStringSubmatch(t)
	if m == nil {
		return time.Time{}
	}
	mo, _ := strconv.Atoi(monthNum(m[1]))
	y, _ := strconv.Atoi(m[2])
	if mo == 0 {
		return time.Time{}
	}
	return time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
}

// block reads one short block; it reports whether the block is a byline,
// dateline or source line that should leave the body.
func (s *scanner) block(n *html.Node) bool {
	v := s.v
	s.node = n
	defer func() { s.node = nil }() // dates read outside a block are in none
	afterH1 := v.h1Pos >= 0 || s.noHeadline
	t := foldArabicMarks(commonEraDates(textOf(n)))
	if s.thai {
		t = buddhistNumeric(t) // "<span class=date>04/03/2567 10:15</span>"
	}
	if s.nepali {
		t = bsNumeric(t) // "<span class=date>2081-02-30 11:25</span>"
	}
	if s.prose > 0 && quotedMailHeader(t) {
		return false // a message the story quotes: its date is the message's
	}
	if hasDigit(t) && quoteAttribution(n, t) {
		return false // the quoted post's date
	}
	if s.japanese() {
		t = eraAbbrevShown(t, namesDate(n)) // "<span class=date>R6.5.16</span>"
	}
	if rt := cutReadingTime(t); rt != t {
		if rt == "" {
			v.fields = append(v.fields, n) // a reading time alone: furniture
			s.readingSiblingDay(n)         // "<p>May 16</p><p>3 min read</p>"
			return false
		}
		if hasYearOrEpoch(rt) {
			// A meta line's date is read without it: "Jane Doe · May
			// 16, 2024 · 3 min read". Without a date the rest may be
			// the post's categories ("Health, Science · 4 min read").
			t = rt
		} else {
			s.readingMonthDay(n, rt) // "Jane Doe · May 16 · 3 min read"
		}
	} else if len(t) <= 120 && holdsAnyRune(t, "·•|") && hasDigit(t) && !hasYearOrEpoch(t) {
		// Medium's "3 min read · May 16": the reading time opens the line.
		if segs := metaSegments(t); len(segs) > 1 && cutReadingTime(strings.TrimSpace(segs[0])) == "" {
			s.readingMonthDay(n, t)
		} else if len(segs) > 1 {
			s.weekdayMonthDay(n, t) // "By Jane Doe · Thursday, May 16"
			s.bylineMonthDay(n, segs)
		}
	}
	if len(t) <= 24 {
		t = apostropheYearDay(t) // "May 16, '24"
		// "14 Jan 98", "14-Jan-24" in the byline area: a written day
		// with a two-digit year (fullYearDay; 1998, not 2098).
		if !hasYearOrEpoch(t) && hasDigit(t) && s.yearOrByline(t) {
			if full, ok := fullYearDay(t); ok {
				t = full
			}
		}
	}
	// Whether t, as read from here on, holds a digit and a year: asked
	// of it by a dozen rules below, counted once.
	year := hasYearOrEpoch(t)
	if len(t) <= 240 && year {
		if u := s.updatedNote(n, t); u != t { // "<span class=updated>2022-12-07T10:10:52+01:00</span> 25. Dezember 2022"
			t, year = u, hasYearOrEpoch(u)
		}
	}
	if year && afterH1 && s.pos-v.h1Pos <= dateWindowAfter {
		if u := withoutCard(n, s.headline, t); u != t { // "By Jane Doe <card> March 3, 2024"
			t, year = u, hasYearOrEpoch(u)
		}
	}
	digit := hasDigit(t)
	s.original = digit && holdsOriginalNote(strings.ToLower(t))
	s.shownOverNote = false
	if s.original && v.firstMonth.IsZero() {
		v.firstMonth = noteMonth(t)
	}
	if s.original && holdsAny(asciiLower(t), updatedSinceNotes) {
		v.updatedSince = true
	}
	if s.original {
		s.noteDate(t) // "Dieser Beitrag erschien zuerst am 3. März 2020 in …"
		// "Tue 5 Mar 2024 10.15 GMT First published on Sun 3 Mar 2024":
		// the day before the note is the update the page shows over its
		// first publication (the Guardian's live pages), no note's.
		before := dateBeforeNote(t)
		s.shownOverNote = before && updateOverNote(strings.ToLower(t))
		s.original = !before
		if before && !s.shownOverNote {
			// "March 25, 2025 · Originally published on March 23,
			// 2025": a syndication's note, whose day noteDate has
			// read; the line's own day is the one before it.
			t = beforeNote(t)
			year, digit = hasYearOrEpoch(t), hasDigit(t)
		}
		if rest := afterOpeningNote(t); s.original && rest != "" {
			// "Originally published March 2, 2025 · By Jane Doe · March
			// 20, 2025": the fields after the note's are the byline's.
			t, year, digit, s.original = rest, hasYearOrEpoch(rest), hasDigit(rest), false
		}
	}
	if mayBeByAlone(t) && reByAlone.MatchString(t) {
		s.authorNext, s.authorNextPos, s.authorLabel = true, s.pos, strings.TrimRight(t, ": ")
		return true
	}
	if len(t) <= 40 && mayBeAboutAuthor(t) && reAboutAuthor.MatchString(t) {
		// "About the author" over a box that opens with the name or with a
		// biography that does ("Jane Doe is a freelance writer …"). The
		// heading stays in the text, as it was.
		s.authorNext, s.authorNextPos, s.authorLabel = true, s.pos, aboutAuthorLabel
		return false
	}
	if s.authorNext && s.pos-s.authorNextPos <= 2 && !v.has(fromByline) && afterH1 {
		s.authorNext = false
		if s.authorLabel == aboutAuthorLabel {
			s.aboutAuthor(n, t)
			return false // the box stays in the text
		}
		names := firstLineNames(n, t)
		if ln := linkTexts(n); len(ln) > 1 && len(ln) > len(names) {
			// "Author(s)" over a list of links, one for each name.
			names = ln
		}
		if looksLikeNames(names) {
			return v.addAuthors(names, fromByline, s.pos, s.authorLabel)
		}
	}
	if afterH1 && len(t) < 160 {
		s.panelAuthor(n)
	}
	// <address> is HTML's element for the author of an article.
	if n.DataAtom == atom.Address && hasAncestor(n, byTag(atom.Article)) && !v.has(fromAuthorElement) && len(t) <= 80 {
		if names := splitAuthors(t); looksLikeNames(names) {
			v.addAuthors(names, fromAuthorElement, s.pos, "")
		}
	}
	byStart := matchesByStart(t) || publishedByLead.admits(t) && s.publishedByline(t)
	// "Editor: John Roe" over "By Jane Doe": the byline's names.
	// The ancestors are looked at last: classID of each, for every block.
	if !byStart && afterH1 && !v.has(fromByline) && !s.comments {
		if names := editorByline(t); names != nil && !hasAncestor(n, commentish) {
			v.addAuthors(names, fromByline, s.pos, "by")
		}
	}
	if !byStart && len(t) < 160 && !v.has(fromByline) && afterH1 && !s.comments {
		s.bylineAfterDate(t)
		if names := nounByline(t); names != nil && !hasAncestor(n, commentish) {
			return v.addAuthors(names, fromByline, s.pos, strings.ToLower(t[:strings.IndexByte(t, ' ')]))
		}
		if names := interviewerByline(t); names != nil && !hasAncestor(n, commentish) {
			return v.addAuthors(names, fromByline, s.pos, "interview")
		}
		if s.nearHeadline(metaLineWindow) && s.prose == 0 {
			if names := roleByline(t); names != nil && !hasAncestor(n, commentish) {
				return v.addAuthors(names, fromByline, s.pos, "")
			}
		}
		if s.nearHeadline(metaLineWindow) {
			if name, label := caselessByline(t); name != "" && !hasAncestor(n, commentish) {
				return v.addAuthors([]string{name}, fromByline, s.pos, label)
			}
		}
	}
	if byStart && len(t) < 160 {
		used := false
		// A comment's credit ("Posted by: Jeff Smith at November 9, 2012")
		// names a commenter: its date is read as any byline's, its name
		// is not.
		credits := afterH1 && !v.has(fromByline) && !s.comments && !hasAncestor(n, commentish) && !byHeadings(n) && !pictureCredit(n)
		if credits {
			// The names are read only for a byline that may give them:
			// most "By" lines of a page are its teasers', below the one.
			names := linkedByline(n, firstLineNames(n, bylineLine(n, t)))
			if !looksLikeNames(names) {
				// "By Jane Doe<br>Editor: John Roe": the byline's line.
				if eb := editorByline(t); eb != nil {
					names = eb
				}
			}
			if looksLikeNames(names) {
				used = v.addAuthors(names, fromByline, s.pos, "by")
			} else if s.held == nil {
				s.held = onDateByline(n, t, s.pos)
			}
		} else if !afterH1 && !s.comments && !byHeadings(n) && !pictureCredit(n) && s.besideHeadline(n) {
			// "By Jane Doe" set over the headline in its own header
			// (kicker, byline, date, then the title): kept if it stands
			// just above it (keepAboveHeadline).
			if names := linkedByline(n, firstLineNames(n, bylineLine(n, t))); looksLikeNames(names) {
				s.creditAbove(n, &authorCand{names: names, from: fromByline, src: authorProv[fromByline], pos: s.pos, label: "by"})
			}
		}
		// "By X … Updated on May 27, 2025": a labelled date keeps its label,
		// and is not also taken as the unlabelled date of the byline.
		var labelled []when
		agoLabelled := false // "Published 2 days ago", "Updated 3 hours ago"
		bylineLabels := splitLabels(t)
		for _, l := range bylineLabels {
			if kind := labelKind(l.label); kind == "published" || kind == "modified" {
				w, ok := s.parseLabelled(l)
				if !ok && kind == kindModified {
					// "By Jane Doe | Published March 5, 2024 at 3:00
					// p.m. | Updated March 5 at 10:21 p.m.": this
					// year's update, after the line's publication.
					w, ok = s.yearlessWordUpdate(l.value)
				}
				if ok {
					s.addDate(w, kind, "byline-text")
					labelled = append(labelled, w)
				} else if s.agoLead(l.value, kind) {
					// "By Jane Doe | Published May 3, 2024 | Updated 2 hours
					// ago", the next element's text after it at times; "By
					// Jane Doe | Published 2 days ago": the label's kind
					// holds, and its relative date is no unlabelled one.
					agoLabelled = true
				}
			}
		}
		// "By Jane Doe - Edited May 17, 2024": a revision's word is a
		// label too (reRevisionNote).
		if w, at, ok := s.revisionNote(t, bylineLabels); ok && at > 0 {
			s.addDate(w, kindModified, "byline-text")
			labelled = append(labelled, w)
		}
		w, ok := s.parse(t)
		// "By Jane Doe · Event date: March 10, 2024": the event's day.
		other := ok && otherDayNote(t)
		if ok && !other && !slices.ContainsFunc(labelled, func(l when) bool { return sameDay(l, w) }) {
			kind := ""
			if v.h1Pos >= 0 && s.pos-v.h1Pos > dateWindowAfter {
				// A byline far below the headline ("Written by X · April
				// 8, 2024" closing the article): its date is as good as
				// labelled.
				kind = "published"
			}
			s.addDate(w, kind, "byline-text")
		}
		if !ok && len(labelled) == 0 && !agoLabelled && digit {
			if !s.addTailDate(t) { // "By Jane Doe, 05/08/12"
				s.agoSegment(t) // "By Jane Doe | 3 hours ago"
				if !hasYearOrEpoch(t) {
					s.weekdayMonthDay(n, t) // "By Jane Doe Tuesday, March 12"
					s.addressMonthDay(n, t) // "By Jane Doe | May 16" under /2024/05/
				}
			}
		} else if !ok && len(labelled) == 0 && !agoLabelled && wordAgo(t) {
			s.agoSegment(t) // "By Jane Doe · an hour ago"
		}
		return used
	}
	if afterH1 && len(t) < 90 {
		s.cjkCreditLine(t) // "本报记者 张三", "文｜张三 编辑｜李四"
	}
	// <span class="author-name">Jane Doe</span>: a name alone in an element
	// the page calls an author. In a picture's caption, or on the line
	// under it, it credits the picture, in a figure or a quotation what
	// they hold (pictureCredit, as for a "By" line).
	// Only the rules below that read a block for an author element's
	// names, or for a forum line's date, ask it: it climbs to the root,
	// so it is asked last, of a block they would read, and once.
	hadAuthor := v.has(fromAuthorElement) // an author element read before this block
	mayCaption := !hadAuthor || len(t) <= 80 && digit && !year
	captionOf := -1
	caption := func() bool {
		if captionOf < 0 {
			captionOf = 0
			if mayCaption && pictureCredit(n) {
				captionOf = 1
			}
		}
		return captionOf == 1
	}
	nAuthors := len(v.authorCands)
	// An element the page marks as an author's holds the block
	// (inAuthorElement): it climbs, so it is asked once, for the rules
	// below that read it.
	inAuthor := !hadAuthor && len(t) <= 80 && inAuthorElement(n)
	// A Spanish, Portuguese or Italian byline classed "firma" (firmaPage).
	firma := !inAuthor && s.firma && afterH1 && len(t) <= 80 && firmaElement(n)
	// A box's heading ("Zur Person", "About the author") is no name.
	if !hadAuthor && len(t) <= 80 && (firma || inAuthor) && !boxHeading(t) && !caption() {
		lt := t
		if firma {
			lt = lineBeforeBreak(n) // "María López<br>Madrid": the name, then the place
		} else if findFirst(n, byTag(atom.Br)) != nil {
			if l := breakLinesJoined(n); l != "" {
				lt = l // "Jane Doe<br>New York", "Jane Doe<br>John Roe"
			}
		}
		names := authorNameItems(n)
		items := names != nil
		if names == nil {
			names = firstLineNames(n, lt)
		}
		names = itemNameBound(n, names)
		if afterH1 && posterSlot(n) {
			names = s.posterSlotNames(n, t, names)
		}
		if looksLikeNames(names) && !dateWord(names[0]) && !teaserItem(n) {
			if afterH1 {
				s.addAuthorElement(n, names, items)
			} else if cell := posterCell(n); cell == nil || cell != s.posterCell {
				// A poster's cell is read for its first name: the rest
				// is the member's card ("中级会员", "帖子 12").
				if cell != nil {
					names = splitAuthors(firstText(n))
				}
				if looksLikeNames(names) {
					s.aboveHeadline = &authorCand{names: names, from: fromAuthorElement, src: authorProv[fromAuthorElement], pos: s.pos}
				}
				if s.posterCell == nil {
					s.posterCell = cell
				}
			}
		}
	} else if !hadAuthor && s.nearHeadline(dateWindowAfter) && len(t) <= 240 {
		// "<div class=post-meta><span class=meta-author>Jane Doe</span>
		// <span class=date>…": the block is a meta line, and the author
		// elements are inside it.
		if names, elems := innerAuthors(n, s.posterSlotNames); len(names) > 0 && !caption() {
			s.addAuthorElement(n, names, elems > 1)
		}
	} else if !afterH1 && !hadAuthor && len(t) <= 240 && digit && n.DataAtom != atom.A {
		// The same meta line set over the headline (Wix's post header:
		// the writer, the day, the reading time, then the title):
		// kept if it stands just above it (keepAboveHeadline). A line
		// with no day or count in it is no meta line: a site header's
		// name, a logo's link to the front page.
		if names, _ := innerAuthors(n, nil); looksLikeNames(names) && !caption() && posterCell(n) == nil {
			s.aboveHeadline = &authorCand{names: names, from: fromAuthorElement, src: authorProv[fromAuthorElement], pos: s.pos}
		}
	}
	tailDated := false // the block's closing date is read once
	if len(v.authorCands) > nAuthors && s.nearHeadline(metaLineWindow) && s.prose == 0 {
		tailDated = s.addTailDate(t) // "von <a class=author>Hans Müller</a>, 8.5.12"
	} else if len(t) <= 80 && digit && !year && s.yearOrByline(t) && (inAuthor || hadAuthor && inAuthorElement(n)) && !caption() {
		// A forum post's line, its poster's name lower-cased: "<p
		// class=author>von lupa am 26/10/13, 03:48 pm</p>".
		tailDated = s.addTailDate(t)
	}
	// "16 Mei 2024, Oleh Budi Santoso": read as "16 Mei 2024 | Oleh …".
	barred := t
	if year && len(t) <= 160 && (strings.Contains(t, ", ") || strings.Contains(t, "، ")) {
		if c := commaByline(t); c != "" {
			barred = c
		}
	} else if r, _ := utf8.DecodeRuneInString(t); year && len(t) <= 160 && unicode.Is(unicode.Hangul, r) {
		if c := koreanCreditDated(t); c != "" {
			barred = c // "김철수 기자 2024.05.16 10:21"
		}
	}
	if afterH1 && !v.has(fromByline) {
		s.metaLineAuthors(n, barred)
		s.nameList(t)
		if s.held == nil && s.mayBePrepositionByline(t) {
			s.held = s.prepositionByline(t)
		} else if s.held == nil && len(t) > prepositionBylineLen && len(t) <= 3*prepositionBylineLen && s.mayBePrepositionByline(t[:prepositionBylineLen]) {
			// "<div><div>Por Ana García</div><div>Puerto - 03 mar 2024
			// - 09:15 CET Actualizado: …</div></div>": a meta block
			// whose first line is the byline.
			if l := firstBlockLine(n, t, s.mayBePrepositionByline); l != t {
				s.held = s.prepositionByline(l)
			}
		}
		// A block whose text opens as a byline may still be none ("A
		// short standfirst …<br><b>By:</b> Jane Doe"): its later lines
		// are read all the same.
		if s.held == nil && len(t) <= 2*prepositionBylineLen && s.pos-v.h1Pos <= metaLineWindow {
			s.held = s.prepositionLineAfterBreak(n)
		}
		if s.held == nil {
			s.held = s.dateThenVon(t) // "03.03.2024 09:15 von Anna Schmidt"
		}
	} else if !afterH1 && s.mayBePrepositionByline(t) && !byHeadings(n) && !pictureCredit(n) {
		s.prepositionAboveHeadline(n, t) // "Von Max Mustermann" over the headline
	}
	labels := splitLabels(t)
	revised, revisedAt, revisedOK := s.revisionNote(t, labels)
	if revisedOK && revisedAt > 0 && !teaserDate(n) {
		s.addDate(revised, kindModified, "visible-text") // "Published May 16, 2024 | Edited May 17, 2024"
	}
	if s.trailingLabelLine(t, labels) && !teaserDate(n) {
		s.pending = ""
		return true // "2024年5月17日 08:00 更新"
	}
	if len(labels) > 0 && labelKind(labels[0].label) == kindModified {
		s.updateHeadMonthDay(n, t, labels[0]) // "March 3 at 2:05 PM · Updated March 5"
	}
	if afterH1 && s.mayBePrepositionByline(t) && digit && len(labels) == 0 && s.prepositionByline(t) != nil {
		// "Von Hans Müller, 12.11.2021", "Par Jean Dupont, le 12
		// novembre 2021", "Von Hans Müller, 8.5.12": the byline's date,
		// as in "By Jane Doe, …". "Par Jean Dupont - MAJ le 17/05/2024":
		// the revision's day, read above, is no byline's date.
		if w, ok := s.parse(t); ok && year {
			if !revisedOK || !sameDay(w, revised) {
				s.addDate(w, "", "byline-text")
			}
		} else if !tailDated && !s.addTailDate(t) {
			s.agoSegment(t) // "Von Anna Schmidt, vor 3 Tagen"
		}
	}
	if len(labels) == 0 {
		s.footPoster(t) // "张三 于 2005-03-11 12:12 发表", "张三 @ 2005-03-11"
		// "記者王小明、李大華／台北報導" in a line of its own under the
		// headline, as Taiwanese papers set it (in the text's first
		// paragraph, cjkLeadCredit reads it).
		if afterH1 && !v.has(fromByline) && s.pos-v.h1Pos <= metaLineWindow && len(t) <= 120 && strings.Contains(t, "者") {
			if names := cjkDeskCredit(t); len(names) > 0 {
				s.cjkCredit(names)
			}
		}
		// "<span class=date>113/05/16</span>": the Republic's era alone, on
		// a Taiwanese page only (TestChineseDatelines).
		if d, ok := rocAlone(t); ok && s.taiwan && !teaserDate(n) {
			if w, ok := s.parse(d); ok {
				s.addDate(w, s.kindOf(n), "visible-text")
				s.pending = ""
				return true
			}
		}
		// A block that is only a date, such as <span class="date">. A
		// teaser's date (teaserDate) is no candidate, but leaves the body
		// all the same.
		if (len(t) <= 60 || wideDateLine(t)) && (dateCovers(t) && s.yearOrByline(t) || s.persian && jalaliCovers(t)) || afterH1 && s.pos-v.h1Pos <= metaLineWindow && weChatMetaLine(t) {
			if s.kindedDates(n) {
				s.pending = ""
				return true
			}
			if w, ok := s.parse(t); ok {
				if kind := s.kindOf(n); revisedOK && !hasDigit(t[:revisedAt]) && !teaserDate(n) {
					// "Revised May 17, 2024", "Jane Doe · Edited May 17,
					// 2024": the line's date is the revision's.
					if revisedAt == 0 {
						s.addDate(revised, kindModified, "visible-text")
					}
				} else if !teaserDate(n) && !otherDayNote(t) && !s.reviewerNote(t) {
					if kind == "" && s.standAfterDate(t, w) {
						kind = kindModified
					} else if kind == "" && editionDay(t) {
						kind = kindPublished
					} else if kind == "" {
						kind = cjkDateWordsKind(t) // "已于 2024-03-10 09:00 修改"
					}
					s.addDate(w, kind, "visible-text")
					if kind == "" && strings.HasPrefix(t, "Stand:") {
						v.dates[len(v.dates)-1].state = true
					}
					s.markReviewer(t)
					s.loneUpdateWord(t)
					s.sourceElement(n)
					if afterH1 {
						// "2024-05-16 10:21 记者张三", "2024-05-16 文/张三":
						// a credit short enough to pass for a date's words.
						s.cjkCreditLine(cutCJKDates(t))
					}
				}
				s.pending = ""
				return true
			}
		}
		if len(t) <= maxColonlessLine {
			s.colonlessLabelDate(n, t) // "Data publicării 16.05.2024"
		}
		// "<span class=date>20170901</span>": an element whose class
		// names a date vouches for a run of digits that is one alone,
		// as a <meta> key does (compactDate; htmldate reads it so).
		if len(t) <= 16 && namesDate(n) {
			if w, ok := compactDate(t); ok {
				s.addDate(w, s.kindOf(n), "visible-text")
				s.pending = ""
				return true
			}
		}
		// "<span>2024</span><span>05/16</span>": a day set in parts.
		if d, ok := splitDate(n, t); ok {
			if w, ok := s.parse(d); ok {
				s.addDate(w, s.kindOf(n), "visible-text")
				return true
			}
		}
		// "<span class=date title="2018-12-12 10:00">12 Dec</span>": the
		// date shown without its year, or a word, the whole in a tooltip.
		if afterH1 && s.pos-v.h1Pos <= metaLineWindow && len(t) <= 60 && !year {
			if c, w, ok := s.classedTitleDate(n); ok {
				s.addDate(w, s.kindOf(c), "visible-text")
				return true
			}
		}
		// "3 hours ago": the line stays in the body, as the date is read
		// only against a fetch time the caller states.
		if !s.agoOf(t, n) && afterH1 && s.pos-v.h1Pos <= metaLineWindow {
			s.cjkSourceAgo(t, n) // "2小时前 江城日报", "江城日报 昨天 10:21"
		}
		// "2005年03月31日03:18 北京娱乐信报", "http://www.sina.net
		// 2005年03月21日 11:21 《理财周刊》": a Chinese dateline, a date
		// and time with the source's name and no label.
		if len(t) <= 120 && strings.Contains(t, "年") {
			if m := reCJK.FindStringSubmatchIndex(t); m != nil && m[8] >= 0 {
				if teaserDate(n) {
					// "<li><a>全市公交线路优化调整方案公布</a><span>
					// 2024年03月19日 09:00</span></li>": another
					// story's dateline, above the headline as often as
					// beside it.
					return false
				}
				if w, ok := s.parse(t[m[0]:m[1]]); ok {
					s.addDate(w, "", "visible-text")
					s.sourceElement(n)
					return afterH1 && s.datelineCredit(strings.TrimSpace(t[:m[0]]+" "+t[m[1]:]))
				}
			}
		}
		if !year && !linksHeadline(n) {
			s.cjkMonthDay(n, t, s.cjkTitle || holdsCJK(t)) // "5月16日 10:21 江城日报", "03-05 14:22"
			s.shownMonthDay(n, t)                          // "3 мая, 14:30"
			s.weekdayMonthDay(n, t)                        // "Thursday, May 16"
			s.addressMonthDay(n, t)                        // "May 16" under /2024/05/
		}
		if w, rest, ok := s.cjkLineDate(n, t); ok {
			s.addDate(w, cjkDateWordsKind(t), "visible-text")
			s.sourceElement(n)
			return afterH1 && s.datelineCredit(rest)
		}
		// "Dec 26, 2025 • Mahua Das in Projects", "Jane Doe | 3 March
		// 2024 | 5 min read": a date alone between separators. Above the
		// headline only a leading one counts ("24. April 2020 | Press
		// releases", "02.02.2022 10:16 Uhr - Bundesliga"): a kicker line.
		if len(t) <= 160 && digit && (barred != t || hasMetaSep(t)) && !otherDayNote(t) && !s.reviewerNote(t) {
			// Without a four-digit year, only a meta line's segments are
			// read ("Jane Doe | 3 hours ago", "12.11.21 · Politik", "Por
			// Ana Gómez — hace 2 días"), split without the regexp
			// (metaSegments).
			var segs []string
			if year {
				segs = reDateSep.Split(barred, -1)
			} else {
				segs = metaSegments(t)
			}
			for i, seg := range segs {
				if !afterH1 && i > 0 {
					break
				}
				seg = strings.TrimSpace(seg)
				if rest, at := revisionText(seg, nil); rest != "" && at == 0 {
					continue // "Jane Doe · Edited May 17, 2024": the revision, read above
				}
				if j := strings.IndexByte(seg, '('); j > 0 && year {
					// "Stand - 12.11.2021<br/>(Unverändert gültig seit:
					// 05.11.2021)": a note in brackets after the date.
					seg = strings.TrimSpace(seg[:j])
				}
				// "کد خبر: ۱۲۳۴ | ۲۸ اردیبهشت ۱۴۰۳ ساعت ۱۰:۳۰" (dateSized).
				if seg != "" && dateSized(seg) && dateCovers(seg) && s.yearOrByline(seg) { // "12.11.21 | Politik" too
					if w, ok := s.parse(seg); ok {
						s.addDate(w, "", "visible-text")
						s.markReviewer(t)
						break
					}
				}
				if !year && s.ago(seg, "") { // "Jane Doe · 3 hours ago"
					break
				}
			}
		}
		// "Erstellt von Fabian am Dienstag 6. Mai 2014", "Submitted by jo
		// on Mon, 2024-03-04", "This entry was posted on March 3, 2014":
		// a byline sentence whose date follows its preposition.
		if len(t) <= 160 && year && mayBeWrittenOn(t) {
			if loc := reWrittenOn.FindStringIndex(t); loc != nil && !otherDayNote(t[:loc[1]]) && !s.reviewerNote(t) {
				rest := t[loc[1]:]
				if w, ok := s.parse(rest[:min(len(rest), 60)]); ok {
					s.addDate(w, "", "byline-text")
					s.markReviewer(t)
				}
			}
		}
		return false
	}
	used := false
	// "2024-03-26 10:30 来源：X", "December 3, 2025. Updated: …": a date
	// before the first label.
	// "03.03.24, 14:05 Uhr · Aktualisiert: 04.03.24": the separator
	// before the label is no part of the date, and a date with a
	// two-digit year is read only when nothing follows it (parseShortYear).
	lead := strings.TrimRight(strings.TrimSpace(t[:strings.Index(t, labels[0].raw)]), " |·•–—")
	// "2005-04-05 06:40更新 来源：" is the portal's dateline, not an
	// update: read as one, zh-cwced fit lost two pages to gain one.
	// "7/10/12 UPDATE: the council shelved the plan": a word of
	// wordDateLabels without its date is an editor's note, no label.
	if wordDateLabels[strings.ToLower(labels[0].label)] && !dateCovers(labels[0].value) {
		lead = ""
	}
	// "２０２４－０５－１６　１０：２１　来源：新华社": full-width digits are
	// measured as ASCII ones (dateSized).
	if w, ok := s.parse(lead); ok && dateSized(lead) && dateCovers(lead) {
		s.addDate(w, s.leadKind(lead, labels, w), "visible-text")
		used = true
	} else if w, ok := s.leadTail(lead); ok {
		s.addDate(w, s.leadKind(lead, labels, w), "visible-text")
	} else if !hasYearOrEpoch(lead) && isCJKName(labels[0].label) && !linksHeadline(n) && !s.agoOf(lead, n) { // "2小时前 来源：江城日报", "昨天 10:21 来源：…"
		s.cjkMonthDay(n, lead, true) // "5月16日 10:21 来源：江城日报"
	}
	s.leadName(n, t, labels)
	s.leadAuthorLink(n, lead)
	s.postedName(n, labels)
	dated := len(v.dates)
	defer func() {
		// "Aktualizacja 17.05.2024 | Data publikacji 16.05.2024": a
		// label without its colon took the rest of the line for its
		// value, and the line gave no date but an update's; the parts
		// after its date are read as a line without labels is
		// (colonlessLabelDate).
		if len(labels) == 1 && len(t) <= maxColonlessLine && !holdsAnyRune(labels[0].raw, ":：") && !slices.ContainsFunc(v.dates[dated:], func(d dateCand) bool { return d.kind != kindModified }) {
			if loc := reDateSep.FindStringIndex(labels[0].value); loc != nil {
				s.colonlessLabelDate(n, labels[0].value[loc[1]:])
			}
		}
		// "来源：江城日报 | 作者：张三 | 2024-05-16 10:21": a date no label
		// of the line took.
		if len(v.dates) == dated && !slices.ContainsFunc(labels, func(l labelled) bool { k := labelKind(l.label); return k == kindMember || k == kindViewed }) {
			if w, _, ok := s.cjkLineDate(n, t); ok {
				s.addDate(w, "", "visible-text")
			}
		}
	}()
	lineCand := -1 // the author candidate this line added
	s.editorChain(labels)
	for _, l := range labels {
		kind := labelKind(l.label)
		switch kind {
		case kindViewed:
			// "打印时间：2024-06-01 10:21": the reader's day, read
			// nowhere, and the line leaves the body.
			used = true
		case "editor":
			used = true
			if l.label == editDateLabel && hasDigit(l.value) {
				s.labelDate(kindModified, l, labels) // "ویرایش: ۱۷ مه ۲۰۲۴"
				break
			}
			if afterH1 {
				// "Penulis: Budi | Editor: Ani | Kamis, 16 Mei 2024
				// 10:20 WIB": the credit line's date closes the
				// editor's name as it closes the writer's.
				s.addTailDate(l.value)
			}
			s.editorCredit(l, labels)
		case "published", "modified":
			waits, dated := s.labelDate(kind, l, labels)
			if waits {
				return false
			}
			if dated {
				used = true
			} else if isTimeRemnant(l.value) {
				// "Updated at 1:23 p.m.", "Posted Nov 19, 6:51 AM": no
				// year to date it, but a dateline all the same.
				used = true
			}
		case "credit":
			if fromLabel(l, labels) {
				break
			}
			s.creditDate(l.value)
			// "来源：江城日报 张三 文/图": the writer's credit after the
			// source, with no label of its own.
			if src, names := cjkCreditAfterSource(l.value); names != nil {
				if !v.has(fromByline) {
					v.addAuthors(names, fromByline, s.pos, "文")
				}
				l.value = src
			}
			if c := cleanCredit(l.value); c != "" && v.credit == "" {
				if plausibleCredit(c) {
					v.credit = c
				}
				used = true
			}
		case "author":
			if afterH1 && !isCJKName(l.label) {
				s.addTailDate(l.value) // "Autor: Hans Müller, 08.05.2012"
			}
			names := labelledNames(l.label, cutBio(cutCJKAppositive(cutCJKPostRoles(l.value))))
			if !looksLikeNames(names) || inBookFacts(n) {
				break
			}
			if officeColonLabels[l.label] && !s.officeLabelPerson(names) {
				break
			}
			if !afterH1 {
				// "作者：张三", "Autor: Hans Müller" over the headline.
				if isCJKName(l.label) || s.besideHeadline(n) {
					s.creditAbove(n, &authorCand{names: names, from: fromByline, src: authorProv[fromByline], pos: s.pos, label: l.label})
				}
				break
			}
			if !v.has(fromByline) {
				used = v.addAuthors(names, fromByline, s.pos, l.label)
				lineCand = len(v.authorCands) - 1
			} else if lineCand >= 0 && isCJKName(names[0]) {
				// "记者：张三 通讯员：李四": one credit under two labels.
				c := &v.authorCands[lineCand]
				c.names = dedupe(append(c.names, names...))
			}
		}
	}
	return used
}

// leadTail reads the date that ends the text before a line's first label,
// after the site's name or address and before a bracketed author:
// "网易商业报道 http://biz.163.com 2005-01-14 17:02:30 来源:",
// "BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：", or after the
// byline's names: "Jane Doe and John Roe Sun 3 Mar 2024 09.15 GMT Last
// modified on …". The longest run of final words that is a date and
// little else is read: up to leadTailWords words, as a date written out
// with its weekday, time and zone takes six or seven ("March 3, 2024 at
// 9:15 a.m. EST"), and no more than dateSized's forty characters.
func (s *scanner) leadTail(lead string) (when, bool) {
	if len(lead) > 240 || !hasYearOrEpoch(lead) {
		return when{}, false
	}
	lead = strings.TrimRightFunc(reBracketTail.ReplaceAllString(lead, ""), notLetterDigit)
	f := strings.Fields(lead)
	for k := min(leadTailWords, len(f)); k >= 1; k-- {
		if tail := strings.Join(f[len(f)-k:], " "); dateSized(tail) && dateCovers(tail) {
			if w, ok := s.parse(tail); ok {
				return w, true
			}
		}
	}
	return when{}, false
}

// leadTailWords bounds the final words of a lead that leadTail reads.
const leadTailWords = 8

// reBracketTail is a bracketed name ending a dateline: "[ 黄宇 ]", "【记者】".
var reBracketTail = regexp.MustCompile(`\s*[\[【(（]\s*[^\]】)）]{1,24}\s*[\]】)）][^\p{L}\p{N}]*$`)

// isTimeRemnant reports whether v, the value of a date label, is a time, a
// date without its year or a relative one ("1 day ago"): digits, month and
// weekday names, "at", "on", a.m./p.m., zone abbreviations and the words of
// relative time only.
func isTimeRemnant(v string) bool {
	digits := false
	l := asciiLower(v)
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune(" ,;|·•()", r) }) {
		w = strings.Trim(w, ".")
		switch {
		case strings.ContainsAny(w, "0123456789"):
			digits = true
		case monthNum(w) != "", weekdays[w], w == "on", w == "at", w == "am", w == "pm", w == "a.m", w == "p.m", relativeWords[w]:
		case zones[strings.ToUpper(w)] != 0 || strings.ToUpper(w) == "UTC" || strings.ToUpper(w) == "GMT":
		default:
			return false
		}
	}
	return digits || strings.Contains(l, "yesterday") || strings.Contains(l, "today") || strings.Contains(l, "just now")
}

// relativeWords make "1 day ago", "3 hours ago" and "yesterday".
var relativeWords = map[string]bool{"ago": true, "minute": true, "minutes": true, "min": true, "mins": true, "hour": true, "hours": true,
	"hr": true, "hrs": true, "day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"yesterday": true, "today": true, "just": true, "now": true}

// cjkLineDate reads the date of a short Chinese line n that labels none:
// "记者｜张三 编辑｜李四 2024-05-16 10:21", "江城日报记者 张三 2024-05-16". The date
// counts when it gives the time of day, or stands apart from the words
// around it (a space, a bar or a bracket on each side): "会议于2024年5月16日
// 召开" is a sentence. A line that links a headline is a teaser's
// ("上一篇：<a>…</a> 2024-05-15"), and so is an item of a list of links
// and their dates (teaserDate). rest is the line without the date.
func (s *scanner) cjkLineDate(n *html.Node, t string) (w when, rest string, ok bool) {
	if len(t) > 160 || !holdsCJK(t) || !hasYearOrEpoch(t) || strings.Contains(t, "。") || todayAbove(t, s.v.h1Pos >= 0) || linksHeadline(n) || teaserDate(n) {
		return when{}, "", false
	}
	for _, re := range []*regexp.Regexp{reISO, reCJK} {
		m := re.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		timed := m[8] >= 0
		if !timed && !(fieldEdge(t[:m[0]], true) && fieldEdge(t[m[1]:], false)) {
			continue
		}
		if cjkSays(t[m[1]:]) {
			return when{}, "", false // "网友 2024-05-16 10:21 说：…": a reader's comment
		}
		if w, ok := s.parse(t[m[0]:m[1]]); ok {
			return w, strings.TrimSpace(t[:m[0]] + " " + t[m[1]:]), true
		}
	}
	return when{}, "", false
}

// cjkSays reports whether rest, what follows a date, opens with "说："
// (said), as the head of a reader's comment on a Chinese portal does
// ("网友 2024-05-16 10:21 说：…", "江城网友 2024-05-17 08:01 說：…"): no
// info line's date is followed by its speech.
func cjkSays(rest string) bool {
	rest = strings.TrimLeft(rest, " \t\n　")
	for _, w := range []string{"说", "說", "写道", "寫道"} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			return strings.HasPrefix(r, "：") || strings.HasPrefix(r, ":")
		}
	}
	return false
}

// fieldEdge reports whether a date that s ends (before) or starts (after)
// stands apart: at the line's end, or beside a space, a bar or a bracket.
func fieldEdge(s string, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return s == "" || unicode.IsSpace(r) || strings.ContainsRune("|｜[]［］【】()（）〔〕", r)
}

// linksHeadline reports whether n holds a link whose text is as long as a
// headline (eight Chinese characters or more): a source's name is shorter.
func linksHeadline(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool {
		return c.DataAtom == atom.A && textLenUpTo(c, 25) > 24
	}) != nil
}

// addAuthorElement records the names of an author element n, or of the
// author elements inside it, as a candidate, marked linked when n's
// author links spell them one each (linkedNames); items says each name
// is an element of its own (authorCand.items).
func (s *scanner) addAuthorElement(n *html.Node, names []string, items bool) {
	if s.replyPoster(n) {
		s.keepThreadPoster()
		return
	}
	// "新頭殼newtalk | 國際中心 綜合報導": the site's name before a
	// report's credit, which cjkCreditLine reads.
	if len(names) == 1 && holdsCJK(names[0]) && cjkReportLine(textOf(n)) {
		return
	}
	s.v.addAuthors(names, fromAuthorElement, s.pos, "")
	last := &s.v.authorCands[len(s.v.authorCands)-1]
	last.linked, last.items = linkedNames(n, names), items
	s.bareBylineFields(n, names)
}

// insetCredit reports whether an author element credits an inset rather
// than the article: it stands in a <figure> that does not hold the
// headline (a picture's, a chart's, an embedded post's author), or it or
// a block around it is classed a quotation ("quote-author", a pull quote's
// "— Jane Doe").
func insetCredit(n *html.Node) bool {
	for p, i := n, 0; p != nil && p.Type == html.ElementNode; p, i = p.Parent, i+1 {
		if p.DataAtom == atom.Figure {
			return findFirst(p, byTag(atom.H1)) == nil
		}
		if i < 3 && classIDHolds(p, "quote") {
			return true
		}
	}
	return false
}

// pictureCredit reports whether n, a line that opens with "By", is a
// picture's caption or in one: a <figcaption>, an inset (insetCredit),
// or a line classed a caption beside the picture, as WordPress set its
// "<div class=wp-caption><img><p class=wp-caption-text>" before
// <figure>. "<figcaption>By Jane Doe</figcaption>" credits the
// photographer, not the article's writer. A credit inside the caption's
// line ("<p class=wp-caption-text>The bridge. <span
// class=caption-author>John Roe</span></p>") is the caption's too.
func pictureCredit(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption || hasAncestor(n, byTag(atom.Figcaption)) || insetCredit(n) || underPicture(n.Parent) && textLen(n.Parent) == textLen(n) {
		return true
	}
	// The caption is the line, its parent or its grandparent (a credit
	// classed "caption-author" inside "wp-caption-text"); the picture is
	// in it or beside it.
	for a, i := n, 0; a != nil && a.Type == html.ElementNode && i < 3; a, i = a.Parent, i+1 {
		if classIDHolds(a, "caption") && (childPicture(a) || a.Parent != nil && childPicture(a.Parent)) {
			return true
		}
	}
	return false
}

// childPicture reports whether one of p's children is a picture or a
// link around one.
func childPicture(p *html.Node) bool {
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Img || c.DataAtom == atom.A && c.FirstChild != nil && c.FirstChild.DataAtom == atom.Img {
			return true
		}
	}
	return false
}

// underPicture reports whether w, a small wrapper, opens with a picture
// and holds nothing else but the line after it: "<div><img><p>By Jane
// Doe</p></div>" credits the picture without a caption's class. Not an
// author's box, whose avatar (a small image, one the wrapper or the image
// names so, or one whose alt text is the name) sits beside the name.
func underPicture(w *html.Node) bool {
	if w == nil || w.Type != html.ElementNode || textLenUpTo(w, 161) > 160 {
		return false
	}
	c := pastBlank(w.FirstChild, nextSibling)
	if c == nil || c.Type != html.ElementNode || !imageOnly(c) {
		return false
	}
	img := c
	if c.DataAtom != atom.Img {
		img = findFirst(c, byTag(atom.Img))
	}
	if img == nil || tinyImage(img) {
		return false
	}
	// The writer's portrait is named for them: "<img alt="Jamelle
	// Bouie">" beside "By Jamelle Bouie".
	if alt := strings.TrimSpace(attr(img, "alt")); alt != "" && strings.Contains(strings.ToLower(textOf(w)), strings.ToLower(alt)) {
		return false
	}
	// A box classed as the writer's in any language ("autorenbox",
	// isAuthorElement) is hers.
	if isAuthorElement(w) || isAuthorElement(c) {
		return false
	}
	for _, n := range []*html.Node{w, c, img} {
		for _, k := range []string{"author", "byline", "avatar", "profile", "headshot"} {
			if classIDHolds(n, k) || n == img && (hasFoldASCII(attr(img, "src"), k) || hasFoldASCII(attr(img, "alt"), k)) {
				return false
			}
		}
	}
	return true
}

// dateWord reports whether name is one word that is a month or a weekday:
// what is left of a date in an author element ("<div
// class=post-header_author-text>August 28, 2025 • 5 min read</div>").
func dateWord(name string) bool {
	w := strings.ToLower(strings.TrimSuffix(name, "."))
	_, month := months[w]
	return month || weekdays[w]
}

// byHeadings reports whether n is one of the headings of a list of ways
// that each open with "By": "By Car" and "By Train" under "Getting
// here", "By Region" and "By Sector" in a report, "By Mail" and "By
// Phone" under "Contact". A byline is one line; a heading of the same
// level among n's next siblings or its last ones that opens with "By"
// too makes n a section's heading, not a credit.
func byHeadings(n *html.Node) bool {
	if !isHeading(n) {
		return false
	}
	for _, step := range []func(*html.Node) *html.Node{nextElement, prevElement} {
		k := 0
		for sib := step(n); sib != nil && k < 8; sib, k = step(sib), k+1 {
			if sib.DataAtom == n.DataAtom && matchesByStart(textOf(sib)) {
				return true
			}
		}
	}
	return false
}
