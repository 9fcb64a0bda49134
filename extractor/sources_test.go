package extractor

import (
	"strings"
	"testing"
)

// Issue 13 asks that each source of a metadata field and each plausibility
// rule of the dates have a unit test. This is the index, source or rule →
// the test that fails without it; the tests named here that are not in this
// file sit beside the code of their field. Each was checked by removing the
// source or breaking the rule and seeing the test fail.
//
//	source                          title                 authors                   published_at                modified_at
//	JSON-LD                         TestTitleSources      TestAuthorSources         TestDateSources             TestModifiedSources
//	JSON-LD @graph (+ @id)          TestTitleSources      TestAuthorSources         TestDateSources             TestModifiedSourcesAll
//	JSON-LD @type as a list         TestJSONLDTypeList    TestJSONLDTypeList        TestJSONLDTypeList          TestJSONLDTypeList
//	JSON-LD Person in name parts    —                     TestAuthorChecklist, TestAuthorTemplates  —           —
//	JSON-LD in <meta> (Remix)       —                     —                         TestJSONLDInMeta            —
//	microdata (itemprop)            TestTitleSources      TestAuthorSources         TestDateSources             TestModifiedSourcesAll
//	RDFa, schema.org                TestRDFaSources       TestAuthorSources (rdfa)  TestRDFaDate                TestModifiedSourcesAll
//	RDFa, Dublin Core / Drupal 7    TestRDFaSources       TestRDFaSources, TestRDFaCreatorAlone  TestRDFaSources  TestRDFaSources
//	OpenGraph / article:*           TestTitleSources      TestAuthorSources         TestDateSources, TestMoreMetaSources (og:published_time)  TestModifiedSources(All)
//	twitter:* (label1/data1)        TestTitleSources      TestAuthorSources         — (no date key exists)      —
//	citation_*                      TestTitleSources      TestAuthorSources         TestDateSources (each of the three keys), TestCitationDate  —
//	Dublin Core <meta>              TestTitleSources, TestMoreMetaSources (dcterms.title)  TestAuthorSources (DC, dcterms)  TestDateSources (DC.date, .issued, dcterms.created), TestMoreMetaSources (dcterms.issued)  TestModifiedSources(All)
//	parsely / sailthru              TestTitleSources      TestAuthorSources         TestDateSources             TestModifiedSourcesAll (parsely)
//	cxense <meta>                   —                     TestMoreMetaSources       —                           —
//	<title>                         TestTitleFromTitleTag —                         —                           —
//	<time datetime>, whole page     —                     —                         TestDateSources, TestOnlyTimeElement  TestModifiedSourcesAll
//	<time datetime> by the headline —                     —                         TestTimeUnderTheHeadlineAmongOthers (also in a byline)  —
//	class/itemprop date element     —                     —                         TestDateSources, TestDateElement, TestShownDayNamedElement, TestInlineDateBeforeTeaserDates  TestModifiedSourcesAll
//	headline/author-classed element TestTitleSources      TestAuthorSources, TestAuthorElementAroundTheHeadline  —  —
//	byline-classed element          —                     TestBylineClassedElement  —                         —
//	<h1>                            TestTitleSources      —                         —                           —
//	comments heading ("N comments to X", a witness)  TestTitleNamedByCommentsHeading  —  —  —
//	byline text                     —                     TestAuthorSources         TestDateSources             TestBylineUpdatedDate
//	dateline text                   —                     —                         TestDateSources, TestHandWrittenDatelines  —
//	author-page links, rel=author   —                     TestAuthorSources, TestAuthorPageLinks  —             —
//	script data                     —                     —                         TestScriptDataDate          —
//	URL path                        —                     —                         TestDateSources, TestURLDate, TestURLDateNotFromBase  —
//	news sitemap publication_date   —                     —                         TestKnownDates, pipeline TestCrawlListedDates  — (lastmod is not read: README)
//	feed item date                  —                     —                         TestKnownDates, pipeline TestCrawlListedDates  —
//	body credit (Chinese)           —                     TestAuthorSources, TestCJKLoneName  —                 —
//
//	date rule                                                   test
//	never after the fetch time (a day of slack; an hour for an instant)  TestDateNotAfterFetch, TestKnownDates
//	never before 1995                                           TestDateNotBefore1995
//	published ≤ modified, else modified is none                 TestModifiedNotBeforePublished
//	day/month order from the page's other dates                 TestDayMonthOrder, TestAmbiguousNumericDate
//	… from the numeric dates it shows that tell the order       TestDateLanguageAudit ("order-other")
//	day/month order from the language (<html lang>)             TestDayMonthOrder
//	… declared in og:locale, content-language, DC, JSON-LD      TestDeclaredLanguageSources
//	day/month order from the host's country (.uk, .au, …)       TestDayFirstByHost
//	day/month order from a date label's language ("Datum:")     TestDateLabelsInOtherLanguages
//	dotted dates day first                                      TestDayMonthOrder
//	two-digit years ("01/25/26")                                TestTwoDigitYear
//	update-only page → no published_at (structured, visible)    TestModifiedOnlyIsNoPublication, TestBylineUpdatedDate
//	"Originally published" never beats the byline               TestOriginallyPublishedNote, TestOriginalNoteAboveTheByline
//	no titled headline, no other date: the one day shown        TestShownDayWithoutTitledHeadline
//
// The author rules of issue 13 item 3 (a full name over a first name, no
// site or section appended, no month, "Press Release", picture credit or
// tagline, no reviewer or fact-checker) are TestChooseAuthors,
// TestNotAuthorRoles and TestPictureAgencyIsNotAnAuthor; the title rules of
// item 4 are TestTitleFromTitleTag, TestTitleNotSidebar, TestTitleNotMasthead,
// TestTitleNotFurnitureHeadingFirst (a heading in the furniture is never the
// title, even alone) and TestTitleHeadlineAgainstSEOTitle;
// the <title>'s segments: TestTitleHeadlineInAMenu (a menu entry left as
// the headline when cutting it leaves the site's name), TestTitleSelfLinkedWhole
// and TestTitleSelfLinkedSectionCut (a self-linked title keeps a tag's name,
// not the section's), TestTitleSiteBeforeEllipsisHeadline,
// TestTitleTaglineAfterSiteName.

