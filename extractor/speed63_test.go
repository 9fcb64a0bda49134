package extractor

import (
	"slices"
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

// TestSpeed63RolePrefilter checks that mayHoldRoleWord, the byte
// prefilter before reNotAuthorRole, passes every role the regexp
// matches, in any case.
func TestSpeed63RolePrefilter(t *testing.T) {
	words := []string{"reviewed by x", "checked by x", "fact-checked by x", "verified by x", "edited by x", "editing by x", "approved by x", "translated by x", "editor-in-chief",
		" geprüft von ", " überprüft von ", " begutachtet von ", " lektoriert von ", " redigiert von ", " übersetzt von ",
		" vérifié par ", " vérifiée par ", " relu par ", " relue par ", " révisé par ", " révisée par ", " traduit par ", " traduite par ", " validé par ", " validée par ",
		" revisado por ", " revisada por ", " revisto por ", " revista por ", " verificado por ", " traducido por ", " traduzido por ",
		" revisionato da ", " verificata da ", " rivisto da ", " tradotto da ", " tradotta da ",
		" gecontroleerd door ", " beoordeeld door ", " nagekeken door ", " vertaald door ", " geredigeerd door "}
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.Title(w)} {
			if reNotAuthorRole.FindStringIndex(v) == nil {
				t.Errorf("regexp misses %q", v)
			}
			if !mayHoldRoleWord(v) {
				t.Errorf("prefilter misses %q", v)
			}
		}
	}
}

// TestSpeed63CreditAfterLastStop checks that reCreditWord, sought after
// the caption's last full stop only, finds what it finds in the whole
// caption.
func TestSpeed63CreditAfterLastStop(t *testing.T) {
	for _, s := range []string{
		"The mayor opens the bridge. Photo: Jane Doe",
		"The mayor opens the bridge. Photo: J. Doe",
		"Der Bürgermeister. Foto: dpa. Bild: Max Muster",
		"市长为大桥剪彩。摄影：张三",
		"市长为大桥剪彩。图/李四。记者 王五",
		"Photo by Jane Doe",
		"No credit here.",
		"Credit: Reuters / Jane Doe",
	} {
		want := reCreditWord.FindStringSubmatchIndex(s)
		from := afterLastStop(s)
		got := reCreditWord.FindStringSubmatchIndex(s[from:])
		for i := range got {
			if got[i] >= 0 {
				got[i] += from
			}
		}
		if !slices.Equal(want, got) {
			t.Errorf("%q: whole %v, after the last stop %v", s, want, got)
		}
	}
}
