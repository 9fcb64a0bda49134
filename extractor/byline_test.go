package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// pageWithBlocks is an article whose headline is followed by n paragraphs
// of body, then tail.
func pageWithBlocks(head string, n int, tail string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>A story</title></head><body><article>` + head + `<h1>A story</h1>`)
	for i := range n {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story, long enough to be body text for the reader.</p>", i)
	}
	b.WriteString(tail + `</article></body></html>`)
	return b.String()
}

// A date the page labels "Posted on" counts even far below the headline,
// when it is the page's only such date; several (teaser cards) count none.
func TestLabelledDateBeyondTheBylineWindow(t *testing.T) {
	one := pageWithBlocks("", 80, `<div>Posted on the 15/12/2025 at 19:00 by Guillaume</div>`)
	a, err := Extract([]byte(one), "https://blog.example/post", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.PublishedAt != "2025-12-15T19:00:00" && !strings.HasPrefix(a.PublishedAt, "2025-12-15") {
		t.Errorf("one labelled date far down: published_at %q, want 2025-12-15", a.PublishedAt)
	}
	cards := pageWithBlocks("", 80, `<ul><li><a href="/a">Other story</a><span>Published on Mar 11, 2026</span></li><li><a href="/b">Another</a><span>Published on Mar 1, 2026</span></li></ul>`)
	a, err = Extract([]byte(cards), "https://blog.example/post", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.PublishedAt != "" {
		t.Errorf("teaser cards' dates were taken: published_at %q", a.PublishedAt)
	}
}

// Some templates mark the date with an invented <date> element.
func TestDateElement(t *testing.T) {
	page := pageWithBlocks(`<date class="text-sm">December 19th, 2025</date>`, 5, "")
	a, err := Extract([]byte(page), "https://apps.example/post", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.PublishedAt != "2025-12-19" {
		t.Errorf("published_at %q, want 2025-12-19 from <date>", a.PublishedAt)
	}
}
