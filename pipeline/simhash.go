package pipeline

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate detection follows Charikar's SimHash as Google used it for
// web pages (Manku, Jain and Das Sarma, "Detecting Near-Duplicates for Web
// Crawling", WWW 2007): a 64-bit fingerprint of a text's shingles, where
// texts that share most shingles differ in few bits.

// shingleSize is how many tokens make one feature of the fingerprint: two
// (bench/neardup) found more of the edited copies than three at the same
// false-positive rate, and one matched too many distinct articles of a site.
const shingleSize = 2

// NearDistance is the largest Hamming distance between the fingerprints of
// two texts taken for near-duplicates. BENCHMARKS.md ("Near-duplicates")
// has the precision and recall it gives on labelled pairs.
const NearDistance = 8

// SimHash returns the 64-bit SimHash of text: every pair of adjacent tokens
// (words, lower-cased; each CJK character is a token of its own) is
// hashed with FNV-1a, and bit i of the result is set when more shingles
// have bit i set than not. The value is the same in every process and
// every release that keeps shingleSize and the tokeniser. A text of one
// token is one shingle; an empty text gives 0.
func SimHash(text string) uint64 {
	var (
		counts [64]int32
		ring   [shingleSize]uint64 // the hashes of the last tokens
		n      int                 // tokens seen
	)
	add := func(h uint64) {
		for i := range counts {
			counts[i] += int32(h>>i&1)*2 - 1
		}
	}
	shingle := func() uint64 {
		h := uint64(fnvOffset)
		for j := range shingleSize {
			h = fnvMix(h, ring[(n+j)%shingleSize])
		}
		return h
	}
	eachToken(text, func(h uint64) {
		ring[n%shingleSize] = h
		n++
		if n >= shingleSize {
			add(shingle())
		}
	})
	switch {
	case n == 0:
		return 0
	case n < shingleSize:
		h := uint64(fnvOffset)
		for j := range n {
			h = fnvMix(h, ring[j])
		}
		add(h)
	}
	var fp uint64
	for i, c := range counts {
		if c > 0 {
			fp |= 1 << i
		}
	}
	return fp
}

// Distance is the Hamming distance between two fingerprints: the number
// of bits in which they differ.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvMix folds the 8 bytes of v into the FNV-1a hash h.
func fnvMix(h, v uint64) uint64 {
	for range 8 {
		h ^= v & 0xff
		h *= fnvPrime
		v >>= 8
	}
	return h
}

// eachToken calls f with the FNV-1a hash of every token of text: a run of
// letters, digits and marks, lower-cased, or one Han, Hiragana, Katakana
// or Hangul character.
func eachToken(text string, f func(uint64)) {
	h, in := uint64(fnvOffset), false
	flush := func() {
		if in {
			f(h)
			h, in = fnvOffset, false
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case isCJK(r):
			flush()
			f(fnvRune(fnvOffset, r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			h, in = fnvRune(h, unicode.ToLower(r)), true
		default:
			flush()
		}
	}
	flush()
}

func fnvRune(h uint64, r rune) uint64 {
	var buf [utf8.UTFMax]byte
	for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
		h ^= uint64(b)
		h *= fnvPrime
	}
	return h
}

func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}
