package extractor

import (
	"strings"
	"testing"
)

// A byline that sets its helpers' sentence on a line of its own after a
// <br> credits the writer above it, as one that sets it after a full
// stop, a semicolon or a comma does: those who contributed reporting did
// not write the piece (cutContributedSentence).
func TestAuthorProbe33ContributedLine(t *testing.T) {
	checkPages(t, []pageCase{
		{"contributed reporting", "", `<p class="byline">By Jane Doe<br>Sam Poe contributed reporting.</p>`, "", "Jane Doe"},
		{"contributed to this report", "", `<p class="byline">By Jane Doe<br>Sam Poe contributed to this report.</p>`, "", "Jane Doe"},
		{"an unclassed line", "", `<p>By Jane Doe<br>Sam Poe contributed reporting.</p>`, "", "Jane Doe"},
		{"two writers", "", `<div class="byline">By Jane Doe and John Roe<br>Sam Poe contributed reporting.</div>`, "", "Jane Doe; John Roe"},
		{"after a semicolon", "", `<p class="byline">By Jane Doe; Sam Poe contributed reporting.</p>`, "", "Jane Doe"},
		{"the role under the name", "", `<p class="byline">By Jane Doe<br>Staff Writer</p>`, "", "Jane Doe"},
		{"a closing note", "", `<p class="byline">By Jane Doe</p>`, `<p><em>Sam Poe contributed reporting.</em></p>`, "Jane Doe"},
	})
}

// German magazines and regional papers credit the text at the end of
// the article, as they credit the pictures: "Text: Hans Müller", read
// there as "Autor: Hans Müller" is.
func TestAuthorProbe33TextCreditAtEnd(t *testing.T) {
	checkPages(t, []pageCase{
		{"Text:", "", "", `<p>Text: Hans Müller</p>`, "Hans Müller"},
		{"Text: in bold", "", "", `<p><strong>Text:</strong> Hans Müller</p>`, "Hans Müller"},
		{"Text: and the pictures", "", "", `<p>Text: Hans Müller, Fotos: Anna Schmidt</p>`, "Hans Müller"},
		{"Autor:", "", "", `<p>Autor: Hans Müller</p>`, "Hans Müller"},
		{"Text without a colon", "", "", `<p>Text Hans Müller</p>`, ""},
		{"Foto:", "", "", `<p>Foto: Hans Müller</p>`, ""},
	})
}

