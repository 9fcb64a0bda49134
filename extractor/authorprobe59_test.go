package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the fifty-ninth round (issue 13, item 3): regional
// papers' Drupal pages (a masthead, the menu, the node's header with its
// "submitted" line, a block of the most read, the footer) whose author is
// the editorial office or the team that runs the paper, in each language
// whose papers sign their unsigned pieces so.

// probe59Body is a story of the water works in each language the probes
// use.
var probe59Body = map[string]string{
	"de": "Die Stadtwerke erneuern ab Montag die Wasserleitung in der Bahnhofstraße. Während der Arbeiten ist die Straße halbseitig gesperrt, der Busverkehr wird über die Ringstraße umgeleitet.",
	"fr": "Le service des eaux remplace à partir de lundi la conduite de la rue de la Gare. Pendant les travaux, la rue sera fermée dans un sens et les bus seront déviés par le boulevard.",
	"es": "El servicio municipal de aguas renovará desde el lunes la tubería de la calle de la Estación. Durante las obras la calle estará cortada en un sentido y los autobuses se desviarán.",
	"it": "L'azienda dell'acqua sostituirà da lunedì la condotta di via della Stazione. Durante i lavori la strada sarà chiusa in un senso di marcia e gli autobus saranno deviati sul viale.",
	"nl": "Het waterbedrijf vervangt vanaf maandag de waterleiding in de Stationsstraat. Tijdens de werkzaamheden is de straat in één richting afgesloten en rijden de bussen via de ringweg.",
	"pt": "O serviço de águas vai substituir a partir de segunda-feira a canalização da rua da Estação. Durante as obras a rua estará fechada num sentido e os autocarros serão desviados.",
	"pl": "Wodociągi miejskie od poniedziałku wymieniają rurę wodną na ulicy Dworcowej. W czasie robót ulica będzie zamknięta w jednym kierunku, a autobusy pojadą objazdem przez obwodnicę.",
}

// probe59Page is a regional paper's Drupal node in lang: head goes into
// the <head> (an author <meta>, JSON-LD), submitted into the node's
// "submitted" line before its date.
func probe59Page(lang, head, submitted string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + lang + `" dir="ltr"><head><meta charset="utf-8"><title>Wasserleitung Bahnhofstraße | Lahn-Kurier</title>
<meta property="og:title" content="Wasserleitung Bahnhofstraße"><meta property="og:type" content="article"><meta property="og:site_name" content="Lahn-Kurier">
<meta property="article:published_time" content="2024-05-06T07:15:00+02:00">` + head + `</head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><header role="banner" class="region-header"><a href="/" rel="home" class="site-logo">Lahn-Kurier</a>
<nav role="navigation" class="menu--main"><ul class="menu"><li class="menu-item"><a href="/lokales">Lokales</a></li><li class="menu-item"><a href="/region">Region</a></li><li class="menu-item"><a href="/sport">Sport</a></li></ul></nav></header>
<main role="main"><div class="region-content"><article role="article" about="/lokales/wasserleitung-bahnhofstrasse" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field--name-title">Wasserleitung Bahnhofstraße</span></h1>
<div class="node__meta"><div class="node__submitted">` + submitted + ` <span class="field--name-created">06.05.2024 - 07:15</span></div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">`)
	for range 8 {
		b.WriteString("<p>" + probe59Body[lang] + "</p>")
	}
	b.WriteString(`</div></div></article></div>
<aside class="region-sidebar" role="complementary"><div class="block-views-blockmost-read"><h2>Meistgelesen</h2><ul><li><a href="/a">Neue Ampel an der Hauptstraße</a></li><li><a href="/b">Feuerwehr rückt zu Großbrand aus</a></li></ul></div></aside></main>
<footer role="contentinfo" class="region-footer"><p>© 2024 Lahn-Kurier</p><a href="/impressum">Impressum</a></footer></div></body></html>`)
	return b.String()
}

type probe59Case struct{ name, lang, head, submitted, want string }

