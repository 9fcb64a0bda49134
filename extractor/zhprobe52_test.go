package extractor

import "testing"

// The probe pages of the thirty-eighth session: whole pages of Chinese
// portals, blog platforms and forum engines in the templates the earlier
// probes left out, Taiwan's and Hong Kong's outlets, and Japanese and
// Korean news pages. Each carries the furniture of its kind: the site's
// bar with today's date, breadcrumbs, a hot list with dates, comments
// with dates. FetchedAt is 2024-03-20 16:00 in China.

// zh52Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh52Known = map[string]string{
	// The floor's number and its buttons ("1#", "只看该作者") stay with
	// the first post: the time in a span's title turns the posting line
	// into a picture's caption.
	"discuz x3, 发表于 3 天前 with the time in a title": "body",
}

func checkZh52(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, zh46Failures(c), zh52Known, "zh52Known")
	}
}

// zh52Hot is a sidebar's ranked list, each story dated.
const zh52Hot = `<div class="hot"><h3>热点排行</h3><ol><li><a href="/n/1.html">全市公交线路优化调整方案公布</a><span class="t">03-19</span></li><li><a href="/n/2.html">江州南站改扩建工程进入收尾阶段</a><span class="t">2024-03-18 09:00</span></li></ol></div>`

// zh52Comments are readers' comments under a story, each dated.
const zh52Comments = `<div class="comments"><h3>网友评论</h3><div class="cmt"><span class="u">江州网友</span> <span class="t">2024-03-06 08:10</span><p>终于通了，上班方便多了。</p></div><div class="cmt"><span class="u">城东居民</span> <span class="t">2024-03-07 21:40</span><p>希望早日开通7号线。</p></div></div>`

// zh52Portal is a portal's article page: the bar with today's date, the
// menu, the breadcrumbs, then the headline, info under it, the story with
// tail after it, the comments, and the hot list beside.
func zh52Portal(site, extra, crumbs, info, tail string) string {
	return zh46Head("utf-8", zh46Title, "_", site, extra) + `<body><div class="topbar"><span>2024年3月20日 星期三</span> <a href="/login">登录</a> <a href="/reg">注册</a></div><header><a class="logo" href="/">` + site + `</a>` + zh46Nav + `</header><div class="crumbs">` + crumbs + `</div>
<div class="main"><div class="left"><h1>` + zh46Title + `</h1>` + info + `<div class="content">` + zh46Body(false, "<p>", "</p>", "") + tail + `</div>` + zh52Comments + `</div><div class="right">` + zh52Hot + `</div></div>` + zh46Foot(site) + `</body></html>`
}

