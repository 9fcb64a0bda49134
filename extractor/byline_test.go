package extractor

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
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
	if published(a) != "2025-12-15T19:00:00" && !strings.HasPrefix(published(a), "2025-12-15") {
		t.Errorf("one labelled date far down: published_at %q, want 2025-12-15", published(a))
	}
	cards := pageWithBlocks("", 80, `<ul><li><a href="/a">Other story</a><span>Published on Mar 11, 2026</span></li><li><a href="/b">Another</a><span>Published on Mar 1, 2026</span></li></ul>`)
	a, err = Extract([]byte(cards), "https://blog.example/post", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if published(a) != "" {
		t.Errorf("teaser cards' dates were taken: published_at %q", published(a))
	}
}

// Some templates mark the date with an invented <date> element.
func TestDateElement(t *testing.T) {
	page := pageWithBlocks(`<date class="text-sm">December 19th, 2025</date>`, 5, "")
	a, err := Extract([]byte(page), "https://apps.example/post", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if published(a) != "2025-12-19" {
		t.Errorf("published_at %q, want 2025-12-19 from <date>", published(a))
	}
}

func extractPage(t *testing.T, page string) Article {
	t.Helper()
	a, err := Extract([]byte(page), "https://news.example/story", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The headline's own block is never furniture, however the page names it:
// here a Tailwind grid area called "sidebar" holds the h1 and its byline.
func TestBylineBesideTheHeadlineInAFurnitureNamedBlock(t *testing.T) {
	page := pageWithBlocks(`<div class="mb-6 md:[grid-area:sidebar]"><h1>A story</h1><div><p>Last updated</p><time>Aug 04, 2025</time></div><div><p>Written by</p><p>Edzel Tabing</p></div></div>`, 5, "")
	page = strings.Replace(page, "<h1>A story</h1><p>", "<p>", 1) // one headline
	a := extractPage(t, page)
	if strings.Join(a.Authors, ",") != "Edzel Tabing" {
		t.Errorf("authors %q, want Edzel Tabing", a.Authors)
	}
	if !strings.HasPrefix(modified(a), "2025-08-04") || published(a) != "" {
		t.Errorf("published %q modified %q; want the update date as modified_at, and no publication date", published(a), modified(a))
	}
}

// Link labels where a name would be are not names.
func TestUILabelsAreNotAuthors(t *testing.T) {
	page := pageWithBlocks("", 3, "")
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><div>Author</div><div><a href="/about">Learn More</a></div>`, 1)
	if a := extractPage(t, page); len(a.Authors) != 0 {
		t.Errorf("authors %q from a 'Learn More' link", a.Authors)
	}
	page = pageWithBlocks("", 3, "")
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><p>By Melissa Norris Facebook Tweet Pin</p>`, 1)
	if a := extractPage(t, page); len(a.Authors) != 0 {
		t.Errorf("authors %q from a share bar run into the byline", a.Authors)
	}
}

// "By Ashley Biancuzzo, PCWorld": the publication is not an author.
func TestPublicationAfterTheNameIsNotAnAuthor(t *testing.T) {
	page := pageWithBlocks("", 3, "")
	page = strings.Replace(page, "<head>", `<head><meta property="og:site_name" content="PCWorld">`, 1)
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><p>By Ashley Biancuzzo, PCWorld</p>`, 1)
	if a := extractPage(t, page); strings.Join(a.Authors, ",") != "Ashley Biancuzzo" {
		t.Errorf("authors %q, want only Ashley Biancuzzo", a.Authors)
	}
}

// RDFa Lite dates (property="datePublished") are structured data.
func TestRDFaDate(t *testing.T) {
	page := pageWithBlocks("", 3, "")
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><div class="meta-share-group"><time property="datePublished" datetime="2023-08-08T10:12:00-05:00">August 08, 2023</time></div>`, 1)
	a := extractPage(t, page)
	if published(a) != "2023-08-08T10:12:00-05:00" || a.Provenance["published_date"] != "microdata" {
		t.Errorf("published_at %q from %q, want the RDFa date as microdata", published(a), a.Provenance["published_date"])
	}
}

// A byline's "Updated on" date is the modification date. It never stands
// in for the publication date: a page that shows only when it was updated
// has no known publication date.
func TestBylineUpdatedDate(t *testing.T) {
	page := pageWithBlocks("", 3, "")
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><p>By Ellen O'Brien Updated on May 27, 2025 09:10AM</p>`, 1)
	a := extractPage(t, page)
	if !strings.HasPrefix(modified(a), "2025-05-27") || published(a) != "" {
		t.Errorf("published %q modified %q; want the update in modified_at, and no publication date", published(a), modified(a))
	}
	page = strings.Replace(page, "<head>", `<head><meta property="article:published_time" content="2024-01-02">`, 1)
	a = extractPage(t, page)
	if published(a) != "2024-01-02" || !strings.HasPrefix(modified(a), "2025-05-27") {
		t.Errorf("published %q modified %q; want the stated publication date and the update apart", published(a), modified(a))
	}
}

// A JSON-LD headline cut at Google's 110 characters gives way to the full
// title that goes on from it; markdown heading marks are dropped.
func TestStructuredTitleRepairs(t *testing.T) {
	full := "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Universal Trick)"
	cut := full[:110]
	page := `<html><head><title>x</title><meta property="og:title" content="` + full + `"><script type="application/ld+json">{"@type":"NewsArticle","headline":"` + cut + `"}</script></head><body><article>` +
		strings.Repeat("<p>Paragraph of the story, long enough to be body text for the reader.</p>", 5) + `</article></body></html>`
	if a := extractPage(t, page); a.Title != full {
		t.Errorf("title %q, want the untruncated %q", a.Title, full)
	}
	short := `<html><head><title>x</title><meta property="og:title" content="The Best Earbuds (of the 500 I Tested)"><script type="application/ld+json">{"@type":"NewsArticle","headline":"## The Best Earbuds"}</script></head><body><article>` +
		strings.Repeat("<p>Paragraph of the story, long enough to be body text for the reader.</p>", 5) + `</article></body></html>`
	// Which of the two wins is the ranking's choice (titleWeights); the
	// JSON-LD candidate itself must be the headline without its marks.
	if c := findCand(candidatesOf(t, short, "https://example.com/earbuds", ""), srcJSONLD, "The Best Earbuds"); c == nil {
		t.Errorf("no JSON-LD title candidate %q (without its marks, not extended: a short one is not a truncation)", "The Best Earbuds")
	}
}

// A JSON-LD "Person" that is the site itself gives way to a person the
// byline names; it is kept when no source names anyone.
func TestSiteNamedAsAuthor(t *testing.T) {
	ld := `<meta property="og:site_name" content="Harbour Clinic"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"A story","author":{"@type":"Person","name":"Harbour Clinic"}}</script>`
	page := strings.Replace(pageWithBlocks("", 3, ""), "<head>", "<head>"+ld, 1)
	if a := extractPage(t, page); strings.Join(a.Authors, ",") != "Harbour Clinic" {
		t.Errorf("authors %q, want the site, the only author named", a.Authors)
	}
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><p>By Jane Smith</p>`, 1)
	if a := extractPage(t, page); strings.Join(a.Authors, ",") != "Jane Smith" || a.Provenance["authors"] != "byline-text" {
		t.Errorf("authors %q from %s, want Jane Smith from the byline", a.Authors, a.Provenance["authors"])
	}
}

// A date alone between a byline line's separators is its date.
func TestDateBetweenSeparators(t *testing.T) {
	page := strings.Replace(pageWithBlocks("", 3, ""), "<h1>A story</h1>",
		`<h1>A story</h1><p>Dec 26, 2025 <span>&bull;</span> Mahua Das in <a href="/blog/pm">Project Management</a></p>`, 1)
	if a := extractPage(t, page); published(a) != "2025-12-26" {
		t.Errorf("published %q, want the date before the separator", published(a))
	}
}

// A meta line's name segment ends with its line: the next line of the
// block that holds both is a category, not the rest of the name. A count
// ("| 3" comments) is not the line's date.
func TestMetaLineEndsWithItsLine(t *testing.T) {
	for _, c := range []struct{ meta, want string }{
		{`<div><p class="time-author"><span class="time">30/10/23</span> | Jane Doe</p><p class="tags"><span>Gesundheit</span> Angst</p></div>`, "Jane Doe"},
		{`<div><p><span class="time">30/10/2023</span> | Stars</p><p class="tags"><span>Health</span> Fear</p></div>`, ""},
		{`<p><a href="/junges-leben">Junges Leben</a> | <a href="#kommentare">3</a></p>`, ""},
	} {
		page := strings.Replace(pageWithBlocks("", 3, ""), "<h1>A story</h1>", "<h1>A story</h1>"+c.meta, 1)
		if a := extractPage(t, page); strings.Join(a.Authors, "; ") != c.want {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.meta, a.Authors, c.want)
		}
	}
}

// A date with a two-digit year under the story's first paragraph is a
// related piece's card, not the byline's: it does not overrule the
// structured date.
func TestShortYearUnderTheTextIsNotTheBylines(t *testing.T) {
	long := "<p>" + strings.Repeat("Apple hat seine neuen Prozessoren im kleineren Verfahren gefertigt. ", 5) + "</p>"
	card := `<div class="author-recommendation"><div class="headline-small">So erlebten wir den M1-Chip:</div><a href="/tipps/macbook-700603"><div class="recommended-article"><p>MacBook Air M1 und Pro M1: Erfahrungen nach 18 Monaten</p><small>Christoph Lübben | 22.11.22</small></div></a></div>`
	page := `<html><head><meta property="article:published_time" content="2023-10-31T12:10:30+01:00"></head><body><article><h1>Apple will im Gaming die Nr. 1 sein</h1>` + long + card + long + `</article></body></html>`
	if a := extractPage(t, page); a.PublishedDate != "2023-10-31" {
		t.Errorf("Extract(card under the text).PublishedDate = %q, want the structured 2023-10-31", a.PublishedDate)
	}
}

// The page's one <time datetime> gives the date wherever it is; of several
// (teasers, comments), none does.
func TestOnlyTimeElement(t *testing.T) {
	tail := `<footer class="article-footer"><span class="tags">Training</span><time datetime="2025-08-12T11:15:06Z">August 12, 2025</time></footer>`
	page := pageWithBlocks("", 80, tail)
	a := extractPage(t, page)
	if published(a) != "2025-08-12T11:15:06Z" || a.Provenance["published_date"] != "time-element" {
		t.Errorf("published %q from %q, want the one <time>", published(a), a.Provenance["published_date"])
	}
	page = pageWithBlocks("", 80, tail+`<ul><li>Older story <time datetime="2024-01-02">Jan 2</time></li></ul>`)
	if a := extractPage(t, page); published(a) != "" {
		t.Errorf("published %q from %q, want none of two <time> far from the headline", published(a), a.Provenance["published_date"])
	}
}

// Scholarly metadata: citation_publication_date in PubMed's "2023 Jan 7".
func TestCitationDate(t *testing.T) {
	page := strings.Replace(pageWithBlocks("", 3, ""), "<head>", `<head><meta name="citation_publication_date" content="2023 Jan 7">`, 1)
	if a := extractPage(t, page); published(a) != "2023-01-07" {
		t.Errorf("published %q, want 2023-01-07", published(a))
	}
}

// The page's one <h1> is the headline even when the SEO title is reworded,
// but not when it shares hardly a word with any structured title: then it
// is the blog's name or a section label.
func TestH1ThatIsNotTheHeadline(t *testing.T) {
	body := strings.Repeat("<p>Paragraph of the story, long enough to be body text for the reader.</p>", 5)
	page := `<html><head><title>rustc_codegen_gcc: Progress Report #39</title></head><body><header><h1><a href="/">Antoyo's Blog</a></h1></header><article>` + body + `</article></body></html>`
	if a := extractPage(t, page); a.Title != "rustc_codegen_gcc: Progress Report #39" {
		t.Errorf("title %q, want the <title>, not the blog's name", a.Title)
	}
	page = `<html><head><meta property="og:title" content="11 SEO Strategies for 2025 to Boost Rankings"></head><body><article><h1>Top 11 SEO Strategies for 2025</h1>` + body + `</article></body></html>`
	if a := extractPage(t, page); a.Title != "Top 11 SEO Strategies for 2025" {
		t.Errorf("title %q, want the visible headline over the reworded SEO title", a.Title)
	}
	for in, want := range map[string]string{
		"Dec 18 2025 Preparing a transition in Debusine": "Preparing a transition in Debusine",
		"2024-03-26 — Harbour wall reopens early":        "Harbour wall reopens early",
		"2024 Election results are in":                   "2024 Election results are in",
		"5 Ways to fix a leaking roof":                   "5 Ways to fix a leaking roof",
	} {
		if got := cutLeadingDate(in); got != want {
			t.Errorf("cutLeadingDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// Links to one author's page, wherever they are (an author box below the
// article), name the author when nothing nearer the headline does; links
// to several authors' pages (teasers) name none.
func TestAuthorPageLinks(t *testing.T) {
	box := `<div class="about"><img alt=""><a href="/author/jane-doe/">Jane Doe</a><p>Jane writes about harbours.</p><a href="/author/jane-doe/">All posts</a></div>`
	nav := `<nav><a href="/authors/">Our Authors</a></nav>`
	page := strings.Replace(pageWithBlocks("", 80, box), "<body>", "<body>"+nav, 1)
	if a := extractPage(t, page); strings.Join(a.Authors, ",") != "Jane Doe" || a.Provenance["authors"] != "author-link" {
		t.Errorf("authors %q from %q, want Jane Doe from her author page links", a.Authors, a.Provenance["authors"])
	}
	page = pageWithBlocks("", 80, box+`<ul><li><a href="/author/john-roe/">John Roe</a>: another story</li></ul>`)
	if a := extractPage(t, page); len(a.Authors) != 0 {
		t.Errorf("authors %q from links to two authors' pages", a.Authors)
	}
}

// Text runs into an inline element as a browser shows it; two elements
// side by side stay apart.
func TestTextOfInline(t *testing.T) {
	for in, want := range map[string]string{
		`<h1>How AI Can Cut Your Planning C<span>ycle</span></h1>`:                "How AI Can Cut Your Planning Cycle",
		`<div><span>Jane Doe</span><span>Editor</span></div>`:                     "Jane Doe Editor",
		`<h1>The Best Notion Alternatives<span>Top Note-taking Tools</span></h1>`: "The Best Notion Alternatives Top Note-taking Tools",
		`<div><p>One</p><p>Two</p>Three<br>Four</div>`:                            "One Two Three Four",
		`<p>A Beginner<em>’</em>s Guide to <a href="/x">Skincare</a>.</p>`:        "A Beginner’s Guide to Skincare.",
	} {
		doc, _ := html.Parse(strings.NewReader(in))
		if got := textOf(doc); got != want {
			t.Errorf("textOf(%s) = %q, want %q", in, got, want)
		}
	}
}

// The page's only <h1>, in a block whose class looks like furniture (a
// "header" hero), is the headline when it rewords a structured title; its
// CSS-lowered letters take the structured title's case.
func TestHeadlineInAHeaderBlock(t *testing.T) {
	body := strings.Repeat("<p>Paragraph of the story, long enough to be body text for the reader.</p>", 5)
	page := `<html><head><meta property="og:title" content="The 5 Best Gooseneck Kettles to Perfect Your Pour-Over"></head><body><div class="site-header-hero"><h1>Perfect Your Pour—Here Are the 5 Best Gooseneck Kettles</h1></div><article>` + body + `</article></body></html>`
	if a := extractPage(t, page); a.Title != "Perfect Your Pour—Here Are the 5 Best Gooseneck Kettles" {
		t.Errorf("title %q, want the visible headline", a.Title)
	}
	page = `<html><head><title>History of coffee | Britannica</title></head><body><div class="site-header-hero"><h1>history of coffee</h1></div><article>` + body + `</article></body></html>`
	if a := extractPage(t, page); a.Title != "History of coffee" {
		t.Errorf("title %q, want the headline in the <title>'s case", a.Title)
	}
}

// A leading <title> segment that is a navigation label is not part of the
// headline.
func TestLeadingSectionInTitle(t *testing.T) {
	body := strings.Repeat("<p>Paragraph of the story, long enough to be body text for the reader.</p>", 5)
	page := `<html><head><title>The Agency | ML (Machine Learning) at Georgia Tech</title></head><body><nav><a href="/">Home</a><a href="/agency">The Agency</a><a href="/news">News</a></nav><article>` + body + `</article></body></html>`
	if a := extractPage(t, page); a.Title != "ML (Machine Learning) at Georgia Tech" {
		t.Errorf("title %q, want it without the section", a.Title)
	}
}

// Repairs of a headline: the site's domain before it, words in capitals
// that a structured title writes in another order, characters the page lost
// to its own encoding ("?") that the structured title kept, and a kicker
// set apart in its own element ("<strong>Blog:</strong>").
func TestHeadlineRepairs(t *testing.T) {
	body := strings.Repeat("<p>Paragraph of the story, long enough to be body text for the reader.</p>", 5)
	cases := []struct{ url, page, want string }{
		{"https://davidbau.com/archives/2025/12/16/vibe_coding.html",
			`<html><head><title>davidbau.com Vibe Coding</title></head><body><article>` + body + `</article></body></html>`, "Vibe Coding"},
		{"https://example.com/beginner-plan",
			`<html><head><title>Marathon Beginner Plan</title></head><body><article><h1>BEGINNER MARATHON PLAN</h1>` + body + `</article></body></html>`, "Beginner Marathon Plan"},
		{"https://example.com/event-planning",
			`<html><head><meta property="og:title" content="What Are The Basics Of Event Planning: Beginner's Guide"></head><body><article><h1>What Are The Basics Of Event Planning? Beginner? Guide</h1>` + body + `</article></body></html>`, "What Are The Basics Of Event Planning: Beginner's Guide"},
		{"https://example.com/agencies",
			`<html><head><title>Best Social Media Advertising Agencies in 2025 | Silverback</title></head><body><article><h1 class="headline"><strong>Blog:</strong> Best Social Media Advertising Agencies in 2025</h1>` + body + `</article></body></html>`, "Best Social Media Advertising Agencies in 2025"},
		{"https://example.com/safe",
			`<html><head><meta property="og:title" content="Is it safe? Experts say yes"></head><body><article><h1>Is it safe? Experts say yes</h1>` + body + `</article></body></html>`, "Is it safe? Experts say yes"},
	}
	for _, c := range cases {
		a, err := Extract([]byte(c.page), c.url, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.url, a.Title, c.want)
		}
	}
}

// A byline far below the headline, closing the article, gives its date.
func TestLateBylineDate(t *testing.T) {
	tail := `<div><p>Written by <a href="/blog/author/moses-kim">Moses Kim</a></p><p>April 8, 2024</p></div>`
	a := extractPage(t, pageWithBlocks("", 80, tail))
	if published(a) != "2024-04-08" || a.Provenance["published_date"] != "byline-text" {
		t.Errorf("published %q from %q, want the closing byline's date", published(a), a.Provenance["published_date"])
	}
}

// withHead puts extra <head> markup into a pageWithBlocks page.
func withHead(page, head string) string {
	return strings.Replace(page, "<head>", "<head>"+head, 1)
}

// A date the page labels as published overrules a structured date on another
// day (a template's stamp); a labelled update date or teaser cards that label
// several days do not.
func TestLabelledVisibleDateOverrulesStructured(t *testing.T) {
	meta := `<meta property="article:published_time" content="2013-03-11T11:11:07-07:00">`
	byline := `<p class="byline">Published <span>March 20, 2023</span></p>`
	a := extractPage(t, withHead(pageWithBlocks("", 0, byline+"<p>Body text of the story, long enough to be read as the article body.</p>"), meta))
	if published(a) != "2023-03-20" || a.Provenance["published_date"] != "visible-text" {
		t.Errorf("published %q from %q, want the labelled 2023-03-20", published(a), a.Provenance["published_date"])
	}
	a = extractPage(t, withHead(pageWithBlocks("", 0, `<p>Updated March 20, 2023</p><p>Body text of the story, long enough to be read as the article body.</p>`), meta))
	if published(a) != "2013-03-11T11:11:07-07:00" {
		t.Errorf("an update date overruled the structured one: published %q", published(a))
	}
	cards := `<ul><li><a href="/a">Other story</a> <span class="post-date">Mar 11, 2026</span></li><li><a href="/b">Another</a> <span class="post-date">Mar 1, 2026</span></li></ul>`
	a = extractPage(t, withHead(pageWithBlocks("", 3, cards), meta))
	if published(a) != "2013-03-11T11:11:07-07:00" {
		t.Errorf("teaser dates overruled the structured one: published %q", published(a))
	}
}

// An unlabelled date below the headline overrules a structured date when it
// is the only day shown there and more than a day away; a day apart is the
// same instant read in UTC, and the structured date stays.
func TestUnlabelledVisibleDate(t *testing.T) {
	ld := func(d string) string {
		return `<script type="application/ld+json">{"@type":"BlogPosting","headline":"A story","datePublished":"` + d + `"}</script>`
	}
	page := strings.Replace(pageWithBlocks("", 3, ""), "<h1>A story</h1>", `<h1>A story</h1><div class="text__date">August 25, 2024</div>`, 1)
	if a := extractPage(t, withHead(page, ld("2025-06-24"))); published(a) != "2024-08-25" {
		t.Errorf("published %q, want the page's own 2024-08-25", published(a))
	}
	if a := extractPage(t, withHead(page, ld("2024-08-26T02:00:00Z"))); published(a) != "2024-08-26T02:00:00Z" {
		t.Errorf("published %q, want the structured instant a day apart", published(a))
	}
	two := strings.Replace(page, "</article>", `<p>September 3, 2024</p></article>`, 1)
	if a := extractPage(t, withHead(two, ld("2025-06-24"))); published(a) != "2025-06-24" {
		t.Errorf("published %q, want the structured date when the page shows two days", published(a))
	}
}

// A UTC instant takes the offset a <time datetime> of the page states for it.
func TestStructuredInstantInThePagesZone(t *testing.T) {
	page := strings.Replace(pageWithBlocks("", 3, ""), "<h1>A story</h1>", `<h1>A story</h1><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>`, 1)
	a := extractPage(t, withHead(page, `<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">`))
	if published(a) != "2025-12-18T19:05:00-08:00" {
		t.Errorf("published %q, want the same instant at -08:00", published(a))
	}
}

// Remix renders JSON-LD as <meta name="script:ld+json"> when misused.
func TestJSONLDInMeta(t *testing.T) {
	head := `<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}">`
	if a := extractPage(t, withHead(pageWithBlocks("", 3, ""), head)); published(a) != "2025-11-17T09:00:00-05:00" || a.Provenance["published_date"] != "json-ld" {
		t.Errorf("published %q from %q, want the JSON-LD in <meta>", published(a), a.Provenance["published_date"])
	}
}

// Bylines written by hand: a date as loose text in a long block, "Post
// time:" far below, a date before "Updated:" in the byline, and the same
// <time> twice (desktop and mobile) as the page's one <time>.
func TestHandWrittenDatelines(t *testing.T) {
	loose := `<html><body><h1>Blog name</h1><fieldset><legend>Week two</legend>
20 December 2025
<div><p>` + strings.Repeat("A long paragraph of the post, with enough words in it. ", 8) + `</p></div></fieldset></body></html>`
	if a := extractPage(t, loose); published(a) != "2025-12-20" {
		t.Errorf("loose dateline: published %q, want 2025-12-20", published(a))
	}
	pages := map[string]string{
		pageWithBlocks("", 80, `<div>Post time: 01-04-2024</div>`): "2024-01-04",
		pageWithBlocks("", 80, `<p>Page last modified <time datetime="2025-01-17T13:39:16-05:00">Jan 17</time> <time datetime="2025-01-17T13:39:16-05:00">x</time></p>`): "2025-01-17",
		strings.Replace(pageWithBlocks("", 3, ""), "<h1>A story</h1>", `<h1>A story</h1><p class="date">December 3, 2025. <i>Updated: December 7, 2025</i></p>`, 1):      "2025-12-03",
	}
	for page, want := range pages {
		if a := extractPage(t, page); !strings.HasPrefix(published(a), want) {
			t.Errorf("published %q, want %s", published(a), want)
		}
	}
}

// "02-12-2025" is read the other way than the locale says when only that
// reading is a day the page states in a <time datetime>.
func TestAmbiguousNumericDate(t *testing.T) {
	page := strings.Replace(pageWithBlocks("", 3, `<aside><a href="/story">A story</a> <time datetime="2025-12-02">December 02, 2025</time></aside>`),
		"<h1>A story</h1>", `<h1>A story</h1><p>Jane Doe 02-12-2025</p>`, 1)
	if a := extractPage(t, page); published(a) != "2025-12-02" {
		t.Errorf("published %q, want 2025-12-02 as the <time> says", published(a))
	}
	page = strings.Replace(pageWithBlocks("", 3, ""), "<h1>A story</h1>", `<h1>A story</h1><p>Jane Doe 02-12-2025</p>`, 1)
	if a := extractPage(t, page); published(a) != "2025-02-12" {
		t.Errorf("published %q, want the US reading 2025-02-12 without evidence", published(a))
	}
}

// Script-built pages keep the date in their JSON state: the first key that
// holds a date gives it (a key holding null does not).
func TestScriptDataDate(t *testing.T) {
	state := `<script>window.__STATE__={"post":{"publishedAt":null,"title":"A story","first_publication_date":"2024-05-06T07:08:09+0000","pubDate":"2020-01-01"}}</script>`
	page := strings.Replace(pageWithBlocks("", 3, ""), "</body>", state+"</body>", 1)
	a := extractPage(t, page)
	if published(a) != "2024-05-06T07:08:09Z" || a.Provenance["published_date"] != "script-data" {
		t.Errorf("published %q from %q, want 2024-05-06T07:08:09Z from the script data", published(a), a.Provenance["published_date"])
	}
}

// Datelines with no year to date them still leave the text, as do bylines
// whose date has a two-digit year and credit lines that open with "©".
func TestDatelineRemnantsLeaveTheText(t *testing.T) {
	head := `<p>By Justine Coleman - <span class="submitted-date">11/18/19 11:04 PM EST</span></p>
<p>Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM</p><p>Updated at 1:23 p.m.</p><p>© Aaron Schwartz</p>`
	page := strings.Replace(pageWithBlocks("", 6, ""), "<h1>A story</h1>", "<h1>A story</h1>"+head, 1)
	a := extractPage(t, page)
	for _, gone := range []string{"Justine", "Updated", "Posted", "Schwartz"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, a.Text)
		}
	}
	if strings.Join(a.Authors, ",") != "Justine Coleman" {
		t.Errorf("authors %q, want Justine Coleman", a.Authors)
	}
	// A sentence that starts with a label is body text.
	page = strings.Replace(pageWithBlocks("", 6, ""), "<h1>A story</h1>", "<h1>A story</h1><p>Updated figures show 40 more cases.</p>", 1)
	if a := extractPage(t, page); !strings.Contains(a.Text, "Updated figures") {
		t.Errorf("a sentence was taken for a dateline:\n%s", a.Text)
	}
}

// A Portuguese byline in <small> inside a long block: the author label "Publicado
// por:", a field the label list does not know ("Categoria:") ending the name,
// the date read day first as the <meta name="language"> says; and the
// headline set again as a <p> leaves the text.
func TestSmallBylineAndRepeatedHeadline(t *testing.T) {
	page := `<html><head><meta name="language" content="pt-BR"><title>Arrombamento em veículos</title></head><body>
<div><p class="titulo">Arrombamento em veículos</p>
<small><b>05/10/2018</b> - Publicado por: Clarissa Borba - Categoria: <a href="/c/19">Saúde</a> - Tags: <a href="/t/sad">sad</a></small>
<p>` + strings.Repeat("A equipe do serviço registrou o arrombamento de dois veículos durante a madrugada. ", 6) + `</p></div></body></html>`
	a := extractPage(t, page)
	if strings.Join(a.Authors, ",") != "Clarissa Borba" || published(a) != "2018-10-05" {
		t.Errorf("authors %q, published %q; want Clarissa Borba, 2018-10-05", a.Authors, published(a))
	}
	if strings.Contains(a.Text, "Arrombamento em veículos") || strings.Contains(a.Text, "Publicado") {
		t.Errorf("headline or byline left in the text:\n%s", a.Text)
	}
}

// A dateline just above the headline beats a date far below it (a teaser).
func TestNearestDateline(t *testing.T) {
	page := strings.Replace(pageWithBlocks("", 30, `<div class="block-post__date">12/18/2025</div>`), "<h1>A story</h1>",
		`<small class="post-date">10/12/2023</small><small>3 minute read</small><h1>A story</h1>`, 1)
	if a := extractPage(t, page); published(a) != "2023-10-12" {
		t.Errorf("published %q, want the dateline above the headline, 2023-10-12", published(a))
	}
}

// The site's lines in the body leave it: a newsletter call, the author's
// contact line, an address alone; an address linked inside a sentence stays.
func TestContactAndNewsletterLines(t *testing.T) {
	tail := `<p><i>Have a tip? Amy Kuperinsky may be reached at </i><a href="mailto:amy@news.example"><i>amy@news.example</i></a><i>. Follow her on Twitter.</i></p>
<p>Get the latest updates right in your inbox. <a href="/newsletters">Subscribe to our newsletters</a>.</p>
<p><a href="mailto:paul@news.example">paul@news.example</a></p>
<p>For questions write to the team (<a href="mailto:web@news.example">web@news.example</a>) within the marketing office, who will answer them gladly.</p>`
	a := extractPage(t, pageWithBlocks("", 5, tail))
	for _, gone := range []string{"Have a tip", "inbox", "paul@"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, a.Text)
		}
	}
	if !strings.Contains(a.Text, "the team (web@news.example) within") {
		t.Errorf("an address inside a sentence was cut:\n%s", a.Text)
	}
}

