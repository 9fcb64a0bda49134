package extractor

import "testing"

// "Site - Page": a small site's <title> gives its name and the page's in
// one word. The site's name is cut before the word as after it, and the
// word, which says little, leaves the page's own heading to name it.
func TestTitleSiteBeforeOneWord(t *testing.T) {
	menu := `<div id="menu"><ul><li><a href="/">Startseite</a></li><li><a href="/tauchen/">Tauchen</a></li><li><a href="/kontakt.html">Kontakt</a></li></ul></div>`
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"heading that holds the word", "http://feuerwehrtaucher-oldenburg.de/bootsdienst/ausbildung.html",
			`<title>Feuerwehr Oldenburg - Ausbildung</title>`,
			menu + `<div id="body"><h2 id="bootsdienst-ausbildung">Bootsdienst Ausbildung</h2>` + titleBody + `</div>`,
			"Bootsdienst Ausbildung"},
		{"site's domain before a pipe", "https://www.energiesparer.de/de/preise/news/18725/",
			`<title>energiesparer.de | Gaspreise</title>`,
			menu + `<div class="news"><div class="headline">Energiepreiskrise: Entlastungen und Rechte auf einen Blick</div>` + titleBody + `</div>`,
			"Energiepreiskrise: Entlastungen und Rechte auf einen Blick"},
		{"an English club's", "https://www.riverside-rowing.org/regatta.html",
			`<title>Riverside Amateur Rowing Club - Regatta</title>`,
			`<nav><a href="/">Home</a> <a href="/join.html">Join</a></nav><div id="content"><h2>Spring Regatta on the Lower Reach</h2>` + titleBody + `</div>`,
			"Spring Regatta on the Lower Reach"},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
