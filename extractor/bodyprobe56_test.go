package extractor

import (
	"strings"
	"testing"

	"github.com/newsprint/newsprint/extractor/internal/htmlfork"
)

// p56Paras joins paragraphs from..to-1 of the probe article.
func p56Paras(from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		b.WriteString(p55(i))
	}
	return b.String()
}

const p56Header = `<header class="article-header"><h1 class="entry-title">Millbrook dam to be rebuilt after years of leaks</h1><div class="byline">By <a href="/author/jane-roe" rel="author">Jane Roe</a> <time datetime="2024-06-13T09:00:00Z">June 13, 2024</time></div></header>`

// A metered WordPress post (Leaky Paywall, Pigeon and the like): the
// template shows the first paragraph, the offer, and the whole story in a
// hidden premium block that the paywall's script reveals to subscribers.
func TestProbe56PaywallWholeStoryHidden(t *testing.T) {
	page := p55Head + `<body class="post-template-default single single-post">` + p55Nav + `<main id="main" class="site-main"><article id="post-4312" class="post-4312 post type-post status-publish">` + p56Header +
		`<div class="entry-content">` + p55(0) +
		`<div class="paywall-offer"><h3>Subscribe to keep reading</h3><p>Get unlimited access to the Valley Courier for 1 euro a week.</p><a class="button" href="/subscribe">Subscribe now</a> <a href="/login">Log in</a></div>` +
		`<div class="premium-content" style="display:none">` + p56Paras(0, 7) + `</div>` +
		`</div></article></main>` + p55Foot + `</body></html>`
	probe55Check(t, "paywall whole story hidden", page, "Subscribe to keep reading", "unlimited access")
}

// A news site's paywall (Arc, Brightspot): the teaser paragraph shows, and
// the rest of the story follows in a block marked "paywall" and
// aria-hidden until the reader's entitlement is checked.
func TestProbe56PaywallRestHidden(t *testing.T) {
	page := p55Head + `<body>` + p55Nav + `<main><article class="article">` + p56Header +
		`<div class="article-body" itemprop="articleBody">` + p55(0) +
		`<div class="paywall" aria-hidden="true">` + p56Paras(1, 7) + `</div>` +
		`<div class="paywall-prompt"><p>This story is for subscribers. Subscribe to keep reading.</p></div>` +
		`</div></article></main>` + p55Foot + `</body></html>`
	probe55Check(t, "paywall rest hidden", page, "Subscribe to keep reading")
}

// The whole story in a <template> that the paywall's script stamps into
// the page for subscribers; the teaser shows.
func TestProbe56PaywallTemplate(t *testing.T) {
	page := p55Head + `<body>` + p55Nav + `<main><article class="story">` + p56Header +
		`<div class="story-body">` + p55(0) + `<div id="paywall-offer" class="piano-offer"><p>Subscribe to keep reading.</p></div>` +
		`<template id="premium-story"><div class="story-text">` + p56Paras(0, 7) + `</div></template>` +
		`</div></article></main>` + p55Foot + `</body></html>`
	probe55Check(t, "paywall template", page, "Subscribe to keep reading")
}

// A standfirst in the header that the CMS prints again as the body's first
// paragraph.
func TestProbe56RepeatedStandfirst(t *testing.T) {
	page := p55Head + `<body>` + p55Nav + `<main><article class="article">` +
		`<header class="article-header"><h1 class="entry-title">Millbrook dam to be rebuilt after years of leaks</h1><p class="standfirst">` + probe55Paras[0] + `</p><div class="byline">By <a href="/author/jane-roe" rel="author">Jane Roe</a> <time datetime="2024-06-13T09:00:00Z">June 13, 2024</time></div></header>` +
		`<figure class="lead-image"><img src="/img/dam.jpg" alt=""><figcaption>The dam from the north bank.</figcaption></figure>` +
		`<div class="article-body">` + p56Paras(0, 7) + `</div></article></main>` + p55Foot + `</body></html>`
	probe55Check(t, "repeated standfirst", page)
}

// A latest-posts list with no heading after the story, in the article's
// column: linked titles with dates and thumbnails.
func TestProbe56UnheadedLatestPosts(t *testing.T) {
	item := func(slug, title, date string) string {
		return `<li class="post-item"><a href="/news/` + slug + `" class="thumb"><img src="/img/` + slug + `.jpg" alt="" width="120" height="80"></a><div class="post-item-text"><a href="/news/` + slug + `">` + title + `</a><span class="post-date">` + date + `</span></div></li>`
	}
	page := p55Head + `<body>` + p55Nav + `<main><div class="container"><div class="col-main"><article class="article">` + p56Header +
		`<div class="article-body">` + p56Paras(0, 7) + `</div></article>` +
		`<ul class="post-list">` + item("ferry-timetable", "Ferry timetable changes for the summer", "June 10, 2024") + item("harbour-wall", "Harbour wall repairs finished early", "June 8, 2024") + item("school-roof", "School roof to be replaced over the summer holidays", "June 7, 2024") + item("bus-route", "New bus route links the three towns from September", "June 5, 2024") + `</ul>` +
		`</div></div></main>` + p55Foot + `</body></html>`
	probe55Check(t, "unheaded latest posts", page, "School roof", "New bus route")
}