// The site's calls after the story leave it: to follow its accounts, to
// share the piece or sign up because one liked it, a print subscription's
// offer (an audit of unlabelled dragnet and scrapinghub pages: BBC
// Newsbeat, MSN, RT, DIYthemes, MoreBikes). A sentence that tells of
// following someone on a network, and a story's question, stay.
func TestFollowShareAndSubscriptionCalls(t *testing.T) {
	tail := `<p><i>Follow Newsbeat on </i><a href="https://www.instagram.com/x/">Instagram</a><i>, </i><a href="https://www.facebook.com/x/">Facebook</a><i> and </i><a href="https://twitter.com/x">Twitter</a>.</p>
<p><strong><em>Like this story? Share it with a friend!</em></strong></p>
<p>If you enjoyed this article, enter your email below to get free updates!</p>
<p>Get <a href="/mcm">Motor Cycle Monthly</a> delivered through your letterbox every month. 12 issues for £11.99. <a href="/mcm">Click here</a> for more information.</p>
<p>Her followers on Instagram doubled after the mayor said he would follow her on Twitter.</p>
<p>Did voters like this story? The polls say they did not.</p>`
	a := extractPage(t, pageWithBlocks("", 5, tail))
	for _, gone := range []string{"Follow Newsbeat", "Share it with a friend", "enjoyed this article", "letterbox"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"Her followers on Instagram doubled", "Did voters like this story?"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("%q was cut from the text:\n%s", kept, a.Text)
		}
	}
}

