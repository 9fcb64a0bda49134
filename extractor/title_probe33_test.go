package extractor

import "testing"

// The headline, story, address and a column of other stories' links
// the probes of headings share.
const (
	probe33Head = "Council approves budget for the new school"
	probe33Body = `<div class="story">` + titleBody + `</div>`
	probe33URL  = "https://www.valleygazette.example/news/local/council-budget-1234"
	probe33List = `<ul><li><a href="/a">First story of the day here</a></li><li><a href="/b">Second story of the day here</a></li><li><a href="/c">Third story of the day here</a></li></ul>`
)

// runTitleProbes33 runs Extract on each page, its head and body as given,
// and checks the title.
func runTitleProbes33(t *testing.T, cases []struct{ name, url, head, body, want string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}

// A badge's word set off as a label before the headline ("BREAKING:",
// "Breaking News:", "Latest News:", "Exclusive:", and their equivalents
// in the languages of issue 13, a full-width colon after a CJK one, the
// lenticular brackets of Japanese and Chinese sites) says how the story
// runs, not what it says: it goes from the <title>, the page's other
// stated titles and the <h1> alike. A headline that opens with such a
// word and no label ("Breaking Bad: …") keeps it, and so does a label
// before fewer than three words.
func TestTitleProbe33BadgeLabel(t *testing.T) {
	const h = "Council approves budget for the new school"
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	const hes = "El ayuntamiento aprueba el presupuesto de la nueva escuela"
	const hfr = "Le conseil municipal vote le budget de la nouvelle école"
	const hru = "Городской совет утвердил бюджет новой школы"
	const har = "مجلس المدينة يوافق على ميزانية المدرسة الجديدة"
	const hzh = "重庆召开全市经济工作会议部署明年工作"
	const hja = "市議会が新しい学校の予算を可決"
	const hpt = "Câmara aprova orçamento da nova escola"
	const hit = "Il consiglio comunale approva il bilancio della nuova scuola"
	const htr = "Belediye meclisi yeni okulun bütçesini onayladı"
	b := `<div class="story">` + titleBody + `</div>`
	g := "https://www.valleygazette.example/news/local/council-budget-1234"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"BREAKING: H - Site", g, `<title>BREAKING: ` + h + ` - Valley Gazette</title>`, b, h},
		{"Breaking News: H", g, `<title>Breaking News: ` + h + `</title>`, b, h},
		{"Latest News: H | Site", g, `<title>Latest News: ` + h + ` | Valley Gazette</title>`, b, h},
		{"Latest: H", g, `<title>Latest: ` + h + `</title>`, b, h},
		{"JUST IN: H", g, `<title>JUST IN: ` + h + `</title>`, b, h},
		{"LIVE UPDATES: H", g, `<title>LIVE UPDATES: ` + h + `</title>`, b, h},
		{"Developing: H", g, `<title>Developing: ` + h + `</title>`, b, h},
		{"BREAKING | H", g, `<title>BREAKING | ` + h + `</title>`, b, h},
		{"Breaking News - H - Site", g, `<title>Breaking News - ` + h + ` - Valley Gazette</title>`, b, h},
		{"h1 BREAKING: H", g, `<title>BREAKING: ` + h + ` - Valley Gazette</title>`, `<h1>BREAKING: ` + h + `</h1>` + b, h},
		{"h1 and og:title Exclusive: H", g, `<meta property="og:title" content="Exclusive: ` + h + `"><title>Exclusive: ` + h + ` | Valley Gazette</title>`, `<h1>Exclusive: ` + h + `</h1>` + b, h},
		{"h1 BREAKING NEWS: H, Blogger", g, `<title>BREAKING NEWS: ` + h + `</title>`, `<h1 class="post-title">BREAKING NEWS: ` + h + `</h1>` + b, h},
		{"h1 label in bold, og:title", g, `<meta property="og:title" content="BREAKING: ` + h + `">`, `<h1><strong>BREAKING:</strong> ` + h + `</h1>` + b, h},
		{"German Eilmeldung:", g, `<title>Eilmeldung: ` + hde + ` | Talzeitung</title>`, b, hde},
		{"Spanish Última hora:", g, `<title>Última hora: ` + hes + ` | Diario</title>`, b, hes},
		{"Russian СРОЧНО:", g, `<title>СРОЧНО: ` + hru + `</title>`, b, hru},
		{"French Exclusif :", g, `<title>Exclusif : ` + hfr + `</title>`, b, hfr},
		{"French VIDÉO.", g, `<title>VIDÉO. ` + hfr + `</title>`, b, hfr},
		{"Portuguese Urgente:", g, `<title>Urgente: ` + hpt + `</title>`, b, hpt},
		{"Italian Ultim'ora:", g, `<title>Ultim'ora: ` + hit + `</title>`, b, hit},
		{"Turkish Son dakika:", g, `<title>Son dakika: ` + htr + `</title>`, b, htr},
		{"Arabic عاجل:", g, `<title>عاجل: ` + har + `</title>`, b, har},
		{"Chinese 快讯：", g, `<title>快讯：` + hzh + `</title>`, b, hzh},
		{"Chinese 独家：H_Site", g, `<title>独家：` + hzh + `_江城日报</title>`, b, hzh},
		{"Chinese h1 快讯：", g, `<title>快讯：` + hzh + `</title>`, `<h1>快讯：` + hzh + `</h1>` + b, hzh},
		{"Chinese 【独家】", g, `<title>【独家】` + hzh + `</title>`, b, hzh},
		{"Chinese 【组图】", g, `<title>【组图】` + hzh + `</title>`, b, hzh},
		{"Japanese 【写真】", g, `<title>【写真】` + hja + `</title>`, b, hja},
		{"Japanese 【速報】", g, `<title>【速報】` + hja + `</title>`, b, hja},
		{"no label: Breaking Bad", g, `<title>Breaking Bad: the finale explained again</title>`, b, "Breaking Bad: the finale explained again"},
		{"label before two words", g, `<title>Latest News: Council votes</title>`, b, "Latest News: Council votes"},
		{"lower-case word and a full stop", g, `<title>Video. ` + h + `</title>`, b, "Video. " + h},
	})
}

