package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// teaserFirst holds the first letters of reTeaser's and reCJKNavLine's
// phrases.
const teaserFirst = "rRaAsSmMyYdDwWlLcCfFkKbBhH相延推更点阅返點下打"

// mayBeTeaser reports whether text starts with a letter a reTeaser phrase
// starts with: most blocks fail here, before the regexp.
func mayBeTeaser(lead string) bool {
	t := strings.TrimLeftFunc(lead, func(r rune) bool { return unicode.IsSpace(r) || isZeroWidth(r) })
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune(teaserFirst, r)
}

// teaserWords are the first words of reTeaser's phrases written in ASCII.
var teaserWords = []string{"read", "also", "related", "see", "recommended", "more", "you", "don", "watch", "listen", "click", "sign", "subscribe", "follow", "share",
	"continu", "keep", "weiterlesen", "lire", "leer", "seguir", "leia", "czytaj", "lees", "baca", "devam", "haberin",
	"haz", "cliq", "klick", "clicca", "klik"}

// mayBeTeaserLead reports whether lead, as leadText gives it, may start
// with a reTeaser phrase: it starts with one of teaserWords in any case,
// or it has a byte past ASCII in its first 12 (the Chinese phrases, and
// the letters (?i) folds into k and s: K, ſ), which the regexp decides.
func mayBeTeaserLead(lead string) bool {
	head := lead[:min(len(lead), 12)]
	for i := 0; i < len(head); i++ {
		if head[i] >= utf8.RuneSelf {
			return true
		}
	}
	// head is ASCII and teaserWords are lower-case letters: hasFoldPrefix
	// is HasPrefix of head lowered, without the copy.
	return slices.ContainsFunc(teaserWords, func(w string) bool { return hasFoldPrefix(head, w) })
}

// plainHead is the start of leadText of a block whose first text is first
// (firstText), as far as mayBeTeaserLead reads it: the first 12 bytes of
// first once its leading white space is skipped. ok is false when those
// bytes would not come out of leadText's fold as they are: a byte past
// ASCII or a control, a space before another or at the end. leadText
// folds the whole of the first text, which is a paragraph's.
func plainHead(first string) (head string, ok bool) {
	t := strings.TrimLeftFunc(first, func(r rune) bool { return unicode.IsSpace(r) || isZeroWidth(r) })
	if len(t) < 12 || t[11] == ' ' {
		return "", false
	}
	for i := 0; i < 12; i++ {
		if c := t[i]; c < ' ' || c >= utf8.RuneSelf || c == ' ' && t[i+1] == ' ' {
			return "", false
		}
	}
	return t[:12], true
}

// stripTeasers removes "Read more" and "Related" blocks and editor credits
// from the article body.
func stripTeasers(body *html.Node, title, host string) {
	for _, n := range teaserBlocks(body, title, host) {
		remove(n)
	}
}