// A caption set as text under its image, the image's alt word for word,
// leaves the text (the alt keeps it); the same words as a title above the
// image stay.
func TestAltCopiesLeaveTheText(t *testing.T) {
	alt := "A long row of unsold sports-utility vehicles sits at a dealership in Littleton, Colo."
	body := `<h2>` + alt + `</h2><p><img src="/a.jpg" alt="` + alt + ` Photo: AP"></p><div><p>` + alt + `</p></div>`
	a := extractPage(t, strings.Replace(pageWithBlocks("", 6, ""), "<h1>A story</h1>", "<h1>A story</h1>"+body, 1))
	if n := strings.Count(a.Text, "unsold"); n != 1 {
		t.Errorf("the alt's words are %d times in the text, want once (the title above):\n%s", n, a.Text)
	}
}

// More of the site's lines in the body: a relative dateline, an advert's
// label, a script's fallback, an unrendered shortcode, another story's
// headline as a link in capitals, the publisher's address. A paragraph in capitals with no link, and
// a sentence that starts like a dateline, stay.
func TestSiteLinesInTheBody(t *testing.T) {
	tail := `<p>Published 1 day ago</p><p>Advert</p><p>This slideshow requires JavaScript.</p>
<p>[button link="/submit" type="big"] Send us YOUR kit review[/button]</p>
<p><a href="/other"><strong>CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES</strong></a></p>
<p>THE STORE WILL OPEN AT NINE ON MONDAY.</p><p>Published today, the report found more cases.</p>
<p>The Daily 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax</p>`
	a := extractPage(t, pageWithBlocks("", 6, tail))
	for _, gone := range []string{"1 day ago", "Advert", "JavaScript", "[button", "CO-FOUNDER", "K Street"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"THE STORE WILL OPEN", "Published today, the report"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("%q cut from the text:\n%s", kept, a.Text)
		}
	}
}

