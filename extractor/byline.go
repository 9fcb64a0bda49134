package extractor

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// visible is what the page's visible text says about the article.
type visible struct {
	// authorCands are the visible bylines and author elements, in page
	// order (authorvisible.go).
	authorCands []authorCand
	credit      string
	dates       []dateCand
	h1Pos       int
	// forced: the first date comes from a site selector and beats
	// structured metadata.
	forced bool
	// titled: the headline is an element whose text is the title, not
	// merely the page's first <h1>.
	titled bool
	// unsureMetaNames are the names of post-meta lines that open with no
	// common given name (metaNameBeforeDate): bylines only where the
	// page's metadata spells them too (gatherAuthors, metaSpells).
	unsureMetaNames []authorCand
	// others is the heading below the story's text that opened its
	// comments or a block of other stories (scanner.opensOthers), nil
	// when none did: the page shows no day of its own after it.
	others *html.Node
	// shown is the one day a page without any other date shows: anywhere
	// when its headline is not titled, outside its furniture when it is
	// (dateshown.go).
	shown []dateCand
	// ago are the relative dates of the page ("3 hours ago", dateago.go).
	ago []agoCand
	// monthDay is the first day without its year of a Chinese line
	// (zhyearless.go).
	monthDay *monthDay
	// addressDay is the first named month's day alone, without its year
	// and without a time of day, weekday or reading time to tell it from
	// an event's ("May 16", "By Jane Doe | May 16"; addressMonthDay): it
	// is read only in the year of the page's address (yearlessDate).
	addressDay *monthDay
	// reviewerRow: the scan met a reviewer's row with its day under a
	// byline (reviewerNote); shownDay passes over such a row's day.
	reviewerRow bool
	// updateDay is the first update without its year on a line that
	// states no publication date ("Updated May 17 at 10:21 AM"), nil for
	// none: its year is the publication's, else the fetch's
	// (yearlessUpdateDate).
	updateDay *monthDay
	// firstMonth is the month and year of a note that the piece first
	// appeared in it ("initialement publié en avril 2017"; zero: none).
	firstMonth time.Time
	// updatedSince: the note that the piece first appeared on some day
	// also says it has been updated since (updatedSinceNotes).
	updatedSince bool
	// topBar is the block of the top bar's today that the scan dropped
	// (zhtopbar.go), nil when none: no day the page shows either.
	topBar *html.Node
	// dayShown and monthShown count the numeric dates read whose numbers
	// can be read only day first ("17/06/2024") or only month first
	// ("06/17/2024"): the order the page writes its dates in (shownOrder).
	dayShown, monthShown int
	// fields are the blocks whose text became a field (bylines,
	// datelines, source lines), in page order: they leave the tree before
	// readability runs (removeFields).
	fields []*html.Node
	// signed are the paragraphs that are one name in bold, or a dash and
	// a name ("— Jane Doe"), which sign the story when one closes its
	// text (authorsigned.go).
	signed []string
	// copyrighted are the paragraphs that hold a copyright line and a
	// person's name ("© 2019 Anna Schreivogel"), with the text of the
	// paragraph before each (closingCopyright).
	copyrighted []copyrightLine
	// bios are the paragraphs that are a writer's biography in italics or
	// after a dash, which name the writer when one closes the text
	// (authorbio.go).
	bios []string
}

// removeFields removes from the tree the blocks whose text became a field.
// The scan recorded them as it went, so no walk looks for them again.
func (v *visible) removeFields() {
	for _, n := range v.fields {
		remove(n)
	}
}

