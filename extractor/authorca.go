package extractor

import "strings"

// catalanPage reports whether a page in lang (declared), or on host when
// it declares none, is Catalan, whose bylines write "by" as "Per" ("Per
// Joan Puig i Maria Soler"). Elsewhere "Per" is a Scandinavian given name
// ("Per Olsson"), so the word is read as a label only on these pages;
// Catalan sites sit under ".cat".
func catalanPage(lang, host string) bool {
	p := primaryTag(lang)
	return p == "ca" || p == "" && strings.HasSuffix(host, ".cat")
}

// cutCatalanBy drops the "Per" that a Catalan byline sets before its
// first name ("Per Joan Puig"), when a name of two to four capitalised
// words follows it.
func cutCatalanBy(names []string) []string {
	for i, n := range names {
		if after, ok := strings.CutPrefix(n, "Per "); ok && capitalisedWords(after, 2, 4) {
			names[i] = after
		} else if after, ok := strings.CutPrefix(n, "PER "); ok && inCapitals(after) {
			names[i] = after
		}
	}
	return names
}
