package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the sixty-sixth round (issue 13, item 3): bylines of
// newspaper CMSs outside the dev sets (TownNews BLOX, Gannett, Arc XP,
// Brightspot), blog platforms, and credit lines that name more than the
// writer.

func probe66Story() string {
	var b strings.Builder
	for range 7 {
		b.WriteString("<p>" + probe64Para["en"] + "</p>\n")
	}
	return b.String()
}

// probe66Blox is a TownNews BLOX story page: the byline block under the
// headline, microdata on the author.
func probe66Blox(head, byline string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves riverside cycle path | Local News | valleyherald.example</title>
<meta property="og:site_name" content="Valley Herald">` + head + `</head>
<body class="asset-page"><div id="site-container"><header id="site-header"><a class="navbar-brand" href="/">Valley Herald</a>
<nav><ul class="nav"><li><a href="/news/local/">Local News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<div id="main-page-container"><article itemscope itemtype="http://schema.org/NewsArticle" class="asset"><header class="asset-header">
<div class="meta"><span class="asset-section"><a href="/news/local/">Local News</a></span></div>
<h1 class="headline" itemprop="headline"><span class="asset-headline">Council approves riverside cycle path</span></h1>
<div class="asset-byline">` + byline + `</div>
<ul class="list-inline asset-date"><li><time datetime="2024-05-06T09:00:00-05:00" itemprop="datePublished">May 6, 2024</time></li></ul></header>
<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body">` + probe66Story() + `</div></div></article></div>
<footer id="site-footer"><p>© 2024 Valley Herald, 1 Main St. Powered by BLOX Content Management System from TownNews.com.</p></footer></div></body></html>`
}

// probe66Blog is a WordPress or blog theme: the meta line under the
// headline, an optional box after the post.
func probe66Blog(head, meta, after string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves riverside cycle path – Riverside Notes</title>
<meta property="og:site_name" content="Riverside Notes">` + head + `</head>
<body class="post-template-default single single-post"><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Riverside Notes</a></p>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post status-publish hentry"><header class="entry-header">
<h1 class="entry-title">Council approves riverside cycle path</h1>
<div class="entry-meta">` + meta + `</div></header>
<div class="entry-content">` + probe66Story() + `</div>` + after + `</article></main>
<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Riverside Notes · Proudly powered by WordPress</div></footer></div></body></html>`
}

// TownNews BLOX bylines: the microdata author in .asset-byline, the
// name in capitals with the job title after it.
func TestAuthorProbe66Blox(t *testing.T) {
	const url = "https://valleyherald.example/news/local/council-approves-riverside-cycle-path/article_4f1c2a9e-0b3d-11ef-9a1b-5b7f0c1d2e3f.html"
	for _, c := range []struct{ name, head, byline, want string }{
		{"microdata", "", `<span itemprop="author" class="tnt-byline">By Jane Doe</span>`, "Jane Doe"},
		{"microdata, caps, title", "", `<span itemprop="author" class="tnt-byline">By JANE DOE Staff Writer</span>`, "JANE DOE"},
		{"caps, title, no microdata", "", `By JANE DOE Staff Writer`, "JANE DOE"},
		{"caps, comma title", "", `By JANE DOE, Staff Writer`, "JANE DOE"},
		{"caps two", "", `By JANE DOE and JOHN ROE`, "JANE DOE; JOHN ROE"},
		{"caps two, title", "", `By JANE DOE and JOHN ROE Staff Writers`, "JANE DOE; JOHN ROE"},
		{"author link", "", `<ul class="list-inline"><li><span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/profile/Jane%20Doe" itemprop="url"><span itemprop="name">Jane Doe</span></a></span></li></ul>`, "Jane Doe"},
		{"caps, meta says it", `<meta name="author" content="Jane Doe">`, `By JANE DOE Staff Writer`, "Jane Doe"},
		{"email after", "", `By Jane Doe, Staff Writer | jdoe@valleyherald.example`, "Jane Doe"},
		{"The Associated Press", "", `Jane Doe, The Associated Press`, "Jane Doe"},
		{"Story by, Photos by", "", `Story by Jane Doe • Photos by John Roe`, "Jane Doe"},
		{"Written by, Edited by", "", `Written by Jane Doe. Edited by John Roe.`, "Jane Doe"},
		{"Guest column by", "", `Guest column by Jane Doe`, "Jane Doe"},
		{"Opinion by", "", `Opinion by Jane Doe`, "Jane Doe"},
	} {
		probe64Authors(t, c.name, probe66Blox(c.head, c.byline), url, c.want)
	}
}

