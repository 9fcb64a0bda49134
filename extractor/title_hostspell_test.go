package extractor

import (
	"slices"
	"testing"
)

// A host spells a name written with umlauts or accents in ASCII: German's
// transliteration ("Kölner" as "koelner") or the letters without their
// marks ("Télégramme" as "telegramme"). The name is cut from the <title>
// as the host's own spelling would be, even after a headline too short for
// a guess.
func TestTitleHostSpelling(t *testing.T) {
	for _, tc := range []struct {
		url, title, want string
	}{
		{"https://www.koelner-stadtblatt.de/lokales/rat-123.html", "Rat tagt - Kölner Stadtblatt", "Rat tagt"},
		{"https://www.letelegramme.fr/bretagne/conseil-123.php", "Le Télégramme : Le conseil vote", "Le conseil vote"},
		{"https://www.clarin.com/politica/nota_0_abc.html", "Clarín: El consejo vota", "El consejo vota"},
	} {
		page := `<html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body><div class="text">` + titleBody + `</div></body></html>`
		if got, _ := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("%s: title = %q, want %q", tc.title, got, tc.want)
		}
	}
	if got, want := hostSpellings("Straße in Köln"), []string{"Strasse in Koeln", "Strasse in Koln"}; !slices.Equal(got, want) {
		t.Errorf("hostSpellings = %q, want %q", got, want)
	}
	if got := hostSpellings("Plain name 北京"); got != nil {
		t.Errorf("hostSpellings(no accents) = %q, want none", got)
	}
}
