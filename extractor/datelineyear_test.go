package extractor

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// wirePage is an agency story whose first paragraph opens with lead, and
// tail after the article.
func wirePage(lead, tail string) string {
	return `<html><head><title>Thing happens</title></head><body><article><h1>Thing happens</h1><p>` + lead +
		` The thing happened in the capital of the country, officials said, and more was expected to follow over the coming days as the talks went on between the parties.</p>` +
		strings.Repeat("<p>More text of the article that is long enough to be read as prose by the extractor here.</p>", 8) +
		`</article>` + tail + `</body></html>`
}

// A wire dateline names the day without its year: the address's year
// folder or another date of the page gives it; without one, no date.
func TestWireDatelineWithoutYear(t *testing.T) {
	for _, c := range []struct{ name, lead, url, tail, want string }{
		{"English, year folder", "WASHINGTON, March 3 (Reuters) -", "https://news.example/2024/world/thing", "", "2024-03-03"},
		{"French, year and month folders", "PARIS, 3 mars (AFP) -", "https://news.example/2024/03/monde/chose", "", "2024-03-03"},
		{"the update's year", "WASHINGTON, March 3 (Reuters) -", "https://news.example/world/thing", `<p>Last updated: March 5, 2023</p>`, "2023-03-03"},
		{"the update's year, the day after it", "WASHINGTON, Dec. 30 (Reuters) -", "https://news.example/world/thing", `<p>Last updated: January 2, 2024</p>`, "2023-12-30"},
		{"no year anywhere", "WASHINGTON, March 3 (Reuters) -", "https://news.example/world/thing", "", ""},
		{"the address dates another month", "PARIS, 3 mars (AFP) -", "https://news.example/2024/05/monde/chose", "", ""},
		{"not a date", "WASHINGTON, 3 (Reuters) -", "https://news.example/2024/world/thing", "", ""},
	} {
		a := extractAt(t, wirePage(c.lead, c.tail), c.url, Options{})
		if got := published(a); !strings.HasPrefix(got, c.want) || c.want == "" && got != "" {
			t.Errorf("%s: PublishedDate = %q, want %q", c.name, got, c.want)
		}
	}
}

// A press release's lead dateline may write its year with two digits
// after the month's name: the day is read as 20yy, as a two-digit year is
// anywhere, with no address or other date to lean on. Without a month's
// name it is no date.
func TestLeadDatelineShortYear(t *testing.T) {
	for _, c := range []struct{ lang, lead, want string }{
		{"it", "( Pescasseroli, 14 Gennaio 20 )", "2020-01-14"},
		{"de", "(Berlin, 14. Januar 20)", "2020-01-14"},
		{"es", "MADRID, 14 de enero 20 -", "2020-01-14"},
		{"fr", "PARIS, 14 janvier 20 (AFP) -", "2020-01-14"},
		{"en", "WASHINGTON, Jan. 14 '20 -", "2020-01-14"},
		{"not a month", "(Berlin, 14 Seiten 20)", ""},
	} {
		a := extractAt(t, wirePage(c.lead, ""), "https://news.example/world/thing", Options{})
		if got := published(a); !strings.HasPrefix(got, c.want) || c.want == "" && got != "" {
			t.Errorf("%s, %q: PublishedDate = %q, want %q", c.lang, c.lead, got, c.want)
		}
	}
}

// A press wire's release opens with its dateline and the wire's credit:
// "NEW YORK, May 8, 2012 /PRNewswire/ --", "SAN FRANCISCO--(BUSINESS
// WIRE)--May 8, 2012--"; a German release may bracket the day after its
// place: "Berlin (08.05.2012) –". A bracket that holds an agency's name
// dates nothing.
func TestPressWireDatelines(t *testing.T) {
	for _, c := range []struct{ lead, want string }{
		{"NEW YORK, May 8, 2012 /PRNewswire/ --", "2012-05-08"},
		{"SAN FRANCISCO--(BUSINESS WIRE)--May 8, 2012--", "2012-05-08"},
		{"TORONTO, May 8, 2012 /CNW/ --", "2012-05-08"},
		{"Berlin (08.05.2012) –", "2012-05-08"},
		{"Hamburg (8. Mai 2012) -", "2012-05-08"},
		{"Berlin (ots) –", ""},
		{"Version 2.0 --", ""},
	} {
		a := extractAt(t, wirePage(c.lead, ""), "https://news.example/world/thing", Options{})
		if got := published(a); !strings.HasPrefix(got, c.want) || c.want == "" && got != "" {
			t.Errorf("%q: PublishedDate = %q, want %q", c.lead, got, c.want)
		}
	}
}

