package extractor

import (
	"slices"
	"strings"
	"testing"
)

// Author and title conventions of sites outside the dev sets, written as
// probe pages after how such sites lay them out (issue 13, items 3 and
// 4; twenty-ninth session).

// German's gender-inclusive author labels ("Autor/in:", "Autor:in:",
// "Autor*in:", "Autor_innen:") under the headline and closing the
// article; the colon inside "Autor:in" is no label's end.
func TestUnseenGenderInclusiveLabels(t *testing.T) {
	checkPages(t, []pageCase{
		{"Autor/in:", "", `<p>Autor/in: Anna Berg</p>`, "", "Anna Berg"},
		{"Autor:in:", "", `<p>Autor:in: Anna Berg</p>`, "", "Anna Berg"},
		{"Autor*in:", "", `<p>Autor*in: Anna Berg</p>`, "", "Anna Berg"},
		{"Autor_innen:", "", `<p>Autor_innen: Anna Berg und Max Mustermann</p>`, "", "Anna Berg; Max Mustermann"},
		{"Autor:in: closing", "", "", `<p>Autor:in: Anna Berg</p>`, "Anna Berg"},
		{"Autor*in: closing", "", "", `<p><strong>Autor*in:</strong> Anna Berg</p>`, "Anna Berg"},
	})
}

// Every label findLabels knows, a colon inside it or not, reads safely
// at the start of a line and after another: a label found whole and
// again at a colon of its own is one label, the longer
// (withoutOverlaps), as splitLabels cuts each value from one label's end
// to the next one's start.
func TestUnseenLabelsWithColonsInside(t *testing.T) {
	for _, l := range colonLabels {
		for _, line := range []string{l + ": Anna Berg", "Quelle: dpa | " + l + ": Anna Berg"} {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("splitLabels(%q) panics: %v", line, p)
					}
				}()
				splitLabels(line)
			}()
		}
	}
	got := withoutOverlaps([]labelAt{{0, 6, "autor"}, {12, 20, "quelle"}, {0, 9, "autor:in"}})
	if len(got) != 2 || got[0].label != "autor:in" || got[1].label != "quelle" {
		t.Errorf("withoutOverlaps = %v, want autor:in then quelle", got)
	}
}

// The body's last paragraph signs the article without a colon, in
// English and in the languages whose "by" opens a byline: "By Jane Doe",
// "Por Juan Pérez", "Par Jean Dupont", "Von Hans Müller", "Di Mario
// Rossi", "Door Jan Jansen", "A cura di Mario Rossi", alone or after a
// <br>. A teaser's credit under its heading, a caption, a quoted "by"
// and a sentence that opens with the preposition name no one.
func TestUnseenClosingByLines(t *testing.T) {
	checkPages(t, []pageCase{
		{"en", "", "", `<p>By Jane Doe</p>`, "Jane Doe"},
		{"en, after a <br>", "", "", `<p>That is all for today.<br>By Jane Doe</p>`, "Jane Doe"},
		{"es", "", "", `<p>Por Juan Pérez</p>`, "Juan Pérez"},
		{"fr", "", "", `<p>Par Jean Dupont</p>`, "Jean Dupont"},
		{"fr, in italics", "", "", `<p><em>Par Jean Dupont</em></p>`, "Jean Dupont"},
		{"de", "", "", `<p>Von Hans Müller</p>`, "Hans Müller"},
		{"de, after a <br>", "", "", `<p>Das war es für heute.<br>Von Hans Müller</p>`, "Hans Müller"},
		{"it", "", "", `<p>Di Mario Rossi</p>`, "Mario Rossi"},
		{"it, A cura di", "", "", `<p>A cura di Mario Rossi</p>`, "Mario Rossi"},
		{"nl", "", "", `<p>Door Jan Jansen</p>`, "Jan Jansen"},
		{"nl, two with a particle", "", "", `<p>Door Jan Jansen en Piet van der Berg</p>`, "Jan Jansen; Piet van der Berg"},
		{"a byline above wins", "", `<p class="byline">By John Roe</p>`, `<p>Por Juan Pérez</p>`, "John Roe"},
		{"a teaser's credit", "", "", `<div class="related"><h3>Another story</h3><p>Par Jean Dupont</p></div>`, ""},
		{"a caption's credit after a <br>", "", "", `<p>That is all.<br>Photo by Jane Doe</p>`, ""},
		{"a reader's post under the comments heading", "", "", `<h3>3 Comments</h3><div><p>Nice post, and a long enough comment to be a comment.</p><p>Par Jean Dupont</p></div>`, ""},
		{"a quoted by", "", "", `<p>"It was written by Jane Doe," he said.</p>`, ""},
		{"de, a heading's words", "", "", `<p>Von Berlin nach Paris</p>`, ""},
		{"es, a plea", "", "", `<p>Por favor, comparte esta nota.</p>`, ""},
		{"it, a sentence", "", "", `<p>Di Maio ha detto che la legge passerà.</p>`, ""},
	})
}

