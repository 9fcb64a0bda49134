package extractor

import "strings"

// keySet finds whether a text holds any of a few fixed fragments, in one
// pass over its bytes: the cleaning passes ask it of every text node of the
// body, where calling strings.Contains once per fragment cost more than the
// regexps it guards (4% of Extract's time, most of it on short and
// white-space nodes). Each fragment is anchored at its rarest byte (in
// English text), so that the pass stops at few positions.
type keySet struct {
	anchor [256]bool       // anchor bytes of the fragments
	keys   [256][]keyInSet // the fragments by anchor byte
}

type keyInSet struct {
	s   string
	off int // of the anchor byte in s
}

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
	for _, k := range keys {
		off := 0
		for i := 1; i < len(k); i++ {
			if byteCommonness(k[i]) < byteCommonness(k[off]) {
				off = i
			}
		}
		ks.anchor[k[off]] = true
		ks.keys[k[off]] = append(ks.keys[k[off]], keyInSet{k, off})
	}
	return ks
}

// in reports whether t holds one of the fragments.
func (ks *keySet) in(t string) bool {
	for i := 0; i < len(t); i++ {
		if !ks.anchor[t[i]] {
			continue
		}
		for _, k := range ks.keys[t[i]] {
			if start := i - k.off; start >= 0 && strings.HasPrefix(t[start:], k.s) {
				return true
			}
		}
	}
	return false
}
