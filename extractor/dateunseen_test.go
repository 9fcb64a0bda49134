package extractor

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// Conventions of dates on news pages in many languages that no dev set
// holds (twenty-ninth session, date38), each written as real sites print
// it, under the headline of unseenPage.

// unseenPage is a news page in language lang whose meta block under the
// headline is meta, and which names no author elsewhere.
func unseenPage(lang, meta string) string {
	return `<html lang=` + lang + `><head><title>Storm hits coast - Gazette</title></head><body><h1>Storm hits coast</h1>` + meta +
		`<div class=content><p>The storm hit the coast on Monday with winds of 120 km/h, cutting power to thousands of homes along the shore.</p>` +
		strings.Repeat("<p>Crews worked through the night to clear the roads and restore the lines that fell across the main routes into town.</p>", 6) +
		`</div></body></html>`
}

// TestDateBeforeBylineSeparated: a meta line that sets the date and a
// byline apart with a spaced slash or a comma, as CMSs in many languages
// print it, gives both: "16.05.2024, 10:30 Uhr / Von Hans Müller", "16
// Mei 2024, Oleh Budi Santoso", "١٦ مايو ٢٠٢٤، بقلم أحمد علي", "김철수
// 기자, 2024.05.16 10:21", "김철수 기자 2024.05.16 10:21", "Nguyễn Văn An /
// 16/05/2024".
func TestDateBeforeBylineSeparated(t *testing.T) {
	for _, c := range []struct{ lang, host, line, day, author string }{
		{"de", "example.de", "16.05.2024, 10:30 Uhr / Von Hans Müller", "2024-05-16", "Hans Müller"},
		{"de", "example.de", "16.05.2024 / Von Hans Müller", "2024-05-16", "Hans Müller"},
		{"id", "example.co.id", "16 Mei 2024, Oleh Budi Santoso", "2024-05-16", "Budi Santoso"},
		{"ar", "example.com", "١٦ مايو ٢٠٢٤، بقلم أحمد علي", "2024-05-16", "أحمد علي"},
		{"ko", "example.co.kr", "김철수 기자, 2024.05.16 10:21", "2024-05-16", "김철수"},
		{"ko", "example.co.kr", "김철수 기자 2024.05.16 10:21", "2024-05-16", "김철수"},
		{"ko", "example.co.kr", "서울=김철수 특파원 2024-05-16 10:21", "2024-05-16", "김철수"},
		{"vi", "example.vn", "Nguyễn Văn An / 16/05/2024", "2024-05-16", "Nguyễn Văn An"},
		// A comma in a sentence sets apart no byline.
		{"en", "example.com", "On 16 May 2024, the council met again", "", ""},
	} {
		a := extractAt(t, unseenPage(c.lang, "<p class=meta>"+c.line+"</p>"), "https://"+c.host+"/news/storm-hits-coast", Options{})
		if !datesAre(a, c.day, "") || c.author != "" && !slices.Contains(a.Authors, c.author) {
			t.Errorf("Extract(%q): published %q, authors %q; want %q, %q", c.line, published(a), a.Authors, c.day, c.author)
		}
	}
}

