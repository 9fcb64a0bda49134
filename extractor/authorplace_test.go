package extractor

import (
	"slices"
	"strings"
	"testing"
)

// The place a writer files from, after a comma closing the byline's names,
// is no co-author; a co-author there opens with a given name.
func TestPlaceAfterCommaIsNoAuthor(t *testing.T) {
	body := `<p>` + strings.Repeat("The council voted on the plan after a long debate about the costs and the schedule of the works. ", 6) + `</p>`
	for _, tc := range []struct {
		byline string
		want   []string
	}{
		{`<p class="byline">By Jane Doe, New York, 03/15/2024</p>`, []string{"Jane Doe"}},
		{`<div class="article-meta">By Jane Doe, San Francisco | March 15, 2024</div>`, []string{"Jane Doe"}},
		{`<p class="byline">By Jane Doe and John Roe, Los Angeles</p>`, []string{"Jane Doe", "John Roe"}},
		{`<p class="autor">Por Juan Pérez, Ciudad de México</p>`, []string{"Juan Pérez"}},
		{`<p class="byline">By Jane Doe, John Roe, 03/15/2024</p>`, []string{"Jane Doe", "John Roe"}},
		{`<p class="byline">By Jane Doe, Mark Newman and Ann Lee</p>`, []string{"Jane Doe", "Mark Newman", "Ann Lee"}},
	} {
		page := `<html lang="en"><head><title>Council votes</title></head><body><article><h1>Council votes</h1>` + tc.byline + body + `</article></body></html>`
		a := extractAt(t, page, "https://example.com/news/council", Options{})
		if !slices.Equal(a.Authors, tc.want) {
			t.Errorf("%s: Extract.Authors = %q (%s), want %q", tc.byline, a.Authors, a.Provenance["authors"], tc.want)
		}
	}
}
