package extractor

import "testing"

// Probe pages of round 78 (dates78): the rows of other stories that close
// a story (a numeric date after a linked headline, the links to the story
// before and after, in many languages), and the byline block above the
// headline.

// probe78DatePrevNext is the row of a theme's link to the story before
// or after this one: label, the other story's linked headline, its date.
func probe78DatePrevNext(label, date string) string {
	return `<div class="nav-links"><div class="nav-previous"><span class="meta-nav">` + label + `</span> <a href="/news/other-story">Council approves the new plan for the city's buses</a> <span class="date">` + date + `</span></div></div>`
}

// probe78DateRows are short stories that show no date of their own over
// a row or a list of other stories with theirs: the page has none.
var probe78DateRows = []page50{
	{name: "numeric dates in linked headlines", lang: "en", skel: probe77DateShort, tail: `<ul><li><a href="/news/other-a">Council approves the new plan 09.03.2025</a></li><li><a href="/news/other-b">Mayor signs the budget 08.03.2025</a></li></ul>`},
	{name: "slashed dates in linked headlines", lang: "en", skel: probe77DateShort, tail: `<ul><li><a href="/news/other-a">Council approves the new plan (09/03/2025)</a></li><li><a href="/news/other-b">Mayor signs the budget (08/03/2025)</a></li></ul>`},
	{name: "iso dates in linked headlines de", lang: "de", skel: probe77DateShort, tail: `<ul><li><a href="/news/other-a">Stadtrat beschließt den neuen Plan 2025-03-09</a></li><li><a href="/news/other-b">Bürgermeister unterschreibt den Haushalt 2025-03-08</a></li></ul>`},
	{name: "en previous", lang: "en", skel: probe77DateShort, tail: `<div class="nav-links"><div>Previous</div><a href="/news/other-a">Council approves the new plan for the city's buses</a><div>March 9, 2025</div></div>`},
	{name: "en previous colon", lang: "en", skel: probe77DateShort, tail: probe78DatePrevNext("Previous:", "March 9, 2025")},
	{name: "en older post", lang: "en", skel: probe77DateShort, tail: probe78DatePrevNext("« Older post", "March 9, 2025")},
	{name: "en next article", lang: "en", skel: probe77DateShort, tail: probe78DatePrevNext("Next article", "March 9, 2025")},
	{name: "en previous story arrow", lang: "en", skel: probe77DateShort, tail: probe78DatePrevNext("← Previous Story", "March 9, 2025")},
	{name: "es artículo anterior", lang: "es", skel: probe77DateShort, tail: probe78DatePrevNext("Artículo anterior", "9 de marzo de 2025")},
	{name: "es siguiente noticia", lang: "es", skel: probe77DateShort, tail: probe78DatePrevNext("Siguiente noticia", "09/03/2025")},
	{name: "fr article précédent", lang: "fr", skel: probe77DateShort, tail: probe78DatePrevNext("Article précédent", "9 mars 2025")},
	{name: "de vorheriger artikel", lang: "de", skel: probe77DateShort, tail: probe78DatePrevNext("Vorheriger Artikel", "09.03.2025")},
	{name: "de nächster beitrag", lang: "de", skel: probe77DateShort, tail: probe78DatePrevNext("Nächster Beitrag", "9. März 2025")},
	{name: "it articolo precedente", lang: "it", skel: probe77DateShort, tail: probe78DatePrevNext("Articolo precedente", "9 marzo 2025")},
	{name: "pt artigo anterior", lang: "pt", skel: probe77DateShort, tail: probe78DatePrevNext("Artigo anterior", "09/03/2025")},
	{name: "ru предыдущая статья", lang: "ru", skel: probe77DateShort, tail: probe78DatePrevNext("Предыдущая статья", "9 марта 2025")},
	{name: "uk наступна новина", lang: "uk", skel: probe77DateShort, tail: probe78DatePrevNext("Наступна новина", "09.03.2025")},
	{name: "pl poprzedni artykuł", lang: "pl", skel: probe77DateShort, tail: probe78DatePrevNext("Poprzedni artykuł", "9 marca 2025")},
	{name: "nl vorig artikel", lang: "nl", skel: probe77DateShort, tail: probe78DatePrevNext("Vorig artikel", "9 maart 2025")},
	{name: "tr önceki haber", lang: "tr", skel: probe77DateShort, tail: probe78DatePrevNext("Önceki Haber", "09.03.2025")},
	{name: "id berita sebelumnya", lang: "id", skel: probe77DateShort, tail: probe78DatePrevNext("Berita Sebelumnya", "9 Maret 2025")},
	{name: "ja 前の記事", lang: "ja", skel: probe77DateShort, tail: probe78DatePrevNext("前の記事", "2025年3月9日")},
	{name: "ko 이전글", lang: "ko", skel: probe77DateShort, tail: probe78DatePrevNext("이전글", "2025.03.09")},
	{name: "own date kept over previous", lang: "en", skel: probe77DateShort, meta: `<p class="date">March 5, 2025</p>`, tail: probe78DatePrevNext("Previous", "March 9, 2025"), pub: "2025-03-05"},
	{name: "en previous time element", lang: "en", skel: probe77DateShort, tail: `<div class="nav-links"><div class="nav-previous">Previous <a href="/news/other-a">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09T10:00:00Z">March 9, 2025</time></div></div>`},
	{name: "en previous unclassed", lang: "en", skel: probe77DateShort, tail: `<div><p>Previous: <a href="/news/other-a">Council approves the new plan for the city's buses</a> March 9, 2025</p></div>`},
	{name: "es anterior unclassed", lang: "es", skel: probe77DateShort, tail: `<div><span>« Anterior</span><a href="/news/other-a">El consejo aprueba el nuevo plan de autobuses</a><span>09/03/2025</span></div>`},
	{name: "own date under next-word line kept", lang: "en", skel: probe77DateShort, meta: `<p class="date">Nextdoor Staff · March 5, 2025</p>`, pub: "2025-03-05"},
	{name: "own numeric date in a list item kept", lang: "en", skel: probe77DateShort, meta: `<ul class="meta"><li><a href="/author/jane">Jane Doe</a></li><li>05.03.2025</li></ul>`, pub: "2025-03-05"},
}

