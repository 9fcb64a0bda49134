package extractor

import "testing"

// An older CMS's <title> with no structured data beside it: the site's
// name, its section and their decorations go in any position ("Trend
// News : …", "… - World - CBN News", "… (from The Bolton News)",
// "…_English", "Site » Section » Headline", "Headline :: Site",
// "Headline | Section | Site", "Site: Headline"), in the languages of
// issue 13, and a masthead's <h1>, a logo's alt text, a cookie banner's
// heading, a breadcrumb and a sidebar's "Latest news" never name the
// page. (These held before the thirty-fifth session's probes; they stay
// as its record.)
func TestTitleProbe35OldCMSTitles(t *testing.T) {
	h, b := probe33Head, probe33Body
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	const hfr = "Le conseil municipal vote le budget de la nouvelle école"
	const hes = "El ayuntamiento aprueba el presupuesto de la nueva escuela"
	const hpt = "Câmara aprova orçamento para a nova escola"
	const hru = "Городской совет утвердил бюджет новой школы"
	const hja = "市議会が新しい学校の予算案を可決"
	const hzh = "市议会通过新学校预算案"
	const har = "مجلس المدينة يوافق على ميزانية المدرسة الجديدة"
	side := `<div class="sidebar"><h3>Latest news</h3><ul><li><a href="/a">First story of the day here</a></li></ul></div>`
	g := "https://www.valleygazette.example/news/2004/05/16/story123.html"
	o := g
	tb := titleBody
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"Trend News : H", "https://en.trend.example/business/economy/3456.html", `<title>Trend News : ` + h + `</title>`, `<div id="logo"><a href="/"><img alt="Trend News Agency" src="/l.png"></a></div>` + b, h},
		{"H - World - CBN News", "https://www2.cbn.example/news/world/council-approves", `<title>` + h + ` - World - CBN News</title>`, b, h},
		{"H (from The Bolton News)", "https://www.theboltonnews.example/news/123.council/", `<title>` + h + ` (from The Bolton News)</title>`, b, h},
		{"H_English", "https://english.cri.example/2012/05/16/123.htm", `<title>` + h + `_English</title>`, b, h},
		{"S » Sec » H", "https://www.valleygazette.example/local/123", `<title>Valley Gazette » Local » ` + h + `</title>`, b, h},
		{"H :: S", "https://www.valleygazette.example/local/123", `<title>` + h + ` :: Valley Gazette</title>`, b, h},
		{"H | Sec | S", "https://www.valleygazette.example/local/123", `<title>` + h + ` | Local | Valley Gazette</title>`, b, h},
		{"S: H", "https://www.valleygazette.example/local/123", `<title>Valley Gazette: ` + h + `</title>`, b, h},
		{"S: H, masthead h1", "https://www.valleygazette.example/local/123", `<title>Valley Gazette: ` + h + `</title>`, `<h1><a href="/">Valley Gazette</a></h1>` + side + b, h},
		{"S :: Sec :: H, no h1", "https://www.valleygazette.example/archive/2004/123.php", `<title>Valley Gazette :: News :: ` + h + `</title>`, `<div id="logo"><img alt="Valley Gazette" src="/l.gif"></div>` + b, h},
		{"de H - Politik - S", "https://www.talbote.example/politik/123.html", `<title>` + hde + ` - Politik - Talbote</title>`, b, hde},
		{"de S: H", "https://www.talbote.example/politik/123.html", `<title>Talbote: ` + hde + `</title>`, b, hde},
		{"fr H - S", "https://www.leval.example/actualite/123.html", `<title>` + hfr + ` - Le Val</title>`, b, hfr},
		{"fr S : H", "https://www.leval.example/actualite/123.html", `<title>Le Val : ` + hfr + `</title>`, b, hfr},
		{"es H | S", "https://www.diarioval.example/noticias/123.html", `<title>` + hes + ` | Diario del Valle</title>`, b, hes},
		{"pt H - S", "https://www.jornalvale.example/noticias/123.html", `<title>` + hpt + ` - Jornal do Vale</title>`, b, hpt},
		{"ru H — S", "https://www.gazeta-doliny.example/news/123.html", `<title>` + hru + ` — Газета Долины</title>`, b, hru},
		{"ru H - Sec - S", "https://www.gazeta-doliny.example/news/123.html", `<title>` + hru + ` - Новости - Газета Долины</title>`, b, hru},
		{"ja H：S", "https://www.tanishimbun.example/articles/123.html", `<title>` + hja + `：谷新聞</title>`, b, hja},
		{"ja H | S", "https://www.tanishimbun.example/articles/123.html", `<title>` + hja + ` | 谷新聞デジタル</title>`, b, hja},
		{"zh H_Sec_S", "https://news.gucheng.example/2012/0516/123.html", `<title>` + hzh + `_国内新闻_谷城网</title>`, b, hzh},
		{"ar H | S", "https://www.alwadi.example/news/123.html", `<title>` + har + ` | صحيفة الوادي</title>`, b, har},
		{"h1 over SEO title", "https://www.valleygazette.example/local/123", `<title>Valley Gazette :: News :: ` + h + `</title>`, `<h1><a href="/">Valley Gazette</a></h1><div class="cookie"><h2>We use cookies</h2></div><div class="crumbs"><a href="/">Home</a> » <a href="/news">News</a></div><h2>` + h + `</h2>` + b + side, h},
		{"S > Sec > H", g, `<title>Valley Gazette > News > ` + h + `</title>`, tb, h},
		{"H « S", g, `<title>` + h + ` « Valley Gazette</title>`, tb, h},
		{"S — H", g, `<title>Valley Gazette — ` + h + `</title>`, tb, h},
		{"H / Sec / S", g, `<title>` + h + ` / News / Valley Gazette</title>`, tb, h},
		{"ru H / Sec / S", "https://www.gazeta-doliny.example/news/123.html", `<title>` + hru + ` / Новости / Газета Долины</title>`, tb, hru},
		{"ja H - S", "https://www.sankei.example/article/123/", `<title>` + hja + ` - 谷ニュース</title>`, tb, hja},
		{"zh H-S", "https://www.xinhua.example/2012-05/16/c_123.htm", `<title>` + hzh + `-谷城网</title>`, tb, hzh},
		{"zh H - S", "https://www.chinadaily.example/a/201205/16/WS123.html", `<title>` + hzh + ` - 谷城日报网</title>`, tb, hzh},
		{"no title, masthead h1, h2", o, ``, `<div id="header"><h1>Valley Gazette</h1></div><h2>` + h + `</h2>` + tb, h},
		{"site title, logo alt h1, h2", o, `<title>Valley Gazette</title>`, `<h1><a href="/"><img src="/logo.gif" alt="Valley Gazette"></a></h1><div class="post"><h2>` + h + `</h2>` + tb + `</div>`, h},
		{"site title, cookie h2", o, `<title>Valley Gazette</title>`, `<div id="cookie-notice"><h2>We value your privacy</h2><p>We use cookies.</p></div><h2>` + h + `</h2>` + tb, h},
		{"site title, latest news h2 first", o, `<title>Valley Gazette</title>`, `<div class="col"><h2>Latest news</h2><ul><li><a href="/a">First story of the day here</a></li><li><a href="/b">Second story of the day here</a></li><li><a href="/c">Third story of the day here</a></li></ul></div><div class="col"><h2>` + h + `</h2>` + tb + `</div>`, h},
		{"joomla contentheading", o, `<title>Valley Gazette</title>`, `<table><tr><td class="contentheading">` + h + `</td></tr><tr><td>` + tb + `</td></tr></table>`, h},
		{"site title, breadcrumb, h1", o, `<title>Valley Gazette</title>`, `<div class="crumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; ` + h + `</div><h1>` + h + `</h1>` + tb, h},
		{"de S - Sec - H", "https://www.talbote.example/lokales/123.html", `<title>Talbote - Lokales - ` + hde + `</title>`, tb, hde},
		{"fr S | H", "https://www.leval.example/actualite/123.html", `<title>Le Val | ` + hfr + `</title>`, tb, hfr},
		{"ar H - S", "https://www.alwadi.example/news/123.html", `<title>` + har + ` - صحيفة الوادي</title>`, tb, har},
		{"ar S | H, og site", "https://www.alwadi.example/news/123.html", `<meta property="og:site_name" content="الوادي"><title>صحيفة الوادي | ` + har + `</title>`, tb, har},
		{"H - Trend.Az", "https://en.trend.example/business/123.html", `<title>` + h + ` - Trend.Az</title>`, tb, h},
		{"Site: Section: H", g, `<title>Valley Gazette: News: ` + h + `</title>`, tb, h},
		{"H :: Sec :: S", g, `<title>` + h + ` :: News :: Valley Gazette</title>`, tb, h},
		{"H | S - tagline", g, `<title>` + h + ` | Valley Gazette - Your source for valley news</title>`, tb, h},
		{"fr H : actualités - S", "https://www.leval.example/actualite/123.html", `<title>` + hfr + ` - Actualités - Le Val</title>`, tb, hfr},
		{"es H | Noticias de S | S", "https://www.diariovalle.example/noticias/123.html", `<title>` + hes + ` | Noticias | Diario del Valle</title>`, tb, hes},
		{"pt H - Notícias - S", "https://www.jornaldovale.example/noticias/123.html", `<title>` + hpt + ` - Notícias - Jornal do Vale</title>`, tb, hpt},
		{"de H | Nachrichten | S.de", "https://www.talbote.example/nachrichten/123.html", `<title>` + hde + ` | Nachrichten | talbote.example</title>`, tb, hde},
		{"ja H | Sec | S", "https://www.tanishimbun.example/articles/123.html", `<title>` + hja + ` | 政治 | 谷新聞</title>`, tb, hja},
		{"zh H--Sec--S", "https://www.gucheng.example/n1/2012/0516/c123.html", `<title>` + hzh + `--财经--谷城网</title>`, tb, hzh},
		{"ru H | Sec | S", "https://www.gazeta-doliny.example/society/123.html", `<title>` + hru + ` | Общество | Газета Долины</title>`, tb, hru},
		{"H - Sec - S - tagline", g, `<title>` + h + ` - News - Valley Gazette - Local news for the valley</title>`, tb, h},
		{"kubrick", "https://www.vgz.example/2004/05/16/story123/", `<title>Valley Gazette  » Blog Archive   » ` + h + `</title>`, `<div id="header"><div id="headerimg"><h1><a href="https://www.vgz.example/">Valley Gazette</a></h1><div class="description">News from the valley</div></div></div><div id="content"><div class="post"><h2>` + h + `</h2>` + tb + `</div></div>`, h},
		{"blogger old", "https://valleynotes.blogspot.example/2009/05/story.html", `<title>Valley Notes: ` + h + `</title>`, `<div id="header"><h1 id="blog-title"><a href="https://valleynotes.blogspot.example/">Valley Notes</a></h1><p id="blog-description">News from the valley</p></div><div class="post"><h3 class="post-title">` + h + `</h3>` + tb + `</div>`, h},
		{"zh S_H", "https://www.gucheng.example/n1/2012/0516/c123.html", `<title>谷城网_` + hzh + `</title>`, tb, hzh},
	})
}

