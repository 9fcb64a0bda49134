package extractor

import (
	"math/rand/v2"
	"testing"
)

// TestNonSpaceLenIsByteCount checks nonSpaceLen, which reads four bytes
// a turn, against a count of one byte at a time, on random texts of
// spaces, controls, ASCII and bytes past it, of every length to 80.
func TestNonSpaceLenIsByteCount(t *testing.T) {
	slow := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if c := s[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
				n++
			}
		}
		return n
	}
	parts := []string{" ", "\n", "\t", "\r", "\v", "\f", "\x00", "\x1f", "!", "a", "Z", "\x7f", "\x80", "\xff", "é", "编", "\u3000"}
	rng := rand.New(rand.NewPCG(45, 46))
	for range draws(50000) {
		b := make([]byte, rng.IntN(81))
		for i := range b {
			b[i] = parts[rng.IntN(len(parts))][0]
		}
		if s := string(b); nonSpaceLen(s) != slow(s) {
			t.Fatalf("nonSpaceLen(%q) = %d, want %d", s, nonSpaceLen(s), slow(s))
		}
	}
}
