package extractor

import (
	"strings"
	"testing"
)

// A site that goes by a domain-like name ("Example.com", "Nachrichten.at",
// "Долина.ру") sets it before a colon in the <title>: the name is the
// site's, on whatever host the page is served from.
func TestTitleProbe55DomainNameLabel(t *testing.T) {
	const h = "City council approves expanded bus service for east side"
	const ru = "Городской совет одобрил новые автобусные маршруты"
	const de = "Stadtrat genehmigt mehr Busse für den Osten"
	body := `<div id="content">` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div>`
	for _, tc := range []struct{ name, title, want string }{
		{"Example.com", "Example.com: " + h, h},
		{"Nachrichten.at", "Nachrichten.at: " + de, de},
		{"cyrillic", "Долина.ру: " + ru, ru},
		{"co.uk", "ValleyNews.co.uk: " + h, h},
		// A label that is no domain stays where the colon makes a headline.
		{"no domain", "Analysis: " + h, "Analysis: " + h},
		{"a version number", "Node.js 22: what changes for the release schedule", "Node.js 22: what changes for the release schedule"},
		{"a product in capitals", "ASP.NET: what changes for the release schedule", "ASP.NET: what changes for the release schedule"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body>` + body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.mirror-host.example/news/2025/03/11/buses/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A site's name and its tagline after the headline: "Headline - Diario
// del Valle, noticias de Lima", "Headline - Nachrichten aus der Region -
// Talzeitung.de", "Headline - Your local news since 1901 - Site": a
// tagline names the news the site brings (newsTagline).
func TestTitleProbe55SiteTagline(t *testing.T) {
	const es = "El concejo aprueba más autobuses para el distrito este"
	const de = "Stadtrat genehmigt mehr Busse für den Osten"
	const h = "City council approves expanded bus service for east side"
	body := `<div id="content">` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div>`
	for _, tc := range []struct{ name, head, want string }{
		{"es, og:site_name", `<title>` + es + ` - Diario del Valle, noticias de Lima</title><meta property="og:site_name" content="Diario del Valle">`, es},
		{"de, domain last", `<title>` + de + ` - Nachrichten aus der Region - Talzeitung.de</title>`, de},
		{"en, og:site_name", `<title>` + h + ` | Valley Courier, news for the valley</title><meta property="og:site_name" content="Valley Courier">`, h},
		{"en, tagline first", `<title>` + h + ` - Your local news since 1901 - Valley Courier</title><meta property="og:site_name" content="Valley Courier">`, h},
		// A subtitle that names no news is the headline's.
		{"en, subtitle", `<title>` + h + ` - What the vote means for riders - Valley Courier</title><meta property="og:site_name" content="Valley Courier">`, h + " - What the vote means for riders"},
		{"en, short headline", `<title>Bus service - local news for the valley - Valley Courier</title><meta property="og:site_name" content="Valley Courier">`, "Bus service - local news for the valley"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8">` + tc.head + `</head><body>` + body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.mirror-host.example/news/2025/03/11/buses/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
