package extractor

import (
	"strings"
	"testing"
)

// Conventions of dates in the national news CMSs and scripts of the
// twenty languages of news (twenty-ninth session, date37), found by
// probing pages laid out as real sites lay theirs; the twenty-eighth
// session's are in dateprobe35_test.go.

// Arabic sites write their date labels with the short vowels
// (tashkeel: "نُشِرَ في", "آخِر تَحْدِيث") or stretch them with the tatweel
// ("تاريـخ النشـر"): they read as the bare labels do.
func TestArabicMarkedLabels(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"ar", `<p>نُشِرَ في: 16 مايو 2024</p>`, "2024-05-16", ""},
		{"ar", `<p>آخِر تَحْدِيث: 17 مايو 2024</p>`, "", "2024-05-17"},
		{"ar", `<p>تاريـخ النشـر: 16 مايو 2024</p>`, "2024-05-16", ""},
		{"ar", `<p>نُشِر بتاريخ: ١٦ مايو ٢٠٢٤</p>`, "2024-05-16", ""},
		{"ar", `<p>نُشِرَ في 16 مايو 2024 - آخِر تَحْدِيث: 17 مايو 2024</p>`, "2024-05-16", "2024-05-17"},
	})
	if got := foldArabicMarks("تاريـخ النشـر، نُشِرَ في"); got != "تاريخ النشر، نشر في" {
		t.Errorf("foldArabicMarks kept a mark: %q", got)
	}
	if in := "May 16, 2024 آخر تحديث"; foldArabicMarks(in) != in {
		t.Errorf("foldArabicMarks(%q) = %q, changed a text without marks", in, foldArabicMarks(in))
	}
}

// The meta names and forms national CMSs state the publication in: the
// Iranian agencies' Nastooh (Mehr, Tasnim, ISNA) "nastooh:publishDate",
// VnExpress's "its_publication" (an epoch in seconds), and RIA Novosti's
// and the Sputnik sites' article:published_time in ISO 8601's basic
// format ("20240516T1020"), as some feeds write it with seconds and a
// zone ("20240516T102000Z").
func TestNationalMetaDates(t *testing.T) {
	for _, c := range []struct{ lang, head, pub, mod string }{
		{"fa", `<meta property="nastooh:publishDate" content="2024-05-16T10:20:00+03:30">`, "2024-05-16", ""},
		{"fa", `<meta property="nastooh:publishDate" content="2024-05-16">`, "2024-05-16", ""},
		{"vi", `<meta name="its_publication" content="1715829600">`, "2024-05-16", ""},
		{"ru", `<meta property="article:published_time" content="20240516T1020"><meta property="article:modified_time" content="20240517T0900">`, "2024-05-16", "2024-05-17"},
		{"ru", `<meta property="article:published_time" content="20240516T102000Z">`, "2024-05-16", ""},
		{"ru", `<meta property="article:published_time" content="20240516T2320+0300">`, "2024-05-16T23:20:00+03:00", ""},
	} {
		a := extractAt(t, probePage(c.lang, c.head, ""), "https://news.example/politics/bus-network", Options{FetchedAt: probeFetch})
		if published(a) == "" || !strings.HasPrefix(published(a), c.pub) || !hasDayPrefix(modified(a), c.mod) {
			t.Errorf("%s %s: published %q modified %q, want %s and %q", c.lang, c.head, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// Russian and Ukrainian CMSs (1C-Bitrix's, DLE's, Joomla's translations)
// name the publication "Дата создания:", "Дата добавления:", "Дата
// размещения:", "Дата выхода:", "Добавлено:" ("Дата створення:",
// "Додано:"), and an update by the short participle as most sites spell
// it, without "ё" ("Обновлен 17.05.2024"). Hindi papers label it with the
// English participle in Devanagari, "पब्लिश्ड:", beside "अपडेटेड:".
func TestCMSDateNouns(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"ru", `<p>Дата создания: 16.05.2024</p>`, "2024-05-16", ""},
		{"ru", `<p>Дата добавления: 16.05.2024</p>`, "2024-05-16", ""},
		{"ru", `<p>Дата размещения: 16.05.2024</p>`, "2024-05-16", ""},
		{"ru", `<p>Дата выхода: 16.05.2024</p>`, "2024-05-16", ""},
		{"ru", `<p>Добавлено: 16.05.2024</p>`, "2024-05-16", ""},
		{"ru", `<p>Добавлено 16.05.2024</p>`, "2024-05-16", ""},
		{"ru", `<p>Обновлен 17.05.2024</p>`, "", "2024-05-17"},
		{"ru", `<p>Изменено: 17.05.2024 | Дата создания: 16.05.2024</p>`, "2024-05-16", "2024-05-17"},
		{"uk", `<p>Дата створення: 16.05.2024</p>`, "2024-05-16", ""},
		{"uk", `<p>Оновлено: 17.05.2024 | Додано: 16.05.2024</p>`, "2024-05-16", "2024-05-17"},
		{"hi", `<p>पब्लिश्ड: 16 मई 2024 10:20 AM | अपडेटेड: 17 मई 2024 09:00 AM</p>`, "2024-05-16", "2024-05-17"},
		{"hi", `<p>लास्ट अपडेटेड: 17 मई 2024 | पब्लिश्ड: 16 मई 2024</p>`, "2024-05-16", "2024-05-17"},
	})
}

// A credit line that names the editor after the writer ends with the
// line's date, as one naming the writer alone does: Kompas's and
// Tribun's "Penulis: Budi | Editor: Ani | Kamis, 16 Mei 2024 10:20 WIB",
// and the same in other languages.
func TestDateClosesEditorCredit(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"id", `<p>Penulis: Budi Santoso | Editor: Ani Rahma | Kamis, 16 Mei 2024 10:20 WIB</p>`, "2024-05-16", ""},
		{"id", `<p>Reporter: Budi | Editor: Ani | Kamis, 16 Mei 2024 10:20 WIB</p>`, "2024-05-16", ""},
		{"en", `<p>Reporter: Jane Doe - Editor: Ann Roe - May 16, 2024</p>`, "2024-05-16", ""},
		{"ru", `<p>Автор: Иван Петров | Редактор: Ольга Смирнова | 16 мая 2024, 10:20</p>`, "2024-05-16", ""},
		{"tr", `<p>Muhabir: Ahmet Yılmaz | Editör: Ayşe Kaya | 16.05.2024 10:20</p>`, "2024-05-16", ""},
		{"vi", `<p>Tác giả: Nguyễn Văn An | Biên tập: Trần Thị B | 16/05/2024 10:20</p>`, "2024-05-16", ""},
	})
}

