package extractor

import (
	"slices"
	"strings"
	"testing"
)

// Older CMSs lay an article out in a table cell, its lines apart by <br>:
// the headline in <font> or <b>, the byline in a smaller <font> on a line
// of its own. Neither is a block, so readability keeps both in the body.
func TestOldLayoutLines(t *testing.T) {
	const prose = `Residents who spoke at the hearing were divided. Some welcomed the repairs as long overdue, while shop owners along the waterfront warned that higher parking charges would drive customers to the new mall outside town.<br><br>` +
		`Engineers told the council in March that parts of the wall could fail in a severe winter storm, a warning that turned a routine maintenance item into the most contested line of the budget this year.<br><br>` +
		`Work on the first section is expected to begin in the autumn and last about eighteen months, during which one of the two ferry berths will be closed and timetables will be reduced on weekends.`
	const headline = "Council approves harbour budget after months of debate"
	page := func(cell string) []byte {
		return []byte(`<html><head><title>` + headline + ` - Harbour Herald</title></head><body><table><tr>` +
			`<td class="nav"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a></td>` +
			`<td class="content">` + cell + `</td></tr></table></body></html>`)
	}
	for _, tc := range []struct {
		name, cell string
		authors    []string
		gone, kept []string
	}{
		{"headline and byline in <font>",
			`<font size="5"><b>` + headline + `</b></font><br><font size="2">By Jane Miller, May 16, 2024</font><br><br>` + prose,
			[]string{"Jane Miller"}, []string{headline, "By Jane Miller"}, nil},
		{"byline alone on its line",
			`<b>` + headline + `</b><br><font size="2">By Jane Miller</font><br><br>` + prose,
			[]string{"Jane Miller"}, []string{headline, "By Jane Miller"}, nil},
		// A word set in bold inside running text is not a line: a lead
		// sentence that opens with the title's words keeps them.
		{"the title's words opening a sentence",
			`<p><b>` + headline + `</b> was the word in town on Tuesday, as the city council ended a debate that had run since the winter.</p><p>` + prose + `</p>`,
			nil, nil, []string{headline + " was the word"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(page(tc.cell), "http://www.herald.example/news/story.php?id=12", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != headline {
				t.Errorf("title %q, want %q", a.Title, headline)
			}
			if !slices.Equal(a.Authors, tc.authors) {
				t.Errorf("authors %q, want %q", a.Authors, tc.authors)
			}
			if !strings.Contains(a.Text, "ferry berths") {
				t.Errorf("the article's text is missing: %q", a.Text)
			}
			for _, g := range tc.gone {
				if strings.Contains(a.Text, g) {
					t.Errorf("%q stayed in the body: %q", g, a.Text)
				}
			}
			for _, k := range tc.kept {
				if !strings.Contains(a.Text, k) {
					t.Errorf("%q left the body: %q", k, a.Text)
				}
			}
		})
	}
}
