package extractor

import (
	"testing"
)

// Probe pages of the sixty-eighth round (dates68): a day without its
// year after a weekday in the languages past English, inside a <time> or
// a meta line; an update label inside a bare <time>; an update given by
// its time alone on the publication's day.

var pages68 = []page50{
	// Weekday before a day without its year (Tuesday, March 12, 2024).
	{name: "de weekday yearless div", lang: "de", skel: skelDrupal, meta: `<div class="byline">Von Hans Müller</div><div class="date">Dienstag, 12. März</div>`, pub: "2024-03-12"},
	{name: "de weekday yearless time", lang: "de", skel: skelPlain, meta: `<div class="byline">Von Hans Müller</div><time class="date">Dienstag, 12. März</time>`, pub: "2024-03-12"},
	{name: "de weekday yearless meta line", lang: "de", skel: skelPlain, meta: `<div class="meta">Von Hans Müller | Dienstag, 12. März</div>`, pub: "2024-03-12"},
	{name: "de wrong weekday", lang: "de", skel: skelPlain, meta: `<div class="byline">Von Hans Müller</div><div class="date">Mittwoch, 12. März</div>`},
	{name: "es weekday yearless", lang: "es", skel: skelPlain, meta: `<div class="byline">Por Juan Pérez</div><div class="fecha">martes, 12 de marzo</div>`, pub: "2024-03-12"},
	{name: "es weekday yearless newspaper", lang: "es", skel: skelNewspaper, meta: `<div class="td-module-meta-info"><span class="td-post-author-name">Por Juan Pérez</span> <span class="td-post-date">martes, 12 de marzo</span></div>`, pub: "2024-03-12"},
	{name: "fr weekday yearless", lang: "fr", skel: skelPlain, meta: `<div class="byline">Par Jean Dupont</div><div class="date">mardi 12 mars</div>`, pub: "2024-03-12"},
	{name: "fr weekday yearless time", lang: "fr", skel: skelPlain, meta: `<div class="byline">Par Jean Dupont</div><p><time>Mardi 12 mars</time></p>`, pub: "2024-03-12"},
	{name: "pl weekday yearless", lang: "pl", skel: skelPlain, meta: `<div class="byline">Jan Kowalski</div><div class="date">wtorek, 12 marca</div>`, pub: "2024-03-12"},
	{name: "it weekday yearless", lang: "it", skel: skelPlain, meta: `<div class="byline">di Mario Rossi</div><div class="date">martedì 12 marzo</div>`, pub: "2024-03-12"},
	{name: "pt weekday yearless", lang: "pt", skel: skelPlain, meta: `<div class="byline">Por João Silva</div><div class="date">terça-feira, 12 de março</div>`, pub: "2024-03-12"},
	{name: "nl weekday yearless", lang: "nl", skel: skelPlain, meta: `<div class="byline">Door Jan de Vries</div><div class="date">dinsdag 12 maart</div>`, pub: "2024-03-12"},
	{name: "ru weekday yearless", lang: "ru", skel: skelPlain, meta: `<div class="byline">Иван Петров</div><div class="date">вторник, 12 марта</div>`, pub: "2024-03-12"},
	{name: "es weekday teaser yearless", lang: "es", skel: skelPlain, meta: `<div class="byline">Por Juan Pérez</div>`, tail: `<section class="related"><h3>Relacionadas</h3><ul><li><a href="/news/rel-a">Otra noticia sobre el plan del ayuntamiento</a> <time>lunes, 18 de marzo</time></li></ul></section>`},
	// An update label inside a bare <time>; an update given by its time
	// alone.
	{name: "bare time updated yearless", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">March 12, 2024</div><time>Updated Mar 14, 9:00 AM</time>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "update time alone", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date"><time>March 12, 2024, 10:15 a.m. ET</time><span>Updated 11:00 a.m. ET</span></div>`, pub: "2024-03-12", mod: "2024-03-12"},
	{name: "update time alone, no zone", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">March 12, 2024, 10:15 a.m.</div><div class="updated">Updated 11:00 a.m.</div>`, pub: "2024-03-12"},
	{name: "update time alone, no time", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">March 12, 2024</div><div class="updated">Updated 11:00 a.m. ET</div>`, pub: "2024-03-12"},
	{name: "update time alone, earlier", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">March 12, 2024, 10:15 p.m. ET</div><div class="updated">Updated 9:00 a.m. ET</div>`, pub: "2024-03-12"},
	{name: "update time alone brightspot", lang: "en", skel: skelBrightspot, meta: `<div class="Page-datePublished">Published March 12, 2024 at 10:15 AM EDT</div><div class="Page-dateModified">Updated 11:40 AM EDT</div>`, pub: "2024-03-12", mod: "2024-03-12"},
}

func TestPages68(t *testing.T) {
	checkPages50(t, pages68, fetched67)
}

// A day without its year after a weekday of the other news languages is
// read as after an English one (weekdayMonthDay), in a block, a meta
// line's last part or a bare <time>, its weekday checking the year; a
// weekday that does not fall on the day gives none.
func TestOtherWeekdayYearless68(t *testing.T) {
	for _, c := range []struct{ lang, meta, pub string }{
		{"de", `<div class="date">Dienstag, 12. März</div>`, "2024-03-12"},
		{"de", `<div class="meta">Von Hans Müller | Dienstag, 12. März</div>`, "2024-03-12"},
		{"es", `<time>martes, 12 de marzo</time>`, "2024-03-12"},
		{"fr", `<div class="date">mardi 12 mars</div>`, "2024-03-12"},
		{"pl", `<div class="date">wtorek, 12 marca</div>`, "2024-03-12"},
		{"pt", `<div class="date">terça-feira, 12 de março</div>`, "2024-03-12"},
		{"ru", `<div class="date">вторник, 12 марта</div>`, "2024-03-12"},
		{"de", `<div class="date">Mittwoch, 12. März</div>`, ""},
	} {
		p := page50{lang: c.lang, skel: skelPlain, meta: `<div class="byline">Jane Doe</div>` + c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched67})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s: published %q (%s), modified %q; want %q", c.meta, published(a), a.Provenance["published_date"], modified(a), c.pub)
		}
	}
}

