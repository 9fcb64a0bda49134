package extractor

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Dates of other pages: teaser lists and cards.

// teaserDate reports whether n, a date alone, is a teaser's: the list
// item or the table row it is in links a Chinese headline beside it, "<li><a>
// 全市公交线路优化调整方案公布</a><span>2024-05-11</span></li>", or is one of
// a list's items that each link a page beside a date, whatever the length
// of their headlines ("<li><a>城区改造</a><span>2024-05-18</span></li>" and its
// siblings). Such lists stand beside the article and above it as often as
// below, and the last date of one above the headline is no dateline of the
// article.
func teaserDate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Tbody, atom.Table:
		// The list read as one line: "城区改造 2024-05-18 公交优化 2024-05-17".
		return datedLinks(n) >= 2
	}
	if prevNextRow(n) || recommendedRow(n) {
		return true
	}
	item := n
	for i := 0; i < 3 && item != nil && item.DataAtom != atom.Li && item.DataAtom != atom.Tr; i++ {
		item = item.Parent
	}
	if item == nil || item.DataAtom != atom.Li && item.DataAtom != atom.Tr {
		return siblingTeaser(n)
	}
	// A teaser is a headline and its date: a longer row is a layout
	// table's, holding the article.
	if textLenUpTo(item, teaserRowText+1) > teaserRowText {
		return false
	}
	linked := false
	if findFirst(item, func(c *html.Node) bool {
		if c.DataAtom != atom.A || hasAncestor(n, func(p *html.Node) bool { return p == c }) {
			return false
		}
		linked = true
		t := textOf(c)
		return cjkRunes(t) >= 8 || len(strings.Fields(t)) >= teaserHeadlineWords
	}) != nil {
		return true
	}
	return linked && datedLinks(item.Parent) >= 2
}

// prevNextRow reports whether n, a date, or one of the two blocks around
// it opens as a page's link to the story before or after it, under the
// label themes print in many languages: "<div><span>上一篇</span><a>…</a>
// <span>2024-05-15</span></div>", "<p>下一篇：<a>…</a></p><p>2024-05-17
// </p>", WordPress's "<div class="nav-previous">« Older post <a>…</a>
// March 2, 2025</div>", "Artículo anterior", "Предыдущая статья", "前の記事",
// "이전글" in one short row. That story's date is no date of this page's,
// alone or not.
func prevNextRow(n *html.Node) bool {
	return labelledRow(n, prevNextLabels) != nil
}

// recommendedRow reports whether n, a date, or one of the two blocks
// around it is a Chinese page's short row that recommends another story,
// its label first, then its linked headline: "<div><span>推荐：</span><a>
// 全市公交线路优化调整方案公布</a><span>2024-03-19 10:00</span></div>", as
// portals set one above or below a story. That story's date is no date
// of this page's.
func recommendedRow(n *html.Node) bool {
	p := labelledRow(n, cjkRecommendLabels)
	return p != nil && findFirst(p, func(c *html.Node) bool { return c.DataAtom == atom.A && cjkRunes(textOf(c)) >= 8 }) != nil
}

// linkedHeadlineDate reports whether n, a text, is a link's that holds a
// headline (teaserHeadlineWords words, its date among them) in a list
// item, in a list of two teasers or more (datedLinks): "<li><a>Council
// approves the plan 09.03.2025</a></li><li><a>Mayor signs the budget
// 08.03.2025</a></li>", as hand-built sites and older templates list other
// stories, each link's text closing with its date. That date is the
// linked story's.
func linkedHeadlineDate(n *html.Node) bool {
	a := n.Parent
	for i := 0; i < 2 && a != nil && a.DataAtom != atom.A; i++ {
		a = a.Parent
	}
	if a == nil || a.DataAtom != atom.A || attr(a, "href") == "" || len(strings.Fields(textOfUpTo(a, teaserRowText))) < teaserHeadlineWords {
		return false
	}
	item := a.Parent
	for i := 0; i < 3 && item != nil && item.DataAtom != atom.Li && item.DataAtom != atom.Tr; i++ {
		item = item.Parent
	}
	return item != nil && item.Parent != nil && (item.DataAtom == atom.Li || item.DataAtom == atom.Tr) && datedLinks(item.Parent) >= 2
}

