package extractor

import (
	"cmp"
	"testing"
)

// Probe pages of the fifty-ninth round (dates59): the time of day written
// "p. m." and "a. m.", with a space after the first dot, as the Real
// Academia Española spells them and Spanish-language papers print them
// ("5 de marzo de 2024, 10:30 p. m.", "12:00 a. m."), beside a
// publication instant their CMS states in UTC. Read as a twelve-hour
// clock, the time shown with its zone is the UTC instant in the
// publisher's zone, and the day its readers see is the publication's
// (sameInstantElsewhere); read as a morning time, it is no instant of the
// page's and the UTC day stood.

var pages59 = []page50{
	{name: "es p. m. with GMT offset", lang: "es", skel: skelPlain, head: ld45("2024-03-06T03:30:00Z", ""),
		meta: `<p class="autor">Por Juan Pérez</p><p class="fecha">5 de marzo de 2024, 10:30 p. m. (GMT-5)</p>`, pub: "2024-03-05"},
	{name: "es p. m. with zone abbreviation", lang: "es", skel: skelArc, head: ld45("2024-03-06T03:30:00.000Z", ""),
		meta: `<div class="b-byline">Por Juan Pérez</div><div class="c-date">Mar. 5, 2024 10:30 p. m. EST</div>`, pub: "2024-03-05"},
	{name: "es numeric p. m. with GMT offset", lang: "es", skel: skelNewspaper, head: ld45("2024-03-06T03:30:00+00:00", ""),
		meta: `<span class="td-post-author-name">Por Juan Pérez</span><span class="td-post-date">05/03/2024 - 10:30 p. m. (GMT-5)</span>`, pub: "2024-03-05"},
	// The forms without the space still read.
	{name: "es p.m. with GMT offset", lang: "es", skel: skelPlain, head: ld45("2024-03-06T03:30:00Z", ""),
		meta: `<p class="autor">Por Juan Pérez</p><p class="fecha">5 de marzo de 2024, 10:30 p.m. (GMT-5)</p>`, pub: "2024-03-05"},
	// A day without the time: nothing to read, the UTC day stands.
	{name: "es utc instant, day shown only", lang: "es", skel: skelPlain, head: ld45("2024-03-06T03:30:00Z", ""),
		meta: `<p class="autor">Por Juan Pérez</p><p class="fecha">6 de marzo de 2024</p>`, pub: "2024-03-06"},
}

func TestDatesProbe59SpacedMeridiem(t *testing.T) {
	var cs []dateCase
	for _, p := range pages59 {
		cs = append(cs, dateCase{p.name, p.page(), "/news/headline-of-the-story", fetched50, p.pub, p.mod})
	}
	if n := datesRight(t, cs...); n != len(cs) {
		t.Logf("%d/%d pages right", n, len(cs))
	}
}

// The instant is the one shown, in the zone shown: "12:15 a. m." is a
// quarter past midnight, "10:30 p. m." half past ten at night.
func TestDatesProbe59SpacedMeridiemInstant(t *testing.T) {
	for _, c := range []struct{ name, utc, shown, at string }{
		{"p. m.", "2024-03-06T03:30:00Z", "5 de marzo de 2024, 10:30 p. m. (GMT-5)", "2024-03-05T22:30:00-05:00"},
		{"a. m. midnight", "2024-03-05T05:15:00Z", "5 de marzo de 2024, 12:15 a. m. (GMT-5)", "2024-03-05T00:15:00-05:00"},
		{"A. M. capitals", "2024-03-05T14:05:00Z", "5 de marzo de 2024, 9:05 A. M. (GMT-5)", "2024-03-05T09:05:00-05:00"},
	} {
		p := page50{lang: "es", skel: skelPlain, head: ld45(c.utc, ""), meta: `<p class="autor">Por Juan Pérez</p><p class="fecha">` + c.shown + `</p>`}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched50})
		if a.PublishedAt != c.at {
			t.Errorf("%s: published_at %q, want %q", c.name, a.PublishedAt, c.at)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"5 de marzo de 2024, 10:30 p. m.", "2024-03-05 22:30"},
		{"05/03/2024 - 12:10 a. m.", "2024-03-05 00:10"},
		{"March 5, 2024, 9:41 p. m.", "2024-03-05 21:41"},
		{"5 de marzo de 2024, 10:30 p.\u00a0m.", "2024-03-05 22:30"},
		{"04 de mayo 2022, 12:00 A. M.", "2022-05-04 00:00"},
		// No half of the day: "a" is a word, "P. M." an initial's.
		{"5 de marzo de 2024, 10:30 a Madrid", "2024-03-05 10:30"},
		{"March 5, 2024 10:30 by Jane P. Mason", "2024-03-05 10:30"},
	} {
		w, ok := parseDate(c.in, true)
		if got := w.t.Format("2006-01-02 15:04"); !ok || got != c.want {
			t.Errorf("parseDate(%q) = %s, %v; want %s", c.in, got, ok, c.want)
		}
	}
}

