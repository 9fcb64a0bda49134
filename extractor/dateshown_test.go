package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// pageWithoutTitledHeadline is a page whose only <h1> is a sidebar box's
// heading, not the title, with many blocks of text and then tail.
func pageWithoutTitledHeadline(h1, tail string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Neue Levelpässe für Schwimmer</title></head><body><div class="box"><h1>` + h1 + `</h1><ul><li><a href="/a">Termine</a></li><li><a href="/b">Kontakt</a></li></ul></div><div class="main">`)
	for i := range 80 {
		fmt.Fprintf(&b, "<p>Absatz %d der Meldung, lang genug, um als Text des Artikels zu gelten.</p>", i)
	}
	b.WriteString(`</div>` + tail + `</body></html>`)
	return b.String()
}

// A page whose headline is not tied to its title and that states no date
// anywhere else is dated by the one day it shows, wherever it stands (a
// footer's "Stand: 09.10.2017", read day first as every dotted date).
func TestShownDayWithoutTitledHeadline(t *testing.T) {
	footer := `<p class="print">[Stand: 09.10.2017, 01:40 Uhr]</p>`
	if a := extractPage(t, pageWithoutTitledHeadline("Schnellzugriff", footer)); !strings.HasPrefix(published(a), "2017-10-09") {
		t.Errorf("one day shown: Extract.PublishedDate = %q, want 2017-10-09", published(a))
	}
	// The headline is the title: a day in the page's furniture (its
	// footer, a sidebar) is the site's, not the page's; a day outside it
	// is still the page's.
	titled := "Neue Levelpässe für Schwimmer"
	for _, tail := range []string{"<footer>" + footer + "</footer>", `<div class="sidebar">` + footer + `</div>`} {
		if a := extractPage(t, pageWithoutTitledHeadline(titled, tail)); published(a) != "" {
			t.Errorf("titled headline, %s: Extract.PublishedDate = %q, want none", tail, published(a))
		}
	}
	if a := extractPage(t, pageWithoutTitledHeadline(titled, footer)); !strings.HasPrefix(published(a), "2017-10-09") {
		t.Errorf("titled headline, the day outside the furniture: Extract.PublishedDate = %q, want 2017-10-09", published(a))
	}
	for _, c := range []struct{ name, tail string }{
		{"update label beside it", `<div class="meta"><div>Last updated:</div><div>Feb 4, 2025</div></div><p>03.01.2024</p>`},
		{"in a paragraph", `<p>Alle Preise gelten bis zum <span>30.09.2017</span>, solange der Vorrat reicht, und nur in den teilnehmenden Filialen des Unternehmens in ganz Deutschland, in Österreich und in der Schweiz. Druckfehler und Irrtümer bleiben vorbehalten.</p>`},
		{"a reference", `<p>Vol. 162, No. 22, November 30, 2002.</p>`},
		{"a comment", `<div class="comments"><p>09.10.2017</p></div>`},
		{"hidden", `<p style="display: none">09.10.2017</p>`},
	} {
		if a := extractPage(t, pageWithoutTitledHeadline("Schnellzugriff", c.tail)); published(a) != "" {
			t.Errorf("%s: Extract.PublishedDate = %q, want none", c.name, published(a))
		}
	}
}

// A page without a titled headline that states no date anywhere else and
// shows several days is dated by the first: a front page's feed runs
// newest first, in any language. A labelled update anywhere still leaves
// it undated. On a page with a titled headline a day in the furniture does
// not count, and several days outside it (teaser cards) date nothing.
func TestShownDayFirstOfSeveral(t *testing.T) {
	for _, c := range []struct{ lang, first, second, want string }{
		{"de", "06.10.2017 11:15", "05.10.2017 14:18", "2017-10-06"},
		{"fr", "6 octobre 2017", "5 octobre 2017", "2017-10-06"},
		{"es", "6 de octubre de 2017", "5 de octubre de 2017", "2017-10-06"},
		{"it", "6 ottobre 2017", "29 settembre 2017", "2017-10-06"},
		{"en", "October 6, 2017", "October 5, 2017", "2017-10-06"},
	} {
		feed := `<div class="feed"><div class="post"><h4><a href="/p1">Unser Land</a></h4><span class="stamp">` + c.first + `</span><p>Herbstzeit!</p></div>` +
			`<div class="post"><h4><a href="/p2">Unser Land</a></h4><span class="stamp">` + c.second + `</span><p>Wochenende!</p></div></div>`
		if a := extractPage(t, pageWithoutTitledHeadline("Schnellzugriff", feed)); !strings.HasPrefix(published(a), c.want) {
			t.Errorf("%s, several days: Extract.PublishedDate = %q, want the first, %s", c.lang, published(a), c.want)
		}
		updated := feed + `<p>Last updated: October 7, 2017</p>`
		if a := extractPage(t, pageWithoutTitledHeadline("Schnellzugriff", updated)); published(a) != "" {
			t.Errorf("%s, several days and an update: Extract.PublishedDate = %q, want none", c.lang, published(a))
		}
	}
	titled := pageWithoutTitledHeadline("Neue Levelpässe für Schwimmer", `<p>05.10.2017 14:18</p>`)
	titled = strings.Replace(titled, `<div class="main">`, `<div class="sidebar"><p>09.10.2017</p></div><div class="main">`, 1)
	if a := extractPage(t, titled); !strings.HasPrefix(published(a), "2017-10-05") {
		t.Errorf("titled headline, a day in the sidebar first: Extract.PublishedDate = %q, want 2017-10-05", published(a))
	}
	titled = pageWithoutTitledHeadline("Neue Levelpässe für Schwimmer", `<ul><li><a href="/a">Kurse</a><span>06.10.2017</span></li><li><a href="/b">Preise</a><span>05.10.2017</span></li></ul>`)
	if a := extractPage(t, titled); published(a) != "" {
		t.Errorf("titled headline, several days: Extract.PublishedDate = %q, want none", published(a))
	}
	// A site's front page is titled by the site's name: its feed still
	// dates it by its newest item.
	for _, u := range []string{"https://www.land.example/", "https://www.land.example"} {
		a, err := Extract([]byte(titled), u, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(published(a), "2017-10-06") {
			t.Errorf("front page %s, titled headline, several days: Extract.PublishedDate = %q, want the first, 2017-10-06", u, published(a))
		}
	}
}

// An element whose class names a date dates a page that states no other
// date by the date that opens its text, whatever follows it: the name
// says what the text is (htmldate reads such elements so). One named as
// an update, or whose text labels an update, leaves the page undated.
func TestShownDayNamedElement(t *testing.T) {
	for _, c := range []struct{ lang, el, want string }{
		{"de", `<div class="entry-datum">12.03.2019 von der Redaktion in Allgemeines und Vereinsleben</div>`, "2019-03-12"},
		{"en", `<p class="post-date">March 12, 2019 by the editorial team in Community News</p>`, "2019-03-12"},
		{"fr", `<span class="date">12 mars 2019 par la rédaction, dans Actualités régionales</span>`, "2019-03-12"},
		{"es", `<div class="fecha">12 de marzo de 2019 por Redacción en Noticias locales</div>`, "2019-03-12"},
		{"it", `<div class="news-date">12 marzo 2019 a cura della redazione, Notizie dal territorio</div>`, "2019-03-12"},
	} {
		if a := extractPage(t, pageWithoutTitledHeadline("Schnellzugriff", c.el)); !strings.HasPrefix(published(a), c.want) {
			t.Errorf("%s, %s: Extract.PublishedDate = %q, want %s", c.lang, c.el, published(a), c.want)
		}
	}
	for _, el := range []string{
		`<p class="date updated">March 12, 2019 by the editorial team in Community News</p>`,
		`<p class="post-date">Last updated March 12, 2019 by the editorial team in Community News</p>`,
	} {
		if a := extractPage(t, pageWithoutTitledHeadline("Schnellzugriff", el)); published(a) != "" {
			t.Errorf("%s: Extract.PublishedDate = %q, want none", el, published(a))
		}
	}
	titled := pageWithoutTitledHeadline("Neue Levelpässe für Schwimmer", `<footer><p class="post-date">March 12, 2019 by the editorial team in Community News</p></footer>`)
	if a := extractPage(t, titled); published(a) != "" {
		t.Errorf("titled headline, the named date in the footer: Extract.PublishedDate = %q, want none", published(a))
	}
}

// A time's zone offset is part of the time, not one more number of a
// reference: an RFC 1123 date a page shows alone ("Wed, 19 Oct 2022
// 14:24:05 +0000", as feeds and mail headers print it) is a shown day
// (the htmldate suite's "body/RFC 1123 in text" reads it on a page).
func TestShownDayWithZoneOffset(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Wed, 19 Oct 2022 14:24:05 +0000", 3},
		{"19 Oct 2022 14:24 -05:00", 3},
		{"volume 162, number 22, November 30, 2002", 4},
		{"+44 2071 2022 1234", 4},
	} {
		if got := numberFields(c.in); got != c.want {
			t.Errorf("numberFields(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestIsZoneOffset(t *testing.T) {
	for f, want := range map[string]bool{"+0000": true, "-0500": true, "+05:30": true, "-03:30": true,
		"+2024": false, "+0575": false, "+123": false, "2024": false, "+12345": false} {
		if got := isZoneOffset(f); got != want {
			t.Errorf("isZoneOffset(%q) = %v, want %v", f, got, want)
		}
	}
}
