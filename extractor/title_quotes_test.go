package extractor

import "testing"

// Headlines that quote someone, as French, Swiss and German papers write
// them, keep their guillemets wherever the title comes from; guillemets
// that separate a site's name or section from the headline still go.
func TestTitleGuillemets(t *testing.T) {
	const (
		fr     = "« On ne lâchera rien » : les syndicats mobilisés contre la réforme"
		frEnd  = "Réforme des retraites : « On ne lâchera rien »"
		frNBSP = "«&#160;Il y a, d’abord, le poids de la géographie&#160;». Sur les migrations avec François Héran"
		ch     = "«Gute Löhne alleine reichen nicht» – die Gewerkschaft fordert mehr"
		de     = "»Einfach kein Geld mehr, um die Miete zu zahlen«"
		sep    = "Council approves budget for the new school"
		frBody = `<p>Le conseil municipal s'est réuni mardi soir et a voté le budget de l'année prochaine, après un long débat sur les routes, la bibliothèque et la nouvelle école promise depuis dix ans.</p><p>Les syndicats ont annoncé une nouvelle journée de mobilisation la semaine prochaine, dans toutes les grandes villes du pays, contre le projet du gouvernement.</p>`
	)
	page := "https://www.journal.example/politique/2024/05/16/reforme"
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"fr, quote opens the <title>", page, `<title>` + fr + ` - Le Journal</title>`,
			`<div class="article">` + frBody + `</div>`, fr},
		{"fr, quote opens the <h1>", page, `<title>` + fr + ` - Le Journal</title>`,
			`<div class="article"><h1>` + fr + `</h1>` + frBody + `</div>`, fr},
		{"fr, quote opens og:title and the <h1>", page,
			`<meta property="og:title" content="` + fr + `"><meta property="og:site_name" content="Le Journal"><title>` + fr + ` | Le Journal</title>`,
			`<article><h1>` + fr + `</h1>` + frBody + `</article>`, fr},
		{"fr, quote ends the <title>", page, `<title>` + frEnd + ` | Le Journal</title>`,
			`<div class="article">` + frBody + `</div>`, frEnd},
		{"fr, no-break spaces inside the quote, only <h1>", page, `<title>Le Journal</title>`,
			`<div class="article"><h1>` + frNBSP + `</h1>` + frBody + `</div>`,
			"« Il y a, d’abord, le poids de la géographie ». Sur les migrations avec François Héran"},
		{"ch, tight quote before a dash", "https://www.volksstimme.example/wirtschaft/loehne",
			`<title>` + ch + ` - Volksstimme</title>`, `<div class="artikel">` + titleBody + `</div>`, ch},
		{"de, »…« quote as the whole headline", "https://www.nd.example/artikel/miete",
			`<title>` + de + ` (nd.example)</title>`, `<div class="artikel"><h1>` + de + `</h1>` + titleBody + `</div>`, de},
		{"ru, tight quote opens the <title>", "https://www.vedomosti.example/business/articles/2024/05/16/gazprom",
			`<title>«Газпром» повысил цены на газ для Европы — Ведомости</title>`,
			`<div class="article">` + titleBody + `</div>`, "«Газпром» повысил цены на газ для Европы"},
		{"ru, tight quote ends the <h1>", "https://www.vedomosti.example/politics/2024/05/16/duma",
			`<title>Ведомости</title>`,
			`<div class="article"><h1>Депутаты обсудили закон «О СМИ»</h1>` + titleBody + `</div>`, "Депутаты обсудили закон «О СМИ»"},
		{"it, spaced quote opens og:title", "https://www.giornale.example/politica/2024/05/16/riforma",
			`<meta property="og:title" content="« Non ci fermeremo » : i sindacati contro la riforma | Il Giornale"><title>Il Giornale</title>`,
			`<div class="articolo">` + titleBody + `</div>`, "« Non ci fermeremo » : i sindacati contro la riforma"},
		// Separators, not quotes: the site and the section go.
		{"site » section » headline", "https://www.valleygazette.example/article/1234",
			`<title>Valley Gazette » Politics » ` + sep + `</title>`, `<div class="story">` + titleBody + `</div>`, sep},
		{"headline « blog", "https://blog.valleygazette.example/2008/03/council-budget/",
			`<title>` + sep + ` « Valley Gazette</title>`, `<div class="story">` + titleBody + `</div>`, sep},
		{"site » blog archive » headline « unpaired", "https://blog.valleygazette.example/2008/03/council-budget/",
			`<title>Valley Gazette » Blog Archive » ` + sep + `</title>`, `<div class="story">` + titleBody + `</div>`, sep},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}

func TestProtectQuotes(t *testing.T) {
	for _, tc := range []struct {
		in     string
		quoted bool
	}{
		{"« On ne lâchera rien » : les syndicats", true},
		{"«Gute Löhne» – die Gewerkschaft", true},
		{"»Einfach kein Geld mehr«", true},
		{"Site » Section » Headline", false},
		{"Headline « Blog", false},
		{"Site » Post « Blog", false},     // spaced: a run of separators, not a German quote
		{"Site « » Headline", false},      // nothing quoted
		{"« a » b « c » - Site", true},    // two quotes
		{"Blog » « Il a dit » - X", true}, // a separator before a quote
	} {
		p, quoted := protectQuotes(tc.in)
		if quoted != tc.quoted {
			t.Errorf("protectQuotes(%q) quoted = %v, want %v", tc.in, quoted, tc.quoted)
		}
		if back := restoreQuotes(p); back != tc.in {
			t.Errorf("restoreQuotes(protectQuotes(%q)) = %q", tc.in, back)
		}
	}
}
