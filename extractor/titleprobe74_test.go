package extractor

import (
	"strings"
	"testing"
)

// probe74TitleBody is a story's text, long enough to be the page's body.
const probe74TitleBody = `<p>The regional water board said on Tuesday it would spend four hundred million on new treatment plants over the next decade, the largest investment in the network since the reservoirs were built after the war.</p>
<p>The first plant is due to open in the north of the county in two years, and the board said bills would rise by no more than inflation while the work goes on, a promise consumer groups said they would hold it to.</p>
<p>Farmers' representatives welcomed the plan but asked for the drainage channels along the river to be cleared first, which the board said it would look at once the plans for the plants are drawn up.</p>`

// probe74TitlePage is a story page under a masthead that links home,
// with h1 as its heading.
func probe74TitlePage(h1 string) string {
	return `<header><a href="/">Valley Herald</a></header><article>` + h1 + probe74TitleBody + `</article>`
}

// probe74TitleHeadline is the story's headline.
const probe74TitleHeadline = "Water board to invest $400 million in new plants"

// An older template's "Site - Tagline" <title>, the same on every page
// and its tagline shown nowhere, yields to the story's headline set as
// a plain heading or a bold line where the address spells too few words
// to speak ("/news/2024/03/12/water-board") and none of the tagline's;
// a "Site - Headline" <title> keeps its say, as does one whose words the
// address spells.
func TestTitleProbe74SiteTagline(t *testing.T) {
	const h = probe74TitleHeadline
	const u = "https://www.valleyherald.example/news/2024/03/12/water-board"
	cases := probe77TitleTaglineCases(u, "Valley Herald - Your local news", "Valley Herald | News from the valley since 1887", "Valley Herald — Springfield's daily newspaper")
	side := `<div class="widget"><h2 class="title">More Blogs from Valley</h2><ul><li><a href="/a">Council approves budget for new library branch</a></li></ul></div>`
	cases = append(cases,
		titleProbe46{"site - headline, subhead in the body", u, `<title>Valley Herald - ` + h + `</title>`,
			`<div class="story">` + probe74TitleBody + `<h2>Why the plants matter to farmers</h2>` + probe74TitleBody + `</div>`, h},
		titleProbe46{"site - headline, rephrased on the page", u, `<title>Valley Herald - Board plans $400m water plants</title>`,
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`, "Board plans $400m water plants"},
		titleProbe46{"site - headline, the address spells its words", "https://www.valleyherald.example/news/2024/03/12/bus-plan", `<title>Valley Herald - Bus plan wins council vote</title>`,
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`, "Bus plan wins council vote"},
		titleProbe46{"blogger post, sidebar widget heading", "https://valleynotes.blogspot.example/2011/03/water-board.html", `<title>Valley Notes: More plants for the water board</title>`,
			`<div class="post"><h3 class="post-title"><a href="https://valleynotes.blogspot.example/2011/03/water-board.html">More plants for the water board</a></h3><div class="post-body">` + probe74TitleBody + `</div></div>` + side,
			"More plants for the water board"},
	)
	runTitleProbes46(t, cases)
}

// A kicker on the <h1>'s first line, an element a <br> ends or a block
// of its own, is cut under a <title> that names only the site; a
// headline broken over two lines, an emphasised word and a kicker a
// stated title keeps stay.
func TestTitleProbe74LineKicker(t *testing.T) {
	const h = probe74TitleHeadline
	const u = "https://www.valleyherald.example/news/2024/03/12/water-board"
	runTitleProbes46(t, []titleProbe46{
		{"span and br", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><span>Brexit</span><br>` + h + `</h1>`), h},
		{"two words and br", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><strong>Water Crisis</strong><br>` + h + `</h1>`), h},
		{"two blocks", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><div>Brexit</div><div>` + h + `</div></h1>`), h},
		{"classed span and br", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><span class="topic">Brexit</span><br><span>` + h + `</span></h1>`), h},
		{"headline broken over two lines", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><span>Water board</span><br>to invest $400 million in new plants</h1>`), "Water board to invest $400 million in new plants"},
		{"emphasised first word", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><em>Brexit</em> ` + h + `</h1>`), "Brexit " + h},
		{"og:title keeps the kicker", u, `<title>Valley Herald</title><meta property="og:title" content="Brexit ` + h + `">`, probe74TitlePage(`<h1><span>Brexit</span><br>` + h + `</h1>`), "Brexit " + h},
		{"title says the headline", u, `<title>` + h + ` | Valley Herald</title>`, probe74TitlePage(`<h1><span>Brexit</span><br>` + h + `</h1>`), h},
	})
}

// A badge's word in a plain <span> or <small> of its own before the
// headline ("<h1><span>Exclusive</span> Headline</h1>") is cut under a
// <title> that names only the site; the same word in bold, a word of
// the headline, and one a stated title keeps stay.
func TestTitleProbe74PlainBadge(t *testing.T) {
	const h = probe74TitleHeadline
	const u = "https://www.valleyherald.example/news/2024/03/12/water-board"
	runTitleProbes46(t, []titleProbe46{
		{"span exclusive", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><span>Exclusive</span> ` + h + `</h1>`), h},
		{"small live", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><small>Live</small> ` + h + `</h1>`), h},
		{"span exklusiv", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><span>Exklusiv</span> Wasserverband investiert 400 Millionen Euro</h1>`), "Wasserverband investiert 400 Millionen Euro"},
		{"bold word of the headline", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><b>Live</b> music returns to the riverside park</h1>`), "Live music returns to the riverside park"},
		{"span not a badge word", u, `<title>Valley Herald</title>`, probe74TitlePage(`<h1><span>Water</span> board to invest $400 million in new plants</h1>`), h},
		{"og:title keeps it", u, `<title>Valley Herald</title><meta property="og:title" content="Exclusive ` + h + `">`, probe74TitlePage(`<h1><span>Exclusive</span> ` + h + `</h1>`), "Exclusive " + h},
	})
}

// A block classed as a headline (<span class=headline>, <div
// class=article-title>) under an older template's "Site - Tagline"
// <title> is the title, as a plain heading is, where the address says
// nothing of the tagline: an id, or too few words.
func TestTitleProbe74ClassedUnderTagline(t *testing.T) {
	const h = probe74TitleHeadline
	var cases []titleProbe46
	for _, u := range []string{"https://www.valleyherald.example/news.php?id=4711", "https://www.valleyherald.example/news/2024/03/12/water-board"} {
		for _, el := range []string{`span class="headline"`, `div class="article-title"`} {
			tag := el[:strings.IndexByte(el, ' ')]
			cases = append(cases, titleProbe46{el + " on " + u, u, `<title>Valley Herald - Your local news</title>`,
				`<div class="story"><` + el + `>` + h + `</` + tag + `>` + probe74TitleBody + `</div>`, h})
		}
	}
	cases = append(cases, titleProbe46{"site - headline over a classed teaser", "https://www.valleyherald.example/news.php?id=4711", `<title>Valley Herald - Bus plan wins council vote</title>`,
		`<div class="story"><div class="article-title">Bus plan wins council vote</div>` + probe74TitleBody + `</div>`, "Bus plan wins council vote"})
	runTitleProbes46(t, cases)
}
