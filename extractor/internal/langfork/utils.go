package langfork

import (
	"unicode"
	"unicode/utf8"
)

// isStopChar returns true if r is space, punctuation or digit.
func isStopChar(r rune) bool {
	if unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r) {
		return true
	}
	return false
}

// abs returns the absolute value of x.
func abs(n int) int {
	if n < 0 {
		return n * -1
	}
	return n
}

// The kinds of ASCII runes for DetectScript and count, read once from
// isStopChar and the scripts' checks themselves.
const (
	asciiOther    = iota // none of the below: the slow path decides
	asciiStop            // isStopChar
	asciiLatin           // not a stop, and of the Latin script only
	asciiNoScript        // not a stop, and of no script DetectScript counts
)

var asciiKinds = func() (kinds [utf8.RuneSelf]uint8) {
	checks := []func(rune) bool{isLatin, isCyrillic, isArabic, isDevanagari, isHiraganaKatakana, isEthiopic, isHebrew,
		isBengali, isGeorgian, isHan, isHangul, isGreek, isKannada, isTamil, isThai, isGujarati, isGurmukhi,
		isTelugu, isMalayalam, isOriya, isMyanmar, isSinhala, isKhmer}
	for r := range rune(utf8.RuneSelf) {
		if isStopChar(r) {
			kinds[r] = asciiStop
			continue
		}
		n := 0
		for _, check := range checks {
			if check(r) {
				n++
			}
		}
		switch {
		case n == 0:
			kinds[r] = asciiNoScript
		case n == 1 && isLatin(r):
			kinds[r] = asciiLatin
		}
	}
	return kinds
}()

// asciiLower is unicode.ToLower of toTrigramChar of each ASCII rune.
var asciiLower = func() (lower [utf8.RuneSelf]rune) {
	for r := range rune(utf8.RuneSelf) {
		lower[r] = unicode.ToLower(toTrigramChar(r))
	}
	return lower
}()
