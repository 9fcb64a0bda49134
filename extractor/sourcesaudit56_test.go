package extractor

import (
	"strings"
	"testing"
)

// Issue 13's sources and rules that the audit of round 56 found with no
// test that fails when they go (sources_test.go holds the index). Each case
// here was checked by disabling its code path and seeing it fail.

// A JSON-LD object may list its types ("@type": ["NewsArticle",
// "Article"], as Yoast and many CMSs write it): the article's object is
// found by any of them, for its headline, its author and its date, even
// when it states neither a headline nor an author that would let a typeless
// object stand for the article.
func TestJSONLDTypeList(t *testing.T) {
	const headline = "Council approves budget for the coming year"
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	page := `<html><head>` + ld(`{"@context":"https://schema.org","@type":["NewsArticle","Article"],"headline":"`+headline+`"}`) + `</head><body>` + titleBody + `</body></html>`
	if got, prov := extractTitle(t, page, "https://gazette.example/budget"); got != headline || prov != "json-ld" {
		t.Errorf("Extract(type list).Title = %q (%s), want %q (json-ld)", got, prov, headline)
	}
	a := extractPage(t, authorPage(ld(`{"@context":"https://schema.org","@type":["NewsArticle"],"author":{"@type":"Person","name":"Jane Doe"}}`), "", ""))
	if got := strings.Join(a.Authors, "; "); got != "Jane Doe" || a.Provenance["authors"] != "json-ld" {
		t.Errorf("Extract(type list).Authors = %q from %q, want Jane Doe from json-ld", got, a.Provenance["authors"])
	}
	// The article's object comes before the page's other objects: its
	// dates are the article's, not the web page's record of when it was
	// first saved and last changed.
	head := ld(`{"@context":"https://schema.org","@type":"WebPage","datePublished":"2019-01-01","dateModified":"2019-02-01"}`) +
		ld(`{"@context":"https://schema.org","@type":["NewsArticle","Article"],"datePublished":"2024-03-05","dateModified":"2024-03-09"}`)
	a = extractAt(t, withHead(pageWithBlocks("", 4, ""), head), "https://news.example/story", Options{})
	if published(a) != "2024-03-05" || modified(a) != "2024-03-09" {
		t.Errorf("Extract(type list) = published %q, modified %q; want 2024-03-05, 2024-03-09", published(a), modified(a))
	}
}
