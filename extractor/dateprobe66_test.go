package extractor

import (
	"testing"
	"time"
)

// Probe pages of the sixty-sixth round (dates66): English news pages of
// templates the earlier probes do not lay out (TownNews BLOX, Gannett's
// network, Newspack, Squarespace, Wix, HubSpot) and of papers in the UK,
// Australia, India, South Africa, Nigeria and the Philippines, with their
// day-first and ordinal forms, beside the dates that compete with the
// story's own: an update printed first or alone, relative times, a rail
// of teasers above the story, comments, events, copyright years.

var fetched66 = time.Date(2024, 3, 20, 12, 0, 0, 0, time.UTC)

const (
	// skelBlox is a TownNews BLOX asset (many US local papers, Lee's
	// among them).
	skelBlox = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="utf-8"><title>Headline of the story | Local News | gazette.example</title>{HEAD}</head><body class="tncms-region">` +
		`<header id="site-navbar-container"><a class="navbar-brand" href="/">The Gazette</a><nav><a href="/news/local/">Local</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a></nav>{TOP}</header>` +
		`<div id="main-page-container"><div class="row"><div class="col-md-8"><section id="block-123" class="block">{ABOVE}</section><article class="asset story">` +
		`<header class="asset-header"><div class="meta"><span class="asset-section"><a href="/news/local/">Local News</a></span></div><h1 class="headline"><span class="asset-headline">Headline of the story</span></h1>` +
		`<div class="asset-masthead">{META}</div></header><div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody">{BODY}</div>{TAIL}</article></div>` +
		`<div class="col-md-4"><aside id="tncms-region-article_side">{RAIL}</aside></div></div></div>` +
		`<footer id="site-footer-container"><p>© Copyright 2024 The Gazette, 123 Main St. | Terms of Use | Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>`
	// skelGannett is a story of Gannett's USA TODAY network.
	skelGannett = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="utf-8"><title>Headline of the story</title>{HEAD}</head><body class="gnt_b">` +
		`<header class="gnt_n"><a class="gnt_n_logo" href="/">The Register</a><nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a></nav>{TOP}</header>` +
		`<main class="gnt_cw"><div class="gnt_pr">{ABOVE}</div><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">Headline of the story</h1>` +
		`<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/1/jane-doe/">Jane Doe</a><div class="gnt_ar_by_j">The Register</div></div>{META}` +
		`<div class="gnt_ar_b">{BODY}</div>{TAIL}</article><aside class="gnt_rr">{RAIL}</aside></main>` +
		`<footer class="gnt_f"><p>© 2024 www.register.example. All rights reserved.</p></footer></body></html>`
	// skelNewspack is WordPress with Newspack's theme (WordPress VIP).
	skelNewspack = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="UTF-8"><title>Headline of the story – The Local</title>{HEAD}</head><body class="post-template-default single single-post newspack-front-page">` +
		`<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">The Local</a></p></div><nav id="site-navigation"><ul id="primary-menu"><li><a href="/news/">News</a></li></ul></nav>{TOP}</header>` +
		`<div id="content" class="site-content"><div id="primary" class="content-area"><header class="entry-header">{ABOVE}<span class="cat-links"><a href="/category/news/">News</a></span><h1 class="entry-title">Headline of the story</h1>` +
		`<div class="entry-subhead"><div class="entry-meta">{META}</div></div></header><main id="main" class="site-main"><article class="post type-post"><div class="entry-content">{BODY}</div>{TAIL}</article></main>` +
		`<aside id="secondary" class="widget-area">{RAIL}</aside></div></div><footer id="colophon" class="site-footer"><div class="site-info">© 2024 The Local. Proudly powered by Newspack by Automattic</div></footer></body></html>`
	// skelSquarespace is a Squarespace 7.1 blog post.
	skelSquarespace = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="utf-8"><title>Headline of the story — Studio Notes</title>{HEAD}</head><body class="collection-type-blog-basic-grid view-item">` +
		`<header id="header" class="header"><div class="header-title-logo"><a href="/">Studio Notes</a></div><nav class="header-nav-list"><a href="/blog">Blog</a> <a href="/about">About</a></nav>{TOP}</header>` +
		`<main id="page"><article class="sections"><section class="page-section"><div class="content-wrapper"><div class="blog-item-wrapper"><article class="entry hentry">` +
		`<div class="blog-item-top-wrapper">{ABOVE}<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name">Headline of the story</h1></div><div class="blog-item-meta-wrapper">{META}</div></div>` +
		`<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">{BODY}</div></div></div></div></div></div>` +
		`{TAIL}</article></div></div></section></article>{RAIL}</main><footer class="sections" id="footer-sections"><p>© 2024 Studio Notes</p></footer></body></html>`
	// skelWix is a Wix blog post.
	skelWix = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="utf-8"><title>Headline of the story</title>{HEAD}</head><body>` +
		`<div id="SITE_CONTAINER"><header id="SITE_HEADER"><a href="/">Maple Bakery</a><nav><a href="/blog">Blog</a> <a href="/shop">Shop</a></nav>{TOP}</header><main id="PAGES_CONTAINER"><div data-hook="post-page">` +
		`<article data-hook="post">{ABOVE}<div class="post-header"><div data-hook="post-metadata" class="post-metadata">{META}</div></div><h1 data-hook="post-title" class="blog-post-title-font">Headline of the story</h1>` +
		`<div data-hook="post-description"><div class="post-content__body" data-rce-version="9">{BODY}</div></div>{TAIL}</article>` +
		`<section data-hook="recent-posts">{RAIL}</section></div></main><footer id="SITE_FOOTER"><p>© 2024 by Maple Bakery. Proudly created with Wix.com</p></footer></div></body></html>`
	// skelHubspot is a HubSpot CMS blog post.
	skelHubspot = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="utf-8"><title>Headline of the story</title>{HEAD}</head><body class="hs-content-id-1 hs-blog-post">` +
		`<div class="header"><a class="header__logo" href="/">Acme Software</a><nav class="header__menu"><a href="/product">Product</a> <a href="/blog">Blog</a></nav>{TOP}</div>` +
		`<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article class="blog-post">{ABOVE}` +
		`<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field">Headline of the story</span></h1><div class="blog-post__meta">{META}</div>` +
		`<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">{BODY}</span></div>{TAIL}</article></div>` +
		`<div class="blog-related-posts">{RAIL}</div></div></main><footer class="footer"><p>© 2024 Acme Software, Inc.</p></footer></body></html>`
)

