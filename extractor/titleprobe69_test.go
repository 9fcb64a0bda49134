package extractor

import (
	"strings"
	"testing"
)

// Chinese and Korean CMSs class the headline's block with a short form of
// "title": "tit", "tt", "art_tit", "news-tit", "view_tit". The <title>
// is the site's name.
func TestTitleProbe69ShortTitClass(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	for _, tc := range []struct{ name, head string }{
		{"div.tit", `<div class="tit">` + h + `</div>`},
		{"div.tt", `<div class="tt">` + h + `</div>`},
		{"div.art_tit", `<div class="art_tit">` + h + `</div>`},
		{"p.news-tit", `<p class="news-tit">` + h + `</p>`},
		{"div.view_tit strong", `<div class="view_tit"><strong>` + h + `</strong></div>`},
		{"span.art-tit", `<span class="art-tit">` + h + `</span>`},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour Herald</title></head><body><div class="header"><a class="logo" href="/">Harbour Herald</a><ul class="gnb"><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></div>
<div class="article">` + tc.head + `<div class="info"><span>March 3, 2024 10:15</span></div><div class="cont">` + body + `</div></div><div class="footer">Copyright &copy; Harbour Herald</div></body></html>`
		if got, prov := extractTitle(t, page, "https://www.harbourherald.example/news/view.php?idx=4711"); got != h {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, h)
		}
	}
}
