package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 82 (dates82).

// probe82DateFetched is the fetch time of round 82's probes: after every
// day they show.
var probe82DateFetched = time.Date(2025, 4, 1, 12, 0, 0, 0, time.UTC)

// probe82DateTrNotes are Turkish notes that a piece first appeared on
// another day, the verb after the date ("ilk olarak 02.03.2025 tarihinde
// yayımlandı"): the page's own date stays; a page whose only date is the
// note's keeps it; "ilk olarak" in a sentence of the story that no
// publication verb closes is no note.
var probe82DateTrNotes = []page50{
	{name: "tr ilk olarak", lang: "tr", skel: skelPlain, meta: `<div class="date">20.03.2025</div>`, inBody: `<p>Bu yazı ilk olarak 02.03.2025 tarihinde yayımlandı.</p>`, pub: "2025-03-20"},
	{name: "tr İlk sentence start", lang: "tr", skel: skelPlain, meta: `<div class="date">20.03.2025</div>`, inBody: `<p>İlk olarak 02.03.2025 tarihinde Cumhuriyet'te yayınlanmıştır.</p>`, pub: "2025-03-20"},
	{name: "tr ilk kez written day", lang: "tr", skel: skelPlain, meta: `<div class="byline">Ayşe Yılmaz · 20 Mart 2025</div>`, inBody: `<p><em>Bu makale ilk kez 2 Mart 2025 tarihinde The Conversation'da yayımlanmıştır.</em></p>`, pub: "2025-03-20"},
	{name: "tr ilk defa tail", lang: "tr", skel: skelPlain, meta: `<div class="date">20.03.2025</div>`, tail: `<p class="note">Bu yazı ilk defa 02.03.2025 tarihinde yayınlandı.</p>`, pub: "2025-03-20"},
	{name: "tr note only kept", lang: "tr", skel: skelPlain, inBody: `<p>Bu yazı ilk olarak 02.03.2025 tarihinde yayımlandı.</p>`, pub: "2025-03-02"},
}

func TestDateProbe82TrNotes(t *testing.T) {
	checkPages50(t, probe82DateTrNotes, probe82DateFetched)
}

// probe82DateBylineDay are bylines that close with a day without its
// year ("By Jane Doe · March 20"), as Medium-like and blog templates
// print this year's posts: the day is the page's, in the latest year that
// does not put it after the fetch, over a note that the piece first
// appeared on another day; a day in the story's text, or in a line that
// no byline opens, is not read.
var probe82DateBylineDay = []page50{
	{name: "byline day, note in body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20</div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-20"},
	{name: "byline day alone", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20</div>`, pub: "2025-03-20"},
	{name: "byline day pipe", lang: "en", skel: skelPlain, meta: `<p class="meta">By Jane Doe | Mar 20</p>`, pub: "2025-03-20"},
	{name: "byline day first", lang: "en", skel: skelPlain, meta: `<p class="meta">By Jane Doe · 20 March</p>`, pub: "2025-03-20"},
	{name: "byline day ahead is last year's", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · May 20</div>`, pub: "2024-05-20"},
	{name: "byline day reading time", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · Mar 20 · 4 min read</div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-20"},
	{name: "byline day note meta line", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20</div><div class="meta">Originally published on March 2, 2025</div>`, pub: "2025-03-20"},
	{name: "no byline line kept", lang: "en", skel: skelPlain, meta: `<p class="meta">Events · March 20</p>`},
	{name: "body day not read", lang: "en", skel: skelPlain, inBody: `<p>By the council's count · March 20</p>`},
	{name: "note kept without byline day", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-02"},
	{name: "byline day with full date elsewhere", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20</div><p class="date">March 20, 2025</p>`, pub: "2025-03-20"},
}

func TestDateProbe82BylineDay(t *testing.T) {
	checkPages50(t, probe82DateBylineDay, probe82DateFetched)
}

// probe82DateBylineDayLangs are bylines closed by a day without its year
// in other languages' byline words.
var probe82DateBylineDayLangs = []page50{
	{name: "de von", lang: "de", skel: skelPlain, meta: `<div class="byline">Von Anna Schmidt · 20. März</div>`, pub: "2025-03-20"},
	{name: "es por", lang: "es", skel: skelPlain, meta: `<div class="byline">Por Ana García | 20 de marzo</div>`, pub: "2025-03-20"},
	{name: "fr par", lang: "fr", skel: skelPlain, meta: `<div class="byline">Par Marie Dupont · 20 mars</div>`, pub: "2025-03-20"},
	{name: "en posted by on", lang: "en", skel: skelPlain, meta: `<div class="byline">Posted by Jane Doe on March 20</div>`, pub: "2025-03-20",
		leftover: "a byline that runs on into its yearless day with \"on\" and no separator is not read (bylineMonthDay reads a meta line's fields)"},
	{name: "ru name alone", lang: "ru", skel: skelPlain, meta: `<div class="byline">Иван Петров · 20 марта</div>`, pub: "2025-03-20",
		leftover: "a yearless day after a writer's name with no byline word is not read: nothing tells the name from a place or a section's"},
	{name: "en day in sentence not read", lang: "en", skel: skelPlain, inBody: `<p>By then the plan was set · March 20</p>`},
}

func TestDateProbe82BylineDayLangs(t *testing.T) {
	checkPages50(t, probe82DateBylineDayLangs, probe82DateFetched)
}

// probe82DateShownOverNote are meta lines with a day before a note that
// the piece first appeared on another: the Guardian's "… First published
// on …" makes the day before it the page's update; a syndication note
// ("Originally published …", "This story first appeared in …") leaves it
// the page's publication, the note's day another outlet's.
var probe82DateShownOverNote = []page50{
	{name: "guardian first published", lang: "en", skel: skelPlain, meta: `<div class="meta">Tue 25 Mar 2025 10.15 GMT First published on Sun 23 Mar 2025 08.00 GMT</div>`, pub: "2025-03-23", mod: "2025-03-25"},
	{name: "originally published second", lang: "en", skel: skelPlain, meta: `<div class="meta">Tue 25 Mar 2025 10.15 GMT Originally published on Sun 23 Mar 2025</div>`, pub: "2025-03-25"},
	{name: "originally appeared second", lang: "en", skel: skelPlain, meta: `<p class="meta">March 25, 2025 · Originally appeared in The Conversation on March 23, 2025</p>`, pub: "2025-03-25"},
	{name: "updated before note kept", lang: "en", skel: skelPlain, meta: `<div class="meta">Updated March 25, 2025 · Originally published on March 23, 2025</div>`, pub: "2025-03-23", mod: "2025-03-25"},
	{name: "tr ilk olarak second", lang: "tr", skel: skelPlain, meta: `<p class="meta">25.03.2025 · Bu yazı ilk olarak 23.03.2025 tarihinde yayımlandı</p>`, pub: "2025-03-25"},
	{name: "tr ilk olarak sentence", lang: "tr", skel: skelPlain, meta: `<div class="date">20.03.2025</div>`, inBody: `<p>İlk olarak 02.03.2025 tarihinde belediye meclisi toplandı ve plan kabul edildi.</p>`, pub: "2025-03-20"},
}

func TestDateProbe82ShownOverNote(t *testing.T) {
	checkPages50(t, probe82DateShownOverNote, probe82DateFetched)
}
