package extractor

import "testing"

// Names stated in structured data the way CMSs write them, each on an
// article page: the rendered byline's markup in a JSON-LD or <meta>
// author, a Person whose name lists the co-authors, a blogger's emoji
// after her name, a type written in lower case, OpenGraph's unofficial
// og:author written out or a user name.
func TestStructuredNamesAsCMSsWriteThem(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	cases := []pageCase{
		{"json-ld name holding the byline's markup", ld(`{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"By <a href=\"/profiles/jane-doe\">Jane Doe</a> and <a href=\"/profiles/john-roe\">John Roe</a>"}}`), "", "", "Jane Doe; John Roe"},
		{"meta author holding markup", `<meta name="author" content="&lt;b&gt;Jane Doe&lt;/b&gt;">`, "", "", "Jane Doe"},
		{"german json-ld with links and und", ld(`{"@type":"Article","headline":"A story","author":{"@type":"Person","name":"Von <a href='/autor/anna-meier'>Anna Meier</a> und Jan Roth"}}`), "", "", "Anna Meier; Jan Roth"},
		{"a person whose name lists two", ld(`{"@type":"NewsArticle","headline":"A story","author":[{"@type":"Person","name":["Jane Doe","John Roe"]}]}`), "", "", "Jane Doe; John Roe"},
		{"an emoji after the name", `<meta name="author" content="Jane Doe ❤️">`, "", "", "Jane Doe"},
		{"an emoji inside the name", `<meta name="author" content="Jane 😊 Doe">`, "", "", "Jane Doe"},
		{"a sparkle in a byline", "", `<p class="byline">By Jane Doe ✨</p>`, "", "Jane Doe"},
		{"an article type in lower case", ld(`{"@type":"socialmediaposting","headline":"A story","author":{"@type":"Person","givenName":"Jane","familyName":"Doe"}}`), "", "", "Jane Doe"},
		{"og:author written out", `<meta property="og:author" content="Jane Doe">`, "", "", "Jane Doe"},
		{"og:author a user name", `<meta property="og:author" content="janedoe77">`, "", "", ""},
	}
	checkPages(t, cases)
}

// A structured author's text may open with the word "author" in the
// page's language, German's gender-inclusive forms among them.
func TestAuthorLabelInStructuredText(t *testing.T) {
	cases := []pageCase{
		{"microdata, autor/in", "", `<p><span itemprop="datePublished">18.03.2020</span> <span itemprop="author">Autor/in: Anna Meier </span></p>`, "", "Anna Meier"},
		{"microdata, autor*in", "", `<p><span itemprop="author">Autor*in: Anna Meier</span></p>`, "", "Anna Meier"},
		{"meta author, autorin", `<meta name="author" content="Autorin: Anna Meier">`, "", "", "Anna Meier"},
		{"meta author, auteur", `<meta name="author" content="Auteur : Marie Dupont">`, "", "", "Marie Dupont"},
		{"meta author, autore", `<meta name="author" content="Autore: Marco Rossi">`, "", "", "Marco Rossi"},
	}
	checkPages(t, cases)
}

// An author element in a figure credits what the figure holds, and one in
// a quotation the quoted words; neither is the article's author.
func TestAuthorElementInAnInset(t *testing.T) {
	cases := []pageCase{
		{"a picture's author in a figure", "", `<figure class="wp-block-image"><img src="a.jpg"><div class="image-author">Jane Doe</div></figure>`, "", ""},
		{"an embedded post's author in a figure", "", `<figure class="embed"><blockquote class="post">A post</blockquote><span class="author">Jane Doe</span></figure>`, "", ""},
		{"a pull quote's author", "", `<div class="pullquote"><p>Words worth quoting.</p><p class="author">Jane Doe</p></div>`, "", ""},
		{"a quote's author, a dash before", "", `<div class="quote-box"><p>Words worth quoting.</p><cite class="quote-author">— Jane Doe</cite></div>`, "", ""},
		{"a byline beside a quoted picture", "", `<p class="byline">By John Roe</p><figure><img src="a.jpg"><span class="author">Jane Doe</span></figure>`, "", "John Roe"},
	}
	checkPages(t, cases)
}

// A microdata headline may be stated in a <meta> rather than on an
// element; it names the article as an element's itemprop does.
func TestHeadlineInAMeta(t *testing.T) {
	body := `<p>Paragraph of the story, long enough to be body text for the reader, and then some.</p>`
	for _, c := range []struct{ name, page, want string }{
		{"itemprop in the head", `<html><head><title>Example News</title><meta itemprop="headline" content="Council votes to rebuild the old bridge"></head><body><div class="hero">` + body + `</div></body></html>`, "Council votes to rebuild the old bridge"},
		{"itemprop in an article", `<html><head><title>Startseite</title></head><body><article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="headline" content="Stadtrat beschließt Neubau der Brücke">` + body + `</article></body></html>`, "Stadtrat beschließt Neubau der Brücke"},
	} {
		a := extractPage(t, c.page)
		if a.Title != c.want {
			t.Errorf("Extract(%s).Title = %q, want %q", c.name, a.Title, c.want)
		}
	}
}

