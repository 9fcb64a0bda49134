package extractor

import (
	"strings"
	"testing"
)

// paperModPage is a post of Hugo's PaperMod theme: its header and menu,
// the post's header (breadcrumbs, the title, the description, then the
// meta line), the content, the footer. meta is the meta line's inner
// HTML; head what the site's config adds to the <head>.
func paperModPage(head, meta string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow"><title>Rebuilding the covered market | Field Notes</title><meta name="keywords" content="city, markets"><meta name="description" content="What the council's vote means for the stallholders."><link rel="canonical" href="https://notes.example/posts/covered-market/"><meta property="og:title" content="Rebuilding the covered market"><meta property="og:description" content="What the council's vote means for the stallholders."><meta property="og:type" content="article"><meta property="og:url" content="https://notes.example/posts/covered-market/"><meta property="article:section" content="posts"><meta property="article:published_time" content="2024-03-03T09:15:00+00:00"><meta property="article:modified_time" content="2024-03-03T09:15:00+00:00"><meta property="og:site_name" content="Field Notes"><meta name="generator" content="Hugo 0.123.7">` + head + `</head>
<body id="top"><header class="header"><nav class="nav"><div class="logo"><a href="https://notes.example/" accesskey="h" title="Field Notes (Alt + H)">Field Notes</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"></button></div></div><ul id="menu"><li><a href="https://notes.example/archives/" title="Archive"><span>Archive</span></a></li><li><a href="https://notes.example/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li><li><a href="https://notes.example/tags/" title="Tags"><span>Tags</span></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://notes.example/">Home</a>&nbsp;»&nbsp;<a href="https://notes.example/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">Rebuilding the covered market</h1><div class="post-description">What the council's vote means for the stallholders.</div><div class="post-meta">` + meta + `</div></header><div class="post-content">`)
	for i := range 12 {
		b.WriteString(`<p>The council voted on Tuesday to rebuild the covered market, and paragraph ` + string(rune('a'+i)) + ` says what the stallholders will do while the hall is closed for two years.</p>`)
	}
	b.WriteString(`</div><footer class="post-footer"><ul class="post-tags"><li><a href="https://notes.example/tags/city/">City</a></li><li><a href="https://notes.example/tags/markets/">Markets</a></li></ul><nav class="paginav"><a class="prev" href="https://notes.example/posts/bridge/"><span class="title">« Prev</span><br><span>The bridge reopens</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2024 <a href="https://notes.example/">Field Notes</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer></body></html>`)
	return b.String()
}

// Hugo's PaperMod sets the post's meta line under the title as fields
// joined by middle dots: the date, the reading time, the word count, and
// last the author's name when the site's config gives one, then "Suggest
// Changes" when the post links to its source. With no author <meta>, the
// name after the last dot is the author; a meta line without one names
// no one, and neither does the link to the post's source.
func TestAuthorProbe45PaperMod(t *testing.T) {
	date := `<span title='2024-03-03 09:15:00 +0000 UTC'>March 3, 2024</span>`
	cases := []pageAuthors{
		{"date, time, words, author", paperModPage("", date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words&nbsp;·&nbsp;Jane Doe`), "Jane Doe"},
		{"date, time, author", paperModPage("", date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Jane Doe`), "Jane Doe"},
		{"three authors", paperModPage("", date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words&nbsp;·&nbsp;Jane Doe, John Roe &amp; Mary Major`), "Jane Doe; John Roe; Mary Major"},
		{"two authors", paperModPage("", date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words&nbsp;·&nbsp;Jane Doe &amp; John Roe`), "Jane Doe; John Roe"},
		{"then a link to the source", paperModPage("", date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words&nbsp;·&nbsp;Jane Doe&nbsp;|&nbsp;<a href="https://github.com/jdoe/notes/blob/main/content/posts/covered-market.md" rel="noopener noreferrer" target="_blank">Suggest Changes</a>`), "Jane Doe"},
		{"the author meta agrees", paperModPage(`<meta name="author" content="Jane Doe">`, date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words&nbsp;·&nbsp;Jane Doe`), "Jane Doe"},
		// With no author the footer's owner of the site stands in
		// (fromSiteOwner): the line's fields are none.
		{"no author", paperModPage("", date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words`), "Field Notes"},
		{"no author, a link to the source", paperModPage("", date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words&nbsp;|&nbsp;<a href="https://github.com/jdoe/notes/blob/main/content/posts/covered-market.md" rel="noopener noreferrer" target="_blank">Suggest Changes</a>`), "Field Notes"},
		{"a translation's languages last", paperModPage("", date+`&nbsp;·&nbsp;2 min&nbsp;·&nbsp;412 words&nbsp;|&nbsp;Translations:<ul class="i18n_list"><li><a href="https://notes.example/fr/posts/covered-market/">Fr</a></li></ul>`), "Field Notes"},
	}
	checkPageAuthors(t, "https://notes.example/posts/covered-market/", cases)
}

