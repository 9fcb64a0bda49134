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
		{"a name over its date", yoast, `<div class="post-meta"><p>Paul Fenaroli</p><p>March 3, 2021</p></div>`, "", "Paul Fenaroli"},
		{"a newsroom over its date", yoast, `<div class="meta"><div><p>Example Team</p></div><div><p>Nov 08, 2025</p></div></div>`, "", "Example Team"},
		{"a newsroom under a label", metaOnly, `<p class="meta">Written by the Example Team</p>`, "", "Example Team"},
		// The metadata's name is shown: it keeps its weight.
		{"the name in an author box below", yoast, `<p class="byline">By Paul Fenaroli</p>`, `<div class="author-box"><h4>About Luke Daigle</h4><p>Luke writes about law.</p></div>`, "Luke Daigle"},
		{"the name in the text", yoast, `<p class="byline">By Paul Fenaroli</p>`, `<p>Luke Daigle contributed reporting.</p>`, "Luke Daigle"},
		{"an honorific in the metadata", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Dr. Jane Doe"}}`), `<p class="byline">By Jane Doe</p>`, "", "Dr. Jane Doe"},
		{"a middle initial on the page", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Timothy Nerozzi"}}`), `<p class="byline">By Timothy H.J. Nerozzi Fox News</p>`, "", "Timothy Nerozzi"},
		{"no label", yoast, `<p class="byline">Paul Fenaroli | March 3, 2021</p>`, "", "Luke Daigle"},
		{"a category link over the date", yoast, `<div class="post-meta"><p><a href="/category/product-news/">Product News</a></p><p>March 3, 2021</p></div>`, "", "Luke Daigle"},
		{"a name over a date far from the headline", yoast, `<p>First paragraph of the story.</p><p>Second paragraph.</p><p>Third paragraph.</p><div class="card"><p>Paul Fenaroli</p><p>March 3, 2021</p></div>`, "", "Luke Daigle"},
	}
	checkPages(t, cases)
}

// Page builders set a post's byline without a label: the writer's name on
// the line over the date, under the headline. With nothing else naming
// anyone, it is the author.
func TestNameOverDate(t *testing.T) {
	cases := []bylineCase{
		{"framer paragraphs", `<div><div><p class="framer-text">Jane Doe</p></div><div><p class="framer-text">Feb 16, 2026</p></div></div>`, "Jane Doe"},
		{"webflow divs", `<div class="blog-meta"><div class="text-block">Jane Doe</div><div class="text-block">16 February 2026</div></div>`, "Jane Doe"},
		{"german date", `<div class="meta"><p>Hans Müller</p><p>16. Februar 2026</p></div>`, "Hans Müller"},
		{"a one-word kicker over the date", `<div class="meta"><p>Product</p><p>Feb 16, 2026</p></div>`, ""},
		{"a tag link over the date", `<div class="meta"><p><a href="/tag/data-science/">Data Science</a></p><p>Feb 16, 2026</p></div>`, ""},
	}
	checkBylines(t, cases)
}
