package extractor

import (
	"strings"
	"testing"
)

// German WordPress themes and CMS bylines date a post by its writing or
// making ("Geschrieben am …", "Erstellt am … von …"), without a colon.
func TestGermanWrittenOnLabels(t *testing.T) {
	for _, line := range []string{
		"Geschrieben am 12. März 2024 von Max Muster",
		"Erstellt am 12. März 2024 von Max Muster",
		"Erschienen am 12. März 2024",
	} {
		page := `<html><head><title>Neue Regeln</title></head><body><article><h1>Neue Regeln</h1><div class="meta">` + line + `</div>` +
			strings.Repeat("<p>Absatz der Meldung, lang genug, um als Text des Artikels zu gelten, mit vielen Worten darin.</p>", 10) + `</article></body></html>`
		if got := published(extractPage(t, page)); !strings.HasPrefix(got, "2024-03-12") {
			t.Errorf("%q: PublishedDate = %q, want 2024-03-12", line, got)
		}
	}
}
