package extractor

import (
	"strings"
	"testing"
)

// XenForo 2's thread_view: a post is an <article class="message">, the
// poster's cell ("message-cell--user": avatar, name, title and the
// "Joined", "Messages", "Reaction score" pairs) beside the post's
// ("message-cell--main": the date, the post in a "bbWrapper", the
// signature, the bar of reactions and the Like, Quote and Reply links).
func probe55XF(id, n, who, text string) string {
	return `<article class="message message--post js-post js-inlineModContainer" data-author="` + who + `" data-content="post-` + id + `" id="js-post-` + id + `">
<span class="u-anchorTarget" id="post-` + id + `"></span>
<div class="message-inner">
<div class="message-cell message-cell--user">
<section class="message-user">
<div class="message-avatar "><div class="message-avatar-wrapper"><a href="/members/` + who + `.` + id + `/" class="avatar avatar--m" data-user-id="` + id + `" data-xf-init="member-tooltip"><img src="/data/avatars/m/0/` + id + `.jpg?1600000000" alt="` + who + `" class="avatar-u` + id + `-m" width="96" height="96" loading="lazy"></a></div></div>
<div class="message-userDetails">
<h4 class="message-name"><a href="/members/` + who + `.` + id + `/" class="username " dir="auto" data-user-id="` + id + `" data-xf-init="member-tooltip">` + who + `</a></h4>
<h5 class="userTitle message-userTitle" dir="auto">Well-known member</h5>
</div>
<div class="message-userExtras">
<dl class="pairs pairs--justified"><dt>Joined</dt><dd>Mar 1, 2010</dd></dl>
<dl class="pairs pairs--justified"><dt>Messages</dt><dd>1,234</dd></dl>
<dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>567</dd></dl>
<dl class="pairs pairs--justified"><dt>Location</dt><dd>Ohio</dd></dl>
</div>
<span class="message-userArrow"></span>
</section>
</div>
<div class="message-cell message-cell--main">
<div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/line-6-extension-opens.1234/post-` + id + `" rel="nofollow"><time class="u-dt" dir="auto" datetime="2024-03-0` + n + `T14:22:00+0000" data-time="1709648520" data-date-string="Mar ` + n + `, 2024" data-time-string="2:22 PM" title="Mar ` + n + `, 2024 at 2:22 PM">Mar ` + n + `, 2024</time></a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/line-6-extension-opens.1234/post-` + id + `" class="message-attribution-gadget" data-xf-init="share-tooltip" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/line-6-extension-opens.1234/post-` + id + `" rel="nofollow">#` + n + `</a></li></ul>
</header>
<div class="message-content js-messageContent">
<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-` + id + `" data-lb-caption-desc="` + who + ` &middot; Mar ` + n + `, 2024 at 2:22 PM">
<article class="message-body js-selectToQuote"><div class="bbWrapper">` + text + `</div><div class="js-selectToQuoteEnd">&nbsp;</div></article>
</div>
<aside class="message-signature"><div class="bbWrapper">Trains, trams and timetables since 1998.</div></aside>
</div>
<footer class="message-footer">
<div class="message-actionBar actionBar">
<div class="actionBar-set actionBar-set--external">
<a href="/posts/` + id + `/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" data-xf-init="reaction" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a>
<a href="/threads/line-6-extension-opens.1234/reply?quote=` + id + `" class="actionBar-action actionBar-action--mq u-jsOnly js-multiQuote" title="Toggle multi-quote" rel="nofollow" data-message-id="` + id + `" data-mq-action="add">Quote</a>
<a href="/threads/line-6-extension-opens.1234/reply?quote=` + id + `" class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" data-xf-click="quote">Reply</a>
</div>
<div class="actionBar-set actionBar-set--internal"><a href="/posts/` + id + `/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a></div>
</div>
<div class="reactionsBar js-reactionsList is-active"><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/` + id + `/reactions" data-xf-click="overlay" rel="nofollow"><bdi>mk77</bdi>, <bdi>anna_k</bdi> and 3 others</a></div>
</footer>
</div></div></div></article>`
}