// Component libraries name a byline's parts in data-testid or
// data-component rather than a class; the date label that follows a name
// in such a block is cut in the page's language as in English.
func TestBylineNamedByTestID(t *testing.T) {
	cases := []pageCase{
		{"data-component byline", "", `<div data-component="Byline">Jane Doe</div>`, "", "Jane Doe"},
		{"data-testid byline-name", "", `<div><span data-testid="byline-name">Jane Doe</span><time>March 3, 2021</time></div>`, "", "Jane Doe"},
		{"data-testid author-name, a link", "", `<div data-testid="author-name"><a href="/people/jane">Jane Doe</a></div>`, "", "Jane Doe"},
		{"data-testid author-bio is no name", "", `<p data-testid="author-bio">Writes about cities</p>`, "", ""},
		{"german, publiziert after the name", "", `<div data-testid="author-block"><a><div>Von</div><div>Anna Meier</div></a><div>Publiziert 02/02/2022 um 09:23 GMT</div></div>`, "", "Anna Meier"},
		{"french, publié after the name", "", `<p class="byline">Jean Dupont Publié le 3 mars 2021</p>`, "", "Jean Dupont"},
		{"italian, pubblicato after the name", "", `<p class="author">Marco Rossi Pubblicato il 3 marzo 2021</p>`, "", "Marco Rossi"},
	}
	checkPages(t, cases)
}

// A <meta> author that is the publisher's credit line, its name then the
// city and the country, names the publisher, not two people.
func TestPublisherPlaceLine(t *testing.T) {
	cases := []pageCase{
		{"site, city, country", `<meta name="author" content="Example News, Hamburg, Germany"><meta property="og:site_name" content="Example News">`, "", "", "Example News"},
		{"site, city", `<meta name="author" content="The Daily Example, London"><meta property="og:site_name" content="The Daily Example">`, "", "", "The Daily Example"},
		{"site and a writer stay a writer", `<meta name="author" content="Example News, Jane Doe"><meta property="og:site_name" content="Example News">`, "", "", "Jane Doe"},
	}
	checkPages(t, cases)
}

// A paper's footnote marks after its authors' names, and a full name
// written with underscores for its spaces, are cleaned to the name; a
// form's "Name *" stays no name.
func TestNameMarksAndUnderscores(t *testing.T) {
	cases := []pageCase{
		{"a corresponding author's asterisk", `<meta name="citation_author" content="Doe, Jane*">`, "", "", "Jane Doe"},
		{"marks after two names", "", `<p class="authors">By Jane Doe*, John Roe†</p>`, "", "Jane Doe; John Roe"},
		{"underscores in a meta author", `<meta name="author" content="Jane_Doe">`, "", "", "Jane Doe"},
		{"underscores in an author element", "", `<span class="author">Jean_Luc_Picard</span>`, "", "Jean Luc Picard"},
		{"a lower-case user name keeps its underscore", `<meta name="author" content="jane_doe">`, "", "", "jane_doe"},
		{"a form's required name field", "", "", `<form class="comment-form"><p class="comment-form-author"><label for="author">Name</label> <span class="required">*</span></p></form>`, ""},
	}
	checkPages(t, cases)
}

// A citation_author tag is one author, "Last, First"; a tag that joins two
// with "and" names both.
func TestCitationAuthorWithAnd(t *testing.T) {
	cases := []pageCase{
		{"two in one tag", `<meta name="citation_author" content="Jane Doe and John Roe">`, "", "", "Jane Doe; John Roe"},
		{"last, first stays one", `<meta name="citation_author" content="Doe, Jane">`, "", "", "Jane Doe"},
		// An organisation's name with "and" in it is not cut into a
		// first name and the rest ("Bill"; "Melinda Gates Foundation"):
		// cleanName takes no name joined by "and" whole, so it names none.
		{"a foundation", `<meta name="citation_author" content="Bill and Melinda Gates Foundation">`, "", "", ""},
		{"a department", `<meta name="citation_author" content="Department of Health and Social Care">`, "", "", ""},
	}
	checkPages(t, cases)
}

// A JSON-LD object whose template left its type out ("@type": []) but
// that states a headline and an author still describes the article.
func TestUntypedJSONLDArticle(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	cases := []pageCase{
		{"an empty type", ld(`{"@context":"http://schema.org","@type":[],"headline":"A story","datePublished":"2023-01-16 16:30:41","author":{"@type":"Person","name":"Jane Doe"}}`), "", "", "Jane Doe"},
		{"an untyped object without a headline is not the article", ld(`{"@context":"https://schema.org","author":{"@type":"Person","name":"Jane Doe"}}`), "", "", ""},
	}
	checkPages(t, cases)
}

// JSON-LD that JavaScript would read and JSON does not, as pages write it:
// a comma before a closing brace or bracket, comments. Strings keep what
// looks like either ("https://…", ",}").
func TestParseJSONLDRelaxed(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`{"@type":"NewsArticle","headline":"A","author":{"@type":"Person","name":"Jane Doe",},}`, "Jane Doe"},
		{`{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},],"headline":"A"}`, "Jane Doe"},
		{"{\"@type\":\"NewsArticle\", // the article\n\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}", "Jane Doe"},
		{`{"@type":"NewsArticle", /* author: */ "author":{"@type":"Person","name":"Jane Doe"}}`, "Jane Doe"},
		{`{"@type":"NewsArticle","url":"https://news.example/a","author":{"@type":"Person","name":"Jane \"JD\" Doe ,}"},}`, `Jane "JD" Doe ,}`},
	} {
		objs := parseJSONLD(c.src)
		got := ""
		if len(objs) > 0 {
			if a, ok := objs[0]["author"].(map[string]any); ok {
				got, _ = a["name"].(string)
			} else if as, ok := objs[0]["author"].([]any); ok && len(as) > 0 {
				got, _ = as[0].(map[string]any)["name"].(string)
			}
		}
		if got != c.want {
			t.Errorf("parseJSONLD(%s): author %q, want %q", c.src, got, c.want)
		}
	}
	if got := relaxJSON(`{"u":"https://a.example/b",}`); got != `{"u":"https://a.example/b"}` {
		t.Errorf("relaxJSON kept %q", got)
	}
}
