package extractor

import (
	"testing"
)

// TestAuthorsProbe77CatalanBy checks that a Catalan byline's "Per" (by)
// is no part of the first writer's name on a Catalan page, its "i" (and)
// joining two writers, while elsewhere "Per" stays a Scandinavian given
// name, and that Czech "Autoři:" (authors) labels a byline.
func TestAuthorsProbe77CatalanBy(t *testing.T) {
	checkProbe75Authors(t, probe72AuthorBody, []probe72AuthorCase{
		{"ca, two", "ca", "", `<p class="byline">Per Joan Puig i Maria Soler</p>`, "", "Joan Puig; Maria Soler"},
		{"ca, one", "ca", "", `<p class="byline">Per Joan Puig</p>`, "", "Joan Puig"},
		{"sv given name", "sv", "", `<p class="byline">Per Olsson</p>`, "", "Per Olsson"},
		{"sv and", "sv", "", `<p class="byline">Av Per Olsson och Anna Lind</p>`, "", "Per Olsson; Anna Lind"},
		{"nl en", "nl", "", `<p class="byline">Door Jan de Vries en Piet Jansen</p>`, "", "Jan de Vries; Piet Jansen"},
		{"no og", "no", "", `<p class="byline">Av Kari Nordmann og Ola Hansen</p>`, "", "Kari Nordmann; Ola Hansen"},
		{"id dan", "id", "", `<p class="byline">Oleh Budi Santoso dan Siti Rahayu</p>`, "", "Budi Santoso; Siti Rahayu"},
		{"cs autori", "cs", "", `<div class="autor">Autoři: Jan Novák, Petr Svoboda</div>`, "", "Jan Novák; Petr Svoboda"},
		{"cs autori a", "cs", "", `<p class="byline">Autoři: Jan Novák a Petr Svoboda</p>`, "", "Jan Novák; Petr Svoboda"},
	})
}

// TestAuthorsProbe77AutorenBox checks that a German theme's box about
// the writer classed "autorenbox", with no picture, is read when it opens
// with its heading ("Über den Autor"), as the boxes headed so in other
// languages are.
func TestAuthorsProbe77AutorenBox(t *testing.T) {
	checkProbe75Authors(t, probe72AuthorBody, []probe72AuthorCase{
		{"über den autor", "de", "", "", `<div class="autorenbox"><h3>Über den Autor</h3><p>Hans Müller ist Redakteur im Ressort Politik.</p></div>`, "Hans Müller"},
		{"linked name", "de", "", "", `<div class="autorenbox"><h3>Über den Autor</h3><p><a href="/autor/hans-mueller/">Hans Müller</a> ist Redakteur im Ressort Politik.</p></div>`, "Hans Müller"},
		{"english heading", "en", "", "", `<div class="autorenbox"><h3>About the author</h3><p>Jane Doe is a reporter covering city hall.</p></div>`, "Jane Doe"},
		{"à propos", "fr", "", "", `<div class="author-bio"><h3>À propos de l'auteur</h3><p>Jean Dupont est journaliste.</p></div>`, "Jean Dupont"},
		{"sobre el autor", "es", "", "", `<div class="author-bio"><h3>Sobre el autor</h3><p>Juan Pérez es periodista.</p></div>`, "Juan Pérez"},
	})
}

// TestAuthorsProbe77SignatureClass checks that a French paper's
// signature under the story, a paragraph classed "signature" in plain
// type (Le Monde, Libération), names the writer.
func TestAuthorsProbe77SignatureClass(t *testing.T) {
	checkProbe75Authors(t, probe76AuthorsFrBody, []probe72AuthorCase{
		{"plain", "fr", "", "", `<p class="signature">Jean Dupont</p>`, "Jean Dupont"},
		{"bold", "fr", "", "", `<p class="signature"><strong>Jean Dupont</strong></p>`, "Jean Dupont"},
		{"not a name", "fr", "", "", `<p class="signature">Lire aussi notre dossier complet</p>`, ""},
	})
}

// TestAuthorsProbe77OutletTail checks that the paper a byline appends to
// its writer ("Por Juan Pérez, El País") is no writer when the site's
// name ends with it after its publisher's word ("Ediciones EL PAÍS"), and
// that a site named for its owner ("Blog de Juan Pérez") keeps him.
func TestAuthorsProbe77OutletTail(t *testing.T) {
	checkProbe75Authors(t, probe72AuthorBody, []probe72AuthorCase{
		{"el país", "es", `<meta property="og:site_name" content="Ediciones EL PAÍS">`, `<p class="byline">Por Juan Pérez, El País</p>`, "", "Juan Pérez"},
		{"owner's blog", "es", `<meta property="og:site_name" content="Blog de Juan Pérez">`, `<p class="byline">Por Juan Pérez, Ana Gómez</p>`, "", "Juan Pérez; Ana Gómez"},
	})
}
