package extractor

import (
	"iter"
	"strings"
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

// stopwordVote counts the function words of each list in the first 4,000
// bytes of text and returns the winner, its votes and the runner-up's.
func stopwordVote(text string) (best string, bestN, second int) {
	votes := map[string]int{}
	for w := range letterRuns(strings.ToLower(cutUTF8(text, 4000))) {
		for _, l := range stopIndex[w] {
			votes[l]++
		}
	}
	for l, n := range votes {
		if n > bestN || n == bestN && l < best {
			best, second, bestN = l, bestN, n
		} else if n > second {
			second = n
		}
	}
	return best, bestN, second
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
