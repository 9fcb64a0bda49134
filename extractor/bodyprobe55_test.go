package extractor

import (
	"strings"
	"testing"
)

// probe55Paras is the article the builder probes set.
var probe55Paras = []string{
	"The regional water board approved a plan on Thursday to rebuild the Millbrook reservoir dam, which engineers say has been leaking through its core for at least a decade.",
	"The work will cost about forty million euros and take four years, during which the reservoir will be held at half its usual level to ease the pressure on the old embankment.",
	"Farmers downstream asked the board to guarantee the summer releases they depend on for irrigation, and the board agreed to a minimum flow written into the contract.",
	"Engineers first noticed damp patches on the downstream face in 2013. Sensors fitted two years later showed that water was finding a path through the clay core after heavy rain.",
	"The new design keeps the old embankment but adds a concrete cut-off wall down to the bedrock and a drainage blanket at the toe, so that any seepage is collected and measured.",
	"Residents of the valley will be able to follow the work at a visitor centre the contractor must open on the north bank, with monthly open days during the summer months.",
	"The board expects to award the contract in the autumn, after a public consultation that opens next week and runs for six weeks, with meetings in each of the three towns.",
}

// probe55Unwanted are texts of the blocks around the article that the body
// must not hold.
var probe55Unwanted = []string{"Ferry timetable changes", "Harbour wall repairs", "Subscribe to our newsletter", "Read more", "Show more", "Share this", "Leave a comment"}

func probe55Check(t *testing.T, name, page string, unwanted ...string) {
	t.Helper()
	a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := 0
	for i, p := range probe55Paras {
		k := strings.Index(a.Text[at:], p[:50])
		if k < 0 {
			if strings.Contains(a.Text, p[:50]) {
				t.Errorf("%s: paragraph %d out of order", name, i)
			} else {
				t.Errorf("%s: the body lacks paragraph %d %q", name, i, p[:50])
			}
			continue
		}
		if n := strings.Count(a.Text, p[:50]); n > 1 {
			t.Errorf("%s: paragraph %d %d times", name, i, n)
		}
		at += k
	}
	for _, u := range append(unwanted, probe55Unwanted...) {
		if strings.Contains(a.Text, u) {
			t.Errorf("%s: the body holds %q", name, u)
		}
	}
	if t.Failed() {
		t.Logf("%s body:\n%s", name, a.Text)
	}
}

func p55(i int) string { return "<p>" + probe55Paras[i] + "</p>" }

