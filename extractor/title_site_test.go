package extractor

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestIsHomeLink(t *testing.T) {
	page, _ := url.Parse("https://www.blog.example/thoughts/archives/2012/10/post.html")
	for _, tc := range []struct {
		href       string
		home, root bool
	}{
		{"/", true, true},
		{"https://blog.example/", true, true},
		{"http://www.blog.example", true, true},
		{"/index.php", true, true},
		{"/thoughts/", true, false},
		{"../../../", true, false},
		{"/other/", false, false},
		{"/thoughts/archives/", false, false}, // two folders deep: an archive, not a front page
		{"/?page=2", false, false},
		{"https://elsewhere.example/", false, false},
		{"#top", false, false},
		{"", false, false},
	} {
		home, root := isHomeLink(tc.href, page)
		if home != tc.home || root != tc.root {
			t.Errorf("isHomeLink(%q) = %v, %v, want %v, %v", tc.href, home, root, tc.home, tc.root)
		}
	}
}

func TestIsSelfLink(t *testing.T) {
	page, _ := url.Parse("http://googlenewsblog.blogspot.com/2012/09/google-news-turns-10.html")
	for _, tc := range []struct {
		href, canonical string
		want            bool
	}{
		{"http://googlenewsblog.blogspot.com/2012/09/google-news-turns-10.html", "", true},
		{"https://googlenewsblog.blogspot.com/2012/09/google-news-turns-10.html#comments", "", true},
		{"google-news-turns-10.html", "", true},
		{"/2012/09/other.html", "", false},
		{"https://news.example/turns-10", "https://news.example/turns-10", true},
		{"/", "", false},
		{"/2012/09/google-news-turns-10.html?utm_source=feedburner&utm_medium=feed", "", true},
		{"/2012/09/google-news-turns-10.html?id=2", "", false},
	} {
		if got := isSelfLink(tc.href, page, tc.canonical); got != tc.want {
			t.Errorf("isSelfLink(%q, %q) = %v, want %v", tc.href, tc.canonical, got, tc.want)
		}
	}
}

func TestFeedName(t *testing.T) {
	for _, tc := range []struct {
		link, want string
		site       bool
	}{
		{`<link rel="alternate" type="application/atom+xml" title="Google Lat Long - Atom" href="/feeds">`, "Google Lat Long", true},
		{`<link rel="alternate" type="application/rss+xml" title="Fat Head &raquo; Feed" href="/feed/">`, "Fat Head", true},
		{`<link rel="alternate" type="application/rss+xml" title="Fat Head &raquo; Open Updates Comments Feed" href="/x/feed/">`, "Fat Head", true},
		{`<link rel="alternate" type="application/rss+xml" title="Leveson inquiry RSS feed" href="/media/leveson-inquiry/rss">`, "Leveson inquiry", false},
		{`<link rel="alternate" type="application/rss+xml" title="Photo Gallery RSS" href="/feed/media/photo-gallery">`, "Photo Gallery", false},
		{`<link rel="alternate" type="application/rss+xml" title="Almost Timely Newsletter" href="/feed">`, "", false},
		{`<link rel="stylesheet" type="text/css" title="Main - Atom" href="/s.css">`, "", false},
	} {
		doc, err := html.Parse(strings.NewReader(`<html><head>` + tc.link + `</head></html>`))
		if err != nil {
			t.Fatal(err)
		}
		link := findAll(doc, func(n *html.Node) bool { return n.Data == "link" })[0]
		if got, site := feedName(link); got != tc.want || site != tc.site {
			t.Errorf("feedName(%s) = %q, %v, want %q, %v", tc.link, got, site, tc.want, tc.site)
		}
	}
}