// Levantine and Iraqi sites spell the Syriac month names without the
// hamza or with the madda ("ايار", "آيار", "اذار", "ايلول").
func TestArabicMonthSpellings(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"ar", `<p>الخميس 16 آيار 2024</p>`, "2024-05-16", ""},
		{"ar", `<p>الخميس 16 ايار 2024</p>`, "2024-05-16", ""},
		{"ar", `<p>16 اذار 2024</p>`, "2024-03-16", ""},
		{"ar", `<p>16 ايلول 2023</p>`, "2023-09-16", ""},
	})
}

// Al Jazeera's English pages print the update's noun without a colon
// under the publication ("Published On 16 May 2024", "Last update 17 May
// 2024"); Turkish papers shorten "Giriş Tarihi:" (entry date) to
// "Giriş:", after the update's label as often as before it.
func TestLastUpdateAndEntryLabels(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"en", `<p>Last update 17 May 2024</p>`, "", "2024-05-17"},
		{"en", `<div class="date-simple"><span class="screen-reader-text">Published On 16 May 2024</span><span aria-hidden="true">16 May 2024</span></div>` +
			`<div class="date-simple"><span class="screen-reader-text">Last update 17 May 2024</span><span aria-hidden="true">17 May 2024</span></div>`, "2024-05-16", "2024-05-17"},
		{"tr", `<p>Güncelleme: 17.05.2024 09:00 Giriş: 16.05.2024 10:20</p>`, "2024-05-16", "2024-05-17"},
		{"tr", `<div class="news-date"><span>Güncelleme:</span> 17.05.2024 09:00 <span>Giriş:</span> 16.05.2024 10:20</div>`, "2024-05-16", "2024-05-17"},
	})
}

// Joomla's language packs date an article by its creation beside "Last
// Updated:" ("Created: 16 May 2024", "Erstellt:", "Creado:", "Criado
// em:", "Creato il:", "Créé le :", "Utworzono:", "Aangemaakt:",
// "Dibuat:"), as Indonesian sites by "Tayang:" (aired), Vietnamese by
// "Xuất bản:", Arabic by "التاريخ:" (the date) and Japanese by "公開："
// (made public): labels of the publication, after the update's as often
// as before it.
func TestCreatedLabels(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"en", `<p>Last Updated: May 17, 2024</p><p>Created: May 16, 2024</p>`, "2024-05-16", "2024-05-17"},
		{"de", `<p>Aktualisiert: 17.05.2024 | Erstellt: 16.05.2024</p>`, "2024-05-16", "2024-05-17"},
		{"es", `<p>Actualizado: 17/05/2024 | Creado: 16/05/2024</p>`, "2024-05-16", "2024-05-17"},
		{"pt", `<p>Atualizado em: 17/05/2024 | Criado em: 16/05/2024</p>`, "2024-05-16", "2024-05-17"},
		{"it", `<p>Aggiornato il: 17/05/2024 | Creato il: 16/05/2024</p>`, "2024-05-16", "2024-05-17"},
		{"fr", `<p>Mis à jour le : 17/05/2024 | Créé le : 16/05/2024</p>`, "2024-05-16", "2024-05-17"},
		{"pl", `<p>Zaktualizowano: 17.05.2024 | Utworzono: 16.05.2024</p>`, "2024-05-16", "2024-05-17"},
		{"nl", `<p>Bijgewerkt: 17-05-2024 | Aangemaakt: 16-05-2024</p>`, "2024-05-16", "2024-05-17"},
		{"id", `<p>Diperbarui: 17/05/2024 | Dibuat: 16/05/2024</p>`, "2024-05-16", "2024-05-17"},
		{"id", `<p>Diperbarui: 17/05/2024 | Tayang: 16/05/2024</p>`, "2024-05-16", "2024-05-17"},
		{"vi", `<p>Cập nhật: 17/05/2024 | Xuất bản: 16/05/2024</p>`, "2024-05-16", "2024-05-17"},
		{"ar", `<p>آخر تحديث: 17/05/2024 | التاريخ: 16/05/2024</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>更新日：2024/05/17 | 公開：2024/05/16</p>`, "2024-05-16", "2024-05-17"},
		{"ja", `<p>最終更新：2024年5月17日</p><p>公開：2024年5月16日</p>`, "2024-05-16", "2024-05-17"},
	})
}

