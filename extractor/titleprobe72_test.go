package extractor

import "testing"

// probe72TitleBody is a story's text, long enough to be the page's body.
const probe72TitleBody = `<p>The regional water board said on Tuesday it would spend four hundred million on new treatment plants over the next decade, the largest investment in the network since the reservoirs were built after the war.</p>
<p>The first plant is due to open in the north of the county in two years, and the board said bills would rise by no more than inflation while the work goes on, a promise consumer groups said they would hold it to.</p>
<p>Farmers' representatives welcomed the plan but asked for the drainage channels along the river to be cleared first, which the board said it would look at once the plans for the plants are drawn up.</p>`

const probe72TitleNav = `<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="Site"></a><nav><ul><li><a href="/news/">News</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>`

// A kicker inside the heading, or just before it, is no part of the title.
func TestTitleProbe72Kickers(t *testing.T) {
	const h = "Water board to invest $400 million in new plants"
	runTitleProbes46(t, []titleProbe46{
		{"surtitre in h1, title with dot", "https://www.lejournal.example/editorial/2024/03/12/l-eau-un-bien-commun_123.html",
			`<title>Éditorial. L'eau, un bien commun - Le Journal</title>`,
			probe72TitleNav + `<article><h1><span class="kicker">Éditorial</span> L'eau, un bien commun</h1>` + probe72TitleBody + `</article>`,
			"L'eau, un bien commun"},
		{"eyebrow in h1", "https://www.paper.example/news/2024/03/12/water-board",
			`<title>` + h + ` | The Paper</title>`,
			probe72TitleNav + `<article><h1 class="headline"><span class="eyebrow">Analysis</span>` + h + `</h1>` + probe72TitleBody + `</article>`,
			h},
		{"live badge in h1", "https://www.paper.example/news/2024/03/12/water-board-live",
			`<title>` + h + ` | The Paper</title>`,
			probe72TitleNav + `<article><h1><span class="badge badge-live">LIVE</span> ` + h + `</h1>` + probe72TitleBody + `</article>`,
			h},
		{"exclusive flag in h1", "https://www.paper.example/news/2024/03/12/water-board-exclusive",
			`<title>` + h + ` | The Paper</title><meta property="og:title" content="` + h + `">`,
			probe72TitleNav + `<article><h1><span class="flag">Exclusive</span> ` + h + `</h1>` + probe72TitleBody + `</article>`,
			h},
		{"overline in h1 no stated", "https://www.paper.example/news/2024/03/12/water-board-overline",
			`<title>The Paper</title>`,
			probe72TitleNav + `<article><h1><span class="overline">Water</span> ` + h + `</h1>` + probe72TitleBody + `</article>`,
			h},
		{"dachzeile in h1", "https://www.zeitung.example/region/wasserverband-100.html",
			`<title>Wasserverband investiert 400 Millionen Euro | Zeitung</title>`,
			probe72TitleNav + `<article><h1><span class="dachzeile">Landkreis</span> <span class="headline">Wasserverband investiert 400 Millionen Euro</span></h1>` + probe72TitleBody + `</article>`,
			"Wasserverband investiert 400 Millionen Euro"},
		{"rubrika in h1 russian", "https://www.gazeta.example/sport/2024/03/12/123.shtml",
			`<title>Сборная России сыграет с Сербией в марте | Спорт | Газета</title>`,
			probe72TitleNav + `<article><h1><span class="rubric">Спорт</span> Сборная России сыграет с Сербией в марте</h1>` + probe72TitleBody + `</article>`,
			"Сборная России сыграет с Сербией в марте"},
		{"video label in h1", "https://www.tv.example/news/2024/03/12/water",
			`<title>` + h + ` - TV News</title>`,
			probe72TitleNav + `<article><h1><span class="video-label">Video</span> ` + h + `</h1>` + probe72TitleBody + `</article>`,
			h},
	})
}

