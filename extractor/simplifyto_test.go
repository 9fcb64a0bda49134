package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
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
	for range 100000 {
		x, y := gen(), gen()
		for _, s := range []string{simplify(y), simplify(x), y} {
			if got, want := simplifiesTo(x, s), simplify(x) == s; got != want {
				t.Fatalf("simplifiesTo(%q, %q) = %v, want %v", x, s, got, want)
			}
		}
	}
}

// TestSimplifyAsBefore pins simplify, which now shares simplifyInto with
// simplifiesTo, to the loop it had of its own.
func TestSimplifyAsBefore(t *testing.T) {
	old := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			} else if r > 127 {
				r = unicode.ToLower(r)
			}
			switch {
			case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
				b.WriteByte(byte(r))
			case r > 127 && !isPunct(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)):
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	pieces := []string{"a", "B", "z", "0", "9", ".", "-", " ", "é", "É", "\u0301", "日", "®", "—", "，", "\xff",
		"\u212a", "İ", "ß", "ǅ", "www", "News", "😀", "\u00a0", "«"}
	rng := rand.New(rand.NewPCG(13, 19))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if got, want := simplify(b.String()), old(b.String()); got != want {
			t.Fatalf("simplify(%q) = %q, want %q", b.String(), got, want)
		}
	}
}
