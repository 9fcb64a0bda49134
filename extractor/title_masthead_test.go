package extractor

import "testing"

// An older template's masthead sets the site's name, its tagline or a
// welcome as a plain heading in a block it does not mark as a header;
// where nothing else names the article, the heading the story's text
// follows is the headline, not the masthead's.
func TestTitlePlainMastheadHeading(t *testing.T) {
	const h = "Council approves budget for the new school"
	const u = "https://www.valleygazette.example/news/1234.html"
	for _, tc := range []struct{ name, head, body, want string }{
		{"site's name", ``, `<div id="header"><h2>Valley Gazette</h2></div><div id="content"><h2>` + h + `</h2>` + titleBody + `</div>`, h},
		{"tagline", ``, `<div id="header"><h1><a href="/">Valley Gazette</a></h1><h2>Your source for news in the valley</h2></div><div id="content"><h3>` + h + `</h3>` + titleBody + `</div>`, h},
		{"tagline, <title> the site's name", `<title>Valley Gazette</title>`, `<div id="header"><h1 id="site-title"><a href="/">Valley Gazette</a></h1><h2 id="site-description">Your source for news in the valley</h2></div><div id="content"><h2>` + h + `</h2>` + titleBody + `</div>`, h},
		{"welcome", `<title>Valley Gazette</title>`, `<div id="top"><h2>Welcome to the Valley Gazette</h2></div><div id="content"><h2>` + h + `</h2>` + titleBody + `</div>`, h},
		// A headline whose standfirst is a heading too: the two share a
		// block, and the first is the headline.
		{"standfirst heading", `<title>Valley Gazette</title>`, `<div id="content"><h2>` + h + `</h2><h3>A three-hour debate ends in a vote of nine to two</h3>` + titleBody + `</div>`, h},
		// A headline in a block of its own, the story after it.
		{"headline block", `<title>Valley Gazette</title>`, `<div class="top"><h2>` + h + `</h2></div><div class="text">` + titleBody + `<h3>What happens next for the school</h3>` + titleBody + `</div>`, h},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, u); got != tc.want {
			t.Errorf("%s: Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
