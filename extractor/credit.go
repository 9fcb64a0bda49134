package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The credit: the source the page names for the whole article ("Source:
// X", "来源：X"), as scanVisible reads it from a source line, and else from
// the <meta> tags of Chinese CMSs.

var reCreditTail = regexp.MustCompile(`\s*(?:[|｜].*|\s{2,}.*)$`)

func cleanCredit(s string) string {
	s = strings.Map(dropPrivateUse, s)
	s = normSpace(reCreditTail.ReplaceAllString(s, ""))
	s = cutCJKCreditDate(s)
	// "市交通运输局 解读人：张三", "江城市交通运输局 文号：江交发〔2024〕12号":
	// the next field of the line or of the disclosure table, whose label
	// the line's scan does not know, closes the source's name.
	if loc := reCJKNextLabel.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	// "21世纪经济报道 发表评论 查看评论": the info line's buttons after
	// the name are no part of it.
	if loc := reCreditJunk.FindStringIndex(s); loc != nil && loc[0] > 0 && s[loc[0]-1] == ' ' {
		s = s[:loc[0]]
	}
	s = strings.Trim(trimBrackets(strings.TrimSpace(s)), " .。:：-–—")
	if s == "" || len([]rune(s)) > 120 || strings.Contains(s, "://") {
		return ""
	}
	return s
}

// reCJKNextLabel is a Chinese field's label after a space: " 文号：",
// " 解读人：", " 主题分类:".
var reCJKNextLabel = regexp.MustCompile(`[\s\x{3000}]\p{Han}{1,6}\s*[：:]`)

// dropPrivateUse drops the private-use characters that old portals set
// as icons beside a field ("[ 国际金融报 ]\ue5c2").
func dropPrivateUse(r rune) rune {
	if r >= 0xE000 && r <= 0xF8FF {
		return -1
	}
	return r
}

// reCreditJunk is what an info line holds beside the source's name and no
// outlet's name does: a pager ("第1页/共1页", "上一页"), a button ("发表
// 评论", "分享", "打印", "关闭", "Share this", "Read more"), an arrow, an
// attribute a broken template printed ('size="20"'), and the province the
// writer posted from, which portals must show ("IP属地：江苏", "发布于江苏").
var reCreditJunk = regexp.MustCompile(`IP属地|IP屬地|发布于|發佈於|發布於|第\s*\d+\s*页|共\s*\d+\s*页|上一页|下一页|上一篇|下一篇|发表评论|查看评论|分享|打印|关闭|[<>‹›«»]|="|(?i:read\s+more|share\s+(?:this|on)|print\s+this|\bcomments?\b|(?:next|previous)\s+(?:article|story|page))`)

// creditPlaceholders are what a CMS prints when it knows no source: a
// reprint ("转载文章"), or nothing known.
var creditPlaceholders = []string{"转载", "转载文章", "转帖", "转贴", "未知", "不详",
	// "来自：互联网", "来源：网络": the web, which names no outlet.
	"互联网", "网络", "網路", "網絡", "來自網路", "来自网络", "网络来源", "网络整理", "网络转载", "網路轉載"}

// plausibleCredit reports whether s can be an outlet's name: short (2 to
// 20 Han characters, or a Latin name of a few words), no pager or button
// of the line it was read from, no placeholder. A source line that fails
// gives way to a later one ("来源：新华网" closing the story).
func plausibleCredit(s string) bool {
	if s == "" || reCreditJunk.MatchString(s) || slices.Contains(creditPlaceholders, s) {
		return false
	}
	han, n := 0, 0
	for _, r := range s {
		n++
		if isCJK(r) {
			han++
		}
	}
	if han > 0 {
		return han >= 2 && han <= 20 && n <= 30
	}
	return n <= 90 && latinName(s)
}

// latinName reports whether s reads as a name in a Latin script rather
// than a sentence: at most 12 words, of which at most one is a lower-case
// word of more than four letters ("National Center for Chronic Disease
// Prevention", "kathpress", not "Assad could fund 6 more months of war").
func latinName(s string) bool {
	words := strings.Fields(s)
	if len(words) > 12 {
		return false
	}
	lower := 0
	for _, w := range words {
		if utf8.RuneCountInString(w) > 4 && strings.IndexFunc(w, unicode.IsUpper) < 0 && unicode.IsLower([]rune(w)[0]) {
			lower++
		}
	}
	return lower < 2
}

// metaCredit is the source a Chinese CMS states in its <meta> tags when
// the page shows none: TRS's "ContentSource", and "source" ("来源：人民网").
// Only a value in Chinese is read: "source" is a URL or an app's name on
// other pages.
func metaCredit(m *pageMeta) string {
	v, _ := m.tag("contentsource", "source")
	if !holdsCJK(v) {
		return ""
	}
	v = strings.TrimSpace(v)
	for _, l := range []string{"来源：", "来源:", "來源：", "來源:"} {
		v = strings.TrimPrefix(v, l)
	}
	if v = cleanCredit(v); !plausibleCredit(v) {
		return ""
	}
	return v
}

// sourceElement records as the credit the source's name that a Chinese
// dateline n sets without a label (cjkSourceName), when no source line
// has given one.
func (s *scanner) sourceElement(n *html.Node) {
	if s.v.credit == "" && (s.v.h1Pos >= 0 || s.noHeadline) {
		if c := cleanCredit(cjkSourceName(n)); plausibleCredit(c) {
			s.v.credit = c
		}
	}
}
