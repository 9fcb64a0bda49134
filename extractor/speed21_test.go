package extractor

import (
	"regexp"
	"testing"
)

// TestCheapChecksMatchTheirRules wants each hand-written check to answer as
// the rule it replaced does, on texts near its edges.
func TestCheapChecksMatchTheirRules(t *testing.T) {
	texts := []string{"", "a", "aut", "auto", "autor", "AUTOR", "Autore", "author", "AUTHOR", "auteur", "Auteure",
		"the aUtHoR said", "autho", "aute", "auteu", "aUth0r", "Authority", "@UTOR", "au tor", "author\u00e9",
		"©", " © Reuters", "\t\n\f\r ©2019", "\v© x", "\u00a0© x", "x ©", "(c) 2019", "©©", "\xc2"}
	reCopyright := regexp.MustCompile(`^\s*©`)
	for _, s := range texts {
		want := hasFoldASCII(s, "author") || hasFoldASCII(s, "autor") || hasFoldASCII(s, "auteur") || hasFoldASCII(s, "autore")
		if got := holdsAuthorWord(s); got != want {
			t.Errorf("holdsAuthorWord(%q) = %v, want %v", s, got, want)
		}
		if got, want := startsWithCopyright(s), reCopyright.MatchString(s); got != want {
			t.Errorf("startsWithCopyright(%q) = %v, want %v", s, got, want)
		}
	}
}
