package extractor

import (
	"strings"
	"testing"
)

func TestParseBody(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Body
		err  bool
	}{
		{"text,html,markdown", BodyText | BodyHTML | BodyMarkdown, false},
		{"markdown", BodyMarkdown, false},
		{" Text , html ", BodyText | BodyHTML, false},
		{"", 0, true},
		{",", 0, true},
		{"text,md", 0, true},
	} {
		got, err := ParseBody(c.in)
		if got != c.want || (err != nil) != c.err {
			t.Errorf("ParseBody(%q) = %v, %v; want %v, error %v", c.in, got, err, c.want, c.err)
		}
	}
	if s := DefaultBody.String(); s != "text,html" {
		t.Errorf("DefaultBody.String() = %q, want text,html", s)
	}
}

// The body comes in the forms asked for, and only those; the text is read
// all the same for the word count and the hash.
func TestExtractBodyForms(t *testing.T) {
	long := strings.Repeat("The council rebuilt the harbour wall over the winter months. ", 6)
	page := []byte(`<html><head><title>Wall</title></head><body><article><h1>Harbour wall reopens</h1>
<p>` + long + `<a href="/news/earlier">the earlier story</a>.</p>
<h2>What changed</h2><p>` + long + `<strong>Stone</strong> and <em>mortar</em>.</p>
<ul><li>New stone</li><li>Higher parapet</li></ul>
<blockquote><p>It will last a century.</p></blockquote>
<table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody><tr><td>Stone</td><td>£1m</td></tr></tbody></table>
<pre><code>x := 1</code></pre>
<figure><img src="/img/wall.jpg" alt="The wall"><figcaption>The new wall.</figcaption></figure>
<p>` + long + `</p><p onclick="x()">Last <a href="javascript:alert(1)">line</a>.</p></article></body></html>`)
	const u = "https://news.example/2024/wall"
	def, _ := Extract(page, u, Options{})
	if def.Text == "" || def.HTML == "" || def.Markdown != "" {
		t.Fatalf("default body: text %d bytes, html %d, markdown %d; want text and html only", len(def.Text), len(def.HTML), len(def.Markdown))
	}
	md, _ := Extract(page, u, Options{Body: BodyMarkdown})
	if md.Text != "" || md.HTML != "" || md.Markdown == "" {
		t.Fatalf("markdown only: text %d bytes, html %d, markdown %d", len(md.Text), len(md.HTML), len(md.Markdown))
	}
	if md.ContentHash != def.ContentHash || md.WordCount != def.WordCount {
		t.Errorf("markdown only: hash %s, %d words; want the text's %s, %d", md.ContentHash, md.WordCount, def.ContentHash, def.WordCount)
	}
	for _, want := range []string{
		"## What changed", "- New stone", "> It will last a century.", "| Item  | Cost |", "|-------|------|", "| Stone | £1m  |",
		"```\nx := 1\n```", "[the earlier story](https://news.example/news/earlier)",
		"![The wall](https://news.example/img/wall.jpg)", "The new wall.", "**Stone**", "*mortar*",
	} {
		if !strings.Contains(md.Markdown, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.Markdown)
		}
	}
	if strings.Contains(md.Markdown, "javascript:") || strings.Contains(md.Markdown, "onclick") {
		t.Errorf("Markdown keeps what the sanitiser removes:\n%s", md.Markdown)
	}
	text, _ := Extract(page, u, Options{Body: BodyText})
	if text.HTML != "" || text.Markdown != "" || text.Text != def.Text {
		t.Errorf("text only: html %d bytes, markdown %d, text equal %v", len(text.HTML), len(text.Markdown), text.Text == def.Text)
	}
	p, _ := ExtractPage(page, u, Options{Body: BodyMarkdown})
	if p.Article.Markdown != md.Markdown || p.Article.Text != "" {
		t.Errorf("ExtractPage's article differs from Extract's in its body forms")
	}
}
