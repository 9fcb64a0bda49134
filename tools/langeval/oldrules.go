// oldrules.go is extractor/lang.go as it was before the detector (commit 04ef871),
// kept verbatim so that the old rules are measured in the same run.

package main

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are frequent function words of languages written in Latin script.
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

// detectLanguage guesses the primary language of text from its script and,
// for Latin script, from function words. It returns "" when unsure and a
// confidence: the share of the best language's votes.
func oldRules(text string) (string, float64) {
	// A few thousand bytes decide a language as well as the whole text.
	if len(text) > 4000 {
		text = text[:4000]
	}
	var han, kana, hangul, cyr, arabic, hebrew, thai, greek, deva, latin, letters int
	for _, r := range text {
		if r < 0x80 {
			// ASCII: the common case, decided without table lookups.
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				letters++
				latin++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Thai, r):
			thai++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Devanagari, r):
			deva++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if letters < 20 {
		return "", 0
	}
	share := func(n int) float64 { return float64(n) / float64(letters) }
	switch {
	case kana > 0 && share(kana+han) > 0.3 && share(kana) > 0.05:
		return "ja", share(kana + han)
	case share(han) > 0.3:
		return "zh", share(han)
	case share(hangul) > 0.3:
		return "ko", share(hangul)
	case share(arabic) > 0.3:
		return "ar", share(arabic)
	case share(hebrew) > 0.3:
		return "he", share(hebrew)
	case share(thai) > 0.3:
		return "th", share(thai)
	case share(greek) > 0.3:
		return "el", share(greek)
	case share(deva) > 0.3:
		return "hi", share(deva)
	case share(cyr) > 0.3:
		return "ru", share(cyr) * 0.5 // Cyrillic is shared by many languages
	case share(latin) < 0.5:
		return "", 0
	}
	votes := map[string]int{}
	total := 0
	for w := range letterRuns(strings.ToLower(text)) {
		for _, l := range stopIndex[w] {
			votes[l]++
			total++
		}
	}
	best, bestN, second := "", 0, 0
	for l, n := range votes {
		if n > bestN || n == bestN && l < best {
			best, second, bestN = l, bestN, n
		} else if n > second {
			second = n
		}
	}
	if bestN < 5 || bestN < second*3/2 {
		return "", 0
	}
	return best, float64(bestN) / float64(total)
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
