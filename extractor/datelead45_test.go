package extractor

import "testing"

// A meta block that holds the byline's names, the dateline and the update
// in one line ("Jane Doe and John Roe Sun 3 Mar 2024 09.15 GMT Last
// modified on …", "Ana García Puerto - 03 mar 2024 - 09:15 CET
// Actualizado: …"): the date before the first label ends a lead longer
// than a date, and is read from its last words, the weekday, time and
// zone with it (scanner.leadTail).
func TestDatelineAfterNamesBeforeLabel(t *testing.T) {
	paras := npParas("<p>", "</p>", 0, 6)
	cases := []struct {
		name, lang, meta, pub, mod string
	}{
		{"two writers, a weekday, time and zone", "en",
			`<address><a rel="author" href="/profile/jane-doe">Jane Doe</a> and <a rel="author" href="/profile/john-roe">John Roe</a></address><div><details><summary><span>Sun 3 Mar 2024 09.15 GMT</span></summary><span>Last modified on Mon 4 Mar 2024 18.02 GMT</span></details></div>`,
			"2024-03-03", "2024-03-04"},
		{"two writers, the time after 'at'", "en",
			`<div class="authors"><a href="/by/jane-doe">Jane Doe</a> and <a href="/by/john-roe">John Roe</a></div><div class="dates"><span>March 3, 2024 at 9:15 a.m. EST</span> <span>Updated: March 4, 2024</span></div>`,
			"2024-03-03", "2024-03-04"},
		{"Spanish, the place, ' - ' before the time, CET", "es",
			`<div class="a_md_a"><a href="/autor/ana-garcia/">Ana García</a></div><div class="a_md_f"><span>Puerto</span> - <span><a href="/hemeroteca/2024-03-03/">03 mar 2024 - 09:15 CET</a></span><span>Actualizado: 04 mar 2024 - 18:02 CET</span></div>`,
			"2024-03-03", "2024-03-04"},
		{"Italian, the place, ' - ' before the time, CET", "it",
			`<div class="autore"><a href="/autori/marco-rossi/">Marco Rossi</a></div><div class="data"><span>Genova</span> - <span>03 mar 2024 - 09:15 CET</span> <span>Aggiornato: 04 mar 2024 - 18:02 CET</span></div>`,
			"2024-03-03", "2024-03-04"},
		{"German, the place, ' - ' before the time, CET", "de",
			`<div class="autor"><a href="/autoren/hans-mueller/">Hans Müller</a></div><div class="datum"><span>Hamburg</span> - <span>03 Mär 2024 - 09:15 CET</span> <span>Aktualisiert: 04 Mär 2024 - 18:02 CET</span></div>`,
			"2024-03-03", "2024-03-04"},
	}
	for _, c := range cases {
		page := `<!DOCTYPE html><html lang="` + c.lang + `"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` | Harbour</title></head><body><header class="masthead"><a class="logo" href="/">Harbour</a>` + npNav + `</header><main><article><h1>` + newsProbeTitle + `</h1><div class="meta">` + c.meta + `</div><div class="body">` + paras + `</div></article></main>` + npFooter + `</body></html>`
		a, err := Extract([]byte(page), "https://www.harbour.example/news/harbour-bridge-close-cable-repairs", Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.PublishedDate != c.pub || a.ModifiedDate != c.mod {
			t.Errorf("%s: published %q, modified %q; want %q, %q", c.name, a.PublishedDate, a.ModifiedDate, c.pub, c.mod)
		}
	}
}
