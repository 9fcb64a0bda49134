package extractor

import "testing"

// zh51Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh51Known = map[string]string{}

func checkZh51(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, zh46Failures(c), zh51Known, "zh51Known")
	}
}

// zh51Thread is a forum thread's page: the site's bar, the headline, then
// the floors, the first post's before the replies.
func zh51Thread(site string, floors ...string) string {
	page := zh46Head("utf-8", zh46Title, " - "+site, "", "") + `<body><div id="toptb">` + site + ` <a href="/login">登录</a> <a href="/register">立即注册</a></div><div class="crumbs"><a href="/">` + site + `</a> › <a href="/forum/2">城事杂谈</a></div>
<div class="thread"><div class="thread-head"><span>查看: 12345</span> | <span>回复: 67</span></div><h1 class="thread-title">` + zh46Title + `</h1>`
	for _, f := range floors {
		page += f
	}
	return page + `</div><div class="foot">Copyright &copy; 2001-2024 ` + site + ` 苏ICP备05012345号</div></body></html>`
}

// Forum threads in the layouts of the forum engines and community sites:
// the thread is its first post's, dated and signed by it, not by the
// replies' floors below.
func TestZhProbe51Forums(t *testing.T) {
	const u = "https://bbs.example.com.cn/thread-1234567-1-1.html"
	body := zh46Body(false, "", "<br>", "")
	replies := []string{"坐过了，确实快，就是早高峰人太多。", "城东的房价要涨了吧"}
	// A Discuz! floor: the poster's column, their name linked to their
	// space over their rank (stats), then the post's column with its
	// number and posting time.
	discuz := func(id, who, stats, when, text string) string {
		mark := `<strong><a href="#pid` + id + `"><em>` + id + `</em>#</a></strong>`
		if stats != "" {
			mark = "" // the older templates' floors, unnumbered
		}
		return `<table class="plhin" id="pid` + id + `"><tr><td class="pls"><div class="pi"><div class="authi"><a class="xw1" href="space-uid-` + id + `.html">` + who + `</a></div></div>` + stats + `</td><td class="plc"><div class="pi">` + mark + `<div class="pti"><div class="authi"><em id="authorposton` + id + `">发表于 ` + when + `</em> <span class="pipe">|</span> <a>只看该作者</a></div></div></div><div class="pct"><table><tr><td class="t_f" id="postmessage_` + id + `">` + text + `</td></tr></table></div></td></tr></table>`
	}
	// A floor whose header line names the floor, the poster and the time
	// ("楼主 刘洋 发表于 …", "沙发 陈晓 发表于 …"), as phpwind and the
	// portals' own boards set it.
	floor := func(n, who, when, text string) string {
		return `<div class="floor"><div class="floor-info"><span class="floor-no">` + n + `</span> <a href="/u.php?uid=1">` + who + `</a> 发表于 ` + when + `</div><div class="floor-content">` + text + `</div></div>`
	}
	checkZh51(t, []zh46Case{
		{
			// The poster's column leads to the post's posting time
			// straight from the name: the first post's signs the thread.
			name: "discuz floors numbered 1# 2#", url: u,
			page: zh51Thread("江州论坛", discuz("1", "刘洋", "", "2024-3-5 14:22", body),
				discuz("2", "陈晓", "", "2024-3-6 09:12", replies[0]), discuz("3", "王敏", "", "2024-3-19 21:40", replies[1])),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: []string{"ICP备", "只看该作者"},
		},
		{
			// The poster's rank and counts stand between the name and
			// the posting time: the name linked first in the poster's
			// cell is read (posterColumn), not the rank nor the reply's
			// poster, whose floor is short enough to be read whole.
			name: "discuz floors with the poster's rank", url: u,
			page: zh51Thread("江州论坛", discuz("1", "刘洋", `<p><em>中级会员</em></p><dl><dt>主题</dt><dd>12</dd><dt>帖子</dt><dd>345</dd><dt>积分</dt><dd>678</dd></dl>`, "2024-3-5 14:22", body),
				discuz("2", "陈晓", `<p><em>注册会员</em></p>`, "2024-3-6 09:12", replies[0])),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: []string{"ICP备", "只看该作者"},
		},
		{
			name: "floors 楼主 and 沙发 in their header lines", url: u,
			page: zh51Thread("江州社区", floor("楼主", "刘洋", "2024-03-05 14:22", body),
				floor("沙发", "陈晓", "2024-03-06 09:12", replies[0]), floor("板凳", "王敏", "2024-03-19 21:40", replies[1])),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: []string{"ICP备"},
		},
		{
			// Tieba: the poster's column classed an author's, the floor
			// and the time in the post's tail.
			name: "tieba, 1楼 and the time in the tail", url: "https://tieba.baidu.com/p/8912345678",
			page: zh51Thread("江州吧_百度贴吧", `<div class="l_post"><div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name" href="/home/main?un=liuyang">刘洋</a></li></ul></div><div class="d_post_content_main"><div class="d_post_content">`+body+`</div><div class="core_reply"><span class="tail-info">1楼</span><span class="tail-info">2024-03-05 14:22</span></div></div></div>`,
				`<div class="l_post"><div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name" href="/home/main?un=chenxiao">陈晓</a></li></ul></div><div class="d_post_content_main"><div class="d_post_content">`+replies[0]+`</div><div class="core_reply"><span class="tail-info">2楼</span><span class="tail-info">2024-03-06 09:12</span></div></div></div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: []string{"ICP备", "2楼"},
		},
		{
			// V2EX: the member, the time and the clicks under the
			// headline, the replies' members below.
			name: "v2ex, member · time · clicks", url: "https://www.v2ex.com/t/1012345",
			page: zh46Head("utf-8", zh46Title, " - V2EX", "", "") + `<body><div id="Top"><a href="/">V2EX</a></div><div id="Main"><div class="box"><div class="header"><a href="/">V2EX</a> › <a href="/go/city">城市</a><h1>` + zh46Title + `</h1><small class="gray"><a href="/member/liuyang">liuyang</a> · 2024-03-05 14:22:31 +08:00 · 1234 次点击</small></div><div class="cell"><div class="topic_content">` + zh46Body(false, "<p>", "</p>", "") + `</div></div></div>
<div class="box"><div class="cell">67 条回复</div><div class="cell" id="r_1"><strong><a href="/member/chenxiao" class="dark">chenxiao</a></strong> <span class="ago">2024-03-06 09:12:00 +08:00</span><div class="reply_content">` + replies[0] + `</div></div></div></div><div id="Bottom">©2024 V2EX</div></body></html>`,
			title: zh46Title, authors: "liuyang", day: "2024-03-05", at: "-", credit: "-",
			paras: zh46Paras, furniture: []string{"次点击", "条回复"},
		},
	})
}

// Community writing: Douban's notes, Weibo's articles.
func TestZhProbe51Notes(t *testing.T) {
	checkZh51(t, []zh46Case{
		{
			name: "douban note, author link and pub-date", url: "https://www.douban.com/note/861234567/",
			page:  zh50Page("豆瓣", "", `<div class="note-header"><a class="note-author" href="https://www.douban.com/people/liuyang/">刘洋</a> <span class="pub-date">2024-03-05 14:22:31</span></div>`, "", "", "", false),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "weibo article, author and time", url: "https://weibo.com/ttarticle/p/show?id=2309404987654321",
			page:  zh50Page("微博", "", `<div class="authorinfo"><em class="W_autocut"><a href="/u/1234567890">刘洋</a></em><span class="time">2024-03-05 14:22</span><span class="num">阅读数：1.2万</span></div>`, "", "", "", false),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
		},
	})
}