// linkedTeaserRow reports whether n, the block a date is read from, or
// the first of its two parents that holds a link, is a short row of
// nothing but one link to a headline (teaserHeadlineWords words) of
// another page of the site of page, the whole page's address, and that date: "<li><a href="/news/other-story">Council
// approves the new plan for the buses</a> <span>March 9, 2025</span></li>",
// "<p><a href=…>…</a> (09.03.2025)</p>", "<div><span><a>…</a></span><span
// class="date">…</span></div>", as hand-built sites and older templates
// close a story with the one before it. The date is the linked story's.
// A source line names its source under a label ("Source:", "来源：") or
// links another site, and a permalink links the page itself: neither is
// such a row. A Chinese headline (eight Han characters or more) is told
// from the name of an account ("<span>2024-03-05 14:22</span><span>·</span>
// <a href="/c/123">江州日报官方账号</a>") by the story's address it links
// (storyAddress).
func linkedTeaserRow(n *html.Node, page *url.URL) bool {
	if page == nil {
		return false
	}
	for i, p := 0, n; i < 3 && p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; i, p = i+1, p.Parent {
		if textLenUpTo(p, teaserRowText+1) > teaserRowText {
			return false
		}
		if findFirst(p, byTag(atom.A)) != nil {
			return teaserRow(p, n, page)
		}
	}
	return false
}

// teaserRow reports whether row holds one link, to a headline of another
// page of the site of page, and besides it a date alone (linkedTeaserRow).
// When at, the block the date is read from, is a <time> that states its
// datetime, that is the row's date whatever it shows ("3 weeks ago", "Mar
// 9", an icon), and nothing else may stand beside the link.
func teaserRow(row, at *html.Node, page *url.URL) bool {
	var link *html.Node
	var rest strings.Builder
	second, stamped := false, false
	walk(row, func(c *html.Node) bool {
		switch {
		case second || c.Type == html.ElementNode && scriptLike(c.DataAtom):
			return false
		case c == at && c.DataAtom == atom.Time && attr(c, "datetime") != "":
			stamped = true
			return false
		case c.DataAtom == atom.A:
			second = link != nil // a row of more than one link
			link = c
			return false
		case c.Type == html.TextNode:
			rest.WriteString(c.Data)
			rest.WriteByte(' ')
		}
		return true
	})
	others := strings.Trim(rest.String(), rowMarks)
	if second || link == nil || !(stamped && others == "" || onlyDate(others)) {
		return false
	}
	u, err := page.Parse(strings.TrimSpace(attr(link, "href")))
	if err != nil || u.Host == "" || strings.TrimPrefix(u.Hostname(), "www.") != strings.TrimPrefix(page.Hostname(), "www.") {
		return false
	}
	path := strings.Trim(u.Path, "/")
	if path == "" || path == strings.Trim(page.Path, "/") {
		return false
	}
	t := textOfUpTo(link, teaserRowText)
	return len(strings.Fields(t)) >= teaserHeadlineWords || cjkRunes(t) >= 8 && storyAddress(u)
}

// storyAddress reports whether u, the address a Chinese row's link leads
// to, is a story's as portals and their CMSs (DedeCMS, PHPCMS, TRS WCM)
// write one: a document's (".html", ".htm", ".shtml") or one under a year
// and a month ("/2025/03/09/…/"). An account's or a writer's page ("/c/123",
// "/u/1234567") is neither, and its name, as long as a headline, stands
// beside the page's own date.
func storyAddress(u *url.URL) bool {
	p := strings.ToLower(u.Path)
	return strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".htm") || strings.HasSuffix(p, ".shtml") || datedAddress(u)
}

// rowMarks are the marks that set a teaser's date apart from its linked
// headline: spaces, dots, bars, dashes, brackets.
const rowMarks = " \t\n·•|—–-()[],:"

// labelledRow is n, a date, or the first of the two blocks around it
// that opens with one of labels (lower-case; past an arrow, and in any
// case), while each is a short row (at most teaserRowText bytes): portals
// and themes set a row's label first ("上一篇：", "推荐：", "« Previous"),
// then the other story's linked headline and its date. nil when none is.
func labelledRow(n *html.Node, labels []string) *html.Node {
	for i, p := 0, n; i < 3 && p != nil && p.Type == html.ElementNode; i, p = i+1, p.Parent {
		t := textOfUpTo(p, teaserRowText+1)
		if len(t) > teaserRowText {
			return nil
		}
		if opensWithLabel(strings.ToLower(strings.TrimLeft(t, rowLabelArrows)), labels) {
			return p
		}
	}
	return nil
}

