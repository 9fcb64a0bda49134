package extractor

import (
	"strings"
	"testing"
)

// The probe pages of round 54: Chinese templates the earlier probes left
// out: the central sites' newer article pages, county media centres'
// portals with their review chains, university news with 作者/审核/编辑,
// WeChat mirrors, app makers' web pages, Taiwan's ROC days in figures,
// Chinese AM/PM times, bracketed info lines, and GBK pages. FetchedAt is
// 2024-03-20 16:00 in China.

// zh54Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh54Known = map[string]string{}

func checkZh54(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, zh46Failures(c), zh54Known, "zh54Known")
	}
}

// zh54Crumbs are a portal's breadcrumbs.
const zh54Crumbs = `<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/local/">本地</a> &gt; 正文`

// The central sites' and the app makers' newer templates.
func TestZhProbe54Central(t *testing.T) {
	const u = "https://www.example.com.cn/n1/2024/0305/c1001-40123456.html"
	checkZh54(t, []zh46Case{
		{
			name: "people.cn, day and time run together", url: "http://js.people.com.cn/n2/2024/0305/c360301-40766543.html",
			page:  zh52Portal("人民网", "", zh54Crumbs, `<div class="col-1-1 fl">2024年03月05日14:22 | 来源：<a href="http://js.people.com.cn/">人民网－江苏频道</a></div>`, `<div class="edit clearfix">(责编：王敏、赵磊)</div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "cctv, source then day, two editors", url: "https://news.cctv.com/2024/03/05/ARTIabcDEF1234567890240305.shtml",
			page:  zh52Portal("央视网", "", zh54Crumbs, `<div class="info1">来源：央视新闻客户端 | 2024年03月05日 14:22</div>`, `<div class="zebian"><p>编辑：王敏 责任编辑：刘亮</p></div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "jiemian, author link, slashed time, 来源", url: "https://www.jiemian.com/article/10912345.html",
			page:  zh52Portal("界面新闻", "", zh54Crumbs, `<div class="article-info"><p><span class="author"><a href="/author/123.html">刘洋</a></span><span class="date">2024/03/05 14:22</span><span>来源：界面新闻</span></p></div>`, `<p class="editor">界面新闻编辑 | 王敏</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "jiemian, reporter and editor lines opening the story", url: "https://www.jiemian.com/article/10912346.html",
			page:  zh52Portal("界面新闻", "", zh54Crumbs, `<div class="article-info"><p><span class="date">2024/03/05 14:22</span></p></div><p>界面新闻记者 | 刘洋</p><p>界面新闻编辑 | 王敏</p>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "bracketed info line", url: u,
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info">【发布时间：2024-03-05 14:22】【来源：江州日报】【作者：刘洋】【字号：<a>大</a> <a>中</a> <a>小</a>】</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "slashed day and time with seconds, no zeros", url: u,
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info"><span>2024/3/5 14:22:00</span><span>来源：江州日报</span><span>作者：刘洋</span></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "mainland 下午 time", url: u,
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info">2024年3月5日 下午2:22 来源：江州日报</div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "time alone without the year", url: "https://m.example.com.cn/news/a1b2c3d4",
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info"><span class="src">江州日报</span><span class="time">03-05 14:22</span></div>`, ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "time alone without the year, no source", url: "https://m.example.com.cn/news/a1b2c3d5",
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info"><span class="time">03-05 14:22</span></div>`, ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "app's name then the time without the year", url: "https://m.example.com.cn/news/a1b2c3d6",
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info">江州新闻客户端 03-05 14:22</div>`, ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "account's name then 月日 and the time", url: "https://m.example.com.cn/news/a1b2c3d7",
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info"><a href="/u/123">江州发布</a> 3月5日 14:22</div>`, ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "source, writer and the editor in charge", url: u,
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info">2024-03-05 09:12:33</div>`, `<p class="src">来源：江州日报 作者：刘洋 责任编辑：王敏</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T09:12:33+08:00", credit: "-",
		},
	})
}

// County media centres and universities: the review chain (一审 二审
// 三审, 审核, 终审) names editors, never writers.
func TestZhProbe54CountyUniversity(t *testing.T) {
	const u = "http://www.jzx.gov.cn/xwzx/bxdt/202403/t20240305_123456.html"
	const uu = "https://jsj.jzu.edu.cn/info/1002/12345.htm"
	checkZh54(t, []zh46Case{
		{
			name: "media centre, writers and 一审 二审 三审", url: "https://www.jzxrm.cn/content/2024-03/05/content_123456.html",
			page:  zh46City("江州县融媒体中心", `<div class="info"><span>来源：江州县融媒体中心</span> <span>作者：刘洋 陈晓</span> <span>2024-03-05 14:22</span></div>`, "", `<p>一审：王敏 二审：赵磊 三审：李强</p>`),
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "media centre, 编辑 | 审核 | 监制 under the story", url: u,
			page:  zh46City("江州县融媒体中心", `<div class="info">发布时间：2024年03月05日 14:22 来源：江州县融媒体中心</div>`, "", `<p>记者：刘洋</p><p>编辑：王敏 | 审核：赵磊 | 监制：李强</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "university, 学院新闻 line with 作者 审核 编辑", url: uu,
			page:  zh46City("计算机学院", `<div class="info">学院新闻 发布时间：2024/3/5 作者：刘洋 审核：王敏 编辑：陈晓 浏览次数：<span id="count"></span></div>`, "", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "university, 撰稿 初审 复审 终审 under the story", url: uu,
			page:  zh46City("计算机学院", `<div class="info">发布日期：2024-03-05 点击：</div>`, "", `<p style="text-align:right">撰稿：刘洋 初审：王敏 复审：赵磊 终审：李强</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "media centre, 撰稿 then 一审 二审 三审 on one line", url: u,
			page:  zh46City("江州县融媒体中心", `<div class="info">发布时间：2024-03-05 14:22</div>`, "", `<p>撰稿：刘洋 一审：王敏 二审：赵磊 三审：李强</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			// The editor alone would stand for the writer; the chain
			// after it says the desk signed the story.
			name: "media centre, 编辑 then 初审 and 复审 on lines of their own", url: u,
			page:  zh46City("江州县融媒体中心", `<div class="info">发布时间：2024-03-05 14:22</div>`, "", `<p>编辑：王敏</p><p>初审：赵磊</p><p>复审：李强</p>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "hong kong, 撰文 then 審稿 and 校對", url: "https://www.example.com.hk/news/123457", trad: true,
			page:  zh46Head("utf-8", zh46TitleTrad, "-", "江州日報", "") + `<body><div class="nav"><a href="/">首頁</a> <a href="/news">新聞</a></div><h1>` + zh46TitleTrad + `</h1><div class="info">發佈時間：2024-03-05 14:22</div><div class="cp">` + zh46Body(true, "<p>", "</p>", "") + `<p>撰文：劉洋 審稿：王敏 校對：趙磊</p></div>` + zh46OthersTrad("相關新聞") + `<div class="footer">版權所有 江州日報</div></body></html>`,
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "university, 供稿 and 撰稿人 in the info", url: uu,
			page:  zh46City("计算机学院", `<div class="info">供稿单位：计算机学院 撰稿人：刘洋 审核人：王敏 发布时间：2024-03-05 14:22</div>`, "", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "gbk, charset after http-equiv in content first", url: "http://www.jzx.gov.cn/news/show.asp?id=12345", gbk: true,
			page:  `<html><head><meta content="text/html; charset=gb2312" http-equiv="Content-Type"><title>` + zh46Title + `-江州县人民政府</title></head><body>` + zh46Nav + `<table><tr><td class="title">` + zh46Title + `</td></tr><tr><td class="info">发布日期：2024年03月05日 09:12　信息来源：县交通运输局　作者：刘洋</td></tr><tr><td class="content">` + zh46Body(false, "<p>", "</p>", "") + `</td></tr></table>` + zh46Foot("江州县人民政府") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T09:12:00+08:00", credit: "-",
		},
	})
}

// WeChat mirrors and Taiwan's and Hong Kong's days.
func TestZhProbe54MirrorsTaiwan(t *testing.T) {
	const tw = "https://www.example.gov.tw/News_Content.aspx?n=123&s=456"
	wechat := func(meta, script string) string {
		return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `</title></head><body><div class="header"><a href="/">公众号文章聚合</a> <a href="/hot">热门</a></div>
<div class="rich_media"><h1 class="rich_media_title">` + zh46Title + `</h1>
<div class="rich_media_meta_list">` + meta + `</div>
<div class="rich_media_content" id="js_content">` + zh46Body(false, `<section><span>`, `</span></section>`, "") + `</div></div>` + zh46Others("相关新闻") + `
<script>` + script + `</script></body></html>`
	}
	trad := func(info string) string {
		return zh46Head("utf-8", zh46TitleTrad, "-", "江州市政府", "") + `<body><div class="nav"><a href="/">首頁</a> <a href="/news">最新消息</a></div><div class="path">首頁 &gt; 最新消息</div><h2>` + zh46TitleTrad + `</h2>` + info + `<div class="cp">` + zh46Body(true, "<p>", "</p>", "") + `</div>` + zh46OthersTrad("相關新聞") + `<div class="footer">版權所有 江州市政府</div></body></html>`
	}
	checkZh54(t, []zh46Case{
		{
			name: "wechat mirror, publish_time in the script", url: "https://www.example.com/wx/a1b2c3d4.html",
			page:  wechat(`<span id="js_name">江州发布</span> <em id="publish_time"></em>`, `var publish_time = "2024-03-05" || "";`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "wechat mirror, create_time in the script", url: "https://www.example.com/wx/a1b2c3d5.html",
			page:  wechat(`<span id="js_name">江州发布</span> <em id="publish_time"></em>`, `var create_time = "1709619720" * 1;`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "taiwan, ROC day with hyphens", url: tw, trad: true,
			page:  trad(`<div class="info">發布日期：113-03-05 更新日期：113-03-06 發布單位：交通局</div>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "taiwan, ROC day with slashes", url: tw, trad: true,
			page:  trad(`<ul class="info"><li>日期：113/03/05</li><li>點閱數：123</li></ul>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "taiwan, 中華民國 year in words", url: tw, trad: true,
			page:  trad(`<div class="info">發布日期：中華民國113年3月5日</div>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "hong kong, 下午 time and 記者", url: "https://www.example.com.hk/news/article/123456", trad: true,
			page:  trad(`<div class="info">發佈日期：2024年3月5日 下午2:22 記者：劉洋</div>`),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
	})
}

// Writers that are no one: 本站, 佚名, 管理员, and a lead's 本报讯.
func TestZhProbe54NoOne(t *testing.T) {
	const u = "http://www.jznews.cn/news/show-12345.html"
	checkZh54(t, []zh46Case{
		{
			name: "作者：本站 来源：本站", url: u,
			page:  zh46City("江州新闻网", `<div class="info">发布时间：2024-03-05 14:22 作者：本站 来源：本站 浏览：123</div>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "作者：佚名", url: u,
			page:  zh46City("江州新闻网", `<div class="info">作者：佚名 来源：江州日报 时间：2024-03-05 14:22</div>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "发布者：管理员", url: u,
			page:  zh46City("江州新闻网", `<div class="info">发布者：管理员 发布时间：2024-03-05 14:22</div>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "本报讯（记者 刘洋 通讯员 陈晓）", url: u,
			page:  zh46City("江州新闻网", `<div class="info">2024-03-05 14:22 来源：江州日报</div>`, "本报讯（记者 刘洋）", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "作者 and 编辑 in one span each, 审稿 after", url: u,
			page:  zh46City("江州新闻网", `<div class="info"><span>作者：刘洋</span><span>编辑：王敏</span><span>审稿：赵磊</span><span>2024-03-05 14:22</span></div>`, "", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "文字 and 摄影 then 校对", url: u,
			page:  zh46City("江州新闻网", `<div class="info">2024-03-05 14:22</div>`, "", `<p>文字：刘洋 校对：王敏 责编：赵磊</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
	})
}

// More lines under the headline: agencies' pipes, split day and time, a
// GBK page declaring its charset after a long script, a WeChat mirror's
// visible meta line, a university's full info line.
func TestZhProbe54InfoLines(t *testing.T) {
	const u = "http://www.jznews.cn/news/content_22345.html"
	longScript := `<script>` + strings.Repeat("var _hmt = _hmt || []; ", 60) + `</script>`
	checkZh54(t, []zh46Case{
		{
			name: "pipes: time | 来源 | 作者", url: u,
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info">2024-03-05 14:22:33 | 来源：新华社 | 作者：刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:33+08:00", credit: "-",
		},
		{
			name: "day and time in two spans", url: u,
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info"><span class="d">2024年03月05日</span> <span class="t">14:22</span> <span class="s">来源：江州日报</span></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "two writers spaced in 作者", url: u,
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info">发布时间：2024-03-05 14:22　来源：江州日报　作者：刘洋 王敏</div>`, ""),
			title: zh46Title, authors: "刘洋; 王敏", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "university, every field on one line", url: "https://news.jzu.edu.cn/info/1002/22345.htm",
			page:  zh46City("江州大学新闻网", `<div class="info">来源：计算机学院　作者：刘洋　摄影：陈晓　编辑：王敏　审核：赵磊　发布时间：2024-03-05　浏览次数：<span>123</span></div>`, "", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "wechat mirror, the visible meta line", url: "https://www.example.com/wx/a1b2c3d9.html",
			page: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `</title></head><body><div class="header"><a href="/">公众号文章聚合</a></div>
<div class="rich_media"><h1 class="rich_media_title">` + zh46Title + `</h1>
<div class="rich_media_meta_list"><span class="original">原创</span> <span class="rich_media_meta_text">刘洋</span> <a id="js_name">江州发布</a> <em id="publish_time">2024-03-05 14:22</em> <span>江苏</span></div>
<div class="rich_media_content" id="js_content">` + zh46Body(false, `<section><span>`, `</span></section>`, "") + `</div></div>` + zh46Others("相关新闻") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "gbk, charset after a long script", url: "http://www.jzx.gov.cn/news/show.asp?id=22345", gbk: true,
			page:  `<html><head>` + longScript + `<meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>` + zh46Title + `-江州县人民政府</title></head><body>` + zh46Nav + `<h1>` + zh46Title + `</h1><div class="info">发布日期：2024-03-05　来源：县交通运输局</div><div class="content">` + zh46Body(false, "<p>", "</p>", "") + `</div>` + zh46Foot("江州县人民政府") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "paper's edition line under the story", url: "http://paper.example.com.cn/rmrb/html/2024-03/05/nw.D110000renmrb_20240305_1-04.htm",
			page:  zh46City("人民网", "", "", `<p>《 江州日报 》（ 2024年03月05日 第 04 版）</p>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "reporter and intern after the outlet's name", url: u,
			page:  zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info"><div class="author">澎湃新闻记者 刘洋 实习生 陈晓</div><span>2024-03-05 14:22</span></div>`, ""),
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "hong kong, weekday between day and time", url: "https://www.example.com.hk/news/22345", trad: true,
			page:  zh46Head("utf-8", zh46TitleTrad, "-", "江州日報", "") + `<body><div class="nav"><a href="/">首頁</a></div><h1>` + zh46TitleTrad + `</h1><div class="date">2024年3月5日 星期二 14:22</div><div class="cp">` + zh46Body(true, "<p>", "</p>", "") + `</div>` + zh46OthersTrad("相關新聞") + `</body></html>`,
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
	})
}

// Days and times in the other ways Chinese pages write them.
func TestZhProbe54DateForms(t *testing.T) {
	const u = "http://www.jznews.cn/news/content_32345.html"
	const tw = "https://www.example.gov.tw/News_Content.aspx?n=123&s=789"
	info := func(d string) string {
		return zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info">`+d+`</div>`, "")
	}
	trad := func(info string) string {
		return zh46Head("utf-8", zh46TitleTrad, "-", "江州市政府", "") + `<body><div class="nav"><a href="/">首頁</a> <a href="/news">最新消息</a></div><h2>` + zh46TitleTrad + `</h2>` + info + `<div class="cp">` + zh46Body(true, "<p>", "</p>", "") + `</div>` + zh46OthersTrad("相關新聞") + `<div class="footer">版權所有 江州市政府</div></body></html>`
	}
	checkZh54(t, []zh46Case{
		{name: "hour without its zero", url: u, page: info(`时间：2024-3-5 9:12 来源：江州日报`), title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T09:12:00+08:00", credit: "-"},
		{name: "时 and 分", url: u, page: info(`时间：2024年3月5日 9时12分 来源：江州日报`), title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T09:12:00+08:00", credit: "-"},
		{name: "dotted day", url: u, page: info(`2024.03.05 09:12 来源：江州日报`), title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T09:12:00+08:00", credit: "-"},
		{name: "上午 after the day", url: u, page: info(`2024年03月05日 上午09:12 来源：江州日报`), title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T09:12:00+08:00", credit: "-"},
		{name: "taiwan, ROC year without 民國", url: tw, trad: true, page: trad(`<div class="info">發布日期：113年3月5日</div>`), title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-"},
		{name: "taiwan, ROC day and time", url: tw, trad: true, page: trad(`<div class="info">發布時間：113-03-05 14:22</div>`), title: zh46TitleTrad, authors: "", day: "2024-03-05", at: zh46At, credit: "-"},
		{name: "taiwan, ROC day in a lone span", url: tw, trad: true, page: trad(`<div class="info"><span class="date">113.03.05</span></div>`), title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-"},
	})
}

// Government pages with their tools, the date signed under the story, and
// more portal lines. They pass on this tree: they guard what works.
func TestZhProbe54GovernmentLines(t *testing.T) {
	const u = "http://www.jznews.cn/news/content_42345.html"
	gov := func(info, tail string) string {
		return zh46Head("utf-8", zh46Title, "_", "江州市人民政府", "") + `<body><div class="top">江州市人民政府 2024年3月20日 星期三</div>` + zh46Nav + `<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmdt/">部门动态</a></div><div class="article"><h1>` + zh46Title + `</h1>` + info + `<div class="TRS_Editor">` + zh46Body(false, "<p>　　", "</p>", "") + `</div>` + tail + `</div><div class="tools">【<a>我要纠错</a>】【<a>打印本页</a>】【<a>关闭窗口</a>】</div>` + zh46Others("相关新闻") + zh46Foot("江州市人民政府") + `</body></html>`
	}
	checkZh54(t, []zh46Case{
		{name: "media centre pipes", url: u, page: zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="info">来源：江州县融媒体中心 | 记者：刘洋 | 编辑：王敏 | 2024-03-05 14:22</div>`, ""), title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-"},
		{name: "source span inside date div", url: u, page: zh52Portal("江州新闻网", "", zh54Crumbs, `<div class="pages-date">2024-03-05 14:22<span>来源：江州日报</span></div>`, ""), title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-"},
		{name: "gov tools", url: "http://www.jiangzhou.gov.cn/zwgk/bmdt/content_42345.html", page: gov(`<div class="info">发布时间：2024-03-05　来源：市交通运输局　【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>`, ""), title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "-"},
		{name: "gov date after story", url: "http://www.jiangzhou.gov.cn/zwgk/bmdt/content_42346.html", page: gov(`<div class="info">来源：市交通运输局</div>`, `<p class="date" style="text-align:right">市交通运输局<br>2024年3月5日</p>`), title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "-"},
		{name: "xinhua h-time and source em", url: u, page: zh52Portal("新华网", "", zh54Crumbs, `<div class="h-info"><span class="h-time">2024-03-05 14:22:33</span> <span><em id="source">新华网</em></span></div>`, `<div class="p-jc">【纠错】 <span>责任编辑：王敏</span></div>`), title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:33+08:00", credit: "-"},
		{name: "记者 lead, 通讯员", url: u, page: zh46City("江州新闻网", `<div class="info">2024-03-05 14:22 来源：江州日报</div>`, "本报讯（记者 刘洋 通讯员 陈晓）", ""), title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-"},
	})
}
