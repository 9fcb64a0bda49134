package extractor

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	cst := time.FixedZone("", 8*3600)
	cases := []struct {
		in       string
		dayFirst bool
		zone     *time.Location
		want     string
	}{
		{"2024-03-26T10:30:00+08:00", false, nil, "2024-03-26T10:30:00+08:00"},
		{"2024-03-26T02:30:00.000Z", false, nil, "2024-03-26T02:30:00Z"},
		{"2024-03-26T10:30:00+00:00", false, nil, "2024-03-26T10:30:00Z"},
		{"2024-03-26", false, nil, "2024-03-26"},
		{"By YAN DENG|Mar 26,2024", false, nil, "2024-03-26"},
		{"Published 26 March 2024", true, nil, "2024-03-26"},
		{"March 26, 2024 at 10:30 am EDT", false, nil, "2024-03-26T10:30:00-04:00"},
		{"Tuesday, Mar. 26, 2024", false, nil, "2024-03-26"},
		{"发布时间：2024-03-26 10:30", false, cst, "2024-03-26T10:30:00+08:00"},
		{"2024年3月26日 10:30", false, cst, "2024-03-26T10:30:00+08:00"},
		{"2024年3月26日", false, nil, "2024-03-26"},
		{"2024年3月26日 星期二 10:30", false, cst, "2024-03-26T10:30:00+08:00"},
		{"2024年3月26日(周二)下午3:05", false, cst, "2024-03-26T15:05:00+08:00"},
		{"2024-03-26 10:30", false, nil, "2024-03-26"}, // no zone, none guessed: date only
		{"26.03.2024", true, nil, "2024-03-26"},
		{"03/04/2024", false, nil, "2024-03-04"},
		{"03/04/2024", true, nil, "2024-04-03"},
		{"发布日期： 7/5/2005 9:23:57 PM", false, cst, "2005-07-05T21:23:57+08:00"},
		{"7/5/2005 12:05 am", false, cst, "2005-07-05T00:05:00+08:00"},
		{"26/03/2024", false, nil, "2024-03-26"}, // unambiguous either way
		{"02-12-2025", true, nil, "2025-12-02"},
		{"2023 Jan 7", false, nil, "2023-01-07"},
		{"12-26-2025", true, nil, "2025-12-26"},
		{"26. März 2024", true, nil, "2024-03-26"},
		{"26 de marzo de 2024", true, nil, "2024-03-26"},
		{"1711449000", false, nil, "2024-03-26T10:30:00Z"},
		{"Sept 9th, 2023", false, nil, "2023-09-09"},
	}
	for _, c := range cases {
		w, ok := parseDate(c.in, c.dayFirst)
		if !ok {
			t.Errorf("parseDate(%q) found no date, want %s", c.in, c.want)
			continue
		}
		if got := w.format(c.zone); got != c.want {
			t.Errorf("parseDate(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"", "no date here", "2024-02-30", "1850-01-01", "version 2.1.3", "call 023-67158993", "pages 12-14/2024", "4/5-2024"} {
		if w, ok := parseDate(bad, false); ok {
			t.Errorf("parseDate(%q) = %s, want no date", bad, w.format(nil))
		}
	}
}

func TestURLDate(t *testing.T) {
	for path, want := range map[string]string{
		"/2024/03/26/some-story/":                   "2024-03-26",
		"/news/2024-03-26/story.html":               "2024-03-26",
		"/content/20240326/c_1130.htm":              "2024-03-26",
		"/202403/26/t20240326_38939.shtml":          "2024-03-26",
		"/de/newsroom/23-01-2022-title/17-378.html": "2022-01-23",
		"/aktuelles/08112021-online-fachtag":        "2021-11-08",
		"/home/2017/7/12/unter-uns-montauk":         "2017-07-12",
		"/blog/2019/12/3/":                          "2019-12-03",
	} {
		w, ok := urlDate(path)
		if !ok || w.format(nil) != want {
			t.Errorf("urlDate(%q) = %v %v, want %s", path, w.format(nil), ok, want)
		}
	}
	for _, path := range []string{"/video/12345678/x", "/p/31129999/x", "/item/081120219/x", "/a/13-13-2021-x",
		"/2017/7/123/x", "/2017/13/1/x", "/v/2017/7/12x"} {
		if w, ok := urlDate(path); ok {
			t.Errorf("urlDate(%q) = %s, want no date", path, w.format(nil))
		}
	}
}

// An event's dateline gives its hours ("14:45 Uhr bis 15:45 Uhr"): the
// German word for o'clock is a date's word, as "ore" and "pukul" are, and
// the line above the headline dates the page.
func TestDatelineWithHours(t *testing.T) {
	for _, line := range []string{
		"Mittwoch, 20. Februar 2019, 14:45 Uhr bis 15:45 Uhr, Köln",
		"20.02.2019, 14:45 Uhr bis 15:45 Uhr, Messe Köln",
		"mercoledì 20 febbraio 2019, ore 14:45 - 15:45, Roma",
	} {
		if !dateCovers(line) {
			t.Errorf("dateCovers(%q) = false, want true", line)
		}
		page := `<html><head><title>Digitales Lernen</title></head><body><div class="news"><span class="news-list-date">` + line +
			`</span><h3 itemprop="headline">Digitales Lernen</h3><p>Die Diskussion im Rahmen der Messe fragt, was Schulen mit digitalen Geräten gewinnen und was sie dabei verlieren, und wer darüber entscheidet.</p><p>Es diskutieren Lehrkräfte, Eltern und Fachleute aus der Forschung.</p></div></body></html>`
		if a := extractPage(t, page); !strings.HasPrefix(published(a), "2019-02-20") {
			t.Errorf("%q above the headline: Extract.PublishedDate = %q, want 2019-02-20", line, published(a))
		}
	}
}
