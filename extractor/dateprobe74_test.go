package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 74 (dateslang74): dates in digits of calendars
// other than the Gregorian, and date labels of news portals in many
// languages.

var probe74DateFetched = time.Date(2025, 6, 14, 16, 0, 0, 0, time.UTC)

var probe74DateCalendars = []page50{
	{name: "ne bs slashes", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="post-meta"><span class="date">२०८२/०२/३०</span></div>`, pub: "2025-06-13"},
	{name: "ne bs dashes time", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="post-meta"><span class="date">प्रकाशित मिति: २०८२-०२-३० ११:२५</span></div>`, pub: "2025-06-13"},
	{name: "ne bs ascii", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="post-meta"><span class="date">2082-02-30 11:25</span></div>`, pub: "2025-06-13"},
	{name: "ne bs dots weekday", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="post-meta"><span class="date">शुक्रबार, २०८२.०२.३०</span></div>`, pub: "2025-06-13"},
	{name: "ne bs today in top bar", lang: "ne", skel: probe73DateNepaliPage, top: `शनिबार, २०८२/०२/३१`, meta: `<div class="post-meta"><span class="date">२०८२/०२/३०</span></div>`, pub: "2025-06-13"},
	{name: "ne named today in top bar", lang: "ne", skel: probe73DateNepaliPage, top: `२०८२ जेठ ३१, शनिबार`, meta: `<div class="time"><span>जेठ ३०, २०८२</span></div>`, pub: "2025-06-13"},
	{name: "hi devanagari gregorian", lang: "hi", skel: skelPlain, meta: `<div class="date">प्रकाशित: २०२५-०६-१२ १०:२२</div>`, pub: "2025-06-12"},
	{name: "en far future", lang: "en", skel: skelPlain, meta: `<div class="date">Published 2025-06-12</div><p class="note">Bonds mature 2082-02-15.</p>`, pub: "2025-06-12"},
	{name: "fa solar slashes", lang: "fa", skel: skelPlain, meta: `<div class="date">تاریخ انتشار: ۱۴۰۴/۰۳/۲۴ - ۱۰:۲۲</div>`, pub: "2025-06-14"},
	{name: "fa solar named", lang: "fa", skel: skelPlain, meta: `<div class="date">شنبه ۲۴ خرداد ۱۴۰۴ - ۱۰:۲۲</div>`, pub: "2025-06-14"},
	{name: "th be", lang: "th", skel: skelPlain, meta: `<div class="date">12 มิถุนายน 2568 10:22 น.</div>`, pub: "2025-06-12"},
	{name: "th be abbr", lang: "th", skel: skelPlain, meta: `<div class="date">12 มิ.ย. 68 10:22 น.</div>`, pub: "2025-06-12"},
	{name: "th be slash", lang: "th", skel: skelPlain, meta: `<div class="date">เผยแพร่: 12/06/2568 10:22</div>`, pub: "2025-06-12"},
	{name: "ja reiwa", lang: "ja", skel: skelPlain, meta: `<div class="date">令和7年6月12日 10時22分</div>`, pub: "2025-06-12"},
	{name: "ja reiwa label", lang: "ja", skel: skelPlain, meta: `<div class="date">掲載日：令和7年6月12日</div>`, pub: "2025-06-12"},
	{name: "zh-tw minguo", lang: "zh-TW", skel: skelPlain, meta: `<div class="date">發布日期：民國114年6月12日</div>`, pub: "2025-06-12"},
	{name: "zh-tw roc bare", lang: "zh-TW", skel: skelPlain, meta: `<div class="date">發布日期：114年6月12日</div>`, pub: "2025-06-12"},
	{name: "zh-tw roc dots", lang: "zh-TW", skel: skelPlain, meta: `<div class="date">發布日期：114-06-12</div>`, pub: "2025-06-12"},
	{name: "zh-tw roc slashes", lang: "zh-TW", skel: skelPlain, meta: `<div class="date">更新日期：114/06/14 發布日期：114/06/12</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ar hijri first", lang: "ar", skel: skelPlain, meta: `<div class="date">الخميس 16 ذو الحجة 1446 هـ - 12 يونيو 2025 م</div>`, pub: "2025-06-12"},
	{name: "ar hijri digits", lang: "ar", skel: skelPlain, meta: `<div class="date">16/12/1446 هـ الموافق 12/06/2025 م</div>`, pub: "2025-06-12"},
	{name: "ar hijri eastern", lang: "ar", skel: skelPlain, meta: `<div class="date">الخميس ١٦ ذو الحجة ١٤٤٦ هـ الموافق ١٢ يونيو ٢٠٢٥ م</div>`, pub: "2025-06-12"},
	{name: "ar levant", lang: "ar", skel: skelPlain, meta: `<div class="date">نشر في: 12 حزيران 2025 - 10:22</div>`, pub: "2025-06-12"},
}

func TestDateProbe74Calendars(t *testing.T) {
	checkPages50(t, probe74DateCalendars, probe74DateFetched)
}

var probe74DateLabels = []page50{
	{name: "es publicado", lang: "es", skel: skelPlain, meta: `<div class="meta">Publicado el 12 jun 2025 - 10:22 Actualizado el 14 jun 2025 - 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "es actualizado first", lang: "es", skel: skelPlain, meta: `<div class="meta">Actualizado 14/06/2025 09:00 h Publicado 12/06/2025 10:22 h</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "fr maj", lang: "fr", skel: skelPlain, meta: `<div class="meta">Mis à jour le 14 juin 2025 à 09h00 Publié le 12 juin 2025 à 10h22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "fr maj only", lang: "fr", skel: skelPlain, meta: `<div class="meta">Mis à jour le 14/06/2025 à 09:00</div>`, mod: "2025-06-14"},
	{name: "de veroeffentlicht", lang: "de", skel: skelPlain, meta: `<div class="meta">Aktualisiert am 14.06.2025, 09:00 Uhr Veröffentlicht am 12.06.2025, 10:22 Uhr</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "de zuletzt", lang: "de", skel: skelPlain, meta: `<div class="meta">Zuletzt aktualisiert: 14. Juni 2025</div>`, mod: "2025-06-14"},
	{name: "pt atualizado", lang: "pt", skel: skelPlain, meta: `<div class="meta">Publicado em 12/06/2025 - 10:22 Atualizado em 14/06/2025 - 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "it aggiornato", lang: "it", skel: skelPlain, meta: `<div class="meta">Aggiornato il 14 giugno 2025 alle 09:00 Pubblicato il 12 giugno 2025</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ru opubl", lang: "ru", skel: skelPlain, meta: `<div class="meta">Опубликовано: 12.06.2025 10:22 Обновлено: 14.06.2025 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ru obnov first", lang: "ru", skel: skelPlain, meta: `<div class="meta">Обновлено 14 июня 2025, 09:00 Опубликовано 12 июня 2025, 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "uk opubl", lang: "uk", skel: skelPlain, meta: `<div class="meta">Опубліковано: 12.06.2025 10:22 Оновлено: 14.06.2025 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "uk onovleno only", lang: "uk", skel: skelPlain, meta: `<div class="meta">Оновлено: 14 червня 2025, 09:00</div>`, mod: "2025-06-14"},
	{name: "ar nushira", lang: "ar", skel: skelPlain, meta: `<div class="meta">نشر في: 12 يونيو 2025 - 10:22 آخر تحديث: 14 يونيو 2025 - 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ar tahdith first", lang: "ar", skel: skelPlain, meta: `<div class="meta">آخر تحديث: 14 يونيو 2025 - 09:00 تاريخ النشر: 12 يونيو 2025 - 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ko gejae", lang: "ko", skel: skelPlain, meta: `<div class="meta">게재 2025-06-12 10:22 수정 2025-06-14 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ko gisungryeok", lang: "ko", skel: skelPlain, meta: `<div class="meta">기사입력 2025.06.12 10:22 최종수정 2025.06.14 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ja keisai", lang: "ja", skel: skelPlain, meta: `<div class="meta">掲載日：2025年6月12日 更新日：2025年6月14日</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ja koushin first", lang: "ja", skel: skelPlain, meta: `<div class="meta">更新：2025/06/14 09:00 公開：2025/06/12 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "tr yayinlanma", lang: "tr", skel: skelPlain, meta: `<div class="meta">Yayınlanma: 12.06.2025 - 10:22 Güncelleme: 14.06.2025 - 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "tr guncelleme first", lang: "tr", skel: skelPlain, meta: `<div class="meta">Güncelleme Tarihi: 14 Haziran 2025 09:00 Yayın Tarihi: 12 Haziran 2025 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "pl opublikowano", lang: "pl", skel: skelPlain, meta: `<div class="meta">Opublikowano: 12.06.2025, 10:22 Aktualizacja: 14.06.2025, 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "pl aktualizacja first", lang: "pl", skel: skelPlain, meta: `<div class="meta">Aktualizacja: 14 czerwca 2025, 09:00 Data publikacji: 12 czerwca 2025, 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "nl gepubliceerd", lang: "nl", skel: skelPlain, meta: `<div class="meta">Gepubliceerd op 12 juni 2025 om 10:22 Bijgewerkt op 14 juni 2025 om 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "nl bijgewerkt first", lang: "nl", skel: skelPlain, meta: `<div class="meta">Laatst bijgewerkt: 14-06-2025 09:00 Gepubliceerd: 12-06-2025 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "id diterbitkan", lang: "id", skel: skelPlain, meta: `<div class="meta">Diterbitkan: Kamis, 12 Juni 2025 10:22 WIB Diperbarui: Sabtu, 14 Juni 2025 09:00 WIB</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "id diperbarui first", lang: "id", skel: skelPlain, meta: `<div class="meta">Diperbarui 14 Jun 2025, 09:00 WIB Diterbitkan 12 Jun 2025, 10:22 WIB</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "fa montashar", lang: "fa", skel: skelPlain, meta: `<div class="meta">منتشر شده: ۲۲ خرداد ۱۴۰۴ - ۱۰:۲۲ به‌روزرسانی: ۲۴ خرداد ۱۴۰۴ - ۰۹:۰۰</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "hi prakashit", lang: "hi", skel: skelPlain, meta: `<div class="meta">प्रकाशित: 12 जून 2025, 10:22 AM अपडेटेड: 14 जून 2025, 09:00 AM</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "hi updated first", lang: "hi", skel: skelPlain, meta: `<div class="meta">अपडेटेड: 14 जून 2025, 09:00 AM (IST) प्रकाशित: 12 जून 2025, 10:22 AM (IST)</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ro publicat", lang: "ro", skel: skelPlain, meta: `<div class="meta">Publicat: 12 iunie 2025, 10:22 Actualizat: 14 iunie 2025, 09:00</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ro actualizat first", lang: "ro", skel: skelPlain, meta: `<div class="meta">Actualizat: 14.06.2025, 09:00 Publicat: 12.06.2025, 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "vi cap nhat", lang: "vi", skel: skelPlain, meta: `<div class="meta">Cập nhật: 14/06/2025 09:00 Đăng: 12/06/2025 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "vi dang luc", lang: "vi", skel: skelPlain, meta: `<div class="meta">Đăng lúc 10:22 12/06/2025 - Cập nhật lúc 09:00 14/06/2025</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "vi cap nhat only", lang: "vi", skel: skelPlain, meta: `<div class="meta">Thứ bảy, 14/6/2025, 09:00 (GMT+7)</div>`, pub: "2025-06-14"},
	{name: "zh fabu gengxin", lang: "zh", skel: skelPlain, meta: `<div class="meta">更新时间：2025-06-14 09:00 发布时间：2025-06-12 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "he pursam", lang: "he", skel: skelPlain, meta: `<div class="meta">עודכן: 14.06.25, 09:00 פורסם: 12.06.25, 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "el dimosieusi", lang: "el", skel: skelPlain, meta: `<div class="meta">Ενημερώθηκε: 14/06/2025 - 09:00 Δημοσιεύθηκε: 12/06/2025 - 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "cs aktualizovano", lang: "cs", skel: skelPlain, meta: `<div class="meta">Aktualizováno 14. 6. 2025 9:00 Publikováno 12. 6. 2025 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "hu frissitve", lang: "hu", skel: skelPlain, meta: `<div class="meta">Frissítve: 2025. 06. 14. 09:00 Közzétéve: 2025. 06. 12. 10:22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "sv uppdaterad", lang: "sv", skel: skelPlain, meta: `<div class="meta">Uppdaterad 14 juni 2025 09.00 Publicerad 12 juni 2025 10.22</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ms dikemas kini", lang: "ms", skel: skelPlain, meta: `<div class="meta">Dikemas kini 14 Jun 2025, 9:00 am Diterbitkan 12 Jun 2025, 10:22 am</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "bn prokashito", lang: "bn", skel: skelPlain, meta: `<div class="meta">প্রকাশিত: ১২ জুন ২০২৫, ১০:২২ আপডেট: ১৪ জুন ২০২৫, ০৯:০০</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "ur shaya", lang: "ur", skel: skelPlain, meta: `<div class="meta">شائع 12 جون 2025 10:22am اپ ڈیٹ 14 جون 2025 09:00am</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "sw imechapishwa", lang: "sw", skel: skelPlain, meta: `<div class="meta">Imechapishwa: 12 Juni 2025 Imesasishwa: 14 Juni 2025</div>`, pub: "2025-06-12", mod: "2025-06-14"},
}

func TestDateProbe74Labels(t *testing.T) {
	checkPages50(t, probe74DateLabels, probe74DateFetched)
}

// probe74DateTopBars are portals' top bars with today's date and its
// weekday, above the menu and the headline, in languages whose weekdays
// the top bar's reading did not know: the story's date under the
// headline is the page's.
var probe74DateTopBars = []page50{
	{name: "ne", lang: "ne", skel: probe73DateNepaliPage, top: `आइतबार, जेठ ३१, २०८२`, meta: `<div class="post-meta"><span class="date">जेठ ३०, २०८२</span></div>`, pub: "2025-06-13"},
	{name: "bn", lang: "bn", skel: probe73DateNepaliPage, top: `শনিবার, ১৪ জুন ২০২৫`, meta: `<div class="post-meta"><span class="date">১৩ জুন ২০২৫</span></div>`, pub: "2025-06-13"},
	{name: "ms", lang: "ms", skel: probe73DateNepaliPage, top: `Sabtu, 14 Jun 2025`, meta: `<div class="post-meta"><span class="date">13 Jun 2025</span></div>`, pub: "2025-06-13"},
	{name: "sw", lang: "sw", skel: probe73DateNepaliPage, top: `Jumamosi, Juni 14, 2025`, meta: `<div class="post-meta"><span class="date">Juni 13, 2025</span></div>`, pub: "2025-06-13"},
	{name: "cs", lang: "cs", skel: probe73DateNepaliPage, top: `Sobota 14. června 2025`, meta: `<div class="post-meta"><span class="date">13. června 2025</span></div>`, pub: "2025-06-13"},
	{name: "hu", lang: "hu", skel: probe73DateNepaliPage, top: `2025. június 14., szombat`, meta: `<div class="post-meta"><span class="date">2025. június 13.</span></div>`, pub: "2025-06-13"},
	{name: "sv", lang: "sv", skel: probe73DateNepaliPage, top: `Lördag 14 juni 2025`, meta: `<div class="post-meta"><span class="date">13 juni 2025</span></div>`, pub: "2025-06-13"},
	{name: "el", lang: "el", skel: probe73DateNepaliPage, top: `Σάββατο, 14 Ιουνίου 2025`, meta: `<div class="post-meta"><span class="date">13 Ιουνίου 2025</span></div>`, pub: "2025-06-13"},
}

func TestDateProbe74TopBars(t *testing.T) {
	checkPages50(t, probe74DateTopBars, probe74DateFetched)
}

// A Bikram Sambat date in digits is written as the Gregorian day it
// names, its time of day kept; a date in digits of another year, mixed
// separators or a day the month lacks stay as they are.
func TestDateProbe74BikramSambatNumeric(t *testing.T) {
	for in, want := range map[string]string{
		"२०८१/०२/३०":                "2024-06-12",
		"२०८१-०२-३० ११:२५":          "2024-06-12 ११:२५",
		"प्रकाशित मिति: 2082.02.30": "प्रकाशित मिति: 2025-06-13",
		"२०८१ / २ / ३०":             "2024-06-12",
		"२०८१/०२-३०":                "२०८१/०२-३०",
		"२०८१/०१/३२":                "२०८१/०१/३२",
		"२०२५-०६-१२":                "२०२५-०६-१२",
		"12082-02-30":               "12082-02-30",
		"2082-02-301":               "2082-02-301",
	} {
		if got := bsNumeric(in); got != want {
			t.Errorf("bsNumeric(%q) = %q; want %q", in, got, want)
		}
	}
	w, ok := parseDate("२०८१-०२-३० ११:२५", true)
	if !ok || !w.hasTime || w.t.Format("2006-01-02 15:04") != "2024-06-12 11:25" {
		t.Errorf("parseDate(२०८१-०२-३० ११:२५) = %v, %v (time %v); want 2024-06-12 11:25", w.t, ok, w.hasTime)
	}
}

// probe74DateFartherMonths are the date lines of Galician, Basque and
// Icelandic news sites, whose month names no table held: Basque writes
// the year first and its month in the genitive ("2025eko ekainaren 12a").
var probe74DateFartherMonths = []page50{
	{name: "gl", lang: "gl", skel: skelPlain, meta: `<div class="date">12 de xuño de 2025, 10:22</div>`, pub: "2025-06-12"},
	{name: "gl xaneiro", lang: "gl", skel: skelPlain, meta: `<div class="date">Actualizado: 12 de xaneiro de 2025</div>`, fetched: probe74DateFetched, mod: "2025-01-12"},
	{name: "eu genitive", lang: "eu", skel: skelPlain, meta: `<div class="date">2025eko ekainaren 12a, 10:22</div>`, pub: "2025-06-12"},
	{name: "eu nominative", lang: "eu", skel: skelPlain, meta: `<div class="date">2025 ekaina 12</div>`, pub: "2025-06-12"},
	{name: "is", lang: "is", skel: skelPlain, meta: `<div class="date">12. júní 2025 kl. 10:22</div>`, pub: "2025-06-12"},
	{name: "is feb", lang: "is", skel: skelPlain, meta: `<div class="date">3. febrúar 2025</div>`, pub: "2025-02-03"},
}

func TestDateProbe74FartherMonths(t *testing.T) {
	checkPages50(t, probe74DateFartherMonths, probe74DateFetched)
}

// probe74DateUpdateOnly are meta lines that state only an update, or the
// publication and the update in their own elements, in the languages of
// news: the update label never gives the publication date.
var probe74DateUpdateOnly = []page50{
	{name: "vi cap nhat only", lang: "vi", skel: skelPlain, meta: `<div class="meta"><span>Cập nhật:</span> <span>14/06/2025 09:00</span></div>`, mod: "2025-06-14"},
	{name: "vi dang split", lang: "vi", skel: skelPlain, meta: `<div class="meta"><span class="lbl">Đăng</span> <span class="d">12/06/2025 10:22</span> <span class="lbl">Cập nhật</span> <span class="d">14/06/2025 09:00</span></div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "tr son guncelleme only", lang: "tr", skel: skelPlain, meta: `<div class="meta">Son Güncelleme: 14.06.2025 09:00</div>`, mod: "2025-06-14"},
	{name: "ja saishu only", lang: "ja", skel: skelPlain, meta: `<div class="meta">最終更新日：2025年6月14日</div>`, mod: "2025-06-14"},
	{name: "ko sujeong only", lang: "ko", skel: skelPlain, meta: `<div class="meta">수정 2025.06.14 09:00</div>`, mod: "2025-06-14"},
	{name: "ru obnov only", lang: "ru", skel: skelPlain, meta: `<div class="meta">Обновлено 14.06.2025 09:00</div>`, mod: "2025-06-14"},
	{name: "ar tahdith only", lang: "ar", skel: skelPlain, meta: `<div class="meta">آخر تحديث: 14 يونيو 2025</div>`, mod: "2025-06-14"},
	{name: "id diperbarui only", lang: "id", skel: skelPlain, meta: `<div class="meta">Diperbarui 14 Jun 2025, 09:00 WIB</div>`, mod: "2025-06-14"},
	{name: "pl aktualizacja only", lang: "pl", skel: skelPlain, meta: `<div class="meta">Aktualizacja: 14.06.2025 09:00</div>`, mod: "2025-06-14"},
	{name: "fa berozresani only", lang: "fa", skel: skelPlain, meta: `<div class="meta">آخرین به‌روزرسانی: ۲۴ خرداد ۱۴۰۴</div>`, mod: "2025-06-14"},
	{name: "hi updated only", lang: "hi", skel: skelPlain, meta: `<div class="meta">अपडेटेड: 14 जून 2025</div>`, mod: "2025-06-14"},
	{name: "ro actualizat only", lang: "ro", skel: skelPlain, meta: `<div class="meta">Actualizat: 14.06.2025</div>`, mod: "2025-06-14"},
	{name: "uk split time", lang: "uk", skel: skelPlain, meta: `<div class="meta"><span>Опубліковано</span> <time datetime="2025-06-12T10:22">12 червня, 10:22</time> <span>Оновлено</span> <time datetime="2025-06-14T09:00">14 червня, 09:00</time></div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "es split time", lang: "es", skel: skelPlain, meta: `<div class="meta"><span>Actualizado</span> <time datetime="2025-06-14T09:00">14 jun 2025</time><span>Publicado</span> <time datetime="2025-06-12T10:22">12 jun 2025</time></div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "th update", lang: "th", skel: skelPlain, meta: `<div class="meta">อัปเดต: 14 มิ.ย. 2568 09:00 น. เผยแพร่: 12 มิ.ย. 2568 10:22 น.</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "he update", lang: "he", skel: skelPlain, meta: `<div class="meta">עודכן לאחרונה: 14.06.2025</div>`, mod: "2025-06-14"},
	{name: "el update", lang: "el", skel: skelPlain, meta: `<div class="meta">Τελευταία ενημέρωση: 14 Ιουνίου 2025</div>`, mod: "2025-06-14"},
	{name: "cs update", lang: "cs", skel: skelPlain, meta: `<div class="meta">Aktualizováno: 14. června 2025</div>`, mod: "2025-06-14"},
	{name: "hu update", lang: "hu", skel: skelPlain, meta: `<div class="meta">Frissítve: 2025. június 14.</div>`, mod: "2025-06-14"},
	{name: "sv update", lang: "sv", skel: skelPlain, meta: `<div class="meta">Uppdaterad: 14 juni 2025</div>`, mod: "2025-06-14"},
	{name: "bn update", lang: "bn", skel: skelPlain, meta: `<div class="meta">আপডেট: ১৪ জুন ২০২৫</div>`, mod: "2025-06-14"},
	{name: "ur update", lang: "ur", skel: skelPlain, meta: `<div class="meta">اپ ڈیٹ 14 جون 2025</div>`, mod: "2025-06-14"},
	{name: "ms update", lang: "ms", skel: skelPlain, meta: `<div class="meta">Dikemas kini: 14 Jun 2025</div>`, mod: "2025-06-14"},
	{name: "sw update", lang: "sw", skel: skelPlain, meta: `<div class="meta">Imesasishwa: 14 Juni 2025</div>`, mod: "2025-06-14"},
	{name: "ne update", lang: "ne", skel: skelPlain, meta: `<div class="meta">अपडेट: जेठ ३१, २०८२</div>`, mod: "2025-06-14"},
	{name: "ne prakashit", lang: "ne", skel: skelPlain, meta: `<div class="meta">प्रकाशित: जेठ २९, २०८२ अपडेट: जेठ ३१, २०८२</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "zh-tw update", lang: "zh-TW", skel: skelPlain, meta: `<div class="meta">最後更新：2025/06/14 09:00</div>`, mod: "2025-06-14"},
	{name: "nl update", lang: "nl", skel: skelPlain, meta: `<div class="meta">Aangepast op 14 juni 2025</div>`, mod: "2025-06-14"},
	{name: "it update", lang: "it", skel: skelPlain, meta: `<div class="meta">Ultimo aggiornamento: 14 giugno 2025</div>`, mod: "2025-06-14"},
	{name: "pt update", lang: "pt", skel: skelPlain, meta: `<div class="meta">Atualizado em 14 de junho de 2025</div>`, mod: "2025-06-14"},
	{name: "fr update", lang: "fr", skel: skelPlain, meta: `<div class="meta">Actualisé le 14 juin 2025</div>`, mod: "2025-06-14"},
}

func TestDateProbe74UpdateOnly(t *testing.T) {
	checkPages50(t, probe74DateUpdateOnly, probe74DateFetched)
}

// Probe pages of round 74 (dates74): English news and blog CMSs' date
// lines (Arc XP, Gannett, CNN, BBC, Brightspot, WordPress themes, Ghost,
// Substack, Medium, Blogger), two-digit years and the rules (an
// update alone gives no publication; no date after the fetch; published
// no later than modified; a body's "originally published" note does not
// beat the byline's day), read at probe74DateFetchedEn.
var probe74DateFetchedEn = time.Date(2025, 3, 6, 16, 0, 0, 0, time.UTC)

// probe74DateEnglish are the date lines of English news CMSs and blog
// platforms, as their templates print them.
var probe74DateEnglish = []page50{
	{name: "arc pub upd", lang: "en", skel: skelArc, meta: `<div class="b-byline"><a href="/people/jane/">Jane Doe</a></div><div class="c-date"><span>Published March 3, 2025 at 5:01 a.m. EST</span><span> | Updated March 4, 2025 at 9:12 p.m. EST</span></div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "arc upd only", lang: "en", skel: skelArc, meta: `<div class="b-byline"><a href="/people/jane/">Jane Doe</a></div><div class="c-date">Updated March 4, 2025 at 9:12 p.m. EST</div>`, pub: "", mod: "2025-03-04"},
	{name: "arc late night", lang: "en", skel: skelArc, meta: `<div class="c-date">Published March 3, 2025 at 11:30 p.m. EST</div>`, pub: "2025-03-03"},
	{name: "gannett both", lang: "en", skel: skelGannett, meta: `<div class="gnt_ar_dt" aria-label="Published 5:01 a.m. ET March 3, 2025 Updated 9:12 a.m. ET March 4, 2025">Published 5:01 a.m. ET March 3, 2025 | Updated 9:12 a.m. ET March 4, 2025</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "gannett pub", lang: "en", skel: skelGannett, meta: `<div class="gnt_ar_dt">Published 5:01 a.m. ET March 3, 2025</div>`, pub: "2025-03-03"},
	{name: "gannett upd only", lang: "en", skel: skelGannett, meta: `<div class="gnt_ar_dt">Updated 9:12 a.m. ET March 4, 2025</div>`, pub: "", mod: "2025-03-04"},
	{name: "gannett late", lang: "en", skel: skelGannett, meta: `<div class="gnt_ar_dt">Published 11:41 p.m. ET March 3, 2025</div>`, pub: "2025-03-03"},
	{name: "cnn published", lang: "en", skel: skelPlain, meta: `<div class="headline__byline-sub-text"><div class="byline"><span class="byline__name">Jane Doe</span>, CNN</div><div class="timestamp vossi-timestamp">Published 5:01 AM EST, Mon March 3, 2025</div></div>`, pub: "2025-03-03"},
	{name: "cnn late", lang: "en", skel: skelPlain, meta: `<div class="timestamp vossi-timestamp">Published 10:45 PM EST, Mon March 3, 2025</div>`, pub: "2025-03-03"},
	{name: "bbc testid", lang: "en-GB", skel: skelPlain, meta: `<div data-component="byline-block"><div data-testid="byline-new"><time data-testid="timestamp" datetime="2025-03-03T05:01:00.000Z">3 March 2025</time><span data-testid="byline-new-contributors">Jane Doe</span></div></div>`, pub: "2025-03-03"},
	{name: "bbc ago", lang: "en-GB", skel: skelPlain, meta: `<div data-component="byline-block"><time data-testid="timestamp" datetime="2025-03-06T13:01:00.000Z">3 hours ago</time></div>`, pub: "2025-03-06"},
	{name: "wp posted on text", lang: "en", skel: skelPlain, meta: `<p class="post-meta">Posted on March 3, 2025 by <a href="/author/jane/">Jane</a></p>`, pub: "2025-03-03"},
	{name: "wp entry-date in footer", lang: "en", skel: skelPlain, tail: `<footer class="entry-footer"><span class="posted-on">Posted on <a href="/x/" rel="bookmark"><time class="entry-date published updated" datetime="2025-03-03T05:01:00+00:00">March 3, 2025</time></a></span></footer>`, pub: "2025-03-03"},
	{name: "ghost", lang: "en", skel: skelGhost, meta: `<time class="byline-meta-date" datetime="2025-03-03">Mar 3, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>`, pub: "2025-03-03"},
	{name: "substack", lang: "en", skel: skelSubstack, meta: `<div class="post-meta-item post-date" title="2025-03-03T05:01:00.000Z">Mar 03, 2025</div>`, pub: "2025-03-03"},
	{name: "substack pencraft", lang: "en", skel: skelSubstack, meta: `<div class="pencraft pc-display-flex"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Mar 03, 2025</div></div>`, pub: "2025-03-03"},
	{name: "medium", lang: "en", skel: skelMedium, meta: `<div class="ab q"><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 3, 2025</span></div>`, pub: "2025-03-03"},
	{name: "medium no year", lang: "en", skel: skelMedium, meta: `<div class="ab q"><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 3</span></div>`, pub: "2025-03-03"},
	{name: "blogger date-header", lang: "en", skel: skelBlogger, above: `<h2 class="date-header"><span>Monday, March 3, 2025</span></h2>`, meta: ``, pub: "2025-03-03"},
	{name: "blogger date-header footer timestamp", lang: "en", skel: skelBlogger, above: `<h2 class="date-header"><span>Monday, March 3, 2025</span></h2>`, tail: `<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Jane</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2025/03/x.html" rel="bookmark"><abbr class="published" title="2025-03-03T05:01:00-08:00">5:01 AM</abbr></a></span></div>`, pub: "2025-03-03"},
	{name: "two digit us", lang: "en-US", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <span class="date">01/25/25</span></div>`, pub: "2025-01-25"},
	{name: "two digit ambiguous", lang: "en-US", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <span class="date">03/04/25</span></div>`, pub: "2025-03-04"},
	{name: "two digit gb", lang: "en-GB", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <span class="date">04/03/25</span></div>`, pub: "2025-03-04"},
	{name: "future", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <span class="date">March 9, 2026</span></div>`, pub: ""},
	{name: "pub after mod", lang: "en", skel: skelPlain, head: `<meta property="article:published_time" content="2025-03-03T05:01:00Z"><meta property="article:modified_time" content="2025-02-01T05:01:00Z">`, pub: "2025-03-03", mod: ""},
	{name: "originally published body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | March 3, 2025</div>`, inBody: `<p><em>This article was originally published on January 4, 2024 by The Other Paper.</em></p>`, pub: "2025-03-03"},
	{name: "originally published tail", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <time datetime="2025-03-03">March 3, 2025</time></div>`, tail: `<p class="note"><em>Originally published on Jan. 4, 2024.</em></p>`, pub: "2025-03-03"},
	{name: "brightspot", lang: "en", skel: skelBrightspot, meta: `<div class="ArticlePage-datePublished">Published <span class="ArticlePage-datePublished-day">March 3, 2025</span> at 5:01 AM EST</div><div class="ArticlePage-dateModified">Updated <span>March 4, 2025</span> at 9:12 AM EST</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "brightspot bsp-timestamp", lang: "en", skel: skelBrightspot, meta: `<div class="ArticlePage-timestamp"><bsp-timestamp data-timestamp="1741000000000"><span class="date">Published March 3, 2025</span></bsp-timestamp></div>`, pub: "2025-03-03"},
	{name: "ap style month abbr", lang: "en", skel: skelPlain, meta: `<div class="byline">By JANE DOE Associated Press</div><div class="date">Sept. 3, 2024, 5:01 PM ET</div>`, fetched: time.Date(2024, 9, 6, 0, 0, 0, 0, time.UTC), pub: "2024-09-03"},
	{name: "updated before published text", lang: "en", skel: skelPlain, meta: `<div class="dates"><span>Updated March 5, 2025, 9:00 a.m.</span> <span>Published March 3, 2025, 5:01 a.m.</span></div>`, pub: "2025-03-03", mod: "2025-03-05"},
	{name: "last updated only visible, meta pub", lang: "en", skel: skelPlain, head: `<meta property="article:published_time" content="2025-03-01T05:01:00Z">`, meta: `<div class="dates">Last updated: March 5, 2025</div>`, pub: "2025-03-01", mod: "2025-03-05"},
}

func TestDateProbe74English(t *testing.T) {
	checkPages50(t, probe74DateEnglish, probe74DateFetchedEn)
}

// An update label's value may give the time before the day, after a
// comma ("Updated 5:01 AM EST, Mon March 3, 2025", CNN's timestamp under
// its byline): the day after the comma is the update's, not a date that
// closes the byline, and a page that shows only it has no publication
// date.
func TestDateProbe74UpdateTimeFirst(t *testing.T) {
	checkPages50(t, []page50{
		{name: "cnn updated", lang: "en", skel: skelPlain, meta: `<div class="headline__byline-sub-text"><div class="byline"><span class="byline__name">Jane Doe</span>, CNN</div><div class="timestamp vossi-timestamp">Updated 5:01 AM EST, Mon March 3, 2025</div></div>`, mod: "2025-03-03"},
		{name: "byline and update", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe, The Daily Updated 9:12 a.m. ET, March 4, 2025</p>`, mod: "2025-03-04"},
		{name: "cnn published", lang: "en", skel: skelPlain, meta: `<div class="headline__byline-sub-text"><div class="byline"><span class="byline__name">Jane Doe</span>, CNN</div><div class="timestamp vossi-timestamp">Published 5:01 AM EST, Mon March 3, 2025</div></div>`, pub: "2025-03-03"},
		{name: "byline date then update", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe, March 3, 2025 | Updated 9:12 a.m. ET, March 4, 2025</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	}, probe74DateFetchedEn)
}

// The _s starter themes (and the many WordPress themes built on them)
// print an edited post's day in a second <time class="updated"> beside
// "<time class=\"entry-date published\">", hidden by CSS; its text runs on
// after the first's ("March 3, 2025March 5, 2025"). The class says it is
// the update.
func TestDateProbe74UnderscoresUpdated(t *testing.T) {
	postedOn := func(byline string) string {
		return `<div class="entry-meta"><span class="posted-on">Posted on <a href="/2025/03/03/x/" rel="bookmark"><time class="entry-date published" datetime="2025-03-03T05:01:00+00:00">March 3, 2025</time><time class="updated" datetime="2025-03-05T08:00:00+00:00">March 5, 2025</time></a></span>` + byline + `</div>`
	}
	checkPages50(t, []page50{
		{name: "posted on by", lang: "en", skel: skelPlain, meta: postedOn(`<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jane/">Jane</a></span></span>`), pub: "2025-03-03", mod: "2025-03-05"},
		{name: "posted on", lang: "en", skel: skelPlain, meta: postedOn(""), pub: "2025-03-03", mod: "2025-03-05"},
		{name: "pubdate classed updated", lang: "en", skel: skelPlain, meta: `<p class="byline vcard">By <a href="/users/jane" class="author fn">Jane Doe</a> <span class="publish-date">on <time class="updated" datetime="2025-03-03 20:04:32+0000" pubdate>March 3, 2025 04:04 pm</time></span></p>`, pub: "2025-03-03"},
		{name: "not edited", lang: "en", skel: skelPlain, meta: `<div class="entry-meta"><span class="posted-on">Posted on <a href="/x/" rel="bookmark"><time class="entry-date published updated" datetime="2025-03-03T05:01:00+00:00">March 3, 2025</time></a></span></div>`, pub: "2025-03-03"},
	}, probe74DateFetchedEn)
}

// probe74DateRelatedItems are a related-stories list's items inside the
// <article>, each a link to another story, the first dated by a <time>.
const probe74DateRelatedItems = `<li><a href="/news/council-plans-new-bus-lanes">Council plans new bus lanes for the city centre</a> <time datetime="2025-03-01">March 1, 2025</time></li>` +
	`<li><a href="/news/trams-new-depot">Second story on the trams and the new depot</a></li>`

// A list of other stories inside the <article> dates the stories it links
// (teaserEntryTime), whatever the box is called or classed; the page's
// own meta line set as a list, its author's name, its section or its
// permalink linked, keeps its date.
func TestDateProbe74RelatedEntries(t *testing.T) {
	checkPages50(t, []page50{
		{name: "related classed", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<section class="related"><h3>Related</h3><ul>` + probe74DateRelatedItems + `</ul></section>`},
		{name: "recirculation", lang: "en", skel: skelArc, meta: `<div class="b-byline">By Jane Doe</div>`, tail: `<div class="b-recirculation"><ul class="c-stack">` + probe74DateRelatedItems + `</ul></div>`}, // round 80: each item a linkedTeaserRow
		{name: "lone related item", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<aside class="inline-related"><ul><li><a href="/news/x">Council plans new bus lanes for the city centre</a><time datetime="2025-03-01">March 1, 2025</time></li></ul></aside>`},
		{name: "own meta list", lang: "en", skel: skelPlain, meta: `<ul class="post-meta"><li class="author"><a href="/author/jane-doe/">Jane Doe</a></li><li class="cat"><a href="/category/news/">News</a></li><li class="date"><time datetime="2025-03-03T05:01:00Z">March 3, 2025</time></li></ul>`, tail: `<section class="related"><h3>Related</h3><ul>` + probe74DateRelatedItems + `</ul></section>`, pub: "2025-03-03"},
		{name: "own meta list long name", lang: "en", skel: skelPlain, meta: `<ul class="entry-meta"><li>By <a href="/author/mary-ann-smith-jones/">Mary Ann Smith Jones</a> <time datetime="2025-03-03T05:01:00Z">March 3, 2025</time></li></ul>`, pub: "2025-03-03"},
		{name: "permalink around time", lang: "en", skel: skelPlain, meta: `<ul class="entry-meta"><li class="posted-on"><a href="/2025/03/03/council-votes-on-the-new-bus-plan/" rel="bookmark"><time class="entry-date published" datetime="2025-03-03T05:01:00Z">March 3, 2025</time></a></li></ul>`, pub: "2025-03-03"},
		{name: "own time in footer", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<footer class="entry-footer"><ul><li>Posted in <a href="/category/news/">News</a></li><li><time datetime="2025-03-03T05:01:00Z">March 3, 2025</time></li></ul></footer>`, pub: "2025-03-03"},
	}, probe74DateFetchedEn)
}

// Drupal prints a node's last save in its "changed" field; a byline line
// that shows only it has an update and no publication date.
func TestDateProbe74DrupalChanged(t *testing.T) {
	changed := `<div class="field field--name-changed field--type-changed field--label-hidden field__item"><time datetime="2025-03-05T14:36:23-05:00" class="datetime">March 5, 2025</time></div>`
	checkPages50(t, []page50{
		{name: "byline then changed", lang: "en", skel: skelDrupal, meta: `<div class="author-line-block"><div class="author-line"><span class="author-label">Written By:</span> <span class="author-name"><a href="/author/jane-doe">Jane Doe</a></span></div></div><div class="date_line block">` + changed + `</div>`, mod: "2025-03-05"},
		{name: "created and changed", lang: "en", skel: skelDrupal, meta: `<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> <div class="field field--name-created"><time datetime="2025-03-03T05:01:00-05:00">March 3, 2025</time></div>` + changed + `</div>`, pub: "2025-03-03", mod: "2025-03-05"},
	}, probe74DateFetchedEn)
}