// scanVisible looks for bylines, datelines and source lines in the short
// blocks of the page. Bylines count after the first <h1> only; dates are
// kept with their position and chosen later by distance to the headline.
// Blocks used are marked so that they leave the body.
func scanVisible(doc *html.Node, order dateOrder, title string, isoDates []string) visible {
	v := visible{h1Pos: -1}
	body := findFirst(doc, byTag(atom.Body))
	if body == nil {
		return v
	}
	// The headline is the <h1> that matches the title, else the first one.
	st := simplify(title)
	headline := findFirst(body, func(n *html.Node) bool {
		return isElement(n, atom.H1) && headlineOf(textOf(n), st)
	})
	v.titled = headline != nil
	if headline == nil {
		headline = findFirst(body, byTag(atom.H1))
	}
	if headline == nil {
		headline = titleElement(body, title)
		v.titled = headline != nil
	}
	s := scanner{v: &v, dateOrder: order, cjkTitle: holdsCJK(title), noHeadline: headline == nil, isoDates: isoDates, topDay: -1}
	// holdsHeadline: the headline's own block is never furniture, however
	// the page names it (a Tailwind grid area called "sidebar", a "hero
	// banner"): its byline is beside it.
	above := map[*html.Node]bool{} // the headline's ancestors, found once
	if headline != nil {
		for p := headline.Parent; p != nil; p = p.Parent {
			above[p] = true
		}
	}
	s.headline = headline
	holdsHeadline := func(n *html.Node) bool { return above[n] }
	cs := newCards(above)
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom == atom.P && s.cjkTitle && (v.h1Pos >= 0 || s.noHeadline) {
			splitCreditLine(n) // "<p>文｜张三 编辑｜李四<br>3月5日上午，…</p>"
		}
		cs.enter(n, s.pos, above)
		if n == headline && n.DataAtom != atom.H1 {
			// A headline set in another element (titleElement): the
			// title, so not the body's, which readability keeps when it
			// is not a heading.
			s.dropTopBarDay(headline)
			s.datesAboveHeadline()
			if ownLine(n) {
				v.fields = append(v.fields, n)
			}
			v.h1Pos = s.pos
			s.pos++
			return false
		}
		if (v.h1Pos >= 0 || s.noHeadline) && !s.comments && isHeading(n) && opensComments(n) && !strings.EqualFold(strings.TrimSpace(textOf(n)), "comment") {
			// "<h2 id=comments>Comments</h2>" over the readers' posts,
			// each signed "Posted by: Jane Doe at …" as the story is:
			// the bylines below are commenters'. ("Comment" alone may
			// head a part of the story.)
			s.comments = true
		}
		s.opensOthers(n)
		if len(n.Attr) > 0 && s.nearHeadline(metaLineWindow) && !s.comments {
			s.headerDataDate(n)
		}
		if len(n.Attr) > 0 && above[n] {
			s.headlineDataDate(n, headline)
		}
		ownFooter, lineNav := false, false
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button:
			return false
		case atom.Nav:
			// A menu is no article's, but some templates set the line
			// under the headline in a <nav> (NDTV's "pst-by": "Edited by
			// Jane Doe | Updated: March 12, 2024 10:15 am IST"): such a
			// line is read as the byline block it is.
			if !s.nearHeadline(metaNavWindow) || s.prose > 0 || !metaNav(n) {
				return false
			}
			lineNav = true
		case atom.Blockquote:
			// A quotation's credit and date are the quoted words' (a
			// pull quote's "— Jane Doe", an embedded post's date).
			if !holdsHeadline(n) {
				return false
			}
		case atom.Footer, atom.Aside:
			// A page's footer and sidebars are not the article's, but an
			// <article>'s own footer or aside often holds its byline and date.
			if !hasAncestor(n, byTag(atom.Article)) && !holdsHeadline(n) {
				if n.DataAtom == atom.Aside {
					s.sidebarAuthors(n)
				}
				return false
			}
			if n.DataAtom == atom.Aside || hasBlockChild(n) {
				return true
			}
			// "<footer class=entry-meta>Posted on May 8, 2012 by
			// Anna</footer>": the article's footer is a block of its own,
			// read as one wherever it stands.
			ownFooter = true
		case atom.A:
			if s.authorNext && s.pos-s.authorNextPos <= 2 && !v.has(fromByline) {
				s.authorNext = false
				if names := splitAuthors(textOf(n)); looksLikeNames(names) {
					v.addAuthors(names, fromByline, s.pos, s.authorLabel)
					return false
				}
			}
			if s.nearHeadline(dateWindowAfter) && !v.has(fromAuthorElement) && (bylineAuthorLink(n) || !s.comments && avatarLink(n)) {
				if s.replyPoster(n) {
					s.keepThreadPoster()
					return true
				}
				s.addLinkedAuthors(n)
			} else if s.nearHeadline(dateWindowAfter) && !v.has(fromAuthorElement) && !s.comments && memberProfileLink(n) {
				s.memberLinkPoster(n)
			}
			s.inlineAuthor(n)
			if !mailByline(n) {
				return true
			}
			// A labelled byline linked to the writer's mail address,
			// a line of its own: read as a block below.
		case atom.H1:
			if n == headline {
				s.dropTopBarDay(headline)
				s.datesAboveHeadline()
				v.h1Pos = s.pos
				s.headlineDate(n)
			}
			s.pos++
			// The info line set inside the headline after a line break
			// is read as the line under it is.
			return n == headline && headlineInfo(n) != nil
		case atom.Time, 0, atom.Abbr, atom.Span:
			stamp, ok := timeStamp(n)
			if !ok {
				if n.Data == "author" {
					s.inlineAuthor(n)
				}
				break // another element: read on
			}
			// <time>, the <date> some templates invent, AMP's
			// <amp-timeago> and jQuery's timeago.
			s.pos++
			if stamp == "" && s.japanese() {
				stamp = eraAbbrevShown(textOf(n), true) // "<time>R6.5.16</time>"
			}
			if w, ok := s.parse(firstNonEmpty(stamp, textOf(n))); ok {
				if stamp != "" {
					w = s.shownLocalDay(w, n)
				}
				if kind := s.timeKind(n); kind != kindEvent {
					v.dates = append(v.dates, dateCand{w: w, kind: kind, src: "time-element", pos: s.pos, teaser: kind == "" && (s.othersDate(n) || n.DataAtom == atom.Time && teaserEntryTime(n))})
				}
			} else if attr(n, "datetime") == "" {
				s.node = n
				if t := textOf(n); !s.agoOf(t, n) && (v.h1Pos >= 0 || s.noHeadline) && !hasYearOrEpoch(t) && !linksHeadline(n) {
					// A day without its year, read as it is in a line
					// of its own: "<time>Mar 12, 10:15 AM</time>",
					// "<time>3/12(火) 10:15配信</time>".
					s.cjkMonthDay(n, t, s.cjkTitle || holdsCJK(t))
					s.shownMonthDay(n, t)
					s.weekdayMonthDay(n, t)
					if ls := splitLabels(t); len(ls) == 1 && strings.HasPrefix(t, ls[0].raw) && labelKind(ls[0].label) == kindModified && !teaserDate(n) {
						// "<time>Updated Mar 14, 9:00 AM</time>": the
						// update, as the line is read in a block.
						s.updateMonthDay(ls[0].value)
					}
				}
			}
			return false
		}
		if n.DataAtom != atom.Form && !ownFooter && !lineNav && isFurniture(n) && !classIDHolds(n, "author") && !(classIDHolds(n, "autor") && isAuthorElement(n)) && !holdsHeadline(n) {
			if !s.furnitureByline(n) {
				if (s.nearFurniture(n) || s.postFurniture(n)) && !cs.holdsCard(n, above) {
					s.furnitureDates(n)
				}
				s.furnitureAuthor(n)
				if strings.Contains(classID(n), "sidebar") {
					s.sidebarAuthors(n)
				}
				return false
			}
			if hasBlockChild(n) {
				return true // read on: its byline is a block of its own
			}
			// "<div class=post-footer>Posted by …": the byline is the block.
		}
		if looseInline(n) {
			s.looseByline(n)
		}
		if !isBlockish(n) || n.DataAtom == atom.A && !mailByline(n) {
			return true
		}
		// Past the byline area only source, byline and author lines matter;
		// a look at the first words avoids measuring every block.
		// A page without a headline is read to its end: its byline may be
		// below any number of sidebar entries, and a date it labels once
		// counts wherever it is (visible.pick).
		past := v.h1Pos >= 0 && s.pos-v.h1Pos > dateWindowAfter
		// Whether n's class names an author, asked of it below by up to
		// four rules and looked up at most once.
		authorEl := -1
		isAuthorEl := func() bool {
			if authorEl < 0 {
				authorEl = 0
				if isAuthorElement(n) {
					authorEl = 1
				}
			}
			return authorEl == 1
		}
		if v.h1Pos >= 0 && !v.has(fromAuthorElement) && authorBioClass(n) {
			s.bioCard(n)
		}
		if n.DataAtom == atom.P && v.h1Pos >= 0 {
			s.signedLine(n)
			s.closingBioLine(n)
			s.guestPostLine(n, v.has(fromByline))
		}
		if past && s.held == nil && !v.has(fromByline) {
			s.closingByLine(n)
		}
		if past && !ownFooter && !s.nameDue() && !classIDHolds(n, "date") && !isAuthorEl() && !startsWithLabel(n) {
			return true
		}
		if holdsHeadline(n) {
			return true // the headline and its byline are read one by one
		}
		tl := textLenUpTo(n, 240)
		if tl > 80 && !v.has(fromAuthorElement) && isAuthorEl() {
			s.authorBox(n)
		} else if tl == 0 && !v.has(fromAuthorElement) && isAuthorEl() {
			s.photoCard(n)
		}
		if tl > 240 && v.h1Pos >= 0 && (n.DataAtom == atom.P || !hasBlockChild(n)) {
			s.prose++
		} else if tl > 120 && s.prose == 0 && v.h1Pos >= 0 && n.DataAtom == atom.P && holdsCJK(firstText(n)) {
			s.cjkParas++
		}
		if tl > 240 && !past {
			s.looseDates(n)
			if s.nearHeadline(3) {
				s.leadDateline(n)
				s.standfirstCredit(n)
			}
		} else if tl > 0 && !past && ownTextHasDigit(n) && isAuthorEl() {
			// "<div class=author><a>Name</a>, 21. Jan. 2015 <div
			// class=rating>…": the byline's own date.
			s.looseDates(n)
		}
		if tl > 240 && s.authorNext && s.authorLabel == aboutAuthorLabel && !hasBlockChildWithAllText(n, tl) {
			// A biography too long for a byline block under "About the
			// author": its first words may name the writer.
			s.authorNext = false
			if !v.has(fromByline) {
				if names := bioName(textOf(n)); names != nil {
					v.addAuthors(names, fromByline, s.pos, aboutAuthorLabel)
				}
			}
		}
		if tl == 0 || tl > 240 {
			return true
		}
		// Work on the innermost block that holds all of this text.
		if hasBlockChildWithAllText(n, tl) || cs.holdsCard(n, above) {
			return true
		}
		s.pos++
		if storyListRow(n) {
			return true // "<ul><li>Board minutes of 13 June 2024</li>…" among the story's paragraphs
		}
		found := len(v.dates)
		s.nameOverDate(n)
		used := s.block(n)
		s.lastBlock, s.lastPos = n, s.pos
		s.noteTopBarDay(n, found)
		if used {
			if len(v.dates) == found {
				s.bylineTimes(n)
			} else {
				s.instantsShown(n, found)
				s.updatedTimes(n, found)
			}
			if !storyThenCredit(textOf(n)) {
				v.fields = appendFieldLines(v.fields, n)
			}
			return false
		}
		if s.nearHeadline(3) {
			if len(v.dates) == found {
				s.leadDateline(n)
			}
			s.standfirstCredit(n)
			s.arabicPlaceLine(n, strings.TrimSpace(textOf(n)))
		}
		// Not a byline as a whole: its parts may be (a date in one <li>).
		return true
	})
	cs.close(s.pos)
	v.dates = cs.drop(v.dates)
	s.weekdayBarOverDateline()
	s.keepAboveHeadline()
	if c := s.held; c != nil && !v.has(fromByline) && (c.label == "by" || c.label == "says" || !v.has(fromAuthorElement)) {
		v.authorCands = append(v.authorCands, *c)
		if s.heldLine != nil {
			v.fields = append(v.fields, s.heldLine)
		}
	}
	if v.h1Pos < 0 {
		// No headline: dates count from the top of the page. (Keeping only
		// labelled dates here was measured on wcxb-dev: 5 more pages wrong.)
		v.h1Pos = 0
	}
	return v
}

