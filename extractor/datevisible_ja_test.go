package extractor

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// metaLinePage is a news page of lang whose line under the headline is
// line, in a <div> that no class calls a date, as many templates set it.
func metaLinePage(lang, line string) string {
	p := newsPages[slices.IndexFunc(newsPages, func(p newsPage) bool { return p.lang == lang })]
	body := ""
	for range 6 {
		body += "<p>" + p.sentence + "</p>\n"
	}
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Headline – Site</title></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>Headline</h1>` +
		`<div class="meta">` + line + `</div>` + body + `</article></main><footer>© 2024 Site</footer></body></html>`
}

// A Japanese label that follows its date names the date's kind: a date
// "更新" follows is the update's, and a page that shows only that has no
// known publication date. Chinese portals print "… 更新" as their
// dateline, which stays the publication's.
func TestJapaneseLabelAfterDate(t *testing.T) {
	for _, c := range []struct{ lang, line, pub, mod string }{
		{"ja", "2024年5月17日 08:00 更新", "", "2024-05-17"},
		{"ja", "2024年5月16日 10:00 公開 / 2024年5月17日 08:00 更新", "2024-05-16", "2024-05-17"},
		{"ja", "2024年5月16日 10:00 公開（2024年5月17日 08:00 更新）", "2024-05-16", "2024-05-17"},
		{"ja", "2024/05/16 10:00 配信 | 2024/05/17 08:00 更新", "2024-05-16", "2024-05-17"},
		{"ja", "2024年5月16日 10:00 配信", "2024-05-16", ""},
		{"ja", "2024/05/17 08:00 最終更新", "", "2024-05-17"}, // "last updated", a label of splitLabels
		{"ja", "2024/05/16 10:00 公開 | 2024/05/17 08:00 最終更新", "2024-05-16", "2024-05-17"},
		{"ja", "2024/5/16 10:00（最終更新 5/17 08:00）", "2024-05-16", "2024-05-17"}, // the label before its date, the year the publication's (yearlessUpdate)
		{"ja", "更新日：2024年5月17日", "", "2024-05-17"},
		{"zh", "2024-05-16 10:30更新", "2024-05-16", ""},
	} {
		for _, cls := range []string{"", ` class="date"`} {
			page := metaLinePage(c.lang, `<span`+cls+`>`+c.line+`</span>`)
			a := extractAt(t, page, "https://news.example/politics/bus-network", Options{})
			if !hasDayPrefix(published(a), c.pub) || !hasDayPrefix(modified(a), c.mod) {
				t.Errorf("%s %q (%q): published %q, modified %q; want %q, %q", c.lang, c.line, cls, published(a), modified(a), c.pub, c.mod)
			}
		}
	}
	// The same line in the footer a post's template sets under it.
	page := metaLinePage("ja", "")
	page = strings.Replace(page, "</article>", `<div class="entry-footer"><p>2024年5月17日 08:00 更新</p></div></article>`, 1)
	if a := extractAt(t, page, "https://news.example/politics/bus-network", Options{}); published(a) != "" || !hasDayPrefix(modified(a), "2024-05-17") {
		t.Errorf("post footer: published %q, modified %q; want none, 2024-05-17", published(a), modified(a))
	}
	// A sentence that says a thing was updated on a day is no label.
	s := scanner{v: &visible{h1Pos: -1}, dateOrder: dateOrder{trailing: jaTrailingLabels}}
	for _, line := range []string{"2024年5月17日に更新された指針によると", "2024年5月16日 10:00（最終更新 5/17 08:00）"} {
		if s.trailingLabelled(line) || len(s.v.dates) > 0 {
			t.Errorf("trailingLabelled(%q) read %d dates, want none", line, len(s.v.dates))
		}
	}
}

// Persian and Arabic date lines: a Solar Hijri date beside a news code,
// its digits Persian, twice the bytes of a Latin line (the segment's forty
// characters); a Solar Hijri date written with dashes; an Arabic line
// that gives the lunar Hijri date, then "الموافق" (corresponding to) and
// the Gregorian one, its era marks (هـ, م) little words of the date.
func TestArabicScriptDateLines(t *testing.T) {
	for _, c := range []struct{ lang, line, want string }{
		{"fa", "کد خبر: ۱۲۳۴۵۶ | ۲۸ اردیبهشت ۱۴۰۳ ساعت ۱۰:۳۰", "2024-05-17"},
		{"fa", "۱۴۰۳-۰۲-۲۸", "2024-05-17"},
		{"ar", "1445/11/09 هـ الموافق 2024/05/17 م", "2024-05-17"},
		{"ar", "الجمعة 17 مايو 2024 الساعة 10:30 صباحاً", "2024-05-17"},
		// The lunar month's name and a line of more than 60 bytes but
		// fewer than 60 characters.
		{"ar", "٩ ذو القعدة ١٤٤٥ هـ الموافق ١٧ مايو ٢٠٢٤ م", "2024-05-17"},
		{"ar", "الجمعة 5 رمضان 1445 هـ الموافق 15 مارس 2024 م", "2024-03-15"},
	} {
		a := extractAt(t, metaLinePage(c.lang, c.line), "https://news.example/politics/bus-network", Options{})
		if !hasDayPrefix(published(a), c.want) {
			t.Errorf("%s %q: published %q (%s), want %s", c.lang, c.line, published(a), a.Provenance["published_date"], c.want)
		}
	}
	// A lunar date alone is none: its month is no Gregorian one.
	for _, line := range []string{"9 ذو القعدة 1445 هـ", "شهر رمضان 1445"} {
		if a := extractAt(t, metaLinePage("ar", line), "https://news.example/politics/bus-network", Options{}); published(a) != "" {
			t.Errorf("ar %q: published %q, want none", line, published(a))
		}
	}
	for _, in := range []string{"1445-11-08", "۱۴۴۵-۱۱-۰۸"} {
		if w, ok := parseDate(in, true); ok {
			t.Errorf("parseDate(%q) = %s, want none: a lunar Hijri year", in, w.format(nil))
		}
	}
}

// A Japanese dateline states its update by month and day alone, in the
// publication's year: "2024年5月16日 12:00（最終更新 5/18 10:00）". A
// December story updated in January takes the next year; a day before
// the publication is none, and so is a month and day with no
// publication date before it on the line.
func TestYearlessUpdateAfterPublication(t *testing.T) {
	for _, c := range []struct{ line, pub, mod string }{
		{"2024年5月16日 12:00（最終更新 5/18 10:00）", "2024-05-16", "2024-05-18"},
		{"2024/5/16 12:00（最終更新 5/18）", "2024-05-16", "2024-05-18"},
		{"2023年12月30日 09:00（最終更新 1/2 08:00）", "2023-12-30", "2024-01-02"},
		{"2024年5月16日 12:00（最終更新 5/10 10:00）", "2024-05-16", ""},
		{"最終更新 5/18 10:00", "", ""},
	} {
		page := strings.Replace(pageWithBlocks("", 4, ""), "<html>", `<html lang="ja">`, 1)
		a := extractAt(t, withByline(page, "<p>"+c.line+"</p>"), "https://news.example/story", Options{FetchedAt: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)})
		if !hasDayPrefix(published(a), c.pub) || !hasDayPrefix(modified(a), c.mod) {
			t.Errorf("%q: published %q modified %q, want %q and %q", c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}
