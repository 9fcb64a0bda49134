package extractor

import "testing"

// webMasthead is a site's top bar as most templates write it: a logo
// linked home and a menu of sections.
const webMasthead = `<header class="site-header"><div class="logo"><a href="/"><img src="/logo.png" alt="The Valley Gazette"></a></div>
<nav class="main-menu"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/sport/">Sport</a></li><li><a href="/business/">Business</a></li></ul></nav></header>`

const webSidebar = `<aside class="sidebar"><h3 class="widget-title">Most read</h3><ul>
<li><a href="/news/storm-warning">Storm warning for the weekend across the county</a></li>
<li><a href="/sport/cup">Local team wins the cup after extra time</a></li></ul></aside>`

const webFooter = `<footer class="site-footer"><p>&copy; 2025 The Valley Gazette. All rights reserved.</p><a href="/about">About us</a></footer>`

// Title situations common on the web, each a whole page.
func TestTitleWebSituations(t *testing.T) {
	const head = "Council approves budget for the new school"
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"site | section | headline, no structured data", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>The Valley Gazette | Politics | ` + head + `</title>`,
			webMasthead + `<div class="content"><div class="story">` + titleBody + `</div></div>` + webSidebar + webFooter, head},
		{"site | section | headline, bare", "http://www.valleygazette.example/politics/story.php?id=1234",
			`<title>Valley Gazette | Politics | ` + head + `</title>`,
			`<table><tr><td><a href="/"><img src="/logo.gif"></a></td></tr><tr><td>` + titleBody + `</td></tr></table>`, head},
		{"headline - section - site news", "https://www.cbn.example/news/world/flood",
			`<title>` + head + ` - World - CBN News</title>`,
			`<div id="header"><a href="/">CBN</a></div><div id="story">` + titleBody + `</div>`, head},
		{"headline (from site)", "https://www.theboltonnews.example/news/1234.council/",
			`<title>` + head + ` (from The Bolton News)</title>`,
			`<div id="story">` + titleBody + `</div>`, head},
		{"trend news : headline", "https://en.trend.example/business/economy/1234.html",
			`<title>Trend News : ` + head + `</title>`,
			`<div id="story">` + titleBody + `</div>`, head},
		{"headline_English", "http://english.people.example/200503/11/eng20050311_1234.html",
			`<title>` + head + `_English</title>`,
			`<div id="story">` + titleBody + `</div>`, head},
		{"h1 is the logo", "https://www.valleygazette.example/news/council-budget-school",
			`<title>` + head + ` | The Valley Gazette</title>`,
			`<header><h1 class="site-title"><a href="/"><img src="/logo.png" alt="The Valley Gazette"></a></h1></header><div class="content"><h2>` + head + `</h2>` + titleBody + `</div>` + webSidebar, head},
		{"h1 is the logo text", "https://www.valleygazette.example/news/council-budget-school",
			`<title>` + head + ` | The Valley Gazette</title>`,
			`<div id="top"><h1><a href="https://www.valleygazette.example/">The Valley Gazette</a></h1></div><div class="content"><h2 class="story-title">` + head + `</h2>` + titleBody + `</div>` + webSidebar, head},
		{"h1 a section, h2 the headline", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` - Valley Gazette</title>`,
			webMasthead + `<main><h1 class="section-name">Politics</h1><article><h2>` + head + `</h2>` + titleBody + `</article></main>`, head},
		{"h1 a section, h2 the headline, no title", "https://www.valleygazette.example/politics/council-budget-school",
			``,
			webMasthead + `<main><h1>Politics</h1><article><h2>` + head + `</h2>` + titleBody + `</article></main>` + webSidebar, head},
		{"og:title shortened", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Council approves school budget"><title>Council approves school budget | Valley Gazette</title>`,
			webMasthead + `<article><h1>` + head + ` after a three-hour debate</h1>` + titleBody + `</article>`, head + " after a three-hour debate"},
		{"title page 2", "https://www.valleygazette.example/politics/council-budget-school/2",
			`<title>` + head + ` | Page 2 | The Valley Gazette</title>`,
			webMasthead + `<div class="story">` + titleBody + `</div>`, head},
		{"title page 2 with h1", "https://www.valleygazette.example/politics/council-budget-school/2",
			`<title>` + head + ` - Page 2 - The Valley Gazette</title>`,
			webMasthead + `<article><h1>` + head + `</h1>` + titleBody + `</article>`, head},
		{"title page 2 no site", "https://www.valleygazette.example/politics/council-budget-school?page=2",
			`<title>` + head + ` - Page 2</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"all-caps h1", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | The Valley Gazette</title>`,
			webMasthead + `<article><h1>COUNCIL APPROVES BUDGET FOR THE NEW SCHOOL</h1>` + titleBody + `</article>`, head},
		{"entry-header", "https://blog.example/2025/03/council-budget-school/",
			`<title>` + head + ` &#8211; Town Notes</title>`,
			`<div id="page"><header id="masthead" class="site-header"><p class="site-title"><a href="https://blog.example/">Town Notes</a></p><p class="site-description">Small news from a small town</p></header>
<div id="content"><article class="post"><header class="entry-header"><h2 class="entry-title">` + head + `</h2><div class="entry-meta">Posted on March 3, 2025</div></header><div class="entry-content">` + titleBody + `</div></article></div></div>`, head},
		{"entry-header no class on heading", "https://blog.example/2025/03/council-budget-school/",
			``,
			`<div id="page"><header id="masthead" class="site-header"><p class="site-title"><a href="https://blog.example/">Town Notes</a></p></header>
<div id="content"><article class="post"><header class="entry-header"><h2>` + head + `</h2></header><div class="entry-content">` + titleBody + `</div></article>` + webSidebar + `</div></div>`, head},
		{"amp", "https://www.valleygazette.example/politics/council-budget-school/amp/",
			`<title>` + head + ` &#8211; The Valley Gazette</title><link rel="canonical" href="https://www.valleygazette.example/politics/council-budget-school/"><style amp-boilerplate>body{visibility:hidden}</style>`,
			`<header id="top" class="amp-wp-header"><div><a href="https://www.valleygazette.example/"><amp-img src="/logo.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">The Valley Gazette</span></a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">` + head + `</h1></header><div class="amp-wp-article-content">` + titleBody + `</div></article>`, head},
		{"blog h1 = blog name, h2 = post", "https://townnotes.example/2025/03/council-budget-school.html",
			`<title>Town Notes: ` + head + `</title>`,
			`<div class="header"><h1 class="title"><a href="https://townnotes.example/">Town Notes</a></h1><p class="description">Small news from a small town</p></div>
<div class="main"><h2 class="date-header"><span>Monday, March 3, 2025</span></h2><div class="post"><h3 class="post-title">` + head + `</h3><div class="post-body">` + titleBody + `</div></div></div>`, head},
		{"blog h1 = blog name, no link", "https://townnotes.example/2025/03/council-budget-school.html",
			`<title>` + head + ` - Town Notes</title>`,
			`<div class="header"><h1>Town Notes</h1></div><div class="main"><div class="post"><h2>` + head + `</h2>` + titleBody + `</div></div>`, head},
		{"og:title the site's name", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="The Valley Gazette"><meta property="og:site_name" content="The Valley Gazette"><title>The Valley Gazette</title>`,
			webMasthead + `<article><h1>` + head + `</h1>` + titleBody + `</article>` + webSidebar, head},
		{"title only the site, h2 entry-title", "https://blog.example/2025/03/council-budget-school/",
			`<title>Town Notes</title>`,
			`<div id="header"><a href="/">Town Notes</a></div><div class="post"><h2 class="entry-title">` + head + `</h2>` + titleBody + `</div>` + webSidebar, head},
		{"site - headline, logo alt", "https://vg.example/politics/council-budget-school",
			`<title>The Valley Gazette - ` + head + `</title>`,
			webMasthead + `<div class="story">` + titleBody + `</div>`, head},
		{"site » blog archive » headline", "https://blog.example/2008/03/council-budget-school/",
			`<title>Town Notes &raquo; Blog Archive &raquo; ` + head + `</title>`,
			`<div id="header"><h1><a href="https://blog.example/">Town Notes</a></h1></div><div class="post"><h2><a href="https://blog.example/2008/03/council-budget-school/" rel="bookmark">` + head + `</a></h2>` + titleBody + `</div>`, head},
		{"h1 with a kicker", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | The Valley Gazette</title>`,
			webMasthead + `<article><h1><span class="kicker">Exclusive:</span> ` + head + `</h1>` + titleBody + `</article>`, head},
		{"section: headline in title", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>Politics: ` + head + `</title>`,
			webMasthead + `<div class="story">` + titleBody + `</div>`, head},
		{"no title, no h1, first article heading", "https://www.valleygazette.example/politics/council-budget-school",
			``,
			webMasthead + `<div class="content"><h3>` + head + `</h3>` + titleBody + `</div>` + webSidebar + webFooter, head},
		{"blog h1 = blog name, no link, no title", "https://townnotes.example/2025/03/council-budget-school.html",
			``,
			`<div class="header"><h1>Town Notes</h1><a href="/">Home</a></div><div class="main"><div class="post"><h2>` + head + `</h2>` + titleBody + `</div></div>`, head},
		{"site repeated, headline with a topic before a hyphen", "http://highscalability.example/blog/2017/2/21/spanner-its-about-programmers.html",
			`<title>High Scalability - High Scalability - Spanner - It's About Programmers Building Apps</title>`,
			`<div class="post"><h2 class="title">Spanner - It's About Programmers Building Apps</h2>` + titleBody + `</div>`, "Spanner - It's About Programmers Building Apps"},
		{"page number, no site", "https://www.valleygazette.example/politics/council-budget-school/2",
			`<title>` + head + ` - Page 2 of 3</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"page number between headline and site", "https://www.valleygazette.example/politics/council-budget-school/2",
			`<title>` + head + ` - Page 2 - The Valley Gazette</title>`,
			webMasthead + `<div class="story">` + titleBody + `</div>`, head},
		{"headline ending in a spaced hyphen", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` -</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"h1 the issue's name, as the title", "https://www.valleygazette.example/magazine/valley-gazette-02-2022/",
			`<meta property="og:site_name" content="VALLEY GAZETTE"><title>Valley Gazette 02/2022 | VALLEY GAZETTE</title>`,
			`<article><h1>Valley Gazette 02/2022</h1><h2>The new Valley Gazette is out!</h2>` + titleBody + `</article>`, "Valley Gazette 02/2022"},
		{"breadcrumb h1, stated title", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | Valley Gazette</title>`,
			`<nav class="breadcrumb"><h1>` + head + `</h1></nav><div class="story"><h2>Teaser: Another story on the page before the text</h2>` + titleBody + `</div>`, head},
		{"og:title cut with an ellipsis", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Council approves budget for the new…"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget for the new..."}</script>`,
			webMasthead + `<article><h1>` + head + `</h1>` + titleBody + `</article>`, head},
		{"h1 with a line break", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | The Valley Gazette</title>`,
			webMasthead + `<article><h1>Council approves budget<br>for the new school</h1>` + titleBody + `</article>`, head},
		{"amp: logo h1 and headline h1", "https://www.valleygazette.example/politics/council-budget-school/amp/",
			`<style amp-custom>h1{}</style>`,
			`<header><h1><a href="https://www.valleygazette.example/"><amp-img alt="The Valley Gazette" src="/logo.png"></amp-img></a></h1></header><article><h1>` + head + `</h1>` + titleBody + `</article>`, head},
		{"consent banner h1 first", "https://www.valleygazette.example/politics/council-budget-school",
			``,
			`<div id="consent-banner" class="cmp-consent"><h1>We value your privacy</h1><p>We and our partners use cookies.</p><button>Accept</button></div>` + webMasthead + `<article><h1>` + head + `</h1>` + titleBody + `</article>`, head},
		{"entities in JSON-LD", "https://www.valleygazette.example/politics/council-budget-school",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council&#8217;s budget &amp; the new school"}</script>`,
			`<div class="story">` + titleBody + `</div>`, "Council’s budget & the new school"},
		{"double-escaped og:title", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Council&amp;#039;s budget &amp;amp; the new school">`,
			`<div class="story">` + titleBody + `</div>`, "Council's budget & the new school"},
		{"no-break space in the title", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>Council approves budget for the new&nbsp;school | The Valley Gazette</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"h1 with a subtitle colon, og:title without", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="` + head + `"><title>` + head + ` | Valley Gazette</title>`,
			webMasthead + `<article><h1>` + head + `: what it means for you</h1>` + titleBody + `</article>`, head + ": what it means for you"},
		{"tagline after the site", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | The Valley Gazette | Local news for the valley since 1887</title>`,
			webMasthead + `<div class="story">` + titleBody + `</div>`, head},
		{"german site | section", "https://www.talzeitung.example/politik/gemeinderat-haushalt",
			`<title>Gemeinderat beschließt den Haushalt für die neue Schule - Politik - Talzeitung</title>`,
			`<div class="story">` + titleBody + `</div>`, "Gemeinderat beschließt den Haushalt für die neue Schule"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
