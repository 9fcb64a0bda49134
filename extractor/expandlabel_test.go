package extractor

import (
	"strings"
	"testing"
)

// The link or <summary> that opens the rest of a story the page already
// holds ("Continue reading", "Read the full story", "Weiterlesen") is no
// part of it; the text it reveals is.
func TestExpanderLabels(t *testing.T) {
	const lead = `<p>Residents who spoke at the hearing were divided. Some welcomed the repairs as long overdue, while shop owners along the waterfront warned that higher parking charges would drive customers away.</p>`
	const rest = `<p>Engineers told the council in March that parts of the wall could fail in a severe winter storm, a warning that turned a routine maintenance item into the most contested line of the budget.</p>` +
		`<p>Work on the first section is expected to begin in the autumn and last about eighteen months, during which one of the two ferry berths will be closed and timetables reduced.</p>`
	for _, tc := range []struct{ name, body, label string }{
		{"toggle link", lead + `<div class="collapse" id="more">` + rest + `</div><a href="#more" data-toggle="collapse">Continue reading</a>`, "Continue reading"},
		{"details", lead + `<details><summary>Read the full story</summary>` + rest + `</details>`, "Read the full story"},
		{"German toggle", lead + `<div class="more">` + rest + `</div><a href="#" class="toggle">Weiterlesen</a>`, "Weiterlesen"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Council approves harbour budget</title></head><body><article><h1>Council approves harbour budget</h1><div class="article-body">` + tc.body + `</div></article></body></html>`
			a, err := Extract([]byte(page), "https://news.example/story", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a.Text, tc.label) {
				t.Errorf("%q stayed in the body: %q", tc.label, a.Text)
			}
			if !strings.Contains(a.Text, "ferry berths") {
				t.Errorf("the text behind the expander is missing: %q", a.Text)
			}
		})
	}
}