// stackExchange56 is a Stack Overflow question page (2023 markup): the
// question, three answers (the first accepted), their vote cells, user
// cards and comments, and the sidebar's linked, related and hot network
// questions.
const stackExchange56 = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en">
<head>
<title>go - How do I stop a goroutine that blocks on a channel read? - Stack Overflow</title>
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website">
<meta property="og:url" content="https://stackoverflow.com/questions/6807590/how-do-i-stop-a-goroutine">
<meta property="og:site_name" content="Stack Overflow">
<meta property="og:title" content="How do I stop a goroutine that blocks on a channel read?">
<meta name="twitter:description" property="og:description" itemprop="description" content="I have a worker goroutine that reads jobs from a channel in a loop.">
<link rel="canonical" href="https://stackoverflow.com/questions/6807590/how-do-i-stop-a-goroutine">
</head>
<body class="question-page unified-theme">
<div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="https://stackoverflow.com" class="s-topbar--logo js-gps-track"><span class="-img _glyph">Stack Overflow</span></a><ol class="s-topbar--content"><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li><li><a href="/users">Users</a></li></ol><form id="search" role="search" action="/search" class="s-topbar--searchbar"><input name="q" type="text" placeholder="Search…"></form><ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn">Log in</a></li><li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>
<div class="container">
<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation"><ol class="nav-links"><li><a href="/" class="pl8 js-gps-track nav-links--link">Home</a></li><li><a href="/questions" class="nav-links--link">Questions</a></li><li><a href="/tags" class="nav-links--link">Tags</a></li></ol></nav></div>
<div id="content" class="snippet-hidden">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<link itemprop="image" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/apple-touch-icon.png?v=c78bd457575a">
<div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column">
<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/6807590/how-do-i-stop-a-goroutine" class="question-hyperlink">How do I stop a goroutine that blocks on a channel read?</a></h1>
<div class="ml12 aside-cta flex--item print:d-none sm:ml0 sm:mb12 sm:order-first sm:as-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask Question</a></div>
</div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200">
<div class="flex--item ws-nowrap mr16 mb8" title="2011-07-24 15:01:15Z"><span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2011-07-24T15:01:15">12 years, 4 months ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit" title="2023-03-02 10:11:02Z">9 months ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 287,655 times"><span class="fc-black-400 mr2">Viewed</span>287k times</div>
</div>
<div id="mainbar" role="main" aria-label="question and answers">
<div class="question js-question" data-questionid="6807590" data-position-on-page="0" data-score="312" id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow everyoneloves__top-leaderboard everyoneloves__leaderboard"></div></div>
<div class="post-layout">
<div class="votecell post-layout--left">
<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="6807590">
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary" aria-describedby="--stacks-s-tooltip-6lrfxbyy"><svg aria-hidden="true" class="svg-icon iconArrowUpLg" width="36" height="36" viewBox="0 0 36 36"><path d="M2 25h32L18 9 2 25Z"></path></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-black-500 fs-title" itemprop="upvoteCount" data-value="312">312</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon iconArrowDownLg" width="36" height="36" viewBox="0 0 36 36"><path d="M2 11h32L18 27 2 11Z"></path></svg></button>
<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/6807590/timeline" aria-label="Timeline"><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18" viewBox="0 0 19 18"><path d="M3 9a8 8 0 1 1 3.73 6.77"></path></svg></a>
</div>
</div>
<div class="postcell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
<p>I have a worker goroutine that reads jobs from a channel in a loop and processes each one. When the program shuts down I want the worker to stop, but it is usually blocked in the channel receive, waiting for the next job, so a flag it checks between jobs never gets read.</p>
<pre class="lang-go s-code-block"><code class="hljs language-go">func worker(jobs &lt;-chan Job) {
    for j := range jobs {
        process(j)
    }
}
</code></pre>
<p>Closing the channel from the main goroutine works, but other goroutines still send on it and then panic with "send on closed channel". What is the idiomatic way to tell the worker to stop without closing the jobs channel?</p>
</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline"><li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/go" class="post-tag" title="show questions tagged 'go'" rel="tag">go</a></li><li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/channels" class="post-tag" rel="tag">channels</a></li><li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/goroutine" class="post-tag" rel="tag">goroutine</a></li></ul></div></div></div>
<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16">
<div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="6807590" data-post-type-id="1"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/6807590" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this question" data-controller="se-share-sheet">Share</a></div><div class="flex--item"><a href="/posts/6807590/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this question</a></div><div class="flex--item"><button type="button" id="btnFollowPost-6807590" class="s-btn s-btn__link js-follow-post js-follow-question js-gps-track" data-controller="s-tooltip " data-s-tooltip-placement="bottom" data-s-popover-placement="bottom" aria-controls="">Follow</button></div></div></div></div>
<div class="post-signature flex--item"><div class="user-info user-hover"><div class="user-action-time">edited <span title="2023-03-02 10:11:02Z" class="relativetime">Mar 2, 2023 at 10:11</span></div><div class="user-gravatar32"></div><div class="user-details"><a href="/users/42/someone">someone</a></div></div></div>
<div class="post-signature owner flex--item"><div class="user-info user-hover"><div class="user-action-time">asked <span title="2011-07-24 15:01:15Z" class="relativetime">Jul 24, 2011 at 15:01</span></div><div class="user-gravatar32"><a href="/users/861123/kmh"><div class="gravatar-wrapper-32"><img src="https://www.gravatar.com/avatar/abc?s=64&amp;d=identicon&amp;r=PG" alt="kmh's user avatar" width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/861123/kmh">kmh</a><span class="d-none" itemprop="name">kmh</span><div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">4,211</span><span title="12 gold badges" aria-hidden="true"><span class="badge1"></span><span class="badgecount">12</span></span><span class="v-visible-sr">12 gold badges</span><span title="34 silver badges" aria-hidden="true"><span class="badge2"></span><span class="badgecount">34</span></span><span class="v-visible-sr">34 silver badges</span></div></div></div></div>
</div></div>
</div>
<div class="post-layout--right js-post-comments-component">
<div id="comments-6807590" class="comments js-comments-container bt bc-black-075 mt12 " data-post-id="6807590" data-min-length="15">
<ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true" data-comments-unavailable="false" data-addlink-disabled="true">
<li id="comment-8057216" class="comment js-comment " data-comment-id="8057216" data-comment-owner-id="9001" data-comment-score="4"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide"><span title="number of 'useful comment' votes received" class="cool">4</span></div></div><div class="comment-text  js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">Have you looked at the context package? It was made for exactly this kind of cancellation across goroutines.</span><div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/9001/gopher" title="12,345 reputation" class="comment-user">gopher</a></div><span class="comment-date" dir="ltr"><a class="comment-link" href="#comment8057216_6807590"><span title="2011-07-24 15:20:01Z, License: CC BY-SA 3.0" class="relativetime-clean">Jul 24, 2011 at 15:20</span></a></span></div></div></li>
</ul>
</div>
<div id="comments-link-6807590" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a><span class="js-link-separator d-none">&nbsp;|&nbsp;</span><a class="js-show-link comments-link dno" title="Expand to show all comments on this post" href="#" onclick="" role="button"></a></div>
</div>
</div>
</div>
<div id="answers">
<a name="tab-top"></a>
<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="3">3 Answers<span style="display:none;" itemprop="answerCount">3</span></h2></div><div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc" href="/questions/6807590/how-do-i-stop-a-goroutine?answertab=scoredesc#tab-top">Reset to default</a></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>
<a name="6807632"></a>
<div id="answer-6807632" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="6807632" data-parentid="6807590" data-score="401" data-position-on-page="1" data-highest-scored="1" data-question-has-accepted-highest-score="1" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">
<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="6807632"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Up vote"><svg aria-hidden="true" class="svg-icon iconArrowUpLg" width="36" height="36" viewBox="0 0 36 36"><path d="M2 25h32L18 9 2 25Z"></path></svg></button><div class="js-vote-count flex--item d-flex fd-column ai-center fc-black-500 fs-title" itemprop="upvoteCount" data-value="401">401</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon iconArrowDownLg" width="36" height="36"><path d="M2 11h32L18 27 2 11Z"></path></svg></button><div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right" title="Loading when this answer was accepted…" tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36" viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8v-8Z"></path></svg></div></div></div></div>
<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
<p>Give the worker a second channel that is only ever closed, never sent on, and select on both. A receive from a closed channel returns at once, so closing the quit channel wakes every worker that is waiting, whichever channel it was blocked on.</p>
<pre class="lang-go s-code-block"><code class="hljs language-go">func worker(jobs &lt;-chan Job, quit &lt;-chan struct{}) {
    for {
        select {
        case j := &lt;-jobs:
            process(j)
        case &lt;-quit:
            return
        }
    }
}
</code></pre>
<p>Since Go 1.7 the same pattern is packaged as <code>context.Context</code>: pass a context and select on <code>ctx.Done()</code> instead of a quit channel, and cancel it when the program shuts down. The senders keep the jobs channel open, so nothing panics.</p>
</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="2011-07-24T15:26:50"></time><div class="flex--item mr16" style="flex: 1 1 100px;"><div class="js-post-menu pt2" data-post-id="6807632" data-post-type-id="2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/6807632" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this answer">Share</a></div><div class="flex--item"><a href="/posts/6807632/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this answer</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-follow-answer js-gps-track">Follow</button></div></div></div></div>
<div class="post-signature flex--item fl0"><div class="user-info "><div class="user-action-time">answered <span title="2011-07-24 15:26:50Z" class="relativetime">Jul 24, 2011 at 15:26</span></div><div class="user-gravatar32"><a href="/users/7788/jnml"><div class="gravatar-wrapper-32"><img src="https://www.gravatar.com/avatar/def?s=64" alt="jnml's user avatar" width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/7788/jnml">jnml</a><span class="d-none" itemprop="name">jnml</span><div class="-flair"><span class="reputation-score" title="reputation score 88,123" dir="ltr">88.1k</span><span title="19 gold badges" aria-hidden="true"><span class="badge1"></span><span class="badgecount">19</span></span></div></div></div></div>
</div></div>
</div>
<div class="post-layout--right js-post-comments-component"><div id="comments-6807632" class="comments js-comments-container bt bc-black-075 mt12 dno" data-post-id="6807632" data-min-length="15"><ul class="comments-list js-comments-list" data-remaining-comments-count="0"></ul></div><div id="comments-link-6807632" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements. Avoid comments like “+1” or “thanks”." href="#" role="button">Add a comment</a></div></div>
</div>
</div>
<a name="6807700"></a>
<div id="answer-6807700" class="answer js-answer" data-answerid="6807700" data-parentid="6807590" data-score="57" data-position-on-page="2" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">
<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="6807700"><div class="js-vote-count flex--item d-flex fd-column ai-center fc-black-500 fs-title" itemprop="upvoteCount" data-value="57">57</div></div></div>
<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
<p>You can also use a sync.WaitGroup together with the quit channel if you need to wait until every worker has really returned before the program exits, which matters when workers flush buffers or close files on the way out.</p>
</div>
<div class="mt24"><div class="post-signature flex--item fl0"><div class="user-info "><div class="user-action-time">answered <span title="2011-07-25 09:12:00Z" class="relativetime">Jul 25, 2011 at 9:12</span></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/5566/peterso">peterSO</a><div class="-flair"><span class="reputation-score">162k</span></div></div></div></div></div>
</div>
</div>
</div>
<a name="6809911"></a>
<div id="answer-6809911" class="answer js-answer" data-answerid="6809911" data-parentid="6807590" data-score="3" data-position-on-page="3" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">
<div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
<p>Another option, if you control the senders, is to send a sentinel job value that tells the worker to stop; it is simple but it only stops one worker per sentinel, so you need to send one for each worker you started.</p>
</div>
<div class="mt24"><div class="post-signature flex--item fl0"><div class="user-info "><div class="user-action-time">answered <span title="2011-07-25 18:40:00Z" class="relativetime">Jul 25, 2011 at 18:40</span></div><div class="user-details"><a href="/users/1234/zzz">zzz</a></div></div></div></div>
</div>
</div>
</div>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged <ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline"><li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/go" class="post-tag" title="show questions tagged 'go'" rel="tag">go</a></li></ul> or <a href="/questions/ask">ask your own question</a>.</h2>
</div>
</div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</li><li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"><path d="m11.1 1.71 1.13 1.12c.2.2.2.51 0 .71L11.1 4.7 9.21 2.86l1.17-1.15c.2-.2.51-.2.71 0ZM2 10.12l6.37-6.43 1.88 1.88L3.88 12H2v-1.88Z"></path></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/2023/12/05/why-llms-are-bad-at-math/" class="js-gps-track" title="Why large language models are bad at arithmetic">Why large language models are bad at arithmetic</a></div></li></ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked" data-tracker="lq=1"><div class="spacer js-gps-track"><a href="/q/3398490?lq=1" title="Question score (highest is best)"><div class="answer-votes answered-accepted default">54</div></a><a href="/questions/3398490/checking-if-a-channel-has-a-ready-to-read-value" class="question-hyperlink">Checking if a channel has a ready-to-read value, using Go</a></div></div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1"><div class="spacer"><a href="/q/1?rq=1"><div class="answer-votes answered-accepted default">20</div></a><a href="/questions/1/how-to-stop-a-goroutine" class="question-hyperlink">How to stop a goroutine</a></div><div class="spacer"><a href="/q/2?rq=1"><div class="answer-votes default">7</div></a><a href="/questions/2/golang-closing-channel" class="question-hyperlink">Golang closing channel while other goroutines still sending</a></div></div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul><li><div class="favicon favicon-english" title="English Language &amp; Usage Stack Exchange"></div><a href="https://english.stackexchange.com/questions/1/word" class="js-gps-track question-hyperlink mb0">Is there a word for the day after tomorrow?</a></li><li><div class="favicon favicon-physics"></div><a href="https://physics.stackexchange.com/questions/2/why" class="question-hyperlink mb0">Why does a spinning top not fall over?</a></li></ul></div>
</div>
</div></div></div>
</div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.com">Stack Overflow</a></h5><ul class="-list"><li><a href="/questions">Questions</a></li><li><a href="/help">Help</a></li></ul></div></nav><p class="site-footer--copyright fs-fine md:mb16">Site design / logo © 2023 Stack Exchange Inc; user contributions licensed under <a href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2023.12.5.1732</span></p></div></footer>
</body>
</html>
`

// A QAPage's body is its question and the answer the page stands by: the
// accepted one, else the first suggested one (answers.go).
func TestProbe56StackExchange(t *testing.T) {
	const (
		question  = "I have a worker goroutine that reads jobs from a channel"
		question2 = "Closing the channel from the main goroutine works"
		accepted  = "Give the worker a second channel that is only ever closed"
		accepted2 = "Since Go 1.7 the same pattern is packaged"
		second    = "You can also use a sync.WaitGroup"
		third     = "Another option, if you control the senders"
	)
	swapped := strings.Replace(strings.Replace(stackExchange56, `itemprop="acceptedAnswer"`, `itemprop="suggestedAnswer"`, 1), `data-score="57" data-position-on-page="2" itemprop="suggestedAnswer"`, `data-score="57" data-position-on-page="2" itemprop="acceptedAnswer"`, 1)
	none := strings.Replace(stackExchange56, `itemprop="acceptedAnswer"`, `itemprop="suggestedAnswer"`, 1)
	for _, c := range []struct {
		name, page string
		want, not  []string
	}{
		{"accepted first", stackExchange56, []string{question, question2, accepted, accepted2}, []string{second, third, "Hot Network", "Related"}},
		{"accepted second", swapped, []string{question, question2, second}, []string{accepted, third}},
		{"none accepted", none, []string{question, question2, accepted, accepted2}, []string{second, third}},
	} {
		a, err := Extract([]byte(c.page), "https://stackoverflow.com/questions/6807590/how-do-i-stop-a-goroutine", Options{})
		if err != nil {
			t.Fatal(err)
		}
		at := 0
		for _, w := range c.want {
			k := strings.Index(a.Text[at:], w)
			if k < 0 {
				t.Errorf("%s: the body lacks %q (or has it out of order)", c.name, w)
				continue
			}
			at += k
		}
		for _, u := range c.not {
			if strings.Contains(a.Text, u) {
				t.Errorf("%s: the body holds %q", c.name, u)
			}
		}
		if t.Failed() {
			t.Logf("%s body:\n%s", c.name, a.Text)
		}
	}
}

// redditOld56 is an old Reddit self post (old.reddit.com): the post and
// each comment are in the "usertext" form that edits them in place.
const redditOld56 = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>How do we know how much grain Rome imported in the late Republic? : AskHistorians</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit "><meta name="description" content="I have been reading about the grain trade in the late Roman Republic and keep running into the claim"><meta property="og:title" content="r/AskHistorians on Reddit: How do we know how much grain Rome imported in the late Republic?"><meta property="og:site_name" content="reddit"><link rel="canonical" href="https://www.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/"></head><body class="listing-page comments-page  single-page"><div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a><div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected title">my subreddits</span></div><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="https://old.reddit.com/r/popular/" class="choice">popular</a></li><li><span class="separator">-</span><a href="https://old.reddit.com/r/all/" class="choice">all</a></li></ul></div></div></div><div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname"><a href="https://old.reddit.com/r/AskHistorians/">AskHistorians</a></span><ul class="tabmenu "><li class="selected"><a href="https://old.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/" class="choice">comments</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/AskHistorians/search" id="search" role="search"><input type="text" name="q" placeholder="search"></form></div><div class="spacer"><div class="linkinfo"><div class="date"><span>this post was submitted on &#32;</span><time datetime="2024-03-05T12:00:00+00:00">05 Mar 2024</time></div><div class="score"><span class="number">1,234</span>&#32;<span class="word">points</span>&#32;(97% upvoted)</div></div></div><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/AskHistorians/" class="hover">AskHistorians</a></h1><div class="usertext-body may-blank-within md-container "><div class="md"><p>The Portal for Public History. Please read the rules before participating, as we remove all comments which break the rules. Answers must be in-depth and comprehensive, or they will be removed.</p></div></div></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_abc123 odd link self" id="thing_t3_abc123" data-author="grainquestion" data-subreddit="AskHistorians" data-type="link" data-permalink="/r/AskHistorians/comments/abc123/how_do_we_know/"><p class="parent"></p><span class="rank"></span><div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div><div class="score dislikes" title="1233">1233</div><div class="score unvoted" title="1234">1234</div><div class="score likes" title="1235">1235</div><div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div><div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title" href="/r/AskHistorians/comments/abc123/how_do_we_know/" tabindex="1">How do we know how much grain Rome imported in the late Republic?</a> <span class="domain">(<a href="/r/AskHistorians/">self.AskHistorians</a>)</span></p><p class="tagline ">submitted&#32;<time title="Tue Mar 5 12:00:00 2024 UTC" datetime="2024-03-05T12:00:00+00:00" class="live-timestamp">4 hours ago</time>&#32;by&#32;<a href="https://old.reddit.com/user/grainquestion" class="author may-blank id-t2_gq">grainquestion</a><span class="userattrs"></span></p><ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">245 comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">save</a></li><li><form action="/post/hide" method="post" class="state-button hide-button"><input type="hidden" name="executed" value="hidden"><span><a href="javascript:void(0)" data-event-action="hide" onclick="change_state(this, 'hide', hide_thing);">hide</a></span></form></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li></ul></div><div class="expando "><form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t3_abc123"><input type="hidden" name="thing_id" value="t3_abc123"><div class="usertext-body may-blank-within md-container "><div class="md"><p>I have been reading about the grain trade in the late Roman Republic and keep running into the claim that Rome imported most of its wheat from Sicily and Egypt by the first century BC.</p><p>How do historians actually estimate those volumes? The sources I have found quote Cicero's speeches against Verres, but those are courtroom rhetoric, and I cannot see how a number for the whole city comes out of them.</p><p>Is there any archaeological evidence, such as amphora counts or the size of the granaries at Ostia, that supports or contradicts the figures usually given in textbooks?</p></div></div></form></div></div><div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">top 200 comments</span>&#32;<a href="https://old.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/" class="title-button ">show all 245</a></div><div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span class="selected">best</span></div></div></div><div class="sitetable nestedlisting" id="siteTable_t3_abc123"><div class=" thing id-t1_c1 noncollapsed comment " id="thing_t1_c1" data-author="user1" data-type="comment" data-permalink="/r/AskHistorians/comments/abc123/how_do_we_know/c1/"><p class="parent"><a name="c1"></a></p><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div><div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a href="https://old.reddit.com/user/user1" class="author may-blank id-t2_u1">user1</a><span class="userattrs"></span> <span class="score dislikes" title="499">498 points</span><span class="score unvoted" title="499">499 points</span> <time title="Tue Mar 5 14:01:00 2024 UTC" datetime="2024-03-05T14:01:00+00:00" class="live-timestamp">2 hours ago</time>&nbsp;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">(1 child)</a></p><form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t1_c1"><input type="hidden" name="thing_id" value="t1_c1"><div class="usertext-body may-blank-within md-container "><div class="md"><p>Great question. The short answer is that the numbers are reconstructions from several weak sources that happen to point in the same direction, and you should treat any single figure with suspicion.</p></div></div></form><ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/c1/" data-event-action="permalink" class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" class="embed-comment">embed</a></li><li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" onclick="return reply(this)">reply</a></li></ul><div class="reportform report-t1_c1"></div></div><div class="child"><div class=" thing id-t1_c2 noncollapsed comment " id="thing_t1_c2" data-author="user2" data-type="comment" data-permalink="/r/AskHistorians/comments/abc123/how_do_we_know/c2/"><p class="parent"><a name="c2"></a></p><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div><div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a href="https://old.reddit.com/user/user2" class="author may-blank id-t2_u2">user2</a><span class="userattrs"></span> <span class="score dislikes" title="498">497 points</span><span class="score unvoted" title="498">498 points</span> <time title="Tue Mar 5 14:02:00 2024 UTC" datetime="2024-03-05T14:02:00+00:00" class="live-timestamp">2 hours ago</time>&nbsp;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">(1 child)</a></p><form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t1_c2"><input type="hidden" name="thing_id" value="t1_c2"><div class="usertext-body may-blank-within md-container "><div class="md"><p>The granaries at Ostia and Portus are mostly imperial, so they tell you more about the second century AD than about the Republic, but they do give an order of magnitude for what the city needed.</p></div></div></form><ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/c2/" data-event-action="permalink" class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" class="embed-comment">embed</a></li><li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" onclick="return reply(this)">reply</a></li></ul><div class="reportform report-t1_c2"></div></div><div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div></div><div class="clearleft"></div></div><div class="clearleft"></div><div class=" thing id-t1_c3 noncollapsed comment " id="thing_t1_c3" data-author="user3" data-type="comment" data-permalink="/r/AskHistorians/comments/abc123/how_do_we_know/c3/"><p class="parent"><a name="c3"></a></p><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div><div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a href="https://old.reddit.com/user/user3" class="author may-blank id-t2_u3">user3</a><span class="userattrs"></span> <span class="score dislikes" title="497">496 points</span><span class="score unvoted" title="497">497 points</span> <time title="Tue Mar 5 14:03:00 2024 UTC" datetime="2024-03-05T14:03:00+00:00" class="live-timestamp">2 hours ago</time>&nbsp;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">(1 child)</a></p><form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t1_c3"><input type="hidden" name="thing_id" value="t1_c3"><div class="usertext-body may-blank-within md-container "><div class="md"><p>Garnsey's book on famine and food supply is still the standard starting point for this, and it discusses the Verrines at length in the third chapter.</p></div></div></form><ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/c3/" data-event-action="permalink" class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" class="embed-comment">embed</a></li><li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" onclick="return reply(this)">reply</a></li></ul><div class="reportform report-t1_c3"></div></div><div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div></div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">about</li><li><a href="https://www.redditinc.com/blog" class="choice">blog</a></li></ul></div><p class="bottommenu">Use of this site constitutes acceptance of our <a href="https://www.redditinc.com/policies/user-agreement">User Agreement</a> and <a href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a>. &copy; 2024 reddit inc. All rights reserved.</p></div></div></body></html>`

