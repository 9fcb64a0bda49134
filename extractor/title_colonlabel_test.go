package extractor

import "testing"

// A <title> that starts with a generic label and a colon ("Article:",
// "News:") that no heading repeats: the label goes.
func TestTitleColonLabel(t *testing.T) {
	const h = "Council approves budget for the new school"
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	const hes = "El ayuntamiento aprueba el presupuesto de la nueva escuela"
	const hfr = "Le conseil municipal vote le budget de la nouvelle école"
	b := `<div class="story">` + titleBody + `</div>`
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"Article: H", "http://www.valleygazette.example/show.php?id=1234", `<title>Article: ` + h + `</title>`, b, h},
		{"Story: H - S", "http://www.valleygazette.example/show.php?id=1234", `<title>Story: ` + h + ` - Valley Gazette</title>`, b, h},
		{"News: H, og:title without", "http://www.valleygazette.example/show.php?id=1234", `<meta property="og:title" content="` + h + `"><title>News: ` + h + `</title>`, b, h},
		{"Artikel: H, German", "http://www.talzeitung.example/artikel.php?id=1234", `<title>Artikel: ` + hde + `</title>`, b, hde},
		{"Noticia: H, Spanish", "http://www.diariodelvalle.example/noticia.php?id=1234", `<title>Noticia: ` + hes + `</title>`, b, hes},
		{"Article : H, French", "http://www.courrierduval.example/article.php?id=1234", `<title>Article : ` + hfr + `</title>`, b, hfr},
		{"Headline word kept", "http://www.valleygazette.example/show.php?id=1234", `<title>Budget: ` + h + `</title>`, b, "Budget: " + h},
		{"Heading repeats the generic label", "http://www.valleygazette.example/show.php?id=1234", `<title>News: ` + h + `</title>`, `<div class="story"><h1>News: ` + h + `</h1>` + titleBody + `</div>`, "News: " + h},
		{"Heading repeats the label", "http://www.valleygazette.example/show.php?id=1234", `<title>Review: The new school opens its doors</title>`, `<div class="story"><h1>Review: The new school opens its doors</h1>` + titleBody + `</div>`, "Review: The new school opens its doors"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
