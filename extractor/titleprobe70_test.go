package extractor

import "testing"

// probe70Body is a story's text, long enough to be the page's body.
const probe70Body = `<p>The regional water board said on Tuesday it would spend four hundred million on new treatment plants over the next decade, the largest investment in the network since the reservoirs were built after the war.</p>
<p>The first plant is due to open in the north of the county in two years, and the board said bills would rise by no more than inflation while the work goes on, a promise consumer groups said they would hold it to.</p>
<p>Farmers' representatives welcomed the plan but asked for the drainage channels along the river to be cleared first, which the board said it would look at once the plans for the plants are drawn up.</p>`

const probe70Nav = `<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="Site"></a><nav><ul><li><a href="/news/">News</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>`

const probe70Foot = `<footer><p>© 2024 All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>`

// Kinds of news-site pages, whole, with the markup each kind carries.
func TestTitleProbe70Kinds(t *testing.T) {
	const h = "Water Board to Invest $400 Million in New Treatment Plants"
	runTitleProbes46(t, []titleProbe46{
		// wire press releases
		{"prnewswire release", "https://www.prnewswire.example/news-releases/water-board-to-invest-400-million-302081234.html",
			`<title>` + h + `</title><meta property="og:title" content="` + h + `"><meta property="og:site_name" content="PR Newswire">`,
			probe70Nav + `<div class="release-header"><header class="container"><div class="row"><div class="col-sm-12"><h1>` + h + `</h1><p class="subtitle">Largest investment in the network in seventy years</p></div></div><div class="row"><p class="mb-no">News provided by</p><a class="brand" href="/news/county-water-board/">County Water Board</a><p class="mb-no">12 Mar, 2024, 08:00 ET</p></div></header></div><section class="release-body container"><p><span class="xn-location">NEW YORK</span>, <span class="xn-chron">March 12, 2024</span> /PRNewswire/ -- ` + probe70Body + `</p><p>SOURCE County Water Board</p></section>` + probe70Foot, h},
		{"globenewswire release", "https://www.globenewswire.example/news-release/2024/03/12/2843123/0/en/Water-Board-to-Invest.html",
			`<title>` + h + `</title><meta property="og:title" content="` + h + `">`,
			probe70Nav + `<div class="main-header-container"><h1 class="article-headline">` + h + `</h1><h2 class="article-sub-headline">Largest investment in the network in seventy years</h2><p class="article-published-source">March 12, 2024 08:00 ET | Source: <a href="/search/organization/County%20Water%20Board">County Water Board</a></p></div><div class="main-body-container article-body" id="main-body-container"><p>NEW YORK, March 12, 2024 (GLOBE NEWSWIRE) -- ` + probe70Body + `</p></div>` + probe70Foot, h},
		{"business wire with title site name", "https://www.businesswire.example/news/home/20240312123456/en/Water-Board-to-Invest",
			`<title>` + h + ` | Business Wire</title>`,
			probe70Nav + `<article class="bw-release"><header class="bw-release-main"><h1 class="epi-fontLg bwalignc"><b>` + h + `</b></h1><h2 class="bwalignc"><i>Largest investment in the network in seventy years</i></h2></header><div class="bw-release-body"><p>NEW YORK--(<a href="https://www.businesswire.example">BUSINESS WIRE</a>)--` + probe70Body + `</p></div></article>` + probe70Foot, h},
		// government and university
		{"gov.uk press release", "https://www.gov.example/government/news/water-board-to-invest",
			`<title>` + h + ` - GOV.UK</title><meta property="og:title" content="` + h + `">`,
			probe70Nav + `<main id="content"><div class="govuk-grid-row"><span class="govuk-caption-xl">Press release</span><h1 class="gem-c-title__text govuk-heading-l">` + h + `</h1><p class="gem-c-lead-paragraph">The plants will be built over the next ten years.</p></div><div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/government/organisations/defra">Department for Environment</a></dd><dt>Published</dt><dd>12 March 2024</dd></dl></div><div class="govspeak">` + probe70Body + `</div></main>` + probe70Foot, h},
		{"ministry pressemitteilung", "https://www.bmuv.example/pressemitteilung/wasserverband-investiert",
			`<title>Pressemitteilung: Wasserverband investiert 400 Millionen Euro in neue Klärwerke | BMUV</title>`,
			probe70Nav + `<main><div class="c-page-header"><p class="c-page-header__kicker">Pressemitteilung Nr. 034/24 | Wasser</p><h1 class="c-page-header__title">Wasserverband investiert 400 Millionen Euro in neue Klärwerke</h1><p class="c-page-header__date">12.03.2024</p></div><div class="c-rte"><p>Der Wasserverband hat am Dienstag beschlossen, in den kommenden zehn Jahren 400 Millionen Euro in neue Klärwerke zu investieren. Es ist die größte Investition in das Netz seit dem Bau der Talsperren nach dem Krieg.</p><p>Das erste Klärwerk soll in zwei Jahren im Norden des Landkreises in Betrieb gehen. Die Gebühren sollen während der Bauzeit höchstens mit der Inflation steigen, versprach der Verband.</p></div></main>` + probe70Foot, "Wasserverband investiert 400 Millionen Euro in neue Klärwerke"},
		{"university news", "https://www.university.example/news/2024/03/water-treatment-study",
			`<title>Study finds new treatment plants cut pollution by half | News | University of Northfield</title>`,
			probe70Nav + `<main><nav class="breadcrumb"><a href="/">Home</a> / <a href="/news/">News</a></nav><article class="news-article"><h1 class="page-title">Study finds new treatment plants cut pollution by half</h1><p class="news-date">12 March 2024</p>` + probe70Body + `</article></main>` + probe70Foot, "Study finds new treatment plants cut pollution by half"},
		// sports
		{"match report with score", "https://www.sportpaper.example/football/2024/mar/12/rovers-city-match-report",
			`<title>Rovers 2-1 City: Late winner sends Rovers top | Football | Sport Paper</title><meta property="og:title" content="Rovers 2-1 City: Late winner sends Rovers top">`,
			probe70Nav + `<article><p class="kicker">Premier League</p><h1>Rovers 2-1 City: Late winner sends Rovers top</h1><div class="scoreboard"><span class="team">Rovers</span><span class="score">2 - 1</span><span class="team">City</span></div>` + probe70Body + `</article>` + probe70Foot, "Rovers 2-1 City: Late winner sends Rovers top"},
		// opinion
		{"opinion column kicker in the h1's header", "https://www.dailypaper.example/opinion/2024/03/12/water-bills",
			`<title>Opinion | The water board's plan is too little, too late - The Daily Paper</title><meta property="og:title" content="Opinion | The water board's plan is too little, too late">`,
			probe70Nav + `<article><header><p class="column-name"><a href="/opinion/">Opinion</a></p><h1>The water board's plan is too little, too late</h1><p class="byline">By Jane Smith</p></header>` + probe70Body + `</article>` + probe70Foot, "The water board's plan is too little, too late"},
		{"kommentar kicker", "https://www.zeitung.example/meinung/kommentar-wasserverband-100.html",
			`<title>Kommentar: Der Wasserverband handelt zu spät | Zeitung</title><meta property="og:title" content="Kommentar: Der Wasserverband handelt zu spät">`,
			probe70Nav + `<article><header><span class="kicker">Kommentar</span><h1>Der Wasserverband handelt zu spät</h1></header><p>Der Wasserverband hat am Dienstag beschlossen, in den kommenden zehn Jahren 400 Millionen Euro in neue Klärwerke zu investieren. Es ist die größte Investition in das Netz seit dem Bau der Talsperren nach dem Krieg.</p><p>Das erste Klärwerk soll in zwei Jahren im Norden des Landkreises in Betrieb gehen. Die Gebühren sollen während der Bauzeit höchstens mit der Inflation steigen, versprach der Verband.</p></article>` + probe70Foot, "Der Wasserverband handelt zu spät"},
		{"tribune", "https://www.journal.example/idees/article/2024/03/12/eau-plan_123.html",
			`<title>« Le plan de l'agence de l'eau arrive trop tard »</title><meta property="og:title" content="« Le plan de l'agence de l'eau arrive trop tard »">`,
			probe70Nav + `<article><header><p class="article__kicker">Tribune</p><h1 class="article__title">« Le plan de l'agence de l'eau arrive trop tard »</h1><p class="article__desc">Un collectif d'élus estime que les investissements annoncés mardi ne suffiront pas.</p></header><p>L'agence de l'eau a annoncé mardi qu'elle investirait quatre cents millions d'euros dans de nouvelles stations d'épuration au cours de la prochaine décennie, le plus gros investissement depuis la construction des barrages après la guerre.</p><p>La première station doit ouvrir dans deux ans au nord du département, et les factures n'augmenteront pas plus que l'inflation pendant les travaux.</p></article>` + probe70Foot, "« Le plan de l'agence de l'eau arrive trop tard »"},
		// video and gallery: the media label goes, as "VIDEO:" does
		{"video page", "https://www.tvnews.example/video/2024/03/12/water-plants",
			`<title>VIDEO: Inside the new water treatment plant | TV News</title><meta property="og:title" content="VIDEO: Inside the new water treatment plant"><meta property="og:type" content="video.other">`,
			probe70Nav + `<main><div class="video-player"><video src="/v.mp4"></video></div><h1 class="video-title">VIDEO: Inside the new water treatment plant</h1><p class="video-description">` + `The regional water board said on Tuesday it would spend four hundred million on new treatment plants over the next decade, the largest investment in the network since the reservoirs were built after the war.` + `</p></main>` + probe70Foot, "Inside the new water treatment plant"},
		{"fotos gallery in Spanish", "https://www.diario.example/galerias/2024/03/12/planta-agua-fotos.html",
			`<title>(Fotos) Así es la nueva planta de tratamiento de agua - Diario</title><meta property="og:title" content="(Fotos) Así es la nueva planta de tratamiento de agua">`,
			probe70Nav + `<main><h1>(Fotos) Así es la nueva planta de tratamiento de agua</h1><figure><img src="/1.jpg"><figcaption>La planta tratará el agua de cien mil vecinos.</figcaption></figure><p>La junta del agua anunció el martes que invertirá cuatrocientos millones en nuevas plantas de tratamiento durante la próxima década, la mayor inversión en la red desde que se construyeron los embalses.</p><p>La primera planta abrirá dentro de dos años en el norte de la provincia y las facturas no subirán más que la inflación mientras duren las obras.</p></main>` + probe70Foot, "Así es la nueva planta de tratamiento de agua"},
		// interview: the heading's quote, not og:title's longer line
		{"interview quote", "https://www.zeitung.example/wirtschaft/interview-wasser-100.html",
			`<title>„Wir haben zu lange gewartet“ – Interview mit Verbandschefin Anna Berg | Zeitung</title><meta property="og:title" content="„Wir haben zu lange gewartet“ – Interview mit Verbandschefin Anna Berg">`,
			probe70Nav + `<article><header><span class="kicker">Interview</span><h1>„Wir haben zu lange gewartet“</h1><p class="teaser">Die Chefin des Wasserverbands über 400 Millionen Euro, Klärwerke und steigende Gebühren.</p></header><p>Der Wasserverband hat am Dienstag beschlossen, in den kommenden zehn Jahren 400 Millionen Euro in neue Klärwerke zu investieren. Es ist die größte Investition in das Netz seit dem Bau der Talsperren nach dem Krieg.</p><p>Das erste Klärwerk soll in zwei Jahren im Norden des Landkreises in Betrieb gehen. Die Gebühren sollen während der Bauzeit höchstens mit der Inflation steigen, versprach der Verband.</p></article>` + probe70Foot, "„Wir haben zu lange gewartet“"},
		// obituary: the name the heading shows
		{"obituary", "https://www.localpaper.example/obituaries/john-doe-2024",
			`<title>John A. Doe Obituary (1941 - 2024) - Northfield, NY - Local Paper</title><meta property="og:title" content="John A. Doe Obituary (1941 - 2024) - Northfield, NY - Local Paper">`,
			probe70Nav + `<main><h1 class="obit-name">John A. Doe</h1><p class="obit-dates">1941 - 2024</p><div class="obit-text"><p>John A. Doe, 82, of Northfield, passed away peacefully on March 10, 2024, surrounded by his family. He was born in 1941 in Springfield and worked for the regional water board for forty years before retiring in 2006.</p><p>He is survived by his wife of fifty-five years, Mary, three children and seven grandchildren. A service will be held on Saturday at St. Mark's Church.</p></div></main>` + probe70Foot, "John A. Doe"},
		// correction page
		{"correction", "https://www.dailypaper.example/corrections/2024/03/12",
			`<title>Corrections and clarifications | The Daily Paper</title><meta property="og:title" content="Corrections and clarifications">`,
			probe70Nav + `<article><h1>Corrections and clarifications</h1><p>An article about the water board's investment plan (March 12, page 4) said the plants would cost four billion. The correct figure is four hundred million. The board said bills would rise by no more than inflation while the work goes on.</p><p>A picture caption on the same page misnamed the board's chair. She is Anna Berg, not Anna Burg. We apologise for the errors and thank the readers who pointed them out to us.</p></article>` + probe70Foot, "Corrections and clarifications"},
		// recipe and review
		{"recipe on a news site", "https://www.dailypaper.example/food/recipes/lemon-tart",
			`<title>Lemon tart recipe | Food | The Daily Paper</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Lemon tart","author":{"@type":"Person","name":"Jane Smith"},"datePublished":"2024-03-12","recipeIngredient":["3 lemons","200g sugar"]}</script>`,
			probe70Nav + `<article class="recipe"><h1>Lemon tart</h1><p class="byline">By Jane Smith</p><p>This lemon tart is sharp and sweet, with a crisp pastry case that holds its shape. It keeps for two days in the fridge and is best served at room temperature with cream.</p><h2>Ingredients</h2><ul><li>3 lemons</li><li>200g sugar</li></ul><h2>Method</h2><p>Blind-bake the pastry case for fifteen minutes, then fill it with the lemon mixture and bake for another twenty-five minutes until just set in the middle.</p></article>` + probe70Foot, "Lemon tart"},
		{"film review with stars", "https://www.dailypaper.example/culture/film/2024/mar/12/river-review",
			`<title>The River review – a slow, beautiful film about water | Film | The Daily Paper</title><meta property="og:title" content="The River review – a slow, beautiful film about water"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"The River review – a slow, beautiful film about water","itemReviewed":{"@type":"Movie","name":"The River"},"reviewRating":{"@type":"Rating","ratingValue":4,"bestRating":5},"author":{"@type":"Person","name":"Jane Smith"}}</script>`,
			probe70Nav + `<article><h1>The River review – a slow, beautiful film about water</h1><div class="stars" aria-label="4 out of 5 stars">★★★★☆</div>` + probe70Body + `</article>` + probe70Foot, "The River review – a slow, beautiful film about water"},
		// event page
		{"event page", "https://www.city.example/events/water-week-2024",
			`<title>Water Week 2024 | Events | City of Northfield</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Water Week 2024","startDate":"2024-03-18","location":{"@type":"Place","name":"Town Hall"}}</script>`,
			probe70Nav + `<main><h1>Water Week 2024</h1><p class="event-date">18–24 March 2024, Town Hall</p>` + probe70Body + `</main>` + probe70Foot, "Water Week 2024"},
		// live
		{"live blog kicker", "https://www.dailypaper.example/news/live/2024/mar/12/floods-live",
			`<title>Floods live: river bursts its banks in Northfield | The Daily Paper</title><meta property="og:title" content="Floods live: river bursts its banks in Northfield">`,
			probe70Nav + `<article><header><span class="badge">LIVE</span><h1>Floods live: river bursts its banks in Northfield</h1></header>` + probe70Body + `</article>` + probe70Foot, "Floods live: river bursts its banks in Northfield"},
		// NGO blog
		{"ngo blog", "https://www.riverstrust.example/blog/why-clean-rivers-matter",
			`<title>Why clean rivers matter - Rivers Trust</title><meta property="og:title" content="Why clean rivers matter">`,
			probe70Nav + `<main><section class="hero"><h1>Why clean rivers matter</h1><p class="hero-meta">Blog · 12 March 2024 · 5 min read</p></section><div class="donate-banner"><h2>Donate today</h2><p>Help us protect our rivers.</p></div><div class="entry-content">` + probe70Body + `</div></main>` + probe70Foot, "Why clean rivers matter"},
	})
}

