package extractor

import (
	"strings"
	"testing"
)

// Chinese and Korean CMSs class the headline's block with a short form of
// "title": "tit", "tt", "art_tit", "news-tit", "view_tit". The <title>
// is the site's name.
func TestTitleProbe69ShortTitClass(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	for _, tc := range []struct{ name, head string }{
		{"div.tit", `<div class="tit">` + h + `</div>`},
		{"div.tt", `<div class="tt">` + h + `</div>`},
		{"div.art_tit", `<div class="art_tit">` + h + `</div>`},
		{"p.news-tit", `<p class="news-tit">` + h + `</p>`},
		{"div.view_tit strong", `<div class="view_tit"><strong>` + h + `</strong></div>`},
		{"span.art-tit", `<span class="art-tit">` + h + `</span>`},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour Herald</title></head><body><div class="header"><a class="logo" href="/">Harbour Herald</a><ul class="gnb"><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></div>
<div class="article">` + tc.head + `<div class="info"><span>March 3, 2024 10:15</span></div><div class="cont">` + body + `</div></div><div class="footer">Copyright &copy; Harbour Herald</div></body></html>`
		if got, prov := extractTitle(t, page, "https://www.harbourherald.example/news/view.php?idx=4711"); got != h {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, h)
		}
	}
}

// Older Chinese portals whose <title> is "Site——Slogan" (a full-width
// dash, or two) on every page, with the story's headline in a cell
// classed "biaoti": the slogan shares words with the headline ("江州地铁"),
// yet names no page.
func TestTitleProbe69ZhSloganTitle(t *testing.T) {
	body := zh46Body(false, "<p>", "</p>", "")
	for _, tc := range []struct{ name, title, head string }{
		{"td.biaoti, two dashes", "江州网——江州地铁公交出行第一站", `<table width="760"><tr><td class="biaoti" align="center">` + zh46Title + `</td></tr><tr><td class="info">2024-03-05 14:22　来源：江州日报</td></tr></table>`},
		{"td.biaoti, one dash", "江州网—江州城东老城新闻门户", `<table width="760"><tr><td class="biaoti" align="center">` + zh46Title + `</td></tr><tr><td class="info">2024-03-05 14:22　来源：江州日报</td></tr></table>`},
		{"div.biaoti, spaced dash", "江州网 — 江州地铁城东老城", `<div class="biaoti">` + zh46Title + `</div><div class="info">2024-03-05 14:22　来源：江州日报</div>`},
		// The <title> the headline after the name: it stays.
		{"the headline after the name", "江州网——" + zh46Title, `<div class="biaoti">` + zh46Title + `</div><div class="info">2024-03-05 14:22　来源：江州日报</div>`},
	} {
		page := `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>` + tc.title + `</title></head><body><div class="top"><a class="logo" href="/"><img src="/logo.gif" alt="江州网"></a>` + zh46Nav + `</div>
<div class="main">` + tc.head + `<div class="content">` + body + `</div></div>` + zh46Foot("江州网") + `</body></html>`
		if got, prov := extractTitle(t, page, "http://www.jznews.cn/html/local/2024-03/05/content_123456.htm"); got != zh46Title {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, zh46Title)
		}
	}
}

// A portal's front page under "Site——Slogan": its headings link to the
// stories, so the slogan stays.
func TestTitleProbe69ZhSloganFrontPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>江州网——江州人自己的新闻网站</title></head><body><div class="top"><a class="logo" href="/"><img src="/logo.gif" alt="江州网"></a>` + zh46Nav + `</div>
<div class="main"><div class="biaoti"><a href="/html/local/2024-03/05/content_123456.htm">` + zh46Title + `</a></div><p>` + zh46Paras[0] + `</p><ul><li><a href="/n/1.html">全市公交线路优化调整方案公布</a></li><li><a href="/n/2.html">城区三条主干道完成提质改造</a></li></ul></div>` + zh46Foot("江州网") + `</body></html>`
	if got, prov := extractTitle(t, page, "http://www.jznews.cn/"); got != "江州人自己的新闻网站" {
		t.Errorf("Extract(front page).Title = %q (%s), want the slogan", got, prov)
	}
}

// DataLife Engine, the CMS of many Russian-language sites, under a
// <title> that is only the site's name: the headline in a block no class
// names as one ("ftitle"), and its trail, the "speedbar", ending in the
// headline as plain text. A speedbar that links its last step names no
// page.
func TestTitleProbe69DLESpeedbar(t *testing.T) {
	const h = "В Заречье открыли новый мост через реку после трёх лет ремонта"
	body := strings.Repeat(`<p>Мост длиной двести метров соединил два района города. Движение по нему открыто для легковых машин и автобусов, сообщили в администрации.</p>`, 4)
	dle := func(title, trail, full string) string {
		return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>` + title + `</title><meta name="description" content="Мост длиной двести метров соединил два района города."><meta name="keywords" content="мост, Заречье, ремонт"><link rel="search" type="application/opensearchdescription+xml" href="/index.php?do=opensearch" title="Заречные вести"><link rel="alternate" type="application/rss+xml" title="Заречные вести" href="/rss.xml"></head>
<body><div class="wrapper"><div class="header"><a class="logo" href="/">Заречные вести</a><ul class="topmenu"><li><a href="/news/">Новости</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/culture/">Культура</a></li></ul></div>
` + trail + `
<div class="content"><div id="dle-content">` + full + `</div></div>
<div class="sidebar"><div class="block"><div class="btitle">Популярное</div><ul><li><a href="/news/1-a.html">Городской парк закроют на реконструкцию до осени</a></li><li><a href="/news/2-b.html">Школьники Заречья победили на областной олимпиаде</a></li></ul></div></div>
<div class="footer">© 2024 Заречные вести. Все права защищены.</div></div></body></html>`
	}
	full := `<div class="fstory"><div class="ftitle">` + h + `</div><div class="finfo">5-03-2024, 14:22</div><div class="ftext">` + body + `</div></div>`
	for _, tc := range []struct{ name, trail, want string }{
		{"div.speedbar", `<div class="speedbar"><a href="/">Заречные вести</a> » <a href="/news/">Новости</a> » ` + h + `</div>`, h},
		{"span#dle-speedbar", `<div class="bar"><span id="dle-speedbar"><a href="/">Заречные вести</a> » <a href="/news/">Новости</a> » ` + h + `</span></div>`, h},
		{"linked last step", `<div class="speedbar"><a href="/">Заречные вести</a> » <a href="/news/">Новости</a> » <a href="/news/4711-most.html">` + h + `</a></div>`, "Заречные вести"},
	} {
		if got, prov := extractTitle(t, dle("Заречные вести", tc.trail, full), "https://zarechye-vesti.example/news/4711-most.html"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A headline in a block whose class runs a CMS's word into "title":
// DataLife Engine's default templates' "<td class="ntitle">", Joomla
// K2's "itemTitle" where a template override sets it on a <div>. The
// <title> is the site's name.
func TestTitleProbe69FusedTitleClass(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	const ru = "В Заречье открыли новый мост через реку после трёх лет ремонта"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	ruBody := strings.Repeat(`<p>Мост длиной двести метров соединил два района города. Движение по нему открыто для легковых машин и автобусов, сообщили в администрации.</p>`, 4)
	page := func(title, head, body string) string {
		return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body><div id="header"><a class="logo" href="/"><img src="/logo.png" alt="` + title + `"></a><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></div><div id="content">` + head + body + `</div><div class="sidebar"><div class="btitle">Популярное</div><ul><li><a href="/news/1-a.html">Городской парк закроют на реконструкцию до осени</a></li></ul></div><div id="footer">© ` + title + `</div></body></html>`
	}
	for _, tc := range []struct{ name, page, want string }{
		{"DLE td.ntitle", page("Заречные вести", `<table width="100%"><tr><td class="ntitle">`+ru+`</td></tr><tr><td class="slink">Автор: ivanov | 5-03-2024, 14:22</td></tr></table>`, ruBody), ru},
		{"K2 div.itemTitle", page("Harbour Herald", `<div class="itemHeader"><div class="itemTitle">`+h+`</div><span class="itemAuthor">Written by Jane Doe</span></div>`, `<div class="itemFullText">`+body+`</div>`), h},
		// A sidebar's block title ("btitle") is no headline.
		{"DLE btitle only", page("Заречные вести", ``, ruBody), "Заречные вести"},
	} {
		if got, prov := extractTitle(t, tc.page, "https://www.example.ru/news/4711.html"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
