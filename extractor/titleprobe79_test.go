package extractor

import "testing"

// A <title> that opens with the site's name ("Gorble - Headline",
// "تسنیم - Headline") is cut after it where the page names its site so
// anywhere: the host, og:site_name, the logo's alt, a home link's text or,
// for a logo link with no text and no alt, its title attribute, the
// copyright line. One word after the name, set off as the name is, before
// a headline of four words or more, is the section and goes too
// ("خبرآنلاین - اقتصاد - Headline"), in a script without capitals; in a
// cased one a capitalised word there may be the headline's topic and
// stays unless a menu names it. A first segment the page does not name as
// its site stays.
func TestTitleProbe79SiteFirst(t *testing.T) {
	const en = "Council votes for the new tram line through the valley"
	const fa = "دولت ۴۰۰ میلیون برای تصفیه‌خانه‌های آب هزینه می‌کند"
	const faHost = "https://www.tasnimnews.example/fa/news/1403/01/12/3012345/"
	faBody := `<div class="story">` + probe78TitleBodyAr + `</div>`
	enBody := `<div class="story">` + probe46Body + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"host-spelled word first", "https://www.gorble.example/news/2024/03/12/council-votes-tram", `<title>Gorble - ` + en + `</title>`, enBody, en},
		{"host-spelled word first, h1", "https://www.gorble.example/news/2024/03/12/council-votes-tram", `<title>Gorble - ` + en + `</title>`, `<h1>` + en + `</h1>` + enBody, en},
		{"persian site first, og:site_name", faHost, `<title>تسنیم - ` + fa + `</title><meta property="og:site_name" content="تسنیم">`, faBody, fa},
		{"persian site first, logo alt", faHost, `<title>تسنیم - ` + fa + `</title>`, `<div class="logo"><a href="/"><img src="/logo.png" alt="تسنیم"></a></div>` + faBody, fa},
		{"persian site first, home link", faHost, `<title>تسنیم - ` + fa + `</title>`, `<div class="header"><a href="/">تسنیم</a></div>` + faBody, fa},
		{"persian site first, home link title", faHost, `<title>تسنیم - ` + fa + `</title>`, `<div class="header"><a href="https://www.tasnimnews.example/" title="تسنیم"><img src="/logo.png"></a></div>` + faBody, fa},
		{"persian site first, copyright", faHost, `<title>تسنیم - ` + fa + `</title>`, faBody + `<footer><p>© 2025 تسنیم</p></footer>`, fa},
		{"persian site first, h1", faHost, `<title>تسنیم - ` + fa + `</title>`, `<h1>` + fa + `</h1>` + faBody, fa},
		{"persian site and section first, og:site_name", faHost, `<title>خبرآنلاین - اقتصاد - ` + fa + `</title><meta property="og:site_name" content="خبرآنلاین">`, faBody, fa},
		{"persian site and section first, logo", faHost, `<title>خبرآنلاین - اقتصاد - ` + fa + `</title>`, `<div class="logo"><a href="/"><img src="/logo.png" alt="خبرآنلاین"></a></div>` + faBody, fa},
		{"persian site and section first, h1", faHost, `<title>خبرآنلاین - اقتصاد - ` + fa + `</title>`, `<div class="logo"><a href="/"><img src="/logo.png" alt="خبرآنلاین"></a></div><h1>` + fa + `</h1>` + faBody, fa},
		{"persian home link titled, with a text, stays", faHost, `<title>تسنیم - ` + fa + `</title>`, `<div class="header"><a href="/" title="تسنیم">خانه</a></div>` + faBody, "تسنیم - " + fa},
		{"latin site and section first, logo and menu", "https://www.valleygazette.example/2024/03/12/council-votes-tram", `<title>Valley Gazette - Farming - ` + en + `</title>`, `<div class="logo"><a href="/"><img src="/logo.png" alt="Valley Gazette"></a></div><ul class="menu"><li><a href="/farming/">Farming</a></li><li><a href="/sport/">Sport</a></li></ul>` + enBody, en},
		{"latin topic after the name stays", "https://www.valleygazette.example/2024/03/12/council-votes-tram", `<title>Valley Gazette - Spanner - It's About Programmers Building Apps at Scale</title>`, `<div class="logo"><a href="/"><img src="/logo.png" alt="Valley Gazette"></a></div>` + enBody, "Spanner - It's About Programmers Building Apps at Scale"},
		{"latin word after the name set off otherwise stays", "https://www.valleygazette.example/2024/03/12/council-votes-tram", `<title>Valley Gazette | Brexit - what the vote means for the valley's farmers</title>`, `<div class="logo"><a href="/"><img src="/logo.png" alt="Valley Gazette"></a></div>` + enBody, "Brexit - what the vote means for the valley's farmers"},
		{"persian no evidence stays", faHost, `<title>تسنیم - ` + fa + `</title>`, faBody, "تسنیم - " + fa},
		{"english no evidence stays", "https://www.valleypost.example/news/2024/03/12/council-votes-tram", `<title>Gorble - ` + en + `</title>`, enBody, "Gorble - " + en},
	})
}

// Russian and Ukrainian broadcasters and portals set the headline, the
// section and the site's name apart with full stops ("Headline. Новости.
// Первый канал"): where the page names the last as its site, it goes, and
// a one-word section before it with it. Without that evidence, or where
// the last sentence names no site, the title stays whole.
func TestTitleProbe79RuStops(t *testing.T) {
	const ru = "Власти выделят 400 млн на очистные сооружения"
	const u = "https://www.1tv.example/news/2024-03-12/461234-vlasti_vydelyat"
	body := `<div class="article">` + probe78TitleBodyRu + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"og:site_name", u, `<title>` + ru + `. Новости. Первый канал</title><meta property="og:site_name" content="Первый канал">`, body, ru},
		{"logo alt", u, `<title>` + ru + `. Новости. Первый канал</title>`, `<div class="logo"><a href="/"><img src="/logo.png" alt="Первый канал"></a></div>` + body, ru},
		{"copyright", u, `<title>` + ru + `. Новости. Первый канал</title>`, body + `<footer><p>© 2025 Первый канал</p></footer>`, ru},
		{"site only, og:site_name", u, `<title>` + ru + `. Первый канал</title><meta property="og:site_name" content="Первый канал">`, body, ru},
		{"ukrainian, og:site_name", "https://tsn.example/ukrayina/uryad-vydilyt-2512345.html", `<title>Уряд виділить 400 млн на очисні споруди. Новини. ТСН</title><meta property="og:site_name" content="ТСН">`, body, "Уряд виділить 400 млн на очисні споруди"},
		{"no evidence stays", u, `<title>` + ru + `. Новости. Первый канал</title>`, body, ru + ". Новости. Первый канал"},
		{"sentences stay", u, `<title>Власти выделят деньги. Фермеры довольны</title><meta property="og:site_name" content="Первый канал">`, body, "Власти выделят деньги. Фермеры довольны"},
	})
}
