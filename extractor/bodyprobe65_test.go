package extractor

import (
	"strings"
	"testing"
)

// Notion's HTML export: one article.page, its header with the title and a
// table of properties, then a page-body of blocks each with its own id:
// paragraphs, a callout, an image, a toggle whose content is the story's.
func TestBodyProbe65Notion(t *testing.T) {
	p := func(i int) string {
		return `<p id="6f1c2d3e-0000-4000-8000-00000000000` + string(rune('0'+i)) + `" class="">` + probe55Paras[i] + `</p>`
	}
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>Millbrook dam to be rebuilt after years of leaks</title><style>html{-webkit-print-color-adjust:exact}</style></head><body>` +
		`<article id="6f1c2d3e-aaaa-4000-8000-000000000000" class="page sans"><header><h1 class="page-title">Millbrook dam to be rebuilt after years of leaks</h1><p class="page-description"></p>` +
		`<table class="properties"><tbody><tr class="property-row property-row-created_time"><th><span class="icon property-icon"></span>Created</th><td><time>@June 13, 2024 9:00 AM</time></td></tr><tr class="property-row property-row-multi_select"><th>Tags</th><td><span class="selected-value select-value-color-blue">water</span></td></tr></tbody></table></header>` +
		`<div class="page-body">` + p(0) + p(1) +
		`<figure id="6f1c2d3e-bbbb-4000-8000-000000000001" class="image"><a href="dam.jpg"><img style="width:1200px" src="dam.jpg"/></a><figcaption>The dam from the north bank.</figcaption></figure>` +
		p(2) +
		`<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="6f1c2d3e-cccc-4000-8000-000000000002"><div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%">The consultation opens next week.</div></figure>` +
		p(3) + p(4) +
		`<h2 id="6f1c2d3e-dddd-4000-8000-000000000003" class="">What happens next</h2>` +
		`<ul id="6f1c2d3e-eeee-4000-8000-000000000004" class="toggle"><li><details open=""><summary>Timeline</summary>` + p(5) + `</details></li></ul>` +
		p(6) + `<p id="6f1c2d3e-ffff-4000-8000-000000000005" class=""></p></div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>`
	probe55Check(t, "notion", page)
}

// Substack post: the body markup holds the story with a captioned image,
// the publication's subscribe widget and a share button among its
// paragraphs; the post's footer has the like and comment bar.
func TestBodyProbe65Substack(t *testing.T) {
	sub := `<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://valley.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading Valley Notes! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>`
	share := `<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://valley.substack.com/p/millbrook-dam?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://valley.substack.com/p/millbrook-dam?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>`
	img := `<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/dam.jpg" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456/dam.jpg" width="1456" height="970" class="sizing-normal" alt="" loading="lazy"></picture></div></a><figcaption class="image-caption">The dam from the north bank.</figcaption></figure></div>`
	page := p55Head + `<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="topbar-spacer"></div><div class="topbar"><a href="/" class="navbar-title-link">Valley Notes</a><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a href="/account">Sign in</a></div>` +
		`<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">Millbrook dam to be rebuilt after years of leaks</h1><h3 dir="auto" class="subtitle">The board approved forty million for the work.</h3><div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@janeroe">Jane Roe</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Jun 13, 2024</div></div></div>` +
		`<div class="available-content"><div dir="auto" class="body markup">` + p55(0) + p55(1) + img + p55(2) + sub + p55(3) + p55(4) + share + `<h3 class="header-anchor-post">What happens next</h3>` + p55(5) + p55(6) + `</div></div>` +
		`<div class="visibility-check"></div><div class="post-footer"><div class="post-ufi"><a class="post-ufi-button like-button" role="button"><div class="label">14</div></a><a class="post-ufi-button post-ufi-comment-button" href="/p/millbrook-dam/comments"><div class="label">3</div></a><a class="post-ufi-button" role="button"><div class="label">Share this</div></a></div></div>` +
		`<div class="subscribe-footer"><p class="subscribe-cta">Subscribe to our newsletter for the week's news from the valley.</p><form><input type="email"><button>Subscribe</button></form></div>` +
		`</div></div></div></div></div></body></html>`
	probe55Check(t, "substack", page, "Thanks for reading", "Subscribe for free", "Type your email")
}

