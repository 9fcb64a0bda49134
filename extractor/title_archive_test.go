package extractor

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages of older CMSs, as archives keep them: no og:title, no JSON-LD, no
// og:site_name. The headline comes from the page's one <h1>, or from the
// <title> once the site's name is known from the page itself: its host,
// its footer's copyright line, an acronym it gives in brackets.
func TestTitleArchivePages(t *testing.T) {
	const zhBody = `<p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p>`
	for _, tc := range []struct{ name, url, head, body, want string }{
		// The <title> written for search engines, the <h1> for readers.
		{"one h1, an unrelated search title", "https://www.garden.example/how-we-keep-pests-out",
			`<title>Limit Garden Pest Damage Organically | Garden Notes</title>`,
			`<div id="header"><a href="/"><img src="/logo.gif" alt="Garden Notes"></a></div><div id="post"><h1>How we keep slugs away from our lettuces, naturally</h1>` + titleBody + `</div>`,
			"How we keep slugs away from our lettuces, naturally"},
		{"one h1 in a table layout, an unrelated search title", "http://www.stadtblatt.example/artikel.php?id=4711",
			`<title>Haushalt 2025 beschlossen - Stadtblatt</title>`,
			`<table><tr><td><a href="/">Stadtblatt</a></td></tr><tr><td><h1>Stadtrat stimmt nach langer Debatte für neue Schule</h1>` + titleBody + `</td></tr></table>`,
			"Stadtrat stimmt nach langer Debatte für neue Schule"},
		{"one h1 in an article, an unrelated search title", "https://www.travel.example/tips/insurance",
			`<title>Travel Insurance Coverage Tips by Our Experts</title>`,
			`<article><h1>Do I need travel insurance for a weekend away?</h1>` + titleBody + `</article>`,
			"Do I need travel insurance for a weekend away?"},
		// Many <h1>s that differ from the <title> head a list of posts:
		// the <title> names the page.
		{"many h1s head a list, the title names the post", "http://clan.example/index.php?site=news_comments&newsID=111",
			`<title>Die Events der letzten Zeit</title>`,
			`<div class="news"><h1 class="headline">Gewinnt ein Headset beim großen Turnier</h1><p>Kurz.</p><h1 class="headline">Unser Team berichtet von der Messe</h1><p>Kurz.</p><h1 class="headline">Mittendrin statt nur dabei im Finale</h1><p>Kurz.</p></div><div class="comments">` + titleBody + `</div>`,
			"Die Events der letzten Zeit"},
		// The site's name, known from the page itself.
		{"name the host abbreviates", "https://www.nytimes.example/2019/11/19/opinion/trump.html",
			`<title>Republicans Follow Trump to Nowhere - The New York Times</title>`,
			`<div class="story">` + titleBody + `</div>`, "Republicans Follow Trump to Nowhere"},
		{"name the host abbreviates, German", "https://www.faz.example/aktuell/politik/haushalt-1234.html",
			`<title>Haushalt beschlossen | Frankfurter Allgemeine Zeitung</title>`,
			`<div class="story">` + titleBody + `</div>`, "Haushalt beschlossen"},
		{"host's name and Blog before a colon", "https://garnix.example/blog/attested-nix-builds",
			`<title>Garnix Blog: Hardware-Attested Nix Builds</title>`,
			`<div class="post">` + titleBody + `</div>`, "Hardware-Attested Nix Builds"},
		{"name in the copyright line", "https://www.dpconline.example/blog/metadata-workflows",
			`<title>Metadata workflows at the Digital Archive - Digital Preservation Coalition</title>`,
			`<div class="post">` + titleBody + `</div><div id="foot">&copy; 2025 Digital Preservation Coalition | Charity Number SC051077</div>`,
			"Metadata workflows at the Digital Archive"},
		{"name in the copyright line with its legal form, French", "https://www.dupont-livres.example/actualites/prix-2024",
			`<title>Le prix des lecteurs 2024 – Éditions Dupont</title>`,
			`<div class="article">` + titleBody + `</div><p class="pied">Copyright © 2024 Éditions Dupont S.A. Tous droits réservés.</p>`,
			"Le prix des lecteurs 2024"},
		{"name in the copyright line before the company's, German", "https://www.sb.example/artikel/4711",
			`<title>Stadtblatt: Stadtrat stimmt für neue Schule</title>`,
			`<div class="artikel">` + titleBody + `</div><div id="fuss">© 2009 Stadtblatt Online GmbH. Alle Rechte vorbehalten.</div>`,
			"Stadtrat stimmt für neue Schule"},
		{"name written twice, glued", "https://www.climate.example/document/policies-lessons/",
			`<title>Technology Policies: Lessons for Climate Change - Center for Climate SolutionsCenter for Climate Solutions</title>`,
			`<div class="doc">` + titleBody + `</div>`, "Technology Policies: Lessons for Climate Change"},
		{"name with a registered sign", "https://www.takethemagicstep.example/training/marathon-in-one-year/",
			`<title>Marathon plan for beginners » Take The Magic Step®</title>`,
			`<div class="post">` + titleBody + `</div>`, "Marathon plan for beginners"},
		{"name and its acronym in brackets", "https://coerll.example/materials/language/spanish/",
			`<title>Spanish Materials - The Center for OER and Language Learning (COERLL)</title>`,
			`<div class="page">` + titleBody + `</div>`, "Spanish Materials"},
		// Sections named by the breadcrumb trail; the site by nothing.
		{"headline - section - site, the section in the breadcrumb", "https://www.vg-online.example/news/1234",
			`<title>Council approves budget for the new school - Politics - Valley Gazette</title>`,
			`<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/politics/">Politics</a></div><div class="story">` + titleBody + `</div>`,
			"Council approves budget for the new school"},
		{"site » section » headline, the section in the breadcrumb", "https://www.vg-online.example/news/1234",
			`<title>Valley Gazette » Politics » Council approves budget for the new school</title>`,
			`<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/politics/">Politics</a></div><div class="story">` + titleBody + `</div>`,
			"Council approves budget for the new school"},
		{"site › section › headline, German, the section in the breadcrumb", "https://www.sb.example/artikel/4711",
			`<title>Stadtblatt › Lokales › Stadtrat stimmt für neue Schule</title>`,
			`<ul id="crumbs"><li><a href="/">Startseite</a></li><li><a href="/lokales/">Lokales</a></li><li>Stadtrat stimmt für neue Schule</li></ul><div class="artikel">` + titleBody + `</div>`,
			"Stadtrat stimmt für neue Schule"},
		// "::" sets off a trail's steps as "»" does (PostNuke, phpBB and
		// older Joomla templates); a French spaced colon is the headline's.
		{"site :: section :: headline", "http://www.valleygazette.example/modules.php?name=News&file=article&sid=1234",
			`<title>Valley Gazette :: Politics :: Council approves budget for the new school</title>`,
			`<div class="story">` + titleBody + `</div>`, "Council approves budget for the new school"},
		{"site :: two-word section :: headline, German", "http://www.stadtblatt.example/index.php?id=4711",
			`<title>Stadtblatt :: Lokale Politik :: Stadtrat stimmt für neue Schule</title>`,
			`<div class="artikel">` + titleBody + `</div>`, "Stadtrat stimmt für neue Schule"},
		{"headline :: section :: site", "http://www.valleygazette.example/modules.php?name=News&file=article&sid=1234",
			`<title>Council approves budget for the new school :: Politics :: Valley Gazette</title>`,
			`<div class="story">` + titleBody + `</div>`, "Council approves budget for the new school"},
		{"site - headline with a French colon", "https://www.lejournal.example/meteo/tempete-ciaran",
			`<title>Le Journal - Tempête Ciaran : pluie et rafales de vent sur la côte</title>`,
			`<div class="article">` + titleBody + `</div>`, "Tempête Ciaran : pluie et rafales de vent sur la côte"},
		// A blog's name between the headline and the site's is a menu
		// entry, in a menu whose class is a compound ("topnav",
		// "mainNav", "blogNavDropDown").
		{"headline - blog - site, the blog in a camel-case menu", "http://www.cbs.example/8301-31749_162-57478674/cybill-shepherd-is-engaged/",
			`<title>Cybill Shepherd is engaged - Celebrity Circuit - CBS News</title>`,
			`<div class="blogNavDropDownBlogs"><ul><li><a href="/8300-1.html">HealthPop</a></li><li><a href="/8300-2.html">Celebrity Circuit</a></li></ul></div><div class="story">` + titleBody + `</div>`,
			"Cybill Shepherd is engaged"},
		{"headline | section | site, the section in a topnav", "https://www.valleygazette.example/story.php?id=4711",
			`<title>Council approves budget for the new school | Town Hall Notes | Valley Gazette</title>`,
			`<div id="topnav"><a href="/">Home</a> <a href="/townhall/">Town Hall Notes</a> <a href="/sport/">Sport</a></div><div class="story">` + titleBody + `</div>`,
			"Council approves budget for the new school"},
		{"site - section - headline, German, the section in a mainMenu", "https://www.stadtblatt.example/artikel.php?id=4711",
			`<title>Stadtblatt - Aus dem Rathaus - Stadtrat stimmt für neue Schule</title>`,
			`<ul class="mainMenu"><li><a href="/">Start</a></li><li><a href="/rathaus/">Aus dem Rathaus</a></li></ul><div class="artikel">` + titleBody + `</div>`,
			"Stadtrat stimmt für neue Schule"},
		// Every segment before the pipe a menu entry: the <title> holds
		// no headline, and the site's name after the pipe is none.
		{"section - news - section | site, every segment in a menu", "https://www.swimclub.example/diving/news/read/?id=5793",
			`<title>Diving - News - Diving | Regional Swimming Association e.V.</title>`,
			`<ul class="mainNav"><li><a href="/diving/">Diving</a></li><li><a href="/diving/news/">News</a></li></ul><div class="news-single"><h2>New level badges for divers can be ordered now</h2>` + titleBody + `</div>`,
			"New level badges for divers can be ordered now"},
		{"markdown heading marks", "https://research.example/papers/regolith-binding",
			`<title>## Regolith binding agents for Martian concrete</title>`,
			`<div class="paper">` + titleBody + `</div>`, "Regolith binding agents for Martian concrete"},
		{"headline_column_site, Chinese, copyright names the site", "https://www.jcnews.example.cn/a/2024/05/16/123.html",
			`<title>重庆召开全市经济工作会议_新闻中心_江城日报社</title>`,
			`<div>` + zhBody + `</div><div class="foot">© 2024 江城日报社 版权所有</div>`, "重庆召开全市经济工作会议"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}

// Older themes write the site's name as every page's <title> and as the
// masthead's <h1>, a link home; the post's title is a plain <h2> or <h3>
// (WordPress Classic, Artisteer, Blogger-era and hand-made templates).
func TestTitleSiteNamedEverywhere(t *testing.T) {
	const head = "Council approves budget for the new school"
	const post = "http://blog.smalltown.example/2006/05/16/council-budget/"
	mast := func(title string) string {
		return `<div id="header"><h1><a href="http://blog.smalltown.example/">` + title + `</a></h1></div>`
	}
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"classic theme, story title in an h3 permalink", post, `<title>Small Town Notes</title>`,
			mast("Small Town Notes") + `<div id="content"><div class="post"><h3 class="storytitle"><a href="` + post + `" rel="bookmark">` + head + `</a></h3>` + titleBody + `</div></div>`, head},
		{"artisteer theme, post header in an h2", post, `<title>Small Town Notes</title>`,
			`<div class="art-header"><h1 class="art-logo-name"><a href="http://blog.smalltown.example/">Small Town Notes</a></h1></div><div class="art-post"><h2 class="art-postheader"><a href="` + post + `" rel="bookmark">` + head + `</a></h2><div class="art-postcontent">` + titleBody + `</div></div>`, head},
		{"plain h2, German", "http://www.tsv-musterdorf.example/aktuelles/haushalt.html", `<title>TSV Musterdorf</title>`,
			`<div id="kopf"><h1><a href="/">TSV Musterdorf</a></h1></div><div id="inhalt"><h2>Gemeinderat beschließt den Haushalt für die neue Halle</h2>` + titleBody + `</div>`,
			"Gemeinderat beschließt den Haushalt für die neue Halle"},
		{"logo h1 with the name as alt, plain h3", post, `<title>Small Town Notes</title>`,
			`<h1 class="logo"><a href="/"><img src="/logo.png" alt="Small Town Notes"></a></h1><div class="entry"><h3>` + head + `</h3>` + titleBody + `</div>`, head},
		// The <title> names the post: the masthead changes nothing.
		{"masthead h1, the <title> names the post", post, `<title>Small Town Notes » ` + head + `</title>`,
			mast("Small Town Notes") + `<div class="post"><h2>A heading of the text below</h2>` + titleBody + `</div>`, head},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}

func TestHostAbbreviates(t *testing.T) {
	for _, tc := range []struct {
		label, name string
		want        bool
	}{
		{"nytimes", "The New York Times", true},
		{"latimes", "Los Angeles Times", true},
		{"wsj", "Wall Street Journal", true},
		{"faz", "Frankfurter Allgemeine Zeitung", true},
		{"nytimes", "New York", false},
		{"times", "Times", false},   // one word: the host's name itself, not an abbreviation
		{"ab", "Alpha Beta", false}, // too short to tell
		{"nyt", "Now You Try It", false},
	} {
		if got := hostAbbreviates(tc.label, tc.name); got != tc.want {
			t.Errorf("hostAbbreviates(%q, %q) = %v, want %v", tc.label, tc.name, got, tc.want)
		}
	}
}

func TestAbbreviates(t *testing.T) {
	for _, tc := range []struct {
		acr, name string
		want      bool
	}{
		{"COERLL", "The Center for OER and Language Learning", true},
		{"DPC", "Digital Preservation Coalition", true},
		{"BBC", "British Broadcasting Corporation", true},
		{"DPC", "Digital Preservation", false},
		{"dpc", "Digital Preservation Coalition", false}, // an acronym is in capitals
		{"AP", "Associated Press", true},
	} {
		if got := abbreviates(tc.acr, tc.name); got != tc.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", tc.acr, tc.name, got, tc.want)
		}
	}
}

