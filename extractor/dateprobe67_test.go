package extractor

import (
	"testing"
	"time"
)

// Probe pages of the sixty-seventh round (dates67): English templates
// with their dates in visible text only (Arc XP, Brightspot, Newspaper,
// Jannah, BLOX), relative dates over a machine date in a title or data-*
// attribute, JSON-LD graphs whose WebPage node carries dates, an update
// printed over a "First published" note below the text, a meta line set
// in a <nav>, a bare <time> without its year, and pages in Japanese,
// Korean, Arabic (Eastern Arabic digits, a Hijri date beside the
// Gregorian), Russian, Turkish, Polish, Czech, Hungarian, Romanian,
// Ukrainian, Greek, Hindi, Thai and Hebrew.

var fetched67 = time.Date(2024, 3, 20, 12, 0, 0, 0, time.UTC)

// related67 is a list of related stories under the text, each with a
// bare <time> without its year.
func related67(dates ...string) string {
	s := `<section class="related"><h3>Related stories</h3><ul>`
	for i, d := range dates {
		s += `<li><a href="/news/rel-` + string(rune('a'+i)) + `">Another story on the plans of the council</a> <time>` + d + `</time></li>`
	}
	return s + `</ul></section>`
}

// comments67 is a comment thread whose dates are bare <time>s without
// their year.
func comments67(dates ...string) string {
	s := `<div id="comments"><h3>Comments</h3>`
	for _, d := range dates {
		s += `<div class="comment"><span class="author">Reader</span> <time>` + d + `</time><p>Good to see this finally happening.</p></div>`
	}
	return s + `</div>`
}

func gr67(nodes string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[` + nodes + `]}</script>`
}

// jetpack67 is Jetpack's related posts under a WordPress post's text,
// each card with its date.
func jetpack67(dates ...string) string {
	s := `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">`
	for i, d := range dates {
		href := `/news/related-` + string(rune('a'+i))
		s += `<div class="jp-relatedposts-post jp-relatedposts-post` + string(rune('0'+i)) + `"><a class="jp-relatedposts-post-a" href="` + href + `" rel="nofollow"><img class="jp-relatedposts-post-img" src="/img/` + string(rune('a'+i)) + `.jpg" alt=""></a>` +
			`<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="` + href + `">Another story on the plans of the council</a></h4><p class="jp-relatedposts-post-excerpt">The council met again to discuss the plan.</p>` +
			`<p class="jp-relatedposts-post-date">` + d + `</p><p class="jp-relatedposts-post-context">In "News"</p></div>`
	}
	return s + `</div></div>`
}

// longPara67 is a paragraph of a story's text as long as real ones are.
const longPara67 = "<p>" + longProse + " " + longProse + " " + longProse + "</p>"

