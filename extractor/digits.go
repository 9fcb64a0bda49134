package extractor

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Digits of the scripts news is written in: dates and counts are read
// from Arabic-Indic, Persian, Devanagari and full-width digits as from
// ASCII ones.

// hasEasternDigits reports whether s holds Arabic-Indic, Persian,
// Devanagari or full-width digits.
func hasEasternDigits(s string) bool {
	if !mayHoldWideDigits(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if wideDigitLead(s[i]) && wideDigitAt(s, i) {
			return true
		}
	}
	return false
}

// mayHoldWideDigits reports whether s holds a lead byte of the UTF-8 forms
// of the digits asciiDigit reads beyond ASCII (U+0660–0669 and U+06F0–06F9
// start with D9 and DB, the Indic, Thai and Lao ones with E0, Myanmar's
// and Khmer's with E1, U+FF10–FF19 with EF): a byte scan, cheaper than decoding every rune of every string
// parseDate sees.
func mayHoldWideDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xD9, 0xDB, 0xE0, 0xEF:
			return true
		case 0xE1:
			// Myanmar's (U+1040–1049: E1 81) and Khmer's (U+17E0–
			// 17E9: E1 9F), not the other letters of E1's blocks.
			if i+1 < len(s) && (s[i+1] == 0x81 || s[i+1] == 0x9F) {
				return true
			}
		}
	}
	return false
}

// foldDigits writes the digits of s that asciiDigit reads as ASCII digits,
// and the full-width separators of CJK dates ("２０２４／０３／０５
// １０：３０") as ASCII ones, so that the numeric patterns of dates.go read
// them.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			return r
		}
		if d := asciiDigit(r); d >= 0 {
			return rune('0' + d)
		}
		switch r {
		case '／':
			return '/'
		case '－':
			return '-'
		case '．':
			return '.'
		case '：':
			return ':'
		}
		return r
	}, s)
}

// foldWideDates writes the full-width digits of t as ASCII ones, and the
// full-width separators between two of them ("２０２４－０５－１６　１０：２１"),
// so that a date in them ends a name as an ASCII one does: "作者：张三
// ２０２４－０５－１６" credits 张三 and dates the page. The label's colon
// after a word stays full-width. Text without a full-width digit (U+FF10–
// FF19, EF BC 90–99 in UTF-8) is returned as it is, found by a byte scan.
func foldWideDates(t string) string {
	i := strings.Index(t, "\xef\xbc")
	for i >= 0 && i+2 < len(t) && (t[i+2] < 0x90 || t[i+2] > 0x99) {
		j := strings.Index(t[i+2:], "\xef\xbc")
		if j < 0 {
			return t
		}
		i += 2 + j
	}
	if i < 0 || i+2 >= len(t) {
		return t
	}
	rs := []rune(t)
	wide := func(k int) bool { return k >= 0 && k < len(rs) && rs[k] >= '０' && rs[k] <= '９' }
	for k, r := range rs {
		switch {
		case wide(k):
			rs[k] = '0' + (r - '０')
		case !wide(k+1) || k == 0 || !(rs[k-1] >= '0' && rs[k-1] <= '9'):
		case r == '／':
			rs[k] = '/'
		case r == '－':
			rs[k] = '-'
		case r == '．':
			rs[k] = '.'
		case r == '：':
			rs[k] = ':'
		case r == '　':
			rs[k] = ' '
		}
	}
	return string(rs)
}

// asciiDigit is the value of an ASCII, Arabic-Indic, Persian, Devanagari,
// Bengali, Tamil, Gujarati, Gurmukhi, Telugu, Kannada, Malayalam, Thai,
// Lao, Myanmar, Khmer or full-width digit, or -1.
func asciiDigit(r rune) int {
	switch {
	case r <= '9':
		if r >= '0' {
			return int(r - '0')
		}
		return -1
	case r < '٠': // Latin, Greek, Cyrillic, Hebrew: no digits but ASCII ones
		return -1
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	case r >= '०' && r <= '९':
		return int(r - '०')
	case r >= '０' && r <= '９':
		return int(r - '０')
	case r >= '০' && r <= '৯': // Bengali
		return int(r - '০')
	case r >= '௦' && r <= '௯': // Tamil
		return int(r - '௦')
	case r >= '๐' && r <= '๙': // Thai
		return int(r - '๐')
	case r >= '૦' && r <= '૯': // Gujarati
		return int(r - '૦')
	case r >= '੦' && r <= '੯': // Gurmukhi
		return int(r - '੦')
	case r >= '౦' && r <= '౯': // Telugu
		return int(r - '౦')
	case r >= '೦' && r <= '೯': // Kannada
		return int(r - '೦')
	case r >= '൦' && r <= '൯': // Malayalam
		return int(r - '൦')
	case r >= '໐' && r <= '໙': // Lao
		return int(r - '໐')
	case r >= '၀' && r <= '၉': // Myanmar
		return int(r - '၀')
	case r >= '០' && r <= '៩': // Khmer
		return int(r - '០')
	}
	return -1
}

// hasDigit reports whether s holds an ASCII, Arabic-Indic, Persian or
// Devanagari digit.
func hasDigit(s string) bool {
	// Eight ASCII bytes at a time: a byte plus 0x50 reaches the top bit
	// from '0' on, plus 0x46 from past '9', no carry crossing bytes below
	// 0x80. A word with a byte at or above 0x80 is read byte by byte.
	// (isLowerASCII reads capitals so.)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word8(s, i)
		if w&bytesHighs != 0 {
			break
		}
		if (w+0x50*bytesOnes)&^(w+0x46*bytesOnes)&bytesHighs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || wideDigitLead(c) && wideDigitAt(s, i) {
			return true
		}
	}
	return false
}

// wideDigitAt reports whether s[i:] opens with a digit beyond ASCII that
// asciiDigit reads. Callers ask it only at the lead bytes of those digits'
// UTF-8 forms (wideDigitLead), tested inline: a rune starts at every such
// byte, as no continuation byte is one, so that a scan of the bytes finds
// what a scan of the runes would, without decoding a Chinese text's
// letters.
func wideDigitAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r >= utf8.RuneSelf && asciiDigit(r) >= 0
}

// wideDigitLead reports whether c opens the UTF-8 form of some digit
// beyond ASCII that asciiDigit reads (TestSpeed72WideDigitLeads):
// U+0660–06F9 start with D9 or DB, the Indic, Thai and Lao ones with E0,
// Myanmar's and Khmer's with E1, U+FF10–FF19 with EF.
func wideDigitLead(c byte) bool {
	return c == 0xD9 || c == 0xDB || c == 0xE0 || c == 0xE1 || c == 0xEF
}

// atoi is s's value as a decimal number of ASCII digits, 0 when it is
// none.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