// teaserBlocks finds the blocks stripTeasers removes. It trims editor
// credits off the end of the paragraphs it keeps. host is the page's
// host, "" when unknown.
func teaserBlocks(body *html.Node, title, host string) []*html.Node {
	var doomed []*html.Node
	// cut holds the containers a legal notice's heading was found in:
	// their children after it are doomed already and not looked at again.
	var cut map[*html.Node]bool
	st := simplify(title)
	walk(body, func(n *html.Node) bool {
		if cut[n.Parent] {
			return false
		}
		if n.Type != html.ElementNode || n == body {
			return true
		}
		if block := sidebarBlock(n, body); block != nil {
			doomed = append(doomed, block...)
			return false
		}
		switch n.DataAtom {
		case atom.P, atom.Div, atom.Li, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Strong, atom.B, atom.Ul, atom.Ol, atom.Blockquote, atom.Summary:
		case atom.A:
			// A link set as a line of its own between the body's blocks:
			// "<article><p>…</p><a>返回搜狐，查看更多</a></article>".
			if !lineLink(n) || textLenUpTo(n, 1) == 0 {
				return true
			}
		case atom.Span:
			// An expander's button set as a <span> a script listens to,
			// on a line of its own after the part it shows ("<span
			// class="toggle">Show more</span>").
			if lineLink(n) && isExpanderLabel(n) {
				doomed = append(doomed, n)
				return false
			}
			return true
		case atom.H1:
			if st != "" {
				if t := textOf(n); maySimplifyTo(t, st) && simplify(t) == st || unmarkedKey(t) == st {
					doomed = append(doomed, n)
				}
			}
			return false
		default:
			return true
		}
		// Teasers, editor lines and link lists are short; longer blocks
		// are only descended into.
		tl := textLenUpTo(n, 2000)
		if tl == 0 {
			if findFirst(n, byTag(atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Table)) == nil {
				doomed = append(doomed, n)
			}
			return false
		}
		if tl > 2000 {
			return true
		}
		if n.DataAtom == atom.P && tl > 0 {
			trimTrailingEditor(n)
		}
		teaser, first := false, firstText(n)
		if mayBeTeaser(first) {
			// A paragraph's first words, as they stand in its first text,
			// let most blocks go without folding the whole of that text.
			if head, ok := plainHead(first); !ok || mayBeTeaserLead(head) {
				lead := leadText(n, 80)
				teaser = mayBeTeaserLead(lead) && (reTeaser.MatchString(lead) || reCJKNavLine.MatchString(lead))
			}
		}
		isList := isElement(n, atom.Ul, atom.Ol)
		var t string
		if tl < 120 || isElement(n, atom.H2, atom.H3) {
			t = textOf(n)
		}
		// A "Latest news" or "Most read" heading opens other stories, like
		// a teaser's.
		teaser = teaser || t != "" && !isList && isSidebarLabel(t)
		var links int
		if teaser || isList {
			links = linkTextLen(n)
		}
		switch {
		case t != "" && st != "" && len(t) >= len(st) && (isElement(n, atom.H2, atom.H3) || tl < 120 && isElement(n, atom.P, atom.Div)) && (maySimplifyTo(t, st) && simplify(t) == st || unmarkedKey(t) == st):
			// The headline again: as a sub-heading, or as a paragraph on
			// pages that set it in a <p class="titulo">; with its mark
			// too ("Headline [VIDEO]", unmarkedKey).
		case t != "" && mayBeEditorLine(t) && reEditorLine.MatchString(t):
		case t != "" && tl < 120 && cjkSeparatorLine(t):
		case t != "" && tl < 90 && isElement(n, atom.P, atom.Div) && cjkClosingTextCredit(t) && textBefore(n, body, 300):
			// "撰文：张三" under the story, as Hong Kong papers close it:
			// the writer's credit is the authors field (the scanner read
			// it from the page), not the story's last line.
		case t != "" && isElement(n, atom.P, atom.Div, atom.Section, atom.Ul, atom.Li) && (isReporterBox(t) || isReactionRow(t) || isCounterLine(t) || isPagerRow(t)):
			// A reporter box ("김민수 기자 다른기사 보기") or a row of
			// reaction buttons ("좋아요 훈훈해요 슬퍼요 화나요") or of the
			// post's counts ("42 views 0 comments") under the story.
		case t != "" && tl < 64 && (strings.Contains(t, "声明") || strings.Contains(t, "聲明") || strings.Contains(t, "公告")) && reCJKNoticeHead.MatchString(t) && textBefore(n, body, 300):
			// A legal notice's heading under the story opens the notice,
			// whose clauses are the blocks after it in its container (the
			// story's, or one of the notice's own after it). A disclaimer
			// over the story ("免责声明" then "本文仅供参考") has no
			// story before it, and stays.
			if cut == nil {
				cut = map[*html.Node]bool{}
			}
			cut[n.Parent] = true
			for s := n.NextSibling; s != nil; s = s.NextSibling {
				doomed = append(doomed, s)
			}
		case tl < 400 && mayBeCJKSiteLine(first) && reCJKSiteLine.MatchString(textOf(n)) && !holdsLines(n):
			// Up to 400 bytes: an original headline or a disclaimer is
			// longer than a line. A block of lines ("<p>原标题：…<br>…")
			// is only descended into: the story may follow.
		case teaser && (links*2 > tl || tl < 120):
			// A teaser heading takes the link list right after it, or the
			// paragraphs after it that are each one link ("You may also
			// like..." then a headline per <p>).
			if next := nextElement(n); next != nil && isElement(next, atom.Ul, atom.Ol) && (linkShare(next, 7, 10) || cardList(next)) {
				doomed = append(doomed, next)
			} else {
				for ; next != nil && isElement(next, atom.P, atom.Div, atom.H2, atom.H3, atom.H4); next = nextElement(next) {
					if tl := textLen(next); tl == 0 || linkTextLen(next) < tl {
						break
					}
					doomed = append(doomed, next)
				}
			}
		case isList && links*10 > tl*9 && countChildren(n, atom.Li) >= 3 && !introducedList(n) && !outsideLinkList(n, host):
			// A bare list of links inside the body is a related-links block,
			// unless the body's own sentence introduces it or it is the
			// story's list of sources on other sites. The heading that
			// names it and nothing else goes with it.
			if h := headingOver(n); h != nil {
				doomed = append(doomed, h)
			}
		case t != "" && isElement(n, atom.P, atom.Div) && linkRow(n, tl):
			// A row of links between bars, a footer's ("关于我们 | 联系我们
			// | 广告服务") that readability took with a short story.
		case !isList && tl < 600 && (sidebarLead(n) && linkTextLen(n)*2 > tl || tl < 300 && seeAlsoLine(n, tl)):
			// A block that opens with "Mehr zum Thema" or "À lire aussi"
			// and is mostly links holds other stories, its label inside
			// it rather than a heading before it; "Read:" or "MIRA:"
			// before one linked headline is such a line too.
		case t != "" && tl <= 40 && isElement(n, atom.A, atom.P, atom.Div, atom.Summary) && isExpanderLabel(n):
			// An expander's button set as a link ("<a href="#">Read full
			// story</a>") on a line of its own, a <details>' <summary>
			// ("Mehr lesen") over the rest it holds, or as a block a script
			// listens to ("<div class="more-btn"><span>展开全文</span>
			// </div>", which readability makes a <p>): the rest it shows
			// is the body's (expand.go), the button is not.
		case t != "" && isElement(n, atom.P) && shouting(t) && linkTextLen(n) == tl:
			// "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES": a link in
			// capitals alone in a paragraph is another story's headline.
		default:
			return true
		}
		doomed = append(doomed, n)
		return false
	})
	return doomed
}

