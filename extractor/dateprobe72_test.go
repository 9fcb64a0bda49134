package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 72 (dates72): Chinese portal and CMS layouts with
// their info bars, Hong Kong, Taiwanese, Macanese and Singaporean forms,
// data attributes on the header that wraps the headline, the Marathi and
// Nepali "मे" in Hindi running text, and English bylines beside updates,
// notes and relative dates.

var probe72DateFetched = time.Date(2024, 6, 14, 16, 0, 0, 0, time.UTC)

// probe72DateZhPage is a Chinese portal's article page: the crumbs, the
// headline, {META} (the info bar), the story, {TAIL} and a rail {RAIL}.
const probe72DateZhPage = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="utf-8"><title>江州市新建三条公交线路 方便市民出行_新闻中心_江州网</title>{HEAD}</head><body>` +
	`<div class="topbar"><span>欢迎访问江州网！</span><a href="/m/">手机版</a></div><div class="header"><a class="logo" href="/">江州网</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/finance/">财经</a></li></ul>{TOP}</div>` +
	`<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div><div class="main"><div class="left">{ABOVE}<h1>江州市新建三条公交线路 方便市民出行</h1>{META}` +
	`<div class="content" id="article">{BODY}</div>{TAIL}</div><div class="right">{RAIL}</div></div>` +
	`<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a></p><p>Copyright © 2003-2024 江州网 版权所有 <a href="https://beian.miit.gov.cn/">苏ICP备05012345号</a></p></div></body></html>`

// probe72DateZhRelated is a "相关新闻" list with its own days.
func probe72DateZhRelated(label string, days ...string) string {
	s := `<div class="related"><h3>` + label + `</h3><ul>`
	for i, d := range days {
		s += `<li><a href="/news/r` + string(rune('a'+i)) + `.html">江州市召开城市公共交通发展工作会议</a><span>` + d + `</span></li>`
	}
	return s + `</ul></div>`
}

