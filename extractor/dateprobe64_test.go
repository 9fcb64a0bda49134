package extractor

import (
	"cmp"
	"strings"
	"testing"
	"time"
)

// Probe pages of the sixty-fourth round (dates64): news pages in Hindi,
// Vietnamese, Indonesian, Turkish, Persian, Ukrainian, Romanian and Polish
// whose only date of the story is the one their byline or dateline shows
// (no metadata), beside a misleading second date: a rail of other
// stories, a comment, an update, the day's date in the masthead.

var fetched64 = time.Date(2024, 3, 20, 12, 0, 0, 0, time.UTC)

// lead64 is skel with lead as the first paragraph of the story's text,
// where wire copy and many papers print their dateline.
func lead64(skel, lead string) string {
	return strings.Replace(skel, "{BODY}", lead+"{BODY}", 1)
}

var pages64 = []page50{
	// Hindi.
	{name: "hi dateline danda, rail", lang: "hi", skel: lead64(skelPlain, `<p>नई दिल्ली, 12 मार्च 2024। केंद्र सरकार ने मंगलवार को नई योजना को मंजूरी दे दी।</p>`),
		rail: rail50("सबसे ज़्यादा पढ़ी गई", "18 मार्च 2024", "17 मार्च 2024"), pub: "2024-03-12"},
	{name: "hi dateline colon, comment", lang: "hi", skel: lead64(skelNewspaper, `<p><strong>नई दिल्ली, 12 मार्च 2024:</strong> केंद्र सरकार ने नई योजना को मंजूरी दे दी।</p>`),
		tail: wpComments("टिप्पणियाँ", "15 मार्च 2024"), pub: "2024-03-12"},
	{name: "hi byline weekday", lang: "hi", skel: skelPlain, meta: `<div class="byline"><span>राहुल शर्मा, नई दिल्ली</span> <span>मंगलवार, 12 मार्च 2024</span></div>`,
		rail: rail50("ताज़ा ख़बरें", "19 मार्च 2024"), pub: "2024-03-12"},
	{name: "hi bhasha dateline yearless", lang: "hi", path: "/news/2024/03/headline-of-the-story", skel: lead64(skelPlain, `<p>नई दिल्ली, 12 मार्च (भाषा)। केंद्र सरकार ने मंगलवार को नई योजना को मंजूरी दे दी।</p>`),
		rail: rail50("ताज़ा ख़बरें", "19 मार्च 2024"), pub: "2024-03-12"},
	{name: "hi publish date updated date english", lang: "hi", skel: skelPlain, meta: `<div class="articleHd"><ul><li>Publish Date: Tue, 12 Mar 2024 10:15 AM (IST)</li><li>Updated Date: Wed, 13 Mar 2024 11:30 AM (IST)</li></ul></div>`,
		pub: "2024-03-12", mod: "2024-03-13"},
	{name: "hi devanagari digits dateline", lang: "hi", skel: lead64(skelPlain, `<p>लखनऊ, १२ मार्च २०२४ - राज्य सरकार ने नई योजना को मंजूरी दे दी।</p>`),
		rail: rail50("सबसे ज़्यादा पढ़ी गई", "18 मार्च 2024"), pub: "2024-03-12"},
	{name: "hi nukta month", lang: "hi", skel: skelPlain, meta: `<div class="byline">राहुल शर्मा | 12 फ़रवरी 2024, 10:15 AM IST</div>`,
		rail: rail50("ताज़ा ख़बरें", "19 मार्च 2024"), pub: "2024-02-12"},
	{name: "hi updated label beside", lang: "hi", skel: skelPlain, meta: `<div class="byline">राहुल शर्मा | प्रकाशित: 12 मार्च 2024 | अपडेट: 14 मार्च 2024</div>`,
		pub: "2024-03-12", mod: "2024-03-14"},
	// Vietnamese.
	{name: "vi weekday byline, rail", lang: "vi", skel: skelPlain, meta: `<div class="header-content"><span class="cat">Thời sự</span><span>Thứ ba, 12/3/2024, 10:15 (GMT+7)</span></div>`,
		rail: rail50("Xem nhiều", "14/3/2024", "15/3/2024"), pub: "2024-03-12"},
	{name: "vi dan tri dash", lang: "vi", skel: skelPlain, meta: `<div class="author-wrap"><b>Nguyễn Văn An</b> <time>Thứ ba, 12/03/2024 - 10:15</time></div>`,
		rail: rail50("Tin mới", "19/03/2024"), pub: "2024-03-12"},
	{name: "vi cập nhật beside", lang: "vi", skel: skelPlain, meta: `<div class="meta"><span>Ngày đăng: 12/03/2024 10:15</span> <span>Cập nhật: 14/03/2024 08:00</span></div>`,
		pub: "2024-03-12", mod: "2024-03-14"},
	{name: "vi day above twelve", lang: "vi", skel: skelPlain, meta: `<div class="meta"><span>Chủ nhật, 3/3/2024, 09:00 (GMT+7)</span></div>`,
		rail: rail50("Xem nhiều", "14/3/2024"), pub: "2024-03-03"},
	{name: "vi dateline ngày", lang: "vi", skel: lead64(skelPlain, `<p>(Hà Nội, ngày 12/3/2024) - Chính phủ đã phê duyệt kế hoạch mới.</p>`),
		rail: rail50("Xem nhiều", "14/3/2024"), pub: "2024-03-12"},
	// Indonesian.
	{name: "id weekday WIB, rail", lang: "id", skel: skelPlain, meta: `<div class="byline"><span>Budi Santoso</span> <span>Selasa, 12 Maret 2024 10:15 WIB</span></div>`,
		rail: rail50("Terpopuler", "Kamis, 14 Maret 2024 08:00 WIB"), pub: "2024-03-12"},
	{name: "id diperbarui", lang: "id", skel: skelPlain, meta: `<div class="byline"><span>Dipublikasikan: Selasa, 12 Maret 2024 | 10:15 WIB</span> <span>Diperbarui: Rabu, 13 Maret 2024 | 11:30 WIB</span></div>`,
		pub: "2024-03-12", mod: "2024-03-13"},
	{name: "id abbreviated month", lang: "id", skel: skelJnews, meta: `<div class="jeg_meta_date">12 Mar 2024, 10:15 WIB</div>`,
		tail: wpComments("Komentar", "15 Mar 2024"), pub: "2024-03-12"},
	{name: "id dateline kompas with date", lang: "id", skel: lead64(skelPlain, `<p><strong>JAKARTA, Selasa (12/3/2024)</strong> - Pemerintah menyetujui rencana baru itu.</p>`),
		rail: rail50("Terpopuler", "14 Maret 2024"), pub: "2024-03-12"},
	{name: "id WITA", lang: "id", skel: skelPlain, meta: `<p class="meta">Makassar, Selasa 12 Maret 2024 - 10:15 WITA</p>`,
		rail: rail50("Terpopuler", "14 Maret 2024"), pub: "2024-03-12"},
	// Turkish.
	{name: "tr güncelleme", lang: "tr", skel: skelPlain, meta: `<div class="meta"><span>12.03.2024 - 10:15</span> <span>Güncelleme: 13.03.2024 - 11:30</span></div>`,
		rail: rail50("Çok okunanlar", "15.03.2024"), pub: "2024-03-12", mod: "2024-03-13"},
	{name: "tr month weekday byline", lang: "tr", skel: skelPlain, meta: `<div class="byline">Ahmet Yılmaz | 12 Mart 2024 Salı 10:15</div>`,
		rail: rail50("Çok okunanlar", "15 Mart 2024"), pub: "2024-03-12"},
	{name: "tr dateline AA", lang: "tr", skel: lead64(skelPlain, `<p>ANKARA (AA) - 12 Mart 2024 - Hükümet yeni planı onayladı.</p>`),
		rail: rail50("Son dakika", "19 Mart 2024"), pub: "2024-03-12"},
	{name: "tr yayın tarihi", lang: "tr", skel: skelPlain, meta: `<div class="meta">Yayın Tarihi: 12 Mart 2024, Salı 10:15</div>`,
		tail: wpComments("Yorumlar", "14 Mart 2024"), pub: "2024-03-12"},
	// Persian.
	{name: "fa weekday solar, rail", lang: "fa", skel: skelPlain, meta: `<div class="news-info"><span>سه‌شنبه ۲۲ اسفند ۱۴۰۲ - ۱۰:۱۵</span></div>`,
		rail: rail50("پربازدیدها", "۲۷ اسفند ۱۴۰۲"), pub: "2024-03-12"},
	{name: "fa three calendars", lang: "fa", skel: skelPlain, meta: `<div class="news-info">سه‌شنبه ۲۲ اسفند ۱۴۰۲ - ۱ رمضان ۱۴۴۵ - 12 March 2024</div>`, pub: "2024-03-12"},
	{name: "fa numeric solar ascii", lang: "fa", skel: skelPlain, meta: `<div class="news-info">تاریخ انتشار: 1402/12/22 - 10:15</div>`,
		rail: rail50("پربازدیدها", "1402/12/27"), pub: "2024-03-12"},
	{name: "fa news code beside", lang: "fa", skel: skelPlain, meta: `<div class="news-meta"><span>کد خبر: ۱۲۰۳۴۵۶</span> <span>۲۲ اسفند ۱۴۰۲ - ۱۰:۱۵</span></div>`,
		rail: rail50("پربازدیدها", "۲۷ اسفند ۱۴۰۲"), pub: "2024-03-12"},
	{name: "fa dashed solar ascii", lang: "fa", skel: skelPlain, meta: `<div class="news-meta"><span>1402-12-22 10:15</span></div>`, pub: "2024-03-12"},
	// A two-digit Solar Hijri year (1402) whose order of parts the page
	// does not tell: no date, never 2022-12-02 (solarShortYear).
	{name: "fa two-digit solar year not gregorian", lang: "fa", skel: skelPlain, meta: `<div class="news-meta"><span>۰۲/۱۲/۲۲ - ۱۰:۱۵</span></div>`},
	{name: "fa two-digit solar year ascii", lang: "fa", skel: skelPlain, meta: `<div class="news-meta"><span>تاریخ: 02/12/22</span></div>`},
	{name: "fa lunar hijri only", lang: "fa", skel: skelPlain, meta: `<div class="news-meta"><span>۱ رمضان ۱۴۴۵</span></div>`},
	{name: "fa first days of farvardin", lang: "fa", skel: skelPlain, meta: `<div class="news-info">۱ فروردین ۱۴۰۳</div>`, fetched: time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC), pub: "2024-03-20"},
	// Ukrainian.
	{name: "uk weekday byline, updated", lang: "uk", skel: skelPlain, meta: `<div class="post__time">Вівторок, 12 березня 2024, 10:15</div><div class="post__updated">Оновлено 13 березня 2024, 11:30</div>`,
		pub: "2024-03-12", mod: "2024-03-13"},
	{name: "uk dateline", lang: "uk", skel: lead64(skelPlain, `<p>Київ, 12 березня 2024 — Уряд схвалив новий план.</p>`),
		rail: rail50("Найпопулярніше", "18 березня 2024"), pub: "2024-03-12"},
	{name: "uk numeric byline rail", lang: "uk", skel: skelPlain, meta: `<div class="meta">Іван Коваленко · 12.03.2024 10:15</div>`,
		rail: rail50("Новини", "19.03.2024 08:00"), pub: "2024-03-12"},
	{name: "uk abbreviated month", lang: "uk", skel: skelPlain, meta: `<div class="meta">12 бер. 2024, 10:15</div>`, pub: "2024-03-12"},
	// Romanian.
	{name: "ro weekday byline, actualizat", lang: "ro", skel: skelPlain, meta: `<div class="meta">Marți, 12 martie 2024, 10:15 <span>Actualizat: 13.03.2024, 11:30</span></div>`,
		pub: "2024-03-12", mod: "2024-03-13"},
	{name: "ro dateline", lang: "ro", skel: lead64(skelPlain, `<p>BUCUREȘTI, 12 martie 2024 — Guvernul a aprobat noul plan.</p>`),
		rail: rail50("Cele mai citite", "18 martie 2024"), pub: "2024-03-12"},
	{name: "ro publicat numeric", lang: "ro", skel: skelPlain, meta: `<div class="meta">Publicat: 12.03.2024 10:15</div>`,
		tail: wpComments("Comentarii", "14.03.2024"), pub: "2024-03-12"},
	{name: "ro cedilla weekday", lang: "ro", skel: skelPlain, meta: `<div class="meta">Marţi, 12 Martie 2024</div>`, rail: rail50("Cele mai citite", "18 martie 2024"), pub: "2024-03-12"},
	// Polish.
	{name: "pl aktualizacja", lang: "pl", skel: skelPlain, meta: `<div class="meta"><span>12 marca 2024, 10:15</span> <span>Aktualizacja: 13 marca 2024, 11:30</span></div>`,
		pub: "2024-03-12", mod: "2024-03-13"},
	{name: "pl weekday abbreviated", lang: "pl", skel: skelPlain, meta: `<div class="meta">Jan Kowalski · wt., 12.03.2024 10:15</div>`,
		rail: rail50("Najczęściej czytane", "15.03.2024"), pub: "2024-03-12"},
	{name: "pl dateline PAP", lang: "pl", skel: lead64(skelPlain, `<p>Warszawa, 12 marca 2024 (PAP) - Rząd zatwierdził nowy plan.</p>`),
		rail: rail50("Najczęściej czytane", "18 marca 2024"), pub: "2024-03-12"},
	{name: "pl data utworzenia", lang: "pl", skel: skelPlain, meta: `<div class="meta">Data utworzenia: 12 marca 2024, 10:15</div>`,
		tail: wpComments("Komentarze", "14 marca 2024"), pub: "2024-03-12"},
}

