package extractor

import (
	"strings"
	"testing"
)

// The probe pages of the thirty-sixth session: Chinese layouts the
// earlier probes (zhprobe35, zhprobe46, zhcredit47) left out. Government
// information-disclosure pages (信息公开) with their table of 索引号,
// 发布机构, 成文日期 (the day the document was written) and 发布日期 (the
// day it was published); policy readings (政策解读) and notices; Taiwan's
// ROC years (民國113年 is 2024); Hong Kong's press releases; e-papers;
// the photographer credited before the writer; relative and short dates;
// editors' rows; copies of WeChat articles, app-first outlets, university
// news and county media centres (融媒体中心).
//
// A correspondent (通讯员) is an author: Chinese papers credit as 通讯员
// the staff of the unit the story is about (a district, a school, a
// police station) who wrote it or most of it with the paper's reporter;
// the paper prints their name in the byline beside the reporter's, and
// zhprobe46 already reads it so ("本报讯（记者 刘洋 通讯员 陈晓）").
// Editors, checkers and producers (编辑, 责任编辑, 审核, 校对, 监制, 一审)
// handled the text and wrote none of it: they are no authors.

// zh48Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh48Known = map[string]string{}

func checkZh48(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, zh46Failures(c), zh48Known, "zh48Known")
	}
}

// zh48Gov is a city government's information-disclosure page: meta is the
// disclosure table or list above the headline, info the line under it,
// tail what follows the story.
func zh48Gov(meta, info, tail string) string {
	return zh46Head("utf-8", zh46Title, "_", "江州市人民政府", `<meta name="SiteName" content="江州市人民政府"><meta name="ColumnName" content="通知公告">`) + `<body><div class="top"><a href="/">江州市人民政府</a> <span>无障碍</span> <span>长者模式</span> <a href="/en/">English</a></div>` + zh46Nav + `
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgk/">政府信息公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="xxgk-detail">` + meta + `<div class="article"><h1>` + zh46Title + `</h1>` + info + `<div class="TRS_Editor" id="zoom">` + zh46Body(false, "<p>　　", "</p>", "") + `</div>` + tail + `
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#">【纠错】</a></div>` + zh46Share + `</div></div>` + zh46Others("相关新闻") + `
<div class="footer"><p>主办单位：江州市人民政府办公室 承办单位：江州市大数据管理中心</p><p>网站标识码：3201000001 <a>苏ICP备05012345号</a> <img src="/ga.png">苏公网安备 32010202000123号</p><p>违法和不良信息举报电话：12345</p></div></body></html>`
}