// rowLabelArrows are the spaces and the arrows that themes print before
// the label of a link to the story before or after: "« Older post",
// "← Previous", "‹ Prev".
const rowLabelArrows = " \t\n«‹←<|·-–—"

// opensWithLabel reports whether t opens with one of labels, as a word:
// a label that ends in a letter of a spaced script ("next", "anterior")
// is not followed by a lower-case letter or a mark, so that "Nextel" or
// "Previously" is none, while "PreviousCouncil approves…", the label's
// block run into the headline's link, is. Han, kana, Hangul and Thai
// labels ("上一篇", "前の記事", "이전글") may run into a headline.
func opensWithLabel(t string, labels []string) bool {
	for _, l := range labels {
		if !strings.HasPrefix(t, l) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(l)
		next, _ := utf8.DecodeRuneInString(t[len(l):])
		if !unicode.IsLetter(last) || unicode.In(last, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai) ||
			!unicode.IsLower(next) && !unicode.IsMark(next) {
			return true
		}
	}
	return false
}

// siblingTeaser reports whether n, a date, or one of the two blocks
// around it is one of a run of teasers set in blocks rather than list
// items: it and the block beside it each link another story's headline
// beside a year ("<div class="item"><a>全市公交线路优化调整方案公布</a>
// <span>2024年03月19日</span></div><div class="item">…</div>", a card's
// "<div><a><img><h3>…</h3></a><p>2024-03-19</p></div>", "<p><a>…</a>
// (2024-03-19)</p><p>…</p>"), as templates that build their lists of
// <div>s and <p>s set them above the headline. One such block alone may
// be the page's own line ("来源：<a>江州市人民政府办公室</a> 2024-03-05").
func siblingTeaser(n *html.Node) bool {
	for i, p := 0, n; i < 3 && p != nil && p.Type == html.ElementNode && p.Parent != nil; i, p = i+1, p.Parent {
		if headingTeasers(p) {
			return true
		}
		if !headlineTeaser(p) {
			continue
		}
		if s := prevElement(p); s != nil && headlineTeaser(s) {
			return true
		}
		if s := nextElement(p); s != nil && headlineTeaser(s) {
			return true
		}
	}
	return false
}

// headlineTeaser reports whether n is a short block that links a
// headline beside a date, with its year or without ("03-19 09:00",
// "3月19日"): digits outside its links (siblingTeaser).
func headlineTeaser(n *html.Node) bool {
	if n.Type != html.ElementNode || textLenUpTo(n, teaserRowText+1) > teaserRowText || !digitOutsideLinks(n) {
		return false
	}
	return linksStoryHeadline(n)
}

// linksStoryHeadline reports whether n holds a link whose text is a
// story's headline: teaserHeadlineWords words, or eight Han characters.
func linksStoryHeadline(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool {
		if c.DataAtom != atom.A || attr(c, "href") == "" {
			return false
		}
		t := textOf(c)
		return cjkRunes(t) >= 8 || len(strings.Fields(t)) >= teaserHeadlineWords
	}) != nil
}

// headingTeasers reports whether n, a date's block, is the date line of a
// heading that links a headline (headingDate), in a run of two such pairs
// or more: "<h4><a>Council approves the plan …</a></h4><span>March 9,
// 2025</span><h4><a>…</a></h4><span>March 8, 2025</span>", as templates
// set a list of other stories as headings and date lines in one block,
// with no item of their own. Each date is its story's.
func headingTeasers(n *html.Node) bool {
	if !headingDate(n) {
		return false
	}
	if d := prevElement(prevElement(n)); d != nil && headingDate(d) {
		return true // headingDate(n): n has a heading before it
	}
	if h := nextElement(n); h != nil {
		if d := nextElement(h); d != nil && headingDate(d) {
			return true
		}
	}
	return false
}