// redditNew56 is the same post in new Reddit's markup (shreddit-post,
// shreddit-comment-tree).
const redditNew56 = `<!DOCTYPE html><html lang="en-US" class="theme-beta"><head><title>How do we know how much grain Rome imported in the late Republic? : r/AskHistorians</title><meta name="description" content="I have been reading about the grain trade in the late Roman Republic"><meta property="og:title" content="r/AskHistorians on Reddit: How do we know how much grain Rome imported in the late Republic?"><meta property="og:site_name" content="Reddit"><meta property="og:type" content="website"><link rel="canonical" href="https://www.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/"></head><body class="v2 m-0 p-0"><shreddit-app pagetype="post_detail" routename="post_page"><reddit-header-large><nav class="h-header-large flex items-center"><a aria-label="Home" href="/" id="reddit-logo">Reddit</a><reddit-search-large><faceplate-search-input name="q" placeholder="Search in r/AskHistorians"></faceplate-search-input></reddit-search-large><a href="https://www.reddit.com/login/" id="login-button" class="button-primary">Log In</a></nav></reddit-header-large>
<div class="grid-container grid"><flex-left-nav-container id="left-sidebar-container"><nav id="left-sidebar" aria-label="Primary"><left-nav-top-section><a href="/">Home</a><a href="/r/popular/">Popular</a></left-nav-top-section><faceplate-expandable-section-helper><summary>RECENT</summary><a href="/r/history/">r/history</a></faceplate-expandable-section-helper></nav></flex-left-nav-container>
<div class="subgrid-container m-0 box-border flex flex-col"><div class="main-container flex gap-md w-full"><main class="main w-full flex-grid--main-container-card right-sidebar-xs" id="main-content"><shreddit-post class="block xs:mt-xs xs:-mx-xs xs:px-xs" id="t3_abc123" author="grainquestion" created-timestamp="2024-03-05T12:00:00.000000+0000" post-title="How do we know how much grain Rome imported in the late Republic?" post-type="text" comment-count="245" score="1234" subreddit-prefixed-name="r/AskHistorians" content-href="https://www.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/" permalink="/r/AskHistorians/comments/abc123/how_do_we_know/"><div slot="credit-bar" class="flex items-center"><span class="avatar"><img src="https://styles.redditmedia.com/t5_2ssp3/icon.png" alt="r/AskHistorians icon"></span><a href="/r/AskHistorians/" class="subreddit-name">r/AskHistorians</a><span>•</span><faceplate-timeago ts="2024-03-05T12:00:00.000Z"><time datetime="2024-03-05T12:00:00.000Z">4 hr. ago</time></faceplate-timeago><faceplate-tracker><a href="/user/grainquestion/" class="author-name">grainquestion</a></faceplate-tracker></div><h1 slot="title" id="post-title-t3_abc123" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-2xs xs:mb-xs">How do we know how much grain Rome imported in the late Republic?</h1><div class="text-neutral-content" slot="text-body"><div class="mb-sm mb-xs px-md xs:px-0 overflow-hidden" id="t3_abc123-post-rtjson-content" property="schema:articleBody"><p>I have been reading about the grain trade in the late Roman Republic and keep running into the claim that Rome imported most of its wheat from Sicily and Egypt by the first century BC.</p><p>How do historians actually estimate those volumes? The sources I have found quote Cicero's speeches against Verres, but those are courtroom rhetoric, and I cannot see how a number for the whole city comes out of them.</p><p>Is there any archaeological evidence, such as amphora counts or the size of the granaries at Ostia, that supports or contradicts the figures usually given in textbooks?</p></div></div><shreddit-post-flair slot="post-flair"><a href="/r/AskHistorians/?f=flair_name%3A%22Ancient%20Rome%22"><span class="flair-content">Ancient Rome</span></a></shreddit-post-flair><div slot="action-row"><span>1.2K</span><button>Share</button><span>245 comments</span></div></shreddit-post>
<div class="flex items-center justify-between"><span>Sort by:</span><shreddit-sort-dropdown><button>Best</button></shreddit-sort-dropdown></div>
<faceplate-batch><shreddit-comment-tree id="comment-tree" post-id="t3_abc123" totalcomments="245" sort="confidence"><shreddit-comment author="user1" thingid="t1_c1" depth="0" permalink="/r/AskHistorians/comments/abc123/comment/c1/" postid="t3_abc123" score="499" award-count="0" content-type="text" collapsed=""><div slot="commentAvatar"><faceplate-hovercard><a href="/user/user1/"><span class="avatar"><img src="https://styles.redditmedia.com/t5_x/avatar.png" alt="user1 avatar"></span></a></faceplate-hovercard></div><div slot="commentMeta" class="flex flex-row items-center"><faceplate-hovercard><a href="/user/user1/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">user1</a></faceplate-hovercard><span class="inline-block my-0 created-separator text-neutral-content-weak">•</span><faceplate-timeago ts="2024-03-05T14:01:00.000Z" class="whitespace-nowrap"><time datetime="2024-03-05T14:01:00.000Z" title="Tuesday, March 5, 2024 at 2:01:00 PM UTC">2h ago</time></faceplate-timeago></div><div class="md text-14 rounded-[8px] pb-2xs" slot="comment" id="t1_c1-comment-rtjson-content"><p>Great question. The short answer is that the numbers are reconstructions from several weak sources that happen to point in the same direction, and you should treat any single figure with suspicion.</p></div><shreddit-comment-action-row slot="actionRow" comment-id="t1_c1" score="499"><button slot="reply" class="button button-plain-weak">Reply</button><button slot="share">Share</button></shreddit-comment-action-row><shreddit-comment author="user2" thingid="t1_c2" depth="0" permalink="/r/AskHistorians/comments/abc123/comment/c2/" postid="t3_abc123" score="498" award-count="0" content-type="text" collapsed=""><div slot="commentAvatar"><faceplate-hovercard><a href="/user/user2/"><span class="avatar"><img src="https://styles.redditmedia.com/t5_x/avatar.png" alt="user2 avatar"></span></a></faceplate-hovercard></div><div slot="commentMeta" class="flex flex-row items-center"><faceplate-hovercard><a href="/user/user2/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">user2</a></faceplate-hovercard><span class="inline-block my-0 created-separator text-neutral-content-weak">•</span><faceplate-timeago ts="2024-03-05T14:02:00.000Z" class="whitespace-nowrap"><time datetime="2024-03-05T14:02:00.000Z" title="Tuesday, March 5, 2024 at 2:02:00 PM UTC">2h ago</time></faceplate-timeago></div><div class="md text-14 rounded-[8px] pb-2xs" slot="comment" id="t1_c2-comment-rtjson-content"><p>The granaries at Ostia and Portus are mostly imperial, so they tell you more about the second century AD than about the Republic, but they do give an order of magnitude for what the city needed.</p></div><shreddit-comment-action-row slot="actionRow" comment-id="t1_c2" score="498"><button slot="reply" class="button button-plain-weak">Reply</button><button slot="share">Share</button></shreddit-comment-action-row></shreddit-comment></shreddit-comment><shreddit-comment author="user3" thingid="t1_c3" depth="0" permalink="/r/AskHistorians/comments/abc123/comment/c3/" postid="t3_abc123" score="497" award-count="0" content-type="text" collapsed=""><div slot="commentAvatar"><faceplate-hovercard><a href="/user/user3/"><span class="avatar"><img src="https://styles.redditmedia.com/t5_x/avatar.png" alt="user3 avatar"></span></a></faceplate-hovercard></div><div slot="commentMeta" class="flex flex-row items-center"><faceplate-hovercard><a href="/user/user3/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">user3</a></faceplate-hovercard><span class="inline-block my-0 created-separator text-neutral-content-weak">•</span><faceplate-timeago ts="2024-03-05T14:03:00.000Z" class="whitespace-nowrap"><time datetime="2024-03-05T14:03:00.000Z" title="Tuesday, March 5, 2024 at 2:03:00 PM UTC">2h ago</time></faceplate-timeago></div><div class="md text-14 rounded-[8px] pb-2xs" slot="comment" id="t1_c3-comment-rtjson-content"><p>Garnsey's book on famine and food supply is still the standard starting point for this, and it discusses the Verrines at length in the third chapter.</p></div><shreddit-comment-action-row slot="actionRow" comment-id="t1_c3" score="497"><button slot="reply" class="button button-plain-weak">Reply</button><button slot="share">Share</button></shreddit-comment-action-row></shreddit-comment></shreddit-comment-tree></faceplate-batch></main>
<div id="right-sidebar-container" class="right-sidebar" aria-label="Secondary"><shreddit-subreddit-header name="AskHistorians"><div class="h6">r/AskHistorians</div><p id="description">The Portal for Public History. Please read the rules before participating, as we remove all comments which break the rules. Answers must be in-depth and comprehensive, or they will be removed.</p></shreddit-subreddit-header><aside aria-label="Related posts"><h2>Related posts</h2><a href="/r/history/comments/x/">How much did a Roman soldier eat in a day, and who paid for it?</a></aside></div></div></div></div></shreddit-app></body></html>`

