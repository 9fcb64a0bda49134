package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 73 (dates73): Nepali news sites' Bikram Sambat
// dates, the one date many of them print.

var probe73DateFetched = time.Date(2024, 6, 14, 16, 0, 0, 0, time.UTC)

// probe73DateNepaliPage is a Nepali news portal's article (WordPress, as
// most of them run): the top bar with today's Bikram Sambat date {TOP},
// the headline, {META}, the story and a rail.
const probe73DateNepaliPage = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="UTF-8"><title>काठमाडौंमा तीन नयाँ बस रुट सञ्चालनमा - समाचार पोर्टल</title>{HEAD}</head><body class="single single-post">` +
	`<div class="top-bar"><div class="today-date">{TOP}</div><a href="/english">English</a></div><header class="site-header"><a class="logo" href="/">समाचार पोर्टल</a>` +
	`<ul class="menu"><li><a href="/">गृहपृष्ठ</a></li><li><a href="/news">समाचार</a></li><li><a href="/business">अर्थ</a></li><li><a href="/sports">खेलकुद</a></li></ul></header>` +
	`<main><div class="post-wrap"><article class="post type-post">{ABOVE}<h1 class="entry-title">काठमाडौंमा तीन नयाँ बस रुट सञ्चालनमा</h1>{META}<div class="post-entry">` +
	`<p>काठमाडौं महानगरपालिकाले शहरभित्र तीन नयाँ सार्वजनिक बस रुट सञ्चालनमा ल्याएको छ। नगर प्रमुखले यातायात सुधारका लागि यो कदम महत्वपूर्ण भएको बताए।</p>` +
	`<p>नयाँ रुटहरूले कलंकी, कोटेश्वर र महाराजगन्जलाई जोड्नेछन्। यात्रुहरूले अब कम समयमा गन्तव्यमा पुग्न सक्ने महानगरले जनाएको छ।</p>{BODY}</div>{TAIL}</article></div>` +
	`<aside class="sidebar">{RAIL}</aside></main><footer class="site-footer"><p>© २०८१ समाचार पोर्टल। सर्वाधिकार सुरक्षित।</p></footer></body></html>`

// probe73DateNepali are the date lines of Nepali news sites: Bikram
// Sambat dates, month first ("जेठ ३०, २०८१") or year first with "गते"
// (the day's marker), after a weekday or before a time.
var probe73DateNepali = []page50{
	{name: "year first gate time", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="ok-title-info"><span class="author"><a href="/author/a">संवाददाता</a></span><div class="ok-news-post-hour"><span>२०८१ जेठ ३० गते ११:२५</span></div></div>`, pub: "2024-06-12"},
	{name: "month first", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="author"><a href="/author/b">राम शर्मा</a></div><div class="time"><span>जेठ ३०, २०८१</span></div>`, pub: "2024-06-12"},
	{name: "weekday month first", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="published-date"><span class="pub-date">बिहीबार, जेठ ३०, २०८१</span></div>`, pub: "2024-06-12"},
	{name: "weekday after day time", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="post-meta"><span class="date">२०८१ जेठ ३०, बिहीबार १४:१५</span></div>`, pub: "2024-06-12"},
	{name: "day first", lang: "ne", skel: probe73DateNepaliPage, meta: `<p class="date">प्रकाशित मिति : ३० जेठ २०८१</p>`, pub: "2024-06-12"},
	{name: "sanskrit month", lang: "ne", skel: probe73DateNepaliPage, meta: `<p class="date">प्रकाशित मिति: २०८१ ज्येष्ठ ३० गते</p>`, pub: "2024-06-12"},
	{name: "baisakh first", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="time"><span>वैशाख १, २०८१</span></div>`, pub: "2024-04-13"},
	{name: "chaitra last", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="time"><span>चैत ३०, २०८०</span></div>`, fetched: time.Date(2024, 4, 14, 16, 0, 0, 0, time.UTC), pub: "2024-04-12"},
	{name: "today in top bar", lang: "ne", skel: probe73DateNepaliPage, top: `२०८१ जेठ ३२, शुक्रबार`, meta: `<div class="time"><span>जेठ ३०, २०८१</span></div>`, pub: "2024-06-12"},
	{name: "beside gregorian", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="time"><span>जेठ ३०, २०८१</span> | <span>June 12, 2024</span></div>`, pub: "2024-06-12"},
	{name: "may gregorian", lang: "ne", skel: probe73DateNepaliPage, meta: `<div class="time">प्रकाशित: १४ मे २०२४</div>`, pub: "2024-05-14"},
}