func TestCopyrightOwners(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"© 2025 Digital Preservation Coalition | Charity Number SC051077", []string{"digitalpreservationcoalition"}},
		{"Copyright © 2025 Onix Networking Corp. All Rights Reserved.", []string{"onixnetworkingcorp", "onixnetworking"}},
		{"© 2009 Stadtblatt Online GmbH. Alle Rechte vorbehalten.", []string{"stadtblattonlinegmbh", "stadtblattonline", "stadtblatt"}},
		{"© 2026 SewCanShe, LLC", []string{"sewcanshe"}},
		{"© 2019 The New York Times Company", []string{"thenewyorktimescompany", "newyorktimescompany", "thenewyorktimes", "newyorktimes"}},
		{"Copyright © 2024 Éditions Dupont S.A. Tous droits réservés.", []string{"éditionsdupontsa", "éditionsdupont"}},
		{"A Guide to Copyright for Community Archives", nil}, // the word, not a copyright line
	} {
		if got := copyrightOwners([]string{tc.line}); !slices.Equal(got, tc.want) {
			t.Errorf("copyrightOwners(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestNavCompound(t *testing.T) {
	for _, tc := range []struct {
		attr string
		want bool
	}{
		{`class="topnav"`, true},
		{`id="mainNav"`, true},
		{`class="blogNavDropDownBlogs"`, true},
		{`class="navList"`, true},
		{`class="megamenu"`, true},
		{`class="col SiteMenuBar"`, true},
		{`class="menubar-wrap"`, true},
		{`class="navy"`, false},
		{`class="canvas"`, false},
		{`class="unavailable"`, false},
		{`class="navigator-label"`, false}, // a word of its own: navWords decides
		{`class="story"`, false},
	} {
		doc, err := html.Parse(strings.NewReader(`<div ` + tc.attr + `></div>`))
		if err != nil {
			t.Fatal(err)
		}
		if got := navCompound(findFirst(doc, byTag(atom.Div))); got != tc.want {
			t.Errorf("navCompound(<div %s>) = %v, want %v", tc.attr, got, tc.want)
		}
	}
}
