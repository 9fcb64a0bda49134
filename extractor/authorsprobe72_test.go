package extractor

import (
	"strings"
	"testing"
)

// probe72AuthorBody is a story's text of eight paragraphs.
var probe72AuthorBody = strings.Repeat("<p>The council voted on Tuesday to fund the repairs of the old bridge, a project that residents have waited for since the floods of the last decade.</p>", 8)

type probe72AuthorCase struct{ name, lang, head, top, tail, want string }

// probe72AuthorPage builds a WordPress-like story page around the case's parts.
func probe72AuthorPage(c probe72AuthorCase, body string) string {
	lang := c.lang
	if lang == "" {
		lang = "en"
	}
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>The bridge will be repaired | The Daily Ledger</title>` + c.head +
		`</head><body><header class="site-header"><a href="/">The Daily Ledger</a><nav><a href="/news/">News</a> <a href="/opinion/">Opinion</a></nav></header>` +
		`<main><article class="post"><h1 class="entry-title">The bridge will be repaired</h1>` + c.top +
		`<div class="entry-content">` + body + c.tail + `</div></article></main><footer class="site-footer"><p>© 2024 The Daily Ledger</p></footer></body></html>`
}

func checkProbe72Authors(t *testing.T, cases []probe72AuthorCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, probe72AuthorPage(c, probe72AuthorBody))
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

func TestAuthorsProbe72Bylines(t *testing.T) {
	checkProbe72Authors(t, []probe72AuthorCase{
		{"span author vcard", "", "", `<div class="entry-meta"><span class="author vcard"><a class="url fn n" href="/author/jane-doe/">Jane Doe</a></span></div>`, "", "Jane Doe"},
		{"a rel author", "", "", `<div class="meta"><a rel="author" href="/author/jane-doe/">Jane Doe</a></div>`, "", "Jane Doe"},
		{"div byline no By", "", "", `<div class="byline">Jane Doe</div>`, "", "Jane Doe"},
		{"with Jane Doe", "", "", `<p class="byline">With Jane Doe</p>`, "", "Jane Doe"},
		{"reuters reporting editing", "", "", "", `<p>Reporting by Jane Doe and John Roe; Editing by Mark Smith</p>`, "Jane Doe; John Roe"},
		{"reuters reporting writing editing", "", "", "", `<p>(Reporting by Jane Doe in Nairobi; Writing by John Roe; Editing by Mark Smith and Ann Lee)</p>`, "Jane Doe; John Roe"},
		{"additional reporting beside byline", "", "", `<p class="byline">By Jane Doe</p>`, `<p><em>Additional reporting by John Roe.</em></p>`, "Jane Doe"},
		{"yoast @id person", "", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://ledger.example/bridge/#article","headline":"The bridge will be repaired","author":{"@id":"https://ledger.example/#/schema/person/abc123"},"datePublished":"2024-03-05T10:00:00+00:00"},{"@type":"Person","@id":"https://ledger.example/#/schema/person/abc123","name":"Jane Doe","url":"https://ledger.example/author/jane-doe/"}]}</script>`, "", "", "Jane Doe"},
		{"yoast @id list", "", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"The bridge will be repaired","author":[{"@id":"https://ledger.example/#/schema/person/a1"},{"@id":"https://ledger.example/#/schema/person/b2"}]},{"@type":"Person","@id":"https://ledger.example/#/schema/person/a1","name":"Jane Doe"},{"@type":"Person","@id":"https://ledger.example/#/schema/person/b2","name":"John Roe"}]}</script>`, "", "", "Jane Doe; John Roe"},
		{"yoast person login, archive spells the name", "", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"The bridge will be repaired","author":{"@id":"https://ledger.example/#/schema/person/1"}},{"@type":"Person","@id":"https://ledger.example/#/schema/person/1","name":"jdoe","url":"https://ledger.example/author/jane-doe/"}]}</script>`, "", "", "Jane Doe"},
		{"author url only", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":"https://ledger.example/author/jane-doe/"}</script>`, "", "", "Jane Doe"},
		{"author url object", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":{"@type":"Person","url":"https://ledger.example/author/jane-doe/"}}</script>`, "", "", "Jane Doe"},
		{"author url mc", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":"https://ledger.example/author/mary-mcdonald/"}</script>`, "", "", "Mary McDonald"},
		{"author url particle", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":{"@type":"Person","url":"https://ledger.example/authors/jan-de-vries"}}</script>`, "", "", "Jan de Vries"},
		{"author url spelled in text", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":"https://ledger.example/author/jane-dewitt/"}</script>`, "", `<p>Questions for Jane DeWitt go to the desk.</p>`, "Jane DeWitt"},
		{"author url account", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":"https://ledger.example/author/webmaster-author/"}</script>`, "", "", ""},
		{"author url not an author page", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":"https://ledger.example/news/jane-doe/"}</script>`, "", "", ""},
		{"author url beside a byline", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":"https://ledger.example/author/jdoe-2/"}</script>`, `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		{"op-ed bio of the subject", "", "", "", `<p><em>Jane Doe was a professor of law at the University of Ohio.</em></p>`, ""},
		{"op-ed bio closing", "", "", "", `<p><em>Jane Doe is a professor of law at the University of Ohio.</em></p>`, "Jane Doe"},
		{"op-ed dash bio closing", "", "", "", `<p><em>— Jane Doe is a columnist for The Daily Ledger.</em></p>`, "Jane Doe"},
		{"op-ed bio beside byline", "", "", `<p class="byline">By John Roe</p>`, `<p><em>John Roe is a professor of law at the University of Ohio. Jane Doe contributed.</em></p>`, "John Roe"},
		{"op-ed bio other person beside byline", "", "", `<p class="byline">By John Roe</p>`, `<p><em>Jane Doe is a professor of law at the University of Ohio.</em></p>`, "John Roe"},
		{"op-ed bio not closing", "", "", `<p><em>Jane Doe is a professor of law at the University of Ohio.</em></p>`, "", ""},
		{"op-ed bio plain closing", "", "", "", `<p>Jane Doe is a professor of law at the University of Ohio.</p>`, ""},
		{"sw Na", "sw", "", `<p class="byline">Na Jane Wanjiru</p>`, "", "Jane Wanjiru"},
		{"id Oleh", "id", "", `<p class="byline">Oleh Budi Santoso</p>`, "", "Budi Santoso"},
		{"ms Oleh", "ms", "", `<div class="author">Oleh: Ahmad Ibrahim</div>`, "", "Ahmad Ibrahim"},
		{"tr Haber", "tr", "", `<p class="byline">Haber: Ayşe Yılmaz</p>`, "", "Ayşe Yılmaz"},
		{"pl Autor", "pl", "", `<p class="byline">Autor: Jan Kowalski</p>`, "", "Jan Kowalski"},
		{"nl Door", "nl", "", `<p class="byline">Door Jan de Vries</p>`, "", "Jan de Vries"},
		{"ro de", "ro", "", `<p class="byline">de Ion Popescu</p>`, "", "Ion Popescu"},
		{"vi Tác giả", "vi", "", `<p class="byline">Tác giả: Nguyễn Văn An</p>`, "", "Nguyễn Văn An"},
		{"fa نویسنده", "fa", "", `<p class="byline">نویسنده: علی رضایی</p>`, "", "علی رضایی"},
		{"hi लेखक", "hi", "", `<p class="byline">लेखक: राम शर्मा</p>`, "", "राम शर्मा"},
		{"uk Автор", "uk", "", `<p class="byline">Автор: Іван Петренко</p>`, "", "Іван Петренко"},
	})
}

// probe72AuthorOnePara is a story of one long paragraph.
const probe72AuthorOnePara = "<p>The council voted on Tuesday to fund the repairs of the old bridge, a project that residents have waited for since the floods of the last decade, and the works will start in the spring once the contractor has been chosen by the city's engineers after a public tender.</p>"

// TestAuthorsProbe72BylineOverShortBody checks that a byline with no
// label is the author and leaves a one-paragraph body.
func TestAuthorsProbe72BylineOverShortBody(t *testing.T) {
	for _, c := range []probe72AuthorCase{
		{name: "span author vcard", top: `<div class="entry-meta"><span class="author vcard"><a class="url fn n" href="/author/jane-doe/">Jane Doe</a></span></div>`, want: "Jane Doe"},
		{name: "a rel author", top: `<div class="meta"><a rel="author" href="/author/jane-doe/">Jane Doe</a></div>`, want: "Jane Doe"},
		{name: "div byline", top: `<div class="byline">Jane Doe</div>`, want: "Jane Doe"},
		{name: "p byline with", top: `<p class="byline">With Jane Doe</p>`, want: "Jane Doe"},
		{name: "sw Na", lang: "sw", top: `<p class="byline">Na Jane Wanjiru</p>`, want: "Jane Wanjiru"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, probe72AuthorPage(c, probe72AuthorOnePara))
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Authors = %q from %q, want %q", got, a.Provenance["authors"], c.want)
			}
			if !strings.HasPrefix(a.Text, "The council voted") {
				t.Errorf("Text = %q, want the paragraph alone", a.Text)
			}
		})
	}
}

// TestAuthorsProbe72BylinePortrait checks that a byline element with the
// writer's portrait and name leaves the body whole, portrait and all.
func TestAuthorsProbe72BylinePortrait(t *testing.T) {
	c := probe72AuthorCase{top: `<div class="post-hero__author-container"><div class="post-hero__author-image"><img src="/uploads/jane-doe-headshot.jpg" alt="Headshot of Jane Doe"></div><div class="post-hero__author-name"><span class="post-hero__author">Jane Doe</span></div></div>`}
	for _, body := range []string{probe72AuthorOnePara, probe72AuthorBody} {
		a := extractPage(t, probe72AuthorPage(c, body))
		if got := strings.Join(a.Authors, "; "); got != "Jane Doe" {
			t.Errorf("Authors = %q, want Jane Doe", got)
		}
		if strings.Contains(a.HTML, "headshot") || !strings.HasPrefix(a.Text, "The council voted") {
			t.Errorf("body keeps the byline: %q", a.HTML)
		}
	}
}

// TestAuthorsProbe72PullQuoteCredit checks that a pull quote's credit,
// classed as an author as testimonial blocks class it, stays in the body
// under a byline with no "By".
func TestAuthorsProbe72PullQuoteCredit(t *testing.T) {
	quote := `<figure class="pullquote-testimonial"><blockquote><p>Join local networking groups.</p></blockquote><div class="pullquote-testimonial__author-container"><figcaption class="pullquote-testimonial__author">Christine Hodge</figcaption></div></figure>`
	c := probe72AuthorCase{top: `<div class="byline">Jane Doe</div>`}
	a := extractPage(t, probe72AuthorPage(c, probe72AuthorBody+quote+probe72AuthorBody))
	if got := strings.Join(a.Authors, "; "); got != "Jane Doe" {
		t.Errorf("Authors = %q, want Jane Doe", got)
	}
	if !strings.Contains(a.HTML, "Christine Hodge") || strings.Contains(a.Text, "Jane Doe") {
		t.Errorf("body = %q", a.HTML)
	}
}

// TestAuthorsProbe72CoAuthorWords checks the words for "by" and "with"
// that join a byline's names in Swahili and German.
func TestAuthorsProbe72CoAuthorWords(t *testing.T) {
	checkProbe72Authors(t, []probe72AuthorCase{
		{"sw Imeandikwa na", "sw", "", `<p class="byline">Imeandikwa na Jane Wanjiru</p>`, "", "Jane Wanjiru"},
		{"de Von mit", "de", "", `<p class="byline">Von Hans Müller mit Anna Schmidt</p>`, "", "Hans Müller; Anna Schmidt"},
		{"de Von mit dpa", "de", "", `<p class="byline">Von Hans Müller mit dpa</p>`, "", "Hans Müller"},
		{"de mit in a title", "de", "", "", `<p>Ein Abend mit Freunden ist schön.</p>`, ""},
	})
}
