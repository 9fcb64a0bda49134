package extractor

import (
	"strings"
	"testing"
	"time"
)

// Conventions of date statements found by probing news and blog pages
// (twenty-fourth session, date28); each page is laid out as real sites lay
// theirs.

// probePage is the page of withByline and pageWithBlocks in lang, with
// head added to its <head>.
func probePage(lang, head, byline string) string {
	page := withHead(withByline(pageWithBlocks("", 4, ""), byline), head)
	return strings.Replace(page, "<html>", `<html lang="`+lang+`">`, 1)
}

// Korean papers set the word of a date after it, as Japanese ones do:
// "2024.03.05 14:20 입력 2024.03.06 09:00 수정" (entered, revised). A line
// that shows only the revision has no known publication date.
func TestKoreanLabelsAfterDate(t *testing.T) {
	for _, c := range []struct{ line, pub, mod string }{
		{"2024.03.05 14:20 입력 2024.03.06 09:00 수정", "2024-03-05", "2024-03-06"},
		{"2024-03-05 14:20 등록 | 2024-03-06 09:00 업데이트", "2024-03-05", "2024-03-06"},
		{"2024.03.06 09:00 수정", "", "2024-03-06"},
		{"입력 2024.03.05 14:20 수정 2024.03.06 09:00", "2024-03-05", "2024-03-06"}, // labels before, as before
	} {
		a := extractAt(t, probePage("ko", "", "<p>"+c.line+"</p>"), "https://news.example.kr/article/123", Options{})
		if published(a)[:min(10, len(published(a)))] != c.pub || !hasDayPrefix(modified(a), c.mod) || c.mod == "" && modified(a) != "" {
			t.Errorf("%s: published %q modified %q, want %q and %q", c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// Microdata's dateCreated on any element (a <span>'s content, its text)
// dates a page that states no datePublished, as JSON-LD's does; a
// comment's dateCreated, nested in the post or standing alone, does not.
func TestMicrodataDateCreated(t *testing.T) {
	for _, c := range []struct{ name, byline, want string }{
		{"span content", `<div itemscope itemtype="https://schema.org/Article"><span itemprop="dateCreated" content="2024-03-05T10:00:00+01:00">5 March</span></div>`, "2024-03-05T10:00:00+01:00"},
		{"beside datePublished", `<div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2024-03-04"><span itemprop="dateCreated" content="2024-03-05T10:00:00+01:00">5 March</span></div>`, "2024-03-04"},
		{"comment nested", `<div itemscope itemtype="https://schema.org/BlogPosting"><p>Text</p><div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="dateCreated" content="2024-03-05">x</span></div></div>`, ""},
		{"comment alone", `<div itemscope itemtype="https://schema.org/Comment"><span itemprop="dateCreated" content="2024-03-05">x</span></div>`, ""},
	} {
		a := extractAt(t, probePage("en", "", c.byline), "https://news.example/story", Options{})
		if published(a) != c.want {
			t.Errorf("%s: published %q (%s), want %q", c.name, published(a), a.Provenance["published_date"], c.want)
		}
	}
}

// Script-built pages write JSON-LD dates as epochs, in seconds or
// milliseconds.
func TestJSONLDEpochDate(t *testing.T) {
	for _, v := range []string{"1709632800", "1709632800000"} {
		head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","datePublished":` + v + `,"dateModified":` + v + `}</script>`
		a := extractAt(t, probePage("en", head, ""), "https://news.example/story", Options{})
		if published(a) != "2024-03-05T10:00:00Z" || a.Provenance["published_date"] != "json-ld" {
			t.Errorf("datePublished %s: published %q (%s), want 2024-03-05T10:00:00Z from json-ld", v, published(a), a.Provenance["published_date"])
		}
	}
}

// A JSON-LD Blog lists its posts under blogPost: the entry that names the
// page's address is the page's; its siblings are other pages.
func TestBlogPostOfThePage(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"Blog","name":"A blog","url":"https://blog.example","blogPost":[
		{"@type":"BlogPosting","headline":"Another story","url":"https://blog.example/post/other","datePublished":"2024-01-02T08:00:00Z"},
		{"@type":"BlogPosting","headline":"A story","datePublished":"2024-03-05T10:00:00Z","dateModified":"2024-03-06T09:00:00Z","mainEntityOfPage":{"@type":"WebPage","@id":"https://blog.example/post/a-story"}}]}</script>`
	a := extractAt(t, probePage("en", head, ""), "https://blog.example/post/a-story", Options{})
	if published(a) != "2024-03-05T10:00:00Z" || modified(a) != "2024-03-06T09:00:00Z" {
		t.Errorf("the page's post: published %q modified %q, want 2024-03-05T10:00:00Z and 2024-03-06T09:00:00Z", published(a), modified(a))
	}
	for _, u := range []string{"https://blog.example/post/third", "https://blog.example/"} {
		if a := extractAt(t, probePage("en", head, ""), u, Options{}); published(a) != "" {
			t.Errorf("%s: published %q, want none (the blog's other posts)", u, published(a))
		}
	}
}

// Thai pages write the Buddhist era's year with two digits after an
// abbreviated month ("5 มี.ค. 67" is 2024-03-05); Taiwan writes the
// Republic's year without the era's name ("113年3月5日").
func TestShortEraYears(t *testing.T) {
	thai := map[string]string{"5 มี.ค. 67": "2024-03-05", "5 มี.ค. 67 14:20 น.": "2024-03-05", "16 พ.ค. 2567": "2024-05-16",
		"5 มี.ค. 14:20": ""} // a time after the month is no year
	for in, want := range thai {
		w, ok := parseDate(in, true)
		if got := w.format(nil); ok != (want != "") || ok && !strings.HasPrefix(got, want) {
			t.Errorf("parseDate(%q) = %s, %v; want %q", in, got, ok, want)
		}
	}
	for _, line := range []string{"113年3月5日", "113年3月5日 14:20"} {
		a := extractAt(t, probePage("zh-TW", "", "<p>"+line+"</p>"), "https://news.example.tw/story", Options{})
		if !hasDayPrefix(published(a), "2024-03-05") {
			t.Errorf("%s: published %q, want 2024-03-05", line, published(a))
		}
	}
}

// A post's age in compact form beside its author ("Jane Doe · 3h") and
// "1 week ago" date it against the fetch time, as "3 hours ago" does.
func TestCompactAgo(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"By Jane Doe · 3h", "2024-05-20"},
		{"By Jane Doe · 2d", "2024-05-18"},
		{"Jane Doe | 1w", "2024-05-13"},
		{"1 week ago", "2024-05-13"},
		{"By Jane Doe · 3w", ""}, // older than maxAgo
		{"By Jane Doe · 3D", ""},
	} {
		if got := fetchedPublished(t, c.line, probeFetched); got != c.want {
			t.Errorf("%s: published %q, want %q", c.line, got, c.want)
		}
	}
}

// probeFetched is when the probe pages of relative dates were fetched.
var probeFetched = time.Date(2024, 5, 20, 12, 0, 0, 0, time.UTC)

// fetchedPublished is the publication date of an English page whose
// byline is line, fetched at fetched (zero: unknown).
func fetchedPublished(t *testing.T, line string, fetched time.Time) string {
	t.Helper()
	return published(extractAt(t, probePage("en", "", "<p>"+line+"</p>"), "https://news.example/story", Options{FetchedAt: fetched}))
}

// Blog platforms print this year's posts without the year on the meta
// line that a reading time closes ("Jane Doe · May 16 · 3 min read") or,
// on Medium, opens ("3 min read · May 16"): the year is the fetch's, none
// for a day ahead of the fetch.
func TestReadingTimeDayWithoutYear(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Jane Doe · May 16 · 3 min read", "2024-05-16"},
		{"16 May · 3 min read", "2024-05-16"},
		{"3 min read · May 16", "2024-05-16"}, // Medium's order
		{"3 min read · Round 16", ""},
		{"Dec 16 · 3 min read", ""},
		{"Health, Science · 4 min read", ""},
	} {
		got, without := fetchedPublished(t, c.line, probeFetched), fetchedPublished(t, c.line, time.Time{})
		if got != c.want || without != "" {
			t.Errorf("%s: published %q, without the fetch time %q; want %q, none", c.line, got, without, c.want)
		}
	}
}
