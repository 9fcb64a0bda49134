package extractor

import (
	"cmp"
	"testing"
	"time"
)

// Probe pages of the fifty-seventh round (dates57): a card of another
// story (its thumbnail, its linked headline, its date) set right beside or
// just after the byline, above or below the page's own date line, and
// relative update times in a "By … | Published …" line.

// card57 is a teaser card of another story: a linked thumbnail, a linked
// headline and its date, as WordPress, Arc, Brightspot and Drupal themes
// set one beside the byline ("Read also", "Related").
func card57(label, headline, date string) string {
	return classedCard57("related-card", label, headline, date)
}

// classedCard57 is card57 classed as class, its date a block of its own.
func classedCard57(class, label, headline, date string) string {
	s := `<div class="` + class + `">`
	if label != "" {
		s += `<span class="related-label">` + label + `</span>`
	}
	return s + `<a href="/news/another-story"><img src="/img/another.jpg" alt=""></a><h4 class="card-title"><a href="/news/another-story">` + headline +
		`</a></h4><div class="card-date">` + date + `</div></div>`
}

var pages57 = []page50{
	// 1. A card beside the byline, the page's own date line below it.
	{name: "wp card after byline, date below", lang: "en", skel: skelNewspaper,
		meta: `<span class="byline">By <a href="/author/jane/">Jane Doe</a></span>` + card57("", "Council approves the new budget for the schools", "March 9, 2024") + `<span class="td-post-date">March 3, 2024</span>`, pub: "2024-03-03"},
	{name: "arc card after byline, date above", lang: "en", skel: skelArc,
		meta: `<div class="c-date">March 3, 2024 at 2:05 p.m. EST</div><div class="b-byline">By Jane Doe</div>` + card57("Read also", "Council approves the new budget for the schools", "March 9, 2024 at 8:00 a.m. EST"), pub: "2024-03-03"},
	{name: "brightspot card between byline and dates", lang: "en", skel: skelBrightspot,
		meta: `<div class="ArticlePage-authors">By Jane Doe</div>` + card57("Related", "Council approves the new budget for the schools", "Mar 9, 2024") + `<div class="ArticlePage-datePublished">Published: 2:05 PM EST Mar 3, 2024</div>`, pub: "2024-03-03"},
	{name: "drupal card after submitted", lang: "en", skel: skelDrupal,
		meta: `<div class="node__submitted">By Jane Doe, March 3, 2024</div>` + card57("", "Council approves the new budget for the schools", "March 9, 2024"), pub: "2024-03-03"},
	{name: "de card after byline", lang: "de", skel: skelPlain,
		meta: `<p class="byline">Von Hans Müller</p>` + card57("Lesen Sie auch", "Stadtrat beschließt den neuen Haushalt für die Schulen", "09.03.2024") + `<p class="meta">03.03.2024, 14:05 Uhr</p>`, pub: "2024-03-03"},
	{name: "es card after byline", lang: "es", skel: skelPlain,
		meta: `<p class="autor">Por Juan Pérez</p>` + card57("Te puede interesar", "El ayuntamiento aprueba el nuevo presupuesto de las escuelas", "9 de marzo de 2024") + `<p class="fecha">3 de marzo de 2024 - 14:05</p>`, pub: "2024-03-03"},
	{name: "fr card after byline", lang: "fr", skel: skelPlain,
		meta: `<p class="auteur">Par Jean Dupont</p>` + card57("À lire aussi", "Le conseil adopte le nouveau budget des écoles", "9 mars 2024") + `<p class="meta">Publié le 3 mars 2024 à 14h05</p>`, pub: "2024-03-03"},
	{name: "it card after byline, date above", lang: "it", skel: skelPlain,
		meta: `<p class="data">3 marzo 2024</p><p class="autore">di Mario Rossi</p>` + card57("Leggi anche", "Il consiglio approva il nuovo bilancio delle scuole", "9 marzo 2024"), pub: "2024-03-03"},
	{name: "regional card after byline, no date line, ld", lang: "en", skel: skelPlain, head: ld45("2024-03-03T14:05:00-05:00", ""),
		meta: `<p class="byline">By Jane Doe, Staff Writer</p>` + card57("", "Council approves the new budget for the schools", "March 9, 2024"), pub: "2024-03-03"},

	{name: "brightspot promo after byline", lang: "en", skel: skelBrightspot,
		meta: `<div class="ArticlePage-authors">By Jane Doe</div>` + classedCard57("PromoB", "", "Council approves the new budget for the schools", "Mar 9, 2024") + `<div class="ArticlePage-datePublished">Mar 3, 2024</div>`, pub: "2024-03-03"},
	{name: "arc story card after byline", lang: "en", skel: skelArc,
		meta: `<div class="b-byline">By Jane Doe</div>` + classedCard57("c-story-card", "", "Council approves the new budget for the schools", "March 9, 2024") + `<div class="c-date">March 3, 2024</div>`, pub: "2024-03-03"},
	{name: "pt card after byline", lang: "pt", skel: skelPlain,
		meta: `<p class="autor">Por João Silva</p>` + classedCard57("card", "", "Câmara aprova o novo orçamento das escolas da cidade", "09/03/2024 14h00") + `<p class="data">03/03/2024 14h05</p>`, pub: "2024-03-03"},
	{name: "nl card after byline, date above", lang: "nl", skel: skelDrupal,
		meta: `<div class="node__submitted">3 maart 2024</div><div class="auteur">Door Jan de Vries</div>` + classedCard57("teaser", "", "Gemeenteraad keurt de nieuwe begroting voor de scholen goed", "9 maart 2024"), pub: "2024-03-03"},

	// 2. A relative update in a "By … | Published …" line.
	{name: "by published updated hours ago", lang: "en", skel: skelPlain,
		meta:    `<p class="byline">By Jane Doe | Published March 3, 2024 | Updated 2 hours ago</p>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "arc published updated hours ago", lang: "en", skel: skelArc,
		meta:    `<div class="b-byline">By Jane Doe</div><div class="c-date">Published March 3, 2024 at 2:05 p.m. EST · Updated 3 hours ago</div>`,
		fetched: time.Date(2024, 3, 5, 18, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "de veröffentlicht aktualisiert vor stunden", lang: "de", skel: skelPlain,
		meta:    `<p class="meta">Von Hans Müller | Veröffentlicht am 03.03.2024 | Aktualisiert vor 3 Stunden</p>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "es publicado actualizado hace horas", lang: "es", skel: skelPlain,
		meta:    `<p class="fecha">Por Juan Pérez | Publicado el 3 de marzo de 2024 | Actualizado hace 2 horas</p>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "fr publié mis à jour il y a", lang: "fr", skel: skelPlain,
		meta:    `<p class="meta">Par Jean Dupont | Publié le 3 mars 2024 | Mis à jour il y a 2 heures</p>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "updated days ago", lang: "en", skel: skelPlain,
		meta:    `<p class="byline">By Jane Doe | Published March 3, 2024 | Updated 2 days ago</p>`,
		fetched: time.Date(2024, 3, 7, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "de von veröffentlicht aktualisiert vor stunden", lang: "de", skel: skelPlain,
		meta:    `<p class="byline">Von Hans Müller | Veröffentlicht am 03.03.2024 | Aktualisiert vor 3 Stunden</p>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "byline spans, updated hours ago", lang: "en", skel: skelNewspaper,
		meta:    `<div class="byline">By <a href="/author/jane/">Jane Doe</a> | <span>Published March 3, 2024</span> | <span>Updated 2 hours ago</span></div>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "es por actualizado hace horas", lang: "es", skel: skelPlain,
		meta:    `<p class="byline">Por Juan Pérez | Publicado el 3 de marzo de 2024 | Actualizado hace 2 horas</p>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "updated colon hrs ago", lang: "en", skel: skelPlain,
		meta:    `<p class="byline">By Jane Doe | Published: March 3, 2024 | Updated: 5 hrs ago</p>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "pt por atualizado há horas", lang: "pt", skel: skelArc,
		meta:    `<div class="b-byline">Por João Silva</div><div class="c-date">Publicado em 03/03/2024 | Atualizado há 2 horas</div>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "updated yesterday", lang: "en", skel: skelPlain,
		meta:    `<p class="byline">By Jane Doe | Published March 3, 2024 | Updated yesterday at 4:10 PM</p>`,
		fetched: time.Date(2024, 3, 6, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "updated minutes ago", lang: "en", skel: skelBrightspot,
		meta:    `<div class="ArticlePage-authors">By Jane Doe</div><div class="ArticlePage-dates">Published 2:05 PM EST Mar 3, 2024 | Updated 45 minutes ago</div>`,
		fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
}

// blog57 is a blog's post whose headline and picture link to the post's
// own page over its date: no card of another story.
const blog57 = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Headline of the story for the council | Blog</title></head><body>` +
	`<header class="site-header"><a class="logo" href="/">Blog</a></header><main><article class="post"><header class="entry-header">` +
	`<a class="post-thumbnail" href="/news/headline-of-the-story"><img src="/img/story.jpg" alt=""></a>` +
	`<h1 class="entry-title"><a href="/news/headline-of-the-story">Headline of the story for the council</a></h1>` +
	`<div class="entry-meta">By Jane Doe · March 3, 2024</div></header><div class="entry-content">{BODY}</div></article></main>` +
	`<aside class="sidebar">{RAIL}</aside><footer><p>© 2024 Blog</p></footer></body></html>`

func TestPages57(t *testing.T) {
	cs := []dateCase{
		{"blog headline and picture linked to the post", (page50{lang: "en", skel: blog57, rail: rail50("Recent posts", "March 9, 2024")}).page(), "/news/headline-of-the-story", fetched50, "2024-03-03", ""},
	}
	for _, p := range pages57 {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched50), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}