// maySimplifyTo is false when simplify(t) cannot be st, a simplified
// text, told from t's first letter or digit when it is ASCII: simplify
// drops the ASCII bytes before it and lowers it. Most blocks are let go
// here, before simplify copies their text.
func maySimplifyTo(t, st string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= utf8.RuneSelf:
			return true // simplify may keep it: it decides
		case c >= 'A' && c <= 'Z':
			return st[0] == c+'a'-'A'
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			return st[0] == c
		}
	}
	return false // no letter nor digit: simplify(t) is "", st is not
}

// textBefore reports whether more than limit bytes of text come before n
// in body: in n's earlier siblings, then in those of each of its parents
// up to body. It stops counting there, so of the notice headings of a
// page, each 12 bytes or more, at most limit/12 scan back before one
// passes.
func textBefore(n, body *html.Node, limit int) bool {
	total := 0
	for ; n != nil && n != body; n = n.Parent {
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if total += textLenUpTo(s, limit-total); total > limit {
				return true
			}
		}
	}
	return false
}

// cjkClosingTextCredit reports whether t is a Chinese text credit and
// nothing else (reCJKTextCredit): "撰文：张三", "文：张三", "撰稿：张三".
// A bracketed one ("（文/张三 图/李四）") stays: the body's last lines
// are where its names are read (cjkBodyAuthors).
func cjkClosingTextCredit(t string) bool {
	return holdsCJK(t) && len(cjkTextCreditNames(strings.TrimSpace(t))) > 0
}