// appendFieldLines appends to fields what of n, a short block read as a
// byline, dateline or source line, leaves the tree: n, unless a block in
// it holds prose, as a post of a sentence or two does with its headline
// and byline around it, or a paragraph before its "[Source: …]". Then the
// blocks of n with text and without prose go, and the prose stays. A
// comment and its "Posted by" line go together: comments are not the
// article.
func appendFieldLines(fields []*html.Node, n *html.Node) []*html.Node {
	if !hasBlockChild(n) || findFirst(n, func(c *html.Node) bool { return c != n && proseBlock(c) }) == nil ||
		commentish(n) || hasAncestor(n, commentish) {
		return append(fields, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockTag(c.DataAtom) && textLen(c) > 0 && findFirst(c, proseBlock) == nil { // c itself included
			fields = append(fields, c)
		}
	}
	return fields
}

// proseBlock reports whether n is a paragraph of prose (isProse).
func proseBlock(n *html.Node) bool {
	return n.DataAtom == atom.P && isProse(n, textLen(n))
}

// titleElement is, on a page without an <h1>, the outermost element whose
// whole text is the title: older templates set the headline in a <td>,
// <font> or <b>. The title may still carry the site's name after a
// separator ("…(图)_新浪房产"): its longest segment is tried as well. Text
// nodes are compared first and only their ancestors are measured, so the
// page is walked once.
func titleElement(body *html.Node, title string) *html.Node {
	wants := map[string]bool{}
	if w := simplify(title); len(w) >= 4 {
		wants[w] = true
	}
	longest := ""
	for _, seg := range titleParts(title) {
		if len(seg) > len(longest) {
			longest = seg
		}
	}
	if w := simplify(longest); len(w) >= 12 {
		wants[w] = true
	}
	if len(wants) == 0 {
		return nil
	}
	shortest := len(title)
	for w := range wants {
		shortest = min(shortest, len(w))
	}
	var found *html.Node
	walk(body, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.A) {
			return false
		}
		if n.Type != html.TextNode || len(n.Data) > len(title)+64 {
			return true
		}
		// "Headline [VIDEO]": the line with its mark (unmarkedKey).
		want := simplify(n.Data)
		if len(want) < shortest {
			return true // no wanted key, and cutting its marks shortens it
		}
		if !wants[want] {
			if want = unmarkedKey(n.Data); !wants[want] {
				return true
			}
		}
		for p := n.Parent; p != nil && p != body && p.Type == html.ElementNode; p = p.Parent {
			if textLenUpTo(p, len(title)+64) > len(title)+32 || !headlineOf(textOf(p), want) {
				break
			}
			found = p
		}
		return found == nil
	})
	return found
}

