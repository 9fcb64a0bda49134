package extractor

import "testing"

// mayBeShortBoiler must let through every text reShortBoiler matches: one
// line for each of its alternatives, in other cases too ("ſ" is the long s
// that (?i) folds with "s"). Dropping a fragment or a line start fails it.
func TestMayBeShortBoiler(t *testing.T) {
	for _, s := range []string{
		"Subscribe to NJ.com's NEWSLETTERS today",
		"Get the latest updates right in your Inbox.",
		"Have a tip?",
		"Amy Kuperinsky may be reached at amy@example.com",
		"jane.doe@example.com",
		"twitter.com/janedoe",
		"Advertisement",
		"Story continues below advertisement",
		"This site requires JavaScript.",
		"[button link=x] Send us [/button]",
		"WhatsApp Facebook Pint Baixar",
		"  Facebook | Twitter | LinkedIn",
		"Reddit Telegram", "Messenger Tumblr", "Flipboard Email", "E-mail Print", "Compartir Download", "Compartilhar Partager", "Teilen Pin",
		"SMS Share", "ſhare Email",
		"Tags calendario stock car 2018",
		"Tagged with: cars", "Filed under: News", "Palavras-chave: carros", "Etiquetas: coches", "Schlagwörter: Autos",
		"Tel 555-1234 fax 555-4321", "FAX 555-1234, phone 555-9999", "555 1234 tel. and fax",
	} {
		if !reShortBoiler.MatchString(s) {
			t.Errorf("reShortBoiler does not match %q: the case is not one of its lines", s)
			continue
		}
		if !mayBeShortBoiler(s) {
			t.Errorf("mayBeShortBoiler(%q) = false, want true: reShortBoiler matches it", s)
		}
	}
	for _, s := range []string{"The interest rates rose.", "The story continues in the next chapter.", "Photo: Jane Doe"} {
		if mayBeShortBoiler(s) {
			t.Errorf("mayBeShortBoiler(%q) = true, want false", s)
		}
	}
}

