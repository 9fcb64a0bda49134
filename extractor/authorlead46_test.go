package extractor

import (
	"strings"
	"testing"
)

// metaBlockPage is a paper's article whose meta block under the headline
// sets the byline and the dateline as two lines in blocks of their own,
// the dateline with an update label ("<div class=meta><div><div>Por Ana
// García</div><div>Puerto - 03 mar 2024 - 09:15 CET Actualizado: …</div>
// </div></div>", as El País's and many Iberian CMSs do). The scan reads
// the block whole, the byline and the dateline run together.
func metaBlockPage(lang, byline, dateline string) string {
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` | El Diario del Puerto</title></head><body><header class="masthead"><a class="logo" href="/">Harbour</a>` + npNav + `</header>
<main><article id="main-content" class="a"><header class="a_e"><h1 class="a_t">` + newsProbeTitle + `</h1><h2 class="a_st">Los autobuses se desviarán hacia la carretera interior</h2></header><div class="a_md"><div class="a_md_txt"><div class="a_md_a">` + byline + `</div><div class="a_md_f">` + dateline + `</div></div></div>
<div class="a_c">` + npParas("<p>", "</p>", 0, 6) + `</div></article></main>` + npFooter + `</body></html>`
}

// A meta block's first line in another language's "by" ("Por", "Par",
// "Von", "Door") names the writers though the dateline under it runs on
// after it (firstBlockLine); the byline's links to "/autor/" pages on an
// Iberian page credit every writer they list (authorLinkList), not the
// first alone. A first line that opens with the preposition and names no
// one ("Por qué cierra el puente") credits no one.
func TestAuthorLead46MetaBlockFirstLine(t *testing.T) {
	const es = `<span>Puerto</span> - <span><a href="/hemeroteca/2024-03-03/">03 mar 2024 - 09:15 CET</a></span><span class="a_md_f_ac">Actualizado: 04 mar 2024 - 18:02 CET</span>`
	cases := []struct {
		name, lang, byline, dateline, want string
	}{
		{"Por, a name", "es", `Por Ana García`, es, "Ana García"},
		{"Por, two names", "es", `Por Ana García y Luis Pérez`, es, "Ana García; Luis Pérez"},
		{"Por, linked names", "es", `Por <a href="/autor/ana-garcia/">Ana García</a> y <a href="/autor/luis-perez/">Luis Pérez</a>`, es, "Ana García; Luis Pérez"},
		{"two /autor/ links", "es", `<a href="/autor/ana-garcia/">Ana García</a> y <a href="/autor/luis-perez/">Luis Pérez</a>`, es, "Ana García; Luis Pérez"},
		{"two /autor/ links, a comma", "pt", `<a href="/autor/ana-garcia/">Ana García</a>, <a href="/autor/luis-perez/">Luis Pérez</a>`, `<span>Lisboa</span> - <time>03/03/2024 09h15</time> <span>Atualizado: 04/03/2024 18h02</span>`, "Ana García; Luis Pérez"},
		{"Par", "fr", `Par Marie Dupont`, `<span>Le Port</span> - <span>03 mars 2024 à 09h15</span> <span>Mis à jour : 04 mars 2024 à 18h02</span>`, "Marie Dupont"},
		{"Von", "de", `Von Anna Schmidt`, `<span>Hafen</span> - <span>03.03.2024, 09:15 Uhr</span> <span>Aktualisiert: 04.03.2024, 18:02 Uhr</span>`, "Anna Schmidt"},
		{"a question, no byline", "es", `Por qué cierra el puente del puerto`, es, ""},
	}
	for _, c := range cases {
		a, err := Extract([]byte(metaBlockPage(c.lang, c.byline, c.dateline)), "https://eldiariodelpuerto.example/sociedad/2024-03-03/el-puente-cierra.html", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("%s: Authors = %q, want %q", c.name, got, c.want)
		}
	}
}

// A writer's name alone on the line over the dateline, with no "by" and
// no class, is the byline as it is over a date alone (nameOverDate), when
// the dateline carries its labels: "Publicado: 03/03/2024 09:15 |
// Actualizado: …", "Puerto - 03 mar 2024 - 09:15 CET Actualizado: …",
// "Veröffentlicht: 03.03.2024 | Aktualisiert: …" (datelineAlone). Over a
// line that is more than the dateline (a label of another kind, a
// sentence) the name is no byline.
func TestAuthorLead46NameOverLabelledDateline(t *testing.T) {
	cases := []struct {
		name, lang, byline, dateline, want string
	}{
		{"the place, the date, the update", "es", `Ana García`, `<span>Puerto</span> - <span>03 mar 2024 - 09:15 CET</span><span>Actualizado: 04 mar 2024 - 18:02 CET</span>`, "Ana García"},
		{"two labels", "es", `Ana García`, `Publicado: 03/03/2024 09:15 | Actualizado: 04/03/2024 18:02`, "Ana García"},
		{"German labels", "de", `Anna Schmidt`, `Veröffentlicht: 03.03.2024, 09:15 Uhr | Aktualisiert: 04.03.2024, 18:02 Uhr`, "Anna Schmidt"},
		{"English labels", "en", `Jane Doe`, `Published: March 3, 2024 9:15 a.m. | Updated: March 4, 2024 6:02 p.m.`, "Jane Doe"},
		{"a source label", "es", `Ana García`, `Fuente: Agencia EFE | Publicado: 03/03/2024 09:15`, ""},
	}
	for _, c := range cases {
		a, err := Extract([]byte(metaBlockPage(c.lang, c.byline, c.dateline)), "https://eldiariodelpuerto.example/sociedad/el-puente-cierra.html", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("%s: Authors = %q, want %q", c.name, got, c.want)
		}
	}
}