func TestPages64(t *testing.T) {
	var cs []dateCase
	for _, p := range pages64 {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched64), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}

// pages64b set the byline's date as the portals of those languages print
// it: the time before the day, an update in brackets, a label of their
// own.
var pages64b = []page50{
	{name: "hi aaj tak updated in brackets", lang: "hi", skel: skelPlain, meta: `<div class="brdcrm-byline">नई दिल्ली, 12 मार्च 2024, (अपडेटेड 13 मार्च 2024, 10:15 AM IST)</div>`,
		rail: rail50("ताज़ा ख़बरें", "19 मार्च 2024"), pub: "2024-03-12", mod: "2024-03-13"},
	{name: "hi bhaskar am", lang: "hi", skel: skelPlain, meta: `<div class="byline"><span>राहुल शर्मा</span> <span>12 मार्च 2024, 10:15 AM</span></div>`,
		rail: rail50("ताज़ा ख़बरें", "19 मार्च 2024"), pub: "2024-03-12"},
	{name: "hi update only english label", lang: "hi", skel: skelPlain, meta: `<div class="byline">Edited by राहुल शर्मा | नवभारतटाइम्स.कॉम | Updated: 13 Mar 2024, 10:15 am</div>`, mod: "2024-03-13"},
	{name: "vi time first", lang: "vi", skel: skelPlain, meta: `<div class="meta"><span>10:15, 12/03/2024</span></div>`, rail: rail50("Xem nhiều", "14/3/2024"), pub: "2024-03-12"},
	{name: "vi đăng lúc ngày", lang: "vi", skel: skelPlain, meta: `<div class="meta">Đăng lúc 10:15 ngày 12/03/2024</div>`, rail: rail50("Xem nhiều", "14/3/2024"), pub: "2024-03-12"},
	{name: "vi weekday ngày am gmt", lang: "vi", skel: skelPlain, meta: `<div class="meta">Thứ Ba, ngày 12/03/2024 10:15 AM (GMT+7)</div>`, pub: "2024-03-12"},
	{name: "id liputan6 diperbarui", lang: "id", skel: skelPlain, meta: `<div class="read-page--header--author__datetime-wrapper"><time>12 Mar 2024, 10:15 WIB</time> <p>Diperbarui 13 Mar 2024, 11:30 WIB</p></div>`,
		pub: "2024-03-12", mod: "2024-03-13"},
	{name: "id diterbitkan", lang: "id", skel: skelPlain, meta: `<p class="meta">Diterbitkan Selasa, 12 Maret 2024 - 10:15 WIB</p>`, rail: rail50("Terpopuler", "14 Maret 2024"), pub: "2024-03-12"},
	{name: "tr double dash", lang: "tr", skel: skelPlain, meta: `<div class="meta">12 Mart 2024--10:15</div>`, rail: rail50("Çok okunanlar", "15 Mart 2024"), pub: "2024-03-12"},
	{name: "tr giriş tarihi son güncelleme", lang: "tr", skel: skelPlain, meta: `<div class="meta"><span>Giriş Tarihi: 12.03.2024 10:15</span> <span>Son Güncelleme: 13.03.2024 11:30</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "fa published and updated labels", lang: "fa", skel: skelPlain, meta: `<div class="meta">تاریخ انتشار: سه‌شنبه ۲۲ اسفند ۱۴۰۲ - ۱۰:۱۵ | آخرین بروزرسانی: ۲۳ اسفند ۱۴۰۲</div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "uk time first", lang: "uk", skel: skelPlain, meta: `<div class="meta">10:15, 12.03.2024</div>`, rail: rail50("Новини", "19.03.2024"), pub: "2024-03-12"},
	{name: "uk yearless this year", lang: "uk", skel: skelPlain, meta: `<div class="meta">12 березня, 10:15</div>`, pub: "2024-03-12"},
	{name: "ro data publicării", lang: "ro", skel: skelPlain, meta: `<div class="meta">Data publicării: 12.03.2024 10:15 <span>Data actualizării: 13.03.2024 11:30</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "ro abbreviated month", lang: "ro", skel: skelPlain, meta: `<div class="meta">12 mar. 2024, 10:15</div>`, rail: rail50("Cele mai citite", "18 martie 2024"), pub: "2024-03-12"},
	{name: "pl weekday time in brackets", lang: "pl", skel: skelPlain, meta: `<div class="meta">Wtorek, 12 marca 2024 (10:15)</div>`, rail: rail50("Najczęściej czytane", "18 marca 2024"), pub: "2024-03-12"},
	{name: "pl numeric aktualizacja", lang: "pl", skel: skelPlain, meta: `<div class="meta">12.03.2024, 10:15 <span>Aktualizacja: 13.03.2024 11:30</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
}

func TestPages64b(t *testing.T) {
	var cs []dateCase
	for _, p := range pages64b {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched64), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}
