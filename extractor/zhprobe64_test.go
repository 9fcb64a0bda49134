package extractor

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The probe pages of round 64: the national portals' article templates in
// the states the earlier probes left out: the visible time filled by
// script (so only an attribute, a meta or the page's data holds it), the
// pages in GBK, the newer templates' location after the source, and the
// government's table of a document's particulars. FetchedAt is
// 2024-03-20 16:00 in China.

// zh64Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh64Known = map[string]string{}

func checkZh64(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, zh46Failures(c), zh64Known, "zh64Known")
	}
}

// zh64Portal is zh52Portal in charset.
func zh64Portal(charset, site, extra, info, tail string) string {
	crumbs := `<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/local/">本地</a> &gt; 正文`
	return zh46Head(charset, zh46Title, "_", site, extra) + `<body><div class="topbar"><span>2024年3月20日 星期三</span> <a href="/login">登录</a> <a href="/reg">注册</a></div><header><a class="logo" href="/">` + site + `</a>` + zh46Nav + `</header><div class="crumbs">` + crumbs + `</div>
<div class="main"><div class="left"><h1>` + zh46Title + `</h1>` + info + `<div class="content">` + zh46Body(false, "<p>", "</p>", "") + tail + `</div>` + zh52Comments + `</div><div class="right">` + zh52Hot + `</div></div>` + zh46Foot(site) + `</body></html>`
}

