package extractor

import (
	"bytes"
	"fmt"
	"html"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

// Fuzz targets for the extractor's newer code: the date candidates and
// their choice, language detection, the HTML sanitiser, the Markdown body
// and charset decoding. They go through Extract where the property is the
// Article's, so that they follow the code as it is refactored. Extract
// turns a panic into an "internal error": each target fails on one.

// benchSeeds adds the n smallest pages of the shared benchmark set (its
// html/ folder, gzipped or not) as seeds, when the folder is there: real
// pages, small enough for the fuzzer to mutate many times a second.
func benchSeeds(add func([]byte), set string, n int) {
	files, _ := filepath.Glob(filepath.Join("../../shared/benchmarks", set, "html", "*"))
	var pages [][]byte
	for _, f := range files {
		if b, err := sharedpages.ReadPage(strings.TrimSuffix(f, ".gz")); err == nil {
			pages = append(pages, b)
		}
	}
	slices.SortFunc(pages, func(a, b []byte) int { return len(a) - len(b) })
	for _, b := range pages[:min(n, len(pages))] {
		add(b)
	}
}

// noInternalError fails t when Extract recovered from a panic.
func noInternalError(t *testing.T, err error, input any) {
	t.Helper()
	if err != nil && strings.Contains(err.Error(), "internal error") {
		t.Fatalf("Extract(%q): %v", input, err)
	}
}

// datePage is an article page with the fuzzed date statements in the
// places the date candidates come from: meta, JSON-LD, <time>, a byline
// line under the headline, a dateline in the body.
func datePage(pub, mod, shown, lang string) []byte {
	esc := html.EscapeString
	js := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "<", `\u003c`, "\n", `\n`).Replace
	para := strings.Repeat("The council met on Tuesday to discuss the harbour plan and the ferry timetable for the winter. ", 4)
	return []byte(fmt.Sprintf(`<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>Harbour plan</title>
<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">
<meta name="date" content="%s">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan","datePublished":"%s","dateModified":"%s"}</script>
</head><body><article><h1>Harbour plan</h1><p class="byline">By Ada Reporter | %s</p><time datetime="%s">%s</time>
<p>%s</p><p>%s %s</p><p>%s</p></article></body></html>`,
		esc(lang), esc(pub), esc(mod), esc(shown), js(pub), js(mod), esc(shown), esc(pub), esc(shown), para, esc(shown), para, para))
}

