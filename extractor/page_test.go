package extractor

import (
	"slices"
	"strings"
	"testing"
)

func TestExtractPage(t *testing.T) {
	para := "<p>" + strings.Repeat("A long paragraph of the story with words. ", 20) + "</p>"
	page := []byte(`<html><head><base href="https://example.com/news/">
<link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="stylesheet" href="/x.css"></head>
<body><nav><a href="/">Home</a><a href="world/">World</a></nav><article><h1>Story</h1>` + para + para +
		`<p>See <a href="https://other.example/a">this</a> and <a rel="nofollow" href="/spam">that</a>.</p></article></body></html>`)
	p, err := ExtractPage(page, "https://example.com/news/story", Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantLinks := []string{"https://example.com/", "https://example.com/news/world/", "https://other.example/a"}
	if !slices.Equal(p.Links, wantLinks) {
		t.Errorf("ExtractPage.Links = %q, want %q (resolved against <base>, nofollow left out)", p.Links, wantLinks)
	}
	if !slices.Equal(p.Feeds, []string{"https://example.com/feed.xml"}) {
		t.Errorf("ExtractPage.Feeds = %q", p.Feeds)
	}
	if p.LinkDensity <= 0 || p.LinkDensity > 0.05 {
		t.Errorf("ExtractPage.LinkDensity = %.3f, want a small share", p.LinkDensity)
	}
	a, _ := Extract(page, "https://example.com/news/story", Options{})
	if a.ContentHash != p.Article.ContentHash || a.Title != p.Article.Title {
		t.Errorf("ExtractPage.Article differs from Extract's")
	}
}
