package extractor

import (
	"strings"
	"testing"
	"time"
)

// TestTimeagoStamps: the instant an AMP <amp-timeago> or a jQuery timeago
// element (<abbr class=timeago title=ISO>) holds in an attribute dates the
// story, as <time datetime> does, while its text reads only "3 days ago"
// or a weekday; a reader's comment stamped so dates nothing.
func TestTimeagoStamps(t *testing.T) {
	body := `<div class=content><p>The storm hit the coast on Monday with winds of 120 km/h, cutting power to thousands of homes along the shore.</p>` +
		strings.Repeat("<p>Crews worked through the night to clear the roads and restore the lines that fell across the main routes into town.</p>", 6) + `</div>`
	fetched := time.Date(2024, 5, 19, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, meta, after, want string }{
		{"abbr timeago", `<abbr class="timeago" title="2024-05-14T10:21:00Z">a few days ago</abbr>`, "", "2024-05-14"},
		{"span timeago, no text", `<p>Posted <span class="timeago" title="2024-05-14T10:21:00+02:00"></span></p>`, "", "2024-05-14"},
		{"amp-timeago", `<amp-timeago datetime="2024-05-14T10:21:00Z" layout="fixed" width="160" height="20">Tuesday</amp-timeago>`, "", "2024-05-14"},
		{"comment's timeago", "", `<div class="comments"><h3>2 comments</h3><div class="comment"><p>Great story, thanks.</p><abbr class="timeago" title="2024-05-18T08:00:00Z">yesterday</abbr></div></div>`, ""},
		{"a title that is no instant", `<abbr class="timeago" title="Tuesday">Tuesday</abbr>`, "", ""},
	} {
		page := `<html><head><title>Storm hits coast - Gazette</title></head><body><h1>Storm hits coast</h1>` + tc.meta + body + tc.after + `</body></html>`
		a, err := Extract([]byte(page), "https://example.com/news/storm-hits-coast", Options{FetchedAt: fetched})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.PublishedDate; got != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestZoneDecidesDayOrder: a numeric date that reads either way is read in
// the order of the country whose clock its zone names ("05/04/2024 10:20
// IST" is 5 April on a .com page, "05/04/2024 10:20 AM EDT" 4 May on a
// .co.uk page); without a zone the page's order stands.
func TestZoneDecidesDayOrder(t *testing.T) {
	body := `<div class=content><p>The storm hit the coast on Monday with winds of 120 km/h, cutting power to thousands of homes along the shore.</p>` +
		strings.Repeat("<p>Crews worked through the night to clear the roads and restore the lines that fell across the main routes into town.</p>", 6) + `</div>`
	fetched := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ host, line, want string }{
		{"example.com", "Updated: 05/04/2024 10:20 IST<br>Published: 05/04/2024 09:00 IST", "2024-04-05"},
		{"example.com", "Published 05/04/2024 10:20 AEST", "2024-04-05"},
		{"example.co.uk", "Published 05/04/2024 10:20 AM EDT", "2024-05-04"},
		{"example.com", "Published 05/04/2024 10:20 AM", "2024-05-04"},
		{"example.co.uk", "Published 05/04/2024 10:20", "2024-04-05"},
	} {
		page := `<html lang=en><head><title>Storm hits coast - Gazette</title></head><body><h1>Storm hits coast</h1><p class=date>` + tc.line + `</p>` + body + `</body></html>`
		a, err := Extract([]byte(page), "https://"+tc.host+"/news/storm-hits-coast", Options{FetchedAt: fetched})
		if err != nil {
			t.Fatal(err)
		}
		if a.PublishedDate != tc.want {
			t.Errorf("%s %q: published %q, want %q", tc.host, tc.line, a.PublishedDate, tc.want)
		}
	}
}
