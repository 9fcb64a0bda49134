package extractor

import (
	"net/url"
	"slices"
	"testing"
)

// An older table layout without structured data, whose <title> is the
// site's name: a column's story in a plain <h2> comes before the
// article's, and the one that spells the page's slug is the headline.
func TestTitlePlainHeadingSpellsSlug(t *testing.T) {
	const h = "Council approves budget for the new school"
	body := `<table><tr><td id="left"><h2>Police seek witnesses after crash on ring road</h2><p>Police are asking for witnesses after a car left the ring road near the stadium late on Sunday night and hit a lamp post; the driver was taken to hospital with minor injuries, and the road was closed for three hours while officers examined the scene.</p></td>
<td id="main"><h2>` + h + `</h2>` + titleBody + `</td></tr></table>`
	for _, tc := range []struct{ url, want string }{
		{"https://www.valleygazette.example/news/council-approves-budget-for-the-new-school", h},
		{"https://www.valleygazette.example/news/2024/05/council-approves-school-budget.html", h},
		// An address that spells nothing keeps the first.
		{"https://www.valleygazette.example/news/article.php?id=1234", "Police seek witnesses after crash on ring road"},
	} {
		page := `<html><head><title>Valley Gazette</title></head><body>` + body + `</body></html>`
		if got, _ := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.url, got, tc.want)
		}
	}
}

func TestSlugWords(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want []string
	}{
		{"https://a.example/2024/05/council-approves-school-budget/", []string{"council", "approves", "school", "budget"}},
		{"https://a.example/news/council_approves_budget-123.html", []string{"council", "approves", "budget"}},
		{"https://a.example/news/council-approves-budget/12345", []string{"council", "approves", "budget"}},
		{"https://a.example/news/article.php?id=1", nil},
		{"https://a.example/2024/05/16/", nil},
	} {
		u, _ := url.Parse(tc.url)
		if got := slugWords(u); !slices.Equal(got, tc.want) {
			t.Errorf("slugWords(%s) = %q, want %q", tc.url, got, tc.want)
		}
	}
}