// An older blog template's masthead says what its <title> says: the
// site's name as an <h1> (or a block classed "title" that links home)
// and its tagline beside it in the same block, "Site | Tagline" or
// "Tagline - Site" on every page, whichever of the two cleaning cut as
// the site's ("<h1>Valley Notes</h1><h2 class=description>Tagline</h2>"
// over "<h3 class=post-title>Headline</h3>"); or a <title> that is the
// short name alone over a post title classed as hAtom's "entry-title".
// The heading the story follows is the title, one word or more; the
// masthead's <h1>, its tagline and the <title> are not. schneier.com's
// "Schneier on Security: Micromorts" is the post's "Micromorts".
// An <h1> that is the headline, a <title> that says it and more (its
// tagline cut by cleaning from the <h1> itself, a screen reader's copy
// of the <title>), stays.
func TestTitleProbe35TaglineMasthead(t *testing.T) {
	h := probe33Head
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"schneier colon", "https://www.schneier.example/blog/archives/2012/11/micromorts.html", `<title>Schneier on Security: Micromorts</title>`, `<div id="header"><h1>Schneier on Security</h1><p>A blog covering security and security technology.</p></div><div class="entry"><h2>Micromorts</h2>` + titleBody + `</div>`, "Micromorts"},
		{"schneier colon, og", "https://www.schneier.example/blog/archives/2012/11/micromorts.html", `<title>Schneier on Security: Micromorts</title><meta property="og:title" content="Schneier on Security - Micromorts">`, `<div id="header"><h1>Schneier on Security</h1></div><div class="entry"><h2>Micromorts</h2>` + titleBody + `</div>`, "Micromorts"},
		{"schneier colon, masthead link", "https://www.schneier.example/blog/archives/2012/11/micromorts.html", `<title>Schneier on Security: Micromorts</title>`, `<div id="masthead"><h1><a href="/">Schneier on Security</a></h1><h2>A blog covering security and security technology.</h2></div><div class="entry"><h2>Micromorts</h2>` + titleBody + `</div>`, "Micromorts"},
		{"schneier long", "https://www.schneier.example/blog/archives/2012/11/micromorts.html", `<title>Schneier on Security: ` + h + `</title>`, `<div id="header"><h1>Schneier on Security</h1><p>A blog covering security and security technology.</p></div><div class="entry"><h2>` + h + `</h2>` + titleBody + `</div>`, h},
		{"tagline h2 over h3", "https://valleynotes.blogspot.example/2009/05/council-budget.html", `<title>Valley Notes | News from the valley and its people</title>`, `<div id="header"><h1><a href="/">Valley Notes</a></h1><h2 class="description">News from the valley and its people</h2></div><div class="post"><h3 class="post-title">` + h + `</h3>` + titleBody + `</div>`, h},
		{"tagline h2 over h3, no h1", "https://valleynotes.blogspot.example/2009/05/council-budget.html", `<title>Valley Notes | News from the valley and its people</title>`, `<div id="header"><div class="title"><a href="/">Valley Notes</a></div><h2 class="description">News from the valley and its people</h2></div><div class="post"><h3 class="post-title">` + h + `</h3>` + titleBody + `</div>`, h},
		{"tagline h2 over h3, other host", "https://www.example.org/blog/2009/05/council-budget.html", `<title>Valley Notes | News from the valley and its people</title>`, `<div id="header"><h1>Valley Notes</h1><h2>News from the valley and its people</h2></div><div class="post"><h3>` + h + `</h3>` + titleBody + `</div>`, h},
		{"site h1, entry-title h2", "https://www.valleynotes.example/2009/05/council-budget/", `<title>Valley Notes</title>`, `<div id="header"><h1>Valley Notes</h1></div><div class="post hentry"><h2 class="entry-title">` + h + `</h2>` + titleBody + `</div>`, h},
		{"site h1, entry-title h2, other host", "https://www.example.org/2009/05/council-budget/", `<title>Valley Notes</title>`, `<div id="header"><h1>Valley Notes</h1></div><div class="post hentry"><h2 class="entry-title">` + h + `</h2>` + titleBody + `</div>`, h},
		{"site h1 link, entry-title h2 link", "https://www.example.org/2009/05/council-budget/", `<title>Valley Notes</title>`, `<div id="header"><h1><a href="https://www.example.org/">Valley Notes</a></h1></div><div class="post hentry"><h2 class="entry-title"><a href="https://www.example.org/2009/05/council-budget/" rel="bookmark">` + h + `</a></h2>` + titleBody + `</div>`, h},
		{"site h1, entry-title h2, tagline title", "https://www.example.org/2009/05/council-budget/", `<title>Valley Notes - News from the valley</title>`, `<div id="header"><h1>Valley Notes</h1><p>News from the valley</p></div><div class="post hentry"><h2 class="entry-title">` + h + `</h2>` + titleBody + `</div>`, h},
		{"site h1, entry-title h2, one word", "https://www.example.org/2009/05/micromorts/", `<title>Valley Notes</title>`, `<div id="header"><h1>Valley Notes</h1></div><div class="post hentry"><h2 class="entry-title">Micromorts</h2>` + titleBody + `</div>`, "Micromorts"},
		{"Tagline - Site, other host", "https://www.example.org/blog/2009/05/council-budget.html", `<title>News from the valley and its people - Valley Notes</title>`, `<div id="header"><h1>Valley Notes</h1><h2>News from the valley and its people</h2></div><div class="post"><h3>` + h + `</h3>` + titleBody + `</div>`, h},
		{"h1 holds the whole title", "https://www.example.org/patient-education/council-budget", `<title>` + h + ` | Patient Education | Valley Hospital</title>`, `<div class="skip"><h1 class="sr-only">` + h + ` | Patient Education | Valley Hospital</h1></div><div class="main"><h2 class="section-title">` + h + `</h2><p>The council met on Tuesday.</p><h2>What the school will cost</h2>` + titleBody + `</div>`, h},
		{"short h1 over a classed teaser", "https://www.example.org/2009/05/budget-approved/", `<title>Budget approved</title>`, `<div class="hero"><h1>Budget approved</h1></div><div class="cards"><h2 class="card-title">Storm warning for the weekend</h2>` + titleBody + `</div>`, "Budget approved"},
		{"long h1 named by the title", "https://www.example.org/2009/05/council-budget/", `<title>` + h + `</title>`, `<div class="hero"><h1>` + h + `</h1></div><div class="related"><h2 class="entry-title">Storm warning for the weekend</h2>` + titleBody + `</div>`, h},
	})
}

