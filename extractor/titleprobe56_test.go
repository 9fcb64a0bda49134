package extractor

import (
	"strings"
	"testing"
)

// regionalPage56 is a regional paper's story page from an older CMS, with
// no structured data: a table layout whose masthead is an image (its alt
// text logo), a menu, the story's headline in a styled <span> rather than
// a heading (or in h, an <h1> or a Joomla <h2 itemprop="headline"> when
// it is set), its text, and a footer line (foot).
func regionalPage56(title, meta, logo, h, foot string) string {
	lorem := strings.Repeat(`<p>`+loremTitle+`</p>`, 5)
	head := `<span class="storyheadline">Read the story below</span>`
	if h != "" {
		head = h
	}
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title>` + meta + `</head>
<body bgcolor="#ffffff"><table width="100%" cellpadding="0" cellspacing="0"><tr><td class="masthead"><a href="/"><img src="/images/masthead.gif" alt="` + logo + `" width="600" height="90"></a></td></tr>
<tr><td class="menu"><a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/obituaries/">Obituaries</a> | <a href="/classifieds/">Classifieds</a></td></tr>
<tr><td class="story">` + head + `<p class="dateline">May 3, 2024</p>` + lorem + `</td></tr>
<tr><td class="footer"><p>` + foot + `</p><p><a href="/contact/">Contact us</a> | <a href="/subscribe/">Subscribe</a></p></td></tr></table></body></html>`
}

// A state or media mark that a dash or a bar sets off as a segment of
// its own after the headline, before the site's name or at the end
// ("Headline - UPDATE 2 | Site", "Headline – UPDATED: 3:45 p.m. –
// Site"), goes as the same mark in brackets does; a badge's word in
// small letters ("– live", the live blog's own headline), a year's
// "update" and a subtitle that opens with "Update" stay.
func TestTitleProbe56StateSegment(t *testing.T) {
	const h = "City council approves expanded bus service for east side"
	const de = "Stadtrat genehmigt mehr Busse für den Osten der Stadt"
	foot := "© 2024 Valley Courier. All rights reserved."
	for _, tc := range []struct{ name, title, want string }{
		{"UPDATE 2 |", h + " - UPDATE 2 | Valley Courier", h},
		{"UPDATED: time –", h + " – UPDATED: 3:45 p.m. – Valley Courier", h},
		{"Updated date |", h + " - Updated Jan. 5, 2024 | Valley Courier", h},
		{"(Updated time)", h + " (Updated 3:45 p.m.) | Valley Courier", h},
		{"(UPDATED: date)", h + " (UPDATED: May 3) - Valley Courier", h},
		{"LIVE |", h + " - LIVE | Valley Courier", h},
		{"de Aktualisiert", de + " - Aktualisiert 14.30 Uhr | Valley Courier", de},
		{"de Live-Ticker", de + " - Live-Ticker | Valley Courier", de},
		{"live in small letters", h + " – live | Valley Courier", h + " – live"},
		{"a year's update", "Top 25 bus routes in the valley (Updated 2025) | Valley Courier", "Top 25 bus routes in the valley (Updated 2025)"},
		{"a subtitle", h + " - Update on the east side plan | Valley Courier", h + " - Update on the east side plan"},
	} {
		page := regionalPage56(tc.title, "", "Valley Courier", "", foot)
		if got, prov := extractTitle(t, page, "https://www.pinecountyonline.example/news/2024/05/03/bus-service.html"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A site that opens its <title> with its name sets its tagline after the
// name, then a bar, then the headline ("Valley Courier | The voice of the
// valley | Headline", the mirror of "Headline | Site | Tagline"): the
// name is the site's as og:site_name, the masthead's alt text, the
// copyright line or the address gives it, and the headline is the longer
// segment the bar sets off. A dash may set off a subtitle ("Site -
// Headline - Subtitle"), and a title that names no site stays whole.
func TestTitleProbe56TaglineOpens(t *testing.T) {
	const h = "City council approves expanded bus service for east side"
	const host = "https://www.pinecountyonline.example/news/2024/05/03/bus-service.html"
	og := `<meta property="og:site_name" content="Valley Courier">`
	foot := "Copyright © 2024 Valley Courier. All rights reserved."
	for _, tc := range []struct{ name, title, meta, logo, foot, url, want string }{
		{"og:site_name", "Valley Courier | The voice of the valley | " + h, og, "masthead", "", host, h},
		{"masthead alt", "Valley Courier | The voice of the valley | " + h, "", "Valley Courier", "", host, h},
		{"copyright", "Valley Courier | Proudly serving Pine County | " + h, "", "masthead", foot, host, h},
		{"address", "Valley Courier | The voice of the valley | " + h, "", "masthead", "", "https://www.valleycourier.example/news/2024/05/03/bus-service.html", h},
		{"dash after the name", "Valley Courier - The voice of the valley | " + h, og, "masthead", "", host, h},
		{"colon after the name", "Valley Courier: the voice of the valley | " + h, og, "masthead", "", host, h},
		{"a subtitle after a dash", "Valley Courier - Bus service expands - What the vote means for riders on the east side", og, "masthead", "", host, "Bus service expands - What the vote means for riders on the east side"},
		{"no site named", "Valley Courier | The voice of the valley | " + h, "", "masthead", "", host, "Valley Courier | The voice of the valley | " + h},
	} {
		page := regionalPage56(tc.title, tc.meta, tc.logo, "", tc.foot)
		if got, prov := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// "Headline, By Jane Doe | Site" on a page that names no author: the
// byline is the template's where a heading shows the headline without
// it, and the headline keeps the <title>'s letter case where the heading
// is set in capitals (a Drupal theme's <h1>, Joomla's <h2
// itemprop="headline">). A heading that shows the "by" as its own keeps
// it.
func TestTitleProbe56HeadingByline(t *testing.T) {
	const h = "City council approves expanded bus service for east side"
	const es = "El concejo aprueba más autobuses para el distrito este"
	const cleese = "Tips on how to be more creative by John Cleese"
	h1 := func(s string) string { return `<h1 class="page-title">` + strings.ToUpper(s) + `</h1>` }
	joomla := func(s string) string {
		return `<div class="page-header"><h2 itemprop="headline">` + strings.ToUpper(s) + `</h2></div>`
	}
	for _, tc := range []struct{ name, title, head, want string }{
		{"comma By", h + ", By Jane Doe | Valley Courier", h1(h), h},
		{"es por", es + " por Juan Pérez | Diario del Valle", joomla(es), es},
		{"de von", "Stadtrat genehmigt mehr Busse für den Osten, von Anna Schmidt | Talbote", h1("Stadtrat genehmigt mehr Busse für den Osten"), "Stadtrat genehmigt mehr Busse für den Osten"},
		{"the heading's own by", cleese + " | Valley Courier", h1(cleese), cleese},
	} {
		page := regionalPage56(tc.title, "", "masthead", tc.head, "")
		if got, prov := extractTitle(t, page, "https://www.pinecountyonline.example/news/2024/05/03/bus-service.html"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
