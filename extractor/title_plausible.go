package extractor

import "strings"

// onlyDate reports whether t is a date and nothing else ("Friday, October
// 26, 2012 at 9:15AM"): a dateline in a heading's markup, not a headline.
func onlyDate(t string) bool {
	if !hasYearOrEpoch(t) {
		return false
	}
	for _, w := range strings.Fields(t) {
		bare := asciiLower(strings.Trim(w, ".,"))
		if monthNum(bare) == "" && !dateWords[bare] && !strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	_, ok := parseDate(t, false)
	return ok
}