func probe55XFPage(posts ...string) string {
	return `<!DOCTYPE html><html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="thread_view" data-container-key="node-5" data-content-key="thread-1234" class="has-no-js template-thread_view"><head><meta charset="utf-8"><title>Line 6 extension opens | City Forums</title>
<meta property="og:site_name" content="City Forums"><meta property="og:type" content="website"><meta property="og:title" content="Line 6 extension opens"><meta property="og:url" content="https://forum.example.org/threads/line-6-extension-opens.1234/"></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/default/xenforo/xenforo-logo.png" alt="City Forums" width="100" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary"><nav class="p-nav"><ul class="p-nav-list"><li><a href="/" class="p-navEl-link">Home</a></li><li><a href="/forums/" class="p-navEl-link">Forums</a></li><li><a href="/whats-new/" class="p-navEl-link">What's new</a></li><li><a href="/members/" class="p-navEl-link">Members</a></li></ul></nav></div>
<div class="p-body"><div class="p-body-inner">
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/" itemprop="item"><span itemprop="name">Forums</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/transport.5/" itemprop="item"><span itemprop="name">Transport</span></a><meta itemprop="position" content="2"></li></ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">Line 6 extension opens</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/jdoe.11/" class="username  u-concealed" dir="auto" data-user-id="11" data-xf-init="member-tooltip">jdoe</a></li><li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/threads/line-6-extension-opens.1234/" class="u-concealed"><time class="u-dt" dir="auto" datetime="2024-03-05T14:22:00+0000" data-time="1709648520" title="Mar 5, 2024 at 2:22 PM">Mar 5, 2024</time></a></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
<div class="block-outer"><div class="block-outer-opposite"><a href="/threads/line-6-extension-opens.1234/watch" class="button--link button" data-xf-click="switch-overlay" rel="nofollow"><span class="button-text">Watch</span></a></div></div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-lb-id="thread-1234"><div class="block-body js-replyNewMessageContainer">
` + strings.Join(posts, "\n") + `
</div></div></div>
<div class="blockMessage blockMessage--small blockMessage--error"><span class="button-text">You must log in or register to reply here.</span></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div></div></footer>
</div></body></html>`
}