// US local papers title a story "Headline - Site, City, ST", the site's
// name and its place set apart by commas: they go as the name alone
// would. Three names in a row without a state's code are a headline's.
func TestTitleProbe33CommaPlace(t *testing.T) {
	const h = "Council approves budget for the new school"
	b := `<div class="story">` + titleBody + `</div>`
	star := "https://www.thedailystar.example/news/local/council-approves-budget/article_1234.html"
	other := "https://www.newsexample.example/news/local/council-approves-budget/article_1234.html"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"H - Site, City, ST", star, `<title>` + h + ` - The Daily Star, Oneonta, NY</title>`, b, h},
		{"H - Site, City, ST., no host", other, `<title>` + h + ` - The Evening Tribune, Hornell, N.Y.</title>`, b, h},
		{"H | Site, City ST, no host", other, `<title>` + h + ` | The Evening Tribune, Hornell NY</title>`, b, h},
		{"H | Site | City, ST", star, `<title>` + h + ` | The Daily Star | Oneonta, NY</title>`, b, h},
		{"names, no state", other, `<title>Budget vote - Smith, Jones, Brown</title>`, b, "Budget vote - Smith, Jones, Brown"},
	})
}

// A sidebar's label set as an <h1> in a column no class marks, over a
// list of other stories' links, is no headline: the plain <h2> the story
// follows is. An <h1> the story follows, or that a stated title says,
// stays the headline, whatever links (its tags, a table of contents)
// follow it.
func TestTitleProbe33ListH1(t *testing.T) {
	const h, b, g, list = probe33Head, probe33Body, probe33URL, probe33List
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"sidebar <h1> after the story", g, `<title>Valley Gazette</title>`, `<div class="col-8"><h2>` + h + `</h2>` + b + `</div><div class="col-4"><h1>Recent Posts</h1>` + list + `</div>`, h},
		{"sidebar <h1> before the story", g, `<title>Valley Gazette</title>`, `<div class="col-4"><h1>Recent Posts</h1>` + list + `</div><div class="col-8"><h2>` + h + `</h2>` + b + `</div>`, h},
		{"<h1> stated, list after it", g, `<title>Recent Posts on the new school - Valley Gazette</title>`, `<div class="col-4"><h1>Recent Posts on the new school</h1>` + list + `</div><div class="col-8"><h2>` + h + `</h2>` + b + `</div>`, "Recent Posts on the new school"},
		{"<h1> over its tags and its story", g, `<title>Valley Gazette</title>`, `<h1>` + h + `</h1><div class="tags"><a href="/t/a">Local</a> <a href="/t/b">Schools</a> <a href="/t/c">Budget</a></div>` + b, h},
	})
}