// tailLabels start the lines worth reading far below the headline.
var tailLabels = []string{"source", "posted", "post time", "published", "updated", "last updated", "来源", "本文来源", "稿源", "出处", "quelle", "fuente", "fonte", "by ", "written by", "article written by", "reporting by", "作者", "记者", "责任编辑", "编辑",
	// German credits closing an article: "Autor: Hans Müller", "Autoren
	// Jelko Djuren und Jutta Klaukien", "Verfasserin: Anna Berg", and
	// with their colon "Text: Hans Müller", "Text und Fotos: Hans Müller"
	// and "Von: Hans Müller" (a sentence opens with "Text" or "Von" too,
	// never with the colon).
	"autor", "verfasser", "text:", "text und fotos:", "von:",
	// An interview's interviewer (interviewerByline): "Das Interview
	// führte Anna Schmidt.", "Die Fragen stellte …", "Interview by …".
	"das interview führte", "das gespräch führte", "die fragen stellte", "interview by", "interviewed by", "interview und fotos:", "interview and photos:",
	// The same credit in English and French and with German's article,
	// its colon kept (a sentence opens with "Der Autor" or "L'auteur"
	// too): "Author: Jane Doe is a freelance writer …", "L'auteur : Jean
	// Dupont est …", "Die Autorin: Anna Schmidt ist …" (cutBio).
	"author:", "der autor:", "die autorin:", "l'auteur:", "l'auteur :", "l’auteur:", "l’auteur :",
	// Russian and Ukrainian papers' "Автор: Иван Петров" closing the
	// text, its colon kept (asciiLower leaves Cyrillic's case).
	"автор:", "Автор:", "АВТОР:",
	// The same credit with its colon in Dutch, French without the
	// article, Turkish and Polish, and Russian's "Текст:": "Auteur: Jan de
	// Vries", "Yazar: Mehmet Yılmaz", "Tekst: Jan de Vries".
	"auteur:", "auteur :", "yazar:", "tekst:", "текст:", "Текст:",
	// "Text:" in Spanish, Portuguese, French and Italian (textWords):
	// "Texto: Juan Pérez", "Texte : Jean Dupont", "Testo: Mario Rossi".
	"texto:", "texte:", "texte :", "testo:",
	// And in Arabic, Persian and Hindi: "الكاتب: أحمد علي", "نویسنده:
	// علی رضایی", "लेखक: राम शर्मा".
	"الكاتب:", "نویسنده:", "लेखक:",
	// The reporter's and the writer's labels of Indonesian, Turkish and
	// Persian papers ("Penulis: Budi Santoso<br>Editor: …", "Haber: …",
	// "Muhabir: …", "خبرنگار: …"), and the prepositions that Spanish,
	// Portuguese, French and Dutch write with a colon as a label ("Por:
	// Ana Gómez", "Par : Jean Dupont", "Door: Jan de Vries").
	"penulis:", "haber:", "muhabir:", "خبرنگار:", "por:", "par:", "par :", "door:",
	// Italian's ("Di: Mario Rossi"; a sentence opens with "Di", never
	// with its colon).
	"di:",
	// A magazine's credit of the words ("Words: Jane Doe", "Words &
	// photos: Jane Doe"); a sentence never opens with its colon.
	"words:", "words & photos:", "words and photos:",
	// The box about the writer that closes a post (reAboutAuthor).
	"about the author", "über den autor", "Über den autor", "über die autorin", "Über die autorin", "à propos de l", "À propos de l", "sobre el autor", "sobre la autora", "sobre o autor", "sobre a autora", "l'autore", "over de auteur"}

