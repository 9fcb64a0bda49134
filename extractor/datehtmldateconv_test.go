package extractor

import (
	"strings"
	"testing"
)

// Conventions that htmldate's own test suite states (TestHtmldateSnippets
// and its neighbours) and this extractor did not read, on whole pages of
// three templates: each test fails without its rule.

// A date <meta> may write its date as one run of digits, year first, as
// Korean portals state og:regDate and some CMSs pubdate; Dublin Core's
// unqualified "DC.Issued" is the publication.
func TestMetaDateAsARunOfDigits(t *testing.T) {
	for _, head := range []string{
		`<meta property="og:regDate" content="20210315103000">`,
		`<meta name="pubdate" content="20210315">`,
		`<meta name="ptime" content="202103151030">`,
		`<meta name="DC.Issued" content="2021-03-15">`,
	} {
		for tpl, page := range htmldateTemplates(head, "") {
			if a := extractPage(t, page); day(published(a)) != "2021-03-15" {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want 2021-03-15", head, tpl, published(a))
			}
		}
	}
	// Not a number that is no date.
	for _, head := range []string{
		`<meta name="pubdate" content="20211315">`,
		`<meta name="pubdate" content="2021031">`,
	} {
		for tpl, page := range htmldateTemplates(head, "") {
			if a := extractPage(t, page); published(a) != "" {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want none", head, tpl, published(a))
			}
		}
	}
	// A date-only statement takes the instant another statement gives of
	// the same day.
	head := `<meta name="pubdate" content="20210315">`
	byline := `<p class="byline"><time itemprop="datePublished" datetime="2021-03-15T10:30:00Z">15 March 2021</time></p>`
	for tpl, page := range htmldateTemplates(head, byline) {
		if a := extractPage(t, page); a.PublishedAt != "2021-03-15T10:30:00Z" {
			t.Errorf("pubdate and microdata, %s: Extract.PublishedAt = %q, want 2021-03-15T10:30:00Z", tpl, a.PublishedAt)
		}
	}
}

// Turkish sets the label after the date: "15.03.2021 tarihinde
// yayınlandı" (published on), "… tarihinde güncellendi" (updated on); the
// standard spelling "yayımlama tarihi" labels it before.
func TestTurkishDateLabels(t *testing.T) {
	for _, c := range []struct{ line, pub, mod string }{
		{`<p class="meta">15.03.2021 tarihinde yayınlandı</p>`, "2021-03-15", ""},
		{`<p class="meta">15/3/2021 tarihinde yayımlandı.</p>`, "2021-03-15", ""},
		{`<p class="meta">Yayımlama tarihi: 15.03.2021</p>`, "2021-03-15", ""},
		{`<p class="meta">Yayınlanma tarihi: 15.03.2021</p><p class="meta">02.04.2021 tarihinde güncellendi</p>`, "2021-03-15", "2021-04-02"},
		{`<p class="meta">02.04.2021 tarihinde güncellendi</p>`, "", "2021-04-02"},
	} {
		for tpl, page := range htmldateTemplates("", c.line) {
			a := extractPage(t, page)
			if day(published(a)) != c.pub || day(modified(a)) != c.mod {
				t.Errorf("%s, %s: Extract = published %q, modified %q, want %q and %q", c.line, tpl, published(a), modified(a), c.pub, c.mod)
			}
		}
	}
}

// A two-digit year from 95 on is of the 1990s ("10.10.98"), and an hAtom
// date's text may open with its preposition ("am 12.11.16").
func TestShortYearsAndMicroformatText(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{`<p><span class="date">10.10.98</span></p>`, "1998-10-10"},
		{`<p><span class="date">10.10.08</span></p>`, "2008-10-10"},
		{`<p class="byline"><abbr class="published">am 12.11.16</abbr></p>`, "2016-11-12"},
		{`<p class="byline"><abbr class="published">on 11/12/16</abbr></p>`, "2016-11-12"},
	} {
		for tpl, page := range htmldateTemplates("", c.line) {
			if a := extractPage(t, page); day(published(a)) != c.want {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want %s", c.line, tpl, published(a), c.want)
			}
		}
	}
}

// A blog post closes with its meta line in its own footer, a byline in a
// preposition and its date first ("Von Christian am 03.05.2013, 11:51 |
// 0 Meinungen | Energie sparen"), as Movable Type ("asset-footer"),
// WordPress ("entry-footer") and Blogger ("post-footer") themes set it in
// German, French and Spanish. A site's footer is no post's.
func TestPostFooterPrepositionByline(t *testing.T) {
	body := strings.Repeat("<p>Was früher schnelle und laute Autos waren, das sind heute die sparsamen Modelle, die am meisten gefragt werden.</p>", 5)
	page := func(footer, line string) string {
		return `<html><head><title>Der neue Trend</title></head><body><div class="entry-asset asset"><div class="asset-header"><h1 class="asset-name">Der neue Trend</h1></div>` +
			`<div class="asset-content"><div class="asset-body">` + body + `</div></div><div class="` + footer + `"><div class="meta">` + line + `</div></div></div></body></html>`
	}
	for _, footer := range []string{"asset-footer", "entry-footer", "post-footer"} {
		for _, line := range []string{
			`Von Christian am 03.05.2013, 11:51 | 0 Meinungen | <a href="/energie/">Energie sparen</a>`,
			`Par Christian le 03/05/2013 · 2 commentaires · <a href="/societe/">Société</a>`,
			`Por Christian el 03/05/2013 | 0 comentarios`,
		} {
			if a := extractPage(t, page(footer, line)); day(published(a)) != "2013-05-03" {
				t.Errorf("%s, %.30s: Extract.PublishedDate = %q, want 2013-05-03", footer, line, published(a))
			}
		}
	}
	line := `Von Christian am 03.05.2013, 11:51 | 0 Meinungen | <a href="/energie/">Energie sparen</a>`
	if a := extractPage(t, page("site-footer", line)); published(a) != "" {
		t.Errorf("site-footer: Extract.PublishedDate = %q, want none", published(a))
	}
}

