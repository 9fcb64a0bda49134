package extractor

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// Dates as the news CMSs of the twenty languages most common in news print
// them: with and without a weekday, with a time, in the genitive, with
// their own digits and abbreviations. Spellings follow the CLDR data that
// dateparser ships (scrapinghub/dateparser, date_translation_data).
func TestParseDateLanguages(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"en", "Thursday, May 16, 2024 10:30 AM EDT", "2024-05-16"},
		{"en", "16 May 2024, 10:30 BST", "2024-05-16"},
		{"en", "May 16, 2024", "2024-05-16"},
		{"en", "16-May-2024", "2024-05-16"},
		{"en", "16/May/2024 10:30", "2024-05-16"},
		{"es", "jueves, 16 de mayo de 2024, 10:30", "2024-05-16"},
		{"es", "16 may. 2024", "2024-05-16"},
		{"es", "16/05/2024 10:30 h", "2024-05-16"},
		{"es", "16 de septiembre de 2024", "2024-09-16"},
		{"es", "16 sept. 2024", "2024-09-16"},
		{"es", "jueves 16 de mayo del 2024", "2024-05-16"},
		{"es", "16 dic. de 2024", "2024-12-16"},
		{"fr", "jeudi 16 mai 2024 à 10h30", "2024-05-16"},
		{"fr", "1er mai 2024", "2024-05-01"},
		{"fr", "16 févr. 2024", "2024-02-16"},
		{"fr", "16 août 2024", "2024-08-16"},
		{"fr", "16 déc. 2024", "2024-12-16"},
		{"de", "Donnerstag, 16. Mai 2024, 10:30 Uhr", "2024-05-16"},
		{"de", "16.05.2024, 10:30 Uhr", "2024-05-16"},
		{"de", "16. März 2024", "2024-03-16"},
		{"de", "16. Mrz 2024", "2024-03-16"},
		{"de", "16. Jänner 2024", "2024-01-16"},
		{"de", "16. Jän. 2024", "2024-01-16"},
		{"de", "16. Feber 2024", "2024-02-16"},
		{"pt", "quinta-feira, 16 de maio de 2024 às 10:30", "2024-05-16"},
		{"pt", "16/05/2024 10h30", "2024-05-16"},
		{"pt", "16 de março de 2024", "2024-03-16"},
		{"pt", "16 mar 2024", "2024-03-16"},
		{"it", "giovedì 16 maggio 2024", "2024-05-16"},
		{"it", "16 maggio 2024 ore 10:30", "2024-05-16"},
		{"it", "16 mag 2024", "2024-05-16"},
		{"it", "16 gennaio 2024", "2024-01-16"},
		{"ru", "16 мая 2024", "2024-05-16"},
		{"ru", "16 мая 2024 г.", "2024-05-16"},
		{"ru", "16 мая 2024 года, 10:30", "2024-05-16"},
		{"ru", "четверг, 16 мая 2024", "2024-05-16"},
		{"ru", "16 февр. 2024", "2024-02-16"},
		{"ru", "16 нояб. 2024", "2024-11-16"},
		{"ru", "10:30, 16 мая 2024", "2024-05-16"},
		{"ru", "16.05.2024 10:30", "2024-05-16"},
		{"ar", "الخميس 16 مايو 2024", "2024-05-16"},
		{"ar", "الخميس، 16 أيار 2024", "2024-05-16"},
		{"ar", "١٦ مايو ٢٠٢٤", "2024-05-16"},
		{"ar", "16 تشرين الاول 2024", "2024-10-16"},
		{"ar", "16 كانون الاول 2024", "2024-12-16"},
		{"ar", "16 جوان 2024", "2024-06-16"},
		{"ar", "16 جويلية 2024", "2024-07-16"},
		{"ar", "16 أوت 2024", "2024-08-16"},
		{"ar", "16 شتنبر 2024", "2024-09-16"},
		{"ar", "16 إبريل 2024", "2024-04-16"},
		{"ar", "16/05/2024 10:30", "2024-05-16"},
		{"zh", "2024年5月16日 10:30", "2024-05-16"},
		{"zh", "2024-05-16 10:30", "2024-05-16"},
		{"zh", "2024年05月16日 星期四", "2024-05-16"},
		{"ja", "2024年5月16日（木）10時30分", "2024-05-16"},
		{"ja", "2024/05/16 10:30", "2024-05-16"},
		{"ja", "２０２４年５月１６日", "2024-05-16"},
		{"ja", "令和6年5月16日", "2024-05-16"},
		{"ja", "令和６年５月１６日（木）", "2024-05-16"},
		{"ja", "令和元年5月1日 10時30分", "2019-05-01"},
		{"ja", "平成31年4月30日", "2019-04-30"},
		{"ja", "平成 17 年 3 月 11 日", "2005-03-11"},
		{"ja", "掲載日：令和6年5月16日", "2024-05-16"},
		{"ko", "2024년 5월 16일", "2024-05-16"},
		{"ko", "2024.05.16 10:30", "2024-05-16"},
		{"ko", "2024. 5. 16. 10:30", "2024-05-16"},
		{"ko", "2024.05.16. 오전 10:30", "2024-05-16"},
		{"tr", "16 Mayıs 2024", "2024-05-16"},
		{"tr", "16 Mayıs 2024 Perşembe 10:30", "2024-05-16"},
		{"tr", "16.05.2024 - 10:30", "2024-05-16"},
		{"tr", "16 Ağustos 2024", "2024-08-16"},
		{"tr", "16 Eylül 2024", "2024-09-16"},
		{"tr", "16 Kasım 2024", "2024-11-16"},
		{"tr", "16 Aralık 2024", "2024-12-16"},
		{"pl", "16 maja 2024", "2024-05-16"},
		{"pl", "16 maja 2024 r.", "2024-05-16"},
		{"pl", "czwartek, 16 maja 2024, 10:30", "2024-05-16"},
		{"pl", "16 października 2024", "2024-10-16"},
		{"pl", "16 pazdziernika 2024", "2024-10-16"},
		{"pl", "16 września 2024", "2024-09-16"},
		{"pl", "16 wrzesnia 2024", "2024-09-16"},
		{"pl", "16.05.2024, 10:30", "2024-05-16"},
		{"nl", "16 mei 2024", "2024-05-16"},
		{"nl", "donderdag 16 mei 2024, 10:30", "2024-05-16"},
		{"nl", "16 mrt. 2024", "2024-03-16"},
		{"nl", "16 okt 2024", "2024-10-16"},
		{"nl", "16-05-2024", "2024-05-16"},
		{"id", "16 Mei 2024", "2024-05-16"},
		{"id", "Kamis, 16 Mei 2024 10:30 WIB", "2024-05-16"},
		{"id", "16 Agustus 2024", "2024-08-16"},
		{"id", "16 Des 2024", "2024-12-16"},
		{"id", "16 Desember 2024", "2024-12-16"},
		{"id", "16/05/2024, 10:30 WIB", "2024-05-16"},
		{"fa", "۲۶ آوریل ۲۰۲۴", "2024-04-26"},
		{"fa", "۱۶ مهٔ ۲۰۲۴", "2024-05-16"},
		{"fa", "۱۶ ژانویهٔ ۲۰۲۴", "2024-01-16"},
		{"fa", "پنجشنبه ۲۷ اردیبهشت ۱۴۰۳", "2024-05-16"},
		{"fa", "۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۳۰", "2024-05-16"},
		{"fa", "1 فروردین 1403", "2024-03-20"},
		{"fa", "۱۴۰۳/۰۲/۲۷", "2024-05-16"},
		{"hi", "16 मई 2024", "2024-05-16"},
		{"hi", "गुरुवार, 16 मई 2024", "2024-05-16"},
		{"hi", "16 अक्तूबर 2024", "2024-10-16"},
		{"hi", "16 फ़रवरी 2024", "2024-02-16"},
		{"hi", "16 \u095eरवरी 2024", "2024-02-16"}, // the nukta letter precomposed
		{"uk", "16 травня 2024", "2024-05-16"},
		{"uk", "16 травня 2024 року, 10:30", "2024-05-16"},
		{"uk", "четвер, 16 травня 2024", "2024-05-16"},
		{"uk", "16 листопада 2024", "2024-11-16"},
		{"uk", "16 лют. 2024", "2024-02-16"},
		{"ro", "16 mai 2024", "2024-05-16"},
		{"ro", "joi, 16 mai 2024, 10:30", "2024-05-16"},
		{"ro", "16 februarie 2024", "2024-02-16"},
		{"ro", "16 noiembrie 2024", "2024-11-16"},
		{"ro", "16 ian. 2024", "2024-01-16"},
		{"vi", "16/05/2024", "2024-05-16"},
		{"vi", "Thứ năm, 16/5/2024, 10:30 (GMT+7)", "2024-05-16"},
		{"vi", "Ngày 16 tháng 5 năm 2024", "2024-05-16"},
		{"vi", "16 tháng 5, 2024", "2024-05-16"},
		{"vi", "16 thg 5, 2024", "2024-05-16"},
		{"fi", "16. toukokuuta 2024", "2024-05-16"},
		{"fi", "torstai 16. toukokuuta 2024 klo 10.30", "2024-05-16"},
		{"fi", "16. joulukuuta 2024", "2024-12-16"},
		{"cs", "16. května 2024 10:30", "2024-05-16"},
		{"cs", "16. září 2024", "2024-09-16"},
		{"cs", "16. listopadu 2024", "2024-11-16"},
		{"sk", "16. mája 2024", "2024-05-16"},
		{"sk", "16. októbra 2024", "2024-10-16"},
		{"hu", "2024. május 16. 10:30", "2024-05-16"},
		{"hu", "2024. szeptember 16.", "2024-09-16"},
		{"cs", "16. 5. 2024 10:30", "2024-05-16"},
		{"sk", "16. 05. 2024", "2024-05-16"},
	} {
		w, ok := parseDate(c.in, true)
		if got := w.format(nil); !ok || got[:10] != c.want {
			t.Errorf("%s: parseDate(%q) = %q, %v; want %s", c.lang, c.in, got, ok, c.want)
		}
	}
	// An abbreviation counts only between the day and the year: these
	// are words of other languages around a number.
	for _, in := range []string{"5 out of 10 readers in 2024", "Set 5 goals for 2024", "Ian 5 wrote in 2024", "Kas 12 ve 2024"} {
		if w, ok := parseDate(in, true); ok {
			t.Errorf("parseDate(%q) = %s, want none", in, w.format(nil))
		}
	}
}

