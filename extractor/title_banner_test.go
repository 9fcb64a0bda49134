package extractor

import (
	"strings"
	"testing"
)

// A <title> of two segments that are both headings of the page: the one
// in the page's role="banner" header names the site, the other is the
// headline. phpBB's viewtopic sets the board's name as the header's <h1>
// and the topic as an <h2>; a newspaper's template may set its name as
// the banner's <h1> too. Before, the <h1> won: "City Forums".
func TestBannerHeadingNamesTheSite(t *testing.T) {
	body := `<p>` + strings.Repeat("The council approved the harbour plan on Tuesday after a long debate about the ferry terminal. ", 4) + `</p>`
	for _, c := range []struct{ name, page, want string }{
		{"phpBB", probe54PhpBBPage(probe54PhpBB("1", "jdoe", "Line 6 extension opens", probe54Post)), "Line 6 extension opens"},
		{"newspaper, name last", `<html><head><title>Harbour plan approved - Valley Gazette</title></head><body><div id="top" role="banner"><h1>Valley Gazette</h1><p>News of the valley since 1901</p></div>` +
			`<div id="content"><h2 class="headline">Harbour plan approved</h2>` + body + `</div></body></html>`, "Harbour plan approved"},
		{"newspaper, name first", `<html><head><title>Valley Gazette | Harbour plan approved</title></head><body><div id="top" role="banner"><h1>Valley Gazette</h1></div>` +
			`<div id="content"><h2 class="headline">Harbour plan approved</h2>` + body + `</div></body></html>`, "Harbour plan approved"},
		// The headline's own banner inside the article stays the headline's.
		{"article's header", `<html><head><title>Harbour plan approved - Valley Gazette</title></head><body><article><div role="banner"><h1>Harbour plan approved</h1></div>` + body + `</article></body></html>`, "Harbour plan approved"},
	} {
		a, err := Extract([]byte(c.page), "https://forum.example/viewtopic.php?t=1", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.want {
			t.Errorf("%s: title %q (%s), want %q", c.name, a.Title, a.Provenance["title"], c.want)
		}
	}
}
