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