// newsPage is a news article as the CMSs of one language print it: a
// headline, a byline with the date under it, no structured data.
type newsPage struct {
	lang, sentence string
	by, author     string
	pub, pubDate   string // a publication label and the date, 16 May 2024
	mod, modDate   string // an update label and the date, 17 May 2024
	line           string // the date alone with its weekday and time, 16 May 2024
}

var newsPages = []newsPage{
	{"en", "The city council voted on Tuesday to expand the bus network across the northern districts.", "By", "Jane Doe", "Published", "May 16, 2024 10:30 AM", "Updated", "May 17, 2024 9:00 AM", "Thursday, May 16, 2024 10:30 AM EDT"},
	{"es", "El ayuntamiento aprobó este martes la ampliación de la red de autobuses en los distritos del norte.", "Por", "Juan Pérez", "Publicado el", "16 de mayo de 2024, 10:30", "Actualizado el", "17 de mayo de 2024, 09:00", "jueves, 16 de mayo de 2024, 10:30"},
	{"fr", "Le conseil municipal a voté mardi l'extension du réseau de bus dans les quartiers du nord.", "Par", "Jean Dupont", "Publié le", "16 mai 2024 à 10h30", "Mis à jour le", "17 mai 2024 à 09h00", "jeudi 16 mai 2024 à 10h30"},
	{"de", "Der Stadtrat hat am Dienstag beschlossen, das Busnetz in den nördlichen Bezirken auszubauen.", "Von", "Hans Müller", "Veröffentlicht am", "16.05.2024, 10:30 Uhr", "Aktualisiert am", "17.05.2024, 09:00 Uhr", "Donnerstag, 16. Mai 2024, 10:30 Uhr"},
	{"pt", "A câmara municipal aprovou nesta terça-feira a ampliação da rede de ônibus nos bairros do norte.", "Por", "João Silva", "Publicado em", "16/05/2024 10h30", "Atualizado em", "17/05/2024 09h00", "quinta-feira, 16 de maio de 2024 às 10:30"},
	{"it", "Il consiglio comunale ha approvato martedì l'ampliamento della rete degli autobus nei quartieri a nord.", "Di", "Mario Rossi", "Pubblicato il", "16 maggio 2024", "Aggiornato il", "17 maggio 2024", "giovedì 16 maggio 2024, ore 10:30"},
	{"ru", "Городской совет во вторник одобрил расширение автобусной сети в северных районах города.", "Автор:", "Иван Петров", "Опубликовано:", "16 мая 2024, 10:30", "Обновлено:", "17 мая 2024, 09:00", "Четверг, 16 мая 2024 года, 10:30"},
	{"ar", "وافق المجلس البلدي يوم الثلاثاء على توسيع شبكة الحافلات في الأحياء الشمالية من المدينة.", "بقلم", "أحمد علي", "نشر في", "16 مايو 2024", "آخر تحديث", "17 مايو 2024", "الخميس، ١٦ مايو ٢٠٢٤ - ١٠:٣٠"},
	{"zh", "市议会周二投票通过了扩大北部地区公交网络的计划，新线路将于明年开通。", "作者：", "张三", "发布时间：", "2024年5月16日 10:30", "更新时间：", "2024年5月17日 09:00", "2024年05月16日 星期四 10:30"},
	{"ja", "市議会は火曜日、北部地区のバス路線網を拡大する計画を可決した。新路線は来年開通する予定だ。", "", "山田太郎", "公開日：", "2024年5月16日 10:30", "更新日：", "2024年5月17日 09:00", "2024年5月16日（木）10時30分"},
	{"ko", "시의회는 화요일 북부 지역의 버스 노선망을 확대하는 계획을 통과시켰다. 새 노선은 내년에 개통된다.", "", "김철수 기자", "입력", "2024.05.16 10:30", "수정", "2024.05.17 09:00", "2024. 5. 16. 오전 10:30"},
	{"tr", "Belediye meclisi salı günü kuzey ilçelerindeki otobüs ağının genişletilmesini onayladı.", "", "Ahmet Yılmaz", "Yayınlanma tarihi:", "16 Mayıs 2024 10:30", "Güncellenme tarihi:", "17 Mayıs 2024 09:00", "16 Mayıs 2024 Perşembe, 10:30"},
	{"pl", "Rada miasta zatwierdziła we wtorek rozbudowę sieci autobusowej w północnych dzielnicach.", "Autor:", "Jan Kowalski", "Opublikowano:", "16 maja 2024, 10:30", "Zaktualizowano:", "17 maja 2024, 09:00", "czwartek, 16 maja 2024 r., 10:30"},
	{"nl", "De gemeenteraad heeft dinsdag ingestemd met de uitbreiding van het busnet in de noordelijke wijken.", "Door", "Jan de Vries", "Gepubliceerd op", "16 mei 2024 10:30", "Bijgewerkt op", "17 mei 2024 09:00", "donderdag 16 mei 2024, 10:30"},
	{"id", "Dewan kota pada hari Selasa menyetujui perluasan jaringan bus di wilayah utara kota tersebut.", "Oleh", "Budi Santoso", "Diterbitkan", "Kamis, 16 Mei 2024 10:30 WIB", "Diperbarui", "Jumat, 17 Mei 2024 09:00 WIB", "Kamis, 16 Mei 2024 | 10:30 WIB"},
	{"fa", "شورای شهر روز سه‌شنبه طرح گسترش شبکه اتوبوس‌رانی در مناطق شمالی شهر را تصویب کرد.", "نویسنده:", "علی رضایی", "تاریخ انتشار:", "۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۳۰", "", "", "پنجشنبه ۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۳۰"},
	{"hi", "नगर परिषद ने मंगलवार को उत्तरी जिलों में बस नेटवर्क के विस्तार को मंजूरी दे दी है।", "", "राहुल शर्मा", "प्रकाशित:", "16 मई 2024", "अपडेट:", "17 मई 2024", "गुरुवार, १६ मई २०२४"},
	{"uk", "Міська рада у вівторок схвалила розширення автобусної мережі в північних районах міста.", "Автор:", "Іван Коваленко", "Опубліковано:", "16 травня 2024, 10:30", "Оновлено:", "17 травня 2024, 09:00", "четвер, 16 травня 2024 року, 10:30"},
	{"ro", "Consiliul local a aprobat marți extinderea rețelei de autobuze în cartierele din nordul orașului.", "De", "Ion Popescu", "Publicat:", "16 mai 2024, 10:30", "Actualizat:", "17 mai 2024, 09:00", "joi, 16 mai 2024, 10:30"},
	{"vi", "Hội đồng thành phố hôm thứ Ba đã thông qua kế hoạch mở rộng mạng lưới xe buýt ở các quận phía bắc.", "", "Nguyễn Văn An", "Ngày đăng:", "16/05/2024 10:30", "Cập nhật:", "17/05/2024 09:00", "Thứ năm, 16/5/2024, 10:30 (GMT+7)"},
}

