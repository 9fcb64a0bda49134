package extractor

import "testing"

// Probe pages of the thirty-ninth session (authors53).

// German themes close a post with the writer's box, classed "autorenbox",
// "autoren-box" or "autorbox": one name, a picture and a line about her,
// under the story. A list of the site's authors is a staff page's, each
// name in an item of its own.
func TestAuthorProbe53GermanAuthorBox(t *testing.T) {
	box := func(class string) string {
		return `<div class="` + class + `"><img src="/wp-content/uploads/anna-schmidt-150x150.jpg" alt="Anna Schmidt" class="avatar" width="150" height="150"><div class="` + class + `-text"><h4>Anna Schmidt</h4><p>Anna Schmidt schreibt seit 2012 über Häfen, Verkehr und Stadtentwicklung in Norddeutschland.</p></div></div>`
	}
	checkPosts51(t, []post51{
		{name: "autorenbox", lang: "de", tail: box("autorenbox"), authors: "Anna Schmidt"},
		{name: "autoren-box", lang: "de", tail: box("autoren-box"), authors: "Anna Schmidt"},
		{name: "autorbox", lang: "de", tail: box("autorbox"), authors: "Anna Schmidt"},
		{name: "autorenbox, name in a strong", lang: "de", tail: `<div class="autorenbox"><img src="/img/anna.jpg" alt=""><p><strong>Anna Schmidt</strong> ist Redakteurin für Verkehr und Stadtentwicklung.</p></div>`, authors: "Anna Schmidt"},
		{name: "autor-box, name in a strong", lang: "de", tail: `<div class="autor-box"><img src="/img/anna.jpg" alt=""><p><strong>Anna Schmidt</strong> ist Redakteurin für Verkehr und Stadtentwicklung.</p></div>`, authors: "Anna Schmidt"},
		// A list of the site's authors names no writer of this story.
		{name: "list of authors", lang: "de", tail: `<div class="autoren-box"><h3>Unsere Autoren</h3><ul><li><img src="/img/a.jpg" alt=""><a href="/autoren/anna-schmidt/">Anna Schmidt</a></li><li><img src="/img/p.jpg" alt=""><a href="/autoren/peter-mueller/">Peter Müller</a></li><li><img src="/img/k.jpg" alt=""><a href="/autoren/karl-weber/">Karl Weber</a></li></ul></div>`, authors: ""},
	})
}

// A label and a name, then the writer's job on the same line: a job that
// holds "and" names no second writer.
func TestAuthorProbe53JobWithAnd(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "Written By, job with and", under: `<div class="post-meta"><p>Written By: Jane Doe<br>Executive Editor and Master Gardener</p></div>`, authors: "Jane Doe"},
		{name: "Written By, job with and, spans", under: `<div class="post-meta">Written By: <span class="author-name">Jane Doe</span> <span class="author-title">Executive Editor and Master Gardener</span></div>`, authors: "Jane Doe"},
		{name: "Written By, comma job", under: `<p class="byline">Written By: Jane Doe, Executive Editor and Master Gardener</p>`, authors: "Jane Doe"},
		{name: "Written by, meta", head: `<meta name="author" content="Jane Doe">`, under: `<p class="byline">Written By: Jane Doe, Executive Editor and Master Gardener</p>`, authors: "Jane Doe"},
		// A co-writer's name with her own title after it, after the first
		// writer's title.
		{name: "co-writer after a title", under: `<p class="byline">By Priya Patel, Senior Editor and Wei Zhang, Staff Writer</p>`, authors: "Priya Patel; Wei Zhang"},
		{name: "By, two", under: `<p class="byline">By Jane Doe and John Roe</p>`, authors: "Jane Doe; John Roe"},
	})
}

// Honorifics and credentials.
func TestAuthorProbe53Credentials(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "Dr., MD", under: `<p class="byline">By Dr. Jane Doe, MD</p>`, authors: "Dr. Jane Doe, MD"},
		{name: "Ph.D.", under: `<p class="byline">By Jane Doe, Ph.D.</p>`, authors: "Jane Doe, Ph.D."},
		{name: "Prof. Dr.", lang: "de", under: `<p class="byline">Von Prof. Dr. Hans Müller</p>`, authors: "Prof. Dr. Hans Müller"},
		{name: "meta Dr.", head: `<meta name="author" content="Dr. Jane Doe">`, authors: "Dr. Jane Doe"},
	})
}
