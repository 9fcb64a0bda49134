package pipeline

import "testing"

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
