package readability

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSpeed72PlainRune wants plainRune to take, of every two- and
// three-byte sequence, exactly the valid runes that are neither a space
// nor a comma commaCounter counts, at their length.
func TestSpeed72PlainRune(t *testing.T) {
	commas := "\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C"
	buf := make([]byte, 3)
	for b0 := 0x80; b0 < 0x100; b0++ {
		for b1 := range 0x100 {
			for b2 := range 0x100 {
				buf[0], buf[1], buf[2] = byte(b0), byte(b1), byte(b2)
				s := string(buf)
				r, n := utf8.DecodeRuneInString(s)
				want := 0
				if n > 1 && n <= 3 && !unicode.IsSpace(r) && !strings.ContainsRune(commas, r) {
					want = n
				}
				if got := plainRune(s); got != want {
					t.Fatalf("% x: %d, want %d", s, got, want)
				}
				if want == 2 && plainRune(s[:2]) != 2 {
					t.Fatalf("% x alone: not taken", s[:2])
				}
			}
		}
	}
}

// TestSpeed72SumsMixedScripts wants sumTextCommas to count random texts
// of Chinese, Cyrillic, punctuation, spaces and broken bytes as Count
// does rune by rune.
func TestSpeed72SumsMixedScripts(t *testing.T) {
	bits := []string{"中", "文", "，", "。", "\u3000", " ", "a", ",", "д", "\u00a0", "“", "\u2009", "\u2e32", "\xe4\xb8", "\xff", "\xed\xa0\x80", "é", "\u0905", "\U0001F600", "\n"}
	rng := rand.New(rand.NewPCG(72, 72))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(bits[rng.IntN(len(bits))])
		}
		s := b.String()
		got, gk := sumTextCommas(s)
		c := charCounter{}
		for _, r := range s {
			c.Count(r)
		}
		wc, wk := countRunes([]string{s})
		if got.total != c.Total || gk != wk || wc != c.Total {
			t.Fatalf("%q: %d chars %d commas, want %d, %d", s, got.total, gk, c.Total, wk)
		}
	}
}