// A teaser heading takes the one-link paragraphs after it, up to the first
// paragraph of text.
func TestTeaserHeadingTakesLinkParagraphs(t *testing.T) {
	tail := `<p>You may also like...</p><p><a href="/a">Who will make the Rock Hall in 2020?</a></p><p><a href="/b">Dave Matthews Band takes over the fan vote</a></p>
<p>The band plays on Friday, and <a href="/t">tickets</a> go on sale today for every show of the tour.</p>`
	a := extractPage(t, pageWithBlocks("", 6, tail))
	if strings.Contains(a.Text, "Rock Hall") || strings.Contains(a.Text, "Dave Matthews") {
		t.Errorf("teaser links left in the text:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "The band plays on Friday") {
		t.Errorf("the paragraph after the teasers was cut:\n%s", a.Text)
	}
}

// A hover card inside a sentence (a person's latest stories, shown on
// hover) is not part of it; the name it hangs on is.
func TestHoverCardLeavesTheSentence(t *testing.T) {
	tail := `<p>Rep. <span class="rollover-people"><a href="/people/omar">Ilhan Omar</a><span class="rollover-people-block"><span class="rollover-block"><a href="/x">Progressives oppose spending stopgap measure</a> <a href="/more">MORE</a></span></span></span> (D-Minn.) spoke to reporters after the hearing on Monday.</p>`
	a := extractPage(t, pageWithBlocks("", 6, tail))
	if strings.Contains(a.Text, "stopgap") || !strings.Contains(a.Text, "Rep. Ilhan Omar (D-Minn.) spoke") {
		t.Errorf("hover card in the text, or the sentence cut:\n%s", a.Text)
	}
}

// Share-button lines, tags lines and a dateline with its weekday in
// Portuguese leave the body; a sentence that names networks stays.
func TestShareTagsAndWeekdayLines(t *testing.T) {
	tail := `<p>Whatsapp Facebook Pint Baixar</p><p>Tags calendario stock car 2018, stock car brasil</p>
<p>Readers shared the video on Facebook and Twitter thousands of times within the first hour.</p>`
	page := strings.Replace(pageWithBlocks("", 6, tail), "<h1>A story</h1>", `<h1>A story</h1><p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>`, 1)
	a := extractPage(t, page)
	for _, gone := range []string{"Whatsapp", "Tags", "segunda"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, a.Text)
		}
	}
	if !strings.Contains(a.Text, "Readers shared the video on Facebook") {
		t.Errorf("a sentence naming networks was cut:\n%s", a.Text)
	}
	if !strings.HasPrefix(published(a), "2018-01-22") {
		t.Errorf("published %q, want 2018-01-22 from the Portuguese dateline", published(a))
	}
}

