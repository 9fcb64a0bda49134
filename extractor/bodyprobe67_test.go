package extractor

import (
	"strings"
	"testing"
)

// probe67Card is a teaser card of the kind news templates set in their
// boxes of other stories: a linked headline, a standfirst, and the story's
// date when date is not "".
func probe67Card(slug, head, standfirst, date string) string {
	c := `<div class="card"><a class="card__img" href="/news/` + slug + `"><img src="/img/` + slug + `.jpg" alt=""></a><h3 class="card__title"><a href="/news/` + slug + `">` + head + `</a></h3><p class="card__text">` + standfirst + `</p>`
	if date != "" {
		c += `<span class="card__date">` + date + `</span>`
	}
	return c + `</div>`
}

// probe67Cards are three teaser cards with standfirsts long enough to read
// as prose.
func probe67Cards(dated bool) string {
	d := func(s string) string {
		if dated {
			return s
		}
		return ""
	}
	return probe67Card("ferry-timetable", "Ferry timetable changes for the summer", "The ferry company will run two extra crossings a day from July, with the last boat leaving the quay at eleven at night instead of nine, the operator said on Monday after talks with the council.", d("June 12, 2024")) +
		probe67Card("harbour-wall", "Harbour wall repairs finished early", "The repairs to the harbour wall, damaged in the February storms, were finished three weeks ahead of schedule and under budget, the port authority said in a statement on Friday.", d("June 10, 2024")) +
		probe67Card("school-roof", "School roof to be replaced over the holidays", "The council will replace the roof of the primary school over the summer holidays, after inspectors found water damage in two classrooms and in the main hall.", d("June 7, 2024"))
}

// probe67Page is a news template whose article holds, after the story,
// a box of other stories: its label, then its cards.
func probe67Page(paras int, label, cards string) string {
	var b strings.Builder
	for i := range paras {
		b.WriteString(p55(i))
	}
	return p55Head + `<body class="article-page">` + p55Nav + `<main id="main"><article class="article"><header class="article__header"><h1 class="article__title">Millbrook dam to be rebuilt after years of leaks</h1><div class="article__meta"><span class="article__author">Jane Roe</span></div></header>` +
		`<div class="article__body">` + b.String() + `</div>` +
		`<section class="article__more"><h2 class="article__more-title">` + label + `</h2><div class="article__more-list">` + cards + `</div></section>` +
		`</article></main>` + p55Foot + `</body></html>`
}

// The box of other stories under a label in the languages of Europe's
// north and south-east, Israel, Thailand and South Asia: its cards, no
// date on them, stay out of the body as they do under "Most read".
func TestBodyProbe67LabelLanguages(t *testing.T) {
	for _, label := range []string{"Mest lästa", "Läs också", "Mest læste", "Mest lest", "Luetuimmat", "Lue myös", "Τα πιο δημοφιλή", "Διαβάστε επίσης",
		"הכי נקראים", "קראו גם", "ข่าวที่เกี่ยวข้อง", "Najčitanije", "Pročitajte još", "Най-четени", "Прочетете още", "Найчитаніші", "Preberite tudi",
		"Skaitomiausi", "Lasītākie", "Loetumad", "El més llegit", "Berita berkaitan", "Më të lexuarat", "সর্বাধিক পঠিত", "متعلقہ خبریں"} {
		probe55Check(t, label, probe67Page(7, label, probe67Cards(false)), label, "extra crossings", "School roof")
	}
}