// mayBeEditorLine reports whether t holds what every reEditorLine match
// holds: a colon and one of its keywords ("edit" in any case, or 编, 审, 校,
// 监). Most short blocks fail here, before the regexp. The colons are
// looked for one at a time: strings.ContainsAny with a set that is not all
// ASCII decodes every rune of t.
func mayBeEditorLine(t string) bool {
	return (strings.IndexByte(t, ':') >= 0 || strings.Contains(t, "：")) && (holdsAnyRune(t, "编审校监") || strings.Contains(asciiLower(t), "edit"))
}

// cjkSeparatorLine reports whether t is a rule drawn in text, a run of
// dashes around the word for one, as DedeCMS's default article template
// sets it between the story and the links to the next ones:
// "------分隔线----------------------------".
func cjkSeparatorLine(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "--") {
		return false // most blocks
	}
	switch strings.Trim(t, "-—─ \u3000") {
	case "分隔线", "分割线", "分隔線", "分割線":
		return true
	}
	return false
}

// cjkSiteFirst holds the first letters of reCJKSiteLine's lines, past
// their opening bracket.
const cjkSiteFirst = "原来來稿本文免版特平声聲扫掃长長分打关關纠糾我收返大字上下点點评評转轉举舉阅閱浏瀏此该該"

// mayBeCJKSiteLine reports whether t, past white space and one opening
// bracket, starts with a letter a reCJKSiteLine line starts with, or is
// that bracket alone: most blocks fail here, before the regexp.
func mayBeCJKSiteLine(t string) bool {
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	t = strings.TrimLeft(t, "[(（【［")
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	if t == "" {
		// "【<a>打印</a>】【<a>关闭窗口</a>】": the bracket alone in the
		// block's first text, its button a link.
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return r >= utf8.RuneSelf && strings.ContainsRune(cjkSiteFirst, r)
}

// trimTrailingEditor cuts that credit from the last text of p, a
// paragraph stripTeasers keeps as the story's (a line of its own goes
// whole there).
func trimTrailingEditor(p *html.Node) {
	c := shownText(p, scriptLike, prevInTree)
	if c == nil || !strings.Contains(c.Data, "编") && !strings.Contains(c.Data, "編") {
		return
	}
	if loc := cjkTrailingEditor(c.Data); loc != nil && strings.TrimSpace(c.Data[:loc[0]]) != "" {
		c.Data = c.Data[:loc[0]]
	}
}

// linkRow reports whether n, a block of tl bytes of text, is three links
// or more with nothing between them but bars and dots, or a breadcrumb's
// arrows ("Startseite › Nachrichten › Lokales", "Inicio » Noticias »
// Local"), a short label before them or not ("<strong>Más de El
// Grupo:</strong> Deportes | Motor | Viajes", the group's sites as news
// templates close a story with them); not a story's sources so labelled.
func linkRow(n *html.Node, tl int) bool {
	if countChildren(n, atom.A) < 3 || linkTextLen(n) == tl {
		return false // a row needs its bars
	}
	lead := true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			t := strings.Trim(c.Data, " \t\n\r|｜·•/›»>→")
			if t != "" && !(lead && rowLabel(t)) {
				return false
			}
			lead = lead && t == ""
		case c.Type == html.ElementNode && c.DataAtom != atom.A && textLenUpTo(c, 1) == 0 && c.FirstChild == nil:
			// an empty inline, a template's icon slot
		case c.Type == html.ElementNode && c.DataAtom != atom.A:
			if !lead || !isElement(c, atom.Strong, atom.B, atom.Span, atom.Em) || findFirst(c, byTag(atom.A)) != nil || !rowLabel(textOfUpTo(c, 41)) {
				return false
			}
			lead = false
		default:
			lead = false
		}
	}
	return true
}

