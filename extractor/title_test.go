package extractor

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

const titleBody = `<p>` + loremTitle + `</p><p>` + loremTitle + `</p>`

const loremTitle = "The council met on Tuesday evening and voted on the budget for the coming year, after a long debate about the roads, the library and the new school that the town has been promised for a decade."

// extractTitle runs Extract on page and returns the title and its provenance.
func extractTitle(t *testing.T, page, pageURL string) (string, string) {
	t.Helper()
	a, err := Extract([]byte(page), pageURL, Options{})
	if err != nil {
		t.Fatalf("Extract(%s): %v", pageURL, err)
	}
	return a.Title, a.Provenance["title"]
}

// Each source on its own gives the title, with its provenance.
func TestTitleSources(t *testing.T) {
	const want = "Council approves budget for the coming year"
	for _, tc := range []struct {
		name, head, body, prov string
	}{
		{"json-ld headline", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + want + `"}</script>`, "", "json-ld"},
		{"json-ld @graph", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},{"@type":"Article","headline":"` + want + `"}]}</script>`, "", "json-ld"},
		{"json-ld name", `<script type="application/ld+json">{"@type":"BlogPosting","name":"` + want + `"}</script>`, "", "json-ld"},
		{"og:title", `<meta property="og:title" content="` + want + `">`, "", "meta:og"},
		{"twitter:title", `<meta name="twitter:title" content="` + want + `">`, "", "meta:twitter"},
		{"citation_title", `<meta name="citation_title" content="` + want + `">`, "", "meta:name"},
		{"dc.title", `<meta name="DC.title" content="` + want + `">`, "", "meta:dc"},
		{"parsely-title", `<meta name="parsely-title" content="` + want + `">`, "", "meta:parsely"},
		{"sailthru.title", `<meta name="sailthru.title" content="` + want + `">`, "", "meta:sailthru"},
		{"microdata", "", `<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">` + want + `</span></div>`, "microdata"},
		{"title tag", `<title>` + want + `</title>`, "", "title-tag"},
		{"h1", "", `<h1>` + want + `</h1>`, "h1"},
		{"headline class", "", `<div class="story-headline">` + want + `</div>`, "heading"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + titleBody + `</body></html>`
			got, prov := extractTitle(t, page, "https://gazette.example/2025/budget")
			if got != want || prov != tc.prov {
				t.Errorf("Extract(%s).Title = %q (%s), want %q (%s)", tc.name, got, prov, want, tc.prov)
			}
		})
	}
}

