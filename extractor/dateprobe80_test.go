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

// probe80DateLanguages are meta lines in the languages of issue 13's
// list: publication and update labels ("Yayınlanma", "Opublikowano",
// "Gepubliceerd", "Geplaatst", "Diterbitkan", "Cập nhật", "Опубліковано",
// "Publicat", "प्रकाशित", "نشر في", "تاریخ انتشار"), relative dates read
// against the fetch time, a date in the address beside the page's own,
// and a <time>'s zone beyond the date shown.
var probe80DateLanguages = []page50{
	{name: "tr yayınlanma", lang: "tr", skel: skelPlain, meta: `<div class="meta">Yayınlanma: 04.03.2025 10:00 | Güncelleme: 05.03.2025 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "tr yayınlanma tarihi", lang: "tr", skel: skelPlain, meta: `<div class="meta">Yayınlanma Tarihi: 04 Mart 2025 10:00</div>`, pub: "2025-03-04"},
	{name: "tr güncellenme", lang: "tr", skel: skelPlain, meta: `<div class="meta">Giriş: 04.03.2025 - 10:00, Güncellenme: 05.03.2025 - 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "pl opublikowano", lang: "pl", skel: skelPlain, meta: `<div class="meta">Opublikowano: 4 marca 2025, 10:00 · Aktualizacja: 5 marca 2025, 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "pl data publikacji", lang: "pl", skel: skelPlain, meta: `<div class="meta">Data publikacji: 04.03.2025, 10:00</div>`, pub: "2025-03-04"},
	{name: "nl gepubliceerd", lang: "nl", skel: skelPlain, meta: `<div class="meta">Gepubliceerd op 4 maart 2025 om 10:00 · Laatst bijgewerkt: 5 maart 2025</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "nl geplaatst gewijzigd", lang: "nl", skel: skelPlain, meta: `<div class="meta">Geplaatst: 04-03-25 10:00 | Gewijzigd: 05-03-25 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "nl geplaatst alone", lang: "nl", skel: skelPlain, meta: `<div class="meta">Geplaatst: 04.03.25</div>`, pub: "2025-03-04"},
	{name: "id diterbitkan", lang: "id", skel: skelPlain, meta: `<div class="meta">Diterbitkan: Selasa, 4 Maret 2025 10:00 WIB · Diperbarui: Rabu, 5 Maret 2025 12:00 WIB</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "id dipublikasikan", lang: "id", skel: skelPlain, meta: `<div class="meta">Dipublikasikan pada 04/03/2025 10:00 WIB</div>`, pub: "2025-03-04"},
	{name: "vi cập nhật", lang: "vi", skel: skelPlain, meta: `<div class="meta">Thứ ba, 04/03/2025 10:00 (GMT+7) · Cập nhật: 05/03/2025 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "vi ngày đăng", lang: "vi", skel: skelPlain, meta: `<div class="meta">Ngày đăng: 04/03/2025 | Ngày cập nhật: 05/03/2025</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "uk опубліковано", lang: "uk", skel: skelPlain, meta: `<div class="meta">Опубліковано: 4 березня 2025, 10:00 · Оновлено: 5 березня 2025, 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "uk дата публікації", lang: "uk", skel: skelPlain, meta: `<div class="meta">Дата публікації: 04.03.2025 10:00</div>`, pub: "2025-03-04"},
	{name: "ro publicat", lang: "ro", skel: skelPlain, meta: `<div class="meta">Publicat: 04.03.2025, 10:00 · Actualizat: 05.03.2025, 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "ro publicat la", lang: "ro", skel: skelPlain, meta: `<div class="meta">Publicat la 4 martie 2025, ora 10:00</div>`, pub: "2025-03-04"},
	{name: "hi प्रकाशित", lang: "hi", skel: skelPlain, meta: `<div class="meta">प्रकाशित: 4 मार्च 2025, 10:00 AM · अपडेटेड: 5 मार्च 2025, 12:00 PM</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "hi प्रकाशित तिथि", lang: "hi", skel: skelPlain, meta: `<div class="meta">प्रकाशित तिथि: 04/03/2025</div>`, pub: "2025-03-04"},
	{name: "ar نشر", lang: "ar", skel: skelPlain, meta: `<div class="meta">نشر في: 4 مارس 2025 - 10:00 · آخر تحديث: 5 مارس 2025 - 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "ar تاريخ النشر", lang: "ar", skel: skelPlain, meta: `<div class="meta">تاريخ النشر: 04/03/2025</div>`, pub: "2025-03-04"},
	{name: "fa انتشار", lang: "fa", skel: skelPlain, meta: `<div class="meta">تاریخ انتشار: ۱۴ اسفند ۱۴۰۳ - ۱۰:۰۰</div>`, pub: "2025-03-04"},
	{name: "pt publicado", lang: "pt", skel: skelPlain, meta: `<div class="meta">Publicado em 04/03/2025 - 10h00 · Atualizado em 05/03/2025 - 12h00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "it pubblicato", lang: "it", skel: skelPlain, meta: `<div class="meta">Pubblicato il 4 marzo 2025 alle 10:00 · Aggiornato il 5 marzo 2025</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "es publicado", lang: "es", skel: skelPlain, meta: `<div class="meta">Publicado el 4 mar 2025 · Actualizado el 5 mar 2025</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "en 2 hours ago", lang: "en", skel: skelPlain, meta: `<div class="meta">By Jane Doe · 2 hours ago</div>`, pub: "2025-04-01"},
	{name: "de vor 3 Tagen", lang: "de", skel: skelPlain, meta: `<div class="meta">Von Anna Schmidt · vor 3 Tagen</div>`, pub: "2025-03-29"},
	{name: "tr 3 gün önce", lang: "tr", skel: skelPlain, meta: `<div class="meta">Ahmet Yılmaz · 3 gün önce</div>`, pub: "2025-03-29"},
	{name: "pl 3 dni temu", lang: "pl", skel: skelPlain, meta: `<div class="meta">Jan Kowalski · 3 dni temu</div>`, pub: "2025-03-29"},
	{name: "id 3 hari lalu", lang: "id", skel: skelPlain, meta: `<div class="meta">Budi Santoso · 3 hari yang lalu</div>`, pub: "2025-03-29"},
	{name: "vi 3 ngày trước", lang: "vi", skel: skelPlain, meta: `<div class="meta">Nguyễn Văn An · 3 ngày trước</div>`, pub: "2025-03-29"},
	{name: "pt há 3 dias", lang: "pt", skel: skelPlain, meta: `<div class="meta">Por João Silva · há 3 dias</div>`, pub: "2025-03-29"},
	{name: "uk 3 дні тому", lang: "uk", skel: skelPlain, meta: `<div class="meta">Іван Петренко · 3 дні тому</div>`, pub: "2025-03-29"},
	{name: "ro acum 3 zile", lang: "ro", skel: skelPlain, meta: `<div class="meta">De Ion Popescu · acum 3 zile</div>`, pub: "2025-03-29"},
	{name: "nl 3 dagen geleden", lang: "nl", skel: skelPlain, meta: `<div class="meta">Door Jan de Vries · 3 dagen geleden</div>`, pub: "2025-03-29"},
	{name: "it 3 giorni fa", lang: "it", skel: skelPlain, meta: `<div class="meta">Di Mario Rossi · 3 giorni fa</div>`, pub: "2025-03-29"},
	{name: "ar منذ 3 أيام", lang: "ar", skel: skelPlain, meta: `<div class="meta">منذ 3 أيام</div>`, pub: "2025-03-29"},
	{name: "hi 3 दिन पहले", lang: "hi", skel: skelPlain, meta: `<div class="meta">3 दिन पहले</div>`, pub: "2025-03-29"},
	{name: "url date vs page", lang: "en", skel: skelPlain, path: "/2025/03/04/headline-of-the-story", meta: `<div class="meta">March 5, 2025</div>`, pub: "2025-03-05"},
	{name: "url date only", lang: "en", skel: skelPlain, path: "/2025/03/04/headline-of-the-story", pub: "2025-03-04"},
	{name: "time zone late", lang: "en", skel: skelPlain, meta: `<div class="meta"><time datetime="2025-03-04T23:30:00-05:00">March 4, 2025</time></div>`, pub: "2025-03-04"},
	{name: "time zone early", lang: "de", skel: skelPlain, meta: `<div class="meta"><time datetime="2025-03-04T00:30:00+01:00">04.03.2025</time></div>`, pub: "2025-03-04"},
}

func TestDateProbe80Languages(t *testing.T) {
	checkPages50(t, probe80DateLanguages, probe80DateFetched)
}
