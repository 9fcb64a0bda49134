package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cowriterName reports whether n, a name a visible byline adds to the
// chosen authors, is a person's written out: two to five words, each
// capitalised or a lower-case particle inside the name ("Ana de la Cruz",
// "João da Silva"), that open with a given name or with initials ("J. I.
// Da Silva", "M. C. Escher"). A tagline run on after a name ("Master
// Gardener") opens with neither: no job title is written with initials.
func cowriterName(n string) bool {
	w := strings.Fields(n)
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i, x := range w {
		if i > 0 && i < len(w)-1 && nameParticles[x] {
			continue
		}
		if !nameWord(x) {
			return false
		}
	}
	return (startsWithGivenName(n) || initialWord(w[0])) && !initialWord(w[len(w)-1])
}

// nameWord reports whether w is a capitalised word of a name (letters,
// hyphens, apostrophes) or an initial ("J.", "J.I.").
func nameWord(w string) bool {
	if initialWord(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || ownerOrgWords[strings.ToLower(w)] {
		return false
	}
	return strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' }) < 0
}

// initialWord reports whether w is one initial or several run together,
// each a capital and its dot: "J.", "J.I.".
func initialWord(w string) bool {
	if len(w) < 2 || len(w) > 8 || !strings.HasSuffix(w, ".") {
		return false
	}
	for _, p := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		r, size := utf8.DecodeRuneInString(p)
		if size != len(p) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// initialled reports whether short is full with its given names cut to
// their initials, as a byline writes the name the structured data gives
// in full: "E. Barreneche" is Eduardo Barreneche, "J. I. Da Silva" is
// Juan Ignacio da Silva.
func initialled(short, full string) bool {
	s, f := strings.Fields(short), strings.Fields(full)
	if len(s) < 2 || len(s) != len(f) || !initialWord(s[0]) {
		return false
	}
	for i := range s {
		if initialWord(s[i]) {
			r, _ := utf8.DecodeRuneInString(s[i])
			g, _ := utf8.DecodeRuneInString(f[i])
			if len(strings.Split(strings.TrimSuffix(s[i], "."), ".")) != 1 || unicode.ToLower(r) != unicode.ToLower(g) || initialWord(f[i]) {
				return false
			}
			continue
		}
		if simplify(s[i]) != simplify(f[i]) {
			return false
		}
	}
	return true
}
