package extractor

import (
	"strings"
	"testing"
)

// langBylineCase is a byline on a page in one language, and the authors
// it gives.
type langBylineCase struct{ name, lang, byline, want string }

// checkLangBylines extracts each case's byline on a page whose html
// element names its language.
func checkLangBylines(t *testing.T, cases []langBylineCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(authorPage("", c.byline, ""), "<html>", `<html lang="`+c.lang+`">`, 1)
			a := extractPage(t, page)
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// Bylines a probe of news pages in many languages read wrong: an
// Indonesian role label with no colon before the name, and the editor
// after it; a Korean title before the name.
func TestBylineShapesManyLanguages(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"id: writer then editor in a byline", "id", `<p class="byline">Penulis Budi Santoso | Editor Siti Aminah</p>`, "Budi Santoso"},
		{"id: reporter, no colon", "id", `<span class="author">Reporter Budi Santoso</span>`, "Budi Santoso"},
		{"id: reporter then editor, no colon", "id", `<div class="author">Reporter Budi Santoso | Editor Siti Aminah</div>`, "Budi Santoso"},
		{"ko: title before the name", "ko", `<div class="byline">기자 홍길동</div>`, "홍길동"},
	})
}

// Vietnamese co-authors joined by a spaced dash: two full Vietnamese
// names, where a dash before a place or a paper is still cut.
func TestVietnameseCoAuthorsDash(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"vi: co-authors joined by a dash", "vi", `<p class="author">Nguyễn Văn An - Trần Thị Bình</p>`, "Nguyễn Văn An; Trần Thị Bình"},
		{"vi: co-authors in a byline, en dash", "vi", `<div class="byline">Nguyễn Văn An – Trần Thị Bình</div>`, "Nguyễn Văn An; Trần Thị Bình"},
		{"en: a place after the dash", "en", `<p class="byline">By Jane Doe — New York</p>`, "Jane Doe"},
	})
}

// Indonesian portals set the outlet's brand after the writer's name and
// a spaced dash, one word in lower case with a capital inside: "Andhika
// Prasetia - detikNews". The brand is no part of the name.
func TestIndonesianBrandAfterDash(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"id: name, dash, brand", "id", `<div class="detail__author">Andhika Prasetia - detikNews</div>`, "Andhika Prasetia"},
		{"id: names, dash, brand", "id", `<p class="author">Siti Aminah, Budi Santoso - detikFinance</p>`, "Siti Aminah; Budi Santoso"},
		{"id: name, dash, outlet", "id", `<p class="author">Siti Aminah - Okezone</p>`, "Siti Aminah"},
	})
}

// An author's element that sets its lines apart with <br>s: a name on
// each line, or the writer's place, paper or role under the name. The
// lines are not one name run together; a date over the name is a
// listing's line, read as before.
func TestAuthorElementLinesAtBreaks(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"en: a name on each line", "en", `<p class="author">Jane Doe<br>John Roe</p>`, "Jane Doe; John Roe"},
		{"en: the place under the name", "en", `<p class="author">Jane Doe<br>New York</p>`, "Jane Doe"},
		{"en: the paper under the name", "en", `<p class="author">Jane Doe<br>The Example Times</p>`, "Jane Doe"},
		{"en: the role under the name", "en", `<p class="author">Jane Doe<br>Senior Editor</p>`, "Jane Doe"},
		{"pt: the city under the name", "pt", `<p class="autor">João Silva<br>Rio de Janeiro</p>`, "João Silva"},
		{"de: the city under the name", "de", `<p class="autor">Anna Schmidt<br>Hamburg</p>`, "Anna Schmidt"},
		{"en: a label over the name", "en", `<p class="author">By<br>Jane Doe</p>`, "Jane Doe"},
	})
}

// French papers credit a correspondent with the place and the role in
// one bracket after the name, "Jean Dupont (Kiev, envoyé spécial)"; a
// desk after a comma, "Anna Schmidt, Redaktion Politik", is where the
// writer works. Neither is part of a name.
func TestPlaceRoleBracketAndDesk(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"fr: place and role in a bracket", "fr", `<p class="auteur">Jean Dupont (Kiev, envoyé spécial)</p>`, "Jean Dupont"},
		{"fr: after Par", "fr", `<p class="meta">Par Jean Dupont (Moscou, correspondant)</p>`, "Jean Dupont"},
		{"es: after Por", "es", `<p class="autor">Por Juan Pérez (Bruselas, corresponsal)</p>`, "Juan Pérez"},
		{"de: the desk after a comma", "de", `<p class="author">Anna Schmidt, Redaktion Politik</p>`, "Anna Schmidt"},
	})
}

