package extractor

import (
	"strings"
	"testing"
	"time"
)

func withByline(page, byline string) string {
	return strings.Replace(page, "<h1>A story</h1>", "<h1>A story</h1>"+byline, 1)
}

func extractAt(t *testing.T, page, pageURL string, opt Options) Article {
	t.Helper()
	a, err := Extract([]byte(page), pageURL, opt)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// No news page is dated before 1995: a CMS's zero date ("1990-01-01") is
// passed over for the next candidate.
func TestDateNotBefore1995(t *testing.T) {
	page := withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="1990-01-01T00:00:00Z">`)
	a := extractAt(t, page, "https://news.example/2024/03/05/story", Options{})
	if published(a) != "2024-03-05" {
		t.Errorf("Extract.PublishedAt = %q (%s), want 2024-03-05 from the URL past a 1990 date", published(a), a.Provenance["published_date"])
	}
}

// No page states a date after it was fetched (a day of slack for a date
// without its zone, an hour for an instant).
func TestDateNotAfterFetch(t *testing.T) {
	page := withByline(withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2024-06-01">`), "<p>By Jane Doe | December 20, 2023</p>")
	fetched := time.Date(2024, 1, 2, 12, 0, 0, 0, time.UTC)
	if a := extractAt(t, page, "https://news.example/story", Options{FetchedAt: fetched}); published(a) != "2023-12-20" {
		t.Errorf("fetched 2024-01-02: Extract.PublishedAt = %q, want the byline's 2023-12-20, not the future 2024-06-01", published(a))
	}
	page = withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2024-06-01">`)
	if a := extractAt(t, page, "https://news.example/2023/12/20/story", Options{FetchedAt: fetched}); published(a) != "2023-12-20" {
		t.Errorf("fetched 2024-01-02: Extract.PublishedAt = %q, want the URL's 2023-12-20", published(a))
	}
	// Fetched now, the statement is no longer in the future. (An address
	// dated more than a month before it would date the page: addressFirst.)
	if a := extractAt(t, page, "https://news.example/2024/05/20/story", Options{}); published(a) != "2024-06-01" {
		t.Errorf("fetched now: Extract.PublishedAt = %q, want 2024-06-01", published(a))
	}
	future := withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2090-01-01">`)
	if a := extractAt(t, future, "https://news.example/story", Options{}); published(a) != "" {
		t.Errorf("Extract.PublishedAt = %q for a page dated 2090, want none", published(a))
	}
	if !plausibleAt(when{t: fetched.Add(20 * time.Hour)}, fetched) || plausibleAt(when{t: fetched.Add(25 * time.Hour)}, fetched) {
		t.Error("plausibleAt: want a day of slack after the fetch, no more")
	}
	// An instant with its zone has no zone to be a day ahead in: 23 hours
	// after the fetch, its local day ("2025-12-02" for 00:00+01:00) would
	// be past the slack (FuzzDates found it).
	instant := withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2024-01-03T11:00:00+01:00">`)
	if a := extractAt(t, instant, "https://news.example/story", Options{FetchedAt: fetched}); published(a) != "" {
		t.Errorf("fetched 2024-01-02 12:00Z: Extract.PublishedAt = %q for an instant 22 hours later, want none", published(a))
	}
}

// A page that states only when it was updated has no known publication
// date.
func TestModifiedOnlyIsNoPublication(t *testing.T) {
	page := withHead(pageWithBlocks("", 4, ""), `<meta property="article:modified_time" content="2024-05-01T10:00:00Z">`)
	a := extractAt(t, page, "https://news.example/story", Options{})
	if published(a) != "" || modified(a) != "2024-05-01T10:00:00Z" {
		t.Errorf("Extract = published %q modified %q, want none and 2024-05-01T10:00:00Z", published(a), modified(a))
	}
}

