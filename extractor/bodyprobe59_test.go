package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// rows59 is an essay as a design studio's site builds it (a Next.js page
// of rows: each row a column and a wrapper around one block, a title
// block with a heading, a text block or an image), sections of uneven
// length, the row classes differing by a margin.
var rows59 = []struct {
	head  string
	paras []string
}{
	{"The building nobody wanted", []string{
		"The mill on the river had stood empty for thirty years when the town bought it in 2019, for one euro, on the condition that it would be open to the public within five years.",
		"Two earlier sales, to a hotel chain and to a developer of flats, had fallen through once the cost of the flood defences became clear.",
	}},
	{"The roof leaked in every storm", []string{
		"The first winter showed how much work the roof needed. Water came through in a dozen places, over the stairs, the old grain loft, the office and the room where the wheel's gears sit, and the builders spent three months replacing the rotten beams, one by one, before they could start on anything inside.",
		"Each beam was measured, drawn, numbered and photographed before it came down, so that the new ones, cut from oak felled in the valley, could be set in the same places, at the same angles, with the same joints.",
		"\u201cWe found a beam with a date carved into it, 1871, and we kept it,\u201d said Anna Berg, who led the restoration, \u201cand it now hangs above the front desk, where everyone who comes in can see it.\u201d",
		"The slates were harder. Most had cracked, some had slipped, and the quarry that had cut them closed in the 1960s, so the roofers sorted the good ones, laid them on the side facing the square, and used new slate from Wales, of a similar grey, on the side facing the river.",
		"By March the roof was dry, the gutters, which had rusted through, had been replaced with copper, and the builders could finally bring the heating, the wiring and the first of the new floors into the building.",
		"The roof alone took a third of the budget, about three million euros, and a fifth of the time, which the council says it had expected, as old mills, unlike old houses, were built to last only as long as the trade that used them.",
	}},
	{"The floor could not carry the books", []string{
		"Books are heavy: a full shelf weighs more than the grain sacks the mill once stored.",
	}},
	{"What the river gave back", []string{
		"The water wheel turns again. It was the last thing the builders touched, and the first thing most visitors ask about, as it can be seen from the reading room, through a wall of glass, turning in the current as it did when the mill ground corn for the valley.",
		"Its noise, however, filled the room on the first test day, and a second layer of glass, on the river side, had to be fitted, which brought the sound down to a murmur that most readers, according to the library's own survey, now say they like.",
		"The glass came from a works in the north that makes panes for concert halls, and each of the forty panels, some of them four metres tall, had to be lifted in by crane from a barge, as no lorry could reach the river side of the building.",
		"The barge could only come up the river at high water, which meant the crew worked at night, for two weeks in October, with floodlights on the bank and, on most nights, half the town's children watching from the bridge.",
		"Inside, the acoustics were tested with a violinist, a choir from the school and, at the architects' request, a recording of the river at full flood, played at the same level as the real thing, to be sure the readers would not hear it.",
		"The wheel also makes power. A small generator, fitted where the millstones once were, gives the library about a fifth of the electricity it uses, more in winter, when the river is high, and less in summer, when the reading room is busiest.",
		"The library opened in March. In its first month it lent more books than the old library in the town hall had lent in a year, and the reading room, the one by the wheel, has been full on most afternoons since.",
		"The town has since been asked by three other councils how it did it, and the architects, who now run tours of the building on the first Sunday of each month, are drawing plans for a second mill, further down the river, which may become a school of music.",
		"The archive of the valley, kept in a damp cellar since the war, moved into the mill's old grain loft in May, and its keepers, for the first time in decades, can open its boxes without gloves and masks.",
		"The council will publish the full costs of the project in the autumn, with the survey of readers, and has said that it will hold a meeting in the mill itself, by the wheel, to answer questions about both.",
	}},
}

