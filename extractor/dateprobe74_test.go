package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 74 (dates74): English news and blog CMSs' date
// lines (Arc XP, Gannett, CNN, BBC, Brightspot, WordPress themes, Ghost,
// Substack, Medium, Blogger), two-digit years and the rules (an
// update alone gives no publication; no date after the fetch; published
// no later than modified; a body's "originally published" note does not
// beat the byline's day).

var probe74DateFetched = time.Date(2025, 3, 6, 16, 0, 0, 0, time.UTC)

// probe74DateEnglish are the date lines of English news CMSs and blog
// platforms, as their templates print them.
var probe74DateEnglish = []page50{
	{name: "arc pub upd", lang: "en", skel: skelArc, meta: `<div class="b-byline"><a href="/people/jane/">Jane Doe</a></div><div class="c-date"><span>Published March 3, 2025 at 5:01 a.m. EST</span><span> | Updated March 4, 2025 at 9:12 p.m. EST</span></div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "arc upd only", lang: "en", skel: skelArc, meta: `<div class="b-byline"><a href="/people/jane/">Jane Doe</a></div><div class="c-date">Updated March 4, 2025 at 9:12 p.m. EST</div>`, pub: "", mod: "2025-03-04"},
	{name: "arc late night", lang: "en", skel: skelArc, meta: `<div class="c-date">Published March 3, 2025 at 11:30 p.m. EST</div>`, pub: "2025-03-03"},
	{name: "gannett both", lang: "en", skel: skelGannett, meta: `<div class="gnt_ar_dt" aria-label="Published 5:01 a.m. ET March 3, 2025 Updated 9:12 a.m. ET March 4, 2025">Published 5:01 a.m. ET March 3, 2025 | Updated 9:12 a.m. ET March 4, 2025</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "gannett pub", lang: "en", skel: skelGannett, meta: `<div class="gnt_ar_dt">Published 5:01 a.m. ET March 3, 2025</div>`, pub: "2025-03-03"},
	{name: "gannett upd only", lang: "en", skel: skelGannett, meta: `<div class="gnt_ar_dt">Updated 9:12 a.m. ET March 4, 2025</div>`, pub: "", mod: "2025-03-04"},
	{name: "gannett late", lang: "en", skel: skelGannett, meta: `<div class="gnt_ar_dt">Published 11:41 p.m. ET March 3, 2025</div>`, pub: "2025-03-03"},
	{name: "cnn published", lang: "en", skel: skelPlain, meta: `<div class="headline__byline-sub-text"><div class="byline"><span class="byline__name">Jane Doe</span>, CNN</div><div class="timestamp vossi-timestamp">Published 5:01 AM EST, Mon March 3, 2025</div></div>`, pub: "2025-03-03"},
	{name: "cnn late", lang: "en", skel: skelPlain, meta: `<div class="timestamp vossi-timestamp">Published 10:45 PM EST, Mon March 3, 2025</div>`, pub: "2025-03-03"},
	{name: "bbc testid", lang: "en-GB", skel: skelPlain, meta: `<div data-component="byline-block"><div data-testid="byline-new"><time data-testid="timestamp" datetime="2025-03-03T05:01:00.000Z">3 March 2025</time><span data-testid="byline-new-contributors">Jane Doe</span></div></div>`, pub: "2025-03-03"},
	{name: "bbc ago", lang: "en-GB", skel: skelPlain, meta: `<div data-component="byline-block"><time data-testid="timestamp" datetime="2025-03-06T13:01:00.000Z">3 hours ago</time></div>`, pub: "2025-03-06"},
	{name: "wp posted on text", lang: "en", skel: skelPlain, meta: `<p class="post-meta">Posted on March 3, 2025 by <a href="/author/jane/">Jane</a></p>`, pub: "2025-03-03"},
	{name: "wp entry-date in footer", lang: "en", skel: skelPlain, tail: `<footer class="entry-footer"><span class="posted-on">Posted on <a href="/x/" rel="bookmark"><time class="entry-date published updated" datetime="2025-03-03T05:01:00+00:00">March 3, 2025</time></a></span></footer>`, pub: "2025-03-03"},
	{name: "ghost", lang: "en", skel: skelGhost, meta: `<time class="byline-meta-date" datetime="2025-03-03">Mar 3, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>`, pub: "2025-03-03"},
	{name: "substack", lang: "en", skel: skelSubstack, meta: `<div class="post-meta-item post-date" title="2025-03-03T05:01:00.000Z">Mar 03, 2025</div>`, pub: "2025-03-03"},
	{name: "substack pencraft", lang: "en", skel: skelSubstack, meta: `<div class="pencraft pc-display-flex"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Mar 03, 2025</div></div>`, pub: "2025-03-03"},
	{name: "medium", lang: "en", skel: skelMedium, meta: `<div class="ab q"><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 3, 2025</span></div>`, pub: "2025-03-03"},
	{name: "medium no year", lang: "en", skel: skelMedium, meta: `<div class="ab q"><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 3</span></div>`, pub: "2025-03-03"},
	{name: "blogger date-header", lang: "en", skel: skelBlogger, above: `<h2 class="date-header"><span>Monday, March 3, 2025</span></h2>`, meta: ``, pub: "2025-03-03"},
	{name: "blogger date-header footer timestamp", lang: "en", skel: skelBlogger, above: `<h2 class="date-header"><span>Monday, March 3, 2025</span></h2>`, tail: `<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Jane</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2025/03/x.html" rel="bookmark"><abbr class="published" title="2025-03-03T05:01:00-08:00">5:01 AM</abbr></a></span></div>`, pub: "2025-03-03"},
	{name: "two digit us", lang: "en-US", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <span class="date">01/25/25</span></div>`, pub: "2025-01-25"},
	{name: "two digit ambiguous", lang: "en-US", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <span class="date">03/04/25</span></div>`, pub: "2025-03-04"},
	{name: "two digit gb", lang: "en-GB", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <span class="date">04/03/25</span></div>`, pub: "2025-03-04"},
	{name: "future", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <span class="date">March 9, 2026</span></div>`, pub: ""},
	{name: "pub after mod", lang: "en", skel: skelPlain, head: `<meta property="article:published_time" content="2025-03-03T05:01:00Z"><meta property="article:modified_time" content="2025-02-01T05:01:00Z">`, pub: "2025-03-03", mod: ""},
	{name: "originally published body", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | March 3, 2025</div>`, inBody: `<p><em>This article was originally published on January 4, 2024 by The Other Paper.</em></p>`, pub: "2025-03-03"},
	{name: "originally published tail", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe | <time datetime="2025-03-03">March 3, 2025</time></div>`, tail: `<p class="note"><em>Originally published on Jan. 4, 2024.</em></p>`, pub: "2025-03-03"},
	{name: "brightspot", lang: "en", skel: skelBrightspot, meta: `<div class="ArticlePage-datePublished">Published <span class="ArticlePage-datePublished-day">March 3, 2025</span> at 5:01 AM EST</div><div class="ArticlePage-dateModified">Updated <span>March 4, 2025</span> at 9:12 AM EST</div>`, pub: "2025-03-03", mod: "2025-03-04"},
	{name: "brightspot bsp-timestamp", lang: "en", skel: skelBrightspot, meta: `<div class="ArticlePage-timestamp"><bsp-timestamp data-timestamp="1741000000000"><span class="date">Published March 3, 2025</span></bsp-timestamp></div>`, pub: "2025-03-03"},
	{name: "ap style month abbr", lang: "en", skel: skelPlain, meta: `<div class="byline">By JANE DOE Associated Press</div><div class="date">Sept. 3, 2024, 5:01 PM ET</div>`, fetched: time.Date(2024, 9, 6, 0, 0, 0, 0, time.UTC), pub: "2024-09-03"},
	{name: "updated before published text", lang: "en", skel: skelPlain, meta: `<div class="dates"><span>Updated March 5, 2025, 9:00 a.m.</span> <span>Published March 3, 2025, 5:01 a.m.</span></div>`, pub: "2025-03-03", mod: "2025-03-05"},
	{name: "last updated only visible, meta pub", lang: "en", skel: skelPlain, head: `<meta property="article:published_time" content="2025-03-01T05:01:00Z">`, meta: `<div class="dates">Last updated: March 5, 2025</div>`, pub: "2025-03-01", mod: "2025-03-05"},
}

