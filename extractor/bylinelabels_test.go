package extractor

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// WordPress themes and CMS bylines date a post by its writing or making,
// without a colon: German "Geschrieben am …", "Erstellt am … von …", and
// the translations of Twenty-* themes' "Posted on" in the other languages
// the labels know.
func TestWrittenOnLabels(t *testing.T) {
	for _, line := range []string{
		"Geschrieben am 12. März 2024 von Max Muster",
		"Erstellt am 12. März 2024 von Max Muster",
		"Erschienen am 12. März 2024",
		"Veröffentlicht am 12. März 2024 von Max Muster",
		"Publicado el 12 de marzo de 2024 por Max Muster",
		"Publié le 12 mars 2024 par Max Muster",
		"Pubblicato il 12 marzo 2024 da Max Muster",
		"Opublikowano 12 marca 2024 przez Max Muster",
		"Gepubliceerd op 12 maart 2024 door Max Muster",
		"Yayınlanma: 12 Mart 2024",
	} {
		page := `<html><head><title>Neue Regeln</title></head><body><article><h1>Neue Regeln</h1><div class="meta">` + line + `</div>` +
			strings.Repeat("<p>Absatz der Meldung, lang genug, um als Text des Artikels zu gelten, mit vielen Worten darin.</p>", 10) + `</article></body></html>`
		if got := published(extractPage(t, page)); !strings.HasPrefix(got, "2024-03-12") {
			t.Errorf("%q: PublishedDate = %q, want 2024-03-12", line, got)
		}
	}
}

// Italian dates an edit by the noun as well as the participle: "3 maggio
// 2024 (modifica il 4 maggio 2024 | 10:20)", "Ultima modifica il …". The
// edit's day is the update, never the publication.
func TestItalianEditNoun(t *testing.T) {
	for _, c := range []struct{ line, pub, mod string }{
		{"3 maggio 2024 (modifica il 4 maggio 2024 | 10:20)", "2024-05-03", "2024-05-04"},
		{"Pubblicato il 3 maggio 2024 - Ultima modifica il 4 maggio 2024", "2024-05-03", "2024-05-04"},
		{"Ultima modifica il 4 maggio 2024", "", "2024-05-04"},
	} {
		page := `<html lang="it"><head><title>Nuove regole</title></head><body><article><h1>Nuove regole</h1><div class="meta">` + c.line + `</div>` +
			strings.Repeat("<p>Il consiglio comunale ha approvato martedì l'ampliamento della rete degli autobus nei quartieri a nord.</p>", 10) + `</article></body></html>`
		a := extractPage(t, page)
		if !hasDayPrefix(published(a), c.pub) || !hasDayPrefix(modified(a), c.mod) {
			t.Errorf("%q: published %q, modified %q; want %q, %q", c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// TestLabelEndPrefilters checks nextFieldAt and cjkButtonsAt against the
// regexps they guard on random values: a prefilter that let a match go
// (a colon or a button it did not look for) fails it.
func TestLabelEndPrefilters(t *testing.T) {
	parts := []string{"Jane Doe", " ", "\u3000", " | ", " - ", " — ", " · ", "Foto", "Fotó", "Categoria", ":", "：", "来源", "江城日报",
		"[", "【", "打印", "关闭", "窗口", "]", "】", "原创", "小字号", "大 中 小", "举报", "\xff", "é"}
	rng := rand.New(rand.NewPCG(31, 32))
	for range draws(50000) {
		v := randomFragment(rng, parts, 8)
		if got, want := nextFieldAt(v), reNextField.FindStringIndex(v); !slices.Equal(got, want) {
			t.Fatalf("nextFieldAt(%q) = %v, want %v", v, got, want)
		}
		if got, want := cjkButtonsAt(v), reCJKButtons.FindStringIndex(v); !slices.Equal(got, want) {
			t.Fatalf("cjkButtonsAt(%q) = %v, want %v", v, got, want)
		}
	}
}