// rows59Page renders the essay: a row per heading, text block and image.
func rows59Page() string {
	row := func(margin, inner string) string {
		return `<div class="row layout layout-col--1 Row_row__q3Xz1 margin-h--` + margin + ` margin-v--medium padding-h--none padding-v--none gutter--medium" data-link-style="default"><div class="col-xs-12 row-xs--center js-target" data-testid="column"><div class="--content-wrapper Column_wrapper__I9Fa" style="--width:83.3%">` + inner + `</div></div></div>`
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The mill that became a library - Studio Notes</title><meta property="og:title" content="The mill that became a library"></head><body><header class="Header_header__k2"><a href="/">Studio Notes</a><nav><a href="/library">Library</a><a href="/about">About</a></nav></header><main id="main">`)
	b.WriteString(row("medium", `<div class="--center" data-testid="title-block"><h1 class="heading Heading_title__v5 Heading_title__h1__u">The mill that became a library</h1><div class="TitleBlock_description__1W"><p>Four problems the builders had to solve</p></div></div>`))
	for i, s := range rows59 {
		b.WriteString(row("medium", `<div class="--center" data-testid="title-block"><h2 class="heading Heading_title__v5 Heading_title__h3__Q">`+s.head+`</h2></div>`))
		margin := "medium"
		if i%2 == 0 {
			margin = "large"
		}
		b.WriteString(row(margin, `<div class="TextBlock_text__hC8n TextBlock_text--large__K4 --left"><p>`+strings.Join(s.paras, "</p>\n<p>")+`</p></div>`))
		b.WriteString(row("medium", `<div class="ImageBlock_image__x"><span style="display:inline-block"><img src="/_next/image?url=mill-`+faq57ID(i)+`.webp&amp;w=3840" alt=""></span></div>`))
	}
	b.WriteString(row("medium", `<div class="RelatedBlock_related__p"><h2>Related stories</h2><ul><li><a href="/library/station-school"><h3>The station that became a school</h3></a></li><li><a href="/library/crane-hotel"><h3>A harbour crane turned into a hotel</h3></a></li></ul></div>`))
	b.WriteString(`</main><footer class="Footer_footer__z"><p>© 2024 Studio Notes</p><a href="/privacy">Privacy</a></footer></body></html>`)
	return b.String()
}

// Readability keeps the longest rows of such an essay one by one and
// leaves out the shorter ones between them; the body holds every section,
// headings included, in order, and not the related stories.
func TestBodyProbe59BuilderRows(t *testing.T) {
	a, err := Extract([]byte(rows59Page()), "https://studio.example/library/mill-library", Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := 0
	for _, s := range rows59 {
		for _, w := range append([]string{s.head}, s.paras...) {
			k := strings.Index(a.Text[at:], w)
			if k < 0 {
				if strings.Contains(a.Text, w) {
					t.Errorf("%.50q out of order", w)
				} else {
					t.Errorf("the body lacks %.50q", w)
				}
				continue
			}
			at += k
		}
	}
	for _, u := range []string{"Related stories", "The station that became a school", "© 2024"} {
		if strings.Contains(a.Text, u) {
			t.Errorf("the body holds %q", u)
		}
	}
	if t.Failed() {
		t.Logf("body:\n%s", a.Text)
	}
}

// recirc59 is a local news story with a block of other stories inside its
// body container, as news themes print it: a label, then teasers whose
// headline is no link (a "Read more" link after the standfirst) or a link
// on a line of its own above the standfirst.
var recirc59 = struct {
	paras, teasers, standfirsts []string
}{
	paras: []string{
		"The county council voted on Tuesday to close the Harbour Road bridge to heavy lorries from next month, after engineers found corrosion in two of its steel supports.",
		"Inspectors had flagged the supports in a routine survey last autumn, but a closer look in March showed the damage had spread faster than expected, the council's highways chief told the meeting.",
		"Lorries over 7.5 tonnes will be diverted through the industrial estate, adding about four miles to journeys between the port and the ring road. Buses and cars can still use the bridge.",
		"The council said repairs would start in the autumn and take about eighteen months, at a cost of roughly six million pounds, which it hopes to recover in part from a national fund.",
	},
	teasers: []string{"Council tax to rise by 4.9% from April", "New ferry route to open next summer", "School expansion approved despite objections"},
	standfirsts: []string{
		"Councillors agreed the rise after a long debate about the cost of social care, which now takes up almost half of the budget, and the state of the roads.",
		"The operator says the crossing will take under three hours and run twice a day in summer, with a smaller boat keeping a daily service through the winter.",
		"Parents had argued that the extra classrooms would bring more traffic to the narrow lane by the school, but the committee said the plan met every rule.",
	},
}

// recirc59Page renders the story with the block under label; linked puts
// each headline in a link of its own above its standfirst.
func recirc59Page(label string, linked bool) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Road bridge to close to lorries | Harbour Gazette</title></head><body><header class="site-header"><a href="/">Harbour Gazette</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header><main><article class="post"><h1 class="entry-title">Harbour Road bridge to close to lorries</h1><div class="entry-content"><p>`)
	b.WriteString(strings.Join(recirc59.paras, "</p>\n<p>"))
	b.WriteString(`</p><div class="recirculation"><h3 class="recirculation__label">` + label + `</h3>`)
	for i, t := range recirc59.teasers {
		if linked {
			b.WriteString(`<div class="recirculation__item"><a href="/news/` + faq57ID(i) + `">` + t + `</a><p>` + recirc59.standfirsts[i] + `</p></div>`)
		} else {
			b.WriteString(`<div class="teaser"><h4 class="teaser__title">` + t + `</h4><p class="teaser__text">` + recirc59.standfirsts[i] + `</p><a class="teaser__link" href="/news/` + faq57ID(i) + `">Read more</a></div>`)
		}
	}
	b.WriteString(`</div></div></article></main><footer class="site-footer"><p>© 2024 Harbour Gazette</p></footer></body></html>`)
	return b.String()
}

