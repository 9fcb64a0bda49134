package extractor

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// stopwordVoteRef is stopwordVote as it was: the text lower-cased whole,
// each word looked up, the votes in a map.
func stopwordVoteRef(text string) (best string, bestN, second int) {
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

// TestStopwordVoteLowersWords pins what stopwordVote's shortcuts rest on:
// lower-casing a rune never makes a letter of a non-letter or the reverse
// (so the words of the lower-cased text are the lower-cased words), the
// longest function word has maxStopRunes runes, and the languages fit the
// vote array.
func TestStopwordVoteLowersWords(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if unicode.IsLetter(r) != unicode.IsLetter(unicode.ToLower(r)) {
			t.Fatalf("IsLetter(%U) = %v, IsLetter(ToLower) = %v", r, unicode.IsLetter(r), !unicode.IsLetter(r))
		}
	}
	longest := 0
	for w := range stopLangBits {
		longest = max(longest, utf8.RuneCountInString(w))
	}
	if longest != maxStopRunes {
		t.Errorf("longest function word: %d runes, maxStopRunes = %d", longest, maxStopRunes)
	}
	if len(stopLangs) > 16 {
		t.Errorf("%d languages: the vote array holds 16", len(stopLangs))
	}
}

// TestStopwordVoteAsMap pins stopwordVote to stopwordVoteRef on random
// texts of function words in any case (accented capitals, Kelvin sign and
// dotted İ included), long words, digits, invalid bytes and CJK, and on the
// golden pages.
func TestStopwordVoteAsMap(t *testing.T) {
	var pieces []string
	for w := range stopLangBits {
		pieces = append(pieces, w, strings.ToUpper(w), strings.Title(w))
	}
	pieces = append(pieces, " ", "  ", ", ", ".\n", "1999", "\xff", "\u212a", "İ", "ΣΑΣ", "Straße",
		"extraordinarily", "DENGANX", "日本語", "\u0345", "Ⅰ", "ⓐ", "-")
	rng := rand.New(rand.NewPCG(3, 5))
	check := func(name, text string) {
		t.Helper()
		b, n, s := stopwordVote(text)
		rb, rn, rs := stopwordVoteRef(text)
		if b != rb || n != rn || s != rs {
			t.Fatalf("stopwordVote(%q) = %q, %d, %d, want %q, %d, %d", name, b, n, s, rb, rn, rs)
		}
	}
	for range draws(20000) {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		check(b.String(), b.String())
	}
	files, _ := filepath.Glob("../testdata/pages/*/source.html")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(f, string(raw))
	}
}