// Themes in other languages set the byline over the headline as English
// ones do ("By Jane Doe", kicker, then the title: TestBylineAboveHeadline),
// with their own word for "by": German, Spanish and Portuguese, French,
// Italian, Dutch, Norwegian and Swedish, Polish. The same line under the
// headline is read too, its word in lower case as well. A kicker over the headline that opens with the
// same word is a phrase, no byline.
func TestAuthorProbe45ForeignByOverHeadline(t *testing.T) {
	const u = "https://courier.example/market-rebuild/"
	page := func(lang, header string) string {
		return strings.Replace(bylineAbovePage(bylineAboveArticle(header)), `lang="en-US"`, `lang="`+lang+`"`, 1)
	}
	over := func(line string) string {
		return `<header class="entry-header"><div class="cat-links"><a href="/category/city/">City</a></div><p>` + line + `</p>HEADLINE</header>`
	}
	under := func(line string) string {
		return `<header class="entry-header">HEADLINE<p>` + line + `</p></header>`
	}
	// Each language's line, over the headline and under it; under it, the
	// word in capitals and in lower case too.
	var cases []pageAuthors
	for _, b := range []struct{ lang, line, want string }{
		{"de-DE", "Von Max Mustermann", "Max Mustermann"}, {"es-ES", "Por María López", "María López"},
		{"fr-FR", "Par Jean Dupont", "Jean Dupont"}, {"it-IT", "Di Marco Rossi", "Marco Rossi"},
		{"nl-NL", "Door Jan de Vries", "Jan de Vries"}, {"nb-NO", "Av Ola Nordmann", "Ola Nordmann"},
		{"pl-PL", "Przez Jan Kowalski", "Jan Kowalski"},
	} {
		cases = append(cases, pageAuthors{b.lang + " over the headline", page(b.lang, over(b.line)), b.want})
	}
	for _, b := range []struct{ lang, line, want string }{
		{"de-DE", "Von Max Mustermann", "Max Mustermann"}, {"pl-PL", "Przez Jan Kowalski", "Jan Kowalski"},
		{"pl-PL", "PRZEZ Jan Kowalski", "Jan Kowalski"}, {"pl-PL", "przez Jan Kowalski", "Jan Kowalski"},
		{"sv-SE", "av Anna Berg", "Anna Berg"}, {"da-DK", "af Anne Hansen", "Anne Hansen"},
	} {
		cases = append(cases, pageAuthors{b.lang + " under the headline: " + b.line, page(b.lang, under(b.line)), b.want})
	}
	cases = append(cases, []pageAuthors{
		// A byline under the headline beats the one over it.
		{"a byline under the headline wins", page("de-DE", `<header class="entry-header"><p>Von Erika Muster</p>HEADLINE<p>Von Max Mustermann</p></header>`), "Max Mustermann"},
		// Kickers and phrases that open with the same words.
		{"a German kicker", page("de-DE", over("Von Berlin nach Paris")), ""},
		{"a Spanish kicker", page("es-ES", over("Por qué sube la luz")), ""},
		{"a Polish kicker", page("pl-PL", over("Przez Polskę na rowerze")), ""},
		{"a Dutch kicker", page("nl-NL", over("Door de storm")), ""},
		// A teaser card over the article, its own title and byline.
		{"a teaser's byline over the article", page("de-DE", `<div class="top-stories"><div class="story-card"><h3 class="card-title"><a href="/bruecke/">Brücke nach zwei Jahren wieder offen</a></h3><p>Von Erika Muster</p></div></div><header class="entry-header">HEADLINE</header>`), ""},
	}...)
	checkPageAuthors(t, u, cases)
}

