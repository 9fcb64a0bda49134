package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The meta row of a Chinese post, as self-media columns, blog platforms
// and Toutiao print it: the writer's name unlabelled before the date, and
// a count or the province after it. Its readers live here, apart from
// authorzh.go's tables of Chinese credits, which the label tables
// (bylinelabels.go) read.

// cjkRowName reports whether seg is a bare Chinese name, two to four Han
// characters that name no paper, role, placeholder or floor: the writer
// that a post's meta row sets before its date and its counts or its
// province (reCJKRowMark: "张三 · 2024年5月16日 · 阅读 123", "张三 ·
// 2024-05-16 10:21 · 发布于北京", as self-media columns and blog
// platforms print it).
//
// Nothing labels it, and a section's name stands there too ("财经 ·
// 2024-05-16 · 阅读 123"): the first character must be one of the common
// family names (cjkSurnames), and the word no section's.
func cjkRowName(seg string) bool {
	c := utf8.RuneCountInString(seg)
	if c < 2 || c > 4 || !cjkHanOnly(seg) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(seg)
	return strings.ContainsRune(cjkSurnames, r) && !cjkSectionWords[seg] && !isCJKOrg(seg) && !isCJKRole(seg) && !cjkStaffRole(seg) &&
		!reCJKNotName.MatchString(seg) && !cjkPlaceholders[seg] && !cjkFloors[seg] && !bareLabel(seg)
}

// cjkSurnames are the Chinese family names most borne, in Simplified and
// Traditional characters, and the first characters of the compound ones
// (欧阳, 司马, 上官, 诸葛).
const cjkSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝上诸" +
	"張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻賀顧龔錢嚴聶魯歐蘭寧紀畢駱藍鮑華饒農繆簡車項連麥婁竇費衛閔鄔邊師欒鞏鄺諸萬關"

// cjkSectionWords are the names of portals' sections and badges that
// open with a family name's character: "金融", "房产", "文化".
var cjkSectionWords = setOf("金融", "房产", "房產", "文化", "文旅", "文娱", "文娛", "商业", "商業", "安全", "高校", "高考",
	"史话", "史話", "华人", "華人", "全球", "全国", "全國", "万象", "萬象", "石油",
	"农业", "農業", "车市", "車市", "房价", "房價", "关注", "關注", "董事", "宁波", "寧波", "江苏", "江蘇", "江西", "上海", "吉林", "安徽", "甘肃", "甘肅", "宁夏", "寧夏")

// reCJKRowMark is what closes a post's meta row after its date: a count
// ("阅读 123", "浏览：1.2万", "字数 1234", "评论(3)"), or the province the
// post was sent from, as Chinese platforms print it since 2022
// ("发布于北京", "IP属地：北京"; reISO may take "IP" for a time zone's
// letters, and leave "属地：北京").
var reCJKRowMark = regexp.MustCompile(`^(?:(?:阅读|閱讀|浏览|瀏覽|字数|字數|评论|評論|点赞|點讚)(?:量|数|數|次数|次數)?\s*[:：(（]?\s*\d[\d,.]*\s*(?:万|萬|次)?\s*[)）]?|(?:发布于|發布於|發佈於|(?:IP)?属地[:：]?|(?:IP)?屬地[:：]?)\s*\p{Han}{2,8})$`)

// cjkRowMark reports whether seg closes a post's meta row (reCJKRowMark).
func cjkRowMark(seg string) bool { return reCJKRowMark.MatchString(strings.TrimSpace(seg)) }

// cjkSpacedRow reads a post's meta row (cjkRowName) whose fields only
// spaces part: "张三 2024-05-16 10:21 阅读 123", "张三 2024-05-16 10:21
// IP属地：北京". It reports whether it read a name.
func (s *scanner) cjkSpacedRow(t string) bool {
	i := strings.IndexAny(t, " \u3000")
	if i < 0 || !cjkRowName(t[:i]) {
		return false
	}
	rest := strings.TrimLeft(t[i:], " \u3000")
	m := reISO.FindStringIndex(rest)
	if m == nil {
		m = reCJK.FindStringIndex(rest)
	}
	if m == nil || m[0] != 0 || !cjkRowMark(rest[m[1]:]) {
		return false
	}
	s.v.addAuthors([]string{t[:i]}, fromByline, s.pos, "")
	return true
}

