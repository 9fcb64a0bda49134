package pipeline

import (
	"net/url"
	"testing"

	"github.com/newsprint/newsprint/extractor"
)

func TestIsListingPath(t *testing.T) {
	for p, want := range map[string]bool{
		"":                             true,
		"/":                            true,
		"/tag/floods":                  true,
		"/Tags/":                       true,
		"/news/category/world/":        true,
		"/about-us":                    true,
		"/contact.html":                true,
		"/archive/2024/03":             true,
		"/blog/page/2/":                true,
		"/search":                      true,
		"/2024/03/26/sister-cities":    false,
		"/news/the-authors-of-change":  false,
		"/pages/story.html":            false,
		"/paged-story":                 false,
		"/x.tags":                      false,
		"/story/about-the-river":       false,
		"/world/stories/termsheet-law": false,
	} {
		if got := isListingPath(p); got != want {
			t.Errorf("isListingPath(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestArticleVerdict(t *testing.T) {
	page := func(typ string, words int, date string, density float64) extractor.Page {
		return extractor.Page{Type: typ, LinkDensity: density, Article: extractor.Article{WordCount: words, PublishedDate: date}}
	}
	// updated gives a page only a modification date, as the extractor does
	// for a page that shows only when it was updated.
	updated := func(p extractor.Page) extractor.Page { p.Article.ModifiedDate = "2024-03-27"; return p }
	const art, list = extractor.TypeArticle, extractor.TypeListing
	for _, c := range []struct {
		name string
		p    extractor.Page
		url  string
		want string // "" for an article
	}{
		{"long undated story", page("", 400, "", 0.02), "https://x.example/news/story", ""},
		{"short dated story", page("", 120, "2024-03-26", 0.02), "https://x.example/news/story", ""},
		{"short undated page", page("", 120, "", 0.02), "https://x.example/news/story", "no article signals"},
		{"too short", page("", 79, "2024-03-26", 0), "https://x.example/news/story", "too little text"},
		{"declared brief", page(art, 45, "2024-03-26", 0), "https://x.example/news/story", ""},
		{"declared brief, undated", page(art, 45, "", 0), "https://x.example/news/story", "too little text"},
		{"declared, far too short", page(art, 29, "2024-03-26", 0), "https://x.example/news/story", "too little text"},
		{"links", page("", 400, "2024-03-26", 0.5), "https://x.example/news/story", "mostly links"},
		{"section path", page("", 400, "2024-03-26", 0), "https://x.example/section/world", "listing page"},
		{"declared article under a section path", page(art, 400, "2024-03-26", 0), "https://x.example/sections/health/2024/03/26/story", ""},
		{"declared but undated, section path", page(art, 400, "", 0), "https://x.example/sections/health", "listing page"},
		{"home page declaring an article", page(art, 400, "2024-03-26", 0), "https://x.example/", "listing page"},
		{"declared category page", page(list, 600, "2024-03-26", 0.2), "https://x.example/world/", "declared listing"},
		{"file page under a section path", page("", 400, "", 0), "file:///mirror/section/a.html", ""},
		{"short story showing only its update", updated(page("", 120, "", 0.02)), "https://x.example/news/story", ""},
		{"declared brief showing only its update", updated(page(art, 45, "", 0)), "https://x.example/news/story", ""},
	} {
		u, err := url.Parse(c.url)
		if err != nil {
			t.Fatal(err)
		}
		ok, why := articleVerdict(c.p, u)
		if ok != (c.want == "") || why != c.want {
			t.Errorf("%s: articleVerdict = %v, %q; want %q", c.name, ok, why, c.want)
		}
	}
}
