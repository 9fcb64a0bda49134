package extractor

import "testing"

// A byline element whose date line stands outside any element of its own
// after a <br> ("<div class=byline>By Jane Doe<br>Last updated on March 4,
// 2024</div>") is read loose (looseDates): the label that opens the line
// gives its date its kind, so a page that shows only its update has no
// publication day, and a date under another label (an event's) is
// not the post's.
func TestDateLead46LooseLabelledLine(t *testing.T) {
	cases := []struct{ line, published, modified string }{
		{"Last updated on March 4, 2024", "", "2024-03-04"},
		{"Updated: March 4, 2024", "", "2024-03-04"},
		{"Published: March 3, 2024", "2024-03-03", ""},
		{"March 3, 2024", "2024-03-03", ""},
		{"Mar 3, 2024 Updated Mar 4, 2024", "2024-03-03", "2024-03-04"},
		{"Event date: March 10, 2024", "", ""},
	}
	for _, c := range cases {
		page := underHeadlinePage(`<div class="byline">By Jane Doe<br>` + c.line + `</div>`)
		a, err := Extract([]byte(page), "https://harbourherald.example/news/harbour-bridge", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.PublishedDate != c.published || a.ModifiedDate != c.modified {
			t.Errorf("%q: published %q, modified %q; want %q, %q", c.line, a.PublishedDate, a.ModifiedDate, c.published, c.modified)
		}
	}
}
