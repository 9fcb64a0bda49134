package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// A media mark after the headline ("(PHOTOS)", "[VIDEO]", "(with
// video)", "– VIDEO", "(FOTOS)", "[ВИДЕО]", "(vídeo)") says what the
// story holds, as a leading "VIDEO:" or "Watch:" does (cutBadgeLabel):
// it goes from the <title>, og:title and the <h1> alike, and the <h1>
// that holds it is still the headline's line, kept out of the body.
func TestTitleProbe55MediaMark(t *testing.T) {
	const h = "Flood waters rise along the river after three days of rain"
	const es = "Las lluvias desbordan el río tras tres días de tormenta"
	const ru = "Река вышла из берегов после трёх дней дождей"
	const de = "Hochwasser am Fluss nach drei Tagen Regen"
	lorem := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	art := func(h1 string) string { return `<main><article><h1>` + h1 + `</h1>` + lorem + `</article></main>` }
	for _, tc := range []struct{ name, head, body, want string }{
		{"(PHOTOS) | site", `<title>` + h + ` (PHOTOS) | Valley Courier</title>`, art(h), h},
		{"[VIDEO] - site", `<title>` + h + ` [VIDEO] - Valley Courier</title>`, art(h), h},
		{"(with video)", `<title>` + h + ` (with video)</title>`, art(h), h},
		{"– VIDEO", `<title>` + h + ` – VIDEO</title>`, art(h), h},
		{"(20 PHOTOS)", `<title>` + h + ` (20 PHOTOS)</title>`, art(h), h},
		{"(PHOTOS, VIDEO)", `<title>` + h + ` (PHOTOS, VIDEO)</title>`, art(h), h},
		{"es (vídeo)", `<title>` + es + ` (vídeo) | Diario del Valle</title>`, art(es), es},
		{"es (FOTOS)", `<title>` + es + ` (FOTOS)</title>`, art(es), es},
		{"ru [ВИДЕО]", `<title>` + ru + ` [ВИДЕО]</title>`, art(ru), ru},
		{"ru (фото)", `<title>` + ru + ` (фото)</title>`, art(ru), ru},
		{"de (mit Video)", `<title>` + de + ` (mit Video)</title>`, art(de), de},
		{"og:title", `<title>Valley Courier</title><meta property="og:title" content="` + h + ` (PHOTOS)">`, art(h), h},
		{"h1 and title", `<title>` + h + ` (PHOTOS) | Valley Courier</title>`, art(h + ` (PHOTOS)`), h},
		{"h1 only", `<title>Valley Courier</title>`, art(h + ` [VIDEO]`), h},
		// A bracket that says more than the mark is the headline's; so
		// is a mark after fewer than three words.
		{"a photo's subject", `<title>` + h + ` (photos of the bridge)</title>`, art(h + ` (photos of the bridge)`), h + ` (photos of the bridge)`},
		{"short headline", `<title>Flood (PHOTOS)</title>`, art(`Flood (PHOTOS)`), "Flood (PHOTOS)"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.valleycourier.example/news/2025/03/11/flood/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// The headline's line with its mark stays out of the body, as without
// it, and the byline and date below it are read as the headline's.
func TestTitleProbe55MediaMarkBody(t *testing.T) {
	const h = "Flood waters rise along the river after three days of rain"
	lorem := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	const hd = "River Report - What the Flood Means for the Valley"
	for _, tc := range []struct{ name, title, heading string }{
		{"h1 (PHOTOS)", h + " (PHOTOS) | Valley Courier", `<h1>` + h + ` (PHOTOS)</h1>`},
		{"div title [VIDEO]", h + " [VIDEO] - Valley Courier", `<div class="headline">` + h + ` [VIDEO]</div>`},
		{"h1 UPDATED:", "UPDATED: " + h + " | Valley Courier", `<h1>UPDATED: ` + h + `</h1>`},
		// A blog's name as its first <h1>, the post's linked below.
		// readability takes a <title> with a dash for a site's, and so
		// leaves the heading to us.
		{"blog, linked h1 [VIDEO]", hd + " [VIDEO]", `<h1>Valley Courier Blog</h1></div><div id="post-1" class="hentry post"><h1 class="entry-title"><a href="/news/flood-waters-rise">` + hd + ` [VIDEO]</a></h1>`},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body><div id="content">` + tc.heading + `<p class="meta">By Jane Doe | March 11, 2025</p>` + lorem + `</div></body></html>`
		a, err := Extract([]byte(page), "https://www.valleycourier.example/news/flood-waters-rise", Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := h
		if strings.HasPrefix(tc.title, hd) {
			want = hd
		}
		if a.Title != want {
			t.Errorf("%s: Title = %q, want %q", tc.name, a.Title, want)
		}
		if strings.Contains(a.Text, "Flood waters") || strings.Contains(a.Text, "River Report") {
			t.Errorf("%s: Text keeps the heading: %q", tc.name, a.Text[:min(len(a.Text), 120)])
		}
		if a.PublishedDate != "2025-03-11" || len(a.Authors) != 1 || a.Authors[0] != "Jane Doe" {
			t.Errorf("%s: PublishedDate, Authors = %q, %q, want 2025-03-11, [Jane Doe]", tc.name, a.PublishedDate, a.Authors)
		}
	}
}

// A breadcrumb trail that ends in the story words it as the <h1> does,
// mark and all; the section is the crumb before it, where the title is a
// stated one that, its mark cut, agrees with another heading.
func TestTitleProbe55MarkedCrumb(t *testing.T) {
	lorem := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>The Kinds of Wine (Infographic) | Wine Notes</title>` +
		`<meta property="og:title" content="The Kinds of Wine (Infographic) | Wine Notes"><meta property="og:site_name" content="Wine Notes"></head><body>` +
		`<main><article><div class="breadcrumbs"><a href="/">Home</a> / <a href="/features/">Features</a> / <a href="/features/kinds-of-wine">The Many Kinds of Wine (Infographic)</a></div>` +
		`<h1>The Many Kinds of Wine (Infographic)</h1><p>Do you know all the kinds of wine? This chart sorts them by taste.</p><h2>The Kinds of Wine</h2>` + lorem + `</article></main></body></html>`
	a, err := Extract([]byte(page), "https://www.winenotes.example/features/kinds-of-wine/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Section != "Features" {
		t.Errorf("Section = %q (%s), want Features (title %q)", a.Section, a.Provenance["section"], a.Title)
	}
}

// The body's cleaning drops the headline's line the title states with
// its mark or without, as an <h1> or as a sub-heading (teaserBlocks).
func TestTitleProbe55MarkedHeadingInBody(t *testing.T) {
	const h = "River Report - What the Flood Means for the Valley"
	for _, line := range []string{`<h1><a href="/x">` + h + ` [VIDEO]</a></h1>`, `<h2>` + h + ` (PHOTOS)</h2>`, `<h2>` + h + `</h2>`} {
		doc, err := html.Parse(strings.NewReader(`<html><body><div>` + line + `<p>` + loremTitle + `</p></div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		body := findFirst(doc, byTag(atom.Body))
		stripTeasers(body, h, "")
		if got := renderText(body); strings.Contains(got, "River Report") {
			t.Errorf("stripTeasers(%s) kept it: %q", line, got[:min(len(got), 80)])
		}
	}
}

// The headline's element is found with its mark: the <h1> scanVisible
// reads the byline and date beside, a sidebar's h1-h3 (titleHeading), an
// older template's line (titleElement).
func TestTitleProbe55MarkedHeadlineElement(t *testing.T) {
	const h = "Flood waters rise along the river after three days of rain"
	doc, err := html.Parse(strings.NewReader(`<html><body><h1>Valley Courier</h1><div><h1>` + h + ` (PHOTOS)</h1><p>` + loremTitle + `</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if v := scanVisible(doc, dateOrder{}, h, nil); !v.titled {
		t.Errorf("scanVisible: the <h1> with its mark is not the headline")
	}
	if titleHeading(doc, h) == nil {
		t.Errorf("titleHeading: no heading")
	}
	doc, _ = html.Parse(strings.NewReader(`<html><body><table><tr><td><font size="4"><b>` + h + ` [VIDEO]</b></font></td></tr></table></body></html>`))
	if n := titleElement(findFirst(doc, byTag(atom.Body)), h); n == nil {
		t.Errorf("titleElement: no line")
	}
}