// An Arabic, Russian, Persian or Turkish site writes its name with a
// paper's, an agency's or a portal's word around it (nameDescriptors)
// before the headline as well as after it ("صحيفة الوادي - Headline",
// "Газета «Вести Долины» - Headline", "خبرگزاری دره | Headline"); on a
// page that names no site, where a host in Latin letters cannot spell
// it, such a segment of four words or fewer is the site's name.
func TestTitleProbe35PaperNameFirst(t *testing.T) {
	const har = "مجلس المدينة يوافق على ميزانية المدرسة الجديدة"
	const hru = "Городской совет утвердил бюджет новой школы"
	tb := titleBody
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"ar S - H", "https://www.alwadi.example/news/123.html", `<title>صحيفة الوادي - ` + har + `</title>`, tb, har},
		{"ru S - H", "https://www.gazeta-doliny.example/news/123.html", `<title>Газета «Вести Долины» - ` + hru + `</title>`, tb, hru},
		{"fa S | H", "https://www.dareh.example/news/123", `<title>خبرگزاری دره | شورا بودجه مدرسه جدید را تصویب کرد</title>`, tb, "شورا بودجه مدرسه جدید را تصویب کرد"},
		{"tr S - H", "https://www.vadi.example/haber/123", `<title>Vadi Gazetesi - Meclis yeni okulun bütçesini onayladı</title>`, tb, "Meclis yeni okulun bütçesini onayladı"},
		{"ru, a headline that opens with the word", "https://www.gazeta-doliny.example/news/123.html", `<title>Газета «Правда» опубликовала интервью мэра - ` + hru + `</title>`, tb, "Газета «Правда» опубликовала интервью мэра - " + hru},
	})
}

