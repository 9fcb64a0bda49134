package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// Conventions that htmldate (go-htmldate v1.9.1, which go-trafilatura
// runs) reads and this extractor did not: each test fails without its
// rule.

// htmldateTemplates are three article templates around a headline: a
// WordPress post, a news site's story page and a hand-written blog page.
// Each holds no date of its own; head goes into <head>, byline under the
// headline.
func htmldateTemplates(head, byline string) map[string]string {
	var body strings.Builder
	for i := range 5 {
		fmt.Fprintf(&body, "<p>Paragraph %d of the story tells how the council met to decide the future of the ferry that links the harbour to the island.</p>", i)
	}
	return map[string]string{
		"wordpress": `<html lang="en"><head><title>Ferry vote – Harbour Blog</title>` + head + `</head><body class="single-post"><div id="page"><header class="site-header"><a href="/">Harbour Blog</a></header>` +
			`<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Ferry vote</h1>` + byline + `</header><div class="entry-content">` + body.String() + `</div></article></main>` +
			`<footer class="site-footer">Powered by WordPress</footer></div></body></html>`,
		"news": `<html lang="en"><head><title>Ferry vote | The Harbour Times</title>` + head + `</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>` +
			`<div class="story"><h1 class="headline">Ferry vote</h1>` + byline + `<div class="story-body">` + body.String() + `</div></div><aside><h3>Most read</h3><ul><li><a href="/a">A story</a></li></ul></aside></body></html>`,
		"handmade": `<html><head><title>Ferry vote</title>` + head + `</head><body><table><tr><td><h2>Ferry vote</h2>` + byline + body.String() + `</td></tr></table></body></html>`,
	}
}

// A page fetched at an address without its date (an AMP copy, a short
// link, an id in the query) is dated by the address it names as its own:
// <link rel="canonical">, then og:url. htmldate takes the canonical link
// for the page's URL and og:url's date in its meta scan.
func TestDateOfTheAddressThePageNames(t *testing.T) {
	for _, c := range []struct{ name, head, want string }{
		{"canonical /y/m/d/", `<link rel="canonical" href="https://harbour.example/2021/03/15/ferry-vote/">`, "2021-03-15"},
		{"canonical -y-m-d", `<link rel="canonical" href="https://harbour.example/local/ferry-vote-2021-03-15">`, "2021-03-15"},
		{"og:url /y/m/d short", `<meta property="og:url" content="https://harbour.example/blog/2021/3/15/ferry-vote">`, "2021-03-15"},
	} {
		for tpl, page := range htmldateTemplates(c.head, "") {
			a := extractAt(t, page, "https://harbour.example/amp/story?id=8812", Options{})
			if published(a) != c.want || a.Provenance["published_date"] != "url" {
				t.Errorf("%s, %s: Extract.PublishedDate = %q from %q, want %s from the url", c.name, tpl, published(a), a.Provenance["published_date"], c.want)
			}
		}
	}
	// The address the page was fetched at speaks first.
	head := `<link rel="canonical" href="https://harbour.example/2021/03/15/ferry-vote/">`
	for tpl, page := range htmldateTemplates(head, "") {
		if a := extractAt(t, page, "https://harbour.example/2021/03/16/ferry-vote/", Options{}); published(a) != "2021-03-16" {
			t.Errorf("dated address, %s: Extract.PublishedDate = %q, want the fetched address's 2021-03-16", tpl, published(a))
		}
	}
}

