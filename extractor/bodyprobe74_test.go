package extractor

import (
	"strings"
	"testing"
)

// A bare byline, a writer's name alone on a line of its own with no "By",
// leaves the body it opens in every CMS's markup, whichever way the page
// marks it (a class, rel=author), after a label word ("With Jane Doe"), two
// names in one line, and with the card that sets the writer's picture
// beside it; over a story of one paragraph, whose container is as short as
// a meta line, and over a long one.
func TestBodyProbe74BareBylineCases(t *testing.T) {
	bylines := map[string]string{
		"vcard-with":    `<span class="author vcard">With Jane Doe</span>`,
		"div-with":      `<div class="byline">With Jane Doe</div>`,
		"rel-author":    `<p><a rel="author" href="/author/jane-doe/">Jane Doe</a></p>`,
		"two-names":     `<p class="byline"><a href="/author/jane-doe/">Jane Doe</a> and <a href="/author/john-roe/">John Roe</a></p>`,
		"card":          `<div class="author-card"><img src="/uploads/jane-doe-headshot.jpg" alt=""><span class="author-name">Jane Doe</span></div>`,
		"card-two":      `<div class="author-card"><div class="author-card__photo"><img src="/uploads/jane-doe-headshot.jpg" alt=""></div><div class="author-card__name"><span class="author-name">Jane Doe &amp; John Roe</span></div></div>`,
		"card-linked":   `<div class="post-author"><a href="/author/jane-doe/"><img src="/uploads/jane-doe-headshot.jpg" alt="Jane Doe"></a><a class="post-author__name" href="/author/jane-doe/">Jane Doe</a></div>`,
		"itemprop-span": `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></span>`,
	}
	for tn, tmpl := range probe72BodyTemplates {
		for name, b := range bylines {
			for _, paras := range []int{1, 4} {
				a := probe72BodyExtract(t, tmpl(b+p55Range(0, paras)))
				if strings.Contains(a.Text, "Jane Doe") || strings.Contains(a.HTML, "headshot") {
					t.Errorf("%s/%s/%d: the byline stays: %q", tn, name, paras, a.HTML)
				}
				if !strings.Contains(a.Text, probe55Paras[0][:50]) {
					t.Errorf("%s/%s/%d: the body lacks its opening: %q", tn, name, paras, a.Text)
				}
			}
		}
	}
}

// A writer's name in the story that the page does not mark as a byline
// stays where it stands: a link to her page by its address alone heading
// the box that promotes her column ("<h6><a href=/author/…>Jane
// Doe</a></h6><p>Notes on money.</p>"), which leaves, or stays, whole.
func TestBodyProbe74UnmarkedAuthorLink(t *testing.T) {
	promo := `<div class="inlineModule"><div class="entry categoryDescriptionModule"><div class="thumb"><img alt="Jane Doe" src="/images/columnists/doe60.jpg" width="50" height="50"></div><h6 class="kicker"><a href="/author/jane-doe/">Jane Doe</a></h6><p class="summary">Notions on high and low finance.</p></div></div>`
	for tn, tmpl := range probe72BodyTemplates {
		a := probe72BodyExtract(t, tmpl(p55(0)+promo+p55Range(1, 5)))
		if strings.Contains(a.Text, "Notions on high") != strings.Contains(a.Text, "Jane Doe") {
			t.Errorf("%s: the promotion box is cut in two: %q", tn, a.Text)
		}
	}
}
