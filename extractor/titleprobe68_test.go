package extractor

import (
	"strings"
	"testing"
)

// Headlines set inside a wrapper whose class holds a word that also names
// the page's furniture: a hero block styled by a promo class ("article-hero
// promo-wrap"), a story header that is a teaser's markup reused, a page
// with a table of contents beside the headline ("toc-layout"), a drawer
// that holds the whole story ("drawer-content"). The <title> is the
// site's name, so only the heading names the page.
func TestTitleProbe68FurnitureWordWrapper(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 5)
	nav := `<header class="site-header"><a href="/" class="logo">Harbour Herald</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/opinion/">Opinion</a></nav></header>`
	side := `<aside class="sidebar"><div class="popular"><h2>Most popular</h2><ul><li><h3><a href="/a">Council approves new school budget after long debate</a></h3></li><li><h3><a href="/b">Harbour festival returns with fireworks and music</a></h3></li></ul></div></aside>`
	foot := `<footer class="site-footer">© Harbour Herald</footer>`
	page := func(title, mid string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title></head><body>` + nav + `<main>` + mid + `</main>` + side + foot + `</body></html>`
	}
	for _, tc := range []struct{ name, page, want string }{
		{"hero promo wrap", page("Harbour Herald", `<div class="article-hero promo-wrap"><h1>`+h+`</h1><p class="deck">Crews worked through the night.</p></div><div class="article-body">`+body+`</div>`), h},
		{"teaser markup reused", page("Harbour Herald", `<div class="teaser teaser--lead"><h1 class="teaser__title">`+h+`</h1><span class="teaser__meta">March 3, 2024</span></div><div class="story">`+body+`</div>`), h},
		{"toc beside headline", page("Harbour Herald", `<div class="toc-layout"><h1>`+h+`</h1></div><div class="content">`+body+`</div>`), h},
		{"related class on header", page("Harbour Herald", `<div class="story-header related-header"><h1>`+h+`</h1></div><div class="content">`+body+`</div>`), h},
		{"modal article", page("Harbour Herald", `<div class="modal-header"><h1 class="headline">`+h+`</h1></div><div class="content">`+body+`</div>`), h},
		// The other way: a sidebar list's heading never names the page,
		// nor does a list of teasers, nor a dialog's heading before the
		// story's own.
		{"popular list only", page("Harbour Herald", `<div class="content">`+body+`</div>`), "Harbour Herald"},
		{"teaser list", page("Harbour Herald", `<div class="content">`+body+`</div><div class="teasers"><h1>Council approves new school budget after long debate</h1><h2><a href="/b">Harbour festival returns with fireworks and music</a></h2></div>`), "Harbour Herald"},
		{"linked promo", page("Harbour Herald", `<div class="promo"><h1><a href="/b">Harbour festival returns with fireworks and music</a></h1></div><div class="content">`+body+`</div>`), "Harbour Herald"},
		{"subscribe modal", page("Harbour Herald", `<div class="modal" role="dialog"><h1>Subscribe today for unlimited access to local news</h1><button>Subscribe</button></div><article><h1>`+h+`</h1>`+body+`</article>`), h},
		{"product hero label", page("Stock Funds: How to Choose | Harbour Bank", `<div class="herospot teaser"><h1>Stock funds</h1><p>Own a share of thousands of companies.</p></div><div class="content">`+body+`</div>`), "Stock Funds: How to Choose"},
		{"cookie modal", page("Harbour Herald", `<div class="cookie-modal"><h1>We value your privacy and the choices you make</h1><button>Accept</button></div><div class="content">`+body+`</div>`), "Harbour Herald"},
	} {
		u := "https://www.harbourherald.example/news/2024/03/03/storm-closes-coastal-road"
		if got, prov := extractTitle(t, tc.page, u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
