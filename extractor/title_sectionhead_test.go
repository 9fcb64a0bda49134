package extractor

import "testing"

// TestTitleSectionHeading checks a page that heads the article with its
// section's name, a menu entry, in an <h1> and puts the headline in an
// <h2> under it, with a <title> that names only the site or no <title> at
// all: the section's name is not the headline. Where the <title> states
// the label, or no other heading may be the headline, it stays.
func TestTitleSectionHeading(t *testing.T) {
	const head = "Harbour plan: what it means for you"
	mast := `<div id="header"><a href="/"><img src="/logo.png" alt="Valley Gazette"></a><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/local/">Local news</a></li><li><a href="/sport/">Sport</a></li></ul></div>`
	const u = "https://www.valleygazette.example/news/2024/05/16/story-4711"
	for _, tc := range []struct{ name, title, body, want string }{
		{"site-only title, plain h2", `<title>Valley Gazette</title>`, mast + `<main><h1>Local news</h1><article><h2>` + head + `</h2>` + titleBody + `</article></main>`, head},
		{"site-only title, classed h2", `<title>Valley Gazette</title>`, mast + `<main><h1>Local news</h1><article><h2 class="title">` + head + `</h2>` + titleBody + `</article></main>`, head},
		{"no title", ``, mast + `<main><h1>Local news</h1><article><h2>` + head + `</h2>` + titleBody + `</article></main>`, head},
		{"label alone", `<title>Valley Gazette</title>`, mast + `<main><h1>Local news</h1><article>` + titleBody + `</article></main>`, "Local news"},
		{"title states the label", `<title>Local news | Valley Gazette</title>`, mast + `<main><h1>Local news</h1><article><h2>Sunday, May 19</h2>` + titleBody + `</article></main>`, "Local news"},
	} {
		page := `<html lang="en"><head><meta charset="utf-8">` + tc.title + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