// Invision Community 4's topic: a post is an <article class="cPost">,
// the poster's pane ("cAuthorPane": name, photo, group, count of posts)
// an aside beside the post's column ("Posted" and its time, the post in
// data-role="commentContent", the reactions, the Quote link, the
// signature in data-role="memberSignature").
func probe55IPS(id, n, who, text string) string {
	return `<article id="elComment_` + id + `" class="cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<div class="cAuthorPane_mobile ipsResponsive_showPhone"><div class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="https://forum.example.org/profile/` + id + `-` + who + `/" rel="nofollow" class="ipsUserPhoto ipsUserPhoto_large" title="Go to ` + who + `'s profile"><img src="https://forum.example.org/uploads/monthly_2020_01/av` + id + `.thumb.jpg" alt="` + who + `" loading="lazy"></a></div></div><div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center"><a href="https://forum.example.org/profile/` + id + `-` + who + `/" class="ipsType_break">` + who + `</a></h3><div class="ipsType_light ipsType_reset"><a href="https://forum.example.org/topic/1234-line-6-extension-opens/?do=findComment&amp;comment=` + id + `" rel="nofollow" class="ipsType_blendLinks"><time datetime="2024-03-0` + n + `T14:22:00Z" title="03/0` + n + `/2024 02:22  PM" data-short="Mar ` + n + `">March ` + n + `, 2024</time></a></div></div></div>
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="https://forum.example.org/profile/` + id + `-` + who + `/" title="Go to ` + who + `'s profile" class="ipsType_break">` + who + `</a></strong></h3>
<ul class="cAuthorPane_info ipsList_reset">
<li data-role="photo" class="cAuthorPane_photo"><div class="cAuthorPane_photoWrap"><a href="https://forum.example.org/profile/` + id + `-` + who + `/" rel="nofollow" class="ipsUserPhoto ipsUserPhoto_large" title="Go to ` + who + `'s profile"><img src="https://forum.example.org/uploads/monthly_2020_01/av` + id + `.thumb.jpg" alt="` + who + `" loading="lazy"></a></div></li>
<li data-role="group">Members</li>
<li data-role="stats" class="ipsMargin_top"><ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsFlex-fw:wrap ipsGap:2 cAuthorPane_stats"><li><a href="https://forum.example.org/profile/` + id + `-` + who + `/content/" title="1,234 posts" class="ipsType_blendLinks"><i class="fa fa-comment"></i> 1.2k</a></li></ul></li>
</ul>
</aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none">
<div id="comment-` + id + `_wrap" data-controller="core.front.core.comment" data-commentapp="forums" data-commenttype="forums" data-commentid="` + id + `" class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
<div class="ipsType_light ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_inline ipsComment_tools"><li><a href="https://forum.example.org/topic/1234-line-6-extension-opens/?do=reportComment&amp;comment=` + id + `" class="ipsButton ipsButton_link ipsButton_verySmall ipsButton_fullWidth" title="Report post">Report</a></li><li><a class="ipsType_blendLinks" href="https://forum.example.org/topic/1234-line-6-extension-opens/?do=findComment&amp;comment=` + id + `" title="Share this post" rel="nofollow">Share</a></li></ul></div>
<div class="ipsType_reset ipsResponsive_hidePhone">Posted <a href="https://forum.example.org/topic/1234-line-6-extension-opens/?do=findComment&amp;comment=` + id + `" rel="nofollow" class="ipsType_blendLinks"><time datetime="2024-03-0` + n + `T14:22:00Z" title="03/0` + n + `/2024 02:22  PM" data-short="Mar ` + n + `">March ` + n + `, 2024</time></a></div>
</div>
<div class="cPost_contentWrap">
<div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">` + text + `</div>
<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right ipsClearfix "><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb " data-role="reactionBlurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span title="Like"><span><img src="https://forum.example.org/uploads/reactions/react_like.png" alt="Like" loading="lazy"></span><span>3</span></span></li></ul></div></div></div>
<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls"><li class="ipsJS_show"><a href="#" data-action="quoteComment">Quote</a></li></ul></div>
<div data-role="memberSignature" class="ipsResponsive_hidePhone ipsBorder_top ipsPadding_vertical"><div class="ipsType_richText ipsType_normal">Trains, trams and timetables since 1998.</div></div>
</div></div></div></article>`
}

func probe55IPSPage(posts ...string) string {
	return `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>Line 6 extension opens - Transport - City Forums</title>
<meta property="og:title" content="Line 6 extension opens"><meta property="og:type" content="website"><meta property="og:site_name" content="City Forums"><meta property="og:url" content="https://forum.example.org/topic/1234-line-6-extension-opens/"></head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-pageapp="forums" data-pagelocation="front" data-pagemodule="forums" data-pagecontroller="topic">
<div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container"><a href="https://forum.example.org/" id="elSiteTitle" accesskey="1">City Forums</a></div></header>
<nav data-controller="core.front.core.navBar"><ul data-role="primaryNavBar"><li><a href="https://forum.example.org/">Browse</a></li><li><a href="https://forum.example.org/discover/">Activity</a></li></ul></nav></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList"><li><a href="https://forum.example.org/">Home</a></li><li><a href="https://forum.example.org/forum/5-transport/">Transport</a></li><li>Line 6 extension opens</li></ul></nav>
<div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>Line 6 extension opens</span></span></h1></div></div>
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><a href="https://forum.example.org/profile/11-jdoe/" rel="nofollow" class="ipsUserPhoto ipsUserPhoto_mini" title="Go to jdoe's profile"><img src="https://forum.example.org/uploads/monthly_2020_01/av11.thumb.jpg" alt="jdoe" loading="lazy"></a><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">By <a href="https://forum.example.org/profile/11-jdoe/" title="Go to jdoe's profile" class="ipsType_break">jdoe</a></span>, <span class="ipsType_light"><time datetime="2024-03-05T14:22:00Z" title="03/05/2024 02:22  PM" data-short="Mar 5">March 5, 2024</time> in <a href="https://forum.example.org/forum/5-transport/">Transport</a></span></p></div></div></div></div></div>
<div class="ipsClearfix"><ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both "><li class="ipsToolList_primaryAction"><a href="https://forum.example.org/topic/1234-line-6-extension-opens/#replyForm" class="ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth">Reply to this topic</a></li></ul></div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-feedid="topic-1234" class="cTopic ipsClear ipsSpacer_top">
<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_light ipsPadding:half">
` + strings.Join(posts, "\n") + `
</div></div>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showPhone ipsMargin_top"><a href="https://forum.example.org/login/">Sign in</a> to follow this</div>
</div></div></div></main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><p id="elCopyright"><span id="elCopyright_userLine">City Forums</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer>
</body></html>`
}