// Medium story: the story is a run of sections, a separator between them;
// each paragraph a pw-post-body-paragraph; the author's card and the
// "More from" list follow.
func TestBodyProbe65Medium(t *testing.T) {
	pp := func(i int) string {
		return `<p id="a1b` + string(rune('0'+i)) + `" class="pw-post-body-paragraph ma mb gd mc b md me mf mg mh mi mj mk ml mm mn mo mp mq mr ms mt mu mv mw mx fl bk" data-selectable-paragraph="">` + probe55Paras[i] + `</p>`
	}
	sep := `<div class="nj nk nl nm nn" role="separator"><span class="no by bm np nq nr"></span><span class="no by bm np nq nr"></span><span class="no by bm np nq"></span></div>`
	section := func(inner string) string {
		return `<section><div><div class="fl fm fn fo fp"><div class="ab ca"><div class="ch bg fy fz ga gb">` + inner + `</div></div></div></div></section>`
	}
	page := p55Head + `<body><div id="root"><div class="a b c"><div class="l c"><div class="bo bp l"><a href="/?source=post_page" aria-label="Homepage">Medium</a><a href="/m/signin">Sign in</a></div></div>` +
		`<article><div class="l"><div class="l">` +
		section(`<div><h1 id="h1" class="pw-post-title gx gy gz bf ha hb hc hd he hf" data-testid="storyTitle" data-selectable-paragraph="">Millbrook dam to be rebuilt after years of leaks</h1><div class="speechify-ignore ab co"><div class="ab"><a href="/@janeroe?source=post_page">Jane Roe</a><span data-testid="storyReadTime">4 min read</span><span data-testid="storyPublishDate">Jun 13, 2024</span></div></div>`+pp(0)+pp(1)+`<figure class="ny nz oa ob oc od nv nw paragraph-image"><div role="button" tabindex="0" class="oe of ed og bg oh"><picture><img alt="" class="bg lp oj c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:700/dam.jpeg"></picture></div><figcaption class="ok fe ol nv nw om on be b bf z dt" data-selectable-paragraph="">The dam from the north bank.</figcaption></figure>`+pp(2)+`</div>`) +
		sep + section(pp(3)+`<blockquote class="oo op oq"><p id="q1" class="or os ot" data-selectable-paragraph="">We cannot wait for the next wet winter to find out.</p></blockquote>`+pp(4)) +
		sep + section(`<h2 id="h2" class="ov ow gd be ox oy" data-selectable-paragraph="">What happens next</h2>`+pp(5)+pp(6)) +
		`</div></div></article>` +
		`<div class="ab ca"><div class="ch bg"><div class="ab cm"><h2 class="be pf">Written by Jane Roe</h2><p class="be b">1.2K Followers</p><p class="be b">Reporter on water and farming in the valley.</p><a href="/@janeroe/followers">Follow</a></div>` +
		`<h2 class="be b pg">More from Jane Roe</h2><div><h2 class="be b"><a href="/ferry-timetable-123">Ferry timetable changes for the summer</a></h2><h3 class="be b">The ferry company will run two extra crossings a day from July.</h3></div><div><h2 class="be b"><a href="/harbour-wall-456">Harbour wall repairs finished early</a></h2></div></div></div>` +
		`</div></div></body></html>`
	probe55Check(t, "medium", page, "Written by", "Followers", "ferry company will run")
}

