package extractor

import (
	"strings"
	"testing"
)

// The two lists pair each traditional character with its simplified form,
// and no character is in both.
func TestHanVariantLists(t *testing.T) {
	trad, simp := []rune(traditionalOnly), []rune(simplifiedOnly)
	if len(trad) != len(simp) {
		t.Fatalf("len(traditionalOnly) = %d, len(simplifiedOnly) = %d", len(trad), len(simp))
	}
	for i := range trad {
		if trad[i] == simp[i] || strings.ContainsRune(simplifiedOnly, trad[i]) || strings.ContainsRune(traditionalOnly, simp[i]) {
			t.Errorf("pair %d %c/%c is in both scripts", i, trad[i], simp[i])
		}
	}
}
