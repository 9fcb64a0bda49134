package extractor

import (
	"strings"
	"testing"
)

// Whole pages of archive-era CMSs that carry no structured data at all:
// no og:title, no JSON-LD, the headline in the page's own heading or
// only in a <title> that the CMS decorates with the site's name, a
// section or a date.
func TestTitleProbe65ArchiveCMS(t *testing.T) {
	ru := strings.Repeat(`<p>Депутаты городской думы во вторник утвердили бюджет на следующий год после долгого обсуждения расходов на дороги, библиотеку и новую школу, которую городу обещают уже десять лет.</p>`, 4)
	zh := strings.Repeat(`<p>记者从市政府新闻发布会上获悉，今年全市将投入资金改造老旧小区，涉及居民两万余户，工程预计年底前全部完工，届时小区的道路、供水和绿化都将得到改善。</p>`, 4)
	en := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	it := strings.Repeat(`<p>Il consiglio comunale ha approvato martedì sera il bilancio per il prossimo anno, dopo un lungo dibattito sulle strade, sulla biblioteca e sulla nuova scuola che la città aspetta da dieci anni.</p>`, 4)
	ar := strings.Repeat(`<p>وافق المجلس البلدي مساء الثلاثاء على ميزانية العام المقبل بعد نقاش طويل حول الطرق والمكتبة والمدرسة الجديدة التي وعدت بها المدينة منذ عشر سنوات.</p>`, 4)
	ja := strings.Repeat(`<p>市議会は火曜日の夜、来年度の予算案を可決した。道路や図書館、十年前から約束されている新しい学校の建設をめぐって長い議論が続いた。</p>`, 4)
	for _, tc := range []struct{ name, url, page, want string }{
		// DataLife Engine: "<title>Headline » Site</title>", the logo in
		// an <h1>, the story's headline in "h3.btl" of div.fullstory,
		// the sidebar's blocks titled in h4.btl.
		{"DLE fullstory", "http://volga-news.example/obshestvo/1234-deputaty-utverdili-byudzhet.html",
			`<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Депутаты утвердили бюджет на следующий год &raquo; Волжские вести</title><meta name="description" content="Депутаты городской думы во вторник утвердили бюджет"><meta name="keywords" content="бюджет, дума, школа"><meta name="generator" content="DataLife Engine (http://dle-news.ru)"></head>
<body><div id="header"><h1 class="logo"><a href="/">Волжские вести</a></h1><ul class="topmenu"><li><a href="/">Главная</a></li><li><a href="/obshestvo/">Общество</a></li><li><a href="/sport/">Спорт</a></li></ul></div>
<div id="midside"><div class="speedbar">Волжские вести &raquo; <a href="/obshestvo/">Общество</a> &raquo; Депутаты утвердили бюджет на следующий год</div>
<div class="base fullstory"><div class="dpad"><h3 class="btl">Депутаты утвердили бюджет на следующий год</h3><p class="binfo small">Автор: <a href="/user/admin/">admin</a> от 12-03-2011, 14:22</p><div class="maincont">` + ru + `</div><div class="storenumber"></div></div></div></div>
<div id="sidebar"><div class="block"><h4 class="btl">Популярные новости</h4><ul><li><a href="/a.html">Мост закроют на ремонт</a></li><li><a href="/b.html">Футболисты вышли в финал</a></li></ul></div><div class="block"><h4 class="btl">Архив новостей</h4></div></div>
<div id="footer">Copyright &copy; 2011 Волжские вести</div></body></html>`,
			"Депутаты утвердили бюджет на следующий год"},
		// uCoz: "<title>Headline - 12 Марта 2011 - Section - Site</title>",
		// the headline in div.eTitle of the entry's table.
		{"uCoz eTitle", "http://valley-town.ucoz.example/news/deputaty_utverdili_bjudzhet/2011-03-12-1234",
			`<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>Депутаты утвердили бюджет на следующий год - 12 Марта 2011 - Новости города - Наш город</title></head>
<body><div id="header"><h1><a href="/">Наш город</a></h1><div class="slogan">Сайт нашего города</div></div>
<table border="0" width="100%" cellspacing="0" cellpadding="0"><tr><td valign="top" width="200"><div class="boxTitle"><b>Меню сайта</b></div><div class="boxContent"><a href="/">Главная</a><br><a href="/news/">Новости</a></div><div class="boxTitle"><b>Вход на сайт</b></div></td>
<td valign="top"><table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock"><tr><td class="eTitle" style="padding-bottom:3px;">Депутаты утвердили бюджет на следующий год</td></tr><tr><td class="eMessage">` + ru + `</td></tr><tr><td class="eDetails">Категория: <a href="/news/1">Новости города</a> | Просмотров: 345 | Добавил: admin | Дата: 12.03.2011</td></tr></table></td></tr></table>
<div id="footer">Наш город &copy; 2011 | Бесплатный хостинг uCoz</div></body></html>`,
			"Депутаты утвердили бюджет на следующий год"},
		// uCoz with the headline only in the <title> (a block without
		// the eTitle cell).
		{"uCoz title only", "http://valley-town.ucoz.example/news/deputaty_utverdili_bjudzhet/2011-03-12-1234",
			`<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>Депутаты утвердили бюджет на следующий год - 12 Марта 2011 - Новости города - Наш город</title></head>
<body><div id="header"><h1><a href="/">Наш город</a></h1></div><div id="content"><div class="eMessage">` + ru + `</div><div class="eDetails">Категория: <a href="/news/1">Новости города</a> | Добавил: admin | Дата: 12.03.2011</div></div><div id="footer">Наш город &copy; 2011</div></body></html>`,
			"Депутаты утвердили бюджет на следующий год"},
		// PHP-Nuke: "<title>Site - Headline</title>", the headline in the
		// article's table as <font class="option"><b>, the side blocks
		// titled in <font class="content"><b>.
		{"PHP-Nuke", "http://www.valleylug.example/modules.php?name=News&file=article&sid=1234",
			`<html><head><title>Valley Linux Users Group - Members vote to host the regional install fest</title><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2005 by Francisco Burzi."></head>
<body bgcolor="#FFFFFF"><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td><a href="index.php"><img src="themes/DeepBlue/images/logo.gif" alt="Welcome to Valley Linux Users Group" border="0"></a></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td valign="top" width="150"><table border="0" cellpadding="3" cellspacing="0" width="100%"><tr><td><font class="content"><b>Modules</b></font></td></tr><tr><td><a href="index.php">Home</a><br><a href="modules.php?name=Downloads">Downloads</a></td></tr></table></td>
<td valign="top"><table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#000000"><tr><td><table border="0" cellpadding="3" cellspacing="1" width="100%"><tr><td bgcolor="#EFEFEF"><font class="option"><b>Members vote to host the regional install fest</b></font><br><font class="content">Posted on Monday, March 05 @ 10:22:11 EST by admin</font></td></tr><tr><td bgcolor="#FFFFFF"><font class="content">` + en + `</font></td></tr></table></td></tr></table></td></tr></table>
<font class="footmsg">All logos and trademarks in this site are property of their respective owner.</font></body></html>`,
			"Members vote to host the regional install fest"},
		// PHPCMS v9's default show page: the headline in div#Article's
		// <h1>, the date and source in a <span> inside the same <h1>.
		{"PHPCMS h1 with a date span", "http://www.valleycity.example/html/news/local/2013/0506/1234.html",
			`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>今年全市将改造老旧小区两万余户 - 本地新闻 - 河谷城市网</title><meta name="keywords" content="老旧小区,改造"></head>
<body><div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" alt="河谷城市网" /></a></div><div class="nav"><a href="/">首页</a><a href="/html/news/">新闻中心</a></div></div>
<div class="main"><div class="col-left"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/news/">新闻中心</a> &gt; <a href="/html/news/local/">本地新闻</a> &gt;  正文</div>
<div id="Article"><h1>今年全市将改造老旧小区两万余户<br /><span>2013-05-06 10:21:33&nbsp;&nbsp;&nbsp;来源：河谷日报&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：</span></h1><div class="content">` + zh + `</div></div></div>
<div class="col-auto"><div class="box"><h5 class="title-2">频道总排行</h5><ul><li><a href="/a.html">市区新增三条公交线路</a></li></ul></div></div></div>
<div class="footer">Copyright &copy; 2013 河谷城市网 版权所有</div></body></html>`,
			"今年全市将改造老旧小区两万余户"},
		// An ASP.NET WebForms news module: a generic <title>, the
		// headline in a Label whose id names it (ctl00_..._lblTitle),
		// no class.
		{"ASP.NET lblTitle", "http://www.valleycourier.example/NewsDetail.aspx?NewsID=1234",
			`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Valley Courier :: News Details</title></head>
<body><form name="aspnetForm" method="post" action="NewsDetail.aspx?NewsID=1234" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<div id="header"><a id="ctl00_hlLogo" href="Default.aspx"><img src="images/logo.jpg" alt="Valley Courier" /></a></div><div id="menu"><a href="Default.aspx">Home</a> | <a href="News.aspx">News</a> | <a href="Sports.aspx">Sports</a></div>
<table width="100%"><tr><td valign="top"><span id="ctl00_ContentPlaceHolder1_lblTitle" style="font-size:16pt;font-weight:bold;">Council approves expanded bus service for the east side</span><br /><span id="ctl00_ContentPlaceHolder1_lblDate">5/3/2011 10:22:11 AM</span><br /><span id="ctl00_ContentPlaceHolder1_lblBody">` + en + `</span></td>
<td valign="top" width="200"><span id="ctl00_lblLatest" style="font-weight:bold;">Latest News</span><br /><a href="NewsDetail.aspx?NewsID=1233">Storm warning for the weekend</a></td></tr></table></form></body></html>`,
			"Council approves expanded bus service for the east side"},
		// An Italian regional paper: "Headline - Cronaca - Site", the
		// masthead's <h1>, the headline in an <h2> with a kicker above.
		{"Italian regional, h1 masthead", "http://www.gazzettadellavalle.example/cronaca/2011/03/12/news/approvato-il-bilancio-1234/",
			`<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Approvato il bilancio, la nuova scuola aprirà nel 2013 - Cronaca - La Gazzetta della Valle</title></head>
<body><div id="testata"><h1><a href="/"><img src="/img/testata.gif" alt="La Gazzetta della Valle"></a></h1><ul class="menu"><li><a href="/cronaca/">Cronaca</a></li><li><a href="/sport/">Sport</a></li></ul></div>
<div id="articolo"><p class="occhiello">Il consiglio comunale</p><h2 class="titolo">Approvato il bilancio, la nuova scuola aprirà nel 2013</h2><p class="sommario">Dopo sei ore di dibattito il voto finale: favorevoli in diciotto</p><p class="firma">di Mario Rossi</p>` + it + `</div>
<div id="colonna"><h3>I più letti</h3><ul><li><a href="/a">Incidente sulla statale</a></li></ul></div><div id="footer">© La Gazzetta della Valle</div></body></html>`,
			"Approvato il bilancio, la nuova scuola aprirà nel 2013"},
		// An Arabic news CMS: "<title>Site | Section | Headline</title>",
		// the logo's <h1>, the headline in an <h2>.
		{"Arabic site first", "http://www.alwadi-news.example/news.php?id=1234",
			`<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>جريدة الوادي | أخبار محلية | المجلس البلدي يقر ميزانية العام المقبل</title></head>
<body><div id="header"><h1 class="logo"><a href="/">جريدة الوادي</a></h1><ul class="nav"><li><a href="/">الرئيسية</a></li><li><a href="/local.php">أخبار محلية</a></li></ul></div>
<div class="news-details"><h2 class="news-title">المجلس البلدي يقر ميزانية العام المقبل</h2><div class="news-date">الثلاثاء 12 مارس 2011</div>` + ar + `</div>
<div class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/a">إغلاق الجسر للصيانة</a></li></ul></div><div id="footer">جميع الحقوق محفوظة © جريدة الوادي</div></body></html>`,
			"المجلس البلدي يقر ميزانية العام المقبل"},
		// A Japanese local paper: "<title>Headline｜Section｜Site</title>",
		// no heading: the headline in p.headline.
		{"Japanese fullwidth bars", "http://www.tani-shimbun.example/news/local/20110312-1234.html",
			`<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>市議会、来年度予算案を可決　新校舎の建設費も｜地域ニュース｜谷新聞</title></head>
<body><div id="header"><h1 id="logo"><a href="/"><img src="/img/logo.png" alt="谷新聞"></a></h1><ul id="gnav"><li><a href="/news/">ニュース</a></li><li><a href="/sports/">スポーツ</a></li></ul></div>
<div id="main"><div class="article"><p class="date">2011年3月12日</p><p class="headline">市議会、来年度予算案を可決　新校舎の建設費も</p>` + ja + `</div></div>
<div id="side"><h2>アクセスランキング</h2><ol><li><a href="/a.html">橋の補修工事始まる</a></li></ol></div><div id="footer">Copyright &copy; 谷新聞社</div></body></html>`,
			"市議会、来年度予算案を可決 新校舎の建設費も"},
	} {
		if got, prov := extractTitle(t, tc.page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// More layouts without structured data: a headline split into a kicker,
// the headline and a subtitle; a cookie banner's heading before the
// story's; the <title> the only source, decorated on both sides.
func TestTitleProbe65Layouts(t *testing.T) {
	en := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	fa := strings.Repeat(`<p>شورای شهر سه‌شنبه شب پس از بحثی طولانی درباره جاده‌ها، کتابخانه و مدرسه جدید که ده سال است به شهر وعده داده شده، بودجه سال آینده را تصویب کرد.</p>`, 4)
	zh := strings.Repeat(`<p>记者从市政府新闻发布会上获悉，今年全市将投入资金改造老旧小区，涉及居民两万余户，工程预计年底前全部完工，届时小区的道路、供水和绿化都将得到改善。</p>`, 4)
	fr := strings.Repeat(`<p>Le conseil municipal a voté mardi soir le budget de l'année prochaine, après un long débat sur les routes, la bibliothèque et la nouvelle école promise à la ville depuis dix ans.</p>`, 4)
	pl := strings.Repeat(`<p>Rada miasta we wtorek wieczorem przyjęła budżet na przyszły rok po długiej debacie o drogach, bibliotece i nowej szkole, którą miastu obiecuje się od dziesięciu lat.</p>`, 4)
	for _, tc := range []struct{ name, url, page, want string }{
		// An Iranian news CMS: the kicker (rutitr) above the <h1>, the
		// lead below it, "<title>Headline | Section | Site</title>".
		{"Persian rutitr", "http://www.darrehnews.example/fa/news/123456/",
			`<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8"><title>شورای شهر بودجه سال آینده را تصویب کرد | اجتماعی | خبرگزاری دره</title></head>
<body><div class="header"><a href="/"><img src="/logo.png" alt="خبرگزاری دره"></a><ul class="menu"><li><a href="/fa/service/politics">سیاسی</a></li><li><a href="/fa/service/social">اجتماعی</a></li></ul></div>
<div class="news-body"><div class="rutitr">در جلسه دیشب</div><h1 class="title">شورای شهر بودجه سال آینده را تصویب کرد</h1><div class="lead">بودجه پس از شش ساعت بحث با هجده رای موافق تصویب شد</div><div class="body">` + fa + `</div></div>
<div class="side"><h2 class="box-title">پربازدیدترین</h2><ul><li><a href="/a">بسته شدن پل برای تعمیر</a></li></ul></div></body></html>`,
			"شورای شهر بودجه سال آینده را تصویب کرد"},
		// A cookie banner's heading before the story's plain <h2>, the
		// <title> the site's name only.
		{"cookie banner h2", "http://www.valleycourier.example/news/story.php?id=1234",
			`<html><head><title>Valley Courier</title></head>
<body><div id="cookie-notice"><h2>We value your privacy</h2><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<div id="header"><a href="/"><img src="/logo.gif" alt="Valley Courier"></a></div><div id="menu"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sports/">Sports</a></div>
<div id="content"><h2>Council approves expanded bus service for the east side</h2><p>May 3, 2011</p>` + en + `</div>
<div id="right"><h2>Most read</h2><ul><li><a href="/a">Storm warning for the weekend</a></li></ul></div></body></html>`,
			"Council approves expanded bus service for the east side"},
		// Two <h1>s: the site's name, then the story's, under a <title>
		// that names only the section and the site.
		{"two h1s", "http://www.valleycourier.example/news/story.php?id=1234",
			`<html><head><title>Local News - Valley Courier</title></head>
<body><div id="top"><h1><a href="/">Valley Courier</a></h1><p>Serving the valley since 1887</p></div><div id="menu"><a href="/">Home</a> <a href="/news/">Local News</a> <a href="/sports/">Sports</a></div>
<div id="story"><h1>Council approves expanded bus service for the east side</h1><p class="byline">By Jane Doe, Staff Writer</p>` + en + `</div></body></html>`,
			"Council approves expanded bus service for the east side"},
		// DedeCMS: "<title>Headline_Section_Site</title>", the headline
		// in div.title's <h2>, the sidebar's ranking under an <h3>.
		{"DedeCMS", "http://www.valleycity.example/news/local/2013/0506/1234.html",
			`<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>今年全市将改造老旧小区两万余户_本地新闻_河谷城市网</title><meta name="keywords" content="老旧小区" /></head>
<body><div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">河谷城市网</a></h1></div></div><div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href="/">主页</a></li><li><a href="/news/">新闻</a></li></ul></div></div></div>
<div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/news/local/">本地新闻</a> &gt; </div>
<div class="viewbox"><div class="title"><h2>今年全市将改造老旧小区两万余户</h2></div><div class="info"><small>时间:</small>2013-05-06 10:21<small>来源:</small>河谷日报 <small>作者:</small>王明 <small>点击:</small><script src="/plus/count.php?view=yes&aid=1234&mid=1" type='text/javascript' language="javascript"></script>次</div><div class="content">` + zh + `</div></div></div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="n light"><ul class="d4"><li><a href="/a.html">市区新增三条公交线路</a></li></ul></dd></dl></div></div></div>
<div class="footer w960 center mt1 clear"><div class="footer_body">Copyright &copy; 2013 河谷城市网 版权所有</div></div></body></html>`,
			"今年全市将改造老旧小区两万余户"},
		// A French regional paper's <title> only, the section and the
		// site after the headline, and the section's label before it,
		// set off by a colon with French spacing.
		{"French title only", "http://www.courrierdelavallee.example/actualites/societe/un-pont-ferme-1234.html",
			`<html lang="fr"><head><meta charset="utf-8"><title>Société : Le pont de la vallée fermé pendant trois mois - Actualités - Le Courrier de la Vallée</title></head>
<body><div id="bandeau"><a href="/"><img src="/img/bandeau.jpg" alt="Le Courrier de la Vallée"></a></div><div id="article">` + fr + `</div><div id="pied">© Le Courrier de la Vallée</div></body></html>`,
			"Le pont de la vallée fermé pendant trois mois"},
		// A Polish regional paper: the logo's <h1>, the headline in a
		// <div class="tytul">, the <title> "Headline - Wiadomości -
		// Site".
		{"Polish tytul", "http://www.gazetadoliny.example/wiadomosci/rada-przyjela-budzet,1234.html",
			`<html lang="pl"><head><meta charset="utf-8"><title>Rada przyjęła budżet na przyszły rok - Wiadomości - Gazeta Doliny</title></head>
<body><div id="naglowek"><h1><a href="/">Gazeta Doliny</a></h1></div><div id="menu"><a href="/wiadomosci/">Wiadomości</a> <a href="/sport/">Sport</a></div>
<div id="tresc"><div class="tytul">Rada przyjęła budżet na przyszły rok</div><div class="data">12.03.2011</div>` + pl + `</div><div id="prawa"><h3>Najczęściej czytane</h3></div></body></html>`,
			"Rada przyjęła budżet na przyszły rok"},
		// "Site » Section » Headline" with the name nowhere else.
		{"crumb title", "http://www.valleycourier.example/news/story.php?id=1234",
			`<html><head><title>Valley Courier &raquo; Local News &raquo; Council approves expanded bus service for the east side</title></head>
<body><div id="content">` + en + `</div></body></html>`,
			"Council approves expanded bus service for the east side"},
		// "Trend News : Headline - Site" with a label and a site.
		{"label and site", "http://www.valleycourier.example/news/story.php?id=1234",
			`<html><head><title>Breaking News : Council approves expanded bus service for the east side - Valley Courier</title></head>
<body><div id="header"><a href="/"><img src="/logo.gif" alt="Valley Courier"></a></div><div id="content">` + en + `</div></body></html>`,
			"Council approves expanded bus service for the east side"},
		// "Headline « Blog Name", the older WordPress themes' order.
		{"guillemet blog", "http://valleyblog.example/2009/05/03/bus-service/",
			`<html><head><title>Council approves expanded bus service for the east side &laquo;  Notes from the Valley</title></head>
<body><div id="header"><h1><a href="http://valleyblog.example/">Notes from the Valley</a></h1><div class="description">Just another WordPress weblog</div></div>
<div id="content"><div class="post" id="post-123"><h2><a href="http://valleyblog.example/2009/05/03/bus-service/" rel="bookmark" title="Permanent Link to Council approves expanded bus service for the east side">Council approves expanded bus service for the east side</a></h2><small>May 3rd, 2009</small><div class="entry">` + en + `</div></div></div>
<div id="sidebar"><h2>Recent Posts</h2><ul><li><a href="/2009/05/01/storm/">Storm warning for the weekend</a></li></ul></div></body></html>`,
			"Council approves expanded bus service for the east side"},
	} {
		if got, prov := extractTitle(t, tc.page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// The helpers behind the probes above, at their edges.
func TestTitleProbe65Helpers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"Welcome to Valley Linux Users Group", "Valley Linux Users Group"},
		{"WELCOME TO THE VALLEY COURIER!", "VALLEY COURIER"},
		{"Bienvenue sur Le Courrier", "Le Courrier"},
		{"Willkommen bei der Talzeitung", "Talzeitung"},
		{"Welcome to ", ""},
		{"Welcome", ""},
		{"Valley Courier", ""},
		{"", ""},
	} {
		if got := withoutWelcome(tc.in); got != tc.want {
			t.Errorf("withoutWelcome(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for id, want := range map[string]bool{
		"ctl00_ContentPlaceHolder1_lblTitle": true,
		"MainContent_lblNewsTitle":           true,
		"ctl00$cph$litHeadline":              true,
		"ctl00_lblLatest":                    false,
		"ctl00_lblTitleDate":                 false,
		"lbl":                                false,
		"":                                   false,
		"_":                                  false,
	} {
		if got := aspNetHeadline(id); got != want {
			t.Errorf("aspNetHeadline(%q) = %v, want %v", id, got, want)
		}
	}
	for s, want := range map[string]bool{
		"12 Марта 2011":     true,
		"12 مارس 2011":      true,
		"12 Марта 2011 г.":  true,
		"Москва 12 2011":    false,
		"Марта . 2011":      false, // a bare dot: no panic
		"Депутаты 12 Марта": false,
	} {
		if got := onlyDate(s); got != want {
			t.Errorf("onlyDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// Titles whose decorations sit in other places and separators: a site's
// name first and a section after it, ">" trails, "::" and "【】".
func TestTitleProbe65Decorations(t *testing.T) {
	en := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	ru := strings.Repeat(`<p>Депутаты городской думы во вторник утвердили бюджет на следующий год после долгого обсуждения расходов на дороги, библиотеку и новую школу, которую городу обещают уже десять лет.</p>`, 4)
	ja := strings.Repeat(`<p>市議会は火曜日の夜、来年度の予算案を可決した。道路や図書館、十年前から約束されている新しい学校の建設をめぐって長い議論が続いた。</p>`, 4)
	ko := strings.Repeat(`<p>시의회는 화요일 저녁 도로와 도서관, 그리고 십 년 전부터 약속된 새 학교 건설을 둘러싼 긴 논의 끝에 내년도 예산안을 통과시켰다.</p>`, 4)
	pt := strings.Repeat(`<p>A câmara municipal aprovou na terça-feira à noite o orçamento do próximo ano, depois de um longo debate sobre as estradas, a biblioteca e a nova escola prometida à cidade há dez anos.</p>`, 4)
	tr := strings.Repeat(`<p>Belediye meclisi salı akşamı yollar, kütüphane ve şehre on yıldır vaat edilen yeni okul hakkındaki uzun bir tartışmanın ardından gelecek yılın bütçesini onayladı.</p>`, 4)
	const h = "Council approves expanded bus service for the east side"
	plain := func(title, head string) string {
		return `<html><head><title>` + title + `</title></head><body><div id="header"><a href="/"><img src="/logo.gif" alt="Valley Courier"></a></div><div id="menu"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sports/">Sports</a></div><div id="content">` + head + en + `</div><div id="footer">© 2011 Valley Courier</div></body></html>`
	}
	for _, tc := range []struct{ name, url, page, want string }{
		{"site - section - headline", "http://www.valleycourier.example/modules.php?name=News&sid=1234",
			plain("Valley Courier - News - "+h, ""), h},
		{"DNN site > section > headline", "http://www.valleycourier.example/News/tabid/56/ArticleID/1234/Default.aspx",
			plain("Valley Courier &gt; News &gt; "+h, ""), h},
		{"headline > section > site", "http://www.valleycourier.example/News/tabid/56/ArticleID/1234/Default.aspx",
			plain(h+" &gt; News &gt; Valley Courier", ""), h},
		{"kicker, headline and subtitle spans in the h1", "http://www.valleycourier.example/news/2011/05/03/bus-service",
			plain("Valley Courier", `<h1 class="article-title"><span class="kicker">Transit</span> <span class="headline">`+h+`</span></h1><p class="subtitle">Three new routes start in June</p>`), h},
		{"a kicker the <title> keeps", "http://www.valleycourier.example/news/2011/05/03/bus-service",
			plain("Transit: "+h+" - Valley Courier", `<h1 class="article-title"><span class="kicker">Transit</span> <span class="headline">`+h+`</span></h1>`), "Transit: " + h},
		{"a German Dachzeile", "http://www.talzeitung.example/lokales/artikel-1234.html",
			plain("Talzeitung", `<h1><span class="dachzeile">Nahverkehr</span> <span class="titel">Mehr Busse für den Osten der Stadt</span></h1>`), "Mehr Busse für den Osten der Stadt"},
		{"breadcrumb before the headline", "http://www.valleycourier.example/news/story.php?id=1234",
			plain("Valley Courier", `<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news/">News</a> &raquo; Council approves expanded bus service...</div><h2>`+h+`</h2>`), h},
		{"Russian ::", "http://www.volga-news.example/news/1234.html",
			`<html><head><meta charset="utf-8"><title>Депутаты утвердили бюджет на следующий год :: Новости :: Волжские вести</title></head><body><div id="logo"><a href="/"><img src="/logo.png" alt="Волжские вести"></a></div><div id="text">` + ru + `</div></body></html>`,
			"Депутаты утвердили бюджет на следующий год"},
		{"Japanese 【速報】 and ：site", "http://www.tani-shimbun.example/news/20110312-1234.html",
			`<html lang="ja"><head><meta charset="utf-8"><title>【速報】市議会、来年度予算案を可決：谷新聞</title></head><body><div id="logo"><a href="/"><img src="/logo.png" alt="谷新聞"></a></div><div id="honbun">` + ja + `</div></body></html>`,
			"市議会、来年度予算案を可決"},
		// A Korean regional paper: the headline in Daum-style
		// "h3.tit_view" under an <h1> logo, the <title> "Headline -
		// Site".
		{"Korean tit_view", "http://www.golijjagi.example/news/articleView.html?idxno=1234",
			`<html lang="ko"><head><meta charset="utf-8"><title>시의회, 내년도 예산안 통과 - 골짜기일보</title></head><body><div id="header"><h1 class="logo"><a href="/"><img src="/logo.png" alt="골짜기일보"></a></h1></div><div class="news_view"><h3 class="tit_view">시의회, 내년도 예산안 통과</h3><span class="txt_info">입력 2011.03.12 10:21</span>` + ko + `</div><div class="aside"><h4 class="tit_aside">많이 본 뉴스</h4></div></body></html>`,
			"시의회, 내년도 예산안 통과"},
		{"Portuguese titulo-materia", "http://www.jornaldovale.example/cidades/camara-aprova-orcamento-1234.html",
			`<html lang="pt-BR"><head><meta charset="utf-8"><title>Câmara aprova orçamento do próximo ano - Cidades - Jornal do Vale</title></head><body><div id="topo"><h1><a href="/">Jornal do Vale</a></h1></div><div class="materia"><h2 class="titulo-materia">Câmara aprova orçamento do próximo ano</h2><p class="linha-fina">Votação terminou depois de seis horas de debate</p>` + pt + `</div><div class="lateral"><h3>Mais lidas</h3></div></body></html>`,
			"Câmara aprova orçamento do próximo ano"},
		{"Turkish Gündem", "http://www.vadigazetesi.example/gundem/meclis-butceyi-onayladi-h1234.html",
			`<html lang="tr"><head><meta charset="utf-8"><title>Meclis gelecek yılın bütçesini onayladı - Gündem - Vadi Gazetesi</title></head><body><div id="ust"><a href="/"><img src="/logo.png" alt="Vadi Gazetesi"></a></div><div class="haber-detay">` + tr + `</div></body></html>`,
			"Meclis gelecek yılın bütçesini onayladı"},
	} {
		if got, prov := extractTitle(t, tc.page, tc.url); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