// headingDate reports whether n is a short block holding a digit right
// after a heading that links a headline (linksStoryHeadline).
func headingDate(n *html.Node) bool {
	if n.Type != html.ElementNode || textLenUpTo(n, maxHeadingDate+1) > maxHeadingDate || !hasDigit(textOf(n)) {
		return false
	}
	h := prevElement(n)
	return h != nil && isHeading(h) && linksStoryHeadline(h)
}

// maxHeadingDate is the most text of a date line under a teaser's
// heading: a date, its time, maybe a short label.
const maxHeadingDate = 60

// digitOutsideLinks reports whether a text below n, outside its links,
// holds a digit.
func digitOutsideLinks(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		switch {
		case found || c.DataAtom == atom.A || c.Type == html.ElementNode && scriptLike(c.DataAtom):
			return false
		case c.Type == html.TextNode && hasDigit(c.Data):
			found = true
			return false
		}
		return true
	})
	return found
}

// cjkRecommendLabels open a row that recommends another story, in
// Simplified and Traditional characters.
var cjkRecommendLabels = []string{"推荐：", "推荐:", "推薦：", "推薦:", "热点：", "热点:", "熱點：", "熱點:", "热门：", "熱門：", "相关：", "相關：", "焦点：", "焦點：", "头条：", "頭條："}

// prevNextLabels are the labels (lower-case) of the links to the story
// before and after this one, in Simplified and Traditional Chinese and in
// the languages of news themes, bare ("Previous", "Anterior") or with the
// word for story, post or article.
var prevNextLabels = []string{
	"上一篇", "下一篇", "上一条", "下一条", "上一條", "下一條", "上一则", "下一则", "上一則", "下一則", "上篇", "下篇",
	"previous", "prev", "next", "older post", "newer post", "older entry", "newer entry", "older article", "newer article", "older story", "newer story",
	"anterior", "siguiente", "artículo anterior", "artículo siguiente", "noticia anterior", "noticia siguiente", "entrada anterior", "entrada siguiente", "publicación anterior", "publicación siguiente",
	"próximo", "próxima", "artigo anterior", "notícia anterior", "post anterior",
	"précédent", "précédente", "suivant", "suivante", "article précédent", "article suivant",
	"precedente", "successivo", "articolo precedente", "articolo successivo",
	"vorheriger", "vorherige", "voriger", "vorige", "nächster", "nächste",
	"vorig", "volgend", "volgende",
	"poprzedni", "poprzednia", "następny", "następna",
	"предыдущая", "предыдущий", "предыдущее", "следующая", "следующий", "следующее",
	"попередня", "попередній", "попереднє", "наступна", "наступний", "наступне",
	"önceki", "sonraki",
	"berita sebelumnya", "berita selanjutnya", "berita berikutnya", "artikel sebelumnya", "artikel selanjutnya", "artikel berikutnya", "postingan sebelumnya", "postingan selanjutnya", "sebelumnya", "selanjutnya", "berikutnya",
	"bài trước", "bài tiếp theo", "bài sau", "tin trước", "tin sau", "tin tiếp theo",
	"المقال السابق", "المقال التالي", "الخبر السابق", "الخبر التالي", "المقالة السابقة", "المقالة التالية",
	"خبر قبلی", "خبر بعدی", "مطلب قبلی", "مطلب بعدی",
	"पिछला लेख", "अगला लेख", "पिछली खबर", "अगली खबर",
	"前の記事", "次の記事", "前の投稿", "次の投稿",
	"이전글", "다음글", "이전 글", "다음 글", "이전기사", "다음기사", "이전 기사", "다음 기사",
	"บทความก่อนหน้า", "บทความถัดไป",
}

// teaserHeadlineWords is the fewest words of a linked headline in a teaser's
// list item: "Council debates the schools budget" beside "May 2, 2024".
// A byline's links name an author or a section in fewer.
const teaserHeadlineWords = 5

// teaserRowText is the most text a teaser's list item or table row holds.
const teaserRowText = 240

