package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese credits, as portals and newspapers write them.

var (
	// reCJKRole is a reporter's role written before the name in a Chinese
	// credit: "作者：本报记者 张三", "首席记者张三", "张三 实习生 王五",
	// "驻京记者 李四". The role says what the person is; the name is who.
	// Japanese papers title their senior writers before the name:
	// "編集委員　山田太郎", "論説委員 山田太郎". Hong Kong's web-first
	// papers name themselves in Latin letters before the role, glued to
	// it: "撰文：HK01記者 王小明".
	reCJKRole = regexp.MustCompile(`(?:[A-Za-z][A-Za-z0-9]{1,7})?(?:本报|本台|本刊|本网|本站|特约|首席|实习|见习|驻\p{Han}{1,4}|` + cjkMediaRoles + `)?(?:记者|通讯员|实习生|撰稿人|記者|通訊員|編集委員|論説委員|解説委員|特派員|編集長)`)
	// reCJKDesk is where a credit says the story was filed, after the
	// names: a Taiwanese "記者王小明／台北報導", "記者王小明／台北即時報導",
	// a mainland paper's "本报记者 张三 发自北京" (filed from Beijing).
	reCJKDesk = regexp.MustCompile(`\s*[／/]\s*\p{Han}{0,8}(?:報導|报道)|\s+(?:发自|發自)\p{Han}{1,8}`)
	// reCJKAside is a bracketed affiliation or role after a Chinese name:
	// "张三（江城日报记者）", "李四(特约评论员)".
	reCJKAside = regexp.MustCompile(`(\p{Han}{2,4})\s*[(（][^()（）]{1,30}[)）]`)
	// reCJKOrgEnd ends the name of a newspaper, a site, an agency or a
	// station that credits write before their reporters: "江城日报 张三".
	// Japanese papers, agencies and broadcasters end in "新聞" (newspaper),
	// "通信" (news agency) and "放送" (broadcasting), as Chinese news
	// sites often end in "新闻": "東都新聞 山田太郎記者".
	reCJKOrgEnd = regexp.MustCompile(`(?:报|報|网|網|社|台|臺|刊|站|频道|頻道|中心|杂志|雜誌|新聞|新闻|通信|放送)$`)
)

// cjkMediaRoles are the newsrooms' newer titles of a reporter who files
// for the paper, its site and its app alike: "融媒体记者 张三" (converged
// media), "全媒体记者 张三" (all media).
const cjkMediaRoles = `融媒体|全媒体|融媒|全媒|新媒体|融媒體|全媒體|新媒體`

// mayCreditReporters reports whether s holds a word that every
// reCJKAuthorLabel match holds: most lines hold none.
func mayCreditReporters(s string) bool {
	return strings.Contains(s, "记者") || strings.Contains(s, "通讯员") || strings.Contains(s, "实习生") ||
		strings.Contains(s, "記者") || strings.Contains(s, "通訊員") || strings.Contains(s, "實習生")
}

// cjkReferredLabel reports whether the Chinese label at before[start:]
// follows a demonstrative ("该", "此": this), which makes it a noun the
// text speaks of, not a label: forums' "只看该作者" (show this author's
// posts only) and "该作者被禁止或删除" (this author is banned).
func cjkReferredLabel(before string, start int) bool {
	r, _ := utf8.DecodeLastRuneInString(before[:start])
	return r == '该' || r == '該' || r == '此'
}

// isCJKRole reports whether w is only a reporter's role ("实习生" between
// two names).
func isCJKRole(w string) bool {
	loc := reCJKRole.FindStringIndex(w)
	return loc != nil && loc[0] == 0 && loc[1] == len(w)
}

// reCJKAppositive is what a Chinese credit says of its author after a
// comma: "作者：张三，系江城大学教授" (who is a professor at …), "，现任…".
var reCJKAppositive = regexp.MustCompile(`\s*[，,]\s*(?:系|现为|现任|係|現為|現任)\p{Han}.*$`)

// cutCJKAppositive is s without the appositive that closes it.
func cutCJKAppositive(s string) string {
	if !strings.Contains(s, "，") && !strings.Contains(s, ",") {
		return s
	}
	return reCJKAppositive.ReplaceAllString(s, "")
}

// reCJKPostRole is a name with its role after a slash, as Chinese papers
// credit the words and the pictures of one story: "张三/文 李四/图",
// "记者 张三/文 李四/摄".
var reCJKPostRole = regexp.MustCompile(`^([\p{Han}·]{2,6})\s*[/／]\s*(文字|文|图片|图|圖|摄影|摄|攝|视频|視頻)$`)

// cutCJKPostRoles is a credit whose names each carry their role after a
// slash (reCJKPostRole) with the writers' names alone and the others'
// dropped: "张三/文 李四/图" is 张三, "记者 张三/文 李四/摄" is "记者 张三"
// (the words before the first such name stay). Other credits are s.
func cutCJKPostRoles(s string) string {
	if !strings.ContainsAny(s, "/／") {
		return s
	}
	var out []string
	roles := 0
	for _, w := range strings.Fields(s) {
		m := reCJKPostRole.FindStringSubmatch(w)
		switch {
		case m == nil && roles > 0:
			return s
		case m == nil:
			out = append(out, w)
		case m[2] == "文" || m[2] == "文字":
			roles++
			out = append(out, m[1])
		default:
			roles++
		}
	}
	if roles == 0 {
		return s
	}
	return strings.Join(out, " ")
}

var (
	// reCJKBothAfter is the mark of a reporter who wrote the story and
	// took its pictures, after the names: "记者 张三 文/图", "张三 图/文",
	// "张三 文·图". It follows a space: "张三/文" is reCJKPostRole's.
	reCJKBothAfter = regexp.MustCompile(`[\s\x{3000}]+(?:文\s*[/／·・、]\s*[图圖]|[图圖]\s*[/／·・、]\s*文)$`)
	// reCJKBothBefore is the same mark before the names, with its own
	// separator: "文·图/张三", "文/图：张三", "图·文｜张三", "文/摄：张三".
	reCJKBothBefore = regexp.MustCompile(`^(?:文\s*[/／·・、]\s*(?:[图圖]|摄影?|攝影?)|[图圖]\s*[/／·・、]\s*文|[图圖]文)\s*[/／:：|｜丨]\s*`)
)

