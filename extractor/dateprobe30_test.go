package extractor

import (
	"strings"
	"testing"
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