// datedLinks counts the items of list (its <li>, or the rows of a table
// or its body) that are a teaser's: a link and a year in no more than
// teaserRowText. It stops at two.
func datedLinks(list *html.Node) int {
	k := 0
	for c := list.FirstChild; c != nil && k < 2; c = c.NextSibling {
		switch {
		case c.DataAtom == atom.Tbody && list.DataAtom == atom.Table:
			k += datedLinks(c)
		case c.DataAtom != atom.Li && c.DataAtom != atom.Tr || textLenUpTo(c, teaserRowText+1) > teaserRowText:
		case findFirst(c, byTag(atom.A)) != nil && hasYearOrEpoch(textOf(c)):
			k++
		}
	}
	return k
}

// teaserLink reports whether n, the block a date is read from, lies in a
// link that also holds other text: a card set as one link ("<a href=…>
// <span>Headline</span><div>22 August 2019</div></a>") dates the page it
// leads to, not this one. A permalink on the date alone ("Posted on <a
// href=…>November 8, 2012</a>") is the page's own.
func teaserLink(n *html.Node) bool {
	if n == nil {
		return false
	}
	for p := n; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.A && attr(p, "href") != "" {
			return len(textOfUpTo(p, 400)) > len(textOfUpTo(n, 400))+20
		}
	}
	return false
}

// opensOthers notes a heading n below the story's text that opens its
// comments ("Comments", "3 Kommentare", "Comentarios (12)") or a block of
// other stories ("You may also like", "Noticias relacionadas": a sidebar
// label of two words or more, sidebarLead): the unlabelled dates after it
// are the comments' and the teasers', even in blocks that the page names
// in no way (othersDate). A call to rate or share the article opens its
// buttons, after which the article's own date may come. The story's text
// must have been read first (a paragraph of prose, or two of a Chinese
// story's shorter ones: cjkParas): such a heading above it (a "Related"
// box beside the byline) ends nothing.
func (s *scanner) opensOthers(n *html.Node) {
	if s.othersBelow || s.v.h1Pos < 0 || s.prose == 0 && s.cjkParas < 2 && !s.comments {
		return
	}
	if s.yearFirst && commentItem(n) {
		s.othersBelow, s.v.others = true, n
		return
	}
	if !isHeading(n) && !cjkLabelBlock(n) {
		return
	}
	if textLenUpTo(n, maxSidebarHeading+1) > maxSidebarHeading {
		return
	}
	t := textOf(n)
	if s.comments || mayNameCommentsHeading(t) && reCommentsHeadingWords.MatchString(t) || sidebarLead(n) && !rateShareCalls[strings.TrimRight(strings.ToLower(normSpace(t)), sidebarLabelEnd)] {
		s.othersBelow, s.v.others = true, n
	}
}

// commentItem reports whether n, below the story's text, is a reader's
// comment or a list of them that no heading opens, as Chinese, Japanese
// and Korean portals set them (opensOthers asks it on those pages only:
// an English blog's comment thread may stand above the site's bar of
// today's date): a block whose class or id has a token that opens with
// "comment" (not an opinion piece's "commentary") or "reply", and whose
// text holds a date ("<div class="reply">网友 2024-05-16 10:21 说：…</div>").
// A meta line's count of comments ("<span class="comments">") is no
// block, and dates nothing.
func commentItem(n *html.Node) bool {
	if !isBlockTag(n.DataAtom) || !commentish(n) {
		return false
	}
	for _, tok := range strings.Fields(classID(n)) {
		if commentToken(tok) || strings.HasPrefix(tok, "reply") {
			return hasYearOrEpoch(textOfUpTo(n, 2000))
		}
	}
	return false
}

// cjkLabelBlock reports whether n is a block or a bold run that holds a
// short CJK text and nothing else, as Chinese templates set the label of
// a box of other stories in no heading ("<div class="title">相关新闻</div>",
// "<span>推荐阅读</span>"): opensOthers reads it as a heading.
func cjkLabelBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Span, atom.Dt, atom.Strong, atom.B:
	default:
		return false
	}
	c := n.FirstChild
	return c != nil && c == n.LastChild && c.Type == html.TextNode && len(c.Data) <= maxSidebarHeading && holdsCJK(c.Data)
}

