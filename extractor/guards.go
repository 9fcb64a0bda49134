package extractor

import "strings"

// Cheap tests of what every match of a regexp holds, so that the regexp
// runs only on the few texts that may match. Go's backtracker clears
// state in proportion to the text even when the match fails at its first
// byte, so an anchored regexp is not free on the short blocks of a page.

// byAloneBytes holds every byte a reByAlone match may hold: the letters
// of its words in either case, the bytes of "ſ" (which (?i) folds with
// "s"), white space and the colon.
var byAloneBytes = func() (set [256]bool) {
	for _, c := range []byte("articlestorypostwrittenpostedreportedwordsbyauthors") {
		set[c], set[c-'a'+'A'] = true, true
	}
	for _, c := range []byte("ſ \t\n\f\r:()") {
		set[c] = true
	}
	return set
}()

// mayBeByAlone reports whether t may match reByAlone: it holds no byte
// that no match holds.
func mayBeByAlone(t string) bool {
	for i := 0; i < len(t); i++ {
		if !byAloneBytes[t[i]] {
			return false
		}
	}
	return true
}

// mayBeByStart reports whether t may match reByStart: every match starts
// with the first letter of one of its words, in either case, or with "ſ"
// (story), or with the lead byte of a Greek, Hebrew or Arabic letter
// (scriptBy).
func mayBeByStart(t string) bool {
	return t != "" && strings.IndexByte("wWpPrRsStTaAbBgGiIoOcCeE\xc5\xce\xd7\xd8\xd9", t[0]) >= 0
}

// notAuthorRole is reNotAuthorRole.FindStringIndex(s), by whether s holds
// "by" in any case: every match holds "by" or "editor".
func notAuthorRole(s string, by bool) []int {
	if !by && !hasFoldASCII(s, "editor") {
		return nil
	}
	return reNotAuthorRole.FindStringIndex(s)
}
