package extractor

import (
	"cmp"
	"strings"
	"testing"
	"time"
)

// Probe pages of the thirty-sixth session (dates48): news pages in many
// languages in layouts dates45 did not lay out: the datelines of German
// regional portals, of French, Italian, Spanish, Dutch, Polish, Russian,
// Turkish, Japanese and Korean papers as they print them; a relative
// visible date beside a machine-readable one; a date only in the URL's
// path; lists of other stories near the headline; comments; notes of an
// earlier publication; update-only pages; Thai digits.

var fetched48 = time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)

var probes48 = []probe45{
	// German regional portals.
	{name: "de ippen stand", lang: "de", meta: `<div class="id-Story-timestamp"><span class="id-DateTime-label">Stand:</span> <time datetime="2024-03-05T10:15:00+01:00">05.03.2024, 10:15 Uhr</time></div><p class="id-Story-authors">Von <a href="/autor/hans">Hans Müller</a></p>`, pub: "2024-03-05"},
	{name: "de erstellt aktualisiert spans", lang: "de", meta: `<div class="article-dates"><span class="created"><i class="icon-clock"></i> Erstellt: 03.03.2024, 14:05 Uhr</span> <span class="updated">Aktualisiert: 05.03.2024, 10:15 Uhr</span></div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "de zuletzt aktualisiert am", lang: "de", meta: `<p class="meta">Veröffentlicht am 03.03.2024 um 14:05 Uhr, zuletzt aktualisiert am 05.03.2024 um 10:15 Uhr</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "de datum lesezeit", lang: "de", meta: `<p class="meta">03. März 2024 | 14:05 Uhr | Lesezeit: 3 Min.</p>`, pub: "2024-03-03"},
	{name: "de aktualisiert only dash", lang: "de", meta: `<p class="meta">aktualisiert am 05.03.24 – 10:15 Uhr</p>`, mod: "2024-03-05"},
	{name: "de stand relative ld", lang: "de", head: ld45("2024-03-03T14:05:00+01:00", "2024-03-05T10:15:00+01:00"), meta: `<p class="meta">Stand: vor 3 Stunden</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "de vor stunden time datetime", lang: "de", meta: `<p class="meta"><time datetime="2024-03-03T14:05:00+01:00">vor 3 Stunden</time></p>`, pub: "2024-03-03"},
	{name: "de datum label weekday", lang: "de", meta: `<p class="meta">Datum: Sonntag, 03.03.2024</p>`, pub: "2024-03-03"},
	// French.
	{name: "fr aujourd'hui modifie", lang: "fr", meta: `<p class="meta__date">Publié aujourd’hui à 10h15, modifié à 11h30</p>`, fetched: time.Date(2024, 3, 5, 18, 0, 0, 0, time.UTC), pub: "2024-03-05"},
	{name: "fr publie hier", lang: "fr", meta: `<p class="meta__date">Publié hier à 14h05</p>`, fetched: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "fr le monde", lang: "fr", meta: `<p class="meta__date">Publié le 03 mars 2024 à 14h05, modifié le 05 mars 2024 à 10h15</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "fr 20 minutes", lang: "fr", meta: `<div class="datetime">Publié le 03/03/24 à 14h05 — Mis à jour le 05/03/24 à 10h15</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "fr le parisien", lang: "fr", meta: `<div class="timestamp">Le 3 mars 2024 à 14h05, modifié le 5 mars 2024 à 10h15</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "fr modifie only", lang: "fr", meta: `<p class="meta">Modifié le 05/03/2024 à 10h15</p>`, mod: "2024-03-05"},
	{name: "fr il y a time datetime", lang: "fr", meta: `<p class="meta">Publié <time datetime="2024-03-03T14:05:00+01:00">il y a 2 heures</time></p>`, pub: "2024-03-03"},
	{name: "fr 1er", lang: "fr", meta: `<p class="meta">Publié le 1er mars 2024 à 14h05</p>`, pub: "2024-03-01"},
	{name: "fr premiere publication alone", lang: "fr", tail: `<p class="note"><em>Cet article a été publié pour la première fois le 1er mars 2024.</em></p>`, pub: "2024-03-01"},
	// Italian.
	{name: "it repubblica caps", lang: "it", meta: `<p class="story__date">03 MARZO 2024 ALLE 14:05</p>`, pub: "2024-03-03"},
	{name: "it corriere modifica", lang: "it", meta: `<p class="article-date">3 marzo 2024 (modifica il 5 marzo 2024 | 10:15)</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "it ansa run-on", lang: "it", meta: `<div class="news-date"><time>03 marzo 2024, 14:05</time> NEWS</div>`, pub: "2024-03-03"},
	{name: "it pubblicato il colon", lang: "it", meta: `<p class="data">Pubblicato il: 03/03/2024 14:05</p>`, pub: "2024-03-03"},
	{name: "it aggiornato alle time only", lang: "it", meta: `<p class="data">3 marzo 2024 - Aggiornato alle 16:20</p>`, pub: "2024-03-03"},
	// Spanish.
	{name: "es el pais", lang: "es", meta: `<div class="a_md_f"><a href="/hemeroteca/2024-03-03/">03 mar 2024 - 14:05 CET</a><span>Actualizado: 05 mar 2024 - 10:15 CET</span></div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "es el mundo", lang: "es", meta: `<div class="ue-c-article__publishedDate"><time datetime="2024-03-03T13:05:00Z">Domingo, 3 marzo 2024 - 14:05</time></div>`, pub: "2024-03-03"},
	{name: "es infobae actualizado a las", lang: "es", meta: `<p class="fecha">3 de marzo de 2024 · Actualizado el 5 de marzo de 2024 a las 10:15h</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "es hace time datetime stale", lang: "es", meta: `<p class="fecha"><time datetime="2024-03-03T14:05:00+01:00">hace 3 horas</time></p>`, pub: "2024-03-03"},
	// Portuguese.
	{name: "pt publico", lang: "pt-PT", meta: `<p class="data">3 de Março de 2024, 14:05</p>`, pub: "2024-03-03"},
	{name: "pt atualizada em", lang: "pt", meta: `<p class="data">03/03/2024 14h05 Atualizada em 05/03/2024 10h15</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "pt observador", lang: "pt-PT", meta: `<p class="data">3 mar. 2024, 14:05</p>`, pub: "2024-03-03"},
	// Dutch.
	{name: "nl nos aangepast yearless", lang: "nl", meta: `<p class="meta">zondag 3 maart 2024, 14:05 · Aangepast dinsdag 5 maart, 10:15</p>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "nl vandaag", lang: "nl", meta: `<p class="meta">Vandaag, 14:05</p>`, fetched: time.Date(2024, 3, 3, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "nl gewijzigd only", lang: "nl", meta: `<p class="meta">Gewijzigd op 5 maart 2024</p>`, mod: "2024-03-05"},
	// Polish.
	{name: "pl data publikacji", lang: "pl", meta: `<div class="meta">Data publikacji: 03.03.2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "pl data dodania aktualizacja", lang: "pl", meta: `<div class="meta">Data dodania: 3 marca 2024, 14:05 | Aktualizacja: 5 marca 2024, 10:15</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "pl wczoraj", lang: "pl", meta: `<div class="meta">wczoraj, 14:05</div>`, fetched: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	// Russian.
	{name: "ru lenta time first", lang: "ru", meta: `<div class="topic-header__time">14:05, 3 марта 2024</div>`, pub: "2024-03-03"},
	{name: "ru rbc yearless abbr", lang: "ru", path: "/politics/03/03/2024/65e4a1b29a79476b0c0f2c11", meta: `<div class="article__header__date">03 мар, 14:05</div>`, pub: "2024-03-03"},
	{name: "ru data publikacii", lang: "ru", meta: `<div class="article-meta">Дата публикации: 03.03.2024</div>`, pub: "2024-03-03"},
	// Turkish.
	{name: "tr olusturulma", lang: "tr", meta: `<div class="date">Oluşturulma Tarihi: 03 Mart 2024 14:05</div>`, pub: "2024-03-03"},
	{name: "tr yayinlanma tarihi guncellenme", lang: "tr", meta: `<div class="date">Yayınlanma Tarihi: 03.03.2024 14:05 - Güncellenme Tarihi: 05.03.2024 10:15</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "tr hurriyet dash", lang: "tr", meta: `<div class="date">03.03.2024 - 14:05 Güncelleme: 05.03.2024 - 10:15</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	// Japanese.
	{name: "ja yahoo haishin yearless", lang: "ja", meta: `<div class="date">3/3(日) 14:05配信</div>`, fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "ja nhk jifun", lang: "ja", meta: `<p class="content--date"><time datetime="2024-03-03T14:05">2024年3月3日 14時05分</time></p>`, pub: "2024-03-03"},
	{name: "ja slash koushin only", lang: "ja", meta: `<div class="date">2024/03/05 10:15 更新</div>`, mod: "2024-03-05"},
	{name: "ja haishin koushin", lang: "ja", meta: `<div class="date">2024年3月3日 14時05分配信（2024年3月5日 10時15分更新）</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "ja toukou", lang: "ja", meta: `<div class="date">投稿日時：2024/03/03 14:05</div>`, pub: "2024-03-03"},
	// Korean.
	{name: "ko chosun update", lang: "ko", meta: `<div class="info">입력 2024.03.03. 14:05 업데이트 2024.03.05. 10:15</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "ko dash seconds", lang: "ko", meta: `<div class="info">입력 2024-03-03 14:05:00 수정 2024-03-05 10:15:00</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "ko balhaengil", lang: "ko", meta: `<div class="info">발행일 2024-03-03 14:05</div>`, pub: "2024-03-03"},
	{name: "ko update only", lang: "ko", meta: `<div class="info">업데이트 2024.03.05 10:15</div>`, mod: "2024-03-05"},
	// Arabic.
	{name: "ar aljazeera double month", lang: "ar", meta: `<div class="date">3/3/2024</div><div class="meta">نشر في 3 مارس/آذار 2024</div>`, pub: "2024-03-03"},
	{name: "ar last update mecca", lang: "ar", meta: `<div class="meta">آخر تحديث: 5/3/2024 10:15 (توقيت مكة)</div>`, mod: "2024-03-05"},
	{name: "ar tarikh al-nashr long", lang: "ar", meta: `<div class="meta">تاريخ النشر: الأحد 3 مارس 2024 - 14:05</div>`, pub: "2024-03-03"},
	// Indonesian.
	{name: "id tribun", lang: "id", meta: `<div class="date">Minggu, 3 Maret 2024 14:05 WIB</div><div class="editor">Penulis: Budi | Editor: Andi</div>`, pub: "2024-03-03"},
	{name: "id diposting", lang: "id", meta: `<div class="date">Diposting: 03/03/2024, 14:05 WIB</div>`, pub: "2024-03-03"},
	{name: "id lalu time datetime", lang: "id", meta: `<div class="date"><time datetime="2024-03-03T14:05:00+07:00">3 jam lalu</time></div>`, pub: "2024-03-03"},
	// Vietnamese.
	{name: "vi dantri", lang: "vi", meta: `<div class="date">Chủ nhật, 03/03/2024 - 14:05</div>`, pub: "2024-03-03"},
	{name: "vi thu hai ngay", lang: "vi", meta: `<div class="date">Thứ hai, ngày 04/03/2024 09:10 AM (GMT+7)</div>`, pub: "2024-03-04"},
	// English relative beside a datetime, days after.
	{name: "en ago time datetime", lang: "en", meta: `<p class="byline">By Jane Doe · <time datetime="2024-03-03T14:05:00Z">2 hours ago</time></p>`, pub: "2024-03-03"},
	// A date only in the URL's path.
	{name: "url compact", lang: "de", path: "/politik/20240303-stadtrat-beschliesst.html", pub: "2024-03-03"},
	{name: "url dashed", lang: "fr", path: "/actualite/2024-03-03/le-conseil-vote", pub: "2024-03-03"},
	{name: "url article_ compact", lang: "ja", path: "/articles/ASS3312345_20240303.html", pub: "2024-03-03"},
	// Lists of other stories near the headline.
	{name: "de most read above headline", lang: "de", above: `<div class="meistgelesen"><h3>Meistgelesen</h3><ul><li><a href="/a">Anderer Artikel</a> <span>08.03.2024</span></li><li><a href="/b">Noch einer</a> <span>07.03.2024</span></li></ul></div>`, meta: `<p class="meta">03.03.2024, 14:05 Uhr</p>`, pub: "2024-03-03"},
	{name: "fr related right after meta", lang: "fr", meta: `<p class="meta">Publié le 3 mars 2024</p><ul class="related"><li><a href="/a">Autre article</a> <time datetime="2024-03-08">8 mars 2024</time></li></ul>`, pub: "2024-03-03"},
	{name: "ru most read no own date", lang: "ru", above: `<div class="popular"><div class="title">Самое читаемое</div><a href="/a">Другая новость</a> <span class="date">8 марта 2024</span></div>`, meta: `<div class="article-meta">Автор: Иван Петров</div>`, pub: ""},
	// Comments dated after the story.
	{name: "it comments", lang: "it", meta: `<p class="data">3 marzo 2024</p>`, tail: comments45("Commenti", "5 marzo 2024 alle 10:12", "6 marzo 2024 alle 08:40"), pub: "2024-03-03"},
	{name: "ja comments", lang: "ja", meta: `<div class="date">2024年3月3日</div>`, tail: comments45("コメント", "2024年3月5日 10:12", "2024年3月6日 08:40"), pub: "2024-03-03"},
	{name: "ko comments undated story", lang: "ko", tail: comments45("댓글", "2024.03.05 10:12", "2024.03.06 08:40"), pub: ""},
	// Notes of an earlier publication.
	{name: "en originally published note", lang: "en", meta: `<p class="byline">March 3, 2024</p>`, tail: `<p><em>This article was originally published on <a href="https://theconversation.com/x">The Conversation</a>.</em></p>`, pub: "2024-03-03"},
	{name: "de zuerst erschienen", lang: "de", meta: `<p class="meta">03.03.2024</p>`, tail: `<p class="hinweis">Dieser Artikel erschien zuerst am 01.03.2024 in der Printausgabe.</p>`, pub: "2024-03-03"},
	// Update-only pages.
	{name: "it update only caps", lang: "it", meta: `<p class="data">AGGIORNATO IL 5 MARZO 2024 ALLE 10:15</p>`, mod: "2024-03-05"},
	{name: "es ultima actualizacion only", lang: "es", meta: `<p class="fecha">Última actualización: 05/03/2024 10:15</p>`, mod: "2024-03-05"},
	{name: "pl zaktualizowano only", lang: "pl", meta: `<div class="meta">Zaktualizowano: 05.03.2024 10:15</div>`, mod: "2024-03-05"},
	{name: "ru obnovleno long only", lang: "ru", meta: `<div class="article-meta">Обновлено 5 марта 2024, 10:15</div>`, mod: "2024-03-05"},
	{name: "pt atualizado only long", lang: "pt", meta: `<p class="data">Atualizado em 5 de março de 2024 às 10h15</p>`, mod: "2024-03-05"},
	{name: "ja koushin nen only", lang: "ja", meta: `<div class="date">更新：2024年3月5日 10時15分</div>`, mod: "2024-03-05"},
	// Date badges, split dates, times apart.
	{name: "de badge spans", lang: "de", meta: `<div class="post-date"><span class="day">03</span><span class="month">Mär</span><span class="year">2024</span></div>`, pub: "2024-03-03"},
	{name: "fr badge spans", lang: "fr", meta: `<div class="post-date"><span class="jour">3</span><span class="mois">mars</span><span class="annee">2024</span></div>`, pub: "2024-03-03"},
	{name: "es badge block", lang: "es", meta: `<div class="fecha-badge"><div class="dia">03</div><div class="mes">Mar</div><div class="anio">2024</div></div>`, pub: "2024-03-03"},
	{name: "uk time first numeric", lang: "uk", meta: `<div class="meta">14:05 03.03.2024</div>`, pub: "2024-03-03"},
	{name: "ru time and date apart", lang: "ru", meta: `<div class="article-meta"><span class="time">14:05</span> <span class="date">03.03.2024</span></div>`, pub: "2024-03-03"},
	{name: "fr spaced h", lang: "fr", meta: `<p class="meta">Publié le 3 mars 2024 à 14 h 05</p>`, pub: "2024-03-03"},
	{name: "nl dashes unpadded", lang: "nl", meta: `<p class="meta">3-3-2024 14:05</p>`, pub: "2024-03-03"},
	{name: "pl r joined", lang: "pl", meta: `<div class="meta">3 marca 2024r., 14:05</div>`, pub: "2024-03-03"},
	{name: "ru g joined", lang: "ru", meta: `<div class="article-meta">3 марта 2024г. 14:05</div>`, pub: "2024-03-03"},
	{name: "tr weekday after", lang: "tr", meta: `<div class="date">03 Mart 2024, Pazar</div>`, pub: "2024-03-03"},
	{name: "de drupal weekday dash", lang: "de", meta: `<div class="submitted">Mo, 04.03.2024 - 10:15</div>`, pub: "2024-03-04"},
	{name: "it ore", lang: "it", meta: `<p class="data">Lunedì 4 Marzo 2024, ore 10:15</p>`, pub: "2024-03-04"},
	{name: "ja year-first unpadded", lang: "ja", meta: `<div class="date">2024.3.3 14:05</div>`, pub: "2024-03-03"},
	{name: "ko nyeon afternoon", lang: "ko", meta: `<div class="info">2024년 3월 3일 (일) 오후 2:05</div>`, pub: "2024-03-03"},
	{name: "he month", lang: "he", meta: `<div class="meta">3 במרץ 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "el abbr", lang: "el", meta: `<div class="meta">3 Μαρ 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "id no weekday", lang: "id", meta: `<div class="date">4 Maret 2024, 10:15 WIB</div>`, pub: "2024-03-04"},
	{name: "bn label digits", lang: "bn", meta: `<div class="meta">প্রকাশিত: ৩ মার্চ ২০২৪, ১৪:০৫</div>`, pub: "2024-03-03"},
	{name: "ms dikemaskini only", lang: "ms", meta: `<div class="meta">Dikemaskini: 5 Mac 2024 10:15</div>`, mod: "2024-03-05"},
	{name: "ca actualitzat", lang: "ca", meta: `<div class="meta">03/03/2024 14:05 | Actualitzat: 05/03/2024 10:15</div>`, pub: "2024-03-03", mod: "2024-03-05"},
	// Machine-readable dates as CMSs write them.
	{name: "time pubdate no datetime", lang: "de", meta: `<p class="meta"><time pubdate>03.03.2024</time></p>`, pub: "2024-03-03"},
	{name: "itemprop content span", lang: "it", meta: `<p class="data"><span itemprop="datePublished" content="2024-03-03T14:05:00+01:00">3 marzo</span></p>`, pub: "2024-03-03"},
	{name: "meta local format", lang: "pl", head: `<meta property="article:published_time" content="2024-03-03 14:05:00">`, meta: `<div class="meta">Autor: Anna Kowalska</div>`, pub: "2024-03-03"},
	{name: "meta dcterms created", lang: "nl", head: `<meta name="dcterms.created" content="2024-03-03">`, pub: "2024-03-03"},
	{name: "meta publish-date", lang: "es", head: `<meta name="publish-date" content="2024-03-03">`, pub: "2024-03-03"},
	{name: "empty time beside relative", lang: "de", meta: `<p class="meta"><time datetime="2024-03-03T14:05:00+01:00"></time><span class="ago">vor 3 Stunden</span></p>`, pub: "2024-03-03"},
	// The URL's day and other stories' dates.
	{name: "url with related", lang: "pt", path: "/2024/03/03/noticia/", tail: related45("Leia também", "01/03/2024", "02/03/2024"), pub: "2024-03-03"},
	{name: "ld with most read above", lang: "de", head: ld45("2024-03-03T14:05:00+01:00", ""), top: related45("Meistgelesen", "08.03.2024", "07.03.2024"), pub: "2024-03-03"},
	{name: "ru related first then dateline", lang: "ru", above: related45("Читайте также", "8 марта 2024"), meta: `<div class="article-meta">3 марта 2024, 14:05</div>`, pub: "2024-03-03"},
	// Update-only with a modified meta and a Stand line.
	{name: "tr guncellenme only", lang: "tr", meta: `<div class="date">Güncellenme: 05.03.2024 10:15</div>`, mod: "2024-03-05"},
	{name: "de aktualisiert only weekday", lang: "de", meta: `<p class="meta">Aktualisiert: Dienstag, 05.03.2024, 10:15 Uhr</p>`, mod: "2024-03-05"},
	{name: "fr mis a jour long only", lang: "fr", meta: `<p class="meta">Mis à jour le mardi 5 mars 2024 à 10h15</p>`, mod: "2024-03-05"},
	{name: "ar update only numeric", lang: "ar", meta: `<div class="meta">تم التحديث: 05/03/2024</div>`, mod: "2024-03-05"},
	{name: "vi cap nhat only long", lang: "vi", meta: `<div class="date">Cập nhật: Thứ ba, 05/03/2024 10:15</div>`, mod: "2024-03-05"},
	{name: "id update only label", lang: "id", meta: `<div class="date">Update: 05/03/2024, 10:15 WIB</div>`, mod: "2024-03-05"},
	// German blogs and portals: the date in a sentence of the byline,
	// after the text, with its issue.
	{name: "de wp von", lang: "de", meta: `<div class="entry-meta">Veröffentlicht am <a href="/2024/03/03/" rel="bookmark"><time class="entry-date published" datetime="2024-03-03T14:05:00+01:00">3. März 2024</time><time class="updated" datetime="2024-03-05T10:15:00+01:00">5. März 2024</time></a> von <a href="/author/admin">admin</a></div>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "de geschrieben von am", lang: "de", meta: `<p class="meta">Geschrieben von Hans Müller am 3. März 2024 in <a href="/cat/news">Allgemein</a></p>`, pub: "2024-03-03"},
	{name: "de beitrag vom", lang: "de", meta: `<p class="meta">Beitrag vom 03.03.2024</p>`, pub: "2024-03-03"},
	{name: "de artikel vom foot", lang: "de", tail: `<p class="artikel-info">Artikel vom 03.03.2024, 14:05 Uhr</p>`, pub: "2024-03-03"},
	{name: "de erschienen am foot", lang: "de", tail: `<div class="info">Erschienen am 03.03.2024 in der Ausgabe 10/2024</div>`, pub: "2024-03-03"},
	{name: "de pressemitteilung vom", lang: "de", meta: `<p class="meta">Pressemitteilung vom 3. März 2024</p>`, pub: "2024-03-03"},
	{name: "de today bar and foot date", lang: "de", top: `<div class="topbar">Dienstag, 5. März 2024</div>`, tail: `<p class="datum">03.03.2024</p>`, fetched: time.Date(2024, 3, 5, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "de footer letzte aenderung", lang: "de", meta: `<p class="meta">03.03.2024</p>`, after: `<div class="footer-note">Letzte Änderung: 08.03.2024</div>`, pub: "2024-03-03"},
	{name: "de footer letzte aenderung only", lang: "de", after: `<div class="footer-note">Letzte Änderung: 08.03.2024</div>`, pub: ""},
	{name: "de veranstaltung and stand", lang: "de", meta: `<p class="meta">Stand: 03.03.2024</p><p class="termin">Termin: 20.03.2024, 19 Uhr</p>`, fetched: time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "de sidebar neueste before content", lang: "de", above: ``, top: `<aside class="sidebar-left"><h3>Neueste Beiträge</h3><ul><li><a href="/a">Anderer Beitrag</a><span class="post-date">8. März 2024</span></li><li><a href="/b">Noch einer</a><span class="post-date">7. März 2024</span></li></ul></aside>`, meta: `<div class="entry-meta"><span class="posted-on">3. März 2024</span></div>`, pub: "2024-03-03"},
	{name: "de comments only dates after undated story", lang: "de", tail: comments45("2 Kommentare", "5. März 2024 um 10:12 Uhr", "6. März 2024 um 08:40 Uhr"), pub: ""},
	{name: "de quelle dpa date", lang: "de", tail: `<p class="quelle">Quelle: dpa, 03.03.2024</p>`, pub: "2024-03-03"},
	{name: "de weekday long no comma", lang: "de", meta: `<p class="meta">Sonntag 3. März 2024</p>`, pub: "2024-03-03"},
	{name: "de month year only and url", lang: "de", path: "/2024/03/03/stadtrat/", meta: `<p class="meta">März 2024</p>`, pub: "2024-03-03"},
	{name: "fr publie par le", lang: "fr", meta: `<p class="meta">Publié par Jean Dupont le 3 mars 2024</p>`, pub: "2024-03-03"},
	{name: "es publicado por el", lang: "es", meta: `<p class="meta">Publicado por Juan Pérez el 3 de marzo de 2024</p>`, pub: "2024-03-03"},
	{name: "it pubblicato da il", lang: "it", meta: `<p class="meta">Pubblicato da Mario Rossi il 3 marzo 2024</p>`, pub: "2024-03-03"},
	{name: "nl door op", lang: "nl", meta: `<p class="meta">Geplaatst door Jan de Vries op 3 maart 2024</p>`, pub: "2024-03-03"},
	{name: "pt por em", lang: "pt", meta: `<p class="meta">Publicado por João Silva em 3 de março de 2024</p>`, pub: "2024-03-03"},
	{name: "pl przez dnia", lang: "pl", meta: `<p class="meta">Opublikowano przez Anna Kowalska dnia 3 marca 2024</p>`, pub: "2024-03-03"},
	// Swiss and Austrian papers, German CMSs.
	{name: "ch dotted time", lang: "de-CH", meta: `<p class="meta">4.3.2024, 10.15 Uhr</p>`, pub: "2024-03-04"},
	{name: "de uhr before date", lang: "de", meta: `<p class="meta">10:15 Uhr, 04.03.2024</p>`, pub: "2024-03-04"},
	{name: "de heute uhr", lang: "de", meta: `<p class="meta">heute, 10:15 Uhr</p>`, fetched: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), pub: "2024-03-04"},
	{name: "de gestern uhr", lang: "de", meta: `<p class="meta">gestern, 14:05 Uhr</p>`, fetched: time.Date(2024, 3, 4, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "de vor std abbr", lang: "de", meta: `<p class="meta">vor 3 Std.</p>`, fetched: time.Date(2024, 3, 3, 18, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "de joomla", lang: "de", meta: `<dl class="article-info"><dd class="createdby">Geschrieben von Administrator</dd><dd class="published"><time datetime="2024-03-03T14:05:00+01:00" itemprop="datePublished">Veröffentlicht: 03. März 2024</time></dd><dd class="hits">Zugriffe: 1234</dd></dl>`, pub: "2024-03-03"},
	{name: "de joomla modified", lang: "de", meta: `<dl class="article-info"><dd class="published">Veröffentlicht: 03. März 2024</dd><dd class="modified">Zuletzt aktualisiert: 05. März 2024</dd><dd class="hits">Zugriffe: 1234</dd></dl>`, pub: "2024-03-03", mod: "2024-03-05"},
	{name: "de typo3 news", lang: "de", meta: `<div class="news-list-date"><time datetime="2024-03-03">03.03.2024</time></div>`, tail: `<div class="news-related"><h4>Ähnliche Nachrichten</h4><ul><li><span class="news-list-date">01.03.2024</span> <a href="/a">Andere</a></li></ul></div>`, pub: "2024-03-03"},
	{name: "de phpbb", lang: "de", meta: `<p class="author">Beitrag von <strong>hans</strong> » So 3. Mär 2024, 14:05</p>`, pub: "2024-03-03"},
	{name: "de unpadded", lang: "de", meta: `<p class="meta">3.3.2024</p>`, pub: "2024-03-03"},
	{name: "de weekday um uhr", lang: "de", meta: `<p class="meta">Montag, 04. März 2024 um 10:15 Uhr</p>`, pub: "2024-03-04"},
	{name: "de caption photo date", lang: "de", meta: `<p class="meta">03.03.2024</p>`, inBody: `<figure><img src="/a.jpg"><figcaption>Der Stadtrat tagte am Freitag. Foto: Hans Müller, 01.03.2024</figcaption></figure>`, pub: "2024-03-03"},
	{name: "de blogger", lang: "de", meta: `<h2 class="date-header"><span>Sonntag, 3. März 2024</span></h2>`, tail: `<div class="post-footer">Eingestellt von <span class="fn">Hans</span> um <abbr class="published">14:05</abbr></div>`, pub: "2024-03-03"},
	{name: "fr yearless url year", lang: "fr", path: "/2024/03/04/le-conseil/", meta: `<p class="meta">Publié le 04/03 à 10h15</p>`, pub: "2024-03-04"},
	{name: "de url month only with visible", lang: "de", path: "/2024/03/stadtrat-beschliesst/", meta: `<p class="meta">04.03.2024</p>`, pub: "2024-03-04"},
	{name: "de aktualisiert vor relative and pub", lang: "de", meta: `<p class="meta">03.03.2024, 14:05 Uhr · aktualisiert vor 2 Stunden</p>`, fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03", mod: "2024-03-05"},
	// Thai digits with a Buddhist-era year.
	{name: "th digits numeric", lang: "th", meta: `<div class="meta">เผยแพร่: ๐๕/๐๓/๒๕๖๗ ๑๐:๑๕ น.</div>`, pub: "2024-03-05"},
	{name: "th digits month", lang: "th", meta: `<div class="meta">๕ มี.ค. ๒๕๖๗</div>`, pub: "2024-03-05"},
	{name: "th digits bare", lang: "th", meta: `<div class="meta"><span class="date">๐๕/๐๓/๒๕๖๗</span></div>`, pub: "2024-03-05"},
}

// Probes48 counts the probe pages whose dates Extract gets right.
func TestProbes48(t *testing.T) {
	t.Logf("%d/%d probes right", datesRight(t, probeCases(probes48)...), len(probes48))
}

// dateCase is a probe page, where it was fetched from and when (fetched48
// when zero), and the days of its dates ("" for none).
type dateCase struct {
	name, page, path string
	fetched          time.Time
	pub, mod         string
}

func probeCases(ps []probe45) []dateCase {
	cs := make([]dateCase, len(ps))
	for i, p := range ps {
		cs[i] = dateCase{p.name, p.page(), cmp.Or(p.path, "/news/headline-of-the-story"), p.fetched, p.pub, p.mod}
	}
	return cs
}

// datesRight counts the cases whose dates Extract gets right, failing t
// for each other.
func datesRight(t *testing.T, cases ...dateCase) int {
	t.Helper()
	right := 0
	for _, c := range cases {
		a := extractAt(t, c.page, "https://news.example"+c.path, Options{FetchedAt: cmp.Or(c.fetched, fetched48)})
		if datesAre(a, c.pub, c.mod) {
			right++
			continue
		}
		t.Errorf("%s: published %q (%s), modified %q; want %q, %q", c.name, published(a), a.Provenance["published_date"], modified(a), c.pub, c.mod)
	}
	return right
}

// site48 is a news page as a portal's template sets it: a ticker of the
// latest stories with their times, the masthead with the day's date, a
// breadcrumb, a strip of teasers, then the story (headline, meta line,
// text, a box of related stories) beside a rail of the most read, a
// comment thread and a footer with the site's last change.
type site48 struct {
	name, lang       string
	head             string
	ticker, today    string // the ticker's items, the masthead's day
	strip            string // teasers over the story
	h1, meta, inText string
	tail, rail       string
	comments         string
	footer           string
	path             string
	fetched          time.Time
	pub, mod         string
}

func (p site48) page() string {
	s := probeSentence(p.lang)
	body := "<p>" + s + "</p><p>" + s + "</p>" + p.inText + "<p>" + s + "</p><p>" + s + "</p><p>" + s + "</p>"
	h1 := p.h1
	if h1 == "" {
		h1 = `<h1 class="headline">Headline of the story</h1>`
	}
	return `<!DOCTYPE html><html lang="` + p.lang + `"><head><meta charset="utf-8"><title>Headline of the story | Site</title>` + p.head + `</head><body>` +
		`<div class="ticker">` + p.ticker + `</div>` +
		`<header class="masthead"><a class="logo" href="/">Site</a><span class="today">` + p.today + `</span><nav><a href="/">Home</a> <a href="/region">Region</a> <a href="/sport">Sport</a></nav></header>` +
		`<div class="breadcrumb"><a href="/">Home</a> › <a href="/region">Region</a></div>` + p.strip +
		`<div id="content"><div class="col-main">` + h1 + p.meta + `<div class="text">` + body + `</div>` + p.tail + p.comments + `</div>` +
		`<div class="col-right">` + p.rail + `</div></div>` +
		`<div class="footer">` + p.footer + `<p>© 2024 Site</p></div></body></html>`
}

func teasers48(class string, items ...string) string {
	s := `<div class="` + class + `">`
	for i, d := range items {
		s += `<div class="teaser"><a href="/region/other-` + string(rune('a'+i)) + `"><span class="kicker">Region</span><h3>Another story about the council</h3></a><span class="date">` + d + `</span></div>`
	}
	return s + `</div>`
}

var sites48 = []site48{
	{name: "de portal ticker times, meta date", lang: "de", ticker: `<span>10:02 Unfall auf der B 318</span><span>09:45 Gemeinderat tagt</span>`, today: "Dienstag, 05. März 2024",
		strip: teasers48("top-teasers", "04.03.2024", "05.03.2024"), meta: `<div class="article-meta">Von Hans Müller | 03.03.2024, 14:05 Uhr</div>`,
		rail: teasers48("meistgelesen", "05.03.2024", "04.03.2024"), comments: comments45("Kommentare (2)", "04.03.2024 um 10:12", "05.03.2024 um 08:40"), fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "de portal teasers, date under text", lang: "de", today: "Dienstag, 05. März 2024", strip: teasers48("top-teasers", "04.03.2024", "05.03.2024"),
		tail: `<p class="article-date">03.03.2024</p>`, rail: teasers48("meistgelesen", "05.03.2024"), fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "de portal undated story", lang: "de", today: "Dienstag, 05. März 2024", strip: teasers48("top-teasers", "04.03.2024", "05.03.2024"),
		meta: `<div class="article-meta">Von Hans Müller</div>`, rail: teasers48("meistgelesen", "05.03.2024", "04.03.2024"), comments: comments45("Kommentare", "04.03.2024 um 10:12"), fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: ""},
	{name: "de portal ld and teasers", lang: "de", head: ld45("2024-03-03T14:05:00+01:00", "2024-03-04T08:00:00+01:00"), strip: teasers48("top-teasers", "04.03.2024", "05.03.2024"),
		meta: `<div class="article-meta">Von Hans Müller</div>`, rail: teasers48("meistgelesen", "05.03.2024"), pub: "2024-03-03", mod: "2024-03-04"},
	{name: "de portal h2 headline", lang: "de", h1: `<h2 class="contentheading">Headline of the story</h2>`, meta: `<p class="meta">Veröffentlicht: 03. März 2024</p>`, strip: teasers48("top-teasers", "04.03.2024"), pub: "2024-03-03"},
	{name: "de portal footer stand", lang: "de", meta: `<div class="article-meta">03.03.2024</div>`, footer: `<p>Stand: 05.03.2024</p>`, pub: "2024-03-03"},
	{name: "fr portal", lang: "fr", today: "Mardi 5 mars 2024", strip: teasers48("a-la-une", "Il y a 2 heures", "Hier à 18h00"), meta: `<div class="article__meta"><span>Par Jean Dupont</span> <span>Publié le 3 mars 2024 à 14h05</span></div>`,
		rail: teasers48("les-plus-lus", "5 mars 2024"), fetched: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC), pub: "2024-03-03"},
	{name: "it portal", lang: "it", today: "Martedì 5 marzo 2024", strip: teasers48("in-evidenza", "4 marzo 2024", "5 marzo 2024"), meta: `<div class="article-meta">di Mario Rossi - 3 marzo 2024</div>`,
		rail: teasers48("piu-letti", "5 marzo 2024"), pub: "2024-03-03"},
	{name: "es portal", lang: "es", today: "Martes, 5 de marzo de 2024", strip: teasers48("portada", "04/03/2024", "05/03/2024"), meta: `<div class="meta">Juan Pérez | 03/03/2024</div>`,
		rail: teasers48("lo-mas-leido", "05/03/2024"), pub: "2024-03-03"},
	{name: "ru portal", lang: "ru", today: "Вторник, 5 марта 2024", ticker: `<span>10:02 Авария на трассе</span>`, meta: `<div class="meta">3 марта 2024, 14:05</div>`,
		rail: teasers48("popular", "5 марта 2024, 09:00"), comments: comments45("Комментарии", "4 марта 2024, 10:12"), pub: "2024-03-03"},
	{name: "pl portal", lang: "pl", today: "Wtorek, 5 marca 2024", strip: teasers48("najnowsze", "05.03.2024"), meta: `<div class="meta">Anna Kowalska, 3 marca 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "nl portal", lang: "nl", today: "dinsdag 5 maart 2024", strip: teasers48("laatste-nieuws", "5 maart 2024"), meta: `<div class="meta">Jan de Vries · 3 maart 2024, 14:05</div>`, pub: "2024-03-03"},
	{name: "tr portal", lang: "tr", today: "5 Mart 2024 Salı", strip: teasers48("manset", "05.03.2024"), meta: `<div class="meta">Ahmet Yılmaz - 03.03.2024 14:05</div>`, pub: "2024-03-03"},
	{name: "ja portal", lang: "ja", today: "2024年3月5日（火）", strip: teasers48("topics", "2024/03/05"), meta: `<div class="meta">2024年3月3日 14時05分</div>`, rail: teasers48("ranking", "2024/03/05 09:00"), pub: "2024-03-03"},
	{name: "ko portal", lang: "ko", today: "2024년 3월 5일 화요일", strip: teasers48("headline", "2024.03.05"), meta: `<div class="meta">김철수 기자 | 입력 2024.03.03 14:05</div>`, rail: teasers48("ranking", "2024.03.05"), pub: "2024-03-03"},
	{name: "id portal", lang: "id", today: "Selasa, 5 Maret 2024", strip: teasers48("terkini", "Selasa, 05 Mar 2024 09:00 WIB"), meta: `<div class="meta">Budi Santoso - detikNews<br>Minggu, 03 Mar 2024 14:05 WIB</div>`, pub: "2024-03-03"},
	{name: "ar portal", lang: "ar", today: "الثلاثاء 5 مارس 2024", strip: teasers48("latest", "05 مارس 2024"), meta: `<div class="meta">أحمد علي - الأحد 03 مارس 2024 02:05 م</div>`, pub: "2024-03-03"},
	{name: "vi portal", lang: "vi", today: "Thứ ba, 05/03/2024", strip: teasers48("tin-moi", "05/03/2024"), meta: `<div class="meta">Chủ nhật, 03/03/2024 - 14:05</div>`, pub: "2024-03-03"},
	{name: "pt portal", lang: "pt", today: "Terça-feira, 5 de março de 2024", strip: teasers48("destaques", "05/03/2024 09h00"), meta: `<div class="meta">Por João Silva — São Paulo<br>03/03/2024 14h05</div>`, pub: "2024-03-03"},
}