// Ghost cards among the paragraphs: a bookmark, an embed, a callout and a
// toggle whose content is closed; the member sign-up card after the
// story is not the story.
func TestBodyProbe65GhostCards(t *testing.T) {
	page := p55Head + `<body class="post-template tag-news"><div class="site"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Valley Courier</a><nav class="gh-head-menu"><a href="/news/">News</a></nav><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></header>` +
		`<main id="site-main" class="site-main"><article class="article post tag-news"><header class="article-header gh-canvas"><h1 class="article-title">Millbrook dam to be rebuilt after years of leaks</h1><div class="article-byline"><a href="/author/jane/">Jane Roe</a><time class="byline-meta-date" datetime="2024-06-13">Jun 13, 2024</time></div></header>` +
		`<section class="gh-content gh-canvas">` + p55(0) + p55(1) +
		`<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://board.example/plan"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Reservoir plan 2024</div><div class="kg-bookmark-description">The board's plan for the reservoirs of the valley.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Water Board</span></div></div></a></figure>` +
		p55(2) +
		`<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://www.youtube.com/embed/x" frameborder="0" allowfullscreen title="The dam"></iframe></figure>` +
		p55(3) +
		`<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">How the dam leaks</h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg viewBox="0 0 14 14"><path d="M7 0"></path></svg></button></div><div class="kg-toggle-content">` + p55(4) + `</div></div>` +
		p55(5) +
		`<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">The consultation opens next week.</div></div>` +
		p55(6) +
		`<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color:#ff1a75"><h2>Subscribe to Valley Courier</h2><p>Get the latest posts delivered right to your inbox.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup">Subscribe now</a></div></aside>` +
		`</section></article>` +
		`<section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal>Enter your email <span>Subscribe</span></a></div></section>` +
		`<aside class="read-more-wrap"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/ferry-timetable/"><img class="post-card-image" src="/f.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/ferry-timetable/"><header class="post-card-header"><h2 class="post-card-title">Ferry timetable changes for the summer</h2></header><div class="post-card-excerpt"><p>The ferry company will run two extra crossings a day from July.</p></div></a></div></article></div></aside>` +
		`</main>` + p55Foot + `</div></body></html>`
	probe55Check(t, "ghost cards", page, "Get the latest posts", "Sign up for more", "ferry company will run", "Expand toggle")
}

// Read-more expanders in other languages and templates: the hidden rest is
// the story's, the button's words are not.
func TestBodyProbe65Expanders(t *testing.T) {
	forms := map[string]string{
		"de mehr lesen":    `<div class="article-text">` + p55Range(0, 3) + `<div class="article-text__more is-collapsed" hidden>` + p55Range(3, 7) + `</div><button class="article-text__toggle js-toggle" aria-expanded="false">Mehr lesen</button></div>`,
		"de weiterlesen":   `<div class="article-text" data-collapsed="true">` + p55Range(0, 2) + `<div class="rest" style="display: none;">` + p55Range(2, 7) + `</div><a class="weiterlesen" href="#">Weiterlesen</a></div>`,
		"zh 阅读全文":          `<div class="article-content-wrap" style="height: 800px; overflow: hidden;">` + p55Range(0, 7) + `</div><div class="lookall-box"><div class="lookall-shadow"></div><section class="lookall"><a href="javascript:void(0)" class="more-btn">阅读全文</a></section></div>`,
		"zh 展开全文":          `<div class="article" id="article">` + p55Range(0, 2) + `<div class="article-hide" aria-hidden="true" style="display:none">` + p55Range(2, 7) + `</div></div><div class="unfold-field" id="unfold"><div class="unfold-btn"><span>展开全文</span></div></div>`,
		"aria region":      `<div class="story-body">` + p55Range(0, 3) + `<div id="more-text" class="story-more" role="region" aria-expanded="false" aria-hidden="true">` + p55Range(3, 7) + `</div><button class="story-more-toggle" aria-controls="more-text" aria-expanded="false"><span>Continue reading</span></button></div>`,
		"bootstrap target": `<div class="story-body">` + p55Range(0, 3) + `<div id="resto" class="d-none">` + p55Range(3, 7) + `</div><p class="note">Photos by the board.</p><button class="btn btn-link" data-bs-toggle="collapse" data-bs-target="#resto" aria-expanded="false">Leer más</button></div>`,
		"es leer más":      `<div class="nota-cuerpo">` + p55Range(0, 3) + `<div class="nota-oculta d-none">` + p55Range(3, 7) + `</div><button class="btn-leer-mas">Leer más</button></div>`,
	}
	for name, form := range forms {
		probe55Check(t, name, p55News(form), "Continue reading", "Mehr lesen", "Weiterlesen", "阅读全文", "展开全文", "Leer más")
	}
}