// A page with no structured data and no <h1> takes the <title> without
// the site's name, section and decorations, wherever they are.
func TestTitleFromTitleTag(t *testing.T) {
	for _, tc := range []struct{ title, url, nav, want string }{
		{"Trend News : Azerbaijan and Georgia sign a gas deal", "https://en.trend.az/business/1", "", "Azerbaijan and Georgia sign a gas deal"},
		{"Flooding closes the coast road - World - CBN News", "https://www2.cbn.com/news/world/flooding", `<nav><a href="/world">World</a><a href="/us">US</a></nav>`, "Flooding closes the coast road"},
		{"Mill to reopen after fire (from The Bolton News)", "https://www.theboltonnews.co.uk/news/1/", "", "Mill to reopen after fire"},
		{"China and Chile sign a trade pact_English", "http://english.news.example.cn/2005/pact.htm", "", "China and Chile sign a trade pact"},
		{"GAME CHANGER | Newegg.com", "https://promotions.newegg.com/zotac/index.html", "", "GAME CHANGER"},
		{"Council approves budget | Politics | The Gazette", "https://thegazette.example/politics/budget", `<nav><a href="/politics">Politics</a></nav>`, "Council approves budget"},
		// A section's or a forum category's name of a few words
		// between the headline and the site's.
		{"Council approves budget for the new school - Local politics - Valley Forum", "https://forum.example.org/t/council-approves-budget/1234", "", "Council approves budget for the new school"},
		{"Council approves budget for the new school - Arts & Culture - Valley Gazette", "https://www.valleygazette.example/2024/05/01/1234", "", "Council approves budget for the new school"},
		{"Council approves budget - Part Two - Valley Gazette", "https://www.valleygazette.example/2024/05/01/1234", "", "Council approves budget - Part Two"},
		// A news section's name in the site's place, in a language
		// that puts the word for news last.
		{"Meclis yeni okulun bütçesini onayladı - Son Dakika Haberleri", "https://www.haber.example.com.tr/gundem/meclis-123", "", "Meclis yeni okulun bütçesini onayladı"},
		{"Meclis yeni okulun bütçesini onayladı - Son Dakika Haberler - Gazete", "https://www.gazete.example.com.tr/gundem/meclis-123", "", "Meclis yeni okulun bütçesini onayladı"},
		// Hashtags a social editor adds.
		{"Council approves budget for the new school #news #valley", "https://www.valleygazette.example/news/1234", "", "Council approves budget for the new school"},
		{"Why everyone is talking about #MeToo", "https://www.valleygazette.example/news/1234", "", "Why everyone is talking about #MeToo"},
		// A news section after the name that opens the title.
		{"The Hindu : Front Page : Council approves budget for the school", "http://www.hindu.example/2006/01/05/stories/2006010501.htm", "", "Council approves budget for the school"},
		{"The Hindu : National : Council approves budget for the school", "http://www.hindu.example/2006/01/05/stories/2006010502.htm", "", "Council approves budget for the school"},
		// Indonesian portals: the page, or all of it, as a segment or
		// after a space.
		{"Dewan Setujui Anggaran Sekolah Baru Halaman all - Kompas.com", "https://regional.kompas.com/read/2024/05/01/123/dewan", "", "Dewan Setujui Anggaran Sekolah Baru"},
		{"Dewan Setujui Anggaran Sekolah Baru - Halaman all - Tribunnews.com", "https://www.tribunnews.com/regional/2024/05/01/dewan", "", "Dewan Setujui Anggaran Sekolah Baru"},
	} {
		page := `<html><head><title>` + tc.title + `</title></head><body>` + tc.nav + titleBody + `</body></html>`
		if got, prov := extractTitle(t, page, tc.url); got != tc.want || prov != "title-tag" {
			t.Errorf("Extract(%s).Title = %q (%s), want %q from the <title>", tc.url, got, prov, tc.want)
		}
	}
}

// A sidebar's heading ("Most read") and its teasers are never the title,
// even where the page has no <h1> and no structured data.
func TestTitleNotSidebar(t *testing.T) {
	page := `<html><head><title>Council approves budget | The Gazette</title></head><body>
<aside class="sidebar"><h2 class="widget-title">Most read</h2>
<ul><li><h2 class="headline"><a href="/a">Storm warning for the weekend across the county</a></h2></li>
<li><h2 class="headline"><a href="/b">Local team wins the cup after extra time</a></h2></li></ul></aside>
<div class="content">` + titleBody + `</div></body></html>`
	if got, _ := extractTitle(t, page, "https://gazette.example/budget"); got != "Council approves budget" {
		t.Errorf("Extract(sidebar page).Title = %q, want %q", got, "Council approves budget")
	}
}

// A masthead <h1> holding the site's name loses to the article's headline.
func TestTitleNotMasthead(t *testing.T) {
	page := `<html><head><meta property="og:site_name" content="Daily Bugle">
<title>Hero seen swinging downtown - Daily Bugle</title></head><body>
<header><h1><a href="/">Daily Bugle</a></h1><nav><a href="/city">City</a><a href="/sport">Sport</a></nav></header>
<article><h2 class="entry-title">Hero seen swinging downtown</h2>` + titleBody + `</article></body></html>`
	got, _ := extractTitle(t, page, "https://bugle.example/city/hero")
	if got != "Hero seen swinging downtown" {
		t.Errorf("Extract(masthead page).Title = %q, want %q", got, "Hero seen swinging downtown")
	}
}

// The visible headline beats an SEO title that rewords it; a heading that
// shares hardly a word with the stated titles (a blog's name) does not.
func TestTitleHeadlineAgainstSEOTitle(t *testing.T) {
	seo := `<meta property="og:title" content="Budget 2025: council votes yes"><title>Budget 2025: council votes yes | Gazette</title>`
	page := `<html><head>` + seo + `</head><body><article><h1>Council approves the budget for 2025 after long debate</h1>` + titleBody + `</article></body></html>`
	if got, _ := extractTitle(t, page, "https://gazette.example/budget"); got != "Council approves the budget for 2025 after long debate" {
		t.Errorf("Extract(reworded).Title = %q, want the <h1>", got)
	}
	page = `<html><head>` + seo + `</head><body><h1>Notes from a small town</h1><article>` + titleBody + `</article></body></html>`
	if got, _ := extractTitle(t, page, "https://gazette.example/budget"); got != "Budget 2025: council votes yes" {
		t.Errorf("Extract(blog name h1).Title = %q, want the og:title", got)
	}
}

