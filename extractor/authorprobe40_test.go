package extractor

import "testing"

// Yoast SEO and other graph writers refer to the article's writer by the
// Person node's @id: as an object ({"@id": …}) or as the bare address
// ("author": "https://site/#/schema/person/abc"), in the same @graph or
// in another JSON-LD block of the page. The reference is the Person's
// name.
func TestAuthorProbe40LDReference(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	g := func(body string) string { return ld(`{"@context":"https://schema.org","@graph":[` + body + `]}`) }
	person := `{"@type":"Person","@id":"https://news.example/#/schema/person/abc","name":"Jane Doe","url":"https://news.example/author/jdoe/"}`
	checkPages(t, []pageCase{
		{"an address in the graph", g(`{"@type":"NewsArticle","headline":"A story","author":"https://news.example/#/schema/person/abc"},` + person), "", "", "Jane Doe"},
		{"a list of addresses", g(`{"@type":"NewsArticle","headline":"A story","author":["https://news.example/#/schema/person/abc"]},` + person), "", "", "Jane Doe"},
		{"an object in another block", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@id":"https://news.example/#/schema/person/abc"}}`) + ld(person), "", "", "Jane Doe"},
		{"an address in another block", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":"https://news.example/#/schema/person/abc"}`) + ld(person), "", "", "Jane Doe"},
		{"an address that names no node", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":"https://news.example/#/schema/person/abc"}`), "", "", ""},
	})
}

// A Person whose name is the account's login ("jdoe") and who writes the
// name out in alternateName or in givenName and familyName is the name
// written out. A Person named so alone keeps the name it has.
func TestAuthorProbe40LoginName(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	checkPages(t, []pageCase{
		{"alternateName, by @id", ld(`{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"A story","author":{"@id":"https://news.example/#/schema/person/abc"}},{"@type":"Person","@id":"https://news.example/#/schema/person/abc","name":"jdoe","alternateName":"Jane Doe"}]}`), "", "", "Jane Doe"},
		{"givenName and familyName", ld(`{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"jdoe","givenName":"Jane","familyName":"Doe"}}`), "", "", "Jane Doe"},
		{"alternateName inline", ld(`{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"jane_doe","alternateName":"Jane Doe"}}`), "", "", "Jane Doe"},
		{"a name written out stays", ld(`{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Jane Doe","alternateName":"JD Writer"}}`), "", "", "Jane Doe"},
	})
}

// Newsroom placeholders that name no person and no organisation: "Staff
// Report(s)", "Web Desk", "News Desk", "Press Release Distribution". They
// are rejected as "Press Release" and "Guest Author" are (README,
// `authors`); a paper's own staff or desk ("Herald Staff") is an
// organisation written out and stays.
func TestAuthorProbe40NewsroomPlaceholders(t *testing.T) {
	checkPages(t, []pageCase{
		{"By Staff Report", "", `<p class="byline">By Staff Report</p>`, "", ""},
		{"Staff Reports, an author link", "", `<p class="byline">By <a href="/author/staff/" rel="author">Staff Reports</a></p>`, "", ""},
		{"By Press Release Distribution", "", `<p class="byline">By Press Release Distribution</p>`, "", ""},
		{"By Web Desk", "", `<p class="byline">By Web Desk</p>`, "", ""},
		{"News Desk", "", `<p class="byline">News Desk</p>`, "", ""},
		{"By Digital Desk", "", `<p class="byline">By Digital Desk</p>`, "", ""},
		{"By Online Desk", "", `<p class="byline">By Online Desk</p>`, "", ""},
		{"meta Staff Report", `<meta name="author" content="Staff Report">`, "", "", ""},
		{"meta Web Desk", `<meta name="author" content="Web Desk">`, "", "", ""},
		{"a paper's staff stays", "", `<p class="byline">By Herald Staff</p>`, "", "Herald Staff"},
	})
}

// A first-person essay credits its writer "As told to Jane Doe": the one
// who tells is the subject, the one it was told to wrote it.
func TestAuthorProbe40AsToldTo(t *testing.T) {
	checkPages(t, []pageCase{
		{"a byline", "", `<p class="byline">As told to Jane Doe</p>`, "", "Jane Doe"},
		{"in lower case", "", `<p class="byline">as told to Jane Doe</p>`, "", "Jane Doe"},
		{"the meta", `<meta name="author" content="As told to Jane Doe">`, "", "", "Jane Doe"},
	})
}

// What a byline sets after its names is no name: an Italian paper whose
// name opens with no article after a dash ("di Marco Rossi - Corriere
// della Sera"), a Dutch place after a comma ("Door Jan de Vries, Den
// Haag").
func TestAuthorProbe40PaperAndPlaceAfterNames(t *testing.T) {
	checkPages(t, []pageCase{
		{"an Italian paper after a dash", "", `<p class="byline">di Marco Rossi - Corriere della Sera</p>`, "", "Marco Rossi"},
		{"an Italian paper with its article", "", `<p class="byline">di Marco Rossi - Il Sole 24 Ore</p>`, "", "Marco Rossi"},
		{"two Dutch writers and the place", "", `<p class="byline">Door Jan de Vries en Piet Jansen, Den Haag</p>`, "", "Jan de Vries; Piet Jansen"},
		{"a Dutch writer and the place", "", `<p class="byline">Door Jan de Vries, Den Haag</p>`, "", "Jan de Vries"},
	})
}