// A label written into the heading's text while the stated title has none.
func TestTitleProbe72HeadingLabels(t *testing.T) {
	const h = "The water board's plan is too little, too late"
	runTitleProbes46(t, []titleProbe46{
		{"opinion bar in h1", "https://www.paper.example/2024/03/12/water-opinion",
			`<title>` + h + ` - The Paper</title><meta property="og:title" content="` + h + `">`,
			probe72TitleNav + `<article><h1>Opinion | ` + h + `</h1>` + probe72TitleBody + `</article>`,
			h},
		{"analysis colon in h1", "https://www.paper.example/2024/03/12/water-analysis",
			`<title>` + h + ` | The Paper</title>`,
			probe72TitleNav + `<article><h1>Analysis: ` + h + `</h1>` + probe72TitleBody + `</article>`,
			h},
		{"opinión in h1", "https://www.diario.example/opinion/2024/03/12/agua.html",
			`<title>El plan del agua llega tarde | Diario</title><meta property="og:title" content="El plan del agua llega tarde">`,
			probe72TitleNav + `<article><h1>OPINIÓN | El plan del agua llega tarde</h1>` + probe72TitleBody + `</article>`,
			"El plan del agua llega tarde"},
		{"kommentar in h1", "https://www.zeitung.example/meinung/wasser-100.html",
			`<title>Der Wasserverband handelt zu spät | Zeitung</title><meta property="og:title" content="Der Wasserverband handelt zu spät">`,
			probe72TitleNav + `<article><h1>Kommentar: Der Wasserverband handelt zu spät</h1>` + probe72TitleBody + `</article>`,
			"Der Wasserverband handelt zu spät"},
		{"watch in h1", "https://www.tv.example/news/2024/03/12/water",
			`<title>` + h + ` | TV</title><meta property="og:title" content="` + h + `">`,
			probe72TitleNav + `<article><h1>WATCH: ` + h + `</h1>` + probe72TitleBody + `</article>`,
			h},
	})
}