// startsWithLabel reports whether the first text below n starts with one of
// tailLabels.
func startsWithLabel(n *html.Node) bool {
	// The walk stops at the first text: it is asked of every block past
	// the byline area, the page's wrappers among them.
	var first string
	for c := n; c != nil && first == ""; c = nextInTree(c, n, true) {
		if c.Type == html.TextNode {
			first = strings.TrimSpace(c.Data)
		}
	}
	if len(first) > 24 {
		first = first[:24]
	}
	first = asciiLower(strings.TrimLeft(first, "(（[【 "))
	if first == "" {
		return false
	}
	for _, l := range tailLabelsByFirst[first[0]] {
		if strings.HasPrefix(first, l) {
			return true
		}
	}
	return false
}

// mailByline reports whether n is a link to a mail address that opens
// with a byline's label and is a line of its own: "<a
// href="mailto:…"><b>Von:</b><br>Jane Doe</a>" closing a story, as
// TYPO3's news templates link the author to the address the editor
// stored, hidden from spam robots as
// "javascript:linkTo_UnCryptMailto(…)". A link is otherwise read as part
// of the block around it, which here is the whole story.
func mailByline(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	href := attr(n, "href")
	if !(len(href) >= 7 && strings.EqualFold(href[:7], "mailto:")) && !strings.Contains(href, "UnCryptMailto") {
		return false
	}
	return ownLine(n) && startsWithLabel(n)
}

