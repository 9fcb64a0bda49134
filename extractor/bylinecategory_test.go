package extractor

import (
	"strings"
	"testing"
)

// A post's meta line gives the category or the tags it is filed under
// after the author's label; the label ends the name, and neither it nor
// its value is an author.
func TestCategoryLabelsEndTheName(t *testing.T) {
	en := strings.Repeat(`<p>The city council approved a new plan on Thursday to repair roads across the county, with work on twelve hundred kilometres of highway to begin this year.</p>`, 4)
	de := strings.Repeat(`<p>Der Stadtrat hat am Donnerstag einen neuen Plan zur Sanierung der Straßen im Landkreis beschlossen, die Arbeiten an zwölfhundert Kilometern beginnen noch in diesem Jahr.</p>`, 4)
	pages := map[string]func(meta string) string{
		"blog": func(meta string) string {
			return `<html lang="en"><head><title>Council approves road plan - County Notes</title></head><body><header><a href="/">County Notes</a></header><main><article><h1 class="entry-title">Council approves road plan</h1><div class="entry-meta">` + meta + `</div><time datetime="2024-05-16">May 16, 2024</time><div class="entry-content">` + en + `</div></article></main><footer>© 2024 County Notes</footer></body></html>`
		},
		"news": func(meta string) string {
			return `<html lang="de"><head><title>Stadtrat beschließt Straßenplan | Kreisbote</title></head><body><nav><a href="/">Start</a> <a href="/lokales/">Lokales</a></nav><div class="article"><h1>Stadtrat beschließt Straßenplan</h1><p class="meta">` + meta + `</p><p class="date">16.05.2024</p>` + de + `</div><footer>Impressum · Datenschutz</footer></body></html>`
		},
	}
	for _, c := range []struct{ page, meta, want string }{
		{"blog", "Author: Jane Doe Tags: roads, council", "Jane Doe"},
		{"blog", "Author: Jane Doe Categories: Local News", "Jane Doe"},
		{"news", "Autor: Hans Müller Kategorie: Lokales", "Hans Müller"},
	} {
		t.Run(c.page+"/"+c.meta, func(t *testing.T) {
			a := zhExtract(t, pages[c.page](c.meta), "https://www.example.com/2024/05/road-plan")
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q, want %q", c.meta, got, c.want)
			}
		})
	}
}

// findLabels tries the CJK labels only before a byte above ASCII
// (cjkLabelsBefore): every one must end in one.
func TestCJKLabelsEndAboveASCII(t *testing.T) {
	for _, l := range cjkLabels {
		if l == "" || l[len(l)-1] < 0x80 {
			t.Errorf("cjkLabels: %q ends in an ASCII byte, which cjkLabelsBefore does not look past", l)
		}
	}
}
