package extractor

import "testing"

// US local papers title a story "Headline - Site (City, ST)": the site's
// name with its place in brackets goes as a whole.
func TestTitleSitePlace(t *testing.T) {
	const h = "Council approves budget for the new school"
	b := `<div class="story">` + titleBody + `</div>`
	for _, tc := range []struct{ name, url, title, want string }{
		{"H - Site (City, ST)", "https://www.thedailystar.example/news/local/council-approves-budget/article_1234.html", h + ` - The Daily Star (Oneonta, NY)`, h},
		{"H | Site (City, State)", "https://www.valleygazette.example/news/council-approves-budget", h + ` | Valley Gazette (Springfield, Illinois)`, h},
		{"H - Site (City)", "https://www.valleygazette.example/news/council-approves-budget", h + ` - Valley Gazette (Springfield)`, h},
		{"short H - Site (City, ST), the host names the site", "https://www.thedailystar.example/news/local/budget/article_1234.html", `Budget approved - The Daily Star (Oneonta, NY)`, "Budget approved"},
		{"H | Site (City, ST), no host match", "https://www.newsexample.example/news/council-approves-budget", h + ` | The Evening Tribune (Hornell, N.Y.)`, h},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body>` + b + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