// Simple Machines 2.1's topic: a post's "poster" box (name, group,
// avatar, "Posts: 1,234") beside its "postarea" (key info, the post in
// "inner", the quick buttons), its signature in the moderator bar below.
func probe55SMF(id, n, who, text string) string {
	return `<div class="windowbg" id="msg` + id + `"><div class="post_wrapper">
<div class="poster"><h4><span class="off" title="Offline"></span> <a href="https://forum.example.org/index.php?action=profile;u=` + id + `" title="View the profile of ` + who + `">` + who + `</a></h4>
<ul class="user_info"><li class="membergroup">Full Member</li><li class="avatar"><a href="https://forum.example.org/index.php?action=profile;u=` + id + `"><img class="avatar" src="https://forum.example.org/custom_avatar/avatar_` + id + `.png" alt=""></a></li><li class="icons"><img src="https://forum.example.org/Themes/default/images/membericons/icon.png" alt="*"><img src="https://forum.example.org/Themes/default/images/membericons/icon.png" alt="*"></li><li class="postcount">Posts: 1,234</li><li class="poster_ip">Logged</li></ul></div>
<div class="postarea"><div class="keyinfo"><div id="subject_` + id + `" class="subject_title subject_hidden"><a href="https://forum.example.org/index.php?topic=1234.msg` + id + `#msg` + id + `" rel="nofollow">Line 6 extension opens</a></div><span class="page_number floatright">#` + n + `</span>
<div class="postinfo"><a href="https://forum.example.org/index.php?topic=1234.msg` + id + `#msg` + id + `" title="Line 6 extension opens" class="smalltext">March 0` + n + `, 2024, 02:22:00 PM</a><span class="spacer"></span><span class="smalltext modified floatright" id="modified_` + id + `"></span></div><div id="msg_` + id + `_quick_mod"></div></div>
<div class="post"><div class="inner" data-msgid="` + id + `" id="msg_` + id + `">` + text + `</div></div>
<div class="under_message"><ul class="floatleft smalltext"></ul></div>
</div>
<div class="moderatorbar"><div class="signature" id="msg_` + id + `_signature">Trains, trams and timetables since 1998.</div></div>
</div></div>`
}