func init() {
	timeCard := `<div class="top"><article class="card"><h2 class="card__title"><a href="/region/other">Gemeinderat beschließt den neuen Haushalt</a></h2><time datetime="2024-03-05T09:00:00+01:00">05.03.2024</time></article></div>`
	sites48 = append(sites48,
		site48{name: "de time card above", lang: "de", strip: timeCard, meta: `<div class="meta">Hans Müller - 03.03.2024, 14:05 Uhr</div>`, pub: "2024-03-03"},
		site48{name: "de time card above, time meta", lang: "de", strip: timeCard, meta: `<div class="meta">Hans Müller · <time datetime="2024-03-03T14:05:00+01:00">03.03.2024</time></div>`, pub: "2024-03-03"},
		site48{name: "es card above, name first", lang: "es", strip: `<div class="destacado"><a href="/otra"><h2>El ayuntamiento aprueba el nuevo presupuesto</h2></a><p class="fecha">05/03/2024</p></div>`, meta: `<p class="autor">Juan Pérez, 3 de marzo de 2024</p>`, pub: "2024-03-03"},
	)
}

// Sites48 counts the portal pages whose dates Extract gets right.
func TestSites48(t *testing.T) {
	cs := make([]dateCase, len(sites48))
	for i, p := range sites48 {
		cs[i] = dateCase{p.name, p.page(), cmp.Or(p.path, "/region/headline-of-the-story"), p.fetched, p.pub, p.mod}
	}
	t.Logf("%d/%d pages right", datesRight(t, cs...), len(sites48))
}