// Pages without structured data: the headline from <title>, its site, section
// and decorations cut, or from the page's own heading.
func TestTitleProbe72NoStructured(t *testing.T) {
	const h = "Water board to invest 400 million in new plants"
	body := `<div class="content">` + probe72TitleBody + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"ria sections", "https://ria.example/20240312/voda-123.html",
			`<title>Водоканал вложит 400 миллионов в новые станции | Спорт | РИА Новости</title>`,
			body, "Водоканал вложит 400 миллионов в новые станции"},
		{"asahi fullwidth dash", "https://www.asahi.example/articles/ASS3D123.html",
			`<title>水道局、新浄水場に400億円投資へ－朝日新聞デジタル</title>`,
			body, "水道局、新浄水場に400億円投資へ"},
		{"sina underscore", "https://news.sina.example/c/2024-03-12/doc-123.shtml",
			`<title>水务局将投资4亿元建设新水厂_新浪新闻</title>`,
			body, "水务局将投资4亿元建设新水厂"},
		{"english underscore", "https://english.site.example/n/2024/0312/c90000-123.html",
			`<title>` + h + `_English</title>`,
			body, h},
		{"double colon", "https://www.site.example/sport/123",
			`<title>Sport :: ` + h + ` :: Daily Site</title>`,
			body, h},
		{"guillemet wp", "https://blog.example/2024/03/12/water/",
			`<title>` + h + ` « Daily Site</title>`,
			body, h},
		{"breadcrumb title", "https://www.site.example/news/world/123",
			`<title>Daily Site › World › ` + h + `</title>`,
			body, h},
		{"naver", "https://n.news.naver.example/article/001/0014512345",
			`<title>수도국, 새 정수장에 4억 달러 투자 : 네이버 뉴스</title>`,
			body, "수도국, 새 정수장에 4억 달러 투자"},
		{"yonhap", "https://www.yna.example/view/AKR20240312123",
			`<title>수도국, 새 정수장에 4억 달러 투자 | 연합뉴스</title>`,
			body, "수도국, 새 정수장에 4억 달러 투자"},
		{"daum", "https://v.daum.example/v/20240312123456789",
			`<title>수도국, 새 정수장에 4억 달러 투자 | 다음뉴스</title>`,
			body, "수도국, 새 정수장에 4억 달러 투자"},
		{"livedoor", "https://news.livedoor.example/article/detail/123/",
			`<title>水道局、新浄水場に400億円投資へ - ライブドアニュース</title>`,
			body, "水道局、新浄水場に400億円投資へ"},
		{"people double dash", "https://world.people.example/n1/2024/0312/c1002-123.html",
			`<title>水务局将投资4亿元建设新水厂--国际--人民网</title>`,
			body, "水务局将投资4亿元建设新水厂"},
		{"hexun channel", "https://news.hexun.example/2024-03-12/123.html",
			`<title>水务局将投资4亿元建设新水厂-新闻频道-和讯网</title>`,
			body, "水务局将投资4亿元建设新水厂"},
		{"wp polish", "https://wiadomosci.wp.example/wodociagi-zainwestuja-6123",
			`<title>Wodociągi zainwestują 400 mln zł w nowe stacje - Wiadomości - WP</title>`,
			body, "Wodociągi zainwestują 400 mln zł w nowe stacje"},
		{"vnexpress", "https://vnexpress.example/cap-nuoc-dau-tu-123.html",
			`<title>Công ty cấp nước đầu tư 400 triệu USD vào nhà máy mới - VnExpress</title>`,
			body, "Công ty cấp nước đầu tư 400 triệu USD vào nhà máy mới"},
		{"kompas", "https://nasional.kompas.example/read/2024/03/12/123/pdam-investasi",
			`<title>PDAM Investasi Rp 4 Triliun untuk Instalasi Baru Halaman all - Kompas.com</title>`,
			body, "PDAM Investasi Rp 4 Triliun untuk Instalasi Baru"},
		{"aljazeera", "https://www.aljazeera.example/news/2024/3/12/water",
			`<title>هيئة المياه تستثمر 400 مليون في محطات جديدة | الجزيرة نت</title>`,
			body, "هيئة المياه تستثمر 400 مليون في محطات جديدة"},
		{"turkish son dakika", "https://www.haber.example/su-idaresi-123",
			`<title>Su idaresi yeni tesislere 400 milyon yatıracak - Son Dakika Haberleri</title>`,
			body, "Su idaresi yeni tesislere 400 milyon yatıracak"},
		{"italian sections", "https://www.giornale.example/cronaca/2024/03/12/acqua.html",
			`<title>L'acquedotto investe 400 milioni nei nuovi impianti - Cronaca - Il Giornale</title>`,
			body, "L'acquedotto investe 400 milioni nei nuovi impianti"},
		{"dutch", "https://www.nu.example/economie/123/waterbedrijf.html",
			`<title>Waterbedrijf investeert 400 miljoen in nieuwe zuiveringen | Economie | NU.nl</title>`,
			body, "Waterbedrijf investeert 400 miljoen in nieuwe zuiveringen"},
		{"masthead h1 and logo alt", "https://www.oldpaper.example/news/story.php?id=123",
			`<title>The Old Paper - ` + h + `</title>`,
			`<div id="header"><h1><a href="/"><img src="/logo.gif" alt="The Old Paper"></a></h1></div><div id="content"><p class="date">March 12, 2024</p>` + probe72TitleBody + `</div>`,
			h},
		{"cookie heading first", "https://www.oldpaper.example/news/story.php?id=124",
			`<title>` + h + ` - The Old Paper</title>`,
			`<div class="cookie-consent"><h2>We value your privacy</h2><p>We use cookies.</p></div><div id="content"><h2>` + h + `</h2>` + probe72TitleBody + `</div><div class="newsletter"><h2>Sign up for our newsletter</h2></div>`,
			h},
	})
}

