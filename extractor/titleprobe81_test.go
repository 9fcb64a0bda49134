package extractor

import "testing"

// Leftovers: a genre label and a pipe or colon opening an <h1>'s own text.
func TestTitleProbe81H1Label(t *testing.T) {
	const en = "Council votes for the new tram line through the valley"
	const u = "https://www.valleypost.example/news/2024/03/12/council-votes-tram"
	body := `<div class="story">` + probe46Body + `</div>`
	h1 := func(s string) string { return `<h1 class="headline">` + s + `</h1>` + body }
	runTitleProbes46(t, []titleProbe46{
		{"opinion pipe", u, `<title>Valley Post</title>`, h1("OPINION | " + en), en},
		{"analysis colon", u, `<title>Valley Post</title>`, h1("Analysis: " + en), en},
		{"editorial pipe", u, `<title>Valley Post</title>`, h1("Editorial | " + en), en},
		{"german", "https://www.talpost.example/meinung/2024/03/12/tram", `<title>Talpost</title>`, h1("Kommentar | Der Stadtrat stimmt für die neue Straßenbahnlinie"), "Der Stadtrat stimmt für die neue Straßenbahnlinie"},
		{"spanish", "https://www.diariovalle.example/opinion/2024/03/12/tranvia", `<title>Diario del Valle</title>`, h1("OPINIÓN | El concejo vota a favor de la nueva línea de tranvía"), "El concejo vota a favor de la nueva línea de tranvía"},
		{"french", "https://www.vallee.example/analyse/2024/03/12/tram", `<title>La Vallée</title>`, h1("Analyse | Le conseil vote pour la nouvelle ligne de tram"), "Le conseil vote pour la nouvelle ligne de tram"},
		{"same title", u, `<title>OPINION | ` + en + ` - Valley Post</title>`, h1("OPINION | " + en), en},
		{"hyphenated label", u, `<title>Valley Post</title>`, h1("Op-Ed | " + en), en},
		{"chinese", "https://news.valley.example/2024/03/12/12345.html", `<title>山谷新闻网</title>`, h1("评论｜市议会投票支持修建新的有轨电车线路"), "市议会投票支持修建新的有轨电车线路"},
		{"section's title", u, `<title>Opinion - Valley Post</title>`, h1("OPINION | " + en), en},
		{"titled with the label stays", u, `<title>Analysis: ` + en + ` | Valley Post</title>`, h1("Analysis: " + en), "Analysis: " + en},
		{"real pipe stays", u, `<title>Valley Post</title>`, h1("Rain | Shine: the council votes for the tram"), "Rain | Shine: the council votes for the tram"},
		{"no label stays", u, `<title>Valley Post</title>`, h1("Tram | " + en), "Tram | " + en},
	})
}