// A credit inside a figure's caption stays with the image.
func TestCaptionCreditStays(t *testing.T) {
	fig := `<figure><img src="/a.jpg" alt="A harbour"><figcaption>The harbour at dawn. <span>© Jane Doe</span></figcaption></figure>`
	a := extractPage(t, strings.Replace(pageWithBlocks("", 6, ""), "<h1>A story</h1>", "<h1>A story</h1>"+fig, 1))
	if len(a.Images) == 0 || !strings.Contains(a.Images[0].Caption+" "+a.Images[0].Credit, "Jane Doe") {
		t.Errorf("images %+v, want the credit kept with the caption", a.Images)
	}
}

// A block that opens with a sidebar label of two words or more and is
// mostly links holds other stories, its label inside it ("Mehr zum Thema"
// then » links, "Baca juga:" before a link, "相关新闻" over a list); a
// one-word "More:" before a link is the article's source line and stays.
func TestSidebarLabelLeadsLinkBlock(t *testing.T) {
	for _, c := range []struct {
		name, tail, gone string
		keep             []string
	}{
		{"german", `<div><strong>Mehr zum Thema</strong><br><a href="/k">» Grundwissen Kompost</a><br><a href="/b">» Kompostbeschleuniger</a></div>`, "Grundwissen", nil},
		{"indonesian", `<p><strong>Baca juga: </strong><a href="/m">Menhub Pertimbangkan Turunkan Tarif Batas Atas Tiket Pesawat</a></p>`, "Menhub", nil},
		{"chinese", `<div><span>相关新闻</span><a href="/1">重庆举行新闻发布会介绍情况</a><a href="/2">市民热议城市发展新变化</a></div>`, "重庆举行", nil},
		{"one word stays", `<p>More: <a href="http://example.org/report">http://example.org/report</a></p>`, "", []string{"More:", "example.org/report"}},
		{"spanish", `<blockquote><b>PUEDES VER: </b><a href="/s">¿Qué es la Sunedu, cómo está conformada y para qué sirve?</a></blockquote>`, "PUEDES VER", nil},
		{"polish", `<p><strong>Dowiedz się więcej: <a href="/k"><em>Kto jak głosował ws. unijnych funduszy?</em></a></strong></p>`, "Dowiedz", nil},
		{"german list", `<p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p><ul><li><a href="/1">Warum Sie diese drei HR-Prozesse digitalisieren sollten</a></li><li><a href="/2">Der Jobmarkt bleibt vital</a></li><li><a href="/3">Massenarbeitslosigkeit unter MINT-Fachkräften?</a></li></ul>`, "Lesen Sie auch", nil},
		{"one word, a headline", `<p><strong>Read:</strong> <a href="/r">Two disasters are exponentially worse than one</a></p>`, "Two disasters", nil},
		{"mira", `<p>MIRA: <a href="/m">El Congreso aprobó la ley de educación física</a></p>`, "El Congreso", nil},
		{"one word, a sentence", `<p>Read: the council's <a href="/r">full report on the harbour</a> says the works will take a year.</p>`, "", []string{"Read: the council's full report on the harbour says"}},
		{"prose stays", `<p>Puedes ver el calendario completo en <a href="/c">la web del ministerio</a> y consultar las fechas de cada región antes de viajar con la familia.</p>`, "", []string{"Puedes ver el calendario completo en la web del ministerio"}},
	} {
		a := extractPage(t, pageWithBlocks("", 6, c.tail))
		if c.gone != "" && strings.Contains(a.Text, c.gone) {
			t.Errorf("%s: the link block is in the text:\n%s", c.name, a.Text)
		}
		for _, k := range c.keep {
			if !strings.Contains(a.Text, k) {
				t.Errorf("%s: %q was cut:\n%s", c.name, k, a.Text)
			}
		}
	}
}

