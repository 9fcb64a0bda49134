package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 77 (dates77): a meta line that holds both the
// publication and the update, each label before its own date, in the
// languages of issue 13.

var probe77DateFetched = time.Date(2025, 3, 20, 16, 0, 0, 0, time.UTC)

// probe77DateOneLine is the meta line of news templates in many
// languages: "Published: … | Updated: …" on one line.
var probe77DateOneLine = []page50{
	{name: "de stand after veröffentlicht", lang: "de", skel: skelPlain, meta: `<div class="meta">Veröffentlicht: 03.03.2025, 10:00 Uhr | Stand: 04.03.2025, 12:00 Uhr</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "de stand before erstellt", lang: "de", skel: skelPlain, meta: `<div class="meta">Stand: 04.03.2025, 12:00 Uhr | Erstellt: 03.03.2025, 10:00 Uhr</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "de erstellt aktualisiert", lang: "de", skel: skelPlain, meta: `<div class="meta">Erstellt: 03.03.2025, 10:00 Uhr Aktualisiert: 04.03.2025, 12:00 Uhr</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "de aktualisiert erstellt", lang: "de", skel: skelPlain, meta: `<div class="meta">Aktualisiert: 04.03.2025, 12:00 Uhr · Erstellt: 03.03.2025, 10:00 Uhr</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "de stand beside author alone", lang: "de", skel: skelPlain, meta: `<div class="meta">Von Anna Schmidt | Stand: 04.03.2025, 12:00 Uhr</div>`, pub: "2025-03-04"},
	{name: "de stand with ld beside veröffentlicht", lang: "de", skel: skelPlain, head: ld45("2025-03-03T10:00:00+01:00", ""), meta: `<div class="meta">Veröffentlicht am 03.03.2025 · Stand: 04.03.2025, 12:00 Uhr</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "fr publié mis à jour", lang: "fr", skel: skelPlain, meta: `<p class="meta">Publié le 3 mars 2025 à 10h00 Mis à jour le 4 mars 2025 à 12h00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "fr mis à jour publié", lang: "fr", skel: skelPlain, meta: `<p class="meta">Mis à jour le 04/03/2025 à 12h00, publié le 03/03/2025 à 10h00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "es publicado actualizado", lang: "es", skel: skelPlain, meta: `<p class="meta">Publicado el 3 de marzo de 2025, 10:00 Actualizado el 4 de marzo de 2025, 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "es actualizado publicado", lang: "es", skel: skelPlain, meta: `<p class="meta">Actualizado el 04/03/2025 12:00 | Publicado el 03/03/2025 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "it pubblicato aggiornato", lang: "it", skel: skelPlain, meta: `<p class="meta">Pubblicato il 3 marzo 2025 alle 10:00 - Aggiornato il 4 marzo 2025 alle 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "it aggiornato pubblicato", lang: "it", skel: skelPlain, meta: `<p class="meta">Aggiornato il 04/03/2025 alle 12:00 Pubblicato il 03/03/2025 alle 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "pt publicado atualizado", lang: "pt", skel: skelPlain, meta: `<p class="meta">Publicado em 03/03/2025 às 10h00 Atualizado em 04/03/2025 às 12h00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "pt atualizado publicado", lang: "pt", skel: skelPlain, meta: `<p class="meta">Atualizado em 04/03/2025 12h00 | Publicado em 03/03/2025 10h00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "nl gepubliceerd bijgewerkt", lang: "nl", skel: skelPlain, meta: `<p class="meta">Gepubliceerd: 3 maart 2025 10:00 Bijgewerkt: 4 maart 2025 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "nl bijgewerkt gepubliceerd", lang: "nl", skel: skelPlain, meta: `<p class="meta">Bijgewerkt op 04-03-2025 12:00 · Gepubliceerd op 03-03-2025 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "pl opublikowano aktualizacja", lang: "pl", skel: skelPlain, meta: `<p class="meta">Opublikowano: 03.03.2025, 10:00 Aktualizacja: 04.03.2025, 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "pl aktualizacja opublikowano", lang: "pl", skel: skelPlain, meta: `<p class="meta">Aktualizacja: 04.03.2025 12:00 | Opublikowano: 03.03.2025 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ru опубликовано обновлено", lang: "ru", skel: skelPlain, meta: `<p class="meta">Опубликовано: 03.03.2025 10:00 Обновлено: 04.03.2025 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ru обновлено опубликовано", lang: "ru", skel: skelPlain, meta: `<p class="meta">Обновлено 4 марта 2025, 12:00 | Опубликовано 3 марта 2025, 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "uk опубліковано оновлено", lang: "uk", skel: skelPlain, meta: `<p class="meta">Опубліковано: 03.03.2025 10:00 Оновлено: 04.03.2025 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "uk оновлено опубліковано", lang: "uk", skel: skelPlain, meta: `<p class="meta">Оновлено 4 березня 2025, 12:00 · Опубліковано 3 березня 2025, 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "tr yayınlanma güncelleme", lang: "tr", skel: skelPlain, meta: `<p class="meta">Yayınlanma: 03.03.2025 10:00 Güncelleme: 04.03.2025 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "tr güncelleme yayınlanma", lang: "tr", skel: skelPlain, meta: `<p class="meta">Güncelleme: 04.03.2025 - 12:00 | Yayınlanma: 03.03.2025 - 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "id diterbitkan diperbarui", lang: "id", skel: skelPlain, meta: `<p class="meta">Diterbitkan: 3 Maret 2025, 10:00 WIB Diperbarui: 4 Maret 2025, 12:00 WIB</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "id diperbarui diterbitkan", lang: "id", skel: skelPlain, meta: `<p class="meta">Diperbarui 04/03/2025, 12:00 WIB | Diterbitkan 03/03/2025, 10:00 WIB</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "vi đăng cập nhật", lang: "vi", skel: skelPlain, meta: `<p class="meta">Đăng lúc 10:00 03/03/2025 Cập nhật lúc 12:00 04/03/2025</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "vi cập nhật ngày", lang: "vi", skel: skelPlain, meta: `<p class="meta">Ngày đăng: 03/03/2025 | Cập nhật: 04/03/2025</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ro publicat actualizat", lang: "ro", skel: skelPlain, meta: `<p class="meta">Publicat: 03.03.2025, 10:00 Actualizat: 04.03.2025, 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ro actualizat publicat", lang: "ro", skel: skelPlain, meta: `<p class="meta">Actualizat: 04 martie 2025, 12:00 | Publicat: 03 martie 2025, 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "en published updated", lang: "en", skel: skelPlain, meta: `<p class="meta">Published March 3, 2025 10:00am Updated March 4, 2025 12:00pm</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "en updated published", lang: "en", skel: skelPlain, meta: `<p class="meta">Updated: Mar. 4, 2025, 12:00 p.m. | Published: Mar. 3, 2025, 10:00 a.m.</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ar نشر تحديث", lang: "ar", skel: skelPlain, meta: `<p class="meta">نشر في: 03/03/2025 10:00 آخر تحديث: 04/03/2025 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ar تحديث نشر", lang: "ar", skel: skelPlain, meta: `<p class="meta">آخر تحديث: 4 مارس 2025 - 12:00 | تاريخ النشر: 3 مارس 2025 - 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "fa انتشار بروزرسانی", lang: "fa", skel: skelPlain, meta: `<p class="meta">تاریخ انتشار: ۱۳ اسفند ۱۴۰۳ - ۱۰:۰۰ به‌روزرسانی: ۱۴ اسفند ۱۴۰۳ - ۱۲:۰۰</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "hi प्रकाशित अपडेट", lang: "hi", skel: skelPlain, meta: `<p class="meta">प्रकाशित: 03 मार्च 2025, 10:00 AM अपडेटेड: 04 मार्च 2025, 12:00 PM</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "hi अपडेट प्रकाशित", lang: "hi", skel: skelPlain, meta: `<p class="meta">अपडेट: 04 मार्च 2025, 12:00 PM | पब्लिश्ड: 03 मार्च 2025, 10:00 AM</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ko 입력 수정", lang: "ko", skel: skelPlain, meta: `<p class="meta">입력 2025.03.03 10:00 수정 2025.03.04 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ko 수정 입력", lang: "ko", skel: skelPlain, meta: `<p class="meta">업데이트 2025.03.04 12:00 | 기사입력 2025.03.03 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ja 公開 更新", lang: "ja", skel: skelPlain, meta: `<p class="meta">公開日：2025年3月3日 10:00 更新日：2025年3月4日 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "ja 更新 公開", lang: "ja", skel: skelPlain, meta: `<p class="meta">更新日：2025/03/04 12:00 公開日：2025/03/03 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "zh 发布 更新", lang: "zh", skel: skelPlain, meta: `<p class="meta">发布时间：2025-03-03 10:00 更新时间：2025-03-04 12:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "zh 更新 发布", lang: "zh", skel: skelPlain, meta: `<p class="meta">更新时间：2025-03-04 12:00 发布时间：2025-03-03 10:00</p>`, pub: "2025-03-03", mod: "2025-03-04"},
}

