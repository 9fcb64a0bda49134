package extractor

import "testing"

// probe50Body is a story's text, long enough to be the page's body.
const probe50Body = `<p>The harbour board agreed on Monday to buy two electric ferries for the island route, replacing the diesel boats that have carried passengers across the sound since the late nineteen-eighties.</p>
<p>The first ferry is due to enter service in the summer of next year, and the board said fares would stay the same for at least two seasons while the new boats settle in.</p>
<p>Islanders welcomed the decision but asked for a later sailing in the evenings, which the board said it would look at once the timetable for the new ferries is drawn up.</p>`

// probe50Nav is a 2000s site's left column: a table of section links.
const probe50Nav = `<td width="150" valign="top" class="nav"><font face="Verdana" size="1"><a href="/">Home</a><br><a href="/news/">News</a><br><a href="/sport/">Sport</a><br><a href="/letters/">Letters</a><br><a href="/archive/">Archive</a></font></td>`

const probe50Head = "Harbour board buys two electric ferries"

// Static news pages of the 2000s: a table layout, <font> for type, the
// site's name and the section in the <title> with any separator, and no
// stated title. A reader takes the bold headline over the story.
func TestTitleProbe50StaticPages(t *testing.T) {
	const h = probe50Head
	table := func(headline string) string {
		return `<table width="760" border="0" cellpadding="0"><tr><td colspan="2"><a href="/"><img src="/images/masthead.gif" alt="The Island Gazette" width="760" height="90"></a></td></tr><tr>` + probe50Nav +
			`<td valign="top" class="main">` + headline + `<font face="Arial" size="1">Posted: Monday, March 11, 2002</font><br><font face="Arial" size="2">` + probe50Body + `</font></td></tr></table>`
	}
	bold := table(`<font face="Arial" size="4"><b>` + h + `</b></font><br>`)
	plain := table(``)
	runTitleProbes46(t, []titleProbe46{
		{"site | section | headline, bold font", "http://www.islandgazette.example/news/2002/03/11/ferries.html",
			`<title>The Island Gazette | News | ` + h + `</title>`, bold, h},
		{"headline :: section :: site, bold font", "http://www.islandgazette.example/news/2002/03/11/ferries.html",
			`<title>` + h + ` :: News :: The Island Gazette</title>`, bold, h},
		{"site: section: headline, no headline shown", "http://www.islandgazette.example/news/2002/03/11/ferries.html",
			`<title>The Island Gazette: News: ` + h + `</title>`, plain, h},
		{"headline_section_site in English", "http://www.islandgazette.example/news/2002/03/11/ferries.html",
			`<title>` + h + `_News_The Island Gazette</title>`, plain, h},
		{"[site] headline", "http://www.islandgazette.example/news/2002/03/11/ferries.html",
			`<title>[The Island Gazette] ` + h + `</title>`, plain, h},
		{"site » section » headline, bold font", "http://www.islandgazette.example/news/2002/03/11/ferries.html",
			`<title>The Island Gazette &raquo; News &raquo; ` + h + `</title>`, bold, h},
		{"headline - site - section, no headline shown", "http://www.islandgazette.example/news/2002/03/11/ferries.html",
			`<title>` + h + ` - The Island Gazette - News</title>`, plain, h},
		{"site's name only, bold font", "http://www.islandgazette.example/news/2002/03/11/ferries.html",
			`<title>The Island Gazette</title>`, bold, h},
		{"site's name only, big font without bold", "http://www.islandgazette.example/article.asp?id=2211",
			`<title>The Island Gazette - Online Edition</title>`, table(`<font face="Georgia" size="5" color="#003366">` + h + `</font><br>`), h},
		{"headline in a table cell classed headline", "http://www.islandgazette.example/article.asp?id=2211",
			`<title>The Island Gazette</title>`, table(`<table><tr><td class="headline">` + h + `</td></tr></table>`), h},
		{"bold headline, title with a date", "http://www.islandgazette.example/article.asp?id=2211",
			`<title>The Island Gazette - March 11, 2002 - ` + h + `</title>`, bold, h},
		{"a dateline row before the bold headline", "http://www.islandgazette.example/article.asp?id=2211",
			`<title>The Island Gazette</title>`, table(`<font size="1">ISLAND GAZETTE STAFF REPORT</font><br><font face="Arial" size="4"><b>` + h + `</b></font><br>`), h},
	})
}

