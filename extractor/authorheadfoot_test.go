package extractor

import (
	"strings"
	"testing"
)

// headFootPage is a news page in lang whose header block holds the
// headline and then header, the byline's block under it; the story's
// paragraphs follow, then the site's footer.
func headFootPage(lang, header string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>The harbour bridge will close for a year of repairs | The Courier</title><meta property="og:site_name" content="The Courier"></head><body><header class="site-header"><a href="/">The Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
<main><article><div class="headline"><h1 class="headline__text">The harbour bridge will close for a year of repairs</h1>` + header + `</div><div class="article__content">`)
	for i := range 8 {
		b.WriteString(`<p>The harbour bridge will close in April for a year of cable repairs, and paragraph ` + string(rune('a'+i)) + ` tells how the ferries and buses will carry the commuters who cross it each day.</p>`)
	}
	b.WriteString(`</div></article></main><footer class="site-footer"><p>© 2024 The Courier. <a href="/about/">About us</a> <a href="/contact/">Contact</a></p></footer></body></html>`)
	return b.String()
}

// A block's "footer" that follows the block it belongs to in a BEM or
// dashed class ("headline__footer", "article-header__footer",
// "byline-footer") is that block's lower part, not the page's footer:
// CNN sets its byline in the headline's footer. The site's footers keep
// their word.
func TestHeadFooterIsNoFurniture(t *testing.T) {
	for cid, want := range map[string]bool{
		"headline__footer":        false,
		"article-header__footer":  false,
		"entry-header-footer":     false,
		"byline-footer":           false,
		"hero__footer":            false,
		"footer":                  true,
		"site-footer":             true,
		"page-footer":             true,
		"footer-widgets":          true,
		"headline__footer share":  true,
		"article__footer":         true,
		"headline__footer-nav":    true,
		"footer headline-wrapper": true,
	} {
		if got := isBoilerClass(cid); got != want {
			t.Errorf("isBoilerClass(%q) = %v, want %v", cid, got, want)
		}
	}
	const u = "https://www.courier.example/2024/03/03/harbour-bridge-repairs/"
	checkPageAuthors(t, u, []pageAuthors{
		{"a byline in the headline's footer", headFootPage("en", `<div class="headline__footer"><div class="headline__byline"><span>By Jane Doe and John Roe, The Courier</span></div><div class="headline__timestamp">Updated 6:02 PM EST, Mon March 4, 2024</div></div>`), "Jane Doe; John Roe"},
		{"a byline in the article header's footer", headFootPage("en", `<div class="article-header__footer"><p>By Jane Doe</p><p>March 3, 2024</p></div>`), "Jane Doe"},
	})
}

// An author box inside a block whose class reads as furniture
// (furnitureAuthor) whose first name is one of several author links in
// one line, "By <a>Jane Doe</a> and <a>John Roe</a>", names every
// writer the line links, not the first alone.
func TestFurnitureBoxLineOfAuthorLinks(t *testing.T) {
	const u = "https://www.courier.example/2024/03/03/harbour-bridge-repairs/"
	checkPageAuthors(t, u, []pageAuthors{
		{"two links", headFootPage("en", `<div class="article-toolbar"><div class="byline"><span>By </span><a href="/author/jane-doe/">Jane Doe</a> and <a href="/author/john-roe/">John Roe</a></div><ul><li><a href="#share">Share</a></li><li><a href="#print">Print</a></li></ul></div>`), "Jane Doe; John Roe"},
		{"three links", headFootPage("en", `<div class="article-toolbar"><div class="byline">By <a href="/author/jane-doe/">Jane Doe</a>, <a href="/author/john-roe/">John Roe</a> and <a href="/author/mary-major/">Mary Major</a></div><ul><li><a href="#share">Share</a></li></ul></div>`), "Jane Doe; John Roe; Mary Major"},
		// A menu of the site's writers, each link an item of its own, is
		// no line of them.
		{"a menu of writers", strings.Replace(headFootPage("en", `<p class="meta">John Paczkowski, March 3, 2024</p>`), `</main>`, `</main><div class="nav-flyout"><h2>Writers</h2><ul><li class="writer"><div class="writer-image"><a href="/author/walt/"><p class="title">Walt Mossberg</p></a></div></li><li class="writer"><div class="writer-image"><a href="/author/kara/"><p class="title">Kara Swisher</p></a></div></li><li class="writer"><div class="writer-image"><a href="/author/john/"><p class="title">John Paczkowski</p></a></div></li></ul></div>`, 1), "John Paczkowski"},
		{"one link", headFootPage("en", `<div class="article-toolbar"><div class="byline">By <a href="/author/jane-doe/">Jane Doe</a></div><ul><li><a href="#share">Share</a></li></ul></div>`), "Jane Doe"},
	})
}

// Spanish and Portuguese newsrooms link the byline to "/autor/<name>/"
// (El País sets the link alone under the headline, no "Por"): on a page
// that declares one of those languages the link under the headline names
// the writer, as "/author/" does; "/autores/" itself is the list of all
// writers. On a German page "/autor/" links more than the byline and is
// left alone.
func TestAutorPathOnIberianPages(t *testing.T) {
	const u = "https://diario.example/sociedad/2024-03-03/el-puente-cierra.html"
	md := func(href, name string) string {
		return `<div class="a_md"><div class="a_md_a"><a href="` + href + `" class="a_md_a_n">` + name + `</a></div><div class="a_md_f"><span>Puerto</span></div></div>`
	}
	checkPageAuthors(t, u, []pageAuthors{
		{"es, /autor/", headFootPage("es", md("/autor/ana-garcia/", "Ana García")), "Ana García"},
		{"es-ES, /autora/", headFootPage("es-ES", md("https://diario.example/autora/ana-garcia", "Ana García")), "Ana García"},
		{"pt-BR, /autores/", headFootPage("pt-BR", md("/autores/joao-silva/", "João Silva")), "João Silva"},
		{"es, the list of all writers", headFootPage("es", md("/autores/", "Autores")), ""},
		{"fr, the list of all writers", headFootPage("fr", md("/auteurs/", "Auteurs")), ""},
		{"de, /autor/", headFootPage("de", md("/autor/anna-meier/", "Anna Meier")), ""},
	})
	for _, c := range []struct {
		seg  string
		want bool
	}{{"autor", true}, {"Autora", true}, {"autores", true}, {"autorin", false}, {"auto", false}, {"actor", false}} {
		if got := autorSegment(c.seg); got != c.want {
			t.Errorf("autorSegment(%q) = %v, want %v", c.seg, got, c.want)
		}
	}
}
