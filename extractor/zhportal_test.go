package extractor

import (
	"strings"
	"testing"
	"time"
)

// zhPortal is a Chinese portal's article page: a top bar with today's
// date, a menu, the headline, info (the line under it), the text (lead
// opening its first paragraph, first as a paragraph of its own before
// them), tail after the text, then related links with their dates and the
// footer.
func zhPortal(head, info, first, lead, tail string) string {
	paras := []string{
		"近日，市交通运输局发布消息，今年全市将新建和改造农村公路一千二百公里，进一步完善城乡交通网络，方便群众出行。",
		"据介绍，今年的农村公路建设重点放在偏远山区和库区，计划新增通客车的建制村三十个，同时推进公路沿线安全防护设施建设。",
		"“农村公路是群众家门口的路，我们将把质量放在第一位。”市交通运输局相关负责人表示，所有项目都将实行全过程质量监督。",
		"截至目前，全市农村公路总里程已超过十八万公里，乡镇和建制村通畅率均达到百分之百，为乡村振兴提供了有力支撑。",
	}
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><title>我市今年将新建改造农村公路一千二百公里_本地新闻_江城新闻网</title>` + head + `</head><body>
<div class="topbar">今天是2024年5月20日 星期一 <a href="/login">登录</a></div>
<div class="nav"><a href="/">首页</a> | <a href="/news/">本地新闻</a> | <a href="/gn/">国内</a> | <a href="/ty/">体育</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">本地新闻</a> &gt; 正文</div>
<div class="main"><h1>我市今年将新建改造农村公路一千二百公里</h1>` + info + `<div class="article" id="content">` + first)
	for i, p := range paras {
		if i == 0 {
			p = lead + p
		}
		b.WriteString("<p>　　" + p + "</p>\n")
	}
	b.WriteString(`</div>` + tail + `<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/news/1.html">全市公交线路优化调整方案公布</a> <span>2024-05-19</span></li>
<li><a href="/news/2.html">城区三条主干道完成提质改造</a> <span>2024-05-18</span></li></ul></div></div>
<div class="footer"><p>鄂ICP备12345678号-1</p><p>版权所有 江城新闻网 Copyright &copy; 2005-2024</p></div></body></html>`)
	return b.String()
}

func zhExtract(t *testing.T, page, pageURL string) Article {
	t.Helper()
	a, err := Extract([]byte(page), pageURL, Options{FetchedAt: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

const zhURL = "http://www.example.cn/news/content_123456.htm"

// The names a Chinese credit gives are the reporters: roles, bracketed
// affiliations, the newspaper before them, the page's buttons and the
// photographer are not, and CMS placeholders name nobody.
func TestChineseCredits(t *testing.T) {
	info := func(s string) string { return `<div class="info">` + s + `</div>` }
	for _, c := range []struct {
		name, info, first, lead, want string
	}{
		{"role before the name", info("2024-05-16 10:21　作者：本报记者 张三　来源：江城日报"), "", "", "张三"},
		{"role between names", info("2024-05-16 10:21　作者：张三 实习生 王五"), "", "", "张三; 王五"},
		{"affiliation in brackets", info("2024-05-16 10:21　作者：张三（江城日报记者）"), "", "", "张三"},
		{"reporters before the date", info("江城日报记者 张三 李四　2024-05-16 10:21"), "", "", "张三; 李四"},
		{"labels before a bar", info("记者｜张三　编辑｜李四　2024-05-16 10:21"), "", "", "张三"},
		{"a posting label alone in a poster's element", `<div class="authi"><em id="authorposton9">发表于 <span>2024-5-16 10:21:33</span></em></div>`, "", "", ""},
		{"an intern reporter labelled apart", info("记者：张三　实习记者：李四　2024-05-16"), "", "", "张三; 李四"},
		{"what the author is", info("2024-05-16"), "<p>作者：张三，系江城大学教授</p>", "", "张三"},
		{"reporters closing with their report", info("2024-05-16"), "<p>江城日报记者 张三 报道</p>", "", "张三"},
		{"newspaper dateline, no bracket", info("2024-05-16"), "", "本报讯 记者张三 通讯员李四 报道：", "张三; 李四"},
		{"text and pictures by one reporter", info("2024-05-16"), "<p>□文/图 本报记者 张三</p>", "", "张三"},
		{"a byline: text and photographs by one reporter", `<p class="byline">本报记者 张三 文/摄</p>`, "", "", "张三"},
		{"a byline: text, and photographs too", `<p class="byline">记者 张三 文并摄</p>`, "", "", "张三"},
		{"a byline: text and photographs, a middle dot", `<p class="byline">记者 张三 文·摄</p>`, "", "", "张三"},
		{"labels before ASCII bars", info("2024-05-16"), "<p>作者 | 张三</p><p>来源 | 江城日报</p>", "", "张三"},
		{"a transliterated name", info("2024-05-16　作者：阿卜杜拉·买买提　来源：江城日报"), "", "", "阿卜杜拉·买买提"},
		{"fields between full-width bars", info("2024-05-16 10:21 ｜ 来源：江城日报 ｜ 作者：张三 ｜ 责任编辑：王五"), "", "", "张三"},
		{"text and editing credited under the headline", info("文｜张三　编辑｜李四") + info("2024-05-16 10:21"), "", "", "张三"},
		{"the reporter's unit", info("作者：张三 单位：市交通运输局 发布时间：2024-05-16"), "", "", "张三"},
		{"newspaper before the reporter", info("2024-05-16 10:21　作者：江城日报 张三"), "", "", "张三"},
		{"a newspaper alone stays", info("2024-05-16 10:21　作者：江城日报"), "", "", "江城日报"},
		{"anonymous", info("发布时间：2024-05-16 10:21　作者：佚名　来源：本站"), "", "", ""},
		{"the administrator", info("发布时间：2024-05-16 10:21　作者：管理员"), "", "", ""},
		{"the little editor", info("发布时间：2024-05-16 10:21　作者：小编"), "", "", ""},
		{"page views end the name", info("时间：2024/05/16 10:21:33　作者：张三　浏览：123次"), "", "", "张三"},
		{"the photographer is no author", info("2024-05-16 10:21　撰文：张三　摄影：李四"), "", "", "张三"},
		{"buttons end the name", info("时间：2005-03-11 12:12 作者：张三 [打印] [关闭]"), "", "", "张三"},
		{"reporter and correspondent labelled apart", info("2024-05-16 10:21　记者：张三　通讯员：李四"), "", "", "张三; 李四"},
		{"Traditional labels", info("發佈時間：2024/05/16 10:21　記者：王小明　編輯：李大華"), "", "", "王小明"},
		{"Taiwanese desk credit", `<div class="info"><span class="author">聯合報 / 記者王小明／台北即時報導</span></div>`, "", "", "王小明"},
		{"wire dateline", info("2024-05-16"), "", "新华社北京5月16日电（记者张三、李四）", "张三; 李四"},
		{"Traditional reporter's report, no place", info("2024-05-16"), "", "（記者王小明報導）", "王小明"},
		{"Traditional reporter's report, Hong Kong spelling", info("2024-05-16"), "", "（記者王小明報道）", "王小明"},
		{"Traditional newspaper dateline", info("2024-05-16"), "", "本報訊（記者王小明）", "王小明"},
		{"app and paper joined by a middle dot, under the headline", info("江城新闻·江城晨报记者 张三　2024-05-16 10:21"), "", "", "张三"},
		{"newspaper dateline", info("2024-05-16"), "", "本报讯（记者 张三 通讯员 李四）", "张三; 李四"},
		{"outlet with a hyphen in the dateline", info("2024-05-16"), "", "江城网-新江城客户端5月16日9时21分讯（记者 张三 通讯员 李四）", "张三; 李四"},
		{"outlet with a middle dot in the dateline", info("2024-05-16"), "", "江城新闻·江城晨报5月16日讯（记者 张三）", "张三"},
		{"radio dateline says news", info("2024-05-16"), "", "央广网江城5月16日消息（记者张三）", "张三"},
		{"app and paper joined by a middle dot, opening the text", info("2024-05-16 10:21　来源：江城新闻"), "<p>　　江城新闻·江城晨报记者 张三 实习生 王五</p>", "", "张三; 王五"},
		{"agency dateline, names after a comma", info("2024-05-16"), "", "中新网5月16日电 （记者 张三，李四）", "张三; 李四"},
		{"reporter and intern opening the text", info("2024-05-16"), "", "■本报记者 张三 实习生 王五　", "张三; 王五"},
		{"text and pictures", info("2024-05-16"), "<p>文/张三 图/李四</p>", "", "张三"},
		{"Taiwanese lead credit", info("2024-05-16"), "", "〔記者王小明／台北報導〕", "王小明"},
		{"a source label's noun is no name", info("稿件来源：江城日报　发布时间：2024-05-16 10:21"), "", "", ""},
		{"a source label's noun before the author", info("新闻来源：江城日报　作者：张三　发布时间：2024-05-16"), "", "", "张三"},
		{"a source label's noun, Traditional", info("新聞來源：江城日報　發佈時間：2024/05/16"), "", "", ""},
		{"a photograph's credit opening the text is no writer", info("2024-05-16"), "<p>记者 李四 摄</p>", "", ""},
		{"a photograph's credit, then the reporter", info("2024-05-16"), "<p>本报记者 李四 摄</p><p>本报记者 张三</p>", "", "张三"},
		{"a photographer's credit opening the text is no writer", info("2024-05-16"), "<p>新华社记者 李四 摄影</p>", "", ""},
		{"the reporter wrote the text and took the photographs", info("2024-05-16"), "<p>本报记者 张三 文/摄</p>", "", "张三"},
		{"a photographer whose name ends in 文", info("2024-05-16"), "<p>本报记者 欧阳文/摄</p>", "", ""},
		{"where the reporter filed from, opening the text", info("2024-05-16"), "<p>本报记者 张三 发自北京</p>", "", "张三"},
		{"where two reporters filed from, opening the text", info("2024-05-16"), "<p>新京报记者 张三 李四 发自武汉</p>", "", "张三; 李四"},
		{"where the reporter filed from, labelled", info("作者：本报记者 张三 发自北京　发布时间：2024-05-16"), "", "", "张三"},
		{"the writer's label with its noun", info("撰稿人：张三　2024-05-16"), "", "", "张三"},
		{"the author's address in brackets", info("作者：张三（zhangsan@example.com）　2024-05-16"), "", "", "张三"},
		{"the publishing verb without its noun ends the name", info("作者：张三　发布：2024-05-16 10:21"), "", "", "张三"},
		{"the posting verb without its noun ends the name", info("作者：张三 发表：2024-05-16"), "", "", "张三"},
		{"a converged-media reporter, labelled", info("作者：融媒体记者 张三　2024-05-16"), "", "", "张三"},
		{"newspaper dateline, all-media reporter", info("2024-05-16"), "", "本报讯（全媒体记者 张三 通讯员 李四）", "张三; 李四"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := zhExtract(t, zhPortal("", c.info, c.first, c.lead, ""), zhURL)
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.want)
			}
		})
	}
}

// A Chinese info line's dates: labels in Traditional characters or
// without a colon, a lone "更新时间" (the CMS's only date), a government
// document's signing date beside its publication date, a TRS address.
func TestChineseDatelines(t *testing.T) {
	info := func(s string) string { return `<div class="info">` + s + `</div>` }
	for _, c := range []struct {
		name, head, info, url, want, wantMod string
	}{
		{"Traditional labels", "", info("發佈時間：2024/05/16 10:21　來源：江城日報"), zhURL, "2024-05-16", ""},
		{"a label without its colon", "", info("发布时间 2024-05-16 10:21 来源 江城日报"), zhURL, "2024-05-16", ""},
		{"the update time alone", "", info("作者：张三　来源：江城日报　更新时间：2005-3-11 12:12:03　点击数：345"), zhURL, "2005-03-11", ""},
		{"the update time alone, in a toolbar", "", `<div class="share-toolbar"><span>更新时间：2005-03-11</span> <a href="#">微信</a> <a href="#">微博</a></div>`, zhURL, "2005-03-11", ""},
		{"the update time beside the publication", "", info("发布时间：2024-05-16 10:21 更新时间：2024-05-18 09:00"), zhURL, "2024-05-16", "2024-05-18"},
		{"signed, then published", "", info("发布机构：市交通运输局　成文日期：2024-05-10　发布日期：2024-05-16"), zhURL, "2024-05-16", ""},
		{"og:release_date", `<meta property="og:release_date" content="2024-05-16">`, "", zhURL, "2024-05-16", ""},
		{"gov.cn's metas", `<meta name="firstpublishedtime" content="2024-05-16-17:09:00"><meta name="lastmodifiedtime" content="2024-05-17-09:00:00">`, "", zhURL, "2024-05-16", "2024-05-17"},
		{"Tencent's page data", `<script>window.DATA = {"article_id":"20240516A03XYZ00","media":"新京报","pubtime":"2024-05-16 10:21:33"};</script>`, "", zhURL, "2024-05-16", ""},
		{"a script's publishTime", `<script>var ARTICLE_INFO = {title: "农村公路", publishTime: "2024-05-16 10:21:33"};</script>`, "", zhURL, "2024-05-16", ""},
		{"a TRS address", "", "", "http://www.example.gov.cn/xxgk/202405/t20240516_123456.html", "2024-05-16", ""},
		{"a date between bar labels", "", info("记者｜张三　编辑｜李四　2024-05-16 10:21"), zhURL, "2024-05-16", ""},
		{"a date after the reporters", "", info("江城日报记者 张三 李四　2024-05-16"), zhURL, "2024-05-16", ""},
		{"a date after the labelled fields", "", info("来源：江城日报 | 作者：张三 | 2024-05-16 10:21"), zhURL, "2024-05-16", ""},
		{"a date inside a sentence", "", info("江城日报 定于2024年5月16日召开 张三"), zhURL, "", ""},
		{"a date inside a summary", "", info("摘要 市政府于 2024年5月10日 召开常务会议。"), zhURL, "", ""},
		{"a teaser's date", "", "", zhURL, "", ""},
		{"today with the lunar date, classed a date", "", info("江城日报 2024-05-16"), zhURL, "2024-05-16", ""},
		{"an address with the day before capitals", "", "", "https://news.example.com/rain/a/20240516A03XYZ00", "2024-05-16", ""},
		{"today in the top bar, the dateline below", "", info("2024-05-16 10:21　来源：江城日报"), zhURL, "2024-05-16", ""},
		{"today in the top bar, no dateline", "", info("来源：江城日报"), zhURL, "", ""},
		{"Republic of China years, labelled", "", info("資料來源：交通局　發布日期：113-05-16　更新日期：113年05月20日"), zhURL, "2024-05-16", "2024-05-20"},
		{"a Republic of China date after its era", "", info("民國113年5月16日"), zhURL, "2024-05-16", ""},
		{"Republic of China years, the label in a cell of its own", "", `<table class="info"><tr><th>發布日期</th><td>113-05-16</td></tr><tr><th>發布單位</th><td>交通局</td></tr></table>`, zhURL, "2024-05-16", ""},
		{"a three-digit year unlabelled is no date", "", info("113-05-16"), zhURL, "", ""},
		{"last updated, alone", "", info("最后更新：2024-05-20"), zhURL, "", "2024-05-20"},
		{"last updated, alone, with its noun", "", info("最後更新時間：2024/05/20 08:00"), zhURL, "", "2024-05-20"},
		{"last updated with its noun, beside the publication", "", info("发布时间：2024-05-16 10:21　最后更新时间：2024-05-20 08:00"), zhURL, "2024-05-16", "2024-05-20"},
		{"a two-digit year, first", "", info("24-05-16 10:21　来源：江城日报"), zhURL, "2024-05-16", ""},
		{"a pubtime meta", `<meta name="pubtime" content="2024-05-16 10:21:33">`, "", zhURL, "2024-05-16", ""},
		{"a publishtime meta", `<meta name="publishtime" content="2024-05-16 10:21:33">`, "", zhURL, "2024-05-16", ""},
		{"apub:time meta", `<meta name="apub:time" content="2024-05-16 10:21:33">`, "", zhURL, "2024-05-16", ""},
		{"Discuz's relative date and its tooltip", "", `<div class="authi"><em id="authorposton9">发表于 <span title="2024-5-16 10:21:33">5&nbsp;天前</span></em></div>`, zhURL, "2024-05-16", ""},
		{"a day without its year, the year in the address", "", info("5月16日 10:21　来源：江城日报"), "http://www.example.cn/news/202405/123.html", "2024-05-16", ""},
		{"a day without its year, labelled", "", info("发布时间：05-16 10:21"), "http://www.example.cn/news/2024/123.html", "2024-05-16", ""},
		{"a day without its year, another month's address", "", info("5月16日 10:21　来源：江城日报"), "http://www.example.cn/news/202404/123.html", "", ""},
		{"a day without its year, the year of the fetch", "", info("05-16 10:21　来源：江城日报"), zhURL, "2024-05-16", ""},
		{"a day without its year, ahead of the fetch", "", info("12-30 10:21　来源：江城日报"), zhURL, "2023-12-30", ""},
		{"a day without its year inside a sentence", "", info("5月16日，市政府召开常务会议"), zhURL, "", ""},
		{"a script variable", `<script>var pubtime = "2024-05-16 10:21";</script>`, "", zhURL, "2024-05-16", ""},
		{"ifeng's page data", `<script>var allData = {"docData":{"newsTime":"2024-05-16 10:21:33","source":"江城日报"}};</script>`, "", zhURL, "2024-05-16", ""},
		{"an epoch in page data", `<script>var DATA = {"publish_time":1715826093,"group_id":"7369"};</script>`, "", zhURL, "2024-05-16", ""},
		{"WeChat's epoch, early in Beijing", `<script>var ct = "1715814000";</script>`, "", zhURL, "2024-05-16", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tail := ""
			if c.name == "a teaser's date" {
				tail = `<div class="pn"><p>上一篇：<a href="/1.html">全市公交线路优化调整方案公布</a> 2024-05-15</p></div>`
			}
			today := "今天是2024年5月20日"
			if strings.HasPrefix(c.name, "today with the lunar date") {
				today = `<span class="date">2024年5月20日 星期一 农历四月十三</span>`
			}
			page := strings.Replace(zhPortal(c.head, c.info, "", "", tail), "今天是2024年5月20日 星期一", today, 1)
			a := zhExtract(t, page, c.url)
			if a.PublishedDate != c.want || a.ModifiedDate != c.wantMod {
				t.Errorf("Extract(%s) dates = %q, %q; want %q, %q", c.name, a.PublishedDate, a.ModifiedDate, c.want, c.wantMod)
			}
		})
	}
}

// The source of a Chinese article: the value of its label without the
// date, the brackets and the buttons around it, else what the CMS's
// <meta> tags say.
func TestChineseSource(t *testing.T) {
	for _, c := range []struct {
		name, head, info, tail, want string
	}{
		{"bracketed fields", "", `<div class="info">【作者：张三】【来源：江城日报】【时间：2024-05-16】</div>`, "", "江城日报"},
		{"a date after the source", "", "", `<p>（来源：江城日报　2005年03月11日）</p>`, "江城日报"},
		{"font size buttons", "", `<div class="info">日期：2024-05-16　来源：市交通运输局　字体：[<a>大</a> <a>中</a> <a>小</a>]</div>`, "", "市交通运输局"},
		{"comments count", "", `<div class="info"><span>2024-05-16 10:21:33</span><span>来源：江城日报</span><span>评论：<a href="#">0</a></span></div>`, "", "江城日报"},
		{"Traditional labels", "", `<div class="info">來源：江城日報　發佈時間：2024/05/16 10:21</div>`, "", "江城日報"},
		{"a note after the source", "", `<div class="info">2024-05-16 10:21 来源：江城日报 （本文首发于2024年5月10日）</div>`, "", "江城日报"},
		{"the badge of the site's own", "", `<div class="info">2024年05月16日 10:21 来源：<a>江城日报</a> 原创</div>`, "", "江城日报"},
		{"from, among the info line's fields", "", `<div class="info">2024-5-16 10:21 | 发布者: admin | 查看: 1234 | 评论: 0 | 来自: 江城日报</div>`, "", "江城日报"},
		{"from, alone, is where a member lives", "", `<div class="info">2024-05-16 10:21 | 来自: 北京</div>`, "", ""},
		{"issuing body", "", `<div class="info">发布机构：市交通运输局　发布日期：2024-05-16</div>`, "", "市交通运输局"},
		{"TRS ContentSource", `<meta name="ContentSource" content="市交通运输局">`, `<div class="info">2024-05-16</div>`, "", "市交通运输局"},
		{"source meta", `<meta name="source" content="来源：人民网－人民日报">`, `<div class="info">2024-05-16</div>`, "", "人民网－人民日报"},
		{"the article's source and author", "", `<div class="info">2024-05-16　文章来源：江城日报　文章作者：张三</div>`, "", "江城日报"},
		{"reprinted from", "", `<div class="info">2024-05-16　转载自：江城日报</div>`, "", "江城日报"},
		{"a source before an ASCII bar", "", `<div class="info">2024-05-16</div>`, `<p>来源 | 江城日报</p>`, "江城日报"},
		{"an English source meta is no credit", `<meta name="source" content="app">`, `<div class="info">2024-05-16</div>`, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := zhExtract(t, zhPortal(c.head, c.info, "", "", c.tail), zhURL)
			if a.Credit != c.want {
				t.Errorf("Extract(%s).Credit = %q, want %q", c.name, a.Credit, c.want)
			}
		})
	}
}

// trimBrackets leaves a value's own brackets.
func TestTrimBrackets(t *testing.T) {
	for in, want := range map[string]string{
		"张三】【":                "张三",
		"[ 国际金融报 ]":           "国际金融报",
		"Plaited Jeans]":      "Plaited Jeans",
		"Reuters [Read More]": "Reuters [Read More]",
		"www.zitate.net [↩]":  "www.zitate.net [↩]",
		"【江城日报】":              "江城日报",
		"[大 中 小] 江城日报 [打印]":   "[大 中 小] 江城日报 [打印]",
	} {
		if got := trimBrackets(in); got != want {
			t.Errorf("trimBrackets(%q) = %q, want %q", in, got, want)
		}
	}
}

// TRS WCM's <meta> tags name the column and the site; a Chinese
// breadcrumb is known by its "当前位置" whatever its class.
func TestChinesePortalSectionAndSite(t *testing.T) {
	crumb := `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zwyw/">政务要闻</a></div>`
	page := func(head string) string {
		return strings.Replace(zhPortal(head, `<div class="info">2024-05-16</div>`, "", "", ""),
			`<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">本地新闻</a> &gt; 正文</div>`, crumb, 1)
	}
	a := zhExtract(t, page(""), zhURL)
	if a.Section != "政务要闻" {
		t.Errorf("Extract(当前位置 breadcrumb).Section = %q, want 政务要闻", a.Section)
	}
	a = zhExtract(t, page(`<meta name="SiteName" content="江城市人民政府"><meta name="ColumnName" content="部门动态">`), zhURL)
	if a.Section != "部门动态" || a.SiteName != "江城市人民政府" {
		t.Errorf("Extract(TRS metas) section, site = %q, %q; want 部门动态, 江城市人民政府", a.Section, a.SiteName)
	}
	a = zhExtract(t, page(`<meta name="siteName" content="children">`), zhURL)
	if a.SiteName != "" {
		t.Errorf("Extract(siteName children).SiteName = %q, want none: not TRS's", a.SiteName)
	}
}

