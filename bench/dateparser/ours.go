package main

import (
	"time"
	_ "unsafe" // go:linkname

	_ "github.com/newsprint/newsprint/extractor"
)

// when is extractor.when, field for field: parseDate returns one.
// checkOurs stops the program when the two no longer agree.
type when struct {
	t       time.Time
	hasTime bool
	hasZone bool
	byOrder bool
	epoch   bool
}

// parseDate is newsprint's own date reader, extractor.parseDate, reached
// without exporting it: the product must not gain an API, nor its module
// go-dateparser, for a measurement.
//
//go:linkname parseDate github.com/newsprint/newsprint/extractor.parseDate
func parseDate(s string, dayFirst bool) (when, bool)

// ours is the day parseDate reads in s, as YYYY-MM-DD, or "".
func ours(s string, dayFirst bool) string {
	w, ok := parseDate(s, dayFirst)
	if !ok {
		return ""
	}
	return w.t.Format(time.DateOnly)
}

// checkOurs reports whether the linked parseDate still returns a when
// laid out as ours is.
func checkOurs() bool {
	w, ok := parseDate("2024-05-16T10:30:00Z", false)
	return ok && w.hasTime && w.hasZone && !w.byOrder && !w.epoch &&
		w.t.Equal(time.Date(2024, 5, 16, 10, 30, 0, 0, time.UTC))
}