// cutCJKBothRoles is s without the mark of a writer who took the
// pictures too (reCJKBothAfter, reCJKBothBefore), and whether s held one:
// the names around it are the writers'.
func cutCJKBothRoles(s string) (string, bool) {
	if !strings.Contains(s, "文") {
		return s, false // most credits: no regular expression runs
	}
	if loc := reCJKBothAfter.FindStringIndex(s); loc != nil {
		return s[:loc[0]], true
	}
	if loc := reCJKBothBefore.FindStringIndex(s); loc != nil {
		return s[loc[1]:], true
	}
	return s, false
}

// reCJKNameList is a few Chinese names and nothing else: "张三 李四".
var reCJKNameList = regexp.MustCompile(`^\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,3}$`)

// cjkCreditText is the names of a Chinese credit without the roles and
// affiliations written around them.
func cjkCreditText(s string) string {
	if !holdsCJK(s) {
		return s
	}
	s = reCJKAside.ReplaceAllString(s, "$1")
	s = reCJKDesk.ReplaceAllString(s, "")
	// "张三 文/摄": the writer took the photographs too.
	s = reCJKTextShot.ReplaceAllString(s, "")
	// "张三 文/图", "文·图/张三": the writer took the pictures.
	s, _ = cutCJKBothRoles(s)
	s = cutCJKTranslator(s)
	s = cutCJKCommentatorRole(s)
	if cjkRoleWords.in(s) {
		s = reCJKRole.ReplaceAllString(s, " ")
	}
	return strings.TrimSpace(s)
}

// cjkRoleWords are the role words one of which every reCJKRole match
// ends with: a credit without any is not handed to the regexp, whose
// optional prefixes it tries at every byte.
var cjkRoleWords = newKeySet("记者", "通讯员", "实习生", "撰稿人", "記者", "通訊員", "編集委員", "論説委員", "解説委員", "特派員", "編集長")

// reCJKCommentatorRole is a commentator's role before the names that
// sign a column: "特约评论员 张三", "本报评论员 张三 李四", "江城日报评论员
// 张三". Without a name after it the role signs for the paper
// (cjkCommentatorCredit) and is kept.
var reCJKCommentatorRole = regexp.MustCompile(`^\p{Han}{0,8}?(?:特约|特約)?(?:评论员|評論員)[\s\x{3000}]+(\p{Han}{2,4}(?:[\s\x{3000}、]+\p{Han}{2,4}){0,3})$`)

// cutCJKCommentatorRole is s without the commentator's role before its
// names (reCJKCommentatorRole).
func cutCJKCommentatorRole(s string) string {
	if !strings.Contains(s, "评论员") && !strings.Contains(s, "評論員") {
		return s // most credits: no regular expression runs
	}
	return reCJKCommentatorRole.ReplaceAllString(s, "$1")
}

// reCJKTranslated is a translator's credit that closes a Chinese byline,
// the name, a space or a slash, and "译" (translated): "作者：李四 张三
// 译", "李四 张三/译".
var reCJKTranslated = regexp.MustCompile(`(\p{Han}{2,4})(?:[\s\x{3000}]+|\s*[/／]\s*)(?:译|譯)$`)

// cutCJKTranslator is s without the translator's credit that closes it
// (reCJKTranslated): the translator is not the author. A credit that
// names only the translator ("张三 译") gives the translator's name, the
// one person the page credits, as trafilatura and news-please give the
// byline element's text when no author is stated.
func cutCJKTranslator(s string) string {
	if !strings.HasSuffix(s, "译") && !strings.HasSuffix(s, "譯") {
		return s // most credits: no regular expression runs
	}
	m := reCJKTranslated.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	if head := strings.TrimSpace(s[:m[0]]); head != "" {
		return head
	}
	return s[m[2]:m[3]]
}

// reCJKCommentator is the staff commentator's credit that opens a line
// under a Chinese paper's editorial: "本报评论员" (this paper's
// commentator), "本刊评论员", "新华社评论员", "人民日报评论员", "光明日报特约
// 评论员", the line alone or before the paper's issue note ("本报评论员
// 《 人民日报 》（ 2024年05月16日 第 01 版）").
var reCJKCommentator = regexp.MustCompile(`^(?:本报|本刊|本台|本网|本社|本報|本臺|本網|\p{Han}{1,6}(?:报|報|社|网|網|台|臺|刊))(?:特约|特約)?(?:评论员|評論員)(?:[\s\x{3000}]|$)`)

// cjkCommentatorCredit is the staff commentator's credit that opens s
// (reCJKCommentator), or "". The paper signs its editorials so, with no
// person's name: the credit is the author, as an organisation is.
func cjkCommentatorCredit(s string) string {
	if !strings.Contains(s, "评论员") && !strings.Contains(s, "評論員") {
		return "" // most lines: no regular expression runs
	}
	s = strings.TrimSpace(s)
	if reCJKCommentatorRole.MatchString(s) {
		return "" // "本报评论员 张三": the commentator is named
	}
	if loc := reCJKCommentator.FindStringIndex(s); loc != nil {
		return strings.TrimSpace(s[:loc[1]])
	}
	return ""
}

// cjkPlaceholders are what Chinese CMSs fill the author field with when
// nobody is credited: "anonymous", "unknown", "administrator", "the
// editor", "this site", "the internet".
var cjkPlaceholders = setOf("佚名", "未知", "匿名", "不详", "无", "暂无", "管理员", "系统管理员", "超级管理员", "小编", "本站", "本网", "网络", "网友", "原创", "转载", "综合", "互联网",
	// What a CMS prints when the piece was gathered from the web: "作者：
	// 网络整理", "本站原创", "来自网络".
	"本站原创", "本站整理", "本网整理", "网络整理", "综合整理", "网络转载", "来自网络", "网络来源",
	// The same in Traditional characters.
	"不詳", "暫無", "管理員", "網路", "網絡", "網友", "原創", "轉載", "綜合", "本站原創", "網路整理", "綜合整理")

