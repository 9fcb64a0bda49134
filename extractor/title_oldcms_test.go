package extractor

import "testing"

// Older CMSs and static templates without structured data: the headline
// is the page's own heading, found by its CMS's class or by where it
// sits, never the masthead's name or the section's label the <title>
// gives instead.
func TestTitleOlderCMS(t *testing.T) {
	const h = "Council approves budget for the new school"
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	const hfr = "Le conseil municipal vote le budget de la nouvelle école"
	const hes = "El ayuntamiento aprueba el presupuesto de la nueva escuela"
	table := func(x string) string {
		return `<table><tr><td><a href="/"><img src="/logo.gif" alt="logo"></a></td></tr><tr><td><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/sports/">Sports</a></td></tr><tr><td width="150"><b>Latest headlines</b><br><a href="/a">Storm warning for the weekend</a><br><a href="/b">Local team wins the cup</a></td><td>` + x + titleBody + `</td></tr></table>`
	}
	for _, tc := range []struct{ name, url, head, body, want string }{
		// Joomla 1.0/1.5: "<td class="contentheading">", the <title>
		// the site's name.
		{"joomla td.contentheading", "http://www.valleygazette.example/index.php?option=com_content&task=view&id=12&Itemid=2",
			`<title>Valley Gazette</title>`,
			table(`<table class="contentpaneopen"><tr><td class="contentheading" width="100%">` + h + `</td></tr></table>`), h},
		{"joomla h2.contentheading, German", "http://www.talzeitung.example/index.php?option=com_content&view=article&id=12",
			`<title>Talzeitung</title>`,
			table(`<h2 class="contentheading">` + hde + `</h2>`), hde},
		// One-word compounds of older news CMSs and WordPress's classic
		// theme.
		{"span.newsTitle", "http://www.valleygazette.example/news/show.php?id=1234",
			`<title>Valley Gazette</title>`, table(`<span class="newsTitle">` + h + `</span><br>`), h},
		{"span.articleHeadline, Spanish", "http://www.diariodelvalle.example/noticia.asp?id=1234",
			`<title>Diario del Valle</title>`, table(`<span class="articleHeadline">` + hes + `</span><br>`), hes},
		{"div.storyTitle", "http://www.valleygazette.example/news/show.php?id=1234",
			`<title>Valley Gazette</title>`, table(`<div class="storyTitle">` + h + `</div>`), h},
		// A bold line of its own at the top of the story's cell, the
		// headline of a table layout without <font>.
		{"bold line in a cell", "http://www.valleygazette.example/news/show.php?id=1234",
			`<title>Valley Gazette</title>`,
			`<table><tr><td><img src="/masthead.gif"></td></tr><tr><td><b>` + h + `</b><br><i>By Jane Doe</i><br><br>` + titleBody + `</td></tr></table>`, h},
		{"strong line in a div, Spanish", "http://www.diariodelvalle.example/noticia.php?id=1234",
			`<title>Diario del Valle</title>`,
			`<div id="cabecera"><img src="/logo.gif"></div><div class="noticia"><strong>` + hes + `</strong><br>Redacción<br>` + titleBody + `</div>`, hes},
		// "<title>Site - Section</title>" on every story of a section, the
		// headline in a plain heading under a masthead.
		{"title site - section, plain h2", "http://www.valleygazette.example/news/story.php?id=1234",
			`<title>Valley Gazette - Local News</title>`,
			`<div id="header"><h1>Valley Gazette</h1><ul id="menu"><li><a href="/">Home</a></li><li><a href="/local/">Local News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obits/">Obituaries</a></li></ul></div><div id="content"><h2>` + h + `</h2>` + titleBody + `</div>`, h},
		{"title site | section, plain h3, German", "http://www.talzeitung.example/artikel.php?id=1234",
			`<title>Talzeitung | Lokales</title>`,
			`<div id="kopf"><a href="/"><img src="/logo.gif" alt="Talzeitung"></a></div><div id="navigation"><a href="/">Startseite</a> <a href="/lokales/">Lokales</a> <a href="/sport/">Sport</a> <a href="/kultur/">Kultur</a></div><div id="inhalt"><h3>` + hde + `</h3>` + titleBody + `</div>`, hde},
		// The masthead an <h1> that links nowhere, the <title> the
		// site's name: the story's plain heading.
		{"unlinked masthead h1, tagline h2, story h2", "http://www.valleygazette.example/news/show.php?id=1234",
			`<title>Valley Gazette</title>`,
			`<div id="header"><h1>Valley Gazette</h1><h2>Local news for the valley since 1887</h2></div><div id="main"><h2>` + h + `</h2>` + titleBody + `</div>`, h},
		{"unlinked masthead h1, story h2, French", "http://www.courrierduval.example/article.php?id=1234",
			`<title>Le Courrier du Val</title>`,
			`<div id="entete"><h1>Le Courrier du Val</h1></div><div id="menu"><a href="/">Accueil</a> <a href="/sport/">Sport</a></div><div id="contenu"><h2>` + hfr + `</h2>` + titleBody + `</div>`, hfr},
		// An <h1> that the story follows is the headline, whatever the
		// metadata calls the site (MSN writes the headline as
		// application-name).
		{"headline h1 named the site by the metadata", "https://www.valleygazette.example/news/ar-1234",
			`<meta name="application-name" content="` + h + `"><title>` + h + `</title>`,
			`<div class="filmstrip"><h2>More from Valley Gazette</h2><a href="/a">Storm warning for the weekend across the county</a></div><div class="articlecontent"><h1>` + h + `</h1>` + titleBody + `</div><div><h2>Storm warning for the weekend across the county</h2><p>Another story.</p></div>`, h},
		// A kicker in an element of its own that the <title> sets off
		// as a segment before the headline.
		{"kicker the title sets off, German", "https://www.talzeitung.example/haustechnik/initiative-energieeffizienz/",
			`<title>Initiative EnergieEffizienz - kostenloser Stromcheck | Talzeitung</title>`,
			`<div class="content"><h1><span class="h1small">Initiative EnergieEffizienz</span> Kostenloser Stromcheck für private Haushalte</h1>` + titleBody + `</div>`, "Kostenloser Stromcheck für private Haushalte"},
		{"kicker the title sets off, English", "https://www.valleygazette.example/politics/council-budget-school",
			`<title>School Funding - ` + h + ` | Valley Gazette</title>`,
			`<div class="content"><h1><span class="overline">School Funding</span> ` + h + `</h1>` + titleBody + `</div>`, h},
		{"first words in an element, the title runs on", "https://www.valleygazette.example/politics/brexit-talks",
			`<title>Brexit talks collapse again in Brussels | Valley Gazette</title>`,
			`<div class="content"><h1><span class="hl">Brexit</span> talks collapse again in Brussels</h1>` + titleBody + `</div>`, "Brexit talks collapse again in Brussels"},
		// An <h1> that is a news section's name over a story the page
		// titles: the stated title.
		{"h1 a news section's name", "http://www.valleygazette.example/news/show.php?id=1234",
			`<title>` + h + ` | Valley Gazette</title>`,
			`<div id="main"><h1>Local News</h1>` + titleBody + `</div>`, h},
		{"h1 a news section's name, German", "https://www.talzeitung.example/region/gemeinderat-haushalt-123.html",
			`<meta property="og:title" content="` + hde + `"><title>` + hde + ` - Talzeitung</title>`,
			`<div class="inhalt"><h1>Regionale Nachrichten</h1>` + titleBody + `</div>`, hde},
		{"h1 a news section's name, Turkish", "https://www.vadigazetesi.example/gundem/belediye-meclisi-butce-123456",
			`<title>Belediye meclisi yeni okulun bütçesini onayladı - Vadi Gazetesi</title>`,
			`<div id="icerik"><h1>Son Dakika Haberleri</h1>` + titleBody + `</div>`, "Belediye meclisi yeni okulun bütçesini onayladı"},
		{"h1 a news section's name, the section's page", "http://www.valleygazette.example/local-news/",
			`<title>Local News | Valley Gazette</title>`,
			`<div id="main"><h1>Local News</h1><h2><a href="/news/show.php?id=1234">` + h + `</a></h2><p>The council met on Tuesday.</p></div>`, "Local News"},
		// A <small> that ends the <h1>, a topic line or a subtitle the
		// page's titles leave out.
		{"topic line in small, German federal CMS", "https://www.talministerium.example/de/forschung/energiewende_node.html",
			`<meta property="og:title" content="Energiewende und nachhaltiges Wirtschaften - Talministerium"><title>Energiewende und nachhaltiges Wirtschaften - Talministerium</title>`,
			`<div class="content"><h1 class="c-intro__headline"><span>Energiewende, Mobilität und nachhaltiges Wirtschaften</span> <span class="aural">: </span> <small class="c-topline"><span class="aural">, Thema:</span> <span class="c-topline__theme">Forschung</span></small></h1>` + titleBody + `</div>`,
			"Energiewende, Mobilität und nachhaltiges Wirtschaften"},
		{"subtitle in small, og:title reworded", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Council approves the budget for the new school">`,
			`<article><h1>` + h + ` <small>The vote was close</small></h1>` + titleBody + `</article>`, h},
		{"subtitle in small, og:title with it", "https://www.valleygazette.example/politics/council-budget-school",
			`<meta property="og:title" content="Council approves the budget for the new school: the vote was close">`,
			`<article><h1>` + h + ` <small>The vote was close</small></h1>` + titleBody + `</article>`, h + " The vote was close"},
		{"subtitle in small, no stated title", "https://www.valleygazette.example/politics/council-budget-school",
			``,
			`<article><h1>` + h + ` <small>The vote was close</small></h1>` + titleBody + `</article>`, h + " The vote was close"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
