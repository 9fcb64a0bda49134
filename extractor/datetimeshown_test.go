package extractor

import (
	"strings"
	"testing"
	"time"
)

// A date line read as text ("Published: March 15, 2024, 13:20") around a
// <time datetime> takes the element's instant, the zone its text leaves
// out; only the one instant stated on that day, at the minute shown.
func TestInstantOfTheDateShown(t *testing.T) {
	body := `<p>` + strings.Repeat("The council voted on the plan after a long debate about the costs and the schedule of the works. ", 6) + `</p>`
	fetched := Options{FetchedAt: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []struct{ name, line, wantAt string }{
		{"labelled, news template", `<div class="article-date">Published: <time datetime="2024-03-15T13:20:00+01:00">March 15, 2024, 13:20</time></div>`, "2024-03-15T13:20:00+01:00"},
		{"Polish label", `<div class="article-date">Publikacja: <time datetime="2024-03-15T13:20:00+01:00">15 marca 2024, 13:20</time></div>`, "2024-03-15T13:20:00+01:00"},
		{"WordPress posted-on, date only", `<div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/03/15/council/" rel="bookmark"><time class="entry-date published" datetime="2024-03-15T13:20:00+01:00">March 15, 2024</time></a></span></div>`, "2024-03-15T13:20:00+01:00"},
		{"another minute shown", `<div class="article-date">Published: <time datetime="2024-03-15T13:20:00+01:00">March 15, 2024, 14:05</time></div>`, ""},
		{"published and updated the same day, date only", `<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2024-03-15T09:00:00+01:00">March 15, 2024</time><time class="updated" datetime="2024-03-15T17:45:00+01:00">March 15, 2024</time></span></div>`, ""},
	} {
		page := `<html lang="en"><head><title>Council votes on the plan</title></head><body><article><h1>Council votes on the plan</h1>` + tc.line + body + `</article></body></html>`
		a := extractAt(t, page, "https://example.com/news/council", fetched)
		if a.PublishedDate != "2024-03-15" || a.PublishedAt != tc.wantAt {
			t.Errorf("%s: Extract = %q, %q (%s), want 2024-03-15, %q", tc.name, a.PublishedDate, a.PublishedAt, a.Provenance["published_at"], tc.wantAt)
		}
	}
}