// A Chinese photo credit names the photographer without "记者" and "摄".
func TestCJKPhotoCredit(t *testing.T) {
	for in, want := range map[string]string{
		"记者 张晓 摄":      "张晓",
		"本报记者 张晓/摄":    "张晓",
		"新华社记者 李贺 摄":   "新华社记者 李贺",
		"市住建局供图":       "市住建局",
		"Getty Images": "Getty Images",
	} {
		if got := cjkPhotoCredit(in); got != want {
			t.Errorf("cjkPhotoCredit(%q) = %q, want %q", in, got, want)
		}
	}
}

// A full-width bar ends a Chinese label as a colon does, and no other.
func TestBarLabels(t *testing.T) {
	if got := splitLabels("记者｜张三 编辑｜李四"); len(got) != 2 || got[0].value != "张三" || got[1].label != "编辑" {
		t.Errorf("splitLabels(记者｜张三 编辑｜李四) = %+v, want 记者 张三, 编辑 李四", got)
	}
	if got := splitLabels("Source｜Reuters"); len(got) != 0 {
		t.Errorf("splitLabels(Source｜Reuters) = %+v, want none: an English label takes a colon", got)
	}
}

// cjkBreadcrumb skips pages without 位置 in their text: every position
// label must hold it.
func TestPositionLabelsHoldWeizhi(t *testing.T) {
	for _, l := range cjkPositionLabels {
		if !strings.Contains(l, "位置") {
			t.Errorf("cjkPositionLabels: %q lacks 位置, which cjkBreadcrumb's gate looks for", l)
		}
	}
}