func TestDateProbe77OneLine(t *testing.T) {
	checkPages50(t, probe77DateOneLine, probe77DateFetched)
}

// probe77DateList is a list of other stories with no class that names
// it, each item a linked headline and its date, as hand-built sites and
// older templates close a story; heading is its title ("" for none),
// dated each item's date line, before: the date stands before the link.
func probe77DateList(heading string, before bool, dates ...string) string {
	s := `<div>`
	if heading != "" {
		s += `<h3>` + heading + `</h3>`
	}
	s += `<ul>`
	for i, d := range dates {
		link := `<a href="/news/other-story-` + string(rune('a'+i)) + `">Council approves the new plan for the city's buses and trams</a>`
		if before {
			s += `<li><span>` + d + `</span> ` + link + `</li>`
		} else {
			s += `<li>` + link + ` <span>` + d + `</span></li>`
		}
	}
	return s + `</ul></div>`
}

// probe77DateHeadings is a run of other stories set as a heading (tag)
// that links each story's headline and a date line (line) under it.
func probe77DateHeadings(tag, line string, dates ...string) string {
	s := ""
	for i, d := range dates {
		s += `<` + tag + `><a href="/news/other-story-` + string(rune('a'+i)) + `">Council approves the new plan for the city's buses and trams</a></` + tag + `><` + line + `>` + d + `</` + line + `>`
	}
	return s
}

