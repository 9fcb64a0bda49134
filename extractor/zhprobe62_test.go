package extractor

import "testing"

// The probe pages of round 62: the publication dates Chinese pages keep
// out of sight (a WeChat mirror's formatted "var createTime", a
// government CMS's <meta name="PubDate">) and the stamps beside them that
// are no publication (a page's generation or cache time, a comment's
// time). FetchedAt is 2024-03-20 16:00 in China.

// zh62Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh62Known = map[string]string{}

func checkZh62(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, zh46Failures(c), zh62Known, "zh62Known")
	}
}

// zh62WeChat is a WeChat article as mirrors copy it: the visible meta line
// is filled by script, so it is empty, and the date stands in the script.
func zh62WeChat(meta, script string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `</title><meta property="og:title" content="` + zh46Title + `"><meta property="og:type" content="article"></head><body><div class="header"><a href="/">公众号文章聚合</a> <a href="/hot">热门</a> <a href="/new">最新</a></div>
<div class="rich_media"><h1 class="rich_media_title" id="activity-name">` + zh46Title + `</h1>
<div class="rich_media_meta_list" id="meta_content">` + meta + `</div>
<div class="rich_media_content" id="js_content">` + zh46Body(false, `<section><span>`, `</span></section>`, "") + `</div></div>` + zh46Others("相关新闻") + `
<script>` + script + `</script></body></html>`
}

// WeChat's template states the publication twice in its script: "var ct",
// an epoch, and "var createTime", the same instant written out in
// Beijing's time. Mirrors that drop the one keep the other.
func TestZhProbe62WeChatCreateTime(t *testing.T) {
	const u = "https://www.example.com/wx/a1b2c3e1.html"
	meta := `<span class="rich_media_meta_text">江州发布</span> <em id="publish_time" class="rich_media_meta_text"></em>`
	checkZh62(t, []zh46Case{
		{
			name: "wechat mirror, var createTime with a time", url: u,
			page: zh62WeChat(meta, `var msg_title = '`+zh46Title+`';
var nickname = "江州发布";
var createTime = '2024-03-05 14:22';
var user_name = "gh_8bba0a5a63a5";`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "wechat mirror, var createTime with a day only", url: u,
			page:  zh62WeChat(meta, `var nickname = "江州发布"; var createTime = '2024-03-05';`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			// A comment's createTime is the comment's, not the page's.
			name: "comment data's createTime dates nothing", url: u,
			page:  zh62WeChat(meta, `window.__comments = {"list":[{"id":81,"nick":"读者","content":"支持","createTime":"2024-03-19 21:05:11"}],"total":1};`),
			title: zh46Title, authors: "-", day: "", at: "", credit: "-",
		},
	})
}

// Government sites' CMSs (TRS, Hanweb, the platform the State Council's
// guidelines for government websites describe) write the publication as
// <meta name="PubDate">, and beside it the time the page was last made
// ("MakeTime") or migrated ("createDate"), later than the publication
// and not it.
func TestZhProbe62GovernmentMeta(t *testing.T) {
	const u = "https://www.jiangzhou.gov.cn/art/2024/3/5/art_1229_3456789.html"
	gov := func(metas, info string) string {
		return zh46Head("utf-8", zh46Title, "_", "江州市人民政府", `<meta name="SiteName" content="江州市人民政府"><meta name="SiteDomain" content="www.jiangzhou.gov.cn"><meta name="SiteIDCode" content="3301000001"><meta name="ColumnName" content="部门动态"><meta name="ArticleTitle" content="`+zh46Title+`">`+metas+`<meta name="ContentSource" content="江州市交通运输局">`) + `<body><div class="top"><a href="/">首页</a> <a href="/col/col1229/">政务公开</a> <a href="/col/col1230/">政务服务</a> <a href="/col/col1231/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229/">部门动态</a></div>
<div class="main"><h1 class="title">` + zh46Title + `</h1>` + info + `<div id="zoom">` + zh46Body(false, "<p>", "</p>", "") + `</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> 【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>` + zh46Others("相关新闻") + zh46Foot("江州市人民政府") + `</body></html>`
	}
	checkZh62(t, []zh46Case{
		{
			name: "gov, PubDate beside a later MakeTime and createDate", url: u,
			page:  gov(`<meta name="PubDate" content="2024-03-05 14:22"><meta name="MakeTime" content="2024-03-19 09:41:07"><meta name="createDate" content="2024-03-18 23:55:00">`, `<div class="info">来源：江州市交通运输局 字号：<a>大</a> <a>中</a> <a>小</a></div>`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			// The page generation stamp alone dates nothing.
			name: "gov, MakeTime and createDate alone", url: "https://www.jiangzhou.gov.cn/col/col1229/index.html",
			page:  gov(`<meta name="MakeTime" content="2024-03-19 09:41:07"><meta name="createDate" content="2024-03-18 23:55:00">`, `<div class="info">来源：江州市交通运输局</div>`),
			title: zh46Title, authors: "-", day: "", at: "", credit: "-",
		},
	})
}

// Dates that the page shows relative to its making ("3小时前") or that a
// script writes into an empty element: the instant stands in an
// attribute of the element beside the label.
func TestZhProbe62StampAttributes(t *testing.T) {
	const u = "https://www.example.com.cn/a/765432101_123456"
	crumbs := `<a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 正文`
	checkZh62(t, []zh46Case{
		{
			name: "time title beside a relative age", url: u,
			page:  zh52Portal("江州网", "", crumbs, `<div class="article-info"><span class="source">江州日报</span> <time title="2024-03-05 14:22">3小时前</time></div>`, ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "span title with a label beside a relative age", url: u,
			page:  zh52Portal("江州网", "", crumbs, `<div class="article-info">发布时间：<span title="2024-03-05 14:22:00">15天前</span> 来源：江州日报</div>`, ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "empty time span with a millisecond data-time", url: u,
			page:  zh52Portal("江州网", "", crumbs, `<div class="article-info"><span class="time" id="news-time" data-time="1709619720000"></span><span data-role="original-link">来源: <a href="/">江州日报</a></span></div>`, ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			// The teasers' stamps are other pages' times.
			name: "teasers' empty data-time spans date nothing", url: u,
			page:  zh52Portal("江州网", "", crumbs, `<div class="article-info"><span class="source">江州日报</span></div>`, `<div class="recommend"><h3>猜你喜欢</h3><ul><li><a href="/a/765432102_123456">全市公交线路优化调整方案公布</a><span class="time" data-time="1710835200000"></span></li><li><a href="/a/765432103_123456">江州南站改扩建工程进入收尾阶段</a><span class="time" data-time="1710748800000"></span></li></ul></div>`),
			title: zh46Title, authors: "-", day: "", at: "", credit: "-",
		},
		{
			name: "own empty data-time span before the teasers'", url: u,
			page:  zh52Portal("江州网", "", crumbs, `<div class="article-info"><span class="time" id="news-time" data-time="1709619720000"></span><span class="source">江州日报</span></div>`, `<div class="recommend"><h3>猜你喜欢</h3><ul><li><a href="/a/765432102_123456">全市公交线路优化调整方案公布</a><span class="time" data-time="1710835200000"></span></li><li><a href="/a/765432103_123456">江州南站改扩建工程进入收尾阶段</a><span class="time" data-time="1710748800000"></span></li></ul></div>`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
	})
}
