package extractor

import (
	"testing"
	"time"
)

// Blog themes print this year's posts with the day alone under the
// headline ("May 16", WordPress's "F j" format), the year in the address's
// folders ("/2024/05/my-post/"): the day is read in the address's year
// when the address gives its month (addressMonthDay). Without a month in
// the address (a year folder alone is an issue's or a
// section's as often: "/2019/43/"), or with another month there, the day is none: nothing on
// the line tells it from an event's day.
func TestAddressMonthDay(t *testing.T) {
	fetched := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ meta, url, pub string }{
		{`<p class=meta>May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>16 May</p>`, "https://example.com/blog/2024/05/storm-hits-coast.html", "2024-05-16"},
		{`<p class=meta>Posted on May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<div class=entry-meta><span class=posted-on>May 16</span></div>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		{`<p class=meta>Jane Doe · May 16</p>`, "https://example.com/2024/05/storm-hits-coast/", "2024-05-16"},
		// No year in the address, or another month: none.
		{`<p class=meta>May 16</p>`, "https://example.com/news/storm-hits-coast/", ""},
		{`<p class=meta>Posted on May 16</p>`, "https://example.com/news/storm-hits-coast/", ""},
		{`<p class=meta>May 16</p>`, "https://example.com/2024/04/storm-hits-coast/", ""},
		{`<p class=meta>May 16</p>`, "https://example.com/2024/storm-hits-coast/", ""},
		// A weekday that is not the day's in the address's year: none.
		{`<p class=meta>Thursday, May 16</p>`, "https://example.com/2023/05/storm-hits-coast/", ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), c.url, Options{FetchedAt: fetched})
		if !datesAre(a, c.pub, "") {
			t.Errorf("Extract(%s, %s).PublishedAt = %q, want %q", c.meta, c.url, published(a), c.pub)
		}
	}
}

// A written day with a two-digit year ("14 Jan 98", "14-Jan-24",
// "Posted: 14-Jan-98") in the byline area or after a publication label
// is read with its full year as a numeric one is (fullYear): 19yy from 95
// on, else 20yy; "14 Jan 98" is 1998, never 2098 (a day after the fetch
// is none).
func TestShortYearWrittenDay(t *testing.T) {
	fetched := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ meta, pub string }{
		{`<p class=meta>14 Jan 98</p>`, "1998-01-14"},
		{`<p class=meta>14-Jan-98</p>`, "1998-01-14"},
		{`<p class=meta>Jan 14, 98</p>`, "1998-01-14"},
		{`<p class=meta>Posted: 14-Jan-98</p>`, "1998-01-14"},
		{`<p class=meta>Published 14 Jan 98</p>`, "1998-01-14"},
		{`<p class=meta>14-Jan-24</p>`, "2024-01-14"},
		{`<p class=meta>Datum: 14. Januar 98</p>`, "1998-01-14"},
		// Not a month's name: none.
		{`<p class=meta>14 Jam 98</p>`, ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), "https://example.com/news/storm-hits-coast", Options{FetchedAt: fetched})
		if !datesAre(a, c.pub, "") {
			t.Errorf("Extract(%s).PublishedAt = %q, want %q", c.meta, published(a), c.pub)
		}
	}
}

// Ukrainian pages spell Friday with the typographic apostrophe or the
// modifier letter CLDR uses ("п’ятниця", "пʼятниця") as often as with the
// typed one: the weekday before or after the date is a date's word, as
// the other weekdays are (otherWeekdays).
func TestUkrainianFridayApostrophes(t *testing.T) {
	for _, meta := range []string{
		"п’ятниця, 17 травня 2024",
		"пʼятниця, 17 травня 2024",
		"17 травня 2024, п’ятниця",
		"17 травня 2024, пʼятниця, 10:21",
		"п'ятниця, 17 травня 2024",
	} {
		a := extractAt(t, unseenPage("uk", `<p class=meta>`+meta+`</p>`), "https://example.com.ua/news/storm-hits-coast", Options{})
		if !hasDayPrefix(published(a), "2024-05-17") {
			t.Errorf("Extract(%s).PublishedAt = %q, want 2024-05-17", meta, published(a))
		}
	}
}

// A wire dateline's day with a two-digit year ("ROME, 14 Jan 98 - ...")
// is read with its full year as fullYear reads one: 1998, not 2098.
func TestShortYearWireDateline(t *testing.T) {
	fetched := time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC)
	page := `<html lang=en><head><title>Storm hits coast - Gazette</title></head><body><h1>Storm hits coast</h1><div class=content>` +
		`<p>ROME, 14 Jan 98 - The storm hit the coast on Monday with winds of 120 km/h, cutting power to thousands of homes along the shore, officials said, as crews worked through the night to clear the roads and restore the lines.</p>` +
		`<p>Crews worked through the night to clear the roads and restore the lines that fell across the main routes into town.</p></div></body></html>`
	a := extractAt(t, page, "https://example.com/news/storm-hits-coast", Options{FetchedAt: fetched})
	if !hasDayPrefix(published(a), "1998-01-14") {
		t.Errorf("Extract(wire dateline 14 Jan 98).PublishedAt = %q, want 1998-01-14", published(a))
	}
}