func TestDateProbe74English(t *testing.T) {
	checkPages50(t, probe74DateEnglish, probe74DateFetched)
}

// An update label's value may give the time before the day, after a
// comma ("Updated 5:01 AM EST, Mon March 3, 2025", CNN's timestamp under
// its byline): the day after the comma is the update's, not a date that
// closes the byline, and a page that shows only it has no publication
// date.
func TestDateProbe74UpdateTimeFirst(t *testing.T) {
	checkPages50(t, []page50{
		{name: "cnn updated", lang: "en", skel: skelPlain, meta: `<div class="headline__byline-sub-text"><div class="byline"><span class="byline__name">Jane Doe</span>, CNN</div><div class="timestamp vossi-timestamp">Updated 5:01 AM EST, Mon March 3, 2025</div></div>`, mod: "2025-03-03"},
		{name: "byline and update", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe, The Daily Updated 9:12 a.m. ET, March 4, 2025</p>`, mod: "2025-03-04"},
		{name: "cnn published", lang: "en", skel: skelPlain, meta: `<div class="headline__byline-sub-text"><div class="byline"><span class="byline__name">Jane Doe</span>, CNN</div><div class="timestamp vossi-timestamp">Published 5:01 AM EST, Mon March 3, 2025</div></div>`, pub: "2025-03-03"},
		{name: "byline date then update", lang: "en", skel: skelPlain, meta: `<p class="byline">By Jane Doe, March 3, 2025 | Updated 9:12 a.m. ET, March 4, 2025</p>`, pub: "2025-03-03", mod: "2025-03-04"},
	}, probe74DateFetched)
}

// The _s starter themes (and the many WordPress themes built on them)
// print an edited post's day in a second <time class="updated"> beside
// "<time class=\"entry-date published\">", hidden by CSS; its text runs on
// after the first's ("March 3, 2025March 5, 2025"). The class says it is
// the update.
func TestDateProbe74UnderscoresUpdated(t *testing.T) {
	postedOn := func(byline string) string {
		return `<div class="entry-meta"><span class="posted-on">Posted on <a href="/2025/03/03/x/" rel="bookmark"><time class="entry-date published" datetime="2025-03-03T05:01:00+00:00">March 3, 2025</time><time class="updated" datetime="2025-03-05T08:00:00+00:00">March 5, 2025</time></a></span>` + byline + `</div>`
	}
	checkPages50(t, []page50{
		{name: "posted on by", lang: "en", skel: skelPlain, meta: postedOn(`<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jane/">Jane</a></span></span>`), pub: "2025-03-03", mod: "2025-03-05"},
		{name: "posted on", lang: "en", skel: skelPlain, meta: postedOn(""), pub: "2025-03-03", mod: "2025-03-05"},
		{name: "pubdate classed updated", lang: "en", skel: skelPlain, meta: `<p class="byline vcard">By <a href="/users/jane" class="author fn">Jane Doe</a> <span class="publish-date">on <time class="updated" datetime="2025-03-03 20:04:32+0000" pubdate>March 3, 2025 04:04 pm</time></span></p>`, pub: "2025-03-03"},
		{name: "not edited", lang: "en", skel: skelPlain, meta: `<div class="entry-meta"><span class="posted-on">Posted on <a href="/x/" rel="bookmark"><time class="entry-date published updated" datetime="2025-03-03T05:01:00+00:00">March 3, 2025</time></a></span></div>`, pub: "2025-03-03"},
	}, probe74DateFetched)
}

// probe74DateRelatedItems are a related-stories list's items inside the
// <article>, each a link to another story, the first dated by a <time>.
const probe74DateRelatedItems = `<li><a href="/news/council-plans-new-bus-lanes">Council plans new bus lanes for the city centre</a> <time datetime="2025-03-01">March 1, 2025</time></li>` +
	`<li><a href="/news/trams-new-depot">Second story on the trams and the new depot</a></li>`

// A list of other stories inside the <article> dates the stories it links
// (teaserEntryTime), whatever the box is called or classed; the page's
// own meta line set as a list, its author's name, its section or its
// permalink linked, keeps its date.
func TestDateProbe74RelatedEntries(t *testing.T) {
	checkPages50(t, []page50{
		{name: "related classed", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<section class="related"><h3>Related</h3><ul>` + probe74DateRelatedItems + `</ul></section>`},
		{name: "recirculation", lang: "en", skel: skelArc, meta: `<div class="b-byline">By Jane Doe</div>`, tail: `<div class="b-recirculation"><ul class="c-stack">` + probe74DateRelatedItems + `</ul></div>`, leftover: "a list of other stories in an unnamed box inside the <article>, within the headline's window of a short story: the scan reads the dated item's text as a line and takes its day (visible-text)"},
		{name: "lone related item", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<aside class="inline-related"><ul><li><a href="/news/x">Council plans new bus lanes for the city centre</a><time datetime="2025-03-01">March 1, 2025</time></li></ul></aside>`},
		{name: "own meta list", lang: "en", skel: skelPlain, meta: `<ul class="post-meta"><li class="author"><a href="/author/jane-doe/">Jane Doe</a></li><li class="cat"><a href="/category/news/">News</a></li><li class="date"><time datetime="2025-03-03T05:01:00Z">March 3, 2025</time></li></ul>`, tail: `<section class="related"><h3>Related</h3><ul>` + probe74DateRelatedItems + `</ul></section>`, pub: "2025-03-03"},
		{name: "own meta list long name", lang: "en", skel: skelPlain, meta: `<ul class="entry-meta"><li>By <a href="/author/mary-ann-smith-jones/">Mary Ann Smith Jones</a> <time datetime="2025-03-03T05:01:00Z">March 3, 2025</time></li></ul>`, pub: "2025-03-03"},
		{name: "permalink around time", lang: "en", skel: skelPlain, meta: `<ul class="entry-meta"><li class="posted-on"><a href="/2025/03/03/council-votes-on-the-new-bus-plan/" rel="bookmark"><time class="entry-date published" datetime="2025-03-03T05:01:00Z">March 3, 2025</time></a></li></ul>`, pub: "2025-03-03"},
		{name: "own time in footer", lang: "en", skel: skelPlain, meta: `<div class="byline">By Jane Doe</div>`, tail: `<footer class="entry-footer"><ul><li>Posted in <a href="/category/news/">News</a></li><li><time datetime="2025-03-03T05:01:00Z">March 3, 2025</time></li></ul></footer>`, pub: "2025-03-03"},
	}, probe74DateFetched)
}

// Drupal prints a node's last save in its "changed" field; a byline line
// that shows only it has an update and no publication date.
func TestDateProbe74DrupalChanged(t *testing.T) {
	changed := `<div class="field field--name-changed field--type-changed field--label-hidden field__item"><time datetime="2025-03-05T14:36:23-05:00" class="datetime">March 5, 2025</time></div>`
	checkPages50(t, []page50{
		{name: "byline then changed", lang: "en", skel: skelDrupal, meta: `<div class="author-line-block"><div class="author-line"><span class="author-label">Written By:</span> <span class="author-name"><a href="/author/jane-doe">Jane Doe</a></span></div></div><div class="date_line block">` + changed + `</div>`, mod: "2025-03-05"},
		{name: "created and changed", lang: "en", skel: skelDrupal, meta: `<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> <div class="field field--name-created"><time datetime="2025-03-03T05:01:00-05:00">March 3, 2025</time></div>` + changed + `</div>`, pub: "2025-03-03", mod: "2025-03-05"},
	}, probe74DateFetched)
}
