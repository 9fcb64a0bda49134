package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the fifty-eighth round (issue 13): a regional paper's
// WordPress post (GeneratePress's markup: masthead, menu, the entry
// header's meta line, a sidebar, the footer) signed by its editorial
// office, with and without the paper's name, in a byline, an author
// <meta> and JSON-LD, in French, German, Italian, Spanish, Portuguese,
// Dutch and English.

// probe58Body is a story on a bridge's repair in each language.
var probe58Body = map[string]string{
	"fr": "Les travaux de réfection du pont de la Vilaine commenceront lundi et dureront trois semaines. La circulation sera alternée aux heures de pointe et les piétons passeront par une passerelle provisoire.",
	"de": "Die Sanierung der Brücke über die Lahn beginnt am Montag und dauert drei Wochen. Der Verkehr wird zu den Stoßzeiten wechselseitig geführt, Fußgänger nutzen einen provisorischen Steg.",
	"it": "I lavori di ristrutturazione del ponte sul fiume inizieranno lunedì e dureranno tre settimane. Il traffico sarà a senso alternato nelle ore di punta e i pedoni useranno una passerella provvisoria.",
	"es": "Las obras de reparación del puente sobre el río comenzarán el lunes y durarán tres semanas. El tráfico se regulará de forma alterna en horas punta y los peatones usarán una pasarela provisional.",
	"pt": "As obras de recuperação da ponte sobre o rio começam na segunda-feira e vão durar três semanas. O trânsito será alternado nas horas de ponta e os peões vão usar uma passagem provisória.",
	"nl": "De renovatie van de brug over de rivier begint maandag en duurt drie weken. Het verkeer wordt in de spits afwisselend geregeld en voetgangers gebruiken een tijdelijke loopbrug.",
	"en": "Repairs to the river bridge start on Monday and will last three weeks. Traffic will alternate at peak hours and pedestrians will use a temporary footbridge next to the old span.",
}

// probe58Page is the post in lang: head goes into the <head> (an author
// <meta>, JSON-LD), byline into the entry meta before the date.
func probe58Page(lang, head, byline string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="UTF-8"><title>Pont fermé trois semaines &#8211; Ouest-Info</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Ouest-Info"><meta property="og:title" content="Pont fermé trois semaines">
<meta property="article:published_time" content="2024-04-08T07:15:00+02:00">` + head + `</head>
<body class="post-template-default single single-post postid-9123 single-format-standard right-sidebar nav-below-header">
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="/" rel="home">Ouest-Info</a></p></div></div></header>
<nav id="site-navigation" class="main-navigation"><div class="inside-navigation"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/actu/">Actu</a></li><li class="menu-item"><a href="/sport/">Sport</a></li><li class="menu-item"><a href="/loisirs/">Loisirs</a></li></ul></div></nav>
<div class="site grid-container container" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-9123" class="post-9123 post type-post status-publish format-standard hentry category-actu"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Pont fermé trois semaines</h1>
<div class="entry-meta">` + byline + `<span class="posted-on"><time class="entry-date published" datetime="2024-04-08T07:15:00+02:00">8 avril 2024</time></span></div></header>
<div class="entry-content" itemprop="text">`)
	for range 7 {
		b.WriteString("<p>" + probe58Body[lang] + "</p>")
	}
	b.WriteString(`</div><footer class="entry-meta"><span class="cat-links"><a href="/actu/" rel="category tag">Actu</a></span></footer></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><aside class="widget widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul><li><a href="/a/">Marché de Noël : les dates</a></li><li><a href="/b/">Le club de foot monte en R1</a></li></ul></aside></div>
</div></div><div class="site-footer"><footer class="site-info"><div class="copyright-bar">© 2024 Ouest-Info</div></footer></div></body></html>`)
	return b.String()
}

// gpByline is GeneratePress's author line: the label, then the name
// linked to the author's archive.
func gpByline(label, name string) string {
	return `<span class="byline">` + label + ` <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/redaction/" rel="author"><span class="author-name" itemprop="name">` + name + `</span></a></span></span> `
}

func ld58(typ, name string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pont fermé trois semaines","author":{"@type":"` + typ + `","name":"` + name + `"}}</script>`
}

