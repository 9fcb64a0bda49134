package extractor

import "testing"

// A keyword domain's site ("welpenkaufen24", "campingtipps24") takes its
// short name from the keywords: a theme or plug-in writes og:site_name
// "Camping", and a post's headline opens with the same word ("Camping
// tips – …"). Where the <title> sets the site's name apart at its end
// and the <h1> shows the headline whole, the opening words are the
// headline's, not the site's name said twice. A column named after the
// site ("Camping Scout - …"), which no heading shows, stays cut.
func TestTitleProbe44NameOpensHeadline(t *testing.T) {
	const head = `<meta property="og:site_name" content="Camping">`
	for _, tc := range []struct{ name, head, h1, want string }{
		{"h1 and og:title",
			`<title>Camping tips – What to pack for a weekend | Campingtips24</title><meta property="og:title" content="Camping tips – What to pack for a weekend">`,
			`<h1 class="entry-title">Camping tips – What to pack for a weekend</h1>`,
			"Camping tips – What to pack for a weekend"},
		{"the <title> alone",
			`<title>Camping tips – What to pack for a weekend | Campingtips24</title>`,
			`<h1 class="entry-title">Camping tips – What to pack for a weekend</h1>`,
			"Camping tips – What to pack for a weekend"},
		{"a column no heading shows",
			`<title>Camping Scout - Autumn tents | Campingtips24</title><meta property="og:title" content="Camping Scout - Autumn tents | Campingtips24">`,
			`<h1 class="entry-title">Autumn tents</h1>`,
			"Autumn tents"},
	} {
		page := `<html><head>` + head + tc.head + `</head><body>
<header id="masthead"><p class="site-title"><a href="/">Camping</a></p><p class="site-description">campingtips24.com</p></header>
<div id="content"><article class="post">` + tc.h1 + titleBody + `</article></div>
<aside class="sidebar"><p class="sidebar-headline">Tips for every season:</p><ul class="menu"><li><a href="/winter/">Winter camping</a></li><li><a href="/summer/">Summer camping</a></li></ul></aside></body></html>`
		if got, prov := extractTitle(t, page, "https://www.campingtips24.com/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// Some themes set the page's title as the last step of its breadcrumb
// trail, an <h1> there and nowhere else ("Home › Leben › Drinks ›
// <h1>Headline</h1>"). Where it says what the page states as its title
// and no other heading does, it is the headline, not a menu's label; a
// trail whose <h1> is an SEO title, the story's headline shown in the
// article, stays furniture.
func TestTitleProbe44HeadlineEndsTrail(t *testing.T) {
	const want = "Sazerac - alles über den Cocktail-Klassiker aus New Orleans"
	trail := `<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/leben/">Leben</a></li><li><a href="/leben/drinks/">Drinks</a></li><li><h1>` + want + `</h1></li></ul>`
	for _, tc := range []struct{ name, head, story, want string }{
		{"the trail's h1",
			`<title>` + want + ` - Valleymag</title><meta property="og:title" content="Sazerac! Alles über den Cocktail-Klassiker aus New Orleans"><script type="application/ld+json">{"@type":"NewsArticle","headline":"` + want + `"}</script>`,
			``, want},
		{"the headline in the article",
			`<title>` + want + ` - Valleymag</title><meta property="og:title" content="Der Sazerac: ein Klassiker aus New Orleans">`,
			`<div class="post-title"><h2>Der Sazerac: ein Klassiker aus New Orleans</h2></div>`, "Der Sazerac: ein Klassiker aus New Orleans"},
	} {
		page := `<html><head>` + tc.head + `</head><body>
<header class="site-header"><a href="/" class="logo">Valleymag</a><nav><a href="/leben/">Leben</a> <a href="/sport/">Sport</a></nav></header>
<div class="wrapper"><div class="breadcrumbblock">` + trail + `</div><div class="story">` + tc.story + `<p class="author">Von Anna Muster</p>` + titleBody + `</div></div></body></html>`
		if got, prov := extractTitle(t, page, "https://www.valleymag.example/leben/drinks/453207266-sazerac"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A stated title that says the headline's words with other marks than
// the page shows (a hyphen for the dash, straight quotes for curly ones,
// an apostrophe an SEO plug-in dropped) gives way to the heading that
// shows it: an <h1>, or an older template's post title set as a plain
// <h2> that the stated title is confirmed by. A heading set in two
// elements that lost the title's separator, or that spaces a colon, does
// not (the last two cases, which hold with or without the rule).
func TestTitleProbe44ShownMarks(t *testing.T) {
	for _, tc := range []struct{ name, head, body, want string }{
		{"a dash and quotes in an older template's h2",
			`<title>Korsetts - Shops, Designer, online kaufen | Pinup-Mode</title><meta property="og:title" content="Korsetts - Shops, Designer, online kaufen">`,
			`<div id="sidebar"><h1>Korsetts – Deutschland</h1><ul><li><a href="/a">Laden A</a></li><li><a href="/b">Laden B</a></li></ul></div><div class="center-col"><div class="item-post"><h2>Korsetts – Shops, Designer, online kaufen</h2>` + titleBody + `</div></div>`,
			"Korsetts – Shops, Designer, online kaufen"},
		{"an apostrophe the stated title lost",
			`<title>Chads World 15 - Flash, Flash, FLASH! | Virtual Geek</title><meta property="og:title" content="Chads World 15 - Flash, Flash, FLASH!">`,
			`<div class="post"><h2 class="title">Chad’s World 15 - Flash, Flash, FLASH!</h2>` + titleBody + `</div>`,
			"Chad’s World 15 - Flash, Flash, FLASH!"},
		// The <h1> is chosen here with or without the rule; chosen
		// or not, the page's marks stand.
		{"curly quotes in the h1",
			`<title>Isis - "Streetcleaner" (Godflesh Cover) | Noisey</title><meta property="og:title" content="Isis - &quot;Streetcleaner&quot; (Godflesh Cover)"><meta name="twitter:title" content="Isis - &quot;Streetcleaner&quot; (Godflesh Cover)">`,
			`<div class="post"><h1 class="post-title">Isis – “Streetcleaner” (Godflesh Cover)</h1><p class="meta">Posted in <a href="/music/">Music</a></p>` + titleBody + `</div>`,
			"Isis – “Streetcleaner” (Godflesh Cover)"},
		{"a kicker in its own element",
			`<title>Flugplatzfest: Zweite F13 kurz vor der Zulassung</title><meta property="og:title" content="Flugplatzfest: Zweite F13 kurz vor der Zulassung">`,
			`<article><h1><span class="kicker">Flugplatzfest</span> <span class="headline">Zweite F13 kurz vor der Zulassung</span></h1>` + titleBody + `</article>`,
			"Flugplatzfest: Zweite F13 kurz vor der Zulassung"},
		{"a colon set apart",
			`<title>Flugplatzfest: Zweite F13 kurz vor der Zulassung</title><meta property="og:title" content="Flugplatzfest: Zweite F13 kurz vor der Zulassung">`,
			`<article><h1><span class="kicker">Flugplatzfest</span> : <span class="headline">Zweite F13 kurz vor der Zulassung</span></h1>` + titleBody + `</article>`,
			"Flugplatzfest: Zweite F13 kurz vor der Zulassung"},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.example.org/2012/09/post-slug/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
