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