// An older blog theme's "Site - Tagline" <title>, the same on every page
// ("Valley Gazette – Just another WordPress site", "Valley Gazette | Your
// local news"), over the post's title set as a plain heading, not a
// permalink, that spells the page's slug: the heading is the title, the
// tagline is the site's. A heading that does not spell the slug leaves
// the <title> as it was.
func TestUnseenTaglineTitleOverPlainHeading(t *testing.T) {
	h, b := probe33Head, probe33Body
	u := "https://www.valleygazette.example/2024/05/council-approves-budget-for-the-new-school/"
	nav := `<div class="logo"><a href="/"><img alt="Valley Gazette" src="/logo.png"></a></div><nav><a href="/">Home</a><a href="/local">Local</a></nav>`
	side := `<div class="sidebar"><h3>Latest news</h3><ul><li><a href="/a">First story of the day here</a></li></ul></div>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"S - T, an <h2>", u, `<title>Valley Gazette - News for the valley</title>`, nav + `<h2>` + h + `</h2>` + b + side, h},
		{"S – WordPress's tagline, an entry title", u, `<title>Valley Gazette &#8211; Just another WordPress site</title>`, nav + `<h2 class="entry-title">` + h + `</h2>` + b + side, h},
		{"S | T, an <h2>, no logo", u, `<title>Valley Gazette | Your local news</title>`, `<h2>` + h + `</h2>` + b + side, h},
		{"S | T, an <h3>", u, `<title>Valley Gazette | Your local news</title>`, nav + `<h3>` + h + `</h3>` + b + side, h},
		{"S - H, the heading says it", u, `<title>Valley Gazette - ` + h + `</title>`, nav + `<h2>` + h + `</h2>` + b + side, h},
		{"S - T, a heading off the slug", "https://www.valleygazette.example/2024/05/mayor-opens-the-new-bridge/", `<title>Valley Gazette - Mayor opens the new bridge</title>`, nav + `<h2>` + h + `</h2>` + b + side, "Mayor opens the new bridge"},
	})
}

// Medium's byline without classes, as its 2019 template set it: the
// writer's display name linked to "/@handle", a "Follow" button beside
// it, then the date and "n min read" on a line of their own, each line
// wrapped in <span>s. The display name is the author, not the handle;
// the button and the wrapping <span> are no lines of the name's.
func TestUnseenMediumBylines(t *testing.T) {
	const y2019 = `<div class="ae ef"><div class="el n"><div><a href="https://medium.com/@janedoe?source=post_page-----abc" rel="noopener"><img alt="Jane Doe" class="r eo" src="a.png" width="48" height="48"></a></div><div class="er aj r"><div class="n"><div style="flex:1"><span class="bl b bm"><div class="es n o et"><span class="bl eu ev"><a class="at au av" href="https://medium.com/@janedoe?source=post_page-----abc" rel="noopener">Jane Doe</a></span><div class="fd r ap h"><button class="fe ff ah">Follow</button></div></div></span></div></div><span class="bl b bm bn"><span class="bl eu ev"><div><a class="at au av" href="/council-approves-budget-abc?source=post_page-----abc">May 5, 2019</a> <!-- -->·<!-- --> <!-- -->4<!-- --> min read</div></span></span></div></div></div>`
	checkPages(t, []pageCase{
		{"Medium, 2019", "", y2019, "", "Jane Doe"},
		{"the button between the lines", "", `<div><div><a href="/@janedoe">Jane Doe</a></div><button>Follow</button><div><span>May 5, 2019</span> · <span>4 min read</span></div></div>`, "", "Jane Doe"},
		{"the button in a block of its own", "", `<div><div><a href="/@janedoe">Jane Doe</a></div><div><button>Follow</button></div><div><span>May 5, 2019</span> · <span>4 min read</span></div></div>`, "", "Jane Doe"},
		{"the date's line in a <span>", "", `<div><div><span><a href="/@janedoe">Jane Doe</a></span><div><button>Follow</button></div></div><span><div><a href="/p/abc">May 5, 2019</a> · 4 min read</div></span></div>`, "", "Jane Doe"},
		{"a German writer's line, the date in a <span>", "", `<div class="meta"><div>Von <strong><a href="/autoren/hans-mueller/">Hans Müller</a></strong></div><div><a href="https://twitter.com/hm"><img src="follow.png"></a></div><span class="date"><div>Fr, 18. Oktober 2019</div></span></div>`, "", "Hans Müller"},
	})
}

