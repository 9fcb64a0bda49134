package extractor

import (
	"iter"
	"maps"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// stopwords are frequent function words of languages written in Latin
// script. They confirm a declared language cheaply (see confirms); they do
// not detect one.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "it", "was", "on", "as", "are", "this", "by", "be", "from", "have", "which"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "sich", "auf", "für", "dem", "auch", "von", "zu", "es", "im", "wird"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "que", "pas", "sur", "du", "au", "avec", "sont", "ce", "il", "plus"},
	"es": {"el", "la", "los", "las", "que", "y", "del", "en", "por", "una", "con", "para", "es", "se", "lo", "como", "más", "pero", "sus", "al"},
	"it": {"il", "la", "che", "di", "e", "per", "una", "non", "sono", "della", "con", "del", "gli", "le", "è", "anche", "nel", "alla", "più", "questo"},
	"pt": {"o", "a", "os", "que", "de", "não", "uma", "com", "para", "do", "da", "em", "se", "por", "mais", "dos", "das", "é", "ao", "como"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "aan", "er", "maar", "om", "bij"},
	"sv": {"och", "att", "det", "som", "en", "är", "av", "för", "med", "till", "den", "på", "inte", "om", "har", "de", "ett", "var", "jag", "men"},
	"pl": {"i", "w", "nie", "na", "się", "jest", "to", "że", "do", "z", "jak", "co", "o", "ale", "po", "tak", "od", "za", "czy", "są"},
	"id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "ada", "oleh", "atau", "bisa", "saya"},
}

var stopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, words := range stopwords {
		for _, w := range words {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// stopLangs are the languages of stopwords, sorted; stopLangBits gives,
// for each function word, the set of the lists that hold it (bit i for
// stopLangs[i]), and stopFilter turns most other words away before that
// map is asked.
var (
	stopLangs    = slices.Sorted(maps.Keys(stopwords))
	stopLangBits = func() map[string]uint16 {
		bits := map[string]uint16{}
		for i, l := range stopLangs {
			for _, w := range stopwords[l] {
				bits[w] |= 1 << i
			}
		}
		return bits
	}()
	stopFilter = newWordFilter(stopLangBits)
)

// maxStopRunes is the length in runes of the longest function word: a
// longer word is none, lower-cased or not (lower-casing keeps the count).
const maxStopRunes = 6

// stopwordVote counts the function words of each list in the first 4,000
// bytes of text and returns the winner, its votes and the runner-up's.
//
// It reads the words as strings.ToLower of the text would give them, but
// lower-cases only words short enough to be function words, on the stack,
// and counts in an array: the text's copy and a map of votes were most of
// its cost.
func stopwordVote(text string) (best string, bestN, second int) {
	var votes [16]int // one per language of stopLangs
	var buf [4 * maxStopRunes]byte
	for w := range letterRuns(cutUTF8(text, 4000)) {
		lw, ok := lowerShort(buf[:0], w)
		if !ok || !stopFilter.mayBytes(lw) {
			continue
		}
		for set := stopLangBits[string(lw)]; set != 0; set &= set - 1 {
			votes[bits.TrailingZeros16(set)]++
		}
	}
	// The winner is the most votes, the first language in sorted order
	// among equals; the runner-up's count is the second largest.
	for i, n := range votes[:len(stopLangs)] {
		if n == 0 {
			continue
		}
		if l := stopLangs[i]; n > bestN || n == bestN && l < best {
			best, second, bestN = l, bestN, n
		} else if n > second {
			second = n
		}
	}
	return best, bestN, second
}

// lowerShort appends w lower-cased as strings.ToLower would (w is a run of
// letters, valid UTF-8) to out, unless w has more than maxStopRunes runes.
func lowerShort(out []byte, w string) ([]byte, bool) {
	n := 0
	for _, r := range w {
		if n++; n > maxStopRunes {
			return out, false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			out = append(out, byte(r))
			continue
		}
		out = utf8.AppendRune(out, unicode.ToLower(r))
	}
	return out, true
}

// letterRuns yields the runs of letters in s, as strings.FieldsFunc with
// !unicode.IsLetter would, without building the slice and with ASCII
// decided without table lookups.
func letterRuns(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := rune(s[i]), 1
			var letter bool
			if r < utf8.RuneSelf {
				letter = r|0x20 >= 'a' && r|0x20 <= 'z'
			} else {
				r, size = utf8.DecodeRuneInString(s[i:])
				letter = unicode.IsLetter(r)
			}
			switch {
			case letter && start < 0:
				start = i
			case !letter && start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}
