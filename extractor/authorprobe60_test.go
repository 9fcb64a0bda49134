package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the sixtieth round (issue 13, item 3): a byline set as
// plain text in a <p> or a <span> just below the headline, in the
// languages that write "by" as a word of their own, on a WordPress
// theme's single post and on a regional paper's CMS that sets its
// headline in an <h2>.

// probe60Page is the page of layout ("wp" or "regional") in lang with
// line, the byline's text, below the headline. The body is probe59Body's
// story in lang (German's where it has none).
func probe60Page(layout, lang, line string) string {
	body := probe59Body[lang]
	if body == "" {
		body = probe59Body["de"]
	}
	var b strings.Builder
	for range 8 {
		b.WriteString("<p>" + body + "</p>\n")
	}
	if layout == "wp" {
		return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Wasserleitung Bahnhofstraße wird erneuert – Stadtblog</title></head><body class="post-template-default single single-post single-format-standard">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Stadtblog</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/lokales/">Lokales</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry"><header class="entry-header"><h1 class="entry-title">Wasserleitung Bahnhofstraße wird erneuert</h1>
<p>` + line + `</p></header><div class="entry-content">` + b.String() + `</div></article></main></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Stolz präsentiert von WordPress</a></div></footer></div></body></html>`
	}
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Wasserleitung Bahnhofstraße wird erneuert - Kurier</title></head><body>
<div class="wrapper"><div class="top"><a href="/"><img src="/logo.png" alt="Kurier"></a></div><div class="topnav"><a href="/lokales">Lokales</a> | <a href="/sport">Sport</a></div>
<div class="content-area"><div class="story"><h2 class="story-headline">Wasserleitung Bahnhofstraße wird erneuert</h2>
<div class="story-info"><span>` + line + `</span></div>
<div class="story-text">` + b.String() + `</div></div></div><div class="bottom">© 2024 Kurier Verlag</div></div></body></html>`
}

type probe60Case struct{ lang, line, want string }

func checkProbe60(t *testing.T, cases []probe60Case) {
	t.Helper()
	for _, layout := range []string{"wp", "regional"} {
		for _, c := range cases {
			a, err := Extract([]byte(probe60Page(layout, c.lang, c.line)), "https://www.kurier.example/lokales/wasserleitung-bahnhofstrasse", Options{})
			if err != nil {
				t.Fatalf("Extract(%s %q): %v", layout, c.line, err)
			}
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s %s %q).Authors = %q from %q, want %q", layout, c.lang, c.line, got, a.Provenance["authors"], c.want)
			}
		}
	}
}

// An editorial office credited in another language's "by" on a plain
// line under the headline is the author, as "By Staff" there is: the
// office written out as the credit writes it (officeAsWritten), its
// article kept where it stands as a word of its own ("Par la rédaction"),
// none where the credit declines it or folds it into its "of" ("Von der
// Redaktion", "A cura della redazione", edited by the office), with a
// date or a place after it or none.
func TestAuthorProbe60OfficeLine(t *testing.T) {
	checkProbe60(t, []probe60Case{
		{"de", "Von Redaktion 06.05.2024", "Redaktion"},
		{"de", "Von Redaktion", "Redaktion"},
		{"de", "Von der Redaktion", "Redaktion"},
		{"de", "Von der Redaktion, 06.05.2024", "Redaktion"},
		{"de", "Von Lokalredaktion, Musterstadt", "Lokalredaktion"},
		{"fr", "Par la rédaction", "La rédaction"},
		{"es", "Por Redacción", "Redacción"},
		{"es", "Por la Redacción 06/05/2024", "La Redacción"},
		{"pt", "Por Redação", "Redação"},
		{"it", "Di Redazione", "Redazione"},
		{"it", "A cura della redazione", "Redazione"},
		{"it", "A cura della Redazione, 06/05/2024", "Redazione"},
		{"nl", "Door de redactie", "De redactie"},
		{"nl", "Door Redactie 06-05-2024", "Redactie"},
	})
}

// A person's byline in another language's "by" on a plain line under the
// headline, with the date after the name or none, and two names joined
// by the language's "and" (these read so before this round too).
func TestAuthorProbe60PersonLine(t *testing.T) {
	checkProbe60(t, []probe60Case{
		{"de", "Von Hans Müller 06.05.2024", "Hans Müller"},
		{"de", "Von Hans Müller und Anna Schmidt", "Hans Müller; Anna Schmidt"},
		{"fr", "Par Jean Dupont, le 6 mai 2024", "Jean Dupont"},
		{"fr", "Par Jean Dupont et Marie Curie", "Jean Dupont; Marie Curie"},
		{"es", "Por Ana Gómez y Luis Pérez", "Ana Gómez; Luis Pérez"},
		{"pt", "Por João Silva, Lisboa", "João Silva"},
		{"it", "Di Mario Rossi 06/05/2024", "Mario Rossi"},
		{"it", "A cura di Mario Rossi", "Mario Rossi"},
		{"nl", "Door Jan de Vries en Piet Jansen", "Jan de Vries; Piet Jansen"},
		{"pl", "Autor: Jan Kowalski, 06.05.2024", "Jan Kowalski"},
		{"sv", "Av Anna Berg och Erik Lund", "Anna Berg; Erik Lund"},
		{"da", "Af Anne Hansen og Lars Jensen", "Anne Hansen; Lars Jensen"},
		{"no", "Av Kari Nordmann", "Kari Nordmann"},
		{"tr", "Yazan: Ahmet Yılmaz 06.05.2024", "Ahmet Yılmaz"},
		{"id", "Oleh Budi Santoso dan Siti Rahma", "Budi Santoso; Siti Rahma"},
		{"ro", "De Ion Popescu, 06.05.2024", "Ion Popescu"},
		{"cs", "Autor: Jan Novák, 6. 5. 2024", "Jan Novák"},
	})
}

// A sentence or a heading that opens with one of these words, in the
// same place, names no one: the office's word followed by more than a
// date or a place is a sentence about the office.
func TestAuthorProbe60NotBylines(t *testing.T) {
	checkProbe60(t, []probe60Case{
		{"de", "Von Anfang an war klar, dass die Leitung erneuert wird.", ""},
		{"de", "Von Berlin nach Paris", ""},
		{"de", "Von der Redaktion erhielten wir viele Zuschriften.", ""},
		{"de", "Von Redaktion und Verlag", ""},
		{"fr", "Par ailleurs, la rue sera fermée.", ""},
		{"fr", "Par la rédaction du journal local", ""},
		{"es", "Por eso la calle estará cortada.", ""},
		{"es", "Por favor", ""},
		{"es", "Por la redacción pasaron muchos periodistas", ""},
		{"it", "Di recente la strada è stata chiusa.", ""},
		{"it", "A cura della redazione sportiva di Lahn", ""},
		{"nl", "Door de redactie is besloten de straat te sluiten.", ""},
		{"ro", "De asemenea, strada va fi închisă.", ""},
	})
}

// prepositionOffice is safe on a label alone, an empty line and broken
// UTF-8.
func TestAuthorProbe60OfficeEdges(t *testing.T) {
	s := &scanner{}
	for _, l := range []string{"", "Von", "Von ", "Von der", "A cura della ", "Di \xff\xfe", "Von \xc3", "Par la", "Door de ,"} {
		if c := s.prepositionOffice(l); c != nil {
			t.Errorf("prepositionOffice(%q) = %q, want nil", l, c.names)
		}
	}
}