// cjkFloors are the names Chinese forums give a thread's first posts by
// their place in it, beside the poster's name and the posting time: the
// opening post (楼主), the first reply (沙发, the sofa), the second
// (板凳, the bench), the third (地板, the floor). "沙发 发表于: 2005-03-12"
// names no one.
var cjkFloors = setOf("楼主", "樓主", "沙发", "沙發", "板凳", "地板", "地下室", "藤椅")

// allCJKOrgs reports whether every one of names is an organisation's
// (isCJKOrg).
func allCJKOrgs(names []string) bool {
	for _, n := range names {
		if !isCJKOrg(n) {
			return false
		}
	}
	return true
}

// dropCJKOrgs drops a newspaper or a site that a Chinese credit names
// before its reporters ("江城日报 张三", "新华社 李四 王五"): it published
// the piece, the people wrote it. A credit that names only the
// organisation keeps it.
func dropCJKOrgs(names []string) []string {
	var people []string
	for _, n := range names {
		if !isCJKOrg(n) {
			people = append(people, n)
		}
	}
	if len(people) == 0 {
		return names
	}
	return people
}

// cutOutletShortName is names without the first when it is the short name
// of the page's outlet before the writers': "文｜财新 刘洋" on 财新网, "江城
// 刘洋 陈晓" under "来源：江城日报". Business and news weeklies credit their
// text so, the outlet's name cut to its first characters. The first name
// is two to four Han characters that the source line's name (credit), the
// site's name or one of the <title>'s segments after the headline (outlets)
// opens with and closes with an outlet's ending ("网", "日报", "新闻";
// reCJKOrgEnd), so that the writer of a blog named for them ("刘洋的博客")
// stays; a Chinese name follows it. The outlet may name itself so in
// full ("来源：财新", og:site_name "财新"), or end in its group's word
// ("财新传媒", "江城报业集团"; cjkGroupEnds).
// cjkGroupEnds are the words that close a Chinese media group's name after
// its short name: "财新传媒", "江城报业集团".
var cjkGroupEnds = []string{"传媒", "傳媒", "集团", "集團", "传媒集团", "傳媒集團", "报业集团", "報業集團", "媒体", "媒體"}

func cutOutletShortName(names []string, credit, site string, outlets []string) []string {
	if len(names) < 2 || !isCJKName(names[1]) {
		return names
	}
	first := names[0]
	if n := utf8.RuneCountInString(first); n < 2 || n > 4 || !cjkHanOnly(first) {
		return names
	}
	shortens := func(o string) bool {
		rest, ok := strings.CutPrefix(strings.TrimSpace(o), first)
		if !ok {
			return false
		}
		if rest == "" || slices.Contains(cjkGroupEnds, rest) {
			return true
		}
		return utf8.RuneCountInString(rest) <= 3 && reCJKOrgEnd.MatchString(rest)
	}
	if shortens(credit) || shortens(site) || slices.ContainsFunc(outlets, shortens) {
		return names[1:]
	}
	return names
}

var (
	// reCJKWireByline is the credit in brackets after the dateline that
	// opens Chinese wire and newspaper stories: "新华社北京5月16日电（记者
	// 张三、李四）", "本报讯（记者 张三 通讯员 李四）", "中新网5月16日电
	// （记者 张三）". The bracket holds reporters' roles and names only.
	// The outlet may join two names with a hyphen or a middle dot (a
	// paper and its app: "江城网-新江城客户端5月16日讯", "江城新闻·江城晨报
	// 5月16日讯"), and broadcasters' sites date a report with "消息"
	// (news) where the agencies say "电": "央广网北京5月16日消息（记者张三）".
	// Traditional-character papers write the same credit in their
	// characters: "本報訊（記者王小明）".
	reCJKWireByline = regexp.MustCompile(`^[\p{Han}\d\s\-－·•]{0,24}?(?:电|讯|消息|電|訊)\s*[(（]\s*((?:本报|本報|特约|特約|首席|实习|實習|见习|見習|` + cjkMediaRoles + `)?(?:记者|通讯员|实习生|記者|通訊員|實習生)[\p{Han}\s、，,]{2,60}?)\s*[)）]`)
	// reCJKBracketLead is the same bracket opening the first paragraph
	// without the dateline, as papers' sites that drop "本报讯" print it:
	// "（记者 张三 通讯员 李四）3月5日上午，…". Only with a space after the
	// role: "（记者手记）", "（记者调查）" name a column.
	reCJKBracketLead = regexp.MustCompile(`^[(（]\s*((?:本报|本報|特约|特約|首席|实习|實習|见习|見習|` + cjkMediaRoles + `)?(?:记者|通讯员|实习生|記者|通訊員|實習生)[\s\x{3000}]+[\p{Han}\s、，,]{2,60}?)\s*[)）]`)
	// reCJKWireReport is the same credit without the bracket, closed by
	// "报道" (reports): "本报讯 记者张三 通讯员李四 报道：", "南方日报讯
	// 记者/张三 报道".
	reCJKWireReport = regexp.MustCompile(`^[\p{Han}\d\-－·•]{0,24}?(?:电|讯|消息)\s+((?:本报|特约|首席|实习|见习)?(?:记者|通讯员|实习生)[\p{Han}\s、，,/／]{2,60}?)\s*报道(?:[:：\s]|$)`)
	// reCJKTextCredit is a line that credits the text, and maybe the
	// pictures and the editing, at the top of a Chinese article: "文/张三
	// 图/李四", "文｜张三 编辑｜李四", "文 / 本报记者 张三". The photographer
	// and the editor are no authors. Guancha brackets it, after its
	// name: "【文/观察者网 张三】". WeChat articles and their copies set
	// the stroke 丨 as the bar ("文丨张三 编辑丨李四"); Japanese magazines
	// credit the reporting and the text together ("取材・文／山田太郎") and
	// set an equals sign or a middle dot ("文＝山田太郎", "（文・山田太郎）"),
	// and the writer's desk or job in brackets after the name ("文：山田太郎
	// （編集部）", "（ライター）"). The translator is no author either
	// ("文：山田太郎　翻訳：佐藤花子"). Up to six names, as many as three
	// Japanese writers each with a space inside ("文・山田 太郎、佐藤 花子、鈴木
	// 一郎", joinJapaneseName).
	reCJKTextCredit = regexp.MustCompile(`^[【\[□■]?\s*(?:文[/／、]图|文[/／、]圖|[图圖][/／、]文|图文|圖文|(?:取材[・･、/／])?文(?:[・･、/／](?:写真|撮影))?|撰文|撰稿|文字|テキスト)\s*[/／|｜丨:：=＝・\s]\s*(?:(?:フリー)?ライター\s*|ジャーナリスト\s*)?((?:\p{Han}{0,6}[记記]者\s*)?\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,5}|[\p{Katakana}ー]{2,10}(?:[・･][\p{Katakana}ー]{2,10}){0,2})\s*(?:[（(][\p{Han}\p{Katakana}ー]{1,8}[）)])?\s*[】\]]?(?:\s+(?:图|圖|摄影|攝影|图片|圖片|视频|視頻|摄|攝|制图|製圖|编辑|編輯|责编|責編|责任编辑|責任編輯|校对|审核|写真|撮影|編集|校閲|監修|翻訳|翻译|翻譯|编译|編譯)\s*[/／|｜丨:：=＝].*)?$`)
	// reCJKNameText is the same credit with the name first, as papers
	// also write it: "张三/文", "张三 李四/文 王五/图".
	reCJKNameText = regexp.MustCompile(`^[□■◎●]?\s*(\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,3})\s*[/／]\s*文(?:\s+\p{Han}{2,4}\s*[/／]\s*(?:图|圖|摄|攝|摄影|攝影))?$`)
	// reCJKDeskByline is a Taiwanese reporter's credit opening the text:
	// "〔記者王小明／台北報導〕", "記者王小明、李大華／綜合報導". Without a
	// place the report closes the bracket straight after the name:
	// "（記者王小明報導）"; Hong Kong papers also write "報道". In a
	// bracket the paper may name itself before the role: "（大纪元记者张三
	// 报道）", "（本报记者张三报道）".
	reCJKDeskByline = regexp.MustCompile(`^(?:[〔【\[（(]\s*\p{Han}{0,6}?)?\s*[记記]者\s*(\p{Han}{2,4}(?:[、，,\s]+\p{Han}{2,4}){0,5})\s*(?:[／/]\s*\p{Han}{0,8}(?:報導|报道|報道)|(?:報導|报道|報道)\s*[〕】\]）)])`)
)

