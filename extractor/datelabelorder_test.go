package extractor

import "testing"

// An English label says nothing of the order of a numeric date's day and
// month: a page in American English writes "03/05/2024" for 5 March
// under "Last edited" as under its headline, a British one for 3 May.
// Before, every label in dateLabelKinds, English ones included, made the
// date be read day first, and a vBulletin thread "03-05-2024, 02:22 PM"
// edited "03-05-2024 at 03:10 PM" was published on 5 March and modified
// on 3 May. A German label still reads the day first on any page.
func TestEnglishLabelKeepsPageOrder(t *testing.T) {
	const story = `<p>The council voted on Tuesday to extend the tram line to the airport, a project that has been debated for more than ten years and that will now go to tender in the spring.</p><p>Opponents said the cost had doubled since the first estimate and asked for a referendum, which the council rejected by twelve votes to five after a long debate.</p>`
	for _, c := range []struct {
		name, lang, url, line, pub, mod string
	}{
		{"american, last edited", "en-US", "https://news.example.com/tram", "Last edited 03/05/2024", "2024-03-01", "2024-03-05"},
		{"american, date modified", "en", "https://news.example.com/tram", "Date modified: 03/05/2024", "2024-03-01", "2024-03-05"},
		{"british, last edited", "en-GB", "https://news.example.co.uk/tram", "Last edited 03/05/2024", "2024-03-01", "2024-05-03"},
		{"german label on an american page", "en-US", "https://news.example.com/tram", "Zuletzt bearbeitet am 03/05/2024", "2024-03-01", "2024-05-03"},
	} {
		page := `<!DOCTYPE html><html lang="` + c.lang + `"><head><meta charset="utf-8"><title>Council backs tram extension</title></head><body>
<header><a href="/">City News</a></header><main><article><h1>Council backs tram extension</h1>
<p class="byline">By Jane Roe, March 1, 2024</p>` + story + `<p class="edited"><em>` + c.line + `</em></p></article></main></body></html>`
		a, err := Extract([]byte(page), c.url, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.PublishedDate != c.pub || a.ModifiedDate != c.mod {
			t.Errorf("%s: published %q, modified %q; want %s, %s", c.name, a.PublishedDate, a.ModifiedDate, c.pub, c.mod)
		}
	}
}
