package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 81 (dates81).

// probe81DateFetched is the fetch time of round 81's probes: after every
// day they show.
var probe81DateFetched = time.Date(2025, 4, 1, 12, 0, 0, 0, time.UTC)

// probe81DateTeaserTimes are short stories closed by one other story's
// linked headline and a <time> that only the page's metadata reads.
var probe81DateTeaserTimes = []page50{
	{name: "time no text", lang: "en", skel: probe77DateShort, tail: `<div class="next"><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09T10:00:00Z"></time></div>`},
	{name: "time relative", lang: "en", skel: probe77DateShort, tail: `<div class="next"><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09T10:00:00Z">3 weeks ago</time></div>`},
	{name: "time icon", lang: "en", skel: probe77DateShort, tail: `<div class="next"><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09T10:00:00Z"><i class="icon-clock"></i></time></div>`},
	{name: "time span date", lang: "en", skel: probe77DateShort, tail: `<div class="next"><span><a href="/news/other-story">Council approves the new plan for the city's buses</a></span> <span><time datetime="2025-03-09T10:00:00Z">Mar 9</time></span></div>`},
	{name: "author link kept", lang: "en", skel: probe77DateShort, meta: `<div class="byline"><a href="/author/jane-doe">Jane Doe</a> <time datetime="2025-03-05T10:00:00Z">3 weeks ago</time></div>`, pub: "2025-03-05"},
	{name: "permalink kept", lang: "en", skel: probe77DateShort, meta: `<div class="entry-meta"><a href="/news/headline-of-the-story" rel="bookmark">Council approves the new plan for the city's buses</a> <time datetime="2025-03-05T10:00:00Z"></time></div>`, pub: "2025-03-05"},
	{name: "other site kept", lang: "en", skel: probe77DateShort, tail: `<p><a href="https://council.example/press/plan">Press office of the city council statement</a> <time datetime="2025-03-05T10:00:00Z"></time></p>`, pub: "2025-03-05"},
	{name: "posted text kept", lang: "en", skel: probe77DateShort, meta: `<div class="meta">Posted in <a href="/news/local-politics-and-council">Local politics and the city council</a> on <time datetime="2025-03-05T10:00:00Z">March 5</time></div>`, pub: "2025-03-05"},
	{name: "li time", lang: "en", skel: probe77DateShort, tail: `<ul><li><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09">Mar 9</time></li></ul>`},
}

func TestDateProbe81TeaserTimes(t *testing.T) {
	checkPages50(t, probe81DateTeaserTimes, probe81DateFetched)
}