// Romanian papers' templates often declare no language: on a host under
// ".ro" the page is read as Romanian, and its byline's "de" opens the
// name as it does on a page that declares "ro" (as persianPage reads
// ".ir"). Elsewhere "de" is French, Spanish and Portuguese too.
func TestAuthorProbe33RomanianHost(t *testing.T) {
	cases := []struct{ name, url, lang, byline, want string }{
		{"a .ro host", "https://stiri.example.ro/politica/articol", "", `<p>de Ion Popescu</p>`, "Ion Popescu"},
		{"a .ro host, the date", "https://stiri.example.ro/politica/articol", "", `<p>De Ion Popescu, 4 decembrie 2026</p>`, "Ion Popescu"},
		{"a .ro host, a French page", "https://stiri.example.ro/politica/articol", "fr", `<p>de Jean Dupont</p>`, ""},
		{"another host", "https://news.example/politica/articol", "", `<p>de Ion Popescu</p>`, ""},
		{"a .com.br host", "https://noticias.example.com.br/politica", "", `<p>de Ana Gómez</p>`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := authorPage("", c.byline, "")
			if c.lang != "" {
				page = strings.Replace(page, "<html>", `<html lang="`+c.lang+`">`, 1)
			}
			a, err := Extract([]byte(page), c.url, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// A personal site or a freelance writer closes a piece with its
// copyright line, "© 2019 Anna Schreivogel": the holder is the author
// when no one else is credited, the weakest source (as a site's owner
// is). A company's name opens with no given name; a line with no year
// credits a picture as often; a byline beats the line.
func TestAuthorProbe33ClosingCopyright(t *testing.T) {
	checkPages(t, []pageCase{
		{"closing", "", "", `<p>© 2019 Anna Schreivogel</p>`, "Anna Schreivogel"},
		{"the word and all rights", "", "", `<p>Copyright © 2024 Jane Doe. All rights reserved.</p>`, "Jane Doe"},
		{"in small print", "", "", `<p><small>© 2024 Jane Doe</small></p>`, "Jane Doe"},
		{"Sven, a German given name", "", "", `<p>© 2021 Sven Becker</p>`, "Sven Becker"},
		{"a company", "", "", `<p>© 2024 Acme Media Inc.</p>`, ""},
		{"no given name", "", "", `<p>© 2024 Schreivogel Filmproduktion</p>`, ""},
		{"no year", "", "", `<p>© Jane Doe</p>`, ""},
		{"a byline", "", `<p class="byline">By John Roe</p>`, `<p>© 2024 Jane Doe</p>`, "John Roe"},
		{"far from the text's end", "", "", `<p>© 2024 Jane Doe</p><div><ul><li><a href="/a">Home</a></li><li><a href="/b">Contact us today</a></li></ul></div><p>Another paragraph of the story, long enough to be body text for the reader.</p>`, ""},
	})
}

// OpenGraph's article:author written with the "og:" of the other keys,
// og:article:author (Next.js and Astro blog templates, Korean and Chinese
// portals), is read as og:author is: a name written out, not a handle.
func TestAuthorProbe33OGArticleAuthor(t *testing.T) {
	checkPages(t, []pageCase{
		{"a name", `<meta property="og:article:author" content="Jane Doe">`, "", "", "Jane Doe"},
		{"a handle", `<meta property="og:article:author" content="janedoe">`, "", "", ""},
		{"a byline beats it", `<meta property="og:article:author" content="Jane Doe">`, `<p class="byline">By John Roe</p>`, "", "John Roe"},
	})
}

// "Von:" with its colon closes a German article as "Autor:" does, and
// without it as the body's last paragraph (TestUnseenClosingByLines).
func TestAuthorProbe33VonAtEnd(t *testing.T) {
	checkPages(t, []pageCase{
		{"Von:", "", "", `<p>Von: Hans Müller</p>`, "Hans Müller"},
		{"Von: two", "", "", `<p>Von: Hans Müller und Anna Schmidt</p>`, "Hans Müller; Anna Schmidt"},
		{"Von without a colon", "", "", `<p>Von Hans Müller</p>`, "Hans Müller"},
		{"Von without a colon, not the last paragraph", "", "", `<p>Von Hans Müller</p><p>Paragraph of the story after it, long enough to be body text.</p>`, ""},
		{"a sentence", "", "", `<p>Von Berlin aus fuhr der Zug weiter nach Hamburg.</p>`, ""},
	})
}

// A personal blog's footer states its owner's copyright ("Copyright 2009
// Jane Doe. All Rights Reserved."): the owner is the author of a post
// that names no one else, by no other source at all, host or not
// (siteOwner reads the line when the host spells the name). A company's
// name opens with no given name.
func TestAuthorProbe33FooterCopyright(t *testing.T) {
	page := func(byline, footer string) string {
		return strings.Replace(authorPage("", byline, ""), "</body>", `<footer><p>`+footer+`</p><p><a href="/about">About</a> <a href="/contact">Contact</a></p></footer></body>`, 1)
	}
	cases := []struct{ name, page, want string }{
		{"a person", page("", "Copyright 2009 Jane Doe. All Rights Reserved."), "Jane Doe"},
		{"the sign", page("", "© 2011-2024 Jane Doe"), "Jane Doe"},
		{"a company", page("", "© 2024 Acme Media Inc. All rights reserved."), ""},
		{"no given name", page("", "© 2024 Doe Publishing"), ""},
		{"no year", page("", "© Jane Doe"), ""},
		{"a byline", page(`<p class="byline">By John Roe</p>`, "© 2024 Jane Doe"), "John Roe"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, c.page)
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// A writer who took the pictures too is credited for both under one
// label: "Text and photos: Jane Doe", "Text und Fotos: Hans Müller"
// (under the headline or closing the article), "Texto y fotos: Ana
// Gómez", "Texte et photos : Jean Dupont".
func TestAuthorProbe33TextAndPhotos(t *testing.T) {
	checkPages(t, []pageCase{
		{"en", "", `<p>Text and photos: Jane Doe</p>`, "", "Jane Doe"},
		{"de", "", `<p>Text und Fotos: Hans Müller</p>`, "", "Hans Müller"},
		{"de, &", "", `<p>Text &amp; Fotos: Hans Müller</p>`, "", "Hans Müller"},
		{"de, closing", "", "", `<p>Text und Fotos: Hans Müller</p>`, "Hans Müller"},
		{"es", "", `<p>Texto y fotos: Ana Gómez</p>`, "", "Ana Gómez"},
		{"fr", "", `<p>Texte et photos : Jean Dupont</p>`, "", "Jean Dupont"},
		{"photos alone", "", `<p>Fotos: Hans Müller</p>`, "", ""},
	})
}

// The same credit as a byline: "Words and photos by Jane Doe", "Story
// and photographs by Jane Doe".
func TestAuthorProbe33WordsAndPhotosBy(t *testing.T) {
	checkPages(t, []pageCase{
		{"words and photos by", "", `<p>Words and photos by Jane Doe</p>`, "", "Jane Doe"},
		{"story and photographs by", "", `<p>Story and photographs by Jane Doe</p>`, "", "Jane Doe"},
		{"text & photos by", "", `<p class="byline">Text &amp; photos by Jane Doe</p>`, "", "Jane Doe"},
		{"words by, photos by", "", `<p>Words by Jane Doe, photos by John Roe</p>`, "", "Jane Doe"},
		{"photos by alone", "", `<p>Photos by John Roe</p>`, "", ""},
	})
}

// "with reporting by" after a byline's names credits helpers, as "with
// additional reporting by" does: the byline's writers are the authors.
func TestAuthorProbe33WithReportingBy(t *testing.T) {
	checkPages(t, []pageCase{
		{"with reporting by", "", `<p class="byline">By Jane Doe with reporting by Sam Poe</p>`, "", "Jane Doe"},
		{"a comma, with reporting by", "", `<p class="byline">By Jane Doe, with reporting by Sam Poe</p>`, "", "Jane Doe"},
		{"with additional reporting by", "", `<p class="byline">By Jane Doe, with additional reporting by Sam Poe</p>`, "", "Jane Doe"},
		{"reporting by", "", `<p class="byline">Reporting by Sam Poe</p>`, "", "Sam Poe"},
	})
}
