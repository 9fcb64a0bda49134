package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markAttr marks nodes whose text became a field, so that cleaning removes
// them from the body after readability has run.
const markAttr = "data-newsprint-field"

// visible is what the page's visible text says about the article.
type visible struct {
	// authorCands are the visible bylines and author elements, in page
	// order (authorcands.go).
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
	// shown is the one day a page without a titled headline or any other
	// date shows anywhere (dateshown.go).
	shown []dateCand
}

// scanVisible looks for bylines, datelines and source lines in the short
// blocks of the page. Bylines count after the first <h1> only; dates are
// kept with their position and chosen later by distance to the headline.
// Blocks used are marked so that they leave the body.
func scanVisible(doc *html.Node, dayFirst bool, title string, isoDates []string) visible {
	v := visible{h1Pos: -1}
	body := findFirst(doc, byTag(atom.Body))
	if body == nil {
		return v
	}
	// The headline is the <h1> that matches the title, else the first one.
	headline := findFirst(body, func(n *html.Node) bool {
		return isElement(n, atom.H1) && simplify(textOf(n)) == simplify(title) && title != ""
	})
	v.titled = headline != nil
	if headline == nil {
		headline = findFirst(body, byTag(atom.H1))
	}
	if headline == nil {
		headline = titleElement(body, title)
		v.titled = headline != nil
	}
	s := scanner{v: &v, dayFirst: dayFirst, noHeadline: headline == nil, isoDates: isoDates}
	// holdsHeadline: the headline's own block is never furniture, however
	// the page names it (a Tailwind grid area called "sidebar", a "hero
	// banner"): its byline is beside it.
	above := map[*html.Node]bool{} // the headline's ancestors, found once
	if headline != nil {
		for p := headline.Parent; p != nil; p = p.Parent {
			above[p] = true
		}
	}
	holdsHeadline := func(n *html.Node) bool { return above[n] }
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n == headline && n.DataAtom != atom.H1 {
			// A headline set in another element (titleElement).
			v.h1Pos = s.pos
			s.pos++
			return false
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Nav, atom.Select, atom.Button:
			return false
		case atom.Footer, atom.Aside:
			// A page's footer and sidebars are not the article's, but an
			// <article>'s own footer or aside often holds its byline and date.
			if !hasAncestor(n, byTag(atom.Article)) && !holdsHeadline(n) {
				return false
			}
			return true
		case atom.A:
			if s.authorNext && s.pos-s.authorNextPos <= 2 && !v.has(fromByline) {
				s.authorNext = false
				if names := splitAuthors(textOf(n)); looksLikeNames(names) {
					v.addAuthors(names, fromByline, s.pos, s.authorLabel)
					return false
				}
			}
			if v.h1Pos >= 0 && s.pos-v.h1Pos <= dateWindowAfter && !v.has(fromAuthorElement) && isAuthorLink(n) {
				if names, linked := authorLinkList(n); looksLikeNames(names) {
					v.addAuthors(names, fromAuthorElement, s.pos, "")
					v.authorCands[len(v.authorCands)-1].linked = linked
				}
			}
			return true
		case atom.H1:
			if n == headline {
				v.h1Pos = s.pos
			}
			s.pos++
			return false
		case atom.Time, 0:
			if n.DataAtom == 0 && n.Data != "date" {
				break // another unknown element: read on
			}
			// <time>, and the <date> some templates invent.
			s.pos++
			if w, ok := s.parse(firstNonEmpty(attr(n, "datetime"), textOf(n))); ok {
				kind := s.kindOf(n)
				v.dates = append(v.dates, dateCand{w: w, kind: kind, src: "time-element", pos: s.pos})
			}
			return false
		}
		if n.DataAtom != atom.Form && isFurniture(n) && !strings.Contains(classID(n), "author") && !holdsHeadline(n) {
			if s.nearFurniture(n) || s.postFurniture(n) {
				s.furnitureDates(n)
			}
			s.furnitureAuthor(n)
			return false
		}
		if !isBlockish(n) || n.DataAtom == atom.A {
			return true
		}
		// Past the byline area only source, byline and author lines matter;
		// a look at the first words avoids measuring every block.
		// A page without a headline is read to its end: its byline may be
		// below any number of sidebar entries, and a date it labels once
		// counts wherever it is (visible.pick).
		past := v.h1Pos >= 0 && s.pos-v.h1Pos > dateWindowAfter
		if past && !isAuthorElement(n) && !startsWithLabel(n) && !strings.Contains(classID(n), "date") && !s.nameDue() {
			return true
		}
		if holdsHeadline(n) {
			return true // the headline and its byline are read one by one
		}
		tl := textLenUpTo(n, 240)
		if tl > 80 && !v.has(fromAuthorElement) && isAuthorElement(n) {
			s.authorBox(n)
		}
		if tl > 240 && !past {
			s.looseDates(n)
			if v.h1Pos >= 0 && s.pos-v.h1Pos <= 3 {
				s.leadDateline(n)
			}
		} else if tl > 0 && !past && ownTextHasDigit(n) && isAuthorElement(n) {
			// "<div class=author><a>Name</a>, 21. Jan. 2015 <div
			// class=rating>…": the byline's own date.
			s.looseDates(n)
		}
		if tl == 0 || tl > 240 {
			return true
		}
		// Work on the innermost block that holds all of this text.
		if hasBlockChildWithAllText(n, tl) {
			return true
		}
		s.pos++
		found := len(v.dates)
		if s.block(n) {
			setAttr(n, markAttr, "byline")
			return false
		}
		if len(v.dates) == found && v.h1Pos >= 0 && s.pos-v.h1Pos <= 3 {
			s.leadDateline(n)
		}
		// Not a byline as a whole: its parts may be (a date in one <li>).
		return true
	})
	s.keepAboveHeadline()
	if v.h1Pos < 0 {
		// No headline: dates count from the top of the page. (Keeping only
		// labelled dates here was measured on wcxb-dev: 5 more pages wrong.)
		v.h1Pos = 0
	}
	return v
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
	var found *html.Node
	walk(body, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.A) {
			return false
		}
		if n.Type != html.TextNode || len(n.Data) > len(title)+64 || !wants[simplify(n.Data)] {
			return true
		}
		want := simplify(n.Data)
		for p := n.Parent; p != nil && p != body && p.Type == html.ElementNode; p = p.Parent {
			if textLenUpTo(p, len(title)+64) > len(title)+32 || simplify(textOf(p)) != want {
				break
			}
			found = p
		}
		return found == nil
	})
	return found
}

