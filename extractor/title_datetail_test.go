package extractor

import "testing"

// TestTitleHeadingDateTail checks a heading that ends with the post's date
// in an element of its own, on a page whose <title> names only the site:
// the date is no part of the headline; a year that ends the headline's
// own words stays.
func TestTitleHeadingDateTail(t *testing.T) {
	const u = "https://www.valleygazette.example/news/story-4711"
	for _, tc := range []struct{ heading, want string }{
		{`<h1>Mayor quits after vote <small>May 16, 2024</small></h1>`, "Mayor quits after vote"},
		{`<h1>Mayor quits after vote <span class="date">(16.05.2024)</span></h1>`, "Mayor quits after vote"},
		{`<h2 class="post-title">Mayor quits after vote <time datetime="2024-05-16">2024-05-16</time></h2>`, "Mayor quits after vote"},
		{`<h1>The storm of <span>1987</span></h1>`, "The storm of 1987"},
		{`<h1><span>Mayor quits after vote</span> <span>May 16, 2024</span></h1>`, "Mayor quits after vote"},
	} {
		page := `<html lang="en"><head><title>Valley Gazette</title></head><body><div id="header"><a href="/">Valley Gazette</a></div><article>` + tc.heading + titleBody + `</article></body></html>`
		if got, prov := extractTitle(t, page, u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.heading, got, prov, tc.want)
		}
	}
}
