package extractor

import (
	"strings"
	"testing"
)

// The sources and rules of issue 13 that the index in sources_test.go
// found without a test that fails when they go: each case here was checked
// by removing its source or rule.

// Dublin Core's DCMI-terms title (<meta name="dcterms.title">) and the
// cxense author key (<meta name="cxenseparse:author">), each alone.
func TestMoreMetaSources(t *testing.T) {
	const headline = "Council approves budget for the coming year"
	page := `<html><head><meta name="dcterms.title" content="` + headline + `"></head><body>` + titleBody + `</body></html>`
	if got, prov := extractTitle(t, page, "https://gazette.example/x"); got != headline || prov != "meta:dc" {
		t.Errorf("Extract(dcterms.title).Title = %q (%s), want %q (meta:dc)", got, prov, headline)
	}
	a := extractPage(t, authorPage(`<meta name="cxenseparse:author" content="Jane Doe">`, "", ""))
	if got := strings.Join(a.Authors, "; "); got != "Jane Doe" || a.Provenance["authors"] != "meta:name" {
		t.Errorf("Extract(cxenseparse:author).Authors = %q from %q, want Jane Doe from meta:name", got, a.Provenance["authors"])
	}
	for _, c := range []struct{ head, pub, src string }{
		{`<meta name="dcterms.issued" content="2024-03-10">`, "2024-03-10", "meta:dc"},
		{`<meta property="og:published_time" content="2024-03-11T08:00:00Z">`, "2024-03-11T08:00:00Z", "meta:og"},
	} {
		a := extractAt(t, withHead(pageWithBlocks("", 4, ""), c.head), "https://news.example/story", Options{})
		if published(a) != c.pub || a.Provenance["published_date"] != c.src {
			t.Errorf("Extract(%s).PublishedAt = %q from %q, want %q from %q", c.head, published(a), a.Provenance["published_date"], c.pub, c.src)
		}
	}
}

// Drupal 7's RDF module links the author with rel="sioc:has_creator"
// around a property="foaf:name": that alone names the author, read as
// microdata is, with no "Submitted by" and no author-page address to
// help.
func TestRDFaCreatorAlone(t *testing.T) {
	for _, b := range []string{
		`<span rel="sioc:has_creator"><a href="/node/12" typeof="sioc:UserAccount" property="foaf:name">Jane Doe</a></span>`,
		`<div class="meta" rel="sioc:has_creator"><span property="foaf:name">Jane Doe</span></div>`,
		`<p><span rel="sioc:has_creator"><span property="schema:name">Jane Doe</span></span></p>`,
	} {
		a := extractPage(t, authorPage("", b, ""))
		if got := strings.Join(a.Authors, "; "); got != "Jane Doe" || a.Provenance["authors"] != "microdata" {
			t.Errorf("Extract(%s).Authors = %q from %q, want Jane Doe from microdata", b, got, a.Provenance["authors"])
		}
	}
}

