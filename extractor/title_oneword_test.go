package extractor

import "testing"

// A one-word <h1> names the page where a title the page states spells
// its word out, or where the page states none but the site's name; one
// that the stated title does not spell out, or that is a section the
// <title> names beside the page, is a label and the stated title stays.
func TestTitleOneWordHeading(t *testing.T) {
	for _, tc := range []struct {
		name, head, body, want string
	}{
		{"greeting under the site's name", `<title>Kanzlei Niemeyer</title>`,
			`<h1>Willkommen!</h1><h3>Stimmen zufriedener Mandanten</h3>`, "Willkommen!"},
		{"dictionary headword", `<title>RESTAURANT Definition &amp; Meaning | Wordbook</title>`,
			`<main><h1>restaurant</h1></main>`, "restaurant"},
		{"compound the title spells out", `<title>Mandarinen-Schmand-Kuchen von jesusfreak | Rezeptwelt</title>`,
			`<h1>Mandarinen-Schmand-Kuchen</h1>`, "Mandarinen-Schmand-Kuchen"},
		{"a box's label", `<title>Neue Levelpässe für Schwimmer</title>`,
			`<h1>Schnellzugriff</h1><ul><li><a href="/a">Termine</a></li><li><a href="/b">Kontakt</a></li></ul>`, "Neue Levelpässe für Schwimmer"},
		{"a year", `<title>Our review of 2024 | Wordbook</title>`,
			`<h1>2024</h1>`, "Our review of 2024"},
		{"section label under stated data", `<title>How the council voted | Gazette</title><meta property="og:title" content="How the council voted">`,
			`<h1>Blog</h1>`, "How the council voted"},
		{"section the title names", `<title>How the council voted - Blog - Gazette</title>`,
			`<h1>Blog</h1>`, "How the council voted"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + titleBody + `</body></html>`
			if got, _ := extractTitle(t, page, "https://www.kanzlei-niemeyer.example/about/page.html"); got != tc.want {
				t.Errorf("Extract(%s).Title = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

// A one-word heading keeps its case: a longer stated title that writes
// the word in capitals emphasises it, and one word has no order for
// caseFrom to take from it.
func TestCaseFromOneWord(t *testing.T) {
	for _, tc := range []struct{ h1, stated, want string }{
		{"restaurant", "RESTAURANT Definition & Meaning", "restaurant"},
		{"RESTAURANT", "Restaurant", "Restaurant"},
		{"BEGINNER MARATHON PLAN", "Marathon Beginner Plan", "Beginner Marathon Plan"},
	} {
		if got := caseFrom(tc.h1, tc.stated); got != tc.want {
			t.Errorf("caseFrom(%q, %q) = %q, want %q", tc.h1, tc.stated, got, tc.want)
		}
	}
}
