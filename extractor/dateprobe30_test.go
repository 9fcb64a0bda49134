package extractor

import (
	"strings"
	"testing"
	"time"
)

// Conventions of date statements found by probing news pages
// (twenty-fifth session, date30); each page is laid out as real sites lay
// theirs.

// datesAre reports whether a's dates are on the days pub and mod, "" for
// none.
func datesAre(a Article, pub, mod string) bool {
	return hasDayPrefix(published(a), pub) && (pub != "" || published(a) == "") &&
		hasDayPrefix(modified(a), mod) && (mod != "" || modified(a) == "")
}

// Japanese CMSs print a bare "更新：" (updated) before the day of the last
// update, beside or instead of the publication's: on a Japanese page,
// declared or read from its kana, it dates the update; on a Chinese page
// a lone update is the portal's dateline (cjkLoneUpdate), as before.
func TestJapaneseBareUpdate(t *testing.T) {
	for _, c := range []struct {
		lang     string
		declared bool
		line     string
		pub, mod string
	}{
		{"ja", true, "<p>更新：2024年5月17日</p>", "", "2024-05-17"},
		{"ja", false, "<p>更新：2024年5月17日</p>", "", "2024-05-17"},
		{"ja", true, "<p>更新: 2024/05/17 10:00</p>", "", "2024-05-17"},
		{"ja", true, "<p>2024年5月16日</p><p>更新：2024年5月17日</p>", "2024-05-16", "2024-05-17"},
		{"ja", true, "<p>更新時間：2024年5月17日</p>", "", "2024-05-17"},
		{"zh", true, "<p>更新：2024年5月17日</p>", "2024-05-17", ""},
		{"zh", true, "<p>更新时间：2024年5月17日</p>", "2024-05-17", ""},
	} {
		a := extractAt(t, auditPage(c.lang, c.declared, c.line), "https://news.example/politics/bus-network", Options{})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("%s (declared %v) %s: published %q modified %q, want %q and %q", c.lang, c.declared, c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// Labels that CMSs print before a colon, printed without it ("Data
// publicării 16.05.2024", Romanian), date their kind; the line stays in
// the text as before. Persian "ویرایش:" (editing) before a date dates the
// update; before a name it credits the editor, and dates nothing.
func TestColonlessAndEditLabels(t *testing.T) {
	for _, c := range []struct {
		lang, line string
		pub, mod   string
		inText     string
	}{
		{"ro", "<p>Data publicării 16.05.2024</p>", "2024-05-16", "", "Data publicării 16.05.2024"},
		{"ro", "<p>Data actualizării 17.05.2024</p>", "", "2024-05-17", "Data actualizării"},
		{"ro", "<p>Data publicării 16.05.2024, 10:30</p><p>Data actualizării 17.05.2024, 09:00</p>", "2024-05-16", "2024-05-17", ""},
		{"ru", "<p>Дата публикации 16.05.2024 | Дата обновления 17.05.2024</p>", "2024-05-16", "2024-05-17", ""},
		{"fa", "<p>ویرایش: ۱۷ مه ۲۰۲۴</p>", "", "2024-05-17", ""},
		{"fa", "<p>تاریخ انتشار: ۱۶ مه ۲۰۲۴</p><p>ویرایش: ۱۷ مه ۲۰۲۴</p>", "2024-05-16", "2024-05-17", ""},
		{"fa", "<p>تاریخ انتشار: ۲۷ اردیبهشت ۱۴۰۳ | ویرایش: ۲۸ اردیبهشت ۱۴۰۳</p>", "2024-05-16", "2024-05-17", ""},
		{"fa", "<p>تاریخ انتشار: ۱۶ مه ۲۰۲۴ | ویرایش: علی رضایی</p>", "2024-05-16", "", ""},
	} {
		a := extractAt(t, auditPage(c.lang, true, c.line), "https://news.example/politics/bus-network", Options{})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("%s %s: published %q modified %q, want %q and %q", c.lang, c.line, published(a), modified(a), c.pub, c.mod)
		}
		if c.inText != "" && !strings.Contains(a.Text, c.inText) {
			t.Errorf("%s %s: text lost %q", c.lang, c.line, c.inText)
		}
	}
}

// A time of day without its zone after a month that dates.go's regexps do
// not name (Russian, Turkish, Hindi) is read as after an English or a
// French one: a local time, not a guessed instant, which the page's
// <time> instant of that day and minute completes.
func TestWordDateLocalTime(t *testing.T) {
	msk := time.FixedZone("", 3*3600)
	for _, in := range []string{"May 16, 2024, 10:30", "16 mai 2024 10:30", "16 мая 2024, 10:30", "16 мая 2024 г., 10:30", "16 Mayıs 2024 10:30", "16 मई 2024 10:30", "16 मई 2024, 10:30 AM"} {
		w, ok := parseDate(in, true)
		if got := w.format(msk); !ok || got != "2024-05-16T10:30:00+03:00" || w.hasZone {
			t.Errorf("parseDate(%q).format(UTC+3) = %s, %v, zone %v; want 2024-05-16T10:30:00+03:00, no zone", in, got, ok, w.hasZone)
		}
		if got := w.format(nil); got != "2024-05-16" {
			t.Errorf("parseDate(%q).format(nil) = %s, want the day alone", in, got)
		}
	}
	for _, c := range []struct{ lang, at, other string }{
		{"ru", "16 мая 2024, 10:30", "16 мая 2024, 14:00"},
		{"tr", "16 Mayıs 2024 10:30", "16 Mayıs 2024 14:00"},
		{"hi", "16 मई 2024 10:30", "16 मई 2024 14:00"},
	} {
		// The post's two <time> elements, the update's first: the line's
		// minute tells which is the publication's.
		meta := `<div class="meta"><p>` + c.at + `</p><p><time datetime="2024-05-16T14:00:00+03:00">` + c.other + `</time></p><p><time datetime="2024-05-16T10:30:00+03:00">` + c.at + `</time></p></div>`
		a := extractAt(t, auditPage(c.lang, true, meta), "https://news.example/politics/bus-network", Options{})
		if published(a) != "2024-05-16T10:30:00+03:00" {
			t.Errorf("%s %s: published %q, want 2024-05-16T10:30:00+03:00", c.lang, meta, published(a))
		}
	}
}

// "Updated 3 hours ago" beside the publication's date dates the update
// against the fetch time, as "3 hours ago" dates the publication; without
// the fetch time, nothing.
func TestRelativeUpdate(t *testing.T) {
	for _, c := range []struct{ line, mod string }{
		{"<p>Published May 16, 2024. Updated 3 hours ago</p>", "2024-05-20"},
		{"<p>May 16, 2024</p><p>Updated 2 days ago</p>", "2024-05-18"},
		{"<p>Publié le 16 mai 2024</p><p>Mis à jour il y a 3 heures</p>", "2024-05-20"},
		{"<p>May 16, 2024</p><p>Updated 3 weeks ago</p>", ""}, // older than maxAgo
		{"<p>May 19, 2024</p><p>Updated 5 days ago</p>", ""},  // before the publication
	} {
		page := probePage("en", "", c.line)
		got := modified(extractAt(t, page, "https://news.example/story", Options{FetchedAt: probeFetched}))
		without := modified(extractAt(t, page, "https://news.example/story", Options{}))
		if !hasDayPrefix(got, c.mod) || c.mod == "" && got != "" || without != "" {
			t.Errorf("%s: modified %q, without the fetch time %q; want %q and none", c.line, got, without, c.mod)
		}
		if pub := published(extractAt(t, page, "https://news.example/story", Options{FetchedAt: probeFetched})); pub[:min(len(pub), 8)] != "2024-05-" || pub >= "2024-05-20" {
			t.Errorf("%s: published %q, want the day shown", c.line, pub)
		}
	}
	// An update alone, relative, dates no publication.
	if a := extractAt(t, probePage("en", "", "<p>Updated 3 hours ago</p>"), "https://news.example/story", Options{FetchedAt: probeFetched}); published(a) != "" || !hasDayPrefix(modified(a), "2024-05-20") {
		t.Errorf("Updated 3 hours ago alone: published %q modified %q, want none and 2024-05-20", published(a), modified(a))
	}
}