// FuzzDates checks the plausibility rules on whatever dates a page
// states, and on the publication date the crawl knows from a news
// sitemap (Options.KnownDates, any instant from 1990 to 2100): no
// publication or modification date before 1995 or after the fetch time (a
// day of slack for zones), PublishedAt on PublishedDate's day, and no
// modification before the publication.
func FuzzDates(f *testing.F) {
	for _, s := range [][3]string{
		{"2024-03-05T10:00:00Z", "2024-03-06T08:00:00+01:00", "Published 5 March 2024"},
		{"2018-12-31T23:11:59Z", "2018-01-01", "Updated: 01/25/26"},
		{"Tue, 05 Mar 2024 10:00:00 GMT", "", "5 марта 2024"},
		{"", "2024-03-05", "发布时间：2005年3月11日12:12 来源：新华社"},
		{"1994-12-31", "2099-01-01", "٥ مارس ٢٠٢٤"},
		{"2024년 3월 5일", "", "ngày 5 tháng 3 năm 2024"},
		{"1700000000", "2023-11-14T22:13:20.000+0000", "Datum: 03.11.21"},
		{"2024-02-30", "24-03-05", "This article was originally published on May 3, 2019."},
	} {
		f.Add(s[0], s[1], s[2], "en", since1990(1764547200), int64(0)) // fetched 2025-12-01
	}
	f.Add("2025-12-02T01:00:00+14:00", "2025-12-03", "December 2, 2025", "de", since1990(1764547200), since1990(1709632800))
	f.Add("", "", "", "en", since1990(1764547200), since1990(4102444799)) // known on the last day of 2099
	f.Add("", "2024-03-06", "", "en", since1990(1764547200), since1990(1709596800))
	f.Add("Juli", "", "Stand: 09.10.2017", "de", since1990(1764547200), int64(1))              // headless, known in 1990
	f.Add("", "", "vor 3 Tagen", "de", since1990(788918400), int64(2))                         // a relative date, fetched 1995-01-01
	f.Add("", "", "Mi, 12.03.24", "de", since1990(1764547200), int64(0))                       // a weekday before a short year
	f.Add("", "", "Pressemitteilung vom 12. März 2024", "de", since1990(1764547200), int64(0)) // a document-kind label
	f.Add("", "", "Zuletzt geändert am 12.03.2024", "de", since1990(1764547200), int64(0))     // an edit label
	f.Add("", "", "नई दिल्ली, 12 मार्च 2024।", "hi", since1990(1764547200), int64(0))          // a dateline ended by a danda
	f.Add("", "", "ঢাকা, ১২ মার্চ ২০২৪।", "bn", since1990(1764547200), int64(0))               // Bengali digits
	f.Add("", "", "۰۲/۱۲/۲۲ - ۱۰:۱۵", "fa", since1990(1764547200), int64(0))                   // a two-digit Solar year
	f.Add("", "", "Tháng 3 12, 2024", "vi", since1990(1764547200), int64(0))                   // a numbered month first
	f.Fuzz(func(t *testing.T, pub, mod, shown, lang string, fetchedUnix, knownUnix int64) {
		// From 1990 to 2100: the page's dates are judged against it.
		span := func(u int64) time.Time { return time.Unix(epoch1990+(u%3471292800+3471292800)%3471292800, 0) }
		fetched := span(fetchedUnix).UTC()
		var known []KnownDate
		if knownUnix != 0 {
			known = []KnownDate{{Source: "sitemap", Published: span(knownUnix).In(time.FixedZone("", int(knownUnix%50400)))}}
		}
		page := datePage(pub, mod, shown, lang)
		if knownUnix%2 != 0 {
			// No headline: a page without a date near it is read by the
			// shown-day fallback (dateshown.go).
			page = bytes.Replace(page, []byte("<h1>Harbour plan</h1>"), nil, 1)
		}
		pageURL := "https://news.example/2024/03/05/harbour-plan"
		if knownUnix%4 == 2 {
			// No date in the URL: a relative date is read last.
			pageURL = "https://news.example/harbour-plan"
		}
		a, err := Extract(page, pageURL, Options{FetchedAt: fetched, KnownDates: known})
		noInternalError(t, err, [3]string{pub, mod, shown})
		if err != nil {
			return
		}
		latest := fetched.Add(futureSlack)
		day := func(field, s string) (time.Time, bool) {
			if s == "" {
				return time.Time{}, false
			}
			d, err := time.Parse("2006-01-02", s)
			if err != nil {
				t.Fatalf("%s = %q, not YYYY-MM-DD (dates %q %q %q)", field, s, pub, mod, shown)
			}
			if d.Year() < earliestYear || d.After(latest) {
				t.Fatalf("%s = %q, not between %d and the fetch time %s (dates %q %q %q)", field, s, earliestYear, fetched.Format(time.RFC3339), pub, mod, shown)
			}
			return d, true
		}
		instant := func(field, s, date string) (time.Time, bool) {
			if s == "" {
				return time.Time{}, false
			}
			at, err := time.Parse(time.RFC3339, s)
			if err != nil {
				t.Fatalf("%s = %q, not RFC 3339 (dates %q %q %q)", field, s, pub, mod, shown)
			}
			if !strings.HasPrefix(s, date) {
				t.Fatalf("%s = %q, not on the day %q (dates %q %q %q)", field, s, date, pub, mod, shown)
			}
			if at.After(latest) {
				t.Fatalf("%s = %q, after the fetch time %s (dates %q %q %q)", field, s, fetched.Format(time.RFC3339), pub, mod, shown)
			}
			return at, true
		}
		pd, hasPD := day("PublishedDate", a.PublishedDate)
		md, hasMD := day("ModifiedDate", a.ModifiedDate)
		pa, hasPA := instant("PublishedAt", a.PublishedAt, a.PublishedDate)
		ma, hasMA := instant("ModifiedAt", a.ModifiedAt, a.ModifiedDate)
		if hasPA && hasMA && ma.Before(pa) || !(hasPA && hasMA) && hasPD && hasMD && md.Before(pd) {
			t.Fatalf("modified %q %q before published %q %q (dates %q %q %q)", a.ModifiedDate, a.ModifiedAt, a.PublishedDate, a.PublishedAt, pub, mod, shown)
		}
	})
}

