package extractor

import (
	"strings"
	"testing"
)

// WordPress writes a post's categories and tags into its wrapper's class
// ("category-popular", "tag-menu"): they name the post's terms, not a
// list of popular stories or a menu, and its headline stays the title
// where comments after it hold most of the page's text.
func TestTitlePostTermClasses(t *testing.T) {
	const h = "Council approves budget for the new school"
	const u = "https://valleyblog.example/2012/05/council-budget/"
	comments := `<div id="comments"><h3>12 Responses</h3><ol class="commentlist">` + strings.Repeat(`<li class="comment"><p>`+loremTitle+loremTitle+`</p></li>`, 6) + `</ol></div>`
	for _, cls := range []string{"category-popular", "tag-menu", "category-newsletter", "tag-trending", "category-related-news", "tag-promo"} {
		for _, tc := range []struct{ name, head, heading string }{
			{"h2 title site", `<title>Valley Blog</title>`, `<h2 class="entry-title">` + h + `</h2>`},
			{"h1 title headline-site", `<title>` + h + ` | Valley Blog</title>`, `<h1 class="entry-title">` + h + `</h1>`},
			{"h2 plain no title", ``, `<h2><a href="` + u + `" rel="bookmark">` + h + `</a></h2>`},
		} {
			body := `<div id="header"><h1><a href="/">Valley Blog</a></h1></div><div id="content"><div id="post-123" class="post-123 post type-post status-publish hentry ` + cls + `">` + tc.heading + `<div class="entry">` + titleBody + `</div></div>` + comments + `</div>`
			page := `<html><head>` + tc.head + `</head><body>` + body + `</body></html>`
			got, prov := extractTitle(t, page, u)
			if got != h {
				t.Errorf("%s %s: got %q (%s), want %q", cls, tc.name, got, prov, h)
			}
		}
	}
}
