package extractor

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// splitTitleSeps must split as reTitleSep.Split does, on titles and on
// random strings of separators, spaces and letters.
func TestSplitTitleSepsMatchesRegexp(t *testing.T) {
	cases := []string{
		"", "Headline", "Headline | Site", "A - B - C", "a-b", "well-known - Site",
		"A :: B", "A:: B", "A -- B", "A--B", "A — B", "x |y", "x｜y", "a_b", "A » B»C",
		" | lead", "trail | ", "A  \t|\n  B", "A  -  B", "- A", "A -", "A ::B :: C",
		"新闻_新浪网", "A / B / C", "A * B", "A ~ B < C > D", "a—— b", "a ––b",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{" ", " ", "\t", "\n", "a", "b", "|", "-", "–", "—", ":", "»", "｜", "_", "*", "/", "<", "~", "·", "é"}
	for range draws(20000) {
		var b []byte
		for range rng.IntN(14) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		want := reTitleSep.Split(s, -1)
		if got := splitTitleSeps(s); !slices.Equal(got, want) {
			t.Fatalf("splitTitleSeps(%q) = %q, want %q", s, got, want)
		}
	}
}
