package extractor

import "testing"

// Conventions of date statements found by probing news and blog pages
// (twenty-fifth session, date29); each page is laid out as real sites lay
// theirs.

// A bare "Revised", "Edited" or "Modified" before a date states the revision, as
// "Last edited" and "Revised:" do: a line that shows only the revision has
// no publication date, and beside a publication's date it is the update.
// "Edited by" credits an editor.
func TestRevisionWords(t *testing.T) {
	for _, c := range []struct{ line, pub, mod string }{
		{"<p>Revised May 17, 2024</p>", "", "2024-05-17"},
		{"<p>Edited May 17, 2024</p>", "", "2024-05-17"},
		{"<p>Edited: May 17, 2024</p>", "", "2024-05-17"},
		{"<p>Modified May 17, 2024</p>", "", "2024-05-17"},
		{"<p>Jane Doe · Edited May 17, 2024</p>", "", "2024-05-17"}, // the line's only date
		{"<p>Published May 16, 2024</p><p>Revised May 17, 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Published May 16, 2024 | Edited May 17, 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>May 16, 2024 (Revised May 17, 2024)</p>", "2024-05-16", "2024-05-17"},
		{"<p>Originally published May 16, 2024; revised May 17, 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>May 16, 2024 | Edited by Jane Doe, May 17, 2024</p>", "2024-05-16", ""},
		// French papers' "MAJ" (mis à jour), twenty-fifth session, date30.
		{"<p>MAJ le 16/05/2024 à 10:21</p>", "", "2024-05-16"},
		{"<p>Publié le 15/05/2024 à 09:00</p><p>MAJ le 16/05/2024 à 10:21</p>", "2024-05-15", "2024-05-16"},
		{"<p>Publié le 15/05/2024 à 09:00, MAJ le 16/05/2024 à 10:21</p>", "2024-05-15", "2024-05-16"},
		{"<p>Publié le 15 mai 2024 - MAJ le 16 mai 2024</p>", "2024-05-15", "2024-05-16"},
		{"<p>Publié le 15 mai 2024 à 09h00 | MàJ le 16 mai 2024 à 10h21</p>", "2024-05-15", "2024-05-16"},
		{"<p>Jean Dupont · MAJ : 16/05/2024</p>", "", "2024-05-16"},
	} {
		a := extractAt(t, probePage("en", "", c.line), "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.pub) || c.pub == "" && published(a) != "" || !hasDayPrefix(modified(a), c.mod) || c.mod == "" && modified(a) != "" {
			t.Errorf("%s: published %q modified %q, want %q and %q", c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// Medium, Ghost and Substack set this year's day and the reading time in
// sibling elements, not on one line: the day is read as on one line, in
// the address's year or the fetch's, none for a day ahead of the fetch.
func TestReadingTimeSiblingDay(t *testing.T) {
	for _, c := range []struct{ meta, url, want string }{
		{"<p>Jane Doe</p><p>May 16</p><p>3 min read</p>", "https://blog.example/story", "2024-05-16"},
		{"<div><div><span>May 16</span></div><div><span>3 min read</span></div></div>", "https://blog.example/story", "2024-05-16"},
		{"<div><span>3 min read</span><span>·</span><span>May 16</span></div>", "https://blog.example/story", "2024-05-16"},
		{"<p>May 16</p><p>3 min read</p>", "https://blog.example/2023/05/story", "2023-05-16"},
		{"<p>Dec 16</p><p>3 min read</p>", "https://blog.example/story", ""},
		{"<p>Round 16</p><p>3 min read</p>", "https://blog.example/story", ""},
	} {
		page := probePage("en", "", c.meta)
		got := published(extractAt(t, page, c.url, Options{FetchedAt: probeFetched}))
		without := published(extractAt(t, page, c.url, Options{}))
		if !hasDayPrefix(got, c.want) || c.want == "" && got != "" || c.url == "https://blog.example/story" && without != "" {
			t.Errorf("%s at %s: published %q, without the fetch time %q; want %q", c.meta, c.url, got, without, c.want)
		}
	}
}

// Zoned times of day, read to their instant. US news sites write "ET"
// and "PT" whichever of standard and daylight time is in force: the
// offset follows the US rules of the day's year. A date whose month
// dates.go's regexps do not name keeps the time that follows its year when
// a zone names it: "16 मई 2024, 08:00 AM (IST)" (Hindi papers), "16 мая
// 2024 года, 10:30 МСК", "16 Mei 2024, 10:30 WIB" (Indonesia's zones);
// without a zone the time is a local one, and the day alone is printed
// (TestWordDateLocalTime). Numeric dates too:
// "16/05/2024, 10:30 WIB" (Kompas), "16/5/2024, 10:30 (GMT+7)" (VnExpress).
func TestZonedTimes(t *testing.T) {
	for in, want := range map[string]string{
		"May 17, 2024 8:00 AM ET":      "2024-05-17T08:00:00-04:00",
		"January 17, 2024 8:00 AM ET":  "2024-01-17T08:00:00-05:00",
		"May 17, 2024 8:00 AM PT":      "2024-05-17T08:00:00-07:00",
		"March 10, 2024 1:30 AM ET":    "2024-03-10T01:30:00-05:00",
		"March 10, 2024 3:00 AM ET":    "2024-03-10T03:00:00-04:00",
		"November 3, 2024 3:00 AM ET":  "2024-11-03T03:00:00-05:00",
		"March 20, 2005 10:00 AM ET":   "2005-03-20T10:00:00-05:00",
		"April 3, 2005 3:00 PM PT":     "2005-04-03T15:00:00-07:00",
		"October 30, 2006 10:00 AM ET": "2006-10-30T10:00:00-05:00",
		"May 17, 2024 8:00 AM EST":     "2024-05-17T08:00:00-05:00", // a zone named exactly stays
		"16 मई 2024, 08:00 AM (IST)":   "2024-05-16T08:00:00+05:30",
		"16 мая 2024 года, 10:30 МСК":  "2024-05-16T10:30:00+03:00",
		"16 мая 2024, 10:30 MSK":       "2024-05-16T10:30:00+03:00",
		"Kamis, 16 Mei 2024 10:30 WIB": "2024-05-16T10:30:00+07:00",
		"16 Mayıs 2024 10:30 TRT":      "2024-05-16T10:30:00+03:00",
		"16 maja 2024 10:30 CEST":      "2024-05-16T10:30:00+02:00",
		"16 мая 2024, 10:30":           "2024-05-16",
		"16 мая 2024, 10:30 Москва":    "2024-05-16",
		// Numeric dates alike.
		"16/05/2024, 10:30 WIB":             "2024-05-16T10:30:00+07:00",
		"Thứ năm, 16/5/2024, 10:30 (GMT+7)": "2024-05-16T10:30:00+07:00",
		"16.05.2024 10:30 МСК":              "2024-05-16T10:30:00+03:00",
		"05/16/2024 10:30 a.m. ET":          "2024-05-16T10:30:00-04:00",
		"16.05.2024 10:30 Uhr":              "2024-05-16",
		"16.05.2024 10:30 (ROMA)":           "2024-05-16",
	} {
		w, ok := parseDate(in, true)
		if got := w.format(nil); !ok || got != want {
			t.Errorf("parseDate(%q) = %s, %v; want %s", in, got, ok, want)
		}
	}
}
