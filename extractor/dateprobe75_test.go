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
