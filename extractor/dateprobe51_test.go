package extractor

import (
	"cmp"
	"strings"
	"testing"
)

// Probe pages of the thirty-seventh session's second round (dates51): the
// leftovers dates50 logged. A time printed before the date (Brightspot,
// US local papers, German "Uhr" lines), a date without its year in an
// element named for a date (WordPress "entry-date", Substack's "Mar 3"),
// and wire datelines without a year, each beside the page's other
// evidence. Each states the day a reader would take.

var pages51 = []page50{
	// 1. A time before the date.
	{name: "brightspot time before date", lang: "en", skel: skelBrightspot, meta: `<div class="ArticlePage-datePublished">Published <span class="ArticlePage-datePublished-time">11:05 PM EST</span> Mar 3, 2024</div>`,
		rail: rail50("Trending", "Mar 9, 2024", "Mar 8, 2024"), pub: "2024-03-03"},
	{name: "brightspot time zone date", lang: "en", skel: skelBrightspot, meta: `<div class="ArticlePage-datePublished">11:05 PM EST Mar 3, 2024</div>`, pub: "2024-03-03"},
	{name: "updated time before date", lang: "en", skel: skelPlain, meta: `<p class="timestamp">Published 9:41 a.m. ET March 3, 2024 | Updated 10:15 a.m. ET March 5, 2024</p>`,
		rail: rail50("Most popular", "March 9, 2024"), pub: "2024-03-03", mod: "2024-03-05"},
	{name: "updated only, time before date", lang: "en", skel: skelPlain, meta: `<p class="timestamp">Updated 9:41 a.m. ET March 5, 2024</p>`, rail: rail50("Most popular", "March 9, 2024"), mod: "2024-03-05"},
	{name: "time before weekday date", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe</p><p class="dateline">6:30 AM, Sunday, March 3, 2024</p>`, rail: rail50("Latest", "March 9, 2024"), pub: "2024-03-03"},
	{name: "de uhrzeit vor datum", lang: "de", skel: skelPlain, meta: `<p class="meta">10:30 Uhr, 03.03.2024</p>`, rail: rail50("Meistgelesen", "09.03.2024"), pub: "2024-03-03"},
	{name: "fr heure avant date", lang: "fr", skel: skelPlain, meta: `<p class="meta">Publié à 14h05, le 3 mars 2024</p>`, rail: rail50("Les plus lus", "9 mars 2024"), pub: "2024-03-03"},
	{name: "es hora antes de fecha", lang: "es", skel: skelPlain, meta: `<p class="fecha">14:05 hrs. | 3 de marzo de 2024</p>`, rail: rail50("Lo más leído", "9 de marzo de 2024"), pub: "2024-03-03"},
	// 2. A date without its year in a date-named element.
	{name: "substack bare month day, ld", lang: "en", skel: skelSubstack, head: ld45("2024-03-03T14:05:00+00:00", ""), meta: `<div class="post-meta-item post-date">Mar 3</div>`, pub: "2024-03-03"},
	{name: "wp entry-date yearless, url year", lang: "en", skel: skelSoledad, path: "/2024/03/headline-of-the-story/", meta: `<span class="entry-date">March 3</span>`, pub: "2024-03-03"},
	{name: "wp post-date yearless, rail", lang: "en", skel: skelJnews, path: "/2024/headline-of-the-story/", meta: `<div class="jeg_meta_date"><span class="post-date">Mar 3</span></div>`, rail: rail50("Popular", "Mar 9, 2024"), pub: "2024-03-03"},
	{name: "yearless post-date after the fetch, url year", lang: "en", skel: skelJnews, path: "/2024/headline-of-the-story/", meta: `<div class="jeg_meta_date"><span class="post-date">Dec 3</span></div>`, pub: ""},
	{name: "yearless in an undated element, url year", lang: "en", skel: skelJnews, path: "/2024/headline-of-the-story/", meta: `<p>Mar 3</p>`, pub: ""},
	{name: "yearless with no evidence", lang: "en", skel: skelPlain, meta: `<p class="post-date">March 3</p>`, pub: ""},
	// 3. Wire datelines without a year.
	// The dateline opens the copy, as wire stories print it (dates50's
	// probes set it third, under two paragraphs, where no dateline is).
	{name: "wire dateline yearless, ld agrees", lang: "en", skel: skelPlain, head: ld45("2024-03-03T19:05:00Z", ""), meta: `<p class="byline">By Jane Doe</p>`,
		inBody: lead51 + `<p>WASHINGTON, March 3 (Reuters) - The city council voted on Sunday on the plan for its buses.</p>`, pub: "2024-03-03"},
	{name: "wire dateline yearless, url year", lang: "en", skel: skelPlain, path: "/2024/03/headline-of-the-story/", meta: `<p class="byline">By Jane Doe</p>`,
		inBody: lead51 + `<p>WASHINGTON, March 3 (Reuters) - The city council voted on Sunday on the plan for its buses.</p>`, pub: "2024-03-03"},
	{name: "es efe dateline, url year", lang: "es", skel: skelPlain, path: "/2024/03/03/headline-of-the-story/", meta: `<p class="autor">Agencia EFE</p>`,
		inBody: lead51 + `<p>Madrid, 3 mar (EFE).- El ayuntamiento aprobó este domingo el plan de autobuses.</p>`, pub: "2024-03-03"},
	{name: "wire dateline yearless, url year alone", lang: "en", skel: skelPlain, path: "/2024/headline-of-the-story/", meta: `<p class="byline">By Jane Doe</p>`,
		inBody: lead51 + `<p>WASHINGTON, March 3 (Reuters) - The city council voted on Sunday on the plan for its buses.</p>`, pub: "2024-03-03"},
	{name: "wire dateline yearless, updated later", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe</p><p class="date">Updated March 5, 2024</p>`,
		inBody: lead51 + `<p>WASHINGTON, March 3 (Reuters) - The city council voted on Sunday on the plan for its buses.</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "wire dateline alone", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe</p>`,
		inBody: lead51 + `<p>WASHINGTON, March 3 (Reuters) - The city council voted on Sunday on the plan for its buses.</p>`, pub: ""},
}