// The <h1> is the logo, a widget's label, or one of several; the
// headline is elsewhere.
func TestTitleProbe50HeadingPlaces(t *testing.T) {
	const h = probe50Head
	widgets := `<div id="sidebar"><h1 class="widget-title">Search</h1><form><input name="s"></form><h1 class="widget-title">Recent Posts</h1><ul><li><a href="/a">Storm closes the coastal road</a></li><li><a href="/b">New timetable for the buses</a></li></ul><h1 class="widget-title">Archives</h1><ul><li><a href="/2019/03/">March 2019</a></li></ul></div>`
	runTitleProbes46(t, []titleProbe46{
		{"widget h1s before the post's h1", "https://www.soundnotes.example/2019/03/11/ferries/",
			`<title>` + h + ` | Sound Notes</title>`,
			widgets + `<div id="content"><h1 class="entry-title">` + h + `</h1>` + probe50Body + `</div>`, h},
		{"widget h1s after the post's h2, title the site's name", "https://www.soundnotes.example/2019/03/11/ferries/",
			`<title>Sound Notes</title>`,
			`<div id="header"><h1><a href="/">Sound Notes</a></h1></div><div id="content"><h2 class="entry-title"><a href="/2019/03/11/ferries/" rel="bookmark">` + h + `</a></h2>` + probe50Body + `</div>` + widgets, h},
		{"widget h1s before the post's h2, title the site's name", "https://www.soundnotes.example/2019/03/11/ferries/",
			`<title>Sound Notes</title>`,
			widgets + `<div id="content"><h2 class="entry-title"><a href="/2019/03/11/ferries/" rel="bookmark">` + h + `</a></h2>` + probe50Body + `</div>`, h},
		{"logo h1 with a tagline span, h2 headline", "https://www.soundnotes.example/2019/03/11/ferries/",
			`<title>Sound Notes - news from the island</title>`,
			`<div id="header"><h1 id="logo"><a href="/">Sound Notes</a> <span class="tagline">news from the island</span></h1></div><div class="post"><h2>` + h + `</h2>` + probe50Body + `</div>`, h},
		{"logo h1 image, h3 headline", "https://www.soundnotes.example/news/ferries",
			`<title>Sound Notes</title>`,
			`<h1 class="logo"><a href="/"><img src="/logo.png" alt="Sound Notes"></a></h1><div class="news-item"><h3 class="news-title">` + h + `</h3>` + probe50Body + `</div>`, h},
		{"headline in a div.headline, title the site's name", "https://www.soundnotes.example/news/ferries",
			`<title>Sound Notes</title>`,
			`<div class="header"><a href="/" class="logo">Sound Notes</a></div><div class="article"><div class="headline">` + h + `</div><div class="date">11 March 2019</div>` + probe50Body + `</div>`, h},
		{"headline in a span.article-title, title site and section", "https://www.soundnotes.example/news/ferries",
			`<title>Sound Notes - News</title>`,
			`<div class="article"><span class="article-title">` + h + `</span><br>` + probe50Body + `</div>`, h},
		{"headline in a p.title", "https://www.soundnotes.example/news/ferries",
			`<title>Sound Notes :: News</title>`,
			`<div class="article"><p class="title"><strong>` + h + `</strong></p>` + probe50Body + `</div>`, h},
		{"section h1, headline div, title site only", "https://www.soundnotes.example/news/ferries",
			`<title>Sound Notes</title>`,
			`<h1 class="section-title">Local News</h1><div class="story"><div class="story-headline">` + h + `</div>` + probe50Body + `</div>`, h},
	})
}