// scanner carries the state of one scanVisible walk.
type scanner struct {
	v          *visible
	dayFirst   bool
	noHeadline bool
	pos        int
	// pending is the kind of a label seen alone in the previous block
	// ("Last updated:"), which applies to a date in the next one.
	pending    string
	pendingPos int
	// isoDates are the page's machine-readable dates (<time datetime>),
	// evidence for the order of day and month in "02-12-2025".
	isoDates []string
	// aboveHeadline is the last author element met before the headline
	// (authorcands.go: keepAboveHeadline).
	aboveHeadline *authorCand
	// authorNext: the previous block was "Written by" alone.
	authorNext    bool
	authorNextPos int
	authorLabel   string
	// original: the block being read is an "originally published" note.
	original bool
	// aside: the element being read is furniture near the headline
	// (furnitureDates).
	aside bool
}

// originalNotes mark a note that the piece first appeared earlier or
// elsewhere: "This article was originally published on The Conversation on
// …". Their date is not the byline's.
var originalNotes = []string{"originally published", "originally appeared", "first published", "first appeared", "publicado originalmente", "originalmente publicado", "publié initialement", "initialement publié", "ursprünglich veröffentlicht", "ursprünglich erschienen", "zuerst erschienen", "pubblicato originariamente", "originariamente pubblicato", "oorspronkelijk gepubliceerd", "原载", "首发于", "原文发表于"}

