package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the sixty-fourth round (issue 13, item 3): the editorial
// office's label before a person's name in Italian and Portuguese
// ("Redazione: Mario Rossi", "Redação: João Silva"), co-authors before
// the date after a bar ("Jane Doe and John Roe | May 6, 2024"), a wire
// agency before a person ("By AP and Jane Doe", "Von dpa und Hans
// Müller"), and a site's own Organization in JSON-LD beside a person's
// byline.

// probe64Para is a story's paragraph in the languages of the pages below.
var probe64Para = map[string]string{
	"it": "Il comune ha approvato ieri sera il piano per la nuova pista ciclabile lungo il fiume. I lavori partiranno a settembre e dureranno circa otto mesi, con un costo stimato di due milioni di euro.",
	"pt": "A câmara municipal aprovou ontem o plano para a nova ciclovia ao longo do rio. As obras começam em setembro e devem durar cerca de oito meses, com um custo estimado de dois milhões de euros.",
	"es": "El ayuntamiento aprobó anoche el plan para el nuevo carril bici junto al río. Las obras empezarán en septiembre y durarán unos ocho meses, con un coste estimado de dos millones de euros.",
	"en": "The council approved the plan for a new cycle path along the river last night. Work starts in September and will take about eight months, at an estimated cost of two million pounds.",
	"fr": "Le conseil municipal a approuvé hier soir le projet de nouvelle piste cyclable le long de la rivière. Les travaux commenceront en septembre et dureront environ huit mois, pour un coût estimé à deux millions d'euros.",
	"de": "Der Stadtrat hat am Abend den Plan für den neuen Radweg am Fluss beschlossen. Die Arbeiten beginnen im September und dauern rund acht Monate, die Kosten werden auf zwei Millionen Euro geschätzt.",
}

func probe64Story(lang string) string { return probeStory(probe64Para[lang]) }

// probeStory is a story of seven paragraphs of para.
func probeStory(para string) string {
	return strings.Repeat("<p>"+para+"</p>\n", 7)
}

// probe64WordPress is a WordPress news theme's single post (Newspaper,
// JNews and the like): the meta line under the headline, a staff box in
// the footer.
func probe64WordPress(lang, head, meta, footer string) string {
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Pista ciclabile sul fiume, via libera al progetto – Gazzetta di Riva</title>
<meta property="og:site_name" content="Gazzetta di Riva">` + head + `</head>
<body class="post-template-default single single-post td-standard-pack"><div id="td-outer-wrap">
<header class="td-header-wrap"><div class="td-logo"><a href="/">Gazzetta di Riva</a></div>
<nav class="td-header-menu"><ul><li><a href="/cronaca/">Cronaca</a></li><li><a href="/sport/">Sport</a></li><li><a href="/redazione/">Redazione</a></li></ul></nav></header>
<main class="td-main-content"><article class="post type-post status-publish"><div class="td-post-header">
<ul class="td-category"><li><a href="/cronaca/">Cronaca</a></li></ul>
<h1 class="entry-title">Pista ciclabile sul fiume, via libera al progetto</h1>
<div class="td-module-meta-info">` + meta + `</div></div>
<div class="td-post-content">` + probe64Story(lang) + `</div></article></main>
<footer class="td-footer-wrap">` + footer + `<div class="td-sub-footer-copy">© 2024 Gazzetta di Riva</div></footer></div></body></html>`
}

// probe64Drupal is a Drupal 9 article node: the byline as a field of its
// own under the title.
func probe64Drupal(lang, meta string) string {
	return `<!DOCTYPE html><html lang="` + lang + `" dir="ltr"><head><meta charset="utf-8"><title>Nova ciclovia junto ao rio aprovada | Jornal da Ribeira</title>
<meta property="og:site_name" content="Jornal da Ribeira"></head>
<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo">Jornal da Ribeira</a></div></header>
<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Nova ciclovia junto ao rio aprovada</span></h1>
<div class="node__meta">` + meta + `</div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">` + probe64Story(lang) + `</div></div>
</article></div></main>
<footer role="contentinfo"><div class="region region-footer"><p>Jornal da Ribeira, Rua Direita 12, Viseu</p></div></footer></div></div></body></html>`
}

// probe64Ghost is a Ghost (Casper) post: the authors and the date on one
// line, set apart by a bar.
func probe64Ghost(head, meta string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves riverside cycle path</title>
<meta property="og:site_name" content="Riverside Courier">` + head + `</head>
<body class="post-template tag-local"><div class="viewport"><header id="gh-head" class="gh-head outer"><a class="gh-head-logo" href="/">Riverside Courier</a>
<nav class="gh-head-menu"><ul class="nav"><li><a href="/local/">Local</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<main id="site-main" class="site-main"><article class="article post tag-local">
<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/local/">Local</a></section>
<h1 class="article-title">Council approves riverside cycle path</h1>
<div class="article-meta">` + meta + `</div></header>
<section class="gh-content gh-canvas">` + probe64Story("en") + `</section></article></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Riverside Courier</a> © 2024</section></div></footer></div></body></html>`
}

