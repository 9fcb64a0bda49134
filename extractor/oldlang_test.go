package extractor

import (
	"strings"
	"unicode"
)

// oldDetectLanguage is detectLanguage of extractor/lang.go before
// whatlanggo (commit 04ef871), kept verbatim (its stopword lists are
// stopwords.go's) so that TestLanguageAccuracy and BenchmarkLanguage measure
// it in the same run as its replacement.
//
// It guesses the primary language of text from its script and,
// for Latin script, from function words. It returns "" when unsure and a
// confidence: the share of the best language's votes.
func oldDetectLanguage(text string) (string, float64) {
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
