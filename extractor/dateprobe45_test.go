package extractor

import (
	"strings"
	"testing"
	"time"
)

// Probe pages of the thirty-fourth session (dates45): news and blog
// articles in many languages laid out as their sites are, with a site
// header, the meta line under the headline, related-article cards and
// comments with dates of their own, and a footer.

// probeSentence is the sentence of a news page in lang.
func probeSentence(lang string) string {
	for _, p := range newsPages {
		if p.lang == lang {
			return p.sentence
		}
	}
	for _, p := range newsPages40 {
		if p.lang == lang {
			return p.sentence
		}
	}
	return longProse
}

// probe45 is one probe page: its language, the extra <head>, the markup
// above the headline, the meta block under it, the markup after the
// article's text, and the dates it should get.
type probe45 struct {
	name, lang     string
	head, top      string
	above          string // in the article, over the headline
	meta, tail     string
	pub, mod       string
	fetched        time.Time
	path           string
	bodyParagraphs int
	inBody         string // between the story's first paragraphs and the rest
	after          string // after <main>, before the footer: a sidebar
}

func (p probe45) page() string {
	n := p.bodyParagraphs
	if n == 0 {
		n = 6
	}
	body := strings.Repeat("<p>"+probeSentence(p.lang)+"</p>\n", 2) + p.inBody + strings.Repeat("<p>"+probeSentence(p.lang)+"</p>\n", n-2)
	return `<!DOCTYPE html><html lang="` + p.lang + `"><head><meta charset="utf-8"><title>Headline – Site</title>` + p.head + `</head><body>` +
		`<header class="site-header"><a class="logo" href="/">Site</a><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>` + p.top + `</header>` +
		`<main><article class="post">` + p.above + `<h1 class="entry-title">Headline of the story</h1>` + p.meta + `<div class="entry-content">` + body + `</div></article>` + p.tail +
		`</main>` + p.after + `<footer class="site-footer"><p>© 2024 Site. All rights reserved.</p></footer></body></html>`
}

// related45 is a block of related-article cards dated before the story.
func related45(heading string, dates ...string) string {
	s := `<section class="related-posts"><h3>` + heading + `</h3><ul>`
	for i, d := range dates {
		s += `<li class="related-item"><a href="/news/other-` + string(rune('a'+i)) + `">Another story on the city council and its plans</a><span class="date">` + d + `</span></li>`
	}
	return s + `</ul></section>`
}

// comments45 is a comment thread dated after the story.
func comments45(heading string, dates ...string) string {
	s := `<section id="comments" class="comments-area"><h3>` + heading + `</h3><ol class="comment-list">`
	for _, d := range dates {
		s += `<li class="comment"><div class="comment-meta"><b class="fn">Reader</b> <span class="comment-date">` + d + `</span></div><div class="comment-content"><p>Good to see this finally happening.</p></div></li>`
	}
	return s + `</ol></section>`
}

func ld45(pub, mod string) string {
	s := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline of the story"`
	if pub != "" {
		s += `,"datePublished":"` + pub + `"`
	}
	if mod != "" {
		s += `,"dateModified":"` + mod + `"`
	}
	return s + `}</script>`
}

