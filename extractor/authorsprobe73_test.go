package extractor

import (
	"strings"
	"testing"
)

// TestAuthorsProbe73ForeignBylineClass checks that a byline with no label
// under a class in another language is the author and leaves the body.
func TestAuthorsProbe73ForeignBylineClass(t *testing.T) {
	for _, c := range []struct{ lang, class, name string }{
		{"fr", "auteur", "Jeanne Dupont"},
		{"es", "autor", "María García"},
		{"it", "autore", "Marco Rossi"},
		{"pt", "autora", "Ana Souza"},
		{"de", "verfasser", "Hans Müller"},
		{"tr", "yazar", "Ayşe Yılmaz"},
		{"id", "penulis", "Budi Santoso"},
		{"vi", "tac-gia", "Nguyễn Văn An"},
		{"nl", "schrijver", "Jan de Vries"},
		{"no", "forfatter", "Kari Nordmann"},
		{"sv", "författare", "Anna Svensson"},
		{"hu", "szerzo", "Kovács Anna"},
		{"sl", "avtor", "Janez Novak"},
		{"en", "author-name", "Jane Doe"},
		{"en", "article__author", "Jane Doe"},
		{"en", "c-byline__name", "Jane Doe"},
		{"en", "story-byline", "Jane Doe"},
		{"en", "meta-author", "Jane Doe"},
	} {
		for _, body := range []string{probe72AuthorOnePara, probe72AuthorBody} {
			t.Run(c.class, func(t *testing.T) {
				pc := probe72AuthorCase{lang: c.lang, top: `<p class="` + c.class + `">` + c.name + `</p>`}
				a := extractPage(t, probe72AuthorPage(pc, body))
				if got := strings.Join(a.Authors, "; "); got != c.name {
					t.Errorf("Authors = %q from %q, want %q", got, a.Provenance["authors"], c.name)
				}
				if strings.Contains(a.Text, c.name) {
					t.Errorf("Text keeps the byline: %q", a.Text[:min(len(a.Text), 120)])
				}
			})
		}
	}
}

// TestAuthorsProbe73ForeignWritersList checks that the site's list of its
// writers, classed with the plural of the word, credits none of them.
func TestAuthorsProbe73ForeignWritersList(t *testing.T) {
	for _, c := range []struct{ lang, class string }{
		{"nl", "schrijvers"}, {"no", "forfattere"}, {"hu", "szerzok"}, {"sl", "avtorji"},
	} {
		t.Run(c.class, func(t *testing.T) {
			pc := probe72AuthorCase{lang: c.lang, top: `<p class="` + c.class + `">Jan Jansen</p>`}
			a := extractPage(t, probe72AuthorPage(pc, probe72AuthorBody))
			if len(a.Authors) != 0 {
				t.Errorf("Authors = %q from %q, want none", a.Authors, a.Provenance["authors"])
			}
		})
	}
}

// TestAuthorsProbe73WireCredits checks a wire story's closing credits as
// its only credit: reporters, writers and compilers are the authors,
// editors are not.
func TestAuthorsProbe73WireCredits(t *testing.T) {
	checkProbe72Authors(t, []probe72AuthorCase{
		{"compiled editing", "", "", "", `<p>(Compiled by Jane Doe; Editing by Mark Smith)</p>`, "Jane Doe"},
		{"compiled bare", "", "", "", `<p>Compiled by Jane Doe; Editing by Mark Smith</p>`, "Jane Doe"},
		{"reporting writing editing", "", "", "", `<p>(Reporting by Jane Doe; Writing by John Roe; Editing by Mark Smith)</p>`, "Jane Doe; John Roe"},
		{"capital By", "", "", "", `<p>(Reporting By Jane Doe; Editing By Mark Smith)</p>`, "Jane Doe"},
		{"comma editing", "", "", "", `<p>(Reporting by Jane Doe, editing by Mark Smith)</p>`, "Jane Doe"},
		{"places", "", "", "", `<p>(Reporting by Jane Doe in Paris and John Roe in London; Editing by Mark Smith)</p>`, "Jane Doe; John Roe"},
		{"additional", "", "", "", `<p>(Reporting by Jane Doe; Additional reporting by Ann Lee; Writing by John Roe; Editing by Mark Smith)</p>`, "Jane Doe; John Roe"},
		{"writing only", "", "", "", `<p>(Writing by John Roe; Editing by Mark Smith and Ann Lee)</p>`, "John Roe"},
		{"compiled writing", "", "", "", `<p>(Compiled by Jane Doe; Writing by John Roe; Editing by Mark Smith)</p>`, "Jane Doe; John Roe"},
		{"editing only", "", "", "", `<p>(Editing by Mark Smith)</p>`, ""},
		{"em credits", "", "", "", `<p><em>(Reporting by Jane Doe; Editing by Mark Smith)</em></p>`, "Jane Doe"},
	})
}