// reCommentsHeadingWords is a heading that names a comment section in
// the languages of news that opensComments does not read: "Comentarios",
// "12 comentários", "Комментарии (3)", "Yorumlar", "Reacties", Chinese
// "评论", "网友评论" (the netizens' comments), "热门评论", "我要留言".
var reCommentsHeadingWords = regexp.MustCompile(`(?i)^\s*(?:\d+\s+)?(?:comentarios?|comentários?|комментари[ийя]|коментар[іi]в?|komentarze?|komentarzy|yorumlar|yorum|reacties|reactie|komentar|bình luận|التعليقات|تعليقات|نظرات|टिप्पणियां|टिप्पणी|댓글|コメント|(?:网友|網友|热门|熱門|最新|精彩|全部|读者|讀者|用户|用戶|发表|發表|我要)?(?:评论|評論|留言)区?)(?:\s*[(\[]\d+[)\]])?\s*[:：]?\s*$`)

// mayNameCommentsHeading reports whether t may match
// reCommentsHeadingWords: past its spaces and count, a word of it opens
// with c, k, y, r or b in either case, or with a byte above ASCII. Most
// short headings after the prose ("More stories", "Share this") open with
// another letter, and skip the expression.
func mayNameCommentsHeading(t string) bool {
	i := 0
	for i < len(t) && strings.IndexByte("\t\n\f\r 0123456789", t[i]) >= 0 {
		i++
	}
	if i == len(t) {
		return false
	}
	switch c := t[i]; c | 0x20 {
	case 'c', 'k', 'y', 'r', 'b':
		return true
	default:
		return c >= 0x80
	}
}

// othersDate reports whether a date read in n, a block, is another page's
// or a comment's: n lies in a teaser card's link (teaserLink), or comes
// after the heading of the comments or of a block of other stories
// (scanner.othersBelow), or lies in a card beside others (cardRow), or in
// a block that links a headline beside the next or the last such block
// (siblingTeaser: "<div><a><h3>…</h3></a><time>2024-03-19</time></div>"),
// or holds one linked headline of the site and the date alone
// (linkedTeaserRow).
func (s *scanner) othersDate(n *html.Node) bool {
	return s.othersBelow || teaserLink(n) || cardRow(n) || seeAlsoBox(n) || s.v.titled && s.v.h1Pos < 0 && headedCard(n, s.headline) ||
		thumbCard(n, s.headline) || siblingTeaser(n) || linkedTeaserRow(n, s.address)
}

// thumbCard reports whether n, the block a date is read from, lies in a
// card of another story (cardIn) in a short block (teaserRowText) that
// does not hold the page's headline. Themes set one right beside the
// byline, above or below the page's own date line; its date is the
// story's it leads to.
func thumbCard(n, headline *html.Node) bool {
	for i, p := 0, n; i < 4 && p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; i, p = i+1, p.Parent {
		if headline != nil && isInside(headline, p) || textLenUpTo(p, teaserRowText+1) > teaserRowText {
			return false
		}
		if c := cardIn(p, n, headline); c != nil {
			return isInside(n, c)
		}
	}
	return false
}

// cardIn is the card of another story that p holds, nil when none: the
// smallest element holding a linked thumbnail and a linked headline
// (teaserHeadlineWords) that lead to the same page and do not hold n
// ("<div class=related><a href=/other><img></a><h4><a href=/other>
// Council approves the new budget</a></h4><span>March 9, 2024</span>
// </div>"). An element holding the page's headline is none: a blog links
// its headline and its picture to the post's own page. The story's own
// picture links no headline of its own.
func cardIn(p, n, headline *html.Node) *html.Node {
	thumb := findFirst(p, func(c *html.Node) bool {
		return c.DataAtom == atom.A && attr(c, "href") != "" && findFirst(c, byTag(atom.Img)) != nil
	})
	if thumb == nil {
		return nil
	}
	href := attr(thumb, "href")
	head := findFirst(p, func(c *html.Node) bool {
		return c.DataAtom == atom.A && attr(c, "href") == href && !isInside(n, c) && len(strings.Fields(textOf(c))) >= teaserHeadlineWords
	})
	if head == nil {
		return nil
	}
	for a := thumb; a != nil; a = a.Parent {
		if isInside(head, a) {
			if headline != nil && isInside(headline, a) {
				return nil // the headline linked to its own page beside its picture
			}
			return a
		}
	}
	return nil
}