// US papers print this year's update without its year, after the
// publication's date, and AP style writes the half of the day "p.m." and
// "a.m.": "Updated March 5 at 10:21 p.m." was read as 10:21 in the
// morning, before the publication at 3 p.m., and so dropped as no
// update; "12:10 a.m." was noon.
func TestDatesProbe59YearlessUpdateMeridiem(t *testing.T) {
	for _, c := range []struct{ name, skel, meta, pub, mod string }{
		{"arc p.m. update", skelArc, `<div class="b-byline">By Jane Doe</div><div class="c-date">Published March 5, 2024 at 3:00 p.m. EST | Updated March 5 at 10:21 p.m.</div>`,
			"2024-03-05T15:00:00-05:00", "2024-03-05T22:21:00-05:00"},
		{"arc a.m. update past midnight", skelArc, `<div class="b-byline">By Jane Doe</div><div class="c-date">Published March 5, 2024 at 9:00 p.m. EST | Updated March 6 at 12:10 a.m.</div>`,
			"2024-03-05T21:00:00-05:00", "2024-03-06T00:10:00-05:00"},
		{"arc PM update, as before", skelArc, `<div class="b-byline">By Jane Doe</div><div class="c-date">Published March 5, 2024 at 3:00 PM EST | Updated March 5 at 10:21 PM</div>`,
			"2024-03-05T15:00:00-05:00", "2024-03-05T22:21:00-05:00"},
	} {
		p := page50{lang: "en", skel: c.skel, meta: c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched50})
		if a.PublishedAt != c.pub || a.ModifiedAt != c.mod {
			t.Errorf("%s: published_at %q, modified_at %q; want %q, %q", c.name, a.PublishedAt, a.ModifiedAt, c.pub, c.mod)
		}
	}
	for _, c := range []struct{ after, want string }{
		{" PM", "pm"}, {" p.m.", "pm"}, {" p. m.", "pm"}, {" a.m. EST", "am"}, {" AM EDT, March 6", "am"},
		{" Uhr", ""}, {" am 6. März", ""}, {"", ""},
	} {
		if got := halfOfDay(c.after); got != c.want {
			t.Errorf("halfOfDay(%q) = %q, want %q", c.after, got, c.want)
		}
	}
}

// The same update without its year, in the byline's line ("By Jane Doe |
// Published March 5, 2024 | Updated March 6"), as Drupal's submitted
// line, WordPress themes and Brightspot's article meta set the author and
// both dates together: the byline's reading took the labelled dates that
// parse whole, and the update without its year was lost.
func TestDatesProbe59BylineYearlessUpdate(t *testing.T) {
	for _, c := range []struct{ name, skel, meta, pub, mod string }{
		{"drupal submitted, p.m. times", skelDrupal, `<div class="node__submitted">By Jane Doe | Published March 5, 2024 at 3:00 p.m. EST | Updated March 5 at 10:21 p.m.</div>`,
			"2024-03-05T15:00:00-05:00", "2024-03-05T22:21:00-05:00"},
		{"byline with dot separators, next day", skelPlain, `<p class="byline">By <a href="/author/jane">Jane Doe</a> · Published March 5, 2024 3:00 PM EST · Updated March 6 at 9:15 AM</p>`,
			"2024-03-05T15:00:00-05:00", "2024-03-06T09:15:00-05:00"},
		{"drupal submitted, days only", skelDrupal, `<div class="node__submitted">By Jane Doe | Published March 5, 2024 | Updated March 6</div>`,
			"2024-03-05", "2024-03-06"},
		{"brightspot meta, one line", skelBrightspot, `<div class="ArticlePage-authors">By Jane Doe</div><div class="ArticlePage-dates">Published March 5, 2024 at 3:00 PM EST | Updated March 5 at 10:21 PM</div>`,
			"2024-03-05T15:00:00-05:00", "2024-03-05T22:21:00-05:00"},
		// An update on a day before the publication's is none.
		{"drupal submitted, update before", skelDrupal, `<div class="node__submitted">By Jane Doe | Published March 5, 2024 | Updated March 4</div>`,
			"2024-03-05", ""},
	} {
		p := page50{lang: "en", skel: c.skel, meta: c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched50})
		got := func(at, day string) string { return cmp.Or(at, day) }
		if got(a.PublishedAt, published(a)) != c.pub || got(a.ModifiedAt, modified(a)) != c.mod {
			t.Errorf("%s: published %q, modified %q; want %q, %q", c.name, got(a.PublishedAt, published(a)), got(a.ModifiedAt, modified(a)), c.pub, c.mod)
		}
	}
}