func checkProbe59(t *testing.T, cases []probe59Case) {
	t.Helper()
	for _, c := range cases {
		a, err := Extract([]byte(probe59Page(c.lang, c.head, c.submitted)), "https://www.lahn-kurier.example/lokales/wasserleitung-bahnhofstrasse", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}

// drupalBy is the "submitted" line of Drupal's article: the label, then
// the account's name linked to its page.
func drupalBy(label, name string) string {
	return label + ` <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/12" lang="" about="/user/12" typeof="schema:Person" property="schema:name" datatype="" class="username">` + name + `</a></span>`
}

// An editorial office that signs alone is its author written out as the
// credit writes it, in every language (officeAsWritten): the label and
// "from" cut, the office's own article kept where the credit writes it as
// a word of its own, none made up where the credit declines it ("Von der
// Redaktion") or folds it into "from" ("Da Redação", "Dalla redazione"),
// and a capital opening it. The same office is one author whether the
// <meta> or the byline names it.
func TestAuthorProbe59OfficeAlone(t *testing.T) {
	checkProbe59(t, []probe59Case{
		// German: "Die Redaktion" as written; "der" of "Von der" is the
		// dative's, not the name's.
		{"de Die Redaktion, meta", "de", `<meta name="author" content="Die Redaktion">`, "", "Die Redaktion"},
		{"de Von der Redaktion", "de", "", drupalBy("Von der", "Redaktion"), "Redaktion"},
		{"de Von der Redaktion, text", "de", "", `<span class="byline">Von der Redaktion</span>`, "Redaktion"},
		{"de redaktion, a login", "de", `<meta name="author" content="redaktion">`, "", "Redaktion"},
		{"de Von der Lokalredaktion", "de", "", `<span class="byline">Von der Lokalredaktion</span>`, "Lokalredaktion"},
		{"de Die Online-Redaktion, meta", "de", `<meta name="author" content="Die Online-Redaktion">`, "", "Die Online-Redaktion"},
		// French and Italian, as before, but no article made up.
		{"fr Par la rédaction", "fr", "", `<span class="byline">Par la rédaction</span>`, "La rédaction"},
		{"fr La rédaction, meta", "fr", `<meta name="author" content="La rédaction">`, "", "La rédaction"},
		{"fr Rédaction", "fr", "", drupalBy("Par", "Rédaction"), "Rédaction"},
		{"it La Redazione, meta", "it", `<meta name="author" content="La Redazione">`, "", "La Redazione"},
		{"it Dalla redazione", "it", "", `<span class="byline">Dalla redazione</span>`, "Redazione"},
		{"it Redazione", "it", "", drupalBy("di", "Redazione"), "Redazione"},
		// Spanish: "Por la redacción" keeps its article as French does.
		{"es Por la redacción", "es", "", `<span class="byline">Por la redacción</span>`, "La redacción"},
		{"es la redacción, meta", "es", `<meta name="author" content="la redacción">`, "", "La redacción"},
		{"es De la redacción, meta", "es", `<meta name="author" content="De la redacción">`, "", "La redacción"},
		{"es Redacción", "es", "", drupalBy("Por", "Redacción"), "Redacción"},
		// Dutch: "de redactie" keeps "de" as Spanish keeps "la".
		{"nl Door de redactie", "nl", "", `<span class="byline">Door de redactie</span>`, "De redactie"},
		{"nl de redactie, meta", "nl", `<meta name="author" content="de redactie">`, "", "De redactie"},
		{"nl Redactie", "nl", "", drupalBy("Door", "Redactie"), "Redactie"},
		// Portuguese: "Da" and "Pela" fold the article into "from" and "by".
		{"pt Da Redação", "pt", "", `<span class="byline">Da Redação</span>`, "Redação"},
		{"pt Da redação, meta", "pt", `<meta name="author" content="Da redação">`, "", "Redação"},
		{"pt Pela Redação", "pt", "", `<span class="byline">Pela Redação</span>`, "Redação"},
		{"pt A Redação, meta", "pt", `<meta name="author" content="A Redação">`, "", "A Redação"},
		// Polish has no article.
		{"pl Redakcja", "pl", "", drupalBy("Autor:", "Redakcja"), "Redakcja"},
		// A writer's name still wins over the office.
		{"de a name wins", "de", `<meta name="author" content="Anna Schmidt">`, `<span class="byline">Von der Redaktion</span>`, "Anna Schmidt"},
	})
}

// The team that runs a paper, named with the paper, is its author whole,
// as "La rédaction de Ouest-Info" is (officeOfPaper): "L'équipe de X",
// "El equipo de X", "A equipe do X" ("Equipe do X" from "Pela equipe do
// X", as "Da Redação do X" is "Redação do X"); "the team" alone names no
// paper and no one. A German compound of the paper and
// its office ("Kurier-Redaktion") is the office's name, "der" of "Von
// der" cut as it is before "Redaktion" alone.
func TestAuthorProbe59TeamOfPaper(t *testing.T) {
	checkProbe59(t, []probe59Case{
		{"fr Par l'équipe de", "fr", "", `<span class="byline">Par l'équipe de Ouest-Info</span>`, "L'équipe de Ouest-Info"},
		{"fr Par l’équipe de, curly", "fr", "", `<span class="byline">Par l’équipe de Ouest-Info</span>`, "L’équipe de Ouest-Info"},
		{"fr L'équipe de, meta", "fr", `<meta name="author" content="L'équipe de Ouest-Info">`, "", "L'équipe de Ouest-Info"},
		{"es Por el equipo de", "es", "", `<span class="byline">Por el equipo de El Norte</span>`, "El equipo de El Norte"},
		{"pt A equipe do, meta", "pt", `<meta name="author" content="A equipe do Diário do Vale">`, "", "A equipe do Diário do Vale"},
		{"pt A Redação do, meta", "pt", `<meta name="author" content="A Redação do Diário do Vale">`, "", "A Redação do Diário do Vale"},
		{"pt Pela equipe do", "pt", "", `<span class="byline">Pela equipe do Diário do Vale</span>`, "Equipe do Diário do Vale"},
		{"de Von der Kurier-Redaktion", "de", "", `<span class="byline">Von der Kurier-Redaktion</span>`, "Kurier-Redaktion"},
		{"de Von der Kurier-Redaktion, linked", "de", "", drupalBy("Von der", "Kurier-Redaktion"), "Kurier-Redaktion"},
		{"de Kurier-Redaktion, meta", "de", `<meta name="author" content="Kurier-Redaktion">`, "", "Kurier-Redaktion"},
		// A team's word that is no office's: no author made of a phrase.
		{"fr l'équipe alone is no paper", "fr", "", `<span class="byline">Par l'équipe</span>`, ""},
		{"es el equipo alone", "es", "", `<span class="byline">Por el equipo</span>`, ""},
		{"pt a equipe alone", "pt", "", `<span class="byline">Pela equipe</span>`, ""},
	})
}