// Every key and element that states a modification date, each alone beside
// the same publication date.
func TestModifiedSourcesAll(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	cases := []struct{ name, head, byline, src string }{
		{"json-ld @graph", ld(`{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"Article","headline":"A story","dateModified":"2024-04-02"}]}`), "", "json-ld"},
		{"microdata", "", `<span itemprop="dateModified" content="2024-04-02">2 April</span>`, "microdata"},
		{"microdata, the element's text", "", `<p>Updated: <span itemprop="dateModified">April 2, 2024</span></p>`, "microdata"},
		{"rdfa", "", `<time property="dateModified" datetime="2024-04-02">2 April</time>`, "microdata"},
		{"og:updated_time", `<meta property="og:updated_time" content="2024-04-02">`, "", "meta:og"},
		{"parsely-updated", `<meta name="parsely-updated" content="2024-04-02">`, "", "meta:parsely"},
		{"dc.date.modified", `<meta name="DC.date.modified" content="2024-04-02">`, "", "meta:dc"},
		{"an update-classed element", "", `<p class="updated-date">April 2, 2024</p>`, "visible-text"},
		{"an update label before a <time>", "", `<p>Updated <time datetime="2024-04-02">April 2, 2024</time></p>`, "visible-text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := withByline(withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2024-04-01">`+c.head), c.byline)
			a := extractPage(t, page)
			if published(a) != "2024-04-01" || modified(a) != "2024-04-02" || a.Provenance["modified_date"] != c.src {
				t.Errorf("Extract(%s) = published %q, modified %q from %q; want 2024-04-01, 2024-04-02 from %q",
					c.name, published(a), modified(a), a.Provenance["modified_date"], c.src)
			}
		})
	}
}

// RDFa beyond schema.org's dates: a schema.org headline, Dublin Core
// CURIEs in <meta> and on elements, and Drupal 7's byline, whose RDF
// module writes the date as property="dc:date dc:created" and links the
// author with rel="sioc:has_creator" to property="foaf:name". The same
// statements inside a comment typed as one are the comment's.
func TestRDFaSources(t *testing.T) {
	const headline = "Council approves budget for the coming year"
	for _, c := range []struct{ name, head, body, prov string }{
		{"schema.org headline", "", `<div vocab="https://schema.org/" typeof="NewsArticle"><span property="headline">` + headline + `</span></div>`, "microdata"},
		{"schema: headline", "", `<div typeof="schema:NewsArticle"><span property="schema:headline">` + headline + `</span></div>`, "microdata"},
		{"dc:title on an element", "", `<span property="dc:title" content="` + headline + `" class="rdf-meta"></span>`, "meta:dc"},
		{"dc:title in <meta>", `<meta property="dc:title" content="` + headline + `">`, "", "meta:dc"},
	} {
		page := `<html><head>` + c.head + `</head><body>` + c.body + titleBody + `</body></html>`
		if got, prov := extractTitle(t, page, "https://gazette.example/x"); got != headline || prov != c.prov {
			t.Errorf("Extract(%s).Title = %q (%s), want %q (%s)", c.name, got, prov, headline, c.prov)
		}
	}

	drupal := `<span property="dc:date dc:created" content="2011-06-24T16:32:08-04:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <a href="/users/jdoe" title="View user profile." class="username" about="/users/jdoe" typeof="sioc:UserAccount" property="foaf:name">Jane Doe</a></span>`
	comment := `<div class="comment" typeof="sioc:Post sioct:Comment"><span property="dc:date dc:created" content="2012-01-01T10:00:00-04:00" rel="sioc:has_creator"><a href="/users/x" property="foaf:name">Commenter Name</a></span><p>I disagree.</p></div>`
	for _, c := range []struct {
		name, head, byline, tail string
		pub, pubSrc, authors     string
	}{
		{"drupal 7 byline", "", drupal, comment, "2011-06-24T16:32:08-04:00", "meta:dc", "Jane Doe"},
		{"comments only", "", "", comment, "", "", ""},
		{"dcterms:created on an element", "", `<span property="dcterms:created" content="2011-06-24T16:32:08-04:00"></span>`, "", "2011-06-24T16:32:08-04:00", "meta:dc", ""},
		{"dc:date in <meta>", `<meta property="dc:date" content="2011-06-24">`, "", "", "2011-06-24", "meta:dc", ""},
		{"dc:creator in <meta>", `<meta property="dc:creator" content="Jane Doe">`, "", "", "", "", "Jane Doe"},
	} {
		page := withByline(withHead(pageWithBlocks("", 4, c.tail), c.head), c.byline)
		a := extractPage(t, page)
		if published(a) != c.pub || a.Provenance["published_date"] != c.pubSrc || strings.Join(a.Authors, "; ") != c.authors {
			t.Errorf("Extract(%s) = published %q from %q, authors %q; want %q from %q, %q",
				c.name, published(a), a.Provenance["published_date"], a.Authors, c.pub, c.pubSrc, c.authors)
		}
	}

	page := withByline(withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2011-06-20">`),
		`<span property="dc:modified" content="2011-06-24T16:32:08-04:00"></span>`)
	if a := extractPage(t, page); modified(a) != "2011-06-24T16:32:08-04:00" || a.Provenance["modified_date"] != "meta:dc" {
		t.Errorf("Extract(dc:modified).ModifiedAt = %q from %q, want 2011-06-24T16:32:08-04:00 from meta:dc", modified(a), a.Provenance["modified_date"])
	}
}

// A page on a host of a country that writes the day first (.uk, .au, …)
// and declares no language reads 05/03/2024 as 5 March; the same page on a
// .com reads it as May 3.
func TestDayFirstByHost(t *testing.T) {
	page := withByline(pageWithBlocks("", 4, ""), "<p>Published: 05/03/2024</p>")
	for host, want := range map[string]string{
		"https://www.localpaper.co.uk/news/story": "2024-03-05",
		"https://www.localpaper.com.au/story":     "2024-03-05",
		"https://www.localpaper.fr/story":         "2024-03-05",
		"https://www.localpaper.com/story":        "2024-05-03",
	} {
		if a := extractAt(t, page, host, Options{}); published(a) != want {
			t.Errorf("Extract(%s).PublishedAt = %q, want %q", host, published(a), want)
		}
	}
}

// An "originally published" note set between the headline and the byline
// is nearer the headline than the byline's date, and still does not beat
// it, whether the date shares the byline's line, has a line of its own, or
// is structured.
func TestOriginalNoteAboveTheByline(t *testing.T) {
	note := "<p><em>This article was originally published on The Conversation on March 3, 2019.</em></p>"
	for name, page := range map[string]string{
		"date in the byline":   withByline(pageWithBlocks("", 4, ""), note+"<p>By Jane Doe | June 5, 2024</p>"),
		"date on its own line": withByline(pageWithBlocks("", 4, ""), note+"<p>By Jane Doe</p><p>June 5, 2024</p>"),
		"structured date":      withByline(withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2024-06-05">`), "<p><em>Originally published March 3, 2019.</em></p>"),
	} {
		if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-06-05" {
			t.Errorf("Extract(%s).PublishedAt = %q (%s), want 2024-06-05, not the note's 2019-03-03", name, published(a), a.Provenance["published_date"])
		}
	}
}

// An element whose class says byline names the author without a "By":
// the class is the label (TestAuthorSources covers author-classed ones).
func TestBylineClassedElement(t *testing.T) {
	for _, b := range []string{
		`<div class="byline">Jane Doe</div>`,
		`<span class="article-byline"><a href="/x">Jane Doe</a></span>`,
		`<div class="post-byline"><span>Jane Doe</span><span>Staff Writer</span></div>`,
	} {
		a := extractPage(t, authorPage("", b, ""))
		if got := strings.Join(a.Authors, "; "); got != "Jane Doe" || a.Provenance["authors"] != "author-link" {
			t.Errorf("Extract(%s).Authors = %q from %q, want Jane Doe from author-link", b, got, a.Provenance["authors"])
		}
	}
}

// Each place a page declares its language, alone: the declaration is
// recorded with its source, and it decides how a numeric date reads
// (TestDayMonthOrder covers <html lang>): German day first, US English
// month first.
func TestDeclaredLanguageSources(t *testing.T) {
	for _, c := range []struct{ head, declared, pub string }{
		{`<meta property="og:locale" content="de_DE">`, "meta:og de_DE", "2024-03-05"},
		{`<meta http-equiv="content-language" content="de">`, "meta:name de", "2024-03-05"},
		{`<meta name="language" content="de">`, "meta:name de", "2024-03-05"},
		{`<meta name="DC.language" content="de">`, "meta:dc de", "2024-03-05"},
		{`<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","inLanguage":"de-DE"}</script>`, "json-ld de-DE", "2024-03-05"},
		{`<meta property="og:locale" content="en_US">`, "meta:og en_US", "2024-05-03"},
	} {
		page := withByline(withHead(pageWithBlocks("", 4, ""), c.head), "<p>Published: 05/03/2024</p>")
		a := extractAt(t, page, "https://news.example/story", Options{})
		if a.Provenance["language_declared"] != c.declared || published(a) != c.pub {
			t.Errorf("Extract(%s) = declared %q, published %q; want %q, %q", c.head, a.Provenance["language_declared"], published(a), c.declared, c.pub)
		}
	}
}

// A page that declares no language reads numeric dates as its host's
// country writes them, unless its text is in a language other than
// English; a bare "en" does so only in the countries that write English
// day first.
func TestDayFirstByCountry(t *testing.T) {
	for _, c := range []struct {
		lang, host string
		want       bool
	}{
		{"", "www.example.fr", true},
		{"", "news.example.com.br", true},
		{"", "www.example.com", false},
		{"", "www.example.us", false},
		{"", "startup.io", false},
		{"en", "www.example.de", false},
		{"en", "www.example.co.uk", true},
		{"en-GB", "www.example.com", true},
		{"en-US", "www.example.fr", false},
		{"de", "www.example.com", true},
	} {
		if got := dayFirst(c.lang, c.host); got != c.want {
			t.Errorf("dayFirst(%q, %q) = %v, want %v", c.lang, c.host, got, c.want)
		}
	}
	page := `<html><head><title>Une histoire</title></head><body><article><h1>Une histoire</h1><p class="date">05/03/2024</p>` +
		strings.Repeat("<p>Le conseil municipal a voté mardi l'extension du réseau de bus dans les quartiers du nord.</p>", 5) + `</article></body></html>`
	if a := extractAt(t, page, "https://www.example.fr/politique/bus", Options{}); published(a) != "2024-03-05" {
		t.Errorf("no lang, .fr: Extract.PublishedAt = %q, want 2024-03-05", published(a))
	}
	// On a .com host the host says nothing of the country: the text's
	// language, French, says day first (TestDayMonthOrderOfTheTextsLanguage).
	if a := extractAt(t, page, "https://www.example.com/politique/bus", Options{}); published(a) != "2024-03-05" {
		t.Errorf("no lang, .com, French text: Extract.PublishedAt = %q, want 2024-03-05", published(a))
	}
}