// Government information-disclosure pages: the publication day is
// 发布日期, not 成文日期 nor the day the document takes effect.
func TestZhProbe48Disclosure(t *testing.T) {
	const u = "https://www.jiangzhou.gov.cn/zwgk/xxgk/tzgg/content/post_4123456.html"
	table := func(written, published string) string {
		return `<table class="xxgk-table"><tr><th>索引号：</th><td>11320100MB1234567Q/2024-00123</td><th>主题分类：</th><td>交通运输</td></tr>
<tr><th>发布机构：</th><td>江州市交通运输局</td><th>文号：</th><td>江交发〔2024〕12号</td></tr>
<tr><th>成文日期：</th><td>` + written + `</td><th>发布日期：</th><td>` + published + `</td></tr>
<tr><th>名称：</th><td colspan="3">` + zh46Title + `</td></tr></table>`
	}
	cases := []zh46Case{
		{
			name: "disclosure table, figures", url: u,
			page:  zh48Gov(table("2024-03-01", "2024-03-05"), "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "disclosure table, Chinese days", url: u,
			page:  zh48Gov(table("2024年03月01日", "2024年03月05日"), "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "disclosure table and an info line", url: u,
			page: zh48Gov(table("2024-03-01", "2024-03-05"), `<div class="info">发布时间：2024-03-05 14:22 来源：市交通运输局</div>`, ""),
			// The table's publishing body names the line's source in full.
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州市交通运输局",
		},
		{
			name: "disclosure list of labelled items", url: u,
			page:  zh48Gov(`<ul class="xxgk-meta"><li><span>索引号：</span>11320100MB1234567Q/2024-00123</li><li><span>发布机构：</span>江州市交通运输局</li><li><span>成文日期：</span>2024-03-01</li><li><span>发布日期：</span>2024-03-05</li><li><span>文号：</span>江交发〔2024〕12号</li><li><span>有效性：</span>有效</li></ul>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "disclosure table without a publication day", url: u,
			page: zh48Gov(`<table class="xxgk-table"><tr><th>索引号：</th><td>11320100MB1234567Q/2024-00123</td><th>发布机构：</th><td>江州市交通运输局</td></tr><tr><th>成文日期：</th><td>2024-03-01</td><th>文号：</th><td>江交发〔2024〕12号</td></tr></table>`,
				`<div class="info">发布时间：2024-03-05 来源：市交通运输局 浏览次数：1234</div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "江州市交通运输局",
		},
		{
			name: "effective day after publication", url: u,
			page:  zh48Gov(`<table class="xxgk-table"><tr><th>发布机构：</th><td>江州市交通运输局</td><th>发布日期：</th><td>2024-03-05</td></tr><tr><th>生效日期：</th><td>2024-04-01</td><th>废止日期：</th><td>2029-03-31</td></tr></table>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "policy reading", url: "https://www.jiangzhou.gov.cn/zwgk/zcjd/content/post_4123457.html",
			page: zh48Gov("", `<div class="info"><span>发布时间：2024-03-05 14:22</span><span>来源：市交通运输局</span><span>解读人：刘洋</span></div>`,
				`<div class="xgwj"><p>相关文件：<a href="/zwgk/xxgk/post_4100000.html">江州市轨道交通运营管理办法</a>（2024-02-28）</p></div>`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "市交通运输局",
		},
		{
			name: "notice with a signature and an attachment", url: u,
			page: zh48Gov("", `<div class="info">信息来源：市交通运输局　发布日期：2024-03-05</div>`,
				`<p>附件：<a href="/att/1.pdf">江州地铁6号线二期运营时刻表.pdf</a></p><p style="text-align:right">江州市交通运输局</p><p style="text-align:right">2024年3月4日</p>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "市交通运输局",
		},
		{
			name: "the document number's year only", url: u,
			page:  zh48Gov("", `<div class="info">江交发〔2024〕12号　发布时间：2024-03-05</div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "publication day in a table after the story", url: u,
			page:  zh48Gov("", "", `<table class="xxgk-foot"><tr><td>成文日期：2024-03-01</td><td>发布日期：2024-03-05</td><td>发布机构：江州市交通运输局</td></tr></table>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
	}
	checkZh48(t, cases)
}

// Taiwan's government and papers write the ROC year (民國, 1912 its first):
// 113 is 2024.
func TestZhProbe48ROCYears(t *testing.T) {
	tw := func(info, tail string) string {
		return zh46Head("utf-8", zh46TitleTrad, "-", "江州市政府全球資訊網", "") + `<body><div class="header"><a href="/">江州市政府</a><ul><li><a href="/">首頁</a></li><li><a href="/news">市政新聞</a></li><li><a href="/notice">公告資訊</a></li><li><a href="/service">便民服務</a></li></ul></div>
<div class="path">現在位置：<a href="/">首頁</a> &gt; <a href="/news">市政新聞</a></div>
<div class="cp"><h2 class="title">` + zh46TitleTrad + `</h2>` + info + `<div class="essay">` + zh46Body(true, "<p>", "</p>", "") + `</div>` + tail + `
<div class="share">分享到：<a>Facebook</a> <a>LINE</a> <a>列印</a></div></div>` + zh46OthersTrad("相關新聞") + `
<div class="footer"><p>江州市政府 版權所有 &copy; 2024 地址：江州市府前路1號 電話：(02)2720-8889</p><p>瀏覽人次：1234567 更新日期：113-03-19</p></div></body></html>`
	}
	const u = "https://www.example.gov.tw/News_Content.aspx?n=123&sms=456&s=789"
	var cases []zh46Case
	for _, c := range []struct{ name, info, tail, day string }{
		{"民國 year in characters", `<div class="info">發布日期：民國113年3月5日</div>`, "", "2024-03-05"},
		{"中華民國 year", `<div class="info">發布日期：中華民國113年03月05日</div>`, "", "2024-03-05"},
		{"ROC year with slashes", `<ul class="info"><li>發布日期：113/03/05</li><li>發布單位：交通局</li></ul>`, "", "2024-03-05"},
		{"ROC year with dots", `<div class="info">日期：113.03.05　單位：交通局</div>`, "", "2024-03-05"},
		{"ROC year in a table", `<table class="info"><tr><th>發布日期</th><td>113-03-05</td><th>發布單位</th><td>交通局</td></tr></table>`, "", "2024-03-05"},
		{"ROC year with the update after", `<div class="info">發布日期：113-03-05 更新日期：113-03-06</div>`, "", "2024-03-05"},
		{"ROC year below the story", "", `<div class="info"><span>發布單位：交通局</span><span>發布日期：113-03-05</span><span>更新日期：113-03-06</span></div>`, "2024-03-05"},
		{"ROC year with a time", `<div class="info">上稿時間：113/03/05 14:22</div>`, "", "2024-03-05"},
	} {
		cases = append(cases, zh46Case{
			name: c.name, url: u, page: tw(c.info, c.tail),
			title: zh46TitleTrad, authors: "", day: c.day, at: "-", credit: "-", trad: true,
		})
	}
	checkZh48(t, cases)
}

// Hong Kong: the government's press releases close with the day, its
// weekday in brackets and the Hong Kong time; papers write the weekday
// in brackets after the day.
func TestZhProbe48HongKong(t *testing.T) {
	hk := func(info, tail string) string {
		return zh46Head("utf-8", zh46TitleTrad, "", "", "") + `<body><div class="header"><a href="/">新聞公報</a> <a href="/tc/">繁</a> <a href="/sc/">简</a> <a href="/en/">English</a></div>
<div id="contentBody"><h1 id="PRHeadlineSpan">` + zh46TitleTrad + `</h1>` + info + `<div id="pressrelease">` + zh46Body(true, "", "<br><br>", "") + tail + `</div></div>
<div class="footer"><p>2024 | 重要告示 | 私隱政策 | 版權所有</p></div></body></html>`
	}
	const u = "https://www.info.gov.hk/gia/general/202403/05/P2024030500456.htm"
	const uu = "https://www.example.gov.hk/tc/press/2024/456.htm"
	news := func(info string) string {
		return zh46Head("utf-8", zh46TitleTrad, " - ", "港島日報", "") + `<body><div class="header"><a href="/">港島日報</a><ul><li><a href="/">首頁</a></li><li><a href="/news">港聞</a></li><li><a href="/china">中國</a></li><li><a href="/world">國際</a></li></ul></div>
<article><h1>` + zh46TitleTrad + `</h1>` + info + `<div class="story">` + zh46Body(true, "<p>", "</p>", "") + `</div></article>` + zh46OthersTrad("相關新聞") + `<div class="footer">港島日報 版權所有 &copy; 2024</div></body></html>`
	}
	const un = "https://news.example.com.hk/article/1234567"
	checkZh48(t, []zh46Case{
		{
			name: "press release closing day", url: uu,
			page:  hk("", `完<br>2024年3月5日（星期二）<br>香港時間14時22分<br>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-", trad: true,
		},
		{
			name: "press release closing day, address with the day", url: u,
			page:  hk("", `完<br>2024年3月5日（星期二）<br>香港時間14時22分<br>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-", trad: true,
		},
		{
			name: "paper's day with the weekday in brackets", url: un,
			page:  news(`<div class="date">2024年3月5日（星期二）14:22</div>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-", trad: true,
		},
		{
			name: "HKT after the day", url: un,
			page:  news(`<div class="date">發佈時間：2024-03-05 HKT 14:22</div>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-", trad: true,
		},
		{
			name: "weekday in short brackets", url: un,
			page:  news(`<div class="date">2024年3月5日(二) 14:22</div>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-", trad: true,
		},
	})
}

// zh48Epaper is a paper's e-paper article page: top is what stands above
// the edition's links, byline under the headline, below under the story.
func zh48Epaper(top, byline, below string) string {
	list := `<div class="titlelist"><ul><li><a href="/content_1.htm">全市公交线路优化调整方案公布</a></li><li><a href="/content_2.htm">城区三条主干道完成提质改造</a></li><li><a href="/content_3.htm">江州南站改扩建工程进入收尾阶段</a></li></ul></div>`
	return zh46Head("utf-8", zh46Title, "-", "江州日报数字报", "") + `<body><div class="top"><img src="/logo.png" alt="江州日报"></div>` + top + `
<div class="bmnav"><a href="/node_1.htm">第01版：要闻</a> <a href="/node_2.htm">第02版：城事</a> <a href="/node_3.htm">第03版：经济</a> <a href="/period.htm">往期回顾</a></div>
<div class="left">` + list + `</div><div class="article"><h3>刚刚起步</h3><h1>` + zh46Title + `</h1><h2>日均客流有望突破二十万人次</h2>` + byline + `
<div id="ozoom">` + zh46Body(false, "<p>　　", "</p>", "") + `</div>` + below + `</div><div class="foot">江州日报社版权所有 苏ICP备05012348号</div></body></html>`
}

// E-papers: the edition's day is the story's.
func TestZhProbe48Epaper(t *testing.T) {
	const u = "https://epaper.jzrb.cn/Article/index/aid/8123456.html"
	checkZh48(t, []zh46Case{
		{
			name: "e-paper, edition day in the bar with its page", url: u,
			page:  zh48Epaper(`<div class="date">2024年03月05日 星期二 第02版：城事</div>`, `<div class="author">本报记者 刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "e-paper, paper's name and day under the story", url: u,
			page:  zh48Epaper("", `<div class="author">本报记者 刘洋</div>`, `<p class="info">《江州日报》（2024年03月05日 第 02 版）</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "e-paper, dated address", url: "https://epaper.jzrb.cn/html/2024-03/05/content_8123456.htm",
			page:  zh48Epaper("", `<div class="author">本报记者 刘洋 通讯员 陈晓</div>`, ""),
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "e-paper, 作者 line", url: u,
			page:  zh48Epaper(`<div class="date">江州日报 2024年03月05日 第A02版</div>`, `<div class="author">作者：刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "e-paper, day, weekday and page", url: u,
			page:  zh48Epaper(`<div class="date">2024年03月05日 星期二 第02版</div>`, `<div class="author">本报记者 刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "e-paper, day and the page's name", url: u,
			page:  zh48Epaper(`<div class="date">2024年03月05日 第A02版：城事</div>`, `<div class="author">本报记者 刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "e-paper, day and weekday alone", url: u,
			page:  zh48Epaper(`<div class="date">2024年03月05日 星期二</div>`, `<div class="author">本报记者 刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "e-paper, issue number and day", url: u,
			page:  zh48Epaper(`<div class="date">第12345期 2024年03月05日</div>`, `<div class="author">本报记者 刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
	})
}

// Credits with the photographer first and the writer after, and the
// editors' rows that close a story: the writer is the author, the
// photographer and the editors are none.
func TestZhProbe48Credits(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	info := zh48Info
	var cases []zh46Case
	for _, c := range []struct{ name, info, lead, tail, authors string }{
		{"photographer first, colons", info(""), "", `<p>摄影：陈晓 文：刘洋</p>`, "刘洋"},
		{"photographer first, slashes", info(""), "", `<p>图/陈晓 文/刘洋</p>`, "刘洋"},
		{"photographer first in the info line", info(` <span>图/陈晓 文/刘洋</span>`), "", "", "刘洋"},
		{"photographer first, 撰文", info(""), "", `<p>摄影 陈晓 撰文 刘洋</p>`, "刘洋"},
		{"photographer first with 记者", info(""), "", `<p>记者 陈晓 摄 刘洋 文</p>`, "-"},
		{"photographer first above the story", info("") + `<p class="author">图：陈晓　文：刘洋</p>`, "", "", "刘洋"},
		{"editors' rows alone", info(""), "", `<p>编辑：王敏</p><p>审核：赵磊</p><p>校对：陈晓</p>`, ""},
		{"editor then the editor in charge", info(""), "", `<p>编辑：王敏</p><p>责任编辑：赵磊</p>`, ""},
		// Pages without a byline give "编辑：" as their only credit
		// (editorCredit): the one who wrote the post up.
		{"an editor alone", info(""), "", `<p>编辑：王敏</p>`, "王敏"},
		{"editors in one row", info(""), "", `<p>责任编辑：王敏　审核：赵磊　监制：陈晓</p>`, ""},
		{"three reviews", info(""), "", `<p>一审：王敏 二审：赵磊 三审：陈晓</p>`, ""},
		{"writer then the editors", info(""), "", `<p>文字：刘洋　编辑：王敏　审核：赵磊</p>`, "刘洋"},
		{"editor's bar credits", info(""), "", `<p>记者｜刘洋</p><p>编辑｜王敏</p><p>审核｜赵磊</p>`, "刘洋"},
		{"correspondent alone", info(""), "本报讯（通讯员 陈晓）", "", "陈晓"},
		{"correspondent after the source", info(` <span>通讯员：陈晓</span>`), "", "", "陈晓"},
		{"producer and planner", info(""), "", `<p>出品：江州日报新媒体中心</p><p>策划：王敏 统筹：赵磊</p>`, ""},
		{"the editor on duty", info(` <span>值班编辑：王敏</span>`), "", "", ""},
	} {
		cases = append(cases, zh48City(u, c.name, c.info, c.lead, c.tail, c.authors))
	}
	checkZh48(t, cases)
}

// zh48Info is the city portal's info line, the time and the source, and
// extra after them.
func zh48Info(extra string) string {
	return `<div class="info"><span class="time">2024-03-05 14:22</span> <span class="source">来源：江州日报</span>` + extra + `</div>`
}

// zh48City is the case of the city portal's page (zh46City) at u with
// info, lead and tail, from 江州日报 at zh46At, whose writers are authors.
func zh48City(u, name, info, lead, tail, authors string) zh46Case {
	return zh46Case{
		name: name, url: u, page: zh46City("江州新闻网", info, lead, tail),
		title: zh46Title, authors: authors, day: "2024-03-05", at: zh46At, credit: "江州日报",
	}
}

// Relative and short dates: FetchedAt is 2024-03-20 16:00 in China.
func TestZhProbe48ShortDates(t *testing.T) {
	const u = "https://m.jznews.com.cn/news/local/1234567.html"
	for _, c := range []struct{ name, info, day string }{
		{"hours ago", `<div class="info">3小时前 来源：江州日报</div>`, "2024-03-20"},
		{"yesterday and a time", `<div class="info">昨天 10:15 来源：江州日报</div>`, "2024-03-19"},
		{"the day before yesterday", `<div class="info">前天 10:15 来源：江州日报</div>`, "2024-03-18"},
		{"year-less with a time", `<div class="info">03-05 10:15 来源：江州日报</div>`, "2024-03-05"},
		{"two-digit year", `<div class="info">24-03-05 10:15 来源：江州日报</div>`, "2024-03-05"},
		{"two-digit year with slashes", `<div class="info">来源：江州日报 24/03/05 10:15</div>`, "2024-03-05"},
		{"year-less in characters", `<div class="info">3月5日 10:15 来源：江州日报</div>`, "2024-03-05"},
		{"minutes ago", `<div class="info">江州日报 25分钟前</div>`, "2024-03-20"},
		{"the day before yesterday without the source", `<div class="info"><span class="time">前天 10:15</span></div>`, "2024-03-18"},
	} {
		credit := "江州日报"
		if !strings.Contains(c.info, "来源") {
			credit = "-" // a name without its label
		}
		checkZh48(t, []zh46Case{{
			name: c.name, url: u, page: zh46City("江州新闻网", c.info, "", ""),
			title: zh46Title, authors: "", day: c.day, at: "-", credit: credit,
		}})
	}
}

// Copies of WeChat articles on portals, the app-first outlets' pages,
// university news and county media centres.
func TestZhProbe48Outlets(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	uni := func(info, tail string) string {
		return zh46Head("utf-8", zh46Title, "-", "江州大学新闻网", "") + `<body><div class="header"><img src="/logo.png" alt="江州大学"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zhxw/">综合新闻</a></li><li><a href="/xsdt/">学术动态</a></li><li><a href="/mtjd/">媒体聚焦</a></li></ul></div>
<div class="wz">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/zhxw/">综合新闻</a> &gt;&gt; 正文</div>
<div class="detail"><h2>` + zh46Title + `</h2>` + info + `<div class="v_news_content">` + zh46Body(false, `<p>　　`, `</p>`, "") + tail + `</div></div>
<div class="fanye"><p>上一篇：<a href="/info/1002/12344.htm">城区三条主干道完成提质改造</a></p><p>下一篇：<a href="/info/1002/12346.htm">江州南站改扩建工程进入收尾阶段</a></p></div>
<div class="foot"><p>版权所有 &copy; 江州大学党委宣传部 地址：江州市大学路1号</p><p>苏ICP备05012346号 苏公网安备 32010202000124号</p></div></body></html>`
	}
	const uu = "https://news.jzu.edu.cn/info/1002/12345.htm"
	app := func(site, info string) string {
		return zh46Head("utf-8", zh46Title, "_", site, "") + `<body><header class="hd"><a href="/">` + site + `</a><nav><a href="/list/1">时事</a><a href="/list/2">财经</a><a href="/list/3">思想</a><a href="/list/4">生活</a></nav><a class="dl" href="/app">下载APP</a></header>
<main><div class="news_txt"><h1 class="news_title">` + zh46Title + `</h1>` + info + `<div class="index_cententWrap">` + zh46Body(false, "<p>", "</p>", "") + `</div>
<div class="news_tag">关键词 >> <a>江州</a> <a>地铁</a></div><div class="report">举报</div></div>
<aside><h2>热门推荐</h2><ul><li><a href="/n1">全市公交线路优化调整方案公布</a><span>03-04</span></li></ul></aside></main>` + zh46Foot(site) + `</body></html>`
	}
	var cases []zh46Case
	for _, c := range []struct{ name, page, authors, at, credit string }{
		{"wechat copy on a portal", zh46City("江州新闻网", `<div class="info">2024-03-05 14:22 来源：微信公众号“江州发布”</div>`, "", `<p>本文来源：江州发布微信公众号，转载请注明出处。</p>`), "", zh46At, "-"},
		{"wechat copy with its writer", zh46City("江州新闻网", `<div class="info">2024-03-05 14:22 来源：江州发布 作者：刘洋</div>`, "", `<p>图片来源：江州发布</p>`), "刘洋", zh46At, "江州发布"},
		{"paper-app reporter line", app("澎江新闻", `<div class="news_about"><p>澎江新闻记者 刘洋</p><p><span>2024-03-05 14:22</span> <span>来源：澎江新闻</span></p></div>`), "刘洋", zh46At, "澎江新闻"},
		{"app reporter and editor with bars", app("界江新闻", `<div class="article-info"><span>界江新闻记者 | 刘洋</span> <span>界江新闻编辑 | 王敏</span> <span>2024/03/05 14:22</span></div>`), "刘洋", zh46At, "-"},
		{"magazine's 文｜ and 来源于", app("财江网", `<div class="artInfo">文｜刘洋<br>2024年03月05日 14:22 来源于 财江网</div>`), "刘洋", zh46At, "-"},
		{"an outlet's short name before the writer", app("财江网", `<div class="artInfo">文｜财江 刘洋<br>2024年03月05日 14:22 来源于 财江网</div>`), "刘洋", zh46At, "-"},
		{"reporter then an unlabelled source", app("江州新闻", `<div class="artInfo">记者 刘洋 来源 江州日报 2024-03-05 14:22</div>`), "刘洋", zh46At, "-"},
		{"university 供稿 撰稿 摄影 审核", uni(`<div class="info">发布时间：2024-03-05　浏览：1234</div>`, `<p style="text-align:right">（供稿单位：交通学院　撰稿：刘洋　摄影：陈晓　审核：赵磊）</p>`), "刘洋", "", "-"},
		{"university 文字 图片 in brackets", uni(`<div class="info">发布时间：2024-03-05　来源：交通学院</div>`, `<p>【文字：刘洋　图片：陈晓　编辑：王敏】</p>`), "刘洋", "", "交通学院"},
		{"university full row above", uni(`<div class="info">来源：交通学院　作者：刘洋　编辑：王敏　审核：赵磊　发布时间：2024-03-05</div>`, ""), "刘洋", "", "交通学院"},
		{"university correspondent", uni(`<div class="info">通讯员：陈晓　发布时间：2024-03-05　点击：1234</div>`, ""), "陈晓", "", "-"},
		{"county media centre, source and writer", zh46City("江州县人民政府", `<div class="info">来源：江州县融媒体中心　作者：刘洋　发布时间：2024-03-05 14:22</div>`, "", ""), "刘洋", zh46At, "江州县融媒体中心"},
		{"county media centre, 融媒记者", zh46City("江州县融媒体中心", `<div class="info">2024-03-05 14:22 来源：江州县融媒体中心</div>`, "", `<p>融媒记者：刘洋 编辑：王敏 责编：赵磊 审核：陈晓</p>`), "刘洋", zh46At, "江州县融媒体中心"},
		{"county media centre lead", zh46City("江州县融媒体中心", `<div class="info">2024-03-05 14:22 来源：江州县融媒体中心</div>`, "江州县融媒体中心讯（记者 刘洋）", ""), "刘洋", zh46At, "江州县融媒体中心"},
	} {
		url := u
		if strings.HasPrefix(c.name, "university") {
			url = uu
		}
		cases = append(cases, zh46Case{name: c.name, url: url, page: c.page, title: zh46Title, authors: c.authors, day: "2024-03-05", at: c.at, credit: c.credit})
	}
	checkZh48(t, cases)
}

// WeChat copies and their furniture inside the story's container: the
// follow prompts, the QR code, the "往期推荐" list, the reprint notice,
// the platform's disclaimer; the bars (丨, |) of their credits.
func TestZhProbe48WeChatFurniture(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	info := `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	var cases []zh46Case
	for _, c := range []struct{ name, before, after, authors, credit string }{
		{"follow prompt above", `<p>点击蓝字 关注我们</p>`, "", "", "江州日报"},
		{"QR prompt below", "", `<p><img src="/qr.jpg"></p><p>长按识别二维码关注我们</p>`, "", "江州日报"},
		{"recent posts below", "", `<p><strong>往期推荐</strong></p><p><a href="/n/1.html">全市公交线路优化调整方案公布</a></p><p><a href="/n/3.html">江州南站改扩建工程进入收尾阶段</a></p>`, "", "江州日报"},
		{"reprint disclaimer", "", `<p>声明：本文转载自江州发布，版权归原作者所有，如有侵权请联系删除。</p>`, "", "江州日报"},
		{"platform disclaimer", "", `<p>本文为澎江号作者或机构在澎江新闻上传并发布，仅代表该作者或机构观点，不代表澎江新闻的观点或立场，澎江新闻仅提供信息发布平台。</p>`, "", "江州日报"},
		{"credits with strokes", `<p>文丨刘洋 编辑丨王敏 审核丨赵磊</p>`, "", "刘洋", "江州日报"},
		{"credits with bars below", "", `<p>来源 | 江州发布</p><p>作者 | 刘洋</p><p>编辑 | 王敏</p>`, "刘洋", "-"},
		{"original title note", `<p>原标题：《江州地铁6号线二期今天开通》</p>`, "", "", "江州日报"},
		{"end mark and the editor", "", `<p>（完）</p><p>【责任编辑：王敏】</p>`, "", "江州日报"},
		{"click to read more", "", `<p><a href="#">阅读原文</a></p><p>点赞 在看 分享</p>`, "", "江州日报"},
	} {
		body := zh46Body(false, "<p>　　", "</p>", "")
		page := zh46Head("utf-8", zh46Title, "_", "江州新闻网", "") + `<body>` + zh46Nav + `<div class="main"><h1>` + zh46Title + `</h1>` + info + `<div class="content">` + c.before + body + c.after + `</div></div>` + zh46Foot("江州新闻网") + `</body></html>`
		cases = append(cases, zh46Case{name: c.name, url: u, page: page, title: zh46Title, authors: c.authors, day: "2024-03-05", at: zh46At, credit: c.credit,
			paras: zh46Paras, furniture: append([]string{"点击蓝字", "关注我们", "长按识别", "往期推荐", "侵权", "仅代表该作者", "原标题", "责任编辑", "阅读原文", "点赞", "编辑丨", "审核丨", "编辑 |"}, zh46Furniture...)})
	}
	checkZh48(t, cases)
}

// Titles, dates and credits of layouts the batches above left out: a
// tag inside the headline, a headline broken in two, a notice dated in
// Chinese numerals, an intern's credit, an outlet's name as the writer.
func TestZhProbe48Misc(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	page := func(h1, info, tail string) string {
		return zh46Head("utf-8", zh46Title, "_", "江州新闻网", "") + `<body>` + zh46Nav + `<div class="main"><h1>` + h1 + `</h1>` + info + `<div class="content">` + zh46Body(false, "<p>　　", "</p>", "") + tail + `</div></div>` + zh46Others("相关新闻") + zh46Foot("江州新闻网") + `</body></html>`
	}
	info := `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	checkZh48(t, []zh46Case{
		{
			name: "原创 tag in the headline", url: u, page: page(`<span class="tag">原创</span>`+zh46Title, info, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "a notice dated in Chinese numerals", url: "https://www.jiangzhou.gov.cn/zwgk/tzgg/content/post_4123456.html",
			page:  page(zh46Title, `<div class="info">来源：市交通运输局</div>`, `<p style="text-align:right">江州市交通运输局</p><p style="text-align:right">二〇二四年三月五日</p>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "市交通运输局",
		},
		{
			name: "a weekday after the time", url: u, page: page(zh46Title, `<div class="info">发布时间：2024-03-05 14:22 星期二 来源：江州日报</div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "the lunar day after the day", url: u, page: page(zh46Title, `<div class="info">2024年3月5日 农历正月廿五 来源：江州日报</div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "江州日报",
		},
		{
			name: "reporter and intern", url: u, page: page(zh46Title, info, `<p>（本报记者 刘洋 实习生 陈晓）</p>`),
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "the agency's reporters", url: u, page: page(zh46Title, `<div class="info">2024-03-05 14:22 来源：新华社</div><p class="author">新华社记者 刘洋 陈晓</p>`, ""),
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: zh46At, credit: "新华社",
		},
		{
			// A paper alone in the writer's field stays (zhportal_test's
			// "a newspaper alone stays"): the piece is the desk's.
			name: "an outlet as the writer", url: u, page: page(zh46Title, `<div class="info">2024-03-05 14:22 作者：江州日报 来源：江州日报</div>`, ""),
			title: zh46Title, authors: "江州日报", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "a commentator", url: u, page: page(zh46Title, `<div class="info">2024-03-05 14:22 来源：江州日报</div><p class="author">特约评论员 刘洋</p>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "a commentator in the writer's field", url: u, page: page(zh46Title, `<div class="info">2024-03-05 14:22 来源：江州日报 作者：特约评论员 刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "the paper's commentator by name", url: u, page: page(zh46Title, info+`<p class="author">本报评论员 刘洋</p>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "the paper's commentator alone", url: u, page: page(zh46Title, info+`<p class="author">本报评论员</p>`, ""),
			title: zh46Title, authors: "本报评论员", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "reporter and editor in the info line", url: u, page: page(zh46Title, `<div class="info">2024-03-05 14:22 来源：江州日报 记者 刘洋 编辑 王敏</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "views and seconds", url: u, page: page(zh46Title, `<div class="info">发布时间：2024-03-05 14:22:31 来源：江州日报 浏览量：<span>1,234</span></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报",
		},
	})
}