func probe55SMFPage(posts ...string) string {
	return `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Line 6 extension opens</title><meta property="og:site_name" content="City Forums"><meta property="og:title" content="Line 6 extension opens"><meta property="og:url" content="https://forum.example.org/index.php?topic=1234.0"></head>
<body id="chrome" class="action_messageindex board_5"><div id="footerfix"><div id="header"><h1 class="forumtitle"><a id="top" href="https://forum.example.org/index.php">City Forums</a></h1></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div class="navigate_section"><ul><li><a href="https://forum.example.org/index.php"><span>City Forums</span></a></li><li><a href="https://forum.example.org/index.php#c2"><span>General</span></a></li><li><a href="https://forum.example.org/index.php?board=5.0"><span>Transport</span></a></li><li class="last"><a href="https://forum.example.org/index.php?topic=1234.0"><span>Line 6 extension opens</span></a></li></ul></div></div></div>
<div id="content_section"><div id="main_content_section">
<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">Line 6 extension opens</span></h2><p>Started by jdoe, March 05, 2024, 02:22:00 PM</p></div>
<div class="pagesection top"><div class="buttonlist floatright"><a class="button button_strip_reply active" href="https://forum.example.org/index.php?action=post;topic=1234.0">Reply</a></div></div>
<div id="forumposts"><form action="https://forum.example.org/index.php?action=quickmod2;topic=1234.0" method="post" name="quickModForm" id="quickModForm">
` + strings.Join(posts, "\n") + `
</form></div>
</div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="copyright"><a href="https://forum.example.org/index.php?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a></li></ul></div></div></body></html>`
}

// Forum threads of engines not probed before: the title is the topic's,
// the author the first poster, the date the first post's, and the body
// the first post, without the poster's card, signature, reactions,
// buttons and the replies.
func TestBodyProbe55ForumThreads(t *testing.T) {
	const first = "three hundred kilometres"
	noise := []string{"Posts:", "1,234", "Joined", "Messages", "Reaction score", "Well-known member", "Full Member", "Members", "fast but crowded", "Trains, trams", "Likes", "Quote", "Reply", "Report", "and 3 others"}
	for _, c := range []struct{ name, page string }{
		{"xenforo, first post and a reply", probe55XFPage(probe55XF("11", "5", "jdoe", probe54Post), probe55XF("12", "6", "mk77", probe54Reply))},
		{"xenforo, first post alone", probe55XFPage(probe55XF("11", "5", "jdoe", probe54Post))},
		{"invision, first post and a reply", probe55IPSPage(probe55IPS("11", "5", "jdoe", probe54Post), probe55IPS("12", "6", "mk77", probe54Reply))},
		{"invision, first post alone", probe55IPSPage(probe55IPS("11", "5", "jdoe", probe54Post))},
	} {
		a, err := Extract([]byte(c.page), "https://forum.example.org/threads/line-6-extension-opens.1234/", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		if a.Title != "Line 6 extension opens" {
			t.Errorf("Extract(%s).Title = %q", c.name, a.Title)
		}
		if strings.Join(a.Authors, "|") != "jdoe" {
			t.Errorf("Extract(%s).Authors = %q, want jdoe", c.name, a.Authors)
		}
		if a.PublishedDate != "2024-03-05" {
			t.Errorf("Extract(%s).PublishedDate = %q, want 2024-03-05", c.name, a.PublishedDate)
		}
		firstPostOnly(t, c.name, a.Text, first, noise)
	}
}

// A Simple Machines topic: its poster's box says the member's count of
// posts and no date joined; the box, the signature in the moderator bar
// and the replies stay out of the body.
func TestBodyProbe55SMF(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"first post and a reply", probe55SMFPage(probe55SMF("11", "5", "jdoe", probe54Post), probe55SMF("12", "6", "mk77", probe54Reply))},
		{"first post alone", probe55SMFPage(probe55SMF("11", "5", "jdoe", probe54Post))},
	} {
		a, err := Extract([]byte(c.page), "https://forum.example.org/index.php?topic=1234.0", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		if a.Title != "Line 6 extension opens" || a.PublishedDate != "2024-03-05" {
			t.Errorf("Extract(%s) = %q, %q", c.name, a.Title, a.PublishedDate)
		}
		firstPostOnly(t, c.name, a.Text, "three hundred kilometres", []string{"Posts:", "Full Member", "Logged", "fast but crowded", "Trains, trams"})
	}
}

