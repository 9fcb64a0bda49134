package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// cmsProbeProse is the story every probe page below carries: five
// paragraphs, long enough for any template to read as an article.
var cmsProbeProse = strings.Join([]string{
	"The city council voted on Tuesday to rebuild the old covered market, ending a decade of argument over whether the iron hall should be restored or pulled down for flats.",
	"Engineers who surveyed the frame last spring found that most of the columns were sound, although the roof glazing and the drains will have to be replaced before traders can return.",
	"Stallholders who moved to a car park after the hall closed said they had waited long enough, and that a firm date for reopening mattered more to them than the final bill.",
	"The repairs are expected to cost forty million, two thirds of it from a national heritage fund, and the first stalls should open eighteen months after work begins on site.",
	"Opponents on the council argued that the money would do more good spent on housing, but the motion passed by a clear margin after a debate that ran late into the evening.",
}, "\n")

func cmsProbeParas(open, close string) string {
	var b strings.Builder
	for _, p := range strings.Split(cmsProbeProse, "\n") {
		b.WriteString(open + p + close + "\n")
	}
	return b.String()
}

const cmsProbeNav = `<nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/city/">City</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/about/">About us</a></li></ul></nav>`

const cmsProbeShare = `<div class="share-bar"><span>Share this:</span><a href="https://twitter.com/intent/tweet">Twitter</a> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="mailto:?subject=x">Email</a></div>`

const cmsProbeRelated = `<section class="related-posts"><h3>Related posts</h3><ul><li><a href="/2024/02/20/bus-lanes/">Council approves new bus lanes</a> <span>February 20, 2024</span></li><li><a href="/2024/01/11/library/">Library hours cut again</a> <span>January 11, 2024</span></li></ul></section>`

const cmsProbeFooter = `<footer class="site-footer"><p>© 2024 The Riverside Courier. All rights reserved.</p><p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p></footer>`

// yoastGraph is the JSON-LD graph Yoast SEO prints in a WordPress head.
func yoastGraph(title, author, published, modified string) string {
	return `<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://courier.example/2024/03/03/market/#article","isPartOf":{"@id":"https://courier.example/2024/03/03/market/"},"author":{"name":"` + author + `","@id":"https://courier.example/#/schema/person/ab12"},"headline":"` + title + `","datePublished":"` + published + `","dateModified":"` + modified + `","mainEntityOfPage":{"@id":"https://courier.example/2024/03/03/market/"},"wordCount":412,"publisher":{"@id":"https://courier.example/#organization"},"articleSection":["City"],"inLanguage":"en-US"},{"@type":"WebPage","@id":"https://courier.example/2024/03/03/market/","url":"https://courier.example/2024/03/03/market/","name":"` + title + ` - The Riverside Courier","isPartOf":{"@id":"https://courier.example/#website"},"datePublished":"` + published + `","dateModified":"` + modified + `","breadcrumb":{"@id":"https://courier.example/2024/03/03/market/#breadcrumb"},"inLanguage":"en-US"},{"@type":"WebSite","@id":"https://courier.example/#website","url":"https://courier.example/","name":"The Riverside Courier","publisher":{"@id":"https://courier.example/#organization"},"inLanguage":"en-US"},{"@type":"Organization","@id":"https://courier.example/#organization","name":"The Riverside Courier","url":"https://courier.example/"},{"@type":"Person","@id":"https://courier.example/#/schema/person/ab12","name":"` + author + `","url":"https://courier.example/author/jdoe/"}]}</script>`
}

// undated moves a probe page's canonical address off its dated path, so
// that the address does not date the page.
func undated(page string) string {
	return strings.ReplaceAll(page, "courier.example/2024/03/03/market/", "courier.example/market-rebuild/")
}

// yoastHead is a WordPress head as Yoast SEO fills it; withGraph false
// drops the JSON-LD and the article:* metas (Yoast off, or another plugin).
func yoastHead(title, author string, withGraph bool) string {
	h := `<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>` + title + ` - The Riverside Courier</title>
<meta name="robots" content="index, follow"><link rel="canonical" href="https://courier.example/2024/03/03/market/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="` + title + ` - The Riverside Courier"><meta property="og:url" content="https://courier.example/2024/03/03/market/"><meta property="og:site_name" content="The Riverside Courier">`
	if withGraph {
		h += `<meta property="article:published_time" content="2024-03-03T09:15:00+00:00"><meta property="article:modified_time" content="2024-03-05T16:40:12+00:00"><meta name="author" content="` + author + `"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="` + author + `"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">` +
			yoastGraph(title, author, "2024-03-03T09:15:00+00:00", "2024-03-05T16:40:12+00:00")
	}
	return h + `<meta name="generator" content="WordPress 6.4.3"></head>`
}

const cmsProbeTitle = "Council votes to rebuild the covered market"

type cmsProbeCase struct {
	name, url, page string
	title, authors  string
	published       string
	modified        string // "-" leaves the modified day unchecked
}

func checkCMSProbe(t *testing.T, cases []cmsProbeCase) {
	t.Helper()
	for _, c := range cases {
		a, err := Extract([]byte(c.page), c.url, Options{})
		if err != nil {
			t.Errorf("Extract(%s): %v", c.name, err)
			continue
		}
		for _, f := range probeFields(a, c.title, c.authors, c.published, c.modified) {
			t.Errorf("Extract(%s).%s", c.name, f)
		}
	}
}

// probeFields lists the fields of a probe page's article that differ from
// those wanted, as "Title = "…", want "…""; modified "-" leaves the
// modified day unchecked.
func probeFields(a Article, title, authors, published, modified string) []string {
	if modified == "-" {
		modified = a.ModifiedDate
	}
	var out []string
	for _, f := range [...]struct{ field, got, want string }{
		{"Title", a.Title, title},
		{"Authors", strings.Join(a.Authors, "; "), authors},
		{"PublishedDate", a.PublishedDate, published},
		{"ModifiedDate", a.ModifiedDate, modified},
	} {
		if f.got != f.want {
			out = append(out, fmt.Sprintf("%s = %q, want %q", f.field, f.got, f.want))
		}
	}
	return out
}

