package extractor

import "testing"

// A reviewer's row above the byline ("Reviewed by Dr. Ann Lee — May 17,
// 2024" over "Written by Jane Doe on May 20, 2024") dates the review, not
// the page: the byline's day after it is the publication. Alone, the row is
// a critic's byline and dates the page (TestReviewerRow has the
// row under the byline).
func TestReviewerRowAboveByline(t *testing.T) {
	for _, c := range []struct{ name, rows, want string }{
		{"reviewed by, a dash", `<p class="reviewer">Reviewed by Dr. Ann Lee — May 17, 2024</p><p class="byline">Written by Jane Doe on May 20, 2024</p>`, "2024-05-20"},
		{"checked by, bars", `<div class="meta"><p>Checked by Mary Poe | May 17, 2024</p><p>By Jane Doe | May 20, 2024</p></div>`, "2024-05-20"},
		{"German", `<p>Geprüft von Dr. Anna Schmidt | 17. Mai 2024</p><p>Von Hans Müller | 20. Mai 2024</p>`, "2024-05-20"},
		{"a critic's byline alone", `<p class="byline">Reviewed by Jane Roe on May 17, 2024</p>`, "2024-05-17"},
	} {
		page := `<html lang="en"><head><title>Why sleep matters</title></head><body><article><h1>Why sleep matters</h1>` + c.rows +
			`<p>` + longProse + `</p><p>` + longProse + `</p></article></body></html>`
		if got := extractPage(t, page).PublishedDate; got != c.want {
			t.Errorf("%s: published %q, want %q", c.name, got, c.want)
		}
	}
}