// TestPostsText: the label of a count of posts before a colon, alone or
// with its figure; a longer word, a sentence or a label without its colon
// is none.
func TestPostsText(t *testing.T) {
	for text, want := range map[string]bool{
		"Posts:": true, "Posts: 1,234": true, " posts : 12 ": true, "Beiträge: 56": true, "Сообщений: 1,234": true, "帖子：345": true,
		"Posts": false, "Posts: about trains": false, "Postscript:": false, "Messages from readers": false, "Posts: 2010": false, "": false,
	} {
		if got := postsText(text); got != want {
			t.Errorf("postsText(%q) = %v, want %v", text, got, want)
		}
	}
}

// MyBB 1.8's postbit: the poster's column ("post_author") holds a box of
// the name and picture and a box of counts ("author_statistics": "Posts:
// 1,234 Threads: 56 Joined: Mar 2010 Reputation: 7") beside it, the
// post's box ("post_content") the post and its signature.
func probe55MyBB(id, who, text string) string {
	return `<div class="post classic " style="" id="post_` + id + `">
<div class="post_author scaleimages"><div class="author_avatar"><a href="member.php?action=profile&amp;uid=` + id + `"><img src="./uploads/avatars/avatar_` + id + `.png" alt="" width="55" height="55"></a></div>
<div class="author_information"><strong><span class="largetext"><a href="https://forum.example.org/member.php?action=profile&amp;uid=` + id + `">` + who + `</a></span></strong> <img src="https://forum.example.org/images/buddy_offline.png" title="Offline" alt="Offline" class="buddy_status"><br><span class="smalltext">Senior Member<br><img src="images/star.png" border="0" alt="*"><img src="images/star.png" border="0" alt="*"><br></span></div>
<div class="author_statistics">Posts: 1,234<br>Threads: 56<br>Joined: Mar 2010<br>Reputation: <a href="reputation.php?uid=` + id + `"><strong class="reputation_positive">7</strong></a></div></div>
<div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top"><strong><a href="showthread.php?tid=1&amp;pid=` + id + `#pid` + id + `" title="Line 6 extension opens">#1</a></strong></div>
<span class="post_date">03-05-2024, 02:22 PM <span class="post_edit" id="edited_by_` + id + `"></span></span></div>
<div class="post_body scaleimages" id="pid_` + id + `">` + text + `</div>
<div class="signature scaleimages">Trains, trams and timetables since 1998.</div>
<div class="post_meta" id="post_meta_` + id + `"></div></div>
<div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a href="search.php?action=finduser&amp;uid=` + id + `" title="Find all posts by this user" class="postbit_find"><span>Find</span></a></div><div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=1&amp;replyto=` + id + `" title="Quote this message in a reply" class="postbit_quote postbit_mirage"><span>Reply</span></a></div></div></div>`
}

// A MyBB thread: the poster's column is the card, not its box of counts
// alone, and the post's signature leaves the body with the replies.
func TestBodyProbe55MyBB(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Line 6 extension opens</title></head><body><div id="container"><div id="header"><div class="logo"><a href="index.php"><img src="images/logo.png" alt="City Forums" title="City Forums"></a></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="index.php">City Forums</a> &rsaquo; <a href="forumdisplay.php?fid=2">Transport</a> &rsaquo; <span class="active">Line 6 extension opens</span></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div><strong>Line 6 extension opens</strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">` + probe55MyBB("11", "jdoe", probe54Post) + probe55MyBB("12", "mk77", probe54Reply) + `</div></td></tr></table></div></div>
<div id="footer"><div class="lower"><span id="copyright">Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2024 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span></div></div></div></body></html>`
	a, err := Extract([]byte(page), "https://forum.example.org/showthread.php?tid=1", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Line 6 extension opens" || strings.Join(a.Authors, "|") != "jdoe" || a.PublishedDate != "2024-03-05" {
		t.Errorf("Extract = %q, %q, %q", a.Title, a.Authors, a.PublishedDate)
	}
	firstPostOnly(t, "mybb", a.Text, "three hundred kilometres", []string{"Posts:", "Joined", "Senior Member", "fast but crowded", "Trains, trams", "Reply"})
}