// probe64Arc is an Arc XP story of a regional paper that runs wire copy:
// the credit in its own byline block.
func probe64Arc(lang, head, byline string) string {
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Council approves riverside cycle path – The Valley Ledger</title>
<meta property="og:site_name" content="The Valley Ledger">` + head + `</head>
<body><div id="fusion-app"><header class="nav-sections"><a href="/" class="nav-logo">The Valley Ledger</a></header>
<main><article class="article-body-wrapper"><div class="headline"><h1 class="b-headline">Council approves riverside cycle path</h1></div>
<div class="b-byline"><div class="byline">` + byline + `</div><time class="b-date" datetime="2024-05-06T09:00:00Z">May 6, 2024</time></div>
<div class="article-body">` + probe64Story(lang) + `</div></article></main>
<footer class="b-footer"><p>© 2024 The Valley Ledger. All rights reserved.</p></footer></div></body></html>`
}

func probe64Authors(t *testing.T, name, page, url, want string) {
	t.Helper()
	a, err := Extract([]byte(page), url, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if got := strings.Join(a.Authors, "; "); got != want {
		t.Errorf("%s: Authors = %q from %q, want %q", name, got, a.Provenance["authors"], want)
	}
}

// Italian "Redazione:" and Portuguese "Redação:" before a person right
// under the headline credit the person who wrote the piece up, as Spanish
// "Redacción:" does (officeColonLabels); the word alone in the menu, and
// a staff box that lists the office's editors (after the story, or five
// names and more under the headline: officeLabelNames), credit no one.
func TestAuthorProbe64OfficeColonLabels(t *testing.T) {
	staff := `<div class="td-footer-staff"><h4>Redazione</h4><p>Direttore responsabile: Luca Verdi</p><p>Redazione: Anna Neri, Paolo Gialli, Sara Blu</p><p>Redazione: via Roma 12, Riva</p></div>`
	const itURL = "https://gazzettadiriva.example/2024/05/06/pista-ciclabile/"
	const ptURL = "https://jornaldaribeira.example/noticias/nova-ciclovia"
	for _, c := range []struct{ name, page, url, want string }{
		{"it WordPress", probe64WordPress("it", "", `<span class="td-post-author-name">Redazione: Mario Rossi</span> <span class="td-post-date"><time datetime="2024-05-06">6 maggio 2024</time></span>`, staff), itURL, "Mario Rossi"},
		{"it WordPress, plain p", probe64WordPress("it", "", `<p>Redazione: Mario Rossi e Giulia Bianchi</p>`, ""), itURL, "Mario Rossi; Giulia Bianchi"},
		{"it staff box only", probe64WordPress("it", "", `<span class="td-post-date"><time datetime="2024-05-06">6 maggio 2024</time></span>`, staff), itURL, ""},
		{"it staff list under the headline", probe64WordPress("it", "", `<p>Redazione: Mario Rossi, Giulia Bianchi, Paolo Verdi, Sara Neri, Luca Blu</p>`, ""), itURL, ""},
		{"it office's phone", probe64WordPress("it", "", `<p>Redazione: 0464 555 120</p>`, ""), itURL, ""},
		{"it office's town", probe64WordPress("it", "", `<p>Redazione: Trento</p>`, ""), itURL, ""},
		{"pt Drupal", probe64Drupal("pt", `<div class="field field--name-field-byline">Redação: João Silva</div>`), ptURL, "João Silva"},
		{"pt Drupal, two", probe64Drupal("pt", `<p>Redação: João Silva e Maria Souza</p>`), ptURL, "João Silva; Maria Souza"},
		{"pt unaccented", probe64Drupal("pt", `<p>Redacao: João Silva</p>`), ptURL, "João Silva"},
		{"es unaccented", probe64Drupal("es", `<p>Redaccion: Juan Pérez</p>`), ptURL, "Juan Pérez"},
		{"pt office alone", probe64Drupal("pt", `<p>Redação</p>`), ptURL, ""},
	} {
		probe64Authors(t, c.name, c.page, c.url, c.want)
	}
}

// Co-authors, unlabelled, before the date after a bar under the headline
// ("Jane Doe and John Roe | May 6, 2024") or after a hyphen or "on" in a
// meta line (metaNameBeforeDate) are the authors, as one name before the
// date is; the date is no part of a name. Words that are no
// given names before the date ("Markets and Economy | May 6, 2024") are
// none.
func TestAuthorProbe64CoAuthorsBeforeDate(t *testing.T) {
	const url = "https://riversidecourier.example/council-approves-cycle-path/"
	for _, c := range []struct{ name, meta, want string }{
		{"and", `<p>Jane Doe and John Roe | May 6, 2024</p>`, "Jane Doe; John Roe"},
		{"ampersand, spans", `<div class="byline-meta-content"><span class="byline-name">Michael Brown &amp; Sarah Lee</span> | <time datetime="2024-05-06">May 6, 2024</time></div>`, "Michael Brown; Sarah Lee"},
		{"three", `<p>Jane Doe, John Roe and Mary Major | 06.05.2024</p>`, "Jane Doe; John Roe; Mary Major"},
		{"dash, meta line", `<div class="post-meta">Jane Doe and John Roe - May 6, 2024</div>`, "Jane Doe; John Roe"},
		{"on, meta line", `<div class="entry-meta">Jane Doe and John Roe on May 6, 2024</div>`, "Jane Doe; John Roe"},
		{"one", `<p>Jane Doe | May 6, 2024</p>`, "Jane Doe"},
		{"a section, dash", `<div class="post-meta">Markets and Economy - May 6, 2024</div>`, ""},
		{"a section", `<p>Markets and Economy | May 6, 2024</p>`, ""},
		{"a couple's first names", `<p>Harry and Meghan | May 6, 2024</p>`, ""},
	} {
		probe64Authors(t, c.name, probe64Ghost("", c.meta), url, c.want)
	}
}

// A wire agency before a person in one byline is cut as it is after the
// person ("Jane Doe and AP" is Jane Doe): "By AP and Jane Doe", "Von dpa
// und Hans Müller" name the person (leadingWire). The agency alone signs
// the wire story and stays.
func TestAuthorProbe64WireThenPerson(t *testing.T) {
	const url = "https://valleyledger.example/news/2024/05/06/council-cycle-path/"
	for _, c := range []struct{ name, lang, byline, want string }{
		{"By AP and", "en", `By AP and Jane Doe`, "Jane Doe"},
		{"By The Associated Press and", "en", `By The Associated Press and Jane Doe`, "Jane Doe"},
		{"By Reuters and", "en", `By Reuters and Jane Doe`, "Jane Doe"},
		{"after the person", "en", `By Jane Doe and AP`, "Jane Doe"},
		{"agency alone", "en", `By The Associated Press`, "The Associated Press"},
		{"Von dpa und", "de", `Von dpa und Hans Müller`, "Hans Müller"},
		{"Von AFP und", "de", `Von AFP und Hans Müller`, "Hans Müller"},
		{"Von dpa", "de", `Von dpa`, "dpa"},
		{"Von dpa und a phrase", "de", `Von dpa und anderen`, ""},
	} {
		probe64Authors(t, c.name, probe64Arc(c.lang, "", c.byline), url, c.want)
	}
	// Unclassed, under the headline of a WordPress theme, "von" read
	// with the agency's name in its lower case (lowerWireByline).
	probe64Authors(t, "Von dpa und, plain p", probe64WordPress("de", "", `<p>Von dpa und Hans Müller</p>`, ""), url, "Hans Müller")
	probe64Authors(t, "Von dpa, plain p", probe64WordPress("de", "", `<p>Von dpa</p>`, ""), url, "dpa")
}

// A JSON-LD author that is an Organization named as the site is (its
// og:site_name, its publisher) gives way to the person the page's byline
// names, however the byline is written. With no person anywhere, the
// site's name is what the page credits, an organisation written out
// (README: authors are "a person, or an organisation written out"), and
// it stands; an agency's Organization is the agency.
func TestAuthorProbe64SiteOrganization(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves riverside cycle path","author":` + author + `,"publisher":{"@type":"Organization","name":"Riverside Courier","logo":{"@type":"ImageObject","url":"https://riversidecourier.example/logo.png"}}}</script>`
	}
	site := ld(`{"@type":"Organization","name":"Riverside Courier","url":"https://riversidecourier.example/"}`)
	const url = "https://riversidecourier.example/council-approves-cycle-path/"
	for _, c := range []struct{ name, head, meta, want string }{
		{"By line", site, `<p class="byline">By Jane Doe</p>`, "Jane Doe"},
		{"author link", site, `<a class="author-name" href="/author/jane/">Jane Doe</a>`, "Jane Doe"},
		{"name | date", site, `<p>Jane Doe | May 6, 2024</p>`, "Jane Doe"},
		{"co-authors | date", site, `<p>Jane Doe and John Roe | May 6, 2024</p>`, "Jane Doe; John Roe"},
		{"meta author", `<meta name="author" content="Jane Doe">` + site, ``, "Jane Doe"},
		{"Written by pair", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">` + site, ``, "Jane Doe"},
		{"array", ld(`[{"@type":"Organization","name":"Riverside Courier"}]`), `<p class="byline">By Jane Doe</p>`, "Jane Doe"},
		{"no person", site, ``, "Riverside Courier"},
		{"agency", ld(`{"@type":"Organization","name":"Associated Press"}`), ``, "Associated Press"},
	} {
		probe64Authors(t, c.name, probe64Ghost(c.head, c.meta), url, c.want)
	}
}

