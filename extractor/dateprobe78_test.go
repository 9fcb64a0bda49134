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
