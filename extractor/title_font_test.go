package extractor

import "testing"

// An older table layout sets its headline in a large <font> on a line of
// its own, and states only the site's name as its <title>: the line is the
// headline, as a first plain heading would be. A large font inside a
// sentence, or the only line of a page that names its article elsewhere,
// is not.
func TestTitleFontHeadline(t *testing.T) {
	const u = "http://www.smallpaper.com/news/0405/story.html"
	logo := `<tr><td><a href="/"><img src="/banner.gif" alt="Small Paper"></a></td></tr>`
	for _, tc := range []struct {
		name, title, cell, want string
	}{
		{"font then a line break", "Small Paper",
			`<font size="+2"><b>Council approves new budget</b></font><br>`, "Council approves new budget"},
		{"bold font alone in its paragraph", "Small Paper",
			`<p align="center"><b><font size="4" face="Arial">Council approves new budget</font></b></p>`, "Council approves new budget"},
		// The site's name as it gives itself, the host and a word
		// ("Small Paper Online" on smallpaper.com), names no article.
		{"<title> the name with a word", "Small Paper Online",
			`<p><b><font size="4">Council approves new budget</font></b></p>`, "Council approves new budget"},
		{"large word inside a sentence", "Small Paper",
			`<p>The <font size="5">council approves</font> new budget every spring, as it did this year.</p>`, "Small Paper"},
		{"the <title> names the article", "Council approves new budget after long debate - Small Paper",
			`<font size="5"><b>Budget news</b></font><br>`, "Council approves new budget after long debate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>` + tc.title + `</title></head><body><table>` + logo + `<tr><td>` + tc.cell + titleBody + `</td></tr></table></body></html>`
			if got, _ := extractTitle(t, page, u); got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}
