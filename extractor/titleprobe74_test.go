package extractor

import "testing"

// probe74TitleBody is a story's text, long enough to be the page's body.
const probe74TitleBody = `<p>The regional water board said on Tuesday it would spend four hundred million on new treatment plants over the next decade, the largest investment in the network since the reservoirs were built after the war.</p>
<p>The first plant is due to open in the north of the county in two years, and the board said bills would rise by no more than inflation while the work goes on, a promise consumer groups said they would hold it to.</p>
<p>Farmers' representatives welcomed the plan but asked for the drainage channels along the river to be cleared first, which the board said it would look at once the plans for the plants are drawn up.</p>`

// probe74TitleHeadline is the story's headline.
const probe74TitleHeadline = "Water board to invest $400 million in new plants"

// A kicker on the <h1>'s first line, an element a <br> ends or a block
// of its own, is cut under a <title> that names only the site; a
// headline broken over two lines, an emphasised word and a kicker a
// stated title keeps stay.
func TestTitleProbe74LineKicker(t *testing.T) {
	const h = probe74TitleHeadline
	const u = "https://www.valleyherald.example/news/2024/03/12/water-board"
	page := func(h1 string) string {
		return `<header><a href="/">Valley Herald</a></header><article>` + h1 + probe74TitleBody + `</article>`
	}
	runTitleProbes46(t, []titleProbe46{
		{"span and br", u, `<title>Valley Herald</title>`, page(`<h1><span>Brexit</span><br>` + h + `</h1>`), h},
		{"two words and br", u, `<title>Valley Herald</title>`, page(`<h1><strong>Water Crisis</strong><br>` + h + `</h1>`), h},
		{"two blocks", u, `<title>Valley Herald</title>`, page(`<h1><div>Brexit</div><div>` + h + `</div></h1>`), h},
		{"classed span and br", u, `<title>Valley Herald</title>`, page(`<h1><span class="topic">Brexit</span><br><span>` + h + `</span></h1>`), h},
		{"headline broken over two lines", u, `<title>Valley Herald</title>`, page(`<h1><span>Water board</span><br>to invest $400 million in new plants</h1>`), "Water board to invest $400 million in new plants"},
		{"emphasised first word", u, `<title>Valley Herald</title>`, page(`<h1><em>Brexit</em> ` + h + `</h1>`), "Brexit " + h},
		{"og:title keeps the kicker", u, `<title>Valley Herald</title><meta property="og:title" content="Brexit ` + h + `">`, page(`<h1><span>Brexit</span><br>` + h + `</h1>`), "Brexit " + h},
		{"title says the headline", u, `<title>` + h + ` | Valley Herald</title>`, page(`<h1><span>Brexit</span><br>` + h + `</h1>`), h},
	})
}