// The publication and update <meta> names of htmldate's lists that were
// not read: portals' "ptime" and "publish_time", Open Graph variants.
func TestMetaDateNamesOfHtmldatesLists(t *testing.T) {
	for _, k := range []string{"ptime", "publish_time", "published_time", "publisheddate", "og:pubdate", "og:publish_date", "og:datepublished", "article.created", "video:release_date"} {
		head := `<meta name="` + k + `" content="2021-03-15 10:00:00">`
		for tpl, page := range htmldateTemplates(head, "") {
			if a := extractPage(t, page); published(a)[:min(10, len(published(a)))] != "2021-03-15" {
				t.Errorf("<meta name=%s>, %s: Extract.PublishedDate = %q, want 2021-03-15", k, tpl, published(a))
			}
		}
	}
	for _, k := range []string{"og:modified_time", "modified_time", "updated_time", "article:modified_date", "revision_date"} {
		head := `<meta property="article:published_time" content="2021-03-15T10:00:00Z"><meta property="` + k + `" content="2021-04-02T10:00:00Z">`
		for tpl, page := range htmldateTemplates(head, "") {
			if a := extractPage(t, page); published(a) != "2021-03-15T10:00:00Z" || modified(a) != "2021-04-02T10:00:00Z" {
				t.Errorf("<meta property=%s>, %s: Extract = published %q, modified %q, want 2021-03-15T10:00:00Z and 2021-04-02T10:00:00Z", k, tpl, published(a), modified(a))
			}
		}
	}
}

// A date's <meta> may carry it in a datetime attribute, as <time> does,
// and HTML5 drafts marked the publication with a pubdate attribute.
func TestMetaDateInDatetimeOrPubdate(t *testing.T) {
	for _, head := range []string{
		`<meta itemprop="datePublished" datetime="2021-03-15">`,
		`<meta pubdate="pubdate" content="2021-03-15">`,
	} {
		for tpl, page := range htmldateTemplates(head, "") {
			if a := extractPage(t, page); published(a) != "2021-03-15" {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want 2021-03-15", head, tpl, published(a))
			}
		}
	}
}

// A JSON-LD script with a stray closing brace after its object, or two
// objects side by side without an array, is read value by value, as
// htmldate repairs it.
func TestJSONLDWithTrailingJunk(t *testing.T) {
	for _, ld := range []string{
		`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry vote","datePublished":"2021-03-15T10:00:00Z"}}`,
		`{"@context":"https://schema.org","@type":"WebSite","name":"Harbour"}
		 {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry vote","datePublished":"2021-03-15T10:00:00Z"}`,
	} {
		head := `<script type="application/ld+json">` + ld + `</script>`
		for tpl, page := range htmldateTemplates(head, "") {
			if a := extractPage(t, page); published(a) != "2021-03-15T10:00:00Z" || a.Provenance["published_date"] != "json-ld" {
				t.Errorf("%.40s…, %s: Extract.PublishedAt = %q from %q, want 2021-03-15T10:00:00Z from json-ld", ld, tpl, published(a), a.Provenance["published_date"])
			}
		}
	}
}

// A byline whose date has a two-digit year after the word that
// introduces it, as forum software writes a post's line: "By lupa on
// 26/10/13, 03:48 pm", "Von Hans Müller am 26.10.13". htmldate reads
// "26/10/13" in any text; here only a byline's closing date is read so.
func TestBylineShortYearAfterItsPreposition(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{`<p class="byline">By lupa on 26/10/13, 03:48 pm</p>`, "2013-10-26"},
		{`<p class="byline">by <a href="/u/lupa">lupa</a> on 10/26/13</p>`, "2013-10-26"},
		{`<p>Von Hans Müller am 26.10.13, 15:48</p>`, "2013-10-26"},
		{`<p>Par Jean Dupont le 26/10/13</p>`, "2013-10-26"},
		{`<p>Por Ana Gómez el 26/10/13</p>`, "2013-10-26"},
	} {
		for tpl, page := range htmldateTemplates("", c.line) {
			if a := extractPage(t, page); published(a)[:min(10, len(published(a)))] != c.want {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want %s", c.line, tpl, published(a), c.want)
			}
		}
	}
	// Not after a label: "Updated on 26/10/13" is an update, and a
	// sentence is no byline.
	for _, line := range []string{
		`<p>Updated on 26/10/13</p>`,
		`<p>The council met on 26/10/13 to vote.</p>`,
	} {
		for tpl, page := range htmldateTemplates("", line) {
			if a := extractPage(t, page); published(a) != "" {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want none", line, tpl, published(a))
			}
		}
	}
}