func TestDateProbe78Rows(t *testing.T) {
	checkPages50(t, probe78DateRows, probe77DateFetched)
}

// probe78DateAbove are bylines set in a block just above the headline, a
// date beside the author, as Arc XP and WordPress themes print them.
var probe78DateAbove = []page50{
	{name: "arc byline above", lang: "en", skel: skelArc, above: `<div class="byline-block"><span class="c-byline">By <a href="/people/jane-doe/">Jane Doe</a></span> | <time>March 3, 2025</time></div>`, pub: "2025-03-03"},
	{name: "arc byline above pipe", lang: "en", skel: skelArc, above: `<div class="c-attribution">By Jane Doe | March 3, 2025</div>`, pub: "2025-03-03"},
	{name: "newspaper above", lang: "en", skel: skelNewspaper, above: `<div class="td-post-author-name">By <a href="/author/jane/">Jane Doe</a> - <time class="entry-date">March 3, 2025</time></div>`, pub: "2025-03-03"},
	{name: "jnews above", lang: "en", skel: skelJnews, above: `<div class="jeg_meta_author">By <a href="/author/jane/">Jane Doe</a> | March 3, 2025</div>`, pub: "2025-03-03"},
	{name: "soledad above", lang: "en", skel: skelSoledad, above: `<div class="author-post byline"><span class="author vcard">written by <a href="/author/jane/">Jane Doe</a></span> <span>March 3, 2025</span></div>`, pub: "2025-03-03"},
	{name: "drupal above", lang: "en", skel: skelDrupal, above: `<div class="byline">By Jane Doe | 03/03/2025</div>`, pub: "2025-03-03"},
	{name: "arc above with later update in meta", lang: "en", skel: skelArc, above: `<div class="c-attribution">By Jane Doe | March 3, 2025</div>`, meta: `<div class="c-date">Updated March 4, 2025</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "de above", lang: "de", skel: skelJnews, above: `<div class="jeg_meta_author">Von <a href="/author/anna/">Anna Schmidt</a> | 03.03.2025</div>`, pub: "2025-03-03"},
}

func TestDateProbe78Above(t *testing.T) {
	checkPages50(t, probe78DateAbove, probe77DateFetched)
}

// probe78DateForms are the date forms of issue 13's list: two-digit
// years, day and month told apart by the page's other dates and its
// language, an "Originally published" note in the text under a byline's
// date, a page that shows only its update.
var probe78DateForms = []page50{
	{name: "en short year month first", lang: "en", skel: skelPlain, meta: `<div class="meta">By Jane Doe | 03/03/25</div>`, pub: "2025-03-03"},
	{name: "en short year us order", lang: "en", skel: skelPlain, meta: `<div class="meta">By Jane Doe | 01/25/25 10:00 AM</div>`, fetched: probe77DateFetched, pub: "2025-01-25"},
	{name: "de short year", lang: "de", skel: skelPlain, meta: `<div class="meta">Von Anna Schmidt | 25.01.25, 10:00 Uhr</div>`, pub: "2025-01-25"},
	{name: "fr short year", lang: "fr", skel: skelPlain, meta: `<div class="meta">Par Jean Dupont, le 25/01/25 à 10h00</div>`, pub: "2025-01-25"},
	{name: "en day first by other date", lang: "en", skel: skelPlain, meta: `<div class="meta">Published 04/03/2025</div>`, inBody: `<p>The report, dated 25/02/2025, was sent to the council.</p>`, pub: "2025-03-04"},
	{name: "en-GB day first by language", lang: "en-GB", skel: skelPlain, meta: `<div class="meta">Published 04/03/2025</div>`, pub: "2025-03-04"},
	{name: "es day first", lang: "es", skel: skelPlain, meta: `<div class="meta">Publicado el 04/03/2025</div>`, pub: "2025-03-04"},
	{name: "en-US month first", lang: "en-US", skel: skelPlain, meta: `<div class="meta">Published 03/04/2025</div>`, pub: "2025-03-04"},
	{name: "originally published note in text", lang: "en", skel: skelPlain, meta: `<div class="meta">By Jane Doe | March 5, 2025</div>`, inBody: `<p><em>This story was originally published on March 1, 2025 by the Daily Courier.</em></p>`, pub: "2025-03-05"},
	{name: "originally published note at end", lang: "en", skel: skelPlain, meta: `<div class="meta">By Jane Doe | March 5, 2025</div>`, tail: `<p><em>Originally published on March 1, 2025.</em></p>`, pub: "2025-03-05"},
	{name: "update only", lang: "en", skel: skelPlain, meta: `<div class="meta">Updated March 5, 2025</div>`, mod: "2025-03-05"},
	{name: "update only de", lang: "de", skel: skelPlain, meta: `<div class="meta">Aktualisiert am 05.03.2025</div>`, mod: "2025-03-05"},
	{name: "update only last updated", lang: "en", skel: skelPlain, meta: `<p>Last updated on 5 March 2025</p>`, mod: "2025-03-05"},
}

func TestDateProbe78Forms(t *testing.T) {
	checkPages50(t, probe78DateForms, probe77DateFetched)
}

// probe78DateHarder are the forms above in harder company.
var probe78DateHarder = []page50{
	{name: "short year ambiguous settled by other date", lang: "en", skel: skelPlain, meta: `<div class="meta">By Jane Doe | 04/03/25</div>`, tail: `<p class="source">Source: council minutes of 25/02/2025</p>`, pub: "2025-03-04"},
	{name: "short year ambiguous de", lang: "de", skel: skelPlain, meta: `<div class="meta">04.03.25</div>`, pub: "2025-03-04"},
	{name: "short year ambiguous fr slashes", lang: "fr", skel: skelPlain, meta: `<div class="meta">Publié le 04/03/25</div>`, pub: "2025-03-04"},
	{name: "short year ambiguous en-US", lang: "en-US", skel: skelPlain, meta: `<div class="meta">Published 03/04/25</div>`, pub: "2025-03-04"},
	{name: "originally published above byline", lang: "en", skel: skelPlain, meta: `<p><em>Originally published March 1, 2025 by the Daily Courier.</em></p><div class="meta">By Jane Doe | March 5, 2025</div>`, pub: "2025-03-05"},
	{name: "first published note after date", lang: "en", skel: skelPlain, meta: `<div class="meta">By Jane Doe, March 5, 2025</div><p>This article first appeared on March 1, 2025 in The Conversation.</p>`, pub: "2025-03-05"},
	{name: "ld modified only", lang: "en", skel: skelPlain, head: ld45("", "2025-03-05T10:00:00Z"), mod: "2025-03-05"},
	{name: "meta modified only", lang: "en", skel: skelPlain, head: `<meta property="article:modified_time" content="2025-03-05T10:00:00Z">`, mod: "2025-03-05"},
	{name: "update only time element", lang: "en", skel: skelPlain, meta: `<div class="meta">Updated <time datetime="2025-03-05T10:00:00Z">March 5, 2025</time></div>`, mod: "2025-03-05"},
	{name: "short year order by later date", lang: "en", skel: skelPlain, meta: `<div class="meta">Posted 04/03/25 · Updated 25/03/25</div>`, fetched: probe80DateFetched, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "originally published before byline date same block", lang: "en", skel: skelPlain, meta: `<div class="meta">Originally published March 1, 2025 · By Jane Doe · March 5, 2025</div>`, pub: "2025-03-05",
		leftover: "an 'Originally published' note that opens the meta line gives the publication over the byline's later day; which is right is a choice"},
	{name: "short year us by later date", lang: "en", skel: skelPlain, meta: `<div class="meta">Posted 03/04/25 · Updated 03/15/25</div>`, pub: "2025-03-04", mod: "2025-03-15"},
	{name: "byline above h1 with teasers below", lang: "en", skel: skelArc, above: `<div class="c-attribution">By Jane Doe | March 3, 2025</div>`, tail: probe77DateList("More news", false, "March 9, 2025", "March 8, 2025"), pub: "2025-03-03"},
	{name: "update only with other stories", lang: "en", skel: skelPlain, meta: `<div class="meta">Last updated: March 5, 2025</div>`, tail: probe77DateList("", false, "March 1, 2025", "March 2, 2025"), mod: "2025-03-05"},
	{name: "update only es", lang: "es", skel: skelPlain, meta: `<div class="meta">Actualizado: 05/03/2025 10:00</div>`, mod: "2025-03-05"},
}

func TestDateProbe78Harder(t *testing.T) {
	checkPages50(t, probe78DateHarder, probe77DateFetched)
}