// A time's zone may be written as an offset from GMT or UTC ("GMT+7",
// "UTC +07:00", "GMT-0330"), as htmldate's timezone tests state: the
// offset is the zone, not GMT itself.
func TestZoneAsAnOffsetFromGMT(t *testing.T) {
	for _, c := range []struct{ head, byline, want string }{
		{`<meta property="article:published_time" content="2021-03-15 16:14:51 GMT +07:00">`, "", "2021-03-15T16:14:51+07:00"},
		{`<meta property="article:published_time" content="2021-03-15 16:14 UTC+0730">`, "", "2021-03-15T16:14:00+07:30"},
		{`<meta property="article:published_time" content="2021-03-15 16:14 GMT-3">`, "", "2021-03-15T16:14:00-03:00"},
		{"", `<p class="byline">By Jo Doe, March 15, 2021 4:14 pm (GMT+7)</p>`, "2021-03-15T16:14:00+07:00"},
		{"", `<p class="byline">Von Jo Doe, 15. März 2021, 16:14 UTC+1</p>`, "2021-03-15T16:14:00+01:00"},
		{`<meta property="article:published_time" content="2021-03-15 16:14:51 GMT">`, "", "2021-03-15T16:14:51Z"},
	} {
		for tpl, page := range htmldateTemplates(c.head, c.byline) {
			if a := extractPage(t, page); a.PublishedAt != c.want {
				t.Errorf("%s%s, %s: Extract.PublishedAt = %q, want %s", c.head, c.byline, tpl, a.PublishedAt, c.want)
			}
		}
	}
}

// A date element under the headline may show the day without its year,
// or a word, and state the whole date in its tooltip, as htmldate reads a
// date-classed element's title. Only in the byline's area: a teaser's
// tooltip further down is the teaser's.
func TestDateInATooltip(t *testing.T) {
	for _, line := range []string{
		`<p class="byline"><span class="date" title="2018-12-12 10:00">12 Dec</span></p>`,
		`<p><a class="ribbon date" title="12th December 2018" href="/archive/">Archive</a></p>`,
		`<p class="meta"><span class="post-date" title="Wednesday, December 12, 2018">Dec 12</span></p>`,
	} {
		for tpl, page := range htmldateTemplates("", line) {
			if a := extractPage(t, page); day(published(a)) != "2018-12-12" {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want 2018-12-12", line, tpl, published(a))
			}
		}
	}
	for tpl, page := range htmldateTemplates("", "") {
		page = strings.Replace(page, "</body>", `<div class="related"><p><a href="/other">Another story</a> <span class="date" title="2018-12-12">12 Dec</span></p></div></body>`, 1)
		if a := extractPage(t, page); published(a) != "" {
			t.Errorf("teaser below, %s: Extract.PublishedDate = %q, want none", tpl, published(a))
		}
	}
}

// An element whose class names a date and holds a run of digits alone
// dates the page by it, as htmldate's fast parse reads "20170901": the
// class vouches for the digits as a <meta> key does. The same run in an
// element of another class, or among words, is an id as often as a date.
func TestCompactDateInADateElement(t *testing.T) {
	for _, line := range []string{
		`<p class="byline"><span class="date">20170901</span></p>`,
		`<div class="post-datum">201709011234</div>`,
	} {
		for tpl, page := range htmldateTemplates("", line) {
			if a := extractPage(t, page); day(published(a)) != "2017-09-01" {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want 2017-09-01", line, tpl, published(a))
			}
		}
	}
	for _, line := range []string{
		`<p class="byline"><span class="ref">20170901</span></p>`,
		`<p class="byline"><span class="date">Ref. 20170901 of the council</span></p>`,
	} {
		for tpl, page := range htmldateTemplates("", line) {
			if a := extractPage(t, page); published(a) != "" {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want none", line, tpl, published(a))
			}
		}
	}
}

// On a page without a headline, the last resort reads an element named as
// a date by its tooltip when its text has no year, as a word ("<a class=date
// title='12th December 2018'>Archive</a>"), as htmldate does.
func TestShownDateInATooltip(t *testing.T) {
	page := `<html><body><p>Our club meets every week at the harbour hall to plan the summer races.</p>` +
		`<a class="ribbon date" title="12th December 2018" href="/archive/">Archive</a></body></html>`
	if a := extractPage(t, page); day(published(a)) != "2018-12-12" {
		t.Errorf("Extract.PublishedDate = %q, want 2018-12-12", published(a))
	}
	// A tooltip that is no date dates nothing.
	page = strings.Replace(page, "12th December 2018", "See the archive of 2018", 1)
	if a := extractPage(t, page); published(a) != "" {
		t.Errorf("no date in the tooltip: Extract.PublishedDate = %q, want none", published(a))
	}
}