// headingOver returns the short heading right before list n when n ends
// its container (the heading then names the list alone: "<h3>El
// Grupo</h3><ul>…</ul></div>"); nil otherwise. A heading that ends in a
// colon introduces the list as the story's sentence does ("These are the
// trends for 2025:"), and one that names sources ("References") heads
// the story's own part: both stay.
func headingOver(n *html.Node) *html.Node {
	if nextElement(n) != nil {
		return nil
	}
	h := prevElement(n)
	if h == nil || !isElement(h, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6) || textLenUpTo(h, maxSidebarHeading+1) > maxSidebarHeading || linkTextLen(h) > 0 {
		return nil
	}
	t := strings.ToLower(strings.TrimSpace(textOf(h)))
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || namesSources(t) {
		return nil
	}
	return h
}

// rowLabel reports whether t may label a row of links: a few words
// (40 bytes at most), none of the labels of a story's sources.
func rowLabel(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	return t != "" && len(t) <= 40 && !namesSources(t)
}

// holdsLines reports whether n holds a line break or a block below it.
func holdsLines(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && (c.DataAtom == atom.Br || isBlockTag(c.DataAtom))
	}) != nil
}

// lineLink reports whether n, a link or another inline element, stands
// as a line of its own: the nearest sibling on each side that is not
// white space is a block, or there is none.
func lineLink(n *html.Node) bool {
	if n.Parent == nil || !isBlockTag(n.Parent.DataAtom) || n.Parent.DataAtom == atom.P {
		return false
	}
	apart := func(next func(*html.Node) *html.Node) bool {
		s := neighbour(n, next)
		return s == nil || s.Type == html.ElementNode && isBlockTag(s.DataAtom)
	}
	return apart(prevSibling) && apart(nextSibling)
}

// trimWireEnd cuts the end mark that closes Chinese wire copy ("（完）",
// "(完)", "【完】") from the end of the body: the agency's sign that the
// story ends, not a word of it. A block left with no text goes.
func trimWireEnd(body *html.Node) {
	c := shownText(body, scriptLike, prevInTree)
	if c == nil {
		return
	}
	t := strings.TrimRightFunc(c.Data, unicode.IsSpace)
	// "完" and a closing bracket: 3 bytes and 1 or 3.
	if !strings.HasSuffix(t, "完)") && !strings.HasSuffix(t, "完）") && !strings.HasSuffix(t, "完】") && !strings.HasSuffix(t, "完]") {
		return
	}
	head := strings.TrimRightFunc(t[:len(t)-len("完")-closerLen(t)], unicode.IsSpace)
	switch {
	case strings.HasSuffix(head, "("), strings.HasSuffix(head, "["):
		head = head[:len(head)-1]
	case strings.HasSuffix(head, "（"), strings.HasSuffix(head, "【"):
		head = head[:len(head)-len("（")]
	default:
		return
	}
	c.Data = head
	if strings.TrimSpace(head) != "" {
		return
	}
	// The mark was a line of its own: its block goes if nothing else is in it.
	if b := blockIn(c, body); b != nil && textLen(b) == 0 && findFirst(b, byTag(atom.Img, atom.Picture, atom.Video, atom.Iframe)) == nil {
		remove(b)
	}
}

// closerLen is the length in bytes of the closing bracket t ends with.
func closerLen(t string) int {
	if t[len(t)-1] == ')' || t[len(t)-1] == ']' {
		return 1
	}
	return len("）")
}

// dropBodyKicker removes the body's first line when it is a kicker in
// brackets of its own: "[EXCLUSIVE]", "[VIDEO]", "【独家】", or only links
// to the story's tag or category pages, as themes print the primary tag
// above the headline (Ghost's "<a href=/tag/engineering/>", WordPress's
// "<a rel=\"category tag\">"). It labels the story; it is not a sentence
// of it.
func dropBodyKicker(body *html.Node) {
	first := firstTextNode(body)
	if first == nil {
		return
	}
	if b := blockIn(first, body); b != nil && textLenUpTo(b, 40) <= 40 && isKicker(textOf(b)) {
		remove(b)
		return
	}
	line := lineTop(first, body).Parent // the links' block, not the first link alone
	if line != nil && line != body && textLenUpTo(line, 40) <= 40 && taxonomyLinksOnly(line) {
		remove(line)
	}
}