// A caption that opens with "By" credits the picture, not the article:
// in a <figcaption>, a credit inside one, or WordPress's older
// "wp-caption-text" line beside its image. The byline over the figure is
// still the writer's.
func TestUnseenCaptionByLines(t *testing.T) {
	fig := `<figure><img src="a.jpg"><figcaption>By Jane Doe</figcaption></figure>`
	checkPages(t, []pageCase{
		{"a figcaption under the headline", "", fig, "", ""},
		{"a credit in a figcaption", "", `<figure><img src="a.jpg"><figcaption>Pupils at the school on Monday. <span class="credit">By Jane Doe</span></figcaption></figure>`, "", ""},
		{"a figcaption closing the article", "", "", `<figure><img src="a.jpg"><figcaption><p>By Jane Doe</p></figcaption></figure>`, ""},
		{"WordPress's wp-caption", "", "", `<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">By Jane Doe</p></div>`, ""},
		{"a byline over the figure", "", `<p class="byline">By John Roe</p>` + fig, "", "John Roe"},
		{"a byline with no picture beside it", "", `<div class="byline-caption">By John Roe</div>`, "", "John Roe"},
	})
}

// The writer's biography in italics as the body's last paragraph, as
// opinion pages and magazines close a piece ("Jane Doe is a reporter at
// the Valley Gazette."): its name stands in where no byline names
// anyone. One who "was" is the story's subject; a paragraph after it, a
// byline above it, or the bio set in roman type leave it unread.
func TestUnseenClosingBiography(t *testing.T) {
	checkPages(t, []pageCase{
		{"en", "", "", `<p><em>Jane Doe is a reporter at the Valley Gazette.</em></p>`, "Jane Doe"},
		{"en, <i>", "", "", `<p><i>Jane Doe is a professor of economics at Valley University and the author of a book on taxes.</i></p>`, "Jane Doe"},
		{"de", "", "", `<p><em>Hans Müller ist freier Journalist in Berlin.</em></p>`, "Hans Müller"},
		{"fr", "", "", `<p><em>Jean Dupont est journaliste à Paris.</em></p>`, "Jean Dupont"},
		{"the story's subject", "", "", `<p><em>Barack Obama was the 44th president of the United States.</em></p>`, ""},
		{"an editor's note", "", "", `<p><em>This story has been updated.</em></p>`, ""},
		{"a byline above wins", "", `<p class="byline">By John Roe</p>`, `<p><em>Jane Doe is a reporter at the Valley Gazette.</em></p>`, "John Roe"},
		{"in roman type", "", "", `<p>Jane Doe is a reporter at the Valley Gazette.</p>`, ""},
		{"not the last paragraph", "", "", `<p><em>Jane Doe is a reporter at the Valley Gazette.</em></p><p>More text of the story follows here for the reader.</p>`, ""},
	})
}