// A Reddit self post's body is the post, neither its comments nor the
// subreddit's sidebar; old Reddit's post is in a form of hidden inputs
// only, which shows the post and asks nothing (shownPostForm).
func TestProbe56Reddit(t *testing.T) {
	post := []string{"I have been reading about the grain trade", "How do historians actually estimate", "Is there any archaeological evidence"}
	not := []string{"Great question", "granaries at Ostia and Portus", "Garnsey", "Portal for Public History", "permalink", "points", "Related posts"}
	for _, c := range []struct{ name, page string }{{"old", redditOld56}, {"new", redditNew56}} {
		a, err := Extract([]byte(c.page), "https://www.reddit.com/r/AskHistorians/comments/abc123/how_do_we_know/", Options{})
		if err != nil {
			t.Fatal(err)
		}
		at := 0
		for _, w := range post {
			k := strings.Index(a.Text[at:], w)
			if k < 0 {
				t.Errorf("%s: the body lacks %q (or has it out of order)", c.name, w)
				continue
			}
			at += k
		}
		for _, u := range not {
			if strings.Contains(a.Text, u) {
				t.Errorf("%s: the body holds %q", c.name, u)
			}
		}
		if t.Failed() {
			t.Logf("%s body:\n%s", c.name, a.Text)
		}
	}
}

