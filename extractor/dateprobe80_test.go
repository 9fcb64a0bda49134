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
	{name: "time element row", lang: "en", skel: probe77DateShort, tail: `<p><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09T10:00:00Z">March 9, 2025</time></p>`},
	{name: "div spans", lang: "en", skel: probe77DateShort, tail: `<div class="related"><span><a href="/news/other-story">Council approves the new plan for the city's buses</a></span><span class="date">March 9, 2025</span></div>`},
	{name: "zh one row", lang: "zh", skel: probe77DateShort, tail: `<div><a href="/news/other.html">全市公交线路优化调整方案正式公布</a> <span>2025-03-09</span></div>`},
	{name: "abs url www", lang: "en", skel: probe77DateShort, tail: `<p><a href="https://www.news.example/news/other-story">Council approves the new plan for the city's buses</a> - 9 March 2025</p>`},
	{name: "date first row", lang: "fr", skel: probe77DateShort, tail: `<p>09/03/2025 · <a href="/news/autre">Le conseil approuve le nouveau plan des bus de la ville</a></p>`},
	{name: "own byline row with headline link kept", lang: "en", skel: probe77DateShort, meta: `<p>By Jane Doe · March 5, 2025</p>`, tail: `<p><a href="/news/other-story">Council approves the new plan for the city's buses</a> March 9, 2025</p>`, pub: "2025-03-05"},
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

