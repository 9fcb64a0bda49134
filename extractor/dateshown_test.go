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
		{"two days", footer + `<p>05.10.2017 14:18</p>`},
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