// probe81DateOriginally are pages whose byline dates them beside a note
// that the piece first appeared on another day, opening a meta line or in
// the text: the byline's date is the page's; a page whose only date is
// the note's keeps it.
var probe81DateOriginally = []page50{
	{name: "meta line opens with note", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20, 2025</div><div class="meta">Originally published on March 2, 2025</div>`, pub: "2025-03-20"},
	{name: "meta line note before byline", lang: "en", skel: skelPlain, meta: `<div class="meta">Originally published on March 2, 2025</div><div class="byline">By Jane Doe · March 20, 2025</div>`, pub: "2025-03-20"},
	{name: "note in body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20, 2025</div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-20"},
	{name: "note in body on site", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20, 2025</div>`, inBody: `<p><em>This story was originally published on The Conversation on March 2, 2025.</em></p>`, pub: "2025-03-20"},
	{name: "note in tail", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20, 2025</div>`, tail: `<p class="note">Originally published on March 2, 2025</p>`, pub: "2025-03-20"},
	{name: "byline time", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe <time datetime="2025-03-20T10:00:00Z">March 20, 2025</time></div><p class="note">Originally published March 2, 2025</p>`, pub: "2025-03-20"},
	{name: "byline date only", lang: "en", skel: skelPlain, meta: `<p class="date">March 20, 2025</p><p>Originally published on March 2, 2025 at Example Weekly</p>`, pub: "2025-03-20"},
	{name: "es", lang: "es", skel: skelPlain, meta: `<div class="byline">Por Ana García · 20 de marzo de 2025</div>`, inBody: `<p>Publicado originalmente el 2 de marzo de 2025 en El Diario.</p>`, pub: "2025-03-20"},
	{name: "de", lang: "de", skel: skelPlain, meta: `<div class="byline">Von Anna Schmidt · 20.03.2025</div>`, inBody: `<p>Dieser Beitrag erschien zuerst am 02.03.2025 bei der Zeitung.</p>`, pub: "2025-03-20"},
	{name: "fr", lang: "fr", skel: skelPlain, meta: `<div class="byline">Par Marie Dupont · 20 mars 2025</div>`, inBody: `<p>Cet article a été publié initialement le 2 mars 2025 sur The Conversation.</p>`, pub: "2025-03-20"},
	{name: "note opens byline line", lang: "en", skel: skelPlain, meta: `<div class="meta">Originally published March 2, 2025 · By Jane Doe · March 20, 2025</div>`, pub: "2025-03-20"},
	{name: "note opens line pipes", lang: "en", skel: skelPlain, meta: `<p class="meta">Originally published on March 2, 2025 | Jane Doe | March 20, 2025</p>`, pub: "2025-03-20"},
	{name: "note and update line", lang: "en", skel: skelPlain, meta: `<p class="meta">Originally published March 2, 2025 · Updated March 20, 2025</p>`, pub: "2025-03-02", mod: "2025-03-20"},
	{name: "note opens line alone kept", lang: "en", skel: skelPlain, meta: `<p class="meta">Originally published March 2, 2025 · By Jane Doe</p>`, pub: "2025-03-02"},
	{name: "note time element", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20, 2025</div>`, inBody: `<p><em>Originally published on <time datetime="2025-03-02">March 2, 2025</time>.</em></p>`, pub: "2025-03-20"},
	{name: "byline only time, note in body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe <time datetime="2025-03-20T10:00:00Z"></time></div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-20"},
	{name: "byline relative, note in body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · 3 days ago</div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-29"},
	{name: "byline without year, note in body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20</div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-20"},
	{name: "tr ilk olarak", lang: "tr", skel: skelPlain, meta: `<div class="date">20.03.2025</div>`, inBody: `<p>Bu yazı ilk olarak 02.03.2025 tarihinde yayımlandı.</p>`, pub: "2025-03-20"},
	{name: "note label strong", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20, 2025</div><p><strong>Originally published:</strong> March 2, 2025</p>`, pub: "2025-03-20"},
	{name: "note with jsonld", lang: "en", skel: skelPlain, head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"2025-03-20T10:00:00Z"}</script>`, meta: `<div class="byline">By Jane Doe · March 20, 2025</div><div class="meta">Originally published on March 2, 2025</div>`, pub: "2025-03-20"},
	{name: "date line then note line", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">March 20, 2025</div>`, inBody: `<p>Originally published March 2, 2025, in the Weekly.</p>`, pub: "2025-03-20"},
	{name: "it", lang: "it", skel: skelPlain, meta: `<div class="byline">di Marco Rossi · 20 marzo 2025</div>`, inBody: `<p>Questo articolo è stato pubblicato originariamente il 2 marzo 2025.</p>`, pub: "2025-03-20"},
	{name: "pt", lang: "pt", skel: skelPlain, meta: `<div class="byline">Por Ana Souza · 20/03/2025</div>`, inBody: `<p>Publicado originalmente em 02/03/2025 no Jornal.</p>`, pub: "2025-03-20"},
	{name: "nl", lang: "nl", skel: skelPlain, meta: `<div class="byline">Door Jan de Vries · 20 maart 2025</div>`, inBody: `<p>Dit artikel verscheen eerder op 2 maart 2025 in de krant.</p>`, pub: "2025-03-20"},
	{name: "ru", lang: "ru", skel: skelPlain, meta: `<div class="byline">Иван Петров · 20 марта 2025</div>`, inBody: `<p>Статья впервые опубликована 2 марта 2025 года.</p>`, pub: "2025-03-20"},
	{name: "id", lang: "id", skel: skelPlain, meta: `<div class="byline">Oleh Budi Santoso · 20 Maret 2025</div>`, inBody: `<p>Artikel ini pertama kali diterbitkan pada 2 Maret 2025.</p>`, pub: "2025-03-20"},
	{name: "zh", lang: "zh", skel: skelPlain, meta: `<div class="info">作者：张伟 发布时间：2025-03-20</div>`, inBody: `<p>本文原载于2025年3月2日《江州日报》。</p>`, pub: "2025-03-20"},
	{name: "only note kept", lang: "en", skel: skelPlain, meta: `<div class="meta">Originally published on March 2, 2025</div>`, pub: "2025-03-02"},
	{name: "only note in body kept", lang: "en", skel: skelPlain, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-02"},
	{name: "only note tail kept", lang: "en", skel: skelPlain, tail: `<p class="note">This article was originally published on March 2, 2025.</p>`, pub: "2025-03-02"},
}

