package extractor

import (
	"strings"
	"testing"
)

// wantAuthorsDay checks the authors and the day of publication that a,
// extracted from a page of what, holds.
func wantAuthorsDay(t *testing.T, a Article, what, authors, day string) {
	t.Helper()
	if got := strings.Join(a.Authors, "; "); got != authors {
		t.Errorf("Extract(%s).Authors = %q, want %q", what, got, authors)
	}
	if a.PublishedDate != day {
		t.Errorf("Extract(%s).PublishedDate = %q, want %q", what, a.PublishedDate, day)
	}
}

// zhForumBody is a post's text as forums set it: lines broken by <br>.
func zhForumBody() string {
	return strings.ReplaceAll(strings.ReplaceAll(zhParas(false, ""), "<p>", ""), "</p>", "<br>")
}

// A forum names a thread's first posts by their place in it (楼主, 沙发,
// 板凳, 地板) beside the posting time: no poster's name.
func TestChineseForumFloors(t *testing.T) {
	layouts := map[string]func(floor string) string{
		"tables": func(floor string) string {
			return zhHead + `<title>` + zhTitle + `|江城杂谈 - 江城论坛</title></head><body><div id="breadCrumb"><a href="/">江城论坛</a> &raquo; <a>江城杂谈</a></div>
<table width="100%"><tr><th width="180" valign="top"><div class="user-pic"><img src="/face/none.gif"></div><div>级别: 新手上路</div></th>
<th valign="top"><div class="tiptop"><span>楼主</span> <span>发表于: 2005-03-11 12:12</span></div><h1>` + zhTitle + `</h1><div class="tpc_content">` + zhForumBody() + `</div></th></tr></table>
<table width="100%"><tr><th width="180" valign="top"><div>级别: 新手上路</div></th><th valign="top"><div class="tiptop"><span>` + floor + `</span> <span>发表于: 2005-03-12 09:00</span></div><div class="tpc_content">顶！家门口的路终于要修了。</div></th></tr></table></body></html>`
		},
		"divs": func(floor string) string {
			return zhHead + `<title>` + zhTitle + ` - 江城社区</title></head><body><div class="crumbs"><a href="/">江城社区</a> » <a>江城杂谈</a></div>
<div class="thread"><h1>` + zhTitle + `</h1><div class="post"><p class="floor">楼主 发表于 2005-03-11 12:12</p><div class="content">` + zhForumBody() + `</div></div>
<div class="post"><p class="floor">` + floor + ` 发表于 2005-03-12 09:00</p><div class="content">顶！家门口的路终于要修了。</div></div></div></body></html>`
		},
	}
	for _, floor := range []string{"沙发", "板凳", "地板"} {
		for name, page := range layouts {
			t.Run(floor+"/"+name, func(t *testing.T) {
				wantAuthorsDay(t, zhExtract(t, page(floor), "http://bbs.example.cn/read.php?tid=123"), floor, "", "2005-03-11")
			})
		}
	}
}

// Forums and portals set the info line under the headline in a toolbar
// beside the share and reply buttons, classed as one ("atl-menu",
// "share-bar"): its labelled poster or author is the page's, not a later
// reply's.
func TestChineseInfoLineInToolbar(t *testing.T) {
	reply := `<div class="reply"><div class="reply-info"><span>作者：<a>李四</a></span> <span>时间：2012-06-25 08:00:00</span></div><div class="reply-content">顶，家门口的路终于要修了。</div></div>`
	for _, c := range []struct{ name, bar, want string }{
		{"the thread's poster", `<div class="atl-menu clearfix"><div class="atl-info"><span>楼主：<a href="/u/5">张三</a></span><span>时间：2012-06-24 10:21:33</span><span>点击：1234</span><span>回复：56</span></div></div>`, "张三"},
		{"the author beside the buttons", `<div class="share-bar"><div class="info">作者：张三　来源：江城日报　发布时间：2012-06-24 10:21</div><div class="btns"><a>分享</a> <a>收藏</a></div></div>`, "张三"},
		{"the reporter beside the buttons", `<div class="toolbar"><p>记者：张三　时间：2012-06-24</p><p><a>打印</a> <a>关闭</a></p></div>`, "张三"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := zhHead + `<title>` + zhTitle + `_江城杂谈_江城社区</title></head><body><div class="nav"><a href="/">首页</a> <a>江城杂谈</a></div>
<div class="head"><h1>` + zhTitle + `</h1>` + c.bar + `</div><div class="main"><div class="content">` + zhForumBody() + `</div>` + reply + `</div></body></html>`
			wantAuthorsDay(t, zhExtract(t, page, "http://bbs.example.cn/post-free-123456-1.shtml"), c.name, c.want, "2012-06-24")
		})
	}
}