func TestDateProbe73Nepali(t *testing.T) {
	checkPages50(t, probe73DateNepali, probe73DateFetched)
}

// The Bikram Sambat table gives the New Years Nepal kept, and no day its
// months lack.
func TestDateProbe73BikramSambatDays(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{2060, 1, 1, "2003-04-14"}, {2070, 1, 1, "2013-04-14"}, {2073, 1, 1, "2016-04-13"},
		{2077, 1, 1, "2020-04-13"}, {2080, 1, 1, "2023-04-14"}, {2081, 1, 1, "2024-04-13"},
		{2081, 2, 30, "2024-06-12"}, {2081, 2, 32, "2024-06-14"}, {2081, 12, 31, "2025-04-13"},
		{2082, 1, 1, "2025-04-14"}, {2090, 12, 30, "2034-04-13"},
		{2080, 3, 32, ""}, {2081, 1, 32, ""}, {2081, 13, 1, ""}, {2059, 12, 30, ""}, {2091, 1, 1, ""},
	} {
		w, ok := bsDate(c.y, c.m, c.d)
		got := ""
		if ok {
			got = w.t.Format(time.DateOnly)
		}
		if got != c.want {
			t.Errorf("bsDate(%d, %d, %d) = %q, want %q", c.y, c.m, c.d, got, c.want)
		}
	}
}

// parseDate reads the Bikram Sambat forms of Nepali news, and leaves the
// Gregorian ones, the Hindi "मे" among them, as they were read.
func TestDateProbe73BikramSambatParse(t *testing.T) {
	for s, want := range map[string]string{
		"जेठ ३०, २०८१":          "2024-06-12",
		"२०८१ जेठ ३० गते":       "2024-06-12",
		"बिहीबार, जेठ ३०, २०८१": "2024-06-12",
		"२०८१ जेठ ३० गते ११:२५": "2024-06-12",
		"असार 1, 2081":          "2024-06-15",
		"२०८० फागुन १५ गते":     "2024-02-27",
		"14 मे 2024":   "2024-05-14",
		"१४ मे २०२४":   "2024-05-14",
		"जेठ ३३, २०८१": "",
		"माघ २०८१":     "",
		"सरकारले २०८१ मा बजेट ल्यायो": "",
	} {
		w, ok := parseDate(s, true)
		got := ""
		if ok {
			got = w.t.Format(time.DateOnly)
		}
		if got != want {
			t.Errorf("parseDate(%q) = %q, want %q", s, got, want)
		}
	}
}

// probe73DateRelatedItems are a related-stories list's items, each a
// link to another story of the site, the first dated by a <time>.
const probe73DateRelatedItems = `<li><a href="/news/council-plans-new-bus-lanes">Council plans new bus lanes for the city centre</a><time datetime="2024-06-13">June 13, 2024</time></li>` +
	`<li><a href="/news/trams-new-depot">Second story on the trams and the new depot</a></li><li><a href="/news/cycling-routes">Third story about the cycling routes across town</a></li>`

// probe73DateRelated are boxes of other stories inside the <article>,
// under a "Related"/"More" heading, whose one <time> must not date a
// page that shows no date of its own.
var probe73DateRelated = []page50{
	{name: "related section", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<section class="related-posts"><h3>Related stories</h3><ul>` + probe73DateRelatedItems + `</ul></section>`},
	{name: "more stories div", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<div class="more-stories"><h2 class="section-title">More stories</h2><ul class="list">` + probe73DateRelatedItems + `</ul></div>`},
	{name: "read next unclassed", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<div class="box"><h4>You may also like</h4><ul>` + probe73DateRelatedItems + `</ul></div>`},
	{name: "related and own time", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe <time datetime="2024-06-10">June 10, 2024</time></div>`, tail: `<section class="related-posts"><h3>Related stories</h3><ul>` + probe73DateRelatedItems + `</ul></section>`, pub: "2024-06-10"},
	{name: "own time under section heading", lang: "en", skel: skelPlain, meta: `<div class="article-info"><h2 class="visually-hidden">Article information</h2><a href="/author/jane-doe">Jane Doe</a> <a href="/news">News</a> <time datetime="2024-06-10">June 10, 2024</time></div>`, pub: "2024-06-10"},
}

func TestDateProbe73Related(t *testing.T) {
	checkPages50(t, probe73DateRelated, probe73DateFetched)
}