// A date in Thai digits is Thai whatever surrounds it: its year counts
// the Buddhist era, as a Thai month's does (thaiDates).
func TestThaiDigitsDate(t *testing.T) {
	for in, want := range map[string]string{
		"๐๕/๐๓/๒๕๖๗":          "2024-03-05",
		"๒๕๖๗-๐๓-๐๕":          "2024-03-05",
		"๕ มี.ค. ๒๕๖๗":        "2024-03-05",
		"๐๕/๐๓/๒๐๒๔":          "2024-03-05", // a Common Era year in Thai digits
		"05/03/2567 ๑๐:๑๕ น.": "2024-03-05",
		"05/03/2024":          "2024-03-05",
	} {
		w, ok := parseDate(in, true)
		if got := w.t.Format("2006-01-02"); !ok || got != want {
			t.Errorf("parseDate(%q) = %s, %v; want %s", in, got, ok, want)
		}
	}
	if !hasYearOrEpoch("๐๕/๐๓/๒๕๖๗") {
		t.Errorf("hasYearOrEpoch(%q) = false, want true", "๐๕/๐๓/๒๕๖๗")
	}
}

// The dash before the next label ends a label's value, and a dash may
// stand between a two-digit year's date and its time ("aktualisiert am
// 05.03.24 – 10:15 Uhr").
func TestDashAfterShortYear(t *testing.T) {
	ls := splitLabels("Publié le 03/03/24 à 14h05 — Mis à jour le 05/03/24 à 10h15")
	if len(ls) != 2 || ls[0].value != "03/03/24 à 14h05" {
		t.Errorf("splitLabels: %+v, want the first value %q", ls, "03/03/24 à 14h05")
	}
	for _, s := range []string{"05.03.24 – 10:15 Uhr", "05.03.24 - 10:15", "03/03/24 — 14h05"} {
		if _, ok := parseShortYear(s, true); !ok {
			t.Errorf("parseShortYear(%q) reads no date", s)
		}
	}
	for _, s := range []string{"05.03.24 – Stadtrat", "05.03.24 -"} {
		if _, ok := parseShortYear(s, true); ok {
			t.Errorf("parseShortYear(%q) reads a date, want none", s)
		}
	}
}