var pages67 = []page50{
	// Arc XP, Brightspot, Newspaper: visible text only.
	{name: "arc visible published updated", lang: "en", skel: skelArc,
		meta: `<div class="b-byline">By <a href="/people/jane-doe/">Jane Doe</a></div><div class="b-date"><span>Published March 12, 2024 at 10:15 a.m. EDT</span> <span>Updated March 14, 2024 at 9:00 a.m. EDT</span></div>`,
		rail: rail50("Most Read", "March 19, 2024"), pub: "2024-03-12", mod: "2024-03-14"},
	{name: "arc visible updated first", lang: "en", skel: skelArc,
		meta: `<div class="b-date">Updated March 14, 2024 at 9:00 a.m. EDT | Published March 12, 2024 at 10:15 a.m. EDT</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "brightspot visible", lang: "en", skel: skelBrightspot,
		meta: `<div class="ArticlePage-datePublished">Published March 12, 2024 10:15 AM</div><div class="ArticlePage-dateModified">Updated March 14, 2024 9:00 AM</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "newspaper visible", lang: "en", skel: skelNewspaper, top: `<span>Wednesday, March 20, 2024</span>`,
		meta: `<div class="td-post-author-name">By <a href="/author/jane/">Jane Doe</a></div><span class="td-post-date">March 12, 2024</span>`, rail: rail50("Popular", "March 18, 2024"), pub: "2024-03-12"},
	// Relative shown, machine date in title.
	{name: "timeago abbr title iso", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 12, 13, 15, 0, 0, time.UTC),
		meta: `<div class="byline">By Jane Doe</div><abbr class="timeago" title="2024-03-12T10:15:00Z">Published 3 hours ago</abbr>`, pub: "2024-03-12"},
	{name: "timeago span title text", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 14, 13, 15, 0, 0, time.UTC),
		meta: `<div class="byline">By Jane Doe</div><span class="post-date" title="Tuesday, March 12, 2024 at 10:15 AM">Published 2 days ago</span>`, pub: "2024-03-12"},
	{name: "timeago time title only", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 14, 13, 15, 0, 0, time.UTC),
		meta: `<div class="byline">By Jane Doe</div><time title="2024-03-12 10:15:00">2 days ago</time>`, pub: "2024-03-12"},
	// data-* attributes.
	{name: "data-timestamp seconds", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 12, 13, 15, 0, 0, time.UTC),
		meta: `<div class="byline">By Jane Doe</div><span class="article-date" data-timestamp="1710238500">3 hours ago</span>`, pub: "2024-03-12"},
	{name: "data-timestamp ms", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 12, 13, 15, 0, 0, time.UTC),
		meta: `<div class="byline">By Jane Doe</div><span class="article-date" data-timestamp="1710238500000">3 hours ago</span>`, pub: "2024-03-12"},
	{name: "data-date iso", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 14, 13, 15, 0, 0, time.UTC),
		meta: `<div class="byline">By Jane Doe</div><span class="article-date" data-date="2024-03-12T10:15:00Z">2 days ago</span>`, pub: "2024-03-12"},
	{name: "data-publish-date", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 14, 13, 15, 0, 0, time.UTC),
		meta: `<div class="byline">By Jane Doe</div><div class="article-meta" data-publish-date="2024-03-12T10:15:00Z" data-update-date="2024-03-14T09:00:00Z"><span>Jane Doe</span></div>`, pub: "2024-03-12", mod: "2024-03-14"},
	// JSON-LD graphs.
	{name: "graph webpage and newsarticle", lang: "en", skel: skelPlain,
		head: gr67(`{"@type":"WebPage","@id":"https://news.example/news/headline-of-the-story","datePublished":"2024-03-10T08:00:00+00:00","dateModified":"2024-03-14T09:00:00+00:00"},{"@type":"NewsArticle","@id":"https://news.example/news/headline-of-the-story#article","isPartOf":{"@id":"https://news.example/news/headline-of-the-story"},"headline":"Headline of the story","datePublished":"2024-03-12T10:15:00+00:00","dateModified":"2024-03-14T09:00:00+00:00"}`),
		pub:  "2024-03-12", mod: "2024-03-14"},
	{name: "graph webpage only", lang: "en", skel: skelPlain,
		head: gr67(`{"@type":"WebSite","@id":"https://news.example/#website","name":"Site"},{"@type":"WebPage","@id":"https://news.example/news/headline-of-the-story","datePublished":"2024-03-12T10:15:00+00:00","dateModified":"2024-03-14T09:00:00+00:00"}`),
		pub:  "2024-03-12", mod: "2024-03-14"},
	// Last updated first, first published lower.
	{name: "last updated top first published bottom", lang: "en-GB", skel: skelPlain,
		meta: `<div class="byline">By Jane Doe</div><p class="updated">Last updated: 14 March 2024</p>`,
		tail: `<p class="first-published">First published on 12 March 2024</p>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "last updated top originally published bottom", lang: "en", skel: skelPlain,
		meta: `<div class="byline">By Jane Doe</div><p class="updated">Last updated March 14, 2024</p>`,
		tail: `<p><em>This story was originally published March 12, 2024.</em></p>`, pub: "2024-03-12", mod: "2024-03-14"},
	// Japanese.
	{name: "ja ji fun", lang: "ja", skel: skelPlain, meta: `<div class="article-date"><time>2024年3月12日 10時15分</time></div>`, pub: "2024-03-12"},
	{name: "ja gozen koushin", lang: "ja", skel: skelPlain, meta: `<p class="date">2024年3月12日 午前10時15分 公開</p><p class="date">2024年3月14日 午後9時00分 更新</p>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ja slash labels", lang: "ja", skel: skelPlain, meta: `<div class="post-date">公開日：2024/03/12　更新日：2024/03/14</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ja haishin yearless", lang: "ja", skel: skelPlain, meta: `<div class="byline">共同通信</div><time>3/12(火) 10:15配信</time>`, pub: "2024-03-12"},
	// Korean.
	{name: "ko ipryeok sujeong", lang: "ko", skel: skelPlain, meta: `<div class="byline">홍길동 기자</div><ul class="info"><li>입력 2024.03.12 10:15</li><li>수정 2024.03.14 09:00</li></ul>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ko gisa ipryeok ojeon", lang: "ko", skel: skelPlain, meta: `<div class="date">기사입력 2024-03-12 오전 10:15 | 최종수정 2024-03-14 오후 9:00</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ko seungin", lang: "ko", skel: skelPlain, meta: `<ul class="infomation"><li><i class="icon-user"></i> 홍길동 기자</li><li><i class="icon-clock"></i> 승인 2024.03.12 10:15</li></ul>`, pub: "2024-03-12"},
	{name: "ko deungrok", lang: "ko", skel: skelPlain, meta: `<div class="date">등록 2024-03-12 10:15:00 수정 2024-03-14 09:00:00</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	// Arabic.
	{name: "ar eastern digits", lang: "ar", skel: skelPlain, meta: `<div class="date">الثلاثاء ١٢ مارس ٢٠٢٤ - ١٠:١٥ ص</div>`, pub: "2024-03-12"},
	{name: "ar hijri beside gregorian", lang: "ar", skel: skelPlain, meta: `<div class="date">الثلاثاء 2 رمضان 1445 هـ - 12 مارس 2024 م</div>`, pub: "2024-03-12"},
	{name: "ar hijri first eastern", lang: "ar", skel: skelPlain, meta: `<div class="date">الثلاثاء ٢ رمضان ١٤٤٥ هـ - ١٢ مارس ٢٠٢٤ م</div>`, pub: "2024-03-12"},
	{name: "ar levant months labels", lang: "ar", skel: skelPlain, meta: `<div class="date">نشر في: 12 آذار 2024 10:15 | آخر تحديث: 14 آذار 2024 09:00</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	// Russian.
	{name: "ru genitive", lang: "ru", skel: skelPlain, meta: `<div class="article__info-date"><a href="/20240312/">10:15 12.03.2024</a> (обновлено: 09:00 14.03.2024)</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ru vchera", lang: "ru", skel: skelPlain, fetched: time.Date(2024, 3, 13, 12, 0, 0, 0, time.UTC), meta: `<div class="date">вчера, 10:15</div>`, pub: "2024-03-12"},
	{name: "ru month words", lang: "ru", skel: skelPlain, meta: `<div class="date">12 марта 2024, 10:15</div>`, rail: rail50("Популярное", "18 марта 2024"), pub: "2024-03-12"},
	// Turkish.
	{name: "tr giris guncelleme", lang: "tr", skel: skelPlain, meta: `<div class="date">Giriş: 12.03.2024 10:15 Güncelleme: 14.03.2024 09:00</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "tr weekday after", lang: "tr", skel: skelPlain, meta: `<div class="date">12 Mart 2024 Salı 10:15</div>`, pub: "2024-03-12"},
	// Polish.
	{name: "pl opublikowano weekday", lang: "pl", skel: skelPlain, meta: `<div class="date">Opublikowano: wtorek, 12 marca 2024 10:15</div>`, pub: "2024-03-12"},
	{name: "pl wczoraj", lang: "pl", skel: skelPlain, fetched: time.Date(2024, 3, 13, 12, 0, 0, 0, time.UTC), meta: `<div class="date">wczoraj, 10:15</div>`, pub: "2024-03-12"},
	{name: "pl aktualizacja", lang: "pl", skel: skelPlain, meta: `<div class="date">12.03.2024 10:15, aktualizacja: 14.03.2024 09:00</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ko spaced colon", lang: "ko", skel: skelPlain, meta: `<div class="date">입력 : 2024-03-12 10:15:00 | 수정 : 2024-03-14 09:00:00</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ko choecho", lang: "ko", skel: skelPlain, meta: `<div class="date"><span>최초 입력 2024.03.12 10:15</span><span>업데이트 2024.03.14 09:00</span></div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ko gisajeonsong", lang: "ko", skel: skelPlain, meta: `<div class="date">기사전송 2024-03-12 10:15</div>`, pub: "2024-03-12"},
	{name: "ko dt dd", lang: "ko", skel: skelPlain, meta: `<dl class="date"><dt>입력</dt><dd>2024.03.12 10:15</dd><dt>수정</dt><dd>2024.03.14 09:00</dd></dl>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ja weekday paren", lang: "ja", skel: skelPlain, meta: `<p class="date">2024年3月12日(火) 10:15</p>`, pub: "2024-03-12"},
	{name: "ja reiwa", lang: "ja", skel: skelPlain, meta: `<p class="date">令和6年3月12日</p>`, pub: "2024-03-12"},
	{name: "ja keisai nichiji", lang: "ja", skel: skelPlain, meta: `<p class="date">掲載日時：2024年3月12日 10時15分</p>`, pub: "2024-03-12"},
	{name: "ja dot weekday en", lang: "ja", skel: skelPlain, meta: `<p class="date">2024.03.12 Tue</p>`, pub: "2024-03-12"},
	{name: "ja update first", lang: "ja", skel: skelPlain, meta: `<p class="date">最終更新日：2024年3月14日</p><p class="date">公開日：2024年3月12日</p>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ar nashr label weekday", lang: "ar", skel: skelPlain, meta: `<div class="date">تاريخ النشر: الثلاثاء، 12 مارس 2024 - 10:15 صباحًا</div>`, pub: "2024-03-12"},
	{name: "ar last update eastern", lang: "ar", skel: skelPlain, meta: `<div class="date">نشر في ١٢ مارس ٢٠٢٤</div><div class="date">آخر تحديث: ١٤ مارس ٢٠٢٤</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "ar mundhu", lang: "ar", skel: skelPlain, fetched: time.Date(2024, 3, 12, 13, 15, 0, 0, time.UTC), meta: `<div class="date">منذ 3 ساعات</div>`, pub: "2024-03-12"},
	{name: "ar slash dmy", lang: "ar", skel: skelPlain, meta: `<div class="date">الثلاثاء 12/3/2024 10:15 ص</div>`, pub: "2024-03-12"},
	{name: "ar ymd slash", lang: "ar", skel: skelPlain, meta: `<div class="date">2024/03/12 10:15</div>`, pub: "2024-03-12"},
	{name: "ru opublikovano v", lang: "ru", skel: skelPlain, meta: `<div class="date">Опубликовано 12 марта 2024 в 10:15</div>`, pub: "2024-03-12"},
	{name: "ru segodnya", lang: "ru", skel: skelPlain, fetched: time.Date(2024, 3, 12, 15, 0, 0, 0, time.UTC), meta: `<div class="date">сегодня в 10:15</div>`, pub: "2024-03-12"},
	{name: "ru yearless v", lang: "ru", skel: skelPlain, meta: `<div class="date">12 марта в 10:15</div>`, pub: "2024-03-12"},
	{name: "ru dot pipe", lang: "ru", skel: skelPlain, meta: `<div class="date">12.03.2024 | 10:15</div>`, pub: "2024-03-12"},
	{name: "ru time first", lang: "ru", skel: skelPlain, meta: `<div class="date">10:15, 12 марта 2024</div>`, pub: "2024-03-12"},
	{name: "ru bare time yearless", lang: "ru", skel: skelPlain, meta: `<div class="byline">Иван Петров</div><time>12 марта, 10:15</time>`, pub: "2024-03-12"},
	{name: "tr yayinlanma son guncelleme", lang: "tr", skel: skelPlain, meta: `<div class="date">Yayınlanma: 12.03.2024 - 10:15 Son Güncelleme: 14.03.2024 - 09:00</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "tr weekday comma", lang: "tr", skel: skelPlain, meta: `<div class="date">12 Mart 2024, Salı 10:15</div>`, pub: "2024-03-12"},
	{name: "tr dun", lang: "tr", skel: skelPlain, fetched: time.Date(2024, 3, 13, 12, 0, 0, 0, time.UTC), meta: `<div class="date">Dün 10:15</div>`, pub: "2024-03-12"},
	{name: "tr saat once", lang: "tr", skel: skelPlain, fetched: time.Date(2024, 3, 12, 13, 15, 0, 0, time.UTC), meta: `<div class="date">3 saat önce</div>`, pub: "2024-03-12"},
	{name: "pl dzisiaj", lang: "pl", skel: skelPlain, fetched: time.Date(2024, 3, 12, 15, 0, 0, 0, time.UTC), meta: `<div class="date">dzisiaj, 10:15</div>`, pub: "2024-03-12"},
	{name: "pl abbrev weekday", lang: "pl", skel: skelPlain, meta: `<div class="date">wt., 12 mar 2024 10:15</div>`, pub: "2024-03-12"},
	{name: "pl abbrev aktualizacja", lang: "pl", skel: skelPlain, meta: `<div class="date">12 mar 2024 10:15, aktualizacja: 14 mar 2024 09:00</div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "pl godziny temu", lang: "pl", skel: skelPlain, fetched: time.Date(2024, 3, 12, 13, 15, 0, 0, time.UTC), meta: `<div class="date">3 godziny temu</div>`, pub: "2024-03-12"},
	// Central and eastern Europe, India, Thailand, Israel.
	{name: "cs brezna", lang: "cs", skel: skelPlain, meta: `<div class="date">12. března 2024 10:15</div>`, pub: "2024-03-12"},
	{name: "hu ymd", lang: "hu", skel: skelPlain, meta: `<div class="date">2024. március 12. 10:15</div>`, pub: "2024-03-12"},
	{name: "ro martie", lang: "ro", skel: skelPlain, meta: `<div class="date">12 martie 2024, 10:15</div>`, pub: "2024-03-12"},
	{name: "uk bereznya", lang: "uk", skel: skelPlain, meta: `<div class="date">12 березня 2024, 10:15</div>`, pub: "2024-03-12"},
	{name: "el martiou", lang: "el", skel: skelPlain, meta: `<div class="date">12 Μαρτίου 2024, 10:15</div>`, pub: "2024-03-12"},
	{name: "hi march", lang: "hi", skel: skelPlain, meta: `<div class="date">प्रकाशित: 12 मार्च 2024, 10:15 AM IST</div>`, pub: "2024-03-12"},
	{name: "th buddhist", lang: "th", skel: skelPlain, meta: `<div class="date">12 มี.ค. 2567 10:15 น.</div>`, pub: "2024-03-12"},
	{name: "he dot", lang: "he", skel: skelPlain, meta: `<div class="date">פורסם: 12.03.24, 10:15</div>`, pub: "2024-03-12"},
	{name: "de weekday yearless", lang: "de", skel: skelPlain, meta: `<div class="byline">Von Hans Müller</div><div class="date">Dienstag, 12. März</div>`, pub: "2024-03-12"},
	// More English: Jannah, BLOX, Arc, title on the parent, an empty
	// stamp.
	{name: "jannah last updated", lang: "en", skel: skelPlain, meta: `<div class="single-post-meta post-meta"><span class="meta-author">Jane Doe</span><span class="date meta-item tie-icon">March 12, 2024</span><span class="meta-item last-updated">Last Updated: March 14, 2024</span></div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "jannah ago ld", lang: "en", skel: skelPlain, head: ld45("2024-03-12T10:15:00+00:00", ""), fetched: time.Date(2024, 3, 12, 13, 15, 0, 0, time.UTC), meta: `<div class="single-post-meta post-meta"><span class="date meta-item tie-icon">3 hours ago</span></div>`, pub: "2024-03-12"},
	{name: "blox posted weekday", lang: "en", skel: skelPlain, meta: `<div class="meta">Posted: Tuesday, March 12, 2024 10:15 am</div>`, pub: "2024-03-12"},
	{name: "arc time first", lang: "en", skel: skelPlain, meta: `<div class="b-date">10:15 a.m. EDT March 12, 2024</div>`, pub: "2024-03-12"},
	{name: "title on parent", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 14, 13, 15, 0, 0, time.UTC), meta: `<div class="byline">By Jane Doe</div><span class="date" title="March 12, 2024 10:15 AM"><span class="label">Published</span> 2 days ago</span>`, pub: "2024-03-12"},
	{name: "ms data-time empty", lang: "en", skel: skelPlain, fetched: time.Date(2024, 3, 12, 13, 15, 0, 0, time.UTC), meta: `<div class="byline">By Jane Doe</div><span class="timestamp" data-time="1710238500000"></span>`, pub: "2024-03-12"},
	// A bare <time> without its year; teasers and comments so dated.
	{name: "bare time yearless", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><time class="date">Mar 12, 10:15 AM</time>`, rail: rail50("Most read", "Mar 18, 2024"), pub: "2024-03-12"},
	{name: "bare time yearless last year", lang: "en", skel: skelPlain, fetched: time.Date(2024, 1, 5, 12, 0, 0, 0, time.UTC), meta: `<div class="byline">By Jane Doe</div><time>Dec 30, 10:15 PM</time>`, pub: "2023-12-30"},
	{name: "ja bare time delivered", lang: "ja", skel: skelPlain, meta: `<div class="byline">共同通信</div><time>3/12(火) 10:15配信</time>`, pub: "2024-03-12"},
	{name: "related yearless, dated story", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">March 12, 2024</div>`, tail: related67("Mar 18, 9:00 AM", "Mar 17, 8:00 AM"), pub: "2024-03-12"},
	{name: "related yearless only", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: related67("Mar 18, 9:00 AM", "Mar 17, 8:00 AM")},
	{name: "comments yearless only", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: comments67("Mar 18, 9:00 AM", "Mar 17, 8:00 AM")},
	{name: "comments yearless ld", lang: "en", skel: skelPlain, head: ld45("2024-03-12T10:15:00Z", ""), meta: `<div class="byline">By Jane Doe</div>`, tail: comments67("Mar 18, 9:00 AM", "Mar 17, 8:00 AM"), pub: "2024-03-12"},
	{name: "teasers yearless above", lang: "en", skel: skelPlain, above: related67("Mar 18, 9:00 AM", "Mar 17, 8:00 AM"), meta: `<div class="byline">By Jane Doe</div>`},
	{name: "bare time updated yearless", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">March 12, 2024</div><time>Updated Mar 14, 9:00 AM</time>`, pub: "2024-03-12", mod: "2024-03-14"},
	// A meta line in a <nav>; a pager and a breadcrumb are <nav>s too.
	{name: "nav meta published updated", lang: "en-IN", skel: skelPlain, meta: `<nav class="pst-by"><a href="/author/jane">Jane Doe</a> | Published: March 12, 2024 10:15 am IST | Updated: March 14, 2024 09:00 am IST</nav>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "nav meta list", lang: "en-IN", skel: skelPlain, meta: `<nav class="pst-by"><ul class="pst-by_ul"><li class="pst-by_li"><a class="pst-by_lnk" href="/author/jane">Jane Doe</a></li><li class="pst-by_li">Sports Desk</li><li class="pst-by_li">Updated: March 12, 2024 20:28 IST</li></ul></nav>`, mod: "2024-03-12"},
	{name: "nav pager after text", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<nav class="post-navigation"><span>Previous post</span> <a href="/prev">Council meets</a> <span>Published March 11, 2024</span></nav>`},
	{name: "nav pager linked dates", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<nav class="post-navigation"><div class="nav-previous"><a href="/prev">Previous: Council meets — March 11, 2024</a></div><div class="nav-next"><a href="/next">Next: Budget — March 14, 2024</a></div></nav>`},
	{name: "nav top bar update", lang: "en", skel: skelPlain, above: `<nav class="topbar">Last updated: March 19, 2024</nav>`, meta: `<div class="byline">By Jane Doe</div><div class="date">March 12, 2024</div>`, pub: "2024-03-12"},
	// Malaysia's month-first abbreviation; an update's time alone.
	{name: "ms month first abbrev", lang: "ms", skel: skelPlain, meta: `<div class="byline">Jane Doe</div><div class="date">Mac 12, 2024 @ 10:15am</div>`, pub: "2024-03-12"},
	{name: "update time alone", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date"><time>March 12, 2024, 10:15 a.m. ET</time><span>Updated 11:00 a.m. ET</span></div>`, pub: "2024-03-12", mod: "2024-03-12"},
	// Jetpack's related posts above the entry footer's date (the
	// Twenty-something themes), or with no date of the post's own.
	{name: "jetpack related, footer posted on", lang: "en", skel: skelPlain, inBody: longPara67,
		tail: jetpack67("March 18, 2024", "March 17, 2024", "March 16, 2024") + `<footer class="entry-footer"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/jane/">Jane Doe</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="/news/headline-of-the-story/" rel="bookmark"><time class="entry-date published" datetime="2024-03-12T10:15:00+00:00">March 12, 2024</time><time class="updated" datetime="2024-03-14T09:00:00+00:00">March 14, 2024</time></a></span></footer>`,
		pub:  "2024-03-12", mod: "2024-03-14"},
	{name: "jetpack related, footer plain", lang: "en", skel: skelPlain, inBody: longPara67,
		tail: jetpack67("March 18, 2024", "March 17, 2024") + `<footer class="entry-footer"><span class="posted-on">Posted on March 12, 2024</span></footer>`, pub: "2024-03-12"},
	{name: "jetpack related only", lang: "en", skel: skelPlain, inBody: longPara67, tail: jetpack67("March 18, 2024")},
	// An em dash before the time.
	{name: "em dash time zone", lang: "en-AU", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">March 12, 2024 — 10.15am AEDT</div>`, pub: "2024-03-12"},
	{name: "em dash dmy zone", lang: "en-GB", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">12 March 2024 — 10:15 GMT</div>`, pub: "2024-03-12"},
}

func TestPages67(t *testing.T) {
	checkPages50(t, pages67, fetched67)
}

// A meta line set in a <nav> just under the headline, which labels its
// date, is read as the byline block it is (NDTV's "pst-by"); a pager's
// <nav> below the text and a date alone in a <nav> are not
// (TestNoDateFromHiddenFurniture).
func TestMetaNav67(t *testing.T) {
	for _, c := range []struct{ meta, tail, pub, mod string }{
		{`<nav class="pst-by"><span class="pst-by_lnk">Edited by Jane Doe</span> | <span class="pst-by_lnk">Updated: March 12, 2024 10:15 am IST</span></nav>`, "", "", "2024-03-12T10:15:00+05:30"},
		{`<nav class="pst-by"><a href="/author/jane">Jane Doe</a> | Published: March 12, 2024 10:15 am IST</nav>`, "", "2024-03-12T10:15:00+05:30", ""},
		{`<div class="byline">By Jane Doe</div>`, `<nav class="post-navigation"><span>Previous post</span> <a href="/prev">Council meets</a> <span>Published March 11, 2024</span></nav>`, "", ""},
		{`<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> Updated: March 12, 2024</nav>`, "", "", ""},
	} {
		p := page50{lang: "en-IN", skel: skelPlain, meta: c.meta, tail: c.tail}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched67})
		if published(a) != c.pub || modified(a) != c.mod {
			t.Errorf("%s%s: published %q, modified %q; want %q, %q", c.meta, c.tail, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// An em dash between a date and its time is a separator as a dash is:
// "March 12, 2024 — 10.15am" is read with its time, so that a zone the
// line names, or the instant of the <time> around it, gives the instant
// in the site's zone.
func TestEmDashTime67(t *testing.T) {
	for _, c := range []struct{ meta, pub string }{
		{`<div class="date">March 12, 2024 — 10.15am AEDT</div>`, "2024-03-12T10:15:00+11:00"},
		{`<div class="date">12 March 2024 — 10:15 GMT</div>`, "2024-03-12T10:15:00Z"},
		{`<div class="date">12/03/2024 — 10:15 AEDT</div>`, "2024-03-12T10:15:00+11:00"},
		{`<time datetime="2024-03-11T23:15:00Z">March 12, 2024 — 10.15am</time>`, "2024-03-12T10:15:00+11:00"},
		{`<time datetime="2024-03-11T23:15:00Z">12 March 2024 — 10.15am</time>`, "2024-03-12T10:15:00+11:00"},
	} {
		p := page50{lang: "en-AU", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>` + c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched67})
		if published(a) != c.pub {
			t.Errorf("%s: published %q (%s); want %s", c.meta, published(a), a.Provenance["published_date"], c.pub)
		}
	}
}

// A <time> without a datetime whose text is a day without its year is
// read as the same line in a block is ("Mar 12, 10:15 AM", "3/12(火)
// 10:15配信", "12 марта, 10:15"): the year is the fetch's, or the one
// before when the day would be later. Teasers' and comments' are not.
func TestBareTimeYearless67(t *testing.T) {
	for _, c := range []struct {
		lang, meta, tail string
		fetched          time.Time
		pub              string
	}{
		{"en", `<time class="date">Mar 12, 10:15 AM</time>`, "", fetched67, "2024-03-12"},
		{"en", `<time>Dec 30, 10:15 PM</time>`, "", time.Date(2024, 1, 5, 12, 0, 0, 0, time.UTC), "2023-12-30"},
		{"ja", `<time>3/12(火) 10:15配信</time>`, "", fetched67, "2024-03-12"},
		{"ru", `<time>12 марта, 10:15</time>`, "", fetched67, "2024-03-12"},
		{"en", "", related67("Mar 18, 9:00 AM", "Mar 17, 8:00 AM"), fetched67, ""},
		{"en", "", comments67("Mar 18, 9:00 AM"), fetched67, ""},
	} {
		p := page50{lang: c.lang, skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>` + c.meta, tail: c.tail}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: c.fetched})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s%s: published %q (%s), modified %q; want %q", c.meta, c.tail, published(a), a.Provenance["published_date"], modified(a), c.pub)
		}
	}
}

// Jetpack's related posts ("jp-relatedposts", "related" closed up) are
// furniture as "related-posts" is: their cards' dates are other posts',
// and the entry footer's "Posted on" below them dates the post.
func TestJetpackRelated67(t *testing.T) {
	for _, c := range []struct{ tail, pub string }{
		{jetpack67("March 18, 2024", "March 17, 2024") + `<footer class="entry-footer"><span class="posted-on">Posted on March 12, 2024</span></footer>`, "2024-03-12"},
		{jetpack67("March 18, 2024"), ""},
	} {
		p := page50{lang: "en", skel: skelPlain, inBody: longPara67, tail: c.tail}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched67})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s: published %q (%s), modified %q; want %q", c.tail, published(a), a.Provenance["published_date"], modified(a), c.pub)
		}
	}
}
