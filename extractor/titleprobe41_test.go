package extractor

import "testing"

// An older template's masthead says what its every page's <title> says,
// the site's name and its tagline ("Valley Gazette - News from the
// valley"): an <h1> or a text logo that links home, or a logo's image,
// beside the tagline in the page's top block. The story's headline is
// then no heading at all but a block whose class names one ("<div
// class=article-title>", "<span class=headline>", "<td
// class=newstitle>"), which the story follows: it is the title, never the
// tagline the <title> keeps once the name is cut, nor the masthead.
func TestTitleProbe41ClassedUnderMasthead(t *testing.T) {
	h, tb := probe33Head, titleBody
	o := "https://www.vgz.example/news/2004/05/16/story123.html"
	g := "https://www.valleygazette.example/news/2004/05/16/story123.html"
	q := "https://www.vgz.example/news.php?id=4711"
	s := "https://www.vgz.example/2004/05/council-approves-budget/"
	mh := `<div id="header"><h1><a href="/">Valley Gazette</a></h1><p class="tagline">News from the valley</p></div>`
	mhp := `<div id="header"><h1>Valley Gazette</h1><p>News from the valley</p></div>`
	tl := `<div id="header"><div class="logo"><a href="/">Valley Gazette</a></div><div class="slogan">News from the valley</div></div>`
	img := `<div id="header"><a href="/"><img alt="Valley Gazette" src="/l.gif"></a><span>News from the valley</span></div>`
	st := `<title>Valley Gazette - News from the valley</title>`
	ts := `<title>News from the valley | Valley Gazette</title>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"S - T, h1 home, div.article-title", o, st, mh + `<div class="content"><div class="article-title">` + h + `</div>` + tb + `</div>`, h},
		{"S - T, h1 home, div.article-title, host spells", g, st, mh + `<div class="content"><div class="article-title">` + h + `</div>` + tb + `</div>`, h},
		{"S - T, h1 home, div.article-title, query", q, st, mh + `<div class="content"><div class="article-title">` + h + `</div>` + tb + `</div>`, h},
		{"S - T, h1 home, div.article-title, slug", s, st, mh + `<div class="content"><div class="article-title">` + h + `</div>` + tb + `</div>`, h},
		{"T | S, h1 home, span.headline", o, ts, mh + `<div class="content"><span class="headline">` + h + `</span>` + tb + `</div>`, h},
		{"S - T, plain h1, td.newstitle", o, st, mhp + `<table><tr><td class="newstitle">` + h + `</td></tr><tr><td>` + tb + `</td></tr></table>`, h},
		{"S - T, text logo, div.post-headline", o, st, tl + `<div class="content"><div class="post-headline">` + h + `</div>` + tb + `</div>`, h},
		{"T | S, text logo, p.title", q, ts, tl + `<div class="content"><p class="title">` + h + `</p>` + tb + `</div>`, h},
		{"S - T, text logo, strong.news-title", q, st, tl + `<div class="content"><strong class="news-title">` + h + `</strong>` + tb + `</div>`, h},
		{"S - T, logo image, div.headline", o, st, img + `<div class="content"><div class="headline">` + h + `</div>` + tb + `</div>`, h},
		{"T | S, h1 home, sidebar first, div.article_title", o, ts, mh + `<div class="side"><h3>Latest news</h3>` + probe33List + `</div><div class="content"><div class="article_title">` + h + `</div>` + tb + `</div>`, h},
		// The <title> that names the story stays its title.
		{"S - H, h1 home, div.article-title", o, `<title>Valley Gazette - ` + h + `</title>`, mh + `<div class="content"><div class="article-title">` + h + `</div>` + tb + `</div>`, h},
		{"H | S, text logo, div.headline", o, `<title>` + h + ` | Valley Gazette</title>`, tl + `<div class="content"><div class="headline">` + h + `</div>` + tb + `</div>`, h},
		// A headline's deck under an <h1> it heads is no tagline.
		{"H - deck, h1 and deck, div.title teaser", o, `<title>Budget approved - The school will open next year</title>`, `<div class="top"><h1>Budget approved</h1><p>The school will open next year</p></div>` + tb + `<div class="more"><div class="title">Storm warning for the weekend</div><p>Short teaser.</p></div>`, "Budget approved"},
	})
}

// A box's label set in a block classed as a headline ("<div
// class=title>Most read this week</div>") over a list of other stories'
// links is no headline: the story follows a later such block, not it.
func TestTitleProbe41ClassedBoxLabel(t *testing.T) {
	h, tb, list := probe33Head, titleBody, probe33List
	o := "https://www.vgz.example/news/2004/05/16/story123.html"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"S - T, h1 home, box label, story title", o, `<title>Valley Gazette - News from the valley</title>`, `<div id="header"><h1><a href="/">Valley Gazette</a></h1><p>News from the valley</p></div><div class="left"><div class="title">Most read this week</div>` + list + `</div><div class="main"><div class="title">` + h + `</div>` + tb + `</div>`, h},
		{"T | S, logo, box label, story headline", o, `<title>News from the valley | Valley Gazette</title>`, `<div id="header"><a href="/"><img alt="Valley Gazette" src="/l.gif"></a><span>News from the valley</span></div><div class="col"><span class="headline">Latest stories</span>` + list + `</div><div class="col"><span class="headline">` + h + `</span>` + tb + `</div>`, h},
		// A headline over its story's links and text stays.
		{"story title over its tags and text", o, `<title>Valley Gazette - News from the valley</title>`, `<div id="header"><h1><a href="/">Valley Gazette</a></h1><p>News from the valley</p></div><div class="main"><div class="title">` + h + `</div><div class="tags"><a href="/t/a">Local</a> <a href="/t/b">Schools</a> <a href="/t/c">Budget</a></div>` + tb + `</div>`, h},
	})
}

// WordPress's own separator before the site's name, "Headline ‹ Site —
// WordPress" (its admin_title, which some themes copy), goes as " | "
// does.
func TestTitleProbe41LeftAngleQuote(t *testing.T) {
	h, tb := probe33Head, titleBody
	g := "https://www.valleygazette.example/news/2004/05/16/story123.html"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"H ‹ S", g, `<title>` + h + ` ‹ Valley Gazette</title>`, tb, h},
		{"H ‹ S — WordPress", g, `<title>` + h + ` ‹ Valley Gazette — WordPress</title>`, tb, h},
		{"a quote mark in a word stays", g, `<title>Council says ‹no› to the new school budget</title>`, tb, "Council says ‹no› to the new school budget"},
	})
}

// A masthead set as a block classed "title" that links home ("<div
// class=title><a href=/>Valley Gazette</a></div>") names the site as a
// masthead <h1> does: a <title> that says the name and no more is no
// headline where a block classed as a post's title has the story after
// it. A template that titles every page with its tagline alone, beside
// the name in the masthead, says no headline either.
func TestTitleProbe41MastheadNameTitle(t *testing.T) {
	h, tb := probe33Head, titleBody
	o := "https://www.vgz.example/news/2004/05/16/story123.html"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"S, div.title home, div.post-title", o, `<title>Valley Gazette</title>`, `<div class="title"><a href="/">Valley Gazette</a></div><div class="post-title">` + h + `</div>` + tb, h},
		{"S, span.title home, h2", o, `<title>Valley Gazette</title>`, `<div id="top"><span class="title"><a href="/">Valley Gazette</a></span></div><div class="post"><h2>` + h + `</h2>` + tb + `</div>`, h},
		{"T, text logo, h2", o, `<title>News from the valley</title>`, `<div id="header"><a href="/" class="logo">Valley Gazette</a><span class="slogan">News from the valley</span></div><h2>` + h + `</h2>` + tb, h},
		{"T, h1 home, div.title", o, `<title>News from the valley</title>`, `<div id="header"><h1><a href="/">Valley Gazette</a></h1><p>News from the valley</p></div><div class="content"><div class="title">` + h + `</div>` + tb + `</div>`, h},
		{"T, plain h1, div.title", o, `<title>News from the valley</title>`, `<div id="header"><h1>Valley Gazette</h1><p>News from the valley</p></div><div class="content"><div class="title">` + h + `</div>` + tb + `</div>`, h},
		// A tagline shorter than the name.
		{"T short, plain h1, div.title", o, `<title>Since 1887</title>`, `<div id="header"><h1>Valley Gazette and Courier</h1><p>Since 1887</p></div><div class="content"><div class="title">` + h + `</div>` + tb + `</div>`, h},
		// A <title> that names the story stays.
		{"H, div.title home, div.post-title", o, `<title>` + h + `</title>`, `<div class="title"><a href="/">Valley Gazette</a></div><div class="post-title">` + h + `</div>` + tb, h},
	})
}

// An older template's masthead <h1>, alone in its block or beside a short
// tagline ("<div id=header><h1>Valley Gazette</h1><p>News from the
// valley</p></div>"), then the story with no heading of its own: the
// <h1> is the name the <title> sets apart at its end or its start, on a
// host that does not spell it, and the <title>'s headline is the title.
// An <h1> in a block with the story's text, or longer than the name the
// <title> sets apart, stays a headline.
func TestTitleProbe41MastheadBlock(t *testing.T) {
	h, tb := probe33Head, titleBody
	o := "https://www.vgz.example/news/2004/05/16/story123.html"
	mhp := `<div id="header"><h1>Valley Gazette</h1><p>News from the valley</p></div>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"H | Sec | S", o, `<title>` + h + ` | Local | Valley Gazette</title>`, mhp + `<div id="content">` + tb + `</div>`, h},
		{"H - S, h1 alone in its block", o, `<title>` + h + ` - Valley Gazette</title>`, `<div id="top"><h1>Valley Gazette</h1></div>` + tb, h},
		{"S | Sec | H", o, `<title>Valley Gazette | Local | ` + h + `</title>`, mhp + `<div id="content">` + tb + `</div>`, h},
		{"S :: H, table cell", o, `<title>Valley Gazette :: ` + h + `</title>`, `<table><tr><td><h1>Valley Gazette</h1></td></tr><tr><td>` + tb + `</td></tr></table>`, h},
		// The <h1> that heads its story in one block is the headline.
		{"short h1 with its story", o, `<title>Lots more said about the budget | Budget approved</title>`, `<div class="story"><h1>Budget approved</h1>` + tb + `</div>`, "Budget approved"},
	})
}
