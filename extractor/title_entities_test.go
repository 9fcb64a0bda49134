package extractor

import "testing"

// TestTitleEscapedTwice checks a <title> a theme escaped twice
// ("&amp;#8217;"), the one title the page states: it reads as the
// characters meant, as a <meta> value escaped twice does; a title with a
// bare ampersand stays as it is.
func TestTitleEscapedTwice(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Mayor&amp;#8217;s harbour plan explained | Valley Gazette", "Mayor’s harbour plan explained"},
		{"Q&amp;amp;A: the harbour plan for the valley | Valley Gazette", "Q&A: the harbour plan for the valley"},
		{"&amp;quot;We will rebuild&amp;quot;, the mayor says | Valley Gazette", `"We will rebuild", the mayor says`},
		{"R&amp;D spending rises at the harbour | Valley Gazette", "R&D spending rises at the harbour"},
	} {
		page := `<html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body><div class="story">` + titleBody + `</div></body></html>`
		if got, prov := extractTitle(t, page, "https://www.valleygazette.example/news/story-4711"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.title, got, prov, tc.want)
		}
	}
}
