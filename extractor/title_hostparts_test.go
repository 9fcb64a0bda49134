package extractor

import "testing"

// A club's or a firm's site is named by its words joined with hyphens
// (chorknaben-ulm.de for "St. Georgs Chorknaben Ulm"): a <title> segment
// that spells every part of the label is the site's name, cut wherever it
// stands, and the page's one-word heading names the page where the
// <title> is left with one word too.
func TestTitleHostParts(t *testing.T) {
	menu := `<div id="menu"><ul><li><a href="/">Start</a></li><li><a href="/chronik.html">Chronik</a></li><li><a href="/termine.html">Termine</a></li><li><a href="/kontakt.html">Kontakt</a></li></ul></div>`
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"club's name after the page's", "https://www.posaunenchor-talheim.de/chronik.html",
			`<title>Chronik - Evangelischer Posaunenchor Talheim</title>`,
			menu + `<div class="content"><h1>Vereinschronik</h1>` + titleBody + `</div>`,
			"Vereinschronik"},
		{"firm's name after a pipe", "https://www.schreinerei-albrecht.de/termine.html",
			`<title>Termine | Schreinerei Albrecht Mosbach</title>`,
			menu + `<main><h1>Messetermine</h1>` + titleBody + `</main>`,
			"Messetermine"},
		{"an English club's", "https://www.riverside-rowing.org/history.html",
			`<title>History - Riverside Amateur Rowing Club</title>`,
			`<nav><a href="/">Home</a> <a href="/history.html">History</a> <a href="/join.html">Join</a></nav><div id="main"><h1>Chronicle</h1>` + titleBody + `</div>`,
			"Chronicle"},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

func TestHostPartsNamed(t *testing.T) {
	for _, tc := range []struct {
		label, name string
		want        bool
	}{
		{"chorknaben-ulm", "St. Georgs Chorknaben Ulm", true},
		{"feuerwehrtaucher-oldenburg", "Feuerwehr Oldenburg", true},
		{"riverside-rowing", "Riverside Rowing Club", true},
		{"riverside-rowing", "Riverside council backs new bridge", false},
		{"chorknaben", "Chorknaben Ulm", false}, // one part: the other rules' case
		{"chorknaben-ulm", "Ulm mayor opens the choir's new hall after years of work", false},
	} {
		if got := hostPartsNamed(tc.label, tc.name); got != tc.want {
			t.Errorf("hostPartsNamed(%q, %q) = %v, want %v", tc.label, tc.name, got, tc.want)
		}
	}
}