// A paywalled story hidden far from any visible paragraph: the template
// shows the headline, a standfirst and the offer; the hidden story is not
// revealed (teaserBefore), so that the body keeps the standfirst that
// readers see rather than trade it for a block they do not.
func TestProbe56PaywallHiddenWithoutTeaser(t *testing.T) {
	const standfirst = "Engineers say the old embankment has leaked through its clay core for a decade, and the board has run out of patience with repairs. The rebuilding will take four years and cost forty million euros, and the reservoir will stay at half its level until it is done."
	page := p55Head + `<body>` + p55Nav + `<main><div class="story-top"><header class="story-header"><h1>Millbrook dam to be rebuilt after years of leaks</h1><p class="story-standfirst">` + standfirst + `</p><div class="byline">By <a href="/author/jane-roe" rel="author">Jane Roe</a></div></header></div>` +
		`<div class="story-main"><div class="story-columns"><div class="paywall-box"><div class="offer"><h3>Subscribe to keep reading</h3><ul><li>Unlimited access to every story</li><li>The daily newsletter</li></ul><a class="button" href="/subscribe">Subscribe now</a></div><div class="login">Already a subscriber? <a href="/login">Log in</a></div></div>` +
		`<div style="display:none;" class="paywall-full-content">` + p56Paras(0, 7) + `</div></div></div>` +
		`</main>` + p55Foot + `</body></html>`
	a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, standfirst[:40]) {
		t.Errorf("the body lacks the standfirst:\n%s", a.Text)
	}
}