// tailLabelsByFirst holds tailLabels by their first byte: startsWithLabel
// tries only those that can open the text, not all hundred on every
// wrapper below the byline area.
var tailLabelsByFirst = func() *[256][]string {
	var by [256][]string
	for _, l := range tailLabels {
		by[l[0]] = append(by[l[0]], l)
	}
	return &by
}()

// looseInline reports whether n is an inline element of emphasis set
// between blocks or <br>s, a line of its own as a browser lays it out:
// "<h2>A story</h2><em class=info>Posted by Jane Doe in News.</em><p>…",
// as some WordPress themes set the byline, or "<b>Headline</b><br><font
// size=2>By Jane Doe</font><br><br>Text…" in an older CMS's table cell.
func looseInline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Em, atom.I, atom.B, atom.Strong, atom.Font:
		return n.Parent != nil && (hasBlockChild(n.Parent) || ownLine(n))
	}
	return false
}

// looseByline holds the byline that a loose inline element n sets
// (looseInline): "Posted by Jane Doe in News." Such a line is not a
// block: its names count as those of the other bylines the text keeps do
// (scanner.held), when no byline block names anyone, and only then does
// it leave the body (scanner.heldLine).
func (s *scanner) looseByline(n *html.Node) {
	v := s.v
	if s.held != nil || v.has(fromByline) || v.h1Pos < 0 && !s.noHeadline {
		return
	}
	t := textOf(n)
	if len(t) >= 160 || !matchesByStart(t) {
		return
	}
	if names := splitAuthors(t); looksLikeNames(names) {
		s.held = &authorCand{names: names, from: fromByline, src: authorProv[fromByline], pos: s.pos, label: "by"}
		s.heldLine = n
	}
}

