package extractor

import (
	"strings"
	"testing"
)

// probe69Heads are headlines of other stories of the site.
var probe69Heads = []string{
	"Ferry timetable changes for the summer season",
	"Harbour wall repairs finished three weeks early",
	"School roof to be replaced over the holidays",
	"Old bridge closed to lorries from Monday",
	"Council to vote on new parking charges in town centre",
}

func probe69Links(shape string) string {
	var b strings.Builder
	slug := []string{"ferry", "harbour", "school", "bridge", "parking"}
	switch shape {
	case "ul":
		b.WriteString(`<ul class="headlines">`)
		for i, h := range probe69Heads {
			b.WriteString(`<li><a href="/news/2024/06/` + slug[i] + `-story">` + h + `</a></li>`)
		}
		b.WriteString(`</ul>`)
	case "div":
		b.WriteString(`<div class="link-list">`)
		for i, h := range probe69Heads {
			b.WriteString(`<div class="link-list__item"><a class="link-list__link" href="/news/2024/06/` + slug[i] + `-story">` + h + `</a></div>`)
		}
		b.WriteString(`</div>`)
	case "h3":
		b.WriteString(`<div class="stories">`)
		for i, h := range probe69Heads {
			b.WriteString(`<h3 class="story-title"><a href="/news/2024/06/` + slug[i] + `-story">` + h + `</a></h3>`)
		}
		b.WriteString(`</div>`)
	}
	return b.String()
}

func probe69Page(paras int, label, links string) string {
	var b strings.Builder
	for i := range paras {
		b.WriteString(p55(i))
	}
	return p55Head + `<body class="single-post">` + p55Nav + `<main id="main"><article class="post"><header class="entry-header"><h1 class="entry-title">Millbrook dam to be rebuilt after years of leaks</h1><div class="entry-meta"><span class="author vcard">Jane Roe</span></div></header>` +
		`<div class="entry-content">` + b.String() + `</div>` +
		`<div class="section-block"><h2 class="section-block__title">` + label + `</h2>` + links + `</div>` +
		`</article></main>` + p55Foot + `</body></html>`
}