var (
	// reCJKAgencyDateline is the bracket that opens a Taiwanese agency's
	// story, the reporters before the place and the day: "（中央社記者王小明
	// 台北16日電）", "（中央社記者王小明、李大華台北16日專電）". Nothing
	// separates the last name from the place.
	reCJKAgencyDateline = regexp.MustCompile(`^[(（]\s*\p{Han}{0,8}?[记記]者((?:\p{Han}{2,4}[、，,])*)(\p{Han}{4,10}?)\d{1,2}日(?:專|专|綜合|综合)?[电電]`)
	// cjkDatelinePlaces are the places of Taiwanese datelines written
	// in three characters or more, or in two after a two-character name.
	cjkDatelinePlaces = []string{"華盛頓", "华盛顿", "舊金山", "洛杉磯", "雪梨", "台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "嘉義", "苗栗", "彰化", "南投", "雲林", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門", "馬祖", "連江", "東京", "紐約", "北京", "上海", "香港", "倫敦", "巴黎", "柏林"}
)

// agencyDatelineNames reads the reporters of reCJKAgencyDateline's match
// m: the last name runs into the place, a known one, else the last name
// is taken to have the common three characters.
func agencyDatelineNames(m []string) []string {
	names := cjkNames(m[1])
	last := []rune(m[2])
	cut := -1
	for _, p := range cjkDatelinePlaces {
		if strings.HasSuffix(m[2], p) {
			cut = len(last) - utf8.RuneCountInString(p)
			break
		}
	}
	if cut < 0 {
		cut = min(3, len(last)-2)
	}
	if cut < 2 || cut > 4 {
		return nil
	}
	return append(names, string(last[:cut]))
}

// cjkDeskCredit is the names of t when it is a Taiwanese reporter's credit
// and nothing else, after the paper's name or not: "聯合報 / 記者王小明／台北即時
// 報導".
func cjkDeskCredit(t string) []string {
	if i := strings.IndexAny(t, "/／|｜"); i > 0 && i < 30 && !strings.Contains(t[:i], "者") {
		t = strings.TrimSpace(t[i+len(string([]rune(t[i:])[0])):])
	}
	m := reCJKDeskByline.FindStringSubmatchIndex(t)
	// "【記者王小明／台北報導】": the bracket the credit opened closes it.
	if m == nil || strings.Trim(t[m[1]:], " \u3000〕】]）)") != "" {
		return nil
	}
	return cjkNames(t[m[2]:m[3]])
}

// cjkLeadCredit reads the reporters credited at the top of a Chinese
// article's first paragraph, in the bracket after its dateline, or on a
// line of their own as "文/张三".
func cjkLeadCredit(p string) []string {
	p = strings.TrimSpace(p)
	if m := reCJKAgencyDateline.FindStringSubmatch(p); m != nil {
		return agencyDatelineNames(m)
	}
	if m := reCJKWireByline.FindStringSubmatch(p); m != nil {
		return cjkNames(cjkCreditText(m[1]))
	}
	if strings.HasPrefix(p, "（") || strings.HasPrefix(p, "(") {
		if m := reCJKBracketLead.FindStringSubmatch(p); m != nil {
			return cjkNames(cjkCreditText(m[1]))
		}
	}
	if m := reCJKWireReport.FindStringSubmatch(p); m != nil {
		return cjkNames(cjkCreditText(strings.NewReplacer("/", " ", "／", " ").Replace(m[1])))
	}
	if names := cjkTextCreditNames(p); names != nil {
		return names
	}
	if m := reCJKDeskByline.FindStringSubmatch(p); m != nil {
		return cjkNames(m[1])
	}
	if m := reCJKNameText.FindStringSubmatch(p); m != nil {
		return dropCJKOrgs(cjkNames(m[1]))
	}
	return nil
}

