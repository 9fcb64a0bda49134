package extractor

import (
	"strings"
	"testing"
)

// Headlines set inside a wrapper whose class holds a word that also names
// the page's furniture: a hero block styled by a promo class ("article-hero
// promo-wrap"), a story header that is a teaser's markup reused, a page
// with a table of contents beside the headline ("toc-layout"), a drawer
// that holds the whole story ("drawer-content"). The <title> is the
// site's name, so only the heading names the page.
func TestTitleProbe68FurnitureWordWrapper(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 5)
	nav := `<header class="site-header"><a href="/" class="logo">Harbour Herald</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/opinion/">Opinion</a></nav></header>`
	side := `<aside class="sidebar"><div class="popular"><h2>Most popular</h2><ul><li><h3><a href="/a">Council approves new school budget after long debate</a></h3></li><li><h3><a href="/b">Harbour festival returns with fireworks and music</a></h3></li></ul></div></aside>`
	foot := `<footer class="site-footer">© Harbour Herald</footer>`
	page := func(title, mid string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + title + `</title></head><body>` + nav + `<main>` + mid + `</main>` + side + foot + `</body></html>`
	}
	for _, tc := range []struct{ name, page, want string }{
		{"hero promo wrap", page("Harbour Herald", `<div class="article-hero promo-wrap"><h1>`+h+`</h1><p class="deck">Crews worked through the night.</p></div><div class="article-body">`+body+`</div>`), h},
		{"teaser markup reused", page("Harbour Herald", `<div class="teaser teaser--lead"><h1 class="teaser__title">`+h+`</h1><span class="teaser__meta">March 3, 2024</span></div><div class="story">`+body+`</div>`), h},
		{"toc beside headline", page("Harbour Herald", `<div class="toc-layout"><h1>`+h+`</h1></div><div class="content">`+body+`</div>`), h},
		{"related class on header", page("Harbour Herald", `<div class="story-header related-header"><h1>`+h+`</h1></div><div class="content">`+body+`</div>`), h},
		{"modal article", page("Harbour Herald", `<div class="modal-header"><h1 class="headline">`+h+`</h1></div><div class="content">`+body+`</div>`), h},
		// The other way: a sidebar list's heading never names the page,
		// nor does a list of teasers, nor a dialog's heading before the
		// story's own.
		{"popular list only", page("Harbour Herald", `<div class="content">`+body+`</div>`), "Harbour Herald"},
		{"teaser list", page("Harbour Herald", `<div class="content">`+body+`</div><div class="teasers"><h1>Council approves new school budget after long debate</h1><h2><a href="/b">Harbour festival returns with fireworks and music</a></h2></div>`), "Harbour Herald"},
		{"linked promo", page("Harbour Herald", `<div class="promo"><h1><a href="/b">Harbour festival returns with fireworks and music</a></h1></div><div class="content">`+body+`</div>`), "Harbour Herald"},
		{"subscribe modal", page("Harbour Herald", `<div class="modal" role="dialog"><h1>Subscribe today for unlimited access to local news</h1><button>Subscribe</button></div><article><h1>`+h+`</h1>`+body+`</article>`), h},
		{"product hero label", page("Stock Funds: How to Choose | Harbour Bank", `<div class="herospot teaser"><h1>Stock funds</h1><p>Own a share of thousands of companies.</p></div><div class="content">`+body+`</div>`), "Stock Funds: How to Choose"},
		{"cookie modal", page("Harbour Herald", `<div class="cookie-modal"><h1>We value your privacy and the choices you make</h1><button>Accept</button></div><div class="content">`+body+`</div>`), "Harbour Herald"},
	} {
		u := "https://www.harbourherald.example/news/2024/03/03/storm-closes-coastal-road"
		if got, prov := extractTitle(t, tc.page, u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// A page whose only headline is the last, plain step of a breadcrumb
// trail ("You are here: Home > News > <strong>Headline</strong>"), the
// <title> the site's name.
func TestTitleProbe68TrailLastStep(t *testing.T) {
	const h = "Storm closes coastal road as thousands lose power"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 5)
	page := func(trail string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Herald</title></head><body><div id="header"><a href="/"><img src="/logo.gif" alt="Harbour Herald"></a></div>
<div id="menu"><a href="/news/">News</a> | <a href="/sport/">Sport</a> | <a href="/contact/">Contact</a></div>` + trail + `<div id="content"><p class="date">Posted March 3, 2024</p>` + body + `</div><div id="footer">© Harbour Herald</div></body></html>`
	}
	for _, tc := range []struct{ name, trail, want string }{
		{"strong last step", `<div class="breadcrumb">You are here: <a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <strong>` + h + `</strong></div>`, h},
		{"span last step", `<div id="breadcrumbs"><a href="/">Home</a> » <a href="/news/">News</a> » <span class="current">` + h + `</span></div>`, h},
		{"li last step", `<nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li class="active" aria-current="page">` + h + `</li></ol></nav>`, h},
		{"bare text last step", `<p class="breadcrumbs">You are here: <a href="/">Home</a> / <a href="/news/">News</a> / ` + h + `</p>`, h},
		{"Chinese trail", `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div><div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 江州市地铁三号线今日开通运营</div>`, "江州市地铁三号线今日开通运营"},
		// A section's name, a short label or a linked last step is no
		// headline: the site's name stays.
		{"section last step", `<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; Weather and traffic</div>`, "Harbour Herald"},
		{"linked last step", `<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/storm">` + h + `</a></div>`, "Harbour Herald"},
	} {
		u := "https://www.harbourherald.example/news/storm-closes-coastal-road.html"
		if got, prov := extractTitle(t, page(tc.trail), u); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}

// Older Chinese portals that class the headline's table cell "biaoti"
// (标题, title, in pinyin), with the site's name as the <title>.
func TestTitleProbe68ZhBiaoti(t *testing.T) {
	body := zh46Body(false, "<p>", "</p>", "")
	for _, tc := range []struct{ name, head string }{
		{"td.biaoti", `<table width="760"><tr><td class="biaoti" align="center">` + zh46Title + `</td></tr><tr><td class="info">2024-03-05 14:22　来源：江州日报</td></tr></table>`},
		{"div#biaoti", `<div id="biaoti"><font size="5"><b>` + zh46Title + `</b></font></div><div class="info">2024-03-05 14:22　来源：江州日报</div>`},
		{"span.news_biaoti", `<span class="news_biaoti">` + zh46Title + `</span><div class="info">2024-03-05 14:22　来源：江州日报</div>`},
	} {
		page := `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>江州网</title></head><body><div class="top"><a class="logo" href="/"><img src="/logo.gif" alt="江州网"></a>` + zh46Nav + `</div>
<div class="main">` + tc.head + `<div class="content">` + body + `</div></div>` + zh46Foot("江州网") + `</body></html>`
		if got, prov := extractTitle(t, page, "http://www.jznews.cn/html/local/2024-03/05/content_123456.htm"); got != zh46Title {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, zh46Title)
		}
	}
}