// taxonomyLinksOnly reports whether b's words are all in links, each to
// a tag, category, topic or section page; separators (", ", " | ") may
// stand between them.
func taxonomyLinksOnly(b *html.Node) bool {
	links := 0
	words := false
	walk(b, func(c *html.Node) bool {
		switch {
		case isElement(c, atom.A):
			links++
			if !topicLink(c) {
				words = true
			}
			return false
		case c.Type == html.TextNode && strings.ContainsFunc(c.Data, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
			words = true
		}
		return !words
	})
	return links > 0 && !words
}

// isKicker reports whether t is a label in square or lenticular brackets
// of a word or three: no digits, nothing outside the brackets.
func isKicker(t string) bool {
	t = strings.TrimSpace(t)
	var inner string
	switch {
	case strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]"):
		inner = t[1 : len(t)-1]
	case strings.HasPrefix(t, "【") && strings.HasSuffix(t, "】"):
		inner = t[len("【") : len(t)-len("】")]
	default:
		return false
	}
	inner = strings.TrimSpace(inner)
	if inner == "" || len(strings.Fields(inner)) > 3 || holdsAnyRune(inner, "[]【】0123456789") {
		return false
	}
	for _, r := range inner {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '&' {
			return false
		}
	}
	return true
}

// minListIntro is the fewest bytes of a sentence that introduces a list:
// "Here's a selection:" passes, "Tags:" or "Filed under:" do not.
const minListIntro = 16

// introducedList reports whether the list n comes right after a paragraph
// of the body's own prose that ends in a colon ("Click to jump to the
// courses:", "Here's a selection:", "Jump into sections if you need a
// quick read:"): its links are the resources, courses or sections that
// sentence names, a table of contents or a reading list of the article,
// not a rail of other stories. A paragraph that is mostly links, or a
// teaser or sidebar label ("Related articles:", "Most read:", "Share
// this:"), introduces other stories and does not count.
func introducedList(n *html.Node) bool {
	p := prevElement(n)
	if p == nil || p.DataAtom != atom.P {
		return false
	}
	t := strings.TrimSpace(textOfUpTo(p, 600))
	if len(t) < minListIntro || len(t) >= 600 || !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	if strings.Count(t, " ") < 2 || linkTextLen(p)*2 >= len(t) {
		return false
	}
	if first, _, _ := strings.Cut(t, " "); otherPostsWords[strings.ToLower(first)] {
		return false
	}
	if lt := strings.ToLower(t); strings.Contains(lt, "may also") || strings.Contains(lt, "might also") || strings.Contains(lt, "also like") {
		return false // "You may also be interested in the following articles:"
	}
	return !(mayBeTeaser(t) && reTeaser.MatchString(t)) && !isSidebarLabel(t) && !emphasizedLabel(p)
}

// otherPostsWords open a line that introduces other posts of the site
// ("More world stories from NBC News:", "Recent posts from Jon Bloom:",
// "Previous interviews from Theology Refresh:").
var otherPostsWords = map[string]bool{"more": true, "recent": true, "previous": true, "latest": true, "other": true, "popular": true, "trending": true}

// emphasizedLabel reports whether all of p's text is set in bold or
// italics: a label styled as a heading ("<strong>More about the
// search:</strong>"), not a sentence of the body.
func emphasizedLabel(p *html.Node) bool {
	plain := false
	var rec func(c *html.Node, depth int)
	rec = func(c *html.Node, depth int) {
		for ; c != nil && !plain; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				plain = strings.TrimSpace(c.Data) != ""
			case c.Type != html.ElementNode || depth > 20:
			case c.DataAtom == atom.Strong || c.DataAtom == atom.B || c.DataAtom == atom.Em || c.DataAtom == atom.I:
			default:
				rec(c.FirstChild, depth+1)
			}
		}
	}
	rec(p.FirstChild, 0)
	return !plain
}

// cardList reports whether n, a list, holds two items or more that each
// open with a link, a post's headline, and may go on with its date and
// excerpt: the cards of WordPress's latest-posts block, a related-posts
// module. Under a teaser heading it is other stories however long their
// excerpts.
func cardList(n *html.Node) bool {
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Li || !opensWithLink(c) {
			return false
		}
		items++
	}
	return items >= 2
}