// A byline that sets the writer's paper on its own line after a <br>
// ("By Jane Doe<br>Harbour Herald") names the writer alone: its lines are
// read as after a comma (bylineLine, lineNames, innerAuthors), in a byline
// paragraph, in a plain one under the headline and in a meta block's
// author element.
func TestAuthorLead46PaperAfterBreak(t *testing.T) {
	for _, c := range []struct{ name, open, close string }{
		{"a byline paragraph", `<p class="byline">`, `</p>`},
		{"a paragraph", `<p>`, `</p>`},
		{"a meta block", `<div class="article-meta"><div class="meta-author">`, `</div><div class="meta-date">March 3, 2024</div></div>`},
	} {
		for _, line := range []string{"By Jane Doe<br>Harbour Herald", "By Jane Doe<br>The Harbour Herald"} {
			page := underHeadlinePage(c.open + line + c.close)
			a, err := Extract([]byte(page), "https://harbourherald.example/news/harbour-bridge", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(a.Authors, "; "); got != "Jane Doe" {
				t.Errorf("%s, %q: Authors = %q, want %q", c.name, line, got, "Jane Doe")
			}
		}
	}
}

// A line right under the headline that gives a name and the writer's job
// after it, with no "By", is the byline (roleByline): "Jane Doe, Staff
// Writer", "Jane Doe — Senior Reporter". An editor's or a photographer's
// credit so set names no writer, nor does a sentence.
func TestAuthorLead46NameAndRole(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Jane Doe, Staff Writer", "Jane Doe"},
		{"Jane Doe — Senior Reporter", "Jane Doe"},
		{"Jane Doe | Harbour Correspondent", "Jane Doe"},
		{"Jane Doe, Contributing Writer", "Jane Doe"},
		{"Jane Doe, Staff Photographer", ""},
		{"Jane Doe, Editor", ""},
		{"Jane Doe, a reporter at the Herald, said the bridge will close.", ""},
	} {
		page := underHeadlinePage(`<p>` + c.line + `</p>`)
		a, err := Extract([]byte(page), "https://harbourherald.example/news/harbour-bridge", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("%q: Authors = %q, want %q", c.line, got, c.want)
		}
	}
}

// A byline whose first inline element holds "By" and the names (or the
// names after a loose "By"), and a second element the writer's newsroom,
// credits the names alone (firstInlineByline): "<span>By Jane
// Doe</span><span>BBC Persian</span>", as the BBC's and many templates
// set it. A second element that goes on
// with the names ("<span>, John Roe</span>") is read with them.
func TestAuthorLead46InlineNewsroom(t *testing.T) {
	for _, c := range []struct{ byline, want string }{
		{`<span>By Jane Doe</span><span>Harbour Herald</span>`, "Jane Doe"},
		{`<span class="by">By Jane Doe</span> <span class="org">BBC Persian</span>`, "Jane Doe"},
		{`<span>By Jane Doe</span><span>, John Roe</span>`, "Jane Doe; John Roe"},
		{`<span>By Jane Doe and</span> <span>John Roe</span>`, "Jane Doe; John Roe"},
		{`<span>By</span> <span>Jane Doe</span>`, "Jane Doe"},
		// "By" loose before the element that names the writers.
		{`By <span>Jane Doe</span><span>Harbour Herald</span>`, "Jane Doe"},
		{`By <a href="/staff/jane-doe">Jane Doe</a><span class="org">Harbour Herald</span>`, "Jane Doe"},
		{`By <a href="/staff/jane-doe">Jane Doe</a> <span>and</span> <a href="/staff/john-roe">John Roe</a>`, "Jane Doe; John Roe"},
		{`By <a href="/staff/jane-doe">Jane Doe</a><a href="/staff/john-roe">John Roe</a>`, "Jane Doe; John Roe"},
		{`By <span>Jane Doe</span><span>, John Roe</span>`, "Jane Doe; John Roe"},
	} {
		page := underHeadlinePage(`<p class="byline">` + c.byline + `</p>`)
		a, err := Extract([]byte(page), "https://harbourherald.example/news/harbour-bridge", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("%q: Authors = %q, want %q", c.byline, got, c.want)
		}
	}
}

// underHeadlinePage is a plain news page, the headline, then meta (the
// byline or dateline under test), then the story's paragraphs.
func underHeadlinePage(meta string) string {
	var b strings.Builder
	for _, p := range newsProbeParas {
		b.WriteString("<p>" + p + "</p>")
	}
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` - Harbour Herald</title></head><body><header><a href="/">Harbour Herald</a><nav><a href="/news/">News</a></nav></header><main><article><h1>` + newsProbeTitle + `</h1>` + meta + b.String() + `</article></main><footer>© 2024 Harbour Herald</footer></body></html>`
}