// A byline that names the paper's own reporter before the name, after
// its "by": "Von unserem Redakteur Hans Müller", "Door onze redacteur Jan
// de Vries", "Par notre correspondant Jean Dupont". "Von unserem Partner"
// heads a sponsor's text, no byline.
func TestOwnReporterBylines(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"de: our editor", "de", `<p class="byline">Von unserem Redakteur Hans Müller</p>`, "Hans Müller"},
		{"de: our correspondent", "de", `<p class="meta">Von unserer Korrespondentin Anna Schmidt</p>`, "Anna Schmidt"},
		{"nl: our editor", "nl", `<p class="byline">Door onze redacteur Jan de Vries</p>`, "Jan de Vries"},
		{"fr: our correspondent", "fr", `<p class="auteur">Par notre correspondant Jean Dupont</p>`, "Jean Dupont"},
		{"fr: our special envoy", "fr", `<p class="meta">Par notre envoyée spéciale Marie Curie</p>`, "Marie Curie"},
		{"es: our correspondent", "es", `<p class="meta">Por nuestro corresponsal Juan Pérez</p>`, "Juan Pérez"},
		{"de: our partner", "de", `<p class="meta">Von unserem Partner Example Energie</p>`, ""},
	})
}

// A meta line that sets the reading time between the date and the name,
// as Hugo's PaperMod theme does ("May 3, 2024 · 5 min · Jane Doe"): the
// reading time is no name, and the name after it is the byline's.
func TestMetaLineReadingTimeBeforeName(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"en: bare minutes", "en", `<div class="post-meta"><span title="2024-05-03">May 3, 2024</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Jane Doe</div>`, "Jane Doe"},
		{"en: in spans", "en", `<div class="post-meta"><span>May 3, 2024</span>&nbsp;·&nbsp;<span>5 min</span>&nbsp;·&nbsp;<span>Jane Doe</span></div>`, "Jane Doe"},
		{"en: min read", "en", `<div class="post-meta">May 3, 2024 · 5 min read · Jane Doe</div>`, "Jane Doe"},
		{"de: Lesezeit", "de", `<div class="post-meta">12.05.2024 | Lesezeit: 4 Min. | Anna Schmidt</div>`, "Anna Schmidt"},
	})
}

// The "Follow" button that Medium and its like set after the writer's
// name is no part of it.
func TestFollowButtonAfterName(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"en: Follow after the name", "en", `<div><a href="/@janedoe">Jane Doe</a><span>Follow</span><span>5 min read</span><span>·</span><span>May 3, 2024</span></div>`, "Jane Doe"},
		{"en: Follow button", "en", `<div class="byline">By <a href="/@janedoe">Jane Doe</a> <button>Follow</button></div>`, "Jane Doe"},
	})
}

// The Indonesian noun for the writer alone on a line over the name:
// Kompas's "Penulis".
func TestForeignAuthorNounOverName(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"id: Kompas's credit", "id", `<div class="read__credit__item"><h6 class="credit-title-name">Penulis</h6><h6 class="credit-title-nameEditor"><a href="/x">Budi Santoso</a></h6></div>`, "Budi Santoso"},
		{"id: lines", "id", `<div class="credit"><div>Penulis</div><div>Budi Santoso</div></div>`, "Budi Santoso"},
	})
}

// A broadcaster or an agency after the name, written with its initials
// and a word: "Budi Santoso, CNN Indonesia", "Nguyễn Văn An (TTXVN)".
func TestBroadcasterAfterName(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"id: a broadcaster's edition", "id", `<div class="author">Budi Santoso, CNN Indonesia</div>`, "Budi Santoso"},
		{"es: a broadcaster's service", "es", `<div class="author">Juan Pérez, BBC Mundo</div>`, "Juan Pérez"},
		{"vi: the agency in brackets", "vi", `<p class="author">Nguyễn Văn An (TTXVN)</p>`, "Nguyễn Văn An"},
	})
}