var probes45 = []probe45{
	// Spanish
	{name: "es visible label", lang: "es", meta: `<div class="entry-meta"><span class="posted-on">Publicado el 3 de marzo de 2024</span> <span class="byline">por <a href="/autor/juan">Juan Pérez</a></span></div>`,
		tail: related45("Noticias relacionadas", "28 de febrero de 2024", "1 de marzo de 2024") + comments45("2 comentarios", "5 de marzo de 2024 a las 10:12", "6 de marzo de 2024 a las 8:40"), pub: "2024-03-03"},
	{name: "es published and updated", lang: "es", meta: `<p class="fecha">Publicado: 03/03/2024 14:05 | Actualizado: 04/03/2024 09:10</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "es update only", lang: "es", meta: `<p class="fecha">Actualizado el 4 de marzo de 2024, 09:10</p>`, mod: "2024-03-04"},
	{name: "es header today", lang: "es", top: `<div class="fecha-hoy">Domingo, 10 de marzo de 2024</div>`, meta: `<p class="fecha">3 de marzo de 2024 - 14:05 CET</p>`, pub: "2024-03-03"},
	{name: "es relative", lang: "es", meta: `<p class="fecha">hace 2 horas</p>`, fetched: time.Date(2024, 3, 3, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "es ld and visible", lang: "es", head: ld45("2024-03-03T14:05:00+01:00", "2024-03-04T09:10:00+01:00"), meta: `<p class="fecha">3 mar. 2024 - 14:05</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	// French
	{name: "fr publie mis a jour", lang: "fr", meta: `<p class="meta">Publié le 3 mars 2024 à 14h05, mis à jour le 4 mars 2024 à 09h10</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "fr mis a jour only", lang: "fr", meta: `<p class="meta">Mis à jour le 04/03/2024 à 09:10</p>`, mod: "2024-03-04"},
	{name: "fr time element", lang: "fr", meta: `<div class="article__meta">Par <a href="/auteur/jd">Jean Dupont</a> · Publié le <time>03/03/2024</time></div>`,
		tail: comments45("Commentaires", "le 5 mars 2024 à 10 h 12"), pub: "2024-03-03"},
	{name: "fr relative", lang: "fr", meta: `<p class="meta">Publié il y a 3 heures</p>`, fetched: time.Date(2024, 3, 3, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "fr related cards", lang: "fr", meta: `<p class="meta">Le 3 mars 2024 à 14h05</p>`, tail: related45("À lire aussi", "le 1 mars 2024", "le 2 mars 2024"), pub: "2024-03-03"},
	// German
	{name: "de uhr", lang: "de", meta: `<p class="meta">Veröffentlicht am 03.03.2024, 14:05 Uhr</p>`, tail: related45("Mehr zum Thema", "01.03.2024", "02.03.2024"), pub: "2024-03-03"},
	// "Stand:" (as of) alone is read as the page's dateline, as German
	// broadcasters print it on a story's first version too.
	{name: "de stand", lang: "de", meta: `<p class="meta">Stand: 04.03.2024 09:10 Uhr</p>`, pub: "2024-03-04"},
	{name: "de two-digit", lang: "de", meta: `<p class="meta">03.03.24, 14:05 Uhr · Aktualisiert: 04.03.24, 09:10 Uhr</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "de weekday", lang: "de", meta: `<time class="date">Sonntag, 3. März 2024, 14:05 Uhr</time>`, tail: comments45("Kommentare", "05.03.2024 um 10:12", "06.03.2024 um 08:40"), pub: "2024-03-03"},
	{name: "de relative", lang: "de", meta: `<p class="meta">vor 3 Stunden</p>`, fetched: time.Date(2024, 3, 3, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	// Portuguese
	{name: "pt publicado atualizado", lang: "pt", meta: `<p class="content-publication-data">Publicado em 03/03/2024 14h05 Atualizado há 2 dias</p>`, pub: "2024-03-03", mod: "2024-03-08"},
	{name: "pt por extenso", lang: "pt", meta: `<p class="data">3 de março de 2024 às 14:05</p>`, tail: related45("Leia também", "1 de março de 2024"), pub: "2024-03-03"},
	// Italian
	{name: "it pubblicato", lang: "it", meta: `<p class="data">Pubblicato il 3 marzo 2024 alle 14:05 - Ultimo aggiornamento: 4 marzo 2024</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "it dotted", lang: "it", meta: `<p class="data">03/03/2024 ore 14:05</p>`, tail: related45("Potrebbe interessarti", "01/03/2024"), pub: "2024-03-03"},
	// Russian
	{name: "ru opublikovano", lang: "ru", meta: `<div class="article-meta">Опубликовано: 3 марта 2024, 14:05</div>`, tail: comments45("Комментарии", "5 марта 2024, 10:12"), pub: "2024-03-03"},
	{name: "ru obnovleno only", lang: "ru", meta: `<div class="article-meta">Обновлено 04.03.2024 09:10</div>`, mod: "2024-03-04"},
	{name: "ru today", lang: "ru", meta: `<div class="article-meta">Сегодня, 14:05</div>`, fetched: time.Date(2024, 3, 3, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	// Arabic
	{name: "ar nushir", lang: "ar", meta: `<div class="meta">نُشر في 3 مارس 2024</div>`, pub: "2024-03-03"},
	{name: "ar date time", lang: "ar", meta: `<div class="meta">الأحد 03 مارس 2024 - 14:05</div>`, tail: related45("أخبار ذات صلة", "01 مارس 2024"), pub: "2024-03-03"},
	{name: "ar tahdith", lang: "ar", meta: `<div class="meta">تاريخ النشر: 03/03/2024 | آخر تحديث: 04/03/2024</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	// Japanese
	{name: "ja koukaibi", lang: "ja", meta: `<div class="article-date">公開日 2024年3月3日</div>`, pub: "2024-03-03"},
	{name: "ja kousin", lang: "ja", meta: `<div class="article-date">公開日：2024/03/03 最終更新日：2024/03/04</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ja time", lang: "ja", meta: `<p class="date"><time>2024年3月3日 14時05分</time></p>`, tail: related45("関連記事", "2024年3月1日"), pub: "2024-03-03"},
	// Korean
	{name: "ko ipryeok", lang: "ko", meta: `<div class="info">입력 2024.03.03 14:05 | 수정 2024.03.04 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ko gisaip", lang: "ko", meta: `<div class="info">기사입력 2024-03-03 14:05</div>`, tail: related45("관련기사", "2024.03.01"), pub: "2024-03-03"},
	// Turkish
	{name: "tr yayinlanma", lang: "tr", meta: `<div class="date">Yayınlanma: 03.03.2024 - 14:05 | Güncelleme: 04.03.2024 - 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "tr long", lang: "tr", meta: `<div class="date">3 Mart 2024 Pazar 14:05</div>`, pub: "2024-03-03"},
	// Polish
	{name: "pl opublikowano", lang: "pl", meta: `<div class="meta">Opublikowano: 3 marca 2024, 14:05</div>`, tail: comments45("Komentarze", "5 marca 2024 o 10:12"), pub: "2024-03-03"},
	{name: "pl aktualizacja", lang: "pl", meta: `<div class="meta">Data aktualizacji: 04.03.2024 09:10</div>`, mod: "2024-03-04"},
	// Dutch
	{name: "nl gepubliceerd", lang: "nl", meta: `<p class="meta">Gepubliceerd op 3 maart 2024 om 14:05</p>`, pub: "2024-03-03"},
	{name: "nl bijgewerkt", lang: "nl", meta: `<p class="meta">03-03-24, 14:05 Bijgewerkt 04-03-24, 09:10</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	// Indonesian
	{name: "id diterbitkan", lang: "id", meta: `<div class="date">Diterbitkan Minggu, 03 Mar 2024 14:05 WIB</div>`, pub: "2024-03-03"},
	{name: "id slash", lang: "id", meta: `<div class="date">Minggu, 3 Maret 2024 | 14:05 WIB</div>`, tail: related45("Berita Terkait", "Jumat, 1 Maret 2024 | 10:00 WIB"), pub: "2024-03-03"},
	// Persian
	{name: "fa jalali", lang: "fa", meta: `<div class="date">تاریخ انتشار: ۱۳ اسفند ۱۴۰۲ - ۱۴:۰۵</div>`, pub: "2024-03-03"},
	// Hindi
	{name: "hi prakashit", lang: "hi", meta: `<div class="date">प्रकाशित: 03 मार्च 2024, 14:05 IST</div>`, pub: "2024-03-03"},
	{name: "hi updated", lang: "hi", meta: `<div class="date">अपडेटेड Sun, 03 Mar 2024 02:05 PM IST</div>`, mod: "2024-03-03"},
	// Ukrainian
	{name: "uk opublikovano", lang: "uk", meta: `<div class="meta">Опубліковано 3 березня 2024, 14:05 · Оновлено 4 березня 2024, 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	// Romanian
	{name: "ro publicat", lang: "ro", meta: `<div class="meta">Publicat: duminică, 03 martie 2024, 14:05</div>`, pub: "2024-03-03"},
	// Vietnamese
	{name: "vi dang luc", lang: "vi", meta: `<div class="date">Đăng lúc: 14:05 03/03/2024</div>`, pub: "2024-03-03"},
	{name: "vi chu nhat", lang: "vi", meta: `<span class="date">Chủ nhật, 3/3/2024, 14:05 (GMT+7)</span>`, tail: related45("Tin liên quan", "1/3/2024"), pub: "2024-03-03"},
	// Chinese
	{name: "zh fabu", lang: "zh", meta: `<div class="info">发布时间：2024-03-03 14:05 来源：新华社</div>`, pub: "2024-03-03"},
	{name: "zh tw", lang: "zh-TW", meta: `<div class="info">發布時間：2024/03/03 14:05</div>`, pub: "2024-03-03"},
	// Czech, Swedish, Greek, Hebrew, Thai
	{name: "cs publikovano", lang: "cs", meta: `<div class="meta">Publikováno: 3. března 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "sv publicerad", lang: "sv", meta: `<div class="meta">Publicerad 3 mars 2024 kl. 14.05 Uppdaterad 4 mars 2024 kl. 09.10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "el dimosieuthike", lang: "el", meta: `<div class="meta">Δημοσιεύθηκε: 3 Μαρτίου 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "he porsam", lang: "he", meta: `<div class="meta">פורסם: 03.03.24, 14:05</div>`, pub: "2024-03-03"},
	{name: "th buddhist", lang: "th", meta: `<div class="meta">เผยแพร่: 3 มี.ค. 2567 14:05 น.</div>`, pub: "2024-03-03"},
	// Harder layouts.
	{name: "es blogger date header", lang: "es", top: ``, meta: `<h2 class="date-header"><span>domingo, 3 de marzo de 2024</span></h2>`, tail: `<div class="post-footer">Publicado por <span class="fn">Ana</span> en <abbr class="published">14:05</abbr></div>` + comments45("3 comentarios", "5 de marzo de 2024, 10:12"), pub: "2024-03-03"},
	{name: "es drupal submitted", lang: "es", meta: `<div class="submitted">Enviado por admin el Dom, 03/03/2024 - 14:05</div>`, pub: "2024-03-03"},
	{name: "es day first numeric", lang: "es", meta: `<p class="fecha">03/04/2024</p>`, fetched: time.Date(2024, 5, 10, 12, 0, 0, 0, time.UTC), pub: "2024-04-03"},
	{name: "es two-digit", lang: "es", meta: `<p class="fecha">03/03/24 - 14:05h</p>`, pub: "2024-03-03"},
	{name: "fr abbr", lang: "fr", meta: `<p class="meta">Publié le 3 févr. 2024 à 14h05</p>`, pub: "2024-02-03"},
	{name: "fr modified before published", lang: "fr", meta: `<p class="meta">Mis à jour le 04/03/2024 à 09h10 | Publié le 03/03/2024 à 14h05</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "fr meta only", lang: "fr", head: `<meta property="article:published_time" content="2024-03-03T14:05:00+01:00">`, meta: `<p class="meta">Par Jean Dupont</p>`, tail: related45("À lire aussi", "1 mars 2024"), pub: "2024-03-03"},
	{name: "de two-digit alone", lang: "de", meta: `<p class="meta">03.03.24, 14:05 Uhr</p>`, pub: "2024-03-03"},
	{name: "de erstellt", lang: "de", meta: `<p class="meta">Erstellt: 03.03.2024, 14:05 Uhr | Aktualisiert: 04.03.2024, 09:10 Uhr</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "de month name abbr", lang: "de", meta: `<p class="meta">3. Mär. 2024, 14:05 Uhr</p>`, pub: "2024-03-03"},
	{name: "de ld modified only", lang: "de", head: ld45("", "2024-03-04T09:10:00+01:00"), meta: `<p class="meta">Von Hans Müller</p>`, mod: "2024-03-04"},
	{name: "pt abbr", lang: "pt", meta: `<p class="data">03 mar 2024 - 14h05</p>`, pub: "2024-03-03"},
	{name: "pt atualizado em", lang: "pt", meta: `<p class="data">Atualizado em 04/03/2024 - 09:10</p>`, mod: "2024-03-04"},
	{name: "it aggiornato only", lang: "it", meta: `<p class="data">Aggiornato il 4 marzo 2024 alle 09:10</p>`, mod: "2024-03-04"},
	{name: "it abbr", lang: "it", meta: `<p class="data">3 mar 2024</p>`, pub: "2024-03-03"},
	{name: "ru goda", lang: "ru", meta: `<div class="article-meta">3 марта 2024 г., 14:05</div>`, pub: "2024-03-03"},
	{name: "ru dotted two-digit", lang: "ru", meta: `<div class="article-meta">03.03.24 14:05</div>`, pub: "2024-03-03"},
	{name: "ru yesterday", lang: "ru", meta: `<div class="article-meta">Вчера, 14:05</div>`, fetched: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "ar indic digits", lang: "ar", meta: `<div class="meta">نشر بتاريخ: ٠٣/٠٣/٢٠٢٤ - ١٤:٠٥</div>`, pub: "2024-03-03"},
	{name: "ar hijri and gregorian", lang: "ar", meta: `<div class="meta">الأحد 22 شعبان 1445 هـ - 03 مارس 2024 م</div>`, pub: "2024-03-03"},
	{name: "ar levant month", lang: "ar", meta: `<div class="meta">3 آذار 2024</div>`, pub: "2024-03-03"},
	{name: "ja toukoubi", lang: "ja", meta: `<div class="entry-meta">投稿日：2024.03.03 更新日：2024.03.04</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ja update only", lang: "ja", meta: `<div class="entry-meta">最終更新日 2024年3月4日</div>`, mod: "2024-03-04"},
	{name: "ja weekday", lang: "ja", meta: `<div class="entry-meta">2024年3月3日(日) 14:05配信</div>`, pub: "2024-03-03"},
	{name: "ko seungin", lang: "ko", meta: `<div class="info">승인 2024.03.03 14:05</div>`, pub: "2024-03-03"},
	{name: "ko deungrok", lang: "ko", meta: `<div class="info">등록 2024-03-03 14:05 수정 2024-03-04 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ko dotted spaced", lang: "ko", meta: `<div class="info">2024. 3. 3. 14:05</div>`, pub: "2024-03-03"},
	{name: "tr son guncelleme", lang: "tr", meta: `<div class="date">03 Mart 2024, 14:05 Son Güncelleme: 04 Mart 2024, 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "tr giris", lang: "tr", meta: `<div class="date">Giriş: 03.03.2024 14:05</div>`, pub: "2024-03-03"},
	{name: "pl r", lang: "pl", meta: `<div class="meta">3.03.2024 r., 14:05</div>`, pub: "2024-03-03"},
	{name: "pl dodano", lang: "pl", meta: `<div class="meta">Dodano: 3 marca 2024 14:05 Aktualizacja: 4 marca 2024 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "nl laatste update", lang: "nl", meta: `<p class="meta">Laatste update: 4 maart 2024 09:10</p>`, mod: "2024-03-04"},
	{name: "nl zo", lang: "nl", meta: `<p class="meta">zo 3 mrt 2024, 14:05</p>`, pub: "2024-03-03"},
	{name: "id diperbarui", lang: "id", meta: `<div class="date">Minggu, 03 Mar 2024 14:05 WIB</div><div class="date">Diperbarui: Senin, 04 Mar 2024 09:10 WIB</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "id relative", lang: "id", meta: `<div class="date">3 jam yang lalu</div>`, fetched: time.Date(2024, 3, 3, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "hi devanagari digits", lang: "hi", meta: `<div class="date">प्रकाशित: ०३ मार्च २०२४</div>`, pub: "2024-03-03"},
	{name: "hi english updated", lang: "hi", meta: `<div class="date">Published: Mar 03, 2024 02:05 PM IST Updated: Mar 04, 2024 09:10 AM IST</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "uk onovleno only", lang: "uk", meta: `<div class="meta">Оновлено: 04.03.2024, 09:10</div>`, mod: "2024-03-04"},
	{name: "uk roku", lang: "uk", meta: `<div class="meta">3 березня 2024 року, 14:05</div>`, pub: "2024-03-03"},
	{name: "ro actualizat", lang: "ro", meta: `<div class="meta">03.03.2024 14:05 | Actualizat: 04.03.2024 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "vi cap nhat", lang: "vi", meta: `<div class="date">Cập nhật: 09:10 ngày 04/03/2024</div>`, mod: "2024-03-04"},
	{name: "vi ngay", lang: "vi", meta: `<div class="date">14:05 ngày 03/03/2024</div>`, pub: "2024-03-03"},
	{name: "zh source first", lang: "zh", meta: `<div class="info">来源：人民网 2024年03月03日14:05</div>`, pub: "2024-03-03"},
	{name: "zh bare", lang: "zh", meta: `<div class="info">2024-03-03 14:05:33</div>`, tail: related45("相关新闻", "2024-03-01", "2024-03-02"), pub: "2024-03-03"},
	{name: "zh dotted", lang: "zh", meta: `<div class="info">2024.03.03 作者：张三</div>`, pub: "2024-03-03"},
	{name: "cs aktualizovano", lang: "cs", meta: `<div class="meta">3. 3. 2024 14:05, aktualizováno 4. 3. 2024 9:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "sv iso", lang: "sv", meta: `<div class="meta">Publicerad 2024-03-03 14:05</div>`, pub: "2024-03-03"},
	{name: "el dotted", lang: "el", meta: `<div class="meta">03.03.2024 | 14:05</div>`, pub: "2024-03-03"},
	{name: "el updated", lang: "el", meta: `<div class="meta">Τελευταία ενημέρωση: 04/03/2024 09:10</div>`, mod: "2024-03-04"},
	{name: "he updated", lang: "he", meta: `<div class="meta">פורסם: 03/03/2024 14:05 | עודכן: 04/03/2024 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "th full month", lang: "th", meta: `<div class="meta">3 มีนาคม 2567</div>`, pub: "2024-03-03"},
	{name: "th updated", lang: "th", meta: `<div class="meta">อัปเดตล่าสุด 4 มี.ค. 2567 09:10 น.</div>`, mod: "2024-03-04"},
	{name: "en us two-digit", lang: "en-US", meta: `<p class="byline">By Jane Doe | 3/3/24 2:05 PM</p>`, pub: "2024-03-03"},
	{name: "en updated before", lang: "en", meta: `<p class="byline">Updated March 4, 2024 9:10 AM ET | Published March 3, 2024 2:05 PM ET</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "en uk day first", lang: "en-GB", meta: `<p class="byline">03/04/2024</p>`, fetched: time.Date(2024, 5, 10, 12, 0, 0, 0, time.UTC), pub: "2024-04-03"},
	// Relative dates against the fetch time (18:00 on 3 March 2024).
	{name: "pt ha horas", lang: "pt", meta: `<p class="data">Publicado há 3 horas</p>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "it ore fa", lang: "it", meta: `<p class="data">3 ore fa</p>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "ru chasa nazad", lang: "ru", meta: `<div class="article-meta">3 часа назад</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "ar mundhu", lang: "ar", meta: `<div class="meta">منذ 3 ساعات</div>`, fetched: fetched45, pub: "2024-03-03"},
	// Fetched at 18:00 UTC, 03:00 on the 4th in Tokyo and Seoul, where the
	// pages count their hours: three hours before is the 4th there.
	{name: "ja jikan mae", lang: "ja", meta: `<div class="article-date">3時間前</div>`, fetched: fetched45, pub: "2024-03-04"},
	{name: "ko sigan jeon", lang: "ko", meta: `<div class="info">3시간 전</div>`, fetched: fetched45, pub: "2024-03-04"},
	{name: "tr saat once", lang: "tr", meta: `<div class="date">3 saat önce</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "pl godziny temu", lang: "pl", meta: `<div class="meta">3 godziny temu</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "nl uur geleden", lang: "nl", meta: `<p class="meta">3 uur geleden</p>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "hi ghante pehle", lang: "hi", meta: `<div class="date">3 घंटे पहले</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "uk hodyny tomu", lang: "uk", meta: `<div class="meta">3 години тому</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "ro acum ore", lang: "ro", meta: `<div class="meta">acum 3 ore</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "vi gio truoc", lang: "vi", meta: `<div class="date">3 giờ trước</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "zh xiaoshi qian", lang: "zh", meta: `<div class="info">3小时前 来源：新华社</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "cs pred hodinami", lang: "cs", meta: `<div class="meta">před 3 hodinami</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "sv timmar sedan", lang: "sv", meta: `<div class="meta">för 3 timmar sedan</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "el prin ores", lang: "el", meta: `<div class="meta">πριν από 3 ώρες</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "he lifnei shaot", lang: "he", meta: `<div class="meta">לפני 3 שעות</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "th chuamong", lang: "th", meta: `<div class="meta">3 ชั่วโมงที่แล้ว</div>`, fetched: fetched45, pub: "2024-03-03"},
	{name: "es hace dias", lang: "es", meta: `<p class="fecha">hace 2 días</p>`, fetched: fetched45, pub: "2024-03-01"},
	{name: "es comments relative only", lang: "es", meta: `<p class="fecha">3 de marzo de 2024</p>`, tail: comments45("Comentarios", "hace 1 hora", "hace 2 horas"), fetched: fetched45, pub: "2024-03-03"},
	// Layouts: a dateline at the story's foot, a most-read list above.
	{name: "es foot dateline", lang: "es", top: related45("Lo más leído", "2 de marzo de 2024", "1 de marzo de 2024"), tail: `<p class="fecha-pie">Publicado el 3 de marzo de 2024</p>`, pub: "2024-03-03"},
	{name: "de most read above", lang: "de", top: related45("Meistgelesen", "02.03.2024", "01.03.2024"), meta: `<p class="meta">Von Hans Müller</p>`, pub: ""},
	{name: "fr weekday capital", lang: "fr", meta: `<p class="meta">Dimanche 3 mars 2024 à 14:05</p>`, pub: "2024-03-03"},
	{name: "it weekday", lang: "it", meta: `<p class="data">Domenica 3 marzo 2024</p>`, pub: "2024-03-03"},
	{name: "pt meta modified only", lang: "pt", head: `<meta property="article:modified_time" content="2024-03-04T09:10:00-03:00">`, meta: `<p class="autor">Por João Silva</p>`, mod: "2024-03-04"},
	{name: "ru ld published and visible update", lang: "ru", head: ld45("2024-03-03T14:05:00+03:00", ""), meta: `<div class="article-meta">Обновлено 4 марта 2024, 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "tr gmt", lang: "tr", meta: `<div class="date">03.03.2024 14:05 GMT+3</div>`, pub: "2024-03-03"},
	{name: "ar gmt", lang: "ar", meta: `<div class="meta">نشر في: الأحد 3 مارس 2024 - 2:05 م بتوقيت القاهرة</div>`, pub: "2024-03-03"},
	{name: "ko naver style", lang: "ko", meta: `<div class="info"><span>입력</span><span class="date">2024.03.03. 오후 2:05</span><span>수정</span><span class="date">2024.03.04. 오전 9:10</span></div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ja nikkei style", lang: "ja", meta: `<div class="date"><time>2024年3月3日 14:05</time> (2024年3月4日 9:10更新)</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "zh gengxin", lang: "zh", meta: `<div class="info">2024-03-03 14:05 | 更新时间：2024-03-04 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "vi dang cap nhat", lang: "vi", meta: `<div class="date">Đăng lúc 14:05 03/03/2024, cập nhật lúc 09:10 04/03/2024</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "id dipublikasikan", lang: "id", meta: `<div class="date">Dipublikasikan pada 3 Maret 2024</div>`, pub: "2024-03-03"},
	{name: "fa updated", lang: "fa", meta: `<div class="date">۱۳ اسفند ۱۴۰۲ | به‌روزرسانی: ۱۴ اسفند ۱۴۰۲</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "hu", lang: "hu", meta: `<div class="meta">2024. március 3. 14:05</div>`, pub: "2024-03-03"},
	{name: "fi", lang: "fi", meta: `<div class="meta">Julkaistu 3.3.2024 14:05 | Päivitetty 4.3.2024 9:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "da", lang: "da", meta: `<div class="meta">3. marts 2024 kl. 14.05</div>`, pub: "2024-03-03"},
	{name: "nb", lang: "nb", meta: `<div class="meta">Publisert 03.03.2024 14:05 Sist oppdatert 04.03.2024 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "bg", lang: "bg", meta: `<div class="meta">3 март 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "sk", lang: "sk", meta: `<div class="meta">3. marca 2024 14:05</div>`, pub: "2024-03-03"},
	{name: "hr", lang: "hr", meta: `<div class="meta">Objavljeno: 3. ožujka 2024. u 14:05</div>`, pub: "2024-03-03"},
	{name: "ca", lang: "ca", meta: `<div class="meta">3 de març de 2024, 14:05</div>`, pub: "2024-03-03"},
	// Labels in elements of their own, and structured dates alone.
	{name: "es label span", lang: "es", meta: `<div class="meta"><span class="label">Publicado:</span> <time>03/03/2024</time> <span class="label">Actualizado:</span> <time>04/03/2024</time></div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "de dl", lang: "de", meta: `<dl class="meta"><dt>Veröffentlicht</dt><dd>03.03.2024</dd><dt>Aktualisiert</dt><dd>04.03.2024</dd></dl>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "es li strong", lang: "es", meta: `<ul class="info"><li><strong>Autor:</strong> Juan Pérez</li><li><strong>Fecha:</strong> 3 de marzo de 2024</li></ul>`, pub: "2024-03-03"},
	{name: "pt update icon span", lang: "pt", meta: `<div class="meta"><span class="updated"><i class="icon-clock"></i> Atualizado em</span> <span>04/03/2024 09h10</span></div>`, mod: "2024-03-04"},
	{name: "fr meta date", lang: "fr", head: `<meta name="date" content="2024-03-03">`, meta: `<p class="meta">Par Jean Dupont</p>`, pub: "2024-03-03"},
	{name: "it itemprop", lang: "it", meta: `<meta itemprop="datePublished" content="2024-03-03T14:05:00+01:00"><meta itemprop="dateModified" content="2024-03-04T09:10:00+01:00"><p class="autore">di Mario Rossi</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "nl og updated only", lang: "nl", head: `<meta property="og:updated_time" content="2024-03-04T09:10:00+01:00">`, meta: `<p class="meta">Door Jan de Vries</p>`, mod: "2024-03-04"},
	{name: "es url and update", lang: "es", path: "/2024/03/03/noticia-del-dia/", meta: `<p class="fecha">Actualizado el 4 de marzo de 2024</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ko colon label", lang: "ko", meta: `<div class="info">기사입력 : 2024년 03월 03일 14:05 최종수정 : 2024년 03월 04일 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ja slash yearless url", lang: "ja", path: "/articles/2024/03/03/story", meta: `<div class="date">3月3日 14:05</div>`, pub: "2024-03-03"},
	{name: "fa gregorian-digit jalali", lang: "fa", meta: `<div class="date">تاریخ انتشار: 1402/12/13</div>`, pub: "2024-03-03"},
	{name: "hi updated en", lang: "hi", meta: `<div class="date">Updated: 04 Mar 2024, 9:10 am</div>`, mod: "2024-03-04"},
	{name: "vi header today", lang: "vi", top: `<div class="today">Thứ Hai, 04/03/2024</div>`, meta: `<div class="date">03/03/2024 - 14:05</div>`, pub: "2024-03-03"},
	{name: "es byline pipes", lang: "es", meta: `<p class="autor">Por Juan Pérez | 03/03/2024 | 14:05</p>`, pub: "2024-03-03"},
	{name: "fr reading time", lang: "fr", meta: `<p class="meta">Publié le 03/03/2024 à 14h05 · Lecture 3 min.</p>`, pub: "2024-03-03"},
	{name: "nl laatst bijgewerkt", lang: "nl", meta: `<p class="meta">Gepubliceerd: 3 maart 2024 | Laatst bijgewerkt: 4 maart 2024</p>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "pl weekday", lang: "pl", meta: `<div class="meta">Opublikowano: niedziela, 3 marca 2024 14:05</div>`, pub: "2024-03-03"},
	{name: "ro data publicarii", lang: "ro", meta: `<div class="meta">Data publicării: 03.03.2024 14:05</div>`, pub: "2024-03-03"},
	{name: "uk yearless url", lang: "uk", path: "/news/2024/03/03/story", meta: `<div class="meta">3 березня, 14:05</div>`, pub: "2024-03-03"},
	{name: "el weekday", lang: "el", meta: `<div class="meta">Κυριακή, 3 Μαρτίου 2024</div>`, pub: "2024-03-03"},
	{name: "he plain", lang: "he", meta: `<div class="meta">03.03.2024 | 14:05</div>`, pub: "2024-03-03"},
	{name: "cs plain", lang: "cs", meta: `<div class="meta">3. března 2024 14:05</div>`, pub: "2024-03-03"},
	{name: "it capital month", lang: "it", meta: `<p class="data">03 Marzo 2024 - 14:05</p>`, pub: "2024-03-03"},
	{name: "ar ld only", lang: "ar", head: ld45("2024-03-03T14:05:00+03:00", ""), meta: `<div class="meta">بقلم أحمد علي</div>`, tail: related45("اقرأ أيضا", "01 مارس 2024"), pub: "2024-03-03"},
	{name: "tr ld update only and visible update", lang: "tr", head: ld45("", "2024-03-04T09:10:00+03:00"), meta: `<div class="date">Güncelleme: 04.03.2024 09:10</div>`, mod: "2024-03-04"},
	{name: "id yearless today ticker", lang: "id", top: `<div class="ticker"><span>Senin, 4 Maret 2024</span></div>`, meta: `<div class="date">Minggu, 03/03/2024 14:05 WIB</div>`, pub: "2024-03-03"},
	{name: "zh weekday", lang: "zh", meta: `<div class="info">2024年3月3日 星期日 14:05</div>`, pub: "2024-03-03"},
	{name: "zh source after, editor", lang: "zh", meta: `<div class="info"><span>2024-03-03 14:05</span><span>来源：人民日报</span><span>责任编辑：李四</span></div>`, tail: `<div class="comment">网友评论 2024-03-05 10:12</div>`, pub: "2024-03-03"},
	{name: "ja nen tsuki only update", lang: "ja", meta: `<div class="date">更新日：2024年3月4日</div>`, mod: "2024-03-04"},
	{name: "ru izmeneno", lang: "ru", meta: `<div class="article-meta">Опубликовано 03.03.2024 14:05 | Изменено 04.03.2024 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "pt-PT", lang: "pt-PT", meta: `<p class="data">03 mar 2024 14:05</p>`, pub: "2024-03-03"},
	{name: "es efe dateline", lang: "es", path: "/2024/03/03/noticia/", meta: ``, bodyParagraphs: 5, tail: ``, pub: "2024-03-03"},
	// Other pages' dates around the story, WordPress date formats.
	{name: "es sidebar first", lang: "es", top: `<aside class="ultimas"><h3>Últimas noticias</h3><ul><li><a href="/a">Otra noticia del día</a> <span>09/03/2024</span></li><li><a href="/b">Otra más</a> <span>08/03/2024</span></li></ul></aside>`, meta: `<p class="fecha">03/03/2024</p>`, pub: "2024-03-03"},
	{name: "es kicker above h1", lang: "es", above: `<div class="kicker">Política · 03/03/2024</div>`, pub: "2024-03-03"},
	{name: "es date above h1", lang: "es", above: `<p class="fecha">3 de marzo de 2024</p>`, pub: "2024-03-03"},
	// The note under a post of the Kubrick theme, in its translations.
	{name: "es kubrick note", lang: "es", tail: `<p class="postmetadata">Esta entrada fue publicada el domingo, 3 de marzo de 2024 a las 14:05 y está archivada en <a href="/cat/noticias">Noticias</a>.</p>`, pub: "2024-03-03"},
	{name: "fr kubrick note", lang: "fr", tail: `<p class="postmetadata">Cet article a été publié le dimanche 3 mars 2024 à 14:05 et est classé dans <a href="/cat/actu">Actualités</a>.</p>`, pub: "2024-03-03"},
	{name: "it kubrick note", lang: "it", tail: `<p class="postmetadata">Questo articolo è stato pubblicato il domenica, 3 marzo 2024 alle 14:05 ed è archiviato in <a href="/cat/news">Notizie</a>.</p>`, pub: "2024-03-03"},
	{name: "pt kubrick note", lang: "pt", tail: `<p class="postmetadata">Este artigo foi publicado em domingo, 3 de março de 2024 às 14:05 e está arquivado em <a href="/cat/noticias">Notícias</a>.</p>`, pub: "2024-03-03"},
	{name: "nl kubrick note", lang: "nl", tail: `<p class="postmetadata">Dit bericht werd geplaatst op zondag 3 maart 2024 om 14:05 en is opgeslagen onder <a href="/cat/nieuws">Nieuws</a>.</p>`, pub: "2024-03-03"},
	{name: "es wp month first", lang: "es", meta: `<span class="posted-on"><a href="/x" rel="bookmark">marzo 3, 2024</a></span>`, pub: "2024-03-03"},
	{name: "fr wp month first", lang: "fr", meta: `<span class="posted-on">mars 3, 2024</span>`, pub: "2024-03-03"},
	{name: "it wp month first", lang: "it", meta: `<span class="posted-on">Marzo 3, 2024</span>`, pub: "2024-03-03"},
	{name: "pt wp month first", lang: "pt", meta: `<span class="posted-on">março 3, 2024</span>`, pub: "2024-03-03"},
	{name: "de entry-date", lang: "de", meta: `<span class="entry-date">3. März 2024</span>`, tail: comments45("Kommentare", "4. März 2024 um 10:12 Uhr"), pub: "2024-03-03"},
	{name: "en comma abbr", lang: "en", meta: `<p class="byline">By Jane Doe · 03 Mar, 2024</p>`, pub: "2024-03-03"},
	{name: "ru v", lang: "ru", meta: `<div class="article-meta">03.03.2024 в 14:05</div>`, pub: "2024-03-03"},
	{name: "sv comma", lang: "sv", meta: `<div class="meta">3 mars, 2024</div>`, pub: "2024-03-03"},
	{name: "es post nav", lang: "es", meta: `<p class="fecha">3 de marzo de 2024</p>`, tail: `<nav class="post-navigation"><div class="nav-previous"><a href="/p">Entrada anterior<br>Otra entrada</a><span>1 de marzo de 2024</span></div><div class="nav-next"><a href="/n">Entrada siguiente</a><span>5 de marzo de 2024</span></div></nav>`, pub: "2024-03-03"},
	{name: "es itemprop text", lang: "es", meta: `<span itemprop="datePublished">3 de marzo de 2024</span>`, pub: "2024-03-03"},
	{name: "es originally", lang: "es", meta: `<p class="fecha">Publicado originalmente el 3 de marzo de 2024</p>`, pub: "2024-03-03"},
	{name: "es event date", lang: "es", meta: `<p class="fecha">Publicado el 3 de marzo de 2024</p><p class="evento"><strong>Fecha del evento:</strong> 20 de marzo de 2024</p>`, fetched: time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "de event date only", lang: "de", meta: `<p class="termin"><strong>Termin:</strong> 20.03.2024, 19:00 Uhr</p>`, fetched: time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC), pub: ""},
	{name: "iso shown", lang: "en", meta: `<p class="meta">2024-03-03T14:05:00Z</p>`, pub: "2024-03-03"},
	{name: "fr ld differs by zone", lang: "fr", head: ld45("2024-03-03T23:30:00+01:00", ""), meta: `<p class="meta">Publié le 3 mars 2024 à 23h30</p>`, pub: "2024-03-03"},
	{name: "es card row top", lang: "es", top: `<div class="trending"><div class="trend-card"><a href="/x">Tendencia uno</a><span class="fecha">02/03/2024</span></div><div class="trend-card"><a href="/y">Tendencia dos</a><span class="fecha">01/03/2024</span></div></div>`, meta: `<p class="autor">Por Juan Pérez</p>`, pub: ""},
	// An event's day alone dates no page.
	{name: "es event only", lang: "es", meta: `<p class="evento"><strong>Fecha del evento:</strong> 20 de marzo de 2024</p>`, fetched: time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC)},
	{name: "fr event only", lang: "fr", meta: `<p class="evenement">Date de l'événement : 20 mars 2024</p>`, fetched: time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC)},
	{name: "ru event only", lang: "ru", meta: `<p class="event">Дата проведения: 20 марта 2024</p>`, fetched: time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC)},
	{name: "de beginn only", lang: "de", meta: `<p class="event">Beginn: 20.03.2024, 19 Uhr</p>`, fetched: time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC)},
	{name: "en beginning", lang: "en", meta: `<p class="byline">Beginning March 3, 2024</p>`, pub: "2024-03-03"},
	// Chinese portals and blogs, Japanese and Korean papers.
	{name: "zh sina", lang: "zh", meta: `<div class="date-source"><span class="date">2024年03月03日 14:05</span><a class="source" href="/">新华网</a></div>`, pub: "2024-03-03"},
	{name: "zh sohu", lang: "zh", meta: `<div class="article-info"><span class="time" id="news-time">2024-03-03 14:05</span><span>来源: 新华网</span></div>`, pub: "2024-03-03"},
	{name: "zh 163", lang: "zh", meta: `<div class="post_info">2024-03-03 14:05:33　来源: <a href="/">新华网</a></div>`, pub: "2024-03-03"},
	{name: "zh people", lang: "zh", meta: `<div class="col-1-1">2024年03月03日14:05 | 来源：人民网－人民日报</div>`, pub: "2024-03-03"},
	{name: "zh gov trs", lang: "zh", path: "/xxgk/202403/t20240303_123456.html", meta: `<div class="pages-date">2024-03-03 14:05 来源： 新华社 <span class="font">【字体：大 中 小】</span></div>`, pub: "2024-03-03"},
	{name: "zh csdn", lang: "zh", top: `<div class="recommend">最新推荐文章于 2024-03-01 10:00:00 发布</div>`, meta: `<div class="bar-content"><a class="follow-nickName" href="/u">张三</a> <span class="time">已于 2024-03-04 09:10:00 修改</span></div>`, pub: "2024-03-04"}, // a Chinese page's lone update is its dateline (cjkLoneUpdate)
	{name: "zh csdn first", lang: "zh", meta: `<div class="bar-content"><a class="follow-nickName" href="/u">张三</a> <span class="time">于 2024-03-03 14:05:33 首次发布</span></div>`, pub: "2024-03-03"},
	{name: "zh fabu riqi", lang: "zh", meta: `<div class="info">发布日期：2024-03-03　浏览次数：123</div>`, pub: "2024-03-03"},
	{name: "zh shijian", lang: "zh", meta: `<div class="info">时间：2024-03-03 14:05　作者：张三</div>`, pub: "2024-03-03"},
	{name: "zh tw gengxin", lang: "zh-TW", meta: `<div class="info">發佈日期：2024-03-03　更新時間：2024/03/04 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "zh yearless url", lang: "zh", path: "/2024/0303/c1001-123456.html", meta: `<div class="info">03-03 14:05 来源：人民网</div>`, pub: "2024-03-03"},
	{name: "zh comments", lang: "zh", meta: `<div class="info">2024-03-03 14:05 来源：新华网</div>`, tail: `<div class="comments"><h3>网友评论</h3><div class="comment"><span class="user">网友</span><span class="time">2024-03-05 10:12</span><p>说得好</p></div></div>`, pub: "2024-03-03"},
	{name: "ja kokai", lang: "ja", meta: `<div class="date">2024年3月3日 14時05分 公開</div>`, pub: "2024-03-03"},
	{name: "ja dotted weekday", lang: "ja", meta: `<div class="date">2024.03.03 (日)</div>`, pub: "2024-03-03"},
	{name: "ja keisai", lang: "ja", meta: `<div class="date">掲載日: 2024/03/03</div>`, pub: "2024-03-03"},
	{name: "ja yahoo yearless", lang: "ja", path: "/articles/2024/03/03/abc", meta: `<div class="date">3/3(日) 14:05配信</div>`, pub: "2024-03-03"},
	{name: "ko nyeon", lang: "ko", meta: `<div class="info">2024년 3월 3일 14:05</div>`, pub: "2024-03-03"},
	{name: "ko seconds", lang: "ko", meta: `<div class="info">등록 2024.03.03 14:05:00 최종수정 2024-03-04 09:10:00</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ko joongang", lang: "ko", meta: `<div class="byline"><em>입력 2024.03.03 14:05</em><em>업데이트 2024.03.04 09:10</em></div>`, pub: "2024-03-03", mod: "2024-03-04"},
	// Written forms: capitals, eras, weekdays, abbreviations.
	{name: "he month word", lang: "he", meta: `<div class="meta">3 במרץ 2024</div>`, pub: "2024-03-03"},
	{name: "el capitals", lang: "el", meta: `<div class="meta">3 ΜΑΡΤΙΟΥ 2024</div>`, pub: "2024-03-03"},
	{name: "el abbr", lang: "el", meta: `<div class="meta">03 Μαρ 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "th era weekday", lang: "th", meta: `<div class="meta">วันอาทิตย์ที่ 3 มีนาคม พ.ศ. 2567</div>`, pub: "2024-03-03"},
	{name: "vi ngay weekday", lang: "vi", meta: `<div class="date">Chủ Nhật, ngày 03/03/2024 - 14:05</div>`, pub: "2024-03-03"},
	{name: "tr capitals", lang: "tr", meta: `<div class="date">03 MART 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "uk r", lang: "uk", meta: `<div class="meta">03 березня 2024 р.</div>`, pub: "2024-03-03"},
	{name: "pl abbr", lang: "pl", meta: `<div class="meta">3 mar 2024</div>`, pub: "2024-03-03"},
	{name: "cs spaced", lang: "cs", meta: `<div class="meta">3. 3. 2024</div>`, pub: "2024-03-03"},
	{name: "ro ora", lang: "ro", meta: `<div class="meta">3 martie 2024, ora 14:05</div>`, pub: "2024-03-03"},
	{name: "id dash", lang: "id", meta: `<div class="date">Minggu, 3 Maret 2024 - 14:05 WIB</div>`, pub: "2024-03-03"},
	{name: "hi devanagari month", lang: "hi", meta: `<div class="date">3 मार्च, 2024</div>`, pub: "2024-03-03"},
	{name: "ar pm", lang: "ar", meta: `<div class="meta">الأحد، 3 مارس 2024 02:05 م</div>`, pub: "2024-03-03"},
	{name: "es dotted", lang: "es", meta: `<p class="fecha">03.03.2024</p>`, pub: "2024-03-03"},
	{name: "fr dash time", lang: "fr", meta: `<p class="meta">03/03/2024 - 14:05</p>`, pub: "2024-03-03"},
	{name: "da weekday", lang: "da", meta: `<div class="meta">søndag 3. marts 2024</div>`, pub: "2024-03-03"},
	{name: "fi klo", lang: "fi", meta: `<div class="meta">3.3.2024 klo 14.05</div>`, pub: "2024-03-03"},
	{name: "hu dotted", lang: "hu", meta: `<div class="meta">2024.03.03. 14:05</div>`, pub: "2024-03-03"},
	{name: "es capitals", lang: "es", meta: `<p class="fecha">3 DE MARZO DE 2024</p>`, pub: "2024-03-03"},
	{name: "pt as h", lang: "pt", meta: `<p class="data">03/03/2024 às 14h05</p>`, pub: "2024-03-03"},
	{name: "de short weekday", lang: "de", meta: `<p class="meta">So., 03.03.2024</p>`, pub: "2024-03-03"},
	{name: "ar hijri only", lang: "ar", meta: `<div class="meta">الأحد 22 شعبان 1445</div>`, pub: ""},
	{name: "fa latin digits", lang: "fa", meta: `<div class="date">13 اسفند 1402</div>`, pub: "2024-03-03"},
	{name: "ko two-digit", lang: "ko", meta: `<div class="info">24.03.03 14:05</div>`, pub: "2024-03-03"},
	{name: "zh two-digit", lang: "zh", meta: `<div class="info">24-03-03 14:05 来源：新华网</div>`, pub: "2024-03-03"},
	{name: "ja reiwa", lang: "ja", meta: `<div class="date">令和6年3月3日</div>`, pub: "2024-03-03"},
	{name: "zh tw minguo", lang: "zh-TW", meta: `<div class="info">發布日期：113年3月3日</div>`, pub: "2024-03-03"},
	{name: "zh tw minguo slash", lang: "zh-TW", meta: `<div class="info">發布日期：113/03/03</div>`, pub: "2024-03-03"},
	// Structured data as CMSs and plugins write it.
	{name: "ld yoast graph", lang: "es", head: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://news.example/x#webpage","datePublished":"2024-03-03T13:05:00+00:00","dateModified":"2024-03-04T08:10:00+00:00"},{"@type":"Article","isPartOf":{"@id":"https://news.example/x#webpage"},"datePublished":"2024-03-03T13:05:00+00:00","dateModified":"2024-03-04T08:10:00+00:00","headline":"Headline of the story"}]}</script>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ld non-iso slash", lang: "fr", head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"03/03/2024 14:05","dateModified":"04/03/2024 09:10"}</script>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ld space time", lang: "zh", head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"2024-03-03 14:05:00"}</script>`, pub: "2024-03-03"},
	{name: "ld rfc1123", lang: "de", head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"Sun, 03 Mar 2024 14:05:00 +0100"}</script>`, pub: "2024-03-03"},
	{name: "ld unpadded", lang: "it", head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"2024-3-3T14:05:00+01:00"}</script>`, pub: "2024-03-03"},
	{name: "ld video upload", lang: "pt", head: ld45("2024-03-03T14:05:00-03:00", "") + `<script type="application/ld+json">{"@type":"VideoObject","name":"Vídeo","uploadDate":"2023-11-20T10:00:00-03:00"}</script>`, pub: "2024-03-03"},
	{name: "ld date created only", lang: "ru", head: `<script type="application/ld+json">{"@type":"Article","headline":"Headline of the story","dateCreated":"2024-03-03T14:05:00+03:00"}</script>`, pub: "2024-03-03"},
	{name: "ld array", lang: "nl", head: `<script type="application/ld+json">[{"@type":"BreadcrumbList","itemListElement":[]},{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"2024-03-03T14:05:00+01:00"}]</script>`, pub: "2024-03-03"},
	{name: "ld epoch", lang: "ko", head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"1709442300"}</script>`, pub: "2024-03-03"},
	{name: "meta pubdate compact", lang: "en", head: `<meta name="pubdate" content="20240303">`, pub: "2024-03-03"},
	{name: "meta sailthru", lang: "en", head: `<meta name="sailthru.date" content="2024-03-03 14:05:00">`, pub: "2024-03-03"},
	{name: "meta dc", lang: "de", head: `<meta name="DC.date.issued" content="2024-03-03">`, pub: "2024-03-03"},
	{name: "meta parsely", lang: "en", head: `<meta name="parsely-pub-date" content="2024-03-03T14:05:00Z">`, pub: "2024-03-03"},
	{name: "time datetime only", lang: "es", meta: `<time datetime="2024-03-03T14:05:00+01:00" class="entry-date published">hace 3 horas</time>`, fetched: fetched45, pub: "2024-03-03"},
	// Update-only pages: no publication, the update stated.
	{name: "de update only", lang: "de", meta: `<p class="meta">Aktualisiert am 04.03.2024, 09:10 Uhr</p>`, mod: "2024-03-04"},
	{name: "ar update only", lang: "ar", meta: `<div class="meta">آخر تحديث: 04 مارس 2024 - 09:10</div>`, mod: "2024-03-04"},
	{name: "ko update only", lang: "ko", meta: `<div class="info">수정 2024.03.04 09:10</div>`, mod: "2024-03-04"},
	{name: "id update only", lang: "id", meta: `<div class="date">Diperbarui Senin, 04 Mar 2024 09:10 WIB</div>`, mod: "2024-03-04"},
	{name: "ro update only", lang: "ro", meta: `<div class="meta">Actualizat: 04.03.2024 09:10</div>`, mod: "2024-03-04"},
	{name: "cs update only", lang: "cs", meta: `<div class="meta">Aktualizováno: 4. března 2024 9:10</div>`, mod: "2024-03-04"},
	{name: "sv update only", lang: "sv", meta: `<div class="meta">Uppdaterad 4 mars 2024 kl. 09.10</div>`, mod: "2024-03-04"},
	{name: "he update only", lang: "he", meta: `<div class="meta">עודכן: 04.03.24, 09:10</div>`, mod: "2024-03-04"},
	{name: "fa update only", lang: "fa", meta: `<div class="date">آخرین به‌روزرسانی: ۱۴ اسفند ۱۴۰۲</div>`, mod: "2024-03-04"},
	{name: "en update only", lang: "en", meta: `<p class="byline">By Jane Doe | Updated March 4, 2024 9:10 a.m. ET</p>`, mod: "2024-03-04"},
	{name: "tr update only", lang: "tr", meta: `<div class="date">Son Güncelleme: 04.03.2024 09:10</div>`, mod: "2024-03-04"},
	{name: "vi update only", lang: "vi", meta: `<div class="date">Cập nhật lúc 09:10 ngày 04/03/2024</div>`, mod: "2024-03-04"},
	{name: "hi update only", lang: "hi", meta: `<div class="date">अपडेट: 04 मार्च 2024</div>`, mod: "2024-03-04"},
	{name: "uk update lowercase", lang: "uk", meta: `<div class="meta">оновлено 4 березня 2024, 09:10</div>`, mod: "2024-03-04"},
	{name: "bg update only", lang: "bg", meta: `<div class="meta">Обновено: 04.03.2024 09:10</div>`, mod: "2024-03-04"},
	{name: "fi update only", lang: "fi", meta: `<div class="meta">Päivitetty 4.3.2024 9:10</div>`, mod: "2024-03-04"},
	{name: "hu update only", lang: "hu", meta: `<div class="meta">Frissítve: 2024.03.04. 09:10</div>`, mod: "2024-03-04"},
	{name: "el update only", lang: "el", meta: `<div class="meta">Ενημερώθηκε: 04.03.2024 09:10</div>`, mod: "2024-03-04"},
	{name: "th update only", lang: "th", meta: `<div class="meta">อัปเดต: 4 มี.ค. 2567 09:10 น.</div>`, mod: "2024-03-04"},
	// Boxes of other stories inside the story's text.
	{name: "pt leia tambem inline", lang: "pt", inBody: `<div class="leia-tambem"><strong>Leia também</strong><a href="/x">Outra notícia</a><span>01/03/2024 10h00</span></div>`, pub: ""},
	{name: "pt leia tambem inline dated foot", lang: "pt", inBody: `<div class="leia-tambem"><strong>Leia também</strong><a href="/x">Outra notícia</a><span>01/03/2024 10h00</span></div>`, tail: `<p class="data-pub">Publicado em 03/03/2024</p>`, pub: "2024-03-03"},
	{name: "es lee tambien dated story", lang: "es", meta: `<p class="fecha">3 de marzo de 2024</p>`, inBody: `<aside class="relacionada"><span class="antetitulo">Lee también</span><a href="/x">Otra noticia</a><time>1 de marzo de 2024</time></aside>`, pub: "2024-03-03"},
	{name: "de embedded tweet", lang: "de", meta: `<p class="meta">03.03.2024, 14:05 Uhr</p>`, inBody: `<blockquote class="twitter-tweet"><p>Großer Tag heute!</p>— Stadt (@stadt) <a href="https://twitter.com/stadt/status/1">1. März 2024</a></blockquote>`, pub: "2024-03-03"},
	{name: "en embedded tweet undated", lang: "en", inBody: `<blockquote class="twitter-tweet"><p>Big day today!</p>— City (@city) <a href="https://twitter.com/city/status/1">March 1, 2024</a></blockquote>`, pub: ""},
	{name: "fr quote with date", lang: "fr", meta: `<p class="meta">Publié le 3 mars 2024</p>`, inBody: `<p>Le décret du 12 février 2024 prévoit la mise en œuvre.</p>`, pub: "2024-03-03"},
	{name: "ru author box", lang: "ru", meta: `<div class="article-meta">3 марта 2024, 14:05</div>`, tail: `<div class="author-box"><b>Иван Петров</b><p>На сайте с 12 января 2019</p></div>`, pub: "2024-03-03"},
	// Sidebars after the story, the site's own dates.
	{name: "es wp sidebar recent", lang: "es", after: `<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Entradas recientes</h2><ul><li><a href="/a">Otra entrada</a><span class="post-date">8 de marzo de 2024</span></li><li><a href="/b">Otra más</a><span class="post-date">7 de marzo de 2024</span></li></ul></section></aside>`, pub: ""},
	{name: "de sidebar box unclassed", lang: "de", after: `<div class="box"><div class="box-title">Neueste Beiträge</div><a href="/a">Anderer Beitrag</a> <span>08.03.2024</span><br><a href="/b">Noch einer</a> <span>07.03.2024</span></div>`, pub: ""},
	{name: "fr archive widget", lang: "fr", meta: `<p class="meta">Publié le 3 mars 2024</p>`, after: `<div class="widget"><h3>Archives</h3><ul><li><a href="/2024/03">mars 2024</a></li><li><a href="/2024/02">février 2024</a></li></ul></div>`, pub: "2024-03-03"},
	{name: "es footer site update", lang: "es", meta: `<p class="fecha">3 de marzo de 2024</p>`, after: `<div class="pie">Última actualización del sitio: 09/03/2024</div>`, pub: "2024-03-03"},
	{name: "es cookie policy", lang: "es", meta: `<p class="fecha">3 de marzo de 2024</p>`, after: `<div class="cookie-banner">Política de privacidad actualizada el 1 de enero de 2024. <a href="/privacidad">Más información</a></div>`, pub: "2024-03-03"},
	{name: "de printed", lang: "de", meta: `<p class="meta">03.03.2024</p>`, after: `<div class="print-only">Gedruckt am 09.03.2024</div>`, pub: "2024-03-03"},
	{name: "ru sidebar news", lang: "ru", after: `<div class="sidebar"><div class="block-title">Последние новости</div><div class="news-item"><span class="time">8 марта 2024</span><a href="/n1">Другая новость</a></div><div class="news-item"><span class="time">7 марта 2024</span><a href="/n2">Ещё одна</a></div></div>`, pub: ""},
	{name: "pt sidebar after dated", lang: "pt", meta: `<p class="data">03/03/2024 14h05</p>`, after: `<div class="sidebar"><h3>Mais lidas</h3><ol><li><a href="/a">Outra</a> 08/03/2024</li></ol></div>`, pub: "2024-03-03"},
	{name: "en site last updated", lang: "en", meta: `<p class="byline">March 3, 2024</p>`, after: `<div class="bottom-note">Site last updated: March 9, 2024</div>`, pub: "2024-03-03"},
	{name: "fr site update", lang: "fr", meta: `<p class="meta">3 mars 2024</p>`, after: `<div class="bas">Dernière mise à jour du site : 09/03/2024</div>`, pub: "2024-03-03"},
	// Portals' datelines with the site's name or a story number before them.
	{name: "id kompas", lang: "id", meta: `<div class="read__time">Kompas.com - 03/03/2024, 14:05 WIB</div>`, pub: "2024-03-03"},
	{name: "vi gmt", lang: "vi", meta: `<div class="date">03/03/2024 14:05 GMT+7</div>`, pub: "2024-03-03"},
	{name: "fa story number", lang: "fa", meta: `<div class="date">کد خبر: 123456 | تاریخ: 1402/12/13</div>`, pub: "2024-03-03"},
	{name: "hi edited by updated", lang: "hi", meta: `<div class="date">Edited By: राहुल शर्मा | Updated: March 4, 2024 9:10 IST</div>`, mod: "2024-03-04"},
	{name: "ar city dateline", lang: "ar", meta: `<div class="meta">القاهرة - الأحد 03 مارس 2024 02:05 م</div>`, pub: "2024-03-03"},
	{name: "tr haber giris", lang: "tr", meta: `<div class="date">Haber Giriş: 03.03.2024 14:05 | Son Güncelleme: 04.03.2024 09:10</div>`, pub: "2024-03-03", mod: "2024-03-04"},
	{name: "ur month", lang: "ur", meta: `<div class="meta">3 مارچ 2024</div>`, pub: "2024-03-03"},
	{name: "bn digits", lang: "bn", meta: `<div class="meta">৩ মার্চ ২০২৪</div>`, pub: "2024-03-03"},
	{name: "ms month", lang: "ms", meta: `<div class="meta">3 Mac 2024</div>`, pub: "2024-03-03"},
	{name: "sw month", lang: "sw", meta: `<div class="meta">3 Machi 2024</div>`, pub: "2024-03-03"},
	{name: "ko reporter email", lang: "ko", meta: `<div class="byline">김철수 기자 kim@example.co.kr 2024.03.03 14:05</div>`, pub: "2024-03-03"},
	{name: "ja kyodo", lang: "ja", meta: `<div class="date">2024年03月03日 14時05分 共同通信</div>`, pub: "2024-03-03"},
}

var fetched45 = time.Date(2024, 3, 3, 18, 0, 0, 0, time.UTC)

// Probes45 counts the probe pages whose dates Extract gets right.
func TestProbes45(t *testing.T) {
	t.Logf("%d/%d probes right", datesRight(t, probeCases(probes45)...), len(probes45))
}

// relativeAgo reads the relative dates of the languages after the twenty
// most common in news, as CLDR's relative-time data writes them: the
// number before or after a word of "ago" ("před", "sedan", "sitten",
// "πριν", "לפני", "ที่แล้ว"), a unit that stands for one of itself
// ("před hodinou", "לפני שעה"), Thai's unit run into its "ago", and the
// words that stand in one without making it ("för", "από").
func TestRelativeAgoMoreLanguages(t *testing.T) {
	for _, c := range []struct {
		s    string
		want time.Duration
		ok   bool
	}{
		{"před 3 hodinami", 3 * time.Hour, true},
		{"před hodinou", time.Hour, true},
		{"před 2 dny", 48 * time.Hour, true},
		{"pred 5 minútami", 5 * time.Minute, true},
		{"för 3 timmar sedan", 3 * time.Hour, true},
		{"för 2 dagar sedan", 48 * time.Hour, true},
		{"for 3 timer siden", 3 * time.Hour, true},
		{"for 2 dager siden", 48 * time.Hour, true},
		{"3 tuntia sitten", 3 * time.Hour, true},
		{"tunti sitten", time.Hour, true},
		{"πριν από 3 ώρες", 3 * time.Hour, true},
		{"πριν 2 ημέρες", 48 * time.Hour, true},
		{"לפני 3 שעות", 3 * time.Hour, true},
		{"לפני שעה", time.Hour, true},
		{"לפני יומיים", 48 * time.Hour, true},
		{"3 ชั่วโมงที่แล้ว", 3 * time.Hour, true},
		{"5 นาที ที่แล้ว", 5 * time.Minute, true},
		{"преди 3 часа", 3 * time.Hour, true},
		{"prije 3 sata", 3 * time.Hour, true},
		{"пре 2 дана", 48 * time.Hour, true},
		{"fa 3 hores", 3 * time.Hour, true},
		// A filler alone makes no relative date.
		{"for 3 hours", 0, false},
		{"for 3 timer", 0, false},
		{"από 3 ώρες", 0, false},
	} {
		got, ok := relativeAgo(c.s)
		if ok != c.ok || got != c.want {
			t.Errorf("relativeAgo(%q) = %v, %v; want %v, %v", c.s, got, ok, c.want, c.ok)
		}
	}
}