// cjkNameField records the writer of a Chinese post's meta row that
// sets the name in an element classed "name" beside the date, unlabelled,
// as Toutiao's article pages do ("<div class=article-meta><span>2024-05-16
// 10:21</span><span class=name><a>张三</a></span></div>"). The name is a
// person's (cjkRowName), and the row gives a date; it reports whether it
// recorded one.
func (s *scanner) cjkNameField(n *html.Node, t string) bool {
	if len(t) > 120 || !holdsCJK(t) || !hasYearOrEpoch(t) || s.v.has(fromByline) {
		return false
	}
	if !reISO.MatchString(t) && !reCJK.MatchString(t) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !slices.Contains(strings.Fields(attr(c, "class")), "name") {
			continue
		}
		if name := strings.TrimSpace(textOf(c)); cjkRowName(name) {
			s.v.addAuthors([]string{name}, fromByline, s.pos, "")
			return true
		}
		return false
	}
	return false
}

// reRowCount is a reader count in a post's meta row, its word before or
// after the figure: "阅读 567", "阅读量1.2k", "字数 1,234", "1234 次点击",
// "收藏 12".
var reRowCount = regexp.MustCompile(`(?:阅读|閱讀|浏览|瀏覽|字数|字數|点击|點擊|点赞|點讚|收藏|喜欢|喜歡)\s*(?:量|数|數|次数|次數)?\s*[:：(（]?\s*\d|\d[\d,.]*\s*[kKwW万萬]?\s*(?:次点击|次點擊|次阅读|次閱讀|次浏览|次瀏覽)`)

// rowCountWords are the words one of which every reRowCount match holds:
// most rows hold none, and the regexp, tried at every byte of a row, is
// not run on them.
var rowCountWords = newKeySet("阅读", "閱讀", "浏览", "瀏覽", "字数", "字數", "点击", "點擊", "点赞", "點讚", "收藏", "喜欢", "喜歡")

// reRowHandle is a member's handle: one word of letters, figures and
// "_.-", a letter among them.
var reRowHandle = regexp.MustCompile(`^[\p{L}\p{N}_.-]{2,24}$`)

// memberSegments are the folders of the addresses of members' pages.
var memberSegments = setOf("u", "user", "users", "member", "members", "people", "profile", "space", "home")

// countBarHandle reads the writer that a blog platform's or a community's
// meta row links first, before the post's date and a reader count
// (reRowCount), n the row and t its text: "<a href=/member/liuyang>
// liuyang</a> · 2024-03-05 14:22:31 +08:00 · 1234 次点击" (V2EX), "<a
// href=/u/abc123>刘洋</a><div><time>2024.03.05 14:22:31</time><span>字数
// 1,234</span><span>阅读 567</span></div>" (Jianshu), "<a>刘洋</a> 已于
// 2024-03-10 09:00:00 修改 阅读量1.2k" (CSDN). No label names the writer
// and no class says author: the name is a person's (cjkRowName), or a
// handle linked to a member's page (memberSegments: "/member/liuyang",
// "/u/abc123") or to the address it ends ("blog.example.net/liuyang_dev").
// A section's link opens such a row too ("财经 · 2024-05-16 · 阅读 123"):
// its address is neither. It reports whether it read a name.
func (s *scanner) countBarHandle(n *html.Node, t string) bool {
	if len(t) > 200 || s.comments || !holdsCJK(t) || !rowCountWords.in(t) || !reRowCount.MatchString(t) {
		return false
	}
	a := openingLink(n)
	if a == nil {
		return false
	}
	name := normSpace(textOf(a))
	rest, ok := strings.CutPrefix(t, name)
	if !ok || !reISO.MatchString(rest) && !reCJK.MatchString(rest) {
		return false
	}
	if !cjkRowName(name) && !(reRowHandle.MatchString(name) && !isDigits(name) && memberHref(attr(a, "href"), name)) {
		return false
	}
	s.v.addAuthors([]string{name}, fromByline, s.pos, "")
	return true
}

// memberHref reports whether href is the address of the member page of
// handle: under a member folder (memberSegments), or ending in handle.
func memberHref(href, handle string) bool {
	if !profileHref(href) {
		return false
	}
	segs := strings.Split(strings.Trim(href, "/"), "/")
	if segs[len(segs)-1] == handle {
		return true
	}
	return len(segs) >= 2 && memberSegments[strings.ToLower(segs[len(segs)-2])]
}

// openingLink is the link around the first words of n, nil when they are
// no link's.
func openingLink(n *html.Node) *html.Node {
	for p := firstTextNode(n); p != nil && p != n; p = p.Parent {
		if p.DataAtom == atom.A {
			return p
		}
	}
	return nil
}