const p55Head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Millbrook dam to be rebuilt after years of leaks</title><meta property="og:title" content="Millbrook dam to be rebuilt after years of leaks"></head>`

const p55Nav = `<header id="header" class="header"><div class="header-inner"><a href="/" class="site-title">Valley Courier</a><nav class="header-nav"><a href="/news">News</a><a href="/sport">Sport</a><a href="/about">About</a></nav></div></header>`

const p55Foot = `<footer class="site-footer"><p>Valley Courier, 4 Mill Lane. <a href="/privacy">Privacy</a></p><form class="newsletter"><h4>Subscribe to our newsletter</h4><input type="email"><button>Sign up</button></form></footer>`

// Squarespace 7.1 blog item: the post is an sqs-layout of html-blocks with
// an image-block and a quote-block among them; the author put a summary
// block of other posts at its end; pagination to the neighbours follows.
func TestProbe55Squarespace(t *testing.T) {
	html := func(i int, inner string) string {
		return `<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-yui_3_17_2_1_171800` + string(rune('0'+i)) + `"><div class="sqs-block-content"><div class="sqs-html-content">` + strings.ReplaceAll(inner, "<p>", `<p class="" style="white-space:pre-wrap;">`) + `</div></div></div>`
	}
	page := p55Head + `<body class="collection-type-blog-basic-grid view-item" id="item-666b1"><div id="siteWrapper" class="clearfix site-wrapper">` + p55Nav + `<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="666b0"><section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-jane-roe post-type-text article-index-1" data-item-id="666b1"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Millbrook dam to be rebuilt after years of leaks</h1></div><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/news?author=5f">Jane Roe</a></div><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2024-06-13">June 13, 2024</time></div></div>` +
		`<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1718291000000" id="item-666b1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">` +
		html(0, p55(0)+p55(1)) +
		`<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1718009"><div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/dam.jpg" alt="The dam from the north bank"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>The dam from the north bank.</p></div></figcaption></figure></div></div></div>` +
		html(2, p55(2)) +
		`<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-yui_3_17_2_1_1718010"><div class="sqs-block-content"><figure class="block-animation-none"><blockquote data-animation-role="quote"><span>“</span>We cannot wait for the next wet winter to find out how much longer it holds.<span>”</span></blockquote><figcaption class="source">— the board's chief engineer</figcaption></figure></div></div>` +
		html(3, p55(3)+p55(4)) +
		`<div class="sqs-block spacer-block sqs-block-spacer" data-block-type="21"><div class="sqs-block-content sqs-intrinsic" style="padding-bottom: 4%;">&nbsp;</div></div>` +
		html(5, `<h3>What happens next</h3>`+p55(5)+p55(6)) +
		`<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_3_17_2_1_1718011"><div class="sqs-block-content"><div class="summary-block-wrapper summary-block-collection-type-blog-basic-grid"><div class="summary-block-header"><h3 class="summary-heading"><span>More from the valley</span></h3></div><div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list"><div class="summary-item summary-item-record-type-text"><div class="summary-content sqs-gallery-meta-container"><div class="summary-title"><a href="/news/ferry-timetable" class="summary-title-link">Ferry timetable changes for the summer</a></div><div class="summary-excerpt"><p>The ferry company will run two extra crossings a day from July, with the last boat leaving the quay at eleven at night instead of nine.</p></div><a href="/news/ferry-timetable" class="summary-read-more-link">Read More →</a></div></div><div class="summary-item summary-item-record-type-text"><div class="summary-content sqs-gallery-meta-container"><div class="summary-title"><a href="/news/harbour-wall" class="summary-title-link">Harbour wall repairs finished early</a></div><div class="summary-excerpt"><p>The repairs to the harbour wall, damaged in the February storms, were finished three weeks ahead of schedule and under budget, the port said.</p></div><a href="/news/harbour-wall" class="summary-read-more-link">Read More →</a></div></div></div></div></div></div></div>` +
		`</div></div></div></div></div><div class="blog-item-inner-wrapper"><div class="blog-meta-item blog-meta-item--tags">Tagged: <a href="/news?tag=water">water</a></div><div class="blog-share"><a class="share-button">Share this</a></div></div></div>` +
		`<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev" href="/news/ferry-timetable"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ferry timetable changes for the summer</h2></a></section>` +
		`</article></div></div></div></section></article></main>` + p55Foot + `</div></body></html>`
	probe55Check(t, "squarespace", page, "ferry company will run", "Previous")
}