// candidatesOf gathers the title candidates of page.
func candidatesOf(t *testing.T, page, pageURL, siteName string) []titleCand {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(pageURL)
	m := collectMeta(doc, nil, false)
	return titleCandidates(m, doc, newTitleContext(m, doc, siteName, u, &navSet{doc: doc}))
}

func findCand(cands []titleCand, src titleSource, text string) *titleCand {
	for i := range cands {
		if cands[i].src == src && cands[i].text == text {
			return &cands[i]
		}
	}
	return nil
}

// Each feature of a candidate, read from a page that has it.
func TestTitleFeatures(t *testing.T) {
	page := `<html><head>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget"}</script>
<meta property="og:title" content="Council approves budget">
<title>Council approves budget | Gazette</title></head><body>
<header class="site-header"><h1><a href="/">Gazette</a></h1><a href="/news">News</a></header>
<nav><h2 class="menu-title">Sections</h2></nav>
<main><article><header><h1>Council approves budget</h1></header>` + titleBody + `
<h2 class="post-title"><a href="/other">Another story entirely about the weather</a></h2></article></main>
<aside><h3 class="title">Most read</h3></aside>` + strings.Repeat(titleBody, 2) + `
<footer><h2 class="footer-title">Contact the newsroom today</h2></footer></body></html>`
	cands := candidatesOf(t, page, "https://gazette.example/budget", "Gazette")

	head := findCand(cands, srcH1, "Council approves budget")
	if head == nil {
		t.Fatalf("no <h1> candidate for the headline in %+v", cands)
	}
	if head.furniture || !head.inArticle || head.inLink || head.rank != 0 || head.agreeMeta != 3 || !head.inTitleTag || !head.plausible || head.siteName {
		t.Errorf("headline features = %+v, want in article, not furniture, rank 0, 3 stated titles agreeing, in the <title>", *head)
	}
	if head.at <= 0 || head.at >= 0.5 {
		t.Errorf("headline at = %.2f, want near the top", head.at)
	}
	if og := findCand(cands, srcOG, "Council approves budget"); og == nil || !og.agreeVisible || og.agreeMeta != 2 {
		t.Errorf("og:title candidate = %+v, want agreeVisible and 2 other stated titles", og)
	}
	if tag := findCand(cands, srcTitleTag, "Council approves budget"); tag == nil || len(tag.suffix) != 1 || tag.suffix[0] != "Gazette" {
		t.Errorf("<title> candidate = %+v, want the site name cut as its suffix", tag)
	}
	if mast := findCand(cands, srcH1, "Gazette"); mast == nil || !mast.furniture || !mast.siteName || mast.rank != -1 {
		t.Errorf("masthead <h1> = %+v, want furniture and the site name", mast)
	}
	if nav := findCand(cands, srcHeading, "Sections"); nav == nil || !nav.furniture || nav.plausible {
		t.Errorf("menu heading = %+v, want furniture, implausible", nav)
	}
	if teaser := findCand(cands, srcHeading, "Another story entirely about the weather"); teaser == nil || !teaser.inLink || teaser.overlapMeta >= 0.3 {
		t.Errorf("teaser = %+v, want a link sharing few words with the stated titles", teaser)
	}
	if side := findCand(cands, srcHeading, "Most read"); side == nil || !side.furniture {
		t.Errorf("sidebar heading = %+v, want furniture", side)
	}
	if foot := findCand(cands, srcHeading, "Contact the newsroom today"); foot == nil || !foot.furniture || foot.at < 0.5 {
		t.Errorf("footer heading = %+v, want furniture in the second half of the text", foot)
	}
	if c := cands[chooseTitle(cands)]; c.text != "Council approves budget" {
		t.Errorf("chooseTitle = %+v, want the headline", c)
	}
}

