package extractor

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The info line of Chinese portals: its dates and its source.

// cjkLoneUpdate reports whether l is a Chinese update or edit-time label
// ("更新时间：", "编辑时间：")
// and the only date label of its line. Chinese portal CMSs print the time
// an article was last saved as its only date ("作者：张三 来源：X 更新时间：
// 2005-3-11"): it is the dateline, as good as unlabelled, not a revision
// beside a publication date. Beside a publication label it stays an update,
// and a Japanese one ("更新日：", "更新日時：") always does: Japanese CMSs
// print it beside or instead of the publication date, and "最后更新"
// (last updated) always does.
func cjkLoneUpdate(l labelled, labels []labelled) bool {
	// "最后更新：" (last updated) says what it is.
	if !strings.Contains(l.label, "更新") && !cjkEditTimeLabels[l.label] || strings.HasPrefix(l.label, "最") || strings.HasSuffix(l.label, "日") || strings.HasSuffix(l.label, "日時") {
		return false
	}
	for _, o := range labels {
		if o.raw != l.raw {
			if k := labelKind(o.label); k == kindPublished || k == kindModified {
				return false
			}
		}
	}
	return true
}

// loneUpdateWord marks the date just read from t, a line that is a date
// alone, as a lone update's when t opens with the bare word "更新" and its
// colon ("更新：2024年5月17日"), which findLabels does not take for a
// label: a Chinese portal's dateline, as cjkLoneUpdate reads a lone
// "更新时间：", and a Japanese page's update (pageDates.japaneseUpdates).
func (s *scanner) loneUpdateWord(t string) {
	if !bareUpdateWord(t) {
		return
	}
	if d := &s.v.dates[len(s.v.dates)-1]; d.kind == "" {
		d.loneUpdate = true
	}
}

// bareUpdateWord reports whether t opens with the bare word "更新" and its
// colon ("更新：2024年5月17日"), which findLabels does not take for a label.
func bareUpdateWord(t string) bool {
	rest, ok := strings.CutPrefix(t, "更新")
	if !ok {
		return false
	}
	_, ok = afterUpdateWord(rest)
	return ok
}

// afterUpdateWord cuts the colon that follows the bare word "更新" from
// rest, what follows the word, or the slash before a date that Singapore's
// and Malaysia's Chinese papers write for it ("更新/2024年6月14日 12:05",
// as cjkMarkedLabel reads "发布/"), and returns what is left.
func afterUpdateWord(rest string) (string, bool) {
	rest = strings.TrimLeft(rest, " ")
	for _, colon := range []string{"：", ":"} {
		if r, ok := strings.CutPrefix(rest, colon); ok {
			return r, true
		}
	}
	for _, slash := range []string{"/", "／"} {
		if r, ok := strings.CutPrefix(rest, slash); ok {
			r = strings.TrimLeft(r, " ")
			return r, r != "" && r[0] >= '0' && r[0] <= '9'
		}
	}
	return rest, false
}

// cjkEditTimeLabels are the Chinese labels of the time an article was
// last edited ("编辑时间："): portal CMSs print it as "更新时间" is
// printed, the only date of the info line or beside the publication's.
var cjkEditTimeLabels = setOf("编辑时间", "编辑日期", "編輯時間", "編輯日期")

// publishedJustAbove reports whether the last date read is a labelled
// publication date of the block being read or of the one before it: a
// Chinese update label on the line under "发布时间：…" dates that
// publication's update, as it would on the same line (cjkLoneUpdate).
func (s *scanner) publishedJustAbove() bool {
	d := s.v.dates
	return len(d) > 0 && d[len(d)-1].kind == kindPublished && d[len(d)-1].pos >= s.pos-1
}

// cutCJKCreditDate cuts the date that follows the source's name in a
// Chinese source line, with the bracket the line closes: "（来源：江城日报
// 2005年03月11日）" credits 江城日报.
func cutCJKCreditDate(s string) string {
	if !holdsCJK(s) {
		return s
	}
	for _, re := range []*regexp.Regexp{reCJK, reISO, reCreditShortYear} {
		if loc := re.FindStringIndex(s); loc != nil && loc[0] > 0 {
			s = s[:loc[0]]
		}
	}
	if !holdsAnyRune(s, "(（") {
		s = strings.TrimRight(s, " )）")
	} else if i := strings.LastIndexAny(s, "(（"); i > 0 && !holdsAnyRune(s[i:], ")）") {
		// "江城日报 （本文首发于2024年5月10日）" without its date: a note
		// the date opened.
		s = strings.TrimSpace(s[:i])
	}
	return s
}