// opensWithLink reports whether the first text below n lies in a link.
func opensWithLink(n *html.Node) bool {
	first := firstTextNode(n)
	return first != nil && hasAncestor(first, func(a *html.Node) bool { return a.DataAtom == atom.A })
}

// outsideLinkList reports whether list n, all links, is a story's list of
// sources or further reading on other sites ("Sources" then "<ul><li><a
// href="https://www.who.int/...">WHO report on…</a>…"): every link an
// absolute one to a site other than host's, the page's, each a title of a
// few words, not a site's name ("Facebook Twitter LinkedIn", share
// buttons), to three sites at least and none of them the target of more
// than half the links. A box of the site's own stories has relative
// links, or links to the site's host, or to its network's other site; a
// row of shops' buttons ("Amazon (Craftsman)", "Home Depot (Milwaukee)")
// leads to two or three shops over and over.
//
// A list set between the story's paragraphs (amidStory) may have shorter
// titles ("Embankment dam", two words still), and may lead to one or two
// sites, a list of one body's documents, as long as no link names the
// site it leads to: a shop's button does ("Amazon (Craftsman)"), a
// document's title does not.
func outsideLinkList(n *html.Node, host string) bool {
	own := siteKey(host)
	var sites [8]string
	var counts [8]int
	distinct, links, ok, named, short := 0, 0, true, false, false
	walk(n, func(c *html.Node) bool {
		if !ok || c.Type != html.ElementNode {
			return false
		}
		if c.DataAtom != atom.A {
			return true
		}
		site := linkSite(attr(c, "href"))
		t := strings.TrimSpace(textOfUpTo(c, 200))
		if site == "" || site == own || len(t) < 8 || !strings.Contains(t, " ") {
			ok = false
			return false
		}
		named = named || namesSite(t, site)
		short = short || textLenUpTo(c, 16) < 16
		links++
		for i := range distinct {
			if sites[i] == site {
				counts[i]++
				return false
			}
		}
		if distinct < len(sites) {
			sites[distinct], counts[distinct] = site, 1
			distinct++
		}
		return false
	})
	if !ok || distinct == 0 {
		return false
	}
	for _, k := range counts[:distinct] {
		if k*2 > links {
			return !named && (amidStory(n) || sourcesLabelled(n))
		}
	}
	if distinct < 3 {
		return !named && (amidStory(n) || sourcesLabelled(n))
	}
	return !short || amidStory(n) || sourcesLabelled(n)
}

// storySources reports whether n, a block that readability's conditional
// cleaning would remove for its links, is the story's list of sources:
// a list, or a block that is mostly one (list), all links to other sites
// (outsideLinkList), or a wrapper of such a list and the label that names
// it ("<div><h3>Further reading</h3><ul>…</ul></div>", sourcesLabelled),
// however long the label is beside the list.
func storySources(n *html.Node, list bool, host string) bool {
	if list && outsideLinkList(n, host) {
		return true
	}
	l := labelAndList(n)
	return l != nil && sourcesLabelled(l) && outsideLinkList(l, host)
}

// labelAndList returns the list of n when n holds two elements, a heading
// or paragraph then a list ("<div><h3>Sources</h3><ul>…"), and nil
// otherwise.
func labelAndList(n *html.Node) *html.Node {
	var kids [3]*html.Node
	k := 0
	for c := n.FirstChild; c != nil && k < len(kids); c = c.NextSibling {
		if c.Type == html.ElementNode {
			kids[k] = c
			k++
		}
	}
	if k != 2 || !isElement(kids[0], atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6) || !isElement(kids[1], atom.Ul, atom.Ol) {
		return nil
	}
	return kids[1]
}

// sourcesLabelled reports whether the list n, or the wrapper it fills,
// comes right after a short label that names a story's sources
// (sourcesLabels: "Sources", "References", "Quellen", "参考文献"), in a
// heading or a paragraph of its own: the story introduces the list, whose
// titles may be a few words ("Embankment dam").
func sourcesLabelled(n *html.Node) bool {
	for i := 0; i < 2 && n.Parent != nil && singleElementChild(n.Parent) == n; i++ {
		n = n.Parent
	}
	prev := prevElement(n)
	if prev == nil || !isElement(prev, atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6) {
		return false
	}
	return namesSources(textOfUpTo(prev, 40))
}