// epoch1990 is 1990-01-01 as a Unix time. FuzzDates takes its times as
// seconds since then: since1990 turns a Unix time into one.
const epoch1990 = 631152000

func since1990(unix int64) int64 { return unix - epoch1990 }

// languageTag is what Article.Language may be: a primary language subtag,
// Chinese with its script.
var languageTag = regexp.MustCompile(`^(?:[a-z]{2,3}|zh-Hans|zh-Hant)$`)

// FuzzLanguage: any declared language and any text give no language or a
// well-formed tag.
func FuzzLanguage(f *testing.F) {
	for _, s := range [][2]string{
		{"en-GB", "The council met on Tuesday to discuss the harbour plan."},
		{"zh", "这是一篇关于房产投资的新闻报道，内容足够长，可以作为正文来阅读。"},
		{"zh-TW", "這是一篇關於房產投資的新聞報導，內容足夠長，可以作為正文來閱讀。"},
		{"ru", "Совет собрался во вторник, чтобы обсудить план гавани."},
		{"uk", "Рада зібралася у вівторок, щоб обговорити план гавані."},
		{"", "مجلس المدينة اجتمع يوم الثلاثاء لمناقشة خطة الميناء."},
		{"x-klingon", "日本語のニュース記事です。港の計画について議論しました。"},
		{"sr-Latn", "Savet se sastao u utorak da razgovara o planu luke."},
		{"hi", "परिषद ने बंदरगाह योजना पर चर्चा करने के लिए मंगलवार को बैठक की।"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, lang, text string) {
		page := fmt.Sprintf(`<html lang="%s"><head><meta http-equiv="content-language" content="%s"><title>x</title></head><body><article><h1>%s</h1><p>%s</p><p>%s</p><p>%s</p></article></body></html>`,
			html.EscapeString(lang), html.EscapeString(lang), html.EscapeString(text), html.EscapeString(text), html.EscapeString(text), html.EscapeString(text))
		a, err := Extract([]byte(page), "https://news.example/a/1", Options{})
		noInternalError(t, err, [2]string{lang, text})
		if err == nil && a.Language != "" && !languageTag.MatchString(a.Language) {
			t.Fatalf("Extract(lang %q, text %q).Language = %q, not a primary language subtag", lang, text, a.Language)
		}
	})
}

// unsafeElements never reach the html field.
var unsafeElements = map[string]bool{
	"script": true, "style": true, "iframe": true, "frame": true, "frameset": true, "object": true, "embed": true,
	"form": true, "input": true, "button": true, "textarea": true, "select": true, "svg": true, "math": true,
	"link": true, "meta": true, "base": true, "template": true, "applet": true,
}

// FuzzSanitize: whatever the body readability found, the rendered html
// field holds no element that runs, styles, submits or embeds, no event
// handler, style, class or id attribute, and only http, https, mailto and
// file URLs.
func FuzzSanitize(f *testing.F) {
	f.Add([]byte(`<p onclick="x()">a <a href="javascript:alert(1)">b</a> <img src="data:image/png;base64,AAAA" onerror=x><script>x</script><svg><a xlink:href="javascript:x">c</a></svg></p>`))
	f.Add([]byte(`<form action="/x"><input name=q></form><iframe src="https://evil.example"></iframe><a href="  JaVaScRiPt:x">d</a><a href="java&#x09;script:x">e</a>`))
	f.Add([]byte(`<math><mi xlink:href="javascript:x">f</mi></math><style>p{}</style><p style="x" class="y" id="z">g</p><noscript><p>h</p></noscript><template><p>i</p></template>`))
	for _, c := range goldenCases(f) {
		f.Add(c.page)
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		page, _ = decode(page, "") // as Extract does before it parses
		doc, err := xhtml.Parse(bytes.NewReader(page))
		if err != nil {
			return
		}
		body := findElement(doc, "body")
		if body == nil {
			return
		}
		out := renderBody(body)
		if !utf8.ValidString(out) {
			t.Fatalf("renderBody = %q: not UTF-8", out)
		}
		checkSanitized(t, out)
	})
}