// A short heading against a longer stated title is flagged; so is a
// site name put in og:site_name with the page's title ("… | Clay").
func TestTitleShortAndSiteNameWithSeparators(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Advent of Code 2025 week two notes"></head><body><h1>Day 7</h1>` + titleBody + `</body></html>`
	cands := candidatesOf(t, page, "https://blog.example/aoc", "")
	if h := findCand(cands, srcH1, "Day 7"); h == nil || !h.short {
		t.Errorf("<h1> Day 7 = %+v, want short", h)
	}
	page = `<html><head><meta property="og:title" content="How to Design a Website: a Complete Guide"></head><body><h1>How to Design a Website: a Complete Guide</h1>` + titleBody + `</body></html>`
	cands = candidatesOf(t, page, "https://clay.example/guide", "How to Design a Website: a Complete Guide | Clay")
	if h := findCand(cands, srcH1, "How to Design a Website: a Complete Guide"); h == nil || h.siteName {
		t.Errorf("<h1> = %+v, want it not taken for the site name", h)
	}
}

// A JSON-LD headline cut at 110 characters gives way to a candidate that
// goes on from it.
func TestTitleTruncatedJSONLD(t *testing.T) {
	full := "A very long headline about the council budget vote that goes on and on past the limit search engines set for headlines in data"
	cut := full[:110]
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"` + cut + `"}</script><meta property="og:title" content="` + full + `"></head><body>` + titleBody + `</body></html>`
	if got, _ := extractTitle(t, page, "https://gazette.example/long"); got != full {
		t.Errorf("Extract(truncated).Title = %q, want %q", got, full)
	}
}

// A heading with "?" where the stated title has characters the page lost
// to its encoding takes the stated title's characters.
func TestTitleLostCharacters(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Event Planning – Beginner’s Guide"></head><body><h1>Event Planning ? Beginner?s Guide</h1>` + titleBody + `</body></html>`
	if got, _ := extractTitle(t, page, "https://example.com/blog/events"); got != "Event Planning – Beginner’s Guide" {
		t.Errorf("Extract(lost characters).Title = %q, want the og:title's characters", got)
	}
}

// A headline that ends in a question mark keeps it: the "?" is not a
// character lost to the encoding that a <title> without it would restore.
func TestTitleQuestionMarkKept(t *testing.T) {
	const want = "Cloud Computing Innovations: What's Next in 2025?"
	page := `<html><head><title>Cloud Computing Innovations: What's Next in 2025</title></head><body><h1>` + want + `</h1>` + titleBody + `</body></html>`
	if got, _ := extractTitle(t, page, "https://example.com/blog/cloud-2025"); got != want {
		t.Errorf("Extract(question).Title = %q, want %q", got, want)
	}
	if lostChars("Event Planning ? Beginner?s Guide?", "Event Planning – Beginner’s Guide?") != true {
		t.Errorf("lostChars with a closing question mark = false, want true")
	}
}

// The <h1> stays a candidate on a page whose menus and teasers hold more
// elements with "title" in their class than the candidates of one source
// are bounded to.
func TestTitleHeadingAfterManyTeasers(t *testing.T) {
	const want = "Council approves the budget for the coming year"
	var teasers strings.Builder
	for i := range maxVisibleTitles + 5 {
		fmt.Fprintf(&teasers, `<div class="card"><a href="/story/%d"><span class="card-title">Another story number %d</span></a></div>`, i, i)
	}
	page := `<html><head><meta property="og:title" content="Council approves the budget"></head><body><div class="menu">` + teasers.String() +
		`</div><article><h1>` + want + `</h1>` + strings.Repeat(titleBody, 6) + `</article></body></html>`
	if got, _ := extractTitle(t, page, "https://example.com/news/budget"); got != want {
		t.Errorf("Extract(many teasers).Title = %q, want %q", got, want)
	}
}

