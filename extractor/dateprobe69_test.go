package extractor

import (
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Probe pages of the sixty-ninth round (dates69): a byline that runs on
// into the day without a separator ("By Jane Doe Tuesday, March 12");
// data attributes named for the publication or the update on an element
// under the headline that shows no date; and, all read before the round,
// Hong Kong, Taiwanese and Japanese day forms, Russian Bitrix and DLE
// lines, relative dates in four languages, Vietnamese, Indonesian, Thai,
// Persian and Arabic-Indic forms.

var fetched69 = time.Date(2024, 3, 12, 17, 0, 0, 0, time.UTC)

var pages69 = []page50{
	// (a) byline and day inline, no separator.
	{name: "en byline day inline span", lang: "en", skel: skelPlain, meta: `<div class="meta"><span class="author">By Jane Doe</span> <span class="date">Tuesday, March 12, 2024</span></div>`, pub: "2024-03-12"},
	{name: "en byline day inline text", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe Tuesday, March 12, 2024</p>`, pub: "2024-03-12"},
	{name: "en byline day inline link", lang: "en", skel: skelPlain, meta: `<p class="byline">By <a href="/author/jane-doe">Jane Doe</a> Tuesday, March 12, 2024</p>`, pub: "2024-03-12"},
	{name: "en byline day inline newspaper", lang: "en", skel: skelNewspaper, meta: `<div class="td-module-meta-info"><span class="td-post-author-name">By Jane Doe</span> <span class="td-post-date">Tuesday, March 12</span></div>`, pub: "2024-03-12"},
	{name: "es byline day inline newspaper", lang: "es", skel: skelNewspaper, meta: `<div class="td-module-meta-info"><span class="td-post-author-name">Por Juan Pérez</span> <span class="td-post-date">martes, 12 de marzo</span></div>`, pub: "2024-03-12"},
	{name: "en byline day inline no weekday", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe March 12, 2024</p>`, pub: "2024-03-12"},
	{name: "en byline day inline time", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe Tuesday, March 12, 2024 10:15 AM</p>`, pub: "2024-03-12"},
	// (b) data-* attributes on an element with no date text.
	{name: "data-publish-date header", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="article-meta" data-publish-date="2024-03-12T10:15:00Z"><span class="share">Share</span></div>`, pub: "2024-03-12"},
	{name: "data-published epoch", lang: "en", skel: skelPlain, meta: `<div class="byline" data-published="1710238500">By Jane Doe</div>`, pub: "2024-03-12"},
	{name: "data-timestamp ms byline", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe <span class="timestamp" data-timestamp="1710238500000"></span></div>`, pub: "2024-03-12"},
	{name: "data-time header", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><span class="date" data-time="2024-03-12 10:15:00"></span>`, pub: "2024-03-12"},
	{name: "data-publish-date teaser only", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<section class="related"><h3>Related</h3><ul><li data-publish-date="2024-03-10T10:15:00Z"><a href="/news/other-story">Another story about the city council plan</a></li></ul></section>`},
	{name: "data update date header", lang: "en", skel: skelPlain, fetched: fetched67, meta: `<div class="byline">By Jane Doe</div><div class="article-meta" data-publish-date="2024-03-12T10:15:00Z" data-update-date="2024-03-14T09:00:00Z"><span class="share">Share</span></div>`, pub: "2024-03-12", mod: "2024-03-14"},
	{name: "data-publish-date card under headline", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><ul class="related-links"><li data-publish-date="2024-03-10T10:15:00Z"><a href="/news/other-story">Another story about the city council plan</a></li><li data-publish-date="2024-03-09T10:15:00Z"><a href="/news/third-story">A third story about the bus network</a></li></ul>`},
	{name: "data-start-time event", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="event-card" data-start-time="2024-03-10T10:15:00Z"><span>Council meeting</span></div>`},
	{name: "data-time video offset", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="video-player" data-time="120"><span>Watch</span></div>`},
	// (c) Hong Kong / Taiwan / Japanese.
	{name: "ja pm time", lang: "ja", skel: skelPlain, meta: `<div class="date">2024年3月12日 午後2時22分</div>`, pub: "2024-03-12"},
	{name: "zh-hk weekday paren", lang: "zh-HK", skel: skelPlain, meta: `<div class="date">2024年3月12日（星期二）</div>`, pub: "2024-03-12"},
	{name: "zh-tw weekday paren time", lang: "zh-TW", skel: skelPlain, meta: `<div class="date">2024年3月12日（星期二） 下午2:22</div>`, pub: "2024-03-12"},
	// Russian Bitrix/DLE.
	{name: "ru bitrix date time", lang: "ru", skel: skelPlain, meta: `<div class="news-detail"><span class="news-date-time">12 марта 2024, 14:22</span></div>`, pub: "2024-03-12"},
	{name: "ru dle today", lang: "ru", skel: skelPlain, meta: `<div class="story_info"><span class="date">Сегодня, 14:22</span> <span class="author">Иван Петров</span></div>`, pub: "2024-03-12"},
	{name: "ru dle yesterday", lang: "ru", skel: skelPlain, meta: `<div class="story_info"><span class="date">Вчера, 14:22</span> <span class="author">Иван Петров</span></div>`, pub: "2024-03-11"},
	// Relative.
	{name: "en hours ago", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><span class="date">3 hours ago</span>`, pub: "2024-03-12"},
	{name: "de vor stunden", lang: "de", skel: skelPlain, meta: `<div class="byline">Von Hans Müller</div><span class="date">vor 2 Stunden</span>`, pub: "2024-03-12"},
	{name: "tr saat once", lang: "tr", skel: skelPlain, meta: `<div class="byline">Ahmet Yılmaz</div><span class="date">2 saat önce</span>`, pub: "2024-03-12"},
	{name: "es hace horas", lang: "es", skel: skelPlain, meta: `<div class="byline">Por Juan Pérez</div><span class="date">hace 3 horas</span>`, pub: "2024-03-12"},
	// Vietnamese / Indonesian / Thai / Persian / Arabic.
	{name: "vi vnexpress", lang: "vi", skel: skelPlain, meta: `<span class="date">Thứ ba, 12/3/2024, 14:22 (GMT+7)</span>`, pub: "2024-03-12"},
	{name: "id selasa wib", lang: "id", skel: skelPlain, meta: `<div class="date">Selasa, 12 Mar 2024 14:22 WIB</div>`, pub: "2024-03-12"},
	{name: "th buddhist", lang: "th", skel: skelPlain, meta: `<div class="date">12 มีนาคม 2567 14:22 น.</div>`, pub: "2024-03-12"},
	{name: "fa solar hijri", lang: "fa", skel: skelPlain, meta: `<div class="date">۲۲ اسفند ۱۴۰۲ - ۱۴:۲۲</div>`, pub: "2024-03-12"},
	{name: "ar indic digits", lang: "ar", skel: skelPlain, meta: `<div class="date">١٢ مارس ٢٠٢٤</div>`, pub: "2024-03-12"},
}

func TestPages69(t *testing.T) {
	checkPages50(t, pages69, fetched69)
}

// A line that opens with a byline and runs on into a day after its
// weekday without a separator gives the day, as the day does alone
// (bylineDayTail); the weekday checks it, and a count closing the line
// is stepped over.
func TestBylineDayTail69(t *testing.T) {
	for _, c := range []struct{ line, day string }{
		{"By Jane Doe Tuesday, March 12", "Tuesday, March 12"},
		{"By Jane Doe Tuesday, March 12 1234", "Tuesday, March 12"},
		{"Por Juan Pérez martes, 12 de marzo", "martes, 12 de marzo"},
		{"Von Hans Müller Dienstag, 12. März", "Dienstag, 12. März"},
		{"The council met on Tuesday, March 12", ""},
		{"By Jane Doe", ""},
		{"By Jane Doe Tuesday, March 12 and the week after it in the city hall", ""},
	} {
		if got, _, _ := bylineDayTail(c.line); got != c.day {
			t.Errorf("bylineDayTail(%q) = %q; want %q", c.line, got, c.day)
		}
	}
	for _, c := range []struct{ meta, pub string }{
		{`<p class="byline">By Jane Doe Tuesday, March 12</p>`, "2024-03-12"},
		{`<p class="byline">By <a href="/author/jane-doe">Jane Doe</a> <span class="date">Tuesday, March 12</span></p>`, "2024-03-12"},
		{`<p class="byline">Por Juan Pérez martes, 12 de marzo</p>`, "2024-03-12"},
		{`<p class="byline">By Jane Doe Wednesday, March 12</p>`, ""},
	} {
		p := page50{lang: "en", skel: skelPlain, meta: c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched69})
		if !datesAre(a, c.pub, "") {
			t.Errorf("%s: published %q (%s); want %q", c.meta, published(a), a.Provenance["published_date"], c.pub)
		}
	}
}

// A data attribute named for a publication, an update, a date or a time
// on an element under the headline whose text shows no date gives its
// instant (headerDataDate); a teaser's, an event's bound and a number
// that is no instant do not.
func TestHeaderDataDate69(t *testing.T) {
	for _, c := range []struct{ meta, pub, mod string }{
		{`<div class="article-meta" data-publish-date="2024-03-12T10:15:00Z"><span>Share</span></div>`, "2024-03-12", ""},
		{`<div class="article-meta" data-published="1710238500"></div>`, "2024-03-12", ""},
		{`<div class="article-meta" data-pubdate="1710238500000"></div>`, "2024-03-12", ""},
		{`<span class="date" data-time="2024-03-12 10:15:00"></span>`, "2024-03-12", ""},
		{`<div class="article-meta" data-publish-date="2024-03-12T10:15:00Z" data-modified="2024-03-14T09:00:00Z"></div>`, "2024-03-12", "2024-03-14"},
		{`<div class="article-meta" data-start-date="2024-03-12T10:15:00Z"></div>`, "", ""},
		{`<div class="article-meta" data-time="120"></div>`, "", ""},
		{`<div class="share-bar" data-date="2024-03-12">Share this story</div>`, "", ""},
		{`<div class="byline-meta" data-date="2024-03-12T10:15:00Z" data-published="2024-03-12T10:15:00Z">Share this story</div>`, "2024-03-12", ""},
		{`<div class="article-meta" data-publish-date="2024-03-12T10:15:00Z">Posted March 10, 2024</div>`, "2024-03-10", ""},
	} {
		p := page50{lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>` + c.meta}
		a := extractAt(t, p.page(), "https://news.example/news/headline-of-the-story", Options{FetchedAt: fetched67})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("%s: published %q (%s), modified %q; want %q, %q", c.meta, published(a), a.Provenance["published_date"], modified(a), c.pub, c.mod)
		}
	}
	for _, a := range []html.Attribute{{Key: "data-end-time", Val: "1710238500"}, {Key: "data-cache-date", Val: "2022-02-08-08-00"}, {Key: "data-article-publish-date-and-time-of-day", Val: "1710238500"}, {Key: "data-reading-time", Val: "2024-03-12"}, {Key: "data-id", Val: "1710238500"}, {Key: "data-date", Val: "12/03/2024"}} {
		if _, ok := dataDateKind(a); ok {
			t.Errorf("dataDateKind(%s=%q) holds; want it not to", a.Key, a.Val)
		}
	}
}
