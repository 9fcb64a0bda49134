package extractor

import "testing"

// The headline as the page shows it: where the chosen stated title is a
// visible heading in other letter case (a theme's og:title in Title Case
// "Vessel Returning To Puerto Rico", the heading "Vessel Returning to
// Puerto Rico"), the heading's case is the headline's; a heading set in
// capitals keeps the stated title's.
func TestTitleShownCase(t *testing.T) {
	for _, tc := range []struct{ name, head, body, want string }{
		{"og:title in Title Case over a post title", `<meta property="og:title" content="Vessel Returning To Puerto Rico With 475 Pounds Of Cocaine Intercepted">`,
			`<div class="post"><h2 class="entry-title">Vessel Returning to Puerto Rico With 475 Pounds of Cocaine Intercepted</h2>` + titleBody + `</div>`,
			"Vessel Returning to Puerto Rico With 475 Pounds of Cocaine Intercepted"},
		{"JSON-LD in lower case over a headline div", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"council approves budget for the coming year"}</script>`,
			`<div class="article"><div class="headline">Council Approves Budget for the Coming Year</div>` + titleBody + `</div>`,
			"Council Approves Budget for the Coming Year"},
		{"heading in capitals", `<meta property="og:title" content="Council approves budget for the coming year">`,
			`<div class="article"><div class="headline">COUNCIL APPROVES BUDGET FOR THE COMING YEAR</div>` + titleBody + `</div>`,
			"Council approves budget for the coming year"},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://news.example/2024/05/story.html"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
