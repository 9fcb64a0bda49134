package extractor

import (
	"strings"
	"testing"
)

// A credit inside a sentence stays in the sentence: readability takes the
// first rel=author link, author itemprop or byline-classed element for
// the page's byline and removes it, wherever it stands.
func TestInlineCreditStaysInTheText(t *testing.T) {
	story := strings.Repeat("<p>The council met on Tuesday to weigh the plan for the harbour and its new quay.</p>", 6)
	for _, credit := range []string{
		`<a rel="author" href="/author/jane-doe/">Jane Doe</a>`,
		`<span itemprop="author">Jane Doe</span>`,
		`<span class="post-author">Jane Doe</span>`,
	} {
		page := `<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>` + story +
			`<p>This post was written by ` + credit + `. You can visit the archive for a short bio and more posts.</p></article></body></html>`
		a := extractAt(t, page, "https://blog.example/harbour-plan/", Options{})
		if !strings.Contains(a.Text, "This post was written by Jane Doe. You can visit") {
			t.Errorf("credit %s: the sentence lost its name: %q", credit, a.Text)
		}
	}
}