// probe77DateShort is a short story: its headline and two paragraphs.
const probe77DateShort = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="utf-8"><title>Headline of the story | Site</title>{HEAD}</head><body>` +
	`<header><a href="/">Site</a><nav><a href="/">Home</a> <a href="/news">News</a></nav>{TOP}</header>` +
	`<div id="content"><h1>Headline of the story</h1>{META}<p>The council met on Tuesday evening and agreed to the plan for the city's buses after a long debate.</p>` +
	`<p>The plan now goes to the mayor, who is expected to sign it next week.</p>{TAIL}</div>` +
	`<div id="side">{RAIL}</div><footer><p>© 2025 Site</p></footer></body></html>`

// probe77DateRelated are short stories that show no date of their own
// over a list of other stories with theirs: the list's dates are the
// other stories', and the page has none.
var probe77DateRelated = []page50{
	{name: "unnamed list after", lang: "en", skel: probe77DateShort, tail: probe77DateList("", false, "March 9, 2025", "March 8, 2025", "March 7, 2025")},
	{name: "unnamed list dates first", lang: "en", skel: probe77DateShort, tail: probe77DateList("", true, "09.03.2025", "08.03.2025", "07.03.2025")},
	{name: "unnamed list one item", lang: "en", skel: probe77DateShort, tail: probe77DateList("", false, "March 9, 2025")},
	{name: "see also list", lang: "en", skel: probe77DateShort, tail: probe77DateList("See also", false, "March 9, 2025", "March 8, 2025")},
	{name: "de list", lang: "de", skel: probe77DateShort, tail: probe77DateList("Mehr zum Thema", true, "09.03.2025", "08.03.2025", "07.03.2025")},
	{name: "fr list", lang: "fr", skel: probe77DateShort, tail: probe77DateList("À lire aussi", false, "9 mars 2025", "8 mars 2025")},
	{name: "es list", lang: "es", skel: probe77DateShort, tail: probe77DateList("Te puede interesar", false, "9 de marzo de 2025", "8 de marzo de 2025")},
	{name: "id list", lang: "id", skel: probe77DateShort, tail: probe77DateList("Baca Juga", false, "9 Maret 2025", "8 Maret 2025")},
	{name: "vi list", lang: "vi", skel: probe77DateShort, tail: probe77DateList("Tin liên quan", false, "09/03/2025", "08/03/2025")},
	{name: "unnamed list in rail", lang: "en", skel: probe77DateShort, rail: probe77DateList("", false, "March 9, 2025", "March 8, 2025", "March 7, 2025")},
	{name: "headings and date lines", lang: "en", skel: probe77DateShort, tail: `<div>` + probe77DateHeadings("h4", "span", "March 9, 2025", "March 8, 2025") + `</div>`},
	{name: "headings and date lines de", lang: "de", skel: probe77DateShort, tail: `<div><h3>Mehr zum Thema</h3>` + probe77DateHeadings("h4", "p", "09.03.2025", "08.03.2025", "07.03.2025") + `</div>`},
	{name: "headings and date lines ja", lang: "ja", skel: probe77DateShort, tail: `<div><h5><a href="/news/a">市議会が市内バスの新しい計画を承認</a></h5><p>2025年3月9日</p><h5><a href="/news/b">市長が長い協議の末に予算案に署名</a></h5><p>2025年3月8日</p></div>`},
	{name: "one heading and date line kept", lang: "en", skel: probe77DateShort, meta: `<h2><a href="/news/headline-of-the-story">Council approves the new plan for the city's buses</a></h2><p>March 5, 2025</p>`, pub: "2025-03-05"},
	{name: "numeric dates in linked headlines", lang: "en", skel: probe77DateShort, tail: `<ul><li><a href="/news/other-a">Council approves the new plan 09.03.2025</a></li><li><a href="/news/other-b">Mayor signs the budget 08.03.2025</a></li></ul>`},
	{name: "previous story row", lang: "en", skel: probe77DateShort, tail: `<div class="nav-links"><div>Previous</div><a href="/news/other-a">Council approves the new plan for the city's buses</a><div>March 9, 2025</div></div>`},
	{name: "own date kept over list", lang: "en", skel: probe77DateShort, meta: `<p class="date">March 5, 2025</p>`, tail: probe77DateList("", false, "March 9, 2025", "March 8, 2025"), pub: "2025-03-05"},
	{name: "own byline date kept over list", lang: "en", skel: probe77DateShort, meta: `<p>By Jane Doe, March 5, 2025</p>`, tail: probe77DateList("", true, "March 9, 2025", "March 8, 2025"), pub: "2025-03-05"},
	{name: "date under text kept", lang: "en", skel: probe77DateShort, tail: `<p>March 5, 2025</p>` + probe77DateList("", false, "March 9, 2025", "March 8, 2025"), pub: "2025-03-05"},
}