// "Posted by Kathy on April 6, 2007": a byline that runs on into its date
// names its author; the line stays in the text, as a sentence of the post
// does. A byline block further down is still the page's byline, and still
// leaves the text.
func TestBylineRunOnIntoItsDate(t *testing.T) {
	for _, line := range []string{"By Jane Doe on March 3, 2021", "Posted by Kathy on April 6, 2007", "by Barry van Wyk on November 9, 2012"} {
		page := pageWithBlocks("", 3, "")
		page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1><p>"+line+"</p>", 1)
		a := extractPage(t, page)
		name := line[strings.Index(line, "y ")+2 : strings.Index(line, " on ")]
		if strings.Join(a.Authors, ",") != name {
			t.Errorf("%q: authors %q, want %q", line, a.Authors, name)
		}
		if !strings.Contains(a.Text, line) {
			t.Errorf("%q: the line left the text", line)
		}
	}
	page := pageWithBlocks("", 3, "")
	page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1><p>Posted by Kathy on April 6, 2007</p><p>By Ann Lee</p>", 1)
	a := extractPage(t, page)
	if strings.Join(a.Authors, ",") != "Ann Lee" || strings.Contains(a.Text, "By Ann Lee") {
		t.Errorf("authors %q, text %q: want the byline block's Ann Lee, its line out of the text", a.Authors, a.Text)
	}
}

