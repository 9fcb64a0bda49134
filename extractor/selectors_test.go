package extractor

import (
	"strings"
	"testing"
)

func TestSelectors(t *testing.T) {
	page := []byte(`<html><head><title>Site</title><meta property="article:published_time" content="2020-01-01"></head><body>
<div class="hero"><h1>Teaser headline that is not the story's</h1></div>
<div class="story"><h2 class="headline">The real headline of the story</h2>
<span class="when" data-x="1">Posted 26 March 2024</span><span class="who">Jane Doe and John Roe</span>
<div class="body"><p>` + strings.Repeat("First paragraph of the real story. ", 5) + `</p><div class="ad">Buy things now</div>
<p>` + strings.Repeat("Second paragraph of the real story. ", 5) + `</p></div></div>
<div class="sidebar-long"><p>` + strings.Repeat("A long sidebar that readability might prefer over the story. ", 40) + `</p></div>
</body></html>`)
	a, err := Extract(page, "https://example.com/x", Options{Selectors: Selectors{
		Content: ".story .body", Title: ".headline", Date: ".when", Author: ".who", Remove: []string{".ad"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"Title", a.Title, "The real headline of the story"},
		{"PublishedDate", a.PublishedDate, "2024-03-26"},
		{"Authors", strings.Join(a.Authors, "; "), "Jane Doe; John Roe"},
		{"Provenance", a.Provenance["title"] + " " + a.Provenance["published_date"] + " " + a.Provenance["authors"], "selector selector selector"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("Extract with selectors: %s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if strings.Contains(a.Text, "sidebar") || strings.Contains(a.Text, "Buy things") || !strings.Contains(a.Text, "Second paragraph") {
		t.Errorf("Extract with a content selector: text %q", a.Text)
	}
	if _, err := Extract(page, "", Options{Selectors: Selectors{Title: "h1[", Remove: []string{"ok"}}}); err == nil || !strings.Contains(err.Error(), `title selector "h1["`) {
		t.Errorf("bad selector: err = %v, want one naming it", err)
	}
	if err := (Selectors{Remove: []string{"div >"}}).Validate(); err == nil {
		t.Error("Validate accepted a bad remove selector")
	}
}