// Pages with no og:site_name still name their site: in the masthead's
// link to the front page and in their feeds' titles. The <title> loses
// that name wherever it is, after a colon too ("Blog: Post"); the
// masthead heading is not the headline.
func TestTitleSiteNamedByThePage(t *testing.T) {
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"blogger", "http://maps.blog.example/2012/10/crisis-maps.html",
			`<title>Lat Long Notes: New crisis maps show storm preparation</title><link rel="alternate" type="application/atom+xml" title="Lat Long Notes - Atom" href="/feeds/posts/default">`,
			`<div class="header"><h1><a href="https://maps.google.example/">Maps</a></h1></div><div class="post"><h3 class="post-title"><a href="http://maps.blog.example/2012/10/crisis-maps.html">New crisis maps show storm preparation</a></h3>` + titleBody + `</div>`,
			"New crisis maps show storm preparation"},
		{"masthead link", "https://sethsblog.example/2012/07/going-first/",
			`<title>Seth's Blog: The importance of going first</title>`,
			`<div id="header"><h1><a href="/">Seth's Blog</a></h1></div><div class="post">` + titleBody + `</div>`,
			"The importance of going first"},
		{"section home", "http://www.ministry.example/blog/2012/07/18/numbers",
			`<title>By the Numbers: 10,000 | The Ministry</title>`,
			`<div><h1><a href="/blog">The Ministry Blog</a></h1></div><div class="post"><h3>By the Numbers: 10,000</h3>` + titleBody + `</div>`,
			"By the Numbers: 10,000"},
		{"name and tagline linked home", "http://tcritic.example/archives/time-vampire/",
			`<title>Time Vampire by Another Safe Landing &#8211; Tcritic - The T-Shirt Blog Covering The Best in Nerd Fashion</title>`,
			`<div id="header"><h1><a href="http://tcritic.example">Tcritic &#8211; The T-Shirt Blog Covering The Best in Nerd Fashion</a></h1></div><div class="post">` + titleBody + `</div>`,
			"Time Vampire by Another Safe Landing"},
		{"colon suffix", "http://habits.example/bet/",
			`<title>» How to Make Health Insurance a Bad Bet :zenhabits</title>`,
			`<div class="post">` + titleBody + `</div><div class="footer"><a href="http://habits.example/">zenhabits</a></div>`,
			"How to Make Health Insurance a Bad Bet"},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A headline that starts with words the site's name starts with, or with
// a section's name, keeps them: only the site's whole name before a colon
// is cut.
func TestTitleColonPrefixKept(t *testing.T) {
	for _, tc := range []struct{ title, url, site, body, want string }{
		{"Docker Hardened Images: Security Independently Validated", "https://www.docker.example/blog/dhi/", "Docker", "", "Docker Hardened Images: Security Independently Validated"},
		{"Redfin’s 2026 Predictions: Welcome to the Great Reset", "https://www.redfin.example/news/predictions/", "", "", "Redfin’s 2026 Predictions: Welcome to the Great Reset"},
		{"Teaching Online: Effective Practices", "https://uni.example/teaching/online/", "", `<a href="/teaching/">Teaching Online</a>`, "Teaching Online: Effective Practices"},
		{"Photo Gallery: Behind the Scenes in June", "https://gov.example/blog/2012/07/19/photos", "", `<link rel="alternate" type="application/rss+xml" title="Photo Gallery RSS" href="/feed/photo-gallery">`, "Photo Gallery: Behind the Scenes in June"},
	} {
		head := `<title>` + tc.title + `</title>`
		if tc.site != "" {
			head += `<meta property="og:site_name" content="` + tc.site + `">`
		}
		page := `<html><head>` + head + `</head><body>` + tc.body + titleBody + `</body></html>`
		if got, _ := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// A headline linked to its own page is not a teaser; when the link holds
// the headline and the heading adds a source and a count, the link's text
// is the headline.
func TestTitlePermalinkHeading(t *testing.T) {
	const url = "https://news.example/story/12/07/23/grads-jobs"
	page := `<html><head><title>Newsdesk | Computer science grads find degrees no longer guarantee jobs</title></head><body><h1 class="story-title"><a href="/story/12/07/23/grads-jobs">Computer science grads find degrees no longer guarantee jobs</a> (latimes.com) <span>87</span></h1>` + titleBody + `</body></html>`
	cands := candidatesOf(t, page, url, "")
	h := findCand(cands, srcH1, "Computer science grads find degrees no longer guarantee jobs")
	if h == nil || h.inLink {
		t.Fatalf("permalink <h1> = %+v in %+v, want the link's text, not a teaser", h, cands)
	}
	if got, _ := extractTitle(t, page, url); got != h.text {
		t.Errorf("Extract(permalink).Title = %q, want %q", got, h.text)
	}
	page = `<html><head><title>Story page</title></head><body><h1><a href="/story/other">A different story about something else</a></h1>` + titleBody + `</body></html>`
	if h := findCand(candidatesOf(t, page, url, ""), srcH1, "A different story about something else"); h == nil || !h.inLink {
		t.Errorf("teaser <h1> = %+v, want inLink", h)
	}
}

// More separators older templates put between the headline and the
// site's name: "«", "›", "●", "::" set tight against the headline.
func TestTitleSeparators(t *testing.T) {
	for _, tc := range []struct{ title, url, want string }{
		{"Just Keep Going « Rand's Blog", "http://randsblog.example/blog/103/just-keep-going", "Just Keep Going"},
		{"Free Range Librarian › I am The Man", "http://freerangelibrarian.example/2012/07/04/man/", "I am The Man"},
		{"Melaka - Why It's Worth A Visit ● As We Travel", "http://www.aswetravel.example/melaka/", "Melaka - Why It's Worth A Visit"},
		{"Japanese Graphic Design: Not In Production 7:: Néojaponisme", "http://neojaponisme.example/2012/10/08/jgd-7/", "Japanese Graphic Design: Not In Production 7"},
		{"Blog Archive » Jennifer Lawrence Struts Her Stuff", "http://www.popoholic.example/2012/08/09/jl/", "Jennifer Lawrence Struts Her Stuff"},
		{"Thomas Hawk Digital Connection » Blog Archive » An Interview With Thomas Hawk", "http://thomashawk.example/2012/10/interview.html", "An Interview With Thomas Hawk"},
	} {
		page := `<html><head><title>` + tc.title + `</title></head><body>` + titleBody + `</body></html>`
		if got, _ := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.url, got, tc.want)
		}
	}
}

