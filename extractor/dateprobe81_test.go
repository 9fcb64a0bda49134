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
	{name: "note opens byline line", lang: "en", skel: skelPlain, meta: `<div class="meta">Originally published March 2, 2025 · By Jane Doe · March 20, 2025</div>`, pub: "2025-03-20",
		leftover: "a block that holds a note marks every date in it the note's (scanner.original), the byline's after the note's too"},
	{name: "note time element", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · March 20, 2025</div>`, inBody: `<p><em>Originally published on <time datetime="2025-03-02">March 2, 2025</time>.</em></p>`, pub: "2025-03-20"},
	{name: "byline only time, note in body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe <time datetime="2025-03-20T10:00:00Z"></time></div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-20"},
	{name: "byline relative, note in body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe · 3 days ago</div>`, inBody: `<p><em>Originally published on March 2, 2025.</em></p>`, pub: "2025-03-29"},
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
	{name: "zh account kept", lang: "zh-CN", skel: probe77DateShort, meta: `<div class="article-meta"><span>2025-03-05 14:22</span><span>·</span><span class="name"><a href="/c/123">江州日报官方账号江州日报</a></span></div>`, pub: "2025-03-05"},
	{name: "zh account after kept", lang: "zh-CN", skel: probe77DateShort, tail: `<div class="author"><a href="/u/1234567">江州日报新闻客户端官方账号</a> <span>2025-03-05</span></div>`, pub: "2025-03-05"},
	{name: "zh source html kept", lang: "zh-CN", skel: probe77DateShort, meta: `<div class="info">来源：<a href="/dy/media/T1234.html">江州日报新闻客户端官方账号</a> 2025-03-05 14:22</div>`, pub: "2025-03-05"},
	{name: "zh permalink kept", lang: "zh-CN", skel: probe77DateShort, path: "/news/202503/t20250305_1.html", meta: `<div class="info"><a href="/news/202503/t20250305_1.html">全市公交线路优化调整方案正式公布</a> 2025-03-05</div>`, pub: "2025-03-05"},
}

func TestDateProbe81ZhTeaser(t *testing.T) {
	checkPages50(t, probe81DateZhTeaser, probe81DateFetched)
}