// shownLocalDay is the day that n, a <time> element whose datetime gave w,
// shows in its text, when w is a UTC instant and the text a full date on
// the day before or after it: the same instant in the site's zone
// ("<time datetime=2024-03-11T23:15:00Z>March 12, 2024 — 10.15am</time>"
// in Sydney). The reader's day is the one shown, as it is when the element
// sits in a line of its own; with the wall time shown, the instant is kept
// in the zone it implies. A numeric day whose order is a guess (byOrder)
// does not override.
func (s *scanner) shownLocalDay(w when, n *html.Node) when {
	if !w.hasZone || !w.hasTime {
		return w
	}
	if _, off := w.t.Zone(); off != 0 {
		return w
	}
	t := strings.TrimSpace(textOf(n))
	if len(t) < 8 || len(t) > 60 || !hasYearOrEpoch(t) {
		return w
	}
	shown, ok := s.parse(t)
	if !ok || shown.hasZone || shown.byOrder || sameDay(shown, w) {
		return w
	}
	if !shown.hasTime {
		// "March 12, 2024 — 10.15am", its time not read: the day shown,
		// when it is the instant's day in some zone.
		d := time.Date(shown.t.Year(), shown.t.Month(), shown.t.Day(), 0, 0, 0, 0, time.UTC)
		if u := time.Date(w.t.Year(), w.t.Month(), w.t.Day(), 0, 0, 0, 0, time.UTC); d.Sub(u).Abs() == 24*time.Hour {
			return shown
		}
		return w
	}
	// The wall time shown less the instant is the zone's offset: whole
	// quarter hours from UTC-12 to UTC+14.
	wall := time.Date(shown.t.Year(), shown.t.Month(), shown.t.Day(), shown.t.Hour(), shown.t.Minute(), 0, 0, time.UTC)
	off := wall.Sub(w.t)
	if off%(15*time.Minute) != 0 || off < -12*time.Hour || off > 14*time.Hour || off == 0 {
		return w
	}
	return when{t: wall.Add(-off).In(time.FixedZone("", int(off/time.Second))), hasTime: true, hasZone: true}
}

// Bounds of a <nav> read as a meta line (metaNav): its text, its links,
// and how many blocks below the headline it stands (a pager below the
// text is a <nav> too).
const (
	metaNavText   = 200
	metaNavLinks  = 2
	metaNavWindow = 4
)

// metaNav reports whether n, a <nav>, is a meta line and not a menu: short,
// with few links, a date in its text outside them and a label of
// publication or update ("<nav class=pst-by><a>Jane Doe</a> | Updated:
// March 12, 2024</nav>"). A menu's or a pager's dates, if any, are its
// links' ("Previous: <a>… March 11, 2024</a>"), and a date alone in a
// <nav> is furniture's (TestNoDateFromHiddenFurniture).
func metaNav(n *html.Node) bool {
	if textLenUpTo(n, metaNavText+1) > metaNavText {
		return false
	}
	links, dated := 0, false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for c = c.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				t := strings.TrimSpace(c.Data)
				dated = dated || hasYearOrEpoch(t) && strings.ContainsFunc(t, notDigit)
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.A:
				links++
			case c.DataAtom == atom.Time:
				dated = true
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return dated && links <= metaNavLinks && len(findLabels(textOf(n))) > 0
}

func notDigit(r rune) bool { return r < '0' || r > '9' }

// headerDataDate records the dates that n, an element of the lines under
// the headline, holds in data attributes named for a publication or an
// update while its text shows no date: templates whose script writes the
// date in ("<div class="article-meta"
// data-publish-date="2024-03-12T10:15:00Z"
// data-update-date="2024-03-14T09:00:00Z">", "<div class="byline"
// data-published="1710238500">By Jane Doe</div>"), or named for a date or
// a time alone on an element without text, which the script fills
// ("<span class="date" data-time="2024-03-12 10:15:00"></span>"): such a
// name on an element with words of its own ("<span class="views"
// data-time=…>Thursday</span>", a share bar's data-date) may date
// something else. An element that timeStamp reads is read there; a
// teaser's or another story's card is not read.
func (s *scanner) headerDataDate(n *html.Node) {
	stamped, named := false, false // named: for a publication or an update
	for _, a := range n.Attr {
		if kind, ok := dataDateKind(a); ok {
			stamped, named = true, named || kind != ""
		}
	}
	if !stamped {
		return
	}
	if st, ok := timeStamp(n); ok && st != "" {
		return
	}
	if t := textOf(n); t != "" && (!named || len(t) > maxDataDateText || hasYearOrEpoch(t)) {
		return
	}
	if teaserDate(n) || s.othersDate(n) {
		return
	}
	s.dataDates(n)
}