// The portals' article templates, most without structured data.
func TestZhProbe52Portals(t *testing.T) {
	crumbs := `<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/local/">本地</a> &gt; 正文`
	const u = "https://news.example.com.cn/c/2024-03-05/doc-inakqzxy1234567.shtml"
	checkZh52(t, []zh46Case{
		{
			name: "sina, date-source and the editor", url: u,
			page: zh52Portal("新浪新闻", "", crumbs, `<div class="date-source"><span class="date">2024年03月05日 14:22</span><a class="source" href="http://www.jznews.cn/" target="_blank">江州日报</a></div>`,
				`<p class="show_author">责任编辑：王敏 </p>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "sohu, the account, the time and 来源", url: "https://www.sohu.com/a/762345678_121123456",
			page: zh52Portal("搜狐", "", crumbs, `<div class="article-info"><span class="time" id="news-time" data-val="1709619720000">2024-03-05 14:22</span><span data-role="original-link"> 来源: <a href="https://www.sohu.com/a/762345678_121123456">江州发布</a></span></div>`,
				`<p data-role="editor-name">责任编辑：<span>王敏</span></p>`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "163, post_info and post_author", url: "https://www.163.com/news/article/IT1234567000019K.html",
			page: zh52Portal("网易", "", crumbs, `<div class="post_info">2024-03-05 14:22:31　来源: <a href="#">江州日报</a></div>`,
				`<div class="post_author">本文来源：江州日报 作者：刘洋 <img src="/x.png"> 责任编辑：王敏_NBJ12345</div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报",
		},
		{
			name: "ifeng, the time and 来自", url: "https://news.ifeng.com/c/8XyZ123abcD",
			page:  zh52Portal("凤凰网", "", crumbs, `<div class="info"><p class="time"><span>2024年03月05日 14:22:31</span><span>来自 <a href="#">江州日报</a></span></p></div>`, ""),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "-",
		},
		{
			name: "thepaper, reporter above the time and 来源", url: "https://www.thepaper.cn/newsDetail_forward_26512345",
			page:  zh52Portal("澎湃新闻", "", crumbs, `<div class="index_left"><div class="index_author">澎湃新闻记者 刘洋</div><div class="ant-space"><div class="ant-space-item"><span>2024-03-05 14:22</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			// Xinhua's template sets the year, the day and the time in
			// their own elements.
			name: "xinhuanet, the date cut into year, day and time", url: "http://www.news.cn/local/20240305/abc123def456/c.html",
			page: zh52Portal("新华网", "", crumbs, `<div class="header-time left"><span class="year"><em>2024</em></span><span class="day"><em>03</em>/<em>05</em></span><span class="time">14:22:00</span></div><div class="source">来源：新华网</div>`,
				`<span class="editor">【责任编辑:王敏】</span>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "people.cn, time | 来源 in one line", url: "http://js.people.com.cn/n2/2024/0305/c360301-40766543.html",
			page: zh52Portal("人民网", "", crumbs, `<div class="col-1-1 fl">2024年03月05日14:22 | 来源：<a href="#">人民网－江苏频道</a></div>`,
				`<div class="edit">(责编：王敏、刘洋)</div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "city portal, 发布时间 来源 作者 浏览", url: "http://www.jiangzhou.gov.cn/art/2024/3/5/art_1234_567890.html",
			page: zh52Portal("江州市人民政府", "", `当前位置：<a href="/">首页</a> &gt; <a href="/col/1234/">政务动态</a> &gt; <a href="/col/1235/">部门动态</a>`,
				`<div class="info"><span>发布时间：2024-03-05 14:22</span> <span>来源：市交通运输局</span> <span>作者：刘洋</span> <span>浏览次数：<em>1234</em></span> <span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			// A county site's table of the notice's particulars: the day
			// the notice was written (成文日期) and the day it was
			// published.
			name: "county site, 成文日期 and 发布日期 in a table", url: "http://www.jzx.gov.cn/zwgk/tzgg/content_12345.html",
			page: zh52Portal("江州县人民政府", "", `<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a>`,
				`<table class="xxgk"><tr><td>索引号：</td><td>11320100MB1234567X/2024-01234</td><td>发布机构：</td><td>江州县交通运输局</td></tr><tr><td>成文日期：</td><td>2024-03-01</td><td>发布日期：</td><td>2024-03-05</td></tr></table>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
	})
}

// zh52Blog is a blog platform's post: the site's bar, the headline, info
// under it or at the foot (foot), the post, then comments.
func zh52Blog(site, info, foot string) string {
	return zh46Head("utf-8", zh46Title, " - ", site, "") + `<body><div class="toolbar"><a href="/">` + site + `</a> <a href="/nav/">首页</a> <a href="/blog/">博客</a> <a href="/login">登录</a></div>
<div class="main"><article><h1 class="title-article">` + zh46Title + `</h1>` + info + `<div id="content_views">` + zh46Body(false, "<p>", "</p>", "") + `</div>` + foot + `</article>` + zh52Comments + `</div><div class="aside"><h3>最新文章</h3><ul><li><a href="/p/1">江州南站改扩建工程进入收尾阶段</a> 2024-03-18</li></ul></div></body></html>`
}

// The blog platforms: the writer's handle sits among the counts.
func TestZhProbe52Blogs(t *testing.T) {
	checkZh52(t, []zh46Case{
		{
			// cnblogs signs every post at its foot: "posted @ time
			// handle 阅读(n) 评论(n)".
			name: "cnblogs, posted @ time handle 阅读 评论", url: "https://www.cnblogs.com/liuyang/p/18012345",
			page:  zh52Blog("博客园", "", `<div class="postDesc">posted @ <span id="post-date">2024-03-05 14:22</span>&nbsp;<a href="https://www.cnblogs.com/liuyang">刘洋</a>&nbsp; 阅读(<span id="post_view_count">1234</span>)&nbsp; 评论(<span id="post_comment_count">4</span>)&nbsp; <a href="#">编辑</a>&nbsp; <a href="#">收藏</a>&nbsp; <a href="#">举报</a></div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-", furniture: []string{"posted @", "阅读(", "举报"},
		},
		{
			name: "csdn, nickname 于 time 发布 and counts", url: "https://blog.csdn.net/liuyang_dev/article/details/136512345",
			page:  zh52Blog("CSDN博客", `<div class="article-bar-top"><img class="article-type-img" src="/original.png" alt=""><div class="bar-content"><a class="follow-nickName" href="https://blog.csdn.net/liuyang_dev" target="_blank">liuyang_dev</a> <img class="article-time-img" src="/newCurrentTime.png" alt=""> <span class="time">于&nbsp;2024-03-05 14:22:31&nbsp;发布</span> <img class="article-read-img" src="/articleReadEyes.png" alt=""> <span class="read-count">阅读量1.2k</span> <a class="un-collection"><span class="get-collection">收藏</span> <span class="get-collection">12</span></a> <span class="article-heard-img">点赞数 3</span></div></div>`, ""),
			title: zh46Title, authors: "liuyang_dev", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "-", furniture: []string{"阅读量", "收藏"},
		},
		{
			name: "jianshu, name then time 字数 阅读", url: "https://www.jianshu.com/p/9f8e7d6c5b4a",
			page:  zh52Blog("简书", `<div class="author"><a class="avatar" href="/u/abc123"><img src="/a.jpg"></a><div class="info"><span class="name"><a href="/u/abc123">刘洋</a></span><div class="meta"><span class="publish-time">2024.03.05 14:22:31</span><span class="wordage">字数 1234</span><span class="views-count">阅读 567</span><span class="comments-count">评论 4</span><span class="likes-count">喜欢 12</span></div></div></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "-", furniture: []string{"字数", "喜欢"},
		},
		{
			// A section's link opens the meta row before its date and
			// its count: no writer (countBarHandle).
			name: "a section's link, the time and the reads", url: "https://blog.example.com.cn/p/2654321.html",
			page:  zh52Blog("江州博客", `<div class="meta"><a href="/finance/">财经</a> · 2024-03-05 14:22 · 阅读 1234</div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "juejin, name over time and views", url: "https://juejin.cn/post/7342123456789012345",
			page:  zh52Blog("稀土掘金", `<div class="author-info-block"><div class="author-info-box"><div class="author-name"><a href="/user/1234567890" class="username"><span class="name">刘洋</span></a></div><div class="meta-box"><time datetime="2024-03-05T06:22:31.000Z" class="time">2024-03-05 14:22</time><span class="views-count">1,234</span><span class="read-time">阅读5分钟</span></div></div></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "zhihu column, 发布于 at the foot", url: "https://zhuanlan.zhihu.com/p/685123456",
			page: zh52Blog("知乎", `<div class="AuthorInfo"><span class="UserLink AuthorInfo-avatarWrapper"><a href="//www.zhihu.com/people/liuyang"><img class="Avatar" src="/a.jpg" alt="刘洋"></a></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhihu.com/people/liuyang">刘洋</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">交通工程师</div></div></div></div></div>`,
				`<div class="ContentItem-time">发布于 2024-03-05 14:22・IP 属地江苏</div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "wechat article, the writer, the account and the time", url: "https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv",
			page:  zh52Blog("微信公众平台", `<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">刘洋</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">江州发布</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-03-05 14:22</em></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
	})
}

// zh52Discuz is a Discuz! X3 floor: the poster's column (favatar) with
// the name in its authi, then the post's with the posting time as Discuz
// writes it (when).
func zh52Discuz(id, who, when, text string) string {
	return `<div id="post_` + id + `"><table id="pid` + id + `" class="plhin" summary="pid` + id + `"><tr><td class="pls" rowspan="2"><div id="favatar` + id + `" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=` + id + `" target="_blank" class="xw1">` + who + `</a></div></div><div class="p_pop blk bui card_gender_0"><div class="m z"><div id="userinfo` + id + `_ma"></div></div></div><div><div class="avatar"><a href="home.php?mod=space&amp;uid=` + id + `" class="avtm"><img src="uc_server/avatar.php?uid=` + id + `"></a></div></div><div class="tns xg2"><table><tr><th><p><a href="#">12</a></p>主题</th><th><p><a href="#">345</a></p>帖子</th><td><p><a href="#">678</a></p>积分</td></tr></table></div><p><em><a href="#">中级会员</a></em></p></div></td>
<td class="plc"><div class="pi"><strong><a href="#pid` + id + `" id="postnum` + id + `"><em>` + id + `</em><sup>#</sup></a></strong><div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif"> <em id="authorposton` + id + `">` + when + `</em><span class="pipe">|</span><a href="#">只看该作者</a></div></div></div><div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_` + id + `">` + text + `</td></tr></table></div></div></div></td></tr></table></div>`
}

// zh52Forum is a Discuz! X3 thread page around its floors.
func zh52Forum(floors ...string) string {
	page := zh46Head("gbk", zh46Title, " - 城事杂谈 - ", "江州论坛 - Powered by Discuz!", "") + `<body><div id="toptb" class="cl"><div class="wp"><div class="z"><a href="/">设为首页</a><a href="/">收藏本站</a></div></div></div><div id="hd"><h2><a href="./" title="江州论坛">江州论坛</a></h2></div><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">江州论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">城事杂谈</a> <em>&rsaquo;</em> <a href="#">` + zh46Title + `</a></div></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">12345</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">67</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">` + zh46Title + `</span></h1></td></tr></table>`
	for _, f := range floors {
		page += f
	}
	return page + `</div><div id="ft" class="wp cl"><p>Powered by <strong><a href="https://www.discuz.vip">Discuz!</a></strong> <em>X3.4</em></p><p>&copy; 2001-2024 Comsenz Inc. 苏ICP备05012345号</p></div></body></html>`
}

// The forum engines: the thread is its first post's.
func TestZhProbe52Forums(t *testing.T) {
	const u = "https://bbs.example.com.cn/thread-1234567-1-1.html"
	body := zh46Body(false, "", "<br>", "")
	replies := []string{"坐过了，确实快，就是早高峰人太多。", "城东的房价要涨了吧"}
	furniture := []string{"ICP备", "只看该作者", "中级会员"}
	checkZh52(t, []zh46Case{
		{
			name: "discuz x3, favatar and 发表于 2024-3-5", url: u,
			page: zh52Forum(zh52Discuz("1", "刘洋", "发表于 2024-3-5 14:22", body),
				zh52Discuz("2", "陈晓", "发表于 2024-3-6 09:12", replies[0]), zh52Discuz("3", "王敏", "发表于 2024-3-19 21:40", replies[1])),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: furniture, gbk: true,
		},
		{
			// A recent post's time reads "3 天前", the full time in its
			// span's title.
			name: "discuz x3, 发表于 3 天前 with the time in a title", url: u,
			page: zh52Forum(zh52Discuz("1", "刘洋", `发表于 <span title="2024-3-17 14:22:31">3&nbsp;天前</span>`, body),
				zh52Discuz("2", "陈晓", `发表于 <span title="2024-3-19 09:12:00">昨天&nbsp;09:12</span>`, replies[0])),
			title: zh46Title, authors: "刘洋", day: "2024-03-17", at: "-", credit: "-",
			paras: zh46Paras, furniture: furniture, gbk: true,
		},
		{
			name: "phpwind, readName and 发表于:", url: "https://bbs.example.com.cn/read.php?tid=123456",
			page: zh46Head("utf-8", zh46Title, " - 城事杂谈 - ", "江州社区", "") + `<body><div class="top">江州社区 <a>登录</a></div><div class="breadCrumb"><a href="/">江州社区</a> » <a href="/thread.php?fid=2">城事杂谈</a></div><div class="read_t"><h1 id="subject_tpc">` + zh46Title + `</h1>
<table class="floot"><tr><td class="floot_left"><div class="readName"><a href="u.php?uid=1">刘洋</a></div><div class="user-pic"><img src="/face/1.jpg"></div><div class="user-info">发帖 345 威望 12</div></td><td class="floot_right"><div class="tipTop"><span class="fr">楼主</span><span title="2024-03-05 14:22">发表于: 2024-03-05 14:22</span></div><div class="tpc_content" id="read_tpc">` + body + `</div></td></tr></table>
<table class="floot"><tr><td class="floot_left"><div class="readName"><a href="u.php?uid=2">陈晓</a></div></td><td class="floot_right"><div class="tipTop"><span class="fr">沙发</span><span>发表于: 2024-03-06 09:12</span></div><div class="tpc_content">` + replies[0] + `</div></td></tr></table></div><div class="foot">Powered by phpwind 苏ICP备05012345号</div></body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: []string{"ICP备", "发帖 345"},
		},
		{
			name: "tianya-like, 作者 时间 点击 回复 in a line", url: "https://bbs.example.com.cn/post-city-123456-1.shtml",
			page: zh46Head("utf-8", zh46Title, "_城事杂谈_", "江州社区", "") + `<body><div class="top">江州社区 <a>登录</a></div><div id="post_head"><h1 class="atl-title">` + zh46Title + `</h1><div class="atl-info"><span>作者：<a class="js-vip-check" href="/u/1">刘洋</a></span> <span>时间：2024-03-05 14:22:31</span> <span>点击：12345</span> <span>回复：67</span></div></div>
<div class="atl-main"><div class="atl-item"><div class="bbs-content">` + body + `</div></div><div class="atl-item"><div class="atl-head"><span>作者：<a href="/u/2">陈晓</a></span> <span>时间：2024-03-06 09:12:00</span></div><div class="bbs-content">` + replies[0] + `</div></div></div><div class="foot">苏ICP备05012345号</div></body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "-",
			paras: zh46Paras, furniture: []string{"ICP备", "点击："},
		},
	})
}

// zh52Trad is a Taiwan or Hong Kong outlet's article page.
func zh52Trad(site, crumbs, info, lead, tail string) string {
	return zh46Head("utf-8", zh46TitleTrad, " | ", site, "") + `<body><header><a href="/">` + site + `</a><nav><a href="/news/">即時</a><a href="/politics/">政治</a><a href="/society/">社會</a><a href="/life/">生活</a></nav><span class="today">2024年3月20日 星期三</span></header><div class="breadcrumb">` + crumbs + `</div>
<main><article><h1>` + zh46TitleTrad + `</h1>` + info + `<div class="story">` + zh46Body(true, "<p>", "</p>", lead) + tail + `</div></article><aside><h3>熱門新聞</h3><ul><li><a href="/n/1">全市公車路線優化調整方案公布</a><time>2024/03/19 10:00</time></li></ul></aside></main>` + zh46OthersTrad("延伸閱讀") + `<footer>© 2024 ` + site + ` 版權所有</footer></body></html>`
}

// Taiwan's and Hong Kong's outlets.
func TestZhProbe52TaiwanHongKong(t *testing.T) {
	crumbs := `<a href="/">首頁</a> &gt; <a href="/news/">即時</a> &gt; <a href="/life/">生活</a>`
	checkZh52(t, []zh46Case{
		{
			name: "udn, time and paper / reporter／即時報導", url: "https://udn.com/news/story/7266/7812345",
			page:  zh52Trad("聯合新聞網", crumbs, `<section class="authors"><time class="article-content__time">2024-03-05 14:22</time><span class="article-content__author"><a href="/news/reporter/">聯合報</a> / 記者劉洋／即時報導</span></section>`, "", ""),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "ltn, time then 〔記者…／台北報導〕", url: "https://news.ltn.com.tw/news/life/breakingnews/4601234",
			page:  zh52Trad("自由時報電子報", crumbs, `<div class="whitecon boxTitle"><span class="time">2024/03/05 14:22</span></div>`, "〔記者劉洋／台北報導〕", ""),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "cna, the time and 更新時間", url: "https://www.cna.com.tw/news/ahel/202403055001.aspx",
			page:  zh52Trad("中央社 CNA", crumbs, `<div class="updatetime"><span>2024/3/5 14:22</span><span class="update">（更新時間：2024/3/5 18:00）</span></div>`, "（中央社記者劉洋台北5日電）", ""),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "hk01, 撰文 and 發佈 / 更新", url: "https://www.hk01.com/社會新聞/1001234/",
			page:  zh52Trad("香港01", crumbs, `<div class="author">撰文：<a href="/author/123">劉洋</a></div><div class="times"><time datetime="2024-03-06T09:00:00+08:00">更新日期：2024-03-06 09:00</time> <time datetime="2024-03-05T14:22:00+08:00">發佈日期：2024-03-05 14:22</time></div>`, "", ""),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "mingpao, the day with its weekday", url: "https://news.mingpao.com/pns/港聞/article/20240305/s00002/1709576543210/",
			page:  zh52Trad("明報新聞網", crumbs, `<div class="date">2024年3月5日星期二</div>`, "", `<p>【明報專訊】</p>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "-", credit: "-", trad: true,
		},
	})
}

// The Japanese and Korean stories.
var (
	ja52Title = "市営地下鉄6号線が延伸開業 東部から旧市街まで20分"
	ja52Paras = []string{
		"市営地下鉄6号線の延伸区間が5日、開業した。新たに14駅が設けられ、東部の新興住宅地と旧市街が乗り換えなしで結ばれる。",
		"市交通局によると、朝のラッシュ時は4分間隔で運行し、東部から旧市街の中心部までの所要時間はこれまでの半分以下の約20分になる。",
		"開業初日の駅には多くの利用者が詰めかけた。東部に住む会社員の女性は「バスを2本乗り継いでいたので、通勤がずっと楽になる」と話した。",
		"市は2025年度末までにさらに2路線の整備に着手する方針で、鉄道網の総延長は300キロを超える見通しだ。",
	}
	ko52Title = "도시철도 6호선 연장 구간 개통…동부에서 구도심까지 20분"
	ko52Paras = []string{
		"도시철도 6호선 연장 구간이 5일 개통했다. 새로 14개 역이 들어서면서 동부 신도시와 구도심이 환승 없이 연결된다.",
		"시 교통공사에 따르면 출근 시간대에는 4분 간격으로 열차가 운행되며, 동부에서 구도심까지 걸리는 시간은 약 20분으로 절반 이하로 줄어든다.",
		"개통 첫날 역에는 많은 시민이 몰렸다. 동부에 사는 직장인 김모 씨는 \"버스를 두 번 갈아타야 했는데 출근이 훨씬 편해졌다\"고 말했다.",
		"시는 2025년 말까지 두 개 노선을 추가로 착공할 계획이며, 도시철도 총연장은 300킬로미터를 넘어설 전망이다.",
	}
)

func ja52Body() string {
	s := ""
	for _, p := range ja52Paras {
		s += "<p>" + p + "</p>\n"
	}
	return s
}

func ko52Body() string {
	s := ""
	for _, p := range ko52Paras {
		s += "<p>" + p + "</p>\n"
	}
	return s
}

// ja52Page is a Japanese news page: the head's title (head), the bar, the
// breadcrumbs, the headline, info, the story, the ranking with dates.
func ja52Page(head, site, info, tail string) string {
	return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>` + head + `</title></head><body><header><a class="logo" href="/">` + site + `</a><nav><a href="/">トップ</a><a href="/national/">社会</a><a href="/politics/">政治</a><a href="/business/">経済</a></nav></header><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/national/">社会</a></li><li>` + ja52Title + `</li></ol>
<main><article><h1>` + ja52Title + `</h1>` + info + `<div class="article-body">` + ja52Body() + tail + `</div></article><aside><h2>アクセスランキング</h2><ol><li><a href="/a/1">市バス路線を再編へ 来春から</a><time>2024年3月19日 10時00分</time></li><li><a href="/a/2">駅前再開発が最終段階に</a><span>3/18(月) 9:00</span></li></ol></aside></main><footer>Copyright © 2024 ` + site + ` All rights reserved.</footer></body></html>`
}

// ko52Page is a Korean news page the same way.
func ko52Page(head, site, crumbs, info, tail string) string {
	return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>` + head + `</title></head><body><header><a class="logo" href="/">` + site + `</a><nav><a href="/">홈</a><a href="/politics">정치</a><a href="/society">사회</a><a href="/economy">경제</a></nav><span class="date">2024년 03월 20일 (수)</span></header>` + crumbs + `
<main><article>` + info + `<div id="article-view-content-div" class="article-body">` + ko52Body() + tail + `</div></article><aside><h2>많이 본 뉴스</h2><ul><li><a href="/a/1">시내버스 노선 개편안 발표</a><em>2024-03-19 10:00</em></li><li><a href="/a/2">역세권 재개발 마무리 단계</a><em>2024-03-18 09:00</em></li></ul></aside></main><footer>Copyright © 2024 ` + site + `. All rights reserved.</footer></body></html>`
}

// Japanese and Korean news layouts.
func TestZhProbe52JapanKorea(t *testing.T) {
	jaF := []string{"アクセスランキング", "市バス路線を再編へ", "All rights reserved"}
	koF := []string{"많이 본 뉴스", "시내버스 노선 개편안", "All rights reserved"}
	ndCrumbs := `<div class="nav-thumb"><ul class="breadcrumbs"><li><a href="/">홈</a></li><li><a href="/news/articleList.html?sc_section_code=S1N1">정치</a></li><li><a href="/news/articleList.html?sc_sub_section_code=S2N1">국회</a></li></ul></div>`
	checkZh52(t, []zh46Case{
		{
			name: "ja, 2024年3月5日 12時30分 in a time", url: "https://www3.example.or.jp/news/html/20240305/k10014321001000.html",
			page:  ja52Page(ja52Title+" | 東海ニュース", "東海ニュース", `<p class="date"><time datetime="2024-03-05T12:30">2024年3月5日 12時30分</time></p>`, ""),
			title: ja52Title, authors: "", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ja52Paras, furniture: jaF,
		},
		{
			name: "ja, 配信 and 更新 labels before the dates", url: "https://www.example-np.co.jp/article/312345",
			page:  ja52Page(ja52Title+"：東海新聞デジタル", "東海新聞", `<div class="article-info"><span>配信 2024年3月5日 12時30分</span> <span>更新 2024年3月6日 9時00分</span></div>`, ""),
			title: ja52Title, authors: "", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ja52Paras, furniture: jaF,
		},
		{
			name: "ja, 3/5(火) 12:30配信 without the year", url: "https://news.example.co.jp/articles/a1b2c3d4e5f6a7b8c9d0",
			page:  ja52Page(ja52Title+"（東海新聞） - ニュース", "ニュース", `<div class="source"><a href="/media/tokai">東海新聞</a> <time>3/5(火) 12:30配信</time></div>`, ""),
			title: ja52Title, authors: "-", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ja52Paras, furniture: jaF,
		},
		{
			name: "ja, 最終更新 in brackets after the time", url: "https://mainichi.example.jp/articles/20240305/k00/00m/040/123000c",
			page:  ja52Page(ja52Title+" | 東海新聞", "東海新聞", `<p class="articledetail-head-date"><time>2024/3/5 12:30</time>（最終更新 3/6 09:00） <span>1234文字</span></p>`, ""),
			title: ja52Title, authors: "", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ja52Paras, furniture: jaF,
		},
		{
			name: "ja, 2024年03月05日 12時30分 公開 and a writer", url: "https://www.example-it.co.jp/news/articles/2403/05/news123.html",
			page:  ja52Page(ja52Title+" - 東海IT", "東海IT", `<div id="byline">2024年03月05日 12時30分 公開<br>[<a href="/author/1">山田太郎</a>，東海IT]</div>`, ""),
			title: ja52Title, authors: "山田太郎", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ja52Paras, furniture: jaF,
		},
		{
			// The title tag of Korea's most common news CMS: headline <
			// section < 기사본문 - site.
			name: "ko, ndsoft: title < section < 기사본문 and 입력", url: "https://www.example-news.co.kr/news/articleView.html?idxno=312345",
			page: ko52Page(ko52Title+" < 국회 < 정치 < 기사본문 - 한빛일보", "한빛일보", ndCrumbs,
				`<header class="article-view-header"><h3 class="heading">`+ko52Title+`</h3><article class="info-group"><ul class="infomation"><li><i class="icon-user-o"></i> 홍길동 기자</li><li><i class="icon-clock-o"></i> 입력 2024.03.05 12:30</li><li><i class="icon-clock-o"></i> 수정 2024.03.06 09:00</li></ul></article></header>`, ""),
			title: ko52Title, authors: "홍길동", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ko52Paras, furniture: koF,
		},
		{
			// The older skin: breadcrumbs joined by ">" in a heading of
			// their own above the headline's.
			name: "ko, breadcrumbs 홈 > 정치 > in an h2 above the headline", url: "https://www.example-news.co.kr/news/articleView.html?idxno=312346",
			page: ko52Page("한빛일보", "한빛일보", `<div class="location"><h2>홈 &gt; 정치 &gt; 국회</h2></div>`,
				`<div class="article-head-title">`+ko52Title+`</div><div class="info-text"><ul><li>홍길동 기자</li><li>승인 2024.03.05 12:30</li></ul></div>`, ""),
			title: ko52Title, authors: "홍길동", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ko52Paras, furniture: koF,
		},
		{
			// The bar's today, its weekday's initial in brackets, above
			// the menu and a reporter's line dated without a label.
			name: "ko, today (수) in the bar, the story's day unlabelled", url: "https://www.example-news.co.kr/news/articleView.html?idxno=312347",
			page: ko52Page(ko52Title+" - 한빛일보", "한빛일보", ndCrumbs,
				`<div class="article-head"><h1>`+ko52Title+`</h1><p class="byline">홍길동 기자 2024.03.05</p></div>`, ""),
			title: ko52Title, authors: "홍길동", day: "2024-03-05", at: "-", credit: "-", paras: ko52Paras, furniture: koF,
		},
		{
			name: "ko, title in a div, crumbs in an h2 before it", url: "https://www.example-news.co.kr/news/articleView.html?idxno=1",
			page: ko52Page("한빛일보", "한빛일보", `<div class="location"><h2 class="sub-title">홈 &gt; 정치 &gt; 국회</h2></div>`,
				`<div class="view-title"><div class="tit">`+ko52Title+`</div></div><div class="info-text"><ul><li>홍길동 기자</li><li>승인 2024.03.05 12:30</li></ul></div>`, ""),
			title: ko52Title, authors: "-", day: "2024-03-05", at: "-", credit: "-", paras: ko52Paras, furniture: koF,
		},
		{
			name: "ko, crumbs as links in an h2, headline h3", url: "https://www.example-news.co.kr/news/articleView.html?idxno=2",
			page: ko52Page("한빛일보", "한빛일보", `<h2 class="path"><a href="/">홈</a> &gt; <a href="/p">정치</a> &gt; <a href="/p/n">국회</a></h2>`,
				`<h3 class="heading">`+ko52Title+`</h3><p>홍길동 기자 | 입력 2024.03.05 12:30</p>`, ""),
			title: ko52Title, authors: "-", day: "2024-03-05", at: "-", credit: "-", paras: ko52Paras, furniture: koF,
		},
		{
			// The <title> is the breadcrumb trail from the home page,
			// the h1 the section's name (homeTrail).
			name: "ko, title tag crumbs, h1 the section", url: "https://www.example-news.co.kr/news/articleView.html?idxno=3",
			page: ko52Page("홈 > 정치 > 국회 - 한빛일보", "한빛일보", `<h1 class="section-name">정치</h1>`,
				`<div class="article-title"><strong>`+ko52Title+`</strong></div><p>홍길동 기자 | 입력 2024.03.05 12:30</p>`, ""),
			title: ko52Title, authors: "-", day: "2024-03-05", at: "-", credit: "-", paras: ko52Paras, furniture: koF,
		},
		{
			name: "ko, og:title missing, title tag headline with crumbs", url: "https://www.example-news.co.kr/news/articleView.html?idxno=4",
			page: ko52Page(ko52Title+" - 한빛일보", "한빛일보", `<div class="nav-path"><span>홈</span> &gt; <span>정치</span> &gt; <span>국회</span></div>`,
				`<p class="article-head">`+ko52Title+`</p><p>홍길동 기자 | 입력 2024.03.05 12:30</p>`, ""),
			title: ko52Title, authors: "-", day: "2024-03-05", at: "-", credit: "-", paras: ko52Paras, furniture: koF,
		},
		{
			name: "ko, 입력 2024.03.05. 오후 12:30", url: "https://n.example.com/mnews/article/001/0014512345",
			page: ko52Page(ko52Title+" : 한빛뉴스", "한빛뉴스", "",
				`<h2 id="title_area"><span>`+ko52Title+`</span></h2><div class="media_end_head_info_datestamp"><div class="bunch"><span>입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2024-03-05 12:30:00">2024.03.05. 오후 12:30</span></div><div class="bunch"><span>수정</span><span class="_ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2024-03-06 09:00:00">2024.03.06. 오전 9:00</span></div></div><div class="media_end_head_journalist"><a href="/journalist/001/12345"><em class="media_end_head_journalist_name">홍길동 기자</em></a></div>`, ""),
			title: ko52Title, authors: "홍길동", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ko52Paras, furniture: koF,
		},
		{
			name: "ko, 송고시간 before the time", url: "https://www.example-agency.co.kr/view/AKR20240305123400001",
			page: ko52Page(ko52Title+" | 한빛통신", "한빛통신", "",
				`<h1 class="tit">`+ko52Title+`</h1><p class="update-time" data-published-time="2024-03-05 12:30">송고시간2024-03-05 12:30</p><div class="writer-zone"><strong class="tit-name"><a href="/reporter/1">홍길동</a> 기자</strong></div>`, ""),
			title: ko52Title, authors: "홍길동", day: "2024-03-05", at: "2024-03-05T12:30:00+09:00", credit: "-", paras: ko52Paras, furniture: koF,
		},
	})
}