// Stated titles that differ from the headline a page shows: the site's
// name kept, the title cut short, a twitter:title of its own.
func TestTitleProbe50StatedVariants(t *testing.T) {
	const h = probe50Head
	story := `<article><h1 class="headline">` + h + `</h1><p class="byline">By Tom Reid</p>` + probe50Body + `</article>`
	runTitleProbes46(t, []titleProbe46{
		{"og:title site first", "https://www.islandgazette.example/news/ferries-12345",
			`<meta property="og:title" content="Island Gazette: ` + h + `"><meta property="og:site_name" content="Island Gazette">`, story, h},
		{"og:title with section and site", "https://www.islandgazette.example/news/ferries-12345",
			`<meta property="og:title" content="` + h + ` - News - Island Gazette">`, story, h},
		{"og:title cut with three dots", "https://www.islandgazette.example/news/ferries-12345",
			`<title>` + h + ` | Island Gazette</title><meta property="og:title" content="Harbour board buys two electric...">`, story, h},
		{"title cut with an ellipsis, h1 whole", "https://www.islandgazette.example/news/ferries-12345",
			`<title>Harbour board buys two electr… - Island Gazette</title>`, story, h},
		{"twitter:title shorter than the h1", "https://www.islandgazette.example/news/ferries-12345",
			`<title>` + h + ` | Island Gazette</title><meta name="twitter:title" content="Electric ferries for the island">`, story, h},
		{"twitter:title alone with the site's name", "https://www.islandgazette.example/news/ferries-12345",
			`<meta name="twitter:title" content="` + h + ` | Island Gazette">`, `<div class="story">` + probe50Body + `</div>`, h},
	})
}

// Kickers and eyebrows above the headline, and a headline and its deck
// in one <h1>.
func TestTitleProbe50KickersAndDecks(t *testing.T) {
	const h = probe50Head
	runTitleProbes46(t, []titleProbe46{
		{"eyebrow paragraph above the h1", "https://www.islandgazette.example/news/ferries-12345",
			`<title>` + h + ` - Island Gazette</title>`,
			`<article><p class="eyebrow"><a href="/transport/">Transport</a></p><h1>` + h + `</h1>` + probe50Body + `</article>`, h},
		{"eyebrow, title site only", "https://www.islandgazette.example/news/ferries-12345",
			`<title>Island Gazette</title>`,
			`<article><div class="kicker">Transport</div><h1>` + h + `</h1>` + probe50Body + `</article>`, h},
		{"deck after a br in the h1", "https://www.islandgazette.example/news/ferries-12345",
			`<title>` + h + ` | Island Gazette</title>`,
			`<article><h1>` + h + `<br><small>The first boat sails next summer</small></h1>` + probe50Body + `</article>`, h},
		{"deck in a span in the h1", "https://www.islandgazette.example/news/ferries-12345",
			`<title>` + h + ` | Island Gazette</title>`,
			`<article><h1><span class="main">` + h + `</span> <span class="subtitle">The first boat sails next summer</span></h1>` + probe50Body + `</article>`, h},
		{"deck after a br, title site only", "https://www.islandgazette.example/news/ferries-12345",
			`<title>Island Gazette</title>`,
			`<article><h1>` + h + `<br><span class="sub">The first boat sails next summer</span></h1>` + probe50Body + `</article>`, h},
	})
}