// The same masthead where the site's name is a logo that links home, its
// image's alt or its text, beside the tagline ("<div id=header><a
// href="/"><img alt="Valley Gazette"></a><span>News from the
// valley</span></div>") over every page's "Site - Tagline" <title>: the
// plain heading the story follows is the title. A <title> that says the
// name and a headline stays the headline.
func TestTitleProbe35LogoTagline(t *testing.T) {
	h := probe33Head
	g := "https://www.valleygazette.example/news/2004/05/16/story123.html"
	o := "https://www.vgz.example/news/2004/05/16/story123.html"
	logo := `<div id="header"><a href="/"><img alt="Valley Gazette" src="/l.gif"></a><span>News from the valley</span></div>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"S - T, host spells", g, `<title>Valley Gazette - News from the valley</title>`, logo + `<div id="content"><h3>` + h + `</h3>` + titleBody + `</div>`, h},
		{"S | T, other host", o, `<title>Valley Gazette | News from the valley</title>`, logo + `<div id="content"><h2>` + h + `</h2>` + titleBody + `</div>`, h},
		{"T - S, text logo", o, `<title>News from the valley - Valley Gazette</title>`, `<div id="top"><a href="/">Valley Gazette</a><p>News from the valley</p></div><div id="content"><h3>` + h + `</h3>` + titleBody + `</div>`, h},
		{"S - H", o, `<title>Valley Gazette - ` + h + `</title>`, logo + `<div id="content"><h3>What the school will cost</h3>` + titleBody + `</div>`, h},
	})
}

// "<title>Headline | Valley Gazette</title>" over "<div
// id=header><h1>Valley Gazette</h1></div>" and the post's "<h2
// class=entry-title>Headline</h2>": the <h1> with no story after it,
// outside the article, is the name the <title> ends with, the site's,
// on a host that does not spell it. An <h1> its story follows stays a
// candidate.
func TestTitleProbe35MastheadCut(t *testing.T) {
	h, tb := probe33Head, titleBody
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"site h1, h2 entry-title, H | S title", "https://www.vgz.example/2004/05/16/story123.html", `<title>` + h + ` | Valley Gazette</title>`, `<div id="header"><h1>Valley Gazette</h1></div><div class="post"><h2 class="entry-title">` + h + `</h2>` + tb + `</div>`, h},
		{"H | S, h1 H", "https://www.vgz.example/2004/05/16/story123.html", `<title>` + h + ` | Valley Gazette</title>`, `<div id="header"><a href="/">Valley Gazette</a></div><div class="post"><h1>` + h + `</h1>` + tb + `</div>`, h},
	})
}

// A logo set as an <h1> ("<h1 class=logo>Valley Gazette</h1>") names the
// site: a <title> that says that name and no more is no headline, and
// the plain heading the story follows is.
func TestTitleProbe35BrandTitle(t *testing.T) {
	h, tb := probe33Head, titleBody
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"h1 logo class", "https://www.vgz.example/2004/05/16/story123.html", `<title>Valley Gazette</title>`, `<h1 class="logo">Valley Gazette</h1><h2>` + h + `</h2>` + tb, h},
		{"h1 site-title, H | S", "https://www.vgz.example/2004/05/16/story123.html", `<title>` + h + ` | Valley Gazette</title>`, `<h1 class="site-title">Valley Gazette</h1><h2>` + h + `</h2>` + tb, h},
	})
}

// "Site: Local News: Headline": a news section's name (newsSection)
// after the site's before a colon goes as a menu's entry does.
func TestTitleProbe35ColonNewsSection(t *testing.T) {
	h, tb := probe33Head, titleBody
	g := "https://www.valleygazette.example/news/2004/05/16/story123.html"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"S: Sec: H", g, `<title>Valley Gazette: Local News: ` + h + `</title>`, tb, h},
		{"S: Sec: two words stay", g, `<title>Valley Gazette: Local News: Budget approved</title>`, tb, "Budget approved"},
	})
}
