package extractor

import (
	"slices"
	"strings"
	"testing"
)

func TestCutReadingTime(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Jane Miller · May 16, 2024 · 3 min read", "Jane Miller · May 16, 2024"},
		{"May 16, 2024 | 5 minute read", "May 16, 2024"},
		{"3 min read", ""},
		{"Reading Time: 11 minutes", ""},
		{"Lesezeit: ca. 3 Minuten", ""},
		{"12. Mai 2024 | Lesezeit: 4 Min.", "12. Mai 2024"},
		{"Tempo di lettura: 3 minuti", ""},
		{"Tempo de leitura: 2 minutos", ""},
		{"5 min de lecture", ""},
		{"Время чтения: 5 мин", ""},
		{"阅读时间：5分钟", ""},
		// Not a reading time: a match's minutes, a sentence.
		{"The match lasted 90 min and ended in a draw", "The match lasted 90 min and ended in a draw"},
		{"Jane Miller · May 16, 2024", "Jane Miller · May 16, 2024"},
	} {
		if got := cutReadingTime(tc.in); got != tc.want {
			t.Errorf("cutReadingTime(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A meta line that closes with the reading time is the byline's line
// and leaves the body; a reading time on a line of its own leaves too.
func TestReadingTimeLines(t *testing.T) {
	const prose = `<p>Residents who spoke at the hearing were divided. Some welcomed the repairs as long overdue, while shop owners along the waterfront warned that higher parking charges would drive customers away.</p>` +
		`<p>Engineers told the council in March that parts of the wall could fail in a severe winter storm, a warning that turned a routine maintenance item into the most contested line of the budget.</p>` +
		`<p>Work on the first section is expected to begin in the autumn and last about eighteen months, during which one of the two ferry berths will be closed and timetables reduced.</p>`
	for _, tc := range []struct {
		name, meta string
		authors    []string
		gone       string
	}{
		{"name, date and reading time", `<p>Jane Miller · May 16, 2024 · 3 min read</p>`, []string{"Jane Miller"}, "min read"},
		{"reading time alone", `<p class="byline">By Jane Miller</p><div class="rt">Lesezeit: 4 Min.</div>`, []string{"Jane Miller"}, "Lesezeit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Council approves harbour budget</title></head><body><div class="post"><h1>Council approves harbour budget</h1>` + tc.meta + prose + `</div></body></html>`
			a, err := Extract([]byte(page), "https://news.example/story", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Authors, tc.authors) {
				t.Errorf("authors %q, want %q", a.Authors, tc.authors)
			}
			if strings.Contains(a.Text, tc.gone) {
				t.Errorf("%q stayed in the body: %q", tc.gone, a.Text)
			}
			if !strings.Contains(a.Text, "ferry berths") {
				t.Errorf("the article's text is missing: %q", a.Text)
			}
		})
	}
}

// An author element whose text is a date gives no author: "August 28,
// 2025" is no "August", and the author box under the post still names the
// author.
func TestAuthorElementDateAlone(t *testing.T) {
	page := `<html><head><title>Search tips for clinics</title></head><body><h1>Search tips for clinics</h1>` +
		`<div class="post-header_author-text"><div class="date-wrapper"><div>August 28, 2025</div><div>•</div><div>5 min read</div></div></div>` +
		`<p>Clinics that want new patients to find them should start with the pages they already have, and make each one answer a question a patient asks.</p>` +
		`<p>Directories and maps matter as much as the site itself: a clinic listed with the wrong hours loses the patients who call after work.</p>` +
		`<div class="blog_author-box"><div class="blog_author-text"><div class="name">Dana Whitfield</div><p>Dana Whitfield writes about marketing for small clinics.</p></div></div></body></html>`
	a, err := Extract([]byte(page), "https://clinic.example/blog/search-tips", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Authors, []string{"Dana Whitfield"}) {
		t.Errorf("authors %q, want Dana Whitfield", a.Authors)
	}
	if a.PublishedDate != "2025-08-28" {
		t.Errorf("published %q, want 2025-08-28", a.PublishedDate)
	}
}