// Blogs, forums, press releases and converted documents.
func TestTitleProbe50Kinds(t *testing.T) {
	const h = probe50Head
	runTitleProbes46(t, []titleProbe46{
		{"phpBB view topic", "https://forum.islanders.example/viewtopic.php?t=4411",
			`<title>Islanders Forum • View topic - New electric ferries for the island</title>`,
			`<div id="page-header"><h1>Islanders Forum</h1><p>Talk about life on the island</p></div><h2 class="topic-title"><a href="./viewtopic.php?t=4411">New electric ferries for the island</a></h2><div class="post"><div class="postbody"><p class="author">by <strong>seagull</strong> » Mon Mar 11, 2019 9:12 am</p><div class="content">` + probe50Body + `</div></div></div>`,
			"New electric ferries for the island"},
		{"phpBB 2 view topic", "http://forum.islanders.example/viewtopic.php?t=4411",
			`<title>Islanders Forum :: View topic - New electric ferries for the island</title>`,
			`<table class="forumline"><tr><td><span class="maintitle">New electric ferries for the island</span></td></tr><tr><td class="row1"><span class="postbody">` + probe50Body + `</span></td></tr></table>`,
			"New electric ferries for the island"},
		{"vBulletin thread", "https://forum.islanders.example/showthread.php?t=4411",
			`<title>New electric ferries for the island - Islanders Forum</title>`,
			`<div class="navbar"><a href="/">Islanders Forum</a> &gt; <a href="/forumdisplay.php?f=2">Island Life</a></div><table class="tborder"><tr><td class="thead"><strong>New electric ferries for the island</strong></td></tr><tr><td class="alt1"><div id="post_message_1">` + probe50Body + `</div></td></tr></table>`,
			"New electric ferries for the island"},
		{"press release with a subhead", "https://www.wire.example/news/home/20190311005123/en/",
			`<title>Sound Ferries Orders Two Electric Ferries for the Island Route | Business Wire</title><meta property="og:title" content="Sound Ferries Orders Two Electric Ferries for the Island Route">`,
			`<div class="bw-release"><h1 class="epi-fontLg">Sound Ferries Orders Two Electric Ferries for the Island Route</h1><h2>Boats to enter service in summer 2020</h2><p>ISLAND TOWN--(BUSINESS WIRE)--` + probe50Body + `</p></div>`,
			"Sound Ferries Orders Two Electric Ferries for the Island Route"},
		{"press release label in the title", "https://www.soundferries.example/press/2019-03-11-electric-ferries",
			`<title>Press Release: Sound Ferries Orders Two Electric Ferries - Sound Ferries</title>`,
			`<div class="press"><p class="label">Press release</p><h2>Sound Ferries Orders Two Electric Ferries</h2>` + probe50Body + `</div>`,
			"Sound Ferries Orders Two Electric Ferries"},
		{"a word processor's name in the title", "http://www.islandcouncil.example/minutes/ferries.htm",
			`<title>Microsoft Word - ferries_report.doc</title><meta name="Generator" content="Microsoft Word 10">`,
			`<div class="Section1"><p class="MsoTitle"><b><span style="font-size:16pt">` + h + `</span></b></p>` + probe50Body + `</div>`,
			h},
		{"blog post, title the blog's name and the post", "https://soundnotes.blogspot.example/2019/03/ferries.html",
			`<title>Sound Notes: ` + h + `</title>`,
			`<div id="header"><h1><a href="/">Sound Notes</a></h1></div><div class="date-outer"><h2 class="date-header"><span>Monday, March 11, 2019</span></h2><div class="post"><h3 class="post-title"><a href="/2019/03/ferries.html">` + h + `</a></h3><div class="post-body">` + probe50Body + `</div></div></div><div id="sidebar"><h2>About Me</h2><p>An islander who writes.</p></div>`,
			h},
	})
}

