package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// probe54Post is a thread's first post, long enough to be the page's article.
const probe54Post = `<p>The city opened the second phase of Line 6 on Tuesday morning, twenty-two kilometres of track and fourteen stations linking the eastern district with the old town.</p><p>Trains run every four minutes at peak hours, at up to a hundred kilometres an hour, and the ride from the east end to the centre now takes twenty minutes instead of an hour by bus.</p><p>I rode it on the first day and it was packed with people trying it out. Two more lines are due to start construction this year, which should take the network past three hundred kilometres by the end of 2025.</p>`

const probe54Reply = `<p>Rode it today, fast but crowded at rush hour.</p>`

// phpBB 3.3 prosilver's viewtopic: a post's profile is a <dl
// class="postprofile"> beside its body, the signature a div after it.
func probe54PhpBB(id, who, title, text string) string {
	return `<div id="p` + id + `" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile` + id + `"><dt class="has-profile-rank has-avatar"><div class="avatar-container"><a href="./memberlist.php?mode=viewprofile&amp;u=` + id + `" class="avatar"><img class="avatar" src="./download/file.php?avatar=` + id + `_1.jpg" width="90" height="90" alt="User avatar"></a></div><a href="./memberlist.php?mode=viewprofile&amp;u=` + id + `" class="username">` + who + `</a></dt>
<dd class="profile-rank">Senior Member</dd>
<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=` + id + `&amp;sr=posts">1234</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> Mon Mar 01, 2010 8:00 pm</dd>
<dd class="profile-custom-field profile-phpbb_location"><strong>Location:</strong> Ohio</dd>
</dl>
<div class="postbody"><div id="post_content` + id + `">
<h3 class="first"><a href="#p` + id + `">` + title + `</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=` + id + `" title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=` + id + `#p` + id + `" title="Post"><i class="icon fa-file fa-fw" aria-hidden="true"></i><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=` + id + `" class="username">` + who + `</a></strong> &raquo; </span><time datetime="2024-03-05T14:22:00+00:00">Tue Mar 05, 2024 2:22 pm</time></p>
<div class="content">` + text + `</div>
<div id="sig` + id + `" class="signature">Trains, trams and timetables since 1998. <a href="https://example.org/rail">My rail photos</a></div>
</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw" aria-hidden="true"></i><span class="sr-only">Top</span></a></div>
</div></div>
<hr class="divider">`
}

func probe54PhpBBPage(posts ...string) string {
	return `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>Line 6 extension opens - City Forums</title></head><body id="phpbb" class="nojs notouch section-viewtopic ltr">
<div id="wrap" class="wrap"><div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description"><a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>City Forums</h1><p>Talk about the city</p></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span><span class="crumb"><a href="./viewforum.php?f=2">Transport</a></span></li></ul></div></div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=1">Line 6 extension opens</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=1" class="button" title="Post a reply"><span>Post Reply</span></a><div class="pagination">` + itoa54(len(posts)) + ` posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
` + strings.Join(posts, "\n") + `
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=1" class="button"><span>Post Reply</span></a></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div></div></div></body></html>`
}

func itoa54(n int) string { return string(rune('0' + n)) }

// vBulletin 4's postbit: a post's user info is a div beside its body,
// with one count ("Posts") under the join date.
func probe54VB4(id, n, who, text string) string {
	return `<li class="postbitlegacy postbitim postcontainer old" id="post_` + id + `">
<div class="posthead"><span class="postdate old"><span class="date">03-05-2024,&nbsp;<span class="time">02:22 PM</span></span></span><span class="nodecontrols"><a name="post` + id + `" href="showthread.php?t=1&amp;p=` + id + `#post` + id + `" class="postcounter">#` + n + `</a><a id="postcount` + id + `" name="` + n + `"></a></span></div>
<div class="postdetails"><div class="userinfo">
<div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u=` + id + `" title="` + who + ` is offline"><strong>` + who + `</strong></a></div><img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="` + who + ` is offline" border="0"></div>
<span class="usertitle">Senior Member</span>
<a class="postuseravatar" href="member.php?u=` + id + `" title="` + who + ` is offline"><img src="customavatars/avatar` + id + `_1.gif" alt="` + who + `'s Avatar" title="` + who + `'s Avatar" border="0"></a>
<hr><dl class="userinfo_extra"><dt>Join Date</dt> <dd>Mar 2010</dd><dt>Posts</dt> <dd>1,234</dd></dl>
</div>
<div class="postbody"><div class="postrow">
<h2 class="title icon">Line 6 extension opens</h2>
<div class="content"><div id="post_message_` + id + `"><blockquote class="postcontent restore ">` + text + `</blockquote></div></div>
</div>
<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">Trains, trams and timetables since 1998.</div></blockquote></div>
<div class="cleardiv"></div></div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_` + id + `" class="newreply" href="newreply.php?do=newreply&amp;p=` + id + `" rel="nofollow" title="Reply With Quote"><img id="quoteimg_` + id + `" src="clear.gif" alt="Reply With Quote"> Reply With Quote</a></span></div></div>
<hr></li>`
}