// China's government sites write their "firstpublishedtime" and
// "lastmodifiedtime" metas with a hyphen between the date and the time:
// the time is read, in China's zone.
func TestChineseMetaTimeAfterHyphen(t *testing.T) {
	head := `<meta name="firstpublishedtime" content="2024-05-16-17:09:00"><meta name="lastmodifiedtime" content="2024-05-17-09:00:00">`
	a := zhExtract(t, zhPortal(head, "", "", "", ""), zhURL)
	if a.PublishedAt != "2024-05-16T17:09:00+08:00" || a.ModifiedAt != "2024-05-17T09:00:00+08:00" {
		t.Errorf("times = %q, %q; want 2024-05-16T17:09:00+08:00, 2024-05-17T09:00:00+08:00", a.PublishedAt, a.ModifiedAt)
	}
}

// A writer's credit closing the story ("撰文：张三", as Hong Kong papers
// set it, after the paper's name and the role: "撰文：HK01記者 王小明") is
// the authors field, not the story's last line.
func TestChineseClosingTextCredit(t *testing.T) {
	for _, credit := range []string{"撰文：王小明", "文：王小明", "撰稿：王小明", "撰文：HK01記者 王小明", "撰文：HK01記者王小明"} {
		page := strings.Replace(zhPortal("", `<div class="info">2024-05-16</div>`, "", "", ""),
			`</div><div class="related">`, `<p>`+credit+`</p></div><div class="related">`, 1)
		a := zhExtract(t, page, zhURL)
		if got := strings.Join(a.Authors, "; "); got != "王小明" {
			t.Errorf("Extract(%s).Authors = %q, want 王小明", credit, got)
		}
		if strings.Contains(a.Text, "王小明") {
			t.Errorf("Extract(%s).Text keeps the credit: %q", credit, a.Text)
		}
		if !strings.Contains(a.Text, "有力支撑") {
			t.Errorf("Extract(%s).Text lost the story's last paragraph", credit)
		}
	}
}