func TestDateProbe77Related(t *testing.T) {
	checkPages50(t, probe77DateRelated, probe77DateFetched)
}

// probe77P and probe77M are the publication and the update of the
// probes below.
const probe77P, probe77M = "2025-03-03", "2025-03-04"

// probe77DateLanguages are the byline and dateline layouts of news sites
// in the languages issue 13 covers least (ar, fa, hi, uk, ro, vi, id, ko,
// ja): labels before and after their dates, on one line or one a line,
// the update first or last, without its year.
var probe77DateLanguages = []page50{
	{name: "ar byline date", lang: "ar", skel: skelPlain, meta: `<div class="byline">كتب: أحمد علي</div><div class="date">الإثنين 03 مارس 2025 - 10:00 ص</div>`, pub: probe77P},
	{name: "ar نشر بتاريخ", lang: "ar", skel: skelPlain, meta: `<div class="meta"><span>نشر بتاريخ: 03/03/2025</span> <span>آخر تحديث: 04/03/2025</span></div>`, pub: probe77P, mod: probe77M},
	{name: "ar أخر تحديث hamza", lang: "ar", skel: skelPlain, meta: `<div class="meta">نُشر في 3 مارس 2025 | أخر تحديث: 4 مارس 2025</div>`, pub: probe77P, mod: probe77M},
	{name: "ar levant months", lang: "ar", skel: skelPlain, meta: `<div class="meta">تاريخ النشر: 3 آذار 2025 - آخر تحديث: 4 آذار 2025</div>`, pub: probe77P, mod: probe77M},
	{name: "ar maghreb months", lang: "ar", skel: skelPlain, meta: `<div class="meta">نشر في: 3 مارس 2025 على الساعة 10:00</div>`, pub: probe77P},
	{name: "ar date first label after", lang: "ar", skel: skelPlain, meta: `<div class="meta"><time>2025/03/03</time> نشر</div>`, pub: probe77P},
	{name: "ar separate elems", lang: "ar", skel: skelPlain, meta: `<ul class="meta"><li><span>تاريخ النشر</span><span>03/03/2025</span></li><li><span>آخر تحديث</span><span>04/03/2025</span></li></ul>`, pub: probe77P, mod: probe77M},
	{name: "fa tasnim", lang: "fa", skel: skelPlain, meta: `<div class="meta">۱۴ اسفند ۱۴۰۳ - ۱۲:۰۰</div><div class="meta">تاریخ انتشار: ۱۳ اسفند ۱۴۰۳ - ۱۰:۰۰</div>`, pub: probe77P},
	{name: "fa کد خبر", lang: "fa", skel: skelPlain, meta: `<div class="meta">کد خبر: ۱۲۳۴۵۶ | تاریخ انتشار: ۱۳ اسفند ۱۴۰۳ | ۱۰:۰۰</div>`, pub: probe77P},
	{name: "fa gregorian", lang: "fa", skel: skelPlain, meta: `<div class="meta">منتشر شده در ۳ مارس ۲۰۲۵</div>`, pub: probe77P},
	{name: "fa weekday", lang: "fa", skel: skelPlain, meta: `<div class="meta">دوشنبه ۱۳ اسفند ۱۴۰۳ ساعت ۱۰:۰۰</div>`, pub: probe77P},
	{name: "fa separate", lang: "fa", skel: skelPlain, meta: `<ul class="meta"><li><span>تاریخ انتشار:</span><span>۱۳ اسفند ۱۴۰۳</span></li><li><span>آخرین بروزرسانی:</span><span>۱۴ اسفند ۱۴۰۳</span></li></ul>`, pub: probe77P, mod: probe77M},
	{name: "hi updated", lang: "hi", skel: skelPlain, meta: `<div class="meta">अपडेटेड Tue, 04 Mar 2025 12:00 PM (IST)</div><div class="meta">पब्लिश्ड: सोम, 03 मार्च 2025</div>`, pub: probe77P, mod: probe77M},
	{name: "hi प्रकाशित तिथि", lang: "hi", skel: skelPlain, meta: `<div class="meta">प्रकाशित तिथि: 03 मार्च 2025</div>`, pub: probe77P},
	{name: "hi लेखक", lang: "hi", skel: skelPlain, meta: `<div class="meta">लेखक: राहुल शर्मा | 03 मार्च 2025, 10:00 AM</div>`, pub: probe77P},
	{name: "hi devanagari digits", lang: "hi", skel: skelPlain, meta: `<div class="meta">प्रकाशित: ०३ मार्च २०२५</div>`, pub: probe77P},
	{name: "hi अंतिम अपडेट", lang: "hi", skel: skelPlain, meta: `<div class="meta">प्रकाशित: 03 मार्च 2025 अंतिम अपडेट: 04 मार्च 2025</div>`, pub: probe77P, mod: probe77M},
	{name: "uk byline", lang: "uk", skel: skelPlain, meta: `<div class="meta">Автор: Іван Петренко, 3 березня 2025, 10:00</div>`, pub: probe77P},
	{name: "uk genitive weekday", lang: "uk", skel: skelPlain, meta: `<div class="meta">Понеділок, 3 березня 2025, 10:00</div>`, pub: probe77P},
	{name: "uk дата публікації", lang: "uk", skel: skelPlain, meta: `<div class="meta">Дата публікації: 03.03.2025 10:00 Дата оновлення: 04.03.2025 12:00</div>`, pub: probe77P, mod: probe77M},
	{name: "uk сьогодні", lang: "uk", skel: skelPlain, meta: `<div class="meta">3 березня 2025 р., 10:00</div>`, pub: probe77P},
	{name: "ro data publicarii", lang: "ro", skel: skelPlain, meta: `<div class="meta">Data publicării: 03.03.2025, 10:00 Data actualizării: 04.03.2025, 12:00</div>`, pub: probe77P, mod: probe77M},
	{name: "ro de", lang: "ro", skel: skelPlain, meta: `<div class="meta">de Ion Popescu | 3 martie 2025, 10:00</div>`, pub: probe77P},
	{name: "ro luni", lang: "ro", skel: skelPlain, meta: `<div class="meta">Luni, 3 Martie 2025, 10:00 | Actualizat: Marți, 4 Martie 2025, 12:00</div>`, pub: probe77P, mod: probe77M},
	{name: "ro postat", lang: "ro", skel: skelPlain, meta: `<div class="meta">Postat la: 03.03.2025 10:00 | Modificat la: 04.03.2025 12:00</div>`, pub: probe77P, mod: probe77M},
	{name: "vi weekday", lang: "vi", skel: skelPlain, meta: `<div class="meta">Thứ hai, 3/3/2025, 10:00 (GMT+7)</div>`, pub: probe77P},
	{name: "vi ngày", lang: "vi", skel: skelPlain, meta: `<div class="meta">Ngày 03 tháng 03 năm 2025</div>`, pub: probe77P},
	{name: "vi thứ hai ngày", lang: "vi", skel: skelPlain, meta: `<div class="meta">10:00 - Thứ Hai, 03/03/2025</div>`, pub: probe77P},
	{name: "vi cập nhật lúc", lang: "vi", skel: skelPlain, meta: `<div class="meta">03/03/2025 10:00 GMT+7</div><div class="meta">Cập nhật lúc: 12:00 04/03/2025</div>`, pub: probe77P, mod: probe77M},
	{name: "id weekday", lang: "id", skel: skelPlain, meta: `<div class="meta">Senin, 03 Mar 2025 10:00 WIB</div>`, pub: probe77P},
	{name: "id penulis", lang: "id", skel: skelPlain, meta: `<div class="meta">Penulis: Budi Santoso | Editor: Ani | Senin, 3 Maret 2025 | 10:00 WIB</div>`, pub: probe77P},
	{name: "id dipublikasikan", lang: "id", skel: skelPlain, meta: `<div class="meta">Dipublikasikan: 03/03/2025 10:00 WIB</div>`, pub: probe77P},
	{name: "id terbit", lang: "id", skel: skelPlain, meta: `<div class="meta">Terbit: Senin, 3 Maret 2025 10:00 WIB, Diperbarui: Selasa, 4 Maret 2025 12:00 WIB</div>`, pub: probe77P, mod: probe77M},
	{name: "id agustus", lang: "id", skel: skelPlain, meta: `<div class="meta">Kamis, 14 Agu 2025 10:00 WIB</div>`, fetched: probe77DateFetched.AddDate(0, 6, 0), pub: "2025-08-14"},
	{name: "ko 기자 입력", lang: "ko", skel: skelPlain, meta: `<div class="meta">홍길동 기자 입력 2025. 3. 3. 10:00 수정 2025. 3. 4. 12:00</div>`, pub: probe77P, mod: probe77M},
	{name: "ko 등록", lang: "ko", skel: skelPlain, meta: `<div class="meta">등록 2025-03-03 10:00:00 수정 2025-03-04 12:00:00</div>`, pub: probe77P, mod: probe77M},
	{name: "ko 승인", lang: "ko", skel: skelPlain, meta: `<div class="meta">승인 2025.03.03 10:00</div>`, pub: probe77P},
	{name: "ko 게재", lang: "ko", skel: skelPlain, meta: `<div class="meta">게재 2025-03-03 10:00 | 업데이트 2025-03-04 12:00</div>`, pub: probe77P, mod: probe77M},
	{name: "ko 발행일", lang: "ko", skel: skelPlain, meta: `<div class="meta">발행일 : 2025-03-03 10:00</div>`, pub: probe77P},
	{name: "ko 오전", lang: "ko", skel: skelPlain, meta: `<div class="meta">2025년 3월 3일 오전 10:00</div>`, pub: probe77P},
	{name: "ja 配信", lang: "ja", skel: skelPlain, meta: `<div class="meta">3/3(月) 10:00配信</div>`, pub: probe77P},
	{name: "ja 掲載", lang: "ja", skel: skelPlain, meta: `<div class="meta">2025年3月3日 10時00分 掲載</div>`, pub: probe77P},
	{name: "ja 最終更新", lang: "ja", skel: skelPlain, meta: `<div class="meta">2025年3月3日 10時00分 (最終更新 3月4日 12時00分)</div>`, pub: probe77P, mod: probe77M},
	{name: "ja 投稿日", lang: "ja", skel: skelPlain, meta: `<div class="meta">投稿日：2025年3月3日 最終更新日：2025年3月4日</div>`, pub: probe77P, mod: probe77M},
	{name: "ja reiwa", lang: "ja", skel: skelPlain, meta: `<div class="meta">令和7年3月3日</div>`, pub: probe77P},
	{name: "ja 更新 first", lang: "ja", skel: skelPlain, meta: `<div class="meta">2025.03.04 更新</div><div class="meta">2025.03.03 公開</div>`, pub: probe77P, mod: probe77M},
	{name: "ro modificat la", lang: "ro", skel: skelPlain, meta: `<div class="meta">Postat la: 03.03.2025 10:00 | Modificat la: 04.03.2025 12:00</div>`, pub: probe77P, mod: probe77M},
	{name: "ko 수정 first", lang: "ko", skel: skelPlain, meta: `<div class="meta">2025.03.04 12:00 수정</div><div class="meta">2025.03.03 10:00 입력</div>`, pub: probe77P, mod: probe77M},
	{name: "ja 更新 then 配信", lang: "ja", skel: skelPlain, meta: `<div class="meta">2025/03/04 12:00 更新</div><div class="meta">2025/03/03 10:00 配信</div>`, pub: probe77P, mod: probe77M},
	{name: "ja 更新 then teaser", lang: "ja", skel: skelPlain, meta: `<div class="meta">2025/03/04 12:00 更新</div>`, tail: `<ul><li><a href="/x">別の記事の見出しがここに入ります長い見出し</a> 2025/03/01 公開</li><li><a href="/y">別の記事の見出しがここに入ります長い見出し二</a> 2025/03/02 公開</li></ul>`, mod: probe77M},
}

