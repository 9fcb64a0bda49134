package extractor

import "testing"

// A theme that writes the front page's "Site – Tagline" as every page's
// og:title states no article: the page's <title> names it.
func TestTitleFrontPageOGTitle(t *testing.T) {
	const h = "Council approves budget for the new school"
	const u = "https://www.valleygazette.example/news/council-budget"
	body := `<div class="story">` + titleBody + `</div>`
	page := func(og, title string) string {
		return `<html><head><meta property="og:title" content="` + og + `"><title>` + title + `</title></head><body>` + body + `</body></html>`
	}
	for _, og := range []string{"Valley Gazette - Local news for the valley", "Valley Gazette &#8211; Your Valley, Your News"} {
		if got, prov := extractTitle(t, page(og, h+" | Valley Gazette"), u); got != h {
			t.Errorf("og:title %q: Title = %q (%s), want %q", og, got, prov, h)
		}
	}
	// An og:title that names the article after the site's name stays.
	cands := candidatesOf(t, page("Valley Gazette: Council approves school budget", h+" | Valley Gazette"), u, "")
	if findCand(cands, srcOG, "Council approves school budget") == nil {
		t.Errorf("og:title naming the article after the site's name was dropped")
	}
	// On the front page, the tagline is the page's.
	cands = candidatesOf(t, page("Valley Gazette - Local news for the valley", "Today's stories | Valley Gazette"), "https://www.valleygazette.example/", "")
	if findCand(cands, srcOG, "Local news for the valley") == nil {
		t.Errorf("front page's og:title dropped")
	}
}