// Titles in many languages with their sites' decorations, and no stated
// title.
func TestTitleProbe50Languages(t *testing.T) {
	zhBody := `<div class="article"><p>港务局十一日决定购买两艘电动渡轮，用于海岛航线，替换自上世纪八十年代末以来一直运营的柴油船。首艘渡轮预计明年夏天投入使用。</p><p>港务局表示，新船投入运营后至少两个季节内票价保持不变，岛上居民对这一决定表示欢迎，但希望增加晚间班次。</p></div>`
	jaBody := `<div class="article"><p>港湾局は十一日、離島航路に電気フェリー二隻を導入すると発表した。一九八〇年代末から運航してきたディーゼル船を置き換える。</p><p>一隻目は来年夏に就航する予定で、運賃は少なくとも二シーズンは据え置くという。島民からは歓迎の声が上がった。</p></div>`
	page := func(text string) string {
		return `<div class="article"><p>` + text + `</p><p>` + text + `</p></div>`
	}
	runTitleProbes46(t, []titleProbe46{
		{"Chinese _新闻_ portal", "https://news.qq.example/a/20190311/012345.htm",
			`<title>港务局决定购买两艘电动渡轮_新闻_腾讯网</title>`, zhBody, "港务局决定购买两艘电动渡轮"},
		{"Chinese 国内新闻 and portal with a hyphen", "https://china.huanqiu.example/article/9CaKrnKj1234",
			`<title>港务局决定购买两艘电动渡轮-国内新闻-环球网</title>`, zhBody, "港务局决定购买两艘电动渡轮"},
		{"Chinese portal first", "https://www.portal.example/news/2019/0311/1234.html",
			`<title>某某网-港务局决定购买两艘电动渡轮</title>`, zhBody, "港务局决定购买两艘电动渡轮"},
		{"Japanese full-width bar and section", "https://www.paper.example/articles/20190311-ABC",
			`<title>港湾局、電気フェリー2隻を導入｜社会｜地域新聞</title>`, jaBody, "港湾局、電気フェリー2隻を導入"},
		{"Japanese lenticular site at the end", "https://www.paper.example/articles/20190311-ABC",
			`<title>港湾局、電気フェリー2隻を導入 【地域新聞】</title>`, jaBody, "港湾局、電気フェリー2隻を導入"},
		{"Greek", "https://www.efimerida.example/koinonia/12345",
			`<title>Δύο ηλεκτρικά πλοία για τη γραμμή του νησιού | Η Εφημερίδα</title>`,
			page(`Το λιμενικό ταμείο αποφάσισε τη Δευτέρα να αγοράσει δύο ηλεκτρικά πλοία για τη γραμμή του νησιού, που θα αντικαταστήσουν τα παλιά πετρελαιοκίνητα σκάφη της γραμμής.`),
			"Δύο ηλεκτρικά πλοία για τη γραμμή του νησιού"},
		{"Hebrew", "https://www.iton.example/news/article/12345",
			`<title>רשות הנמל תרכוש שתי מעבורות חשמליות - עיתון הצפון</title>`,
			page(`רשות הנמל החליטה ביום שני לרכוש שתי מעבורות חשמליות לקו האי, שיחליפו את סירות הדיזל הישנות שפועלות בקו מאז סוף שנות השמונים של המאה הקודמת.`),
			"רשות הנמל תרכוש שתי מעבורות חשמליות"},
		{"Hindi", "https://www.samachar.example/desh/story-12345.html",
			`<title>बंदरगाह बोर्ड दो बिजली नौकाएं खरीदेगा - समाचार पत्र</title>`,
			page(`बंदरगाह बोर्ड ने सोमवार को द्वीप मार्ग के लिए दो बिजली नौकाएं खरीदने का फैसला किया, जो अस्सी के दशक के अंत से चल रही डीजल नौकाओं की जगह लेंगी।`),
			"बंदरगाह बोर्ड दो बिजली नौकाएं खरीदेगा"},
		{"Thai", "https://www.khao.example/news/local/12345",
			`<title>การท่าเรือซื้อเรือข้ามฟากไฟฟ้าสองลำ - ข่าวสด</title>`,
			page(`การท่าเรือมีมติเมื่อวันจันทร์ให้ซื้อเรือข้ามฟากไฟฟ้าสองลำสำหรับเส้นทางไปเกาะ แทนเรือดีเซลที่ให้บริการมาตั้งแต่ปลายทศวรรษที่แปดสิบ โดยลำแรกจะเริ่มให้บริการในฤดูร้อนปีหน้า`),
			"การท่าเรือซื้อเรือข้ามฟากไฟฟ้าสองลำ"},
		{"Dutch section and paper", "https://www.krant.example/binnenland/veerboten~a1234/",
			`<title>Havenbedrijf koopt twee elektrische veerboten | Binnenland | De Eilandkrant</title>`,
			page(`Het havenbedrijf heeft maandag besloten twee elektrische veerboten te kopen voor de route naar het eiland. Ze vervangen de dieselboten die sinds het eind van de jaren tachtig varen.`),
			"Havenbedrijf koopt twee elektrische veerboten"},
		{"Swedish", "https://www.tidning.example/nyheter/a/12345/",
			`<title>Hamnstyrelsen köper två elfärjor – Öbladet</title>`,
			page(`Hamnstyrelsen beslutade på måndagen att köpa två elfärjor till öleden. De ska ersätta dieselbåtarna som har trafikerat sundet sedan slutet av åttiotalet och börjar gå nästa sommar.`),
			"Hamnstyrelsen köper två elfärjor"},
		{"Czech", "https://www.noviny.example/domaci/prístav-12345",
			`<title>Přístav koupí dva elektrické trajekty | Domácí | Ostrovní noviny</title>`,
			page(`Správa přístavu v pondělí rozhodla o nákupu dvou elektrických trajektů pro linku na ostrov. Nahradí dieselové lodě, které na lince jezdí od konce osmdesátých let.`),
			"Přístav koupí dva elektrické trajekty"},
		{"Hungarian", "https://www.hirlap.example/belfold/20190311/komp",
			`<title>Két elektromos kompot vesz a kikötő - Szigeti Hírlap</title>`,
			page(`A kikötői igazgatóság hétfőn döntött arról, hogy két elektromos kompot vásárol a szigeti járatra. Ezek a nyolcvanas évek vége óta közlekedő dízelhajókat váltják fel.`),
			"Két elektromos kompot vesz a kikötő"},
		{"Finnish", "https://www.lehti.example/uutiset/art-12345.html",
			`<title>Satama ostaa kaksi sähkölauttaa | Uutiset | Saarilehti</title>`,
			page(`Satamalautakunta päätti maanantaina ostaa kaksi sähkölauttaa saaren reitille. Ne korvaavat dieselveneet, jotka ovat liikennöineet salmessa kahdeksankymmentäluvun lopulta asti.`),
			"Satama ostaa kaksi sähkölauttaa"},
		{"Ukrainian em dash", "https://www.gazeta.example/news/2019/03/11/12345",
			`<title>Порт купить два електричні пороми — Острівна газета</title>`,
			page(`Рада порту в понеділок ухвалила рішення купити два електричні пороми для острівного маршруту. Вони замінять дизельні човни, які курсують протокою з кінця вісімдесятих років.`),
			"Порт купить два електричні пороми"},
		{"Persian", "https://www.khabar.example/news/12345",
			`<title>بندر دو کشتی برقی می‌خرد - خبرگزاری جزیره</title>`,
			page(`هیئت مدیره بندر روز دوشنبه تصمیم گرفت دو کشتی برقی برای مسیر جزیره بخرد که جایگزین قایق‌های دیزلی می‌شوند که از اواخر دهه هشتاد در این مسیر کار می‌کنند.`),
			"بندر دو کشتی برقی می‌خرد"},
		{"Persian h1, title the agency's name", "https://www.khabar.example/news/12345",
			`<title>خبرگزاری جزیره</title>`,
			`<div class="article"><h1>بندر دو کشتی برقی می‌خرد</h1><p>هیئت مدیره بندر روز دوشنبه تصمیم گرفت دو کشتی برقی برای مسیر جزیره بخرد که جایگزین قایق‌های دیزلی می‌شوند که از اواخر دهه هشتاد در این مسیر کار می‌کنند.</p><p>هیئت مدیره بندر روز دوشنبه تصمیم گرفت دو کشتی برقی برای مسیر جزیره بخرد که جایگزین قایق‌های دیزلی می‌شوند که از اواخر دهه هشتاد در این مسیر کار می‌کنند.</p></div>`,
			"بندر دو کشتی برقی می‌خرد"},
		{"Arabic site first with a colon", "https://www.sahifa.example/news/12345",
			`<title>صحيفة الجزيرة : الميناء يشتري عبارتين كهربائيتين</title>`,
			page(`قرر مجلس الميناء يوم الاثنين شراء عبارتين كهربائيتين لخط الجزيرة لتحل محل القوارب التي تعمل بالديزل منذ أواخر الثمانينيات وستبدأ العبارة الأولى العمل في الصيف المقبل.`),
			"الميناء يشتري عبارتين كهربائيتين"},
		{"Malay", "https://www.berita.example/nasional/2019/03/12345/",
			`<title>Lembaga pelabuhan beli dua feri elektrik | Berita Pulau</title>`,
			page(`Lembaga pelabuhan pada Isnin memutuskan untuk membeli dua feri elektrik bagi laluan ke pulau, menggantikan bot diesel yang telah beroperasi sejak akhir tahun lapan puluhan.`),
			"Lembaga pelabuhan beli dua feri elektrik"},
		{"Romanian section", "https://www.ziar.example/actualitate/portul-cumpara-12345.html",
			`<title>Portul cumpără două feriboturi electrice - Actualitate - Ziarul Insulei</title>`,
			page(`Consiliul portului a hotărât luni să cumpere două feriboturi electrice pentru ruta spre insulă, care vor înlocui ambarcațiunile diesel folosite de la sfârșitul anilor optzeci.`),
			"Portul cumpără două feriboturi electrice"},
	})
}

