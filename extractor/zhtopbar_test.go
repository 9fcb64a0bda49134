package extractor

import (
	"strings"
	"testing"
)

// Today's date with its weekday in a portal's top bar, above the menus,
// is not the article's: the dateline under the headline is. A weekday
// dateline just above the headline, no menu between, still is.
func TestChineseTopBarWeekday(t *testing.T) {
	const bar = `<div class="topbar">今天是2024年5月20日 星期一 <a href="/login">登录</a></div>`
	for _, c := range []struct{ name, top, info, want string }{
		{"weekday", `<div class="topbar">2024年5月20日 星期一</div>`, `<div class="info">2024-05-16 10:21 来源：江城日报</div>`, "2024-05-16"},
		{"short weekday", `<div class="topbar"><span>2024年05月20日</span> <span>周一</span></div>`, `<div class="info">2024-05-16 10:21 来源：江城日报</div>`, "2024-05-16"},
		{"Traditional weekday", `<div class="topbar">2024年5月20日 週一</div>`, `<div class="info">2024-05-16 10:21 來源：江城日報</div>`, "2024-05-16"},
	} {
		page := zhPortal("", c.info, "", "", "")
		if !strings.Contains(page, bar) {
			t.Fatal("zhPortal's top bar changed")
		}
		page = strings.Replace(page, bar, c.top, 1)
		if a := zhExtract(t, page, zhURL); a.PublishedDate != c.want {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.want)
		}
	}
	// No menu between: a dateline above the headline.
	page := zhHead + `<title>` + zhTitleTrad + `</title></head><body><div class="nav"><a>港聞</a> <a>經濟</a> <a>國際</a></div>
<div class="article"><div class="date">2024年5月16日 週四</div><h1>` + zhTitleTrad + `</h1><div class="content">` + zhParas(true, "") + `</div></div></body></html>`
	if a := zhExtract(t, page, "https://news.example.hk/a/1"); a.PublishedDate != "2024-05-16" {
		t.Errorf("Extract(dateline above the headline).PublishedDate = %q, want 2024-05-16", a.PublishedDate)
	}
}

// A top bar that greets the reader or says "today is" is the top bar's
// however few links stand between it and the headline (a two-link
// breadcrumb).
func TestChineseTopBarGreeting(t *testing.T) {
	const paras = `<div class="content"><p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p><p>会议指出，今年以来，全市上下认真贯彻落实中央决策部署，经济运行总体平稳、稳中有进，民生保障持续加强。</p></div>`
	for _, c := range []struct{ name, top, want string }{
		{"welcome", `<div class="topbar">2024年5月20日 星期一 欢迎访问重庆新闻网</div>`, "2024-05-16"},
		{"today is", `<div class="topbar">今天是：2024年5月20日 星期一</div>`, "2024-05-16"},
	} {
		page := zhHead + `<title>重庆市召开全市经济工作会议</title></head><body>` + c.top + `<div class="crumb"><a href="/">首页</a> &gt; <a href="/news">新闻</a></div>` +
			`<div class="article"><h1>重庆市召开全市经济工作会议</h1><div class="info">2024-05-16 10:23 来源：华龙网</div>` + paras + `</div></body></html>`
		if a := zhExtract(t, page, "https://www.cqnews.example/news/c123.html"); a.PublishedDate != c.want {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.want)
		}
	}
}

// The top bar's today in the other languages of news, its weekday first,
// above the menus: not the article's date, neither beside the byline's nor
// as the one day the page shows. A weekday dateline just above the
// headline, no menu between, still dates the page.
func TestTopBarWeekdayOtherLanguages(t *testing.T) {
	const menu = `<header><a href="/"><img src="/logo.png" alt="News Example"></a><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>`
	paras := ""
	for i := range 4 {
		paras += "<p>Paragraph " + string(rune('0'+i)) + " of the story, long enough to be body text for the reader.</p>"
	}
	for _, c := range []struct{ lang, bar, byline, want string }{
		{"en", "Tuesday, March 12, 2024", "", ""},
		{"en", "Tuesday, March 12, 2024", "<p>By Jane Doe | March 5, 2024</p>", "2024-03-05"},
		{"es", "Martes, 12 de marzo de 2024", "", ""},
		{"id", "Selasa, 12 Maret 2024", "", ""},
		{"tr", "12 Mart 2024 Salı", "", ""},
		{"ar", "الثلاثاء 12 مارس 2024", "", ""},
		{"vi", "Thứ Ba, 12/3/2024", "", ""},
		{"ko", "2024년 3월 12일 화요일", "", ""},
	} {
		page := `<html lang="` + c.lang + `"><head><title>A story</title></head><body><div class="topbar">` + c.bar + `</div>` + menu +
			`<article><h1>A story</h1>` + c.byline + paras + `</article></body></html>`
		if a := extractPage(t, page); published(a) != c.want {
			t.Errorf("Extract(%s top bar %q).PublishedDate = %q, want %q", c.lang, c.bar, published(a), c.want)
		}
	}
	// No menu between: a dateline above the headline.
	page := `<html lang="en"><head><title>A story</title></head><body>` + menu + `<article><p class="dateline">Tuesday, March 12, 2024</p><h1>A story</h1>` + paras + `</article></body></html>`
	if a := extractPage(t, page); published(a) != "2024-03-12" {
		t.Errorf("Extract(dateline above the headline).PublishedDate = %q, want 2024-03-12", published(a))
	}
}