// Page builds the page with the byline markup of one of a few common
// templates.
func (p newsPage) page(template int) string {
	var byline string
	date := p.pub + " " + p.pubDate
	switch template {
	case 0: // author and date on one line
		byline = `<div class="byline"><span class="author">` + p.by + " " + p.author + `</span> | <span class="date">` + date + `</span></div>`
	case 1: // the date on a line of its own, the update beside it
		byline = `<p class="author">` + p.by + " " + p.author + `</p><p class="meta">` + date
		if p.mod != "" {
			byline += ` · ` + p.mod + " " + p.modDate
		}
		byline += `</p>`
	case 2: // a <time> without its datetime attribute
		byline = `<div class="article-meta"><a href="/authors/x" rel="author">` + p.author + `</a> <time>` + p.pubDate + `</time></div>`
	case 4: // the date alone, with its weekday
		byline = `<p class="author">` + p.by + " " + p.author + `</p><p class="date">` + p.line + `</p>`
	case 3: // only the update
		byline = `<div class="article-meta"><span>` + p.by + " " + p.author + `</span> <span class="updated">` + p.mod + " " + p.modDate + `</span></div>`
	}
	body := strings.Repeat("<p>"+p.sentence+"</p>\n", 6)
	return `<!DOCTYPE html><html lang="` + p.lang + `"><head><meta charset="utf-8"><title>Headline – Site</title></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>Headline</h1>` + byline + body +
		`</article></main><footer>© 2024 Site</footer></body></html>`
}