func TestDateProbe81Originally(t *testing.T) {
	checkPages50(t, probe81DateOriginally, probe81DateFetched)
}

// probe81DateZhTeaser are Chinese short stories closed by one other
// story's linked headline (eight Han characters or more) and its date:
// the link leads to an article of the site (a document's address, a dated
// one), unlike an account's or an author's page beside the page's own
// date, which keeps it.
var probe81DateZhTeaser = []page50{
	{name: "zh dede row", lang: "zh-CN", skel: probe77DateShort, tail: `<div class="xgwz"><a href="/a/news/2025/0309/1234.html" target="_blank">全市公交线路优化调整方案正式公布</a><span class="time">2025-03-09</span></div>`},
	{name: "zh dated folder", lang: "zh-CN", skel: probe77DateShort, tail: `<p><a href="https://news.example/2025/03/09/bus-plan/">全市公交线路优化调整方案正式公布</a>（2025年03月09日）</p>`},
	{name: "zh trs shtml", lang: "zh-CN", skel: probe77DateShort, tail: `<div class="related"><a href="../202503/t20250309_123456.shtml">全市公交线路优化调整方案正式公布</a> [2025-03-09]</div>`},
	{name: "zh time element", lang: "zh-CN", skel: probe77DateShort, tail: `<div class="next-news"><a href="/news/2025/0309/1234.html">全市公交线路优化调整方案正式公布</a><time datetime="2025-03-09T10:00:00+08:00"></time></div>`},
	{name: "zh related label", lang: "zh-CN", skel: probe77DateShort, tail: `<p>相关新闻：<a href="/news/2025/0309/1234.html">全市公交线路优化调整方案正式公布</a> 2025-03-09</p>`},
	{name: "zh li one", lang: "zh-CN", skel: probe77DateShort, tail: `<ul class="list"><li><a href="/news/2025/0309/1234.html">全市公交线路优化调整方案正式公布</a><span>03-09</span></li></ul>`},
	{name: "ja one row", lang: "ja", skel: probe77DateShort, tail: `<div class="next"><a href="/news/20250309/123.html">市議会が市内バスの新しい計画を正式に承認</a> <span>2025年3月9日</span></div>`},
	{name: "zh account kept", lang: "zh-CN", skel: probe77DateShort, meta: `<div class="article-meta"><span>2025-03-05 14:22</span><span>·</span><span class="name"><a href="/c/123">江州日报官方账号江州日报</a></span></div>`, pub: "2025-03-05"},
	{name: "zh account after kept", lang: "zh-CN", skel: probe77DateShort, tail: `<div class="author"><a href="/u/1234567">江州日报新闻客户端官方账号</a> <span>2025-03-05</span></div>`, pub: "2025-03-05"},
	{name: "zh source html kept", lang: "zh-CN", skel: probe77DateShort, meta: `<div class="info">来源：<a href="/dy/media/T1234.html">江州日报新闻客户端官方账号</a> 2025-03-05 14:22</div>`, pub: "2025-03-05"},
	{name: "zh permalink kept", lang: "zh-CN", skel: probe77DateShort, path: "/news/202503/t20250305_1.html", meta: `<div class="info"><a href="/news/202503/t20250305_1.html">全市公交线路优化调整方案正式公布</a> 2025-03-05</div>`, pub: "2025-03-05"},
}

