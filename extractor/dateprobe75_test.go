package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 75 (dates75): the dates of what a page quotes,
// and of the page's state.

var probe75DateFetched = time.Date(2025, 7, 20, 16, 0, 0, 0, time.UTC)

// probe75DateQuote is a blockquote of a mail, a forum post or a social
// post a page cites, under the line that attributes it.
const probe75DateQuote = `<blockquote class="quote"><p>The club has released the fifth edition of its catalog of online courses, with over 150 courses from universities across the country.</p></blockquote>`

var probe75DateQuoted = []page50{
	{name: "forum post under headline", lang: "en", skel: skelPlain, meta: `<p>Posted on <a href="https://forum.example.org/t/1">the association's community forum on 2025-07-09</a>:</p>` + probe75DateQuote},
	{name: "gmail attribution", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`,
		inBody: `<div class="gmail_attr">On Wed, Jul 9, 2025 at 10:21 AM John Roe &lt;john@example.org&gt; wrote:<br></div>` + probe75DateQuote},
	{name: "wrote on date", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`,
		inBody: `<p>John Roe wrote on July 9, 2025:</p>` + probe75DateQuote},
	{name: "de schrieb am", lang: "de", skel: skelPlain, meta: `<div class="byline">Von Jana Schmidt</div>`,
		inBody: `<p>Am 9. Juli 2025 schrieb der Verband in einer Mitteilung:</p>` + probe75DateQuote},
	{name: "own date kept", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div><div class="date">July 12, 2025</div>`,
		inBody: `<p>John Roe wrote on July 9, 2025:</p>` + probe75DateQuote, pub: "2025-07-12"},
	{name: "dateline over quote kept", lang: "en", skel: skelPlain, meta: `<p class="date">Posted on July 12, 2025</p>` + probe75DateQuote, pub: "2025-07-12"},
}

func TestDateProbe75Quoted(t *testing.T) {
	checkPages50(t, probe75DateQuoted, probe75DateFetched)
}

// probe75DateDrupalChanged is Drupal's "changed" field (the node's last
// save) as a Layout Builder block sets it.
const probe75DateDrupalChanged = `<div class="date_line block block-layout-builder block-field-blocknodeblogchanged"><div class="block__content"><div class="field field--name-changed field--type-changed field--label-hidden field__item"><time datetime="2025-07-12T14:36:23-04:00" class="datetime">July 12, 2025</time></div></div></div>`

var probe75DateDrupal = []page50{
	{name: "changed alone under headline", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>` + probe75DateDrupalChanged, mod: "2025-07-12"},
	{name: "changed alone in tail", lang: "en", skel: skelPlain, tail: probe75DateDrupalChanged, mod: "2025-07-12"},
	{name: "changed over headline", lang: "en", skel: skelPlain, above: probe75DateDrupalChanged, mod: "2025-07-12"},
	{name: "created and changed", lang: "en", skel: skelPlain, meta: `<div class="field field--name-created field--type-created"><time datetime="2025-07-02T10:00:00-04:00" class="datetime">July 2, 2025</time></div>` + probe75DateDrupalChanged, pub: "2025-07-02", mod: "2025-07-12"},
}

func TestDateProbe75Drupal(t *testing.T) {
	checkPages50(t, probe75DateDrupal, probe75DateFetched)
}