// Literary sites and magazines set the writer's credit over the headline:
// "作者：张三", then the headline, then the date. Further up it is a
// sidebar's or a teaser's.
func TestChineseCreditAboveHeadline(t *testing.T) {
	side := `<div class="side"><h3>推荐阅读</h3><p>作者：李四</p><p><a href="/1.html">城区三条主干道完成提质改造</a></p><p>全市公交线路优化调整</p><p>本周热门</p></div>`
	for _, c := range []struct{ name, above, want string }{
		{"in a div", `<div class="author">作者：张三</div>`, "张三"},
		{"with the date", `<p>作者：张三　发布时间：2021-03-05</p>`, "张三"},
		{"in a table row", `<table><tr><td>作者：张三</td></tr></table>`, "张三"},
		{"Traditional", `<div class="writer">作者：張三</div>`, "張三"},
		{"a teaser's, far above", side + `<div class="ad"><p>广告位招租</p></div><div class="tip"><p>欢迎投稿</p></div><div class="tip"><p>本站声明</p></div>`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := zhHead + `<title>` + zhTitle + `_江城网</title></head><body><div class="nav"><a href="/">首页</a> <a>散文</a></div><div class="article">` + c.above + `<h1>` + zhTitle + `</h1><div class="info">2021-03-05 来源：江城日报</div><div class="content">` + zhParas(false, "") + `</div></div>` + zhRelated + zhFooter + `</body></html>`
			wantAuthorsDay(t, zhExtract(t, page, zhURL), c.name, c.want, "2021-03-05")
		})
	}
}

// Discuz! 6 and 7 lay a thread out as one table a post, the poster's cell
// ("postauthor": name, rank, member card) before the post's, the subject
// inside the first post: the first cell's poster wrote the thread, not
// the replies' posters below the headline.
func TestChineseForumFirstPoster(t *testing.T) {
	post := func(id, name, card, info, subject, text string) string {
		return `<div id="post_` + id + `"><table id="pid` + id + `" cellspacing="0" cellpadding="0"><tr><td class="postauthor" rowspan="2">` + name + card + `</td>
<td class="postcontent"><div class="postinfo">` + info + `</div><div class="defaultpost"><div class="postmessage">` + subject + `<table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_` + id + `">` + text + `</td></tr></table></div></div></td></tr></table></div>`
	}
	card := `<p><em>中级会员</em></p><dl class="profile"><dt>帖子</dt><dd>12&nbsp;</dd><dt>积分</dt><dd>85&nbsp;</dd><dt>注册时间</dt><dd>2003-1-1&nbsp;</dd></dl>`
	for _, c := range []struct{ name, first, second string }{
		{"linked names", `<div class="postinfo"><a target="_blank" href="space.php?uid=5">张三</a></div>`, `<div class="postinfo"><a href="space.php?uid=6">李四</a></div>`},
		{"cited names", `<cite><a href="space-uid-5.html">张三</a></cite>`, `<cite><a href="space-uid-6.html">李四</a></cite>`},
		{"names in bold", `<b>张三</b>`, `<b>李四</b>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := zhHead + `<title>` + zhTitle + ` - 江城杂谈 - 江城论坛 - Powered by Discuz!</title></head><body>
<div id="nav"><a href="index.php">江城论坛</a> &raquo; <a href="forumdisplay.php?fid=2">江城杂谈</a> &raquo; ` + zhTitle + `</div><div id="postlist" class="mainbox viewthread">` +
				post("123", c.first, card, `<strong><a id="postnum123">1<sup>#</sup></a></strong> <em id="authorposton123">发表于 2008-3-11 12:12</em> | <a href="#">只看该作者</a>`, `<div id="threadtitle"><h1>`+zhTitle+`</h1></div>`, zhForumBody()) +
				post("124", c.second, card, `<strong><a id="postnum124">2<sup>#</sup></a></strong> <em id="authorposton124">发表于 2008-3-12 09:00</em>`, "", "顶！家门口的路终于要修了。") +
				post("125", strings.ReplaceAll(c.second, "李四", "王五"), card, `<strong><a id="postnum125">3<sup>#</sup></a></strong> <em id="authorposton125">发表于 2008-3-12 10:00</em>`, "", "支持。") + `</div></body></html>`
			wantAuthorsDay(t, zhExtract(t, page, "http://bbs.example.cn/viewthread.php?tid=123"), c.name, "张三", "2008-03-11")
		})
	}
}