// Elementor 3 (flexbox containers): the theme builder's single-post
// template puts the title, the post content widget and a posts widget of
// related posts in e-con containers; the post, built with Elementor too,
// is a run of containers of one text-editor widget each.
func TestProbe55Elementor(t *testing.T) {
	id := 0x3a1b000
	widget := func(kind, inner string) string {
		id++
		h := func(n int) string {
			return strings.ToLower(strings.TrimLeft(strings.ToUpper(string("0123456789abcdef"[n>>24&15])+string("0123456789abcdef"[n>>20&15])+string("0123456789abcdef"[n>>16&15])+string("0123456789abcdef"[n>>12&15])+string("0123456789abcdef"[n>>8&15])+string("0123456789abcdef"[n>>4&15])+string("0123456789abcdef"[n&15])), ""))
		}
		return `<div class="elementor-element elementor-element-` + h(id) + ` elementor-widget elementor-widget-` + kind + `" data-id="` + h(id) + `" data-element_type="widget" data-widget_type="` + kind + `.default"><div class="elementor-widget-container">` + inner + `</div></div>`
	}
	con := func(inner string) string {
		id++
		return `<div class="elementor-element elementor-element-c` + string("0123456789abcdef"[id&15]) + `1d2e3 e-flex e-con-boxed e-con e-parent e-lazyloaded" data-id="c1d2e3" data-element_type="container"><div class="e-con-inner">` + inner + `</div></div>`
	}
	post := `<div data-elementor-type="wp-post" data-elementor-id="4312" class="elementor elementor-4312" data-elementor-post-type="post">` +
		con(widget("text-editor", p55(0)+p55(1))) +
		con(widget("image", `<img width="800" height="533" src="/wp-content/uploads/2024/06/dam.jpg" class="attachment-large size-large wp-image-4320" alt="">`)) +
		con(widget("text-editor", p55(2))) +
		con(widget("heading", `<h2 class="elementor-heading-title elementor-size-default">Why the dam leaks</h2>`)) +
		con(widget("text-editor", p55(3)+p55(4))) +
		con(widget("text-editor", p55(5))) +
		con(widget("text-editor", p55(6))) +
		`</div>`
	page := p55Head + `<body class="post-template-default single single-post postid-4312 elementor-default elementor-template-full-width elementor-kit-6 elementor-page elementor-page-4312">` +
		`<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header">` + con(widget("nav-menu", `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>`)) + `</div>` +
		`<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-4312 post type-post status-publish format-standard has-post-thumbnail hentry category-news">` +
		con(widget("theme-post-title", `<h1 class="elementor-heading-title elementor-size-default">Millbrook dam to be rebuilt after years of leaks</h1>`)+
			widget("post-info", `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><a href="/author/jane/"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Jane Roe</span></a></li><li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>June 13, 2024</time></span></li></ul>`)) +
		con(widget("theme-post-content", post)) +
		con(widget("share-buttons", `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Share on facebook"><span class="elementor-share-btn__title">Share this</span></div></div></div>`)) +
		con(widget("heading", `<h2 class="elementor-heading-title elementor-size-default">You might also like</h2>`)+
			widget("posts", `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid"><article class="elementor-post elementor-grid-item post-4290 post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/news/ferry-timetable/">Ferry timetable changes for the summer</a></h3><div class="elementor-post__excerpt"><p>The ferry company will run two extra crossings a day from July, with the last boat leaving the quay at eleven at night.</p></div><a class="elementor-post__read-more" href="/news/ferry-timetable/" aria-label="Read more about Ferry timetable changes" tabindex="-1">Read More »</a></div></article><article class="elementor-post elementor-grid-item post-4281 post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/news/harbour-wall/">Harbour wall repairs finished early</a></h3><div class="elementor-post__excerpt"><p>The repairs to the harbour wall, damaged in the February storms, were finished three weeks ahead of schedule.</p></div><a class="elementor-post__read-more" href="/news/harbour-wall/">Read More »</a></div></article></div>`)) +
		`</div>` +
		`<div data-elementor-type="footer" data-elementor-id="25" class="elementor elementor-25 elementor-location-footer">` + con(widget("text-editor", `<p>Valley Courier, 4 Mill Lane. All rights reserved.</p>`)+widget("form", `<form class="elementor-form"><h4>Subscribe to our newsletter</h4><input type="email"><button type="submit">Sign up</button></form>`)) + `</div>` +
		`</body></html>`
	probe55Check(t, "elementor", page, "ferry company will run")
}

// HubSpot CMS blog post (the boilerplate theme): the post body is one
// rich_text wrapper with a <!--more--> mark; a related-posts section and
// the comments form follow the article.
func TestProbe55HubSpot(t *testing.T) {
	var body strings.Builder
	for i := range probe55Paras {
		body.WriteString(p55(i))
		if i == 1 {
			body.WriteString(`<!--more--><p><img src="https://f.hubspotusercontent-na1.net/hubfs/123/dam.jpg" alt="dam" width="600" loading="lazy" style="width: 600px; margin-left: auto; margin-right: auto; display: block;"></p>`)
		}
	}
	page := p55Head + `<body><div class="body-wrapper hs-content-id-1234 hs-blog-post hs-blog-id-567"><div data-global-resource-path="theme/templates/partials/header.html"><header class="header"><a class="header__logo" href="/">Valley Courier</a><nav class="menu" aria-label="Main menu"><ul class="menu__wrapper no-list"><li class="menu__item"><a class="menu__link" href="/news">News</a></li></ul></nav></header></div>` +
		`<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">Millbrook dam to be rebuilt after years of leaks</span></h1><div class="blog-post__meta"><a href="https://valley.example/news/author/jane-roe">Jane Roe</a><time datetime="2024-06-13 09:00:00" class="blog-post__timestamp">June 13, 2024</time></div>` +
		`<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">` + body.String() + `</span></div>` +
		`<div class="blog-post__tags"><svg version="1.0" aria-hidden="true"><g></g></svg><a class="blog-post__tag-link" href="/news/tag/water">water</a></div></article>` +
		`<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"><span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div><h3>Leave a comment</h3><div id="hs_form_target_b_c"></div></div></span></div></section></div></div>` +
		`<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list"><article class="blog-related-posts__post" aria-label="Blog post summary: Ferry timetable changes"><a class="blog-related-posts__image-link" href="/news/ferry-timetable"><img class="blog-related-posts__image" src="/hubfs/ferry.jpg" loading="lazy" alt=""></a><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/news/ferry-timetable">Ferry timetable changes for the summer</a></h3><p class="blog-related-posts__summary">The ferry company will run two extra crossings a day from July, with the last boat leaving the quay at eleven at night.</p></article><article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/news/harbour-wall">Harbour wall repairs finished early</a></h3><p class="blog-related-posts__summary">The repairs to the harbour wall, damaged in the February storms, were finished three weeks ahead of schedule and under budget.</p></article></div></div></section></main>` +
		p55Foot + `</div></body></html>`
	probe55Check(t, "hubspot", page, "ferry company will run")
}

