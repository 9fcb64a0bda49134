package extractor

import (
	"regexp"
	"strings"
)

// reWireDateline is the dateline that opens a wire story: the place, maybe
// the day, and the agency in brackets before a dash: "WASHINGTON, March 12
// (Reuters) -", "PARIS (AFP) —", "BERLIN (dpa) -", or the bracket alone,
// "(Reuters) -". The place is a few words, without a sentence's stops.
var reWireDateline = regexp.MustCompile(`^([^()\n!?:;]{0,60}?)\s*\(([^()\n]{2,30})\)\s*(?:-{1,2}|–|—)\s`)

// datelineAgencies are agencies written in a dateline by a short name that
// signs no byline in that form elsewhere: "TOKYO (Kyodo) --".
var datelineAgencies = setOf("kyodo", "jiji", "yonhap", "bernama", "antara", "interfax", "anadolu", "xinhua", "tass")

// wireDatelineAgency is the agency a wire story's dateline names at the
// top of its text (reWireDateline), which the README's authors field
// credits when nothing else names a writer: an agency alone stands. A
// regional desk after a slash is cut: "Berlin (dpa/lnw) -" is dpa.
func wireDatelineAgency(text string) []string {
	// Cheap test first: a bracket near the start of the text.
	head := text[:min(len(text), 120)]
	if strings.IndexByte(head, '(') < 0 {
		return nil
	}
	m := reWireDateline.FindStringSubmatch(head)
	if m == nil || len(strings.Fields(m[1])) > 8 {
		return nil
	}
	agency := strings.TrimSpace(m[2])
	if i := strings.IndexByte(agency, '/'); i > 0 {
		agency = strings.TrimSpace(agency[:i])
	}
	if !wireCredit(agency) && !datelineAgencies[asciiLower(agency)] {
		return nil
	}
	return []string{agency}
}

// foldWidth is s with its full-width Latin letters and digits written
// half-width: "ＡＦＰ" is AFP.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0xFF01 && r <= 0xFF5E {
			return r - 0xFEE0
		}
		return r
	}, s)
}