// A note that each section of a page repeats, after a paragraph of its
// own, is no copy of a run: every copy stays (dropRepeats).
func TestProbe56RepeatedNoteStays(t *testing.T) {
	const note = "This webcam image is provided courtesy of the Valley Conservancy, which keeps the cameras running with the help of its members."
	var b strings.Builder
	for i, place := range []string{"the dam", "the north bank", "the old mill", "the weir"} {
		b.WriteString(`<div class="webcam"><h2>Webcam: ` + place + `</h2><p>` + probe55Paras[i] + `</p><p>` + note + `</p><p><a href="/webcams/` + string(rune('a'+i)) + `">View webcam</a></p></div>`)
	}
	page := p55Head + `<body>` + p55Nav + `<main><article><h1>Valley webcams</h1>` + b.String() + `</article></main>` + p55Foot + `</body></html>`
	a, err := Extract([]byte(page), "https://valley.example/webcams", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, note[:50]); n != 4 {
		t.Errorf("the note is in the body %d times, want 4:\n%s", n, a.Text)
	}
}

// An FAQPage marks each of its questions' answers acceptedAnswer: every
// answer is the page's (dropOtherAnswers reads pages of one Question).
func TestProbe56FAQAnswersStay(t *testing.T) {
	var b strings.Builder
	for i := range 3 {
		b.WriteString(`<div class="faq-item" itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">Question ` + string(rune('1'+i)) + `?</h3><div class="faq-answer" itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text">` + p56Paras(2*i, 2*i+2) + `</div></div></div>`)
	}
	page := p55Head + `<body>` + p55Nav + `<main><article itemscope itemtype="https://schema.org/FAQPage"><h1>Millbrook dam: your questions answered</h1>` + b.String() + `</article></main>` + p55Foot + `</body></html>`
	doc, err := htmlfork.Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	m := collectMeta(doc, nil, false)
	if len(m.answers) != 3 {
		t.Fatalf("collectMeta found %d answers, want 3", len(m.answers))
	}
	dropOtherAnswers(doc, m.answers)
	text := textOf(doc)
	for i := range 6 {
		if !strings.Contains(text, probe55Paras[i][:50]) {
			t.Errorf("dropOtherAnswers removed answer paragraph %d", i)
		}
	}
}