// A bare <time> whose text is an update label before a day without its
// year is the update, as the line is in a block.
func TestBareTimeUpdate68(t *testing.T) {
	for _, c := range []struct{ meta, mod string }{
		{`<div class="date">March 12, 2024</div><time>Updated Mar 14, 9:00 AM</time>`, "2024-03-14"},
		{`<div class="date">March 12, 2024</div><time>Updated: March 14</time>`, "2024-03-14"},
	} {
		p := page50{lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>` + c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched67})
		if published(a) != "2024-03-12" || !hasDayPrefix(modified(a), c.mod) {
			t.Errorf("%s: published %q, modified %q; want 2024-03-12, %s", c.meta, published(a), modified(a), c.mod)
		}
	}
}

// An update stated by its time alone ("Updated 11:00 a.m. ET") is on the
// publication's day, when the publication just above gave its time and
// zone, and only at or after its time.
func TestSameDayUpdate68(t *testing.T) {
	for _, c := range []struct{ meta, mod string }{
		{`<div class="date"><time>March 12, 2024, 10:15 a.m. ET</time><span>Updated 11:00 a.m. ET</span></div>`, "2024-03-12T11:00:00-04:00"},
		{`<div class="date">Published March 12, 2024 at 10:15 AM EDT</div><div class="updated">Updated: 1:40 PM EDT</div>`, "2024-03-12T13:40:00-04:00"},
		{`<div class="date">March 12, 2024, 10:15 p.m. ET</div><div class="updated">Updated 9:00 a.m. ET</div>`, ""},
		{`<div class="date">March 12, 2024</div><div class="updated">Updated 11:00 a.m. ET</div>`, ""},
		{`<div class="date">March 12, 2024, 10:15 a.m. ET</div><p>` + longProse + `</p><p>` + longProse + `</p><p>` + longProse + `</p><div class="updated">Updated 11:00 a.m. ET</div>`, ""},
	} {
		p := page50{lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>` + c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched67})
		if !hasDayPrefix(published(a), "2024-03-12") || modified(a) != c.mod {
			t.Errorf("%s: published %q, modified %q; want 2024-03-12, %q", c.meta, published(a), modified(a), c.mod)
		}
	}
}

// A day without its year at a time of day under an address that states
// the day takes the line's time: the address's day is the same, the line
// says when ("03-05 14:22" under "/202403/05/", "3/12(火) 10:15配信" under
// "/2024/03/12/"). A line on another day leaves the address's day alone.
func TestURLDayTime68(t *testing.T) {
	ja := func(meta string) string {
		return page50{lang: "ja", skel: skelPlain, meta: `<div class="byline">共同通信</div>` + meta}.page()
	}
	for _, c := range []struct{ page, path, pub string }{
		{ja(`<div class="date">3/12(火) 10:15配信</div>`), "/2024/03/12/headline-of-the-story/", "2024-03-12T10:15:00+09:00"},
		{ja(`<div class="date">3/14(木) 10:15配信</div>`), "/2024/03/12/headline-of-the-story/", "2024-03-12"},
		{zh64Portal("utf-8", "江州网", "", `<div class="info">03-12 10:15 来源：江州日报</div>`, ""), "/content/202403/12/content_123456.html", "2024-03-12T10:15:00+08:00"},
	} {
		a := extractAt(t, c.page, "https://news.example"+c.path, Options{FetchedAt: fetched67})
		if published(a) != c.pub {
			t.Errorf("%s: published %q (%s); want %s", c.path, published(a), a.Provenance["published_date"], c.pub)
		}
	}
}

// On a page that declares Malay, "Mac" (March) and "Dis" (December) are
// months month first as Malaysian sites print them ("Mac 12, 2024 @
// 10:15am"); on an English page they stay words without their dot.
func TestMalayMonthFirst68(t *testing.T) {
	for _, c := range []struct{ lang, meta, pub string }{
		{"ms", `<div class="date">Mac 12, 2024 @ 10:15am</div>`, "2024-03-12"},
		{"ms", `<div class="date">Dis 12, 2023</div>`, "2023-12-12"},
		{"ms-MY", `<div class="meta">Oleh Ahmad Ismail | Mac 12, 2024</div>`, "2024-03-12"},
		{"en", `<div class="date">Mac 12, 2024</div>`, ""},
	} {
		p := page50{lang: c.lang, skel: skelPlain, meta: `<div class="byline">Ahmad Ismail</div>` + c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched67})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s %s: published %q (%s); want %q", c.lang, c.meta, published(a), a.Provenance["published_date"], c.pub)
		}
	}
}