// The time a reader printed or opened the page is no date of the page:
// "打印时间：2024-06-01 10:21:33" at the foot of a print view, beside the
// date or alone.
func TestChinesePrintTime(t *testing.T) {
	for _, c := range []struct{ name, info, tail, want string }{
		{"print time in a span of its own", "", `<div class="print">打印时间：<span>2024-06-01 10:21:33</span></div>`, ""},
		{"print time and the page's address", "", `<div class="print">打印时间：2024-06-01 10:21:33　本文地址：http://www.example.cn/a/123.html</div>`, ""},
		{"print time under a dateline", `<div class="info">发布时间：2024-05-16 10:21</div>`, `<div class="print">打印时间：<span>2024-06-01 10:21:33</span></div>`, "2024-05-16"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(zhPortal("", c.info, "", "", c.tail), `<div class="related">`, `<div class="more">`, 1)
			page = strings.Replace(page, "<li><a href=\"/news/2.html\">城区三条主干道完成提质改造</a> <span>2024-05-18</span></li>", "", 1)
			page = strings.Replace(page, " <span>2024-05-19</span>", "", 1)
			a := zhExtract(t, page, zhURL)
			if a.PublishedDate != c.want {
				t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.want)
			}
			if strings.Contains(a.Text, "打印时间") {
				t.Errorf("Extract(%s).Text holds the print time:\n%s", c.name, a.Text)
			}
		})
	}
}