// A teaser card standing alone, its heading linked to another story,
// dates that story: above the headline it is no dateline (headedCard).
// A headline linked to its own post is the page's.
func TestHeadedCard(t *testing.T) {
	story := strings.Repeat("<p>"+probeSentence("pl")+"</p>", 5)
	page := func(above, h1, meta string) string {
		return `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Headline of the story | Site</title></head><body><div class="wrap">` + above +
			`<div class="story">` + h1 + meta + story + `</div></div></body></html>`
	}
	const h1 = `<h1>Headline of the story</h1>`
	for _, c := range []struct{ name, page, want string }{
		{"heading in link", page(`<div class="teaser"><a href="/other"><h3>Radni przyjęli nowy plan dla miasta</h3></a><span class="date">05.03.2024</span></div>`, h1, `<div class="meta">Anna Kowalska, 3 marca 2024, 14:05</div>`), "2024-03-03"},
		{"link in heading", page(`<div class="teaser"><h3><a href="/other">Radni przyjęli nowy plan dla miasta</a></h3><span class="date">05.03.2024</span></div>`, h1, `<div class="meta">Anna Kowalska, 3 marca 2024, 14:05</div>`), "2024-03-03"},
		{"headline linked to its post", page(``, `<h1><a href="/news/headline-of-the-story">Headline of the story</a></h1>`, `<div class="meta"><span class="date">03.03.2024</span></div>`), "2024-03-03"},
	} {
		a := extractAt(t, c.page, "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched48})
		if got := published(a); !hasDayPrefix(got, c.want) {
			t.Errorf("%s: published %q (%s), want %q", c.name, got, a.Provenance["published_date"], c.want)
		}
	}
}
