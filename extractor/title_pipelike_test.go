package extractor

import "testing"

// A template that writes the vertical bar's look-alike between the
// headline and the site's name means the bar: the box-drawing line of a
// shop's magazine ("Headline │ Site"), the dingbat of a WordPress theme
// ("Headline ❘ Site"), the broken bar of an older CMS.
func TestTitlePipeLikeSeparators(t *testing.T) {
	for _, tc := range []struct{ name, head, want string }{
		{"box-drawing line, spaced", `<meta property="og:title" content="Council approves the budget for the coming year │ Valley Gazette">`,
			"Council approves the budget for the coming year"},
		{"box-drawing line, unspaced", `<title>Council approves the budget for the coming year│Valley Gazette</title>`,
			"Council approves the budget for the coming year"},
		{"dingbat bar with the site named", `<meta property="og:site_name" content="Harbour Times"><title>Ferry timetable changes from Monday ❘ Harbour Times</title>`,
			"Ferry timetable changes from Monday"},
		{"broken bar, section and site", `<title>Ferry timetable changes from Monday ¦ Local ¦ Harbour Times</title>`,
			"Ferry timetable changes from Monday"},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + titleBody + `</body></html>`
		if got, prov := extractTitle(t, page, "https://news.example/local/2024/ferry.html"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