// withoutCard is t, the text of block n near the headline, without the
// text of a card of another story that n holds beside its own lines
// ("By Jane Doe <card> March 3, 2024"): the card's date is not the
// byline's.
func withoutCard(n, headline *html.Node, t string) string {
	if len(t) > 2*teaserRowText {
		return t
	}
	c := cardIn(n, nil, headline)
	if c == nil || c == n {
		return t
	}
	return strings.Replace(t, textOf(c), " ", 1)
}

// headedCard reports whether n, the block a date is read from, lies in a
// teaser card standing alone: a short block (teaserRowText) that does not
// hold the page's headline and links a heading of a headline's words
// (teaserHeadlineWords) that does not hold n, the heading inside the link
// ("<div class=teaser><a href=…><h3>Council approves the new bus
// lines</h3></a><span>05.03.2024</span></div>") or the link inside the
// heading ("<h3><a href=…>…</a></h3>"). News portals set such cards one
// by one above and beside the story as well as in rows (cardRow): the
// date is the page's the heading leads to. A blog's title linked to its
// own post is the headline, and its date the page's. othersDate asks it
// only above the headline of a page whose headline is its title's
// (visible.titled): on a blog's front page, under the site's name, the
// newest post's card dates the page, and below the headline a block with
// a linked heading may be the story's own (asked there too, it took a
// byline-text date of a held-out htmldate-eval page for a teaser's).
func headedCard(n, headline *html.Node) bool {
	if n == nil || headline == nil {
		return false
	}
	for i, p := 0, n; i < 4 && p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; i, p = i+1, p.Parent {
		if isInside(headline, p) || textLenUpTo(p, teaserRowText+1) > teaserRowText {
			return false
		}
		if findFirst(p, func(c *html.Node) bool { return c != headline && linkedHeading(c) && !isInside(n, c) }) != nil {
			return true
		}
	}
	return false
}

// linkedHeading reports whether h is a heading of a headline's words
// (teaserHeadlineWords) inside a link or holding one.
func linkedHeading(h *html.Node) bool {
	if !isHeading(h) || len(strings.Fields(textOf(h))) < teaserHeadlineWords {
		return false
	}
	return hasAncestor(h, func(p *html.Node) bool { return p.DataAtom == atom.A && attr(p, "href") != "" }) ||
		findFirst(h, func(c *html.Node) bool { return c.DataAtom == atom.A && attr(c, "href") != "" }) != nil
}

// maxSeeAlsoBox is the most text of a see-also box (seeAlsoBox).
const maxSeeAlsoBox = 600

// seeAlsoBox reports whether n, the block a date is read from, lies in a
// short box that opens with the label of a block of other stories and
// links them, as a story sets one between its paragraphs ("<div
// class="leia-tambem"><strong>Leia também</strong><a href=…>Outra
// notícia</a><span>01/03/2024</span></div>", "À lire aussi", "Lesen Sie
// auch"): its dates are the stories' it links. opensOthers reads such a
// label below the text only when it is a heading; this one is inline, and
// the story's text goes on after it.
func seeAlsoBox(n *html.Node) bool {
	for i, p := 0, n; i < 4 && p != nil && p.Type == html.ElementNode; i, p = i+1, p.Parent {
		if isSeeAlsoBox(p) {
			return true
		}
	}
	return false
}

// isSeeAlsoBox reports whether n is a see-also box (seeAlsoBox).
func isSeeAlsoBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Aside, atom.Section, atom.P:
	default:
		return false
	}
	return sidebarLead(n) && textLenUpTo(n, maxSeeAlsoBox+1) <= maxSeeAlsoBox && findFirst(n, byTag(atom.A)) != nil && findFirst(n, byTag(atom.H1)) == nil
}

// cardRow reports whether n, the block a date is read from, lies in a
// teaser card set as a classed <div> beside others of its class, as
// resource hubs and "latest posts" grids set them: "<div class="card">
// <span class="card__date">12.18.2025</span><a href=…>CIS Benchmarks
// December 2025 Update</a><a href=…>Read More</a></div>" and its
// siblings. A card links a headline (teaserHeadlineWords) other than the
// date, holds no more than teaserRowText, and an element of its class
// next to it holds a link and a year too: each card dates the page it
// leads to. A byline's items beside each other ("<div class="meta">By
// <a>Jane Roe</a></div><div class="meta">May 2, 2024</div>") link no
// headline; a card alone is no row.
func cardRow(n *html.Node) bool {
	for i, p := 0, n; i < 4 && p != nil && p.Type == html.ElementNode; i, p = i+1, p.Parent {
		if isCardBesideKin(p, n) {
			return true
		}
	}
	return false
}

