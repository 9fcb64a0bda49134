package extractor

import (
	"strings"
	"testing"
)

// probe76AuthorsFrBody is a French story of eight paragraphs.
var probe76AuthorsFrBody = strings.Repeat("<p>Le conseil municipal a voté mardi le financement de la réparation du vieux pont, un projet que les habitants attendaient depuis les inondations de la dernière décennie.</p>", 8)

// TestAuthorsProbe76OutletAfterComma checks that the outlet after a
// French byline's name and comma ("Par Jean Dupont, Le Monde") is no
// writer when the page's own site name names it, with or without the
// domain ending that og:site_name often carries ("Le Monde.fr"), and
// that a co-writer whose name opens with a particle ("Le Van Thanh")
// stays.
func TestAuthorsProbe76OutletAfterComma(t *testing.T) {
	const site = `<meta property="og:site_name" content="Le Monde">`
	checkProbe75Authors(t, probe76AuthorsFrBody, []probe72AuthorCase{
		{"le monde", "fr", site, `<p class="byline">Par Jean Dupont, Le Monde</p>`, "", "Jean Dupont"},
		{"la croix", "fr", `<meta property="og:site_name" content="La Croix">`, `<p class="byline">Par Jean Dupont, La Croix</p>`, "", "Jean Dupont"},
		{"site name with its domain", "fr", `<meta property="og:site_name" content="Le Monde.fr">`, `<p class="byline">Par Jean Dupont, Le Monde</p>`, "", "Jean Dupont"},
		{"domain, two writers", "fr", `<meta property="og:site_name" content="Le Monde.fr">`, `<p class="byline">Par Jean Dupont, Marie Martin</p>`, "", "Jean Dupont; Marie Martin"},
		{"two writers", "fr", site, `<p class="byline">Par Jean Dupont, Marie Martin</p>`, "", "Jean Dupont; Marie Martin"},
		{"particle name", "fr", site, `<p class="byline">Par Jean Dupont, Le Van Thanh</p>`, "", "Jean Dupont; Le Van Thanh"},
	})
}