// cjkTextCreditNames is the writers a text credit names
// (reCJKTextCredit): "文/张三 图/李四" names 张三.
func cjkTextCreditNames(s string) []string {
	if !strings.Contains(s, "文") && !strings.Contains(s, "撰") && !strings.Contains(s, "テキスト") {
		return nil // most lines: no regular expression runs
	}
	s = cutCJKSourceField(s)
	m := reCJKTextCredit.FindStringSubmatch(s)
	if m == nil {
		return cjkTextCreditAfterPicture(s)
	}
	return dropCJKOrgs(cjkNames(cjkCreditText(m[1])))
}

// cutCJKSourceField is s without the source field that follows a credit
// on an info line: "文｜财新 刘洋 陈晓 来源于 财新网" is "文｜财新 刘洋 陈晓".
// The label would otherwise read as one more name of the credit's.
func cutCJKSourceField(s string) string {
	for _, l := range []string{" 来源", " 來源", "\u3000来源", "\u3000來源"} {
		if i := strings.Index(s, l); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	return s
}

// reCJKPictureFirst is the credit of a Chinese page's pictures that opens
// a line the text's credit closes, as photo stories and university news
// write it: "图/李四 文/张三", "摄影：李四 文：张三", "摄影 李四 撰文 张三".
var reCJKPictureFirst = regexp.MustCompile(`^[【\[（(]?\s*(?:图片|圖片|图|圖|摄影|攝影|照片)\s*(?:[/／|｜丨:：]\s*|\s+)\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,2}$`)

// cjkTextCreditAfterPicture is the writers of s when it is a picture
// credit (reCJKPictureFirst) and a text credit after it: "图/李四 文/张三"
// names 张三. The photographer is no author; cjkPictureCredit already
// tells such a line from one that credits the pictures alone.
func cjkTextCreditAfterPicture(s string) []string {
	if !holdsAnyRune(s, "图圖摄攝照") {
		return nil
	}
	for i, r := range s {
		if i == 0 || r != ' ' && r != '\u3000' {
			continue
		}
		if reCJKPictureFirst.MatchString(strings.TrimSpace(s[:i])) {
			if m := reCJKTextCredit.FindStringSubmatch(strings.TrimSpace(s[i:])); m != nil {
				return dropCJKOrgs(cjkNames(cjkCreditText(m[1])))
			}
		}
	}
	return nil
}

// cjkNames is the names of a Chinese credit's text, up to the first
// role that is no writer's and names someone after it ("记者 张三 通讯员 李四
// 编辑 王五": the editor, the reviewer, the photographer and their names
// close it).
func cjkNames(s string) []string {
	s = joinHanAnd(s) // "张三与李四"
	var out []string
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' || r == '　' || r == '，' || r == ',' })
	for i, n := range fields {
		if i < len(fields)-1 && cjkStaffRole(n) {
			break // a role after the names ("李四 摄影") says what they did
		}
		if cjkSourceWords[n] {
			break // "文｜张三 来源于 江城网": the source after the credit
		}
		// "记者 刘洋 日前从市交通局获悉": the story's first words, a
		// time ("日前", lately; "今年以来", since the year began), run on
		// after the credit.
		if reCJKNotName.MatchString(n) {
			break
		}
		// "发自北京" (filed from Beijing) closes a paper's credit as
		// "北京报道" does: "本报记者 张三 发自北京".
		// "文并摄" (wrote it and took the photographs) is no name either:
		// "记者 张三 文并摄".
		if c := len([]rune(n)); (c >= 2 && c <= 4 || katakanaName(n)) && !katakanaRoles[n] && !strings.HasSuffix(n, "报道") && !strings.HasPrefix(n, "发自") && !strings.HasPrefix(n, "發自") && !isCJKRole(n) &&
			!(holdsAnyRune(n, "摄攝") && reCJKTextShot.MatchString(" "+n)) {
			out = append(out, n)
		}
	}
	return out
}

// cjkSourceWords are the words that label a Chinese page's source
// without a colon, and so end the names of a credit before them: "文｜张三
// 来源于 江城网", "记者 张三 来源 江城日报".
var cjkSourceWords = setOf("来源", "来源于", "來源", "來源於", "稿源", "出处", "出處", "转自", "轉自")

// cjkStaffRole reports whether w is a label of the staff who are no
// writers, written without its colon: "编辑", "责任编辑", "审核", "校对",
// "监制", "摄影" (bylinelabels.go's editor and other kinds).
func cjkStaffRole(w string) bool {
	k, ok := cjkLabelKinds[w]
	if !ok && (w == "编辑" || w == "责编" || w == "责任编辑") {
		return true
	}
	return ok && (k == "editor" || k == kindOther)
}

// isCJKOrg reports whether n is the Chinese name of a newspaper, a site,
// an agency or a station: "新京报", "人民网", "新华社".
func isCJKOrg(n string) bool {
	return isCJKName(n) && utf8.RuneCountInString(n) >= 3 && reCJKOrgEnd.MatchString(n)
}

// reCJKDeskBefore is a paper's or a desk's name set before its reporter's
// in a Japanese or Chinese credit, the role already cut: "東都新聞社会部
// 山田太郎" (the paper's city desk), "江城日报经济新闻部 张三", "大阪支局
// 山田太郎". A desk ends in "部" (department) or "局" (bureau). Japanese
// papers space it with an ideographic space and bracket the credit:
// "（経済部　佐藤健一）" closes their stories.
var reCJKDeskBefore = regexp.MustCompile(`^\p{Han}{2,12}(?:部|局)[\s\x{3000}]+(\p{Han}{2,4})$`)

// cutCJKDesk is the reporter's name of s when a paper's desk stands
// before it (reCJKDeskBefore), else s.
func cutCJKDesk(s string) string {
	if !strings.Contains(s, "部") && !strings.Contains(s, "局") {
		return s // most credits: no regular expression runs
	}
	if m := reCJKDeskBefore.FindStringSubmatch(trimCJKBrackets(strings.TrimSpace(s))); m != nil {
		return m[1]
	}
	return s
}

// isCJKName reports whether n is written in Han characters (a Chinese
// name is one word).
func isCJKName(n string) bool {
	return holdsCJK(n)
}

// cjkDatelineOpt is the dateline that may open a reporters' credit
// without the bracket the agencies set it in: "新华社江州3月5日电 记者刘洋
// 王敏", "本报讯 记者 张三" (reCJKLeadByline, reCJKReporterLine).
const cjkDatelineOpt = `(?:[\p{Han}\d\-－·•]{0,24}?(?:电|讯|消息|電|訊)[\s\x{3000}]+)?`

var (
	// reCJKLeadByline (each name followed by a space, so the sentence's
	// first word is not taken): "光明日报记者 王建宏 张文攀", "本报记者 葛灵丹", "新华社记者 张三 李四" opening the body.
	// A paper's app may name itself and the paper with a middle dot
	// between: "江城新闻·江城晨报记者 张三" (also in reCJKReporterLine).
	reCJKLeadByline = regexp.MustCompile(`^(?:【[^】]{1,20}】\s*)?` + cjkDatelineOpt + `[□■◆●◎]?\s*(?:(?:\p{Han}{1,8}[·•])?[\p{Han}]{0,8}记者|本报通讯员|通讯员)\s*((?:[\p{Han}]{2,4}[\s、]+){1,6})`)
	// reCJKReporterLine is a paragraph that only credits reporters:
	// "新京报记者 彭冲 山东冠县报道", "记者 张三 及 李四", marked as papers
	// mark it or not ("□本报记者 张三", "◎本报记者 张三", "●记者 张三").
	reCJKReporterLine = regexp.MustCompile(`^` + cjkDatelineOpt + `[□■◎●◆]?\s*(?:\p{Han}{1,8}[·•])?[\p{Han}]{0,8}记者\s*((?:[\p{Han}]{2,4})(?:(?:\s+[和与與及])?[\s、]+[\p{Han}]{2,4}){0,5})(?:\s+[\p{Han}]{2,8}报道)?$`)
	// reCJKNotName: words of Chinese link labels and credits, and the
	// relative times an info line gives instead of a date ("刚刚 来源：…",
	// just now), or a story opens with right after its reporter's name
	// ("记者 刘洋 日前从市交通局获悉", lately; "今年", this year).
	reCJKNotName = regexp.MustCompile(`作者|文章|编辑|来源|更多|查看|点击|刚刚|刚才|今天|昨天|前天|今年|去年|近日|日前|近期|目前|本周|上周|本月|今日|昨日|今晨|昨晚`)
	// reCJKColumnLine is a paragraph that is only a column name: "【新春走基层】".
	reCJKColumnLine = regexp.MustCompile(`^【[^】]{1,20}】$`)
	// reCJKTailByline: "（记者 胡晓蓉）", "（常书香 马丹阳 ）", "（姚峰 上海报道）", "□ 本报记者 葛灵丹" closing the body.
	// Taiwan and Hong Kong write it in Traditional characters, the desk
	// after a slash: "（記者王小明／台北報導）", "□ 本報記者 王小明". The
	// reporters may have taken the pictures too: "（记者 张三 文/图）".
	reCJKTailByline = regexp.MustCompile(`(?:[（(]\s*(?:[\p{Han}]{0,8}[记記]者\s*)?((?:[\p{Han}]{2,4})(?:[\s、]+[\p{Han}]{2,4}){0,5})\s*(?:[／/]?\s*[\p{Han}]{2,8}(?:报道|報導))?(?:\s+文\s*[/／、]\s*(?:图|圖|摄|攝))?\s*[)）]|[□■]\s*(?:本报|本報)?[记記]者\s*((?:[\p{Han}]{2,4})(?:[\s、]+[\p{Han}]{2,4}){0,5}))\s*$`)
)

// cjkBodyAuthors finds the reporters named where Chinese news puts them:
// at the start of the first paragraph or in brackets at the end of the last.
//
// Every form it reads holds Han characters: a text without any (most
// pages, which are not Chinese) is not read further.
func cjkBodyAuthors(text string) []string {
	if !holdsCJK(text) {
		return nil
	}
	paras := strings.Split(text, "\n\n")
	// The paragraphs read below, with two-character names padded to the
	// width of three joined: "本报记者 王　五 张三丰".
	for i := range paras {
		if i < 2 || i >= len(paras)-3 {
			paras[i] = joinPaddedNames(paras[i])
		}
	}
	// The first paragraph, or the second after a 【column】 line or the
	// original headline of a reprint ("原标题：…").
	for i, p := range paras[:min(2, len(paras))] {
		// "记者 李四 摄": the credit of the photograph above the text
		// (reCJKShot), not its writer's; the text's own may follow.
		// "记者 李四 文/摄" credits the writer, who took the photographs
		// too, and is read without its "文/摄".
		if tp := strings.TrimSpace(p); reCJKShot.MatchString(tp) {
			loc := reCJKTextShot.FindStringIndex(tp)
			if loc == nil {
				continue
			}
			p = tp[:loc[0]]
		}
		if m := reCJKReporterLine.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
			return cjkNames(m[1])
		}
		if names := cjkLeadCredit(p); len(names) > 0 {
			return names
		}
		// "文/张三<br>3月5日上午，…": the credit on the first line of the
		// paragraph, a line break before the story.
		if line, rest, ok := strings.Cut(strings.TrimSpace(p), "\n"); ok && strings.TrimSpace(rest) != "" {
			if names := cjkLeadCredit(line); len(names) > 0 {
				return names
			}
		}
		if m := reCJKLeadByline.FindStringSubmatch(p); m != nil {
			return cjkNames(m[1])
		}
		if i == 0 && !reCJKColumnLine.MatchString(p) && !strings.HasPrefix(p, "原标题") && !strings.HasPrefix(p, "原標題") {
			break
		}
	}
	// The last paragraph, or a reporter line of its own among the last
	// three: "新京报记者 彭冲 山东冠县报道", "（记者 张三）" above a mirror's
	// or a WeChat account's closing call to follow it.
	last := joinPaddedNames(text[strings.LastIndex(text, "\n")+1:])
	// "（中央社）": the agency the story came from, as "(AP)" closes one.
	if m := reCJKTailByline.FindStringSubmatch(last); m != nil {
		// "（東都新聞 山田太郎）": the paper, then its reporter.
		if names := cjkNames(cutCJKDesk(m[1] + m[2])); !allCJKOrgs(names) {
			return dropCJKOrgs(names)
		}
	}
	for i := len(paras) - 1; i >= max(0, len(paras)-3); i-- {
		p := strings.TrimSpace(paras[i])
		if m := reCJKReporterLine.FindStringSubmatch(p); m != nil {
			return cjkNames(m[1])
		}
		// The words before the regexp: most paragraphs name no reporter.
		if mayCreditReporters(p) {
			if m := reCJKTailByline.FindStringSubmatch(p); m != nil && len(m[0]) == len(p) {
				return dropCJKOrgs(cjkNames(m[1] + m[2]))
			}
		}
		// "（文/张三 图/李四 审核/王五）": the text's credit closing the
		// article, as universities' and local governments' sites set it.
		if names := cjkTextCreditNames(trimCJKBrackets(p)); len(names) > 0 {
			return names
		}
	}
	// "【山田太郎】": a Japanese paper's reporter closing the story.
	if m := reJaTailReporter.FindStringSubmatch(strings.TrimSpace(last)); m != nil && holdsKana(text) {
		return []string{m[1] + m[2]}
	}
	// "（ワシントン＝山田太郎）": the place and the reporter closing it,
	// as Nikkei and Yomiuri set them.
	if m := reJaTailDateline.FindStringSubmatch(strings.TrimSpace(last)); m != nil && holdsKana(text) {
		return cjkNames(m[1])
	}
	// "【ワシントン＝山田太郎】米政府は…": the dateline and the reporter
	// opening a Japanese paper's story.
	// "【パリＡＦＰ＝時事】": an agency's story relayed by Kyodo or Jiji
	// names no reporter after the equals sign.
	if m := reJaLeadReporter.FindStringSubmatch(paras[0]); m != nil && holdsKana(text) && m[1] != "共同" && m[1] != "時事" {
		return cjkNames(m[1])
	}
	// "【ワシントン共同】米政府は…": the place and the agency, Kyodo or
	// Jiji, opening a wire story that a Japanese paper carries, in
	// lenticular brackets or round ones ("（ロンドン共同）"), after an
	// equals sign or not ("【ワシントン＝共同】"). A story the agency
	// relays from another is that one's: "【パリＡＦＰ＝時事】" is AFP's.
	if m := reJaLeadAgency.FindStringSubmatch(paras[0]); m != nil && holdsKana(text) {
		if m[2] != "" && m[1] != "" {
			return []string{foldWidth(m[1])}
		}
		return []string{m[3] + "通信"}
	}
	// Unlabelled, so after every labelled credit: a name alone at the top.
	if n := cjkLoneName(paras); n != "" {
		return []string{n}
	}
	return nil
}