func TestDateProbe81ZhTeaser(t *testing.T) {
	checkPages50(t, probe81DateZhTeaser, probe81DateFetched)
}

// probe81DateTemplates are meta lines of CMS templates in the languages
// of issue 13's list.
var probe81DateTemplates = []page50{
	{name: "bitrix ru", lang: "ru", skel: skelPlain, meta: `<div class="news-detail"><span class="news-date-time">04.03.2025</span></div>`, pub: "2025-03-04"},
	{name: "dle ru", lang: "ru", skel: skelPlain, meta: `<div class="story_info"><span class="date">4-03-2025, 10:15</span> <span>Просмотров: 120</span></div>`, pub: "2025-03-04"},
	{name: "dle ru today", lang: "ru", skel: skelPlain, meta: `<div class="story_info"><span class="date">Сегодня, 10:15</span></div>`, pub: "2025-04-01"},
	{name: "dle ru yesterday", lang: "ru", skel: skelPlain, meta: `<div class="story_info"><span class="date">Вчера, 10:15</span></div>`, pub: "2025-03-31"},
	{name: "uk вчора", lang: "uk", skel: skelPlain, meta: `<div class="meta"><span class="date">Вчора, 10:15</span></div>`, pub: "2025-03-31"},
	{name: "es hace", lang: "es", skel: skelPlain, meta: `<div class="meta">Publicado hace 3 días</div>`, pub: "2025-03-29"},
	{name: "pt há", lang: "pt", skel: skelPlain, meta: `<div class="meta">Publicado há 3 dias</div>`, pub: "2025-03-29"},
	{name: "fr il y a", lang: "fr", skel: skelPlain, meta: `<div class="meta">Publié il y a 3 jours</div>`, pub: "2025-03-29"},
	{name: "de vor", lang: "de", skel: skelPlain, meta: `<div class="meta">Veröffentlicht vor 3 Tagen</div>`, pub: "2025-03-29"},
	{name: "it fa", lang: "it", skel: skelPlain, meta: `<div class="meta">Pubblicato 3 giorni fa</div>`, pub: "2025-03-29"},
	{name: "tr önce", lang: "tr", skel: skelPlain, meta: `<div class="meta">3 gün önce</div>`, pub: "2025-03-29"},
	{name: "pl temu", lang: "pl", skel: skelPlain, meta: `<div class="meta">Opublikowano 3 dni temu</div>`, pub: "2025-03-29"},
	{name: "nl geleden", lang: "nl", skel: skelPlain, meta: `<div class="meta">3 dagen geleden</div>`, pub: "2025-03-29"},
	{name: "id lalu", lang: "id", skel: skelPlain, meta: `<div class="meta">3 hari yang lalu</div>`, pub: "2025-03-29"},
	{name: "vi trước", lang: "vi", skel: skelPlain, meta: `<div class="meta">3 ngày trước</div>`, pub: "2025-03-29"},
	{name: "ro acum", lang: "ro", skel: skelPlain, meta: `<div class="meta">acum 3 zile</div>`, pub: "2025-03-29"},
	{name: "ar منذ", lang: "ar", skel: skelPlain, meta: `<div class="meta">منذ 3 أيام</div>`, pub: "2025-03-29"},
	{name: "fa پیش", lang: "fa", skel: skelPlain, meta: `<div class="meta">۳ روز پیش</div>`, pub: "2025-03-29"},
	{name: "hi पहले", lang: "hi", skel: skelPlain, meta: `<div class="meta">3 दिन पहले</div>`, pub: "2025-03-29"},
	{name: "ja 日前", lang: "ja", skel: skelPlain, meta: `<div class="meta">3日前</div>`, pub: "2025-03-29"},
	{name: "ko 일 전", lang: "ko", skel: skelPlain, meta: `<div class="meta">3일 전</div>`, pub: "2025-03-29"},
	{name: "zh 天前", lang: "zh", skel: skelPlain, meta: `<div class="meta">3天前</div>`, pub: "2025-03-29"},
	{name: "naver 입력 수정", lang: "ko", skel: skelPlain, meta: `<div class="media_end_head_info_datestamp"><div><span>입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2025-03-04 10:15:00">2025.03.04. 오전 10:15</span></div><div><span>수정</span><span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2025-03-05 12:00:00">2025.03.05. 오후 12:00</span></div></div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "ko 기사입력", lang: "ko", skel: skelPlain, meta: `<div class="info">기사입력 2025-03-04 10:15 | 최종수정 2025-03-05 12:00</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "ko 승인", lang: "ko", skel: skelPlain, meta: `<ul class="infomation"><li><i class="icon-clock"></i> 승인 2025.03.04 10:15</li><li>수정 2025.03.05 12:00</li></ul>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "ja 公開 更新", lang: "ja", skel: skelPlain, meta: `<div class="meta">公開日：2025年3月4日 10時15分 / 更新日：2025年3月5日</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "ja 配信", lang: "ja", skel: skelPlain, meta: `<p class="date">3/4(火) 10:15配信</p>`, pub: "2025-03-04"},
	{name: "ar نشر في", lang: "ar", skel: skelPlain, meta: `<div class="meta">نشر في: الثلاثاء 4 مارس 2025 - 10:15 | آخر تحديث: الأربعاء 5 مارس 2025</div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "ar levant", lang: "ar", skel: skelPlain, meta: `<div class="meta">تاريخ النشر: 4 آذار 2025</div>`, pub: "2025-03-04"},
	{name: "fa jalali", lang: "fa", skel: skelPlain, meta: `<div class="meta">تاریخ انتشار: ۱۴ اسفند ۱۴۰۳ - ۱۰:۱۵</div>`, pub: "2025-03-04"},
	{name: "pt atualizado", lang: "pt", skel: skelPlain, meta: `<div class="meta">04/03/2025 10h15 Atualizado há 2 dias</div>`, pub: "2025-03-04", mod: "2025-03-30"},
	{name: "pt globo", lang: "pt", skel: skelPlain, meta: `<p class="content-publication-data__updated">04/03/2025 10h15  Atualizado  05/03/2025</p>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "es actualizado only", lang: "es", skel: skelPlain, meta: `<div class="meta">Actualizado 05/03/2025 - 12:00</div>`, mod: "2025-03-05"},
	{name: "fr mis à jour only", lang: "fr", skel: skelPlain, meta: `<div class="meta">Mis à jour le 5 mars 2025 à 12h00</div>`, mod: "2025-03-05"},
	{name: "de aktualisiert only", lang: "de", skel: skelPlain, meta: `<div class="meta">Aktualisiert am 05.03.2025, 12:00 Uhr</div>`, mod: "2025-03-05"},
	{name: "it aggiornato only", lang: "it", skel: skelPlain, meta: `<div class="meta">Aggiornato il 5 marzo 2025 alle 12:00</div>`, mod: "2025-03-05"},
	{name: "ru обновлено only", lang: "ru", skel: skelPlain, meta: `<div class="meta">Обновлено 05.03.2025 12:00</div>`, mod: "2025-03-05"},
	{name: "zh 更新 alone is the dateline", lang: "zh", skel: skelPlain, meta: `<div class="meta">更新时间：2025-03-05 12:00</div>`, pub: "2025-03-05"},
	{name: "ja 更新 only", lang: "ja", skel: skelPlain, meta: `<div class="meta">最終更新日：2025年3月5日</div>`, mod: "2025-03-05"},
	{name: "tr güncellendi only", lang: "tr", skel: skelPlain, meta: `<div class="meta">Güncellenme: 05.03.2025 12:00</div>`, mod: "2025-03-05"},
	{name: "vi dateline", lang: "vi", skel: skelPlain, meta: `<div class="meta">Thứ Ba, 04/03/2025, 10:15 (GMT+7)</div>`, pub: "2025-03-04"},
	{name: "id wib", lang: "id", skel: skelPlain, meta: `<div class="date">Selasa, 04 Mar 2025 10:15 WIB</div>`, pub: "2025-03-04"},
	{name: "hi dateline", lang: "hi", skel: skelPlain, meta: `<div class="meta">अपडेटेड Tue, 04 Mar 2025 10:15 AM (IST)</div>`, mod: "2025-03-04"},
	{name: "pl dzisiaj", lang: "pl", skel: skelPlain, meta: `<div class="meta">Dzisiaj, 10:15</div>`, pub: "2025-04-01"},
	{name: "de heute", lang: "de", skel: skelPlain, meta: `<div class="meta">Heute, 10:15 Uhr</div>`, pub: "2025-04-01"},
	{name: "es ayer", lang: "es", skel: skelPlain, meta: `<div class="meta">Ayer, 10:15</div>`, pub: "2025-03-31"},
	{name: "tr dün", lang: "tr", skel: skelPlain, meta: `<div class="meta">Dün 10:15</div>`, pub: "2025-03-31"},
}