// A byline that opens with another language's "by" names its author; the
// prepositions open sentences and headings too, so the line must be short,
// near the headline, and hold capitalised names of two words or more.
func TestPrepositionByline(t *testing.T) {
	withLine := func(line string, after int) Article {
		page := pageWithBlocks("", after+3, "")
		blocks := strings.SplitAfterN(page, "</p>", after+1)
		if after == 0 {
			page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1><p>"+line+"</p>", 1)
		} else {
			page = strings.Join(blocks[:after], "") + "<p>" + line + "</p>" + blocks[after]
		}
		return extractPage(t, page)
	}
	for line, want := range map[string]string{
		"Por Ana Gómez":                          "Ana Gómez",
		"Por João da Silva e Maria Souza":        "João da Silva,Maria Souza",
		"Par Jean Dupont":                        "Jean Dupont",
		"Par Matthieu Hy le 07 Mai 2020":         "Matthieu Hy",
		"Von Max Muster":                         "Max Muster",
		"Von Jennifer Patt Publiziert am Montag": "Jennifer Patt",
		"Di Mario Rossi":                         "Mario Rossi",
		"Door Jan de Vries":                      "Jan de Vries",
		"Par Jean Le Pen":                        "Jean Le Pen",
		"Escrito por Lucía Pérez":                "Lucía Pérez",
	} {
		a := withLine(line, 0)
		if got := strings.Join(a.Authors, ","); got != want {
			t.Errorf("%q: authors %q, want %q", line, got, want)
		}
		if !hasDigit(line) && !strings.Contains(a.Text, line) {
			t.Errorf("%q: the line left the text", line) // a dated line is a dateline
		}
	}
	for _, line := range []string{
		"Por favor", "Por Dios", "Von Berlin nach Paris", "Par Paris", "Di Maio",
		"Von R. R. am 07.08.2013",
	} {
		if a := withLine(line, 0); len(a.Authors) != 0 {
			t.Errorf("%q: authors %q, want none", line, a.Authors)
		}
	}
	// Far below the headline the line is a sentence of the story.
	if a := withLine("Von Max Muster", 20); len(a.Authors) != 0 {
		t.Errorf("a line 20 blocks below the headline: authors %q, want none", a.Authors)
	}
	// A teaser's "Par" line does not outweigh the page's author element.
	page := pageWithBlocks("", 3, `<div class="card"><p>Une autre émission</p><p>Par Olivier Minot</p></div>`)
	page = strings.Replace(page, "<h1>A story</h1>", `<h1>A story</h1><p class="author"><a href="/auteurs/kf">Kristen Falc'hon</a></p>`, 1)
	if a := extractPage(t, page); strings.Join(a.Authors, ",") != "Kristen Falc'hon" {
		t.Errorf("authors %q, want the author element's Kristen Falc'hon", a.Authors)
	}
}

