package extractor

import "testing"

// The metadata names the account that posted; the page shows the writer
// under a label by the headline, and the metadata's name nowhere. Across
// SEO plugins (Yoast's @graph, AIOSEO, Rank Math), <meta> tags and
// languages, the shown writer wins; a metadata name the page shows, in
// full or with an honorific, a middle initial or a tagline around it,
// keeps its weight, and so does one beside a byline far from the
// headline (a related story's).
func TestUnshownMetadataAuthor(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	yoast := ld(`{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://news.example/a-story/#article","author":{"name":"Luke Daigle","@id":"https://news.example/#/schema/person/1"},"headline":"A story"},{"@type":"Person","@id":"https://news.example/#/schema/person/1","name":"Luke Daigle","url":"https://news.example/author/ldaigle/"}]}`) + `<meta name="author" content="Luke Daigle">`
	aioseo := ld(`{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"A story","author":{"@id":"https://news.example/author/webteam/#author"}},{"@type":"Person","@id":"https://news.example/author/webteam/#author","name":"Marketing Webmaster"}]}`) + `<meta name="author" content="Marketing Webmaster">`
	rankMath := ld(`{"@context":"https://schema.org","@graph":[{"@type":"Person","@id":"https://news.example/author/sam/","name":"Sam Poster"},{"@type":"NewsArticle","headline":"A story","author":{"@id":"https://news.example/author/sam/","name":"Sam Poster"}}]}`)
	metaOnly := `<meta name="author" content="Kim Uploader"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Kim Uploader">`
	cases := []pageCase{
		{"yoast, By:", yoast, `<div class="by-div"><p>By: Paul Fenaroli</p></div>`, "", "Paul Fenaroli"},
		{"yoast, written by", yoast, `<p class="meta">Written by Paul Fenaroli</p>`, "", "Paul Fenaroli"},
		{"aioseo, by and a date", aioseo, `<div class="post-meta"><span>By Ana García</span> <span>March 3, 2021</span></div>`, "", "Ana García"},
		{"rank math, two writers", rankMath, `<p class="byline">By Jane Doe and John Roe</p>`, "", "Jane Doe; John Roe"},
		{"meta tags only", metaOnly, `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		{"german, Von", yoast, `<p class="meta">Von Hans Müller</p>`, "", "Hans Müller"},
		{"french, Par", yoast, `<p class="meta">Par Jean Dupont</p>`, "", "Jean Dupont"},
		{"spanish, Autor:", yoast, `<p class="meta">Autor: María López</p>`, "", "María López"},
		// The metadata's name is shown: it keeps its weight.
		{"the name in an author box below", yoast, `<p class="byline">By Paul Fenaroli</p>`, `<div class="author-box"><h4>About Luke Daigle</h4><p>Luke writes about law.</p></div>`, "Luke Daigle"},
		{"the name in the text", yoast, `<p class="byline">By Paul Fenaroli</p>`, `<p>Luke Daigle contributed reporting.</p>`, "Luke Daigle"},
		{"an honorific in the metadata", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Dr. Jane Doe"}}`), `<p class="byline">By Jane Doe</p>`, "", "Dr. Jane Doe"},
		{"a middle initial on the page", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Timothy Nerozzi"}}`), `<p class="byline">By Timothy H.J. Nerozzi Fox News</p>`, "", "Timothy Nerozzi"},
		{"no label", yoast, `<p class="byline">Paul Fenaroli | March 3, 2021</p>`, "", "Luke Daigle"},
	}
	checkPages(t, cases)
}