// reCJKPaddedName is a two-character Chinese name padded with a space to
// the width of three, as papers set their credits ("记者 王　五 张三丰"):
// a single character between a boundary and a space, then another.
var reCJKPaddedName = regexp.MustCompile(`(^|[\s、，（(□■])(\p{Han})[ \x{3000}](\p{Han})([\s、，）)]|$)`)

// joinPaddedNames is p with its padded names (reCJKPaddedName) joined.
func joinPaddedNames(p string) string {
	if !holdsAnyRune(p, " \u3000") || !holdsCJK(p) {
		return p
	}
	// Twice: one match's closing space is the next one's opening.
	for range 2 {
		p = reCJKPaddedName.ReplaceAllString(p, "$1$2$3$4")
	}
	return p
}

// trimCJKBrackets is p without the brackets around it: "（文/张三）".
func trimCJKBrackets(p string) string {
	for _, b := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}} {
		if strings.HasPrefix(p, b[0]) && strings.HasSuffix(p, b[1]) {
			return strings.TrimSpace(p[len(b[0]) : len(p)-len(b[1])])
		}
	}
	return p
}

var (
	// reJaTailReporter is the reporter's name in lenticular brackets that
	// closes a Japanese paper's story, or in brackets with the reporter's
	// title: "【山田太郎】", "（山田太郎記者）".
	reJaTailReporter = regexp.MustCompile(`^(?:【(\p{Han}{2,5})】|[（(](\p{Han}{2,5})\s*記者[)）])$`)
	// reJaTailDateline is the place and the reporters in brackets that
	// close a Japanese paper's story: "（ワシントン＝山田太郎）",
	// "（北京＝山田太郎、鈴木花子）". Magazines and web media set their
	// desk there with a middle dot: "（編集部・山田太郎）", "（ITmedia
	// NEWS編集部・山田太郎）", "（経済部・佐藤健一）".
	reJaTailDateline = regexp.MustCompile(`^[（(](?:[^＝=）)]{1,12}[＝=]|[^・･＝=）)]{0,14}[部局][・･])(\p{Han}{2,5}(?:、\p{Han}{2,5}){0,3})[)）]$`)
	// reJaLeadAgency is the place and the agency in brackets that open a
	// wire story in a Japanese paper: "【ワシントン共同】", "【北京時事】",
	// "（ロンドン共同）", "【ワシントン＝共同】". An agency relayed by
	// another is written in Latin capitals before the equals sign
	// ("【パリＡＦＰ＝時事】"): its name is the first group, the sign the
	// second, the relaying agency the third.
	reJaLeadAgency = regexp.MustCompile(`^\s*[【（(][^＝=】）)]{1,12}?([Ａ-Ｚ]{2,5}|[A-Z]{2,5})?([＝=])?(共同|時事)[】）)]`)
	// reJaLeadReporter is the place and the reporters in lenticular
	// brackets that open a Japanese paper's story: "【ワシントン＝山田太郎】",
	// "【北京＝山田太郎、鈴木花子】".
	reJaLeadReporter = regexp.MustCompile(`^\s*【[^＝=】]{1,12}[＝=](\p{Han}{2,5}(?:、\p{Han}{2,5}){0,3})】`)
)