// A paywall block the server sends shown (to a subscriber, or before the
// paywall's script runs) holds the story after its teaser: it is no
// furniture for its "paywall" class (paywalledStory), while the offer
// beside it, short, is.
func TestProbe56PaywallBlockShown(t *testing.T) {
	page := p55Head + `<body>` + p55Nav + `<main><article class="article">` + p56Header +
		`<div class="article-content">` + p56Paras(0, 5) +
		`<div class="paywall">` + p56Paras(5, 7) + `</div>` +
		`<div class="paywall-offer"><p>Enjoying the story? Subscribe to keep reading.</p></div>` +
		`</div></article></main>` + p55Foot + `</body></html>`
	probe55Check(t, "paywall block shown", page, "Subscribe to keep reading")
}

// A song's chorus sung twice in a row, lines shorter than a paragraph of
// prose: no copied story, both stay (repeatsRun wants a paragraph of
// prose in the run).
func TestProbe56RepeatedChorusStays(t *testing.T) {
	const (
		chorus1 = "Down by the mill where the water runs slow and deep,"
		chorus2 = "I left my heart and the promises I could not keep."
	)
	verse := func(i int) string { return `<p>` + probe55Paras[i] + `</p>` }
	page := p55Head + `<body>` + p55Nav + `<main><article class="post"><h1>The Millbrook song</h1><div class="entry-content">` +
		verse(0) + `<p>` + chorus1 + `</p><p>` + chorus2 + `</p><p>` + chorus1 + `</p><p>` + chorus2 + `</p>` + verse(1) + verse(2) +
		`</div></article></main>` + p55Foot + `</body></html>`
	a, err := Extract([]byte(page), "https://valley.example/songs/millbrook", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, chorus1); n != 2 {
		t.Errorf("the chorus is in the body %d times, want 2:\n%s", n, a.Text)
	}
}
