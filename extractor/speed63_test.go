package extractor

import (
	"strings"
	"testing"
)

// TestSpeed63UpdateMarkPrefilter checks that mayHoldUpdateMark, the byte
// prefilter before reUpdateMark, passes every note the regexp matches,
// in any case.
func TestSpeed63UpdateMarkPrefilter(t *testing.T) {
	for _, w := range []string{"(Updated)", "[UPDATE 2]", "(actualizado)", "(Mis à jour)", "(MISE À JOUR)", "(aktualisiert)", "(Aggiornata)", "(atualizado)", "(bijgewerkt)", "(Updated 3:45 p.m.)"} {
		for _, v := range []string{"Headline words here " + w, strings.ToUpper("Headline words here " + w)} {
			if reUpdateMark.FindStringIndex(v) == nil {
				t.Errorf("update regexp misses %q", v)
			}
			if !mayHoldUpdateMark(v) {
				t.Errorf("update prefilter misses %q", v)
			}
		}
	}
}
