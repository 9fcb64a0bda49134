package extractor

import (
	"testing"
	"time"
)

// US news sites print this year's update without its year after the
// publication's full date: "Published May 16, 2024 · Updated May 17 at
// 10:21 AM". The update is read in the year of the line's publication
// (yearlessWordUpdate), never before it; a December story updated in
// January is updated the next year.
func TestYearlessWordUpdate(t *testing.T) {
	fetched := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ meta, pub, mod string }{
		{`<p class=meta>Published May 16, 2024 · Updated May 17 at 10:21 AM</p>`, "2024-05-16", "2024-05-17"},
		{`<p class=meta>Published May 16, 2024 | Updated May 17, 10:21 AM</p>`, "2024-05-16", "2024-05-17"},
		{`<p class=meta>Published 10:00 AM EDT, May 16, 2024 · Updated 10:21 AM EDT, May 17</p>`, "2024-05-16", "2024-05-17"},
		{`<p class=meta>Published December 30, 2023 · Updated January 2</p>`, "2023-12-30", "2024-01-02"},
		// A day before the publication's in its month is no update.
		{`<p class=meta>Published May 16, 2024 · Updated May 12</p>`, "2024-05-16", ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), "https://example.com/news/storm-hits-coast", Options{FetchedAt: fetched})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("Extract(%s) = %q, modified %q; want %q, %q", c.meta, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// A meta line may abbreviate the year with an apostrophe: "May 16, '24",
// "16 May ’24", "By Jane Doe | May 16, '24" (apostropheYearDay). Without
// the apostrophe a day's number after it is no year.
func TestApostropheYearDay(t *testing.T) {
	for _, c := range []struct{ meta, pub string }{
		{`<p class=meta>May 16, '24</p>`, "2024-05-16"},
		{`<p class=meta>16 May ’24</p>`, "2024-05-16"},
		{`<p class=meta>By Jane Doe | May 16, '24</p>`, "2024-05-16"},
		{`<p class=meta>Published May 16, '24 · Updated May 17, '24</p>`, "2024-05-16"},
		{`<p class=meta>Aug 8 '98</p>`, "1998-08-08"},
		{`<p class=meta>Room 16, '24 hours'</p>`, ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), "https://example.com/news/storm-hits-coast", Options{})
		if !hasDayPrefix(published(a), c.pub) || c.pub == "" && published(a) != "" {
			t.Errorf("Extract(%s).PublishedAt = %q, want %q", c.meta, published(a), c.pub)
		}
	}
}

// An update without its year on a line of its own ("Updated May 17 at
// 10:21 AM") is read in the year of the publication chosen (the address's
// "/2024/05/16/", a line above), never before it; without one, in the
// year of the fetch, or the year before for a day still ahead of the
// fetch in its year (yearlessUpdateDate). Without a fetch time, none.
func TestYearlessLoneUpdate(t *testing.T) {
	june, feb := time.Date(2024, 6, 2, 12, 0, 0, 0, time.UTC), time.Date(2025, 2, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		meta, url string
		fetched   time.Time
		pub, mod  string
	}{
		{`<p class=meta>Updated May 17 at 10:21 AM</p>`, "https://example.com/news/storm-hits-coast", june, "", "2024-05-17"},
		{`<p class=meta>Updated May 17 at 10:21 AM</p>`, "https://example.com/news/storm-hits-coast", feb, "", "2024-05-17"},
		{`<p class=meta>Updated May 17 at 10:21 AM</p>`, "https://example.com/2023/05/16/storm-hits-coast", feb, "2023-05-16", "2023-05-17"},
		{`<p class=meta>Published May 16, 2024</p><p class=meta>Updated May 17 at 10:21 AM</p>`, "https://example.com/news/storm-hits-coast", june, "2024-05-16", "2024-05-17"},
		{`<p class=meta>Updated May 17 at 10:21 AM</p>`, "https://example.com/news/storm-hits-coast", time.Time{}, "", ""},
		// An update before the publication is none.
		{`<p class=meta>Updated May 12</p>`, "https://example.com/2024/05/16/storm-hits-coast", june, "2024-05-16", ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), c.url, Options{FetchedAt: c.fetched})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("Extract(%s, %s, fetched %v) = %q, modified %q; want %q, %q", c.meta, c.url, c.fetched, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// US news sites print this year's day under the headline with its
// weekday and without its year, the year in the address or nowhere:
// "Thursday, May 16", "Thu, May 16", "Thursday 16 May", "By Jane Doe ·
// Thursday, May 16" (weekdayMonthDay). The year is the address's, else
// the fetch's; the weekday must be the day's in that year.
func TestWeekdayMonthDay(t *testing.T) {
	fetched := time.Date(2024, 6, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ meta, url, pub string }{
		{`<p class=meta>Thursday, May 16</p>`, "https://example.com/2024/05/storm-hits-coast", "2024-05-16"},
		{`<p class=meta>Thursday, May 16</p>`, "https://example.com/2024/storm-hits-coast", "2024-05-16"},
		{`<p class=meta>Thursday, May 16</p>`, "https://example.com/news/storm-hits-coast", "2024-05-16"},
		{`<p class=meta>Thu, May 16</p>`, "https://example.com/news/storm-hits-coast", "2024-05-16"},
		{`<p class=meta>Thursday 16 May</p>`, "https://example.com/2024/05/storm-hits-coast", "2024-05-16"},
		{`<p class=meta>By Jane Doe · Thursday, May 16</p>`, "https://example.com/2024/05/storm-hits-coast", "2024-05-16"},
		{`<p class=meta>Tuesday, May 16</p>`, "https://example.com/2023/05/storm-hits-coast", "2023-05-16"},
		// The weekday is not the day's in the year read: none.
		{`<p class=meta>Friday, May 16</p>`, "https://example.com/news/storm-hits-coast", ""},
		{`<p class=meta>Thursday, May 16</p>`, "https://example.com/2023/05/storm-hits-coast", ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), c.url, Options{FetchedAt: fetched})
		if !datesAre(a, c.pub, "") {
			t.Errorf("Extract(%s, %s).PublishedAt = %q, want %q", c.meta, c.url, published(a), c.pub)
		}
	}
}
