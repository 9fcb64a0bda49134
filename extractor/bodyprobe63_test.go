package extractor

import (
	"strings"
	"testing"
)

// Forum engines print a note when a post was edited after it was sent,
// in the post's own box: Discuz!'s "<i class=pstatus>" at the head of the
// message ("本帖最后由 刘洋 于 2024-3-5 16:10 编辑"), phpBB's "notice"
// under it ("Last edited by jdoe on Tue Mar 05, 2024 3:10 pm, edited 1
// time in total."), vBulletin's "lastedited" box ("Last edited by jdoe;
// 03-05-2024 at 03:10 PM. Reason: typo"), XenForo's "message-lastEdit"
// ("Last edited: Mar 5, 2024"), MyBB's "edited_post" ("(This post was
// last modified: 03-05-2024, 03:10 PM by jdoe.)") and Invision's
// "Edited March 5, 2024 by jdoe". The note is the engine's, not the
// poster's text.
func probe63Edited() []struct{ name, page, url string } {
	const forum = "https://forum.example.org/viewtopic.php?t=1"
	ins := func(s, at, note string) string { return strings.Replace(s, at, note+at, 1) }
	phpbb := ins(probe54PhpBB("1", "jdoe", "Line 6 extension opens", probe54Post), `<div id="sig1"`,
		`<div class="notice">Last edited by <a href="./memberlist.php?mode=viewprofile&amp;u=1" class="username">jdoe</a> on Tue Mar 05, 2024 3:10 pm, edited 1 time in total.</div>`)
	vb4 := ins(probe54VB4("11", "1", "jdoe", probe54Post), `</div>
<div class="after_content">`,
		`<blockquote class="postcontent lastedited"><img class="inlineimg" src="images/buttons/edit_40b.png" alt="" border="0"> Last edited by jdoe; 03-05-2024 at <span class="time">03:10 PM</span>. <span class="reason">Reason:</span> typo</blockquote>`)
	vb3 := ins(probe54VB3("11", "1", "jdoe", probe54Post), `<div>__________________`,
		`<div class="smallfont"><hr size="1" style="color:#D1D1E1"><em>Last edited by jdoe; 03-05-2024 at 03:10 PM.</em></div>`)
	xf := ins(probe55XF("11", "5", "jdoe", probe54Post), `<aside class="message-signature">`,
		`<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto" datetime="2024-03-05T15:10:00+0000" data-time="1709651400" data-date-string="Mar 5, 2024" data-time-string="3:10 PM" title="Mar 5, 2024 at 3:10 PM">Mar 5, 2024</time></div>`)
	mybb := strings.Replace(probe55MyBB("11", "jdoe", probe54Post), `<span class="post_edit" id="edited_by_11"></span>`,
		`<span class="post_edit" id="edited_by_11"><span class="edited_post">(This post was last modified: 03-05-2024, 03:10 PM by <a href="https://forum.example.org/member.php?action=profile&amp;uid=11">jdoe</a>.)</span></span>`, 1)
	ips := probe55IPS("11", "5", "jdoe", probe54Post+`<p class="ipsType_reset ipsType_medium ipsType_light" data-excludequote><strong>Edited March 5, 2024 by jdoe</strong><br>typo</p>`)
	discuz := probe54Discuz("1", "1", "刘洋", `<i class="pstatus"> 本帖最后由 刘洋 于 2024-3-5 16:10 编辑 </i><br><br>`+probe54ZhPost)
	return []struct{ name, page, url string }{
		{"phpbb", probe54PhpBBPage(phpbb, probe54PhpBB("2", "mk77", "Re: Line 6 extension opens", probe54Reply)), forum},
		{"vbulletin 4", probe54VB4Page(vb4, probe54VB4("12", "2", "mk77", probe54Reply)), forum},
		{"vbulletin 3", probe54VB3Page(vb3, probe54VB3("12", "2", "mk77", probe54Reply)), forum},
		{"xenforo", probe55XFPage(xf, probe55XF("12", "6", "mk77", probe54Reply)), forum},
		{"mybb", probe63MyBBPage(mybb + probe55MyBB("12", "mk77", probe54Reply)), forum},
		{"invision", probe55IPSPage(ips, probe55IPS("12", "6", "mk77", probe54Reply)), forum},
		{"discuz", probe54DiscuzPage(discuz, probe54Discuz("2", "2", "陈晓", "坐过了，确实快，就是早高峰太挤。")), "https://bbs.example.com.cn/thread-1-1-1.html"},
	}
}