var probe72DateZh = []page50{
	// DedeCMS: time, source, author, clicks by script.
	{name: "dedecms info", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info"><small>时间:</small>2024-06-14 10:22<small>来源:</small>江州日报 <small>作者:</small>张三 <small>点击:</small><script src="/plus/count.php?view=yes&aid=123&mid=1"></script>次</div>`, rail: probe72DateZhRelated("热门文章", "2024-06-10", "2024-06-11"), pub: "2024-06-14"},
	// PHPCMS v9's default show.html prints the day inside the <h1>.
	{name: "phpcms day in h1", lang: "zh-CN", skel: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>江州市新建三条公交线路 方便市民出行 - 新闻中心 - 江州网</title></head><body><div class="header"><a href="/">江州网</a></div><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/news/">新闻中心</a> &gt;  正文</div><div id="main"><div id="Article"><h1>江州市新建三条公交线路 方便市民出行<br/><span>2024-06-14 10:22:33&nbsp;&nbsp;&nbsp;来源：江州日报&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1><div class="content">{BODY}</div></div></div><div class="footer">Powered by PHPCMS v9 © 2024</div></body></html>`, rail: "", pub: "2024-06-14"},
	// 帝国CMS.
	{name: "empirecms info", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info">时间：2024-06-14 10:22:33 &nbsp;来源：江州日报 &nbsp;作者：张三 &nbsp;点击：<script src="/e/public/ViewClick/?classid=2&id=123&addclick=1"></script>次</div>`, tail: probe72DateZhRelated("相关新闻", "2024-06-12", "2024-05-30"), pub: "2024-06-14"},
	// TRS WCM government: 发布日期, 来源, 字号, 打印; URL t20240614.
	{name: "trs wcm gov", lang: "zh-CN", skel: probe72DateZhPage, path: "/xwzx/bmdt/202406/t20240614_4123456.html", meta: `<div class="xl_info"><span>发布日期：2024-06-14</span><span>来源：江州市交通运输局</span><span>字号：[ <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</span><a href="javascript:window.print()">打印</a></div>`, pub: "2024-06-14"},
	{name: "trs wcm gov time", lang: "zh-CN", skel: probe72DateZhPage, path: "/xwzx/bmdt/202406/t20240614_4123456.html", meta: `<div class="xl_info">发布时间：2024-06-14 10:22 &nbsp; 来源：江州市交通运输局 &nbsp; 浏览次数：<span id="count">123</span> &nbsp; 【字号：<a>大</a> <a>中</a> <a>小</a>】 【<a href="javascript:window.print()">打印</a>】</div>`, pub: "2024-06-14"},
	{name: "trs url only", lang: "zh-CN", skel: probe72DateZhPage, path: "/xwzx/bmdt/202406/t20240614_4123456.html", meta: `<div class="xl_info">来源：江州市交通运输局 【字号：<a>大</a> <a>中</a> <a>小</a>】</div>`, pub: "2024-06-14"},
	// 新华网's split header time.
	{name: "xinhua split header time", lang: "zh-CN", skel: probe72DateZhPage, path: "/politics/20240614/3f2a1b/c.html", meta: `<div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 06</em>/<em>14</em></span><span class="time"> 10:22:33</span></div><div class="source">来源： 新华网</div>`, pub: "2024-06-14"},
	{name: "xinhua split header time no url", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 06</em>/<em>14</em></span><span class="time"> 10:22:33</span></div><div class="source">来源： 新华网</div>`, pub: "2024-06-14"},
	// 人民网: day and time joined.
	{name: "people joined", lang: "zh-CN", skel: probe72DateZhPage, path: "/n1/2024/0614/c1001-40256789.html", meta: `<div class="col-1-1 fl">2024年06月14日10:22 | 来源：<a href="http://www.people.com.cn/">人民网－人民日报</a></div>`, pub: "2024-06-14"},
	// 中新网.
	{name: "chinanews", lang: "zh-CN", skel: probe72DateZhPage, path: "/gn/2024/06-14/10233456.shtml", meta: `<div class="left-t">2024年06月14日 10:22　来源：中国新闻网</div>`, pub: "2024-06-14"},
	{name: "chinanews url only", lang: "zh-CN", skel: probe72DateZhPage, path: "/gn/2024/06-14/10233456.shtml", meta: `<div class="left-t">来源：中国新闻网</div>`, pub: "2024-06-14"},
	// 央视网.
	{name: "cctv", lang: "zh-CN", skel: probe72DateZhPage, path: "/2024/06/14/ARTIabcdEFgh240614.shtml", meta: `<div class="info1">来源：央视网 | 2024年06月14日 10:22</div>`, pub: "2024-06-14"},
	// 澎湃.
	{name: "thepaper", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="index_left"><div>澎湃新闻记者 张三</div><div class="ant-space"><div class="ant-space-item"><span>2024-06-14 10:22</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div>`, pub: "2024-06-14"},
	// 界面.
	{name: "jiemian", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="article-info"><p><span class="author"><a href="/author/1.html">张三</a></span><span class="date">2024/06/14 10:22</span><span>来源：界面新闻</span></p></div>`, pub: "2024-06-14"},
	// 网易.
	{name: "netease", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="post_info"> 2024-06-14 10:22:33　来源: <a href="#">江州日报</a><a class="post_jubao">举报</a></div>`, tail: probe72DateZhRelated("相关推荐", "06-12 09:00", "06-13 11:00"), pub: "2024-06-14"},
	// 搜狐: a data-val epoch in milliseconds.
	{name: "sohu data-val", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="article-info"><span class="time" id="news-time" data-val="1718331720000">2024-06-14 10:22</span><span data-role="original-link">来源: <a href="#">江州日报</a></span></div>`, pub: "2024-06-14"},
	{name: "sohu data-val empty", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="article-info"><span class="time" id="news-time" data-val="1718331720000"></span><span data-role="original-link">来源: <a href="#">江州日报</a></span></div>`, pub: "2024-06-14"},
	// 腾讯.
	{name: "tencent", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="a_Info"><span class="a_source">江州日报</span><span class="a_time">2024-06-14 10:22</span></div>`, pub: "2024-06-14"},
	{name: "tencent window.DATA", lang: "zh-CN", skel: probe72DateZhPage, head: `<script>window.DATA = {"title":"江州市新建三条公交线路","media":"江州日报","pubtime":"2024-06-14 10:22:33","comment_id":"123"};</script>`, meta: `<div class="media-info">江州日报</div>`, pub: "2024-06-14"},
	// 凤凰: day and the writer's province.
	{name: "ifeng", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info"><p class="time"><span>2024年06月14日 10:22:33</span><span>来自江苏</span></p><span class="source">江州日报</span></div>`, pub: "2024-06-14"},
	// 新浪.
	{name: "sina", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="date-source"><span class="date">2024年06月14日 10:22</span><a class="source" href="#">江州日报</a></div>`, rail: probe72DateZhRelated("热门推荐", "2024年06月13日 09:00", "2024年06月12日 09:00"), pub: "2024-06-14"},
	// 今日头条.
	{name: "toutiao", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="article-meta"><span>2024-06-14 10:22</span><span class="name"><a href="/c/user/123/">江州日报</a></span></div>`, pub: "2024-06-14"},
	// 微信公众号 mirror: the time filled by script.
	{name: "weixin ct", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">张三</span><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">江州发布</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>`, tail: `<script>var ct = "1718331720";var publish_time = "2024-06-14" || "";</script>`, pub: "2024-06-14"},
	{name: "weixin shown", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">江州发布</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年06月14日 10:22</em><em class="rich_media_meta rich_media_meta_text">江苏</em></div>`, pub: "2024-06-14"},
	// Taiwan.
	{name: "chinatimes", lang: "zh-TW", skel: probe72DateZhPage, meta: `<div class="meta-info"><time datetime="2024-06-14 10:22"><span class="hour">10:22</span><span class="date">2024/06/14</span></time><div class="author"><a href="#">張三</a></div></div>`, pub: "2024-06-14"},
	{name: "udn", lang: "zh-TW", skel: probe72DateZhPage, meta: `<section class="authors"><time class="article-content__time">2024-06-14 10:22</time><span class="article-content__author">聯合報／記者張三／台北報導</span></section>`, pub: "2024-06-14"},
	{name: "ltn", lang: "zh-TW", skel: probe72DateZhPage, meta: `<div class="text boxTitle"><span class="time">2024/06/14 10:22</span></div><p>〔記者張三／台北報導〕</p>`, pub: "2024-06-14"},
	// Hong Kong.
	{name: "mingpao weekday", lang: "zh-HK", skel: probe72DateZhPage, meta: `<div class="date"><span id="date">2024年6月14日星期五</span></div>`, pub: "2024-06-14"},
	{name: "rthk hkt", lang: "zh-HK", skel: probe72DateZhPage, meta: `<div class="itemCreateDate">2024-06-14 HKT 14:22</div>`, pub: "2024-06-14"},
	{name: "hk time words", lang: "zh-HK", skel: probe72DateZhPage, meta: `<div class="date">2024年6月14日 香港時間14時22分</div>`, pub: "2024-06-14"},
	{name: "on.cc", lang: "zh-HK", skel: probe72DateZhPage, path: "/hk/bkn/cnt/news/20240614/bkn-20240614142233456-0614_00822_001.html", meta: `<div class="datetime">2024年06月14日 14:22</div>`, pub: "2024-06-14"},
	// Macau and the people's daily paper: /2024-06/14/ in the address.
	{name: "macaodaily url", lang: "zh-HK", skel: probe72DateZhPage, path: "/html/2024-06/14/content_1234567.htm", meta: `<div class="info">來源：澳門日報</div>`, pub: "2024-06-14"},
	// Singapore.
	{name: "zaobao", lang: "zh-SG", skel: probe72DateZhPage, meta: `<div class="story-info"><div class="author">张三</div><div>发布/2024年6月13日 10:22</div><div>更新/2024年6月14日 12:05</div></div>`, pub: "2024-06-13", mod: "2024-06-14"},
	{name: "zaobao colon", lang: "zh-SG", skel: probe72DateZhPage, meta: `<div class="story-info"><div class="author">张三</div><div>发布：2024年6月13日 10:22</div><div>更新：2024年6月14日 12:05</div></div>`, pub: "2024-06-13", mod: "2024-06-14"},
	{name: "zh pub upd time", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info"><span>发布时间：2024-06-13 10:22</span><span>更新时间：2024-06-14 12:05</span></div>`, pub: "2024-06-13", mod: "2024-06-14"},
	// Sidebars and related lists must lose to the article's own day.
	{name: "related before own", lang: "zh-CN", skel: probe72DateZhPage, above: probe72DateZhRelated("最新资讯", "2024-06-14 09:00", "2024-06-13 17:00"), meta: `<div class="info">发布时间：2024-06-12 10:22 来源：江州日报</div>`, pub: "2024-06-12"},
	{name: "rail only", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info">来源：江州日报 作者：张三</div>`, rail: probe72DateZhRelated("热点新闻", "2024-06-13", "2024-06-12", "2024-06-11")},
}

func TestDateProbe72Zh(t *testing.T) {
	checkPages50(t, probe72DateZh, probe72DateFetched)
}

// probe72DateHeaderPage is a page whose header element wraps the
// headline and carries the publication's data attribute ({ATTR}).
func probe72DateHeaderPage(attr, meta string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Headline of the story | Site</title></head><body>` +
		`<header class="site-header"><a class="logo" href="/">Site</a><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>` +
		`<main><article class="story"><header class="story-header" ` + attr + `><div class="kicker"><a href="/news">News</a></div><h1 class="story-title">Headline of the story</h1>` + meta + `</header>` +
		`<div class="story-body"><p>` + longProse + `</p><p>` + longProse + `</p><p>` + longProse + `</p></div></article></main>` +
		`<footer class="site-footer"><p>© 2024 Site. All rights reserved.</p></footer></body></html>`
}

var probe72DateHeader = []page50{
	{name: "data-published iso", skel: probe72DateHeaderPage(`data-published="2024-06-14T10:22:00Z"`, `<div class="byline">By Jane Doe</div>`), pub: "2024-06-14"},
	{name: "data-date iso", skel: probe72DateHeaderPage(`data-date="2024-06-14"`, `<div class="byline">By Jane Doe</div>`), pub: "2024-06-14"},
	{name: "data-timestamp seconds", skel: probe72DateHeaderPage(`data-timestamp="1718360520"`, `<div class="byline">By Jane Doe</div>`), pub: "2024-06-14"},
	{name: "data-timestamp ms", skel: probe72DateHeaderPage(`data-timestamp="1718360520000"`, `<div class="byline">By Jane Doe</div>`), pub: "2024-06-14"},
	{name: "data-published seconds", skel: probe72DateHeaderPage(`data-published="1718360520"`, `<div class="byline">By Jane Doe</div>`), pub: "2024-06-14"},
	{name: "data-publish-date ms", skel: probe72DateHeaderPage(`data-publish-date="1718360520000"`, `<div class="byline">By Jane Doe</div>`), pub: "2024-06-14"},
	{name: "data-published and shown", skel: probe72DateHeaderPage(`data-published="2024-06-14T10:22:00Z"`, `<div class="byline">By Jane Doe | June 14, 2024</div>`), pub: "2024-06-14"},
	{name: "data-published beside modified", skel: probe72DateHeaderPage(`data-published="2024-06-12T10:22:00Z" data-modified="2024-06-14T09:00:00Z"`, `<div class="byline">By Jane Doe</div>`), pub: "2024-06-12", mod: "2024-06-14"},
	{name: "data-id number no date", skel: probe72DateHeaderPage(`data-id="1718360520" data-count="1718360520000"`, `<div class="byline">By Jane Doe</div>`)},
}

func TestDateProbe72Header(t *testing.T) {
	checkPages50(t, probe72DateHeader, probe72DateFetched)
}

// probe72DateHindiProse is Hindi running text with "मे" written for "में"
// (in) after numbers, as informal Hindi often spells it.
const probe72DateHindiProse = `सरकार ने वर्ष 2023 मे कुल 15 नई योजनाएं शुरू कीं और पिछले 10 मे से 7 जिलों में काम पूरा हुआ। ` +
	`अधिकारियों ने बताया कि 2022 मे शुरू हुई परियोजना का दूसरा चरण अब तेजी से आगे बढ़ रहा है और लोगों को इसका लाभ मिल रहा है।`

var probe72DateHindi = []page50{
	{name: "hi me in prose no date", lang: "hi", skel: skelPlain, meta: `<div class="byline">राजेश कुमार</div>`, inBody: `<p>` + probe72DateHindiProse + `</p>`},
	{name: "hi me in prose beside date", lang: "hi", skel: skelPlain, meta: `<div class="byline">राजेश कुमार | 14 जून 2024</div>`, inBody: `<p>` + probe72DateHindiProse + `</p>`, pub: "2024-06-14"},
	{name: "hi me lead", lang: "hi", skel: skelPlain, meta: `<div class="byline">राजेश कुमार</div>`, above: `<p class="summary">साल 2024 मे चुनाव होंगे</p>`},
	{name: "mr may date", lang: "mr", skel: skelPlain, meta: `<div class="date">प्रकाशित: 14 मे 2024</div>`, pub: "2024-05-14"},
	{name: "ne may date", lang: "ne", skel: skelPlain, meta: `<div class="date">प्रकाशित: 14 मे 2024</div>`, pub: "2024-05-14"},
}

func TestDateProbe72Hindi(t *testing.T) {
	checkPages50(t, probe72DateHindi, probe72DateFetched)
}

var probe72DateEnglish = []page50{
	{name: "en updated only", lang: "en", skel: skelArc, meta: `<div class="byline">By Jane Doe</div><div class="date">Updated June 14, 2024 at 10:22 a.m. EDT</div>`, mod: "2024-06-14"},
	{name: "en updated only brightspot", lang: "en", skel: skelBrightspot, meta: `<div class="ArticlePage-authors">By Jane Doe</div><div class="ArticlePage-datePublished-timestamp">Updated: Jun. 14, 2024</div>`, mod: "2024-06-14"},
	{name: "en byline date and updated", lang: "en", skel: skelArc, meta: `<div class="byline">By Jane Doe</div><div class="date">June 12, 2024 at 9:00 a.m. EDT <span>Updated June 14, 2024 at 10:22 a.m. EDT</span></div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "en originally published note", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | June 14, 2024</div>`, inBody: `<p><em>This story was originally published on June 1, 2023, by the Tribune.</em></p>`, pub: "2024-06-14"},
	{name: "en originally published tail", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><time class="date">Jun. 14, 2024</time>`, tail: `<p class="note">Originally published on June 1, 2023.</p>`, pub: "2024-06-14"},
	{name: "en hours ago only", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><span class="date">Posted 3 hours ago</span>`, pub: "2024-06-14"},
	{name: "en hours ago beside absolute", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><span class="date">Posted 3 hours ago</span>`, tail: `<p class="dateline">Published June 12, 2024</p>`, pub: "2024-06-12"},
	{name: "en hours ago with rail dates", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><span class="date">Posted 3 hours ago</span>`, rail: rail50("Most read", "June 10, 2024", "June 11, 2024"), pub: "2024-06-14"},
	{name: "en at am edt", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">June 14, 2024 at 10:22 a.m. EDT</div>`, pub: "2024-06-14"},
	{name: "en abbrev dot", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">Jun. 14, 2024</div>`, pub: "2024-06-14"},
	{name: "en ordinal", lang: "en-GB", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">14th June 2024</div>`, pub: "2024-06-14"},
	{name: "en ordinal weekday", lang: "en-GB", skel: skelPlain, meta: `<p class="byline">By Jane Doe, Friday 14th June 2024</p>`, pub: "2024-06-14"},
	{name: "en published numeric", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">Published: 6/14/2024</div>`, pub: "2024-06-14"},
	{name: "en published numeric no lang", lang: "", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">Published: 6/14/2024</div>`, pub: "2024-06-14"},
	{name: "en published updated numeric", lang: "en-US", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">Published: 6/12/2024 10:22 AM EDT | Updated: 6/14/2024 9:00 AM EDT</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "en byline date updated later line", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe on June 12, 2024</p><p class="updated">Last updated: June 14, 2024</p>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "en byline relative published updated", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | Published 2 days ago | Updated 3 hours ago</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "en byline relative published absolute updated", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | Published 2 days ago | Updated June 14, 2024</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "en byline relative updated only", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | Updated 3 hours ago</div>`, mod: "2024-06-14"},
	{name: "en byline posted relative", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | Posted 2 days ago</div>`, pub: "2024-06-12"},
	{name: "en updated only ago", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><span class="date">Updated 3 hours ago</span>`, mod: "2024-06-14"},
}

func TestDateProbe72English(t *testing.T) {
	checkPages50(t, probe72DateEnglish, probe72DateFetched)
}

var probe72DateZhMore = []page50{
	{name: "topbar today", lang: "zh-CN", skel: probe72DateZhPage, top: `<div class="today">今天是：2024年6月14日 星期五</div>`, meta: `<div class="info">发布时间：2024-06-12 10:22 来源：江州日报</div>`, pub: "2024-06-12"},
	{name: "topbar today no own", lang: "zh-CN", skel: probe72DateZhPage, top: `<div class="today">今天是：2024年6月14日 星期五</div>`, meta: `<div class="info">来源：江州日报</div>`},
	{name: "weekday after time", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info">2024-06-12 10:22:33 星期三 来源：江州日报 点击数：1234</div>`, pub: "2024-06-12"},
	{name: "kanji time", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info">发布时间：2024年06月12日 10时22分 来源：江州日报</div>`, pub: "2024-06-12"},
	{name: "xxgk table", lang: "zh-CN", skel: probe72DateZhPage, path: "/zwgk/zcwj/202406/t20240612_123.html", above: `<table class="xxgk"><tr><td>索引号：</td><td>11320100MB123456X/2024-00123</td><td>分类：</td><td>交通运输</td></tr><tr><td>发文机关：</td><td>江州市人民政府办公室</td><td>成文日期：</td><td>2024年06月05日</td></tr><tr><td>标题：</td><td>关于新建三条公交线路的通知</td></tr><tr><td>发文字号：</td><td>江政办发〔2024〕12号</td><td>发布日期：</td><td>2024年06月12日</td></tr></table>`, meta: ``, pub: "2024-06-12"},
	{name: "xxgk table no url", lang: "zh-CN", skel: probe72DateZhPage, above: `<table class="xxgk"><tr><td>索引号：</td><td>11320100MB123456X/2024-00123</td><td>分类：</td><td>交通运输</td></tr><tr><td>发文机关：</td><td>江州市人民政府办公室</td><td>成文日期：</td><td>2024年06月05日</td></tr><tr><td>发文字号：</td><td>江政办发〔2024〕12号</td><td>发布日期：</td><td>2024年06月12日</td></tr></table>`, meta: ``, pub: "2024-06-12"},
	{name: "source bar editor", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info">来源：新华社 | 2024-06-12 10:22 | 责任编辑：李四</div>`, pub: "2024-06-12"},
	{name: "toutiao mirror original", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="article-meta"><span class="original-tag">原创</span><span>2024-06-12 10:22</span><span>·</span><span class="name">江州日报</span></div>`, pub: "2024-06-12"},
	{name: "weixin mirror line", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="rich_media_meta_list">原创 张三 江州发布 2024年06月12日 10:22 江苏</div>`, pub: "2024-06-12"},
	{name: "comments dates", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info">来源：江州日报 作者：张三</div>`, tail: `<div class="comment"><h3>网友评论</h3><ul><li><span class="user">江州网友</span><span class="time">2024-06-14 11:00</span><p>好消息，支持！</p></li><li><span class="user">江州网友</span><span class="time">2024-06-14 12:00</span><p>终于通车了。</p></li></ul></div>`},
	{name: "tw roc gov", lang: "zh-TW", skel: probe72DateZhPage, meta: `<ul class="info"><li>發布日期：113-06-12</li><li>發布單位：交通局</li><li>點閱次數：1234</li></ul>`, pub: "2024-06-12"},
	{name: "tw roc gov kanji", lang: "zh-TW", skel: probe72DateZhPage, meta: `<ul class="info"><li>發布日期：113年6月12日</li><li>發布單位：交通局</li></ul>`, pub: "2024-06-12"},
	{name: "hk gov press release", lang: "zh-HK", skel: probe72DateZhPage, tail: `<p class="date">2024年6月12日（星期三）<br>香港時間14時22分</p>`, meta: ``, pub: "2024-06-12"},
	{name: "hk gov press release en", lang: "en", skel: skelPlain, tail: `<p class="date">Ends/Wednesday, June 12, 2024<br>Issued at HKT 14:22</p>`, meta: ``, pub: "2024-06-12"},
	{name: "macao gov", lang: "zh-HK", skel: probe72DateZhPage, meta: `<div class="info">發佈日期：2024-06-12 14:22</div>`, pub: "2024-06-12"},
	{name: "url vs shown", lang: "zh-CN", skel: probe72DateZhPage, path: "/html/2024-06/12/content_1234567.htm", meta: `<div class="info">2024年06月12日 作者：张三</div>`, pub: "2024-06-12"},
	{name: "related inside article before", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info"><span>2024-06-12 10:22</span><span>来源：江州日报</span></div>`, inBody: `<div class="xgxw"><h4>相关新闻</h4><ul><li><a href="/a1.html">江州市召开城市公共交通发展工作会议</a> 2024-06-14</li><li><a href="/a2.html">公交都市建设推进会召开</a> 2024-06-13</li></ul></div>`, pub: "2024-06-12"},
	{name: "sidebar first then info", lang: "zh-CN", skel: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>江州市新建三条公交线路 方便市民出行_江州网</title></head><body><div class="header"><a href="/">江州网</a></div><div class="main"><div class="side"><h3>最新发布</h3><ul><li><a href="/n/1.html">公交都市建设推进会召开</a><span>2024-06-14</span></li><li><a href="/n/2.html">江州南站改扩建</a><span>2024-06-13</span></li></ul></div><div class="con"><h1>江州市新建三条公交线路 方便市民出行</h1><div class="info">来源：江州日报　发布时间：2024-06-11</div><div class="text">{BODY}</div></div></div><div class="footer">版权所有 © 江州网</div></body></html>`, pub: "2024-06-11"},
}

func TestDateProbe72ZhMore(t *testing.T) {
	checkPages50(t, probe72DateZhMore, probe72DateFetched)
}

var probe72DateWorld = []page50{
	{name: "en two ago", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe, Staff Writer | Published 2 days ago | Updated 3 hours ago</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "en yesterday at", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><span class="date">Yesterday at 10:22 PM</span>`, pub: "2024-06-13"},
	{name: "en weekday no year", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><span class="date">Wednesday, June 12</span>`, pub: "2024-06-12"},
	{name: "en byline read time", lang: "en", skel: skelPlain, meta: `<div class="byline">Jane Doe | June 12, 2024 | 5 min read</div>`, pub: "2024-06-12"},
	{name: "en guardian", lang: "en-GB", skel: skelPlain, meta: `<div class="dcr-meta"><span>Wed 12 Jun 2024 10.22 BST</span></div>`, pub: "2024-06-12"},
	{name: "en ap", lang: "en", skel: skelPlain, meta: `<div class="Page-byline"><span>By JANE DOE</span><bsp-timestamp data-timestamp="1718187720000"><span>Updated 10:22 AM EDT, June 12, 2024</span></bsp-timestamp></div>`, mod: "2024-06-12"},
	{name: "en sep dot", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · 12 June 2024</div>`, pub: "2024-06-12"},
	{name: "en cnn", lang: "en", skel: skelPlain, meta: `<div class="timestamp">Updated 10:22 AM EDT, Wed June 12, 2024</div>`, mod: "2024-06-12"},
	{name: "en cnn published", lang: "en", skel: skelPlain, meta: `<div class="timestamp">Published 10:22 AM EDT, Wed June 12, 2024</div>`, pub: "2024-06-12"},
	{name: "en dateline", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, inBody: ``, above: ``, tail: ``, rail: ``, path: "/news/2024/06/12/headline-of-the-story", pub: "2024-06-12"},
	{name: "de uhr", lang: "de", skel: skelPlain, meta: `<div class="meta">12.06.2024, 10:22 Uhr</div>`, pub: "2024-06-12"},
	{name: "es h", lang: "es", skel: skelPlain, meta: `<div class="meta">12 de junio de 2024 - 10:22 h</div>`, pub: "2024-06-12"},
	{name: "fr le a", lang: "fr", skel: skelPlain, meta: `<div class="meta">Publié le 12 juin 2024 à 10h22, modifié le 14 juin 2024 à 09h00</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "it alle", lang: "it", skel: skelPlain, meta: `<div class="meta">Pubblicato il 12/06/2024 alle 10:22</div>`, pub: "2024-06-12"},
	{name: "pt atualizado", lang: "pt-BR", skel: skelPlain, meta: `<div class="meta">12/06/2024 às 10h22 - Atualizado há 2 horas</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "ko naver", lang: "ko", skel: skelPlain, meta: `<div class="media_end_head_info_datestamp"><span>입력</span><span>2024.06.12. 오전 10:22</span><span>수정</span><span>2024.06.14. 오후 2:00</span></div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "ko daum", lang: "ko", skel: skelPlain, meta: `<div class="info_view"><span class="txt_info">김철수 기자</span><span class="txt_info">입력 2024. 6. 12. 10:22</span><span class="txt_info">수정 2024. 6. 14. 14:00</span></div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "ja jiji", lang: "ja", skel: skelPlain, meta: `<div class="date">2024年06月12日10時22分</div>`, pub: "2024-06-12"},
	{name: "ru", lang: "ru", skel: skelPlain, meta: `<div class="date">12 июня 2024, 10:22</div>`, pub: "2024-06-12"},
	{name: "tr", lang: "tr", skel: skelPlain, meta: `<div class="date">12 Haziran 2024 Çarşamba 10:22</div>`, pub: "2024-06-12"},
	{name: "ar", lang: "ar", skel: skelPlain, meta: `<div class="date">الأربعاء 12 يونيو 2024</div>`, pub: "2024-06-12"},
	{name: "hi updated", lang: "hi", skel: skelPlain, meta: `<div class="date">प्रकाशित: जून 12, 2024 10:22 AM IST अपडेटेड: 14 जून, 2024 09:00 AM IST</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "id wib", lang: "id", skel: skelPlain, meta: `<div class="date">Rabu, 12 Jun 2024 10:22 WIB</div>`, pub: "2024-06-12"},
	{name: "pl", lang: "pl", skel: skelPlain, meta: `<div class="date">12 czerwca 2024, 10:22</div>`, pub: "2024-06-12"},
	{name: "nl", lang: "nl", skel: skelPlain, meta: `<div class="date">12 jun 2024 om 10:22</div>`, pub: "2024-06-12"},
	{name: "uk", lang: "uk", skel: skelPlain, meta: `<div class="date">12 червня 2024, 10:22</div>`, pub: "2024-06-12"},
	{name: "he", lang: "he", skel: skelPlain, meta: `<div class="date">פורסם: 12.06.24, 10:22</div>`, pub: "2024-06-12"},
	{name: "ne bs", lang: "ne", skel: skelPlain, meta: `<div class="date">जेठ ३०, २०८१</div>`, pub: "2024-06-12"},
	{name: "mr may", lang: "mr", skel: skelPlain, meta: `<div class="date">12 जून 2024, 10:22 AM</div>`, pub: "2024-06-12"},
}

func TestDateProbe72World(t *testing.T) {
	checkPages50(t, probe72DateWorld, probe72DateFetched)
}

// probe72DateMore are more portals' and templates' lines, read right
// before this round.
var probe72DateMore = []page50{
	{name: "discuz portal", lang: "zh-CN", skel: probe72DateZhPage, meta: `<p class="xg1">2024-6-12 10:22<span class="pipe">|</span> 发布者: <a href="/space-uid-1.html">admin</a><span class="pipe">|</span> 查看: 1234<span class="pipe">|</span> 评论: 0<span class="pipe">|</span>原作者: 张三<span class="pipe">|</span>来自: 江州日报</p>`, pub: "2024-06-12"},
	{name: "baijiahao", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="author-box"><a class="author-name">江州日报</a><div class="date">2024-06-12 10:22江苏江州日报官方账号</div></div>`, pub: "2024-06-12"},
	{name: "baijiahao yearless", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="author-box"><a class="author-name">江州日报</a><div class="date">发布时间: 06-12 10:22</div></div>`, pub: "2024-06-12"},
	{name: "ip shudi", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info"><span>2024-06-12 10:22发布于江苏</span><span>来源：江州日报</span></div>`, pub: "2024-06-12"},
	{name: "ip shudi label", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info"><span>2024-06-12 10:22</span> <span>IP属地：江苏</span></div>`, pub: "2024-06-12"},
	{name: "dede unknown", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="info">2024-06-12 10:22 来源：未知 作者：admin 点击：<script src="/plus/count.php?aid=1"></script>次</div>`, pub: "2024-06-12"},
	{name: "sina yearless", lang: "zh-CN", skel: probe72DateZhPage, meta: `<div class="date-source"><span class="date">06月12日 10:22</span><a class="source">江州日报</a></div>`, pub: "2024-06-12"},
	{name: "guardian first published", lang: "en-GB", skel: skelPlain, meta: `<div class="meta"><p>Fri 14 Jun 2024 10.22 BST</p><p>First published on Wed 12 Jun 2024 09.00 BST</p></div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "guardian last modified", lang: "en-GB", skel: skelPlain, meta: `<div class="meta"><p>Wed 12 Jun 2024 09.00 BST</p><p>Last modified on Fri 14 Jun 2024 10.22 BST</p></div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "wp posted last updated", lang: "en", skel: skelPlain, meta: `<div class="entry-meta">Posted on <time class="entry-date published">June 12, 2024</time> by Jane Doe</div><p class="last-updated">Last updated on June 14, 2024</p>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "medium read", lang: "en", skel: skelPlain, meta: `<div class="pw-meta"><span>5 min read</span><span>·</span><span>Jun 12, 2024</span></div>`, pub: "2024-06-12"},
	{name: "ghost read", lang: "en", skel: skelPlain, meta: `<div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-06-12">Jun 12, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span></div>`, pub: "2024-06-12"},
	{name: "ct am", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">Published Jun 12, 2024 at 10:22 am CT</div>`, pub: "2024-06-12"},
	{name: "originally published above byline", lang: "en", skel: skelPlain, above: `<p class="note">Originally published June 1, 2023</p>`, meta: `<div class="byline">By Jane Doe | June 12, 2024</div>`, pub: "2024-06-12"},
	{name: "updated before published", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="dates"><span>Updated: June 14, 2024</span> <span>Published: June 12, 2024</span></div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "article data-published", lang: "en", skel: `<!DOCTYPE html><html lang="en"><head><title>Headline of the story</title></head><body><article data-published="1718187720"><header><h1>Headline of the story</h1><p class="byline">By Jane Doe</p></header><div class="body">{BODY}</div></article></body></html>`, pub: "2024-06-12"},
	{name: "hi published ago", lang: "hi", skel: skelPlain, meta: `<div class="byline">राजेश कुमार | प्रकाशित: 2 दिन पहले</div>`, pub: "2024-06-12"},
	{name: "es publicado hace", lang: "es", skel: skelPlain, meta: `<div class="byline">Por Juan Pérez | Publicado hace 2 días | Actualizado hace 3 horas</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "trending above", lang: "en", skel: skelPlain, above: rail50("Trending", "Jun. 14, 2024", "Jun. 13, 2024"), meta: `<div class="byline">By Jane Doe | June 10, 2024</div>`, pub: "2024-06-10"},
	{name: "caption date", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, inBody: `<figure><img src="/a.jpg"><figcaption>Buses wait at the depot on June 13, 2024. (Photo: Jane Doe)</figcaption></figure>`},
	{name: "event date body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | June 10, 2024</div>`, inBody: `<p>The new routes start on June 20, 2024, the council said.</p>`, pub: "2024-06-10"},
	{name: "last reviewed footer", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<p class="reviewed">Last reviewed: June 2024</p>`},
	{name: "byline date after long dek", lang: "en", skel: skelArc, meta: `<div class="byline">By Jane Doe and John Roe</div><div class="timestamp"><time datetime="2024-06-12T14:22:00Z">June 12, 2024 at 10:22 a.m. EDT</time></div>`, pub: "2024-06-12"},
	{name: "published updated same line times", lang: "en", skel: skelBrightspot, meta: `<div class="ArticlePage-datePublished">Published June 12, 2024 10:22am EDT</div><div class="ArticlePage-dateModified">Updated June 14, 2024 9:00am EDT</div>`, pub: "2024-06-12", mod: "2024-06-14"},
	{name: "jsonld created vs visible", lang: "en", skel: skelPlain, head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline of the story","dateCreated":"2024-06-01T10:00:00Z","datePublished":"2024-06-12T14:22:00Z"}</script>`, meta: `<div class="byline">By Jane Doe | June 12, 2024</div>`, pub: "2024-06-12"},
	{name: "copyright only", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<p class="copyright">Copyright © 2024 The Daily</p>`},
	{name: "day month ordinal at", lang: "en-GB", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><p class="date">Published at 10:22, 12th June 2024</p>`, pub: "2024-06-12"},
	{name: "en in hindi page", lang: "hi", skel: skelPlain, meta: `<div class="byline">राजेश कुमार</div><div class="date">Updated: Jun 14, 2024 | 10:22 AM IST</div>`, mod: "2024-06-14"},
	{name: "hi me date shown and prose", lang: "hi", skel: skelPlain, meta: `<div class="byline">राजेश कुमार</div><div class="date">अपडेटेड: 14 जून 2024</div>`, inBody: `<p>` + probe72DateHindiProse + `</p>`, mod: "2024-06-14"},
	{name: "hi me only month mention", lang: "hi", skel: skelPlain, meta: `<div class="byline">राजेश कुमार</div>`, inBody: `<p>मुंबई मे 12 लोगों की मौत हो गई और 2024 मे अब तक 40 लोग घायल हुए।</p>`},
}

func TestDateProbe72More(t *testing.T) {
	checkPages50(t, probe72DateMore, probe72DateFetched)
}

// probe72DateTeasers are lists of other stories under the text whose one
// <time> must not date the page.
var probe72DateTeasers = []page50{
	{name: "more from author", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<section class="more-from-author"><h3>More from Jane Doe</h3><ul><li><a href="/news/x">Council plans new bus lanes</a><time datetime="2024-06-13">June 13, 2024</time></li></ul></section>`},
	{name: "related time", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<section class="related"><h3>Related stories</h3><ul><li><a href="/news/x">Council plans new bus lanes</a><time datetime="2024-06-13">June 13, 2024</time></li></ul></section>`},
	{name: "more from author span", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<section class="more-from-author"><h3>More from Jane Doe</h3><ul><li><a href="/news/x">Council plans new bus lanes</a><span class="date">June 13, 2024</span></li></ul></section>`},
	{name: "more from author time 2", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<section class="more-from-author"><h3>More from Jane Doe</h3><ul><li><a href="/news/x">Council plans new bus lanes</a><time datetime="2024-06-13">June 13, 2024</time></li><li><a href="/news/y">Second story on the trams</a><time datetime="2024-06-11">June 11, 2024</time></li></ul></section>`},
}

func TestDateProbe72Teasers(t *testing.T) {
	checkPages50(t, probe72DateTeasers, probe72DateFetched)
}
