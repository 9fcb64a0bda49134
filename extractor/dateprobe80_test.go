package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 80 (dates80): two-digit years on a line that
// holds the publication and its update, one linked headline and its date
// after a short story, and labels, relative dates and zones of many
// languages and templates.

// probe80DateFetched is the fetch time of round 80's probes: after every
// day they show (round 78's "Posted 04/03/25 · Updated 25/03/25" was
// fetched on March 20, five days before the update it shows, which the
// plausibility check rightly refused).
var probe80DateFetched = time.Date(2025, 4, 1, 12, 0, 0, 0, time.UTC)

// probe80DateShortYears are meta lines that print the publication and
// its update with two-digit years: day and month order comes from the
// other date of the line (25 is no month), and a comma before the next
// label closes no date (parseLabelled).
var probe80DateShortYears = []page50{
	{name: "posted updated", lang: "en", skel: skelPlain, meta: `<div class="meta">Posted 04/03/25 · Updated 25/03/25</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "no label first", lang: "en", skel: skelPlain, meta: `<div class="meta">04/03/25 · Updated 25/03/25</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "order by earlier date", lang: "en", skel: skelPlain, meta: `<div class="meta">Posted 25/02/25 · Updated 04/03/25</div>`, pub: "2025-02-25", mod: "2025-03-04"},
	{name: "us order", lang: "en", skel: skelPlain, meta: `<div class="meta">Posted 02/25/25 · Updated 03/04/25</div>`, pub: "2025-02-25", mod: "2025-03-04"},
	{name: "update only", lang: "en", skel: skelPlain, meta: `<div class="meta">Updated 25/03/25</div>`, mod: "2025-03-25"},
	{name: "pipe colons", lang: "en", skel: skelPlain, meta: `<div class="meta">Published: 04/03/25 | Updated: 25/03/25</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "es", lang: "es", skel: skelPlain, meta: `<div class="meta">Publicado: 04/03/25 · Actualizado: 25/03/25</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "de dotted times", lang: "de", skel: skelPlain, meta: `<div class="meta">Veröffentlicht: 04.03.25, 10:00 Uhr, aktualisiert: 25.03.25, 12:00 Uhr</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "en comma", lang: "en", skel: skelPlain, meta: `<div class="meta">Posted 04/03/25, updated 25/03/25</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "de dotted", lang: "de", skel: skelPlain, meta: `<div class="meta">Veröffentlicht: 04.03.25, aktualisiert: 25.03.25</div>`, pub: "2025-03-04", mod: "2025-03-25"},
}

func TestDateProbe80ShortYears(t *testing.T) {
	checkPages50(t, probe80DateShortYears, probe80DateFetched)
}

// probe80DateOneTeaser are short stories closed by one other story's
// linked headline and its date, and nothing else: the date is that
// story's, and the page shows none of its own. A permalink to the page
// itself, or a source line, keeps its date.
var probe80DateOneTeaser = []page50{
	{name: "list item", lang: "en", skel: probe77DateShort, tail: probe77DateList("", false, "March 9, 2025")},
	{name: "list item date first", lang: "en", skel: probe77DateShort, tail: probe77DateList("", true, "09.03.2025")},
	{name: "paragraph bracketed", lang: "en", skel: probe77DateShort, tail: `<p><a href="/news/other-story">Council approves the new plan for the city's buses</a> (09/03/2025)</p>`},
	{name: "de", lang: "de", skel: probe77DateShort, tail: `<p><a href="https://news.example/news/other-story">Stadtrat beschließt den neuen Plan für die Busse</a> · 09.03.2025</p>`},
	{name: "es dash", lang: "es", skel: probe77DateShort, tail: `<div><a href="/news/otra">El consejo aprueba el nuevo plan de autobuses</a> — 9 de marzo de 2025</div>`},
	{name: "permalink kept", lang: "en", skel: probe77DateShort, tail: `<p><a href="/news/headline-of-the-story">Council approves the new plan for the city's buses</a> March 5, 2025</p>`, pub: "2025-03-05"},
	{name: "source label kept", lang: "en", skel: probe77DateShort, tail: `<p>Source: <a href="/news/council-press-office-statement">Press office of the city council</a>, March 5, 2025</p>`, pub: "2025-03-05"},
	{name: "other site kept", lang: "en", skel: probe77DateShort, tail: `<p><a href="https://council.example/press/plan">Press office of the city council statement</a>, March 5, 2025</p>`, pub: "2025-03-05"},
	{name: "author link kept", lang: "en", skel: probe77DateShort, tail: `<p><a href="/author/jane-doe">Jane Doe</a>, March 5, 2025</p>`, pub: "2025-03-05"},
}

func TestDateProbe80OneTeaser(t *testing.T) {
	checkPages50(t, probe80DateOneTeaser, probe80DateFetched)
}
