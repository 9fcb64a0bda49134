package extractor

import (
	"strings"
	"testing"
)

// probe68Card is a card of a box of other stories with no date on it: an
// image and a linked headline, each linked to another story of the site,
// and a line of standfirst when standfirst is not "".
func probe68Card(slug, head, standfirst string) string {
	c := `<div class="teaser"><a class="teaser__media" href="/news/2024/06/` + slug + `"><img src="/img/` + slug + `.jpg" alt=""></a><div class="teaser__body"><h3 class="teaser__title"><a href="/news/2024/06/` + slug + `">` + head + `</a></h3>`
	if standfirst != "" {
		c += `<p class="teaser__text">` + standfirst + `</p>`
	}
	return c + `</div></div>`
}

// probe68Cards are four such cards, with standfirsts or without.
func probe68Cards(standfirsts bool) string {
	s := func(v string) string {
		if standfirsts {
			return v
		}
		return ""
	}
	return probe68Card("10/ferry-timetable", "Ferry timetable changes for the summer", s("The ferry company will run two extra crossings a day from July, the operator said on Monday after talks with the council.")) +
		probe68Card("08/harbour-wall", "Harbour wall repairs finished early", s("The repairs to the harbour wall, damaged in the February storms, were finished three weeks ahead of schedule.")) +
		probe68Card("07/school-roof", "School roof to be replaced over the holidays", s("The council will replace the roof of the primary school over the summer, after inspectors found water damage.")) +
		probe68Card("05/bridge-closure", "Old bridge closed to lorries from Monday", s("Lorries over seven tonnes will have to take the ring road while engineers check the old bridge's arches."))
}

// probe68Page is a news template whose article ends with a box of other
// stories under a section's name.
func probe68Page(paras int, label, cards string) string {
	var b strings.Builder
	for i := range paras {
		b.WriteString(p55(i))
	}
	return p55Head + `<body class="single-post">` + p55Nav + `<main id="main"><article class="post"><header class="entry-header"><h1 class="entry-title">Millbrook dam to be rebuilt after years of leaks</h1><div class="entry-meta"><span class="author vcard">Jane Roe</span></div></header>` +
		`<div class="entry-content">` + b.String() + `</div>` +
		`<div class="section-block"><h2 class="section-block__title"><a href="/politics">` + label + `</a></h2><div class="section-block__list">` + cards + `</div></div>` +
		`</article></main>` + p55Foot + `</body></html>`
}