func probe54VB4Page(posts ...string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Line 6 extension opens - City Forums</title></head><body>
<div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="City Forums"></a></div></div>
<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Home"></a></li><li class="navbit"><a href="forum.php">Forum</a></li><li class="navbit"><a href="forumdisplay.php?f=2">Transport</a></li></ul><hr></div></div>
<div class="body_wrapper"><div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=1" title="Reload this Page">Line 6 extension opens</a></span></h1></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">
` + strings.Join(posts, "\n") + `
</ol></div></div>
<div id="footer" class="floatcontainer footer"><p>Powered by vBulletin&reg; Version 4.2.5 Copyright &copy; 2024 vBulletin Solutions Inc. All rights reserved.</p></div></body></html>`
}

// vBulletin 3's postbit_legacy with one count: the cell says its join
// date and posts only.
func probe54VB3(id, n, who, text string) string {
	return `<div id="edit` + id + `"><table class="tborder" id="post` + id + `" cellpadding="6" width="100%"><tr><td class="thead"><a name="post` + id + `"></a>03-05-2024, 02:22 PM</td><td class="thead" align="right">#<a href="showpost.php?p=` + id + `" id="postcount` + id + `"><strong>` + n + `</strong></a></td></tr><tr valign="top"><td class="alt2" width="175"><div id="postmenu_` + id + `"><a class="bigusername" href="member.php?u=` + id + `">` + who + `</a></div><div class="smallfont">Junior Member</div><div class="smallfont"><div>Join Date: Mar 2010</div><div>Posts: 12</div></div></td><td class="alt1" id="td_post_` + id + `"><div class="smallfont"><strong>Line 6 extension opens</strong></div><hr><div id="post_message_` + id + `">` + text + `</div><div>__________________<br>Trains, trams and timetables since 1998.</div></td></tr><tr><td class="alt2"><img class="inlineimg" src="images/statusicon/user_offline.gif"></td><td class="alt1" align="right"><a href="newreply.php?do=newreply&amp;p=` + id + `">Reply With Quote</a></td></tr></table></div>`
}

func probe54VB3Page(posts ...string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Line 6 extension opens - City Forums</title></head><body><div class="navbar"><a href="index.php">City Forums</a> &gt; <a href="forumdisplay.php?f=2">Transport</a></div><h1>Line 6 extension opens</h1><div id="posts">` +
		strings.Join(posts, "") + `</div><div class="footer">Powered by vBulletin® Copyright ©2000 - 2024, Jelsoft Enterprises Ltd.</div></body></html>`
}

const probe54ZhPost = `江州市轨道交通6号线二期工程于周二上午正式开通运营，线路全长二十二公里，共设十四座车站，连接东部新区与老城区。<br><br>高峰时段列车每四分钟一班，最高时速一百公里，从东端到市中心只需二十分钟，而坐公交车需要一个小时。<br><br>我第一天就去坐了，车上挤满了来尝鲜的市民。今年还有两条线路将开工建设，到2025年底全市轨道交通网络将超过三百公里。`

// Discuz! X3.4's viewthread: a floor is a table, the poster's cell
// (pls) beside the post's (plc), whose head holds the floor mark and the
// "只看该作者" link.
func probe54Discuz(id, n, who, text string) string {
	mark := `<em>` + n + `</em><sup>#</sup>`
	if n == "1" {
		mark = `1<sup>#</sup>`
	}
	return `<div id="post_` + id + `"><table id="pid` + id + `" class="plhin" summary="pid` + id + `" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div id="favatar` + id + `" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=` + id + `" target="_blank" class="xw1">` + who + `</a></div></div>
<div><div class="avatar"><a href="home.php?mod=space&amp;uid=` + id + `" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid=` + id + `&amp;size=middle"></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><tr><th><p><a href="home.php?mod=space&amp;uid=` + id + `&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">12</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid=` + id + `&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">345</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid=` + id + `&amp;do=profile" class="xi2">678</a></p>积分</td></tr></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=12" target="_blank">中级会员</a></em></p></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=1&amp;pid=` + id + `" id="postnum` + id + `">` + mark + `</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon` + id + `" src="static/image/common/online_member.gif"> <em id="authorposton` + id + `">发表于 2024-3-5 14:22:00</em> <span class="pipe">|</span> <a href="forum.php?mod=viewthread&amp;tid=1&amp;page=1&amp;authorid=` + id + `" rel="nofollow">只看该作者</a> <span class="pipe show">|</span><a href="forum.php?mod=viewthread&amp;tid=1&amp;extra=&amp;ordertype=1" class="show">倒序浏览</a> <span class="pipe show">|</span><a href="javascript:;" class="show">阅读模式</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_` + id + `">` + text + `</td></tr></table></div><div id="comment_` + id + `" class="cm"></div></div></div></td></tr>
<tr><td class="plc plm"><div class="sign">铁路迷一枚，欢迎交流。</div></td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=1&amp;repquote=` + id + `">回复</a></em><p><a href="javascript:;" class="showmenu">使用道具</a> <a href="javascript:;">举报</a></p></div></div></td></tr>
</table></div>`
}

