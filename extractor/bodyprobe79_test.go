package extractor

import (
	"strings"
	"testing"
	"time"
)

// Probe pages of round 79 (body79): a byline block set just above the
// headline, in the header that the story's container holds too (tagDiv
// Newspaper, Drupal, Arc XP, JNews, Soledad, a German theme), is a field
// line, never the body's.

// probe79BodyAbove are bylines over the headline: line is the text that
// must not open the body.
var probe79BodyAbove = []struct {
	page page50
	line string
}{
	{page50{name: "newspaper by dash date", lang: "en", skel: skelNewspaper, above: `<div class="td-post-author-name">By <a href="/author/jane/">Jane Doe</a> - <time class="entry-date">March 3, 2025</time></div>`}, "By Jane Doe"},
	{page50{name: "newspaper by alone", lang: "en", skel: skelNewspaper, above: `<div class="td-post-author-name">By <a href="/author/jane/">Jane Doe</a></div>`}, "By Jane Doe"},
	{page50{name: "drupal by pipe numeric", lang: "en", skel: skelDrupal, above: `<div class="byline">By Jane Doe | 03/03/2025</div>`}, "By Jane Doe"},
	{page50{name: "drupal by alone", lang: "en", skel: skelDrupal, above: `<div class="field field--name-field-byline">By Jane Doe</div>`}, "By Jane Doe"},
	{page50{name: "drupal author label", lang: "en", skel: skelDrupal, above: `<div class="node__submitted">Author: Jane Doe</div>`}, "Author: Jane Doe"},
	{page50{name: "arc attribution", lang: "en", skel: skelArc, above: `<div class="c-attribution">By Jane Doe | March 3, 2025</div>`}, "By Jane Doe"},
	{page50{name: "jnews by pipe", lang: "en", skel: skelJnews, above: `<div class="jeg_meta_author">By <a href="/author/jane/">Jane Doe</a> | March 3, 2025</div>`}, "By Jane Doe"},
	{page50{name: "soledad written by", lang: "en", skel: skelSoledad, above: `<div class="author-post byline"><span class="author vcard">written by <a href="/author/jane/">Jane Doe</a></span> <span>March 3, 2025</span></div>`}, "Jane Doe"},
	{page50{name: "soledad by in newspaper header", lang: "en", skel: skelNewspaper, above: `<div class="author-post byline">By Jane Doe | March 3, 2025</div>`}, "By Jane Doe"},
	{page50{name: "de von pipe", lang: "de", skel: skelDrupal, above: `<div class="meta">Von Max Muster | 03.03.2025</div>`}, "Von Max Muster"},
	{page50{name: "de von alone drupal", lang: "de", skel: skelDrupal, above: `<div class="byline">Von Max Muster</div>`}, "Von Max Muster"},
	{page50{name: "de von alone newspaper", lang: "de", skel: skelNewspaper, above: `<div class="td-post-author-name">Von <a href="/author/max/">Max Muster</a></div>`}, "Von Max Muster"},
	{page50{name: "drupal two writers", lang: "en", skel: skelDrupal, above: `<div class="byline">By Jane Doe and John Roe</div>`}, "Jane Doe and John Roe"},
	{page50{name: "es por pipe drupal", lang: "es", skel: skelDrupal, above: `<div class="byline">Por Ana Gómez | 03/03/2025</div>`}, "Ana Gómez"},
	{page50{name: "fr par le newspaper", lang: "fr", skel: skelNewspaper, above: `<div class="td-post-author-name">Par Jean Dupont, le 3 mars 2025</div>`}, "Jean Dupont"},
	{page50{name: "newspaper above with meta byline below", lang: "en", skel: skelNewspaper, above: `<div class="td-post-author-name">By Jane Doe</div>`, meta: `<div class="td-post-date"><time class="entry-date">March 3, 2025</time></div>`}, "By Jane Doe"},
}

func TestBodyProbe79Above(t *testing.T) {
	for _, c := range probe79BodyAbove {
		a := extractAt(t, c.page.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: probe77DateFetched})
		if strings.Contains(a.Text, c.line) {
			t.Errorf("%s: the byline %q stays in the body:\n%.200s", c.page.name, c.line, a.Text)
		}
		if len(a.Authors) == 0 {
			t.Errorf("%s: no authors", c.page.name)
		}
	}
}

// A story's first paragraph that opens with "By" is text, not a byline,
// under a byline set above the headline or not.
func TestBodyProbe79ByParagraph(t *testing.T) {
	const opening = "By the end of the year, the council hopes to open two new bus lines in the north of the city."
	for _, p := range []page50{
		{name: "newspaper", lang: "en", skel: skelNewspaper, above: `<div class="td-post-author-name">By <a href="/author/jane/">Jane Doe</a> - <time class="entry-date">March 3, 2025</time></div>`},
		{name: "drupal", lang: "en", skel: skelDrupal, above: `<div class="byline">By Jane Doe | 03/03/2025</div>`},
		{name: "arc", lang: "en", skel: skelArc, above: `<div class="c-attribution">By Jane Doe | March 3, 2025</div>`},
		{name: "drupal no byline", lang: "en", skel: skelDrupal},
		{name: "newspaper meta byline", lang: "en", skel: skelNewspaper, meta: `<div class="td-post-author-name">By Jane Doe</div>`},
	} {
		page := strings.Replace(p.page(), "<p>", "<p>"+opening+"</p><p>", 1)
		a := extractAt(t, page, "https://news.example/news/headline-of-the-story", Options{FetchedAt: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)})
		if !strings.HasPrefix(a.Text, opening) {
			t.Errorf("%s: the opening paragraph is lost:\n%.200s", p.name, a.Text)
		}
	}
}
