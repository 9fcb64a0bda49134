package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSimplifiesTo pins simplifiesTo(x, s) to simplify(x) == s on random
// strings of letters in both cases, digits, punctuation simplify drops,
// accented and CJK letters, marks, symbols and invalid bytes.
func TestSimplifiesTo(t *testing.T) {
	pieces := []string{"a", "B", "z", "0", "9", ".", "-", " ", "é", "É", "\u0301", "日", "®", "—", "，", "\xff",
		"\u212a", "İ", "ß", "ǅ", "www", "News", "news"}
	rng := rand.New(rand.NewPCG(11, 17))
	gen := func() string {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for range draws(100000) {
		x, y := gen(), gen()
		for _, s := range []string{simplify(y), simplify(x), y} {
			if got, want := simplifiesTo(x, s), simplify(x) == s; got != want {
				t.Fatalf("simplifiesTo(%q, %q) = %v, want %v", x, s, got, want)
			}
		}
	}
}