// The weekday that opens a byline's date is no part of the name, nor is
// the preposition before it: "Jane Doe Thursday 16 May 2024", "Posted by
// Jane Doe - Friday, October 26, 2012 at 5:15 PM", "Posted by Jane Doe on
// Tue, Oct 30, 2012", "أحمد محمود الخميس 16 مايو 2024".
func TestBylineWeekdayLeavesName(t *testing.T) {
	for _, c := range []struct{ name, head, want string }{
		{"labelled name, weekday in the next span", `<div class="meta"><span>Author: Jane Miller</span><span>Thursday 16 May 2024 - 10:23</span></div>`, "Jane Miller"},
		{"weekday after a dash", `<h2 class="date-header">Posted by Jane Doe - Friday, October 26, 2012 at 5:15:00 PM</h2>`, "Jane Doe"},
		{"on and a short weekday", `<p class="postfoot">Posted by Jane Doe on Tue, Oct 30, 2012</p>`, "Jane Doe"},
		{"Arabic weekday", `<div class="meta"><span>الكاتب: أحمد محمود</span><span>الخميس 16 مايو 2024 - 10:23</span></div>`, "أحمد محمود"},
	} {
		page := pageWithBlocks("", 20, "")
		page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1>"+c.head, 1)
		a := extractPage(t, page)
		if got := strings.Join(a.Authors, ","); got != c.want {
			t.Errorf("%s: Extract(…).Authors = %q, want %q", c.name, got, c.want)
		}
	}
}

// A breadcrumb set inside the story's container, its links between
// arrows, leaves the body; links inside a sentence stay.
func TestBreadcrumbRowLeavesTheBody(t *testing.T) {
	for _, crumb := range []string{
		`<p><a href="/">Startseite</a> › <a href="/n">Nachrichten</a> › <a href="/l">Lokales</a></p>`,
		`<p><a href="/">Inicio</a> » <a href="/n">Noticias</a> » <a href="/l">Local</a></p>`,
		`<div><a href="/">Home</a> &gt; <a href="/n">News</a> &gt; <a href="/l">Local</a></div>`,
	} {
		tail := crumb + `<p>Read the <a href="/r">report</a>, the <a href="/m">minutes</a> and the <a href="/v">vote</a> on the council's site.</p>`
		a := extractPage(t, pageWithBlocks("", 6, tail))
		for _, gone := range []string{"Startseite", "Inicio", "Home"} {
			if strings.Contains(a.Text, gone) {
				t.Errorf("breadcrumb %q left in the text:\n%s", gone, a.Text)
			}
		}
		if !strings.Contains(a.Text, "Read the report, the minutes and the vote") {
			t.Errorf("a sentence of links was cut:\n%s", a.Text)
		}
	}
}

// "Click here" in other languages opens a line that points elsewhere, as
// the English does: it leaves the body; a sentence with the words later
// in it stays.
func TestClickHereLanguages(t *testing.T) {
	for _, line := range []string{
		`<p><a href="/s">Haz clic aquí para suscribirte</a></p>`, `<p><a href="/s">Cliquez ici pour vous abonner</a></p>`,
		`<p>Klicken Sie <a href="/g">hier</a> für alle Bilder</p>`, `<p><a href="/s">Clique aqui para assinar</a></p>`,
		`<p><a href="/s">Clicca qui per abbonarti</a></p>`, `<p>Klik di sini untuk <a href="/s">berlangganan</a></p>`,
	} {
		tail := line + `<p>Los vecinos dijeron que haz clic aquí era el único texto que veían en la pantalla del ayuntamiento.</p>`
		a := extractPage(t, pageWithBlocks("", 6, tail))
		for _, gone := range []string{"Haz clic", "Cliquez", "Klicken", "Clique", "Clicca", "Klik"} {
			if strings.Contains(a.Text, gone) {
				t.Errorf("%q left in the text:\n%s", gone, a.Text)
			}
		}
		if !strings.Contains(a.Text, "Los vecinos dijeron") {
			t.Errorf("a sentence was cut:\n%s", a.Text)
		}
	}
}
