package extractor

import "testing"

// probe46Body is a story's text, long enough to be the page's body.
const probe46Body = `<p>The regional council voted on Tuesday to extend the tram line to the northern suburbs, ending a decade of debate over the route and its cost to the city's budget.</p>
<p>Work on the first section is due to start next spring, and the council said the line should carry its first passengers within four years if the funding holds.</p>
<p>Opponents said the money would be better spent on buses, which could reach more of the outlying villages for a fraction of the price of the rails.</p>`

// probe46Sidebar is a "most read" list set before the story in the source.
const probe46Sidebar = `<div class="sidebar most-read"><h3>Most read</h3><ul>
<li><h4><a href="/news/1">Storm closes the coastal road overnight</a></h4></li>
<li><h4><a href="/news/2">Mayor names a new police chief</a></h4></li>
<li><h4><a href="/news/3">Bakery wins the national bread prize</a></h4></li></ul></div>`

type titleProbe46 struct {
	name, url, head, body, want string
}

func runTitleProbes46(t *testing.T, cases []titleProbe46) {
	t.Helper()
	for _, tc := range cases {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// Older CMSs state no og:title and no JSON-LD; the headline is in the
// page's own heading, or only in a <title> that wraps it in the site's
// name, a section and decorations in any position.
func TestTitleProbe46OldCMS(t *testing.T) {
	runTitleProbes46(t, []titleProbe46{
		{"site name before a colon", "https://en.trend.example/business/3125541.html",
			`<title>Trend News : Azerbaijan raises gas exports to Europe</title>`,
			`<div id="logo"><a href="/">Trend</a></div><div class="news"><p class="date">12 March 2019</p>` + probe46Body + `</div>`,
			"Azerbaijan raises gas exports to Europe"},
		{"section and site after dashes", "https://www1.cbn.example/cbnnews/world/2019/march/churches-rebuild-after-cyclone",
			`<title>Churches rebuild after the cyclone - World - CBN News</title>`,
			`<div class="header"><a href="/"><img alt="CBN News" src="/logo.png"></a></div><div class="article"><h1 class="article-title">Churches rebuild after the cyclone</h1>` + probe46Body + `</div>`,
			"Churches rebuild after the cyclone"},
		{"section and site, no heading", "https://www1.cbn.example/cbnnews/world/2019/march/churches-rebuild-after-cyclone",
			`<title>Churches rebuild after the cyclone - World - CBN News</title>`,
			`<div class="header"><a href="/"><img alt="CBN News" src="/logo.png"></a></div><div class="article">` + probe46Body + `</div>`,
			"Churches rebuild after the cyclone"},
		{"from the paper, in brackets", "https://www.theboltonnews.example/news/17512345.council-votes-tram-line/",
			`<title>Council votes for the tram line (from The Bolton News)</title>`,
			`<div class="masthead"><a href="/">The Bolton News</a></div><div class="story">` + probe46Body + `</div>`,
			"Council votes for the tram line"},
		{"underscore and language", "http://english.portal.example/n/2019/0312/c90000-9555555.html",
			`<title>China to cut tariffs on farm imports_English</title>`,
			`<div class="w1000"><div class="text_title"><h1>China to cut tariffs on farm imports</h1></div><div class="box_con">` + probe46Body + `</div></div>`,
			"China to cut tariffs on farm imports"},
		{"underscore and language, no heading", "http://english.portal.example/n/2019/0312/c90000-9555555.html",
			`<title>China to cut tariffs on farm imports_English</title>`,
			`<div class="w1000"><div class="box_con">` + probe46Body + `</div></div>`,
			"China to cut tariffs on farm imports"},
		{"lenticular brackets", "https://www.jp.example/news/20190312/k10011845711000.html",
			`<title>【速報】東京株式市場 日経平均株価が大幅に値上がり | NHKニュース</title>`,
			`<header><a href="/" class="logo">NHKニュース</a></header><section class="module--detail"><h1 class="title">東京株式市場 日経平均株価が大幅に値上がり</h1><div class="body"><p>東京株式市場は、アメリカの株価上昇を受けて、朝から買い注文が広がり、日経平均株価は大幅に値上がりしています。市場関係者は、企業業績への期待が高まっていると話しています。</p><p>円相場は、1ドル＝111円台前半で取り引きされています。外国為替市場では、円を売ってドルを買う動きが出ています。</p></div></section>`,
			"東京株式市場 日経平均株価が大幅に値上がり"},
		{"page number after a bar", "https://www.blog.example/2018/05/ten-tips-for-tomatoes/2/",
			`<title>Ten tips for growing tomatoes | Page 2 | Green Thumb Blog</title>`,
			`<div id="header"><h1 class="site-title"><a href="/">Green Thumb Blog</a></h1></div><div class="post"><h2 class="post-title">Ten tips for growing tomatoes</h2>` + probe46Body + `</div>`,
			"Ten tips for growing tomatoes"},
		{"page number, no heading", "https://www.blog.example/2018/05/ten-tips-for-tomatoes/2/",
			`<title>Ten tips for growing tomatoes | Page 2 | Green Thumb Blog</title>`,
			`<div class="post">` + probe46Body + `</div>`,
			"Ten tips for growing tomatoes"},
		{"site and category after en dashes", "https://www.harbourherald.example/local/tram-line-vote/",
			`<title>Council votes for the tram line – Harbour Herald – Local</title>`,
			`<div class="post">` + probe46Body + `</div>`,
			"Council votes for the tram line"},
		{"Chinese channel and portal", "https://news.portal.example/c/2019-03-12/doc-ihsxncvh1234567.shtml",
			`<title>国务院常务会议部署减税降费措施_新闻频道_新浪网</title>`,
			`<div class="top-bar"><a href="/">新浪网</a></div><div class="main-content"><h1 class="main-title">国务院常务会议部署减税降费措施</h1><div class="article"><p>国务院总理主持召开国务院常务会议，部署落实减税降费措施，确保企业和个人的税负明显降低，会议要求各地区各部门抓紧推进。</p><p>会议指出，实施更大规模减税降费，是应对经济下行压力的重要举措，要确保主要行业税负明显降低，建筑业和交通运输业等税负有所降低。</p></div></div>`,
			"国务院常务会议部署减税降费措施"},
		{"Chinese channel and portal, no heading", "https://news.portal.example/c/2019-03-12/doc-ihsxncvh1234567.shtml",
			`<title>国务院常务会议部署减税降费措施_新闻频道_新浪网</title>`,
			`<div class="main-content"><div class="article"><p>国务院总理主持召开国务院常务会议，部署落实减税降费措施，确保企业和个人的税负明显降低，会议要求各地区各部门抓紧推进。</p><p>会议指出，实施更大规模减税降费，是应对经济下行压力的重要举措，要确保主要行业税负明显降低，建筑业和交通运输业等税负有所降低。</p></div></div>`,
			"国务院常务会议部署减税降费措施"},
		{"Japanese paper after a full-width bar", "https://www.chugoku-np.example/news/article.php?comment_id=512345",
			`<title>広島市、路面電車の新路線を決定｜中国新聞</title>`,
			`<div class="article"><p>広島市は十二日、路面電車の新しい路線を決定したと発表した。市中心部と郊外を結ぶ計画で、二〇二五年の開業を目指す。</p><p>市によると、総事業費はおよそ二百億円で、国の補助金を活用する方針だという。沿線の住民からは期待の声が上がっている。</p></div>`,
			"広島市、路面電車の新路線を決定"},
		{"Russian agency after an em dash", "https://ria.example/20190312/1551234567.html",
			`<title>Госдума приняла закон о цифровых правах — РИА Новости, 12.03.2019</title>`,
			`<div class="article"><div class="article__title">Госдума приняла закон о цифровых правах</div><div class="article__text"><p>Государственная дума приняла в третьем чтении закон о цифровых правах, который вводит в гражданский оборот новые объекты и регулирует сделки с ними.</p><p>Закон вступит в силу с первого октября, сообщили в пресс-службе нижней палаты парламента, отметив, что документ готовился больше года.</p></div></div>`,
			"Госдума приняла закон о цифровых правах"},
		{"Russian agency, no heading", "https://ria.example/20190312/1551234567.html",
			`<title>Госдума приняла закон о цифровых правах - РИА Новости, 12.03.2019</title>`,
			`<div class="article"><div class="article__text"><p>Государственная дума приняла в третьем чтении закон о цифровых правах, который вводит в гражданский оборот новые объекты и регулирует сделки с ними.</p><p>Закон вступит в силу с первого октября, сообщили в пресс-службе нижней палаты парламента, отметив, что документ готовился больше года.</p></div></div>`,
			"Госдума приняла закон о цифровых правах"},
		{"bold headline in a table layout", "http://www.townpaper.example/news.php?id=4411",
			`<title>The Town Paper - News - Council votes for the tram line</title>`,
			`<table><tr><td class="logo">The Town Paper</td></tr><tr><td class="content"><font size="4"><b>Council votes for the tram line</b></font><br>` + probe46Body + `</td></tr></table>`,
			"Council votes for the tram line"},
	})
}

// A page whose og:title is an SEO variant, or carries a label, a kicker
// or a series name, while the <h1> shows the headline.
func TestTitleProbe46StatedVariants(t *testing.T) {
	runTitleProbes46(t, []titleProbe46{
		{"opinion label", "https://www.paper.example/opinion/2019/03/12/tram-line/",
			`<title>Opinion | The tram line is a bet worth making - The Paper</title><meta property="og:title" content="Opinion | The tram line is a bet worth making">`,
			`<article><p class="kicker"><a href="/opinion/">Opinion</a></p><h1 class="headline">The tram line is a bet worth making</h1><p class="byline">By Ann Smith</p>` + probe46Body + `</article>`,
			"The tram line is a bet worth making"},
		{"watch label", "https://www.station.example/news/tram-line-vote-video",
			`<title>WATCH: Council votes for the tram line | Station 7</title><meta property="og:title" content="WATCH: Council votes for the tram line">`,
			`<article><h1>Council votes for the tram line</h1><div class="video"></div>` + probe46Body + `</article>`,
			"Council votes for the tram line"},
		{"exclusive label", "https://www.tabloid.example/news/tram-boss-quits-12345",
			`<title>EXCLUSIVE: Tram boss quits after the vote | The Tabloid</title><meta property="og:title" content="EXCLUSIVE: Tram boss quits after the vote">`,
			`<article><span class="flag">Exclusive</span><h1>Tram boss quits after the vote</h1>` + probe46Body + `</article>`,
			"Tram boss quits after the vote"},
		{"series name before the headline", "https://www.paper.example/series/city-hall-diary/tram-line/",
			`<title>City Hall Diary: The night the trams won | The Paper</title><meta property="og:title" content="City Hall Diary: The night the trams won">`,
			`<article><p class="series"><a href="/series/city-hall-diary/">City Hall Diary</a></p><h1>The night the trams won</h1>` + probe46Body + `</article>`,
			"The night the trams won"},
		{"og:title is the site's name", "https://www.localnews.example/2019/03/tram-line-vote.html",
			`<title>Council votes for the tram line - Local News</title><meta property="og:title" content="Local News">`,
			`<div class="post"><h3 class="post-title entry-title">Council votes for the tram line</h3>` + probe46Body + `</div>`,
			"Council votes for the tram line"},
		{"og:title is the section's name", "https://www.localnews.example/sport/2019/03/derby-result",
			`<title>United win the derby at last - Sport - Local News</title><meta property="og:title" content="Sport">`,
			`<div class="story"><h1>United win the derby at last</h1>` + probe46Body + `</div>`,
			"United win the derby at last"},
	})
}

// The <h1> is the logo or the site's name, or sidebars head lists before
// the story; the headline is a lower heading.
func TestTitleProbe46HeadingPlaces(t *testing.T) {
	runTitleProbes46(t, []titleProbe46{
		{"h1 logo, h2 headline", "https://www.valleyvoice.example/2019/03/12/tram-line-vote/",
			`<title>Valley Voice</title>`,
			`<header><h1 class="logo"><a href="/">Valley Voice</a></h1></header><main><article><h2 class="entry-title">Council votes for the tram line</h2><p class="meta">March 12, 2019</p>` + probe46Body + `</article></main>`,
			"Council votes for the tram line"},
		{"h1 logo, h2 headline, title with site", "https://www.valleyvoice.example/2019/03/12/tram-line-vote/",
			`<title>Valley Voice » Council votes for the tram line</title>`,
			`<header><h1 class="logo"><a href="/">Valley Voice</a></h1></header><main><article><h2 class="entry-title">Council votes for the tram line</h2><p class="meta">March 12, 2019</p>` + probe46Body + `</article></main>`,
			"Council votes for the tram line"},
		{"most read before the story", "https://www.herald.example/news/tram-line-vote-1.234567",
			`<title>Council votes for the tram line | The Herald</title>`,
			probe46Sidebar + `<div class="story"><h2 class="story-headline">Council votes for the tram line</h2>` + probe46Body + `</div>`,
			"Council votes for the tram line"},
		{"most read before the story, generic title", "https://www.herald.example/news/tram-line-vote-1.234567",
			`<title>The Herald - News</title>`,
			probe46Sidebar + `<div class="story"><h2 class="story-headline">Council votes for the tram line</h2>` + probe46Body + `</div>`,
			"Council votes for the tram line"},
		{"section heading h1, headline h2", "https://www.herald.example/sport/derby-result-1.234568",
			`<title>United win the derby at last - The Herald</title>`,
			`<div class="section-head"><h1>Sport</h1></div><div class="story"><h2>United win the derby at last</h2>` + probe46Body + `</div>`,
			"United win the derby at last"},
	})
}

// Live blogs and pages in several languages.
func TestTitleProbe46LiveAndLanguages(t *testing.T) {
	runTitleProbes46(t, []titleProbe46{
		{"live blog", "https://www.paper.example/world/live/2019/mar/12/brexit-vote-live",
			`<title>Brexit vote: MPs reject the deal again – live | World news | The Paper</title><meta property="og:title" content="Brexit vote: MPs reject the deal again – live">`,
			`<article><h1>Brexit vote: MPs reject the deal again – live</h1><div class="live-blog"><div class="block"><p class="time">16:05</p><h2>Speaker calls the vote</h2>` + probe46Body + `</div><div class="block"><p class="time">15:40</p><h2>Prime minister speaks</h2>` + probe46Body + `</div></div></article>`,
			"Brexit vote: MPs reject the deal again – live"},
		{"live blog, label in the title", "https://www.broadcaster.example/news/live/world-12345",
			`<title>LIVE: Brexit vote – MPs reject the deal again - Broadcaster News</title>`,
			`<article><span class="live-badge">Live</span><h1>Brexit vote – MPs reject the deal again</h1><div class="live-blog"><div class="post"><h3>Speaker calls the vote</h3>` + probe46Body + `</div></div></article>`,
			"Brexit vote – MPs reject the deal again"},
		{"Spanish", "https://www.diario.example/politica/2019/03/12/tranvia.html",
			`<title>El ayuntamiento aprueba la línea del tranvía | Política | Diario del Puerto</title>`,
			`<div class="noticia"><h1>El ayuntamiento aprueba la línea del tranvía</h1>` + probe46Body + `</div>`,
			"El ayuntamiento aprueba la línea del tranvía"},
		{"German with an SEO og:title", "https://www.zeitung.example/lokales/strassenbahn-12345.html",
			`<title>Straßenbahn: Stadtrat beschließt neue Linie | Stadtzeitung</title><meta property="og:title" content="Straßenbahn: Stadtrat beschließt neue Linie">`,
			`<article><p class="dachzeile">Straßenbahn</p><h1>Stadtrat beschließt neue Linie nach zehn Jahren Streit</h1>` + probe46Body + `</article>`,
			"Stadtrat beschließt neue Linie nach zehn Jahren Streit"},
		{"French site first", "https://www.journal.example/politique/article/2019/03/12/tramway_123.html",
			`<title>Le Journal - Politique - Le conseil vote la ligne de tramway</title>`,
			`<div class="article">` + probe46Body + `</div>`,
			"Le conseil vote la ligne de tramway"},
		{"Portuguese with the site in brackets", "https://www.jornal.example/cidade/bonde-12345",
			`<title>Câmara aprova nova linha do bonde [Jornal da Cidade]</title>`,
			`<div class="materia"><h1>Câmara aprova nova linha do bonde</h1>` + probe46Body + `</div>`,
			"Câmara aprova nova linha do bonde"},
	})
}

// More of the <title> wrappings older templates use, with no heading
// that shows the headline.
func TestTitleProbe46TitleWrappings(t *testing.T) {
	plain := `<div class="article">` + probe46Body + `</div>`
	zhBody := `<div class="article"><p>国务院总理主持召开国务院常务会议，部署落实减税降费措施，确保企业和个人的税负明显降低，会议要求各地区各部门抓紧推进。</p><p>会议指出，实施更大规模减税降费，是应对经济下行压力的重要举措，要确保主要行业税负明显降低，建筑业和交通运输业等税负有所降低。</p></div>`
	jaBody := `<div class="article"><p>広島市は十二日、路面電車の新しい路線を決定したと発表した。市中心部と郊外を結ぶ計画で、二〇二五年の開業を目指す。</p><p>市によると、総事業費はおよそ二百億円で、国の補助金を活用する方針だという。沿線の住民からは期待の声が上がっている。</p></div>`
	const en = "Council votes for the tram line"
	const zh = "国务院常务会议部署减税降费措施"
	const ja = "広島市、路面電車の新路線を決定"
	runTitleProbes46(t, []titleProbe46{
		{"double colons", "https://www.valleyvoice.example/news/tram-line-vote", `<title>` + en + ` :: Valley Voice</title>`, plain, en},
		{"site and section first, double colons", "https://www.valleyvoice.example/news/tram-line-vote", `<title>Valley Voice :: News :: ` + en + `</title>`, plain, en},
		{"guillemet", "https://www.valleyvoice.example/2019/03/tram-line-vote/", `<title>` + en + ` « Valley Voice</title>`, plain, en},
		{"slash", "https://www.valleyvoice.example/2019/03/tram-line-vote/", `<title>` + en + ` / Valley Voice</title>`, plain, en},
		{"crumbs first", "https://www.valleyvoice.example/news/local/tram-line-vote", `<title>Valley Voice &gt; News &gt; Local &gt; ` + en + `</title>`, plain, en},
		{"date first", "https://www.valleyvoice.example/news/tram-line-vote", `<title>12.03.2019 - ` + en + ` - Valley Voice</title>`, plain, en},
		{"section label first in capitals", "https://www.valleyvoice.example/news/tram-line-vote", `<title>NEWS | ` + en + ` | Valley Voice</title>`, plain, en},
		{"page of pages", "https://www.valleyvoice.example/news/tram-line-vote?page=2", `<title>` + en + ` (Page 2 of 3) - Valley Voice</title>`, plain, en},
		{"German page", "https://www.zeitung.example/lokales/tram-line-vote-2", `<title>` + en + ` - Seite 2 - Stadtzeitung</title>`, plain, en},
		{"Chinese agency after a hyphen", "http://www.xinhua.example/politics/2019-03/12/c_1124223456.htm", `<title>` + zh + `-新华网</title>`, zhBody, zh},
		{"Chinese section and portal after double hyphens", "http://politics.people.example/n1/2019/0312/c1001-30971234.html", `<title>` + zh + `--时政--人民网</title>`, zhBody, zh},
		{"Chinese bar", "https://www.jiemian.example/article/2981234.html", `<title>` + zh + `|界面新闻</title>`, zhBody, zh},
		{"Chinese channel and portal, two underscores", "https://news.ifeng.example/c/7kl1234abcd", `<title>` + zh + `_凤凰网资讯_凤凰网</title>`, zhBody, zh},
		// rePageMark: "（1/2ページ）", the page's number as Japanese
		// papers write it, goes with the paper's name.
		{"Japanese page and paper", "https://www.sankei.example/affairs/news/190312/afr1903120001-n1.html", `<title>` + ja + `（1/2ページ） - 産経ニュース</title>`, jaBody, ja},
		{"Japanese full-width colon", "https://www.nikkei.example/article/DGXMZO42345678S9A310C1000000/", `<title>` + ja + `：日本経済新聞</title>`, jaBody, ja},
		{"Japanese section and paper", "https://www.asahi.example/articles/ASM3C3ABCM3CPITB001.html", `<title>` + ja + `：朝日新聞デジタル</title>`, jaBody, ja},
		{"Korean paper", "https://www.hankyung.example/article/201903121234i", `<title>서울시, 새 경전철 노선 확정 | 한국경제</title>`, `<div class="article"><p>서울시는 12일 도심과 외곽을 잇는 새 경전철 노선을 확정했다고 밝혔다. 시는 2025년 개통을 목표로 공사를 시작할 계획이다.</p><p>총 사업비는 약 2조원으로, 국비와 시비를 함께 투입할 예정이라고 시 관계자는 설명했다.</p></div>`, "서울시, 새 경전철 노선 확정"},
		{"Russian section and paper", "https://iz.example/855123/2019-03-12/gosduma-prinyala-zakon", `<title>Госдума приняла закон о цифровых правах | Политика | Известия</title>`, `<div class="article"><p>Государственная дума приняла в третьем чтении закон о цифровых правах, который вводит в гражданский оборот новые объекты и регулирует сделки с ними.</p><p>Закон вступит в силу с первого октября, сообщили в пресс-службе нижней палаты парламента, отметив, что документ готовился больше года.</p></div>`, "Госдума приняла закон о цифровых правах"},
		{"Arabic site after a bar", "https://www.aljazeera.example/news/2019/3/12/tram", `<title>البرلمان يقر قانون الحقوق الرقمية | الجزيرة نت</title>`, `<div class="article"><p>أقر البرلمان في قراءة ثالثة قانون الحقوق الرقمية الذي يدخل أشياء جديدة في التداول المدني وينظم المعاملات التي تتم بها في البلاد.</p><p>وقال المكتب الصحفي للبرلمان إن القانون سيدخل حيز التنفيذ في الأول من أكتوبر بعد أكثر من عام من الإعداد والنقاش.</p></div>`, "البرلمان يقر قانون الحقوق الرقمية"},
	})
}

// Kickers and labels set inside the <h1> in elements of their own.
func TestTitleProbe46HeadingKickers(t *testing.T) {
	runTitleProbes46(t, []titleProbe46{
		{"kicker span inside the h1, title agrees without it", "https://www.station.example/news/tram-line-vote-video",
			`<title>Council votes for the tram line | Station 7</title>`,
			`<article><h1><span class="label">Watch</span> Council votes for the tram line</h1>` + probe46Body + `</article>`,
			"Council votes for the tram line"},
		{"kicker and headline on two lines of the h1", "https://www.zeitung.example/lokales/strassenbahn-12345.html",
			`<title>Stadtrat beschließt neue Linie | Stadtzeitung</title>`,
			`<article><h1><span class="dachzeile">Straßenbahn</span><br><span class="titel">Stadtrat beschließt neue Linie</span></h1>` + probe46Body + `</article>`,
			"Stadtrat beschließt neue Linie"},
		// relate: an <h1> classed as the logo that says what the
		// <title> says is the masthead, story after it or not; the
		// <title> then states nothing a heading must agree with.
		{"headline in a div, site's name in the h1", "https://www.smallpaper.example/article.asp?id=4411",
			`<title>Small Paper Online</title>`,
			`<h1 id="logo">Small Paper Online</h1><div id="main"><div class="headline">Council votes for the tram line</div><div class="byline">By Ann Smith</div>` + probe46Body + `</div>`,
			"Council votes for the tram line"},
	})
}

// Templates of the CMSs small papers and blogs run, and the tails and
// heads their <title>s carry.
func TestTitleProbe46Templates(t *testing.T) {
	const en = "Council votes for the tram line"
	runTitleProbes46(t, []titleProbe46{
		{"Blogger's old template", "https://valleyvoice.blogspot.example/2019/03/council-votes-for-tram-line.html",
			`<title>Valley Voice: ` + en + `</title>`,
			`<div id="header"><h1 class="title"><a href="https://valleyvoice.blogspot.example/">Valley Voice</a></h1><p class="description">News from up the valley</p></div><div class="sidebar"><h2>Blog Archive</h2><ul><li><a href="/2019/">2019</a></li></ul></div><div class="post"><h2 class="date-header">Tuesday, March 12, 2019</h2><h3 class="post-title entry-title"><a href="https://valleyvoice.blogspot.example/2019/03/council-votes-for-tram-line.html">` + en + `</a></h3>` + probe46Body + `</div>`,
			en},
		{"Joomla content heading after a module", "https://www.townpaper.example/index.php?option=com_content&view=article&id=4411&Itemid=52",
			`<title>` + en + ` - Town Paper</title>`,
			`<div class="moduletable"><h3>Latest News</h3><ul class="latestnews"><li><a href="/index.php?id=4410">Storm closes the coastal road overnight</a></li><li><a href="/index.php?id=4409">Mayor names a new police chief</a></li></ul></div><div class="item-page"><h2 class="contentheading">` + en + `</h2>` + probe46Body + `</div>`,
			en},
		{"Drupal page title", "https://www.townpaper.example/node/4411",
			`<title>` + en + ` | Town Paper</title>`,
			`<div id="branding"><a href="/" id="logo"><img src="/logo.png" alt="Home"></a></div><h1 class="page-title" id="page-title">` + en + `</h1><div class="field-item">` + probe46Body + `</div>`,
			en},
		{"two h1s, the logo's first", "https://www.townpaper.example/news/tram-line-vote",
			`<title>` + en + ` | Town Paper</title>`,
			`<header><h1 class="site-logo"><a href="/"><img src="/logo.png" alt="Town Paper"></a></h1></header><article><h1>` + en + `</h1>` + probe46Body + `</article>`,
			en},
		{"a tagline after the site's name", "https://www.townpaper.example/news/tram-line-vote",
			`<title>` + en + ` - Town Paper - Latest news, sport and weather</title>`,
			`<div class="story">` + probe46Body + `</div>`,
			en},
		{"the host as the site's name", "https://www.valleyvoice.example/news/tram-line-vote",
			`<title>` + en + ` - valleyvoice.example</title>`,
			`<div class="story">` + probe46Body + `</div>`,
			en},
		{"a date after the headline", "https://www.valleyvoice.example/news/tram-line-vote",
			`<title>` + en + ` - 12 March 2019 - Valley Voice</title>`,
			`<div class="story">` + probe46Body + `</div>`,
			en},
		{"photos label in og:title", "https://www.station.example/news/tram-line-vote-photos",
			`<title>PHOTOS: ` + en + ` | Station 7</title><meta property="og:title" content="PHOTOS: ` + en + `">`,
			`<article><h1>` + en + `</h1><div class="gallery"></div>` + probe46Body + `</article>`,
			en},
		{"og:title with the site's name kept", "https://www.station.example/news/tram-line-vote",
			`<meta property="og:title" content="` + en + ` - Station 7"><meta property="og:site_name" content="Station 7">`,
			`<article><h1>` + en + `</h1>` + probe46Body + `</article>`,
			en},
		{"og:title cut short", "https://www.station.example/news/tram-line-vote",
			`<meta property="og:title" content="Council votes for the tram…">`,
			`<article><h1>` + en + `</h1>` + probe46Body + `</article>`,
			en},
		{"headline in a table cell", "http://www.diario.example/noticia.php?id=4411",
			`<title>Diario del Puerto</title>`,
			`<table width="760"><tr><td><a href="/"><img src="/logo.gif" alt="Diario del Puerto"></a></td></tr><tr><td class="titulo">El ayuntamiento aprueba la línea del tranvía</td></tr><tr><td class="texto">` + probe46Body + `</td></tr></table>`,
			"El ayuntamiento aprueba la línea del tranvía"},
		{"Vietnamese paper", "https://vnexpress.example/thoi-su/ha-noi-duyet-tuyen-tau-dien-3891234.html",
			`<title>Hà Nội duyệt tuyến tàu điện mới - VnExpress</title>`,
			`<div class="sidebar"><h3>Xem nhiều</h3><ul><li><a href="/a">Bão làm sập cầu</a></li></ul></div><h1 class="title-detail">Hà Nội duyệt tuyến tàu điện mới</h1>` + probe46Body,
			"Hà Nội duyệt tuyến tàu điện mới"},
		{"Polish section and portal", "https://wiadomosci.onet.example/kraj/rada-miasta-tramwaj/abc123",
			`<title>Rada miasta zatwierdza nową linię tramwajową - Wiadomości - Onet</title>`,
			`<div class="story">` + probe46Body + `</div>`,
			"Rada miasta zatwierdza nową linię tramwajową"},
		{"Italian section and site", "https://www.ilgiornale.example/cronaca/tram-1234.html",
			`<title>Il consiglio approva la linea del tram | Cronaca | ilGiornale.it</title>`,
			`<div class="story">` + probe46Body + `</div>`,
			"Il consiglio approva la linea del tram"},
		{"Indonesian whole-story page", "https://regional.kompas.example/read/2019/03/12/1234/dewan-setujui-trem",
			`<title>Dewan Kota Setujui Jalur Trem Baru Halaman all - Kompas.com</title>`,
			`<div class="read__content">` + probe46Body + `</div>`,
			"Dewan Kota Setujui Jalur Trem Baru"},
		{"Turkish breaking-news tail", "https://www.haber.example/gundem/meclis-tramvay-hattini-onayladi-12345",
			`<title>Meclis yeni tramvay hattını onayladı - Son Dakika Haberleri</title>`,
			`<div class="news"><h1>Meclis yeni tramvay hattını onayladı</h1>` + probe46Body + `</div>`,
			"Meclis yeni tramvay hattını onayladı"},
	})
}

// Pages in several languages, and live blogs whose entries head
// themselves with headings of the same rank as the headline.
func TestTitleProbe46MoreLayouts(t *testing.T) {
	runTitleProbes46(t, []titleProbe46{
		{"language switcher before the headline", "https://www.city.example/de/news/strassenbahn",
			`<title>Stadtrat beschließt neue Straßenbahnlinie - Stadt Beispiel</title><link rel="alternate" hreflang="en" href="https://www.city.example/en/news/tram"><link rel="alternate" hreflang="fr" href="https://www.city.example/fr/news/tram">`,
			`<div class="lang"><ul><li><a href="/en/news/tram">English</a></li><li><a href="/fr/news/tram">Français</a></li></ul></div><main><h1>Stadtrat beschließt neue Straßenbahnlinie</h1>` + probe46Body + `</main>`,
			"Stadtrat beschließt neue Straßenbahnlinie"},
		{"bilingual headline over a bilingual story", "https://www.bilingual.example/news/2019/03/tram",
			`<title>Council votes for the tram line / Le conseil vote la ligne de tramway - Bilingual Times</title>`,
			`<article><h1>Council votes for the tram line / Le conseil vote la ligne de tramway</h1>` + probe46Body + `</article>`,
			"Council votes for the tram line / Le conseil vote la ligne de tramway"},
		{"live entries as h1s after the headline", "https://www.broadcaster.example/news/live/tram-vote",
			`<title>Tram vote live: council decides on the northern line - Broadcaster</title>`,
			`<main><h1 class="live-title">Tram vote live: council decides on the northern line</h1><div class="liveblog"><article class="entry"><h1>Vote passes by 31 to 20</h1>` + probe46Body + `</article><article class="entry"><h1>Debate opens in the chamber</h1>` + probe46Body + `</article></div></main>`,
			"Tram vote live: council decides on the northern line"},
		{"most read h1 before the story in a sidebar", "https://www.herald.example/news/tram-line-vote-1.234567",
			`<title>Council votes for the tram line - The Herald</title>`,
			`<div class="col-left"><h1 class="block-title">Most read</h1><ul><li><a href="/news/1">Storm closes the coastal road overnight</a></li><li><a href="/news/2">Mayor names a new police chief</a></li></ul></div><div class="col-main"><h1>Council votes for the tram line</h1>` + probe46Body + `</div>`,
			"Council votes for the tram line"},
		// relate: the <h1> says the channel the <title> names between
		// the headline and the portal's name: a section's heading.
		{"Chinese h1 is the channel's name", "https://news.portal.example/c/2019-03-12/doc-ihsxncvh1234567.shtml",
			`<title>国务院常务会议部署减税降费措施_新闻中心_某某网</title>`,
			`<div class="channel"><h1>新闻中心</h1></div><div class="article"><h2>国务院常务会议部署减税降费措施</h2><p>国务院总理主持召开国务院常务会议，部署落实减税降费措施，确保企业和个人的税负明显降低，会议要求各地区各部门抓紧推进。</p><p>会议指出，实施更大规模减税降费，是应对经济下行压力的重要举措，要确保主要行业税负明显降低，建筑业和交通运输业等税负有所降低。</p></div>`,
			"国务院常务会议部署减税降费措施"},
	})
}

// Labels, sections and badges a <title> sets around the headline that no
// heading shows.
func TestTitleProbe46TitleLabels(t *testing.T) {
	plain := `<div class="article">` + probe46Body + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"opinion in title only", "https://www.paper.example/opinion/2019/03/12/tram-line/", `<title>Opinion | The tram line is a bet worth making - The Paper</title>`, plain, "The tram line is a bet worth making"},
		{"exclusive in title only, h1 without", "https://www.tabloid.example/news/tram-boss-quits-12345", `<title>EXCLUSIVE: Tram boss quits after the vote | The Tabloid</title>`, `<article><h1>Tram boss quits after the vote</h1>` + probe46Body + `</article>`, "Tram boss quits after the vote"},
		{"video label in title only", "https://www.station.example/news/tram-line-vote-video", `<title>VIDEO: Council votes for the tram line - Station 7</title>`, plain, "Council votes for the tram line"},
		// cutBadgeLabel: a CJK site's name in lenticular brackets
		// (bracketedSite).
		{"Chinese 【】 site label", "https://news.portal.example/c/2019-03-12/doc-1.shtml", `<title>【某某网】国务院常务会议部署减税降费措施</title>`, `<div class="article"><p>国务院总理主持召开国务院常务会议，部署落实减税降费措施，确保企业和个人的税负明显降低，会议要求各地区各部门抓紧推进。</p><p>会议指出，实施更大规模减税降费，是应对经济下行压力的重要举措，要确保主要行业税负明显降低，建筑业和交通运输业等税负有所降低。</p></div>`, "国务院常务会议部署减税降费措施"},
		{"RIA with a hyphen and no date", "https://ria.example/20190312/1551234567.html", `<title>Госдума приняла закон о цифровых правах - РИА Новости</title>`, `<div class="article"><div class="article__text"><p>Государственная дума приняла в третьем чтении закон о цифровых правах, который вводит в гражданский оборот новые объекты и регулирует сделки с ними.</p><p>Закон вступит в силу с первого октября, сообщили в пресс-службе нижней палаты парламента.</p></div></div>`, "Госдума приняла закон о цифровых правах"},
		// sectionBeside: a Latin colon sets off a Japanese headline's
		// sections as an underscore does.
		{"Japanese section and paper, spaced colons", "https://www.yomiuri.example/politics/20190312-OYT1T50123/", `<title>広島市、路面電車の新路線を決定 : 政治 : ニュース : 読売新聞オンライン</title>`, `<div class="article"><p>広島市は十二日、路面電車の新しい路線を決定したと発表した。市中心部と郊外を結ぶ計画で、二〇二五年の開業を目指す。</p><p>市によると、総事業費はおよそ二百億円で、国の補助金を活用する方針だという。</p></div>`, "広島市、路面電車の新路線を決定"},
		{"Korean section bracket", "https://www.news.example/article/201903121234", `<title>[단독] 서울시, 새 경전철 노선 확정 - 머니투데이</title>`, `<div class="article"><p>서울시는 12일 도심과 외곽을 잇는 새 경전철 노선을 확정했다고 밝혔다. 시는 2025년 개통을 목표로 공사를 시작할 계획이다.</p><p>총 사업비는 약 2조원으로, 국비와 시비를 함께 투입할 예정이라고 시 관계자는 설명했다.</p></div>`, "서울시, 새 경전철 노선 확정"},
		{"sidebar h2 most read before h2 headline, title generic", "https://www.herald.example/news/tram-line-vote-1.234567", `<title>News | The Herald</title>`, `<div class="widget"><h2>Most read</h2><ol><li><a href="/a">Storm closes the coastal road overnight</a></li></ol></div><div class="content"><h2>Council votes for the tram line</h2><p class="date">12 March 2019</p>` + probe46Body + `</div>`, "Council votes for the tram line"},
		// cutSections: the section the folder spells, set off by a
		// hyphen, once the site's name is cut from the end.
		{"Spanish portal with section first", "https://www.diario.example/politica/2019/03/12/tranvia.html", `<title>Política - El ayuntamiento aprueba la línea del tranvía | Diario del Puerto</title>`, plain, "El ayuntamiento aprueba la línea del tranvía"},
	})
}