// holdsKana reports whether s holds a Hiragana or Katakana letter: the
// text is Japanese.
func holdsKana(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) }) >= 0
}

// reCJKLoneName is a paragraph that is only a Chinese name.
var reCJKLoneName = regexp.MustCompile(`^\p{Han}{2,4}$`)

// reCJKNotLoneName is a short paragraph that is a heading or a
// publisher, not a name: "摘要", "编者按", "新华社", "人民网".
var reCJKNotLoneName = regexp.MustCompile(`^(?:摘要|前言|引言|导读|导语|正文|简介|概述|目录|序言|序|按语|编者按|附件|附录|说明|背景|声明|通知|公告|全文|原文|正文完|结语|后记|注释|参考文献)$|[社网报台刊局委院会厅办部处所司]$`)

// cjkLoneName is the author's name set alone on a line where Chinese
// articles put it: the first paragraph of the body ("胡平", then the
// text), or the second, under the headline repeated or a short heading
// ("我是怎样卷入八九民运的", "茉莉", then the text).
func cjkLoneName(paras []string) string {
	for i, p := range paras[:min(2, len(paras))] {
		// "□张三", "◎张三": papers mark the writer's name.
		p = strings.TrimLeft(strings.TrimSpace(p), "□■◎● ")
		if reCJKLoneName.MatchString(p) && !reCJKNotLoneName.MatchString(p) && !reCJKNotName.MatchString(p) {
			if i+1 < len(paras) { // a text follows
				return p
			}
			return ""
		}
		if utf8.RuneCountInString(p) > 40 || holdsAnyRune(p, "。！？\n") || !holdsCJK(p) {
			return "" // the first paragraph is text, not a heading
		}
	}
	return ""
}