// probe80DateTemplates are the date lines of CMSs and news templates
// (Drupal's "Submitted by", Joomla's article-info, DLE, Bitrix, Ghost,
// Blogger, GeneratePress, Astra, Brightspot, Arc XP, DedeCMS, PHPCMS,
// TRS WCM) and of news sites in the languages of issue 13's list.
var probe80DateTemplates = []page50{
	{name: "drupal submitted", lang: "en", skel: skelDrupal, meta: `<div class="submitted">Submitted by <span class="username">admin</span> on Tue, 03/04/2025 - 10:00</div>`, pub: "2025-03-04"},
	{name: "drupal submitted day first", lang: "en", skel: skelDrupal, meta: `<div class="submitted">Submitted by admin on Tue, 25/02/2025 - 10:00</div>`, pub: "2025-02-25"},
	{name: "joomla", lang: "en", skel: skelPlain, meta: `<dl class="article-info"><dt class="article-info-term">Details</dt><dd class="createdby">Written by Jane Doe</dd><dd class="published"><span class="icon-calendar"></span> Published: 04 March 2025</dd><dd class="hits">Hits: 1234</dd></dl>`, pub: "2025-03-04"},
	{name: "joomla de", lang: "de", skel: skelPlain, meta: `<dl class="article-info"><dd class="published">Veröffentlicht: 04. März 2025</dd><dd class="modified">Zuletzt aktualisiert: 05. März 2025</dd><dd class="hits">Zugriffe: 1234</dd></dl>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "joomla pl", lang: "pl", skel: skelPlain, meta: `<dl class="article-info"><dd class="published">Opublikowano: wtorek, 04, marzec 2025 10:00</dd><dd class="hits">Odsłon: 1234</dd></dl>`, pub: "2025-03-04"},
	{name: "dle ru", lang: "ru", skel: skelPlain, meta: `<div class="story_info"><span class="date">4-03-2025, 10:00</span> <span>Просмотров: 123</span></div>`, pub: "2025-03-04"},
	{name: "dle ru today", lang: "ru", skel: skelPlain, meta: `<div class="story_info"><span class="date">Сегодня, 10:00</span></div>`, pub: "2025-04-01"},
	{name: "dle ru yesterday", lang: "ru", skel: skelPlain, meta: `<div class="story_info"><span class="date">Вчера, 10:00</span></div>`, pub: "2025-03-31"},
	{name: "bitrix", lang: "ru", skel: skelPlain, meta: `<div class="news-detail"><span class="news-date-time">04.03.2025</span></div>`, pub: "2025-03-04"},
	{name: "ghost", lang: "en", skel: skelPlain, meta: `<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Doe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-03-04">Mar 4, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div>`, pub: "2025-03-04"},
	{name: "blogger", lang: "en", skel: skelPlain, above: `<h2 class="date-header"><span>Tuesday, March 4, 2025</span></h2>`, meta: `<div class="post-footer">Posted by <span class="fn">Jane Doe</span> at <a class="timestamp-link" href="/2025/03/headline.html"><abbr class="published" title="2025-03-04T10:00:00-05:00">10:00 AM</abbr></a></div>`, pub: "2025-03-04"},
	{name: "blogger es", lang: "es", skel: skelPlain, above: `<h2 class="date-header"><span>martes, 4 de marzo de 2025</span></h2>`, pub: "2025-03-04"},
	{name: "wp generatepress", lang: "en", skel: skelPlain, meta: `<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2025-03-05T12:00:00+00:00">March 5, 2025</time><time class="entry-date published" datetime="2025-03-04T10:00:00+00:00">March 4, 2025</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/jane/">Jane Doe</a></span></span></div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "wp astra", lang: "en", skel: skelPlain, meta: `<div class="entry-meta"><span class="posted-by vcard author"><a href="/author/jane/">Jane Doe</a></span> / <span class="published">March 4, 2025</span><span class="updated"> March 5, 2025</span></div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "brightspot", lang: "en", skel: skelPlain, meta: `<div class="ArticlePage-datePublished">Published March 4, 2025 10:00 AM</div><div class="ArticlePage-dateModified">Updated March 5, 2025 12:00 PM</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "arc es updated", lang: "es", skel: skelArc, meta: `<div class="b-byline">Por Juan Pérez</div><div class="c-date">04/03/2025 - 10:00 hs. Actualizado: 05/03/2025 - 12:00 hs.</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "dedecms", lang: "zh", skel: skelPlain, meta: `<div class="info">时间：2025-03-04 10:00 来源：江州日报 作者：张三 点击：<script>document.write(123)</script>次</div>`, pub: "2025-03-04"},
	{name: "phpcms", lang: "zh", skel: skelPlain, meta: `<div class="info">发布时间：2025年03月04日 10:00 来源：江州日报 浏览次数：123</div>`, pub: "2025-03-04"},
	{name: "trs", lang: "zh", skel: skelPlain, meta: `<div class="info">发布日期：2025-03-04 信息来源：江州市人民政府 【字体：大 中 小】</div>`, pub: "2025-03-04"},
	{name: "tr haber", lang: "tr", skel: skelPlain, meta: `<div class="date">04 Mart 2025 Salı 10:00</div>`, pub: "2025-03-04"},
	{name: "tr oluşturulma", lang: "tr", skel: skelPlain, meta: `<div class="date">Oluşturulma Tarihi: 04 Mart 2025 10:00 Güncelleme Tarihi: 05 Mart 2025 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "id kompas", lang: "id", skel: skelPlain, meta: `<div class="read__time">Kompas.com - 04/03/2025, 10:00 WIB</div>`, pub: "2025-03-04"},
	{name: "id detik", lang: "id", skel: skelPlain, meta: `<div class="detail__date">Selasa, 04 Mar 2025 10:00 WIB</div>`, pub: "2025-03-04"},
	{name: "vi vnexpress", lang: "vi", skel: skelPlain, meta: `<span class="date">Thứ ba, 4/3/2025, 10:00 (GMT+7)</span>`, pub: "2025-03-04"},
	{name: "hi jagran", lang: "hi", skel: skelPlain, meta: `<div class="date">Publish Date: Tue, 04 Mar 2025 10:00 AM (IST) Updated Date: Wed, 05 Mar 2025 12:00 PM (IST)</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "ar youm7", lang: "ar", skel: skelPlain, meta: `<span class="newsStoryDate">الثلاثاء، 04 مارس 2025 10:00 ص</span>`, pub: "2025-03-04"},
	{name: "fa", lang: "fa", skel: skelPlain, meta: `<div class="date">سه‌شنبه ۱۴ اسفند ۱۴۰۳ - ۱۰:۰۰</div>`, pub: "2025-03-04"},
	{name: "uk ukrpravda", lang: "uk", skel: skelPlain, meta: `<div class="post_time">Вівторок, 4 березня 2025, 10:00</div>`, pub: "2025-03-04"},
	{name: "ro", lang: "ro", skel: skelPlain, meta: `<div class="date">marți, 4 martie 2025, 10:00</div>`, pub: "2025-03-04"},
	{name: "pt g1", lang: "pt", skel: skelPlain, meta: `<p class="content-publication-data__updated">Por Redação g1 — São Paulo</p><time itemprop="datePublished" datetime="2025-03-04T13:00:00.000Z">04/03/2025 10h00</time> Atualizado <time itemprop="dateModified" datetime="2025-03-05T15:00:00.000Z">há 2 dias</time>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "it ansa", lang: "it", skel: skelPlain, meta: `<div class="news-date">04 marzo 2025, 10:00</div>`, pub: "2025-03-04"},
	{name: "url 2 digit vs page", lang: "en", skel: skelPlain, path: "/2025/03/headline-of-the-story", meta: `<div class="meta">04/03/25</div>`, pub: "2025-03-04"},
	{name: "update only relative", lang: "en", skel: skelPlain, meta: `<div class="meta">Updated 3 hours ago</div>`, mod: "2025-04-01"},
	{name: "es hace 2 horas", lang: "es", skel: skelPlain, meta: `<div class="meta">Por Juan Pérez · Hace 2 horas</div>`, pub: "2025-04-01"},
	{name: "fr il y a 3 jours", lang: "fr", skel: skelPlain, meta: `<div class="meta">Par Jean Dupont · il y a 3 jours</div>`, pub: "2025-03-29"},
}

func TestDateProbe80Templates(t *testing.T) {
	checkPages50(t, probe80DateTemplates, probe80DateFetched)
}

// probe80DateHarder are pages that show only their update (no known
// publication date), two-digit years in many languages, the order of
// day and month from the page's language or its other dates, zones
// beyond the day shown, dates in the address beside the page's own.
var probe80DateHarder = []page50{
	{name: "update only tr", lang: "tr", skel: skelPlain, meta: `<div class="meta">Güncelleme: 05.03.2025 12:00</div>`, mod: "2025-03-05"},
	{name: "update only pl", lang: "pl", skel: skelPlain, meta: `<div class="meta">Aktualizacja: 5 marca 2025, 12:00</div>`, mod: "2025-03-05"},
	{name: "update only nl", lang: "nl", skel: skelPlain, meta: `<div class="meta">Laatst bijgewerkt: 5 maart 2025</div>`, mod: "2025-03-05"},
	{name: "update only id", lang: "id", skel: skelPlain, meta: `<div class="meta">Diperbarui: 05/03/2025, 12:00 WIB</div>`, mod: "2025-03-05"},
	{name: "update only vi", lang: "vi", skel: skelPlain, meta: `<div class="meta">Cập nhật lúc 12:00 05/03/2025</div>`, mod: "2025-03-05"},
	{name: "update only uk", lang: "uk", skel: skelPlain, meta: `<div class="meta">Оновлено: 05.03.2025, 12:00</div>`, mod: "2025-03-05"},
	{name: "update only ro", lang: "ro", skel: skelPlain, meta: `<div class="meta">Actualizat: 05.03.2025, 12:00</div>`, mod: "2025-03-05"},
	{name: "update only hi", lang: "hi", skel: skelPlain, meta: `<div class="meta">अपडेटेड: 05 मार्च 2025, 12:00 PM</div>`, mod: "2025-03-05"},
	{name: "update only ar", lang: "ar", skel: skelPlain, meta: `<div class="meta">آخر تحديث: 05/03/2025 - 12:00</div>`, mod: "2025-03-05"},
	{name: "update only fa", lang: "fa", skel: skelPlain, meta: `<div class="meta">آخرین بروزرسانی: ۱۵ اسفند ۱۴۰۳</div>`, mod: "2025-03-05"},
	{name: "update only it", lang: "it", skel: skelPlain, meta: `<div class="meta">Ultimo aggiornamento: 05/03/2025 12:00</div>`, mod: "2025-03-05"},
	{name: "update only pt", lang: "pt", skel: skelPlain, meta: `<div class="meta">Atualizado em 05/03/2025 às 12h00</div>`, mod: "2025-03-05"},
	{name: "short year tr", lang: "tr", skel: skelPlain, meta: `<div class="meta">Yayınlanma: 04.03.25 10:00 · Güncelleme: 25.03.25 12:00</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "short year pl", lang: "pl", skel: skelPlain, meta: `<div class="meta">Opublikowano: 04.03.25, aktualizacja: 25.03.25</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "short year it slash", lang: "it", skel: skelPlain, meta: `<div class="meta">Pubblicato il 04/03/25 · Aggiornato il 25/03/25</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "short year pt slash", lang: "pt", skel: skelPlain, meta: `<div class="meta">Publicado em 04/03/25 10h00 | Atualizado em 25/03/25 12h00</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "short year fr", lang: "fr", skel: skelPlain, meta: `<div class="meta">Publié le 04/03/25 à 10h00, mis à jour le 25/03/25 à 12h00</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "short year id", lang: "id", skel: skelPlain, meta: `<div class="meta">Diterbitkan 04/03/25 10:00 WIB, Diperbarui 25/03/25 12:00 WIB</div>`, pub: "2025-03-04", mod: "2025-03-25"},
	{name: "short year ambiguous en uk", lang: "en-GB", skel: skelPlain, meta: `<div class="meta">Posted 04/03/25 · Updated 05/03/25</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "short year ambiguous en us", lang: "en-US", skel: skelPlain, meta: `<div class="meta">Posted 03/04/25 · Updated 03/05/25</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "order from body date", lang: "en", skel: skelPlain, meta: `<div class="meta">Posted 04/03/25</div>`, inBody: `<p>The report, dated 25/02/2025, was sent to the council.</p>`, pub: "2025-03-04"},
	{name: "time zone past midnight shown", lang: "en", skel: skelPlain, meta: `<div class="meta">Published <time datetime="2025-03-05T03:30:00Z">March 4, 2025 at 10:30 PM EST</time></div>`, pub: "2025-03-04"},
	{name: "time zone ld vs shown", lang: "es", skel: skelPlain, head: ld45("2025-03-05T03:30:00Z", ""), meta: `<div class="meta">4 de marzo de 2025, 22:30</div>`, pub: "2025-03-04",
		leftover: "the structured UTC day is kept over the local day shown (dateprobe50's shownZone, dropped: htmldate-eval's gold dates such pages by the UTC day)"},
	{name: "url path day later than page", lang: "en", skel: skelPlain, path: "/2025/03/05/headline-of-the-story", meta: `<div class="meta">Published March 4, 2025 11:30 PM</div>`, pub: "2025-03-04"},
	{name: "url path year only different", lang: "en", skel: skelPlain, path: "/2024/headline-of-the-story", meta: `<div class="meta">Published March 4, 2025</div>`, pub: "2025-03-04"},
	{name: "wp published modified text", lang: "pt", skel: skelPlain, meta: `<div class="entry-meta">Publicado em 4 de março de 2025 por <a href="/author/joao/">João Silva</a> · Modificado em 5 de março de 2025</div>`, pub: "2025-03-04", mod: "2025-03-05"},
}

func TestDateProbe80Harder(t *testing.T) {
	checkPages50(t, probe80DateHarder, probe80DateFetched)
}