// A WordPress block theme (Twenty Twenty-Four's single.html): the post
// content holds a cover with text, columns, a pullquote, a group with a
// heading, and a latest-posts block the author added at the end.
func TestProbe55Gutenberg(t *testing.T) {
	page := p55Head + `<body class="post-template-default single single-post postid-77 single-format-standard wp-embed-responsive"><div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a href="/" rel="home">Valley Courier</a></p><nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Header navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/news"><span class="wp-block-navigation-item__label">News</span></a></li></ul></nav></div></header>` +
		`<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><h1 style="font-size:var(--wp--preset--font-size--xx-large);" class="wp-block-post-title">Millbrook dam to be rebuilt after years of leaks</h1><div class="wp-block-post-date"><time datetime="2024-06-13T09:00:00+00:00">June 13, 2024</time></div></div>` +
		`<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">` +
		p55(0) +
		`<div class="wp-block-cover alignfull is-light" style="min-height:430px;aspect-ratio:unset;"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-80" alt="" src="/wp-content/uploads/2024/06/dam.jpg" data-object-fit="cover"/><div class="wp-block-cover__inner-container is-layout-constrained wp-block-cover-is-layout-constrained"><p class="has-text-align-center has-large-font-size">` + probe55Paras[1] + `</p></div></div>` +
		`<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">` + p55(2) + `</div><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">` + p55(3) + `</div></div>` +
		`<figure class="wp-block-pullquote"><blockquote><p>We cannot wait for the next wet winter to find out how much longer it holds.</p><cite>The board's chief engineer</cite></blockquote></figure>` +
		`<div class="wp-block-group has-base-2-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained"><h2 class="wp-block-heading">A wall down to the bedrock</h2>` + p55(4) + `</div>` +
		p55(5) + p55(6) +
		`<h2 class="wp-block-heading">More from the valley</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="/news/ferry-timetable/">Ferry timetable changes for the summer</a><time datetime="2024-06-10T08:00:00+00:00" class="wp-block-latest-posts__post-date">June 10, 2024</time><div class="wp-block-latest-posts__post-excerpt">The ferry company will run two extra crossings a day from July, with the last boat leaving the quay at eleven at night instead of nine. <a class="wp-block-latest-posts__read-more" href="/news/ferry-timetable/">Read more<span class="screen-reader-text">: Ferry timetable changes</span></a></div></li><li><a class="wp-block-latest-posts__post-title" href="/news/harbour-wall/">Harbour wall repairs finished early</a><time datetime="2024-06-08T08:00:00+00:00" class="wp-block-latest-posts__post-date">June 8, 2024</time><div class="wp-block-latest-posts__post-excerpt">The repairs to the harbour wall, damaged in the February storms, were finished three weeks ahead of schedule and under budget. <a class="wp-block-latest-posts__read-more" href="/news/harbour-wall/">Read more</a></div></li></ul>` +
		`</div>` +
		`<div class="wp-block-group has-global-padding is-layout-constrained"><nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="/news/ferry-timetable/" rel="prev">Ferry timetable changes for the summer</a></div></nav></div>` +
		`<div class="wp-block-comments"><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" name="comment"></textarea></form></div></div></main>` +
		`<footer class="wp-block-template-part">` + p55Foot + `</footer></div></body></html>`
	probe55Check(t, "gutenberg", page, "ferry company will run")
}

