package extractor

import (
	"cmp"
	"slices"
	"strings"
)

// keySet finds whether a text holds any of a few fixed fragments, in one
// pass over its bytes: the cleaning passes ask it of every text node of the
// body, where calling strings.Contains once per fragment cost more than the
// regexps it guards (4% of Extract's time, most of it on short and
// white-space nodes). Each fragment of two bytes or more is anchored at its
// rarest pair of adjacent bytes (in English text), so that the pass stops
// at few positions: anchored at one byte, it stopped at 4-17% of them (a
// capital I, a p, a CJK lead byte), and the branch each stop costs went
// wrong as often.
type keySet struct {
	pairs [1 << 16 / 64]uint64 // bit a<<8|b: some fragment's anchor is the pair ab
	keys  []keyInSet           // fragments of two bytes or more
	bytes string               // fragments of one byte
}

type keyInSet struct {
	s    string
	off  int    // of the anchor pair in s
	pair uint16 // s[off]<<8 | s[off+1]
	i    int32  // of s among the fragments newKeySet was given
}

// keyAt is a place where a text holds a fragment of a keySet: the
// fragment's index among those newKeySet was given, and where it starts.
type keyAt struct{ key, at int }

// letterRarity orders the lower-case letters from the rarest in English
// text to the most common.
const letterRarity = "zqxjkvbpygfwmucldrhsnioate"

// byteCommonness estimates how often c occurs in a page's text: spaces and
// common letters high, punctuation and the bytes of other scripts low.
func byteCommonness(c byte) int {
	switch {
	case c == ' ':
		return 100
	case c >= 'a' && c <= 'z':
		return 10 + strings.IndexByte(letterRarity, c)*3
	case c >= 'A' && c <= 'Z':
		return 8
	case c >= '0' && c <= '9':
		return 10
	case c >= 0x80:
		return 20 // UTF-8: lead and continuation bytes recur in a script
	}
	return 5
}

// newKeySet builds the set of the given non-empty fragments.
func newKeySet(keys ...string) *keySet {
	ks := &keySet{}
	for i, k := range keys {
		if len(k) == 1 {
			ks.bytes += k
			continue
		}
		off := rarestPair(k)
		p := uint16(k[off])<<8 | uint16(k[off+1])
		ks.pairs[p>>6] |= 1 << (p & 63)
		ks.keys = append(ks.keys, keyInSet{k, off, p, int32(i)})
	}
	// By anchor, so that in looks at the keys of one pair only.
	slices.SortStableFunc(ks.keys, func(a, b keyInSet) int { return int(a.pair) - int(b.pair) })
	return ks
}

// rarestPair is where in k, of two bytes or more, its pair of adjacent
// bytes least common in text stands (pairCommonness), the first of
// equals.
func rarestPair(k string) int {
	off := 0
	for i := 1; i+1 < len(k); i++ {
		if pairCommonness(k, i) < pairCommonness(k, off) {
			off = i
		}
	}
	return off
}

// pairCommonness estimates how often the pair k[i:i+2] occurs. Of the
// pairs of non-ASCII bytes, one across two characters (a continuation
// byte, then a lead byte) recurs less than one inside a character, which
// recurs with that character ("\xd0\xbf" with every "п").
func pairCommonness(k string, i int) int {
	c := byteCommonness(k[i]) + byteCommonness(k[i+1])
	if k[i] >= 0x80 && k[i] < 0xC0 && k[i+1] >= 0xC0 {
		c -= 5
	}
	return c
}

// in reports whether t holds one of the fragments.
func (ks *keySet) in(t string) bool {
	for i := 0; i < len(ks.bytes); i++ {
		if strings.IndexByte(t, ks.bytes[i]) >= 0 {
			return true
		}
	}
	if len(t) < 2 {
		return false
	}
	p := uint16(t[0])
	for i := 1; i < len(t); i++ {
		p = p<<8 | uint16(t[i]) // the pair t[i-1:i+1]
		if ks.pairs[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		lo, hi := 0, len(ks.keys) // the first key whose pair is p or above
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); ks.keys[m].pair < p {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for _, k := range ks.keys[lo:] {
			if k.pair != p {
				break
			}
			if start := i - 1 - k.off; start >= 0 && strings.HasPrefix(t[start:], k.s) {
				return true
			}
		}
	}
	return false
}

// all appends to out every place where t holds one of the fragments of
// two bytes or more, overlapping ones too, in the order in which their
// anchors stand in t.
func (ks *keySet) all(t string, out []keyAt) []keyAt {
	for i := 0; i+1 < len(t); i++ {
		if p := uint16(t[i])<<8 | uint16(t[i+1]); ks.pairs[p>>6]&(1<<(p&63)) != 0 {
			for _, k := range ks.anchoredAt(p) {
				if start := i - k.off; start >= 0 && strings.HasPrefix(t[start:], k.s) {
					out = append(out, keyAt{int(k.i), start})
				}
			}
		}
	}
	return out
}

// anchoredAt returns the keys whose anchor is the pair p.
func (ks *keySet) anchoredAt(p uint16) []keyInSet {
	lo, _ := slices.BinarySearchFunc(ks.keys, p, func(k keyInSet, p uint16) int { return cmp.Compare(k.pair, p) })
	end := lo
	for end < len(ks.keys) && ks.keys[end].pair == p {
		end++
	}
	return ks.keys[lo:end]
}