// WordPress themes with Yoast SEO: the block theme Twenty Twenty-Four and
// the classic themes most sites run, each with its own entry header.
func TestCMSProbe44WordPress(t *testing.T) {
	const u = "https://courier.example/2024/03/03/market/"
	body := cmsProbeParas("<p>", "</p>")
	tt4 := func(head, meta string) string {
		return `<!DOCTYPE html><html lang="en-US">` + head + `<body class="post-template-default single single-post postid-812 wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">The Riverside Courier</a></p>` + cmsProbeNav + `</div></header>
<main class="wp-block-group"><div class="wp-block-group"><h1 class="wp-block-post-title">` + cmsProbeTitle + `</h1>` + meta + `</div>
<div class="entry-content wp-block-post-content is-layout-constrained">` + body + `</div>` + cmsProbeShare + `
<div class="wp-block-group"><div class="wp-block-post-terms taxonomy-category"><a href="/category/city/" rel="tag">City</a></div></div>` + cmsProbeRelated + `</main>
<footer class="wp-block-template-part">` + cmsProbeFooter + `</footer></div></body></html>`
	}
	tt4Meta := `<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></div><p>—</p><p>by</p><div class="wp-block-post-author-name"><a href="/author/jdoe/" class="wp-block-post-author-name__link">Jane Doe</a></div><p>in</p><div class="taxonomy-category wp-block-post-terms"><a href="/category/city/" rel="tag">City</a></div></div>`

	classic := func(head, header string) string {
		return `<!DOCTYPE html><html lang="en-US">` + head + `<body class="post-template-default single single-post postid-812 single-format-standard">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Riverside Courier</a></p></div>` + cmsProbeNav + `</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post status-publish format-standard hentry category-city">` + header + `
<div class="entry-content">` + body + `</div>` + cmsProbeShare + `<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/city/" rel="category tag">City</a></span></footer></article>` + cmsProbeRelated + `
</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/2024/03/01/x/">Bridge reopens after repairs</a></li></ul></section></aside></div>
` + cmsProbeFooter + `</div></body></html>`
	}
	astraHeader := func(author, dates string) string {
		return `<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">` + cmsProbeTitle + `</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by ` + author + `" href="/author/jdoe/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">` + author + `</span></a></span> / ` + dates + `</div></header></div>`
	}
	astraDates := `<span class="posted-on"><span class="published" itemprop="datePublished"> March 3, 2024 </span><span class="updated" itemprop="dateModified"> March 5, 2024</span></span>`
	gpHeader := func(times, author string) string {
		return `<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">` + cmsProbeTitle + `</h1><div class="entry-meta"><span class="posted-on">` + times + `</span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/jdoe/" title="View all posts by ` + author + `" rel="author" itemprop="url"><span class="author-name" itemprop="name">` + author + `</span></a></span></span></div></header></div>`
	}
	gpTimes := `<time class="updated" datetime="2024-03-05T16:40:12+00:00" itemprop="dateModified">March 5, 2024</time><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00" itemprop="datePublished">March 3, 2024</time>`
	tdHeader := `<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/city/">City</a></li></ul><header class="td-post-title"><h1 class="entry-title">` + cmsProbeTitle + `</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/jdoe/">Jane Doe</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></span><div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-812">1,204</span></div></div></header></div>`
	jannahHeader := func(date string) string {
		return `<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a><em class="delimiter">/</em><a href="/category/city/">City</a></nav><div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-4" href="/category/city/">City</a></span><h1 class="post-title entry-title">` + cmsProbeTitle + `</h1><div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-3"><span class="meta-author-avatar"><a href="/author/jdoe/"><img alt="Photo of Jane Doe" src="/avatar.jpg" class="avatar avatar-140 photo" height="140" width="140"></a></span><span class="meta-author"><a href="/author/jdoe/" class="author-name tie-icon" title="Jane Doe">Jane Doe</a></span></span></span>` + date + `<div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire"></span> 1,204 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> 3 minutes read</span></div></div></div></header>`
	}
	checkCMSProbe(t, []cmsProbeCase{
		{"Twenty Twenty-Four, Yoast", u, tt4(yoastHead(cmsProbeTitle, "Jane Doe", true), tt4Meta), cmsProbeTitle, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Twenty Twenty-Four, no JSON-LD", u, tt4(yoastHead(cmsProbeTitle, "Jane Doe", false), tt4Meta), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		{"Astra, Yoast", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", true), astraHeader("Jane Doe", astraDates)), cmsProbeTitle, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Astra, no JSON-LD", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", false), astraHeader("Jane Doe", astraDates)), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		{"GeneratePress, Yoast", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", true), gpHeader(gpTimes, "Jane Doe")), cmsProbeTitle, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"GeneratePress, no JSON-LD", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", false), gpHeader(gpTimes, "Jane Doe")), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		// GeneratePress set to show the updated day only prints the
		// dateModified time: the page never says when it came out.
		{"GeneratePress, only the updated day", "https://courier.example/market-rebuild/", undated(classic(yoastHead(cmsProbeTitle, "Jane Doe", false), gpHeader(`<time class="updated" datetime="2024-03-05T16:40:12+00:00" itemprop="dateModified">Updated March 5, 2024</time>`, "Jane Doe"))), cmsProbeTitle, "Jane Doe", "", "-"},
		// With the day in the address, the address dates the page: the
		// updated <time> is the update's, whatever else it has going.
		{"GeneratePress, only the updated day, a dated address", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", false), gpHeader(`<time class="updated" datetime="2024-03-05T16:40:12+00:00" itemprop="dateModified">Updated March 5, 2024</time>`, "Jane Doe")), cmsProbeTitle, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"tagDiv Newspaper, Yoast", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", true), tdHeader), cmsProbeTitle, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"tagDiv Newspaper, no JSON-LD", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", false), tdHeader), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		{"Jannah, Yoast", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", true), jannahHeader(`<span class="date meta-item tie-icon">March 3, 2024</span>`)), cmsProbeTitle, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Jannah, no JSON-LD", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", false), jannahHeader(`<span class="date meta-item tie-icon">March 3, 2024</span>`)), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		{"Jannah, last updated shown too", u, classic(yoastHead(cmsProbeTitle, "Jane Doe", false), jannahHeader(`<span class="date meta-item tie-icon">March 3, 2024</span><span class="meta-item last-updated">Last Updated: March 5, 2024</span>`)), cmsProbeTitle, "Jane Doe", "2024-03-03", "2024-03-05"},
	})
}