// TestUpdateLabelThenColonlessLabel: an update's label without its colon
// takes the rest of the line for its value; a publication's label
// without a colon after a separator still dates the publication:
// "Aktualizacja 17.05.2024 | Data publikacji 16.05.2024", "Actualizado
// 17/05/2024 | Fecha 16/05/2024".
func TestUpdateLabelThenColonlessLabel(t *testing.T) {
	for _, c := range []struct{ lang, line, pub, mod string }{
		{"pl", "Aktualizacja 17.05.2024 | Data publikacji 16.05.2024", "2024-05-16", "2024-05-17"},
		{"es", "Actualizado 17/05/2024 | Fecha 16/05/2024", "2024-05-16", "2024-05-17"},
		{"es", "Actualizado 17/05/2024", "", "2024-05-17"},
	} {
		a := extractAt(t, unseenPage(c.lang, "<p class=meta>"+c.line+"</p>"), "https://example.com/news/storm-hits-coast", Options{})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("Extract(%q): published %q, modified %q; want %q, %q", c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// TestRelativeDatesMore: relative dates as live pages print them in the
// languages of agoUnits, read against the fetch time: Arabic's and
// Dutch's abbreviated hours and minutes ("منذ 3 س", "منذ 5 د", "3 u
// geleden"), and "just now" and "a few minutes ago" without a number
// ("لحظاتی پیش", "Только что", "Vor wenigen Minuten", "منذ لحظات").
func TestRelativeDatesMore(t *testing.T) {
	fetched := time.Date(2024, 5, 16, 14, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, line, day string }{
		{"ar", "منذ 3 س", "2024-05-16"},
		{"ar", "منذ 5 د", "2024-05-16"},
		{"nl", "3 u geleden", "2024-05-16"},
		{"fa", "لحظاتی پیش", "2024-05-16"},
		{"fa", "دقایقی پیش", "2024-05-16"},
		{"ar", "منذ لحظات", "2024-05-16"},
		{"en", "Just now", "2024-05-16"},
		{"de", "Vor wenigen Minuten", "2024-05-16"},
		{"ru", "Только что", "2024-05-16"},
		{"tr", "az önce", "2024-05-16"},
		{"ko", "방금 전", "2024-05-16"},
		{"ja", "たった今", "2024-05-16"},
		// Hours without a number name no day.
		{"fa", "ساعاتی پیش", ""},
	} {
		a := extractAt(t, unseenPage(c.lang, "<p class=date>"+c.line+"</p>"), "https://example.com/news/storm-hits-coast", Options{FetchedAt: fetched})
		if !datesAre(a, c.day, "") {
			t.Errorf("Extract(%q): published %q, want %q", c.line, published(a), c.day)
		}
	}
}

// TestDataAttributeStamps: an element classed a date, a time or a
// timestamp whose text is only a weekday or a relative time dates the
// story by the instant its data attribute holds, an epoch in seconds or
// milliseconds ("<abbr class=timestamp data-utime=1715853660>Thursday
// </abbr>") or an ISO date (data-date, data-published); a text that holds
// its own date keeps it, and another element's data attribute dates
// nothing.
func TestDataAttributeStamps(t *testing.T) {
	for _, c := range []struct{ meta, day string }{
		{`<abbr class="timestamp" data-utime="1715853660">Thursday</abbr>`, "2024-05-16"},
		{`<span class="date" data-time="1715853660000">Thursday</span>`, "2024-05-16"},
		{`<span class="post-time" data-timestamp="1715853660">3 hours ago</span>`, "2024-05-16"},
		{`<span class="date" data-date="2024-05-16T10:21:00Z">Thursday</span>`, "2024-05-16"},
		{`<span class="entry-date" data-published="2024-05-16">3 hours ago</span>`, "2024-05-16"},
		{`<span class="date" data-utime="1715810400">16 May 2024</span>`, "2024-05-16"}, // 15 May 22:00 UTC
		{`<span class="views" data-time="1715853660">Thursday</span>`, ""},
	} {
		a := extractAt(t, unseenPage("en", "<p>"+c.meta+"</p>"), "https://example.com/news/storm-hits-coast", Options{})
		if !datesAre(a, c.day, "") {
			t.Errorf("Extract(%s): published %q, want %q", c.meta, published(a), c.day)
		}
	}
}

// TestURLArticleCodes: the day in two more shapes of article code: a
// Vietnamese CMS's site code and creation instant to the second, its
// year in two digits ("-185240516102015.htm"), and a news agency's three
// capitals, day and nine-digit number ("/view/AKR20240516012300001");
// digits that are no day and time date nothing.
func TestURLArticleCodes(t *testing.T) {
	for _, c := range []struct{ url, day string }{
		{"https://news.example.vn/bao-do-bo-bien-185240516102015.htm", "2024-05-16"},
		{"https://news.example.co.kr/view/AKR20240516012300001", "2024-05-16"},
		{"https://en.example.co.kr/view/AEN20240516001200315", "2024-05-16"},
		{"https://news.example.vn/bao-do-bo-bien-185249916102015.htm", ""},
		{"https://news.example.vn/bao-do-bo-bien-185240516992015.htm", ""},
	} {
		a := extractAt(t, unseenPage("vi", ""), c.url, Options{})
		if !datesAre(a, c.day, "") {
			t.Errorf("Extract(%s): published %q, want %q", c.url, published(a), c.day)
		}
	}
}

// TestDataAttributeEpochZone: an epoch in an element's data attribute
// is written in the zone the page's language implies, as an epoch in the
// page's data is (WeChat's "var ct"): 07:00 in Beijing on a Chinese page,
// the day before in UTC. Before, dataStamp wrote the epoch out as UTC
// itself and parseDate no longer knew it for an epoch.
func TestDataAttributeEpochZone(t *testing.T) {
	for _, stamp := range []string{
		`<span class="date" data-utime="1715814000">星期四</span>`,
		`<span class="date" data-time="1715814000000">3小时前</span>`,
	} {
		a := zhExtract(t, zhPortal("", `<div class="info">`+stamp+`　来源：江城日报</div>`, "", "", ""), zhURL)
		if a.PublishedAt != "2024-05-16T07:00:00+08:00" {
			t.Errorf("Extract(%s).PublishedAt = %q, want %q", stamp, a.PublishedAt, "2024-05-16T07:00:00+08:00")
		}
	}
}