// German "Stand:" (as of) is the story's latest state, as broadcasters
// and papers print it under the headline: alone it dates the page; beside
// a publication the page states elsewhere it is the update.
var probe75DateStand = []page50{
	{name: "stand alone", lang: "de", skel: skelPlain, meta: `<div class="metatextline">Stand: 14.06.2025 09:00 Uhr</div>`, pub: "2025-06-14"},
	{name: "stand under date", lang: "de", skel: skelPlain, meta: `<div class="date">12.06.2025, 10:22 Uhr</div><div class="metatextline">Stand: 14.06.2025 09:00 Uhr</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "stand over published line", lang: "de", skel: skelPlain, meta: `<div class="metatextline">Stand: 14.06.2025 09:00 Uhr</div><div class="date">Veröffentlicht am 12.06.2025</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "stand with json-ld", lang: "de", skel: skelPlain, head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"2025-06-12T10:22:00+02:00"}</script>`,
		meta: `<div class="metatextline">Stand: 14.06.2025 09:00 Uhr</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "stand with meta", lang: "de", skel: skelPlain, head: `<meta property="article:published_time" content="2025-06-12T10:22:00+02:00">`,
		meta: `<div class="metatextline">Stand: 14.06.2025 09:00 Uhr</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "stand same day as json-ld", lang: "de", skel: skelPlain, head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline of the story","datePublished":"2025-06-14T08:00:00+02:00"}</script>`,
		meta: `<div class="metatextline">Stand: 14.06.2025 09:00 Uhr</div>`, pub: "2025-06-14"},
	{name: "stand in tail", lang: "de", skel: skelPlain, meta: `<div class="date">12.06.2025</div>`, tail: `<p class="stand">Stand: 14.06.2025</p>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "stand over first-appeared note", lang: "de", skel: skelPlain, meta: `<div class="metatextline">Stand: 14.06.2025 09:00 Uhr</div>`,
		tail: `<p class="note">Dieser Artikel erschien erstmals am 12.06.2025.</p>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "stand after published label in line", lang: "de", skel: skelPlain, meta: `<div class="meta">Veröffentlicht: 12.06.2025 | Stand: 14.06.2025 09:00 Uhr</div>`, pub: "2025-06-12", mod: "2025-06-14"},
	{name: "stand before created label in line", lang: "de", skel: skelPlain, meta: `<div class="meta">Stand: 14.06.2025 09:00 Uhr | Erstellt: 12.06.2025</div>`, pub: "2025-06-12", mod: "2025-06-14"},
}

func TestDateProbe75Stand(t *testing.T) {
	checkPages50(t, probe75DateStand, probe75DateFetched)
}

// probe75DateTopBar is a portal whose top bar opens the page with today's
// date and the reader's links, over the site's menu; {ABOVE} stands over
// the headline.
const probe75DateTopBar = `<!DOCTYPE html><html lang="{LANG}"><head><meta charset="utf-8"><title>Headline of the story | Site</title>{HEAD}</head><body>` +
	`<div class="topbar">{TOP}<a href="/login">Login</a> <a href="/subscribe">Subscribe</a></div>` +
	`<header><a class="logo" href="/">Site</a><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>` +
	`<article>{ABOVE}<h1>Headline of the story</h1>{META}<div class="story-body">{BODY}</div>{TAIL}</article></body></html>`

// A top bar's today without its weekday is no page's date, in any
// language; a post's date over its headline, after the site's menu, is
// the post's.
var probe75DateTopBars = []page50{
	{name: "en today over dateline", lang: "en", skel: probe75DateTopBar, top: `<span class="date">June 14, 2025</span> `, meta: `<div class="date">June 12, 2025</div>`, pub: "2025-06-12"},
	{name: "en today alone", lang: "en", skel: probe75DateTopBar, top: `<span class="date">June 14, 2025</span> `, meta: `<div class="byline">By Jane Doe</div>`},
	{name: "de today numeric", lang: "de", skel: probe75DateTopBar, top: `<span>14.06.2025</span> `, meta: `<div class="date">12.06.2025, 10:22 Uhr</div>`, pub: "2025-06-12"},
	{name: "ne today without weekday", lang: "ne", skel: probe73DateNepaliPage, top: `२०८२/०२/३१`, meta: `<div class="post-meta"><span class="date">२०८२/०२/३०</span></div>`, pub: "2025-06-13"},
	{name: "en post date over headline kept", lang: "en", skel: probe75DateTopBar, above: `<div class="date">June 12, 2025</div><div class="cats"><a href="/c/1">News</a> <a href="/c/2">Local</a> <a href="/c/3">Transport</a></div>`, pub: "2025-06-12"},
}

func TestDateProbe75TopBar(t *testing.T) {
	checkPages50(t, probe75DateTopBars, probe75DateFetched)
}

// The block just above the headline stands above it: a site notice's
// update there ("(Updated: Jun 11, 2025)") does not beat the byline's
// day under the headline.
var probe75DateAboveHeadline = []page50{
	{name: "notice over headline", lang: "en", skel: skelPlain, above: `<p class="notice"><a href="/blog/impact">Storm: impact on our releases</a> (Updated: Jun 11, 2025)</p>`,
		meta: `<div class="info">Submitted by jdoe on June 12, 2025 - 3:03pm</div>`, pub: "2025-06-12"},
	{name: "dateline over headline", lang: "en", skel: skelPlain, above: `<div class="dateline">June 12, 2025</div>`, meta: `<div class="byline">By Jane Doe</div>`, pub: "2025-06-12"},
}

func TestDateProbe75AboveHeadline(t *testing.T) {
	checkPages50(t, probe75DateAboveHeadline, probe75DateFetched)
}
