package extractor

import (
	"testing"
)

// The probe pages of the thirty-seventh session: Chinese layouts the
// earlier probes (zhprobe35, zhprobe46, zhprobe48) left out. The tech and
// business outlets (36Kr, Huxiu, IT news sites), the writing platforms
// (Zhihu columns, CSDN and Jianshu blogs), forum threads with replies,
// Taiwan's papers (UDN, LTN, CNA's updated time), Singapore's and
// Malaysia's Chinese papers, provincial sites' rarer labels (稿源, 发稿时间,
// 出处), and pages whose hot lists, comments and related stories carry
// dates of their own. FetchedAt is 2024-03-20 16:00 in China.

// zh50Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh50Known = map[string]string{}

func checkZh50(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, zh46Failures(c), zh50Known, "zh50Known")
	}
}

// zh50Page is an outlet's article page: the site's header, above the
// headline's own block (top), info under the headline, the story with
// lead before its first paragraph and tail after the last, and aside the
// column beside it.
func zh50Page(site, top, info, lead, tail, aside string, trad bool) string {
	others := zh46Others("相关新闻")
	if trad {
		others = zh46OthersTrad("相關新聞")
	}
	return zh46Head("utf-8", zh46TitleOf(trad), "_", site, "") + `<body><header class="header"><a class="logo" href="/">` + site + `</a>` + zh46Nav + `</header>` + top + `
<div class="main"><article class="article"><h1 class="article-title">` + zh46TitleOf(trad) + `</h1>` + info + `<div class="article-content">` + zh46Body(trad, "<p>", "</p>", lead) + tail + `</div></article>
<aside class="side">` + aside + `</aside></div>` + others + zh46Foot(site) + `</body></html>`
}

// zh46TitleOf is the headline in Simplified or Traditional characters.
func zh46TitleOf(trad bool) string {
	if trad {
		return zh46TitleTrad
	}
	return zh46Title
}

