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
	{name: "hi place run into day", lang: "hi", skel: skelPlain, meta: `<div class="byline"><span>हिन्दुस्तान टाइम्स, नई दिल्ली</span><span>Tue, 12 Mar 2024 10:15 AM</span></div>`,
		rail: rail50("ताज़ा ख़बरें", "19 मार्च 2024"), pub: "2024-03-12"},
	{name: "hi dateline weekday danda", lang: "hi", skel: lead64(skelPlain, `<p><strong>पटना, मंगलवार, 12 मार्च 2024।</strong> राज्य सरकार ने नई योजना को मंजूरी दे दी।</p>`),
		rail: rail50("ताज़ा ख़बरें", "19 मार्च 2024"), pub: "2024-03-12"},
	{name: "bn dateline danda", lang: "bn", skel: lead64(skelPlain, `<p>ঢাকা, ১২ মার্চ ২০২৪। সরকার নতুন পরিকল্পনা অনুমোদন করেছে।</p>`),
		rail: rail50("সর্বাধিক পঠিত", "১৯ মার্চ ২০২৪"), pub: "2024-03-12"},
	{name: "bn dateline ascii digits", lang: "bn", skel: lead64(skelPlain, `<p>ঢাকা, 12 মার্চ 2024। সরকার নতুন পরিকল্পনা অনুমোদন করেছে।</p>`), pub: "2024-03-12"},
	{name: "bn byline bengali digits", lang: "bn", skel: skelPlain, meta: `<div class="byline">নিজস্ব প্রতিবেদক | ১২ মার্চ ২০২৪, ১০:১৫</div>`, pub: "2024-03-12"},
	{name: "bn byline ascii digits", lang: "bn", skel: skelPlain, meta: `<div class="byline">নিজস্ব প্রতিবেদক | 12 মার্চ 2024, 10:15</div>`, pub: "2024-03-12"},
	{name: "hi long place dateline", lang: "hi", skel: lead64(skelPlain, `<p>छत्रपति संभाजीनगर, 12 मार्च 2024। राज्य सरकार ने नई योजना को मंजूरी दे दी।</p>`),
		rail: rail50("ताज़ा ख़बरें", "19 मार्च 2024"), pub: "2024-03-12"},
	{name: "hi devanagari digits danda", lang: "hi", skel: lead64(skelPlain, `<p>नई दिल्ली, १२ मार्च २०२४। केंद्र सरकार ने मंगलवार को नई योजना को मंजूरी दे दी।</p>`),
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

// pages64c set the byline's date beside the others a news page shows: the
// day's date in the masthead, an embedded post's, a caption's, an event's
// in the text, a related story's inside the article.
var pages64c = []page50{
	{name: "hi masthead today", lang: "hi", skel: skelPlain, top: `<div class="top-bar"><span>मंगलवार, 19 मार्च 2024</span></div>`,
		meta: `<div class="byline">राहुल शर्मा, 12 मार्च 2024</div>`, pub: "2024-03-12"},
	{name: "hi event date in text", lang: "hi", skel: lead64(skelPlain, `<p>नई दिल्ली, 12 मार्च 2024। नई योजना 1 अप्रैल 2024 से लागू होगी।</p>`), pub: "2024-03-12"},
	{name: "hi related box in body", lang: "hi", skel: skelPlain, meta: `<div class="byline">राहुल शर्मा | 12 मार्च 2024</div>`,
		inBody: `<div class="also-read"><strong>यह भी पढ़ें</strong><ul><li><a href="/news/other">दूसरी ख़बर</a> <span class="date">10 मार्च 2024</span></li></ul></div>`, pub: "2024-03-12"},
	{name: "vi masthead today", lang: "vi", skel: skelPlain, top: `<div class="top-bar">Thứ ba, 19/3/2024</div>`,
		meta: `<div class="meta"><span>Thứ ba, 12/3/2024, 10:15 (GMT+7)</span></div>`, pub: "2024-03-12"},
	{name: "vi tweet embed in body", lang: "vi", skel: skelPlain, meta: `<div class="meta"><span>12/03/2024 10:15</span></div>`,
		inBody: `<blockquote class="twitter-tweet"><p lang="vi">Chính phủ đã phê duyệt kế hoạch mới.</p>&mdash; Báo Mới (@baomoi) <a href="https://twitter.com/baomoi/status/1">March 11, 2024</a></blockquote>`, pub: "2024-03-12"},
	{name: "id masthead today", lang: "id", skel: skelPlain, top: `<div class="top-bar">Selasa, 19 Maret 2024</div>`,
		meta: `<div class="byline">Budi Santoso - Selasa, 12 Maret 2024 10:15 WIB</div>`, pub: "2024-03-12"},
	{name: "id baca juga in body", lang: "id", skel: skelPlain, meta: `<div class="byline">Budi Santoso | 12 Maret 2024, 10:15 WIB</div>`,
		inBody: `<p><strong>Baca juga:</strong> <a href="/news/other">Pemerintah setujui rencana lama</a> (10/03/2024)</p>`, pub: "2024-03-12"},
	{name: "tr caption date", lang: "tr", skel: skelPlain, meta: `<div class="meta">12 Mart 2024 10:15</div>`,
		inBody: `<figure><img src="/a.jpg" alt=""><figcaption>Ankara, 9 Mart 2024 (Fotoğraf: AA)</figcaption></figure>`, pub: "2024-03-12"},
	{name: "fa gregorian rail beside solar byline", lang: "fa", skel: skelPlain, meta: `<div class="meta">۲۲ اسفند ۱۴۰۲، ساعت ۱۰:۱۵</div>`,
		rail: rail50("پربازدیدها", "2024-03-18"), pub: "2024-03-12"},
	{name: "fa masthead three calendars today", lang: "fa", skel: skelPlain, top: `<div class="today">سه‌شنبه ۲۹ اسفند ۱۴۰۲ - 19 March 2024</div>`,
		meta: `<div class="meta">۲۲ اسفند ۱۴۰۲ - ۱۰:۱۵</div>`, pub: "2024-03-12"},
	{name: "uk masthead today", lang: "uk", skel: skelPlain, top: `<div class="top-bar">Вівторок, 19 березня 2024</div>`,
		meta: `<div class="meta">12 березня 2024, 10:15</div>`, pub: "2024-03-12"},
	{name: "uk читайте також in body", lang: "uk", skel: skelPlain, meta: `<div class="meta">12 березня 2024, 10:15</div>`,
		inBody: `<p><strong>Читайте також:</strong> <a href="/news/other">Уряд схвалив старий план</a> 10.03.2024</p>`, pub: "2024-03-12"},
	{name: "ro citește și in body", lang: "ro", skel: skelPlain, meta: `<div class="meta">12 martie 2024, 10:15</div>`,
		inBody: `<p><strong>Citește și:</strong> <a href="/news/other">Guvernul a aprobat vechiul plan</a> (10 martie 2024)</p>`, pub: "2024-03-12"},
	{name: "pl czytaj też in body", lang: "pl", skel: skelPlain, meta: `<div class="meta">12 marca 2024, 10:15</div>`,
		inBody: `<p><strong>Czytaj też:</strong> <a href="/news/other">Rząd zatwierdził stary plan</a> (10.03.2024)</p>`, pub: "2024-03-12"},
	{name: "pl dateline only, comment", lang: "pl", skel: lead64(skelNewspaper, `<p><strong>Kraków, 12 marca 2024 r.</strong> – Rząd zatwierdził nowy plan.</p>`),
		tail: wpComments("Komentarze", "14 marca 2024"), pub: "2024-03-12"},
	{name: "id dateline only, comment", lang: "id", skel: lead64(skelNewspaper, `<p><strong>Jakarta, 12 Maret 2024</strong> – Pemerintah menyetujui rencana baru itu.</p>`),
		tail: wpComments("Komentar", "14 Maret 2024"), pub: "2024-03-12"},
	{name: "tr dateline only, comment", lang: "tr", skel: lead64(skelNewspaper, `<p><strong>İstanbul, 12 Mart 2024</strong> – Hükümet yeni planı onayladı.</p>`),
		tail: wpComments("Yorumlar", "14 Mart 2024"), pub: "2024-03-12"},
	{name: "vi dateline only, comment", lang: "vi", skel: lead64(skelNewspaper, `<p><strong>Hà Nội, ngày 12 tháng 3 năm 2024</strong> – Chính phủ đã phê duyệt kế hoạch mới.</p>`),
		tail: wpComments("Bình luận", "14/03/2024"), pub: "2024-03-12"},
	{name: "hi dateline only, comment", lang: "hi", skel: lead64(skelNewspaper, `<p><strong>भोपाल, 12 मार्च 2024</strong> – राज्य सरकार ने नई योजना को मंजूरी दे दी।</p>`),
		tail: wpComments("टिप्पणियाँ", "14 मार्च 2024"), pub: "2024-03-12"},
}

func TestPages64c(t *testing.T) {
	var cs []dateCase
	for _, p := range pages64c {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched64), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}

// pages64d are WordPress's and other templates' date formats in those
// languages: the month first, the month in words, the hour after a word
// for "at".
var pages64d = []page50{
	{name: "vi wp month word day first", lang: "vi", skel: skelNewspaper, meta: `<span class="td-post-date">12 Tháng Ba, 2024</span>`, pub: "2024-03-12"},
	{name: "vi wp month word month first", lang: "vi", skel: skelNewspaper, meta: `<span class="td-post-date">Tháng Ba 12, 2024</span>`, pub: "2024-03-12"},
	{name: "vi wp month number month first", lang: "vi", skel: skelNewspaper, meta: `<span class="td-post-date">Tháng 3 12, 2024</span>`, pub: "2024-03-12"},
	{name: "vi wp abbreviated month first", lang: "vi", skel: skelNewspaper, meta: `<span class="td-post-date">Thg 3 12, 2024</span>`, pub: "2024-03-12"},
	{name: "vi month number and year not a day", lang: "vi", skel: skelPlain, meta: `<div class="meta">Tháng 3 năm 2024</div>`},
	{name: "vi wp month number day first", lang: "vi", skel: skelNewspaper, meta: `<span class="td-post-date">12 Tháng 3, 2024</span>`, pub: "2024-03-12"},
	{name: "vi wp abbreviated thg", lang: "vi", skel: skelNewspaper, meta: `<span class="td-post-date">12 Thg 3, 2024</span>`, pub: "2024-03-12"},
	{name: "vi lúc", lang: "vi", skel: skelPlain, meta: `<div class="meta">12/03/2024 lúc 10:15</div>`, pub: "2024-03-12"},
	{name: "vi pipe time", lang: "vi", skel: skelPlain, meta: `<div class="meta">Thứ Ba, 12/03/2024 | 10:15</div>`, pub: "2024-03-12"},
	{name: "hi wp month first", lang: "hi", skel: skelNewspaper, meta: `<span class="td-post-date">मार्च 12, 2024</span>`, pub: "2024-03-12"},
	{name: "hi month first devanagari digits", lang: "hi", skel: skelNewspaper, meta: `<span class="td-post-date">मार्च १२, २०२४</span>`, pub: "2024-03-12"},
	{name: "hi weekday month first", lang: "hi", skel: skelPlain, meta: `<div class="byline">मंगलवार, मार्च 12, 2024</div>`, pub: "2024-03-12"},
	{name: "id pukul", lang: "id", skel: skelPlain, meta: `<div class="meta">Selasa, 12 Maret 2024 - Pukul 10:15</div>`, pub: "2024-03-12"},
	{name: "id pukul dotted wib", lang: "id", skel: skelPlain, meta: `<div class="meta">12 Maret 2024 pukul 10.15 WIB</div>`, pub: "2024-03-12"},
	{name: "tr saat", lang: "tr", skel: skelPlain, meta: `<div class="meta">12 Mart 2024, saat 10:15</div>`, pub: "2024-03-12"},
	{name: "tr wp month first", lang: "tr", skel: skelNewspaper, meta: `<span class="td-post-date">Mart 12, 2024</span>`, pub: "2024-03-12"},
	{name: "uk о", lang: "uk", skel: skelPlain, meta: `<div class="meta">12 березня 2024 о 10:15</div>`, pub: "2024-03-12"},
	{name: "uk nominative wp", lang: "uk", skel: skelNewspaper, meta: `<span class="td-post-date">12 Березень 2024</span>`, pub: "2024-03-12"},
	{name: "pl o", lang: "pl", skel: skelPlain, meta: `<div class="meta">12.03.2024 o 10:15</div>`, pub: "2024-03-12"},
	{name: "pl godz.", lang: "pl", skel: skelPlain, meta: `<div class="meta">12 marca 2024, godz. 10:15</div>`, pub: "2024-03-12"},
	{name: "pl nominative wp", lang: "pl", skel: skelNewspaper, meta: `<span class="td-post-date">12 marzec 2024</span>`, pub: "2024-03-12"},
	{name: "ro ora", lang: "ro", skel: skelPlain, meta: `<div class="meta">12 martie 2024, ora 10:15</div>`, pub: "2024-03-12"},
	{name: "ro wp month first", lang: "ro", skel: skelNewspaper, meta: `<span class="td-post-date">martie 12, 2024</span>`, pub: "2024-03-12"},
	{name: "fa wp gregorian persian months", lang: "fa", skel: skelNewspaper, meta: `<span class="td-post-date">۱۲ مارس ۲۰۲۴</span>`, pub: "2024-03-12"},
	{name: "fa numeric day first solar", lang: "fa", skel: skelPlain, meta: `<div class="meta">۲۲/۱۲/۱۴۰۲</div>`, pub: "2024-03-12"},
	{name: "id wp month first", lang: "id", skel: skelNewspaper, meta: `<span class="td-post-date">Maret 12, 2024</span>`, pub: "2024-03-12"},
}

func TestPages64d(t *testing.T) {
	var cs []dateCase
	for _, p := range pages64d {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched64), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}

// pages64e show only an update, or only how long ago the story went up.
var pages64e = []page50{
	{name: "hi update only", lang: "hi", skel: skelPlain, meta: `<div class="byline">राहुल शर्मा | अपडेटेड: 13 मार्च 2024, 10:15 AM IST</div>`, mod: "2024-03-13"},
	{name: "vi update only", lang: "vi", skel: skelPlain, meta: `<div class="meta">Cập nhật: 13/03/2024 10:15</div>`, mod: "2024-03-13"},
	{name: "id update only", lang: "id", skel: skelPlain, meta: `<div class="meta">Diperbarui: Rabu, 13 Maret 2024 10:15 WIB</div>`, mod: "2024-03-13"},
	{name: "tr update only", lang: "tr", skel: skelPlain, meta: `<div class="meta">Güncelleme: 13.03.2024 10:15</div>`, mod: "2024-03-13"},
	{name: "fa update only", lang: "fa", skel: skelPlain, meta: `<div class="meta">آخرین بروزرسانی: ۲۳ اسفند ۱۴۰۲ - ۱۰:۱۵</div>`, mod: "2024-03-13"},
	{name: "uk update only", lang: "uk", skel: skelPlain, meta: `<div class="meta">Оновлено: 13 березня 2024, 10:15</div>`, mod: "2024-03-13"},
	{name: "ro update only", lang: "ro", skel: skelPlain, meta: `<div class="meta">Actualizat: 13.03.2024, 10:15</div>`, mod: "2024-03-13"},
	{name: "pl update only", lang: "pl", skel: skelPlain, meta: `<div class="meta">Aktualizacja: 13 marca 2024, 10:15</div>`, mod: "2024-03-13"},
	{name: "hi hours ago", lang: "hi", skel: skelPlain, meta: `<div class="byline">राहुल शर्मा | 2 घंटे पहले</div>`, pub: "2024-03-20"},
	{name: "vi hours ago", lang: "vi", skel: skelPlain, meta: `<div class="meta">2 giờ trước</div>`, pub: "2024-03-20"},
	{name: "id hours ago", lang: "id", skel: skelPlain, meta: `<div class="meta">2 jam yang lalu</div>`, pub: "2024-03-20"},
	{name: "tr hours ago", lang: "tr", skel: skelPlain, meta: `<div class="meta">2 saat önce</div>`, pub: "2024-03-20"},
	{name: "fa hours ago", lang: "fa", skel: skelPlain, meta: `<div class="meta">۲ ساعت پیش</div>`, pub: "2024-03-20"},
	{name: "uk hours ago", lang: "uk", skel: skelPlain, meta: `<div class="meta">2 години тому</div>`, pub: "2024-03-20"},
	{name: "ro hours ago", lang: "ro", skel: skelPlain, meta: `<div class="meta">acum 2 ore</div>`, pub: "2024-03-20"},
	{name: "pl hours ago", lang: "pl", skel: skelPlain, meta: `<div class="meta">2 godziny temu</div>`, pub: "2024-03-20"},
	{name: "hi days ago", lang: "hi", skel: skelPlain, meta: `<div class="byline">राहुल शर्मा | 3 दिन पहले</div>`, pub: "2024-03-17"},
	{name: "vi days ago", lang: "vi", skel: skelPlain, meta: `<div class="meta">3 ngày trước</div>`, pub: "2024-03-17"},
	{name: "id days ago", lang: "id", skel: skelPlain, meta: `<div class="meta">3 hari lalu</div>`, pub: "2024-03-17"},
	{name: "pl yesterday", lang: "pl", skel: skelPlain, meta: `<div class="meta">wczoraj, 10:15</div>`, pub: "2024-03-19"},
	{name: "uk yesterday", lang: "uk", skel: skelPlain, meta: `<div class="meta">Вчора, 10:15</div>`, pub: "2024-03-19"},
	{name: "tr yesterday", lang: "tr", skel: skelPlain, meta: `<div class="meta">Dün 10:15</div>`, pub: "2024-03-19"},
	{name: "id yesterday", lang: "id", skel: skelPlain, meta: `<div class="meta">Kemarin, 10:15 WIB</div>`, pub: "2024-03-19"},
	{name: "ro yesterday", lang: "ro", skel: skelPlain, meta: `<div class="meta">Ieri, 10:15</div>`, pub: "2024-03-19"},
	{name: "vi yesterday", lang: "vi", skel: skelPlain, meta: `<div class="meta">Hôm qua, 10:15</div>`, pub: "2024-03-19"},
}

func TestPages64e(t *testing.T) {
	var cs []dateCase
	for _, p := range pages64e {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched64), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}

// pages64f write the day in digits with slashes, its order the
// language's: day first in all of them ("04/03/2024" is March 4), on a
// page fetched when April 3 had passed too.
var pages64f = []page50{
	{name: "hi slashes day first", lang: "hi", skel: skelPlain, meta: `<div class="byline">राहुल शर्मा | 04/03/2024 10:15 AM</div>`, pub: "2024-03-04"},
	{name: "vi slashes day first", lang: "vi", skel: skelPlain, meta: `<div class="meta">Thứ hai, 04/03/2024 10:15</div>`, pub: "2024-03-04"},
	{name: "id slashes day first", lang: "id", skel: skelPlain, meta: `<div class="meta">04/03/2024, 10:15 WIB</div>`, pub: "2024-03-04"},
	{name: "tr slashes day first", lang: "tr", skel: skelPlain, meta: `<div class="meta">04/03/2024 10:15</div>`, pub: "2024-03-04"},
	{name: "uk slashes day first", lang: "uk", skel: skelPlain, meta: `<div class="meta">04/03/2024 10:15</div>`, pub: "2024-03-04"},
	{name: "ro slashes day first", lang: "ro", skel: skelPlain, meta: `<div class="meta">04/03/2024 10:15</div>`, pub: "2024-03-04"},
	{name: "pl slashes day first", lang: "pl", skel: skelPlain, meta: `<div class="meta">04/03/2024 10:15</div>`, pub: "2024-03-04"},
	{name: "fa gregorian slashes day first", lang: "fa", skel: skelPlain, meta: `<div class="meta">04/03/2024</div>`, pub: "2024-03-04"},
	{name: "hi dashes day first", lang: "hi", skel: skelPlain, meta: `<div class="byline">04-03-2024 10:15</div>`, pub: "2024-03-04"},
	{name: "en-IN slashes day first", lang: "en-IN", skel: skelPlain, meta: `<div class="byline">By Rahul Sharma | 04/03/2024 10:15 AM IST</div>`, pub: "2024-03-04"},
	{name: "fa dari month", lang: "fa-AF", skel: skelPlain, meta: `<div class="meta">۲۲ حوت ۱۴۰۲</div>`, pub: "2024-03-12"},
}

var fetched64f = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

func TestPages64f(t *testing.T) {
	var cs []dateCase
	for _, p := range pages64f {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched64f), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}

// pages64g show the update before the publication, each with its label:
// the label, not the order, tells them.
var pages64g = []page50{
	{name: "hi update first", lang: "hi", skel: skelPlain, meta: `<div class="byline"><span>अंतिम अपडेट: 13 मार्च 2024</span> <span>प्रकाशन तिथि: 12 मार्च 2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "hi अपडेट किया गया first", lang: "hi", skel: skelPlain, meta: `<div class="byline"><span>अपडेट किया गया: 13 मार्च 2024</span> <span>प्रकाशित तिथि: 12 मार्च 2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "vi update first", lang: "vi", skel: skelPlain, meta: `<div class="meta"><span>Cập nhật: 13/03/2024</span> <span>Ngày đăng: 12/03/2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "vi xuất bản", lang: "vi", skel: skelPlain, meta: `<div class="meta"><span>Xuất bản: 12/03/2024 10:15</span> <span>Cập nhật lần cuối: 13/03/2024 11:30</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "id update first", lang: "id", skel: skelPlain, meta: `<div class="meta"><span>Diperbarui: 13 Maret 2024</span> <span>Diterbitkan: 12 Maret 2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "tr update first", lang: "tr", skel: skelPlain, meta: `<div class="meta"><span>Güncelleme: 13.03.2024</span> <span>Yayınlanma: 12.03.2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "fa update first", lang: "fa", skel: skelPlain, meta: `<div class="meta"><span>به‌روزرسانی: ۲۳ اسفند ۱۴۰۲</span> <span>انتشار: ۲۲ اسفند ۱۴۰۲</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "uk update first", lang: "uk", skel: skelPlain, meta: `<div class="meta"><span>Оновлено: 13.03.2024</span> <span>Опубліковано: 12.03.2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "ro update first", lang: "ro", skel: skelPlain, meta: `<div class="meta"><span>Actualizat: 13.03.2024</span> <span>Publicat: 12.03.2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "pl update first", lang: "pl", skel: skelPlain, meta: `<div class="meta"><span>Aktualizacja: 13.03.2024</span> <span>Publikacja: 12.03.2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "pl zaktualizowano opublikowano", lang: "pl", skel: skelPlain, meta: `<div class="meta"><span>Opublikowano: 12.03.2024</span> <span>Zaktualizowano: 13.03.2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "ro modificat", lang: "ro", skel: skelPlain, meta: `<div class="meta"><span>Publicat: 12.03.2024</span> <span>Modificat: 13.03.2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
	{name: "uk змінено", lang: "uk", skel: skelPlain, meta: `<div class="meta"><span>Опубліковано: 12.03.2024</span> <span>Змінено: 13.03.2024</span></div>`, pub: "2024-03-12", mod: "2024-03-13"},
}

func TestPages64g(t *testing.T) {
	var cs []dateCase
	for _, p := range pages64g {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched64), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}

// pages64h note at the text's end where the piece first appeared: the
// byline's date stays the publication.
var pages64h = []page50{
	{name: "hi originally published note", lang: "hi", skel: skelPlain, meta: `<div class="byline">राहुल शर्मा | 12 मार्च 2024</div>`,
		tail: `<p><em>यह लेख मूल रूप से 1 मार्च 2024 को प्रकाशित हुआ था।</em></p>`, pub: "2024-03-12"},
	{name: "pl originally published note", lang: "pl", skel: skelPlain, meta: `<div class="meta">Jan Kowalski · 12 marca 2024</div>`,
		tail: `<p><em>Artykuł pierwotnie ukazał się 1 marca 2024 r. w serwisie partnerskim.</em></p>`, pub: "2024-03-12"},
	{name: "ro originally published note", lang: "ro", skel: skelPlain, meta: `<div class="meta">Ion Popescu · 12 martie 2024</div>`,
		tail: `<p><em>Articol publicat inițial pe 1 martie 2024 pe site-ul partenerului nostru.</em></p>`, pub: "2024-03-12"},
	{name: "uk originally published note", lang: "uk", skel: skelPlain, meta: `<div class="meta">Іван Коваленко · 12 березня 2024</div>`,
		tail: `<p><em>Вперше опубліковано 1 березня 2024 року на сайті партнера.</em></p>`, pub: "2024-03-12"},
	{name: "tr originally published note", lang: "tr", skel: skelPlain, meta: `<div class="meta">Ahmet Yılmaz · 12 Mart 2024</div>`,
		tail: `<p><em>Bu yazı ilk olarak 1 Mart 2024 tarihinde ortak sitemizde yayımlandı.</em></p>`, pub: "2024-03-12"},
	{name: "id originally published note", lang: "id", skel: skelPlain, meta: `<div class="meta">Budi Santoso · 12 Maret 2024</div>`,
		tail: `<p><em>Artikel ini pertama kali terbit pada 1 Maret 2024 di situs mitra kami.</em></p>`, pub: "2024-03-12"},
	{name: "id originally carried note", lang: "id", skel: skelPlain, meta: `<div class="meta">Budi Santoso · 12 Maret 2024</div>`,
		tail: `<p><em>Artikel ini pertama kali dimuat pada 1 Maret 2024 di situs mitra kami.</em></p>`, pub: "2024-03-12"},
	{name: "vi originally published note", lang: "vi", skel: skelPlain, meta: `<div class="meta">Nguyễn Văn An · 12/03/2024</div>`,
		tail: `<p><em>Bài viết được đăng lần đầu ngày 1/3/2024 trên trang đối tác.</em></p>`, pub: "2024-03-12"},
	{name: "fa originally published note", lang: "fa", skel: skelPlain, meta: `<div class="meta">علی رضایی · ۲۲ اسفند ۱۴۰۲</div>`,
		tail: `<p><em>این مطلب نخستین بار در ۱۱ اسفند ۱۴۰۲ در سایت همکار ما منتشر شد.</em></p>`, pub: "2024-03-12"},
}

func TestPages64h(t *testing.T) {
	var cs []dateCase
	for _, p := range pages64h {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), cmp.Or(p.fetched, fetched64), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}

// datelines64 are agencies' datelines without the year, the address
// giving it.
var datelines64 = []page50{
	{name: "uk ukrinform", lang: "uk", skel: lead64(skelPlain, `<p>Київ, 12 березня (Укрінформ) – Уряд схвалив новий план.</p>`), pub: "2024-03-12"},
	{name: "pl pap", lang: "pl", skel: lead64(skelPlain, `<p>Warszawa, 12 marca (PAP) - Rząd zatwierdził nowy plan.</p>`), pub: "2024-03-12"},
	{name: "id antara", lang: "id", skel: lead64(skelPlain, `<p>Jakarta, 12 Maret (ANTARA) - Pemerintah menyetujui rencana baru itu.</p>`), pub: "2024-03-12"},
	{name: "tr aa", lang: "tr", skel: lead64(skelPlain, `<p>Ankara, 12 Mart (AA) - Hükümet yeni planı onayladı.</p>`), pub: "2024-03-12"},
	{name: "ro agerpres", lang: "ro", skel: lead64(skelPlain, `<p>București, 12 martie (Agerpres) - Guvernul a aprobat noul plan.</p>`), pub: "2024-03-12"},
	{name: "hi ians", lang: "hi", skel: lead64(skelPlain, `<p>नई दिल्ली, 12 मार्च (आईएएनएस)। केंद्र सरकार ने मंगलवार को नई योजना को मंजूरी दे दी।</p>`), pub: "2024-03-12"},
	// A Solar day without its year beside a Gregorian year in the
	// address: no date rather than a day of the wrong calendar.
	{name: "fa irna yearless solar", lang: "fa", skel: lead64(skelPlain, `<p>تهران، ۲۲ اسفند (ایرنا) - دولت طرح را تصویب کرد.</p>`)},
}

func TestDatelines64(t *testing.T) {
	var cs []dateCase
	for _, p := range datelines64 {
		cs = append(cs, dateCase{p.name, p.page(), cmp.Or(p.path, "/news/2024/03/headline-of-the-story"), cmp.Or(p.fetched, fetched64), p.pub, p.mod})
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(cs))
}
