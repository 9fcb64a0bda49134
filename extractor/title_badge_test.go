package extractor

import "testing"

// A badge beside the headline in the <h1> ("Live", "Updated",
// "Exclusive", "独家") labels the story; the title is the headline
// without it, whether or not a stated title says the headline alone.
func TestTitleBadge(t *testing.T) {
	const h = "Council approves budget for the new school"
	const hz = "重庆召开全市经济工作会议"
	zh := `<p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p><p>会议指出，今年以来全市上下认真贯彻落实各项决策部署，经济运行总体平稳。</p>`
	for _, c := range []struct{ name, lang, head, h1, want string }{
		{"badge first, site's <title>", "en", `<title>Valley Gazette</title>`, `<h1><span class="badge">Updated</span> ` + h + `</h1>`, h},
		{"badge last, site's <title>", "en", `<title>Valley Gazette</title>`, `<h1>` + h + ` <span class="label label-live">Live</span></h1>`, h},
		{"badge in capitals, no <title>", "en", ``, `<h1><strong>EXCLUSIVE</strong> ` + h + `</h1>`, h},
		{"badge in a link", "en", `<title>Valley Gazette</title>`, `<h1><a href="/news/2024/05/16/council-budget"><span class="tag">Breaking</span> ` + h + `</a></h1>`, h},
		{"German badge", "de", `<title>Stadtblatt</title>`, `<h1><span class="badge">Eilmeldung</span> Stadtrat stimmt nach langer Debatte für neue Schule</h1>`, "Stadtrat stimmt nach langer Debatte für neue Schule"},
		{"Chinese badge, site's <title>", "zh", `<title>江城日报</title>`, `<h1><span class="tag">独家</span>` + hz + `</h1>`, hz},
		// A headline's own word, set in bold, stays; so does a badge
		// word that is all the heading says beside a short headline.
		{"bold word", "en", `<title>Valley Gazette</title>`, `<h1><strong>Live</strong> music returns to the harbour</h1>`, "Live music returns to the harbour"},
		{"short headline", "en", `<title>Valley Gazette</title>`, `<h1><span class="badge">Live</span> Budget vote</h1>`, "Live Budget vote"},
	} {
		body := titleBody
		if c.lang == "zh" {
			body = zh
		}
		page := `<html lang="` + c.lang + `"><head><meta charset="utf-8">` + c.head + `</head><body><div id="header"><a href="/">Valley Gazette</a></div><article>` + c.h1 + body + `</article></body></html>`
		if got, prov := extractTitle(t, page, "https://www.valleygazette.example/news/2024/05/16/council-budget"); got != c.want {
			t.Errorf("%s: title %q (%s), want %q", c.name, got, prov, c.want)
		}
	}
}

// A kicker in the <h1> that the page's stated titles keep stays in the
// title: "<h1><b>Editor's Letter:</b> <i>Headline</i></h1>" under og:title
// and <title> "Editor's Letter: Headline". Where they leave it out, it
// goes.
func TestTitleKeptKicker(t *testing.T) {
	const h = "Council approves budget for the new school"
	for _, c := range []struct{ stated, want string }{
		{"Editor’s Letter: " + h, "Editor’s Letter: " + h},
		{h, h},
	} {
		page := `<html lang="en"><head><meta charset="utf-8"><meta property="og:title" content="` + c.stated + `"><title>` + c.stated + `</title></head><body><article><h1 class="entry-title"><b>Editor’s Letter:</b><i> ` + h + `</i></h1>` + titleBody + `</article></body></html>`
		if got, prov := extractTitle(t, page, "https://www.valleygazette.example/editors-letter/"); got != c.want {
			t.Errorf("stated %q: title %q (%s), want %q", c.stated, got, prov, c.want)
		}
	}
}