// Portals', blogs', forums' and wire services' <title> wrappings in more
// languages, and headlines in elements older templates use.
func TestTitleProbe50MoreSites(t *testing.T) {
	const h = probe50Head
	story := `<div class="story">` + probe50Body + `</div>`
	zhBody := `<div class="article"><p>港务局十一日决定购买两艘电动渡轮，用于海岛航线，替换自上世纪八十年代末以来一直运营的柴油船。首艘渡轮预计明年夏天投入使用。</p><p>港务局表示，新船投入运营后至少两个季节内票价保持不变，岛上居民对这一决定表示欢迎，但希望增加晚间班次。</p></div>`
	const zh = "港务局决定购买两艘电动渡轮"
	jaBody := `<div class="article"><p>港湾局は十一日、離島航路に電気フェリー二隻を導入すると発表した。一九八〇年代末から運航してきたディーゼル船を置き換える。</p><p>一隻目は来年夏に就航する予定で、運賃は少なくとも二シーズンは据え置くという。島民からは歓迎の声が上がった。</p></div>`
	const ja = "港湾局、電気フェリー2隻を導入"
	koBody := `<div class="article"><p>항만청은 11일 섬 항로에 전기 여객선 두 척을 도입하기로 결정했다고 밝혔다. 1980년대 말부터 운항해 온 디젤선을 대체한다.</p><p>첫 번째 여객선은 내년 여름 취항할 예정이며 운임은 적어도 두 시즌 동안 동결된다고 항만청은 설명했다.</p></div>`
	const ko = "항만청, 전기 여객선 두 척 도입"
	runTitleProbes46(t, []titleProbe46{
		{"site repeated", "https://www.islandgazette.example/news/ferries", `<title>` + h + ` – Island Gazette – Island Gazette</title>`, story, h},
		{"site first en dash", "https://www.islandgazette.example/news/ferries", `<title>Island Gazette – ` + h + `</title>`, story, h},
		{"entities", "https://www.islandgazette.example/news/ferries", `<title>` + h + ` &#8211; Island Gazette</title>`, story, h},
		{"page 1 of 2 at end", "https://www.islandgazette.example/news/ferries", `<title>` + h + ` - Island Gazette - Page 1 of 2</title>`, story, h},
		{"site | H | Page 2", "https://www.islandgazette.example/news/ferries", `<title>Island Gazette | ` + h + ` | Page 2</title>`, story, h},
		{"medium", "https://medium.example/island-notes/ferries-abc123", `<title>` + h + ` | by Tom Reid | Island Notes | Medium</title>`, story, h},
		{"discourse", "https://forum.islanders.example/t/new-electric-ferries/4411", `<title>New electric ferries for the island - Island Life - Islanders Forum</title>`, `<div id="topic-title"><h1><a href="/t/new-electric-ferries/4411">New electric ferries for the island</a></h1></div>` + story, "New electric ferries for the island"},
		{"zh 中国日报网", "https://cn.chinadaily.example/a/201903/11/WS123.html", `<title>` + zh + `-中国日报网</title>`, zhBody, zh},
		{"zh 新闻中心_中国网", "http://news.china.example/2019-03/11/content_123.htm", `<title>` + zh + `_新闻中心_中国网</title>`, zhBody, zh},
		{"zh 手机新浪网", "https://news.sina.example/c/123.shtml", `<title>` + zh + `|新浪新闻</title>`, zhBody, zh},
		{"zh h1 and title with site", "https://news.sina.example/c/123.shtml", `<title>` + zh + `_新闻_腾讯网</title>`, `<div class="qq_header"><a href="/">腾讯网</a></div><div class="LEFT"><h1>` + zh + `</h1>` + zhBody + `</div>`, zh},
		{"ja livedoor", "https://news.livedoor.example/article/detail/123/", `<title>` + ja + ` - ライブドアニュース</title>`, jaBody, ja},
		{"ja huffpost", "https://www.huffingtonpost.example/entry/abc", `<title>` + ja + ` | ハフポスト</title>`, jaBody, ja},
		{"ko 연합뉴스", "https://www.yna.example/view/AKR20190311", `<title>` + ko + ` | 연합뉴스</title>`, koBody, ko},
		{"ko naver", "https://news.naver.example/main/read.nhn?oid=001", `<title>` + ko + ` : 네이버 뉴스</title>`, koBody, ko},
		{"vi dantri", "https://dantri.example/xa-hoi/123.htm", `<title>Cảng mua hai phà điện cho tuyến đảo | Báo Dân trí</title>`, `<div class="article"><p>Ban quản lý cảng hôm thứ Hai đã quyết định mua hai chiếc phà điện cho tuyến ra đảo, thay thế cho các tàu chạy dầu diesel đã hoạt động từ cuối những năm tám mươi.</p><p>Chiếc phà đầu tiên dự kiến đi vào hoạt động vào mùa hè năm sau và giá vé sẽ được giữ nguyên.</p></div>`, "Cảng mua hai phà điện cho tuyến đảo"},
		{"tr sozcu", "https://www.sozcu.example/2019/gundem/liman-123/", `<title>Liman iki elektrikli feribot alıyor - Sözcü Gazetesi</title>`, `<div class="article"><p>Liman idaresi pazartesi günü ada hattı için iki elektrikli feribot satın alma kararı aldı. Yeni feribotlar seksenlerin sonundan beri çalışan dizel tekneleri değiştirecek.</p><p>İlk feribotun gelecek yaz hizmete girmesi bekleniyor ve bilet fiyatları en az iki sezon aynı kalacak.</p></div>`, "Liman iki elektrikli feribot alıyor"},
		{"empty logo h1, div.title", "https://www.islandgazette.example/news/ferries", `<title>Island Gazette</title>`, `<h1 class="logo"><a href="/"></a></h1><div class="content"><div class="title">` + h + `</div>` + probe50Body + `</div>`, h},
		{"h1 with date span", "https://www.islandgazette.example/news/ferries", `<title>Island Gazette</title>`, `<div class="content"><h1>` + h + ` <span class="date">11.03.2019</span></h1>` + probe50Body + `</div>`, h},
		{"og:site_name only, title headline alone", "https://www.islandgazette.example/news/ferries", `<title>` + h + `</title><meta property="og:site_name" content="Island Gazette">`, story, h},
		{"press release prnewswire", "https://www.prnewswire.example/news-releases/sound-ferries-300123.html", `<title>Sound Ferries Orders Two Electric Ferries</title>`, `<div class="container"><h1>Sound Ferries Orders Two Electric Ferries</h1><p class="subtitle">Boats to enter service in summer 2020</p><p>ISLAND TOWN, March 11, 2019 /PRNewswire/ -- ` + probe50Body + `</p></div>`, "Sound Ferries Orders Two Electric Ferries"},
		{"H - Sec - S, h2 in a table with td.title", "http://www.islandgazette.example/news.php?id=1", `<title>Island Gazette - News</title>`, `<table><tr><td class="title">` + h + `</td></tr><tr><td>` + probe50Body + `</td></tr></table>`, h},
		{"pdf-like h1 filename", "http://www.islandcouncil.example/docs/ferries.htm", `<title>ferries_report.pdf</title>`, `<div><p><b>` + h + `</b></p>` + probe50Body + `</div>`, h},
		{"smf thread", "https://forum.islanders.example/index.php?topic=4411.0", `<title>New electric ferries for the island</title>`, `<div class="navigate_section"><ul><li><a href="/">Islanders Forum</a></li><li><a href="/b2">Island Life</a></li><li class="last"><a href="?topic=4411.0">New electric ferries for the island</a></li></ul></div><h3 class="catbg">Topic: New electric ferries for the island (Read 123 times)</h3><div class="post"><div class="inner">` + probe50Body + `</div></div>`, "New electric ferries for the island"},
		{"blog with h1 site and h2 date and h3 title, title site: H", "https://soundnotes.blogspot.example/2019/03/ferries.html", `<title>Sound Notes: ` + h + `</title>`, `<h1>Sound Notes</h1><h2 class="date-header">Monday, March 11, 2019</h2><h3 class="post-title">` + h + `</h3>` + story, h},
	})
}
