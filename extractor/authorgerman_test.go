package extractor

import (
	"strings"
	"testing"
)

// German pages credit their authors with nouns of their own, with or
// without a colon, and often below the article: "Autoren Jelko Djuren
// und Jutta Klaukien", "Verfasserin: Anna Berg".
func TestGermanAuthorCredits(t *testing.T) {
	for _, c := range []struct {
		name, head, tail, want string
	}{
		{"noun closing the article", "", `<p>Autoren Jelko Djuren und Jutta Klaukien</p>`, "Jelko Djuren,Jutta Klaukien"},
		{"labelled closing the article", "", `<p>Verfasserin: Anna Berg</p>`, "Anna Berg"},
		{"noun opening a sentence", "", `<p>Autorin Anna Berg schreibt seit Jahren über Landwirtschaft.</p>`, ""},
		{"noun before a lower-case word", "", `<p>Autoren des Berichts sind viele</p>`, ""},
	} {
		page := pageWithBlocks("", 70, c.tail) // far below the byline's window
		page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1>"+c.head, 1)
		a := extractPage(t, page)
		if got := strings.Join(a.Authors, ","); got != c.want {
			t.Errorf("%s: Extract(…).Authors = %q, want %q", c.name, got, c.want)
		}
	}
}

// "25.10.2022 - Reiner Nagel" under the headline is a meta line: the date,
// a spaced dash, the name; "Jane Miller — May 16, 2024" too. A listing's lines, one event each, are not:
// "03.11.2022 - Mark Turner - Arena", or a run of "date - name" lines.
func TestDateDashNameLine(t *testing.T) {
	for _, c := range []struct {
		name, head, want string
	}{
		{"meta line", `<div>Essay</div><div><span>25.10.2022 - Reiner Nagel</span></div>`, "Reiner Nagel"},
		{"event with its venue", `<p>03.11.2022 - Mark Turner - Arena</p>`, ""},
		{"run of events", `<p>02.11.2022 - Disarstar</p><p>03.11.2022 - Mark Turner</p>`, ""},
		// The name first, a long dash, the date.
		{"name, long dash, date", `<p>Jane Miller — May 16, 2024</p>`, "Jane Miller"},
		{"name, en dash, date", `<p>Reiner Nagel – 25.10.2022</p>`, "Reiner Nagel"},
		// A hyphen after words closes a title as often: "AWS Week in
		// Review - October 29, 2012".
		{"words, hyphen, date", `<p>Jane Miller - May 16, 2024</p>`, ""},
	} {
		page := pageWithBlocks("", 20, "")
		page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1>"+c.head, 1)
		a := extractPage(t, page)
		if got := strings.Join(a.Authors, ","); got != c.want {
			t.Errorf("%s: Extract(…).Authors = %q, want %q", c.name, got, c.want)
		}
	}
}

// A caption under the headline that names people in a sentence is no
// list of names: "Die Gründer von MIRO Analytical, Morten Hundt und Oleg
// Aseev, mit einem ihrer Geräte."
func TestCaptionSentenceIsNoNameList(t *testing.T) {
	page := pageWithBlocks("", 20, "")
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><div><span>MIRO Analytical</span> <span>Die Gründer von MIRO Analytical, Morten Hundt und Oleg Aseev, mit einem ihrer Geräte.</span> <span>Zoom ‹ ›</span></div>`, 1)
	a := extractPage(t, page)
	if len(a.Authors) != 0 {
		t.Errorf("Extract(…).Authors = %q, want none", a.Authors)
	}
	page = pageWithBlocks("", 20, "")
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><p>Naftali Tishby, Fernando C. Pereira, William Bialek</p>`, 1)
	a = extractPage(t, page)
	if got := strings.Join(a.Authors, ","); got != "Naftali Tishby,Fernando C. Pereira,William Bialek" {
		t.Errorf("Extract(…).Authors = %q, want the three names", got)
	}
}