// A page read without its URL takes its address from its canonical link,
// so its links to the front page still name the site; relative links to
// "/" do where it gives none.
func TestTitleSiteNamedWithoutURL(t *testing.T) {
	for _, tc := range []struct{ name, head, want string }{
		{"canonical", `<link rel="canonical" href="http://schneier.example/blog/archives/2012/11/disband.html">`, "How Terrorist Groups Disband"},
		{"no address", "", "How Terrorist Groups Disband"},
	} {
		page := `<html><head><title>Schneier on Security: How Terrorist Groups Disband</title>` + tc.head + `</head><body>
<div id="header"><a href="/">Schneier on Security</a></div>` + titleBody + `</body></html>`
		if got, _ := extractTitle(t, page, ""); got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A menu or breadcrumb entry that links to the page itself names the
// article, not a section: the <title> keeps it.
func TestTitleSelfLinkedMenuEntry(t *testing.T) {
	page := `<html><head><title>Sandy's Legacy: DIY Urbanism | Think Tank | Big Think</title><meta property="og:site_name" content="Big Think"></head><body>
<nav class="menu"><a href="/think-tank/diy-urbanism">Sandy's Legacy: DIY Urbanism</a> <a href="/about">About us</a></nav>` + titleBody + `</body></html>`
	if got, _ := extractTitle(t, page, "http://bigthink.example/think-tank/diy-urbanism?utm_source=feedburner"); got != "Sandy's Legacy: DIY Urbanism" {
		t.Errorf("Extract(self-linked breadcrumb).Title = %q, want %q", got, "Sandy's Legacy: DIY Urbanism")
	}
}

// Every separator Yoast SEO offers between the title and the site's name
// splits a <title>, the star and the tilde included.
func TestTitleYoastSeparators(t *testing.T) {
	for _, sep := range []string{"⋆", "*", "~", ">", "<"} {
		page := `<html><head><title>Ten Ways to Fix a Bike ` + sep + ` Cycling Blog</title></head><body>` + titleBody + `</body></html>`
		if got, _ := extractTitle(t, page, "https://cyclingblog.example/ten-ways"); got != "Ten Ways to Fix a Bike" {
			t.Errorf("Extract(separator %s).Title = %q, want %q", sep, got, "Ten Ways to Fix a Bike")
		}
	}
}

// A segment a <title> holds twice is the site's name (the theme and an
// SEO plugin both wrote it), wherever the site is hosted.
func TestTitleRepeatedSegment(t *testing.T) {
	for _, title := range []string{
		"High Scalability - High Scalability - Not All Regions are Created Equal",
		"Not All Regions are Created Equal | High Scalability | High Scalability",
	} {
		page := `<html><head><title>` + title + `</title></head><body>` + titleBody + `</body></html>`
		if got, _ := extractTitle(t, page, "https://blog.example/2012/10/25/regions.html"); got != "Not All Regions are Created Equal" {
			t.Errorf("Extract(%s).Title = %q, want %q", title, got, "Not All Regions are Created Equal")
		}
	}
}

// A title made of the site's name twice is the site's name once: the
// headline is cut from the segments where they stand, not from the first
// and the last place their texts occur.
func TestStripSiteSegmentsRepeatedName(t *testing.T) {
	tc := titleContext{host: "weatherblog.example"}
	for _, c := range []struct{ raw, want string }{
		{"High Scalability - High Scalability", "High Scalability"},
		{"Weather Blog - Rain falls on the plain - Weather Blog", "Rain falls on the plain"},
	} {
		if got, _ := cleanTitle(c.raw, tc, true); got != c.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", c.raw, got, c.want)
		}
	}
}

// A blog that lists its latest posts in a block classed as a menu lists
// the post itself there: its <title>'s headline is then a menu entry, and
// cutting it would leave only the site's name. The site's name is cut
// instead.
func TestTitleHeadlineInAMenu(t *testing.T) {
	for _, tc := range []struct{ title, menu, want string }{
		{"High Scalability - High Scalability - Stuff The Internet Says On Scalability", "Stuff The Internet Says On Scalability", "Stuff The Internet Says On Scalability"},
		{"Eddie Ross - Flower magazine", "Flower magazine", "Flower magazine"},
	} {
		page := `<html><head><title>` + tc.title + `</title></head><body>
<div id="header"><a href="/">Eddie Ross</a></div>
<div class="menu"><a href="/2012/10/flowers">` + tc.menu + `</a> <a href="/2012/09/lamps">Lamps for the fall</a></div>` + titleBody + `</body></html>`
		if got, _ := extractTitle(t, page, ""); got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// A heading the page links to itself with whole (a blog's archive list)
// keeps its segments, even one that is also a tag in a menu.
func TestTitleSelfLinkedWhole(t *testing.T) {
	const want = "Abreva Conceal Patch - Review, Pictures"
	page := `<html><head><title>Pink Sith: ` + want + `</title></head><body>
<h3 class="post-title">` + want + `</h3>` + titleBody + `
<div class="sidebar"><div class="menu"><a href="/search/label/Abreva%20Conceal%20Patch">Abreva Conceal Patch</a> <a href="/search/label/Lipstick">Lipstick</a></div>
<ul class="archive"><li><a href="http://www.pinksith.example/2012/10/abreva-conceal-patch-review-pictures.html">` + want + `</a></li>
<li><a href="http://www.pinksith.example/2012/10/fall-lipsticks.html">Fall lipsticks</a></li></ul></div></body></html>`
	if got, _ := extractTitle(t, page, "http://www.pinksith.example/2012/10/abreva-conceal-patch-review-pictures.html"); got != want {
		t.Errorf("Extract(self-linked heading).Title = %q, want %q", got, want)
	}
}

// A site's name before a headline goes even when the headline's words are
// parted by ellipses rather than spaces.
func TestTitleSiteBeforeEllipsisHeadline(t *testing.T) {
	page := `<html><head><title>Eddie Ross - Going...Going...Gone!</title></head><body>
<div id="header"><a href="/">Eddie Ross</a></div>` + titleBody + `</body></html>`
	if got, _ := extractTitle(t, page, "http://www.eddieross.example/2012/07/going-going-gone.html"); got != "Going...Going...Gone!" {
		t.Errorf("Extract(ellipsis headline).Title = %q, want %q", got, "Going...Going...Gone!")
	}
}

// A section's name before a self-linked headline still goes: only a
// segment that is nothing but a menu entry (a tag) stays.
func TestTitleSelfLinkedSectionCut(t *testing.T) {
	const want = "Tote Tauben im Dome gefunden"
	page := `<html><head></head><body>
<nav><a href="/">Express</a> <a href="/duesseldorf">Düsseldorf</a> <a href="/koeln">Köln</a></nav>
<h2 class="dm_article_title"><strong>Düsseldorf</strong> : ` + want + `</h2>` + titleBody + `
<ul class="share"><li><a href="https://www.express.example/duesseldorf/tote-tauben-33335766">Düsseldorf : ` + want + `</a></li></ul></body></html>`
	if got, _ := extractTitle(t, page, "https://www.express.example/duesseldorf/tote-tauben-33335766"); got != want {
		t.Errorf("Extract(self-linked heading after a section).Title = %q, want %q", got, want)
	}
}

// What follows the site's whole name after the headline is its tagline,
// however long.
func TestTitleTaglineAfterSiteName(t *testing.T) {
	for _, title := range []string{
		"Bielersee-Winterhechte | petri-heil.example | Dein Schweizer Fischereimagazin",
		"Winter pike on the lake - Petri Heil - The Swiss magazine for anglers and their friends",
	} {
		page := `<html><head><title>` + title + `</title></head><body>` + titleBody + `</body></html>`
		want := strings.Split(strings.Split(title, " | ")[0], " - ")[0]
		if got, _ := extractTitle(t, page, "https://www.petri-heil.example/2022/hechte"); got != want {
			t.Errorf("Extract(%s).Title = %q, want %q", title, got, want)
		}
	}
}

// A name's article is in the name or in the host, often not in both:
// "(From The Northern Echo)" on northernecho.co.uk, "Valley News: …" on
// thevalleynews.com. With no heading and nothing else naming the site,
// the host alone shows the segment is the site's name.
func TestTitleSiteArticleHost(t *testing.T) {
	const head = "Council approves budget for the coming year"
	for _, tc := range []struct{ title, host string }{
		{head + " (From The Valley News)", "www.valleynews.example"},
		{head + " (from Der Talbote)", "www.talbote.example"},
		{"Valley News: " + head, "www.thevalleynews.example"},
		{head + " (From Valley News)", "www.thevalleynews.example"},
	} {
		page := `<html><head><title>` + tc.title + `</title></head><body><article>` + titleBody + `</article></body></html>`
		if got, prov := extractTitle(t, page, "https://"+tc.host+"/news/council-budget"); got != head {
			t.Errorf("Extract(%q on %s).Title = %q (%s), want %q", tc.title, tc.host, got, prov, head)
		}
	}
}

// A logo's alt text often says what it is ("Daily Planet logo", "Logo:
// Daily Planet", "Logo of the Daily Planet"): the name without the word
// "logo" is the site's, and the <title> that opens with it loses it.
func TestTitleSiteNamedByLogoAlt(t *testing.T) {
	const head = "Council approves budget for the coming year"
	for _, alt := range []string{"Daily Planet logo", "Daily Planet - Logo", "Logo: Daily Planet", "Logo of the Daily Planet", "Logo Daily Planet"} {
		page := `<html><head><title>Daily Planet - ` + head + `</title></head><body><header><a href="/"><img src="/logo.png" alt="` + alt + `"></a></header><main>` + titleBody + `</main></body></html>`
		if got, prov := extractTitle(t, page, "https://www.dp-online.example/news/council-approves-budget"); got != head {
			t.Errorf("Extract(logo alt %q).Title = %q (%s), want %q", alt, got, prov, head)
		}
	}
}

func TestWithoutLogoWord(t *testing.T) {
	for alt, want := range map[string]string{
		"Daily Planet logo": "Daily Planet", "LOGO Talbote": "Talbote", "Logo der Talbote": "Talbote",
		"Logo": "", "Daily Planet": "", "Logos of the world": "",
	} {
		if got := withoutLogoWord(alt); got != want {
			t.Errorf("withoutLogoWord(%q) = %q, want %q", alt, got, want)
		}
	}
}

// A theme that writes the site's name into a page's metadata (a JSON-LD
// headline, og:title or twitter:title "Valley Gazette" on every page)
// names no article: the <title> "Headline | Valley Gazette" cuts that
// name from its end, and the headline is the title.
func TestTitleStatedSiteName(t *testing.T) {
	const head = "Council approves budget for the coming year"
	for name, meta := range map[string]string{
		"json-ld headline": `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Valley Gazette"}</script>`,
		"og:title":         `<meta property="og:title" content="Valley Gazette"><meta property="og:url" content="https://vg.example/council-approves-budget/">`,
		"twitter:title":    `<meta name="twitter:title" content="Valley Gazette">`,
	} {
		page := `<html><head><title>` + head + ` | Valley Gazette</title>` + meta + `</head><body><main><article>` + titleBody + `</article></main></body></html>`
		if got, prov := extractTitle(t, page, "https://vg.example/council-approves-budget/"); got != head {
			t.Errorf("Extract(%s naming the site).Title = %q (%s), want %q", name, got, prov, head)
		}
	}
}

// A page whose <base href> is the site's root (TYPO3's and Contao's
// templates) links its menu entries from there: "verein/geschichte.html"
// is the page itself, the menu's current entry, which names the page. Read
// with the base as the page's own address, every link looked like another
// page's, the <title> lost "Geschichte" as a menu label and the title was
// the site's name. (Nothing on the page names the site, so its name stays.)
func TestTitleBaseIsNotThePage(t *testing.T) {
	page := `<html><head><base href="https://www.knabenchor.example/"><title>Geschichte - St. Georgs Knabenchor Ulm</title></head><body><nav><ul>` +
		`<li><a href="verein/der-chor.html">Der Chor</a></li><li><a href="verein/geschichte.html" class="active">Geschichte</a></li><li><a href="termine.html">Termine</a></li>` +
		`</ul></nav><main>` + titleBody + `</main></body></html>`
	const want = "Geschichte - St. Georgs Knabenchor Ulm"
	if got, prov := extractTitle(t, page, "https://www.knabenchor.example/verein/geschichte.html"); got != want {
		t.Errorf("Extract(page under a root <base>).Title = %q (%s), want %q", got, prov, want)
	}
}

// A site's acronym in capitals that its host begins with names the site:
// "NYT - Headline" on nytimes.com, "LAT: Headline" on latimes.com.
func TestTitleSiteAcronym(t *testing.T) {
	const head = "Council approves budget for the coming year"
	for _, tc := range []struct{ title, host string }{
		{"VGZ - " + head, "www.vgzeitung.example"},
		{"VGZ: " + head, "www.vgzeitung.example"},
		{head + " | VGZ", "www.vgzeitung.example"},
	} {
		page := `<html><head><title>` + tc.title + `</title></head><body><main>` + titleBody + `</main></body></html>`
		if got, prov := extractTitle(t, page, "https://"+tc.host+"/2024/05/03/politik/council-budget.html"); got != head {
			t.Errorf("Extract(%q on %s).Title = %q (%s), want %q", tc.title, tc.host, got, prov, head)
		}
	}
	// Capitals the host does not begin with are the headline's.
	page := `<html><head><title>NASA: ` + head + `</title></head><body><main>` + titleBody + `</main></body></html>`
	if got, _ := extractTitle(t, page, "https://www.vgzeitung.example/2024/05/03/council-budget.html"); got != "NASA: "+head {
		t.Errorf("Extract(NASA: …).Title = %q, want it whole", got)
	}
}

// selfLink, the canonical URL resolved once, must answer as isSelfLink.
func TestSelfLinkIsSelfLink(t *testing.T) {
	hrefs := []string{"", " ", "#top", "/news/story", "/news/story/", "https://www.example.com/news/story?utm_source=x", "story",
		"../story", "https://example.com/amp/story", "/amp/story", "//example.com/news/story", "https://other.org/news/story", "%zz", "?p=1"}
	for _, page := range []string{"https://example.com/news/story", "https://example.com/news/", "http://example.com/a/b?p=1"} {
		for _, canonical := range []string{"", "https://example.com/amp/story", "/amp/story", "%zz", "https://other.org/news/story"} {
			p, _ := url.Parse(page)
			tc := titleContext{page: p, canonical: canonical, canon: canonicalOn(p, canonical)}
			for _, h := range hrefs {
				if got, want := tc.selfLink(h), isSelfLink(h, p, canonical); got != want {
					t.Errorf("selfLink(%q) on %s, canonical %q = %v, isSelfLink says %v", h, page, canonical, got, want)
				}
			}
		}
	}
}

// The breadcrumb trails collectMeta notes as it counts the elements are
// those a walk of the tree finds, in the same order: in a <template> and
// an <svg> (whose insides collectMeta passes over), on a link, inside a
// trail. Once the tree changes, they are looked for again.
func TestBreadcrumbsNoted(t *testing.T) {
	page := `<html><head><title>T</title></head><body>
<nav aria-label="Breadcrumb"><ol><li class="breadcrumb-item"><a href="/">Home</a></li></ol></nav>
<template><div class="crumbs"><a href="/news/">News</a></div></template>
<svg><g id="BreadCrumb"></g></svg>
<a class="crumb-link" href="/sport/">Sport</a>
<div id="trail" class="path breadcrumbs"><a href="/politics/">Politics</a></div>
</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := collectMeta(doc, nil, false)
	want := findAll(doc, isBreadcrumb)
	if len(want) != 6 {
		t.Fatalf("findAll(isBreadcrumb) found %d trails, want 6", len(want))
	}
	got := m.breadcrumbs(doc)
	if len(got) != len(want) {
		t.Fatalf("breadcrumbs noted %d trails, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("breadcrumbs[%d] = <%s class=%q>, want <%s class=%q>", i, got[i].Data, attr(got[i], "class"), want[i].Data, attr(want[i], "class"))
		}
	}
	last := want[len(want)-1]
	last.Parent.RemoveChild(last)
	m.crumbsStale = true
	if got := m.breadcrumbs(doc); len(got) != len(want)-1 {
		t.Errorf("breadcrumbs of the changed tree: %d trails, want %d", len(got), len(want)-1)
	}
}