func TestDateProbe77Languages(t *testing.T) {
	checkPages50(t, probe77DateLanguages, probe77DateFetched)
}

// probe77DateUpdateFirst are meta blocks that print the update first, a
// label before it, and the publication on the next line, unlabelled.
var probe77DateUpdateFirst = []page50{
	{name: "ar hijri beside", lang: "ar", skel: skelPlain, meta: `<div class="meta">الإثنين 3 رمضان 1446 هـ - 3 مارس 2025</div>`, pub: probe77P},
	{name: "fa update first", lang: "fa", skel: skelPlain, meta: `<div class="meta">آخرین بروزرسانی: ۱۴ اسفند ۱۴۰۳</div><div class="meta">تاریخ انتشار: ۱۳ اسفند ۱۴۰۳</div>`, pub: probe77P, mod: probe77M},
	{name: "uk оновлено first lines", lang: "uk", skel: skelPlain, meta: `<div class="meta">Оновлено: 04.03.2025, 12:00</div><div class="meta">03.03.2025, 10:00</div>`, pub: probe77P, mod: probe77M},
	{name: "vi update first", lang: "vi", skel: skelPlain, meta: `<div class="meta">Cập nhật: 04/03/2025 12:00</div><div class="meta">03/03/2025 10:00</div>`, pub: probe77P, mod: probe77M},
	{name: "id update first", lang: "id", skel: skelPlain, meta: `<div class="meta">Diperbarui 04 Mar 2025, 12:00 WIB</div><div class="meta">Senin, 03 Mar 2025 10:00 WIB</div>`, pub: probe77P, mod: probe77M},
	{name: "ko 수정 first label", lang: "ko", skel: skelPlain, meta: `<div class="meta">수정 2025-03-04 12:00</div><div class="meta">2025-03-03 10:00</div>`, pub: probe77P, mod: probe77M},
	{name: "hi update first", lang: "hi", skel: skelPlain, meta: `<div class="meta">अपडेटेड: 04 मार्च 2025</div><div class="meta">03 मार्च 2025</div>`, pub: probe77P, mod: probe77M},
	{name: "ro update first", lang: "ro", skel: skelPlain, meta: `<div class="meta">Actualizat: 04.03.2025 12:00</div><div class="meta">03.03.2025 10:00</div>`, pub: probe77P, mod: probe77M},
	{name: "en update first", lang: "en", skel: skelPlain, meta: `<div class="meta">Updated: March 4, 2025</div><div class="meta">March 3, 2025</div>`, pub: probe77P, mod: probe77M},
	{name: "en update then card", lang: "en", skel: skelPlain, meta: `<div class="meta">Updated: March 4, 2025</div>`, inBody: `<div class="card"><a href="/news/other"><img src="/a.jpg"></a><p>March 1, 2025</p></div>`, mod: probe77M},
	{name: "en update then later line", lang: "en", skel: skelPlain, meta: `<div class="meta">Updated: March 4, 2025</div><div class="meta">March 5, 2025</div>`, mod: probe77M},
}

func TestDateProbe77UpdateFirst(t *testing.T) {
	checkPages50(t, probe77DateUpdateFirst, probe77DateFetched)
}