// A box of other stories whose label names no such box ("Politics", a
// section's name, or a label in a language no list holds) is known by its
// cards: each a linked headline, a standfirst and the story's date. It
// stays out of the body, and a short story is not taken for it.
func TestBodyProbe67DatedTeasers(t *testing.T) {
	for _, label := range []string{"Politics", "From the valley", "Ең көп оқылған"} {
		for _, paras := range []int{1, 3, 7} {
			a, err := Extract([]byte(probe67Page(paras, label, probe67Cards(true))), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for i := range paras {
				if !strings.Contains(a.Text, probe55Paras[i][:50]) {
					t.Errorf("%s, %d paragraphs: the body lacks paragraph %d", label, paras, i)
				}
			}
			for _, u := range []string{label, "Ferry timetable", "extra crossings", "School roof", "June 7, 2024"} {
				if strings.Contains(a.Text, u) {
					t.Errorf("%s, %d paragraphs: the body holds %q:\n%s", label, paras, u, a.Text)
				}
			}
		}
	}
}

// A listicle's items, each a linked heading and its text, are the
// article's own: they carry no date. So are a live blog's entries, each
// a time, a heading linked to the entry itself and its text.
func TestBodyProbe67UndatedCardsStay(t *testing.T) {
	var list, live strings.Builder
	for i, n := range []string{"The Mill House Café", "Quayside Fish Bar", "The Old Granary", "North Bank Bakery"} {
		list.WriteString(`<div class="list-item"><h2><a href="https://example.org/place-` + itoa54(i) + `">` + itoa54(i+1) + `. ` + n + `</a></h2><p>` + n + ` is one of the best places to eat in the valley this summer, with a terrace over the river and plenty of parking nearby.</p></div>`)
		live.WriteString(`<div class="entry" id="e` + itoa54(i) + `"><time datetime="2024-06-13T1` + itoa54(i) + `:00Z">1` + itoa54(i) + `:00</time><h3><a href="#e` + itoa54(i) + `">Update from the board, part ` + itoa54(i+1) + `</a></h3><p>` + probe55Paras[i] + `</p></div>`)
	}
	for name, page := range map[string]string{
		"listicle": p55Head + `<body>` + p55Nav + `<main><article><h1>The best places to eat in the valley</h1><div class="entry-content">` + p55(0) + `<div class="listicle">` + list.String() + `</div></div></article></main>` + p55Foot + `</body></html>`,
		"liveblog": p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam: live updates</h1><div class="live-feed">` + live.String() + `</div></article></main>` + p55Foot + `</body></html>`,
	} {
		a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{"Quayside Fish Bar is one", "North Bank Bakery is one"} {
			if name == "listicle" && !strings.Contains(a.Text, w) {
				t.Errorf("%s: the body lacks %q:\n%s", name, w, a.Text)
			}
		}
		if name == "liveblog" && !strings.Contains(a.Text, probe55Paras[3][:50]) {
			t.Errorf("%s: the body lacks the last entry:\n%s", name, a.Text)
		}
	}
}

// An expander made of <details>: its <summary> says "Read more", and what
// it opens is the rest of the article, whatever the class of the element
// ("read-more", which names a furniture link elsewhere).
func TestBodyProbe67DetailsReadMore(t *testing.T) {
	for _, d := range []string{
		`<details class="read-more"><summary>Read more</summary>` + p55(4) + p55(5) + p55(6) + `</details>`,
		`<details class="readmore-details"><summary class="readmore__toggle">Weiterlesen »</summary>` + p55(4) + p55(5) + p55(6) + `</details>`,
	} {
		page := p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam to be rebuilt after years of leaks</h1><p class="byline">By Jane Roe</p><div class="article-body">` + p55(0) + p55(1) + p55(2) + p55(3) + d + `</div></article></main>` + p55Foot + `</body></html>`
		probe55Check(t, "details", page, "Weiterlesen")
	}
}

// The button of an expander set as a block a script listens to, not as a
// link ("<div class="unfold-btn"><span>展开全文</span></div>"), under the
// story whose rest is in the HTML: the rest is the body's, the button's
// label is not.
func TestBodyProbe67ExpanderButtonBlock(t *testing.T) {
	for _, label := range []string{"展开全文", "Continue reading", "Weiterlesen"} {
		page := p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam to be rebuilt after years of leaks</h1><p class="byline">By Jane Roe</p><div class="article-body">` + p55(0) + p55(1) + p55(2) + p55(3) +
			`<div class="article-rest" style="height:0;overflow:hidden">` + p55(4) + p55(5) + p55(6) + `</div><div class="unfold-btn" onclick="unfold()"><span>` + label + `</span></div></div></article></main>` + p55Foot + `</body></html>`
		probe55Check(t, label, page, label)
	}
}