// A gallery's or a video's label opening its headline says what media the
// story holds, as "VIDEO:" does, set as a badge: in capitals before a
// colon, a spaced bar or a full stop, or in brackets. In small letters
// it is the headline's own words (a series' name, a sentence's opening)
// and stays.
func TestTitleProbe70MediaLabels(t *testing.T) {
	for _, tc := range []struct{ shown, want string }{
		{"PHOTOS: Inside the new water treatment plant", "Inside the new water treatment plant"},
		{"GALLERY: Inside the new water treatment plant", "Inside the new water treatment plant"},
		{"Photo Gallery: Behind the Scenes in June", "Photo Gallery: Behind the Scenes in June"},
		{"photos: Behind the scenes at the new plant", "photos: Behind the scenes at the new plant"},
		{"IN PICTURES: Inside the new water treatment plant", "Inside the new water treatment plant"},
		{"(PHOTOS) Inside the new water treatment plant", "Inside the new water treatment plant"},
		{"[20 PHOTOS] Inside the new water treatment plant", "Inside the new water treatment plant"},
		{"(Fotos) Así es la nueva planta de tratamiento de agua", "Así es la nueva planta de tratamiento de agua"},
		{"(VIDEO) Así es la nueva planta de tratamiento de agua", "Así es la nueva planta de tratamiento de agua"},
		{"FOTOS: Así es la nueva planta de tratamiento de agua", "Así es la nueva planta de tratamiento de agua"},
		{"FOTO | La nuova stazione di depurazione dell'acqua", "La nuova stazione di depurazione dell'acqua"},
		{"BILDERGALERIE: So sieht das neue Klärwerk aus", "So sieht das neue Klärwerk aus"},
		{"[Bildergalerie] So sieht das neue Klärwerk aus", "So sieht das neue Klärwerk aus"},
		{"EN IMAGES. La nouvelle station d'épuration du département", "La nouvelle station d'épuration du département"},
		{"Em fotos: a nova estação de tratamento de água", "Em fotos: a nova estação de tratamento de água"},
		{"En vidéo : voilà à quoi ressemble la nouvelle station", "En vidéo : voilà à quoi ressemble la nouvelle station"},
		{"Photos of the new plant show a cleaner river", "Photos of the new plant show a cleaner river"},
	} {
		for _, page := range []string{
			`<html><head><title>` + tc.shown + ` | Site</title></head><body>` + probe70Nav + `<article><h1>` + tc.shown + `</h1>` + probe70Body + `</article>` + probe70Foot + `</body></html>`,
			`<html><head><title>` + tc.shown + ` | Site</title></head><body>` + probe70Nav + `<article>` + probe70Body + `</article>` + probe70Foot + `</body></html>`,
		} {
			if got, prov := extractTitle(t, page, "https://www.site.example/news/2024/03/12/story"); got != tc.want {
				t.Errorf("Extract(%q).Title = %q (%s), want %q", tc.shown, got, prov, tc.want)
			}
		}
	}
}