// The editorial office after another language's "by", then the agencies
// it drew on, credits the office as it does alone (prepositionOffice
// cuts the agencies' credit first): "Por Redação, com informações da
// Reuters", "Por Redacción, con información de EFE", "Par la rédaction
// avec AFP". A source that is no agency ("com informações da polícia")
// leaves a sentence, which credits no one.
func TestAuthorProbe64OfficeWithAgencies(t *testing.T) {
	const url = "https://jornaldaribeira.example/noticias/nova-ciclovia"
	for _, c := range []struct{ name, lang, meta, want string }{
		{"pt com informações da", "pt", `<p>Por Redação, com informações da Reuters</p>`, "Redação"},
		{"pt com agências", "pt", `<p>Por Redação, com agências</p>`, "Redação"},
		{"es con información de", "es", `<p>Por Redacción, con información de EFE</p>`, "Redacción"},
		{"fr avec", "fr", `<p>Par la rédaction avec AFP</p>`, "La rédaction"},
		{"de mit", "de", `<p>Von der Redaktion mit dpa</p>`, "Redaktion"},
		{"pt alone", "pt", `<p>Por Redação</p>`, "Redação"},
		{"pt a sentence", "pt", `<p>Por Redação, com informações da polícia</p>`, ""},
	} {
		probe64Authors(t, c.name, probe64Drupal(c.lang, c.meta), url, c.want)
	}
}
