package extractor

import (
	"strings"
	"testing"
)

// A block whose class says the layout has a sidebar ("has-sidebar",
// "with-sidebar", Impreza's "l-section for_sidebar at_right", Genesis's
// "content-sidebar-wrap") holds the article beside its sidebar: its
// headline is no sidebar heading, however much of the page's text the
// comments after it take.
func TestTitleSidebarLayout(t *testing.T) {
	const h = "Harbour authority delays the ferry terminal by two years"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	comments := strings.Repeat(`<div class="comment-body"><p>`+loremTitle+`</p></div>`, 8)
	side := `<h2 class="widget-title">Latest News</h2><ul><li><a href="/a">Storm warning issued for the coast this weekend</a></li><li><a href="/b">Local team wins the regional cup final</a></li></ul>`
	masthead := `<div id="masthead"><a href="/"><img src="/logo.png" alt="Harbour Times"></a><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></div>`
	const u = "https://www.harbourtimes.example/ferry-terminal-delay/"
	for _, tc := range []struct{ name, head, body string }{
		{"impreza for_sidebar, the title the site's name", `<title>Harbour Times</title>`,
			`<header class="l-header">` + masthead + `</header><main id="page-content" class="l-main"><section class="l-section height_auto for_sidebar at_right"><div class="l-section-h"><div class="g-cols"><div class="vc_col-sm-9 l-content"><section class="l-section height_medium"><div class="l-section-h"><h1>` + h + `</h1>` + body + `</div></section></div><div class="vc_col-sm-3 l-sidebar">` + side + `</div></div></div></section></main>` + comments},
		{"impreza for_sidebar, an SEO title", `<title>Ferry terminal delayed | Harbour Times</title>`,
			`<main class="l-main"><section class="l-section for_sidebar at_right"><div class="l-content"><h1>` + h + `</h1>` + body + `</div><div class="l-sidebar">` + side + `</div></section></main>` + comments},
		{"has-sidebar, no main", `<title>Harbour Times</title>`,
			masthead + `<div class="site-content has-sidebar"><div class="content-area"><h1>` + h + `</h1>` + body + `</div><div id="secondary" class="widget-area">` + side + `</div></div><div id="comments">` + comments + `</div>`},
		{"with-sidebar, no main", `<title>Harbour Times</title>`,
			masthead + `<div class="container with-sidebar"><div class="post"><h1>` + h + `</h1>` + body + `</div><div class="widgets">` + side + `</div></div><div id="comments">` + comments + `</div>`},
		{"genesis content-sidebar-wrap", `<title>Harbour Times</title>`,
			masthead + `<div class="site-inner"><div class="content-sidebar-wrap"><div class="content"><div class="entry"><h1>` + h + `</h1>` + body + `</div></div><div class="widget-area">` + side + `</div></div></div><div id="comments">` + comments + `</div>`},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, _ := extractTitle(t, page, u); got != h {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.name, got, h)
		}
	}
}

