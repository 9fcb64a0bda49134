package extractor

import "testing"

// An older CMS reuses its front page's "Tagline | Site" <title> on every
// story, on an address with no slug: the headline is the story's first
// heading or bold line, under a masthead <h1> that says the site's name,
// never the tagline (mastheadTitled).
func TestTitleTaglineMasthead(t *testing.T) {
	const h = "Council approves new budget for roads"
	const hde = "Gemeinderat beschließt neuen Haushalt für Straßen"
	const u = "https://www.valleytimes.example/news.php?id=4711"
	lead := `<div class="article"><p><strong>` + h + `</strong></p>` + titleBody + `</div>`
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"tagline | site, masthead h1, strong lead", u,
			`<title>Your daily news from the valley | Valley Times</title>`,
			`<h1>Valley Times</h1>` + lead, h},
		{"tagline | site, masthead h1, strong lead, id path", "https://www.valleytimes.example/news/4711/",
			`<title>Your daily news from the valley | Valley Times</title>`,
			`<h1>Valley Times</h1>` + lead, h},
		{"site – tagline, masthead h1 linking home, strong lead", u,
			`<title>Valley Times – Your daily news from the valley</title>`,
			`<h1><a href="/">Valley Times</a></h1>` + lead, h},
		{"tagline | site, masthead h1 linking home, strong lead", u,
			`<title>Your daily news from the valley | Valley Times</title>`,
			`<h1><a href="/">Valley Times</a></h1>` + lead, h},
		{"tagline | site, bold line in a paragraph", u,
			`<title>Your daily news from the valley | Valley Times</title>`,
			`<h1>Valley Times</h1><div class="article"><p><b>` + h + `</b><br>` + titleBody + `</p></div>`, h},
		{"site - tagline, masthead h1, plain h2, German", "https://www.talzeitung.example/artikel.php?id=4711",
			`<title>Talzeitung - Ihre Nachrichten aus dem Tal</title>`,
			`<div id="kopf"><h1>Talzeitung</h1></div><div id="inhalt"><h2>` + hde + `</h2>` + titleBody + `</div>`, hde},
		// No masthead <h1>: the page's description, the front page's
		// too, opens with the tagline or is it.
		{"tagline | site, description opens with the tagline, logo", u,
			`<title>Your daily news from the valley | Valley Times</title><meta name="description" content="Your daily news from the valley: politics, sports and weather.">`,
			`<div id="header"><a href="/"><img src="/logo.gif" alt="Valley Times"></a></div>` + lead, h},
		{"site :: tagline, description the tagline, bold cell", u,
			`<title>Valley Times :: Your daily news from the valley</title><meta name="description" content="Your daily news from the valley">`,
			`<table><tr><td><img src="/masthead.gif"></td></tr><tr><td><b>` + h + `</b><br>` + titleBody + `</td></tr></table>`, h},
		// A description that opens with the headline, which the page
		// shows in a plain block: no tagline.
		{"headline - site, description opens with it, sidebar h4 first", u,
			`<title>` + h + ` - Valley Times</title><meta name="description" content="` + h + `, after a long debate about the roads">`,
			`<div id="aside1"><h4>Valley Times top news</h4><p>` + loremTitle + `</p></div><div class="tt">` + h + `</div><div class="txt">` + titleBody + `</div>`, h},
		// The <title>'s segment that is a heading of the page is the
		// headline, whatever heading comes first.
		{"site: headline, headline an h3 below a sidebar h2", u,
			`<title>Valley Notes: ` + h + `</title>`,
			`<h1><a href="/">Valley Notes</a></h1><div id="beta"><div class="module"><h2 class="module-header">Valley Notes books</h2><p>` + loremTitle + `</p></div></div><div id="alpha"><h3 class="entry-header">` + h + `</h3>` + titleBody + `</div>`, h},
		{"headline | site, masthead h1, strong lead the headline", u,
			`<title>` + h + ` | Valley Times</title>`,
			`<h1>Valley Times</h1>` + lead, h},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
