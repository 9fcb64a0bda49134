package extractor

import (
	"strings"
	"testing"
	"time"
)

// Each source of a publication date, alone on a page: the date is found and
// provenance names the source.
func TestDateSources(t *testing.T) {
	body := func(head, top string) string {
		p := pageWithBlocks(top, 4, "")
		return strings.Replace(p, "<head>", "<head>"+head, 1)
	}
	cases := []struct {
		name, page, url, want, src string
	}{
		{"json-ld", body(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00+01:00"}</script>`, ""), "", "2024-03-05T10:00:00+01:00", "json-ld"},
		{"json-ld @graph", body(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2024-03-06"}]}</script>`, ""), "", "2024-03-06", "json-ld"},
		{"microdata", body("", `<span itemprop="datePublished" content="2024-03-07">7 March</span>`), "", "2024-03-07", "microdata"},
		{"opengraph article:*", body(`<meta property="article:published_time" content="2024-03-08T08:00:00Z">`, ""), "", "2024-03-08T08:00:00Z", "meta:article"},
		{"citation_*", body(`<meta name="citation_publication_date" content="2024/03/09">`, ""), "", "2024-03-09", "meta:name"},
		{"dublin core", body(`<meta name="DC.date.issued" content="2024-03-10">`, ""), "", "2024-03-10", "meta:dc"},
		// Highwire's other two keys (Google Scholar reads either when
		// citation_publication_date is missing), and Dublin Core's plain
		// date and creation date, each alone.
		{"citation_date", body(`<meta name="citation_date" content="2024/03/01">`, ""), "", "2024-03-01", "meta:name"},
		{"citation_online_date", body(`<meta name="citation_online_date" content="2024/03/02">`, ""), "", "2024-03-02", "meta:name"},
		{"dublin core DC.date", body(`<meta name="DC.date" content="2024-03-03">`, ""), "", "2024-03-03", "meta:dc"},
		{"dublin core dcterms.created", body(`<meta name="dcterms.created" content="2024-03-04">`, ""), "", "2024-03-04", "meta:dc"},
		{"parsely", body(`<meta name="parsely-pub-date" content="2024-03-11T09:00:00Z">`, ""), "", "2024-03-11T09:00:00Z", "meta:parsely"},
		{"sailthru", body(`<meta name="sailthru.date" content="2024-03-12">`, ""), "", "2024-03-12", "meta:sailthru"},
		{"time element", pageWithBlocks("", 4, `<footer><time datetime="2024-03-13">13 March</time></footer>`), "", "2024-03-13", "time-element"},
		{"date-classed element", body("", `<div class="post-date">14 March 2024</div>`), "", "2024-03-14", "visible-text"},
		{"byline text", body("", ""), "", "2024-03-15", "byline-text"},
		{"dateline text", body("", `<p>发布时间：2024-03-16 来源：新华社</p>`), "", "2024-03-16", "visible-text"},
		{"url path", body("", ""), "https://news.example/2024/03/17/story", "2024-03-17", "url"},
		{"url path, day first", body("", ""), "https://news.example/newsroom/19-03-2024-story/17-378.html", "2024-03-19", "url"},
		{"kicker above the headline", body("", `<p class="category">20. März 2024 | <a href="/presse">Pressemitteilungen</a></p>`), "", "2024-03-20", "visible-text"},
		{"dateline after the site's name", body("", `<p>网易商业报道 http://biz.163.com 2024-03-25 17:02:30 来源: 21世纪经济报道</p>`), "", "2024-03-25", "visible-text"},
		{"dateline before a bracketed author", body("", `<p>BUSINESS.SOHU.COM 2024年3月26日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]</p>`), "", "2024-03-26", "visible-text"},
		{"dateline of a portal, time and 更新", body("", `<p>一个标题 2024-03-27 08:13更新 来源：转载文章</p>`), "", "2024-03-27", "visible-text"},
		{"dateline opening the first paragraph", body("", ""), "", "2024-03-28", "visible-text"},
		{"dateline with a dash", body("", `<p>21.03.2024 10:16 Uhr - Bundesliga - PM Vereine</p>`), "", "2024-03-21", "visible-text"},
		{"byline sentence, de", body("", ""), "", "2024-03-22", `Erstellt von <a href="/author/f">Fabian</a> am Freitag 22. März 2024`},
		{"byline sentence, drupal", body("", ""), "", "2024-03-23", `Gespeichert von rasos am 23. März 2024 - 18:55`},
		{"byline sentence, en", body("", ""), "", "2024-03-24", `Submitted by Joanna Smith on Sun, 24 March 2024 - 10:00`},
		{"script data", body(`<script>window.__STATE__={"publishedAt":"2024-03-18T07:00:00Z"}</script>`, ""), "", "2024-03-18T07:00:00Z", "script-data"},
	}
	for _, c := range cases {
		page := c.page
		if c.name == "byline text" {
			page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1><p>By Jane Doe | March 15, 2024</p>", 1)
		}
		if c.name == "dateline opening the first paragraph" {
			page = strings.Replace(page, "<p>Paragraph 0", "<p><strong>(28.03.2024)</strong> Farmers fear the swine fever that has reached the border, and the ministry answers with a plan.</p><p>Paragraph 0", 1)
		}
		if strings.HasPrefix(c.name, "byline sentence") {
			page = strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1><p>"+c.src+"</p>", 1)
			c.src = "byline-text"
		}
		u := c.url
		if u == "" {
			u = "https://news.example/story"
		}
		a, err := Extract([]byte(page), u, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if published(a) != c.want || a.Provenance["published_date"] != c.src {
			t.Errorf("%s: Extract.PublishedAt = %q from %q, want %q from %q", c.name, published(a), a.Provenance["published_date"], c.want, c.src)
		}
	}
}

// The URL's date is read from the page's address, not from <base href>,
// which often points at the site's root.
func TestURLDateNotFromBase(t *testing.T) {
	page := strings.Replace(pageWithBlocks("", 4, ""), "<head>", `<head><base href="https://news.example/">`, 1)
	a := extractAt(t, page, "https://news.example/Meldung/2022/20220124-story.html", Options{})
	if published(a) != "2022-01-24" || a.Provenance["published_date"] != "url" {
		t.Errorf("Extract.PublishedAt = %q from %q, want 2022-01-24 from the URL", published(a), a.Provenance["published_date"])
	}
}

// A modification date is gathered from its own keys.
func TestModifiedSources(t *testing.T) {
	for _, head := range []string{
		`<meta property="article:modified_time" content="2024-04-02">`,
		`<meta name="dcterms.modified" content="2024-04-02">`,
		`<script type="application/ld+json">{"@type":"Article","dateModified":"2024-04-02"}</script>`,
	} {
		page := strings.Replace(pageWithBlocks("", 4, ""), "<head>", `<head><meta property="article:published_time" content="2024-04-01">`+head, 1)
		a := extractPage(t, page)
		if published(a) != "2024-04-01" || modified(a) != "2024-04-02" {
			t.Errorf("%s: published %q modified %q, want 2024-04-01 and 2024-04-02", head, published(a), modified(a))
		}
	}
}

// Dates the crawl knows from a news sitemap or a feed are candidates under
// their source: one gives the date of a page that states none, favours the
// page's statement it agrees with, and yields to a page statement that
// disagrees.
func TestKnownDates(t *testing.T) {
	cest := time.FixedZone("", 2*3600)
	withHead := func(head string) string {
		return strings.Replace(pageWithBlocks("", 4, ""), "<head>", "<head>"+head, 1)
	}
	cases := []struct {
		name, page string
		known      []KnownDate
		wantPub    string
		pubSrc     string
		wantMod    string
	}{
		{"sitemap, page without a date", pageWithBlocks("", 4, ""),
			[]KnownDate{{Source: "sitemap", Published: time.Date(2024, 3, 5, 10, 0, 0, 0, cest)}}, "2024-03-05T10:00:00+02:00", "sitemap", ""},
		{"feed, date only", pageWithBlocks("", 4, ""),
			[]KnownDate{{Source: "feed", Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}}, "2024-03-05", "feed", ""},
		{"feed, UTC time", pageWithBlocks("", 4, ""),
			[]KnownDate{{Source: "feed", Published: time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)}}, "2024-03-05T09:00:00Z", "feed", ""},
		{"agrees with the page's second statement",
			withHead(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-01-01"}</script><meta property="article:published_time" content="2024-03-05T08:00:00Z">`),
			[]KnownDate{{Source: "sitemap", Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}}, "2024-03-05T08:00:00Z", "meta:article", ""},
		{"the page disagrees", withHead(`<meta property="article:published_time" content="2024-03-05T08:00:00Z">`),
			[]KnownDate{{Source: "feed", Published: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)}}, "2024-03-05T08:00:00Z", "meta:article", ""},
		{"agrees with the byline against the page's statement",
			strings.Replace(withHead(`<meta property="article:published_time" content="2019-01-01T08:00:00Z">`), "<h1>A story</h1>",
				"<h1>A story</h1><p>By Jane Doe | March 5, 2024</p><p>Updated April 1, 2024</p>", 1),
			[]KnownDate{{Source: "sitemap", Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}}, "2024-03-05", "byline-text", "2024-04-01"},
		{"in the future: not the page's", pageWithBlocks("", 4, ""),
			[]KnownDate{{Source: "sitemap", Published: time.Now().AddDate(1, 0, 0)}}, "", "", ""},
	}
	for _, c := range cases {
		a := extractAt(t, c.page, "https://news.example/story", Options{KnownDates: c.known})
		if published(a) != c.wantPub || a.Provenance["published_date"] != c.pubSrc {
			t.Errorf("%s: Extract.PublishedAt = %q from %q, want %q from %q", c.name, published(a), a.Provenance["published_date"], c.wantPub, c.pubSrc)
		}
		if modified(a) != c.wantMod {
			t.Errorf("%s: Extract.ModifiedAt = %q, want %q", c.name, modified(a), c.wantMod)
		}
	}
}

// The <meta> names of htmldate's list that CMSs and news sites use beside
// the common ones: BBC's OriginalPublicationDate, DisplayDate, WordPress
// themes' article:post_date, CNN's article_date_original.
func TestMoreMetaDateNames(t *testing.T) {
	for _, c := range []struct{ head, pub, mod string }{
		{`<meta name="OriginalPublicationDate" content="2012/07/24 02:58:07">`, "2012-07-24", ""},
		{`<meta name="DisplayDate" content="2012-11-12">`, "2012-11-12", ""},
		{`<meta property="article:post_date" content="2024-03-05T10:00:00+01:00">`, "2024-03-05T10:00:00+01:00", ""},
		{`<meta name="article_date_original" content="Wednesday, October 31, 2012, 11:54 AM">`, "2012-10-31", ""},
		{`<meta name="DC.created" content="2012-11-05"><meta name="DC.modified" content="2012-11-06">`, "2012-11-05", "2012-11-06"},
		{`<meta name="analyticsAttributes.articleDate" content="2019-11-19T21:57:01+0000">`, "2019-11-19T21:57:01Z", ""},
	} {
		a := extractAt(t, withHead(pageWithBlocks("", 4, ""), c.head), "https://news.example/story", Options{})
		if published(a) != c.pub || modified(a) != c.mod {
			t.Errorf("Extract(%s) = published %q modified %q, want %q %q", c.head, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// A CMS that writes its publication time into a script variable
// ("var pubtime = …", Chinese portals' templates) states it as a JSON key
// does.
func TestScriptVariableDate(t *testing.T) {
	for _, script := range []string{
		`var pubtime = "2024-05-16 10:00";`,
		`var publish_time='2024-05-16 10:00:00', site = "x";`,
	} {
		page := withHead(pageWithBlocks("", 4, ""), "<script>"+script+"</script>")
		a := extractAt(t, page, "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), "2024-05-16") {
			t.Errorf("%s: Extract.PublishedAt = %q, want 2024-05-16", script, published(a))
		}
	}
}