// A tutorial's <h1> that runs on past the title the page states ("How to …
// (4 Examples)" where the <title> says "How to … | Site"), over a short
// introduction and its table of contents, is the headline, not a box's
// label over a list of links.
func TestTitleRunsOnOverContents(t *testing.T) {
	const want = "How to Read a Ferry Timetable (4 Examples)"
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>How to Read a Ferry Timetable | Harbour Times</title><meta property="og:title" content="How to Read a Ferry Timetable | Harbour Times"></head><body>` +
		`<main class="site-main"><div class="entry"><h1>` + want + `</h1><p>In this guide I show how to read the timetable of a ferry line.</p><p>The guide has these parts:</p>` +
		`<ul><li><a href="#a">Example 1: Weekday Sailings</a></li><li><a href="#b">Example 2: Weekend Sailings</a></li><li><a href="#c">Example 3: Holiday Sailings</a></li><li><a href="#d">Example 4: Night Sailings</a></li></ul>` +
		`<h2 id="a">Example 1: Weekday Sailings</h2>` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div></main></body></html>`
	if got, _ := extractTitle(t, page, "https://www.harbourtimes.example/ferry-timetable/"); got != want {
		t.Errorf("Extract(tutorial).Title = %q, want %q", got, want)
	}
	// A box's label over a list of links stays furniture: "Recent posts"
	// holds no title of the page.
	const h = "Harbour authority delays the ferry terminal by two years"
	page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + h + ` | Harbour Times</title></head><body>` +
		`<div class="col-4"><h1>Recent posts</h1><ul><li><a href="/a">Storm warning issued for the coast</a></li><li><a href="/b">Local team wins the cup</a></li><li><a href="/c">School board meets on Thursday</a></li></ul></div>` +
		`<div class="col-8"><h2>` + h + `</h2>` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div></body></html>`
	if got, _ := extractTitle(t, page, "https://www.harbourtimes.example/ferry-terminal-delay/"); got != h {
		t.Errorf("Extract(recent posts h1).Title = %q, want %q", got, h)
	}
}

// A paywall's "Premium" badge beside the headline, in an element of its
// own, on a page that states no title of its own.
func TestTitlePremiumBadge(t *testing.T) {
	const h = "Harbour authority delays the ferry terminal by two years"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	for _, tc := range []struct{ name, h1, want string }{
		{"badge after", `<h1>` + h + ` <span class="badge premium-badge">Premium</span></h1>`, h},
		{"badge before", `<h1><span class="badge badge-premium">Premium</span> ` + h + `</h1>`, h},
		// A word of the headline is no badge: no class, no capitals.
		{"a headline's word", `<h1>Harbour Times launches <b>Premium</b></h1>`, "Harbour Times launches Premium"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour Times</title></head><body><header><a href="/"><img src="/logo.png" alt="Harbour Times"></a></header><main><article>` + tc.h1 + body + `</article></main></body></html>`
		if got, _ := extractTitle(t, page, "https://www.harbourtimes.example/news/ferry-terminal-delay/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// An older static page's masthead, an <h1> that links nowhere and that
// the <title> repeats as the site's name, reaches as far as the next
// headline candidate: a block classed as a headline ("<p
// class=headline>") after it heads the story, and the <h1> is the
// masthead, not the headline.
func TestTitleMastheadBeforeClassedHeadline(t *testing.T) {
	const h = "Harbour authority delays the ferry terminal by two years"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	for _, tc := range []struct{ name, story string }{
		{"p.headline", `<p class="headline">` + h + `</p>`},
		{"div.story-title", `<div class="story-title">` + h + `</div>`},
		{"span.newsTitle", `<span class="newsTitle">` + h + `</span><br>`},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour Times</title></head><body><div id="top"><h1>Harbour Times</h1></div><div id="story">` + tc.story + body + `</div></body></html>`
		if got, _ := extractTitle(t, page, "http://www.harbourtimes.example/news/story.php?id=881"); got != h {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.name, got, h)
		}
	}
}

// An older CMS titles every story with its front page's "Site - Tagline",
// the site's name as the host spells it: where the page nowhere shows
// the tagline, the story's own headline (a bold line over it in a table
// layout) is the title.
func TestTitleSiteTaglineOverBoldLine(t *testing.T) {
	const h = "Harbour authority delays the ferry terminal by two years"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	page := func(title, story string) string {
		return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body><table width="100%"><tr><td colspan="2"><img src="/masthead.gif" alt="Harbour Times"></td></tr>` +
			`<tr><td width="160" valign="top"><font size="2"><b>Sections</b></font><br><a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/obits">Obituaries</a></td>` +
			`<td valign="top">` + story + `<font size="2">By Jane Doe, Staff Writer</font><br>` + body + `</td></tr></table></body></html>`
	}
	const u = "http://www.harbourtimes.example/news/story.php?id=881"
	if got, _ := extractTitle(t, page("Harbour Times - Your local news", `<font size="5" face="Arial"><b>`+h+`</b></font><br>`), u); got != h {
		t.Errorf("Extract(tagline title).Title = %q, want %q", got, h)
	}
	// What follows the name is on the page: the headline.
	const head = "Ferry terminal delayed until 2028"
	if got, _ := extractTitle(t, page("Harbour Times - "+head, `<font size="5" face="Arial"><b>`+head+`</b></font><br>`), u); got != head {
		t.Errorf("Extract(headline title).Title = %q, want %q", got, head)
	}
}