// dataDates records the dates n holds in the data attributes that
// dataDateKind reads, each of the kind its name says.
func (s *scanner) dataDates(n *html.Node) {
	for _, a := range n.Attr {
		if kind, ok := dataDateKind(a); ok {
			if w, ok := parseDate(strings.TrimSpace(a.Val), s.dayFirst); ok {
				s.v.dates = append(s.v.dates, dateCand{w: w, kind: kind, src: "time-element", pos: s.pos})
			}
		}
	}
}

// headlineDataDate records the dates that n, an element that wraps the
// headline a few levels up (the article's header), holds in the data
// attributes headerDataDate reads under the headline: templates whose
// script writes the date in keep it on the header as often as on the
// line under the headline ("<header class="story-header"
// data-published="1718360520"><h1>…"). The page's outer wrappers hold
// dates of the build or of the session, not the story's: the header is
// at most maxHeadlineDataLevels above the headline, and never <body>.
func (s *scanner) headlineDataDate(n, headline *html.Node) {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return
	}
	up := 0
	for p := headline.Parent; p != n; p = p.Parent {
		if up++; p == nil || up >= maxHeadlineDataLevels {
			return
		}
	}
	s.dataDates(n)
}

// maxHeadlineDataLevels bounds how far above the headline headlineDataDate
// reads a header's data attributes: the header, and a wrapper or two.
const maxHeadlineDataLevels = 3

// maxDataDateText bounds the text of an element headerDataDate reads for
// a publication or an update: a byline or a line of buttons, not a block
// of the story.
const maxDataDateText = 100

// dataDateKind reports whether a is a data attribute that names a
// publication ("data-publish-date", "data-published", "data-pubdate"),
// an update ("data-update-date", "data-modified") or a date or a time
// alone ("data-date", "data-time", "data-timestamp") and holds an instant
// (an epoch in seconds or milliseconds, or an ISO date), and the kind its
// name says ("" for a date or a time alone). The name is looked up whole
// (dataDateNames), its dashes and underscores left out: a date of
// something else ("data-cache-date" on an advert, "data-start-time",
// "data-reading-time") is not read.
func dataDateKind(a html.Attribute) (string, bool) {
	if len(a.Key) < len("data-date") || len(a.Key) > len("data-")+maxDataDateName || !strings.HasPrefix(a.Key, "data-") {
		return "", false
	}
	var b [maxDataDateName]byte
	k := 0
	for i := len("data-"); i < len(a.Key); i++ {
		if c := a.Key[i]; c != '-' && c != '_' {
			b[k] = c
			k++
		}
	}
	kind, ok := dataDateNames[string(b[:k])]
	if !ok || !isDataInstant(strings.TrimSpace(a.Val)) {
		return "", false
	}
	return kind, true
}

// maxDataDateName bounds the name after "data-" that dataDateKind looks
// up: the longest of dataDateNames with its dashes.
const maxDataDateName = 24

// dataDateNames are the names of the data attributes that templates keep
// the page's date in, without "data-" and their dashes, each with the kind
// it says.
var dataDateNames = map[string]string{
	"date": "", "time": "", "timestamp": "", "datetime": "", "utime": "", "unixtime": "",
	"publish": kindPublished, "published": kindPublished, "publishdate": kindPublished, "publisheddate": kindPublished,
	"publishtime": kindPublished, "publishedtime": kindPublished, "publishedat": kindPublished, "publishdatetime": kindPublished,
	"publisheddatetime": kindPublished, "pubdate": kindPublished, "pubtime": kindPublished, "publicationdate": kindPublished,
	"postdate": kindPublished, "posted": kindPublished, "created": kindPublished, "createdat": kindPublished, "createdate": kindPublished,
	"updated": kindModified, "updatedate": kindModified, "updateddate": kindModified, "updatetime": kindModified, "updatedtime": kindModified,
	"updatedat": kindModified, "modified": kindModified, "modifieddate": kindModified, "modifydate": kindModified, "lastmodified": kindModified,
	"lastupdated": kindModified,
}

// isDataInstant reports whether v is an epoch in seconds or milliseconds
// (10 or 13 digits) or starts as an ISO date ("2024-03-12").
func isDataInstant(v string) bool {
	if (len(v) == 10 || len(v) == 13) && isDigits(v) {
		return true
	}
	return len(v) >= 10 && len(v) <= 40 && isDigits(v[:4]) && v[4] == '-' && isDigits(v[5:7]) && v[7] == '-' && isDigits(v[8:10])
}