// A box of other stories of the site under a section's name, its rows
// each one linked headline and no picture nor date, in a wrapper of its
// own after the story: a list, rows of <div>s, a run of linked <h3>s.
// Box and label stay out of the body, a one-paragraph story's too.
func TestBodyProbe69UndatedLinkBoxes(t *testing.T) {
	for _, label := range []string{"World", "Politics", "Business", "国际", "Sport", "<a href=\"/politics\">Politics</a>", "More from Wales"} {
		for _, shape := range []string{"ul", "div", "h3"} {
			for _, paras := range []int{1, 3, 7} {
				a, err := Extract([]byte(probe69Page(paras, label, probe69Links(shape))), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
				if err != nil {
					t.Fatal(err)
				}
				for i := range paras {
					if !strings.Contains(a.Text, probe55Paras[i][:50]) {
						t.Errorf("%s/%s/%d: the body lacks paragraph %d", label, shape, paras, i)
					}
				}
				unwanted := []string{"Ferry timetable", "School roof", "parking charges"}
				if !strings.Contains(label, "<") {
					unwanted = append(unwanted, label)
				}
				for _, u := range unwanted {
					if strings.Contains(a.Text, u) {
						t.Errorf("%s/%s/%d: the body holds %q", label, shape, paras, u)
					}
				}
			}
		}
	}
}

// The story's own lists of links stay, after a one-paragraph story as
// readability takes them: its sources on other sites, a "Further reading"
// box (no section's name), a digest's section followed by its prose, and
// a heading and rows set among the story's paragraphs.
func TestBodyProbe69OwnLinkListsStay(t *testing.T) {
	rows := func(prefix string) string {
		var b strings.Builder
		b.WriteString(`<div class="rows">`)
		for i, h := range probe69Heads {
			b.WriteString(`<div class="row"><a href="` + prefix + itoa54(i) + `-story">` + h + `</a></div>`)
		}
		return b.String() + `</div>`
	}
	for name, end := range map[string]string{
		"sources": `<div class="sources"><h3>Sources</h3>` + rows("https://records.example.org/report/") + `</div>`,
		"further": `<div class="further"><h3>Further reading</h3>` + rows("/news/2024/05/") + `</div>`,
		"digest":  `<section class="digest"><h2>World</h2>` + rows("/news/2024/06/") + `</section>` + p55(1),
		"unboxed": `</div><div class="entry-content more">` + p55(1) + `<h2>World</h2>` + rows("/news/2024/06/"),
	} {
		page := p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam to be rebuilt after years of leaks</h1><div class="entry-content">` + p55(0) + end + `</div></article></main>` + p55Foot + `</body></html>`
		a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{probe55Paras[0][:50], "Ferry timetable", "parking charges"} {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%s: the body lacks %q:\n%s", name, w, a.Text)
			}
		}
	}
}

// A player in the story shows its clock at rest as the page is served
// ("00:00 / 03:25"): its line, label and all, in any language, leaves
// the body; a clip's caption under its controls and the story's own times
// stay.
func TestBodyProbe69PlayerClock(t *testing.T) {
	for _, w := range []string{
		`<div class="audio-player"><span class="audio-label">收听本文</span><audio src="/a.mp3"></audio><span class="audio-time">00:00/03:25</span></div>`,
		`<div class="tts"><button class="tts__play" aria-label="play"></button><div class="tts__meta"><span>Hör dir den Artikel an</span><span class="tts__time">0:00 / 4:32</span></div></div>`,
		`<div class="podcast-embed"><p>Escucha la noticia <span>00:00 / 02:10</span></p></div>`,
	} {
		page := p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam to be rebuilt after years of leaks</h1><p class="byline">By Jane Roe</p><div class="article-body">` + p55(0) + p55(1) + w + p55(2) + p55(3) + p55(4) + p55(5) + p55(6) + `</div></article></main>` + p55Foot + `</body></html>`
		probe55Check(t, "clock", page, "收听本文", "03:25", "Hör dir", "4:32", "Escucha", "02:10")
	}
	page := p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam to be rebuilt after years of leaks</h1><p class="byline">By Jane Roe</p><div class="article-body">` + p55(0) + p55(1) +
		`<div class="clip"><video src="/v.mp4"></video><div class="controls">0:00 / 2:15</div><p class="clip__text">The downstream face of the dam, filmed by the water board in May.</p></div>` +
		p55(2) + `<p>Buses run 10:00 / 14:30.</p>` + p55(3) + `</div></article></main>` + p55Foot + `</body></html>`
	a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"filmed by the water board", "Buses run 10:00 / 14:30."} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("the body lacks %q:\n%s", w, a.Text)
		}
	}
	if strings.Contains(a.Text, "2:15") {
		t.Errorf("the body holds the clip's clock:\n%s", a.Text)
	}
}

// The same box in other templates: its label in a wrapper of its own,
// its rows each a sibling of the label, a link to the whole section
// under them, Chinese headlines. Where readability drops the rows the
// label it leaves at the body's end goes too.
func TestBodyProbe69LinkBoxTemplates(t *testing.T) {
	zh := []string{"市政府宣布明年起调整公交线路", "港口防波堤修复工程提前三周完工", "小学屋顶将在暑假期间更换", "老桥周一起禁止大型货车通行"}
	var zrows, erows strings.Builder
	for i, h := range zh {
		zrows.WriteString(`<p><a href="/news/2024/06/` + itoa54(i) + `.html">` + h + `</a></p>`)
	}
	for i, h := range probe69Heads {
		erows.WriteString(`<div class="row"><a href="/news/2024/06/` + itoa54(i) + `-story">` + h + `</a></div>`)
	}
	for name, b := range map[string]string{
		"wrapped-label": `<div class="box"><div class="box__hd"><h3>World</h3></div><div class="box__bd">` + erows.String() + `</div></div>`,
		"more-link":     `<div class="box"><h3>World</h3><div class="box__bd">` + erows.String() + `</div><a class="more" href="/world">More World news</a></div>`,
		"zh":            `<div class="box"><h3>国际</h3><div class="list">` + zrows.String() + `</div></div>`,
		"siblings":      `<section><h2>World</h2>` + erows.String() + `</section>`,
	} {
		page := p55Head + `<body>` + p55Nav + `<main><article><h1>Millbrook dam to be rebuilt after years of leaks</h1><div class="entry-content">` + p55(0) + `</div>` + b + `</article></main>` + p55Foot + `</body></html>`
		a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, probe55Paras[0][:50]) {
			t.Errorf("%s: the body lacks the story", name)
		}
		for _, u := range []string{"World", "国际", "Ferry timetable", "港口防波堤", "parking charges", "More World news"} {
			if strings.Contains(a.Text, u) {
				t.Errorf("%s: the body holds %q", name, u)
			}
		}
	}
}
