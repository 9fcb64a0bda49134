package extractor

import "testing"

// An older template's "Site: Tagline" <title>, a colon after the name
// the host spells, yields to the story's headline set as a plain heading
// or a bold line where the address says nothing of the tagline, as
// "Site - Tagline" does; "Site: Headline" keeps its say where the page
// shows another heading or rephrases it, or the address spells it.
func TestTitleProbe77SiteColonTagline(t *testing.T) {
	const h = probe74TitleHeadline
	const u = "https://www.valleyherald.example/news/2024/03/12/water-board"
	cases := probe77TitleTaglineCases(u, "Valley Herald: Your local news", "Valley Herald: News from the valley since 1887", "The Valley Herald: Springfield's daily newspaper")
	cases = append(cases,
		titleProbe46{"site: headline, subhead in the body", u, `<title>Valley Herald: ` + h + `</title>`,
			`<div class="story">` + probe74TitleBody + `<h2>Why the plants matter to farmers</h2>` + probe74TitleBody + `</div>`, h},
		titleProbe46{"site: headline, rephrased on the page", u, `<title>Valley Herald: Board plans $400m water plants</title>`,
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`, "Board plans $400m water plants"},
		titleProbe46{"site: headline, the address spells its words", "https://www.valleyherald.example/news/2024/03/12/bus-plan", `<title>Valley Herald: Bus plan wins council vote</title>`,
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`, "Bus plan wins council vote"},
		titleProbe46{"kicker: headline, the host spells no kicker", u, `<title>Drought: Farmers ask for the channels to be cleared</title>`,
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`, "Drought: Farmers ask for the channels to be cleared"},
	)
	runTitleProbes46(t, cases)
}

// probe77TitleTaglineCases sets the story's headline as a plain heading
// and as a bold line under each of titles, a site's name and tagline
// that the headline should beat.
func probe77TitleTaglineCases(u string, titles ...string) []titleProbe46 {
	const h = probe74TitleHeadline
	var cases []titleProbe46
	for _, title := range titles {
		for _, body := range []string{
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`,
			`<div class="story"><h3>` + h + `</h3>` + probe74TitleBody + `</div>`,
			`<div class="story"><p><strong>` + h + `</strong></p>` + probe74TitleBody + `</div>`,
			`<table><tr><td><font size="5"><b>` + h + `</b></font><br>` + probe74TitleBody + `</td></tr></table>`,
		} {
			cases = append(cases, titleProbe46{title + " over " + body[:30], u, `<title>` + title + `</title>`, body, h})
		}
	}
	return cases
}