// Blog meta lines: a CMS account is not an author; the visible byline
// and JSON-LD spelling the name differently give the fuller name.
func TestAuthorProbe66BlogLines(t *testing.T) {
	const url = "https://riversidenotes.example/2024/03/03/council-approves-cycle-path/"
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Council approves riverside cycle path","author":` + author + `}</script>`
	}
	box := `<div class="author-bio"><h4 class="author-title">About Jane Doe</h4><p>Jane Doe covers the council and the river for Riverside Notes.</p></div>`
	for _, c := range []struct{ name, head, meta, after, want string }{
		{"Posted on by admin", "", `<span class="posted-on">Posted on <time class="entry-date published" datetime="2024-03-03">March 3, 2024</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span>`, "", ""},
		{"Posted on by admin, plain", "", `Posted on March 3, 2024 by admin`, "", ""},
		{"Posted on by editor, plain", "", `Posted on March 3, 2024 by editor`, "", ""},
		{"Posted on by webmaster, plain", "", `Posted on March 3, 2024 by webmaster`, "", ""},
		{"Posted on by a person, plain", "", `Posted on March 3, 2024 by Jane Doe`, "", "Jane Doe"},
		{"Posted by, Blogger", "", `<div class="post-footer-line"><span class="post-author vcard">Posted by <span class="fn">Jane Doe</span></span> at <a class="timestamp-link" href="#">9:00 AM</a></div>`, "", "Jane Doe"},
		{"admin, bio box at the end", "", `Posted on March 3, 2024 by admin`, box, "Jane Doe"},
		{"bio box only", "", `<span class="posted-on">March 3, 2024</span>`, box, "Jane Doe"},
		{"JSON-LD array fuller", ld(`[{"@type":"Person","name":"Jane A. Doe"},{"@type":"Person","name":"John Roe"}]`), `<span class="byline">By Jane Doe and John Roe</span>`, "", "Jane A. Doe; John Roe"},
		{"JSON-LD array first names", ld(`[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]`), `<span class="byline">By Jane and John</span>`, "", "Jane Doe; John Roe"},
		{"JSON-LD caps visible", ld(`[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]`), `<span class="byline">By JANE DOE and JOHN ROE</span>`, "", "Jane Doe; John Roe"},
		{"Arc multi a", "", `<div class="byline">By <a href="/people/jane-doe/">Jane Doe</a>, <a href="/people/john-roe/">John Roe</a> and <a href="/people/mary-major/">Mary Major</a></div>`, "", "Jane Doe; John Roe; Mary Major"},
		{"Gannett lines", "", `<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/1/jane-doe/">Jane Doe</a><br>USA TODAY</div>`, "", "Jane Doe"},
		{"Gannett two", "", `<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/1/jane-doe/">Jane Doe</a> and <a class="gnt_ar_by_a" href="/staff/2/john-roe/">John Roe</a><br>USA TODAY</div>`, "", "Jane Doe; John Roe"},
	} {
		probe64Authors(t, c.name, probe66Blog(c.head, c.meta, c.after), url, c.want)
	}
}

