package extractor

import (
	"strings"
	"testing"
)

// probe73TitleBody is a story's text, long enough to be the page's body.
const probe73TitleBody = `<p>The regional water board said on Tuesday it would spend four hundred million on new treatment plants over the next decade, the largest investment in the network since the reservoirs were built after the war.</p>
<p>The first plant is due to open in the north of the county in two years, and the board said bills would rise by no more than inflation while the work goes on, a promise consumer groups said they would hold it to.</p>
<p>Farmers' representatives welcomed the plan but asked for the drainage channels along the river to be cleared first, which the board said it would look at once the plans for the plants are drawn up.</p>`

// probe73TitleBare is a page header that names no site: no logo text.
const probe73TitleBare = `<header><a href="/"><img src="/logo.svg"></a><nav><a href="/news/">News</a> <a href="/about/">About</a></nav></header>`

// A short site name at either end of <title>, matching the host or
// og:site_name, is cut; two-letter words of headlines are kept.
func TestTitleProbe73ShortSite(t *testing.T) {
	// Each row: name, address, <title>, the headline wanted.
	cases := []titleProbe46{
		{"g1 leading, section trailing", "https://g1.globo.example/economia/noticia/2024/03/12/agua.ghtml", `<title>G1 - Conselho da água vai investir R$ 400 milhões - notícias em Economia</title>`, "", "Conselho da água vai investir R$ 400 milhões"},
		{"rt leading", "https://www.rt.example/news/590123-water-board-plants/", `<title>RT - Water board to invest in new plants</title>`, "", "Water board to invest in new plants"},
		{"nu.nl leading", "https://www.nu.nl/binnenland/6301234/waterschap-investeert.html", `<title>NU.nl - Waterschap investeert 400 miljoen in nieuwe zuiveringen</title>`, "", "Waterschap investeert 400 miljoen in nieuwe zuiveringen"},
		{"20 minutes leading", "https://www.20minutes.example/planete/4081234-20240312-eau-investissement", `<title>20 Minutes - L'agence de l'eau va investir 400 millions</title>`, "", "L'agence de l'eau va investir 400 millions"},
		{"language subdomain is no site name", "https://en.paper.example/news/2024/03/12/en-water", `<title>EN - Water board to invest in new plants - The Paper</title>`, "", "EN - Water board to invest in new plants"},
		{"g1 headline with tail, nothing leading", "https://g1.globo.example/economia/noticia/2024/03/12/agua.ghtml", `<title>Conselho da água vai investir R$ 400 milhões - Notícias do Brasil</title>`, "", "Conselho da água vai investir R$ 400 milhões"},
		{"public second level is no site name", "https://www.mof.go.example/news/2024/03/12/water", `<title>GO - Water board to invest in new plants</title>`, "", "GO - Water board to invest in new plants"},
		{"short site trailing", "https://www.rt.example/news/590123-water-board-plants/", `<title>Water board to invest in new plants — RT</title>`, "", "Water board to invest in new plants"},
		{"headline ends in a short word", "https://www.paper.example/news/2024/03/12/go", `<title>Water board says plants are a go - The Paper</title>`, "", "Water board says plants are a go"},
		{"headline opens with two-letter words, not the site's", "https://www.ft.example/content/2024-03-12-water-talks", `<title>US - EU water talks resume in Geneva | FT</title>`, "", "US - EU water talks resume in Geneva"},
	}
	for i := range cases {
		cases[i].body = probe73TitleBare + `<div class="content">` + probe73TitleBody + `</div>`
	}
	cases = append(cases, titleProbe46{"nd by og:site_name", "https://www.nd-aktuell.example/artikel/1180123.wasser.html",
		`<title>ND - Wasserverband investiert 400 Millionen Euro</title><meta property="og:site_name" content="ND">`,
		`<div class="content">` + probe73TitleBody + `</div>`,
		"Wasserverband investiert 400 Millionen Euro"})
	runTitleProbes46(t, cases)
}