// A box of other stories under a section's name ("Politics") or a label
// no list holds, its cards dated nowhere, is known by its cards: each a
// picture and a headline linked to the same story of the site. It stays
// out of the body, with standfirsts or without, and a one-paragraph story
// keeps its paragraph.
func TestBodyProbe68UndatedTeasers(t *testing.T) {
	for _, label := range []string{"Politics", "From the archive", "Mehr aus der Region"} {
		for _, sf := range []bool{false, true} {
			for _, paras := range []int{1, 3, 7} {
				a, err := Extract([]byte(probe68Page(paras, label, probe68Cards(sf))), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
				if err != nil {
					t.Fatal(err)
				}
				for i := range paras {
					if !strings.Contains(a.Text, probe55Paras[i][:50]) {
						t.Errorf("%s/%v/%d: the body lacks paragraph %d", label, sf, paras, i)
					}
				}
				for _, u := range []string{label, "Ferry timetable", "extra crossings", "School roof", "Old bridge"} {
					if strings.Contains(a.Text, u) {
						t.Errorf("%s/%v/%d: the body holds %q:\n%s", label, sf, paras, u, a.Text)
					}
				}
			}
		}
	}
}

// A "Read more" whose rest of the story is in a <template> a script
// stamps out on the click.
func TestBodyProbe68TemplateReadMore(t *testing.T) {
	for _, d := range []string{
		`<button class="read-more" data-target="rest">Read more</button><template id="rest">` + p55(4) + p55(5) + p55(6) + `</template>`,
		`<template id="article-rest"><div class="article-rest">` + p55(4) + p55(5) + p55(6) + `</div></template><div class="read-more-wrap"><a href="#" class="js-read-more">Continue reading</a></div>`,
	} {
		page := p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam to be rebuilt after years of leaks</h1><p class="byline">By Jane Roe</p><div class="article-body">` + p55(0) + p55(1) + p55(2) + p55(3) + d + `</div></article></main>` + p55Foot + `</body></html>`
		probe55Check(t, "template", page, "Read more", "Continue reading")
	}
}

// A listicle's and a roundup's items are the article's own, pictured and
// linked as they are: a listicle's long paragraphs, a roundup's items of
// the site's own stories following its text with no label, and items
// linking other sites' pages under a heading of their own.
func TestBodyProbe68PicturedItemsStay(t *testing.T) {
	names := []string{"The Mill House Café", "Quayside Fish Bar", "The Old Granary", "North Bank Bakery"}
	item := func(i int, href, text string) string {
		return `<div class="list-item"><figure><a href="` + href + `"><img src="/img/p` + itoa54(i) + `.jpg" alt=""></a></figure><h2><a href="` + href + `">` + itoa54(i+1) + `. ` + names[i] + `</a></h2><p>` + text + `</p></div>`
	}
	var long, roundup, outside strings.Builder
	for i, n := range names {
		long.WriteString(item(i, "/places/"+itoa54(i)+"-place", n+" is one of the best places to eat in the valley. "+probe55Paras[i]+" "+probe55Paras[i+1]))
		roundup.WriteString(item(i, "/food/2024/05/"+itoa54(i)+"-review", n+" is one of the best places to eat in the valley this summer."))
		outside.WriteString(item(i, "https://place"+itoa54(i)+".example.com/", n+" is one of the best places to eat in the valley this summer."))
	}
	for name, list := range map[string]string{
		"long":    `<div class="listicle">` + long.String() + `</div>`,
		"roundup": `<div class="listicle">` + roundup.String() + `</div>`,
		"outside": `<h2>Our picks</h2><div class="listicle">` + outside.String() + `</div>`,
	} {
		page := p55Head + `<body>` + p55Nav + `<main><article><h1>The best places to eat in the valley</h1><div class="entry-content">` + p55(0) + list + `</div></article></main>` + p55Foot + `</body></html>`
		a, err := Extract([]byte(page), "https://valley.example/food/2024/06/13/best-places", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{"Quayside Fish Bar is one", "North Bank Bakery is one", "The Old Granary"} {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%s: the body lacks %q:\n%s", name, w, a.Text)
			}
		}
	}
}

// A <template> a script stamps out for other purposes stays out: one
// with no expander's label by it, and one of teaser cards under a "Show
// more" button, which goes on from no paragraph of the story.
func TestBodyProbe68TemplatesStayOut(t *testing.T) {
	for _, d := range []string{
		`</div><template id="tpl-comment"><div class="comment"><p>` + probe55Paras[5] + `</p></div></template><div>`,
		`</div></article><section class="more-stories"><h2>Latest</h2><div class="cards"></div><button class="more">Show more</button><template id="more-cards">` + probe67Cards(false) + `</template></section><article><div>`,
	} {
		page := p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam to be rebuilt after years of leaks</h1><p class="byline">By Jane Roe</p><div class="article-body">` + p55(0) + p55(1) + p55(2) + p55(3) + p55(4) + d + p55(6) + `</div></article></main>` + p55Foot + `</body></html>`
		a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range []string{probe55Paras[5][:50], "extra crossings", "Ferry timetable"} {
			if strings.Contains(a.Text, u) {
				t.Errorf("the body holds %q:\n%s", u, a.Text)
			}
		}
	}
}

// The same box as a list of cards each set as one link around its
// picture and headline, then an excerpt, with absolute addresses on the
// site's host (a WordPress query loop): it stays out of the body too.
func TestBodyProbe68WholeLinkCards(t *testing.T) {
	var cards strings.Builder
	for _, c := range [][3]string{
		{"ferry-timetable", "Ferry timetable changes for the summer", "The ferry company will run two extra crossings a day from July, the operator said on Monday after talks with the council."},
		{"harbour-wall", "Harbour wall repairs finished early", "The repairs to the harbour wall, damaged in the February storms, were finished three weeks ahead of schedule."},
		{"school-roof", "School roof to be replaced over the holidays", "The council will replace the roof of the primary school over the summer, after inspectors found water damage."},
	} {
		cards.WriteString(`<li class="wp-block-post"><a class="wp-block-post__link" href="https://www.valley.example/2024/06/` + c[0] + `/"><figure class="wp-block-post-featured-image"><img loading="lazy" src="https://www.valley.example/wp-content/uploads/2024/06/` + c[0] + `.jpg" alt=""></figure><h3 class="wp-block-post-title">` + c[1] + `</h3></a><p class="wp-block-post-excerpt">` + c[2] + `</p></li>`)
	}
	for _, paras := range []int{1, 7} {
		var b strings.Builder
		for i := range paras {
			b.WriteString(p55(i))
		}
		page := p55Head + `<body class="single-post">` + p55Nav + `<main id="main"><article class="post"><h1 class="entry-title">Millbrook dam to be rebuilt after years of leaks</h1><div class="entry-content">` + b.String() + `</div>` +
			`<div class="wp-block-group"><h2 class="wp-block-heading">From the valley</h2><ul class="wp-block-post-template">` + cards.String() + `</ul></div></article></main>` + p55Foot + `</body></html>`
		a, err := Extract([]byte(page), "https://www.valley.example/2024/06/13/millbrook-dam/", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, probe55Paras[paras-1][:50]) {
			t.Errorf("%d paragraphs: the body lacks paragraph %d:\n%s", paras, paras-1, a.Text)
		}
		for _, u := range []string{"From the valley", "Ferry timetable", "extra crossings", "School roof"} {
			if strings.Contains(a.Text, u) {
				t.Errorf("%d paragraphs: the body holds %q:\n%s", paras, u, a.Text)
			}
		}
	}
}