// Hosted and static-site platforms, each with the head its own SEO code
// prints and the header its default theme renders.
func TestCMSProbe44Platforms(t *testing.T) {
	body := cmsProbeParas("<p>", "</p>")
	wrap := func(head, bodyClass, article string) string {
		return `<!DOCTYPE html><html lang="en">` + head + `<body class="` + bodyClass + `"><header class="site-header"><a class="site-logo" href="/">The Riverside Courier</a>` + cmsProbeNav + `</header><main>` + article + `</main>` + cmsProbeFooter + `</body></html>`
	}
	const title = cmsProbeTitle

	ghost := func(ld, names string) string {
		return wrap(`<head><meta charset="utf-8"><title>`+title+`</title><link rel="canonical" href="https://courier.example/market/"><meta property="og:site_name" content="The Riverside Courier"><meta property="og:type" content="article"><meta property="og:title" content="`+title+`"><meta property="article:published_time" content="2024-03-03T09:15:00.000Z"><meta property="article:modified_time" content="2024-03-05T16:40:12.000Z"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="`+strings.ReplaceAll(names, "; ", ", ")+`">`+ld+`<meta name="generator" content="Ghost 5.80"></head>`, "post-template",
			`<article class="article post tag-city"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/city/">City</a></span></div><h1 class="article-title">`+title+`</h1><p class="article-excerpt">The iron hall will be restored rather than pulled down.</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/jane/" class="author-avatar"><img class="author-profile-image" src="/jane.jpg" alt="Jane Doe"></a></li></ul><div class="article-byline-meta"><h4 class="author-name">`+ghostNames(names)+`</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-03">Mar 3, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div></header><section class="gh-content gh-canvas">`+body+`</section></article><aside class="read-more-wrap"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/bus-lanes/"><h2 class="post-card-title">Council approves new bus lanes</h2></a><time datetime="2024-02-20">Feb 20, 2024</time></article></div></aside>`)
	}
	ghostLD := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Riverside Courier","url":"https://courier.example/"},"author":` + author + `,"headline":"` + title + `","url":"https://courier.example/market/","datePublished":"2024-03-03T09:15:00.000Z","dateModified":"2024-03-05T16:40:12.000Z","mainEntityOfPage":"https://courier.example/market/"}</script>`
	}

	blogger := `<!DOCTYPE html><html dir="ltr" lang="en"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator"><link href="https://riversidenotes.blogspot.com/2024/03/council-votes-to-rebuild-covered-market.html" rel="canonical"><meta content="` + title + `" property="og:title"><meta content="https://riversidenotes.blogspot.com/2024/03/council-votes-to-rebuild-covered-market.html" property="og:url"><title>Riverside Notes: ` + title + `</title></head><body class="version-1-3-3 variant-simplysimple"><div class="content"><header class="centered-top-container"><div class="Header widget"><h1><a href="https://riversidenotes.blogspot.com/">Riverside Notes</a></h1></div></header>
<main class="centered-bottom" id="main"><div class="main section"><div class="widget Blog"><div class="blog-posts hfeed container"><div class="date-outer"><h2 class="date-header"><span>Sunday, March 3, 2024</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"><meta content="https://riversidenotes.blogspot.com/favicon.ico" itemprop="image_url"><a name="812"></a><h3 class="post-title entry-title" itemprop="name">` + title + `</h3><div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content" id="post-body-812" itemprop="description articleBody">` + cmsProbeParas("<div>", "</div><div><br></div>") + `</div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0123" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">Jane Doe</span></a></span></span> <span class="post-timestamp">at <meta content="https://riversidenotes.blogspot.com/2024/03/council-votes-to-rebuild-covered-market.html" itemprop="url"><a class="timestamp-link" href="https://riversidenotes.blogspot.com/2024/03/council-votes-to-rebuild-covered-market.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2024-03-03T09:15:00-08:00">9:15 AM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#comment-form">No comments:</a></span></div><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=1&amp;postID=812&amp;target=email" target="_blank" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/city" rel="tag">city</a></span></div></div></div></div></div></div></div><div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2024/03/x.html" title="Newer Post">Newer Post</a></span><a class="home-link" href="/">Home</a></div></div></div></main></div><footer><div class="Attribution widget"><div class="copyright">Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></footer></body></html>`

	substack := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title data-rh="true">` + title + ` - by Jane Doe</title><meta data-rh="true" property="og:title" content="` + title + `"><meta data-rh="true" name="author" content="Jane Doe"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:author" content="Jane Doe"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://riverside.substack.com/p/council-votes-to-rebuild","mainEntityOfPage":"https://riverside.substack.com/p/council-votes-to-rebuild","headline":"` + title + `","description":"The iron hall will be restored.","datePublished":"2024-03-03T09:15:00+00:00","dateModified":"2024-03-05T16:40:12+00:00","isAccessibleForFree":true,"author":[{"@type":"Person","name":"Jane Doe","url":"https://substack.com/@janedoe","description":"Writes about the city.","identifier":"user:123","image":{"@type":"ImageObject","url":"https://substackcdn.com/jane.png"}}],"publisher":{"@type":"Organization","name":"Riverside Weekly","url":"https://riverside.substack.com","identifier":"pub:456"}}</script></head><body><div id="entry"><div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">Riverside Weekly</a><button class="button primary subscribe-btn">Subscribe</button><a href="/account/login">Sign in</a></div></div><div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published" dir="auto">` + title + `</h1><h3 class="subtitle" dir="auto">The iron hall will be restored.</h3><div class="post-meta"><div class="pencraft frontend-pencraft-Box-module__flex"><div class="profile-hover-card-target"><a href="https://substack.com/@janedoe" class="pencraft pc-reset link">Jane Doe</a></div><div class="pencraft pc-reset color-pub-secondary-text">Mar 03, 2024</div></div><div class="post-ufi"><a class="post-ufi-button like-button"><div class="label">42</div></a><a class="post-ufi-button post-ufi-comment-button"><div class="label">7</div></a><a class="post-ufi-button share">Share</a></div></div></div><div class="available-content"><div dir="auto" class="body markup">` + body + `</div></div><div class="subscription-widget-wrap"><p>Thanks for reading Riverside Weekly! Subscribe for free to receive new posts.</p><button>Subscribe</button></div></article></div></div></div><div class="footer-wrap"><a href="https://substack.com">Start writing</a> <a href="https://substack.com/app">Get the app</a></div></div></body></html>`

	medium := func(head string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + ` | by Jane Doe | City Desk | Medium</title>` + head + `</head><body><div id="root"><div class="a b c"><div class="l"><a href="/" aria-label="Homepage">Medium</a><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></div><article><div class="l"><section><div class="fr fs"><div class="ab ca"><div class="ch bg"><h1 id="4b0a" class="pw-post-title" data-testid="storyTitle">` + title + `</h1><div class="speechify-ignore"><div class="ab cp"><div class="hx"><a href="/@janedoe" rel="noopener follow"><img alt="Jane Doe" class="l" src="/jane.jpg" width="44" height="44" data-testid="authorPhoto"></a></div><div class="bm bg"><div class="ab"><span class="bf b"><a class="af ag" href="/@janedoe" rel="noopener follow" data-testid="authorName">Jane Doe</a></span><span> · </span><button>Follow</button></div><div class="ab"><span>Published in <a href="/city-desk" data-testid="publicationName">City Desk</a></span><span> · </span><span data-testid="storyReadTime">3 min read</span><span> · </span><span data-testid="storyPublishDate">Mar 3, 2024</span></div></div></div><div class="ab cp"><div class="pw-multi-vote-count"><p><button>1.2K</button></p></div><div><button aria-label="responses">14</button></div><button data-testid="headerBookmarkButton" aria-label="Add to list">Save</button><button data-testid="headerSocialShareButton">Share</button></div></div>` + cmsProbeParas(`<p class="pw-post-body-paragraph ln lo fv lp b lq">`, "</p>") + `</div></div></div></section></div></article><div class="ab ca"><h2>More from Jane Doe and City Desk</h2><div><a href="/city-desk/bus-lanes-123"><h2>Council approves new bus lanes</h2></a><span>Feb 20, 2024</span></div></div><div><a href="https://help.medium.com">Help</a> <a href="https://medium.statuspage.io">Status</a> <a href="/about">About</a></div></div></div></body></html>`
	}
	mediumHead := `<meta property="og:title" content="` + title + `"><meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-03T09:15:00.512Z"><meta name="author" content="Jane Doe"><meta property="article:author" content="https://medium.com/@janedoe"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","image":["https://miro.medium.com/1.jpg"],"url":"https://medium.com/city-desk/council-votes-4b0a","dateCreated":"2024-03-03T09:15:00.512Z","datePublished":"2024-03-03T09:15:00.512Z","dateModified":"2024-03-05T16:40:12.101Z","headline":"` + title + `","name":"` + title + `","description":"The iron hall will be restored.","identifier":"4b0a","author":{"@type":"Person","name":"Jane Doe","url":"https://medium.com/@janedoe"},"creator":["Jane Doe"],"publisher":{"@type":"Organization","name":"City Desk","url":"medium.com/city-desk"},"mainEntityOfPage":"https://medium.com/city-desk/council-votes-4b0a"}</script>`

	checkCMSProbe(t, []cmsProbeCase{
		{"Ghost Casper", "https://courier.example/market/", ghost(ghostLD(`{"@type":"Person","name":"Jane Doe","url":"https://courier.example/author/jane/","sameAs":[]}`), "Jane Doe"), title, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Ghost Casper, two authors", "https://courier.example/market/", ghost(ghostLD(`[{"@type":"Person","name":"Jane Doe","url":"https://courier.example/author/jane/"},{"@type":"Person","name":"John Roe","url":"https://courier.example/author/john/"}]`), "Jane Doe; John Roe"), title, "Jane Doe; John Roe", "2024-03-03", "2024-03-05"},
		{"Ghost Casper, no JSON-LD", "https://courier.example/market/", ghost("", "Jane Doe; John Roe"), title, "Jane Doe; John Roe", "2024-03-03", "-"},
		{"Blogger, the blog's name before the title", "https://riversidenotes.blogspot.com/2024/03/council-votes-to-rebuild-covered-market.html", blogger, title, "Jane Doe", "2024-03-03", "-"},
		{"Substack", "https://riverside.substack.com/p/council-votes-to-rebuild", substack, title, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Medium", "https://medium.com/city-desk/council-votes-4b0a", medium(mediumHead), title, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Medium, no head metadata", "https://medium.com/city-desk/council-votes-4b0a", medium(""), title, "Jane Doe", "2024-03-03", "-"},
	})
}

// ghostNames renders Casper's author-name heading: each author linked,
// separated by commas.
func ghostNames(names string) string {
	var links []string
	for _, n := range strings.Split(names, "; ") {
		links = append(links, `<a href="/author/`+strings.ToLower(strings.Fields(n)[0])+`/">`+n+`</a>`)
	}
	return strings.Join(links, ", ")
}

// More platforms: Drupal's Olivero, Arc XP, the site builders, HubSpot and
// the static-site generators' default themes.
func TestCMSProbe44MorePlatforms(t *testing.T) {
	body := cmsProbeParas("<p>", "</p>")
	const title = cmsProbeTitle

	olivero := func(head, pageTitle string) string {
		return `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><link rel="canonical" href="https://courier.example/node/812">` + head + `<title>` + pageTitle + `</title></head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a><div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page"><header id="header" class="site-header"><div class="site-branding"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">The Riverside Courier</a></div></div></div><div class="header-nav">` + cmsProbeNav + `</div></header><div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li></ol></nav></div><div class="region region--content-above"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">` + title + `</span></h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="812" class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/3" class="username">Jane Doe</a></span></span>, <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2024-03-03T09:15:00+00:00" title="Sunday, March 3, 2024 - 09:15" class="datetime">3 March, 2024</time></span></div></header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">` + body + `</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3><ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/2" hreflang="en">city</a></li></ul></div><section class="field field--name-comment field--type-comment field--label-hidden comment-wrapper"><h2 class="comments__title">Comments</h2></section></div></article></div></div></div></div></div><footer class="site-footer">` + cmsProbeFooter + `</footer></div></div></div></body></html>`
	}
	oliveroMeta := `<meta property="og:title" content="` + title + `"><meta property="article:published_time" content="2024-03-03T09:15:00+00:00"><meta property="article:modified_time" content="2024-03-05T16:40:12+00:00">`

	arc := func(byline, head string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + ` – The Riverside Courier</title><meta property="og:title" content="` + title + `"><meta property="og:site_name" content="The Riverside Courier">` + head + `</head><body><div id="fusion-app" class="layout-section"><header class="page-header"><nav class="b-header-nav-chain"><a href="/" class="nav-logo">The Riverside Courier</a><div class="nav-sections">` + cmsProbeNav + `</div><button class="nav-btn">Sign In</button></nav></header><section role="main" class="main"><article class="b-article-body-layout"><div class="b-overline"><a href="/city/" class="c-link">City</a></div><h1 class="b-headline">` + title + `</h1><h2 class="b-subheadline">The iron hall will be restored rather than pulled down for flats.</h2><section class="b-byline"><span class="c-attribution">` + byline + `</span></section><time class="c-date" datetime="2024-03-03T14:15:00Z">March 3, 2024 at 9:15 a.m. EST</time><div class="b-share-bar"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on Twitter">Twitter</button><button aria-label="Share via Email">Email</button></div><div class="b-article-body">` + cmsProbeParas(`<p class="c-paragraph">`, "</p>") + `</div></article><div class="b-results-list"><h2>Most read</h2><div class="b-results-list__wrapper"><a href="/city/2024/02/20/bus-lanes/"><h2 class="c-heading">Council approves new bus lanes</h2></a><time>Feb 20, 2024</time></div></div></section>` + cmsProbeFooter + `</div></body></html>`
	}
	arcHead := `<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-03T14:15:00.101Z"><meta property="article:modified_time" content="2024-03-04T18:02:11.432Z"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + title + `","datePublished":"2024-03-03T14:15:00.101Z","dateModified":"2024-03-04T18:02:11.432Z","author":[{"@type":"Person","name":"Jane Doe","url":"https://courier.example/people/jane-doe/"},{"@type":"Person","name":"John Roe","url":"https://courier.example/people/john-roe/"}],"publisher":{"@type":"Organization","name":"The Riverside Courier"}}</script>`

	squarespace := func(ld string) string {
		return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>` + title + ` — Riverside Notes</title><meta property="og:site_name" content="Riverside Notes"><meta property="og:title" content="` + title + ` — Riverside Notes"><meta property="og:url" content="https://www.riversidenotes.example/blog/council-votes"><meta property="og:type" content="article"><meta itemprop="name" content="` + title + ` — Riverside Notes"><meta itemprop="url" content="https://www.riversidenotes.example/blog/council-votes"><meta itemprop="author" content="Riverside Notes"><meta itemprop="datePublished" content="2024-03-03T09:15:00-0500"><meta itemprop="headline" content="` + title + `"><meta itemprop="publisher" content="Riverside Notes">` + ld + `<meta name="generator" content="Squarespace"></head><body class="collection-type-blog-basic-grid view-item"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-title"><div class="header-title-text"><a href="/">Riverside Notes</a></div></div><nav class="header-nav-list"><div class="header-nav-item"><a href="/blog">Blog</a></div><div class="header-nav-item"><a href="/about">About</a></div></nav></header><main id="page" class="container" role="main"><article class="sections" id="sections"><section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-jane-doe post-type-text article-index-1" data-item-id="65e4"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">` + title + `</h1></div><div class="blog-item-meta-wrapper"><div class="blog-item-author-date-wrapper"><div class="blog-author"><span class="blog-author-name"><a href="/blog?author=5f1a">Jane Doe</a></span></div><div class="blog-date"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2024-03-03" pubdate data-content-field="published-on">March 3, 2024</time></div></div></div></div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">` + body + `</div></div></div></div></div></div><div class="blog-item-bottom-wrapper"><div class="blog-share"><div class="ss-social-button-wrapper"><a href="#" class="ss-social-button"><span class="ss-social-button-text">Facebook</span></a><a href="#" class="ss-social-button"><span class="ss-social-button-text">Twitter</span></a></div></div><section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="/blog/bus-lanes"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Council approves new bus lanes</h2></a></section></div></article></div></div></div></section></article></main><footer class="sections" id="footer-sections">` + cmsProbeFooter + `</footer></body></html>`
	}
	squarespaceLD := `<script type="application/ld+json">{"url":"https://www.riversidenotes.example","name":"Riverside Notes","@context":"http://schema.org","@type":"WebSite"}</script><script type="application/ld+json">{"url":"https://www.riversidenotes.example/blog/council-votes","name":"` + title + `","datePublished":"2024-03-03T09:15:00-0500","dateModified":"2024-03-05T11:40:12-0500","headline":"` + title + `","author":"Jane Doe","publisher":{"name":"Riverside Notes","@context":"http://schema.org","@type":"Organization"},"@context":"http://schema.org","@type":"Article"}</script>`

	wix := func(ld, dateRow string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title><meta property="og:title" content="` + title + `"><meta property="og:type" content="article"><meta property="og:site_name" content="Riverside Notes">` + ld + `<meta name="generator" content="Wix.com Website Builder"></head><body><div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="xxxx"><div data-testid="linkElement"><a href="/">Riverside Notes</a></div><nav aria-label="Site"><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav></header><main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section><div data-hook="post-page"><article data-hook="post"><div class="post-header"><div class="post-metadata"><div data-hook="avatar-image"><img alt="Writer's picture" src="/a.jpg"></div><div><span data-hook="user-name" class="user-name">Jane Doe</span></div>` + dateRow + `<span data-hook="time-to-read" class="post-metadata__readTime">3 min read</span></div></div><div class="post-title"><h1 class="blog-post-title-font post-title__text" data-hook="post-title">` + title + `</h1></div><div data-hook="post-description"><div data-id="rich-content-viewer" class="rich-content-viewer">` + cmsProbeParas(`<p class="public-DraftStyleDefault-block" dir="auto"><span>`, "</span></p>") + `</div></div><div class="post-footer"><div data-hook="share-buttons"><button aria-label="Share on Facebook">f</button><button aria-label="Share on X">x</button></div><div data-hook="post-main-actions__stats"><span>12 views</span><span>0 comments</span></div></div></article><div data-hook="recent-posts"><h2>Recent Posts</h2><a href="/post/bus-lanes"><h3>Council approves new bus lanes</h3></a></div></div></section></div></main><footer id="SITE_FOOTER">` + cmsProbeFooter + `</footer></div></div></body></html>`
	}
	wixLD := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.riversidenotes.example/post/council-votes"},"headline":"` + title + `","datePublished":"2024-03-03T09:15:00.000Z","dateModified":"2024-03-05T16:40:12.000Z","author":{"@type":"Person","name":"Jane Doe","url":"https://www.riversidenotes.example/profile/jane/profile"},"publisher":{"@type":"Organization","name":"Riverside Notes"}}</script>`
	wixDate := `<div><span data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 3, 2024">Mar 3, 2024</span></div>`

	hubspot := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title><meta name="description" content="The iron hall will be restored."><meta property="og:title" content="` + title + `"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image"><meta property="article:published_time" content="2024-03-03T14:15:00Z"><meta property="article:modified_time" content="2024-03-05T16:40:12Z"><meta property="article:author" content="https://www.courier.example/blog/author/jane-doe"><link rel="canonical" href="https://www.courier.example/blog/council-votes"><meta name="generator" content="HubSpot"></head><body><div class="body-wrapper hs-content-id-812 hs-blog-post"><header class="header"><div class="header__container"><a href="/" class="header__logo">Riverside Software</a>` + cmsProbeNav + `<a class="button" href="/demo">Get a demo</a></div></header><main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">` + title + `</span></h1><div class="blog-post__meta"><a href="https://www.courier.example/blog/author/jane-doe">Jane Doe</a><time datetime="2024-03-03 14:15:00" class="blog-post__timestamp">March 3, 2024</time></div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">` + body + `</span></div><div class="blog-post__tags"><span>Tags:</span><a class="blog-post__tag-link" href="/blog/tag/city">City</a></div></article></div><section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list"><article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/bus-lanes">Council approves new bus lanes</a></h3><time>February 20, 2024</time></article></div></div></section></div></main><footer class="footer">` + cmsProbeFooter + `</footer></div></body></html>`

	papermod := func(head, meta string) string {
		return `<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><meta name="robots" content="index, follow"><title>` + title + ` | Riverside Notes</title><meta name="description" content="The iron hall will be restored."><link rel="canonical" href="https://riversidenotes.example/posts/council-votes/">` + head + `<meta name="generator" content="Hugo 0.123.7"></head><body class="" id="top"><header class="header"><nav class="nav"><div class="logo"><a href="https://riversidenotes.example/" accesskey="h" title="Riverside Notes (Alt + H)">Riverside Notes</a></div><ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li></ul></nav></header><main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">` + title + `</h1><div class="post-meta">` + meta + `</div></header><div class="post-content">` + body + `</div><footer class="post-footer"><ul class="post-tags"><li><a href="/tags/city/">City</a></li></ul><nav class="paginav"><a class="prev" href="/posts/bus-lanes/"><span class="title">« Prev</span><br><span>Council approves new bus lanes</span></a></nav><ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="https://x.com/intent/tweet/">x</a></li></ul></footer></article></main><footer class="footer"><span>© 2024 <a href="/">Riverside Notes</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer></body></html>`
	}
	papermodHead := `<meta name="author" content="Jane Doe"><meta property="og:title" content="` + title + `"><meta property="og:type" content="article"><meta property="article:section" content="posts"><meta property="article:published_time" content="2024-03-03T09:15:00+00:00"><meta property="article:modified_time" content="2024-03-05T16:40:12+00:00"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"` + title + `","name":"` + title + `","description":"The iron hall will be restored.","articleBody":"The city council voted","wordCount":"412","inLanguage":"en","datePublished":"2024-03-03T09:15:00Z","dateModified":"2024-03-05T16:40:12Z","author":[{"@type":"Person","name":"Jane Doe"}],"mainEntityOfPage":{"@type":"WebPage","@id":"https://riversidenotes.example/posts/council-votes/"},"publisher":{"@type":"Organization","name":"Riverside Notes"}}</script>`
	papermodMeta := `<span title='2024-03-03 09:15:00 +0000 UTC'>March 3, 2024</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words&nbsp;·&nbsp;Jane Doe`

	minima := func(head string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` + head + `<link rel="stylesheet" href="/assets/main.css"></head><body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Riverside Notes</a><nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a></div></nav></div></header><main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" itemprop="name headline">` + title + `</h1><p class="post-meta"><time class="dt-published" datetime="2024-03-03T09:15:00+00:00" itemprop="datePublished">Mar 3, 2024</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Jane Doe</span></span></p></header><div class="post-content e-content" itemprop="articleBody">` + body + `</div><a class="u-url" href="/2024/03/03/council-votes.html" hidden></a></article></div></main><footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Riverside Notes</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Jane Doe</li><li><a class="u-email" href="mailto:jane@riversidenotes.example">jane@riversidenotes.example</a></li></ul></div><div class="footer-col footer-col-3"><p>Notes on the city and its river.</p></div></div></div></footer></body></html>`
	}
	minimaSEO := `<title>` + title + ` | Riverside Notes</title><meta name="generator" content="Jekyll v4.3.3"><meta property="og:title" content="` + title + `"><meta name="author" content="Jane Doe"><meta property="og:locale" content="en_US"><link rel="canonical" href="https://riversidenotes.example/2024/03/03/council-votes.html"><meta property="og:site_name" content="Riverside Notes"><meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-03T09:15:00+00:00"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Jane Doe"},"dateModified":"2024-03-03T09:15:00+00:00","datePublished":"2024-03-03T09:15:00+00:00","description":"The iron hall will be restored.","headline":"` + title + `","mainEntityOfPage":{"@type":"WebPage","@id":"https://riversidenotes.example/2024/03/03/council-votes.html"},"url":"https://riversidenotes.example/2024/03/03/council-votes.html"}</script>`

	checkCMSProbe(t, []cmsProbeCase{
		{"Drupal Olivero, metatag", "https://courier.example/node/812", olivero(oliveroMeta, title+" | The Riverside Courier"), title, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Drupal Olivero, bare", "https://courier.example/news/council-votes", olivero("", title+" | The Riverside Courier"), title, "Jane Doe", "2024-03-03", "-"},
		{"Drupal Olivero, the site's name in front", "https://courier.example/news/council-votes", olivero("", "The Riverside Courier | "+title), title, "Jane Doe", "2024-03-03", "-"},
		{"Arc XP, two authors", "https://courier.example/city/2024/03/03/council-votes-rebuild-market/", arc(`By <a class="c-link" href="/people/jane-doe/">Jane Doe</a> and <a class="c-link" href="/people/john-roe/">John Roe</a>`, arcHead), title, "Jane Doe; John Roe", "2024-03-03", "2024-03-04"},
		{"Arc XP, no head metadata", "https://courier.example/city/council-votes-rebuild-market/", arc(`By <a class="c-link" href="/people/jane-doe/">Jane Doe</a> and <a class="c-link" href="/people/john-roe/">John Roe</a>`, ""), title, "Jane Doe; John Roe", "2024-03-03", "-"},
		{"Arc XP, an author's role", "https://courier.example/city/council-votes-rebuild-market/", arc(`By <a class="c-link" href="/people/jane-doe/">Jane Doe</a>, Senior Editor`, ""), title, "Jane Doe", "2024-03-03", "-"},
		{"Squarespace", "https://www.riversidenotes.example/blog/council-votes", squarespace(squarespaceLD), title, "Jane Doe", "2024-03-03", "-"},
		{"Squarespace, no JSON-LD", "https://www.riversidenotes.example/blog/council-votes", squarespace(""), title, "Jane Doe", "2024-03-03", "-"},
		{"Wix", "https://www.riversidenotes.example/post/council-votes", wix(wixLD, wixDate), title, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Wix, no JSON-LD", "https://www.riversidenotes.example/post/council-votes", wix("", wixDate), title, "Jane Doe", "2024-03-03", "-"},
		{"Wix, only the updated day", "https://www.riversidenotes.example/post/council-votes", wix("", `<div><span class="post-metadata__date">Updated: Mar 5, 2024</span></div>`), title, "Jane Doe", "", "-"},
		{"HubSpot", "https://www.courier.example/blog/council-votes", hubspot, title, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Hugo PaperMod", "https://riversidenotes.example/posts/council-votes/", papermod(papermodHead, papermodMeta), title, "Jane Doe", "2024-03-03", "2024-03-05"},
		{"Jekyll Minima, jekyll-seo-tag", "https://riversidenotes.example/2024/03/03/council-votes.html", minima(minimaSEO), title, "Jane Doe", "2024-03-03", "-"},
		{"Jekyll Minima, no seo tag", "https://riversidenotes.example/posts/council-votes.html", minima(`<title>` + title + ` | Riverside Notes</title>`), title, "Jane Doe", "2024-03-03", "-"},
	})
}

// Bylines that commonly trip extractors, on a plain WordPress page without
// JSON-LD: a medical reviewer beside the writer, a writer's role after the
// name, two writers, and a Chinese portal's rows.
func TestCMSProbe44Bylines(t *testing.T) {
	const u = "https://courier.example/2024/03/03/market/"
	page := func(meta string) string {
		return `<!DOCTYPE html><html lang="en-US">` + yoastHead(cmsProbeTitle, "", false) + `<body class="single single-post"><header id="masthead" class="site-header"><p class="site-title"><a href="/">The Riverside Courier</a></p>` + cmsProbeNav + `</header><main id="main" class="site-main"><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">` + cmsProbeTitle + `</h1>` + meta + `</header><div class="entry-content">` + cmsProbeParas("<p>", "</p>") + `</div>` + cmsProbeShare + `</article>` + cmsProbeRelated + `</main>` + cmsProbeFooter + `</body></html>`
	}
	checkCMSProbe(t, []cmsProbeCase{
		{"a medical reviewer after the writer", u, page(`<div class="entry-meta"><span class="byline">Written by <a href="/author/jdoe/">Jane Doe</a></span> | <span class="reviewer">Medically reviewed by <a href="/reviewer/alee/">Dr. Ann Lee, MD</a></span></div><p class="posted-on">Published <time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></p>`), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		{"a medical reviewer before the writer", u, page(`<div class="entry-meta"><p>Medically reviewed by Dr. Ann Lee, MD — Written by Jane Doe on March 3, 2024</p></div>`), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		{"a writer's role", u, page(`<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/jdoe/">Jane Doe</a></span>, Senior Editor</span> <span class="posted-on"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></span></div>`), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		{"a writer's role in plain text", u, page(`<p class="byline">By Jane Doe, Senior Editor | March 3, 2024</p>`), cmsProbeTitle, "Jane Doe", "2024-03-03", "-"},
		{"two writers", u, page(`<div class="entry-meta"><span class="byline">By <a href="/author/jdoe/">Jane Doe</a> and <a href="/author/jroe/">John Roe</a></span> <span class="posted-on">March 3, 2024</span></div>`), cmsProbeTitle, "Jane Doe; John Roe", "2024-03-03", "-"},
		{"only an updated line", "https://courier.example/market-rebuild/", undated(page(`<div class="entry-meta"><span class="byline">By Jane Doe</span> <span class="updated-on">Updated March 5, 2024</span></div>`)), cmsProbeTitle, "Jane Doe", "", "-"},
	})
}

// Chinese portals: the title, then a row of 来源/作者 and 发布时间, the text,
// and 责任编辑 at the end, who edited but did not write the story.
func TestCMSProbe44ChinesePortals(t *testing.T) {
	const title = "城市老菜市场改造方案获市议会通过"
	paras := ""
	for _, p := range []string{
		"市议会周二表决通过老菜市场改造方案，结束了围绕这座铁结构大厅应当修复还是拆除改建住宅长达十年的争论。",
		"工程人员去年春天对钢架进行了检测，发现大部分立柱状况良好，但屋顶玻璃和排水系统必须在商户回迁前全部更换。",
		"大厅关闭后搬到停车场经营的摊主表示，他们已经等待了太久，一个明确的重新开业日期比最终造价更重要。",
		"改造预计耗资四千万元，其中三分之二来自国家文物保护基金，首批摊位将在开工后十八个月内恢复营业。",
		"反对者认为这笔钱用于住房建设会更有意义，但经过一直持续到深夜的辩论，议案最终以明显优势获得通过。",
	} {
		paras += "<p>　　" + p + "</p>\n"
	}
	head := func(site string) string {
		return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>` + title + `-` + site + `</title><meta name="keywords" content="菜市场,改造"><meta name="description" content="市议会周二表决通过老菜市场改造方案。"></head>`
	}
	nav := `<div class="nav"><a href="/">首页</a> <a href="/politics/">时政</a> <a href="/local/">地方</a> <a href="/finance/">财经</a> <a href="/society/">社会</a></div>`
	foot := `<div class="footer"><p>关于我们 | 联系我们 | 版权声明</p><p>Copyright © 2024 版权所有</p></div>`
	related := `<div class="related"><h3>相关新闻</h3><ul><li><a href="/a.html">公交专用道方案获批</a> 2024-02-20</li><li><a href="/b.html">图书馆开放时间再缩短</a> 2024-01-11</li></ul></div>`

	xinhua := head("新华网") + `<body>` + nav + `<div class="header domPC"><div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 03</em>/<em>03</em></span><span class="time"> 09:15:32</span></div><div class="source">来源：新华网</div></div><div class="head-line clearfix"><h1><span class="title">` + title + `</span></h1><div class="pageShare"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div></div></div><div class="main clearfix"><div id="detail"><p>　　新华社北京3月3日电（记者张明）市议会周二表决通过老菜市场改造方案。</p>` + paras + `</div><div class="editor">【责任编辑:王芳】</div></div>` + related + foot + `</body></html>`
	people := head("人民网") + `<body>` + nav + `<div class="layout rm_txt cf"><div class="col col-1 fl"><h1>` + title + `</h1><p class="author">李华</p><div class="channel cf"><div class="col-1-1 fl">2024年03月03日09:15 | 来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a></div><div class="col-1-2 fr"><a class="share">分享到</a></div></div><div class="rm_txt_con cf">` + paras + `<div class="edit cf">(责编：王五、赵六)</div></div></div></div>` + related + foot + `</body></html>`
	paper := head("澎湃新闻") + `<body>` + nav + `<div class="newscontent"><h1 class="news_title">` + title + `</h1><div class="news_about"><p>澎湃新闻记者 王明</p><p>2024-03-03 09:15<span>来源：澎湃新闻</span></p></div><div class="news_txt">` + paras + `</div><div class="news_editor">责任编辑：陈晨</div><div class="news_love"><a>点赞</a><a>分享</a></div></div>` + related + foot + `</body></html>`
	checkCMSProbe(t, []cmsProbeCase{
		{"a Xinhua-style page", "http://www.news.example.cn/local/2024-03/03/c_1130081234.htm", xinhua, title, "张明", "2024-03-03", "-"},
		{"a People's Daily-style page", "http://city.news.example.cn/n1/2024/0303/c1004-40188888.html", people, title, "李华", "2024-03-03", "-"},
		{"a Paper-style page", "https://www.news.example.cn/newsDetail_forward_26512345", paper, title, "王明", "2024-03-03", "-"},
	})
}

// A meta line over the headline names the writer when it states a day or
// a count beside the name (Wix's post header, tested above); a site's
// header just above the article, its logo link holding the blog's name in
// an author element, names no writer.
func TestCMSProbe44SiteNameOverTheHeadline(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>` + cmsProbeTitle + `</title></head><body><header class="blog_header"><a href="/" class="flex"><img src="/logo.png" alt=""><author class="prose text-xl font-bold">Riverside Notes</author></a></header><article class="post_article"><h1>` + cmsProbeTitle + `</h1>` + cmsProbeParas("<p>", "</p>") + `</article><footer class="blog_footer"><p>Riverside Notes</p></footer></body></html>`
	checkCMSProbe(t, []cmsProbeCase{
		{"a blog's name in its header", "https://riversidenotes.example/post/council-votes", page, cmsProbeTitle, "", "", "-"},
	})
}