// Extract reads the byline date of a news page in each of the twenty
// languages, in a few common templates; an update date alone is no
// publication date.
func TestExtractLanguagePages(t *testing.T) {
	for _, p := range newsPages {
		for tmpl := range 5 {
			want := "2024-05-16"
			if tmpl == 3 {
				if p.mod == "" {
					continue
				}
				// Chinese portals print the time an article was last saved
				// as its only date (cjkLoneUpdate).
				want = ""
				if p.lang == "zh" {
					want = "2024-05-17"
				}
			}
			a := extractAt(t, p.page(tmpl), "https://news.example/politics/bus-network", Options{})
			if !hasDayPrefix(published(a), want) {
				t.Errorf("%s template %d: Extract.PublishedAt = %q (%s), want %q", p.lang, tmpl, published(a), a.Provenance["published_date"], want)
			}
			if tmpl == 1 && p.mod != "" && !hasDayPrefix(modified(a), "2024-05-17") {
				t.Errorf("%s template %d: Extract.ModifiedAt = %q, want 2024-05-17", p.lang, tmpl, modified(a))
			}
		}
	}
}

// Two-digit years after a label, in the order of the page's language.
func TestShortYearAfterLabel(t *testing.T) {
	for _, c := range []struct{ lang, byline, pub, mod string }{
		{"en-US", "<p>Published: 01/25/26</p>", "2026-01-25", ""},
		{"en-US", "<p>Posted 5/16/24 10:30 AM</p>", "2024-05-16", ""},
		{"es", "<p>Publicado el 16/05/24</p>", "2024-05-16", ""},
		{"de", "<p>Veröffentlicht am 16.05.24</p><p>Aktualisiert am 17.05.24</p>", "2024-05-16", "2024-05-17"},
		{"ru", "<p>Опубликовано: 16.05.24 10:30</p>", "2024-05-16", ""},
		{"fr", "<p>Publié le 06/05/24</p>", "2024-05-06", ""},
		// Korean and Japanese write the two-digit year first.
		{"ko", "<p>입력 24.05.16 10:30</p><p>수정 24.05.17 09:00</p>", "2024-05-16", "2024-05-17"},
		{"ko", "<p>24.05.16</p>", "2024-05-16", ""},
		{"ja", "<p>24/05/16 10:30</p>", "2024-05-16", ""},
	} {
		page := strings.Replace(withByline(pageWithBlocks("", 4, ""), c.byline), "<html>", `<html lang="`+c.lang+`">`, 1)
		a := extractAt(t, page, "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.pub) || !hasDayPrefix(modified(a), c.mod) {
			t.Errorf("%s %s: Extract = published %q modified %q, want %q and %q", c.lang, c.byline, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// A page that declares no language reads numeric dates as its host's
// country writes them.

// The publication and update labels of the twenty languages, in the forms
// their CMSs print, say which date is which.
func TestDateLabelsOfNewsLanguages(t *testing.T) {
	for _, c := range []struct{ byline, pub, mod string }{
		{"<p>Publié le 16 mai 2024</p><p>Mis à jour\u00a0: 17 mai 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Publié le 16 mai 2024 à 10h30, modifié le 17 mai 2024 à 09h00</p>", "2024-05-16", "2024-05-17"},
		{"<p>Publicado el 16/05/2024</p><p>Última actualización: 17/05/2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Publicado em 16/05/2024</p><p>Atualização: 17/05/2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Pubblicato il 16 maggio 2024</p><p>Ultimo aggiornamento 17 maggio 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Gepubliceerd op 16 mei 2024</p><p>Aangepast op 17 mei 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Opublikowano: 16.05.2024</p><p>Aktualizacja: 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Опубликовано: 16 мая 2024</p><p>Изменено: 17 мая 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Дата публикации: 16.05.2024</p><p>Дата обновления: 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Дата публікації: 16.05.2024</p><p>Оновлено: 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Data publicării: 16.05.2024</p><p>Ultima actualizare: 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Giriş Tarihi: 16.05.2024 10:30</p><p>Son Güncelleme: 17.05.2024 09:00</p>", "2024-05-16", "2024-05-17"},
		{"<p>Diposting 16 Mei 2024</p><p>Diperbarui 17 Mei 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Đăng lúc 16/05/2024 10:30</p><p>Cập nhật 17/05/2024 09:00</p>", "2024-05-16", "2024-05-17"},
		{"<p>投稿日：2024年5月16日</p><p>最終更新日：2024年5月17日</p>", "2024-05-16", "2024-05-17"},
		{"<p>등록 2024-05-16 10:30</p><p>업데이트 2024-05-17 09:00</p>", "2024-05-16", "2024-05-17"},
		{"<p>기사입력 2024.05.16 10:30</p><p>최종수정 2024.05.17 09:00</p>", "2024-05-16", "2024-05-17"},
		{"<p>प्रकाशन तिथि: 16 मई 2024</p><p>अपडेटेड: 17 मई 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>نُشر في 16 مايو 2024</p><p>تم التحديث 17 مايو 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>زمان انتشار: ۲۷ اردیبهشت ۱۴۰۳</p><p>آخرین به‌روزرسانی: ۲۸ اردیبهشت ۱۴۰۳</p>", "2024-05-16", "2024-05-17"},
		{"<p>Publish Date: May 16, 2024</p><p>Updated Date: May 17, 2024</p>", "2024-05-16", "2024-05-17"},
		// Compound and phrased names of the publication date.
		{"<p>Veröffentlichungsdatum: 16.05.2024</p><p>Zuletzt geändert: 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Datum der Veröffentlichung: 16.05.2024</p>", "2024-05-16", ""},
		{"<p>Erstveröffentlichung: 16.05.2024</p><p>Aktualisiert: 17.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Date de mise en ligne : 16 mai 2024</p><p>Mis à jour : 17 mai 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Publicatiedatum: 16 mei 2024</p>", "2024-05-16", ""},
		{"<p>Date of publication: May 16, 2024</p>", "2024-05-16", ""},
		// The noun alone after the update on one line (Polish, Turkish
		// papers); "Yayın" without a date beside it is a broadcast.
		{"<p>Aktualizacja: 17.05.2024 09:00 Publikacja: 16.05.2024 10:30</p>", "2024-05-16", "2024-05-17"},
		{"<p>Güncelleme: 17.05.2024 - Yayın: 16.05.2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Canlı yayın: maçın özeti ve 16.05.2024 tarihli karşılaşmanın bütün golleri burada</p>", "", ""},
		// Czech, Slovak and Hungarian space the dots of a numeric date.
		{"<p>Publikováno: 16. 5. 2024, 10:30</p>", "2024-05-16", ""},
		{"<p>Datum: 16. 05. 2024</p><p>Aktualizováno: 17. 05. 2024</p>", "2024-05-16", "2024-05-17"},
	} {
		a := extractAt(t, withByline(pageWithBlocks("", 4, ""), c.byline), "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.pub) || !hasDayPrefix(modified(a), c.mod) {
			t.Errorf("%s: Extract = published %q modified %q, want %q and %q", c.byline, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// A date line with its weekday and the little words of its language is a
// date alone, whatever the length of their names.
func TestDateCoversNewsLanguages(t *testing.T) {
	for _, s := range []string{"czwartek, 16 października 2024, 10:30", "Четверг, 16 мая 2024 года, 10:30", "четвер, 16 травня 2024 року",
		"गुरुवार, १६ मई २०२४", "پنجشنبه ۲۷ اردیبهشت ۱۴۰۳ - ۱۰:۳۰", "الخميس، ١٦ مايو ٢٠٢٤", "Perşembe, 16 Ağustos 2024", "Thứ năm, ngày 16 tháng 5 năm 2024"} {
		if !dateCovers(s) {
			t.Errorf("dateCovers(%q) = false, want a date alone", s)
		}
	}
	for _, s := range []string{"В четверг городской совет обсудил бюджет на 2024 год", "Rada miasta zatwierdziła budżet na 2024 rok we wtorek"} {
		if dateCovers(s) {
			t.Errorf("dateCovers(%q) = true, want a sentence", s)
		}
	}
}

// Japanese pages that count years in the era of the emperor (令和, 平成)
// are dated in the Gregorian calendar, in the templates of
// TestExtractLanguagePages.
func TestExtractJapaneseEraDates(t *testing.T) {
	p := newsPages[slices.IndexFunc(newsPages, func(p newsPage) bool { return p.lang == "ja" })]
	p.pubDate, p.modDate, p.line = "令和6年5月16日 10:30", "令和6年5月17日 09:00", "令和6年5月16日（木）10時30分"
	for _, tmpl := range []int{0, 1, 2, 4} {
		a := extractAt(t, p.page(tmpl), "https://news.example.jp/politics/bus-network", Options{})
		if !hasDayPrefix(published(a), "2024-05-16") {
			t.Errorf("template %d: Extract.PublishedAt = %q (%s), want 2024-05-16", tmpl, published(a), a.Provenance["published_date"])
		}
	}
	// An era named in a sentence, without a year, is no date.
	if w, ok := parseDate("平成の時代を振り返る", true); ok {
		t.Errorf("parseDate(平成の時代を振り返る) = %s, want none", w.format(nil))
	}
}

// A date with a two-digit year standing alone is read in the byline area
// ("12.11.21" under the headline, "Jane Doe | 5/16/24" ), not further
// down, where it is an event list's or a version's as often as the page's.
func TestShortYearAlone(t *testing.T) {
	for _, c := range []struct{ lang, byline, want string }{
		{"de", "<p>12.11.21</p>", "2021-11-12"},
		{"de", "<p>12.11.21 | Politik</p>", "2021-11-12"},
		{"en-US", "<p>Jane Doe | 5/16/24 10:30 AM</p>", "2024-05-16"},
		{"fr", "<p>06/05/24</p>", "2024-05-06"},
	} {
		page := strings.Replace(withByline(pageWithBlocks("", 4, ""), c.byline), "<html>", `<html lang="`+c.lang+`">`, 1)
		if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != c.want {
			t.Errorf("%s %s: Extract.PublishedAt = %q, want %s", c.lang, c.byline, published(a), c.want)
		}
	}
	// Twenty short blocks below the headline, an event list's day is not
	// the page's.
	var far strings.Builder
	for i := range 20 {
		fmt.Fprintf(&far, "<p>Point %d.</p>", i)
	}
	far.WriteString(`<div class="upcoming"><a href="/events/x">09/08/12</a></div>`)
	page := withByline(pageWithBlocks("", 4, ""), far.String())
	if a := extractAt(t, page, "https://news.example/story", Options{}); published(a) != "" {
		t.Errorf("a short-year date far below the headline: Extract.PublishedAt = %q, want none", published(a))
	}
}

// A byline that opens with another language's "by" gives its date, as
// "By Jane Doe, March 3, 2024" does: "Von Hans Müller, 12.11.2021".
func TestPrepositionBylineDate(t *testing.T) {
	for _, c := range []struct{ lang, byline, want string }{
		{"de", "<p>Von Hans Müller, 12.11.2021</p>", "2021-11-12"},
		{"fr", "<p>Par Jean Dupont, 12 novembre 2021</p>", "2021-11-12"},
		{"es", "<p>Por Juan Pérez - 12/11/2021</p>", "2021-11-12"},
	} {
		page := strings.Replace(withByline(pageWithBlocks("", 4, ""), c.byline), "<html>", `<html lang="`+c.lang+`">`, 1)
		a := extractAt(t, page, "https://news.example/story", Options{})
		if published(a) != c.want || a.Provenance["published_date"] != "byline-text" {
			t.Errorf("%s %s: Extract.PublishedAt = %q (%s), want %s from the byline", c.lang, c.byline, published(a), a.Provenance["published_date"], c.want)
		}
	}
}

// German dates a document by its kind and "vom": the label is longer than
// a date line's little words allow, and still a publication label.
func TestGermanDocumentKindLabels(t *testing.T) {
	for _, byline := range []string{
		"<p>Pressemitteilung vom 12. März 2024</p>",
		"<p>Presseinformation vom 12.03.2024</p>",
		"<p>Artikel vom 12.03.2024, 10:15 Uhr</p>",
	} {
		page := strings.Replace(withByline(pageWithBlocks("", 4, ""), byline), "<html>", `<html lang="de">`, 1)
		a := extractAt(t, page, "https://news.example/presse/mitteilung", Options{})
		if !hasDayPrefix(published(a), "2024-03-12") {
			t.Errorf("%s: Extract.PublishedAt = %q, want 2024-03-12", byline, published(a))
		}
	}
}

// A date line with a two-digit year may open with its weekday, as German
// and French sites print it ("Mi, 12.03.24", "ven. 15/03/24 10:30").
func TestShortYearAfterWeekday(t *testing.T) {
	for _, c := range []struct{ lang, byline, pub string }{
		{"de", "<p>Mi, 12.03.24</p>", "2024-03-12"},
		{"de", "<p>Fr. 15.03.24, 10:30</p>", "2024-03-15"},
		{"fr", "<p>ven. 15/03/24</p>", "2024-03-15"},
		{"en-US", "<p>Tue 5/14/24</p>", "2024-05-14"},
	} {
		page := strings.Replace(withByline(pageWithBlocks("", 4, ""), c.byline), "<html>", `<html lang="`+c.lang+`">`, 1)
		a := extractAt(t, page, "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.pub) {
			t.Errorf("%s %s: Extract.PublishedAt = %q, want %q", c.lang, c.byline, published(a), c.pub)
		}
	}
	if got := afterWeekday("Monaco, 12.03.24"); got != "Monaco, 12.03.24" {
		t.Errorf("afterWeekday(Monaco, …) = %q: not a weekday", got)
	}
}

// An edit or a revision is an update: a page that shows only "Modified
// on", "Last edited", "Zuletzt geändert am" has an update date and no
// publication date.
func TestEditLabelsAreUpdates(t *testing.T) {
	for _, c := range []struct{ lang, byline string }{
		{"en", "<p>Modified on 12 March 2024</p>"},
		{"en", "<p>Last edited: 12 March 2024</p>"},
		{"en", "<p>Revised: 12 March 2024</p>"},
		{"de", "<p>Zuletzt geändert am 12.03.2024</p>"},
		{"de", "<p>Letzte Änderung: 12.03.2024</p>"},
		{"de", "<p>Editiert am 12. März 2024, 10:15 Uhr</p>"},
		{"de", "<p>zuletzt bearbeitet: 12.03.2024, 08:27 Uhr</p>"},
		{"fr", "<p>Dernière mise à jour : 12 mars 2024</p>"},
	} {
		page := strings.Replace(withByline(pageWithBlocks("", 4, ""), c.byline), "<html>", `<html lang="`+c.lang+`">`, 1)
		a := extractAt(t, page, "https://news.example/story", Options{})
		if published(a) != "" || !hasDayPrefix(modified(a), "2024-03-12") {
			t.Errorf("%s: Extract = published %q modified %q, want none and 2024-03-12", c.byline, published(a), modified(a))
		}
	}
}

// A gist's, a forum thread's or a repository's last activity is its last
// change: a page that shows only "Last active …" has an update date and
// no publication date.
func TestLastActiveIsAnUpdate(t *testing.T) {
	for _, byline := range []string{
		`<div class="gist-meta"><a href="/jdoe">jdoe</a> / notes.md <div>Last active December 20, 2025 13:58</div></div>`,
		`<p>Last active: 20 December 2025</p>`,
		`<ul class="thread-stats"><li>12 replies</li><li>Last activity 20/12/2025</li></ul>`,
	} {
		page := withByline(pageWithBlocks("", 4, ""), byline)
		a := extractAt(t, page, "https://code.example/jdoe/notes", Options{})
		if published(a) != "" || !hasDayPrefix(modified(a), "2025-12-20") {
			t.Errorf("%s: Extract = published %q modified %q, want none and 2025-12-20", byline, published(a), modified(a))
		}
	}
}

// The verbs of posting label a publication date in each language, so that
// the line counts wherever it stands, below the whole text and above a
// list of other posts with days of their own: "Eingestellt am 08.05.2012
// von Hans Müller", "Mis en ligne le 8 mai 2012 par Jean".
func TestPostingVerbLabelsBelowTheText(t *testing.T) {
	for _, c := range []struct{ lang, note string }{
		{"de", "Eingestellt am 08.05.2012 von Hans Müller"},
		{"de", "Verfasst am 08.05.2012 von Hans Müller"},
		{"fr", "Mis en ligne le 8 mai 2012 par Jean Dupont"},
		{"fr", "Rédigé le 8 mai 2012 par Jean Dupont"},
		{"fr", "Article paru le 8 mai 2012 dans Le Monde"},
		{"nl", "Geplaatst op 8 mei 2012 door Jan de Vries"},
	} {
		var b strings.Builder
		b.WriteString(`<html lang="` + c.lang + `"><head><title>Neue Regeln | Site</title></head><body><nav><a href="/">Start</a></nav><div id="content"><h1>Neue Regeln</h1>`)
		for i := range 14 {
			fmt.Fprintf(&b, "<p>Absatz %d des Beitrags, lang genug, um als Text des Artikels zu gelten, und noch etwas mehr.</p>", i)
		}
		b.WriteString(`<p>` + c.note + `</p></div><div class="related"><h3>Mehr</h3><ul><li><a href="/x">Erster</a> <span>07.04.2012</span></li><li><a href="/y">Zweiter</a> <span>03.03.2012</span></li></ul></div></body></html>`)
		a := extractAt(t, b.String(), "https://www.example.de/news/neue-regeln", Options{})
		if !hasDayPrefix(published(a), "2012-05-08") {
			t.Errorf("%s %q: Extract.PublishedAt = %q, want 2012-05-08", c.lang, c.note, published(a))
		}
	}
}

// hasSpacedDot passes every string reSpacedDots matches in.
func TestHasSpacedDot(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{{"16. 5. 2024", true}, {"am 8. 5. 2012 um", true}, {"Ende. 8. 5. 2012", true}, {"Satz. Noch ein Satz 2012.", false}, {"16.5.2024", false}, {"5. ", false}} {
		if got := hasSpacedDot(c.in); got != c.want {
			t.Errorf("hasSpacedDot(%q) = %v, want %v", c.in, got, c.want)
		}
		if reSpacedDots.MatchString(c.in) && !hasSpacedDot(c.in) {
			t.Errorf("reSpacedDots matches in %q, hasSpacedDot does not pass it", c.in)
		}
	}
}

// A headline that is a document's kind and its day dates the document, as
// German agencies and councils title their releases ("Pressemitteilung vom
// 08.05.2012"), above a related list with days of its own.
func TestDocumentKindHeadline(t *testing.T) {
	for _, h := range []string{"Pressemitteilung vom 08.05.2012", "Medienmitteilung vom 8. Mai 2012", "Presseinformation vom 08.05.2012"} {
		var b strings.Builder
		b.WriteString(`<html lang="de"><head><title>` + h + ` | Stadt</title></head><body><nav><a href="/">Start</a></nav><div id="content"><h1>` + h + `</h1><h2>Neue Regeln für den Verkehr</h2>`)
		for i := range 8 {
			fmt.Fprintf(&b, "<p>Absatz %d der Mitteilung, lang genug, um als Text des Artikels zu gelten, und noch etwas mehr.</p>", i)
		}
		b.WriteString(`</div><div class="related"><h3>Mehr</h3><ul><li><a href="/x">Erste</a> <span>07.04.2012</span></li><li><a href="/y">Zweite</a> <span>03.03.2012</span></li></ul></div></body></html>`)
		a := extractAt(t, b.String(), "https://www.stadt.example/presse/neue-regeln", Options{})
		if !hasDayPrefix(published(a), "2012-05-08") {
			t.Errorf("%q: Extract.PublishedAt = %q, want 2012-05-08", h, published(a))
		}
	}
}

// A date with a two-digit year and its time, as the languages of news
// write the time: after a preposition ("à", "um"), with an "h" (French,
// Portuguese), before the word of the hour ("hs") or Indonesia's zones
// ("WIB"); read alone on a line under the headline too.
func TestShortYearTimeForms(t *testing.T) {
	for _, in := range []string{"12/05/24 10h30", "12/05/24 à 10h30", "12.05.24 um 10:30 Uhr", "12/05/24 10:30 WIB", "12/05/24 10:30 hs", "12/05/24 a las 10:30"} {
		w, ok := parseShortYear(in, true)
		if !ok || w.t.Format("2006-01-02 15:04") != "2024-05-12 10:30" {
			t.Errorf("parseShortYear(%q) = %s, %v; want 2024-05-12 10:30", in, w.t.Format("2006-01-02 15:04"), ok)
		}
	}
	for _, in := range []string{"12/05/24 10h30 Paris", "12/05/24 h30", "1.2.24 10h30"} {
		if w, ok := parseShortYear(in, true); ok {
			t.Errorf("parseShortYear(%q) = %s, want none", in, w.t.Format("2006-01-02 15:04"))
		}
	}
	for _, c := range []struct{ lang, line string }{{"id", "12/05/24 10:30 WIB"}, {"pt", "12/05/24 10h30"}} {
		a := extractAt(t, metaLinePage(c.lang, c.line), "https://news.example/politics/bus-network", Options{FetchedAt: time.Date(2024, 6, 3, 12, 0, 0, 0, time.UTC)})
		if !hasDayPrefix(published(a), "2024-05-12") {
			t.Errorf("%s %q: published %q, want 2024-05-12", c.lang, c.line, published(a))
		}
	}
}
