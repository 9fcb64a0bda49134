package extractor

import (
	"regexp"
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The top bar of Chinese portals prints today's date with its weekday
// above the menus: "2024年5月20日 星期一". Above the headline and near it in
// blocks (the menus are links, not blocks), it would beat the dateline
// below the headline. A Hong Kong paper's dateline above its headline has
// the weekday too ("2024年5月16日 週四"), but no menu between them.

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
// when the block writes a weekday: it is dropped at the headline when a
// menu came between (dropTopBarDay). found is how many dates the page
// had before the block.
func (s *scanner) noteTopBarDay(n *html.Node, found int) {
	if s.v.h1Pos >= 0 || s.topDay >= 0 || len(s.v.dates) == found {
		return
	}
	if t := textOfUpTo(n, 160); len(t) <= 160 && reCJKWeekday.MatchString(t) {
		s.topDay, s.topDayNode = s.v.dates[found].pos, n
	}
}

// dropTopBarDay drops, at the headline, the top bar's date that
// noteTopBarDay recorded, when a menu stands between them.
func (s *scanner) dropTopBarDay(headline *html.Node) {
	if s.topDay < 0 || !linksBetween(s.topDayNode, headline, topBarLinks) && !topBarWords(s.topDayNode) {
		return
	}
	pos := s.topDay
	s.v.dates = slices.DeleteFunc(s.v.dates, func(d dateCand) bool { return d.pos == pos && d.w.t.Hour() == 0 })
	s.topDay = -1
}

// topBarWords reports whether n, a block with a weekday date, says it is
// the top bar's today however few links follow it: "今天是2024年5月20日
// 星期一", "2024年5月20日 星期一 欢迎访问重庆新闻网".
func topBarWords(n *html.Node) bool {
	return holdsAny(textOfUpTo(n, 160), topBarGreetings)
}

var topBarGreetings = []string{"欢迎", "歡迎", "今天是", "今日是"}

// linksBetween reports whether at least k links stand after from's
// subtree and before to, in document order.
func linksBetween(from, to *html.Node, k int) bool {
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
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if k--; k == 0 {
				return true
			}
		}
	}
	return false
}