// A modification before the publication is none.
func TestModifiedNotBeforePublished(t *testing.T) {
	page := withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2024-05-03"><meta property="article:modified_time" content="2024-05-01">`)
	a := extractAt(t, page, "https://news.example/story", Options{})
	if published(a) != "2024-05-03" || modified(a) != "" {
		t.Errorf("Extract = published %q modified %q, want 2024-05-03 and none", published(a), modified(a))
	}
	// The same day, minutes apart (a scheduled post created before it went
	// out): the instants decide.
	page = withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2024-05-03T10:00:00Z"><meta property="article:modified_time" content="2024-05-03T12:00:00Z">`)
	if a := extractAt(t, page, "https://news.example/story", Options{}); modified(a) != "2024-05-03T12:00:00Z" {
		t.Errorf("Extract.ModifiedAt = %q, want 2024-05-03T12:00:00Z", modified(a))
	}
	// A structured instant in UTC and the byline's local times, without a
	// zone, on the same day: the local update is not known to be earlier.
	page = withByline(withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2024-05-03T19:25:34Z">`),
		"<p>By Jane Doe | Published May 3, 2024 2:25 pm | Updated May 3, 2024 4:01 pm</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-05-03T19:25:34Z" || modified(a) != "2024-05-03" {
		t.Errorf("Extract = published %q modified %q, want 2024-05-03T19:25:34Z and 2024-05-03", published(a), modified(a))
	}
}

// "Originally published on …" in the body does not beat the byline's date,
// and stands in only when the page has no other.
func TestOriginallyPublishedNote(t *testing.T) {
	for _, byline := range []string{"<p>By Jane Doe</p><p>Published: June 5, 2024</p>", "<p>By Jane Doe | June 5, 2024</p>"} {
		page := withByline(pageWithBlocks("", 4, "<p>This article was originally published on The Conversation on March 3, 2019.</p>"), byline)
		if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-06-05" {
			t.Errorf("%s: Extract.PublishedAt = %q, want the byline's 2024-06-05", byline, published(a))
		}
	}
	page := withByline(pageWithBlocks("", 4, ""), "<p>By Jane Doe</p><p><em>Originally published on March 3, 2019.</em></p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2019-03-03" {
		t.Errorf("Extract.PublishedAt = %q, want the only date, 2019-03-03", published(a))
	}
}

// The order of day and month in a numeric date follows the page's other
// dates, then its language.
func TestDayMonthOrder(t *testing.T) {
	// An English page reads 05/03/2024 month first, unless a structured
	// date of the page says 5 March.
	page := withByline(pageWithBlocks("", 4, ""), "<p>Published: 05/03/2024</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-05-03" {
		t.Errorf("no evidence: Extract.PublishedAt = %q, want 2024-05-03", published(a))
	}
	withMod := withHead(page, `<meta property="article:modified_time" content="2024-03-05T18:00:00Z">`)
	if a := extractAt(t, withMod, "https://news.example/story", Options{}); published(a) != "2024-03-05" {
		t.Errorf("modified 2024-03-05: Extract.PublishedAt = %q, want 2024-03-05", published(a))
	}
	de := strings.Replace(page, "<html>", `<html lang="de">`, 1)
	if a := extractAt(t, de, "https://news.example/story", Options{}); published(a) != "2024-03-05" {
		t.Errorf("lang=de: Extract.PublishedAt = %q, want 2024-03-05", published(a))
	}
	// A dotted date is day first on any page, unless only the other
	// reading is a day the page states.
	dotted := withByline(pageWithBlocks("", 4, ""), "<p>07.11.2023</p>")
	if a := extractAt(t, dotted, "https://news.example/story", Options{}); published(a) != "2023-11-07" {
		t.Errorf("07.11.2023 on an English page: Extract.PublishedAt = %q, want 2023-11-07", published(a))
	}
	dotted = withHead(dotted, `<script type="application/ld+json">{"@type":"Article","datePublished":"2023-07-11T16:07:00Z"}</script>`)
	if a := extractAt(t, dotted, "https://news.example/story", Options{}); published(a) != "2023-07-11T16:07:00Z" {
		t.Errorf("07.11.2023 beside a structured 2023-07-11: Extract.PublishedAt = %q, want 2023-07-11T16:07:00Z", published(a))
	}
}

func TestTwoDigitYear(t *testing.T) {
	for _, c := range []struct {
		in       string
		dayFirst bool
		want     string
	}{
		{"01/25/26", false, "2026-01-25"},
		{"25.01.26", true, "2026-01-25"},
		{"03/04/26", true, "2026-04-03"},
		{"03/04/26", false, "2026-03-04"},
	} {
		w, ok := parseDate(c.in, c.dayFirst)
		if got := w.format(nil); !ok || got != c.want {
			t.Errorf("parseDate(%q, %v) = %q, %v; want %q", c.in, c.dayFirst, got, ok, c.want)
		}
	}
	for _, in := range []string{"1.2.24", "version 01/25/26", "01/25-26", "1.2.3.4"} {
		if w, ok := parseDate(in, false); ok {
			t.Errorf("parseDate(%q) = %s, want none", in, w.format(nil))
		}
	}
	page := withByline(pageWithBlocks("", 4, ""), "<p>Posted: 01/25/26</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{FetchedAt: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)}); published(a) != "2026-01-25" {
		t.Errorf("Extract.PublishedAt = %q, want 2026-01-25", published(a))
	}
}

// A UTC instant is on the day that an independent source states when that
// day is the instant's in some zone: the URL's and the byline's day are
// the local one.
func TestUTCInstantTakesTheLocalDay(t *testing.T) {
	head := `<meta property="article:published_time" content="2018-12-31T23:11:59Z">`
	page := withHead(pageWithBlocks("", 4, ""), head)
	if a := extractAt(t, page, "https://blog.example/2019/01/01/story/", Options{}); published(a) != "2019-01-01" || a.Provenance["published_date"] != "url" {
		t.Errorf("URL 2019/01/01: Extract.PublishedAt = %q (%s), want 2019-01-01 from the URL", published(a), a.Provenance["published_date"])
	}
	// No witness, or one two days away, or an instant with its own offset:
	// the instant stands.
	if a := extractAt(t, page, "https://blog.example/story/", Options{}); published(a) != "2018-12-31T23:11:59Z" {
		t.Errorf("no witness: Extract.PublishedAt = %q, want the instant", published(a))
	}
	if a := extractAt(t, page, "https://blog.example/2019/01/02/story/", Options{}); published(a) != "2018-12-31T23:11:59Z" {
		t.Errorf("URL two days on: Extract.PublishedAt = %q, want the instant", published(a))
	}
	own := withHead(pageWithBlocks("", 4, ""), `<meta property="article:published_time" content="2018-12-31T23:11:59+01:00">`)
	if a := extractAt(t, own, "https://blog.example/2019/01/01/story/", Options{}); published(a) != "2018-12-31T23:11:59+01:00" {
		t.Errorf("instant with an offset: Extract.PublishedAt = %q, want it as stated", published(a))
	}
}

// The one day a page shows beside its headline is the date its readers
// take for the publication, even when the structured data calls that day
// the update and states an earlier publication (CMSs that print the last
// edit as the post's date). A day apart it is a UTC instant read on
// another day, and the structured publication stands.
func TestShownDateBeatsStructuredPublicationOnUpdateDay(t *testing.T) {
	meta := `<meta property="article:published_time" content="2024-01-10T09:00:00Z"><meta property="article:modified_time" content="2024-03-05T10:00:00Z">`
	page := withByline(withHead(pageWithBlocks("", 4, ""), meta), "<p>March 5, 2024</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-03-05" {
		t.Errorf("Extract.PublishedAt = %q (%s), want the shown 2024-03-05", published(a), a.Provenance["published_date"])
	}
	meta = `<meta property="article:published_time" content="2024-03-04T23:00:00Z"><meta property="article:modified_time" content="2024-03-05T10:00:00Z">`
	page = withByline(withHead(pageWithBlocks("", 4, ""), meta), "<p>Published March 5, 2024</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-03-04T23:00:00Z" {
		t.Errorf("Extract.PublishedAt = %q, want the structured 2024-03-04T23:00:00Z a day from the shown update day", published(a))
	}
	// Only the update in <meta>, the same day shown unlabelled: that day.
	page = withByline(withHead(pageWithBlocks("", 4, ""), `<meta property="article:modified_time" content="2024-03-05T10:00:00Z">`), "<p>March 5, 2024</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-03-05" {
		t.Errorf("Extract.PublishedAt = %q, want the shown 2024-03-05", published(a))
	}
}

// Independent sources that agree win: a structured publication date on the
// day the page shows beats the first structured one on another day, and a
// date labelled as published does not overrule a structured date the page
// also shows beside its headline.
func TestAgreeingSourcesWin(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-06T18:19:00+01:00"}</script><meta name="DC.date.issued" content="2023-11-07T07:30:00+01:00">`
	page := withByline(withHead(pageWithBlocks("", 4, ""), head), "<p>07.11.2023, 07:30 Uhr</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2023-11-07T07:30:00+01:00" || a.Provenance["published_date"] != "meta:dc" {
		t.Errorf("Extract.PublishedAt = %q from %q, want 2023-11-07T07:30:00+01:00 from meta:dc, the day shown", published(a), a.Provenance["published_date"])
	}
	head = `<script type="application/ld+json">{"@type":"Article","datePublished":"2019-09-17T14:54:31+02:00"}</script>`
	page = withByline(withHead(pageWithBlocks("", 4, ""), head), `<p>17. September 2019</p><p>A caption line of the photo</p><p>Published: 31. August 2019</p>`)
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2019-09-17T14:54:31+02:00" {
		t.Errorf("Extract.PublishedAt = %q, want the structured 2019-09-17T14:54:31+02:00 the page also shows", published(a))
	}
}

// A day apart is an instant read in another zone only when the structured
// date states an instant: a date-only statement a day from the one day the
// page shows is a day apart, and the shown day wins.
func TestShownDateADayFromDateOnlyStructured(t *testing.T) {
	page := withByline(withHead(pageWithBlocks("", 4, ""), `<meta name="date" content="2020-04-30">`), "<p>29.04.2020, 12:01 Uhr</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2020-04-29" {
		t.Errorf("Extract.PublishedAt = %q (%s), want the shown 2020-04-29", published(a), a.Provenance["published_date"])
	}
	page = withByline(withHead(pageWithBlocks("", 4, ""), `<meta name="date" content="2020-04-29T22:30:00Z">`), "<p>30.04.2020</p>")
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2020-04-29T22:30:00Z" {
		t.Errorf("Extract.PublishedAt = %q, want the structured instant 2020-04-29T22:30:00Z", published(a))
	}
}

// The dateline set just above the headline ("05.02.2020 - Redaktion: …"
// over the title) overrules a structured date on another day as the one
// below it does; a date further up (the site's "today" bar) does not.
func TestDatelineAboveTheHeadlineOverrules(t *testing.T) {
	meta := `<meta name="date" content="2020-02-12">`
	page := withHead(pageWithBlocks(`<div class="timedata">05.02.2020 <span>- Redaktion: Eberhard Fuhr</span></div>`, 4, ""), meta)
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2020-02-05" {
		t.Errorf("Extract.PublishedDate = %q (%s), want the dateline's 2020-02-05", published(a), a.Provenance["published_date"])
	}
	page = withHead(pageWithBlocks(`<p>05.02.2020</p><p>Home</p><p>News</p>`, 4, ""), meta)
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2020-02-12" {
		t.Errorf("Extract.PublishedDate = %q (%s), want the structured 2020-02-12 over a date three blocks up", published(a), a.Provenance["published_date"])
	}
}

// A page that declares no language, or one its text is not in, reads
// "03/04/2024" in the order of the language its text is in: the dates are
// read before the text tells it, and read again once it has.
func TestDayMonthOrderOfTheTextsLanguage(t *testing.T) {
	fr := `<html><head><title>Le conseil municipal</title></head><body><article><h1>Le conseil municipal</h1><p>03/04/2024</p>` +
		strings.Repeat(`<p>Le conseil municipal a voté mardi soir la nouvelle ligne de bus qui reliera les quartiers du nord à la gare, après des mois de débats avec les habitants et les commerçants de la ville.</p>`, 4) +
		`</article></body></html>`
	en := `<html><head><title>The city council</title></head><body><article><h1>The city council</h1><p>03/04/2024</p>` +
		strings.Repeat(`<p>The city council voted on Tuesday night for the new bus line that will link the northern districts to the station, after months of debate with the residents and the shopkeepers of the town.</p>`, 4) +
		`</article></body></html>`
	for _, c := range []struct{ name, page, want string }{
		{"French, no language declared", fr, "2024-04-03"},
		{"French, declared English", strings.Replace(fr, "<html>", `<html lang="en-US">`, 1), "2024-04-03"},
		{"English, no language declared", en, "2024-03-04"},
		{"French, declared French", strings.Replace(fr, "<html>", `<html lang="fr">`, 1), "2024-04-03"},
	} {
		if a := extractAt(t, c.page, "https://news.example.com/story", Options{}); published(a) != c.want {
			t.Errorf("%s: Extract.PublishedAt = %q (language %q), want %s", c.name, published(a), a.Language, c.want)
		}
	}
	// A date the page's own structured dates confirm keeps its reading.
	confirmed := withHead(fr, `<meta property="article:modified_time" content="2024-03-04T18:00:00Z">`)
	if a := extractAt(t, confirmed, "https://news.example.com/story", Options{}); published(a) != "2024-03-04" {
		t.Errorf("confirmed by a structured 2024-03-04: Extract.PublishedAt = %q, want 2024-03-04", published(a))
	}
}

// A labelled day far below the headline counts when the page labels no
// other day so, even when it is read twice: once in the byline line that
// holds it, once in its own date block.
func TestLabelledDayReadTwice(t *testing.T) {
	page := authorPage("", `<p class="interview-credit">Interview by <a href="/interviewer/jane-doe/">Jane Doe</a></p>`,
		`<div class="date-and-credit"><p class="credit">Interview by <a href="/interviewer/jane-doe/">Jane Doe</a></p><p class="date">December 3, 2025. <i>Updated: December 7, 2025</i></p></div>`)
	a := extractPage(t, page)
	if a.PublishedDate != "2025-12-03" {
		t.Errorf("Extract(day read twice).PublishedDate = %q, want 2025-12-03", a.PublishedDate)
	}
}

// When the structured and the visible publication dates disagree, the
// URL's date sides with one: a <meta name="date"> stamped when the page was
// generated loses to the byline's day that the permalink repeats, and a
// byline's stray day loses to a statement the permalink repeats.
func TestURLDateSidesWithOne(t *testing.T) {
	related := `<ul><li><a href="/a">An older story</a> <p>May 14, 2024</p></li><li><a href="/b">A newer story</a> <p>May 18, 2024</p></li></ul>`
	for _, c := range []struct{ name, head, byline, tail, url, want string }{
		{"visible and URL against meta", `<meta name="date" content="2024-05-31T14:39:00Z">`, `<p>May 16, 2024</p>`, related, "https://news.example/2024/05/16/story", "2024-05-16"},
		{"meta and URL against visible", `<meta property="article:published_time" content="2024-05-16T10:00:00Z">`, `<p>May 20, 2024</p>`, "", "https://news.example/2024/05/16/story", "2024-05-16"},
	} {
		page := withByline(withHead(pageWithBlocks("", 4, c.tail), c.head), c.byline)
		a := extractAt(t, page, c.url, Options{})
		if !hasDayPrefix(published(a), c.want) {
			t.Errorf("%s: Extract.PublishedAt = %q, want %q", c.name, published(a), c.want)
		}
	}
}

// A note that the piece first appeared in some month ("initialement publié
// en avril 2017, a fait l'objet d'une mise à jour") sides with the
// structured publication date in that month against the day shown under
// the headline, the update's; a note naming another month does not.
func TestFirstPublishedNoteMonth(t *testing.T) {
	para := func(s string) string {
		return "<p>" + strings.Repeat(s+" ", 6) + "</p>"
	}
	cases := []struct {
		name, lang, pub, mod, shown, note, want string
	}{
		{"fr", "fr", "2017-04-12T18:33:59+02:00", "2020-02-19T15:24:33+01:00",
			`<div class="date">19 février 2020</div>`,
			`<p>* Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour.</p>`,
			"2017-04-12T18:33:59+02:00"},
		{"en", "en", "2021-03-08T09:00:00Z", "2024-01-15T10:00:00Z",
			`<p class="meta"><span>January 15, 2024</span></p>`,
			`<p><em>Editor's note: this story was originally published in March 2021 and has been updated.</em></p>`,
			"2021-03-08T09:00:00Z"},
		{"de", "de", "2019-05-06T08:00:00+02:00", "2022-11-28T12:00:00+01:00",
			`<span class="datum">28.11.2022</span>`,
			`<div class="hinweis">Zuerst erschienen im Mai 2019, aktualisiert.</div>`,
			"2019-05-06T08:00:00+02:00"},
		{"es", "es", "2021-03-22T07:30:00+01:00", "2023-06-02T09:15:00+02:00",
			`<p><small>2 de junio de 2023</small></p>`,
			`<p>Publicado originalmente en marzo de 2021. Actualizado.</p>`,
			"2021-03-22T07:30:00+01:00"},
		// The note names another month: it says nothing of the structured date.
		{"en other month", "en", "2021-03-08T09:00:00Z", "2024-01-15T10:00:00Z",
			`<p class="meta"><span>January 15, 2024</span></p>`,
			`<p><em>This story was originally published in June 2019.</em></p>`,
			"2024-01-15"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := `<html lang="` + c.lang + `"><head><title>A story</title>` +
				`<meta property="article:published_time" content="` + c.pub + `">` +
				`<meta property="article:modified_time" content="` + c.mod + `">` +
				`</head><body><header><a href="/">Home</a></header><main><h1>A story</h1>` + c.shown +
				para("The body of the story runs on for a while, long enough for a reader.") +
				para("Another paragraph of the story follows with more words in it.") +
				c.note + `</main></body></html>`
			a := extractAt(t, page, "https://news.example/section/a-story", Options{})
			if published(a) != c.want {
				t.Errorf("Extract(%s).PublishedAt = %q from %q, want %q", c.name, published(a), a.Provenance["published_date"], c.want)
			}
		})
	}
}

// A note that the piece first appeared on some day and has been updated
// since ("originally published on 26 Sep 2019 at 4:12pm but has been
// regularly updated") makes the later day shown under the headline the
// update's: the note's day is the publication. A reprint's note ("This
// article was originally published on The Conversation", no update)
// does not (TestOriginallyPublishedNote).
func TestOriginallyPublishedThenUpdated(t *testing.T) {
	cases := []struct{ lang, byline, note string }{
		{"en", `<p>Chris Carroll <span>30 Sep 2022, 11:07am</span></p>`,
			`<p><em>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.</em></p>`},
		{"en", `<div class="meta">By Jane Doe | September 30, 2022</div>`,
			`<p>Editor's note: This post was first published on September 26, 2019 and has since been updated for accuracy.</p>`},
		{"fr", `<p class="date">30 septembre 2022</p>`,
			`<p>Cet article, initialement publié le 26 septembre 2019, a été mis à jour.</p>`},
		{"de", `<span class="datum">30.09.2022</span>`,
			`<p>Dieser Beitrag ist ursprünglich erschienen am 26.09.2019 und wurde aktualisiert.</p>`},
		{"es", `<p><small>30 de septiembre de 2022</small></p>`,
			`<p>Publicado originalmente el 26 de septiembre de 2019 y actualizado.</p>`},
	}
	for _, c := range cases {
		page := strings.Replace(withByline(pageWithBlocks("", 4, c.note), c.byline), "<html>", `<html lang="`+c.lang+`">`, 1)
		a := extractAt(t, page, "https://magazine.example/advice/a-story", Options{})
		if !hasDayPrefix(published(a), "2019-09-26") {
			t.Errorf("%s %s: Extract.PublishedAt = %q, want the note's 2019-09-26", c.lang, c.byline, published(a))
		}
	}
}

// A page whose own date line under the headline is an update note
// ("Updated on 09/10/2025") states no publication date: the unlabelled
// days further down are those of what follows it, a list of news cards or
// a quoted document.
func TestUpdateLineAboveOtherDays(t *testing.T) {
	card := func(day, title string) string {
		return `<div class="card"><p><time>` + day + `</time></p><h3><a href="/news/` + strings.ReplaceAll(title, " ", "-") + `">` + title + `</a></h3></div>`
	}
	cases := []struct{ lang, update, want string }{
		{"en", `<p class="updated">Updated on 09/10/2025</p>`, "2025-09-10"},
		{"en", `<div class="page-meta">Last updated: September 10, 2025</div>`, "2025-09-10"},
		{"de", `<p>Aktualisiert am 10.09.2025</p>`, "2025-09-10"},
		{"fr", `<p>Mis à jour le 10 septembre 2025</p>`, "2025-09-10"},
	}
	for _, c := range cases {
		cards := card("08/12/2021", "A white paper on the topic") + card("04/08/2025", "A startup in the field") + card("19/02/2025", "A new research team")
		if c.lang == "en" {
			cards = card("December 8, 2021", "A white paper on the topic") + card("April 8, 2025", "A startup in the field") + card("February 19, 2025", "A new research team")
		}
		page := strings.Replace(withByline(pageWithBlocks("", 3, "<section><h2>Related news</h2>"+cards+"</section>"), c.update), "<html>", `<html lang="`+c.lang+`">`, 1)
		a := extractAt(t, page, "https://institute.example/en/topic", Options{})
		if published(a) != "" || !hasDayPrefix(modified(a), c.want) {
			t.Errorf("%s %s: Extract = published %q modified %q, want none and %s", c.lang, c.update, published(a), modified(a), c.want)
		}
	}
}

// A UTC instant in the structured data that the page shows at the same
// instant in its own zone is written in that zone: the day is its
// readers'. A shown time that is another instant leaves it in UTC.
func TestUTCInstantInTheZoneShown(t *testing.T) {
	for _, c := range []struct{ name, head, line, at, day string }{
		{"meta, US byline",
			`<meta property="article:published_time" content="2024-03-05T02:00:00Z">`,
			`<p>By Jane Doe | March 4, 2024 9:00 PM EST</p>`,
			"2024-03-04T21:00:00-05:00", "2024-03-04"},
		{"JSON-LD with seconds, a European zone",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","datePublished":"2024-03-04T23:30:12Z"}</script>`,
			`<p class="date">5 March 2024 00:30 CET</p>`,
			"2024-03-05T00:30:12+01:00", "2024-03-05"},
		{"another instant shown",
			`<meta property="article:published_time" content="2024-03-05T02:00:00Z">`,
			`<p>By Jane Doe | March 5, 2024 9:00 AM EST</p>`,
			"2024-03-05T02:00:00Z", "2024-03-05"},
	} {
		a := extractPage(t, withHead(withByline(pageWithBlocks("", 4, ""), c.line), c.head))
		if a.PublishedAt != c.at || a.PublishedDate != c.day {
			t.Errorf("%s: Extract = published_at %q, published_date %q, want %q and %q", c.name, a.PublishedAt, a.PublishedDate, c.at, c.day)
		}
	}
}

// A note that the piece first appeared earlier or elsewhere, as the
// languages of news write it, gives its date when the page has no other,
// and never beats the byline's.
func TestOriginallyPublishedNoteLanguages(t *testing.T) {
	for _, c := range []struct{ lang, note string }{
		{"de", "Dieser Beitrag erschien zuerst am 3. März 2019 in der Wochenzeitung."},
		{"de", "Der Text ist erstmals erschienen am 03.03.2019 im Magazin."},
		{"es", "Este artículo fue publicado originalmente el 3 de marzo de 2019 en The Conversation."},
		{"pt", "Este texto foi publicado pela primeira vez em 3 de março de 2019."},
		{"fr", "Cet article a été publié pour la première fois le 3 mars 2019."},
		{"it", "Questo articolo è stato pubblicato per la prima volta il 3 marzo 2019."},
		{"nl", "Dit artikel verscheen eerder op 3 maart 2019 in de krant."},
		{"ru", "Статья впервые опубликована 3 марта 2019 года."},
		{"pl", "Tekst pierwotnie opublikowany 3 marca 2019 r."},
		{"ro", "Articolul a fost publicat inițial pe 3 martie 2019."},
		{"id", "Artikel ini pertama kali diterbitkan pada 3 Maret 2019."},
	} {
		note := "<p><em>" + c.note + "</em></p>"
		page := strings.Replace(withByline(pageWithBlocks("", 4, note), "<p>By Jane Doe</p>"), "<html>", `<html lang="`+c.lang+`">`, 1)
		if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2019-03-03" {
			t.Errorf("%s: Extract.PublishedAt = %q (%s), want the note's 2019-03-03", c.note, published(a), a.Provenance["published_date"])
		}
		page = strings.Replace(withByline(pageWithBlocks("", 4, note), "<p>By Jane Doe | June 5, 2024</p>"), "<html>", `<html lang="`+c.lang+`">`, 1)
		if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-06-05" {
			t.Errorf("%s, dated byline: Extract.PublishedAt = %q (%s), want the byline's 2024-06-05", c.note, published(a), a.Provenance["published_date"])
		}
	}
}

// A numeric date with a two-digit year trades day and month as one with
// four digits does: read in the page's order, unless only the other
// reading is a day the page states.
func TestDayMonthOrderShortYear(t *testing.T) {
	page := strings.Replace(withByline(pageWithBlocks("", 4, ""), "<p>Published: 03/04/24</p>"), "<html>", `<html lang="en-US">`, 1)
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "2024-03-04" {
		t.Errorf("no evidence: Extract.PublishedAt = %q, want 2024-03-04", published(a))
	}
	withMod := withHead(page, `<meta property="article:modified_time" content="2024-04-03T18:00:00Z">`)
	if a := extractAt(t, withMod, "https://news.example/story", Options{}); published(a) != "2024-04-03" {
		t.Errorf("modified 2024-04-03: Extract.PublishedAt = %q, want 2024-04-03", published(a))
	}
}