var (
	// reCJKPhotoRole is the photographer's own paper's role before the
	// name in a Chinese caption's credit: "（记者 张晓 摄）".
	reCJKPhotoRole = regexp.MustCompile(`^(?:本报|本台|本网|特约|首席|实习)?(?:记者|通讯员|記者)\s*`)
	// reCJKShot is the "took it" that closes a Chinese photo credit: "张晓
	// 摄", "张晓/摄", "张晓 摄影", "市住建局供图".
	reCJKShot = regexp.MustCompile(`\s*[/／]?\s*(?:摄影?|攝影?|供图|供圖)$`)
	// reCJKTextShot is the "wrote it and took it" that closes the credit
	// of a reporter who did both: "张三 文/摄", "文并摄", "文·摄", "文、摄".
	// It follows a space: "记者 李文/摄" is 李文's photograph.
	reCJKTextShot = regexp.MustCompile(`[\s\x{3000}]+文\s*(?:[/／·・、]|并|並)\s*(?:摄|攝)影?$`)
)

// cjkPhotoCredit is the name in a Chinese photo credit: "记者 张晓 摄"
// credits 张晓. An agency's reporter keeps the agency: "新华社记者 李贺".
func cjkPhotoCredit(s string) string {
	if !holdsCJK(s) {
		return s
	}
	if t := strings.TrimSpace(reCJKPhotoRole.ReplaceAllString(reCJKShot.ReplaceAllString(s, ""), "")); t != "" {
		return t
	}
	return s
}

// cjkPositionLabels open the breadcrumb of Chinese pages, whatever its
// class: "当前位置：首页 > 新闻 > 正文", "您现在的位置: 首页 >> 新闻中心".
var cjkPositionLabels = []string{"当前位置", "您的位置", "你的位置", "您现在的位置", "你现在的位置", "您当前的位置", "所在位置", "目前位置", "當前位置", "現在位置", "您現在的位置"}

// cjkBreadcrumb is the first short block whose text starts with one of
// cjkPositionLabels and that holds two links or more.
func cjkBreadcrumb(doc *html.Node) *html.Node {
	// Every label holds 位置: a page none of whose texts does is not read
	// block by block (each block's first text is a walk of its own).
	if !anyText(doc, func(t string) bool { return strings.Contains(t, "位置") }) {
		return nil
	}
	return findFirst(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || !isBlockish(n) {
			return false
		}
		first := strings.TrimSpace(firstText(n))
		if !holdsAnyPrefix(first, cjkPositionLabels) || textLenUpTo(n, 301) > 300 {
			return false
		}
		return len(findAll(n, byTag(atom.A))) >= 2
	})
}

func holdsAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// holdsAnySuffix reports whether s ends with one of suffixes.
func holdsAnySuffix(s string, suffixes []string) bool {
	for _, e := range suffixes {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// trsMeta is the value of the <meta> key of TRS WCM, the CMS of most
// Chinese government portals ("SiteName", "ColumnName"), when it is
// written in Chinese: other sites use the same names for other things
// (<meta name="siteName" content="children">).
func trsMeta(m *pageMeta, key string) (string, string) {
	v, k := m.tag(key)
	if !holdsCJK(v) {
		return "", ""
	}
	return v, k
}

// reCJKToday marks the date that Chinese portals print in their top bar,
// today's: "今天是2024年5月20日 星期一", "当前日期：…".
var reCJKToday = regexp.MustCompile(`今天是|今日是|今天[:：]|今日[:：]|当前日期|当前时间|现在时间|现在是`)

// reCJKLunar marks a lunar date written beside the Gregorian one:
// "2024年5月20日 星期一 农历四月十三".
var reCJKLunar = regexp.MustCompile(`农历|農曆|阴历|陰曆`)

// cjkToday reports whether t is today's date in a portal's top bar, not
// a date of the page.
func cjkToday(t string) bool {
	return holdsCJK(t) && todayWords.in(t) && reCJKToday.MatchString(t)
}

// todayWords are the words one of which every reCJKToday match opens
// with.
var todayWords = newKeySet("今天", "今日", "当前", "现在")

// todayAbove reports whether t is today's date in a portal's top bar, read
// above the headline (headline false): there a lunar date beside the
// Gregorian one marks the top bar's calendar too. Under the headline a
// dateline may give both ("2021年3月5日 星期五 农历正月二十二", a paper's
// issue), and the Gregorian date is read.
func todayAbove(t string, headline bool) bool {
	return cjkToday(t) || !headline && holdsCJK(t) && reCJKLunar.MatchString(t)
}

// cutCJKDates is s without its dates, numeric or Chinese, and the times
// after them: "澎湃新闻记者 张三 2024-05-16 10:21" is 澎湃新闻记者 张三.
func cutCJKDates(s string) string {
	if !hasYearOrEpoch(s) {
		return s
	}
	for _, re := range []*regexp.Regexp{reISO, reCJK} {
		s = re.ReplaceAllString(s, " ")
	}
	return strings.TrimSpace(s)
}

// cjkRunes counts the CJK characters of s.
func cjkRunes(s string) int {
	k := 0
	for _, r := range s {
		if isCJK(r) {
			k++
		}
	}
	return k
}

// reSplitDate is a day set in parts, each in an element of its own, as a
// calendar leaf: the year apart from the month and the day ("2024 05/16
// 10:21:33" of Xinhua's header), the day apart from the year and the month
// ("16 2024-05", "2024.05 16").
var reSplitDate = regexp.MustCompile(`^(?:((?:19|20)\d{2})\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s+(\d{1,2}:\d{2}(?::\d{2})?))?|(\d{1,2})\s+((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})|((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s+(\d{1,2}))$`)

// splitDate reads the day of n, a block of text t whose parts are set in
// elements of their own (reSplitDate), as YYYY-MM-DD, and the time of day
// after it when the block gives one.
func splitDate(n *html.Node, t string) (string, bool) {
	if len(t) > 30 || !hasYearOrEpoch(t) {
		return "", false
	}
	m := reSplitDate.FindStringSubmatch(t)
	if m == nil || len(findAll(n, func(c *html.Node) bool { return c != n && c.Type == html.ElementNode })) < 2 {
		return "", false
	}
	y, mo, d, at := m[1], m[2], m[3], m[4]
	switch {
	case m[6] != "":
		y, mo, d = m[6], m[7], m[5]
	case m[8] != "":
		y, mo, d = m[8], m[9], m[10]
	}
	if at != "" {
		at = " " + at // Xinhua's time beside its day
	}
	return y + "-" + pad2(mo) + "-" + pad2(d) + at, true
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// Taiwan dates its government's pages in the years of the Republic of
// China, 1911 fewer than the common era's: "民國113年5月16日", "發布日期：
// 113-05-16" are 2024-05-16.
var (
	// reROCEra is a date after the era's name.
	reROCEra = regexp.MustCompile(`(?:中華)?民[國国]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	// reROCDate is a date of three-digit year that a Chinese date label
	// opens.
	reROCDate = regexp.MustCompile(`^(1[0-4]\d)\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`)
)

// rocEra is t with a date of the Republic's era written in the common
// era's years.
func rocEra(t string) string {
	if !strings.Contains(t, "民國") && !strings.Contains(t, "民国") {
		return t
	}
	return reROCEra.ReplaceAllStringFunc(t, func(d string) string {
		m := reROCEra.FindStringSubmatch(d)
		return rocYear(m[1]) + "年" + m[2] + "月" + m[3] + "日"
	})
}

// commonEraDates returns t with the dates it writes in the Republic of
// China's era or in Chinese numerals written as the common era's, in
// digits, for the date patterns to read, and its full-width digits as
// ASCII ones (foldWideDates).
func commonEraDates(t string) string {
	if !holdsWideRunes(t) {
		return t // asked of every block: most have none of the marks below
	}
	return cjkShortYear(hanziDate(rocEra(foldWideDates(t))))
}

// holdsWideRunes reports whether t holds a character of three bytes or
// more in UTF-8 (U+0800 and above), as every mark commonEraDates rewrites
// is: full-width digits, "民國", "〇", "零", "○", "◯", "Ｏ" and "年".
func holdsWideRunes(t string) bool {
	if isASCII(t) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= 0xE0 {
			return true
		}
	}
	return false
}

// reCJKShortYear is a Chinese date with a two-digit year, as forums and
// portals write it: "24年5月16日", "发布时间：05年03月11日 12:12". The
// month and the day must follow ("过去24年里" counts years), and no digit,
// letter or Han character may stand before the year: "平成30年" is an
// era's year, "第24年" an ordinal. A three-digit year from 100 to 119 is
// the Republic of China's, as Taiwan writes it without the era's name
// ("113年3月5日" is 2024-03-05).
var reCJKShortYear = regexp.MustCompile(`(^|[^\p{L}\p{N}])(\d{2}|1[01]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*([日号])`)

// cjkShortYear returns t with its dates of two-digit years (reCJKShortYear)
// written with four, "95年" and after in the 1900s (fullYear), and those
// of the Republic's three-digit years in the common era's (rocYear).
func cjkShortYear(t string) string {
	if !digitsBeforeYear(t) {
		return t
	}
	return reCJKShortYear.ReplaceAllStringFunc(t, func(d string) string {
		m := reCJKShortYear.FindStringSubmatch(d)
		mo, _ := strconv.Atoi(m[3])
		day, _ := strconv.Atoi(m[4])
		if mo < 1 || mo > 12 || day < 1 || day > 31 {
			return d
		}
		y := fullYear(m[2])
		if len(m[2]) == 3 {
			y = rocYear(m[2])
		}
		return m[1] + y + "年" + m[3] + "月" + m[4] + m[5]
	})
}

// digitsBeforeYear reports whether t writes an ASCII digit before a "年"
// (year), white space between them or not, as every reCJKShortYear match
// does: most texts with the character hold a date of four digits or none,
// and the regexp, tried at every byte, is not run on them.
func digitsBeforeYear(t string) bool {
	for i := strings.Index(t, "年"); i >= 0; {
		j := i
		for j > 0 && strings.IndexByte(" \t\n\f\r", t[j-1]) >= 0 { // \s
			j--
		}
		if j > 0 && t[j-1] >= '0' && t[j-1] <= '9' {
			return true
		}
		k := strings.Index(t[i+len("年"):], "年")
		if k < 0 {
			return false
		}
		i += len("年") + k
	}
	return false
}

// reHanziDate is a date in Chinese numerals, as government documents date
// themselves ("二〇二四年五月十六日", "二零二四年十二月三十一日"); many write
// the zero as a circle ("二○二四年", U+25CB) or a full-width O.
var reHanziDate = regexp.MustCompile(`([〇○◯Ｏ零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日`)

// hanziDigits are the values of the Chinese numerals.
var hanziDigits = map[rune]int{'〇': 0, '○': 0, '◯': 0, 'Ｏ': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// hanziDate returns t with its dates in Chinese numerals written in digits
// ("二〇二四年五月十六日" is "2024年5月16日"). A year is four numerals
// with a zero among them ("〇", "○", "零"), the form dates take.
func hanziDate(t string) string {
	if !strings.Contains(t, "〇") && !strings.Contains(t, "零") && !strings.Contains(t, "○") && !strings.Contains(t, "◯") && !strings.Contains(t, "Ｏ") {
		return t
	}
	return reHanziDate.ReplaceAllStringFunc(t, func(d string) string {
		m := reHanziDate.FindStringSubmatch(d)
		y := 0
		for _, r := range m[1] {
			y = 10*y + hanziDigits[r]
		}
		mo, day := hanziNumber(m[2]), hanziNumber(m[3])
		if mo < 1 || mo > 12 || day < 1 || day > 31 {
			return d
		}
		return strconv.Itoa(y) + "年" + strconv.Itoa(mo) + "月" + strconv.Itoa(day) + "日"
	})
}

// hanziNumber reads a number from 1 to 39 in Chinese numerals ("五",
// "十", "十六", "二十", "三十一"); 0 for anything else.
func hanziNumber(s string) int {
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return hanziDigits[rs[0]]
	case len(rs) == 2 && rs[0] == '十':
		return 10 + hanziDigits[rs[1]]
	case len(rs) == 2 && rs[1] == '十':
		return 10 * hanziDigits[rs[0]]
	case len(rs) == 3 && rs[1] == '十':
		return 10*hanziDigits[rs[0]] + hanziDigits[rs[2]]
	}
	return 0
}

// rocLabelled is the value of l, a date label, with a leading date of
// the Republic's era ("發布日期：113-05-16") in the common era's years.
// Only a Chinese label's value is read so.
func rocLabelled(l labelled) string {
	if !holdsCJK(l.label) {
		return l.value
	}
	return rocValue(l.value)
}

// rocValue is v with the date of the Republic's era that opens it
// (reROCDate) written in the common era's years, or v.
func rocValue(v string) string {
	if v == "" || v[0] != '1' {
		return v
	}
	m := reROCDate.FindStringSubmatchIndex(v)
	if m == nil {
		return v
	}
	// reROCDate takes the space after the day: the time keeps one
	// ("113/05/16 10:21" is "2024-05-16 10:21").
	rest := v[m[1]:]
	if rest != "" && rest[0] != ' ' {
		rest = " " + rest
	}
	return rocYear(v[m[2]:m[3]]) + "-" + v[m[6]:m[7]] + "-" + v[m[8]:m[9]] + rest
}

// rocAlone is t, a Taiwanese page's block that is a date of the
// Republic's era alone ("113/05/16", "113.05.16 10:21"), as a date of the
// common era's years, and whether it was one. Unlabelled, only a block of
// the date and its time is read so.
func rocAlone(t string) (string, bool) {
	if len(t) < 7 || len(t) > 20 || t[0] != '1' {
		return "", false
	}
	d := rocValue(t)
	if d == t || !reISODateTimeOnly.MatchString(d) {
		return "", false
	}
	return d, true
}

// reISODateTimeOnly is a year-first date, maybe its time, and nothing
// else.
var reISODateTimeOnly = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)

func rocYear(y string) string {
	n, _ := strconv.Atoi(y)
	return strconv.Itoa(n + 1911)
}

// reSourceClass is a class or an id that names a source's element:
// "source", "ent-source", "source-2pXi2vGI", "source_baidu".
var reSourceClass = regexp.MustCompile(`(?:^|[\s_-])source(?:$|[\s_-])`)

// cjkSourceName is the source's name that a Chinese dateline n sets,
// without a label, in an element classed a source: "<span class=date>
// 2024年05月16日 10:21</span><a class=source>新京报</a>". It is "" when
// there is none.
func cjkSourceName(n *html.Node) string {
	// The name alone: "date-source" holds the date as well.
	for _, e := range findAll(n, func(c *html.Node) bool {
		return c.Type == html.ElementNode && reSourceClass.MatchString(classID(c))
	}) {
		t := textOf(e)
		if len(t) <= 60 && holdsCJK(t) && !hasDigit(t) && !holdsAnyRune(t, ":：") {
			return t
		}
	}
	return ""
}

// reCJKBlogName is a Chinese blog's name in its masthead: "张三的博客"
// (Zhang San's blog), "李四的个人空间", "王五的專欄".
var reCJKBlogName = regexp.MustCompile(`^(\S{1,20})的(?:博客|部落格|个人空间|個人空間|空间|空間|专栏|專欄|主页|主頁)$`)

// cjkBlogName reports whether t is a Chinese blog's name, not a post's
// headline.
func cjkBlogName(t string) bool {
	return strings.Contains(t, "的") && reCJKBlogName.MatchString(t)
}

// reCJKTitleSep separates the parts of a Chinese <title>.
var reCJKTitleSep = regexp.MustCompile(`\s*[_|｜\-–—·»:：]+\s*`)

// cjkBlogOwner is the owner of a Chinese blog that its masthead names
// ("张三的博客", a link to the blog's front page, links) and its <title>
// names again as one of its parts ("标题_张三_新浪博客", or the blog's
// name whole: "标题 - 张三的博客 - 江城网"), else "".
func cjkBlogOwner(m *pageMeta) string {
	for _, l := range m.homeLinks {
		if !cjkBlogName(l) {
			continue
		}
		owner := reCJKBlogName.FindStringSubmatch(l)[1]
		for _, part := range reCJKTitleSep.Split(m.docTitle, -1) {
			// "标题_张三_新浪博客", "标题 - 张三的博客 - 江城网".
			if part = strings.TrimSpace(part); part == owner || part == l {
				return owner
			}
		}
	}
	return ""
}

// fromLabel reports whether l is a "来自" (from) label that names no
// source: it does in an article's info line, among two other fields at
// least ("2024-5-16 10:21 | 发布者: admin | 查看: 1234 | 来自: 江城日报", a
// Discuz portal), but on its own it is where a forum member lives or the
// app a post was sent from ("来自: 北京", "来自: 手机版").
func fromLabel(l labelled, labels []labelled) bool {
	return (l.label == "来自" || l.label == "來自") && len(labels) < 3
}

// datelineCredit records the writers that rest, a Chinese dateline
// without its date, credits, and reports whether the line is only the
// date and a desk's credit: "江城日报记者 张三 李四 2024-05-16" credits
// the reporters; "2024-05-16 10:21 聯合報 / 記者王小明／台北即時報導" is a
// date and a credit, no more, and the line leaves the body.
func (s *scanner) datelineCredit(rest string) bool {
	if s.cjkCreditLine(rest) {
		return false
	}
	if names := cjkDeskCredit(rest); names != nil {
		s.cjkCredit(names)
		return true
	}
	return false
}

// cjkCreditLine records the writers that rest, a Chinese credit line or
// a dateline without its date, credits: "江城日报记者 张三 李四", "记者王小明",
// "文/张三", and reports whether it did.
func (s *scanner) cjkCreditLine(rest string) bool {
	if !holdsCJK(rest) {
		return false
	}
	// "◎记者 张三", "■本报记者 张三 通讯员 李四": papers mark the credit's
	// line with a square or a circle.
	rest = strings.TrimLeft(rest, cjkCreditMarks+" \u3000")
	// "记者 张三/文 李四/图": the writer's name without its role.
	// The words before the regexp, as below: most lines name no reporter.
	if r := cutCJKPostRoles(rest); mayCreditReporters(r) {
		if m := reCJKAuthorLabel.FindStringSubmatch(r); m != nil {
			s.cjkCredit(cjkNames(m[1]))
			return true
		}
	}
	// "（记者 张三）" in a block of its own after the text: the credit
	// that closes the text's last paragraph (cjkBodyAuthors), which the
	// template set apart, and is weighed as that one.
	if t := trimCJKBrackets(rest); len(t) < len(rest) && mayCreditReporters(t) {
		if m := reCJKAuthorLabel.FindStringSubmatch(t); m != nil {
			s.v.addAuthors(cjkNames(m[1]), fromBodyText, s.pos, "")
			return true
		}
	}
	if name := cjkReportSegment(rest); name != "" && !s.v.has(fromByline) {
		s.cjkCredit([]string{name})
		return true
	}
	if names := cjkReporterAfterName(rest); len(names) > 0 && !s.v.has(fromByline) {
		s.cjkCredit(names)
		return true
	}
	t := strings.Trim(rest, "|｜丨 ")
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		// "2024-05-06 09:12 文／刘洋 来源：江城日报": an info line's
		// time before the credit.
		t = strings.Trim(cutCJKDates(t), "|｜丨 ")
	}
	if names := cjkTextCreditNames(t); len(names) > 0 && !s.v.has(fromByline) {
		s.v.addAuthors(names, fromByline, s.pos, "文")
		return true
	}
	// "张三 文/图", "文·图/张三": the writer, who took the pictures too.
	if t, ok := cutCJKBothRoles(rest); ok && !s.v.has(fromByline) && reCJKNameList.MatchString(strings.TrimSpace(t)) {
		if names := cjkNames(t); len(names) > 0 && !allCJKOrgs(names) {
			s.v.addAuthors(dropCJKOrgs(names), fromByline, s.pos, "文")
			return true
		}
	}
	if name := weChatOriginalWriter(rest); name != "" && !s.v.has(fromByline) {
		s.v.addAuthors([]string{name}, fromByline, s.pos, "原创")
		return true
	}
	if c := cjkCommentatorCredit(rest); c != "" && !s.v.has(fromByline) {
		s.v.addAuthors([]string{c}, fromByline, s.pos, "评论员")
		return true
	}
	return false
}

// reCJKReportSegment is a reporter's name before the report's kind or
// place, as Taiwanese sites write it after their own name and a bar:
// "新頭殼newtalk | 王小明 綜合報導" (a roundup), "王小明／台北報導".
var reCJKReportSegment = regexp.MustCompile(`^(\p{Han}{2,4})\s*[\s／/]\s*\p{Han}{0,3}(?:報導|报道|報道)$`)

// cjkReportSegment is the reporter a credit line's segment after a bar
// names (reCJKReportSegment), or "". The name opens with a common family
// name (cjkRowName), so a desk ("國際中心 綜合報導") or the paper ("本報
// 綜合報導") names no one.
func cjkReportSegment(line string) string {
	m := cjkReportMatch(line)
	if m == nil || !cjkRowName(m[1]) {
		return ""
	}
	return m[1]
}

// cjkReportLine reports whether line is a site's name, a bar, then a
// report's credit (reCJKReportSegment), whoever it names: the name before
// the bar is the site's, no writer's, in an element classed an author's
// too ("新頭殼newtalk | 國際中心 綜合報導").
func cjkReportLine(line string) bool {
	return cjkReportMatch(line) != nil
}

// cjkReportMatch is reCJKReportSegment's match in the last segment of a
// line of two or more set apart by bars, or nil.
func cjkReportMatch(line string) []string {
	if !strings.Contains(line, "報導") && !strings.Contains(line, "报道") && !strings.Contains(line, "報道") {
		return nil // most lines: no regular expression runs
	}
	segs := strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '｜' || r == '丨' })
	if len(segs) < 2 {
		return nil
	}
	return reCJKReportSegment.FindStringSubmatch(strings.TrimSpace(segs[len(segs)-1]))
}

// cjkCreditMarks are the marks that papers set before a credit's line.
const cjkCreditMarks = "□■◎●◆◇○"

// cjkCredit records the names of a Chinese credit line ("本报记者 王燕平
// 方云凤", "本报实习生 刘国栋 周炜", "通讯员 张三"). Reporters, interns and
// correspondents credited on consecutive lines wrote the piece together:
// a line within four blocks of the page's first credit line adds its names
// to it.
func (s *scanner) cjkCredit(names []string) {
	v := s.v
	for i := range v.authorCands {
		c := &v.authorCands[i]
		if c.from != fromByline {
			continue
		}
		if c.label == "记者" && s.pos-c.pos <= 4 {
			c.names = dedupe(append(c.names, names...))
			c.pos = s.pos
		}
		return // the page's byline is another one, or further up
	}
	v.addAuthors(names, fromByline, s.pos, "记者")
}

// cjkReporterAfterName is the reporter of a line that gives the role after
// the name, as Japanese papers and Chinese ones in Traditional characters
// credit their reporter ("山田太郎記者"), maybe after the paper, its desk
// and the time ("東都新聞 山田太郎記者", "2024-05-16 10:21 江城日報
// 王小明記者"): the words before the name must each be a paper, a desk or
// part of a date, so a sentence that ends in the word is no credit.
func cjkReporterAfterName(line string) []string {
	line = strings.TrimSpace(line)
	var name string
	switch {
	case strings.HasSuffix(line, "記者"):
		name = strings.TrimSuffix(line, "記者")
	case strings.HasSuffix(line, "记者"):
		name = strings.TrimSuffix(line, "记者")
	default:
		return nil // most lines: no field is split
	}
	f := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' })
	if len(f) == 0 || len(f) > 6 {
		return nil
	}
	name, before := f[len(f)-1], f[:len(f)-1]
	if c := utf8.RuneCountInString(name); c < 2 || c > 5 || !cjkHanOnly(name) || isCJKOrg(name) || isCJKRole(name) {
		return nil
	}
	for _, w := range before {
		if !isCJKOrg(w) && !cjkDeskWord(w) && !cjkDateWord(w) {
			return nil
		}
	}
	return []string{name}
}

// cjkDeskWord reports whether w names a paper's desk or bureau, Han
// characters ending in 部 (department) or 局 (bureau): "社会部", "大阪支局".
func cjkDeskWord(w string) bool {
	c := utf8.RuneCountInString(w)
	return c >= 3 && c <= 12 && cjkHanOnly(w) && (strings.HasSuffix(w, "部") || strings.HasSuffix(w, "局"))
}

// cjkDateWord reports whether w is a part of a date or a time: digits
// with their separators and the CJK units ("2024-05-16", "10:21",
// "2024年5月16日", "16時21分").
func cjkDateWord(w string) bool {
	digit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune("-/.:年月日时時分（）()", r):
		default:
			return false
		}
	}
	return digit
}

// cjkCreditAfterSource splits a Chinese source's value that a writer's
// credit without a label closes into the source and the writers: "江城日报
// 张三 文/图" is 江城日报 and 张三, "江城日报 文/张三 图/李四" is 江城日报 and
// 张三 (cutCJKBothRoles, cjkTextCreditNames). Other values are v and nil.
func cjkCreditAfterSource(v string) (string, []string) {
	if !strings.Contains(v, "文") || !holdsCJK(v) {
		return v, nil // most sources: nothing is split
	}
	for i, r := range v {
		if r != ' ' && r != '\u3000' && r != '\u00a0' {
			continue
		}
		src, rest := strings.TrimSpace(v[:i]), strings.TrimSpace(v[i:])
		if src == "" {
			continue
		}
		if t, ok := cutCJKBothRoles(rest); ok && reCJKNameList.MatchString(strings.TrimSpace(t)) {
			if names := dropCJKOrgs(cjkNames(t)); len(names) > 0 && !allCJKOrgs(names) {
				return src, names
			}
		}
		if names := cjkTextCreditNames(rest); len(names) > 0 {
			return src, names
		}
	}
	return v, nil
}

// cjkDateWordsKind is the kind of the first date of t, a Chinese line,
// that the words after it state: a publication's when "首次发布" or "首发"
// (first published) follows it ("于 2024-03-05 14:22:31 首次发布"), as
// blogs print the first publication beside the last edit ("已于
// 2024-03-10 09:00:00 修改"); else none. The edit alone stays of no kind:
// a Chinese page that shows only its last save dates itself by it
// (cjkLoneUpdate).
func cjkDateWordsKind(t string) string {
	if !strings.Contains(t, "首") {
		return "" // most lines: no regular expression runs
	}
	for _, re := range []*regexp.Regexp{reISO, reCJK} {
		if loc := re.FindStringIndex(t); loc != nil {
			after := strings.TrimLeft(t[loc[1]:], " \u00a0\u3000")
			for _, w := range []string{"首次发布", "首次發布", "首发", "首發"} {
				if strings.HasPrefix(after, w) {
					return kindPublished
				}
			}
			return ""
		}
	}
	return ""
}

// reSpacedDate is a numeric date that opens a label's value with its
// separators spaced, as government templates print it: "2024 - 03 - 05",
// "2024 / 3 / 5".
var reSpacedDate = regexp.MustCompile(`^((?:19|20)\d{2})\s+([-/.])\s+(\d{1,2})\s+[-/.]\s+(\d{1,2})\b`)

// closeSpacedDate is v with the spaced date that opens it (reSpacedDate)
// written without its spaces, for the date patterns to read.
func closeSpacedDate(v string) string {
	if len(v) < 12 || v[4] != ' ' {
		return v // most values: no regular expression runs
	}
	return reSpacedDate.ReplaceAllString(v, "$1$2$3$2$4")
}

// weChatOriginalWriter is the writer of rest, the line under a WeChat
// article's headline without its date, as WeChat prints it and the
// mirrors of its articles copy it on one line: "原创 刘洋 江州发布" (the
// original's mark, the writer, the account), maybe closed by the province
// of the poster's IP ("发表于江苏"). The account is the publisher, no author:
// a line that names only it ("原创 江州发布") names no writer. "" otherwise.
func weChatOriginalWriter(rest string) string {
	rest = strings.TrimSpace(rest)
	after, ok := strings.CutPrefix(rest, "原创")
	if !ok {
		after, ok = strings.CutPrefix(rest, "原創")
	}
	if !ok {
		return "" // most lines: no field is split
	}
	f := strings.Fields(after)
	if len(f) == 3 && (strings.HasPrefix(f[2], "发表于") || strings.HasPrefix(f[2], "發表於")) {
		f = f[:2]
	}
	if len(f) != 2 || f[0] == f[1] {
		return ""
	}
	name := f[0]
	// A Chinese name of two to four letters: what else stands there is a
	// notice ("原创 版权禁止商业转载 …"), no writer.
	if c := utf8.RuneCountInString(name); c < 2 || c > 4 || !cjkHanOnly(name) || isCJKRole(name) || cjkSourceWords[name] || isCJKOrg(name) {
		return ""
	}
	return name
}

// weChatMetaLine reports whether t is the line under a WeChat article's
// headline as the mirrors of its articles copy it into one block: the
// original's mark, the writer, the account, the time, and the province of
// the poster's IP ("原创 刘洋 江州发布 2024-03-05 14:22 发表于江苏"). The
// mark, the writer or the province may be left out, not both the mark
// and the province: without either, a name or two before a date is no
// such line. Its names are more than a date line's few words
// (dateCovers), and without this the line stays at the top of the body.
func weChatMetaLine(t string) bool {
	if len(t) > 120 || !strings.Contains(t, "原") && !strings.Contains(t, "发表于") && !strings.Contains(t, "發表於") {
		return false // most lines
	}
	m := reISO.FindStringIndex(t)
	if m == nil {
		m = reCJK.FindStringIndex(t)
	}
	if m == nil {
		return false
	}
	before, after := strings.TrimSpace(t[:m[0]]), strings.TrimSpace(t[m[1]:])
	marked := false
	for _, mark := range [...]string{"原创", "原創"} {
		if b, ok := strings.CutPrefix(before, mark); ok {
			before, marked = b, true
			break
		}
	}
	if after != "" {
		place, ok := strings.CutPrefix(after, "发表于")
		if !ok {
			place, ok = strings.CutPrefix(after, "發表於")
		}
		if n := utf8.RuneCountInString(place); !ok || n < 2 || n > 8 || !cjkHanOnly(place) {
			return false
		}
		marked = true
	}
	f := strings.Fields(before)
	if !marked || len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if utf8.RuneCountInString(w) > 16 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) >= 0 {
			return false
		}
	}
	return true
}
