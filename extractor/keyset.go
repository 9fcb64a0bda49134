package extractor

import "strings"

// keySet finds whether a text holds any of a few fixed fragments, in one
// pass over its bytes: the cleaning passes ask it of every text node of the
// body, where calling strings.Contains once per fragment cost more than the
// regexps it guards (a fifth of a millisecond a page, most of it on
// white-space nodes).
type keySet struct {
	first [256]bool     // first bytes of the fragments
	keys  [256][]string // the fragments by first byte
}

// newKeySet builds the set of the given non-empty fragments.
func newKeySet(keys ...string) *keySet {
	ks := &keySet{}
	for _, k := range keys {
		ks.first[k[0]] = true
		ks.keys[k[0]] = append(ks.keys[k[0]], k)
	}
	return ks
}

// in reports whether t holds one of the fragments.
func (ks *keySet) in(t string) bool {
	for i := 0; i < len(t); i++ {
		if !ks.first[t[i]] {
			continue
		}
		for _, k := range ks.keys[t[i]] {
			if strings.HasPrefix(t[i:], k) {
				return true
			}
		}
	}
	return false
}
