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