// Credit lines that name more than the writer: an e-mail, a handle, a
// desk, the photographer, the editor.
func TestAuthorProbe66CreditLines(t *testing.T) {
	const url = "https://valleyherald.example/news/local/council-approves-riverside-cycle-path/article_4f1c2a9e.html"
	for _, c := range []struct{ name, byline, want string }{
		{"email, no comma", `By Jane Doe jdoe@valleyherald.example`, "Jane Doe"},
		{"mailto link", `By <a href="mailto:jdoe@valleyherald.example">Jane Doe</a> | Staff Writer`, "Jane Doe"},
		{"slash role", `By Jane Doe / Staff Writer`, "Jane Doe"},
		{"slash paper", `Jane Doe / The Valley Herald`, "Jane Doe"},
		{"bar AP", `Jane Doe | The Associated Press`, "Jane Doe"},
		{"For the paper", `By Jane Doe For The Valley Herald`, "Jane Doe"},
		{"Special to", `By Jane Doe, Special to the Valley Herald`, "Jane Doe"},
		{"handle after", `By Jane Doe | Twitter: @janedoe`, "Jane Doe"},
		{"Contributing Columnist", `By Jane Doe, Contributing Columnist`, "Jane Doe"},
		{"Photos first", `Photos by John Roe. Story by Jane Doe`, "Jane Doe"},
		{"Photo colon first", `Photo: John Roe | Text: Jane Doe`, "Jane Doe"},
		{"Photos alone", `Photos by John Roe`, ""},
		{"Story bar Photos", `Story by Jane Doe | Photos by John Roe`, "Jane Doe"},
		{"edited lower", `Written by Jane Doe, edited by John Roe`, "Jane Doe"},
		{"Edited after semicolon", `By Jane Doe; Edited by John Roe`, "Jane Doe"},
		{"Guest essay by", `Guest essay by Jane Doe`, "Jane Doe"},
		{"Guest opinion by", `Guest opinion by Jane Doe`, "Jane Doe"},
		{"Commentary by", `Commentary by Jane Doe`, "Jane Doe"},
		{"Column by", `Column by Jane Doe`, "Jane Doe"},
		{"Analysis by", `Analysis by Jane Doe`, "Jane Doe"},
	} {
		probe64Authors(t, c.name, probe66Blox("", c.byline), url, c.want)
	}
}

// Newspack and Brightspot bylines, and blog accounts that are no one.
func TestAuthorProbe66Accounts(t *testing.T) {
	const url = "https://riversidenotes.example/2024/03/03/council-approves-cycle-path/"
	for _, c := range []struct{ name, meta, after, want string }{
		{"Newspack two", `<span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="/author/jdoe/">Jane Doe</a></span> and <span class="author vcard"><a class="url fn n" href="/author/jroe/">John Roe</a></span></span>`, "", "Jane Doe; John Roe"},
		{"Brightspot", `<div class="Page-authors">By <a class="Link" href="/people/jane-doe">Jane Doe</a> and <a class="Link" href="/people/john-roe">John Roe</a></div>`, "", "Jane Doe; John Roe"},
		{"Posted by admin", `Posted by admin on March 3, 2024`, "", ""},
		{"by Administrator", `Posted on March 3, 2024 by Administrator`, "", ""},
		{"by Site Admin", `Posted on March 3, 2024 by Site Admin`, "", ""},
		{"by Editorial Staff", `Posted on March 3, 2024 by Editorial Staff`, "", "Editorial Staff"},
		{"admin link", `<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span> <span class="posted-on"><time datetime="2024-03-03">March 3, 2024</time></span>`, "", ""},
		{"webmaster link", `<span class="byline">by <a href="/author/webmaster/" rel="author">webmaster</a></span>`, "", ""},
		{"contributor box", `<span class="posted-on">March 3, 2024</span>`, `<div class="author-box"><img class="avatar" alt="" src="/a.jpg"><div class="author-box-content"><h3 class="author-box-title">Jane Doe</h3><p>Jane Doe is a contributing writer who covers transport and the environment.</p></div></div>`, "Jane Doe"},
	} {
		probe64Authors(t, c.name, probe66Blog("", c.meta, c.after), url, c.want)
	}
}