// A news site prints this year's days without the year, at a time of day,
// under the headline: "3 мая, 14:30", "May 3, 10:30 AM", "3. Mai, 14:30
// Uhr". The year is the address's, else the fetch's (the year before
// when the day is still ahead of the fetch); with neither, no date.
// Without a month's name or a time of day the line dates nothing.
func TestShownDayWithoutYear(t *testing.T) {
	fetched := time.Date(2024, 5, 17, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, line, want string }{
		{"ru", "3 мая, 14:30", "2024-05-03"},
		{"ru", "14:30, 3 мая", "2024-05-03"},
		{"uk", "3 травня, 14:30", "2024-05-03"},
		{"en", "May 3, 10:30 PM", "2024-05-03"},
		{"en", "May 3 at 10:30 am", "2024-05-03"},
		{"de", "3. Mai, 14:30 Uhr", "2024-05-03"},
		{"fr", "3 mai à 14h30", "2024-05-03"},
		{"es", "3 de mayo, 14:30", "2024-05-03"},
		{"pl", "3 maja, 14:30", "2024-05-03"},
		{"tr", "3 Mayıs 14:30", "2024-05-03"},
		// After a publication label; an update's is no publication.
		{"ru", "Опубликовано: 3 мая, 14:30", "2024-05-03"},
		{"en", "Published: May 3, 10:30 AM", "2024-05-03"},
		{"de", "Veröffentlicht am 3. Mai, 14:30 Uhr", "2024-05-03"},
		{"en", "Updated: May 3, 10:30 AM", ""},
		// An event's day to come is no publication.
		{"en", "May 20, 7:30 PM", ""},
		// Japanese news sites' "distributed at", the weekday in brackets.
		{"ja", "5/3(金) 14:30配信", "2024-05-03"},
		{"ja", "5月3日（金）14:30", "2024-05-03"},
		{"no month", "Round 3, 14:30", ""},
		{"no time of day", "3 мая", ""},
		{"digits only", "03.05, 14:30", ""},
		{"other words", "3 мая, 14:30 в Москве пройдёт", ""},
	} {
		page := withByline(pageWithBlocks("", 4, ""), `<p class="date">`+c.line+`</p>`)
		a := extractAt(t, page, "https://news.example/story", Options{FetchedAt: fetched})
		if got := published(a); !hasDayPrefix(got, c.want) {
			t.Errorf("%s, %q: PublishedAt = %q (%s), want %q", c.lang, c.line, got, a.Provenance["published_date"], c.want)
		}
		if c.want == "" {
			continue
		}
		if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "" {
			t.Errorf("%s, %q, no fetch time: PublishedAt = %q, want none", c.lang, c.line, published(a))
		}
		if a := extractAt(t, page, "https://news.example/2022/story", Options{}); !strings.HasPrefix(published(a), "2022-"+c.want[5:10]) {
			t.Errorf("%s, %q, a 2022 folder: PublishedAt = %q, want 2022-%s", c.lang, c.line, published(a), c.want[5:10])
		}
	}
	// Across New Year, last week's December day is last year's; a day
	// further ahead of the fetch is none.
	for _, c := range []struct{ line, want string }{{"28 декабря, 14:30", "2023-12-28"}, {"28 февраля, 14:30", ""}} {
		page := withByline(pageWithBlocks("", 4, ""), `<p class="date">`+c.line+`</p>`)
		a := extractAt(t, page, "https://news.example/story", Options{FetchedAt: time.Date(2024, 1, 2, 9, 0, 0, 0, time.UTC)})
		if got := published(a); !hasDayPrefix(got, c.want) {
			t.Errorf("%q fetched 2024-01-02: PublishedAt = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestDatelineEndAsExpression checks datelineEnd against the expression
// it stands for, on leads and on every short string of the bytes that
// matter to it.
func TestDatelineEndAsExpression(t *testing.T) {
	re := regexp.MustCompile(`[)\]]|\s[-–—]\s|:\s|\s?--`)
	lines := []string{"", "BERLIN (dpa) - Die Regierung", "WASHINGTON, March 3, 2024 (Reuters) -", "NEW YORK, May 8, 2012 /PRNewswire/ --", "May 8, 2012--Acme",
		"LONDON — The council", "PARIS – Le gouvernement", "Madrid -El", "Time: 10:21", "a\t-\tb", "x\f--y", "a:b", "[x] y", "2024-05-16 10:21", "São Paulo —\nA"}
	alphabet := []string{" ", "\t", "-", "–", "—", ":", ")", "]", "a", "\n"}
	var grow func(s string, depth int)
	grow = func(s string, depth int) {
		lines = append(lines, s)
		if depth == 0 {
			return
		}
		for _, a := range alphabet {
			grow(s+a, depth-1)
		}
	}
	grow("", 4)
	for _, l := range lines {
		want := -1
		if loc := re.FindStringIndex(l); loc != nil {
			want = loc[0]
		}
		if got := datelineEnd(l); got != want {
			t.Errorf("datelineEnd(%q) = %d, want %d", l, got, want)
		}
	}
}