// Boxes in the article's column that are the site's, not the story's:
// a follow-us box, a donation appeal, a paywall teaser, the consent
// placeholder of an embed, an author's box, in several languages.
func TestBodyProbe65ColumnBoxes(t *testing.T) {
	for _, c := range []struct {
		name, between, after string
		gone                 []string
	}{
		{"google news box", `<div class="gnews-follow"><a href="https://news.google.com/publications/CAAqBwgKMJ" target="_blank" rel="noopener"><img src="/img/google-news.svg" alt="Google News" width="24"> Follow us on Google News</a></div>`, "", []string{"Follow us on Google News"}},
		{"google news de", "", `<p class="follow-box"><strong>Folgen Sie uns auf Google News</strong> – und verpassen Sie keine Nachricht mehr aus der Region.</p>`, []string{"Google News", "verpassen"}},
		{"donation en", "", `<div class="donate-box"><h3>Support local journalism</h3><p>Our reporting is free to read because readers like you support it. If you value what we do, please consider making a donation today.</p><a class="button" href="/donate">Donate now</a></div>`, []string{"Support local journalism", "making a donation", "Donate now"}},
		{"donation de", "", `<div class="spendenbox"><h3>Unterstützen Sie unabhängigen Journalismus</h3><p>Unsere Artikel sind frei zugänglich. Damit das so bleibt, sind wir auf Ihre Unterstützung angewiesen.</p><a href="/spenden">Jetzt spenden</a></div>`, []string{"Unterstützen Sie", "Jetzt spenden"}},
		{"paywall teaser", "", `<div class="paywall-teaser"><h3>This article is for subscribers only</h3><p>Subscribe now for full access to all our stories, from just $1 a week.</p><a href="/subscribe">Subscribe</a> <a href="/login">Already a subscriber? Log in</a></div>`, []string{"subscribers only", "full access", "Log in"}},
		{"embed consent de", `<div class="embed-consent" data-provider="twitter"><p>An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.</p><label><input type="checkbox"> Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.</label><button>Externen Inhalt anzeigen</button></div>`, "", []string{"externen Inhalt", "einverstanden"}},
		{"embed consent en", `<div class="cookie-consent-placeholder"><p>This content is provided by YouTube, which may be using cookies and other technologies. To show you this content, we need your permission to use cookies.</p><button class="consent-accept">Manage preferences</button></div>`, "", []string{"provided by YouTube", "Manage preferences"}},
		{"donation it", "", `<div class="sostegno"><h3>Sostieni il giornalismo indipendente</h3><p>I nostri articoli sono gratuiti grazie ai lettori.</p><a href="/sostienici">Sostienici</a></div>`, []string{"Sostieni il giornalismo", "Sostienici"}},
		{"donation es", "", `<div class="apoyo"><h3>Apoya el periodismo independiente</h3><p>Nuestro trabajo es gratuito gracias a lectores como tú.</p><a href="/apoya">Apóyanos</a></div>`, []string{"Apoya el periodismo", "Apóyanos"}},
		{"support us en", "", `<div class="cta"><p><strong>The Herald is reader-funded.</strong> Help keep local news free for everyone.</p><a href="/support-us/">Support us</a></div>`, []string{"reader-funded", "Support us"}},
		{"patreon line", "", `<p><a href="https://www.patreon.com/valleyherald" class="btn">Support us on Patreon</a></p>`, []string{"Patreon"}},
		{"donation fr", "", `<section class="encart"><p><strong>Soutenez une information locale indépendante.</strong> Nos articles sont en accès libre grâce à nos lecteurs.</p><p><a href="https://www.helloasso.com/associations/journal/formulaires/1/faire-un-don">Je fais un don</a></p></section>`, []string{"Soutenez", "Je fais un don"}},
	} {
		checkConventionPage(t, c.name, sidebarLangsPage(c.between, c.after), c.gone, nil)
	}
	// A story that says where to give keeps the link in its sentence.
	checkConventionPage(t, "donation link in spans", sidebarLangsPage(`<p><span>At </span><a href="/"><span>the Herald,</span></a><span> we report on the valley, and you can </span><a href="/support/donate/"><span>donate today</span></a><span> to help us go on doing it.</span></p>`, ""), nil, []string{"donate today"})
	checkConventionPage(t, "donation address written out", sidebarLangsPage("", `<p><a href="https://herald.example/donate">https://herald.example/donate</a></p>`), nil, []string{"herald.example/donate"})
	checkConventionPage(t, "donation link in a sentence", sidebarLangsPage(`<p>Residents who want to help the families can <a href="/donate">give to the relief fund</a> at the town hall or online until the end of June.</p>`, ""), nil, []string{"give to the relief fund"})
}