func checkSanitized(t *testing.T, out string) {
	t.Helper()
	z := xhtml.NewTokenizer(strings.NewReader(out))
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			return
		}
		if tt != xhtml.StartTagToken && tt != xhtml.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if unsafeElements[tok.Data] {
			t.Fatalf("sanitised body has <%s>: %q", tok.Data, out)
		}
		for _, at := range tok.Attr {
			k := strings.ToLower(at.Key)
			if strings.HasPrefix(k, "on") || k == "style" || k == "class" || k == "id" {
				t.Fatalf("sanitised body has the attribute %s: %q", at.Key, out)
			}
			if k == "href" || k == "src" || k == "cite" {
				scheme, _, found := strings.Cut(strings.ToLower(strings.TrimSpace(at.Val)), ":")
				if !found || strings.ContainsAny(scheme, "/?#") {
					continue // no scheme: relative (only where bluemonday allows it)
				}
				switch scheme {
				case "http", "https", "mailto", "file":
				default:
					t.Fatalf("sanitised body has %s=%q: %q", at.Key, at.Val, out)
				}
			}
		}
	}
}

func findElement(n *xhtml.Node, name string) *xhtml.Node {
	if n.Type == xhtml.ElementNode && n.Data == name {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, name); f != nil {
			return f
		}
	}
	return nil
}

// FuzzMarkdown: the Markdown body of any page is valid UTF-8, and asking
// for it changes neither the text nor the HTML.
func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("<html><body><article><h1>x</h1><p>a <b>b</b> <a href='/c'>c</a></p><table><tr><td>|</td><td>*</td></tr></table><pre>```\n</pre><ul><li>1. <del>d</del></li></ul></article></body></html>"), "https://news.example/a")
	for _, c := range goldenCases(f) {
		f.Add(c.page, c.url)
	}
	benchSeeds(func(b []byte) { f.Add(b, "https://news.example/a") }, "scrapinghub", 3)
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		all, err := Extract(page, pageURL, Options{Body: BodyText | BodyHTML | BodyMarkdown})
		noInternalError(t, err, pageURL)
		if err != nil {
			return
		}
		if !utf8.ValidString(all.Markdown) {
			t.Fatalf("Extract(%q).Markdown is not UTF-8: %q", pageURL, all.Markdown)
		}
		if all.HTML != "" && strings.TrimSpace(all.Markdown) == "" && strings.TrimSpace(all.Text) != "" {
			t.Fatalf("Extract(%q): text %q but no Markdown", pageURL, all.Text)
		}
		def, err := Extract(page, pageURL, Options{})
		if err != nil || def.Text != all.Text || def.HTML != all.HTML {
			t.Fatalf("Extract(%q): the Markdown form changed the text or the HTML (err %v)", pageURL, err)
		}
	})
}

// FuzzDecode: whatever the bytes and the Content-Type say, the page
// decodes to valid UTF-8 (GBK user-defined pairs included).
func FuzzDecode(f *testing.F) {
	f.Add([]byte("<html><head><meta charset=\"gbk\"></head><body><p>\xD6\xD0\xAA\xA1\xA1\x40\x81\x30\x81\x30\xFE\xFE\xF8</p></body></html>"), "text/html")
	f.Add([]byte("<meta http-equiv=Content-Type content='text/html; charset=gb2312'>\xC4\xE3\xBA\xC3"), "")
	f.Add([]byte("\xEF\xBB\xBF<p>utf-8 with a BOM</p>"), "text/html; charset=windows-1252")
	f.Add([]byte("\xFF\xFE<\x00p\x00>\x00"), "text/html; charset=utf-16")
	f.Add([]byte("<p>caf\xE9</p>"), "text/html; charset=\"iso-8859-1\"")
	benchSeeds(func(b []byte) { f.Add(b, "text/html") }, "zh-cwced", 5)
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		out, name := decode(page, contentType)
		if !utf8.Valid(out) {
			t.Fatalf("decode(%q, %q) = %q (%s): not UTF-8", page, contentType, out, name)
		}
	})
}
