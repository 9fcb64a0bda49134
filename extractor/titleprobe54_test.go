package extractor

import (
	"strings"
	"testing"
)

// An older table layout sets the site's name as the page's <h1> in its
// body, the story after it, and the headline as a line of its own (a
// large <font>, an <h2>) below: "<title>Headline - Valley Courier</title>"
// or "<title>Valley Courier - Headline</title>". The <h1> says what the
// <title> names the site with, on a host that does not spell the name;
// the headline is the line the page shows.
func TestTitleProbe54MastheadOverShownLine(t *testing.T) {
	const h = "City council approves expanded bus service for east side"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	font := `<font size="4"><b>` + h + `</b></font><br>`
	table := func(line string) string {
		return `<h1>Valley Courier</h1><table><tr><td class="nav"><a href="/">Home</a></td><td>` + line + body + `</td></tr></table>`
	}
	for _, tc := range []struct{ name, title, body, want string }{
		{"site last, font line", h + " - Valley Courier", table(font), h},
		{"site first, font line", "Valley Courier - " + h, table(font), h},
		{"site first, pipe, copyright", "Valley Courier | " + h, table(font) + `<p>Copyright &copy; 2025 Valley Courier. All rights reserved.</p>`, h},
		{"site last, section", h + " - Local News - Valley Courier", table(font), h},
		// The <h1> is the story's where the page shows no other line.
		{"h1 is the headline", h + " - Valley Courier", `<h1>` + h + `</h1>` + body, h},
		// A heading that is the <title>'s first segment, over a line
		// that says none of it, stays the headline.
		{"heading leads, no line", "Drama Desk Winner Joins the Cast - Theater News", `<h2>Drama Desk Winner Joins the Cast</h2>` + body, "Drama Desk Winner Joins the Cast"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.kvc-online.example/news/2025/0311-buses.html"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A template that glues the author's byline to the stated title
// ("Headline by Jane Doe | Site") writes it for the name the page's
// byline shows, or over a heading that says the headline without it.
// A "by" whose name the page states nowhere as its author, and no
// heading shows cut, stays: it may credit what the headline is about
// ("Tips on how to be more creative by John Cleese").
func TestTitleProbe54GluedByline(t *testing.T) {
	const h = "City council approves expanded bus service for east side"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	masthead := `<div id="header"><a href="/"><img src="/logo.gif" alt="Valley Courier"></a></div>`
	for _, tc := range []struct{ name, head, body, want string }{
		{"visible byline", `<title>` + h + ` by Jane Doe | Valley Courier</title>`, masthead + `<div id="content"><p class="byline">By Jane Doe</p>` + body + `</div>`, h},
		{"og:title, visible byline", `<title>Valley Courier</title><meta property="og:title" content="` + h + ` by Jane Doe">`, masthead + `<div id="content"><div class="author">By Jane Doe</div>` + body + `</div>`, h},
		{"heading says the headline", `<title>` + h + ` by Jane Doe | Valley Courier</title>`, masthead + `<div id="content"><h2 class="title">` + h + `</h2>` + body + `</div>`, h},
		{"written by segment", `<title>` + h + ` - Written by Jane Doe - Valley Courier</title>`, masthead + `<div id="content">` + body + `</div>`, h},
		{"de geschrieben von", `<title>Stadtrat genehmigt mehr Busse für den Osten | Geschrieben von Anna Schmidt | Talzeitung</title>`, masthead + `<div id="content">` + body + `</div>`, "Stadtrat genehmigt mehr Busse für den Osten"},
		// Another name than the byline's: the headline's own.
		{"other name", `<title>Review: The Overstory by Richard Powers | Valley Courier</title>`, masthead + `<div id="content"><p class="byline">By Jane Doe</p>` + body + `</div>`, "Review: The Overstory by Richard Powers"},
		{"no author, no heading", `<title>Tips on how to be more creative by John Cleese</title>`, `<div id="content">` + body + `</div>`, "Tips on how to be more creative by John Cleese"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.valleycourier.example/news/2025/03/11/buses/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// Newsquest's papers end every story's <title> with the paper it is
// from, in brackets ("Headline (from The Bolton News)"); a copy on another
// host keeps the credit. A bracket that names no paper stays.
func TestTitleProbe54FromPaperCredit(t *testing.T) {
	const h = "City council approves expanded bus service for east side"
	body := `<div id="content">` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</div>`
	for _, tc := range []struct{ name, title, want string }{
		{"from The Bolton News", h + " (from The Bolton News)", h},
		{"From, another host's paper", h + " (From Bolton Evening Star)", h},
		{"journal of", h + " (from Journal of Commerce)", h},
		{"a year", "The songs we loved (from 1998)", "The songs we loved (from 1998)"},
		{"lower case", "Notes on the new timetable (from our readers)", "Notes on the new timetable (from our readers)"},
		{"short headline", "Letters (From Readers)", "Letters (From Readers)"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body>` + body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.example-news.example/news/2025/03/11/buses/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
