package extractor

import "testing"

// webMasthead is a site's top bar as most templates write it: a logo
// linked home and a menu of sections.
const webMasthead = `<header class="site-header"><div class="logo"><a href="/"><img src="/logo.png" alt="The Valley Gazette"></a></div>
<nav class="main-menu"><ul><li><a href="/news/">News</a></li><li><a href="/politics/">Politics</a></li><li><a href="/sport/">Sport</a></li><li><a href="/business/">Business</a></li></ul></nav></header>`

const webSidebar = `<aside class="sidebar"><h3 class="widget-title">Most read</h3><ul>
<li><a href="/news/storm-warning">Storm warning for the weekend across the county</a></li>
<li><a href="/sport/cup">Local team wins the cup after extra time</a></li></ul></aside>`

// zhTitleBody is a Chinese story's text.
const zhTitleBody = `<p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p><p>会议指出，要扎实推进各项改革，持续改善民生，确保全年目标任务圆满完成。</p>`

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
		{"headline_column_site, Chinese CMS without structured data", "https://www.jcnews.example.cn/news/2024/05/16/123.html",
			`<title>重庆召开全市经济工作会议_江城新闻_江城网</title>`,
			`<table><tr><td><a href="/">首页</a> <a href="/news/">江城新闻</a> <a href="/sports/">体育</a></td></tr><tr><td>` + zhTitleBody + `</td></tr></table>`, "重庆召开全市经济工作会议"},
		{"headline - section - site, the section in the menu", "https://www.valleygazette.example/2024/05/council-budget-school",
			`<title>` + head + ` - Politics - VG Online</title>`,
			webMasthead + `<div class="story">` + titleBody + `</div>`, head},
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
		{"site | section | region | headline", "http://news.bbc.example/2/hi/uk_news/4567.stm",
			`<title>BBC NEWS | UK | Wales | ` + head + `</title>`,
			`<div id="story">` + titleBody + `</div>`, head},
		{"site » section » headline", "https://www.valleygazette.example/article/1234",
			`<title>Valley Gazette &raquo; Local Politics &raquo; ` + head + `</title>`,
			`<div id="story">` + titleBody + `</div>`, head},
		{"site and tagline, the logo says 'The'", "https://www.vg-online.example/politics/council-budget-school",
			`<title>` + head + ` – Valley Gazette – Local news since 1887</title>`,
			webMasthead + `<div class="story">` + titleBody + `</div>`, head},
		{"class headline, site first, unknown site", "https://www.vg-online.example/politics/council-budget-school",
			`<title>Valley Gazette - ` + head + `</title>`,
			`<table><tr><td><div class="headline">` + head + `</div>` + titleBody + `</td></tr></table>`, head},
		{"og:site_name says 'The'", "https://www.vg-online.example/politics/council-budget-school",
			`<meta property="og:site_name" content="The Valley Gazette"><title>` + head + ` | Valley Gazette | Local news since 1887</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"og:site_name says 'The', site first", "https://www.vg-online.example/politics/council-budget-school",
			`<meta property="og:site_name" content="The Valley Gazette"><title>Valley Gazette: ` + head + `</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"h1 of a title and a subtitle element", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="` + head + ` - What it means for you">`,
			webMasthead + `<article><h1><span class="entry-title-primary">` + head + `</span> <span class="entry-subtitle">What it means for you</span></h1>` + titleBody + `</article>`, head + " - What it means for you"},
		{"infinite scroll: the next article follows", "https://www.valleygazette.example/politics/council-budget-school",
			``,
			webMasthead + `<article><h1>` + head + `</h1>` + titleBody + `</article><article class="next-article"><h1>Storm warning for the weekend across the county</h1>` + titleBody + `</article>`, head},
		{"site and a tagline after a pipe", "https://www.vg-online.example/politics/council-budget-school",
			`<title>` + head + ` | Valley Gazette - Your local news</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"one-word kicker h1, headline h2", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` - Valley Gazette</title>`,
			webMasthead + `<article><h1 class="kicker">Budget</h1><h2>` + head + `</h2>` + titleBody + `</article>`, head},
		{"category link above the entry title", "https://blog.example/2025/03/council-budget-school/",
			`<title>` + head + ` &#8211; Town Notes</title>`,
			`<article><header class="entry-header"><span class="cat-links"><a href="/category/politics/">Politics</a></span><h1 class="entry-title">` + head + `</h1><span class="posted-on">March 3, 2025</span></header><div class="entry-content">` + titleBody + `</div></article>`, head},
		{"headline - section - site, the address without the section", "https://www.cbn.example/news/12345",
			`<title>` + head + ` - World - CBN News</title>`,
			`<div id="story">` + titleBody + `</div>`, head},
		{"headline - two words - site kept", "https://www.cbn.example/news/12345",
			`<title>Interview - John Smith - CBN News</title>`,
			`<div id="story">` + titleBody + `</div>`, "Interview - John Smith"},
		{"og:title cut with an ellipsis, no h1, the <title> whole", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Council approves budget for the new…"><title>` + head + ` | Valley Gazette</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"og:title cut with three dots, no h1, the <title> whole", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Council approves budget for the new ..."><title>` + head + ` | Valley Gazette</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"og:title cut with an ellipsis, JSON-LD whole", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Council approves budget for the…"><script type="application/ld+json">{"@type":"NewsArticle","headline":"` + head + `"}</script>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"twitter:title as a share button tweets it", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta name="twitter:title" content="` + head + ` via @valleygazette">`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"sidebar widget title before the post's h2, no title", "https://www.valleygazette.example/politics/council-budget-school",
			``,
			`<div id="left"><h2 class="widget-title">Most read</h2><ul><li><a href="/a">Storm warning for the weekend across the county</a></li></ul></div><div class="post"><h2>` + head + `</h2>` + titleBody + `</div>`, head},
		{"a column of links under an h2 before the post's h2, title only the site", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>Valley Gazette</title>`,
			`<table><tr><td><h2>Latest headlines</h2><a href="/a">Storm warning for the weekend</a><br><a href="/b">Local team wins</a><br><a href="/c">Road closed</a></td><td><h2>` + head + `</h2>` + titleBody + `</td></tr></table>`, head},
		{"breadcrumb title, »", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>Home &raquo; Politics &raquo; ` + head + `</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"breadcrumb title, >", "https://www.valleygazette.example/article/1234",
			`<title>Home &gt; Local Politics &gt; ` + head + `</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"og:title section | headline, the section the address's folder", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Politics | ` + head + `">`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"site: section: headline", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>Valley Gazette: Politics: ` + head + `</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"h1 the site's name with a tagline, h2 the post", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | Valley Gazette</title>`,
			`<header><h1 class="site-title">Valley Gazette <small>Local news</small></h1></header><div class="post"><h2 class="post-title">` + head + `</h2>` + titleBody + `</div>`, head},
		{"a theme's block named site: site__title in the article", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>Valley Gazette</title>`,
			`<article><header class="site__header"><h1 class="site__title">` + head + `</h1></header>` + titleBody + `</article>`, head},
		{"section | headline - The Site, the host without 'The'", "https://www.valleygazette.example/2024/05/01/opinion/council-budget.html",
			`<title>Opinion | ` + head + ` - The Valley Gazette</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"headline - Breaking News | site", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` - Breaking News | Valley Gazette</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"headline - Local News - site, the address without the section", "https://www.valleygazette.example/article/1234",
			`<title>` + head + ` - Local News - Valley Gazette</title>`,
			`<div class="story">` + titleBody + `</div>`, head},
		{"h1 with a date in an element of its own", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | Valley Gazette</title>`,
			`<article><h1>` + head + ` <span class="date">May 3, 2025</span></h1>` + titleBody + `</article>`, head},
		{"h1 with a note for screen readers", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | Valley Gazette</title>`,
			`<article><h1>` + head + `<span class="sr-only"> (opens in a new window)</span></h1>` + titleBody + `</article>`, head},
		{"h1 with a subtitle in small, the stated title without", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="` + head + `">`,
			`<article><h1>` + head + `<br><small>The vote was close</small></h1>` + titleBody + `</article>`, head},
		{"headline - channel - site, Chinese portal", "https://www.jcnews.example.cn/news/2024/05/16/123.html",
			`<title>重庆召开全市经济工作会议 - 新闻频道 - 江城网</title>`,
			`<div>` + zhTitleBody + `</div>`, "重庆召开全市经济工作会议"},
		{"headline_news centre_site, Chinese portal", "https://www.jcnews.example.cn/a/2024/05/16/123.html",
			`<title>重庆召开全市经济工作会议_新闻中心_江城网</title>`,
			`<div>` + zhTitleBody + `</div>`, "重庆召开全市经济工作会议"},
		{"h1 opening with a label element", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>` + head + ` | Valley Gazette</title>`,
			`<article><h1><span class="badge">Live</span> ` + head + `</h1>` + titleBody + `</article>`, head},
		{"h1 opening with a kicker element, og:title without", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="` + head + `">`,
			`<article><h1><span class="label">Exclusive</span> ` + head + `</h1>` + titleBody + `</article>`, head},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}