// Wix blog (the Ricos viewer): the post's paragraphs are <p> of viewer
// ids in the rich-content-viewer under data-hook="post-description"; a
// "Recent Posts" widget of post cards follows the post's footer.
func TestProbe55Wix(t *testing.T) {
	var body strings.Builder
	for i := range probe55Paras {
		body.WriteString(`<div class="TTr6a" data-breakout="normal"><p class="MmYCk _2w_Wr xCJLc" id="viewer-` + string(rune('a'+i)) + `3kd9" dir="auto"><span style="color:#000000;" class="fMtX5">` + probe55Paras[i] + `</span></p></div>`)
		if i == 2 {
			body.WriteString(`<div class="TTr6a" data-breakout="normal"><div class="_4_v8s" data-hook="imageViewer"><div class="F0Ja7"><img src="https://static.wixstatic.com/media/dam.jpg" alt="" class="_2jYZe"></div><span dir="auto" class="figcaption">The dam from the north bank.</span></div></div>`)
		}
	}
	card := func(title, text string) string {
		return `<div class="gallery-item-container" data-hook="item-container"><div data-hook="post-list-item"><a href="/post/x" class="O16KGI"><div data-hook="post-title"><p class="BOlnTh">` + title + `</p></div></a><div data-hook="post-description"><div class="BOlnTh">` + text + `</div></div><div data-hook="post-footer"><span data-hook="view-count">3 views</span><span data-hook="comment-count">0 comments</span><button data-hook="like-button" aria-label="Post not marked as liked">12</button></div></div></div>`
	}
	page := p55Head + `<body><div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="wixui-header"><nav id="comp-nav" aria-label="Site"><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>` +
		`<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><section id="comp-blog"><div data-hook="post-page"><article class="blog-post-page-font" data-hook="post"><div data-hook="post-header"><div data-hook="post-metadata"><a href="/profile/jane" data-hook="user-name">Jane Roe</a><span data-hook="time-ago">Jun 13, 2024</span><span data-hook="time-to-read">3 min read</span></div><h1 class="H3vOVf" data-hook="post-title"><span class="post-title__text blog-post-title-font">Millbrook dam to be rebuilt after years of leaks</span></h1></div>` +
		`<div class="moHCnT" data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer"><div data-rce-version="10.25.0" dir="ltr" class="kvdbP"><div class="wjX4x UD4yk">` + body.String() + `</div></div></div></div>` +
		`<div data-hook="post-footer"><div data-hook="post-main-actions__share">Share this</div><div data-hook="post-stats"><span data-hook="view-count">42 views</span><span data-hook="comment-count">0 comments</span><button data-hook="like-button" aria-label="Post not marked as liked">3</button></div></div></article></div>` +
		`<section data-hook="recent-posts"><div class="Ihq1Ev"><h2 data-hook="recent-posts-title">Recent Posts</h2><a data-hook="see-all-posts" href="/blog">See All</a></div><div data-hook="post-list">` +
		card("Ferry timetable changes for the summer", "The ferry company will run two extra crossings a day from July.") +
		card("Harbour wall repairs finished early", "The repairs to the harbour wall were finished three weeks ahead of schedule.") +
		`</div></section></section></div></main><footer id="SITE_FOOTER">` + p55Foot + `</footer></div></div></body></html>`
	probe55Check(t, "wix", page, "ferry company will run", "views", "See All")
}

// Webflow CMS post: the body is a w-richtext block, cut in two by a
// newsletter call to action the template sets between two rich-text
// fields; a collection list of related posts follows.
func TestProbe55Webflow(t *testing.T) {
	rich := func(from, to int) string {
		var b strings.Builder
		b.WriteString(`<div class="blog-rich-text w-richtext">`)
		for i := from; i < to; i++ {
			b.WriteString(p55(i))
			if i == 1 {
				b.WriteString(`<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/5f/dam.jpg" loading="lazy" alt=""></div><figcaption>The dam from the north bank.</figcaption></figure>`)
			}
		}
		return b.String() + `</div>`
	}
	page := p55Head + `<body><div data-collapse="medium" data-animation="default" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand">Valley Courier</a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/news" class="nav-link w-nav-link">News</a><a href="/about" class="nav-link w-nav-link">About</a></nav></div></div>` +
		`<div class="section blog-post"><div class="container w-container"><div class="blog-post-header"><div class="blog-category">News</div><h1 class="heading-blog">Millbrook dam to be rebuilt after years of leaks</h1><div class="blog-meta"><div class="author-name">Jane Roe</div><div class="blog-date">June 13, 2024</div></div></div>` +
		rich(0, 4) +
		`<div class="blog-cta"><div class="cta-text">Subscribe to our newsletter for the valley's news every Friday.</div><div class="w-form"><form id="email-form" name="email-form" class="cta-form"><input type="email" class="text-field w-input" placeholder="Email"><input type="submit" value="Subscribe" class="button w-button"></form></div></div>` +
		rich(4, 7) +
		`</div></div>` +
		`<div class="section related"><div class="container w-container"><h2 class="heading-related">Related articles</h2><div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="/news/ferry-timetable" class="blog-card w-inline-block"><h3 class="blog-card-title">Ferry timetable changes for the summer</h3><p class="blog-card-summary">The ferry company will run two extra crossings a day from July.</p><div class="read-more">Read more</div></a></div><div role="listitem" class="w-dyn-item"><a href="/news/harbour-wall" class="blog-card w-inline-block"><h3 class="blog-card-title">Harbour wall repairs finished early</h3><p class="blog-card-summary">The repairs were finished three weeks ahead of schedule.</p><div class="read-more">Read more</div></a></div></div></div></div></div>` +
		p55Foot + `</body></html>`
	probe55Check(t, "webflow", page, "ferry company will run")
}