// A page's only <h1> that spells its slug is the headline its CMS
// recorded; an og:title that shares hardly a word with it is the copy
// written for sharing, whether the <title> is the site's name or says
// the og:title too. An <h1> that spells no slug (a section's label, a
// pull quote) stays beneath the og:title.
func TestTitleProbe70SocialCopy(t *testing.T) {
	const h1 = "Water board to invest $400 million in treatment plants"
	const slugURL = "https://www.northfieldgazette.example/news/2024/03/12/water-board-to-invest-400-million-in-treatment-plants"
	const idURL = "https://www.northfieldgazette.example/news/2024/03/12/a81234"
	page := func(title, og string) string {
		return `<html><head><title>` + title + `</title><meta property="og:title" content="` + og + `"><meta property="og:site_name" content="Northfield Gazette"><meta name="twitter:title" content="` + og + `"></head><body>` + probe70Nav + `<article><h1>` + h1 + `</h1><p class="byline">By Jane Smith</p>` + probe70Body + `</article>` + probe70Foot + `</body></html>`
	}
	for _, tc := range []struct{ name, url, title, og, want string }{
		{"<title> the site's name", slugURL, "Northfield Gazette", "You won't believe what the water board just did", h1},
		{"<title> the site's name and tagline", slugURL, "Northfield Gazette - News from the county", "Cleaner rivers, higher bills? What the plan means for you", h1},
		{"<title> the social copy too", slugURL, "Cleaner rivers, higher bills? What the plan means for you | Northfield Gazette", "Cleaner rivers, higher bills? What the plan means for you", h1},
		{"no slug", idURL, "Northfield Gazette", "Cleaner rivers, higher bills? What the plan means for you", "Cleaner rivers, higher bills? What the plan means for you"},
	} {
		if got, prov := extractTitle(t, page(tc.title, tc.og), tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