// The <title>s of portals, papers and blog platforms in many languages,
// with no structured data and no heading: the headline is what the
// site's name, its sections and decorations leave.
func TestTitleProbe72Portals(t *testing.T) {
	body := `<div class="content">` + probe72TitleBody + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"sohu", "https://www.sohu.example/a/123_456", `<title>水务局将投资4亿元建设新水厂_手机搜狐网</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"163", "https://www.163.example/news/article/ABC.html", `<title>水务局将投资4亿元建设新水厂_网易新闻</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"qq", "https://new.qq.example/rain/a/20240312A01", `<title>水务局将投资4亿元建设新水厂_腾讯新闻</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"ifeng", "https://news.ifeng.example/c/8abc", `<title>水务局将投资4亿元建设新水厂_凤凰网资讯_凤凰网</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"zhihu", "https://zhuanlan.zhihu.example/p/123", `<title>水务局将投资4亿元建设新水厂 - 知乎</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"nhk", "https://www3.nhk.example/news/html/20240312/k100.html", `<title>水道局 新浄水場に400億円投資へ | NHK | 経済</title>`, body, "水道局 新浄水場に400億円投資へ"},
		{"nikkei", "https://www.nikkei.example/article/DGXZQO123/", `<title>水道局、新浄水場に400億円投資へ: 日本経済新聞</title>`, body, "水道局、新浄水場に400億円投資へ"},
		{"yahoo jp", "https://news.yahoo.example/articles/abc", `<title>水道局、新浄水場に400億円投資へ（毎日新聞） - Yahoo!ニュース</title>`, body, "水道局、新浄水場に400億円投資へ"},
		{"hatena", "https://someone.hatenablog.example/entry/2024/03/12/120000", `<title>水道局の新浄水場を見学してきた話 - 日々の記録</title>`, body, "水道局の新浄水場を見学してきた話"},
		{"ameba", "https://ameblo.example/someone/entry-123.html", `<title>新しい浄水場を見学してきました | 日々の記録ブログ</title>`, body, "新しい浄水場を見学してきました"},
		{"chosun", "https://www.chosun.example/national/2024/03/12/ABC/", `<title>수도국, 새 정수장에 4억 달러 투자 - 조선일보</title>`, body, "수도국, 새 정수장에 4억 달러 투자"},
		{"tistory", "https://someone.tistory.example/123", `<title>새 정수장 견학 후기 :: 나의 블로그</title>`, body, "새 정수장 견학 후기"},
		{"amar ujala", "https://www.amarujala.example/india-news/water-board-123.html", `<title>जल बोर्ड नए संयंत्रों में 400 करोड़ का निवेश करेगा - Amar Ujala Hindi News Live</title>`, body, "जल बोर्ड नए संयंत्रों में 400 करोड़ का निवेश करेगा"},
		{"prothom alo", "https://www.prothomalo.example/bangladesh/abc", `<title>পানি বোর্ড নতুন প্ল্যান্টে ৪০০ কোটি টাকা বিনিয়োগ করবে | প্রথম আলো</title>`, body, "পানি বোর্ড নতুন প্ল্যান্টে ৪০০ কোটি টাকা বিনিয়োগ করবে"},
		{"thairath", "https://www.thairath.example/news/local/123", `<title>การประปาลงทุน 400 ล้านสร้างโรงกรองน้ำใหม่ - ไทยรัฐออนไลน์</title>`, body, "การประปาลงทุน 400 ล้านสร้างโรงกรองน้ำใหม่"},
		{"kathimerini", "https://www.kathimerini.example/society/123/", `<title>Η ΕΥΔΑΠ επενδύει 400 εκατ. σε νέες μονάδες | Η ΚΑΘΗΜΕΡΙΝΗ</title>`, body, "Η ΕΥΔΑΠ επενδύει 400 εκατ. σε νέες μονάδες"},
		{"walla", "https://news.walla.example/item/123", `<title>תאגיד המים ישקיע 400 מיליון במתקנים חדשים - וואלה! חדשות</title>`, body, "תאגיד המים ישקיע 400 מיליון במתקנים חדשים"},
		{"mehr", "https://www.mehrnews.example/news/123/", `<title>شرکت آب ۴۰۰ میلیارد در تصفیه‌خانه‌های جدید سرمایه‌گذاری می‌کند - خبرگزاری مهر | اخبار ایران و جهان | Mehr News Agency</title>`, body, "شرکت آب ۴۰۰ میلیارد در تصفیه‌خانه‌های جدید سرمایه‌گذاری می‌کند"},
		{"pravda ua", "https://www.pravda.example/news/2024/03/12/123/", `<title>Водоканал інвестує 400 мільйонів у нові станції | Українська правда</title>`, body, "Водоканал інвестує 400 мільйонів у нові станції"},
		{"irozhlas", "https://www.irozhlas.example/zpravy-domov/voda_123", `<title>Vodárny investují 400 milionů do nových čistíren | iROZHLAS - spolehlivé zprávy</title>`, body, "Vodárny investují 400 milionů do nových čistíren"},
		{"24hu", "https://24.hu.example/belfold/2024/03/12/viz/", `<title>400 milliót fektet a vízmű az új tisztítókba – 24.hu</title>`, body, "400 milliót fektet a vízmű az új tisztítókba"},
		{"svt", "https://www.svt.example/nyheter/lokalt/vast/vattenverk", `<title>Vattenverket satsar 400 miljoner på nya reningsverk | SVT Nyheter</title>`, body, "Vattenverket satsar 400 miljoner på nya reningsverk"},
		{"yle", "https://yle.example/a/74-123", `<title>Vesilaitos investoi 400 miljoonaa uusiin puhdistamoihin | Yle Uutiset</title>`, body, "Vesilaitos investoi 400 miljoonaa uusiin puhdistamoihin"},
		{"dle", "https://site.example/news/123-vodokanal.html", `<title>Водоканал вложит 400 миллионов в новые станции » Новости Города</title>`, body, "Водоканал вложит 400 миллионов в новые станции"},
		{"medium", "https://medium.example/@jane/water-123", `<title>What I learned touring a water plant | by Jane Doe | The Civic Desk | Medium</title>`, body, "What I learned touring a water plant"},
		{"substack", "https://jane.substack.example/p/water", `<title>What I learned touring a water plant - by Jane Doe</title>`, body, "What I learned touring a water plant"},
		{"blogger", "https://janedoe.blogspot.example/2024/03/water.html", `<title>Jane's Notebook: What I learned touring a water plant</title>`, `<div class="header"><h1 class="title"><a href="https://janedoe.blogspot.example/">Jane's Notebook</a></h1></div>` + body + `<div class="sidebar"><h2 class="title">Blog Archive</h2></div>`, "What I learned touring a water plant"},
		{"folha", "https://www1.folha.example/cotidiano/2024/03/agua.shtml", `<title>Companhia de água vai investir R$ 400 milhões em novas estações - 12/03/2024 - Cotidiano - Folha</title>`, body, "Companhia de água vai investir R$ 400 milhões em novas estações"},
		{"estadao", "https://www.estadao.example/economia/agua/", `<title>Companhia de água vai investir R$ 400 milhões em novas estações - Estadão</title>`, body, "Companhia de água vai investir R$ 400 milhões em novas estações"},
		{"lemonde", "https://www.lemonde.example/planete/article/2024/03/12/eau_123_3244.html", `<title>L'agence de l'eau va investir 400 millions d'euros dans de nouvelles stations</title>`, body, "L'agence de l'eau va investir 400 millions d'euros dans de nouvelles stations"},
		{"spiegel", "https://www.spiegel.example/wirtschaft/wasser-a-123.html", `<title>Wasserverband investiert 400 Millionen Euro in neue Klärwerke - DER SPIEGEL</title>`, body, "Wasserverband investiert 400 Millionen Euro in neue Klärwerke"},
		{"corriere", "https://www.corriere.example/cronache/24_marzo_12/acqua.shtml", `<title>L'acquedotto investe 400 milioni nei nuovi impianti- Corriere.it</title>`, body, "L'acquedotto investe 400 milioni nei nuovi impianti"},
		{"elpais", "https://elpais.example/economia/2024-03-12/agua.html", `<title>La empresa del agua invertirá 400 millones en nuevas plantas | Economía | EL PAÍS</title>`, body, "La empresa del agua invertirá 400 millones en nuevas plantas"},
		{"interia", "https://wydarzenia.interia.example/kraj/news-wodociagi,nId,123", `<title>Wodociągi zainwestują 400 mln zł w nowe stacje - Wydarzenia w INTERIA.PL</title>`, body, "Wodociągi zainwestują 400 mln zł w nowe stacje"},
		{"hurriyet", "https://www.hurriyet.example/gundem/su-idaresi-123", `<title>Su idaresi yeni tesislere 400 milyon yatıracak - Son Dakika Haberler</title>`, body, "Su idaresi yeni tesislere 400 milyon yatıracak"},
		{"detik", "https://news.detik.example/berita/d-123/pdam-investasi", `<title>PDAM Investasi Rp 4 Triliun untuk Instalasi Baru</title>`, body, "PDAM Investasi Rp 4 Triliun untuk Instalasi Baru"},
		{"tuoitre", "https://tuoitre.example/cap-nuoc-123.htm", `<title>Công ty cấp nước đầu tư 400 triệu USD vào nhà máy mới - Tuổi Trẻ Online</title>`, body, "Công ty cấp nước đầu tư 400 triệu USD vào nhà máy mới"},
		{"gov cn trs", "http://www.gov.example/xinwen/2024-03/12/content_123.htm", `<meta name="ArticleTitle" content="水务局将投资4亿元建设新水厂"><title>水务局将投资4亿元建设新水厂_滚动新闻_中国政府网</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"dedecms", "http://www.site.example/news/2024/0312/123.html", `<title>水务局将投资4亿元建设新水厂_本地新闻_某某新闻网</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"people", "http://society.people.example/n1/2024/0312/c1008-123.html", `<title>水务局将投资4亿元建设新水厂--社会·法治--人民网</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"xinhua", "http://www.news.example/2024-03/12/c_123.htm", `<title>水务局将投资4亿元建设新水厂-新华网</title>`, body, "水务局将投资4亿元建设新水厂"},
		{"chinanews", "https://www.chinanews.example/gn/2024/03-12/123.shtml", `<title>水务局将投资4亿元建设新水厂-中新网</title>`, body, "水务局将投资4亿元建设新水厂"},
	})
}

// Older templates' pages: the headline in a heading or a classed block
// among a masthead, modules, dialogs and related lists, kickers and
// labels around it.
func TestTitleProbe72Layouts(t *testing.T) {
	const h = "Water board to invest 400 million in new plants"
	b := probe72TitleBody
	runTitleProbes46(t, []titleProbe46{
		{"table layout titulo", "http://www.diario.example/noticia.php?id=123", `<title>Diario del Valle - La junta del agua invertirá 400 millones en nuevas plantas</title>`,
			`<table><tr><td><a href="/"><img src="/logo.gif" alt="Diario del Valle"></a></td></tr><tr><td class="titulo">La junta del agua invertirá 400 millones en nuevas plantas</td></tr><tr><td class="texto">` + b + `</td></tr></table>`,
			"La junta del agua invertirá 400 millones en nuevas plantas"},
		{"joomla module first", "https://www.site.example/index.php/news/123-water-board", `<title>` + h + ` - Valley Site</title>`,
			`<div class="moduletable"><h3>Latest News</h3><ul><li><a href="/a">Storm closes road</a></li><li><a href="/b">Mayor names chief</a></li></ul></div><div class="item-page"><div class="page-header"><h2 itemprop="headline">` + h + `</h2></div><div itemprop="articleBody">` + b + `</div></div>`, h},
		{"dle sidebar first", "https://site.example/news/123-vodokanal.html", `<title>Водоканал вложит 400 миллионов в новые станции » Новости Города</title>`,
			`<div class="block"><h2>Популярное</h2><ul><li><a href="/1">Шторм закрыл дорогу</a></li></ul></div><div class="full-story"><h1>Водоканал вложит 400 миллионов в новые станции</h1>` + b + `</div>`, "Водоканал вложит 400 миллионов в новые станции"},
		{"newsletter modal first, h2 title", "https://blog.example/2024/03/12/water/", `<title>Valley Blog</title>`,
			`<header><a href="/" class="logo"><img src="/logo.png" alt="Valley Blog"></a></header>` + `<div class="modal newsletter-popup"><h2>Subscribe to our newsletter</h2><p>Get the latest.</p></div><div class="post"><h2 class="entry-title">` + h + `</h2><div class="entry-content">` + b + `</div></div>`, h},
		{"logo h1 and post h2, title site only", "https://blog.example/2024/03/12/water/", `<title>Valley Blog</title>`,
			`<div id="header"><h1><a href="/">Valley Blog</a></h1></div><div class="post"><h2 class="post-title">` + h + `</h2>` + b + `</div>`, h},
		{"headline div no headings", "https://site.example/story/123", `<title>Valley Site</title>`,
			`<header><a href="/" class="logo"><img src="/logo.png" alt="Valley Site"></a></header>` + `<div class="headline">` + h + `</div><div class="story">` + b + `</div><h2>Related articles</h2><ul><li><a href="/x">Storm closes road</a></li></ul>`, h},
		{"updated badge at end", "https://site.example/story/124", `<title>` + h + ` | Valley Site</title>`,
			`<article><h1>` + h + ` <span class="badge">Updated</span></h1>` + b + `</article>`, h},
		{"h1 with byline span", "https://site.example/story/125", `<title>` + h + ` | Valley Site</title>`,
			`<article><h1>` + h + ` <span class="byline">by Jane Doe</span></h1>` + b + `</article>`, h},
		{"trs gov", "http://www.city.gov.example/art/2024/3/12/art_123.html", `<title>水务局将投资4亿元建设新水厂_某某市人民政府</title>`,
			`<div class="article"><div class="article-title">水务局将投资4亿元建设新水厂</div><div class="article-info">发布时间：2024-03-12 来源：市水务局</div><div class="article-content"><p>市水务局12日表示，今后十年将投资4亿元建设新的水厂，这是水库建成以来对供水网络的最大一笔投资。</p><p>第一座水厂预计两年后在城北投入使用，施工期间水价涨幅不超过通胀水平。</p><p>农民代表对该计划表示欢迎，但要求先清理河道沿线的排水渠。</p></div></div>`,
			"水务局将投资4亿元建设新水厂"},
		{"livedoor blog", "http://blog.livedoor.example/someone/archives/123.html", `<title>新しい浄水場を見学してきました : 日々の記録</title>`,
			`<div id="blog-title"><h1><a href="/someone/">日々の記録</a></h1></div><div class="article"><h2 class="article-title"><a href="http://blog.livedoor.example/someone/archives/123.html">新しい浄水場を見学してきました</a></h2><div class="article-body"><p>今日は市の新しい浄水場を見学してきました。十年で四百億円をかける計画の最初の施設だそうです。</p><p>水がどうやってきれいになるのか、係の人が丁寧に説明してくれて、とても勉強になりました。</p></div></div>`,
			"新しい浄水場を見学してきました"},
		{"russian sections with h1", "https://gorod.example/news/123", `<title>Водоканал вложит 400 миллионов в новые станции - Новости - Город.ру</title>`,
			`<h1>Водоканал вложит 400 миллионов в новые станции</h1>` + b, "Водоканал вложит 400 миллионов в новые станции"},
		{"two h1 logo first", "https://site.example/story/126", `<title>Valley Site</title>`,
			`<header><h1 class="site-title"><a href="/">Valley Site</a></h1></header><main><h1 class="entry-title">` + h + `</h1>` + b + `</main>`, h},
		{"p class title", "https://site.example/story/127", `<title>Valley Site</title>`,
			`<header><a href="/" class="logo"><img src="/logo.png" alt="Valley Site"></a></header>` + `<div class="article"><p class="title">` + h + `</p><p class="date">12.03.2024</p>` + b + `</div>`, h},
		{"span kicker before h1 sibling", "https://site.example/story/128", `<title>Valley Site</title>`,
			`<article><span class="eyebrow">Analysis</span><h1>` + h + `</h1>` + b + `</article>`, h},
		{"strong kicker inside h1 no sep, title site only", "https://site.example/story/129", `<title>Valley Site</title>`,
			`<article><h1><strong>ANALYSIS</strong> ` + h + `</h1>` + b + `</article>`, h},
		{"kicker in h1 with br", "https://site.example/story/130", `<title>` + h + ` | Valley Site</title>`,
			`<article><h1><span class="kicker">Water</span><br>` + h + `</h1>` + b + `</article>`, h},
		{"h1 label analysis no stated", "https://site.example/story/131", `<title>Valley Site</title>`,
			`<article><h1>ANALYSIS: ` + h + `</h1>` + b + `</article>`, h},
		{"editorial kicker in h1, title with colon french", "https://www.journal.example/2024/03/12/eau_123.html", `<title>Éditorial : L'eau, un bien commun - Le Journal</title>`,
			`<article><h1><span class="surtitre">Éditorial</span> L'eau, un bien commun</h1>` + b + `</article>`, "L'eau, un bien commun"},
	})
}