// A review's fact box names the book's author beside its publisher and
// its pages: "Autorin: Alys Arden" there is not the review's byline.
func TestBookFactBoxAuthorIsNoByline(t *testing.T) {
	for _, c := range []struct {
		name, box, want string
	}{
		{"German box", `<div>Titel: The Casquette Girls</div><div>Seiten: 400 Seiten</div><div>Autorin: Alys Arden</div><div>Verlag: fortheARTofit</div>`, ""},
		{"English box", `<div>Author: Alys Arden</div><div>Publisher: Skyscape</div>`, ""},
		{"byline", `<div>Autorin: Anna Berg</div><div>Die Geschichte beginnt in New Orleans.</div>`, "Anna Berg"},
	} {
		page := pageWithBlocks("", 5, "")
		page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1>"+c.box, 1)
		a := extractPage(t, page)
		if got := strings.Join(a.Authors, ","); got != c.want {
			t.Errorf("%s: Extract(…).Authors = %q, want %q", c.name, got, c.want)
		}
	}
}

// German, French and Spanish bylines are as often set in lower case as
// in capitals: "von Klaus Stanjek", "par Jean Dupont", "por Ana Gómez"
// under the headline; "von Berlin nach Hamburg" is no byline.
func TestLowerCasePrepositionByline(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"von Klaus Stanjek", "Klaus Stanjek"},
		{"par Jean Dupont", "Jean Dupont"},
		{"por Ana Gómez", "Ana Gómez"},
		{"von Berlin nach Hamburg", ""},
	} {
		page := pageWithBlocks("", 5, "")
		page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1><h4>Ein Musikfilm</h4><p>"+c.line+"</p>", 1)
		a := extractPage(t, page)
		if got := strings.Join(a.Authors, ","); got != c.want {
			t.Errorf("%q: Extract(…).Authors = %q, want %q", c.line, got, c.want)
		}
	}
}

// "Text:" credits the writer, as German and Spanish magazines set it
// beside the photographer: "Text: Anna Berg | Fotos: Max Muster". (With a
// comma before "Fotos:" the line names no one yet: "Fotos" is no label.)
func TestTextLabelCreditsTheWriter(t *testing.T) {
	for _, c := range []struct {
		line, want string
	}{
		{"Text: Anna Berg", "Anna Berg"},
		{"Text: Anna Berg | Fotos: Max Muster", "Anna Berg"},
		{"Texto: Ana Gómez", "Ana Gómez"},
	} {
		page := pageWithBlocks("", 5, "")
		page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1><p>"+c.line+"</p>", 1)
		a := extractPage(t, page)
		if got := strings.Join(a.Authors, ","); got != c.want {
			t.Errorf("%q: Extract(…).Authors = %q, want %q", c.line, got, c.want)
		}
	}
}

// German papers' CMSs set the byline on a line of its own in the meta
// block, after a <br> below the dateline, with or without a colon after
// "Von" ("Stand: 12.05.2024, 10:15 Uhr<br>Von: Anna Schmidt", as Ippen's
// papers write it). A place or a phrase after "Von" is no byline.
func TestGermanVonBylineAfterBreak(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"colon, after a break", "de", `<p class="meta">Stand: 12.05.2024, 10:15 Uhr<br>Von: Anna Schmidt</p>`, "Anna Schmidt"},
		{"no colon, after a break", "de", `<p class="meta">Stand: 12.05.2024, 10:15 Uhr<br>Von Anna Schmidt</p>`, "Anna Schmidt"},
		{"two names, after a break", "de", `<div class="article-info">Berlin, 12.05.2024<br/>Von Anna Schmidt und Peter Müller</div>`, "Anna Schmidt; Peter Müller"},
		{"lines in spans", "de", `<p class="meta"><span>Stand: 12.05.2024</span><br><span>Von: Anna Schmidt</span></p>`, "Anna Schmidt"},
		{"colon, a line alone", "de", `<p class="meta">Von: Anna Schmidt</p>`, "Anna Schmidt"},
		{"a journey, after a break", "de", `<p class="meta">Stand: 12.05.2024<br>Von Berlin nach Paris</p>`, ""},
		{"a place, colon", "de", `<p class="meta">Stand: 12.05.2024<br>Von: Berlin</p>`, ""},
	})
}
