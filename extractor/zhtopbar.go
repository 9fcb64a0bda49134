package extractor

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The top bar of Chinese portals prints today's date with its weekday
// above the menus: "2024年5月20日 星期一". Above the headline and near it in
// blocks (the menus are links, not blocks), it would beat the dateline
// below the headline. A Hong Kong paper's dateline above its headline has
// the weekday too ("2024年5月16日 週四"), but no menu between them.
// Portals in the other languages of news print the same bar ("Tuesday,
// March 12, 2024", "Martes, 12 de marzo de 2024", "Selasa, 12 Maret
// 2024", "الثلاثاء 12 مارس 2024"), its weekday first (topBarWeekday).

// reCJKWeekday is a weekday written after a Chinese date.
var reCJKWeekday = regexp.MustCompile(`(?:星期|礼拜|禮拜)[一二三四五六日天]|[周週][一二三四五六日]`)

// isCJKWeekday reports whether s is a weekday and nothing else.
func isCJKWeekday(s string) bool {
	loc := reCJKWeekday.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

// topBarLinks is how many links (a menu) between a weekday date and the
// headline make it the top bar's; topBarNodes bounds the nodes walked to
// count them.
const (
	topBarLinks = 3
	topBarNodes = 4000
)

// noteTopBarDay records the first date a block above the headline gave,
// when the block writes a weekday, is a Chinese top bar's without one
// (cjkTopBarDay) or opens the page with a date alone (bareTopBarDay): it
// is dropped at the headline when a
// menu came between (dropTopBarDay). found is how many dates the page
// had before the block.
func (s *scanner) noteTopBarDay(n *html.Node, found int) {
	if s.v.h1Pos >= 0 || s.topDay >= 0 || len(s.v.dates) == found {
		return
	}
	// "2024年03月05日 星期二 第02版": a block that names the page of a
	// paper's issue is an e-paper's edition, whose day is the story's
	// (editionDay), not a top bar's today.
	if t := textOfUpTo(n, 160); len(t) <= 160 && !editionDay(t) && (reCJKWeekday.MatchString(t) || topBarWeekday(t) || dayWeekday(n) || cjkTopBarDay(n, t, s.yearFirst) || bareTopBarDay(n)) {
		s.topDay, s.topDayNode = s.v.dates[found].pos, n
	}
}

// cjkTopBarDay reports whether t, a block above the headline, is a
// Chinese top bar's today without its weekday: a Chinese date alone
// ("2024年5月20日"), or beside what only a site's top bar holds (the
// weather, the reader's links, the search: "2024年5月20日 江城 晴 18~26℃",
// "2024年5月20日 登录 注册"). A date labelled as today ("今日：…") is not
// read (todayAbove). On a page in Chinese, Japanese or Korean (cjkPage,
// the languages that write a year first) the bar's date may be numeric
// alone ("2024-05-20", "2024/05/20"), as the portal's own script prints
// it, in a bar that opens the page: a post's date after the site's menu,
// its categories' links between it and the headline, is the post's.
func cjkTopBarDay(n *html.Node, t string, cjkPage bool) bool {
	if !holdsCJK(t) {
		return cjkPage && len(t) <= 20 && cutCJKDates(t) == "" && !linksBefore(n, topBarLinksBefore)
	}
	return strings.TrimSpace(cutCJKDates(t)) == "" || holdsAny(t, cjkTopBarMarks)
}

// bareTopBarDay reports whether n, a block above the headline, opens with
// a date alone in its own text ("<div class=topbar><span>June 14,
// 2025</span> <a>Login</a></div>"), as portals in every language print
// today's date without its weekday in the bar that opens the page: fewer
// than topBarLinksBefore links stand before it. A post's date above its
// headline stands after the site's menu; a breadcrumb's row that closes
// with the day ("当前位置：首页 > 新闻 2024-05-08") is the story's.
func bareTopBarDay(n *html.Node) bool {
	d := dayText(n)
	if d == n || d.Type != html.TextNode || firstTextNode(n) != d {
		return false
	}
	t := strings.TrimSpace(d.Data)
	return len(t) <= 40 && dateCovers(t) && !linksBefore(n, topBarLinksBefore)
}

// topBarLinksBefore is how many links before a numeric date make it no
// top bar's: a top bar's own (登录, 注册, 设为首页, 加入收藏) are fewer.
const topBarLinksBefore = 5

// linksBefore reports whether at least k links stand before n in
// document order, walking topBarNodes nodes back at most.
func linksBefore(n *html.Node, k int) bool {
	for steps := 0; steps < topBarNodes && n != nil; steps++ {
		// The node before n in document order: the last descendant of
		// its previous sibling, else its parent.
		if n.PrevSibling != nil {
			n = n.PrevSibling
			for n.LastChild != nil {
				n = n.LastChild
			}
		} else {
			n = n.Parent
		}
		if n != nil && n.Type == html.ElementNode && n.DataAtom == atom.A {
			if k--; k == 0 {
				return true
			}
		}
	}
	return false
}

// cjkTopBarMarks are what a Chinese portal's top bar prints beside today's
// date: the weather, the reader's links and the site's search.
var cjkTopBarMarks = []string{"℃", "登录", "登錄", "注册", "註冊", "设为首页", "設為首頁", "加入收藏", "搜索"}

// topBarWeekday reports whether t opens or closes with a weekday (one of
// its first three words, for "Today is Tuesday, …" too; or its last, for
// "12 Mart 2024 Salı", "2024년 3월 12일 화요일"), as the top bars of
// portals print today's date: its name in the languages of news
// (weekdayWords), or a Japanese or Korean one ("火曜日", "화요일").
func topBarWeekday(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 {
		return false
	}
	if len(words) > 1 && strings.EqualFold(words[0], "thứ") { // Vietnamese "Thứ Ba", "Thứ 3"
		return true
	}
	isWeekday := func(w string) bool {
		if cjkWeekdayInitial(w) {
			return true
		}
		w = strings.ToLower(strings.Trim(w, ",.:;|-–—()"))
		return weekdayWords[w] || strings.Contains(w, "曜日") || strings.HasSuffix(w, "요일")
	}
	return slices.ContainsFunc(words[:min(len(words), 3)], isWeekday) || isWeekday(words[len(words)-1])
}

// dayWeekday reports whether the day's own text in n, a top bar's block
// (dayText), opens or closes with a weekday (topBarWeekday): languages
// that write the weekday after the date ("2024. március 12., kedd", "२०८१
// जेठ ३०, बिहीबार", "12 Mart 2024 Salı") close the day's text with it,
// not the bar's, whose links follow ("… kedd English").
func dayWeekday(n *html.Node) bool {
	d := dayText(n)
	return d != n && d.Type == html.TextNode && len(d.Data) <= 160 && topBarWeekday(d.Data)
}

// cjkWeekdayInitial reports whether w closes with a Korean or Japanese
// weekday's initial in brackets, as their top bars close today's date:
// "2024년 03월 20일 (수)", "2024年3月20日(水)".
func cjkWeekdayInitial(w string) bool {
	for _, b := range [...][2]string{{"(", ")"}, {"（", "）"}} {
		if in, ok := strings.CutSuffix(w, b[1]); ok {
			r, size := utf8.DecodeLastRuneInString(in)
			return size > 1 && strings.ContainsRune("월화수목금토일月火水木金土日", r) && strings.HasSuffix(in[:len(in)-size], b[0])
		}
	}
	return false
}

// dropTopBarDay drops, at the headline, the top bar's date that
// noteTopBarDay recorded, when a menu stands between them.
func (s *scanner) dropTopBarDay(headline *html.Node) {
	if s.topDay < 0 || !linksBetween(dayText(s.topDayNode), headline, topBarLinks) && !topBarWords(s.topDayNode) && !crumbBar(s.topDayNode) {
		return
	}
	if editionLinkBetween(s.topDayNode, headline) {
		return // an e-paper's edition day above its pages' links
	}
	s.dropTopDay()
}

// dropTopDay drops the top bar's date that noteTopBarDay recorded.
func (s *scanner) dropTopDay() {
	// The bar's inline elements are read again after it ("<div><span>
	// 2024年5月20日</span> <a>登录</a></div>"): the same day read there,
	// below the bar and above the headline, goes too.
	pos, day := s.topDay, when{}
	for _, d := range s.v.dates {
		if d.pos == pos {
			day = d.w
			break
		}
	}
	s.v.topBar = s.topDayNode
	s.v.dates = slices.DeleteFunc(s.v.dates, func(d dateCand) bool {
		return (d.pos == pos || d.pos > pos && sameDay(d.w, day)) && d.w.t.Hour() == 0
	})
	s.topDay = -1
}

// dayText is the first text node of n, a top bar's block, that holds a
// year, else n: the menu's links after the date count, in the bar's own
// block too ("<header><div class="top-date">Salı, Mart 5, 2024</div><a
// class="logo">…</a><ul class="menu">…</ul></header>").
func dayText(n *html.Node) *html.Node {
	var day *html.Node
	walk(n, func(c *html.Node) bool {
		if day == nil && c.Type == html.TextNode && hasYearOrEpoch(c.Data) {
			day = c
		}
		return day == nil
	})
	return cmp.Or(day, n)
}

// topBarWords reports whether n, a block with a weekday date, says it is
// the top bar's today however few links follow it: "今天是2024年5月20日
// 星期一", "2024年5月20日 星期一 欢迎访问重庆新闻网"; or holds what only a
// top bar holds beside it (cjkTopBarMarks), as portals that set the bar
// under their menu print it: "2024年5月20日 星期一 多云 12~18℃", "2024年5月20日
// 登录 注册". A paper's dateline above its headline has neither.
func topBarWords(n *html.Node) bool {
	t := textOfUpTo(n, 160)
	return holdsAny(t, topBarGreetings) || holdsAny(t, cjkTopBarMarks)
}

var topBarGreetings = []string{"欢迎", "歡迎", "今天是", "今日是"}

// crumbBar reports whether n, a block with today's date and its weekday
// or alone (cjkTopBarDay), or the short block around it, holds the page's
// breadcrumb ("当前位置：首页 > 新闻" on the left, "2024年5月20日 星期一" on the
// right): the position bar above the headline, however few links stand
// after the date. A bare date in that row ("当前位置：首页 > 正文
// 2024-05-08") is the article's (TestCJKTemplatePages).
func crumbBar(n *html.Node) bool {
	for i, b := 0, n; i < 2 && b != nil && b.Type == html.ElementNode; i, b = i+1, b.Parent {
		if t := textOfUpTo(b, 241); len(t) <= 240 && holdsAny(t, cjkPositionLabels) {
			return true
		}
	}
	return false
}

// linksBetween reports whether at least k links stand after from's
// subtree and before to, in document order.
func linksBetween(from, to *html.Node, k int) bool {
	return elementBetween(from, to, func(n *html.Node) bool {
		if n.DataAtom == atom.A {
			k--
		}
		return k == 0
	})
}

// reEditionLink is the text of a link to a page of a paper's issue, as
// e-papers list their pages above each article: "第01版：要闻", "A02版：城事",
// "第 3 版".
var reEditionLink = regexp.MustCompile(`^(?:第\s*)?[A-Z]?\d{1,3}\s*版`)

// editionLinkBetween reports whether a link to a page of a paper's issue
// (reEditionLink) stands between from and to: the links below a weekday
// date are then an e-paper's pages, and the day is the edition's, the
// story's, not a portal's today above its menu.
func editionLinkBetween(from, to *html.Node) bool {
	return elementBetween(from, to, func(n *html.Node) bool {
		return n.DataAtom == atom.A && reEditionLink.MatchString(textOfUpTo(n, 40))
	})
}

// elementBetween reports whether f holds for an element after from's
// subtree and before to, in document order, walking topBarNodes nodes
// at most.
func elementBetween(from, to *html.Node, f func(*html.Node) bool) bool {
	n := from
	for steps := 0; steps < topBarNodes; steps++ {
		// The next node in document order after n's subtree, the first
		// time; then after n itself.
		switch {
		case n != from && n.FirstChild != nil:
			n = n.FirstChild
		default:
			for n != nil && n.NextSibling == nil {
				n = n.Parent
			}
			if n == nil {
				return false
			}
			n = n.NextSibling
		}
		if n == to {
			return false
		}
		if n.Type == html.ElementNode && f(n) {
			return true
		}
	}
	return false
}

// weekdayBarOverDateline drops, once the page is read, the date of a
// block above the headline that is a Chinese date with its weekday and
// nothing else ("2024年3月20日 星期三", noteTopBarDay) and that
// dropTopBarDay kept, too few links standing between it and the headline
// (a portal's short menu, or none), when a dateline or a publication's
// labelled date of another day stands in the lines under the headline:
// the bar's is today's date, the line's the story's. A Hong Kong paper's
// dateline above its headline, which writes the weekday too, has no other
// date under the headline.
func (s *scanner) weekdayBarOverDateline() {
	v := s.v
	if s.topDay < 0 || s.topDayNode == nil || v.h1Pos < 0 {
		return
	}
	t := textOfUpTo(s.topDayNode, 80)
	if len(t) > 80 || !reCJKWeekday.MatchString(t) || strings.TrimSpace(reCJKWeekday.ReplaceAllString(cutCJKDates(t), "")) != "" {
		return
	}
	i := slices.IndexFunc(v.dates, func(d dateCand) bool { return d.pos == s.topDay })
	if i < 0 {
		return
	}
	day := v.dates[i].w
	if slices.ContainsFunc(v.dates, func(d dateCand) bool {
		return d.pos > v.h1Pos && d.pos-v.h1Pos <= metaLineWindow && (d.kind == kindPublished || d.kind == "") && !d.teaser && !d.aside && !sameDay(d.w, day)
	}) {
		s.dropTopDay()
	}
}
