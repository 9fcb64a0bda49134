package extractor

import (
	"slices"
	"sync"
	"testing"
)

// splitAuthors hands out copies of what it keeps: a caller that changes
// the names it got does not change what the next caller gets, and a text
// read before gives the same names as one read the first time, also
// from concurrent Extracts.
func TestSplitAuthorsMemo(t *testing.T) {
	const byline = "By Jane Doe and John Roe, Staff Writers"
	want := splitAuthorsText(byline)
	if len(want) != 2 {
		t.Fatalf("splitAuthorsText(%q) = %q, want two names", byline, want)
	}
	first := splitAuthors(byline)
	first[0] = "changed"
	if got := splitAuthors(byline); !slices.Equal(got, want) {
		t.Errorf("splitAuthors(%q) after a caller changed its names = %q, want %q", byline, got, want)
	}
	if got := splitAuthors("Home"); got != nil {
		t.Errorf("splitAuthors(%q) = %q, want nil", "Home", got)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 200 {
				s := []string{byline, "By Ann Lee", "Staff", "Von Hans Müller und Eva Roth"}[(i+j)%4]
				if got, want := splitAuthors(s), splitAuthorsText(s); !slices.Equal(got, want) {
					t.Errorf("splitAuthors(%q) = %q, want %q", s, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