// An older template sets its post's title as a plain <h4> ("<h4>Headline
// </h4><p>…"): where no <h2> or <h3> may be the headline and the page
// states only its site's name, the <h4> its story follows is the title;
// one that labels a box of links is not.
func TestTitleProbe33PlainH4(t *testing.T) {
	const h, b, g, list = probe33Head, probe33Body, probe33URL, probe33List
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"<h4> headline", g, `<title>Valley Gazette</title>`, `<div id="content"><h4>` + h + `</h4>` + b + `</div>`, h},
		{"<h4> headline with a class", g, `<title>Valley Gazette</title>`, `<div id="content"><h4 class="post-title">` + h + `</h4>` + b + `</div>`, h},
		{"<h4> box label before the story's <h4>", g, `<title>Valley Gazette</title>`, `<div id="left"><h4>Latest stories from the valley</h4>` + list + `</div><div id="content"><h4>` + h + `</h4>` + b + `</div>`, h},
		{"<h2> headline before an <h4>", g, `<title>Valley Gazette</title>`, `<div id="content"><h2>` + h + `</h2>` + b + `<h4>What the new school will cost the town</h4>` + b + `</div>`, h},
	})
}

// A JSON-LD breadcrumb trail ends with the article as the page states it,
// its label included ("BREAKING NEWS: Headline"): that step is the
// headline, not the section, which is the step before it.
func TestTitleProbe33BadgeCrumb(t *testing.T) {
	const h = "Council approves budget for the new school"
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[` +
		`{"@type":"ListItem","position":1,"item":{"name":"Home","@id":"https://www.valleygazette.example/"}},` +
		`{"@type":"ListItem","position":2,"item":{"name":"SPORT NEWS","@id":"https://www.valleygazette.example/search/label/SPORT%20NEWS"}},` +
		`{"@type":"ListItem","position":3,"item":{"name":"BREAKING NEWS: ` + h + `","@id":"https://www.valleygazette.example/2018/08/council-budget.html"}}]}</script>`
	page := `<html><head><meta charset="utf-8"><title>BREAKING NEWS: ` + h + `</title>` + ld + `</head><body><h1 class="post-title">BREAKING NEWS: ` + h + `</h1>` + titleBody + `</body></html>`
	a, err := Extract([]byte(page), "https://www.valleygazette.example/2018/08/council-budget.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != h || a.Section != "SPORT NEWS" {
		t.Errorf("Extract(breadcrumb).Title, Section = %q, %q, want %q, %q", a.Title, a.Section, h, "SPORT NEWS")
	}
}

// Arabic, Persian, Russian, Ukrainian, Turkish, Vietnamese, Indonesian,
// Polish, Romanian and Chinese news sites write their names with a
// descriptor around them in their <title>s: a
// paper, an agency, a portal, a country, a site's word ("صحيفة الوطن
// اليومية", "Газета «Вести Долины»", "ИА «Долина»", "中国江城日报",
// "江城新闻网"). Where the page names its site without it (og:site_name,
// the logo's link home), the name with it goes as the name alone would,
// after a headline of any length.
func TestTitleProbe33NameDescriptors(t *testing.T) {
	// Headlines short beside the names, as no guess cuts a name after.
	har, hru, hzh := "الحكومة تقر الميزانية", "Совет утвердил бюджет", "江城召开经济工作会议"
	b, g := probe33Body, "https://www.alwatan.example/news/local/council-budget-1234"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"Arabic H - paper S daily", g, `<meta property="og:site_name" content="الوطن"><title>` + har + ` - صحيفة الوطن اليومية</title>`, b, har},
		{"Arabic paper S | H", g, `<meta property="og:site_name" content="الوطن"><title>صحيفة الوطن | ` + har + `</title>`, b, har},
		{"Arabic H - portal S electronic", g, `<meta property="og:site_name" content="الوطن"><title>` + har + ` - بوابة الوطن الإلكترونية</title>`, b, har},
		{"Arabic, the logo names S", g, `<title>` + har + ` - صحيفة الوطن</title>`, `<header><a href="/"><img alt="الوطن" src="/logo.png"></a></header>` + b, har},
		{"Russian H — Газета «S»", g, `<meta property="og:site_name" content="Вести Долины"><title>` + hru + ` — Газета «Вести Долины»</title>`, b, hru},
		{"Russian H - ИА «S»", g, `<meta property="og:site_name" content="Долина"><title>` + hru + ` - ИА «Долина»</title>`, b, hru},
		{"Russian, the logo names S", g, `<title>` + hru + ` - Газета Вести Долины</title>`, `<header><a href="/"><img alt="Вести Долины" src="/logo.png"></a></header>` + b, hru},
		{"Ukrainian H - Новини S", g, `<meta property="og:site_name" content="Вісті Долини"><title>Рада затвердила бюджет - Новини Вісті Долини</title>`, b, "Рада затвердила бюджет"},
		{"Chinese H_中国S", g, `<meta property="og:site_name" content="江城日报"><title>` + hzh + `_中国江城日报</title>`, b, hzh},
		{"Chinese, the logo names S, H_S新闻网", g, `<title>` + hzh + `_江城新闻网</title>`, `<header><a href="/"><img alt="江城" src="/logo.png"></a></header>` + b, hzh},
		{"Chinese S新闻网_H", g, `<meta property="og:site_name" content="江城"><title>江城新闻网_` + hzh + `</title>`, b, hzh},
		{"Vietnamese H - Báo S", g, `<meta property="og:site_name" content="Thanh Niên"><title>Hội đồng thông qua ngân sách - Báo Thanh Niên</title>`, b, "Hội đồng thông qua ngân sách"},
		{"Indonesian H - Harian S", g, `<meta property="og:site_name" content="Lembah"><title>Dewan setujui anggaran - Harian Lembah</title>`, b, "Dewan setujui anggaran"},
		{"Polish H - Gazeta S", g, `<meta property="og:site_name" content="Doliny"><title>Rada przyjęła budżet - Gazeta Doliny</title>`, b, "Rada przyjęła budżet"},
		{"Romanian H - Ziarul S", g, `<meta property="og:site_name" content="Valea"><title>Consiliul aprobă bugetul - Ziarul Valea</title>`, b, "Consiliul aprobă bugetul"},
		{"Persian H - news agency S", g, `<meta property="og:site_name" content="دره"><title>شورا بودجه را تصویب کرد - خبرگزاری دره</title>`, b, "شورا بودجه را تصویب کرد"},
		{"Turkish H - S Gazetesi", g, `<meta property="og:site_name" content="Vadi"><title>Meclis bütçeyi onayladı - Vadi Gazetesi</title>`, b, "Meclis bütçeyi onayladı"},
		{"Russian, another name", g, `<meta property="og:site_name" content="Вести Долины"><title>` + hru + ` - Газета Правда</title>`, b, hru + " - Газета Правда"},
	})
}

// A sidebar widget's label set as an <h1> of WordPress's widget class
// ("<h1 class="widget-title">About the author</h1>"), in a column no
// class marks, is no headline, whatever follows it.
func TestTitleProbe33WidgetH1(t *testing.T) {
	h, b, g := probe33Head, probe33Body, probe33URL
	about := `<p>Jane writes about the valley, its towns and its people since 1999. She lives in Springfield with her two cats.</p>`
	cats := `<ul><li><a href="/c/a">Local</a></li><li><a href="/c/b">Schools</a></li><li><a href="/c/c">Politics</a></li><li><a href="/c/d">Sport</a></li></ul>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"text widget after the story", g, `<title>Valley Gazette</title>`, `<div class="col-8"><h2>` + h + `</h2>` + b + `</div><div class="col-4"><div class="widget"><h1 class="widget-title">About the author</h1>` + about + `</div></div>`, h},
		{"text widget before the story", g, `<title>Valley Gazette</title>`, `<div class="col-4"><div class="widget"><h1 class="widget-title">About the author</h1>` + about + `</div></div><div class="col-8"><h2>` + h + `</h2>` + b + `</div>`, h},
		{"categories widget", g, `<title>Valley Gazette</title>`, `<div class="col-8"><h2>` + h + `</h2>` + b + `</div><div class="col-4"><div class="widget"><h1 class="widgettitle">Post categories</h1>` + cats + `</div></div>`, h},
	})
}

// The day's date set as a segment of its own between the headline and
// the site's name ("Headline - 16.05.2024 - Site") goes with the name;
// a headline's own year stays.
func TestTitleProbe33DateSegment(t *testing.T) {
	h, b, g := probe33Head, probe33Body, probe33URL
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"H - dd.mm.yyyy - S", g, `<title>` + h + ` - 16.05.2024 - Valley Gazette</title>`, b, h},
		{"H – Month d, yyyy – S", g, `<title>` + h + ` – May 16, 2024 – Valley Gazette</title>`, b, h},
		{"H - yyyy - S", g, `<title>Budget plans - 2024 - Valley Gazette</title>`, b, "Budget plans - 2024"},
	})
}
