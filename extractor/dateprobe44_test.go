package extractor

import "testing"

// Probe pages of the thirty-third session (dates44).

// An undated guide above a "resource hub" or "latest posts" grid: each
// card is a classed <div> that shows a date and links a headline, beside
// others of its class (cardRow). The cards' dates are other pages'; the
// guide has none. A byline set as classed items beside each other still
// dates its page; one card alone does not (linkedTeaserRow).
func TestCardRowDates(t *testing.T) {
	card := func(kind, date, slug, headline string) string {
		return `<div class="hub-card"><div class="hub-card__header"><span class="hub-card__type">` + kind + `</span><span class="hub-card__date">` + date + `</span></div>` +
			`<div class="hub-card__inner"><a href="/insights/` + slug + `">` + headline + `</a></div>` +
			`<div class="hub-card__footer"><a href="/insights/` + slug + `">Read More</a></div></div>`
	}
	grid := `<div class="hub"><h2>Information Hub</h2><div class="hub__inner">` +
		card("Blog Post", "12.18.2025", "benchmarks-update", "Benchmarks December 2025 Update for Linux") +
		card("Case Study", "12.18.2025", "nonprofits", "Helping Nonprofits Bolster Security while Easing Costs") +
		card("Press Release", "12.16.2025", "azure", "Built-In Linux Benchmarks Now Available on Azure") + `</div></div>`
	for _, c := range []struct{ name, head, tail, want string }{
		{"a hub of cards below", ``, grid, ""},
		{"a hub of cards above", grid, ``, ""},
		{"a byline of classed items", `<div class="meta-item">By <a href="/author/jane-roe">Jane Roe</a></div><div class="meta-item">May 20, 2024</div>`, grid, "2024-05-20"},
		// One card alone after the story, a date and another page's
		// linked headline and nothing else, is that page's (round 80:
		// linkedTeaserRow), no more the guide's.
		{"one card alone", ``, `<div class="hub-card"><span>May 2, 2024</span><a href="/blog/one">How we rebuilt the ticket office in a month</a></div>`, ""},
	} {
		page := `<html lang="en"><head><title>Security best practices</title></head><body><main><h1>Security best practices</h1>` + c.head +
			`<p>` + longProse + `</p><p>` + longProse + `</p>` + c.tail + `</main></body></html>`
		if got := extractPage(t, page).PublishedDate; got != c.want {
			t.Errorf("%s: published %q, want %q", c.name, got, c.want)
		}
	}
}

// A story that quotes the messages of a mailing list in <pre> blocks
// below its first paragraphs: each header's "Date:" is the message's, not
// the story's (quotedMailHeader). A list archive's page, the message
// itself, opens with its header and is dated by it.
func TestQuotedMailHeader(t *testing.T) {
	mail := func(date, from, subject string) string {
		return "<pre>\nDate: " + date + "\nFrom: " + from + "\nTo: port-hp700@example.org\nSubject: " + subject + "\n\nIt boots to multiuser on my machine now.\n</pre>"
	}
	story := `<p>Early that year, while the port was still not stable, a student used it as the basis of a port of his own. ` + longProse + ` ` + longProse + `</p>`
	for _, c := range []struct{ name, body, want string }{
		{"a story quoting two messages", story + mail("Fri, 1 Feb 2002 11:53:40 -0500 (EST)", "Matt Roe", "sneak preview: hp700") +
			`<p>` + longProse + `</p>` + mail("Wed, 6 Feb 2002 22:33:19 +0000", "Jane Doe", "Re: console boot"), ""},
		{"a dated story quoting a message", `<p class="byline">By Jane Doe, March 3, 2002</p>` + story + mail("Fri, 1 Feb 2002 11:53:40 -0500 (EST)", "Matt Roe", "sneak preview: hp700"), "2002-03-03"},
		{"a list archive's message", mail("Fri, 1 Feb 2002 11:53:40 -0500 (EST)", "Matt Roe", "sneak preview: hp700") + story, "2002-02-01"},
	} {
		page := `<html lang="en"><head><title>Booting on the HP 9000</title></head><body><article><h1>Booting on the HP 9000</h1>` + c.body + `</article></body></html>`
		if got := extractPage(t, page).PublishedDate; got != c.want {
			t.Errorf("%s: published %q, want %q", c.name, got, c.want)
		}
	}
}

// A Squarespace or WordPress permalink keeps the day the post was first
// saved ("/blog/2017/7/12/montauk"); a post republished two years later
// states the later day in its JSON-LD and under its headline. The
// address's day is the first publication (addressFirst); a publication a
// few days after the address's day, or before it, stands.
func TestAddressFirst(t *testing.T) {
	for _, c := range []struct{ name, path, day, want string }{
		{"republished two years on", "/blog/2017/7/12/montauk", "2019-06-17", "2017-07-12"},
		{"published days after the draft", "/blog/2019/6/12/montauk", "2019-06-17", "2019-06-17"},
		{"published the address's day", "/blog/2019/6/17/montauk", "2019-06-17", "2019-06-17"},
		{"an address dated later", "/blog/2019/9/1/montauk", "2019-06-17", "2019-06-17"},
	} {
		page := `<html lang="de"><head><title>Montauk</title><script type="application/ld+json">{"@type":"Article","headline":"Montauk","datePublished":"` + c.day + `T18:28:00+0200"}</script></head>` +
			`<body><article><h1>Montauk</h1><time class="published" datetime="` + c.day + `">` + c.day + `</time><p>` + longProse + `</p><p>` + longProse + `</p></article></body></html>`
		a := extractAt(t, page, "https://www.example.de"+c.path, Options{})
		if a.PublishedDate != c.want {
			t.Errorf("%s: published %q, want %q", c.name, a.PublishedDate, c.want)
		}
	}
}
