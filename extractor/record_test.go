package extractor

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// The id is the documented derivation: hex of the first 16 bytes of the
// SHA-256 of the normalised URL.
func TestArticleID(t *testing.T) {
	sum := sha256.Sum256([]byte("https://news.example/world/story?a=1&b=2"))
	want := hex.EncodeToString(sum[:16])
	for _, u := range []string{
		"https://news.example/world/story?a=1&b=2",
		"HTTPS://News.Example:443/world/./x/../story?b=2&utm_source=feed&a=1#comments",
		"https://user@news.example/world/story?fbclid=abc&a=1&b=2",
	} {
		if got := ArticleID(u); got != want {
			t.Errorf("ArticleID(%q) = %q, want %q", u, got, want)
		}
	}
	for _, u := range []string{"", "/world/story", "mailto:desk@news.example", "javascript:alert(1)", "%zz"} {
		if got := ArticleID(u); got != "" {
			t.Errorf("ArticleID(%q) = %q, want none", u, got)
		}
	}
	if ArticleID("https://news.example/a") == ArticleID("https://news.example/b") {
		t.Error("two pages share an id")
	}
}

// The id comes from the canonical URL the page declares, so the same
// article read at another address, or after its text changed, keeps it.
func TestExtractID(t *testing.T) {
	page := func(canonical, body string) []byte {
		head := ""
		if canonical != "" {
			head = `<link rel="canonical" href="` + canonical + `">`
		}
		return []byte(`<html><head><title>Harbour wall</title>` + head + `</head><body><article><h1>Harbour wall</h1><p>` + body + `</p></article></body></html>`)
	}
	const canon = "https://news.example/2024/harbour-wall"
	a, _ := Extract(page(canon, "First version of the story."), "https://news.example/2024/harbour-wall?utm_source=x", Options{})
	b, _ := Extract(page(canon, "Second version, with a correction."), "https://m.news.example/harbour-wall", Options{})
	if a.ID == "" || a.ID != b.ID || a.ID != ArticleID(canon) {
		t.Errorf("ids %q and %q, want both ArticleID(%s) = %q", a.ID, b.ID, canon, ArticleID(canon))
	}
	c, _ := Extract(page("", "No canonical."), "https://news.example/other#top", Options{})
	if c.ID != ArticleID("https://news.example/other") {
		t.Errorf("without a canonical URL: id %q, want that of the page URL", c.ID)
	}
	d, _ := Extract(page("", "No URL at all."), "", Options{})
	if d.ID != "" {
		t.Errorf("without any URL: id %q, want none", d.ID)
	}
}

// Dates are split into the day, always, and the instant, only when the
// page gives the time of day with its zone.
func TestExtractDateColumns(t *testing.T) {
	for _, c := range []struct{ meta, day, at string }{
		{`<meta property="article:published_time" content="2024-03-26T10:30:00+01:00">`, "2024-03-26", "2024-03-26T10:30:00+01:00"},
		{`<meta property="article:published_time" content="2024-03-26">`, "2024-03-26", ""},
		{``, "", ""},
	} {
		page := `<html><head><title>T</title>` + c.meta + `</head><body><article><h1>T</h1><p>Body text of the story.</p></article></body></html>`
		a, err := Extract([]byte(page), "https://news.example/story", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.PublishedDate != c.day || a.PublishedAt != c.at {
			t.Errorf("%s: published_date %q, published_at %q; want %q, %q", c.meta, a.PublishedDate, a.PublishedAt, c.day, c.at)
		}
		if _, ok := a.Provenance["published_at"]; ok != (c.at != "") {
			t.Errorf("%s: provenance %v names a source for an instant %q", c.meta, a.Provenance, a.PublishedAt)
		}
	}
}