// A label written into the <h1>'s text, where og:title and the <title>
// state the headline alone: a badge's word, a media mark, the kind of
// piece, in many languages; a column's own name stays.
func TestTitleProbe72StatedBare(t *testing.T) {
	const h = "Water board to invest 400 million in new plants"
	b := probe72TitleBody
	page := func(og, h1 string) (string, string) {
		return `<title>` + og + ` | Valley Post</title><meta property="og:title" content="` + og + `">`, probe72TitleNav + `<article><h1>` + h1 + `</h1>` + b + `</article>`
	}
	cases := []struct{ name, og, h1, want string }{
		{"live colon", h, "LIVE: " + h, h},
		{"live bar", h, "LIVE | " + h, h},
		{"video colon", h, "Video: " + h, h},
		{"en vivo", "La junta del agua invertirá 400 millones en nuevas plantas", "EN VIVO | La junta del agua invertirá 400 millones en nuevas plantas", "La junta del agua invertirá 400 millones en nuevas plantas"},
		{"sokuho", "水道局、新浄水場に400億円投資へ", "【速報】水道局、新浄水場に400億円投資へ", "水道局、新浄水場に400億円投資へ"},
		{"dandok", "수도국, 새 정수장에 4억 달러 투자", "[단독] 수도국, 새 정수장에 4억 달러 투자", "수도국, 새 정수장에 4억 달러 투자"},
		{"dujia", "水务局将投资4亿元建设新水厂", "独家｜水务局将投资4亿元建设新水厂", "水务局将投资4亿元建设新水厂"},
		{"video suffix", h, h + " (VIDEO)", h},
		{"site in h1", h, h + " - Valley Post", h},
		{"photos colon", h, "Photos: " + h, h},
		{"update suffix", h, h + " (Updated)", h},
		{"srochno", "Водоканал вложит 400 миллионов в новые станции", "СРОЧНО: Водоканал вложит 400 миллионов в новые станции", "Водоканал вложит 400 миллионов в новые станции"},
		{"opinion em dash", h, "Opinion — " + h, h},
		{"column name label", h, "On Water | " + h, "On Water | " + h},
		{"interview colon", "Anna Berg: We waited too long to fix the pipes", "Interview: Anna Berg: We waited too long to fix the pipes", "Anna Berg: We waited too long to fix the pipes"},
		{"ukr", "Водоканал інвестує 400 мільйонів у нові станції", "Думка | Водоканал інвестує 400 мільйонів у нові станції", "Водоканал інвестує 400 мільйонів у нові станції"},
	}
	var ps []titleProbe46
	for _, c := range cases {
		head, body := page(c.og, c.h1)
		ps = append(ps, titleProbe46{c.name, "https://www.valleypost.example/2024/03/12/story", head, body, c.want})
	}
	runTitleProbes46(t, ps)
}