// TestFollowGoogleNewsLines: the call to follow the site on Google News,
// in the languages of Europe's news sites, or on a messaging app's
// channel, is one of the site's lines; a sentence about Google News is
// not.
func TestFollowGoogleNewsLines(t *testing.T) {
	for line, want := range map[string]bool{
		"Folgen Sie uns auf Google News – und verpassen Sie keine Nachricht mehr aus der Region.": true,
		"Folge uns auf Google News":                                      true,
		"Suivez-nous sur Google News pour ne rien manquer.":              true,
		"Síguenos en Google News":                                        true,
		"Siga-nos no Google News":                                        true,
		"Seguici su Google News":                                         true,
		"Volg ons op Google News":                                        true,
		"Obserwuj nas w Google News":                                     true,
		"Follow us on Google News":                                       true,
		"Google News changed its ranking on Monday.":                     false,
		"Join our WhatsApp channel for the latest news from the valley.": true,
		"Join the Herald's Telegram channel":                             true,
		"Folgen Sie uns auch auf Telegram und WhatsApp!":                 true,
		"Follow the Herald on WhatsApp":                                  true,
		"Join our team of reporters in the valley.":                      false,
		"Folgen Sie uns in die Berge, sagte der Bergführer.":             false,
		"Folgen Sie der Debatte im Landtag ab neun Uhr im Livestream.":   false,
	} {
		if got := isShortBoiler(line); got != want {
			t.Errorf("isShortBoiler(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestDonationButtonShortPost: a charity's short post whose box holds its
// donation button keeps the post: the appeal's box is never most of the
// page.
func TestDonationButtonShortPost(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Winter appeal reaches its goal</title></head><body><header><a href="/">Valley Food Bank</a></header><main><article><h1>Winter appeal reaches its goal</h1>
<div class="entry"><p>Thanks to 412 donors, the winter appeal raised enough to keep the pantry open every weekday until March.</p><p><a href="/donate" class="button">Donate</a></p></div></article></main></body></html>`
	a, err := Extract([]byte(page), "https://foodbank.example/news/winter-appeal", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "412 donors") {
		t.Errorf("Extract.Text lacks the post: %q", a.Text)
	}
}

// TestBodyProbe65SidebarForms: a block of other stories under a heading in
// the forms news templates print it, inside the article's container,
// between its paragraphs or after them: a bold paragraph, a definition
// list's term, a section's header, a ranking with its numbers, teasers
// with their dates or pictures.
func TestBodyProbe65SidebarForms(t *testing.T) {
	li := func(i int, title, extra string) string {
		return `<li><a href="/news/2024/05/1` + string(rune('0'+i)) + `/story.html">` + title + `</a>` + extra + `</li>`
	}
	heads := []string{"Mayor opens new bridge over the canal", "Schools close early as storm nears the coast", "Ferry fares to rise by five percent in January", "Council approves budget for the new library"}
	list := func(tag, cls, extra string) string {
		s := `<` + tag + ` class="` + cls + `">`
		for i, h := range heads {
			s += li(i, h, extra)
		}
		return s + `</` + tag + `>`
	}
	gone := append([]string{}, heads[0][:20], heads[2][:20])
	for _, c := range []struct{ name, between, after, label string }{
		{"bold paragraph en", "", `<p><strong>Most read</strong></p>` + list("ul", "", ""), "Most read"},
		{"bold paragraph between", `<p><b>Trending</b></p>` + list("ul", "", ""), "", "Trending"},
		{"zh 相关阅读 with dates", `<div class="xgyd"><div class="tit">相关阅读</div>` + list("ul", "list", `<span class="time">2024-05-10</span>`) + `</div>`, "", "相关阅读"},
		{"zh 热门文章 after", "", `<div class="box"><h4>热门文章</h4>` + list("ol", "", "") + `</div>`, "热门文章"},
		{"ja 人気記事 ranking", "", `<div class="c-ranking"><p class="c-ranking__title">人気記事</p>` + list("ol", "c-ranking__list", `<span class="c-ranking__num"></span>`) + `</div>`, "人気記事"},
		{"ko 많이 본 뉴스 dl", "", `<dl class="best"><dt>많이 본 뉴스</dt><dd>` + list("ul", "", "") + `</dd></dl>`, "많이 본 뉴스"},
		{"ar الأكثر قراءة cards", "", `<section class="block"><header><h2>الأكثر قراءة</h2></header>` + list("ul", "cards", `<img src="/t.jpg" alt=""><time>منذ ساعتين</time>`) + `</section>`, "الأكثر قراءة"},
		{"ru Самое читаемое section", "", `<section><header class="section-header"><h2>Самое читаемое</h2></header>` + list("ul", "", `<time>12:40</time>`) + `</section>`, "Самое читаемое"},
		{"pt Mais lidas numbered between", `<div class="mais-lidas-box"><h3>Mais lidas</h3>` + list("ol", "", "") + `</div>`, "", "Mais lidas"},
		{"it I più letti strong", "", `<div><strong>I più letti</strong>` + list("ul", "", "") + `</div>`, "I più letti"},
		{"de Meistgelesen span", `<div class="teaser-list"><span class="headline">Meistgelesen</span>` + list("ul", "", "") + `</div>`, "", "Meistgelesen"},
		{"fr Les plus lus", "", `<div class="bloc"><div class="bloc-title">Les plus lus</div>` + list("ol", "", "") + `</div>`, "Les plus lus"},
		{"es Lo más leído", "", `<div class="bloque"><h2 class="titulo">Lo más leído</h2>` + list("ul", "", `<span class="fecha">10/05/2024</span>`) + `</div>`, "Lo más leído"},
	} {
		checkConventionPage(t, c.name, sidebarLangsPage(c.between, c.after), append(gone, c.label), nil)
	}
}

// TestBodyProbe65PortalTail: an English-language portal's story page whose
// one content column runs on after the story, in plain boxes, into the
// site's promotions, its report line and licence number, a cookie notice
// with its "I Agree" button, a contact line and its links. None of it is
// the story. (Its source line is the credit, as on every page.)
func TestBodyProbe65PortalTail(t *testing.T) {
	paras := ""
	for _, p := range sidebarLangsParas {
		paras += `<p style="text-indent:2em">` + p + `</p>`
	}
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Water board to rebuild reservoir dam | City News</title></head><body>
<div class="top"><a href="/"><img src="/logo.png" alt="iCity"></a><div class="nav"><a href="/news">News</a><a href="/travel">Travel</a></div></div>
<div class="w1200"><div class="left">
<h1>Water board to rebuild reservoir dam</h1><div class="info">By LI MING|Mar 26,2024</div>
<div class="content">` + paras + `<p>Source: City Water Affairs Bureau</p></div>
<div class="banner"><a href="/topics/tour"><img src="/b1.jpg"><p>A Tour in the City, A Gain in Vision</p></a><a href="/topics/land"><img src="/b2.jpg"><p>A Land of Natural Beauty, A City with Cultural Appeal</p></a></div>
</div></div>
<div class="bottom"><p>Internet illegal and undesirable information can be reported by calling this telephone number:+86-23-67158993</p><p>渝ICP备20009753号-2 互联网新闻信息服务许可证号:50120220004</p></div>
<div class="tips"><div class="btn">I Agree</div><p><a href="/privacy">Our Privacy Statement &amp; Cookie Policy</a></p><p>By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use. You can change your cookie settings through your browser.</p></div>
<div class="contact"><p>For any inquiries, please email service@icity.example</p><p><a href="/about">About Us</a><a href="/contact">Contact Us</a></p><div class="msg">Leaving a message</div></div>
</body></html>`
	checkConventionPage(t, "portal tail", page, []string{"A Tour in the City", "Natural Beauty", "illegal and undesirable", "ICP", "I Agree", "Cookie Policy", "use of cookies", "inquiries", "About Us", "Leaving a message"}, nil)
}

// TestBodyProbe65PaywallOffers: a paywall's offer in the article's column,
// its class naming nothing, goes whole by its "Already a subscriber? Log
// in" prompt, in the languages of news; a story that asks the question in
// a sentence keeps it.
func TestBodyProbe65PaywallOffers(t *testing.T) {
	for _, c := range []struct {
		name, after string
		gone        []string
	}{
		{"en", `<div class="box"><h3>This article is for subscribers</h3><p>Get unlimited access from $1 a week.</p><a href="/subscribe">Subscribe</a><p>Already a subscriber? <a href="https://account.herald.example/login">Log in</a></p></div>`, []string{"for subscribers", "unlimited access", "Log in"}},
		{"fr", `<div class="article-premium"><p class="titre">Cet article est réservé aux abonnés</p><p>Abonnez-vous pour lire la suite, dès 1 € le premier mois.</p><a href="/abonnement">Je m'abonne</a><a href="/connexion">Déjà abonné ? Se connecter</a></div>`, []string{"réservé aux abonnés", "Abonnez-vous", "Se connecter"}},
		{"it", `<div class="riservato"><h3>Articolo riservato agli abbonati</h3><p>Abbonati per leggere tutti gli articoli da 1 € al mese.</p><a href="/abbonati">Abbonati</a><p>Sei già abbonato? <a href="/accedi">Accedi</a></p></div>`, []string{"riservato agli abbonati", "Accedi"}},
		{"pt", `<div class="bloqueio"><h3>Conteúdo exclusivo para assinantes</h3><p>Assine e tenha acesso ilimitado por R$ 1,90 no primeiro mês.</p><a href="/assine">Assine já</a><p>Já é assinante? <a href="/entrar">Entre</a></p></div>`, []string{"exclusivo para assinantes", "acesso ilimitado"}},
	} {
		checkConventionPage(t, c.name, sidebarLangsPage("", c.after), c.gone, nil)
	}
	checkConventionPage(t, "a product's prompt", sidebarLangsPage("", `<p>Already a subscriber? <a href="https://herald.example/account/reports">View your reports here →</a></p>`), nil, []string{"View your reports"})
	checkConventionPage(t, "question in a story", sidebarLangsPage(`<p>Already a subscriber to the water board's alerts? The board said the <a href="https://board.example/account">same account</a> will carry the notices of the work.</p>`, ""), nil, []string{"same account"})
}

// TestBodyProbe65BuilderEmbeds: the blocks that cut a builder's article
// between its text blocks, a video embed, a post's embed, a pull quote
// and a spacer, each in a block of the builder's own, leave the article
// whole.
func TestBodyProbe65BuilderEmbeds(t *testing.T) {
	embeds := []string{
		`<div class="video-embed"><iframe src="https://www.youtube.com/embed/abc" width="560" height="315" frameborder="0" allowfullscreen title="The depot"></iframe></div>`,
		`<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The old depot will be a market. Vote passed 31 to 19.</p>&mdash; Harbour Council (@harbourcouncil) <a href="https://twitter.com/harbourcouncil/status/1">May 9, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`,
		`<blockquote class="pullquote"><p>“It is the heart of the old harbour.”</p></blockquote>`,
		`<div class="spacer" style="height:40px" aria-hidden="true"></div>`,
	}
	for _, b := range pageBuilders {
		var body strings.Builder
		for i, ps := range matrixArticle {
			body.WriteString(b.block(i, "<p>"+strings.Join(ps, "</p><p>")+"</p>"))
			if i < len(embeds) {
				body.WriteString(b.block(50+i, embeds[i]))
			}
			if i == 1 {
				body.WriteString(b.image(i))
			}
		}
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Old tram depot to become a covered market | Harbour Gazette</title></head><body>` +
			`<div class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>` +
			`<div class="page"><div class="col-8"><h1>Old tram depot to become a covered market</h1>` + b.open + body.String() + b.close + `</div></div>` +
			`<div class="site-footer"><p>Harbour Gazette, 12 Quay Road. <a href="/about">About us</a></p></div></body></html>`
		a, err := Extract([]byte(page), "https://gazette.example/news/2024/05/09/depot", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, ps := range matrixArticle {
			for _, p := range ps {
				if !strings.Contains(a.Text, p[:40]) {
					t.Errorf("%s: the body lacks %q", b.name, p[:40])
				}
			}
		}
	}
}