func probe54DiscuzPage(posts ...string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>江州地铁6号线二期今天开通 - 交通出行 - 江州论坛 - Powered by Discuz!</title></head><body id="nv_forum" class="pg_viewthread">
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="江州论坛"><img src="static/image/common/logo.png" alt="江州论坛"></a></h2></div></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">江州论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=2">交通出行</a> <em>&rsaquo;</em> <a href="forum.php?mod=viewthread&amp;tid=1">江州地铁6号线二期今天开通</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1234</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">2</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">江州地铁6号线二期今天开通</span></h1></td></tr></table>
` + strings.Join(posts, "\n") + `
</div></div>
<div id="ft" class="wp cl"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p></div></body></html>`
}

// Discourse's crawler view, which a client without JavaScript is served.
func probe54Discourse(n, who, text string) string {
	item := ` itemprop='comment' itemscope itemtype='http://schema.org/Comment'`
	if n == "1" {
		item = ``
	}
	return `<div id='post_` + n + `'` + item + ` class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='https://forum.example.org/u/` + who + `'><span itemprop='name'>` + who + `</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.example.org/t/line-6-extension-opens/1234">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2024-03-05T14:22:00Z' class='post-time'>March 5, 2024,  2:22pm</time><meta itemprop='position' content='` + n + `'></span></div>
<div class='post' itemprop='text'>` + text + `</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="3"><span class='post-likes'>3 Likes</span></div>
</div>`
}

func probe54DiscoursePage(posts ...string) string {
	return `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>Line 6 extension opens - Transport - City Forum</title>
<meta property="og:site_name" content="City Forum"><meta property="og:type" content="website"><meta property="og:title" content="Line 6 extension opens"><meta property="og:url" content="https://forum.example.org/t/line-6-extension-opens/1234"></head>
<body class="crawler"><header><a href="/"><img src="/uploads/logo.png" alt="City Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/line-6-extension-opens/1234">Line 6 extension opens</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/transport/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0088CC'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Transport</span></span></a><meta itemprop="position" content="1"></span></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
<meta itemprop='headline' content='Line 6 extension opens'><link itemprop='url' href='https://forum.example.org/t/line-6-extension-opens/1234'><meta itemprop='datePublished' content='2024-03-05T14:22:00Z'><meta itemprop='articleSection' content='Transport'>
` + strings.Join(posts, "\n") + `
</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position' content='1'><span class="link-top-line"><a href='https://forum.example.org/t/line-5-delays/1200' class='title raw-link raw-topic-link' itemprop='url'>Line 5 delays</a></span></td><td class="replies"><span class='posts' title='posts'>14</span></td><td class="views"><span class='views' title='views'>1021</span></td><td>February 2024</td></tr>
</tbody></table></div></div>
</div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li><a href='/'>Home </a></li><li><a href='/categories'>Categories </a></li><li><a href='/guidelines'>Guidelines </a></li></ul></nav></footer>
<div id="noscript-footer"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`
}

// A forum thread's body is its first post: without the poster's card (a
// card of one count beside the date the member joined: phpBB's
// "postprofile" list, vBulletin 4's "userinfo"), its signature, the
// replies after it (their floors, or the items its microdata marks as its
// comments: Discourse's page for crawlers) and its count of likes.
func TestBodyProbe54ForumThreads(t *testing.T) {
	const first = "three hundred kilometres"
	noise := []string{"Posts:", "1,234", "Joined", "Join Date", "Senior Member", "fast but crowded", "Trains, trams", "Likes", "Reply With Quote"}
	for _, c := range []struct{ name, page string }{
		{"phpbb, first post and a reply", probe54PhpBBPage(probe54PhpBB("1", "jdoe", "Line 6 extension opens", probe54Post), probe54PhpBB("2", "mk77", "Re: Line 6 extension opens", probe54Reply))},
		{"phpbb, first post alone", probe54PhpBBPage(probe54PhpBB("1", "jdoe", "Line 6 extension opens", probe54Post))},
		{"vbulletin 4, first post and a reply", probe54VB4Page(probe54VB4("11", "1", "jdoe", probe54Post), probe54VB4("12", "2", "mk77", probe54Reply))},
		{"vbulletin 4, first post alone", probe54VB4Page(probe54VB4("11", "1", "jdoe", probe54Post))},
		{"vbulletin 3, a card of one count", probe54VB3Page(probe54VB3("11", "1", "jdoe", probe54Post), probe54VB3("12", "2", "mk77", probe54Reply))},
		{"discourse, first post and a reply", probe54DiscoursePage(probe54Discourse("1", "jdoe", probe54Post), probe54Discourse("2", "mk77", probe54Reply))},
		{"discourse, first post alone", probe54DiscoursePage(probe54Discourse("1", "jdoe", probe54Post))},
	} {
		a, err := Extract([]byte(c.page), "https://forum.example.org/viewtopic.php?t=1", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		firstPostOnly(t, c.name, a.Text, first, noise)
	}
}

// A Discuz! thread: the floor marks ("1#"), the "只看该作者" link, the
// poster's card, signature and reply button stay out of the body, and so
// do the replies. (It passed before this round: a probe of the layout.)
func TestBodyProbe54Discuz(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"first post and a reply", probe54DiscuzPage(probe54Discuz("1", "1", "刘洋", probe54ZhPost), probe54Discuz("2", "2", "陈晓", "坐过了，确实快，就是早高峰太挤。"))},
		{"first post alone", probe54DiscuzPage(probe54Discuz("1", "1", "刘洋", probe54ZhPost))},
	} {
		a, err := Extract([]byte(c.page), "https://bbs.example.com.cn/thread-1-1-1.html", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		firstPostOnly(t, c.name, a.Text, "三百公里", []string{"#", "只看该作者", "主题", "积分", "铁路迷", "回复", "举报", "早高峰太挤"})
	}
}

func TestJoinedLabel(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Joined:", true},
		{"Join Date: Mar 2010", true},
		{"Join Date", true},
		{"Mitglied seit:", true},
		{"注册时间", true},
		{"She joined the paper in 2010", false},
		{"Join the conversation", false},
		{"Registered nurses walked out", false},
		{"Members who joined", false},
	} {
		doc := "<p>" + c.text + "</p>"
		n, err := parseFragment54(doc)
		if err != nil {
			t.Fatal(err)
		}
		if got := joinedLabel(n); got != c.want {
			t.Errorf("joinedLabel(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func parseFragment54(s string) (*html.Node, error) { return html.Parse(strings.NewReader(s)) }

// TestJoinedText: the labels in any case, alone or before a colon after
// spaces; a longer word that opens with one is none.
func TestJoinedText(t *testing.T) {
	for text, want := range map[string]bool{
		"JOINED :": true, "joined date: 2010": true, "Member since:\u00a0Mar 2010": true, "Inscrit le : 3 mars": true,
		"Зарегистрирован: 12.03.2010": true, "登録日：2010/03/01": true, "  Join Date  ": true, "Registriert:": true,
		"Joinery": false, "Joined in 2010": false, "Registered: " + strings.Repeat("x", 64): false, "": false, "Join us": false,
	} {
		if got := joinedText(text); got != want {
			t.Errorf("joinedText(%q) = %v, want %v", text, got, want)
		}
	}
}
