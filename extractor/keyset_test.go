package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// keySet.in agrees with a strings.Contains per fragment on texts made of
// the sets' own fragments, their pieces and stray bytes, each fragment at
// the start, in the middle and at the end of a text, for every key set the
// extractor uses.
func TestKeySetMatchesContains(t *testing.T) {
	sets := map[string][]string{
		"authorClass": {"author", "byline", "writer", "username", "user-name", "autor", "auteur"},
		"comment":     {"评论", "阅读", "eply", "EPLY", "omment", "OMMENT", "rackback", "RACKBACK"},
		"mixed":       {"@", "©", "ookie", "公网安备", "ab", "tip?", "[/"},
		"verbStems":   verbStems,
	}
	r := rand.New(rand.NewPCG(13, 6))
	for name, keys := range sets {
		ks := newKeySet(keys...)
		var parts []string
		for _, k := range keys {
			parts = append(parts, k, k[:len(k)/2], k[len(k)/2:], k[1:], k[:len(k)-1])
		}
		parts = append(parts, " ", "a", "é", "中", "\n", "x", "\xff")
		for range draws(20000) {
			var b strings.Builder
			for range r.IntN(8) {
				b.WriteString(parts[r.IntN(len(parts))])
			}
			s := b.String()
			want := false
			for _, k := range keys {
				want = want || strings.Contains(s, k)
			}
			if got := ks.in(s); got != want {
				t.Fatalf("%s: keySet.in(%q) = %v, want %v", name, s, got, want)
			}
		}
	}
}