// A picture agency credited where the author goes (its JSON-LD, its
// author <meta>, its author element) is no author: the page then names
// none.
func TestPictureAgencyIsNotAnAuthor(t *testing.T) {
	for _, agency := range []string{"Getty Images", "Shutterstock"} {
		for name, page := range map[string]string{
			"json-ld":        authorPage(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"`+agency+`"}}</script>`, "", ""),
			"meta":           authorPage(`<meta name="author" content="`+agency+`">`, "", ""),
			"author element": authorPage("", `<span class="author-name">`+agency+`</span>`, ""),
		} {
			if a := extractPage(t, page); len(a.Authors) != 0 {
				t.Errorf("Extract(%s, %s).Authors = %q from %q, want none", name, agency, a.Authors, a.Provenance["authors"])
			}
		}
	}
}

// A date in an inline element whose class names it, opening a long block,
// dates the article when the page also lists other articles with their
// own dates further down (so that it is not the one day the page shows).
func TestInlineDateBeforeTeaserDates(t *testing.T) {
	prose := strings.Repeat("The story goes on in the article's own words, sentence after sentence. ", 5)
	teasers := `<ul class="list"><li><a href="/a">Another story</a> <em class="date">19.10.2021</em></li><li><a href="/b">A third story</a> <em class="date">05.10.2021</em></li></ul>`
	for _, c := range []struct{ name, line, want string }{
		{"em, German", `<em class="date">Dienstag, 2. November 2021</em>`, "2021-11-02"},
		{"span, English", `<span class="post-date">November 2, 2021</span>`, "2021-11-02"},
		{"small, datum", `<small class="datum">2. November 2021</small>`, "2021-11-02"},
	} {
		page := withByline(pageWithBlocks("", 0, teasers), `<div class="content">`+c.line+`<h2>A subtitle</h2>`+prose+`</div>`)
		if a := extractPage(t, page); published(a) != c.want {
			t.Errorf("%s: Extract.PublishedDate = %q from %q, want %s", c.name, published(a), a.Provenance["published_date"], c.want)
		}
	}
}

// The <time> under the headline dates the article when its text is not a
// date ("3 hours ago", an icon) and the page holds other <time>s (a list
// of other stories): the visible scan reads its datetime.
func TestTimeUnderTheHeadlineAmongOthers(t *testing.T) {
	teasers := `<ul><li><a href="/a">Another story</a><time datetime="2024-02-01">Feb 1</time></li><li><a href="/b">A third story</a><time datetime="2024-01-20">Jan 20</time></li></ul>`
	for _, line := range []string{
		`<p>By Jane Doe · <time datetime="2024-03-13T08:00:00Z">3 hours ago</time></p>`,
		`<div class="meta"><time class="entry-date" datetime="2024-03-13T08:00:00Z"><i class="icon-clock"></i></time></div>`,
		`<p><time pubdate datetime="2024-03-13T08:00:00Z">vor 3 Stunden</time></p>`,
	} {
		page := withByline(pageWithBlocks("", 6, teasers), line)
		if a := extractPage(t, page); published(a) != "2024-03-13T08:00:00Z" {
			t.Errorf("%s: Extract.PublishedAt = %q from %q, want 2024-03-13T08:00:00Z", line, published(a), a.Provenance["published_date"])
		}
	}
}

// A heading in a block around the article (a sidebar, an aside, a menu,
// a "popular" list) is never the title, even when it comes first in the
// source and the page states no title at all (no <title>, no metadata):
// old CMSs' left columns.
func TestTitleNotFurnitureHeadingFirst(t *testing.T) {
	const want = "Council approves budget for the coming year"
	for name, page := range map[string]string{
		"sidebar div":   `<div class="sidebar"><h3 class="title">Storm warning for the weekend</h3><p>Rain and wind are expected.</p></div><div class="content"><h2 class="post-title">` + want + `</h2>` + titleBody + `</div>`,
		"aside":         `<aside><h2 class="headline">Storm warning for the weekend</h2><p>Rain and wind are expected.</p></aside><div class="content"><h2 class="headline">` + want + `</h2>` + titleBody + `</div>`,
		"nav":           `<nav><div class="menu-title">Storm warning for the weekend</div></nav><div class="content"><div class="story-title">` + want + `</div>` + titleBody + `</div>`,
		"table layout":  `<table><tr><td class="sidebar"><span class="title">Storm warning for the weekend</span><br>Rain and wind are expected.</td><td class="main"><span class="title">` + want + `</span>` + titleBody + `</td></tr></table>`,
		"popular posts": `<div class="popular-posts"><h2 class="entry-title">Storm warning for the weekend</h2></div><div class="post"><h2 class="entry-title">` + want + `</h2>` + titleBody + `</div>`,
	} {
		if got, _ := extractTitle(t, `<html><head></head><body>`+page+`</body></html>`, "https://gazette.example/budget"); got != want {
			t.Errorf("Extract(%s).Title = %q, want %q", name, got, want)
		}
	}
	// Nothing else names the page: the title is none, not the furniture's
	// heading.
	for name, page := range map[string]string{
		"sidebar heading":  `<div class="sidebar"><h3 class="title">Storm warning for the weekend</h3><p>Rain and wind are expected.</p></div>`,
		"aside headline":   `<aside><h2 class="headline">Storm warning for the weekend</h2><p>Rain and wind are expected.</p></aside>`,
		"masthead in nav":  `<nav><h1>The Gazette</h1><a href="/news">News</a> <a href="/sport">Sport</a></nav>`,
		"footer copyright": `<footer><h2 class="site-title">The Gazette</h2><p>All rights reserved.</p></footer>`,
	} {
		if got, prov := extractTitle(t, `<html><head></head><body>`+page+`<div class="content">`+titleBody+`</div></body></html>`, "https://gazette.example/budget"); got != "" {
			t.Errorf("Extract(%s).Title = %q (%s), want none", name, got, prov)
		}
	}
}