// Blog themes translate "Posted on <date> by <name>" word for word, and
// "Written by": German "Veröffentlicht am 3. März 2024 von …", Italian
// "Pubblicato il … da …", Swedish "Publicerad … av …", Polish
// "Opublikowano … przez …"; "Skrevet av", "Skriven av", "Skrevet af";
// German "Gastbeitrag von", "Erstellt von". The prepositions open other
// phrases too: after a date with no posting verb before it, or before a
// name in lower case, they credit no one.
func TestAuthorProbe45PostedOnDateBy(t *testing.T) {
	const u = "https://courier.example/market-rebuild/"
	page := func(lang, line string) string {
		return strings.Replace(bylineAbovePage(bylineAboveArticle(`<header class="entry-header">HEADLINE<div class="entry-meta">`+line+`</div></header>`)), `lang="en-US"`, `lang="`+lang+`"`, 1)
	}
	checkPageAuthors(t, u, []pageAuthors{
		{"German, posted on a day by", page("de-DE", "Veröffentlicht am 3. März 2024 von Max Mustermann"), "Max Mustermann"},
		{"German, posted on a numeric day by", page("de-DE", "Veröffentlicht am 03.03.2024 von Max Mustermann"), "Max Mustermann"},
		{"German, created on a day by", page("de-DE", "Erstellt am 03.03.2024 von Erika Muster"), "Erika Muster"},
		{"Italian, posted on a day by", page("it-IT", "Pubblicato il 3 marzo 2024 da Marco Rossi"), "Marco Rossi"},
		{"Swedish, posted on a day by", page("sv-SE", "Publicerad 3 mars 2024 av Anna Berg"), "Anna Berg"},
		{"Polish, posted on a day by", page("pl-PL", "Opublikowano 3 marca 2024 przez Jan Kowalski"), "Jan Kowalski"},
		{"Norwegian, written by", page("nb-NO", "Skrevet av Ola Nordmann"), "Ola Nordmann"},
		{"Swedish, written by", page("sv-SE", "Skriven av Anna Berg"), "Anna Berg"},
		{"Danish, written by", page("da-DK", "Skrevet af Anne Hansen"), "Anne Hansen"},
		{"German, a guest post by", page("de-DE", "Gastbeitrag von Max Mustermann"), "Max Mustermann"},
		{"German, created by", page("de-DE", "Erstellt von Max Mustermann am 03.03.2024"), "Max Mustermann"},
		{"German, a date then von, no posting verb", page("de-DE", "Vom 3. März 2024 von Berlin nach Paris"), ""},
		{"German, posted on a day by a department", page("de-DE", "Veröffentlicht am 3. März 2024 von der Stadtverwaltung"), ""},
		{"German, a farewell to someone", page("de-DE", "Abschied von Max Mustermann"), ""},
	})
}

// A brand's blog credits the site itself as the post's author: WordPress
// with Yoast writes the account's display name, the brand's, into the
// author <meta>, the "Written by" label and the JSON-LD. A brand's name
// may open with a number ("98 Buck Social"), which no
// person's does: the site's own declared name is kept whole as the
// author when no person is credited. A name with digits that is not the
// site's stays none, and a person's byline beats the brand.
func TestAuthorProbe45BrandWithDigits(t *testing.T) {
	const u = "https://courier.example/2024/03/03/market/"
	page := func(site, author, byline string) string {
		head := strings.ReplaceAll(yoastHead(cmsProbeTitle, author, true), "The Riverside Courier", site)
		return `<!DOCTYPE html><html lang="en-US">` + head + `<body class="single single-post"><div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">` + site + `</a></p></div>` + cmsProbeNav + `</header>
<div id="content" class="site-content"><main id="main" class="site-main">` + bylineAboveArticle(`<header class="entry-header"><h1 class="entry-title">`+cmsProbeTitle+`</h1>`+byline+`</header>`) + `</main></div>` + cmsProbeFooter + `</div></body></html>`
	}
	cases := []pageAuthors{
		{"a brand opening with a number", page("98 Buck Social", "98 Buck Social", ""), "98 Buck Social"},
		{"a brand and a person's byline", page("98 Buck Social", "98 Buck Social", `<p class="byline">By Jane Doe</p>`), "Jane Doe"},
		{"a name with a number, not the site's", page("The Riverside Courier", "98 Buck Social", ""), ""},
	}
	checkPageAuthors(t, u, cases)
}

// pageAuthors is a probe page and the authors it must give, joined by
// "; ".
type pageAuthors struct{ name, page, want string }

// checkPageAuthors extracts each case's page, found at u, and checks its
// authors.
func checkPageAuthors(t *testing.T, u string, cases []pageAuthors) {
	t.Helper()
	for _, c := range cases {
		a, err := Extract([]byte(c.page), u, Options{})
		if err != nil {
			t.Errorf("Extract(%s): %v", c.name, err)
			continue
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}
