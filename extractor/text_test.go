package extractor

import (
	"testing"
	"unicode"
)

// TestIsCJKFastPaths checks isCJK's ranges read without a table against
// the tables themselves, for every code point: a cjkFirst above the lowest
// rune of unicode.Han, Hiragana or Katakana fails it.
func TestIsCJKFastPaths(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
		if got := isCJK(r); got != want {
			t.Fatalf("isCJK(%U) = %v, want %v (the tables)", r, got, want)
		}
	}
}
