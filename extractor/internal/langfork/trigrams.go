package langfork

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// trigram is three runes of a text, lower-cased, with punctuation, digits
// and symbols as spaces. Its order, rune by rune, is the byte order of its
// UTF-8 string, by which upstream breaks ties of counts.
type trigram [3]rune

// ranked is a text's trigram and its rank: 0 for the most frequent.
type ranked struct {
	trigram trigram
	rank    int
}

// convert punctuations and digits to space.
func toTrigramChar(ch rune) rune {
	if isStopChar(ch) {
		return ' '
	}
	return ch
}

// rankTrigrams is upstream's getTrigramsWithPositions as a slice: each
// trigram of text once, the most frequent first, a tie in count going to
// the greater trigram (upstream sorts ascending by count, then by
// strings.Compare, and numbers the trigrams from the end).
func rankTrigrams(text string) []ranked {
	counts := count(text)
	type counted struct {
		trigram trigram
		n       int
	}
	all := make([]counted, 0, len(counts))
	for tg, n := range counts {
		all = append(all, counted{tg, n})
	}
	slices.SortFunc(all, func(a, b counted) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return compareTrigrams(b.trigram, a.trigram)
	})
	out := make([]ranked, len(all))
	for i, c := range all {
		out[i] = ranked{c.trigram, i}
	}
	return out
}

// compareTrigrams orders trigrams as strings.Compare orders their UTF-8
// strings: valid runes encode in the order of their values, and the runes
// of a trigram are valid (ranging over a string yields U+FFFD for a bad
// byte, never a surrogate).
func compareTrigrams(a, b trigram) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func count(text string) map[trigram]int {
	var r1, r2, r3 rune
	trigrams := map[trigram]int{}
	txt := make([]rune, 0, len(text)+1)

	for _, r := range text {
		if r < utf8.RuneSelf {
			txt = append(txt, asciiLower[r])
			continue
		}
		txt = append(txt, unicode.ToLower(toTrigramChar(r)))
	}
	txt = append(txt, ' ')

	r1 = ' '
	r2 = txt[0]
	for i := 1; i < len(txt); i++ {
		r3 = txt[i]
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			trigrams[trigram{r1, r2, r3}]++
		}
		r1 = r2
		r2 = r3
	}

	return trigrams
}