// A page that shows no day is dated by the day its <title> states, as
// press offices, councils and papers title a release or a report;
// htmldate reads the <title> before the page's <time> elements and free
// text. The page's own dates come first, a title without a day dates
// nothing, and a day after the fetch is no publication.
func TestDateInTheTitleAsTheLastResort(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik? – Die Achse", "2020-04-22"},
		{"Ferry vote | Local | The Harbour Times | 23.05.2011", "2011-05-23"},
		{"Turpitude et architecture (Les blogs du Diplo, 21 juin 2018)", "2018-06-21"},
		{"Blogposting 01/23/2020 – Nur mein Standpunkt", "2020-01-23"},
	} {
		for tpl, page := range htmldateTemplates("", "") {
			page = retitle(page, c.title)
			if a := extractPage(t, page); published(a) != c.want || a.Provenance["published_date"] != "title-tag" {
				t.Errorf("<title>%s</title>, %s: Extract.PublishedDate = %q from %q, want %s from title-tag", c.title, tpl, published(a), a.Provenance["published_date"], c.want)
			}
		}
	}
	for _, c := range []struct{ name, title, byline, want string }{
		{"the page's own date first", "Ferry vote | 23.05.2011", `<p class="byline">By Jo Doe, May 25, 2011</p>`, "2011-05-25"},
		{"no day in the title", "The ten best ferries of May 2025", "", ""},
		{"after the fetch", "Ferry timetable from 01.06.2099", "", ""},
	} {
		for tpl, page := range htmldateTemplates("", c.byline) {
			if a := extractPage(t, retitle(page, c.title)); published(a) != c.want {
				t.Errorf("%s, %s: Extract.PublishedDate = %q, want %q", c.name, tpl, published(a), c.want)
			}
		}
	}
}

// retitle gives page the <title> title.
func retitle(page, title string) string {
	i, j := strings.Index(page, "<title>"), strings.Index(page, "</title>")
	return page[:i+len("<title>")] + title + page[j:]
}

// A forum post's line names its poster in lower case, as members sign up,
// in an element the page calls the author's: "<p class=author>von
// <strong>lupa</strong> am 26/10/13, 03:48 pm</p>". The first post's line
// dates the thread, not a later reply's.
func TestForumPostLineWithATwoDigitYear(t *testing.T) {
	post := func(line, text string) string {
		return `<div class="post"><div class="postbody"><div class="head"><h3>Forum rules</h3>` + line + `</div><div class="content"><p>` + text + ` The rules of the forum are there so that everyone can talk in peace, and members who break them are warned.</p></div></div></div>`
	}
	for _, c := range []struct{ name, first, reply, want string }{
		{"forumotion", `<p class="author">von <strong>lupa</strong> am 26/10/13, 03:48 pm</p>`, `<p class="author">von <strong>wolf</strong> am 30/05/14, 11:17 pm</p>`, "2013-10-26"},
		{"english board", `<div class="post-author">by <a href="/u/lupa">lupa</a> on 26/10/13</div>`, `<div class="post-author">by <a href="/u/wolf">wolf</a> on 30/05/14</div>`, "2013-10-26"},
		{"french board", `<span class="author">par <b>lupa</b> le 26/10/13, 15:48</span>`, `<span class="author">par <b>wolf</b> le 30/05/14, 23:17</span>`, "2013-10-26"},
	} {
		page := `<html><head><title>Forum rules</title></head><body><div id="forum"><h1>Forum rules</h1>` +
			post(c.first, "Welcome to the forum.") + post(c.reply, "Thanks for the rules.") + `</div></body></html>`
		if a := extractPage(t, page); published(a)[:min(10, len(published(a)))] != c.want {
			t.Errorf("%s: Extract.PublishedDate = %q from %q, want %s", c.name, published(a), a.Provenance["published_date"], c.want)
		}
	}
}