// Ghost (Casper 5): the post is gh-content with kg-card cards among the
// paragraphs: an image card, a callout, a toggle whose content is closed
// until clicked, a button card; "read more" post cards follow in an aside.
func TestProbe55Ghost(t *testing.T) {
	page := p55Head + `<body class="post-template tag-news"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Valley Courier</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-news"><a href="/tag/news/">News</a></li></ul></nav></div></header>` +
		`<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div><h1 class="article-title">Millbrook dam to be rebuilt after years of leaks</h1><p class="article-excerpt">A forty-million-euro repair will keep the reservoir at half its level for four years.</p><div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Roe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-06-13">Jun 13, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></div></div></header>` +
		`<section class="gh-content gh-canvas">` + p55(0) + p55(1) +
		`<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2024/06/dam.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">The dam from the north bank.</span></figcaption></figure>` +
		p55(2) +
		`<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">` + probe55Paras[3] + `</div></div>` +
		`<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">What is a cut-off wall?</span></h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button></div><div class="kg-toggle-content">` + p55(4) + `</div></div>` +
		p55(5) + p55(6) +
		`<div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Subscribe to our newsletter</a></div>` +
		`</section></article></main>` +
		`<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/ferry-timetable/"><img class="post-card-image" src="/content/images/ferry.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/ferry-timetable/"><header class="post-card-header"><h2 class="post-card-title">Ferry timetable changes for the summer</h2></header><div class="post-card-excerpt">The ferry company will run two extra crossings a day from July.</div></a></div></article><article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/harbour-wall/"><header class="post-card-header"><h2 class="post-card-title">Harbour wall repairs finished early</h2></header><div class="post-card-excerpt">The repairs were finished three weeks ahead of schedule.</div></a></div></article></div></aside></div>` +
		p55Foot + `</div></body></html>`
	probe55Check(t, "ghost", page, "ferry company will run", "3 min read")
}

