package extractor

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strings"
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

// lowerASCII reads eight bytes at a time: at every length and every
// position of a capital, a non-ASCII byte and the bytes next to the A-Z
// range ('@', '[', 0xC1 and 0xDA, whose low seven bits are 'A' and 'Z', a
// high byte before '@') it gives what strings.ToLower gives, and
// hasUpperASCII what a byte loop does.
func TestLowerASCIIWords(t *testing.T) {
	for n := 0; n <= 20; n++ {
		for i := 0; i < max(n, 1); i++ {
			for _, c := range []string{"A", "Z", "M", "@", "[", "\xc1", "\xda", "é", "Ω", "\x80", "a", "\xff@", "\xc5Z", "\xbf["} {
				b := []byte(strings.Repeat("entry-title_x", 2)[:n])
				s := string(b)
				if i < n {
					s = s[:i] + c + s[i+1:]
				}
				if got, want := lowerASCII(s), strings.ToLower(s); got != want {
					t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
				}
				want := false
				for j := 0; j < len(s); j++ {
					want = want || s[j] >= 'A' && s[j] <= 'Z'
				}
				if got := hasUpperASCII(s); got != want {
					t.Errorf("hasUpperASCII(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestContentHashChunks checks contentHash, which hashes through a buffer,
// against the sum of the whole text, at lengths around the buffer's.
func TestContentHashChunks(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 4095, 4096, 4097, 8192, 10000} {
		s := strings.Repeat("héllo wörld ", n/12+1)[:n]
		sum := sha256.Sum256([]byte(s))
		if want := "sha256:" + hex.EncodeToString(sum[:]); contentHash(s) != want {
			t.Errorf("contentHash of %d bytes = %s, want %s", n, contentHash(s), want)
		}
	}
}

func TestHoldsCrumb(t *testing.T) {
	for _, s := range []string{"", "crum", "crumb", "CRUMB", "Breadcrumbs", "bread-crumb-item", "ccrumb", "crcrumb", "cruMb x", "xcrumx", "crumbb", "bcrumb", "crumcrumb", "mcrumb", "rcrumb", "ucrumb", "c r u m b", "bbbbb", "\xc3crumb", "crub", "crumB-trail"} {
		if got, want := holdsCrumb(s), hasFoldASCII(s, "crumb"); got != want {
			t.Errorf("holdsCrumb(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHoldsCrumbEvery compares holdsCrumb with hasFoldASCII on every
// string of up to seven bytes over the letters of "crumb", a capital and
// another byte.
func TestHoldsCrumbEvery(t *testing.T) {
	const letters = "crumbBx"
	buf := make([]byte, 0, 7)
	var try func()
	try = func() {
		if s := string(buf); holdsCrumb(s) != hasFoldASCII(s, "crumb") {
			t.Fatalf("holdsCrumb(%q) = %v", s, holdsCrumb(s))
		}
		if len(buf) == cap(buf) {
			return
		}
		for i := 0; i < len(letters); i++ {
			buf = append(buf, letters[i])
			try()
			buf = buf[:len(buf)-1]
		}
	}
	try()
}

// TestHoldsAnyRuneIsContainsAny checks holdsAnyRune against
// strings.ContainsAny on random texts of ASCII, multi-byte runes and
// broken UTF-8 (a lead byte alone, a continuation byte alone, a rune cut
// short), with sets past ASCII and within it.
func TestHoldsAnyRuneIsContainsAny(t *testing.T) {
	parts := []string{"a", "Z", " ", ":", "|", "-", "·", "•", "：", "（", "(", "编", "摄", "—", "–", "\u3000", "\u00a0",
		"\xc2", "\xb7", "\xe2\x80", "\x80", "\xa2", "\xff", "\xef\xbc", "é", "张三", "\xef\xbf\xbd"}
	sets := []string{"·•|", "•·|/", ":：", "(（", "—–-", " \u3000", "编审校监", "\"“„«", "фФ/", "abc", ""}
	rng := rand.New(rand.NewPCG(21, 22))
	for range draws(50000) {
		s := randomFragment(rng, parts, 8)
		for _, set := range sets {
			if got, want := holdsAnyRune(s, set), strings.ContainsAny(s, set); got != want {
				t.Fatalf("holdsAnyRune(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	}
}