// "Text:" closing an article in Spanish, Portuguese, French and Italian
// (textWords), as "Text:" and "Tekst:" do: "Texto: Juan Pérez", "Texte :
// Jean Dupont", "Testo: Mario Rossi". A sentence that opens with the
// word has no colon after it.
func TestUnseenClosingTextLabels(t *testing.T) {
	checkPages(t, []pageCase{
		{"es", "", "", `<p>Texto: Juan Pérez</p>`, "Juan Pérez"},
		{"pt", "", "", `<p><strong>Texto:</strong> João Silva</p>`, "João Silva"},
		{"fr", "", "", `<p>Texte : Jean Dupont</p>`, "Jean Dupont"},
		{"it", "", "", `<p>Testo: Mario Rossi</p>`, "Mario Rossi"},
		{"fr, a sentence", "", "", `<p>Texte et musique de Jean Dupont, joués hier soir à Paris.</p>`, ""},
	})
}

// A credit label and a name alone on the body's last line after a
// <br>, as "By:" there is read: "Das war es für heute.<br>Autor: Hans
// Müller", "<br><strong>Text:</strong> Anna Berg", "<br>Author: Jane
// Doe". A source's, an editor's or a date's label there names no writer.
func TestUnseenClosingLabelledLines(t *testing.T) {
	checkPages(t, []pageCase{
		{"de, Autor:", "", "", `<p>Das war es für heute.<br>Autor: Hans Müller</p>`, "Hans Müller"},
		{"de, Text:", "", "", `<p>Das war es für heute.<br>Text: Hans Müller</p>`, "Hans Müller"},
		{"de, Autorin: in bold", "", "", `<p>Das war es für heute.<br><strong>Autorin:</strong> Anna Berg</p>`, "Anna Berg"},
		{"en, Author:", "", "", `<p>That is all for today.<br>Author: Jane Doe</p>`, "Jane Doe"},
		{"a source", "", "", `<p>That is all for today.<br>Source: Valley Gazette</p>`, ""},
		{"an editor", "", "", `<p>That is all for today.<br>Editor: John Roe</p>`, ""},
		{"not the last paragraph", "", "", `<p>Das war es für heute.<br>Autor: Hans Müller</p><p>Paragraph of the story after it, long enough to be body text.</p>`, ""},
	})
}

// A German page whose <title> is only the site's name, its headline in
// an element classed "Überschrift" (headline) as German CMSs write it:
// "ueberschrift", "artikel-ueberschrift", "Uberschrift".
func TestUnseenGermanHeadlineClasses(t *testing.T) {
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	o := "https://www.tb.example/artikel/123456"
	head := `<title>Talbote</title>`
	top := `<div class="logo"><a href="/"><img alt="Talbote" src="/logo.png"></a></div><nav><a href="/">Home</a><a href="/politik">Politik</a></nav>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"ueberschrift", o, head, top + `<div class="ueberschrift">` + hde + `</div>` + probe33Body, hde},
		{"artikel-ueberschrift", o, head, top + `<div class="artikel-ueberschrift">` + hde + `</div>` + probe33Body, hde},
		{"Uberschrift, an id", o, head, top + `<span id="Uberschrift">` + hde + `</span>` + probe33Body, hde},
	})
}

// TestTimeIsNoName: a sentence that opens with "By" and a time ("By New
// Year's Eve, …", "By Tuesday evening …") names no writer, wherever it
// stands; a name after "By" still does.
func TestTimeIsNoName(t *testing.T) {
	filler := strings.Repeat("<p>Crews worked through the night to clear the roads and restore the lines that fell across the main routes into town.</p>", 12)
	for _, tc := range []struct {
		last string
		want []string
	}{
		{"By New Year's Eve, the company will have hired 300 people.", nil},
		{"By Tuesday Evening", nil},
		{"By Saturday morning the roads were open again.", nil},
		{"By Jane Doe", []string{"Jane Doe"}},
		{"By Sunday Alamba", []string{"Sunday Alamba"}},
	} {
		page := `<html><head><title>Storm hits coast - Gazette</title></head><body><h1>Storm hits coast</h1><div class=content>` +
			`<p>The storm hit the coast on Monday with winds of 120 km/h, cutting power to thousands of homes along the shore.</p>` +
			filler + `<p>` + tc.last + `</p></div></body></html>`
		a, err := Extract([]byte(page), "https://example.com/news/storm-hits-coast", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, tc.want) && !(len(a.Authors) == 0 && len(tc.want) == 0) {
			t.Errorf("%q: authors %q, want %q", tc.last, a.Authors, tc.want)
		}
	}
}