// block reads one short block; it reports whether the block is a byline,
// dateline or source line that should leave the body.
func (s *scanner) block(n *html.Node) bool {
	v := s.v
	afterH1 := v.h1Pos >= 0 || s.noHeadline
	t := textOf(n)
	s.original = hasDigit(t) && holdsAny(asciiLower(t), originalNotes)
	if mayBeByAlone(t) && reByAlone.MatchString(t) {
		s.authorNext, s.authorNextPos, s.authorLabel = true, s.pos, strings.TrimRight(t, ": ")
		return true
	}
	if s.authorNext && s.pos-s.authorNextPos <= 2 && !v.has(fromByline) && afterH1 {
		s.authorNext = false
		if names := splitAuthors(t); looksLikeNames(names) {
			return v.addAuthors(names, fromByline, s.pos, s.authorLabel)
		}
	}
	// <address> is HTML's element for the author of an article.
	if n.DataAtom == atom.Address && hasAncestor(n, byTag(atom.Article)) && !v.has(fromAuthorElement) && len(t) <= 80 {
		if names := splitAuthors(t); looksLikeNames(names) {
			v.addAuthors(names, fromAuthorElement, s.pos, "")
		}
	}
	byStart := mayBeByStart(t) && reByStart.MatchString(t)
	if !byStart && len(t) < 160 && !v.has(fromByline) && afterH1 {
		s.bylineAfterDate(t)
	}
	if byStart && len(t) < 160 {
		used := false
		if names := splitAuthors(t); looksLikeNames(names) && !v.has(fromByline) && afterH1 {
			used = v.addAuthors(names, fromByline, s.pos, "by")
		}
		// "By X … Updated on May 27, 2025": a labelled date keeps its label,
		// and is not also taken as the unlabelled date of the byline.
		var labelled []when
		for _, l := range splitLabels(t) {
			if kind := labelKind(l.label); kind == "published" || kind == "modified" {
				if w, ok := s.parseLabelled(l); ok {
					s.addDate(w, kind, "byline-text")
					labelled = append(labelled, w)
				}
			}
		}
		if w, ok := s.parse(t); ok && !slices.ContainsFunc(labelled, func(l when) bool { return sameDay(l, w) }) {
			kind := ""
			if v.h1Pos >= 0 && s.pos-v.h1Pos > dateWindowAfter {
				// A byline far below the headline ("Written by X · April
				// 8, 2024" closing the article): its date is as good as
				// labelled.
				kind = "published"
			}
			s.addDate(w, kind, "byline-text")
		}
		return used
	}
	if afterH1 && len(t) < 90 {
		if m := reCJKAuthorLabel.FindStringSubmatch(t); m != nil {
			s.cjkCredit(strings.Fields(m[1]))
		} else if m := reCJKTextCredit.FindStringSubmatch(t); m != nil && !v.has(fromByline) {
			v.addAuthors(cjkNames(cjkCreditText(m[1])), fromByline, s.pos, "文") // "文｜张三 编辑｜李四"
		}
	}
	// <span class="author-name">Jane Doe</span>: a name alone in an element
	// the page calls an author.
	if !v.has(fromAuthorElement) && len(t) <= 80 && inAuthorElement(n) {
		if names := splitAuthors(t); looksLikeNames(names) {
			if afterH1 {
				v.addAuthors(names, fromAuthorElement, s.pos, "")
			} else {
				s.aboveHeadline = &authorCand{names: names, from: fromAuthorElement, src: authorProv[fromAuthorElement], pos: s.pos}
			}
		}
	}
	if afterH1 && !v.has(fromByline) {
		s.metaLineAuthors(t)
		s.nameList(t)
	}
	labels := splitLabels(t)
	if len(labels) == 0 {
		// A block that is only a date, such as <span class="date">.
		if len(t) <= 60 && dateCovers(t) {
			if w, ok := s.parse(t); ok {
				s.addDate(w, s.kindOf(n), "visible-text")
				s.pending = ""
				return true
			}
		}
		// "2005年03月31日03:18 北京娱乐信报", "http://www.sina.net
		// 2005年03月21日 11:21 《理财周刊》": a Chinese dateline, a date
		// and time with the source's name and no label.
		if len(t) <= 120 && strings.Contains(t, "年") {
			if m := reCJK.FindStringSubmatch(t); m != nil && m[4] != "" {
				if w, ok := s.parse(m[0]); ok {
					s.addDate(w, "", "visible-text")
					return false
				}
			}
		}
		if w, rest, ok := s.cjkLineDate(n, t); ok {
			s.addDate(w, "", "visible-text")
			// "江城日报记者 张三 李四 2024-05-16": the reporters beside it.
			if m := reCJKAuthorLabel.FindStringSubmatch(rest); m != nil && afterH1 {
				s.cjkCredit(strings.Fields(m[1]))
			}
			return false
		}
		// "Dec 26, 2025 • Mahua Das in Projects", "Jane Doe | 3 March
		// 2024 | 5 min read": a date alone between separators. Above the
		// headline only a leading one counts ("24. April 2020 | Press
		// releases", "02.02.2022 10:16 Uhr - Bundesliga"): a kicker line.
		if len(t) <= 160 && hasYearOrEpoch(t) && (strings.ContainsAny(t, "•·|") || strings.Contains(t, " - ") || strings.Contains(t, " – ") || strings.Contains(t, " // ")) {
			for i, seg := range reDateSep.Split(t, -1) {
				if !afterH1 && i > 0 {
					break
				}
				if seg = strings.TrimSpace(seg); seg != "" && len(seg) <= 40 && dateCovers(seg) {
					if w, ok := s.parse(seg); ok {
						s.addDate(w, "", "visible-text")
						break
					}
				}
			}
		}
		// "Erstellt von Fabian am Dienstag 6. Mai 2014", "Submitted by jo
		// on Mon, 2024-03-04", "This entry was posted on March 3, 2014":
		// a byline sentence whose date follows its preposition.
		if len(t) <= 160 && hasYearOrEpoch(t) {
			if loc := reWrittenOn.FindStringIndex(t); loc != nil {
				if rest := t[loc[1]:]; len(rest) <= 60 {
					if w, ok := s.parse(rest); ok {
						s.addDate(w, "", "byline-text")
					}
				} else if w, ok := s.parse(rest[:60]); ok {
					s.addDate(w, "", "byline-text")
				}
			}
		}
		return false
	}
	used := false
	// "2024-03-26 10:30 来源：X", "December 3, 2025. Updated: …": a date
	// before the first label.
	lead := strings.TrimSpace(t[:strings.Index(t, labels[0].raw)])
	// "2005-04-05 06:40更新 来源：" is the portal's dateline, not an
	// update: read as one, zh-cwced fit lost two pages to gain one.
	if w, ok := s.parse(lead); ok && len(lead) <= 40 && dateCovers(lead) {
		s.addDate(w, s.leadKind(labels, w), "visible-text")
		used = true
	} else if w, ok := s.leadTail(lead); ok {
		s.addDate(w, s.leadKind(labels, w), "visible-text")
	}
	s.leadName(t, labels)
	dated := len(v.dates)
	defer func() {
		// "来源：江城日报 | 作者：张三 | 2024-05-16 10:21": a date no label
		// of the line took.
		if len(v.dates) == dated {
			if w, _, ok := s.cjkLineDate(n, t); ok {
				s.addDate(w, "", "visible-text")
			}
		}
	}()
	lineCand := -1 // the author candidate this line added
	for _, l := range labels {
		kind := labelKind(l.label)
		switch kind {
		case "editor":
			used = true
			s.editorCredit(l)
		case "published", "modified":
			if kind == kindModified && cjkLoneUpdate(l, labels) {
				kind = ""
			}
			if l.value == "" && len(labels) == 1 {
				s.pending, s.pendingPos = kind, s.pos
				return false
			}
			if w, ok := s.parseLabelled(l); ok {
				s.addDate(w, kind, "visible-text")
				used = true
			} else if isTimeRemnant(l.value) {
				// "Updated at 1:23 p.m.", "Posted Nov 19, 6:51 AM": no
				// year to date it, but a dateline all the same.
				used = true
			}
		case "credit":
			s.creditDate(l.value)
			if c := cleanCredit(l.value); c != "" && v.credit == "" {
				v.credit = c
				used = true
			}
		case "author":
			names := splitAuthors(l.value)
			if !looksLikeNames(names) || !afterH1 {
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
// "BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：". The longest run of
// final words that is a date and little else is read.
func (s *scanner) leadTail(lead string) (when, bool) {
	if len(lead) > 240 || !hasYearOrEpoch(lead) {
		return when{}, false
	}
	lead = strings.TrimRightFunc(reBracketTail.ReplaceAllString(lead, ""), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	f := strings.Fields(lead)
	for k := min(4, len(f)); k >= 1; k-- {
		if tail := strings.Join(f[len(f)-k:], " "); len(tail) <= 40 && dateCovers(tail) {
			if w, ok := s.parse(tail); ok {
				return w, true
			}
		}
	}
	return when{}, false
}

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

var reCreditTail = regexp.MustCompile(`\s*(?:[|｜].*|\s{2,}.*)$`)

func cleanCredit(s string) string {
	s = normSpace(reCreditTail.ReplaceAllString(s, ""))
	s = cutCJKCreditDate(s)
	s = strings.Trim(s, " .。:：-–—")
	if s == "" || len([]rune(s)) > 120 || strings.Contains(s, "://") {
		return ""
	}
	return s
}

// tailLabels start the lines worth reading far below the headline.
var tailLabels = []string{"source", "posted", "post time", "published", "updated", "last updated", "来源", "稿源", "出处", "quelle", "fuente", "fonte", "by ", "written by", "article written by", "作者", "记者", "责任编辑", "编辑"}

// startsWithLabel reports whether the first text below n starts with one of
// tailLabels.
func startsWithLabel(n *html.Node) bool {
	var first string
	walk(n, func(c *html.Node) bool {
		if first != "" {
			return false
		}
		if c.Type == html.TextNode {
			if t := strings.TrimSpace(c.Data); t != "" {
				first = t
			}
		}
		return true
	})
	if len(first) > 24 {
		first = first[:24]
	}
	first = asciiLower(strings.TrimLeft(first, "(（[【 "))
	for _, l := range tailLabels {
		if strings.HasPrefix(first, l) {
			return true
		}
	}
	return false
}