// lead51 marks a paragraph that opens the copy: page51 moves it above
// the page's paragraphs.
const lead51 = "<!--lead-->"

// page51 is p's page, its paragraph marked lead51 opening the copy.
func page51(p page50) string {
	lead := ""
	if i := strings.Index(p.inBody, lead51); i >= 0 {
		lead, p.inBody = p.inBody[i+len(lead51):], p.inBody[:i]
	}
	p.skel = strings.Replace(p.skel, "{BODY}", lead+"{BODY}", 1)
	return p.page()
}

// Pages51 counts the whole pages whose dates Extract gets right.
func TestPages51(t *testing.T) {
	var cs []dateCase
	for _, p := range pages51 {
		cs = append(cs, dateCase{p.name, page51(p), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched50), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}

// A time printed before its date is the date's: "11:05 PM EST Mar 3,
// 2024" is 23:05 at UTC-5 (timeBefore). A bare time is read only opening
// the text; a number in a sentence before a date is none.
func TestTimeBeforeDate(t *testing.T) {
	for s, want := range map[string]string{
		"11:05 PM EST Mar 3, 2024":            "2024-03-03T23:05:00-05:00",
		"Published: 11:05 PM EST Mar 3, 2024": "2024-03-03T23:05:00-05:00",
		"Updated 9:41 a.m. ET March 3, 2024":  "2024-03-03T09:41:00-05:00",
		"6:30 AM, Sunday, March 3, 2024":      "2024-03-03T06:30:00",
		"10:30 Uhr, 03.03.2024":               "2024-03-03T10:30:00",
		"14:05 | 3 March 2024":                "2024-03-03T14:05:00",
		"The score was 12:30 March 3, 2024":   "2024-03-03",
		"Doors open at 7:30 on March 3, 2024": "2024-03-03",
		"Mar 3, 2024 11:05 PM EST":            "2024-03-03T23:05:00-05:00",
	} {
		w, ok := parseDate(s, true)
		got := w.format(nil)
		if w.hasTime && !w.hasZone {
			got = w.t.Format("2006-01-02T15:04:05") // a local time
		}
		if !ok || got != want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
}
