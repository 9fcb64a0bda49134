package extractor

import (
	"cmp"
	"testing"
)

// Probe pages of the thirty-eighth session (dates52): the leftovers the
// earlier rounds named. A structured publication at a midnight
// placeholder beside the instant the page shows on a neighbouring day;
// Spanish, French, Portuguese and Italian times printed before their
// date; pages that show only an update.

// meta52 is OpenGraph's article times.
func meta52(pub, mod string) string {
	s := ""
	if pub != "" {
		s += `<meta property="article:published_time" content="` + pub + `">`
	}
	if mod != "" {
		s += `<meta property="article:modified_time" content="` + mod + `">`
	}
	return s
}

var pages52 = []page50{
	// 1. A midnight placeholder beside the instant shown.
	{name: "en ld midnight utc, meta and shown evening before", lang: "en", skel: skelPlain, head: ld45("2024-03-04T00:00:00+00:00", "") + meta52("2024-03-03T21:15:00-05:00", ""),
		meta: `<p class="byline">By Jane Doe</p><p class="date">March 3, 2024 at 9:15 pm</p>`, rail: rail50("Most read", "March 9, 2024"), pub: "2024-03-03"},
	{name: "en ld midnight utc, shown evening before with zone", lang: "en", skel: skelBrightspot, head: ld45("2024-03-04T00:00:00Z", ""),
		meta: `<div class="ArticlePage-datePublished">Published March 3, 2024 9:15 PM EST</div>`, pub: "2024-03-03"},
	{name: "en ld midnight no zone, meta instant evening before", lang: "en", skel: skelNewspaper, head: ld45("2024-03-04T00:00:00", "") + meta52("2024-03-03T20:40:00-08:00", ""),
		meta: `<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-03T20:40:00-08:00">March 3, 2024</time></span>`, pub: "2024-03-03"},
	{name: "de ld midnight utc, shown just after midnight", lang: "de", skel: skelPlain, head: ld45("2024-03-02T00:00:00+00:00", ""),
		meta: `<p class="meta">03.03.2024, 00:30 Uhr</p>`, rail: rail50("Meistgelesen", "09.03.2024"), pub: "2024-03-03"},
	{name: "es ld midnight, shown night before in CST", lang: "es", skel: skelArc, head: ld45("2024-03-04T00:00:00.000Z", ""),
		meta: `<div class="b-byline">Por Juan Pérez</div><div class="c-date">3 de marzo de 2024 - 22:30 CST</div>`, pub: "2024-03-03"},
	{name: "en ld midnight utc, meta instant evening before, nothing shown", lang: "en", skel: skelPlain, head: ld45("2024-03-04T00:00:00+00:00", "") + meta52("2024-03-03T21:15:00-05:00", ""),
		meta: `<p class="byline">By Jane Doe</p>`, pub: "2024-03-03"},
	{name: "en ld midnight utc, meta instant same utc day, nothing shown", lang: "en", skel: skelPlain, head: ld45("2024-03-03T00:00:00+00:00", "") + meta52("2024-03-03T14:15:00-05:00", ""),
		meta: `<p class="byline">By Jane Doe</p>`, pub: "2024-03-03"},
	{name: "fr ld minuit, meta instant paris", lang: "fr", skel: skelDrupal, head: ld45("2024-03-02T00:00:00+00:00", "") + meta52("2024-03-03T00:40:00+01:00", ""),
		meta: `<p class="auteur">Par Marie Dubois</p>`, pub: "2024-03-03"},
	{name: "en ld midnight placeholder, graph instant next utc day", lang: "en", skel: skelSoledad,
		head: ld45("2024-03-03T00:00:00+0000", "") + `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://news.example/news/headline-of-the-story/","datePublished":"2024-03-04T03:39:05+00:00","dateModified":"2024-03-05T18:05:45+00:00"}]}</script>`,
		meta: `<span class="author">By Jane Doe</span>`, pub: "2024-03-04", mod: "2024-03-05"},
	{name: "en microdata midnight, labelled evening before", lang: "en", skel: skelDrupal,
		meta: `<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-03-04T00:00:00Z"><p class="byline">By Jane Doe</p><p class="date">Published March 3, 2024 at 9:15 p.m. ET</p></div>`, pub: "2024-03-03"},
	{name: "en ld midnight, time element instant evening before", lang: "en", skel: skelGhost, head: ld45("2024-03-04T00:00:00.000Z", ""),
		meta: `<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Doe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-03T21:15:00-05:00">Mar 3, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div>`,
		rail: rail50("Latest", "Mar 9, 2024", "Mar 8, 2024"), pub: "2024-03-03"},
	{name: "en ld midnight, shown evening before, rail", lang: "en", skel: skelNewspaper, head: ld45("2024-03-04T00:00:00.000Z", "2024-03-05T10:00:00.000Z"),
		meta: `<div class="td-author-date"><span class="td-post-author-name"><a href="/author/jane/">Jane Doe</a></span> <span class="td-post-date">Mar 3, 2024, 9:15 PM</span></div>`,
		rail: rail50("Popular", "Mar 9, 2024", "Mar 8, 2024"), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "en ld midnight two days off stays", lang: "en", skel: skelPlain, head: ld45("2024-03-01T00:00:00+00:00", ""),
		meta: `<p class="date">Updated March 3, 2024 at 9:15 pm</p>`, pub: "2024-03-01", mod: "2024-03-03"},
	// 2. A time printed before its date.
	{name: "es hora h antes de fecha", lang: "es", skel: skelPlain, meta: `<p class="fecha">14:30 h, 3 de marzo de 2024</p>`, rail: rail50("Lo más leído", "9 de marzo de 2024"), pub: "2024-03-03"},
	{name: "es hora antes, ld utc next day", lang: "es", skel: skelArc, head: ld45("2024-03-04T04:30:00Z", ""), meta: `<div class="c-date">22:30 h, 3 de marzo de 2024</div>`, pub: "2024-03-03",
		leftover: "a UTC instant a zone away from the local time shown keeps UTC's day (dateprobe50's shownZone, dropped)"},
	{name: "fr à heure le date", lang: "fr", skel: skelPlain, meta: `<p class="meta">Publié à 11h05 le 3 mars 2024</p>`, rail: rail50("Les plus lus", "9 mars 2024"), pub: "2024-03-03"},
	{name: "fr heure le date, mis à jour", lang: "fr", skel: skelDrupal, meta: `<p class="meta">Publié à 11h05 le 3 mars 2024, mis à jour à 18h20 le 5 mars 2024</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "pt hora antes da data", lang: "pt", skel: skelPlain, meta: `<p class="data">14h30 - 03/03/2024</p>`, rail: rail50("Mais lidas", "09/03/2024"), pub: "2024-03-03"},
	{name: "pt publicado às de", lang: "pt", skel: skelPlain, meta: `<p class="data">Publicado às 14h30 de 3 de março de 2024</p>`, pub: "2024-03-03"},
	{name: "pt atualizado às", lang: "pt", skel: skelJnews, meta: `<p class="data">Publicado às 14h30 de 03/03/2024 · Atualizado às 09h10 de 05/03/2024</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "it ore prima della data", lang: "it", skel: skelPlain, meta: `<p class="data">Pubblicato alle 14:30 del 3 marzo 2024</p>`, rail: rail50("I più letti", "9 marzo 2024"), pub: "2024-03-03"},
	{name: "it ore, trattino", lang: "it", skel: skelSoledad, meta: `<span class="date">ore 14:30 - 03/03/2024</span>`, pub: "2024-03-03"},
	{name: "es actualizado a las, only", lang: "es", skel: skelArc, meta: `<div class="c-date">Actualizado a las 14:30 h, 5 de marzo de 2024</div>`, mod: "2024-03-05"},
	{name: "es hora guion fecha numerica", lang: "es", skel: skelNewspaper, meta: `<span class="td-post-date">14:30 - 03/03/2024</span>`, rail: rail50("Lo más leído", "09/03/2024"), pub: "2024-03-03"},
	{name: "es hora y fecha, actualizada", lang: "es", skel: skelPlain, meta: `<p class="fecha">14:30 h, 3 de marzo de 2024 · Actualizada: 09:10 h, 5 de marzo de 2024</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "fr heure virgule le date numerique", lang: "fr", skel: skelPlain, meta: `<p class="meta">11h05 , le 03/03/2024</p>`, rail: rail50("Les plus lus", "09/03/2024"), pub: "2024-03-03"},
	{name: "fr mis à jour heure le date", lang: "fr", skel: skelPlain, meta: `<p class="meta">Publié le 3 mars 2024 · Mis à jour à 18h20 le 5 mars 2024</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "it aggiornato alle del", lang: "it", skel: skelPlain, meta: `<p class="data">Pubblicato alle 14:30 del 3 marzo 2024 · Aggiornato alle 18:20 del 5 marzo 2024</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "it ore barra data", lang: "it", skel: skelJnews, meta: `<span class="date">14:30 | 3 marzo 2024</span>`, rail: rail50("I più letti", "9 marzo 2024"), pub: "2024-03-03"},
	{name: "pt hora ponto mes abreviado", lang: "pt", skel: skelPlain, meta: `<p class="data">14h30 · 3 mar 2024</p>`, rail: rail50("Mais lidas", "9 mar 2024"), pub: "2024-03-03"},
	{name: "ca hora abans de la data", lang: "ca", skel: skelPlain, meta: `<p class="data">14:30 h, 3 de març de 2024</p>`, pub: "2024-03-03"},
	// 3. Only an update shown.
	{name: "en last updated only", lang: "en", skel: skelPlain, meta: `<p class="date">Last updated: March 5, 2024</p>`, mod: "2024-03-05"},
	{name: "en ld modified only, updated shown", lang: "en", skel: skelSoledad, head: ld45("", "2024-03-05T10:00:00+00:00"), meta: `<span class="post-date">Updated on March 5, 2024</span>`, mod: "2024-03-05"},
	{name: "meta modified only", lang: "en", skel: skelPlain, head: meta52("", "2024-03-05T10:00:00+00:00") + `<meta property="og:updated_time" content="2024-03-05T10:00:00+00:00">`, meta: `<p class="byline">By Jane Doe</p>`, mod: "2024-03-05"},
	{name: "wp updated time only", lang: "en", skel: skelSoledad, meta: `<span class="post-date">Updated <time class="updated" datetime="2024-03-05T10:00:00+00:00">March 5, 2024</time></span>`, mod: "2024-03-05"},
	{name: "es actualizado only", lang: "es", skel: skelPlain, meta: `<p class="fecha">Actualizado: 05/03/2024 09:10</p>`, mod: "2024-03-05"},
	{name: "fr mis à jour only", lang: "fr", skel: skelPlain, meta: `<p class="meta">Mis à jour le 5 mars 2024 à 09h10</p>`, mod: "2024-03-05"},
	{name: "de aktualisiert only", lang: "de", skel: skelPlain, meta: `<p class="meta">Zuletzt aktualisiert: 05.03.2024</p>`, mod: "2024-03-05"},
	{name: "pt atualizado only", lang: "pt", skel: skelPlain, meta: `<p class="data">Atualizado em 05/03/2024 às 09h10</p>`, mod: "2024-03-05"},
	{name: "it aggiornato only", lang: "it", skel: skelPlain, meta: `<p class="data">Aggiornato il 5 marzo 2024</p>`, mod: "2024-03-05"},
	{name: "es ultima actualizacion only", lang: "es", skel: skelNewspaper, meta: `<span class="td-post-date">Última actualización: 05/03/2024</span>`, mod: "2024-03-05"},
	{name: "nl bijgewerkt only", lang: "nl", skel: skelPlain, meta: `<p class="meta">Bijgewerkt: 5 maart 2024</p>`, mod: "2024-03-05"},
	{name: "pl aktualizacja only", lang: "pl", skel: skelPlain, meta: `<p class="meta">Aktualizacja: 05.03.2024, 09:10</p>`, mod: "2024-03-05"},
	{name: "ru obnovleno only", lang: "ru", skel: skelPlain, meta: `<p class="meta">Обновлено 5 марта 2024</p>`, mod: "2024-03-05"},
	{name: "tr guncellendi only", lang: "tr", skel: skelPlain, meta: `<p class="meta">Güncelleme: 05.03.2024 09:10</p>`, mod: "2024-03-05"},
	{name: "en modified time element only", lang: "en", skel: skelDrupal, meta: `<div class="field field--name-changed"><time datetime="2024-03-05T10:00:00-05:00" class="datetime">March 5, 2024</time></div>`, mod: "2024-03-05"},
	{name: "en reviewed and updated only", lang: "en", skel: skelPlain, meta: `<p class="meta">Medically reviewed by Dr. Ann Lee · Updated on March 5, 2024</p>`, mod: "2024-03-05"},
	{name: "en updated only with ld modified and url day", lang: "en", skel: skelPlain, path: "/2024/03/05/headline-of-the-story/", head: ld45("", "2024-03-05T10:00:00+00:00"), meta: `<p class="date">Updated March 5, 2024</p>`, pub: "2024-03-05", mod: "2024-03-05"},
	// 4. More times and dates as pages print them.
	{name: "fr two-digit year", lang: "fr", skel: skelPlain, meta: `<p class="meta">Publié le 03/03/24 à 14h05</p>`, rail: rail50("Les plus lus", "09/03/24"), pub: "2024-03-03"},
	{name: "it two-digit year", lang: "it", skel: skelPlain, meta: `<p class="data">Pubblicato il 03/03/24 alle 14:05</p>`, pub: "2024-03-03"},
	{name: "en us two-digit year", lang: "en", skel: skelPlain, meta: `<p class="date">Posted 03/03/24 2:05 PM</p>`, pub: "2024-03-03"},
	{name: "de kurz", lang: "de", skel: skelPlain, meta: `<p class="meta">3.3.2024 | 14:30</p>`, pub: "2024-03-03"},
	{name: "es hrs antes", lang: "es", skel: skelPlain, meta: `<p class="fecha">14:30 hrs - 3 marzo, 2024</p>`, pub: "2024-03-03"},
	{name: "pt hora de brasilia", lang: "pt", skel: skelPlain, meta: `<p class="data">3 de março de 2024 | 14h30 (horário de Brasília)</p>`, pub: "2024-03-03"},
	{name: "es domingo", lang: "es", skel: skelPlain, meta: `<p class="fecha">Domingo, 3 de marzo de 2024, 14:30</p>`, pub: "2024-03-03"},
	{name: "fr dim.", lang: "fr", skel: skelPlain, meta: `<p class="meta">dim. 3 mars 2024 à 14:30</p>`, pub: "2024-03-03"},
	{name: "ro ora inainte", lang: "ro", skel: skelPlain, meta: `<p class="data">14:30, 3 martie 2024</p>`, pub: "2024-03-03"},
	{name: "nl om", lang: "nl", skel: skelPlain, meta: `<p class="meta">Gepubliceerd om 14:30, 3 maart 2024</p>`, pub: "2024-03-03"},
	{name: "pl godz", lang: "pl", skel: skelPlain, meta: `<p class="meta">godz. 14:30, 3 marca 2024</p>`, pub: "2024-03-03"},
	{name: "tr saat", lang: "tr", skel: skelPlain, meta: `<p class="meta">14:30, 3 Mart 2024</p>`, pub: "2024-03-03"},
	{name: "id wib before", lang: "id", skel: skelPlain, meta: `<p class="meta">14:30 WIB, Minggu 3 Maret 2024</p>`, pub: "2024-03-03"},
	{name: "en ld midnight minus offset placeholder stays", lang: "en", skel: skelPlain, head: ld45("2024-03-03T00:00:00-05:00", "") + meta52("2024-03-04T01:15:00+00:00", ""), meta: `<p class="byline">By Jane Doe</p>`, pub: "2024-03-03"},
}

// Pages52 counts the whole pages whose dates Extract gets right.
func TestPages52(t *testing.T) {
	right := 0
	for _, p := range pages52 {
		a := extractAt(t, page51(p), "https://news.example"+cmp.Or(p.path, "/news/headline-of-the-story"), Options{FetchedAt: cmp.Or(p.fetched, fetched50)})
		switch {
		case datesAre(a, p.pub, p.mod):
			right++
		case p.leftover != "":
			t.Logf("leftover %s: published %q, modified %q, want %q, %q (%s)", p.name, published(a), modified(a), p.pub, p.mod, p.leftover)
		default:
			t.Errorf("%s: published %q (%s), modified %q; want %q, %q", p.name, published(a), a.Provenance["published_date"], modified(a), p.pub, p.mod)
		}
	}
	t.Logf("%d/%d pages right", right, len(pages52))
}