// Divi: the post is two sections of et_pb_text modules with a blurb and a
// divider between them; a blog module of recent posts and the post
// navigation close the layout.
func TestProbe55Divi(t *testing.T) {
	text := func(n int, inner string) string {
		return `<div class="et_pb_module et_pb_text et_pb_text_` + string(rune('0'+n)) + ` et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">` + inner + `</div></div>`
	}
	section := func(n int, inner string) string {
		return `<div class="et_pb_section et_pb_section_` + string(rune('0'+n)) + ` et_section_regular"><div class="et_pb_row et_pb_row_` + string(rune('0'+n)) + `"><div class="et_pb_column et_pb_column_4_4 et_pb_column_` + string(rune('0'+n)) + ` et_pb_css_mix_blend_mode_passthrough et-last-child">` + inner + `</div></div></div>`
	}
	page := p55Head + `<body class="post-template-default single single-post et_pb_pagebuilder_layout et-db"><div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/">Valley Courier</a></div><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li><a href="/news/">News</a></li></ul></nav></div></header>` +
		`<div id="et-main-area"><div id="main-content"><article id="post-55" class="et_pb_post post-55 post type-post status-publish"><div class="et_post_meta_wrapper"><h1 class="entry-title">Millbrook dam to be rebuilt after years of leaks</h1><p class="post-meta"> by <span class="author vcard"><a href="/author/jane/">Jane Roe</a></span> | <span class="published">Jun 13, 2024</span></p></div><div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">` +
		section(0, text(0, p55(0)+p55(1))+text(1, p55(2))+`<div class="et_pb_module et_pb_divider et_pb_divider_0 et_pb_divider_position_ et_pb_space"><div class="et_pb_divider_internal"></div></div>`+
			`<div class="et_pb_module et_pb_blurb et_pb_blurb_0 et_pb_text_align_left et_pb_blurb_position_left et_pb_bg_layout_light"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top et-pb-icon">&#xe0e3;</span></span></div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>Forty million euros</span></h4><div class="et_pb_blurb_description"><p>The cost of the repair, spread over four years.</p></div></div></div></div>`) +
		section(1, text(2, p55(3))+text(3, p55(4)+p55(5))+text(4, p55(6))) +
		section(2, `<div class="et_pb_module et_pb_text et_pb_text_5 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><h2>Recent Posts</h2></div></div><div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper"><div class="et_pb_blog_grid clearfix"><div class="et_pb_ajax_pagination_container"><div class="et_pb_salvattore_content" data-columns="3"><div class="column size-1of3"><article id="post-54" class="et_pb_post clearfix et_pb_blog_item_0_0 post-54 post type-post"><h2 class="entry-title"><a href="/ferry-timetable/">Ferry timetable changes for the summer</a></h2><div class="post-content"><div class="post-content-inner"><p>The ferry company will run two extra crossings a day from July.</p></div><a href="/ferry-timetable/" class="more-link">read more</a></div></article></div></div></div></div></div>`) +
		`</div></div></div><div class="et_post_meta_wrapper"><div class="et_pb_post_nav"><a href="/harbour-wall/" rel="prev">Harbour wall repairs finished early</a></div></div></article></div>` +
		p55Foot + `</div></div></body></html>`
	probe55Check(t, "divi", page, "ferry company will run", "read more")
}

// p55News is a news article page whose story block is inner.
func p55News(inner string) string {
	return p55Head + `<body class="article-page">` + p55Nav + `<main id="main"><article class="story"><header class="story-header"><h1 class="story-title">Millbrook dam to be rebuilt after years of leaks</h1><p class="byline">By Jane Roe</p><time datetime="2024-06-13T09:00:00Z">June 13, 2024</time></header>` + inner +
		`</article><aside class="related"><h2>Related stories</h2><ul><li><a href="/news/ferry-timetable">Ferry timetable changes for the summer</a></li><li><a href="/news/harbour-wall">Harbour wall repairs finished early</a></li></ul></aside></main>` + p55Foot + `</body></html>`
}

func p55Range(from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		b.WriteString(p55(i))
	}
	return b.String()
}

// Read-more expanders: the rest of the story is in the HTML behind a
// button, however the template hides it; the button is none of the body.
func TestProbe55Expanders(t *testing.T) {
	forms := map[string]string{
		"truncate class":  `<div class="story-body truncate" id="story-body" data-lines="6">` + p55Range(0, 7) + `</div><button class="read-more-button" aria-expanded="false" aria-controls="story-body">Read more</button>`,
		"collapsed class": `<div class="story-body">` + p55Range(0, 2) + `<div class="story-body__more collapsed" id="more-1" aria-hidden="true">` + p55Range(2, 7) + `</div><button type="button" class="btn-expand" data-toggle="collapse" data-target="#more-1" aria-expanded="false">Show more</button></div>`,
		"display none":    `<div class="story-body">` + p55Range(0, 3) + `<div class="hidden-content" style="display:none">` + p55Range(3, 7) + `</div><p class="read-more-wrap"><a href="javascript:void(0)" class="read-more-toggle" onclick="this.parentNode.previousSibling.style.display='block';this.style.display='none'">Read more</a></p></div>`,
		"details":         `<div class="story-body">` + p55Range(0, 2) + `<details class="read-more"><summary>Read more</summary>` + p55Range(2, 7) + `</details></div>`,
		"max-height fade": `<div class="story-body"><div class="content-clamp" style="max-height:420px;overflow:hidden" data-expanded="false">` + p55Range(0, 7) + `</div><div class="fade-overlay"><button class="continue-reading" aria-expanded="false">Continue reading</button></div></div>`,
	}
	for name, form := range forms {
		probe55Check(t, name, p55News(form), "Continue reading")
	}
}