func TestDateProbe81Templates(t *testing.T) {
	checkPages50(t, probe81DateTemplates, probe81DateFetched)
}

// probe81DateCMS are the date markup of more CMSs and themes.
var probe81DateCMS = []page50{
	{name: "wp twentytwenty updated hidden", lang: "en", skel: skelPlain, meta: `<div class="post-meta"><span class="posted-on"><a href="/news/headline-of-the-story" rel="bookmark"><time class="entry-date published" datetime="2025-03-04T10:15:00+00:00">March 4, 2025</time><time class="updated" datetime="2025-03-20T09:00:00+00:00">March 20, 2025</time></a></span></div>`, pub: "2025-03-04", mod: "2025-03-20"},
	{name: "wp astra", lang: "en", skel: skelPlain, meta: `<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/jane/"><span class="author-name">Jane Doe</span></a></span> / <span class="published">March 4, 2025</span><span class="updated"> March 20, 2025</span></div>`, pub: "2025-03-04", mod: "2025-03-20"},
	{name: "wp newspaper td", lang: "en", skel: skelPlain, meta: `<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/jane/">Jane Doe</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2025-03-04T10:15:00+00:00">March 4, 2025</time></span></div>`, pub: "2025-03-04"},
	{name: "wp jnews", lang: "en", skel: skelPlain, meta: `<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">by <a href="/author/jane/">Jane Doe</a></div><div class="jeg_meta_date"><a href="/news/headline-of-the-story">March 4, 2025</a></div></div></div>`, pub: "2025-03-04"},
	{name: "arc xp", lang: "en", skel: skelPlain, meta: `<div class="b-article-header__date"><span class="c-date">Published March 4, 2025 at 10:15 a.m. EST</span><span class="c-date">Updated March 20, 2025 at 9:00 a.m. EDT</span></div>`, pub: "2025-03-04", mod: "2025-03-20"},
	{name: "brightspot", lang: "en", skel: skelPlain, meta: `<div class="Page-datePublished">Published <bsp-timestamp data-timestamp="1741083300000"><span>March 4, 2025</span></bsp-timestamp></div><div class="Page-dateModified">Updated <bsp-timestamp data-timestamp="1742461200000"><span>March 20, 2025</span></bsp-timestamp></div>`, pub: "2025-03-04", mod: "2025-03-20"},
	{name: "drupal submitted", lang: "en", skel: skelPlain, meta: `<div class="submitted">Submitted by <span class="username">jdoe</span> on <span>Tue, 03/04/2025 - 10:15</span></div>`, pub: "2025-03-04"},
	{name: "drupal node date es", lang: "es", skel: skelPlain, meta: `<div class="node__meta"><span class="field--name-uid">jdoe</span> <span>Mar, 04/03/2025 - 10:15</span></div>`, pub: "2025-03-04"},
	{name: "joomla", lang: "en", skel: skelPlain, meta: `<dl class="article-info"><dd class="published"><span class="icon-calendar"></span><time datetime="2025-03-04T10:15:00+00:00">Published: 04 March 2025</time></dd><dd class="modified"><time datetime="2025-03-20T09:00:00+00:00">Last Updated: 20 March 2025</time></dd></dl>`, pub: "2025-03-04", mod: "2025-03-20"},
	{name: "ghost", lang: "en", skel: skelPlain, meta: `<div class="gh-article-meta"><span class="gh-article-meta-date"><time datetime="2025-03-04">Mar 4, 2025</time></span> <span class="bull">—</span> 4 min read</div>`, pub: "2025-03-04"},
	{name: "substack", lang: "en", skel: skelPlain, meta: `<div class="post-meta"><div class="pencraft">Jane Doe</div><div class="pencraft">Mar 04, 2025</div></div>`, pub: "2025-03-04"},
	{name: "blogger", lang: "en", skel: skelPlain, above: `<h2 class="date-header"><span>Tuesday, March 4, 2025</span></h2>`, pub: "2025-03-04"},
	{name: "medium", lang: "en", skel: skelPlain, meta: `<div><span>4 min read</span><span>·</span><span>Mar 4, 2025</span></div>`, pub: "2025-03-04"},
	{name: "bitrix en", lang: "ru", skel: skelPlain, meta: `<div class="news-date-time">4 марта 2025 10:15</div>`, pub: "2025-03-04"},
	{name: "dedecms info", lang: "zh-CN", skel: skelPlain, meta: `<div class="info"><small>时间:</small>2025-03-04 10:15<small>来源:</small>江州日报<small>作者:</small>张伟<small>点击:</small><script src="/plus/count.php?view=yes&aid=123"></script>次</div>`, pub: "2025-03-04"},
	{name: "phpcms", lang: "zh-CN", skel: skelPlain, meta: `<div class="tit_info">2025-03-04 10:15:32&nbsp;&nbsp;&nbsp;来源：江州日报&nbsp;&nbsp;&nbsp;评论：<span id="comment">0</span> 点击:<span id="hits"></span></div>`, pub: "2025-03-04"},
	{name: "trs wcm", lang: "zh-CN", skel: skelPlain, meta: `<div class="pages-date">2025-03-04 10:15<span class="font">来源：江州市人民政府</span><span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span></div>`, pub: "2025-03-04"},
	{name: "empire cms", lang: "zh-CN", skel: skelPlain, meta: `<div class="newstime">发布时间：2025-03-04 10:15:32 &nbsp; 浏览次数：<script src="/e/public/ViewClick/?classid=1&id=2"></script></div>`, pub: "2025-03-04"},
	{name: "livedoor", lang: "ja", skel: skelPlain, above: `<div class="date">2025年03月04日</div>`, meta: `<div class="article-footer">カテゴリ：<a href="/archives/cat_1.html">ニュース</a></div>`, pub: "2025-03-04"},
	{name: "ameblo", lang: "ja", skel: skelPlain, meta: `<div class="skin-entryHead"><p class="skin-textQuiet"><time datetime="2025-03-04" class="skin-textQuiet">2025-03-04 10:15:00</time></p></div>`, pub: "2025-03-04"},
	{name: "naver blog", lang: "ko", skel: skelPlain, meta: `<div class="blog2_container"><span class="nick">jdoe</span><span class="se_publishDate pcol2">2025. 3. 4. 10:15</span></div>`, pub: "2025-03-04"},
	{name: "daum tistory", lang: "ko", skel: skelPlain, meta: `<div class="info"><span class="category">뉴스</span><span class="date">2025. 3. 4. 10:15</span></div>`, pub: "2025-03-04"},
	{name: "vnexpress", lang: "vi", skel: skelPlain, meta: `<span class="date">Thứ ba, 4/3/2025, 10:15 (GMT+7)</span>`, pub: "2025-03-04"},
	{name: "detik", lang: "id", skel: skelPlain, meta: `<div class="detail__date">Selasa, 04 Mar 2025 10:15 WIB</div>`, pub: "2025-03-04"},
	{name: "hurriyet", lang: "tr", skel: skelPlain, meta: `<div class="news-date"><span>Giriş Tarihi: </span><time datetime="2025-03-04T10:15:00+03:00">04.03.2025 - 10:15</time><span> Güncelleme Tarihi: </span><time datetime="2025-03-05T12:00:00+03:00">05.03.2025 - 12:00</time></div>`, pub: "2025-03-04", mod: "2025-03-05"},
	{name: "wp ro", lang: "ro", skel: skelPlain, meta: `<div class="entry-meta">de <a href="/author/ion/">Ion Popescu</a> | 4 martie 2025</div>`, pub: "2025-03-04"},
	{name: "wp uk", lang: "uk", skel: skelPlain, meta: `<div class="entry-meta">4 березня 2025, 10:15 · <a href="/author/ivan/">Іван Петренко</a></div>`, pub: "2025-03-04"},
	{name: "wp pl", lang: "pl", skel: skelPlain, meta: `<div class="entry-meta">Dodano: 4 marca 2025 · <a href="/author/jan/">Jan Kowalski</a></div>`, pub: "2025-03-04"},
	{name: "wp nl", lang: "nl", skel: skelPlain, meta: `<div class="entry-meta">Geplaatst op 4 maart 2025 door <a href="/author/jan/">Jan de Vries</a></div>`, pub: "2025-03-04"},
	{name: "wp fa", lang: "fa", skel: skelPlain, meta: `<div class="entry-meta">ارسال شده در ۱۴ اسفند ۱۴۰۳ توسط <a href="/author/ali/">علی</a></div>`, pub: "2025-03-04"},
	{name: "wp fa written", lang: "fa", skel: skelPlain, meta: `<div class="entry-meta">نوشته شده در ۱۴ اسفند ۱۴۰۳</div>`, pub: "2025-03-04"},
	{name: "fa date sent", lang: "fa", skel: skelPlain, meta: `<div class="entry-meta">تاریخ ارسال: 1403/12/14</div>`, pub: "2025-03-04"},
	{name: "wp fa posted in category", lang: "fa", skel: skelPlain, meta: `<div class="entry-meta">ارسال شده در <a href="/category/news/">اخبار</a> · ۱۴ اسفند ۱۴۰۳</div>`, pub: "2025-03-04"},
	{name: "wp ar", lang: "ar", skel: skelPlain, meta: `<div class="entry-meta">بواسطة <a href="/author/ali/">علي حسن</a> · 4 مارس، 2025</div>`, pub: "2025-03-04"},
	{name: "wp hi", lang: "hi", skel: skelPlain, meta: `<div class="entry-meta">द्वारा <a href="/author/ram/">राम शर्मा</a> · 4 मार्च 2025</div>`, pub: "2025-03-04"},
}

func TestDateProbe81CMS(t *testing.T) {
	checkPages50(t, probe81DateCMS, probe81DateFetched)
}