// An editorial office credited with the paper it edits ("La rédaction de
// Ouest-Info", "The Editors of Example Weekly") is the author whole, in
// every language and from every source, as German "Die Redaktion von X"
// and Italian "La Redazione di X" were: French, Spanish and Dutch write
// the office's word in lower case, which a person's name does not, and
// English "of" after two words was cut as a writer's paper ("By Jane
// Doe of The Times"). An article in lower case after the label opens the
// name as the <meta> writes it.
func TestAuthorProbe58OfficeOfPaper(t *testing.T) {
	for _, c := range []struct{ name, lang, head, byline, want string }{
		{"fr byline", "fr", "", gpByline("Par", "La rédaction de Ouest-Info"), "La rédaction de Ouest-Info"},
		{"fr byline text", "fr", "", `<span class="byline">Par la rédaction de Ouest-Info</span> `, "La rédaction de Ouest-Info"},
		{"fr byline elided", "fr", "", `<span class="byline">Par la rédaction d'Ouest-Info</span> `, "La rédaction d'Ouest-Info"},
		{"fr byline elided article", "fr", "", `<span class="byline">Par la rédaction de l'Écho du Val</span> `, "La rédaction de l'Écho du Val"},
		{"fr meta", "fr", `<meta name="author" content="La rédaction de Ouest-Info">`, "", "La rédaction de Ouest-Info"},
		{"fr JSON-LD Organization", "fr", ld58("Organization", "La rédaction de Ouest-Info"), "", "La rédaction de Ouest-Info"},
		{"fr JSON-LD Person", "fr", ld58("Person", "La rédaction de Ouest-Info"), "", "La rédaction de Ouest-Info"},
		{"es byline", "es", "", `<span class="byline">Por la redacción de El Norte</span> `, "La redacción de El Norte"},
		{"es JSON-LD Organization", "es", ld58("Organization", "Redacción de El Norte"), "", "Redacción de El Norte"},
		{"pt byline", "pt", "", gpByline("Por", "Redação do Diário do Vale"), "Redação do Diário do Vale"},
		{"pt meta", "pt", `<meta name="author" content="Redação do Diário do Vale">`, "", "Redação do Diário do Vale"},
		{"pt JSON-LD Organization", "pt", ld58("Organization", "Redação do Diário do Vale"), "", "Redação do Diário do Vale"},
		{"nl byline", "nl", "", `<span class="byline">Door de redactie van Het Dagblad</span> `, "De redactie van Het Dagblad"},
		{"nl meta", "nl", `<meta name="author" content="De redactie van Het Dagblad">`, "", "De redactie van Het Dagblad"},
		{"en byline", "en", "", `<span class="byline">By The Editors of Example Weekly</span> `, "The Editors of Example Weekly"},
		{"en byline, the in lower case", "en", "", `<span class="byline">By the Editors of Example Weekly</span> `, "The Editors of Example Weekly"},
		{"en byline linked", "en", "", gpByline("By", "The Editors of Example Weekly"), "The Editors of Example Weekly"},
		// "From the office of": the office as officeAsWritten writes it
		// alone, then the paper.
		{"pt Da Redação do", "pt", "", `<span class="byline">Da Redação do Diário do Vale</span> `, "Redação do Diário do Vale"},
		{"it Dalla redazione di", "it", "", `<span class="byline">Dalla redazione di Eco del Lago</span> `, "Redazione di Eco del Lago"},
		{"de Von der Redaktion von", "de", "", `<span class="author">Von der Redaktion von Lahn-Kurier</span> `, "Redaktion von Lahn-Kurier"},
		{"fr De la rédaction de", "fr", "", `<span class="byline">De la rédaction de Ouest-Info</span> `, "La rédaction de Ouest-Info"},
		// As they were.
		{"de byline", "de", "", gpByline("Von", "Die Redaktion von Lahn-Kurier"), "Die Redaktion von Lahn-Kurier"},
		{"de JSON-LD Organization", "de", ld58("Organization", "Redaktion von Lahn-Kurier"), "", "Redaktion von Lahn-Kurier"},
		{"it byline", "it", "", gpByline("di", "La Redazione di Eco del Lago"), "La Redazione di Eco del Lago"},
		{"it meta", "it", `<meta name="author" content="La Redazione di Eco del Lago">`, "", "La Redazione di Eco del Lago"},
		{"en meta", "en", `<meta name="author" content="The Editors of Example Weekly">`, "", "The Editors of Example Weekly"},
		{"en JSON-LD Organization", "en", ld58("Organization", "The Editors of Example Weekly"), "", "The Editors of Example Weekly"},
		// A writer of his paper is still the writer alone.
		{"en writer of the paper", "en", "", `<span class="byline">By Jane Doe of The Valley Courier</span> `, "Jane Doe"},
	} {
		a, err := Extract([]byte(probe58Page(c.lang, c.head, c.byline)), "https://www.ouest-info.example/2024/04/08/pont-ferme-trois-semaines/", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}

// TestOfficeOfPaper: an office's word, "of" and a paper's name are an
// office of a paper; a person's name with a particle, a team, a phrase
// in lower case or a credit cut short is none.
func TestOfficeOfPaper(t *testing.T) {
	for s, want := range map[string]bool{
		"La rédaction de Ouest-Info": true, "la redacción de El Norte": true, "de redactie van Het Dagblad": true,
		"Redação do Diário do Vale": true, "The Editors of Example Weekly": true, "La rédaction d'Ouest-France": true,
		"la rédaction de l'Express": true, "Die Redaktion von Lahn-Kurier": true, "La Redazione di Eco del Lago": true,
		"Jean de la Fontaine": false, "The Team of Rivals": false, "the editors of this page": false, "La rédaction de": false,
		"La rédaction": false, "Editors of": false, "Redação do Diário do": false, "": false, "the": false,
	} {
		if got := officeOfPaper(strings.Fields(s)); got != want {
			t.Errorf("officeOfPaper(%q) = %v, want %v", s, got, want)
		}
	}
}
