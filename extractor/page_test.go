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

// Readability wraps loose text in <p> elements it creates itself; those
// are paragraphs of the text like any other.
func TestParagraphsReadabilityCreates(t *testing.T) {
	long := strings.Repeat("The harbour wall was rebuilt over the winter by the council's crews. ", 4)
	page := `<html><head><title>Wall</title></head><body><article><h1>Harbour wall reopens</h1>
<div>First ` + long + `<div>` + long + `</div>Last ` + long + `<p>` + long + `</p></div></article></body></html>`
	a, err := Extract([]byte(page), "https://example.com/news/wall", Options{})
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 4 || !strings.HasPrefix(paras[0], "First ") || !strings.HasPrefix(paras[2], "Last ") {
		t.Errorf("want 4 paragraphs, the loose text apart; got %d:\n%s", len(paras), a.Text)
	}
}