// teasers66 is a strip of trending stories with their days, over the
// story.
func teasers66(heading string, dates ...string) string {
	s := `<div class="trending"><h4>` + heading + `</h4><ul>`
	for i, d := range dates {
		s += `<li class="card"><a href="/news/trending-` + string(rune('a'+i)) + `"><span class="headline">Another story on the plans of the council</span></a> <time class="tnt-date">` + d + `</time></li>`
	}
	return s + `</ul></div>`
}

var pages66 = []page50{
	// TownNews BLOX.
	{name: "blox posted updated hrs ago", lang: "en", skel: skelBlox,
		meta: `<ul class="list-inline"><li><span class="asset-byline">By Jane Doe jdoe@gazette.example</span></li><li><time datetime="2024-03-12T10:15:00-05:00" class="tnt-date asset-date text-muted">Mar 12, 2024</time></li><li class="hidden-print"><span class="tnt-update-recency"><time datetime="2024-03-20T09:00:00-05:00" class="tnt-date asset-date text-muted">Updated 3 hrs ago</time></span></li></ul>`,
		rail: rail50("Most Popular", "Mar 19, 2024", "Mar 18, 2024"), pub: "2024-03-12", mod: "2024-03-20"},
	{name: "blox trending above, obituary event", lang: "en", skel: skelBlox, above: teasers66("Trending", "Mar 19, 2024", "Mar 18, 2024", "Mar 17, 2024"),
		meta:   `<ul class="list-inline"><li><time datetime="2024-03-12T10:15:00-05:00" class="tnt-date asset-date text-muted">Mar 12, 2024</time></li></ul>`,
		inBody: `<p>A celebration of life will be held at 2 p.m. Saturday, March 23, 2024, at First Baptist Church.</p>`, pub: "2024-03-12"},
	{name: "blox no datetime", lang: "en", skel: skelBlox,
		meta:  `<ul class="list-inline"><li><span class="asset-byline">By Jane Doe</span></li><li><span class="tnt-date asset-date text-muted">Mar 12, 2024</span></li></ul>`,
		above: teasers66("Trending", "Mar 19, 2024", "Mar 18, 2024"), pub: "2024-03-12"},
	{name: "blox ap wire ld earlier", lang: "en", skel: skelBlox, head: ld45("2024-03-12T14:15:00Z", "2024-03-12T16:00:00Z"),
		meta:   `<ul class="list-inline"><li><span class="asset-byline">By JANE DOE Associated Press</span></li><li><time datetime="2024-03-12T10:15:00-04:00" class="tnt-date asset-date text-muted">Mar 12, 2024</time></li></ul>`,
		inBody: `<p>The festival runs March 20 through March 24.</p>`, pub: "2024-03-12", mod: "2024-03-12"},
	// Gannett.
	{name: "gannett published updated time first", lang: "en", skel: skelGannett,
		meta: `<div class="gnt_ar_dt" aria-label="Published: 5:02 AM EDT March 12, 2024 Updated: 9:45 AM EDT March 13, 2024">Published 5:02 a.m. ET March 12, 2024 <span class="gnt_ar_dt_u">Updated 9:45 a.m. ET March 13, 2024</span></div>`,
		rail: rail50("Most Popular", "March 19, 2024"), pub: "2024-03-12", mod: "2024-03-13"},
	{name: "gannett published only time first", lang: "en", skel: skelGannett,
		meta:  `<div class="gnt_ar_dt" aria-label="Published: 5:02 AM EDT March 12, 2024">Published 5:02 a.m. ET March 12, 2024</div>`,
		above: teasers66("Trending", "March 19, 2024", "March 18, 2024"), pub: "2024-03-12"},
	{name: "gannett updated only time first", lang: "en", skel: skelGannett,
		meta: `<div class="gnt_ar_dt">Updated 9:45 a.m. ET March 13, 2024</div>`, mod: "2024-03-13"},
	// Newspack.
	{name: "newspack published updated times", lang: "en", skel: skelNewspack,
		meta: `<span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="/author/jane/">Jane Doe</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2024-03-12T10:15:00-05:00">March 12, 2024</time><span class="updated-label">Updated March 14, 2024</span> <time class="updated" datetime="2024-03-14T08:00:00-05:00">March 14, 2024</time></span>`,
		tail: wpComments("2 thoughts on “Headline of the story”", "March 15, 2024 at 9:12 am", "March 16, 2024 at 10:00 am"), pub: "2024-03-12", mod: "2024-03-14"},
	{name: "newspack press release", lang: "en", skel: skelNewspack,
		inBody: `<p><strong>FOR IMMEDIATE RELEASE</strong> — March 12, 2024</p>`, meta: `<span class="posted-on"><time class="entry-date published" datetime="2024-03-13T09:00:00-05:00">March 13, 2024</time></span>`,
		pub: "2024-03-13"},
	{name: "press release only dateline", lang: "en", skel: skelPlain,
		meta: `<p class="release"><strong>FOR IMMEDIATE RELEASE — March 12, 2024</strong></p>`, rail: rail50("Recent releases", "March 19, 2024", "March 18, 2024"), pub: "2024-03-12"},
	// Squarespace, Wix, HubSpot.
	{name: "squarespace time and related", lang: "en", skel: skelSquarespace,
		meta: `<div class="blog-item-meta-wrapper"><a href="/blog?author=1" class="blog-author">Jane Doe</a> <time class="dt-published blog-meta-item blog-meta-item--date" datetime="2024-03-12" pubdate data-content-field="published-on">March 12, 2024</time></div>`,
		rail: `<section class="blog-item-pagination"><a href="/blog/previous">Previous <span class="pagination-title">Another post</span></a><time datetime="2024-03-18">March 18, 2024</time></section>`, pub: "2024-03-12"},
	{name: "squarespace short day", lang: "en", skel: skelSquarespace,
		meta: `<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2024-03-12" pubdate>3/12/24</time>`, pub: "2024-03-12"},
	{name: "wix yearless title attr", lang: "en", skel: skelWix,
		meta: `<span class="post-metadata__date time-ago" data-hook="time-ago" title="Mar 12">Mar 12</span><span class="post-metadata__readTime">2 min read</span>`,
		rail: `<h2>Recent Posts</h2><ul><li><a href="/post/other">Another post</a> <span data-hook="time-ago" title="Mar 18">Mar 18</span></li></ul>`, pub: "2024-03-12"},
	{name: "wix days ago title attr", lang: "en", skel: skelWix,
		meta:    `<span class="post-metadata__date time-ago" data-hook="time-ago" title="Mar 12, 2024">6 days ago</span><span class="post-metadata__readTime">2 min read</span>`,
		fetched: time.Date(2024, 3, 18, 12, 0, 0, 0, time.UTC), pub: "2024-03-12"},
	{name: "wix last year full", lang: "en", skel: skelWix,
		meta: `<span class="post-metadata__date time-ago" data-hook="time-ago" title="Dec 12, 2023">Dec 12, 2023</span>`, pub: "2023-12-12"},
	{name: "hubspot timestamp", lang: "en", skel: skelHubspot,
		meta: `<a class="blog-post__author-name" href="/blog/author/jane-doe">Jane Doe</a> <time class="blog-post__timestamp" datetime="2024-03-12 15:15:00">Mar 12, 2024 10:15:00 AM</time>`,
		rail: `<h3>Related posts</h3><article class="blog-related-posts__post"><time>Mar 18, 2024</time><a href="/blog/other">Another post</a></article>`, pub: "2024-03-12"},
	{name: "hubspot posted by on", lang: "en", skel: skelHubspot,
		meta: `<p id="hubspot-author_data" class="hubspot-editable">Posted by <a class="author-link" href="/blog/author/jane-doe">Jane Doe</a> on Mar 12, 2024 10:15:00 AM</p>`,
		tail: `<div id="comments-listing"><div class="comment"><p class="comment-from">Reader</p><p class="comment-date">Mar 14, 2024 11:02:00 AM</p><p>Great post.</p></div></div>`, pub: "2024-03-12"},
	// UK.
	{name: "uk guardian dot time", lang: "en-GB", skel: skelPlain,
		meta: `<div class="dcr-meta"><address>Jane Doe</address><details><summary><span class="dcr-u0h1qy">Tue 12 Mar 2024 10.15 GMT</span></summary><span>Last modified on Wed 13 Mar 2024 11.30 GMT</span></details></div>`,
		rail: rail50("Most viewed", "Mon 18 Mar 2024 09.00 GMT"), pub: "2024-03-12", mod: "2024-03-13"},
	{name: "uk dailymail time first", lang: "en-GB", skel: skelPlain,
		meta: `<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span> <time datetime="2024-03-12T10:15:00+0000">10:15 GMT, 12 March 2024</time></span> | <span class="article-timestamp article-timestamp-updated"><span class="article-timestamp-label">Updated:</span> <time datetime="2024-03-13T11:30:00+0000">11:30 GMT, 13 March 2024</time></span></p>`,
		pub:  "2024-03-12", mod: "2024-03-13"},
	{name: "uk dailymail time first no datetime", lang: "en-GB", skel: skelPlain,
		meta: `<p class="byline-section"><span class="article-timestamp">Published: 10:15 GMT, 12 March 2024 | Updated: 11:30 GMT, 13 March 2024</span></p>`,
		pub:  "2024-03-12", mod: "2024-03-13"},
	{name: "uk local slash dmy", lang: "en-GB", skel: skelPlain,
		meta: `<div class="article-info"><span class="author">By Jane Doe</span> <span class="date">12/03/2024</span></div>`,
		tail: comments45("Comments", "14/03/2024 09:12"), pub: "2024-03-12"},
	{name: "uk newsquest published updated", lang: "en-GB", skel: skelPlain,
		meta: `<div class="article-first-published">Published: 12th March 2024</div><div class="article-last-updated">Last updated: 13th March 2024</div>`,
		pub:  "2024-03-12", mod: "2024-03-13"},
	{name: "uk reach time first", lang: "en-GB", skel: skelPlain,
		meta: `<div class="article-information"><span class="author">Jane Doe</span><span class="time-info"><span class="date-published">10:15, 12 MAR 2024</span><span class="date-updated">Updated 11:30, 13 MAR 2024</span></span></div>`,
		pub:  "2024-03-12", mod: "2024-03-13"},
	// India.
	{name: "in toi updated only", lang: "en-IN", skel: skelPlain,
		meta: `<div class="byline"><span>TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 12, 2024, 10:15 IST</span></div>`, mod: "2024-03-12"},
	{name: "in hindu published dash", lang: "en-IN", skel: skelPlain,
		meta: `<div class="update-publish-time"><p>Updated - March 13, 2024 11:30 am IST</p><p>Published - March 12, 2024 10:15 am IST</p></div>`,
		pub:  "2024-03-12", mod: "2024-03-13"},
	{name: "in ndtv updated pipe", lang: "en-IN", skel: skelPlain,
		meta: `<nav class="pst-by"><span class="pst-by_lnk">Edited by Jane Doe</span> | <span class="pst-by_lnk">Updated: March 12, 2024 10:15 am IST</span></nav>`, mod: "2024-03-12"},
	{name: "in dateline ordinal", lang: "en-IN", skel: lead64(skelPlain, `<p><strong>New Delhi, March 12:</strong> The government on Tuesday approved the plan.</p>`),
		meta: `<div class="byline">PTI | Updated: 12 March 2024, 10:15 pm IST</div>`, pub: "2024-03-12", mod: "2024-03-12"},
	// Australia.
	{name: "au abc posted updated", lang: "en-AU", skel: skelPlain,
		meta: `<div class="byline">By Jane Doe</div><div class="timestamp">Posted <time datetime="2024-03-11T23:15:00.000Z">Tue 12 Mar 2024 at 10:15am</time>, updated <time datetime="2024-03-12T21:00:00.000Z">Wed 13 Mar 2024 at 8:00am</time></div>`,
		pub:  "2024-03-12", mod: "2024-03-13"},
	{name: "au smh dot time", lang: "en-AU", skel: skelPlain,
		meta: `<div class="byline">By Jane Doe</div><time datetime="2024-03-11T23:15:00Z">March 12, 2024 — 10.15am</time>`, pub: "2024-03-12"},
	{name: "au day first no datetime", lang: "en-AU", skel: skelPlain,
		meta: `<div class="byline">Jane Doe</div><div class="date">12 March 2024 — 10.15am</div>`, above: teasers66("Trending", "18 March 2024", "17 March 2024"), pub: "2024-03-12"},
	// South Africa, Nigeria, the Philippines.
	{name: "za published ago title", lang: "en-ZA", skel: skelPlain,
		meta: `<div class="article-meta"><span class="author">Jane Doe</span> <span class="published" title="12 March 2024 10:15">Published 8d ago</span></div>`, pub: "2024-03-12"},
	{name: "za dmy slash time", lang: "en-ZA", skel: skelPlain,
		meta: `<div class="article-meta"><span>Jane Doe</span> <span class="date">Published 12/03/2024 10:15</span> <span class="date">Updated 13/03/2024 11:30</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "ng ordinal byline", lang: "en", skel: skelPlain,
		meta: `<div class="entry-meta">By Jane Doe | 12th March 2024</div>`, tail: wpComments("Leave a Reply", "13th March 2024 at 9:12 am"), pub: "2024-03-12"},
	{name: "ng vanguard on ordinal", lang: "en", skel: skelPlain,
		meta: `<div class="entry-meta">On 12th March 2024 10:15 am In News by Jane Doe</div>`, rail: rail50("Latest", "18th March 2024", "17th March 2024"), pub: "2024-03-12"},
	{name: "ng weekday ordinal", lang: "en", skel: skelPlain,
		meta: `<p class="date">Tuesday, 12th March 2024</p>`, inBody: `<p>The festival runs 20th March to 24th March.</p>`, pub: "2024-03-12"},
	{name: "ph time first", lang: "en-PH", skel: skelPlain,
		meta: `<div id="art_plat">By: Jane Doe - Reporter / <a href="/">@inquirerdotnet</a><br>Philippine Daily Inquirer / 10:15 AM March 12, 2024</div>`,
		rail: rail50("Most read", "March 18, 2024"), pub: "2024-03-12"},
	{name: "ph pht", lang: "en-PH", skel: skelPlain,
		meta: `<div class="post-meta"><span class="author">Jane Doe</span> <time datetime="2024-03-12T10:15:00+08:00">Mar 12, 2024 10:15 AM PHT</time></div>`, pub: "2024-03-12"},
}

func TestPages66(t *testing.T) {
	checkPages50(t, pages66, fetched66)
}

// An update label after a byline's separator dates the update, not the
// byline: "TOI News Desk / Updated: Mar 12, 2024, 10:15 IST" under the
// headline states no publication.
func TestBylineTailUpdate66(t *testing.T) {
	for _, m := range []string{
		`<div class="byline"><span>TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 12, 2024, 10:15 IST</span></div>`,
		`<div class="byline"><span>Jane Doe | Updated: Mar 12, 2024</span></div>`,
		`<div class="byline">PTI | Updated: 12 March 2024, 10:15 pm IST</div>`,
	} {
		p := page50{lang: "en", skel: skelPlain, meta: m}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched66})
		if !datesAre(a, "", "2024-03-12") {
			t.Errorf("%s: published %q (%s), modified %q; want none, 2024-03-12", m, published(a), a.Provenance["published_date"], modified(a))
		}
	}
	// A byline's date after its separator stands.
	p := page50{lang: "en", skel: skelPlain, meta: `<div class="byline"><span>Jane Doe / Mar 12, 2024, 10:15 IST</span></div>`}
	if a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched66}); !datesAre(a, "2024-03-12", "") {
		t.Errorf("byline tail date: published %q, modified %q; want 2024-03-12", published(a), modified(a))
	}
}

// A <time> element whose datetime is a UTC instant and whose text shows
// the next day (or the day before), as the site's zone has it, gives the
// day shown: "<time datetime=2024-03-11T23:15:00Z>March 12, 2024 —
// 10.15am</time>" is a Sydney paper's morning.
func TestTimeShownLocalDay66(t *testing.T) {
	for _, c := range []struct{ el, pub string }{
		{`<time datetime="2024-03-11T23:15:00Z">March 12, 2024 — 10.15am</time>`, "2024-03-12"},
		{`<time datetime="2024-03-11T23:15:00Z">Tue 12 Mar 2024 at 10:15am</time>`, "2024-03-12"},
		{`<time datetime="2024-03-12T03:30:00Z">March 11, 2024 at 10:30 p.m.</time>`, "2024-03-11"},
		// The same day, or a datetime in the site's own zone: the instant.
		{`<time datetime="2024-03-12T10:15:00Z">March 12, 2024 — 10.15am</time>`, "2024-03-12"},
		{`<time datetime="2024-03-11T23:15:00-05:00">March 12, 2024</time>`, "2024-03-11"},
		// A day two days off is no zone's.
		{`<time datetime="2024-03-10T23:15:00Z">March 12, 2024</time>`, "2024-03-10"},
	} {
		p := page50{lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>` + c.el}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched66})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s: published %q (%s), modified %q; want %s", c.el, published(a), a.Provenance["published_date"], modified(a), c.pub)
		}
	}
}
