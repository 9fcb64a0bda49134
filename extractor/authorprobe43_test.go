package extractor

import (
	"strings"
	"testing"
)

// TYPO3's news templates close a story with its author linked to the
// address the editor stored, "<b>Von:</b><br><br>Jane Doe" inside the
// link, which TYPO3 hides from spam robots as
// "javascript:linkTo_UnCryptMailto(…)"; other CMSs link a byline to a
// plain "mailto:". The link stands between the story's last paragraph
// and its footer, with no block of its own around it.
func TestAuthorProbe43MailLinkedByline(t *testing.T) {
	story := strings.Repeat(`<p>Die Windgeschwindigkeit beeinflusst die Leistung mit der dritten Potenz, der Rotorradius nur mit der zweiten. Verdoppelt sich also die Windgeschwindigkeit, erhöht sich die Leistung um das Achtfache.</p>
`, 6)
	for _, c := range []struct{ name, byline, want string }{
		{"TYPO3's hidden address", `<br /><a href="javascript:linkTo_UnCryptMailto('nbjmup+kbof');"><div class="trenner_klein"> </div> <b>Von:</b> <br /> <br /> Götz Warnke</a>`, "Götz Warnke"},
		{"a mailto link", `<br /><a href="mailto:redaktion@sonne.example"><b>Von:</b> <br /> Götz Warnke</a>`, "Götz Warnke"},
		{"an English label", `<br /><a href="MAILTO:jane@sonne.example">By Jane Doe</a>`, "Jane Doe"},
		// A link to a page, or a mail link without a label, is no
		// byline: a contact address after the story.
		{"a page link", `<br /><a href="/kontakt/"><b>Von:</b> <br /> Götz Warnke</a>`, ""},
		{"no label", `<br /><a href="mailto:redaktion@sonne.example">Götz Warnke</a>`, ""},
	} {
		page := `<html><head><title>Der Windrebell</title></head><body><div id="inhalt"><div class="news-single-item"><h1>Der Windrebell: Windkraft für alle</h1>
<div class="news-single-text">` + story + `</div>` + c.byline + `<div class="news-single-additional-info"></div></div></div>
<div id="rechts"><div class="fontsize10">Meist gesucht:</div><a href="/wind/">Wind</a> <a href="/sonne/">Sonne</a></div></body></html>`
		a, err := Extract([]byte(page), "https://www.sonnenkraft.example/index.php?id=30&tx_ttnews%5Btt_news%5D=477", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.want)
		}
	}
}