// Government, university and older portals' templates pad a label of two
// or three characters with spaces to the width of one of four, so that
// the fields line up: "来　　源：", "作　者：", "记 者：", and on a
// document's table "发 布 日 期：" under "成 文 日 期：".
func TestZhProbe64PaddedLabels(t *testing.T) {
	const u = "http://www.jiangzhou.gov.cn/art/2024/3/5/art_1234_567890.html"
	const gov = "http://www.jzx.gov.cn/zwgk/tzgg/content_12345.html"
	checkZh64(t, []zh46Case{
		{
			name: "full-width padded 来源 and 作者", url: u,
			page:  zh64Portal("utf-8", "江州网", "", `<div class="info"><span>发布时间：2024-03-05 14:22</span> <span>来　　源：江州日报</span> <span>作　　者：刘洋</span> <span>浏览次数：123</span></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "space-padded 来源 and 作者 in a table", url: u,
			page:  zh64Portal("utf-8", "江州网", "", `<table class="info"><tr><td>发布日期：2024-03-05</td><td>来 源：江州日报</td><td>作 者：刘洋</td></tr></table>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "江州日报",
		},
		{
			name: "gbk, padded 来源 and 作者 after 时间", url: u, gbk: true,
			page:  zh64Portal("gbk", "江州网", "", `<div class="info">时间：2024-03-05　来　源：江州日报　作　者：刘洋　点击数：123</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "江州日报",
		},
		{
			// The editor stays out of the authors, padded or not.
			name: "spaced 记者 and 编辑 after the source", url: u,
			page:  zh64Portal("utf-8", "江州网", "", `<div class="info">2024-03-05 14:22 来源：江州日报 记 者：刘洋 编 辑：王敏</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			// 成文日期 is the day the document was signed; 发布日期 the
			// day it was published.
			name: "document table, 成文日期 over a spaced 发布日期", url: gov,
			page:  zh64Portal("utf-8", "江州县人民政府", "", `<div class="xxgk"><p><span>成文日期：</span>2024-02-28</p><p><span>发 布 日 期：</span>2024-03-05</p><p><span>发布机构：</span>江州县交通运输局</p></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "document table, both dates' labels spaced", url: gov,
			page:  zh64Portal("utf-8", "江州县人民政府", "", `<div class="xxgk"><p><span>成 文 日 期：</span>2024-02-28</p><p><span>发 布 日 期：</span>2024-03-05</p><p><span>发 布 机 构：</span>江州县交通运输局</p></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "-",
		},
	})
}

// Sohu's template writes the publication as an epoch in milliseconds in
// the time span's data-val and fills its text by script: a page saved or
// served without the script shows an empty span.
func TestZhProbe64SohuDataVal(t *testing.T) {
	const u = "https://www.sohu.com/a/762345678_121123456"
	checkZh64(t, []zh46Case{
		{
			name: "sohu, empty time span with data-val", url: u,
			page:  zh64Portal("utf-8", "搜狐", "", `<div class="article-info"><span class="time" id="news-time" data-val="1709619720000"></span><span data-role="original-link"> 来源: <a href="#">江州发布</a></span></div>`, `<p data-role="editor-name">责任编辑：<span>王敏</span></p>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州发布",
		},
		{
			// A value that is no epoch dates nothing.
			name: "sohu, data-val that is no epoch", url: u,
			page:  zh64Portal("utf-8", "搜狐", "", `<div class="article-info"><span class="time" id="news-time" data-val="12345"></span><span data-role="original-link"> 来源: <a href="#">江州发布</a></span></div>`, ""),
			title: zh46Title, authors: "", day: "", at: "", credit: "江州发布",
		},
	})
}

func TestPaddedCJKLabel(t *testing.T) {
	for _, c := range []struct {
		before, label string
		start         int
	}{
		{"", "", -1},
		{"a", "", -1},
		{"作者", "", -1}, // not padded: the label list finds it
		{"　者", "", -1},
		{"张 三", "", -1},
		{"作　　者", "作者", 0},
		{"2024-03-05 来 源", "来源", len("2024-03-05 ")},
		{"江州日报 记 者", "记者", len("江州日报 ")},
		{"发 布 日 期", "发布日期", 0},
		{"索 引 号", "", -1},
	} {
		l, start, ok := paddedCJKLabel(c.before)
		if !ok {
			start = -1
		}
		if l != c.label || start != c.start {
			t.Errorf("paddedCJKLabel(%q) = %q, %d; want %q, %d", c.before, l, start, c.label, c.start)
		}
	}
}

// Chinese sites write the "time factors" that Baidu's and ByteDance's
// (Toutiao's) search ask for: Baidu's untyped JSON-LD in its own
// vocabulary ("pubDate", "upDate"), ByteDance's <meta property=
// "bytedance:published_time"> and "bytedance:updated_time". Often they
// are the page's only machine-readable dates, the visible one filled by
// script.
func TestZhProbe64SearchTimeFactors(t *testing.T) {
	const u = "https://news.example.com.cn/a/ABC123.html"
	info := `<div class="article-info"><span class="source">江州日报</span> <span class="time"></span></div>`
	cambrian := `<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"` + u + `","appid":"1581234567890123","title":"` + zh46Title + `","images":["https://news.example.com.cn/a.jpg"],"description":"3月5日上午，江州市轨道交通6号线二期工程正式开通运营。","pubDate":"2024-03-05T14:22:31","upDate":"2024-03-06T09:00:00"}</script>`
	bytedance := `<meta property="bytedance:published_time" content="2024-03-05T14:22:31+08:00"><meta property="bytedance:lrDate_time" content="2024-03-06T09:00:00+08:00"><meta property="bytedance:updated_time" content="2024-03-06T09:00:00+08:00">`
	for _, c := range []struct{ name, extra, day, at, mod string }{
		{"baidu's cambrian json-ld", cambrian, "2024-03-05", "2024-03-05T14:22:31+08:00", "2024-03-06"},
		{"bytedance's metas", bytedance, "2024-03-05", "2024-03-05T14:22:31+08:00", "2024-03-06"},
		// An update alone is no publication.
		{"bytedance's update alone", `<meta property="bytedance:updated_time" content="2024-03-06T09:00:00+08:00">`, "", "", "-"},
	} {
		page := zh64Portal("utf-8", "江州网", c.extra, info, "")
		checkZh64(t, []zh46Case{{name: c.name, url: u, page: page, title: zh46Title, authors: "", day: c.day, at: c.at, credit: "-"}})
		a, err := Extract([]byte(page), u, Options{FetchedAt: time.Date(2024, 3, 20, 8, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if c.mod != "-" && a.ModifiedDate != c.mod {
			t.Errorf("Extract(%s).ModifiedDate = %q, want %q", c.name, a.ModifiedDate, c.mod)
		}
	}
}

// Only a JSON-LD object with a type, or Baidu's time factor, is read.
func TestBaiduTimeFactor(t *testing.T) {
	for _, c := range []struct {
		src  string
		want int
	}{
		{`{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","pubDate":"2024-03-05T14:22:31"}`, 1},
		{`{"@context":"https://schema.org","pubDate":"2024-03-05T14:22:31"}`, 0},
		{`{"@context":["https://ziyuan.baidu.com/contexts/cambrian.jsonld"],"pubDate":"2024-03-05"}`, 0},
		{`{}`, 0},
		{``, 0},
	} {
		if got := len(parseJSONLD(c.src)); got != c.want {
			t.Errorf("len(parseJSONLD(%q)) = %d, want %d", c.src, got, c.want)
		}
	}
}

// PHPCMS's article template, and others after it, set the info line
// inside the headline after a line break: "<h1>标题<br /><span>2024-03-05
// 14:22:31 来源：江州日报 评论：0 点击：</span></h1>". The line is read as the
// one under a headline is, and is no part of the title.
func TestZhProbe64HeadlineInfoLine(t *testing.T) {
	const u = "http://www.jznews.cn/html/2024/jzxw_0305/12345.html"
	page := func(h string) string {
		return zh46Head("gbk", zh46Title, "_", "江州新闻网", "") + `<body>` + zh46Nav + `<div class="crumbs"><a href="/">首页</a> &gt; <a href="/jzxw/">江州新闻</a> &gt; 正文</div><div class="main"><div id="Article">` + h + `<div class="content">` + zh46Body(false, "<p>", "</p>", "") + `</div></div></div>` + zh46Others("相关文章") + zh46Foot("江州新闻网") + `</body></html>`
	}
	bare := func(h string) string {
		return zh46Head("utf-8", zh46Title, "_", "江州新闻网", "") + `<body>` + zh46Nav + `<div class="main"><div id="Article">` + h + `<div class="content">` + zh46Body(false, "<p>", "</p>", "") + `</div></div></div>` + zh46Others("相关文章") + zh46Foot("江州新闻网") + `</body></html>`
	}
	checkZh64(t, []zh46Case{
		{
			name: "the info line in the h1, no crumbs", url: u,
			page:  bare(`<h1>` + zh46Title + `<br /><span>2024-03-05 14:22:31 来源：江州日报</span></h1>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报",
		},
		{
			name: "phpcms, the info line in the h1", url: u, gbk: true,
			page:  page(`<h1>` + zh46Title + `<br /><span>2024-03-05 14:22:31&nbsp;&nbsp;&nbsp;来源：江州日报&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击:<span id="hits"></span></span></h1>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报",
		},
		{
			name: "the info line in the h1, labelled", url: u, gbk: true,
			page:  page(`<h1>` + zh46Title + `<br /><span>发布时间：2024-03-05 14:22:31 来源：江州日报 作者：刘洋</span></h1>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报",
		},
	})
}

func TestHeadlineInfo(t *testing.T) {
	for _, c := range []struct {
		h1, want string
	}{
		{`<h1>江州地铁开通<br /><span>2024-03-05 14:22:31 来源：江州日报</span></h1>`, "2024-03-05 14:22:31 来源：江州日报"},
		{`<h1>江州地铁开通<br>  <small>发布时间：2024年3月5日</small> </h1>`, "发布时间：2024年3月5日"},
		{`<h1>江州年度十大新闻<br /><small>2023</small></h1>`, ""},      // a year alone
		{`<h1>江州地铁开通<span>2024-03-05 14:22:31</span></h1>`, ""}, // no line break
		{`<h1>江州地铁开通<br /><span>2024-03-05</span> 续</h1>`, ""},  // text after it
		{`<h1><br /><span>2024-03-05</span></h1>`, ""},          // nothing before the break
		{`<h1>江州地铁开通<br /><span>城东到老城二十分钟</span></h1>`, ""},     // a subtitle
		{`<h1></h1>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader(c.h1))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if n := headlineInfo(findFirst(doc, byTag(atom.H1))); n != nil {
			got = textOf(n)
		}
		if got != c.want {
			t.Errorf("headlineInfo(%s) = %q, want %q", c.h1, got, c.want)
		}
	}
}

// Papers' sites that drop "本报讯" open the story with the reporters'
// bracket alone: "（记者 刘洋 通讯员 王敏）3月5日上午，…".
func TestZhProbe64BracketLead(t *testing.T) {
	const u = "https://news.example.com.cn/a/ABC123.html"
	info := `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	var cases []zh46Case
	for _, c := range []struct{ lead, authors string }{
		{"（记者 刘洋）", "刘洋"},
		{"（记者 刘洋 通讯员 王敏）", "刘洋; 王敏"},
		{"（本报记者 刘洋）", "刘洋"},
	} {
		page := strings.Replace(zh64Portal("utf-8", "江州网", "", info, ""), "<p>"+zh46Paras[0], "<p>"+c.lead+zh46Paras[0], 1)
		cases = append(cases, zh46Case{name: "bracket lead " + c.lead, url: u, page: page, title: zh46Title, authors: c.authors, day: "2024-03-05", at: zh46At, credit: "江州日报"})
	}
	checkZh64(t, cases)
}

func TestCJKBracketLead(t *testing.T) {
	for _, c := range []struct{ p, want string }{
		{"（记者 刘洋）3月5日上午，江州市轨道交通6号线二期工程正式开通运营。", "刘洋"},
		{"（记者 刘洋、王敏）近日，", "刘洋; 王敏"},
		{"（通讯员 王敏 记者 刘洋）近日，", "王敏; 刘洋"},
		// A column's name in brackets, the role run into it, is no credit.
		{"（记者手记）江州的地铁", ""},
		{"（记者调查）", ""},
		{"（记者会现场）3月5日上午", ""},
		{"（记者从市交通局获悉）", ""},
		{"（", ""},
		{"", ""},
	} {
		if got := strings.Join(cjkLeadCredit(c.p), "; "); got != c.want {
			t.Errorf("cjkLeadCredit(%q) = %q, want %q", c.p, got, c.want)
		}
	}
}

// Papers mark the reporters' line over the story with any of the marks
// of cjkCreditMarks, not only □ and ■: "◎本报记者 刘洋", "●记者 刘洋". The
// line names the authors and leaves the text.
func TestZhProbe64MarkedReporterLine(t *testing.T) {
	const u = "https://news.example.com.cn/a/ABC123.html"
	info := `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	for _, lead := range []string{"◎本报记者 刘洋", "●记者 刘洋 王敏", "◆ 本报记者 刘洋", "□本报记者 刘洋"} {
		page := strings.Replace(zh64Portal("utf-8", "江州网", "", info, ""), "<p>"+zh46Paras[0], "<p>"+lead+"</p><p>"+zh46Paras[0], 1)
		want := "刘洋"
		if strings.Contains(lead, "王敏") {
			want = "刘洋; 王敏"
		}
		checkZh64(t, []zh46Case{{name: "marked reporter line " + lead, url: u, page: page, title: zh46Title, authors: want, day: "2024-03-05", at: zh46At, credit: "江州日报"}})
		a, err := Extract([]byte(page), u, Options{FetchedAt: time.Date(2024, 3, 20, 8, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "刘洋") {
			t.Errorf("Extract(marked reporter line %s).Text holds the credit: %.60q", lead, a.Text)
		}
	}
}
