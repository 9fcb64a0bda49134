package extractor

import (
	"strings"
	"testing"
)

// Solar Hijri dates convert to the Gregorian day: pairs from jalaali-js's
// tests (checked there against Intl's Persian calendar), and the Nowruz
// of the years around them.
func TestJalaliDate(t *testing.T) {
	for _, c := range []struct {
		jy, jm, jd int
		want       string
	}{
		{1378, 10, 11, "2000-01-01"},
		{1391, 10, 21, "2013-01-10"},
		{1393, 5, 13, "2014-08-04"},
		{1395, 1, 23, "2016-04-11"},
		{1400, 1, 1, "2021-03-21"},
		{1400, 4, 30, "2021-07-21"},
		{1402, 12, 29, "2024-03-19"},
		{1403, 1, 1, "2024-03-20"},
		{1403, 2, 27, "2024-05-16"},
		{1403, 12, 30, "2025-03-20"}, // 1403 is a leap year
		{1404, 1, 1, "2025-03-21"},
		{1395, 12, 30, "2017-03-20"},
	} {
		w, ok := jalaliDate(c.jy, c.jm, c.jd)
		if got := w.t.Format("2006-01-02"); !ok || got != c.want {
			t.Errorf("jalaliDate(%d, %d, %d) = %s, %v; want %s", c.jy, c.jm, c.jd, got, ok, c.want)
		}
	}
	for _, c := range [][3]int{{1402, 12, 30}, {1394, 12, 30}, {1403, 7, 31}, {1403, 13, 1}, {1373, 1, 1}, {1440, 1, 1}, {1403, 0, 5}} {
		if w, ok := jalaliDate(c[0], c[1], c[2]); ok {
			t.Errorf("jalaliDate(%v) = %s, want none", c, w.t.Format("2006-01-02"))
		}
	}
	// Esfand has 30 days in the leap years (jalaali-js's list) and 29 in
	// the others.
	for _, jy := range []int{1383, 1395, 1403, 1412, 1424, 1436} {
		if _, ok := jalaliDate(jy, 12, 30); !ok {
			t.Errorf("jalaliDate(%d, 12, 30): none, want the leap day", jy)
		}
	}
	for _, jy := range []int{1374, 1376, 1380, 1390, 1394, 1396, 1398, 1400, 1402, 1404} {
		if _, ok := jalaliDate(jy, 12, 30); ok {
			t.Errorf("jalaliDate(%d, 12, 30): a day, want none in a common year", jy)
		}
	}
	// Every day of the years read follows the one before.
	prev, _ := jalaliDate(firstJalaliYear, 1, 1)
	for jy := firstJalaliYear; jy <= lastJalaliYear; jy++ {
		for jm := 1; jm <= 12; jm++ {
			for jd := 1; jd <= 31; jd++ {
				w, ok := jalaliDate(jy, jm, jd)
				if !ok {
					continue
				}
				if (jy != firstJalaliYear || jm != 1 || jd != 1) && !w.t.Equal(prev.t.AddDate(0, 0, 1)) {
					t.Fatalf("jalaliDate(%d, %d, %d) = %s, the day before was %s", jy, jm, jd, w.t.Format("2006-01-02"), prev.t.Format("2006-01-02"))
				}
				prev = w
			}
		}
	}
}

// Lunar Hijri dates are no Solar Hijri ones: their years are past those
// read, and on an Arabic page the Gregorian date beside them counts.
func TestLunarHijriNotRead(t *testing.T) {
	for _, in := range []string{"۱۴۴۵/۱۱/۰۸", "۸ ذی‌القعده ۱۴۴۵", "8 ذو القعدة 1445 هـ", "1445/11/08"} {
		if w, ok := parseDate(in, true); ok {
			t.Errorf("parseDate(%q) = %s, want none", in, w.format(nil))
		}
	}
	if w, ok := parseDate("الخميس 8 ذو القعدة 1445 هـ - 16 مايو 2024", true); !ok || w.format(nil) != "2024-05-16" {
		t.Errorf("parseDate(lunar and Gregorian) = %s, %v; want 2024-05-16", w.format(nil), ok)
	}
}

// On a Persian page a date in ASCII digits is a Solar Hijri one, with no
// Persian letter beside it to say so ("1403/02/28", "1403-02-28 10:30"),
// and so is a slashed date laid out day first with spaces ("۲۸ / ۰۲ /
// ۱۴۰۳"); "تاریخ مخابره" (date of dispatch) labels a news agency's date.
// On a page in another language the ASCII date stays none: its year is
// no Gregorian one.
func TestPersianPageJalaliDigits(t *testing.T) {
	persian := strings.Replace(pageWithBlocks("", 4, ""), "<html>", `<html lang="fa-IR">`, 1)
	for _, c := range []struct{ page, line, want string }{
		{persian, "1403/02/28", "2024-05-17"},
		{persian, "1403-02-28 10:30", "2024-05-17"},
		{persian, "کد خبر: 123456 | 1403/02/28 - 10:30", "2024-05-17"},
		{persian, "28/02/1403", "2024-05-17"},
		{pageWithBlocks("", 4, ""), "۲۸ / ۰۲ / ۱۴۰۳", "2024-05-17"},
		{pageWithBlocks("", 4, ""), "تاریخ مخابره: ۱۴۰۳/۰۲/۲۸", "2024-05-17"},
		{pageWithBlocks("", 4, ""), "1403/02/28", ""},
		{strings.Replace(pageWithBlocks("", 4, ""), "<html>", `<html lang="ar">`, 1), "1403/02/28", ""},
	} {
		a := extractAt(t, withByline(c.page, "<p>"+c.line+"</p>"), "https://news.example/story", Options{})
		if published(a) != c.want && !strings.HasPrefix(published(a), c.want+"T") || c.want == "" && published(a) != "" {
			t.Errorf("%q on %.30s: published %q, want %q", c.line, c.page, published(a), c.want)
		}
	}
}