// The block of other stories leaves the body under the names templates in
// no dev set give it, in several languages, and with the site's name after
// "Trending on".
func TestBodyProbe59RecirculationLabels(t *testing.T) {
	for _, label := range []string{"Up next", "Read this next", "What's popular", "Editors’ Choice", "You may have missed", "Trending on Harbour Gazette",
		"À lire", "Populaires", "Las más leídas", "Empfehlungen", "Le più lette", "猜您喜欢", "おすすめ", "주요뉴스"} {
		for _, linked := range []bool{false, true} {
			what := fmt.Sprintf("%s (linked %v)", label, linked)
			text := harbourStory(t, what, recirc59Page(label, linked))
			for _, u := range append(append([]string{label}, recirc59.teasers...), recirc59.standfirsts...) {
				if strings.Contains(text, u) {
					t.Errorf("%s: the body holds %.40q", what, u)
				}
			}
		}
	}
}

// The rest of a story hidden until a click, behind an expander labelled as
// news templates label it, is the body's: the hidden part's class names no
// expander ("story-continued"), only its button says what it does.
func TestBodyProbe59ExpanderLabels(t *testing.T) {
	for _, label := range []string{"Keep reading", "Expand article", "Show full story", "View full article"} {
		page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Road bridge to close to lorries | Harbour Gazette</title></head><body><header class="site-header"><a href="/">Harbour Gazette</a></header><main><article class="post"><h1 class="entry-title">Harbour Road bridge to close to lorries</h1><div class="entry-content"><p>` +
			strings.Join(recirc59.paras[:2], "</p>\n<p>") + `</p><section hidden class="story-continued"><p>` + strings.Join(recirc59.paras[2:], "</p>\n<p>") +
			`</p></section><button type="button" class="story-expand">` + label + `</button></div></article></main><footer class="site-footer"><p>© 2024 Harbour Gazette</p></footer></body></html>`
		text := harbourStory(t, label, page)
		if strings.Contains(text, label) {
			t.Errorf("%s: the body holds the button", label)
		}
	}
}

// harbourStory extracts page, a probe of the Harbour Gazette's story
// (recirc59's paragraphs), checks that its body holds every paragraph, and
// returns the body's text.
func harbourStory(t *testing.T, what, page string) string {
	t.Helper()
	a, err := Extract([]byte(page), "https://harbourgazette.example/news/2024/05/12/harbour-road-bridge", Options{})
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	for _, p := range recirc59.paras {
		if !strings.Contains(a.Text, p) {
			t.Errorf("%s: the body lacks %.40q", what, p)
		}
	}
	return a.Text
}