// A heading that holds only a date (a post's dateline marked up as a
// title) is not the headline, even where it is the only heading.
func TestTitleNotADateline(t *testing.T) {
	const want = "Stuff The Internet Says On Scalability For October 26, 2012"
	page := `<html><body><div class="post"><div class="title">Friday, October 26, 2012 at 9:15AM</div>
<h2 class="title">` + want + `</h2>` + titleBody + `</div></body></html>`
	if got, _ := extractTitle(t, page, "https://blog.example/blog/2012/10/26/stuff.html"); got != want {
		t.Errorf("Extract(dateline heading).Title = %q, want %q", got, want)
	}
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"Friday, October 26, 2012 at 9:15AM", true},
		{"26.10.2012", true},
		{"Storm on 26 October 2012", false},
		{"Stuff The Internet Says On Scalability For October 26, 2012", false},
	} {
		if got := onlyDate(c.t); got != c.want {
			t.Errorf("onlyDate(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

// An OpenGraph block whose og:url is the site's front page describes the
// front page: on a post deeper in the site its og:title is the blog's
// tagline, not the post's title.
func TestTitleOpenGraphOfTheFrontPage(t *testing.T) {
	const want = "Unexpected (and expected): Redskins throwbacks win the day"
	head := `<meta property="og:title" content="Official Blog of the Football League"><meta property="og:url" content="http://blogs.football.example/">
<meta property="og:site_name" content="Football.example"><title>` + want + ` - Football.example</title>`
	page := `<html><head>` + head + `</head><body>` + titleBody + `</body></html>`
	if got, _ := extractTitle(t, page, "http://blogs.football.example/2012/11/05/unexpected-throwbacks/"); got != want {
		t.Errorf("Extract(front page og).Title = %q, want %q", got, want)
	}
	// On the front page itself, og:title is the page's title.
	if got, _ := extractTitle(t, page, "http://blogs.football.example/"); got != "Official Blog of the Football League" {
		t.Errorf("Extract(front page).Title = %q, want the og:title", got)
	}
	for _, c := range []struct {
		og, page string
		want     bool
	}{
		{"http://blogs.football.example/", "http://blogs.football.example/2012/11/05/post/", true},
		{"https://www.football.example", "https://football.example/news/post", true},
		{"http://blogs.football.example/2012/11/05/post/", "http://blogs.football.example/2012/11/05/post/", false},
		{"http://other.example/", "http://blogs.football.example/2012/11/05/post/", false},
		{"/", "http://blogs.football.example/2012/11/05/post/", false},
	} {
		p, _ := url.Parse(c.page)
		doc, _ := html.Parse(strings.NewReader(`<html><head><meta property="og:url" content="` + c.og + `"></head></html>`))
		m := collectMeta(doc, nil, false)
		if got := ogAboutFrontPage(m, p); got != c.want {
			t.Errorf("ogAboutFrontPage(%s on %s) = %v, want %v", c.og, c.page, got, c.want)
		}
	}
}

// A page header that wraps both the site's menus and the article's own
// header is not a masthead: its <h1> is the headline. One whose text
// outside its menus is a link home still is.
func TestTitleHeaderAroundMenusAndHeadline(t *testing.T) {
	const want = "Social Media Marketing Certifications and Certificates"
	var menu strings.Builder
	for i := range 30 {
		fmt.Fprintf(&menu, `<a href="/topic/%d">Topic number %d</a>`, i, i)
	}
	page := `<html><head><title>Which Social Media Marketing Certification is Best?</title></head><body>
<header class="page-masthead"><nav class="site-nav">` + menu.String() + `</nav>
<div class="article-header"><h1>` + want + `</h1><p>Learn which certificates employers ask for.</p></div></header>
<div class="content">` + titleBody + `</div></body></html>`
	if got, _ := extractTitle(t, page, "https://school.example/learn/social-media/certificates"); got != want {
		t.Errorf("Extract(header around menus).Title = %q, want %q", got, want)
	}
	page = `<html><head><title>Council approves the budget</title></head><body>
<header class="page-masthead"><nav class="site-nav">` + menu.String() + `</nav>
<h1><a href="/">The Valley Gazette, news since 1901</a></h1></header>
<div class="content">` + titleBody + `</div></body></html>`
	if got, _ := extractTitle(t, page, "https://valley.example/news/budget"); got != "Council approves the budget" {
		t.Errorf("Extract(masthead).Title = %q, want %q", got, "Council approves the budget")
	}
}

// A segment that starts with the site's name and goes on after a colon is
// a headline with the site's name as its label, not the site's name.
func TestSiteLikeColon(t *testing.T) {
	for _, c := range []struct {
		seg  string
		want bool
	}{
		{"Churumuri", true},
		{"Churumuri Blog", true},
		{"Churumuri poll: Has India lost its moral compass?", false},
	} {
		if got := siteLike(c.seg, "Churumuri", ""); got != c.want {
			t.Errorf("siteLike(%q, Churumuri) = %v, want %v", c.seg, got, c.want)
		}
	}
	page := `<html><head><meta property="og:site_name" content="Churumuri"><title>Churumuri poll: Has India lost its moral compass? | Churumuri</title></head><body>` + titleBody + `</body></html>`
	if got, _ := extractTitle(t, page, "https://churumuri.example/2012/10/23/poll/"); got != "Churumuri poll: Has India lost its moral compass?" {
		t.Errorf("Extract(site's name as label).Title = %q, want the headline", got)
	}
}

// A title-classed element that holds one letter or digit is a placeholder
// or a drop cap, not a headline: with nothing else, the page has no title.
// One CJK character or Hangul syllable is a word and may be one, and a
// letter with its symbols or sign is a name ("C++", "C#", "1%").
func TestTitleSingleMark(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"a letter", `<h3 class="title">T</h3>`, ""},
		{"a digit and a dot", `<h1>1.</h1>` + titleBody, ""},
		{"a stated letter", `<meta property="og:title" content="A">` + titleBody, ""},
		{"a CJK character", `<h1 class="title">雪</h1>` + titleBody, "雪"},
		{"a Hangul syllable", `<h1 class="title">봄</h1>` + titleBody, "봄"},
		{"a letter and its symbols", `<h1>C++</h1>` + titleBody, "C++"},
		{"a letter and its sign", `<h1>C#</h1>` + titleBody, "C#"},
		{"a digit and its sign", `<h1 class="title">1%</h1>` + titleBody, "1%"},
	} {
		page := `<html><head></head><body>` + tc.body + `</body></html>`
		if strings.Contains(tc.body, "<meta") {
			page = `<html><head>` + tc.body[:strings.Index(tc.body, ">")+1] + `</head><body>` + titleBody + `</body></html>`
		}
		if got, _ := extractTitle(t, page, "https://example.org/story"); got != tc.want {
			t.Errorf("%s: title %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A post title with its date in an element at its start ("<h2
// class="entry-title"><time>May 16</time>Headline</h2>", a blog template's
// dated heading) says the title the page states: the stated title has a
// visible heading on its side, and a later <h1> in the text (a section of
// the post) does not outrank it.
func TestTitleHeadingWithDateElement(t *testing.T) {
	const head = "Council approves the budget for the new school"
	page := `<html><head><title>Valley Gazette - News from the valley for the valley</title>
<meta property="og:title" content="` + head + ` "><meta name="twitter:title" content="` + head + `">
<script type="application/ld+json">{"@type":"BlogPosting","headline":"` + head + `"}</script></head><body>
<h1>When, if not now...</h1>
<article><h2 class="entry-title"><time datetime="2024-05-16">May 16 </time>` + head + `</h2>
<p>` + loremTitle + `</p><h1>"Downtown" school</h1><p>` + loremTitle + `</p><p>` + loremTitle + `</p><p>` + loremTitle + `</p></article></body></html>`
	if got, _ := extractTitle(t, page, "https://www.valleygazette.example/2024/5/16/council-budget"); got != head {
		t.Errorf("title %q, want %q", got, head)
	}
}

// A <title> whose two segments are both headings of the page ("Headline -
// The Weekly 52/2018" under a foot box headed by the issue's name): the
// segment the structured data states is the headline, and the other is
// no reason to take the headline for the site's name.
func TestTitleSegmentStatedByStructuredData(t *testing.T) {
	page := `<html><head><title>A nightmare - The Weekly 52/2018</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"A nightmare"}</script></head><body>
<article><p>` + loremTitle + `</p><p>` + loremTitle + `</p><p>` + loremTitle + `</p></article>
<aside><h2>The Weekly 52/2018</h2><p>Read the whole issue.</p></aside></body></html>`
	if got, _ := extractTitle(t, page, "https://www.weekly.example/print/d-161500790.html"); got != "A nightmare" {
		t.Errorf("title %q, want %q", got, "A nightmare")
	}
}

// A heading that wraps its text in one element, with a label for screen
// readers at its start ("<h1><div><span class="visually-hidden">Headline:
// </span> Title</div></h1>"), or a forum thread's prefix in its link: the
// title is the text the page states without them.
func TestTitleEdgeElementsInAWrapper(t *testing.T) {
	const head = "Council approves the budget for the new school"
	for _, tc := range []struct{ name, h1 string }{
		{"a hidden label in a div", `<h1 class="document-title"><div class="document-title__headline"><span class="visually-hidden">Headline:</span> ` + head + `</div></h1>`},
		{"a prefix in the link", `<h1><a href="/threads/council-budget.3976/"><span class="label">Town Hall</span><span>&nbsp;</span>` + head + `</a></h1>`},
	} {
		page := `<html><head><title>` + head + ` | Valley Gazette</title><meta property="og:title" content="` + head + `"></head><body>` +
			tc.h1 + `<p>` + loremTitle + `</p><p>` + loremTitle + `</p></body></html>`
		if got, _ := extractTitle(t, page, "https://www.valleygazette.example/threads/council-budget.3976/"); got != head {
			t.Errorf("%s: title %q, want %q", tc.name, got, head)
		}
	}
}

// A stated title cut at a double quote that the page did not escape in a
// <meta> attribute is the title that goes on from it with the quotation.
func TestTitleCutAtAnUnescapedQuote(t *testing.T) {
	const want = `Senator calls the plan for the new school "unfit"`
	page := `<html><head><title>` + want + `</title><meta property="og:title" content="` + want + `" /></head><body>
<p>` + loremTitle + `</p><p>` + loremTitle + `</p></body></html>`
	if got, _ := extractTitle(t, page, "https://www.valleygazette.example/news/senator-unfit"); got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// firstField and twoFields read what strings.Fields would cut, without
// cutting: on every kind of space, none, and bytes that are no UTF-8.
func TestFirstFieldTwoFields(t *testing.T) {
	for _, s := range []string{"", " ", "  \t\n", "one", " one ", "one two", "\u00a0one\u3000two\u2003", "one\u00a0", "a\xffb c", "\xff \xfe",
		"Dec 18 2025 Preparing", "\u0085x\u0085", "x\u200by"} {
		f := strings.Fields(s)
		want := ""
		if len(f) > 0 {
			want = f[0]
		}
		if got := firstField(s); got != want {
			t.Errorf("firstField(%q) = %q, want %q", s, got, want)
		}
		if got := twoFields(s); got != (len(f) >= 2) {
			t.Errorf("twoFields(%q) = %v, want %v", s, got, len(f) >= 2)
		}
	}
}

// charSet.index finds what strings.IndexAny finds, in every set the titles
// are searched with, on texts with and without their characters, and on
// bytes that are no UTF-8 (a lead byte of a separator's without the rest).
func TestCharSetIndex(t *testing.T) {
	texts := []string{"", "a", "Headline", "Headline | Site", "Headline – Site", "标题_网站", "标题－网站", "見出し｜サイト", "Breaking: Headline",
		"VIDÉO. Titre", "a│b", "a\xe2\x94", "\xe2\x94\x82", "x\xe2", "\xef\xbd", "Home > News > Story", "Politik » Story", "¦", "é—", "\xff|"}
	for _, chars := range []string{titleSepChars, "_-－—|｜：", crumbSeps, ":：|-–—."} {
		set := newCharSet(chars)
		for _, s := range texts {
			if got, want := set.index(s), strings.IndexAny(s, chars); got != want {
				t.Errorf("newCharSet(%q).index(%q) = %d, want %d", chars, s, got, want)
			}
		}
	}
}

// overlapWords cuts a text of ASCII as it cuts any other: the runs of
// letters and digits, lower-cased.
func TestOverlapWordsASCII(t *testing.T) {
	unicodeWords := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	for _, s := range []string{"", " ", "Headline", "Council Approves $5M Budget -- for 2025!", "it's a COVID-19 story", "a_b.c/d", "x", "...", "Q&A: 10 Things\tyou\nNeed"} {
		if got, want := overlapWords(s), unicodeWords(s); !slices.Equal(got, want) {
			t.Errorf("overlapWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// spacedWords counts what strings.Fields counts once a Replacer wrote a
// space for each ellipsis: on runs of dots, ellipses between words and
// spaces, every kind of space, and bytes that are no UTF-8.
func TestSpacedWords(t *testing.T) {
	replaced := strings.NewReplacer("...", " ", "…", " ")
	texts := []string{"", " ", "Going...Going...Gone!", "Going....Gone", "a..b", "a.....b", "…", "a…b", "a …b ", "... ...",
		"Dr. Who", "\u00a0x\u3000y\u2003", "\xe2...", "\xe2\x80…x", "\xe2\x80\xa6\xa6", "x\xff y", "tab\tnew\nline"}
	for _, s := range texts {
		if got, want := spacedWords(s), len(strings.Fields(replaced.Replace(s))); got != want {
			t.Errorf("spacedWords(%q) = %d, want %d", s, got, want)
		}
	}
}
