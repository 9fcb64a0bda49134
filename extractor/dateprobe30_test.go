package extractor

import (
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
