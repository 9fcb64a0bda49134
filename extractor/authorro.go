package extractor

import (
	"regexp"
	"strings"
)

// romanianPage reports whether a page in lang (declared), or on host when
// it declares none, is Romanian, whose bylines write "by" as "de",
// capitalised at the line's start ("De Ion Popescu"). Elsewhere a
// capitalised "De" opens a family name ("De Vries", "De Luca"), so the
// word is read as a label only on these pages. Romanian papers' templates
// often declare no language; their host is under ".ro" (as persianPage
// reads ".ir").
func romanianPage(lang, host string) bool {
	p := primaryTag(lang)
	return p == "ro" || p == "" && strings.HasSuffix(host, ".ro")
}

// reRomanianBy is a Romanian byline line: "De Ion Popescu", "de Ion
// Popescu, 4 decembrie 2026", the name's first letter a capital.
var reRomanianBy = regexp.MustCompile(`^(?:De|de|DE)\s+(\p{Lu}.*)$`)

// cutRomanianBy drops the "De" that a Romanian byline sets before each
// name an author element or a byline gave whole ("De Ion Popescu"): a
// name of two to four capitalised words follows it. cleanName drops the
// lower-case "de" on every page.
func cutRomanianBy(names []string) []string {
	for i, n := range names {
		if after, ok := strings.CutPrefix(n, "De "); ok && capitalisedWords(after, 2, 4) {
			names[i] = after
		}
	}
	return names
}
