package extractor

import "testing"

// TestTitlePlaceholder checks a <title> that names no page: an HTML
// editor's default ("Untitled Document") or a template's page-type label
// ("Home", "News Details - Club"). The page's heading is the title; with
// none, the placeholder is kept, as a <title> that is only the site's
// name is. A headline that begins with such a word stays.
func TestTitlePlaceholder(t *testing.T) {
	const head = "Annual meeting moved to June"
	for _, tc := range []struct{ title, body, want string }{
		{"Home - Valley Club", `<div id="content"><h2>` + head + `</h2>` + titleBody + `</div>`, head},
		{"News Details - Valley Club", `<div id="content"><h2>` + head + `</h2>` + titleBody + `</div>`, head},
		{"Article | Valley Club", `<div id="content"><h3>` + head + `</h3>` + titleBody + `</div>`, head},
		{"Untitled Document", `<div id="content"><h2>` + head + `</h2>` + titleBody + `</div>`, head},
		{"Untitled Document", `<div id="content">` + titleBody + `</div>`, "Untitled Document"},
		{"Home is where the harbour is - Valley Club", `<div id="content">` + titleBody + `</div>`, "Home is where the harbour is"},
	} {
		page := `<html><head><title>` + tc.title + `</title></head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.valleyclub.example/news/12"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.title, got, prov, tc.want)
		}
	}
}