// A forum's buttons beside the posting time, "只看该作者" (this author's
// posts only), speak of the author: no label, and the next button no name.
func TestChineseForumAuthorButton(t *testing.T) {
	info := `<div class="authi"><em id="authorposton1">发表于 2024-5-16 10:21:33</em> | <a href="#">只看该作者</a> | <a href="#">倒序浏览</a> | <a href="#">阅读模式</a></div>`
	a := zhExtract(t, zhPortal("", info, "", "", ""), zhURL)
	if len(a.Authors) != 0 || a.PublishedDate != "2024-05-16" {
		t.Errorf("Extract(forum buttons) = %q, %q; want no author, 2024-05-16", a.Authors, a.PublishedDate)
	}
}

// A footer's letter-spaced copyright line ("江 城 新 闻 网 版 权 所 有") that
// the article's container holds leaves the body as the unspaced one does.
func TestChineseSpacedCopyright(t *testing.T) {
	page := strings.Replace(zhPortal("", `<div class="info">2024-05-16 10:21</div>`, "", "", ""), `</div><div class="related">`,
		`<p>江 城 新 闻 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p></div><div class="related">`, 1)
	if a := zhExtract(t, page, zhURL); strings.Contains(a.Text, "版 权") || !strings.Contains(a.Text, "乡村振兴") {
		t.Errorf("Extract(spaced copyright).Text =\n%s\nwant the story without the copyright line", a.Text)
	}
}

// Full-width square brackets set a date apart as the ASCII ones do:
// "作者：张三 ［2024-05-16］".
func TestChineseFullWidthBrackets(t *testing.T) {
	a := zhExtract(t, zhPortal("", `<div class="info">作者：张三 ［2024-05-16］</div>`, "", "", ""), zhURL)
	if got := strings.Join(a.Authors, "; "); got != "张三" || a.PublishedDate != "2024-05-16" {
		t.Errorf("Extract(full-width brackets) = %q, %q; want 张三, 2024-05-16", got, a.PublishedDate)
	}
}

// The reporters' credit closing the story may say they took the pictures
// too: "（记者 张三 通讯员 李四 文/图）".
func TestChineseTailCreditWithPictures(t *testing.T) {
	page := strings.Replace(zhPortal("", `<div class="info">2024-05-16 10:21</div>`, "", "", ""), `</div><div class="related">`,
		`<p>（记者 张三 通讯员 李四 文/图）</p></div><div class="related">`, 1)
	if a := zhExtract(t, page, zhURL); strings.Join(a.Authors, "; ") != "张三; 李四" {
		t.Errorf("Extract(tail credit with pictures).Authors = %q, want 张三; 李四", a.Authors)
	}
}
