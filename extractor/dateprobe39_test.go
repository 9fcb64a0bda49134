package extractor

import (
	"testing"
)

// A Chinese CMS may print both its words after their dates, the
// publication's and the update's ("2024-05-15 09:00 发布 2024-05-16 10:21
// 更新"), the fields set apart by spaces, ideographic ones too: the first
// date is the publication's, the second the update's. A lone "更新"
// after a date stays the portal's dateline (TestChineseInfoForms).
func TestChinesePublishedUpdatedAfter(t *testing.T) {
	for _, info := range []string{
		"2024-05-15 09:00 发布 2024-05-16 10:21 更新",
		"2024-05-15 09:00 发布　2024-05-16 10:21 更新　来源：江城日报",
		"2024年5月15日 09:00 發布 / 2024年5月16日 10:21 更新",
	} {
		a := zhExtract(t, zhPortal("", `<div class="info">`+info+`</div>`, "", "", ""), zhURL)
		if a.PublishedDate != "2024-05-15" || a.ModifiedDate != "2024-05-16" {
			t.Errorf("Extract(%s) = %q, modified %q; want 2024-05-15, 2024-05-16", info, a.PublishedDate, a.ModifiedDate)
		}
	}
}

// A <div> classed a date that holds its instant in a data attribute
// while it shows a weekday is read as such a <span> is (dataStamp); a
// <div> that holds more than a stamp is not.
func TestDataAttributeDiv(t *testing.T) {
	for _, c := range []struct{ meta, day string }{
		{`<div class="date" data-date="2024-05-16T10:21:00Z">Thursday</div>`, "2024-05-16"},
		{`<div class="post-time" data-timestamp="1715853660">Thursday</div>`, "2024-05-16"},
		{`<div class="date-and-share" data-date="2024-05-16">Share this story on Facebook, on X, on LinkedIn and by email with friends</div>`, ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), "https://example.com/news/storm-hits-coast", Options{})
		if !datesAre(a, c.day, "") {
			t.Errorf("Extract(%s): published %q, want %q", c.meta, published(a), c.day)
		}
	}
}

// A Japanese page's bare <time> (no datetime) may show its day in an
// abbreviated era ("<time>R6.5.16</time>", 令和6年): a <time> is a date,
// read as an element classed a date is (eraAbbrevShown).
func TestJapaneseEraBareTime(t *testing.T) {
	for _, c := range []struct{ meta, day string }{
		{`<time>R6.5.16</time>`, "2024-05-16"},
		{`<p>公開 <time>H31.4.30</time></p>`, "2019-04-30"},
	} {
		a := zhExtract(t, japanesePage(c.meta, ""), "https://www.example.co.jp/news/a.html")
		if a.PublishedDate != c.day {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.meta, a.PublishedDate, c.day)
		}
	}
}

// GeneratePress prints an edited post's update before its publication,
// "<time class=updated>" then "<time class=\"entry-date published\">",
// in one meta line (hidden by its stylesheet or not): the first <time> is
// the update's, the second the publication's, with the theme's microdata
// or without. The _s themes' order (published first) reads as before.
func TestWordPressUpdatedTimeFirst(t *testing.T) {
	for _, c := range []struct{ meta, pub, mod string }{
		{`<div class="entry-meta"><span class="posted-on"><a href="/storm/" rel="bookmark"><time class="updated" datetime="2024-05-18T08:00:00+00:00">May 18, 2024</time><time class="entry-date published" datetime="2024-05-16T10:21:00+00:00">May 16, 2024</time></a></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/jane/">Jane Doe</a></span></span></div>`, "2024-05-16", "2024-05-18"},
		{`<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2024-05-18T08:00:00+00:00" itemprop="dateModified">May 18, 2024</time><time class="entry-date published" datetime="2024-05-16T10:21:00+00:00" itemprop="datePublished">May 16, 2024</time></span></div>`, "2024-05-16", "2024-05-18"},
		{`<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-05-16T10:21:00+00:00">May 16, 2024</time><time class="updated" datetime="2024-05-18T08:00:00+00:00">May 18, 2024</time></span></div>`, "2024-05-16", "2024-05-18"},
	} {
		a := extractAt(t, unseenPage("en", c.meta), "https://example.com/storm-hits-coast/", Options{})
		if !datesAre(a, c.pub, c.mod) {
			t.Errorf("Extract(%s) = %q, modified %q; want %q, %q", c.meta, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// More shapes of the data-attribute stamp (dataStamp): a <time> without
// datetime that holds an epoch or an ISO instant in a data attribute
// (class or none: it is a time), moment.js pages' data-datetime, and a
// list item or paragraph classed a date that shows a weekday.
func TestDataAttributeStampsMore(t *testing.T) {
	for _, c := range []struct{ meta, day string }{
		{`<p><time class="timeago" data-timestamp="1715853660">Thursday</time></p>`, "2024-05-16"},
		{`<p><time data-time="1715853660000">Thursday</time></p>`, "2024-05-16"},
		{`<p><span class="date" data-datetime="2024-05-16T10:21:00Z">Thursday</span></p>`, "2024-05-16"},
		{`<ul class="meta"><li class="date" data-date="2024-05-16">Thursday</li></ul>`, "2024-05-16"},
		{`<p class="post-date" data-date="2024-05-16">Thursday</p>`, "2024-05-16"},
		{`<p class="date-note" data-date="2024-05-16">The storm reached the coast late on Thursday, the weather service said in its last bulletin.</p>`, ""},
	} {
		a := extractAt(t, unseenPage("en", c.meta), "https://example.com/news/storm-hits-coast", Options{})
		if !datesAre(a, c.day, "") {
			t.Errorf("Extract(%s): published %q, want %q", c.meta, published(a), c.day)
		}
	}
}
