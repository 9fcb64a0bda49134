package extractor

import (
	"strings"
	"testing"
)

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
		var b strings.Builder
		for _, p := range newsProbeParas {
			b.WriteString("<p>" + p + "</p>")
		}
		page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` - Harbour Herald</title></head><body><header><a href="/">Harbour Herald</a><nav><a href="/news/">News</a></nav></header><main><article><h1>` + newsProbeTitle + `</h1><div class="byline">By Jane Doe<br>` + c.line + `</div>` + b.String() + `</article></main><footer>© 2024 Harbour Herald</footer></body></html>`
		a, err := Extract([]byte(page), "https://harbourherald.example/news/harbour-bridge", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.PublishedDate != c.published || a.ModifiedDate != c.modified {
			t.Errorf("%q: published %q, modified %q; want %q, %q", c.line, a.PublishedDate, a.ModifiedDate, c.published, c.modified)
		}
	}
}