// A heading set in inline elements, a kicker and the headline with a
// colon for screen readers between them, reads with spaces its stated
// title does not have: the stated title's text is the headline.
func TestTitleSpacedInlineHeading(t *testing.T) {
	for _, tc := range []struct{ name, stated, h1, want string }{
		{"German kicker, hidden colon", "Klimaschutz: Bohren, bis es heiß wird",
			`<span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span>`,
			"Klimaschutz: Bohren, bis es heiß wird"},
		{"English kicker, screen-reader colon", "Analysis: Council approves budget for the new school",
			`<span class="kicker">Analysis</span><span class="sr-only">:</span> <span class="headline">Council approves budget for the new school</span>`,
			"Analysis: Council approves budget for the new school"},
		{"French, number and unit in spans", "Budget : 12 millions pour la nouvelle école",
			`<span>Budget</span> : <span>12 millions</span> pour la nouvelle école`,
			"Budget : 12 millions pour la nouvelle école"},
		// No colon in the heading at all: the kicker and the headline
		// are two elements, the stated title sets a colon after the
		// kicker (tagesschau.de, German and Spanish papers).
		{"German kicker, no colon in the heading", "Interne Unterlagen im Netz: Daten des Stadtwerks gehackt",
			`<span class="seitenkopf__topline">Interne Unterlagen im Netz</span> <span class="seitenkopf__headline--text">Daten des Stadtwerks gehackt</span>`,
			"Interne Unterlagen im Netz: Daten des Stadtwerks gehackt"},
		{"English kicker, no colon in the heading", "Budget: Council approves spending for the new school",
			`<span class="kicker">Budget</span><span class="headline">Council approves spending for the new school</span>`,
			"Budget: Council approves spending for the new school"},
		// Only white space differs: not an apostrophe's typography.
		{"curly apostrophe against a straight one", "Council's budget for the new school approved",
			`<span>Council’s</span> <span>budget for the new school approved</span>`,
			"Council’s budget for the new school approved"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta property="og:title" content="` + tc.stated + `"><title>` + tc.stated + ` | Valley Gazette</title></head><body><article><h1>` + tc.h1 + `</h1>` + titleBody + `</article></body></html>`
			if got, prov := extractTitle(t, page, "https://www.valleygazette.example/politics/council-budget"); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}

// A heading whose stated title is one of its elements, with decoration in
// elements on both sides (a kicker before, hidden punctuation or a badge
// after), gives the stated title; words of the heading's own beside it
// keep the heading.
func TestTitleStatedElementInHeading(t *testing.T) {
	for _, tc := range []struct{ name, stated, h1, want string }{
		{"German pretitle and hidden full stop", "Wie CreativeCommons richtig genutzt wird",
			`<span class="pretitle">KNOWHOW</span> <span class="title"><span itemprop="headline">Wie CreativeCommons richtig genutzt wird</span><span class="hide">.</span></span>`,
			"Wie CreativeCommons richtig genutzt wird"},
		{"English kicker and a live badge", "Council approves budget for the new school",
			`<span class="kicker">Town hall</span><span class="headline">Council approves budget for the new school</span><span class="badge">Live</span>`,
			"Council approves budget for the new school"},
		{"words of its own around a bold part", "Council approves budget",
			`Analysis: <b>Council approves budget</b> for the school`,
			"Analysis: Council approves budget for the school"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta property="og:title" content="` + tc.stated + `"><title>` + tc.stated + ` - Valley Gazette</title></head><body><article><h1>` + tc.h1 + `</h1>` + titleBody + `</article></body></html>`
			if got, prov := extractTitle(t, page, "https://www.valleygazette.example/politics/council-budget"); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