func probe63MyBBPage(posts string) string {
	return `<!DOCTYPE html><html><head><title>Line 6 extension opens</title></head><body><div id="container"><div id="header"><div class="logo"><a href="index.php"><img src="images/logo.png" alt="City Forums" title="City Forums"></a></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="index.php">City Forums</a> &rsaquo; <a href="forumdisplay.php?fid=2">Transport</a> &rsaquo; <span class="active">Line 6 extension opens</span></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div><strong>Line 6 extension opens</strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">` + posts + `</div></td></tr></table></div></div>
<div id="footer"><div class="lower"><span id="copyright">Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2024 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span></div></div></div></body></html>`
}

// An edited first post's body is its text without the engine's note of
// the edit, and without the poster's card and the replies as before.
func TestBodyProbe63EditNotes(t *testing.T) {
	for _, c := range probe63Edited() {
		a, err := Extract([]byte(c.page), c.url, Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		first, noise := "three hundred kilometres", []string{"Last edited", "edited 1 time", "last modified", "Edited March", "Reason:", "Posts:", "Joined", "fast but crowded", "You must log in"}
		if c.name == "discuz" {
			first, noise = "三百公里", []string{"本帖最后由", "编辑", "主题", "积分", "早高峰太挤"}
		}
		firstPostOnly(t, c.name, a.Text, first, noise)
	}
}

// A story that says the words of a forum's furniture keeps them: a
// sentence that opens as an edit note, an editor's credit, a quoted count
// of posts and a table of figures.
func TestBodyProbe63StoryKeepsFurnitureWords(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The map nobody updated | Daily Ledger</title><meta property="og:title" content="The map nobody updated"></head><body>
<header class="site-header"><a href="/">Daily Ledger</a><nav><a href="/news">News</a> <a href="/opinion">Opinion</a></nav></header>
<main><article class="post"><h1 class="entry-title">The map nobody updated</h1><p class="byline">By Ana Ruiz | March 5, 2024</p>
<div class="entry-content">
<p>Last edited by the council in 2019, the flood map still shows the river where it ran before the new embankment was built, and the insurers price the houses behind it by that line.</p>
<p>The residents' forum where the error was first raised is small. "Posts: 3, and one of them was mine," said Maria Lopez, who found the mistake while buying her house on Mill Lane.</p>
<table class="stats"><caption>Claims by street</caption><tr><th>Street</th><th>Posts</th><th>Joined</th><th>Claims</th></tr><tr><td>Mill Lane</td><td>12</td><td>2010</td><td>34</td></tr><tr><td>River Row</td><td>7</td><td>2012</td><td>21</td></tr></table>
<p>The council said it would review the map this year. Its planning office has received forty requests since January, and it expects more when the spring rains come and the river rises again.</p>
<p class="credit">Edited by Tom Hale</p>
</div></article></main>
<footer class="site-footer"><p>&copy; 2024 Daily Ledger</p></footer></body></html>`
	a, err := Extract([]byte(page), "https://ledger.example.com/news/2024/03/05/the-map-nobody-updated", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Last edited by the council in 2019", "Posts: 3, and one of them", "Mill Lane 12 2010 34", "forty requests"} {
		if !strings.Contains(strings.Join(strings.Fields(a.Text), " "), want) {
			t.Errorf("Extract.Text lacks %q:\n%s", want, a.Text)
		}
	}
}

// TestEditNote: the whole text of an engine's edit note, not a sentence
// that opens with its words.
func TestEditNote(t *testing.T) {
	for text, want := range map[string]bool{
		"Last edited by jdoe; 03-05-2024 at 03:10 PM. Reason: typo":                    true,
		"Last edited by jdoe; Today at 03:10 PM.":                                      true,
		"Last edited by jdoe on Tue Mar 05, 2024 3:10 pm, edited 1 time in total.":     true,
		"Last edited: Mar 5, 2024":                                                     true,
		"Last edited by a moderator: Mar 5, 2024":                                      true,
		"Edited March 5, 2024 by jdoe":                                                 true,
		"Edited just now by jdoe":                                                      true,
		"本帖最后由 刘洋 于 2024-3-5 16:10 编辑":                                                 true,
		"Last edited by the council in 2019, the flood map still shows the river.":     false,
		"Last edited by the council on 5 May 2019, the map still shows the old river.": false,
		"Edited in 2019 by the archive staff, the collection runs to twelve volumes.":  false,
		"Edited 3 hours ago by jdoe":                                                   true,
		"Edited by Tom Hale":                                                           false,
		"本帖最后由 刘洋 于 2024-3-5 16:10 编辑 江州市轨道交通6号线二期工程于周二上午正式开通运营。": false,
		"": false,
	} {
		if got := opensEditNote(text) && reEditNote.MatchString(text); got != want {
			t.Errorf("edit note %q = %v, want %v", text, got, want)
		}
	}
}

// TestReplyPrompt: a prompt to sign in and reply, whole; a sentence that
// opens with its words is none.
func TestReplyPrompt(t *testing.T) {
	for text, want := range map[string]bool{
		"You must log in or register to reply here.":    true,
		"You must be logged in to reply to this topic.": true,
		"Log in or register to post comments":           true,
		"Please sign in to comment.":                    true,
		"You must log in to the portal to renew a permit, the council said, and the site was down for two days.": false,
		"Please reply by Friday.": false,
		"":                        false,
	} {
		if got := opensReplyPrompt(text) && reReplyPrompt.MatchString(text); got != want {
			t.Errorf("reply prompt %q = %v, want %v", text, got, want)
		}
	}
}

// XenForo 1's thread_view: a post's "messageUserInfo" card beside its
// "messageText", the "editDate" note, the signature, and the line of likes
// ("likesSummary": "mk77, anna_k and 3 others like this.") under it; the
// sign-in prompt under the thread.
func probe63XF1(id, who, text string) string {
	return `<li id="post-` + id + `" class="message" data-author="` + who + `">
<div class="messageUserInfo" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person"><div class="messageUserBlock"><div class="avatarHolder"><span class="helper"></span><a href="members/` + who + `.` + id + `/" class="avatar Av` + id + `m" data-avatarhtml="true"><img src="data/avatars/m/0/` + id + `.jpg" width="96" height="96" alt="` + who + `"></a></div>
<h3 class="userText"><a href="members/` + who + `.` + id + `/" class="username" dir="auto" itemprop="name">` + who + `</a><em class="userTitle" itemprop="title">Well-Known Member</em></h3>
<div class="extraUserInfo"><dl class="pairsJustified"><dt>Joined:</dt><dd>Mar 1, 2010</dd></dl><dl class="pairsJustified"><dt>Messages:</dt><dd><a href="search/member?user_id=` + id + `" class="concealed" rel="nofollow">1,234</a></dd></dl><dl class="pairsJustified"><dt>Likes Received:</dt><dd>567</dd></dl></div>
<span class="arrow"><span></span></span></div></div>
<div class="messageInfo primaryContent"><div class="messageContent"><article><blockquote class="messageText SelectQuoteContainer ugc baseHtml">` + text + `<div class="messageTextEndMarker">&nbsp;</div></blockquote></article></div>
<div class="editDate">Last edited by a moderator: <span class="DateTime" title="Mar 5, 2024 at 3:10 PM">Mar 5, 2024</span></div>
<div class="baseHtml signature messageText ugc"><aside><div>Trains, trams and timetables since 1998.</div></aside></div>
<div class="messageMeta ToggleTriggerAnchor"><div class="privateControls"><span class="item muted"><span class="authorEnd"><a href="members/` + who + `.` + id + `/" class="username author" dir="auto">` + who + `</a>,</span> <a href="threads/line-6-extension-opens.1234/" title="Permalink" class="datePermalink"><span class="DateTime" title="Mar 5, 2024 at 2:22 PM">Mar 5, 2024</span></a></span></div>
<div class="publicControls"><a href="threads/line-6-extension-opens.1234/#post-` + id + `" title="Permalink" class="item muted postNumber hashPermalink OverlayTrigger">#1</a><a href="threads/line-6-extension-opens.1234/reply?quote=` + id + `" data-messageid="` + id + `" class="MultiQuoteControl JsOnly item control" title="Add this message to the multi-quote queue"><span></span><span class="symbol">+ Quote</span></a><a href="threads/line-6-extension-opens.1234/reply?quote=` + id + `" class="ReplyQuote item control reply" title="Reply, quoting this message"><span></span>Reply</a></div></div>
<div id="likes-post-` + id + `"><div class="likesSummary secondaryContent"><span class="LikeText"><a href="members/mk77.12/" class="username" dir="auto">mk77</a>, <a href="members/anna_k.13/" class="username" dir="auto">anna_k</a> and <a href="posts/` + id + `/likes" class="OverlayTrigger">3 others</a> like this.</span></div></div>
</div></li>`
}

// The first post of a XenForo 1 thread without its card, edit note, line of
// likes and the prompt to sign in.
func TestBodyProbe63XenForo1(t *testing.T) {
	page := `<!DOCTYPE html><html id="XenForo" lang="en-US" dir="LTR" class="Public NoJs"><head><meta charset="utf-8"><title>Line 6 extension opens | City Forums</title><meta property="og:title" content="Line 6 extension opens"><meta property="og:site_name" content="City Forums"></head><body>
<div id="headerMover"><div id="headerProxy"></div><div id="content" class="thread_view"><div class="pageWidth"><div class="pageContent">
<div class="breadBoxTop"><nav><fieldset class="breadcrumb"><span class="crumbs"><span class="crust homeCrumb"><a href="https://forum.example.org/" class="crumb"><span>Home</span></a></span><span class="crust"><a href="forums/" class="crumb"><span>Forums</span></a></span><span class="crust"><a href="forums/transport.2/" class="crumb"><span>Transport</span></a></span></span></fieldset></nav></div>
<div class="titleBar"><h1>Line 6 extension opens</h1><p id="pageDescription" class="muted ">Discussion in '<a href="forums/transport.2/">Transport</a>' started by <a href="members/jdoe.11/" class="username" dir="auto">jdoe</a>, <a href="threads/line-6-extension-opens.1234/"><span class="DateTime" title="Mar 5, 2024 at 2:22 PM">Mar 5, 2024</span></a>.</p></div>
<div class="pageNavLinkGroup"><div class="linkGroup SelectionCountContainer"></div></div>
<form action="inline-mod/post/switch" method="post" class="InlineModForm section" id="ThreadViewForm"><ol class="messageList" id="messageList">` + probe63XF1("11", "jdoe", probe54Post) + probe63XF1("12", "mk77", probe54Reply) + `</ol></form>
<div class="pageNavLinkGroup"><div class="linkGroup"><label for="LoginControl"><a href="login/" class="concealed element">(You must log in or sign up to reply here.)</a></label></div></div>
</div></div></div></div>
<footer><div class="footerLegal"><div class="pageWidth"><div class="pageContent"><div id="copyright">Forum software by XenForo&trade; <span>&copy;2010-2017 XenForo Ltd.</span></div></div></div></div></footer></body></html>`
	a, err := Extract([]byte(page), "https://forum.example.org/threads/line-6-extension-opens.1234/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	firstPostOnly(t, "xenforo 1", a.Text, "three hundred kilometres", []string{"Joined", "Messages:", "Last edited", "like this", "fast but crowded", "Trains, trams", "You must log in"})
}

// TestLikesLine: a line of likes, whole; a sentence is none.
func TestLikesLine(t *testing.T) {
	for text, want := range map[string]bool{
		"mk77, anna_k and 3 others like this.":           true,
		"jdoe likes this.":                               true,
		"mk77 and anna_k like this.":                     true,
		"The council said residents will not like this.": false,
	} {
		if got := endsLikesLine(text) && reLikesLine.MatchString(text); got != want {
			t.Errorf("likes line %q = %v, want %v", text, got, want)
		}
	}
}