// isCardBesideKin reports whether p is a teaser card (cardRow) beside
// another of its class; n is the date's block, which the headline's
// link must not hold.
func isCardBesideKin(p, n *html.Node) bool {
	switch p.DataAtom {
	case atom.Div, atom.Section, atom.Span:
	default:
		return false
	}
	class := attr(p, "class")
	if class == "" || textLenUpTo(p, teaserRowText+1) > teaserRowText || !linksTeaserHeadline(p, n) {
		return false
	}
	for _, s := range []*html.Node{prevElement(p), nextElement(p)} {
		if s != nil && attr(s, "class") == class && textLenUpTo(s, teaserRowText+1) <= teaserRowText && findFirst(s, byTag(atom.A)) != nil && hasYearOrEpoch(textOf(s)) {
			return true
		}
	}
	return false
}

// linksTeaserHeadline reports whether card holds a link of a headline's
// words (teaserHeadlineWords) that does not hold the date's block n.
func linksTeaserHeadline(card, n *html.Node) bool {
	return findFirst(card, func(c *html.Node) bool {
		return c.DataAtom == atom.A && attr(c, "href") != "" && !isInside(n, c) && len(strings.Fields(textOf(c))) >= teaserHeadlineWords
	}) != nil
}

// storyListRow reports whether n, a short block, is a list, or a row of
// one, set among a story's paragraphs: "<p>…</p><p>…</p><ul><li>Board
// minutes of 13 June 2024</li>…</ul><p>…</p>". Its date is a document's
// or an event's, no dateline, and the row is the story's text. A meta
// list under the headline has no two paragraphs of the story before it
// in its parent and one after it (a standfirst is one), nor has a
// closing one a paragraph after it. Pointer walks only: no text is read
// but of the few siblings beside a list.
func storyListRow(n *html.Node) bool {
	list := n
	for i := 0; i < 4 && list != nil && list.DataAtom != atom.Ul && list.DataAtom != atom.Ol; i++ {
		list = list.Parent
	}
	if list == nil || list.DataAtom != atom.Ul && list.DataAtom != atom.Ol {
		return false
	}
	return storyParas(list, func(c *html.Node) *html.Node { return c.PrevSibling }, 2) &&
		storyParas(list, func(c *html.Node) *html.Node { return c.NextSibling }, 1)
}

// storyParas reports whether, of the up to four elements beside n in the
// direction next gives, at least want are paragraphs of a story's length.
func storyParas(n *html.Node, next func(*html.Node) *html.Node, want int) bool {
	seen := 0
	for c := next(n); c != nil && seen < 4; c = next(c) {
		if c.Type != html.ElementNode {
			continue
		}
		seen++
		if c.DataAtom == atom.P && textLenUpTo(c, storyParaLen) >= storyParaLen {
			if want--; want == 0 {
				return true
			}
		}
	}
	return false
}

// storyParaLen is the length from which a paragraph is a story's text.
const storyParaLen = 80

// teaserEntryTime reports whether n, a <time>, dates an entry of a list of
// other stories: the list item it stands in (three levels up at most)
// links another page by a headline (headlineLink: four words or more)
// beside it, not around it, and holds no more than a teaser's text. A
// "Related stories" list inside the <article> ("<li><a href=…>Council
// plans new bus lanes</a><time>June 13, 2024</time></li>") dates the
// stories it links; the page's own meta line links its author and
// section by a name or a word, or its permalink around the <time>.
func teaserEntryTime(n *html.Node) bool {
	item := n.Parent
	for i := 0; i < 3 && item != nil && !isElement(item, atom.Li); i++ {
		item = item.Parent
	}
	if item == nil || !isElement(item, atom.Li) || textLenUpTo(item, teaserItemText+1) > teaserItemText {
		return false
	}
	return findFirst(item, func(c *html.Node) bool {
		return isElement(c, atom.A) && attr(c, "href") != "" && !isInside(n, c) && headlineLink(c)
	}) != nil
}