// namesSources reports whether label, in any case and with or without
// its colon, is one of sourcesLabels.
func namesSources(label string) bool {
	return sourcesLabels[strings.TrimRight(strings.ToLower(strings.TrimSpace(label)), " :：")]
}

// sourcesLabels name the list of a story's sources or further reading,
// in the languages of the news sites.
var sourcesLabels = map[string]bool{
	"sources": true, "source": true, "references": true, "notes": true, "further reading": true, "links": true, "resources": true,
	"quellen": true, "quelle": true, "weiterführende links": true, "literatur": true, "références": true, "pour aller plus loin": true,
	"fuentes": true, "referencias": true, "fonti": true, "riferimenti": true, "fontes": true, "referências": true, "bronnen": true,
	"źródła": true, "источники": true, "kaynaklar": true, "kilder": true, "källor": true, "lähteet": true, "zdroje": true, "források": true,
	"المصادر": true, "参考文献": true, "参考资料": true, "参考資料": true, "出典": true, "출처": true, "참고 자료": true,
}

// namesSite reports whether link text t names site, a siteKey: its first
// label, three letters or more, is among t's letters ("Home Depot
// (Milwaukee)" names homedepot.com), as a shop's or a network's button
// does.
func namesSite(t, site string) bool {
	label, _, _ := strings.Cut(site, ".")
	if len(label) < 3 {
		return false
	}
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return strings.Contains(b.String(), label)
}

// amidStory reports whether block n sits between the story's paragraphs:
// a paragraph of prose (storyParagraph) right after it, and one before it,
// or before the short label that heads it ("Further reading",
// "<h3>Documents</h3>"), as an author sets a list in the running text;
// a wrapper that holds the list alone stands for it.
func amidStory(n *html.Node) bool {
	for i := 0; i < 2 && n.Parent != nil && singleElementChild(n.Parent) == n; i++ {
		n = n.Parent // "<div class=links><ul>…</ul></div>": the wrapper stands among them
	}
	if !storyParagraph(nextElement(n)) {
		return false
	}
	prev := prevElement(n)
	if prev != nil && !storyParagraph(prev) && textLenUpTo(prev, storyParaLen) < storyParaLen && (isElement(prev, atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)) {
		prev = prevElement(prev)
	}
	return storyParagraph(prev)
}

// storyParagraph reports whether n is a paragraph of prose: a <p> of
// storyParaLen bytes of text or more (as storyParas counts them), less
// than half of it in links.
func storyParagraph(n *html.Node) bool {
	if n == nil || n.DataAtom != atom.P {
		return false
	}
	return textLenUpTo(n, storyParaLen) >= storyParaLen && linkTextLen(n)*2 < textLen(n)
}

// linkSite is the site (siteKey) of href when it is an absolute or
// scheme-relative http(s) link to a plain host (plainHost, its port
// aside), "" otherwise.
func linkSite(href string) string {
	host, ok := plainHost(strings.TrimSpace(href))
	if !ok {
		return ""
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	return siteKey(host)
}

// siteKey is the site a host belongs to, lowered: its last two labels
// ("usnews.msnbc.msn.com" is "msn.com"), three under a country's
// second-level domain ("www.bbc.co.uk" is "bbc.co.uk"); "" for "".
func siteKey(host string) string {
	host = strings.TrimSuffix(lowerASCII(host), ".")
	i := strings.LastIndexByte(host, '.')
	if i <= 0 {
		return host
	}
	j := strings.LastIndexByte(host[:i], '.')
	if j < 0 {
		return host
	}
	if len(host)-i-1 == 2 && i-j-1 <= 3 {
		// "co.uk", "com.au", "ne.jp": one label more.
		if k := strings.LastIndexByte(host[:j], '.'); k >= 0 {
			return host[k+1:]
		}
		return host
	}
	return host[j+1:]
}