// The tech and business outlets and the writing platforms: a writer's
// name in the header card, the first publication day beside the day it
// was last edited, the reads and the word count.
func TestZhProbe50Platforms(t *testing.T) {
	const u = "https://www.example.com/p/2654321.html"
	page := func(site, info, lead, tail string) string {
		return zh50Page(site, "", info, lead, tail, "", false)
	}
	checkZh50(t, []zh46Case{
		{
			name: "36kr, 文｜ and 编辑｜ opening the story", url: u,
			page: page("36氪", `<div class="article-title-icon"><a class="title-icon-item item-a" href="/user/123">江州科技观察</a><span class="title-icon-item item-time">·2024年03月05日 14:22</span></div>`,
				"", ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "huxiu, an account's piece reprinted", url: u,
			page: page("虎嗅网", `<div class="article__author-info"><a class="author-info__username" href="/member/123.html">江州观察</a></div><div class="article__time">2024-03-05 14:22</div>`,
				"", `<p>本文来自微信公众号：江州观察（ID：jzgc2024），作者：刘洋，题图来自：视觉中国</p>`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "it news, time source writer and editor", url: u,
			page:  page("江州IT之家", `<div class="cv">2024/3/5 14:22:31 来源：江州IT之家 作者：刘洋 责编：王敏 评论：<span>12</span></div>`, "", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州IT之家",
		},
		{
			name: "zhihu column, 发布于 and the IP's province", url: "https://zhuanlan.zhihu.com/p/685432109",
			page: page("知乎", `<div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="刘洋"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhihu.com/people/liuyang">刘洋</a></span><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="AuthorInfo-badgeText">交通工程师</div></div></div></div>`,
				"", `<div class="ContentItem-time">发布于 2024-03-05 14:22・IP 属地江苏</div><div class="Reward">还没有人赞赏，快来当第一个赞赏的人吧！</div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "csdn, first published and later edited", url: "https://blog.csdn.net/liuyang/article/details/136512345",
			page: page("CSDN博客", `<div class="bar-content"><a class="follow-nickName" href="https://blog.csdn.net/liuyang">刘洋</a> <span class="time">已于&nbsp;2024-03-10 09:00:00&nbsp;修改</span> <span class="read-count">阅读量1.2k</span> <span class="get-collection">收藏 12</span> <div class="up-time"><span>于&nbsp;2024-03-05 14:22:31&nbsp;首次发布</span></div></div>`,
				"", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			// The same bar's days without its writer's name: the first
			// publication's day, not the last edit's.
			name: "csdn, the first publication beside the edit", url: "https://blog.csdn.net/liuyang/article/details/136512346",
			page: page("CSDN博客", `<div class="bar-content"><span class="time">已于&nbsp;2024-03-10 09:00:00&nbsp;修改</span> <span class="read-count">阅读量1.2k</span> <div class="up-time"><span>于&nbsp;2024-03-05 14:22:31&nbsp;首次发布</span></div></div>`,
				"", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "-",
		},
		{
			name: "jianshu, the time with dots and the word count", url: "https://www.jianshu.com/p/1a2b3c4d5e6f",
			page: page("简书", `<div class="_3Pnjry"><a class="_1OhGeD" href="/u/abc123">刘洋</a><div class="s-dsoj"><time datetime="2024-03-05T06:22:31.000Z">2024.03.05 14:22:31</time><span>字数 1,234</span><span>阅读 567</span></div></div>`,
				"", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "baijiahao, a year-less time", url: "https://baijiahao.baidu.com/s?id=1792654321098765432",
			page: page("百家号", `<div class="author-info"><p class="author-name">江州日报</p><div class="date-source"><span class="date">发布时间: 03-05</span><span class="time">14:22</span><span class="source">江苏</span></div></div>`,
				"", ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
	})
}

// Forum threads (Discuz and its kin): the first post's 发表于 dates the
// thread, not the replies' nor the edit note's.
func TestZhProbe50Forums(t *testing.T) {
	const u = "https://bbs.jznews.com.cn/thread-1234567-1-1.html"
	post := func(id, who, when, body string) string {
		return `<table class="plhin" id="pid` + id + `"><tr><td class="pls"><div class="authi"><a class="xw1" href="space-uid-1.html">` + who + `</a></div></td><td class="plc"><div class="pi"><div class="authi"><em id="authorposton` + id + `">发表于 ` + when + `</em> <a>只看该作者</a></div></div><div class="pct"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_` + id + `">` + body + `</td></tr></table></div></div></td></tr></table>`
	}
	thread := func(first string) string {
		return zh46Head("utf-8", zh46Title, " - 江州论坛 - ", "江州论坛", "") + `<body><div id="toptb">江州论坛 <a href="member.php?mod=logging">登录</a> <a>立即注册</a></div><div id="pt" class="bm cl">` + `<a href="./">江州论坛</a> <em>›</em> <a href="forum-2-1.html">城事杂谈</a> <em>›</em> 查看内容</div>
<div id="postlist"><div id="pt"><span class="xg1">查看: 12345</span>|<span class="xg1">回复: 67</span></div><h1 class="ts"><span id="thread_subject">` + zh46Title + `</span></h1>` + first +
			post("2", "陈晓", "2024-3-6 09:12", "坐过了，确实快，就是早高峰人太多。") +
			post("3", "王敏", "2024-3-19 21:40", "城东的房价要涨了吧") + `</div><div id="ft">Powered by Discuz! X3.4 &copy; 2001-2024 苏ICP备05012345号</div></body></html>`
	}
	body := zh46Body(false, "", "<br>", "")
	checkZh50(t, []zh46Case{
		{
			name: "discuz thread with replies", url: u,
			page:  thread(post("1", "刘洋", "2024-3-5 14:22", body)),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: []string{"ICP备", "只看该作者"},
		},
		{
			name: "discuz thread edited later", url: u,
			page:  thread(post("1", "刘洋", "2024-3-5 14:22", `<i class="pstatus"> 本帖最后由 刘洋 于 2024-3-10 09:00 编辑 </i><br>`+body)),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: []string{"ICP备", "只看该作者"},
		},
	})
}

// Taiwan's papers, Singapore's and Malaysia's Chinese papers.
func TestZhProbe50Overseas(t *testing.T) {
	const u = "https://www.example.com.tw/news/story/7321/7812345"
	checkZh50(t, []zh46Case{
		{
			name: "udn, paper / 記者 name／place 報導", url: u,
			page:  zh50Page("聯合新聞網", "", `<section class="authors"><time class="article-content__time">2024-03-05 14:22</time><span class="article-content__author"><a href="/news/reporter/1">聯合報</a> / 記者劉洋／江州即時報導</span></section>`, "", "", "", true),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "ltn, 〔記者 name／place報導〕 lead", url: u,
			page:  zh50Page("自由時報電子報", "", `<span class="time">2024/03/05 14:22</span>`, "〔記者劉洋／江州報導〕", "", "", true),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "cna, the updated time beside the day", url: u,
			page:  zh50Page("中央社 CNA", "", `<div class="updatetime"><span>2024/03/05 14:22</span><div class="updatetime-text">（更新時間：2024/03/06 18:30）</div></div>`, "（中央社記者劉洋江州5日電）", "", "", true),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "zaobao, 文 / and 发布 / 更新 /", url: "https://www.zaobao.com.sg/news/china/story20240305-1234567",
			page:  zh50Page("联合早报", "", `<div class="author-info">文 / 刘洋</div><div class="story-postdate">发布 / 2024年3月5日 14:22</div><div class="story-updatedate">更新 / 2024年3月6日 18:30</div>`, "", "", "", false),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "malaysian paper, 讯 lead and 报道： after", url: "https://www.example.com.my/article/123456",
			page:  zh50Page("星洲网", "", `<div class="meta"><span class="date">2024-03-05 14:22</span></div>`, "（江州5日讯）", `<p>报道：刘洋</p>`, "", false),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "malaysian paper, 下午 time", url: "https://www.example.com.my/article/123457",
			page:  zh50Page("中国报", "", `<div class="meta"><span class="date">2024年3月5日 下午2:22</span></div>`, "", `<p>文：刘洋</p>`, "", false),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
	})
}

// Provincial and local sites' rarer labels, and the two-digit years.
func TestZhProbe50Labels(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	var cases []zh46Case
	for _, c := range []struct{ name, info, lead, tail, authors, at, credit string }{
		{"稿源 and 作者", `<div class="info">稿源：江州日报　作者：刘洋　编辑：王敏　2024-03-05 14:22</div>`, "", "", "刘洋", zh46At, "江州日报"},
		{"发稿时间", `<div class="info">发稿时间：2024-03-05 14:22　来源：江州日报</div>`, "", "", "", zh46At, "江州日报"},
		{"出处 and 时间", `<div class="info">时间：2024-03-05 14:22　出处：江州日报　点击：1234</div>`, "", "", "", zh46At, "江州日报"},
		{"更新时间 alone", `<div class="info">更新时间：2024-03-05 14:22　来源：江州日报</div>`, "", "", "", zh46At, "江州日报"},
		{"yy/mm/dd with the time first", `<div class="info">24/03/05 14:22 来源：江州日报</div>`, "", "", "", zh46At, "江州日报"},
		{"the reporter's line with a bar and the outlet's name", `<div class="info">2024-03-05 14:22 来源：江州日报</div><p class="author">江州日报记者｜刘洋</p>`, "", "", "刘洋", zh46At, "江州日报"},
		{"the outlet's short name and two writers", `<div class="info">2024-03-05 14:22 来源：江州日报</div><p class="author">文｜江州 刘洋 陈晓</p>`, "", "", "刘洋; 陈晓", zh46At, "江州日报"},
		{"a writer's blog named for the writer", `<div class="info">2024-03-05 14:22 来源：江州日报</div><p class="author">文｜刘洋 陈晓</p>`, "", "", "刘洋; 陈晓", zh46At, "江州日报"},
		{"记者 names then 报道 in the lead", `<div class="info">2024-03-05 14:22 来源：江州日报</div>`, "江州日报记者 刘洋 报道 ", "", "刘洋", zh46At, "江州日报"},
		{"文/图 one writer", `<div class="info">2024-03-05 14:22 来源：江州日报</div>`, "", `<p>文/图 刘洋</p>`, "刘洋", zh46At, "江州日报"},
	} {
		site := "江州新闻网"
		if c.name == "a writer's blog named for the writer" {
			site = "刘洋的博客" // no outlet's short name: the writer's own
		}
		cases = append(cases, zh46Case{name: c.name, url: u, page: zh46City(site, c.info, c.lead, c.tail),
			title: zh46Title, authors: c.authors, day: "2024-03-05", at: c.at, credit: c.credit})
	}
	checkZh50(t, cases)
}

// Pages whose boxes carry their own days: a 24-hour hot list above the
// story, comments with days after it, a related list in the story's
// container, the top bar's today.
func TestZhProbe50DatedBoxes(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	hot := `<div class="hot"><h3>24小时热榜</h3><ol><li><a href="/n/1.html">全市公交线路优化调整方案公布</a><span>03-19 10:22</span></li><li><a href="/n/2.html">城区三条主干道完成提质改造</a><span>03-20 08:15</span></li></ol></div>`
	comments := `<div class="comments"><h3>网友评论</h3><ul><li><b>江州网友</b> 2024-03-06 09:12 <p>坐过了，确实快。</p></li><li><b>城东居民</b> 2024-03-19 21:40 <p>早高峰人太多。</p></li></ul><p>共 2 条评论</p></div>`
	related := `<div class="xgxw"><h4>相关新闻：</h4><ul><li><a href="/n/3.html">江州南站改扩建工程进入收尾阶段</a> 2024-03-01</li></ul></div>`
	info := `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	checkZh50(t, []zh46Case{
		{
			name: "a hot list above the headline", url: u,
			page:  zh50Page("江州新闻网", hot, info, "", "", "", false),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "a hot list above the headline, day only in the lead", url: u,
			page:  zh50Page("江州新闻网", hot, `<div class="info">来源：江州日报</div>`, "本报讯（记者 刘洋）3月5日上午，", "", "", false),
			title: zh46Title, authors: "刘洋", day: "-", at: "-", credit: "江州日报",
		},
		{
			name: "comments and a related list in the story's container", url: u,
			page:  zh50Page("江州新闻网", "", info, "", related+comments, "", false),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "the time in a span after the source, editor below", url: u,
			page:  zh50Page("江州新闻网", "", `<div class="info"><span>来源：江州日报</span><span>2024年03月05日 14:22</span></div>`, "", `<p class="editor">（责任编辑：王敏）</p>`, hot, false),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
	})
}

// The info lines of more portals and papers: a day split over spans by
// its parts, an epoch in a hidden field, an account's middle dot, the
// client a post came from, spaced dashes, a weekday between day and time,
// and the evening written with 下午.
func TestZhProbe50InfoLines(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	var cases []zh46Case
	for _, c := range []struct{ name, info, lead, tail, authors, day, at, credit string }{
		{"agency header, year and day in their own spans", `<div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 03</em>/<em>05</em></span><span class="time"> 14:22:31</span></div><div class="source">来源：新华网</div>`, "", "", "", "2024-03-05", "2024-03-05T14:22:31+08:00", "新华网"},
		{"an epoch in a hidden field beside the shown day", `<div class="metadata-info"><p class="time">2024-03-05 14:22</p> <span>来源：<a href="#">江州日报</a></span> <span>作者：刘洋</span></div><textarea class="article-time" style="display:none">1709619720000</textarea>`, "", "", "刘洋", "2024-03-05", zh46At, "江州日报"},
		{"an account's middle dot", `<div class="article-meta"><span>2024-03-05 14:22</span><span>·</span><span class="name"><a href="/c/123">江州日报官方账号</a></span></div>`, "", "", "-", "2024-03-05", zh46At, "-"},
		{"the client a post came from", `<div class="from"><span>2024-03-05 14:22</span> 来自 <a>江州日报 iPhone客户端</a></div>`, "", "", "-", "2024-03-05", zh46At, "-"},
		{"spaced dashes", `<div class="info">发布日期： 2024 - 03 - 05　来源：江州日报</div>`, "", "", "", "2024-03-05", "-", "江州日报"},
		{"a weekday between the day and the time", `<div class="info">2024年3月5日 星期二 14:22　来源：江州日报</div>`, "", "", "", "2024-03-05", "-", "江州日报"},
		{"the source then a bar and the day", `<div class="info">来源：江州日报 | 2024-03-05 14:22 | 作者：刘洋</div>`, "", "", "刘洋", "2024-03-05", zh46At, "江州日报"},
		{"时间 with slashes and seconds", `<div class="info">时间：2024/3/5 14:22:31　来源：江州日报</div>`, "", "", "", "2024-03-05", "2024-03-05T14:22:31+08:00", "江州日报"},
		{"发布于 the city after the time", `<div class="info"><span>2024-03-05 14:22</span><span>发布于北京</span><span>来源：江州日报</span></div>`, "", "", "", "2024-03-05", zh46At, "江州日报"},
		{"the business paper's reporter line", `<div class="info">2024-03-05 14:22 来源：江州经济报道</div>`, "江州经济报道记者 刘洋 北京报道 ", "", "刘洋", "2024-03-05", zh46At, "江州经济报道"},
		{"the day in brackets closing the story alone", `<div class="info">来源：江州日报</div>`, "", `<p style="text-align:right">[2024-03-05]</p>`, "", "2024-03-05", "-", "江州日报"},
		{"the day in 时 and 分", `<div class="info">发布时间：2024年03月05日 14时22分　来源：江州日报</div>`, "", "", "", "2024-03-05", zh46At, "江州日报"},
	} {
		cases = append(cases, zh46Case{name: c.name, url: u, page: zh46City("江州新闻网", c.info, c.lead, c.tail),
			title: zh46Title, authors: c.authors, day: c.day, at: c.at, credit: c.credit})
	}
	checkZh50(t, cases)
}