// notLowerWord reports whether n is other than one word in lower-case
// letters: several such words in a row are a list of things, where one
// alone may be a handle.
func notLowerWord(n string) bool {
	if strings.Contains(n, " ") {
		return true
	}
	return strings.IndexFunc(n, func(r rune) bool { return !unicode.IsLower(r) }) >= 0
}

// looksLikeDomain reports whether a name is a web address ("www.yunnan.cn").
func looksLikeDomain(s string) bool {
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "www.") || reDomain.MatchString(s)
}

var reDomain = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|cn|net|org|info|gov|edu|de|at|ch|it|fr|uk|nl|es|eu|io|us|ca|au|be|se|dk|fi|pl|ru|jp|tv|news|blog|biz)(\.[a-z]{2})?$`)

// metaSepIndex is where the first separator of metadata stands in s ("|",
// "•", "·", a line break), or -1. A middle dot between Han characters
// joins the parts of a transliterated name ("阿卜杜拉·买买提", "爱新觉罗·溥仪"):
// it separates nothing.
func metaSepIndex(s string) int {
	for from := 0; ; {
		i := strings.IndexAny(s[from:], "|•·\n")
		if i < 0 {
			return -1
		}
		i += from
		if !strings.HasPrefix(s[i:], "·") || !hanJoined(s, i, len("·")) {
			return i
		}
		from = i + len("·")
	}
}

// hanJoined reports whether the mark of size bytes at s[i] stands between
// two Han characters.
func hanJoined(s string, i, size int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.Is(unicode.Han, before) && unicode.Is(unicode.Han, after)
}

// cjkPictureCredit reports whether s is the credit of a Chinese page's
// pictures alone: "图/张三", "圖：李四" (picture by). A credit of the text
// and the pictures ("图/文 张三", "图文/张三") or one with the writer's
// after it ("图/张三 文/李四") names a writer.
func cjkPictureCredit(s string) bool {
	rest, ok := strings.CutPrefix(s, "图")
	if !ok {
		rest, ok = strings.CutPrefix(s, "圖")
	}
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	for _, sep := range [...]string{"/", "／", "：", ":"} {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			return !strings.Contains(after, "文")
		}
	}
	return false
}

// katakanaName reports whether n is a name written in katakana, as
// Japanese writes a foreign name or a writer's pen name, its parts joined
// by a middle dot: "ジョン・スミス", "ヤマダ・タロウ".
func katakanaName(n string) bool {
	c := 0
	for _, r := range n {
		switch {
		case r == '・' || r == '･':
			if c == 0 {
				return false
			}
		case !unicode.Is(unicode.Katakana, r) && r != 'ー':
			return false
		}
		c++
	}
	return c >= 2 && c <= 24 && !strings.HasSuffix(n, "・") && !strings.HasSuffix(n, "･")
}

// katakanaRoles are the roles a Japanese credit writes in katakana where
// a name would stand ("文：ライター", "文：スタッフ"): the writer, the
// staff, the editor, the photographer, the designer, the illustrator.
var katakanaRoles = setOf("ライター", "フリーライター", "スタッフ", "エディター", "カメラマン", "ジャーナリスト", "デザイナー", "イラスト", "イラストレーター",
	"アシスタント", "ディレクター", "プロデューサー", "コラムニスト", "ゲスト", "メンバー", "ユーザー", "ニュース", "チーム", "サイト")

var (
	// reHanAndSpaced is two Chinese names joined by a spaced "and":
	// "王小明 和 李大華", "张三 与 李四", "张三 及 李四".
	reHanAndSpaced = regexp.MustCompile(`^(\p{Han}{2,4})\s+(?:和|与|與|及)\s+(\p{Han}{2,4})$`)
	// reHanAndGlued is two names of two or three characters each with
	// the "and" set between them unspaced: "张三与李四", "王小明和李大华".
	// A name that holds the character ("王和平") has one character before
	// it.
	reHanAndGlued = regexp.MustCompile(`^(\p{Han}{2,3})(?:和|与|與|及)(\p{Han}{2,3})$`)
)

// joinHanAnd writes the "and" (和, 与, 與, 及) that joins the last two of
// Chinese co-authors as the enumeration comma the others are listed with:
// "张三、李四和王五" is 张三、李四、王五. s is returned as it is when it
// holds no such pair.
func joinHanAnd(s string) string {
	if isASCII(s) || !holdsAnyRune(s, "和与與及") {
		return s
	}
	parts := strings.Split(s, "、")
	for i, p := range parts {
		for _, re := range []*regexp.Regexp{reHanAndSpaced, reHanAndGlued} {
			if m := re.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
				parts[i] = m[1] + "、" + m[2]
				break
			}
		}
	}
	return strings.Join(parts, "、")
}