// A classed headline that is no heading beats a <title> that is only the
// site's name, when nothing else names the site; a short <title> that
// shares a word with it, or a stated og:title, keeps its say.
func TestTitleProbe73ClassedHeadline(t *testing.T) {
	const h = "Water board to invest $400 million in new plants"
	var cases []titleProbe46
	for _, host := range []string{"valleyherald", "vh-online"} {
		for _, el := range []string{`div class="headline"`, `span class="article-title"`, `p class="title"`} {
			tag, _, _ := strings.Cut(el, " ")
			cases = append(cases, titleProbe46{el + " on " + host, "https://www." + host + ".example/news/2024/03/12/water-board",
				`<title>Valley Herald</title>`,
				probe73TitleBare + `<div class="story"><` + el + `>` + h + `</` + tag + `>` + probe73TitleBody + `</div>`,
				h})
		}
	}
	cases = append(cases,
		titleProbe46{"short headline title sharing a word", "https://www.vh-online.example/news/2024/03/12/water-board",
			`<title>Water Board Plans</title>`,
			probe73TitleBare + `<div class="story"><div class="headline">` + h + `</div>` + probe73TitleBody + `</div>`,
			"Water Board Plans"},
		titleProbe46{"og:title says the name too", "https://www.vh-online.example/news/2024/03/12/water-board",
			`<title>Valley Herald</title><meta property="og:title" content="Reservoir Works Begin">`,
			probe73TitleBare + `<div class="story"><div class="headline">` + h + `</div>` + probe73TitleBody + `</div>`,
			"Reservoir Works Begin"})
	runTitleProbes46(t, cases)
}

// og:title keeps a kicker the <h1> sets apart in its own element: where
// the <title> says the headline without it, the headline goes without it.
func TestTitleProbe73KickerOG(t *testing.T) {
	runTitleProbes46(t, []titleProbe46{
		{"og keeps editorial, title does not", "https://www.lejournal.example/editorial/2024/03/12/l-eau-un-bien-commun_123.html",
			`<title>L'eau, un bien commun - Le Journal</title><meta property="og:title" content="Éditorial. L'eau, un bien commun">`,
			`<article><h1><span class="kicker">Éditorial</span> L'eau, un bien commun</h1>` + probe73TitleBody + `</article>`,
			"L'eau, un bien commun"},
		{"og keeps kicker with colon, title does not", "https://www.paper.example/news/2024/03/12/water-board",
			`<title>Water board to invest in new plants | The Paper</title><meta property="og:title" content="Analysis: Water board to invest in new plants">`,
			`<article><h1><span class="kicker">Analysis</span> Water board to invest in new plants</h1>` + probe73TitleBody + `</article>`,
			"Water board to invest in new plants"},
		{"og keeps kicker, no other witness", "https://www.lejournal.example/editorial/2024/03/12/l-eau-un-bien-commun_123.html",
			`<title>Le Journal</title><meta property="og:title" content="Éditorial. L'eau, un bien commun">`,
			`<article><h1><span class="kicker">Éditorial</span> L'eau, un bien commun</h1>` + probe73TitleBody + `</article>`,
			"L'eau, un bien commun"},
		{"og and title keep a colon kicker", "https://www.courier.example/news/2024/03/12/water-board",
			`<title>Transit: Water board to invest in new plants - Valley Courier</title><meta property="og:title" content="Transit: Water board to invest in new plants">`,
			`<article><h1><span class="kicker">Transit</span> Water board to invest in new plants</h1>` + probe73TitleBody + `</article>`,
			"Transit: Water board to invest in new plants"},
		{"og and title keep it", "https://www.lejournal.example/editorial/2024/03/12/l-eau-un-bien-commun_123.html",
			`<title>Éditorial. L'eau, un bien commun - Le Journal</title><meta property="og:title" content="Éditorial. L'eau, un bien commun">`,
			`<article><h1><span class="kicker">Éditorial</span> L'eau, un bien commun</h1>` + probe73TitleBody + `</article>`,
			"L'eau, un bien commun"},
	})
}