// The Vietnamese papers on VCCorp's CMS (Dân trí, Tuổi Trẻ, CafeF, Kênh
// 14) end a story's address with the instant it was created, to the
// millisecond: its day is the address's. A run of digits whose time is
// no time of day, or one digit short, is an id.
func TestVCCorpAddressDay(t *testing.T) {
	for _, c := range []struct{ url, pub string }{
		{"https://news.example/thoi-su/bus-network-20240516102000123.htm", "2024-05-16"},
		{"https://news.example/kinh-doanh/bus-network-20240516235959001.chn", "2024-05-16"},
		{"https://news.example/thoi-su/bus-network-20240516992000123.htm", ""},
		{"https://news.example/thoi-su/bus-network-2024051610200012.htm", ""},
	} {
		a := extractAt(t, probePage("vi", "", ""), c.url, Options{FetchedAt: probeFetch})
		if !hasDayPrefix(published(a), c.pub) {
			t.Errorf("%s: published %q, want %q", c.url, published(a), c.pub)
		}
	}
}

// A dateline beside a credit label is read in forty characters, not
// bytes: in Cyrillic and in the Arabic script, its digits Persian ones,
// a character takes two bytes ("Четверг, 16 мая 2024 года, 10:30 |
// Автор: …", "نویسنده: … | ۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۳۰"), in Devanagari
// three (dateSized).
func TestDatelineBesideCreditInOtherScripts(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"ru", `<p><span>Четверг, 16 мая 2024 года, 10:30 | Автор: Иван Петров</span></p>`, "2024-05-16", ""},
		{"uk", `<p><span>четвер, 16 травня 2024 року, 10:30 · Автор: Іван Коваленко</span></p>`, "2024-05-16", ""},
		{"fa", `<p><span>نویسنده: علی رضایی | ۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۳۰</span></p>`, "2024-05-16", ""},
		{"fa", `<p><span>پنجشنبه ۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۳۰ | نویسنده: علی رضایی</span></p>`, "2024-05-16", ""},
		{"hi", `<p><span>लेखक: राहुल शर्मा | गुरुवार, १६ मई २०२४, १०:३०</span></p>`, "2024-05-16", ""},
	})
}

// Korean portals run 전 (ago) into its unit as Chinese and Japanese run
// 前: "3시간전", "2일전", "15분전".
func TestKoreanAgoRunTogether(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"ko", `<p>3시간전</p>`, "2024-06-01", ""},
		{"ko", `<p>2일전</p>`, "2024-05-30", ""},
		{"ko", `<p>김철수 기자 · 15분전</p>`, "2024-06-01", ""},
	})
}

// A <time> whose text is a label and a day without its year ("<time
// datetime=…>Aktualisiert am 17.05.</time>") states its datetime under
// that label's kind: the text is no date the line's labels read.
func TestTimeTextLabel(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"de", `<p><time datetime="2024-05-17T09:00">Aktualisiert am 17.05.</time></p>`, "", "2024-05-17"},
		{"fr", `<p><time datetime="2024-05-16T10:20">Publié le 16 mai</time> <time datetime="2024-05-17T09:00">Modifié le 17 mai</time></p>`, "2024-05-16", "2024-05-17"},
		{"en", `<p><time datetime="2024-05-17T09:00">Updated May 17</time></p>`, "", "2024-05-17"},
		{"ru", `<p><time datetime="2024-05-17T09:00">Обновлено 17 мая</time></p>`, "", "2024-05-17"},
	})
}

// Ukrainian sites cut the hours short with a dot before "тому" (ago), "3
// год. тому", as they cut the minutes, "15 хв. тому"; without its dot
// the word is Russian for a year ("1 год назад"), no age read.
func TestUkrainianShortHours(t *testing.T) {
	checkDays(t, "https://news.example/politics/bus-network", []dayCase{
		{"uk", `<p>3 год. тому</p>`, "2024-06-01", ""},
		{"uk", `<p>Іван Коваленко · 3 год. тому</p>`, "2024-06-01", ""},
		{"ru", `<p>1 год назад</p>`, "", ""},
	})
}
