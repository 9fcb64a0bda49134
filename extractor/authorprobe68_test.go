package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the sixty-eighth round (issue 13, item 3): credits the
// earlier rounds read wrong or not at all. A Chinese reporter's credit
// that runs on into the story's first words, a byline that credits the
// words twice ("Story by", "Words and photos by"), the share buttons run
// into a byline, a Taiwanese site's name before its reporter's report,
// a Japanese paper's closing dateline, and a release credited to the
// body that issued it.

// probe68Para is a story's paragraph in the languages of the pages below.
var probe68Para = map[string]string{
	"en": "The county board voted on Tuesday to reopen the old rail bridge to walkers and cyclists next spring. Repairs to the deck and the railings will cost about four million dollars, most of it from a state grant.",
	"zh": "市交通局表示，沿河新建的自行车道全长十二公里，连接城东三个居民区与老城商业街。工程将于九月开工，预计明年春季完工，总投资约两千万元。",
	"zt": "市交通局表示，沿河新建的自行車道全長十二公里，連接城東三個居民區與老城商業街。工程將於九月開工，預計明年春季完工，總投資約兩千萬元。",
	"ja": "市議会は昨夜、川沿いに新しい自転車道を整備する計画を承認した。工事は九月に始まり、約八か月かかる見通しで、費用は約二億円と見積もられている。住民からは歓迎の声が上がった。",
}

func probe68Story(lang string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString("<p>" + probe68Para[lang] + "</p>\n")
	}
	return b.String()
}

// probe68Drupal is a Drupal 9 news site's article node: the byline in
// the node's meta block, the story in its body field.
func probe68Drupal(head, meta, body string) string {
	return `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>County board votes to reopen rail bridge | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier"><meta property="og:type" content="article">` + head + `</head>
<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo">Valley Courier</a></div>
<nav role="navigation"><ul class="menu"><li><a href="/news">News</a></li><li><a href="/county">County</a></li><li><a href="/obituaries">Obituaries</a></li></ul></nav></header>
<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">County board votes to reopen rail bridge</span></h1>
<div class="node__meta">` + meta + `</div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">` + body + `</div></div>
</article></div></main><footer role="contentinfo"><p>Copyright 2024 Valley Courier Media</p></footer></div></body></html>`
}

// probe68Portal is a Chinese local portal's article page (PHPCMS): the
// info line under the headline, the text in its content box.
func probe68Portal(lang, info, body string) string {
	site, nav := "江城网", `<a href="/">首页</a><a href="/news/">新闻</a><a href="/local/">本地</a><a href="/shehui/">社会</a>`
	if lang == "zh-TW" {
		site, nav = "江城新聞", `<a href="/">首頁</a><a href="/news/">新聞</a><a href="/local/">地方</a><a href="/society/">社會</a>`
	}
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>沿河自行车道九月开工_` + site + `</title><meta name="keywords" content="自行车道,交通"></head>
<body><div class="top"><div class="logo"><a href="/">` + site + `</a></div><div class="nav">` + nav + `</div></div>
<div class="main"><div class="crumbs"><a href="/">` + site + `</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>
<div class="article"><h1>沿河自行车道九月开工</h1><div class="info"><span class="time">2024-05-06 09:12</span> ` + info + `</div>
<div class="content" id="content">` + body + `</div></div></div>
<div class="footer"><p>` + site + ` 版权所有</p></div></body></html>`
}

// probe68JaPaper is a Japanese paper's article page: the story, its
// closing credit in its own paragraph.
func probe68JaPaper(lead, body string) string {
	return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>自転車道の整備計画を承認　市議会：東都新聞</title><meta property="og:site_name" content="東都新聞"></head>
<body><header class="l-header"><a class="logo" href="/">東都新聞</a><nav><a href="/national/">社会</a><a href="/politics/">政治</a><a href="/world/">国際</a></nav></header>
<main class="l-main"><article class="p-article"><h1 class="p-article__title">自転車道の整備計画を承認　市議会</h1><time class="p-article__date" datetime="2024-05-06T09:00">2024年5月6日 9時00分</time>
<div class="p-article__body">` + lead + probe68Story("ja", 6) + body + `</div></article></main>
<footer class="l-footer"><small>© 東都新聞社</small></footer></body></html>`
}

// A Chinese credit runs on into the story's first words when the reporter
// starts it on the same line: a time ("日前", lately; "近日"; "今年以来",
// since the year began) says so, and ends the names before it.
func TestAuthorProbe68CJKCreditTimeWords(t *testing.T) {
	const url = "http://www.jcw.example.cn/news/2024-05/06/content_123456.htm"
	body := probe68Story("zh", 6)
	for _, c := range []struct{ name, page, want string }{
		{"日前 in the info line", probe68Portal("zh-CN", `<span class="author">记者 刘洋 日前</span>`, body), "刘洋"},
		{"近日 in the info line", probe68Portal("zh-CN", `<span class="author">记者 刘洋 王敏 近日</span>`, body), "刘洋; 王敏"},
		{"日前 opening a short lead", probe68Portal("zh-CN", `<span class="source">来源：江城日报</span>`, `<p>记者 刘洋 日前 市议会批准新建自行车道。</p>`+body), "刘洋"},
		{"今年 opening the lead", probe68Portal("zh-CN", `<span class="source">来源：江城日报</span>`, `<p>记者 刘洋 今年以来，本市新建自行车道超过五十公里。`+probe68Para["zh"]+`</p>`+body), "刘洋"},
	} {
		probe64Authors(t, c.name, c.page, url, c.want)
	}
}

// A byline that credits the words twice, the second after a full stop
// ("By Jane Doe. Story by John Roe", "By Jane Doe. Words and photos by
// John Roe"), names two writers; a further credit for other work
// ("Produced by") still names no author.
func TestAuthorProbe68SecondWriterCredit(t *testing.T) {
	const url = "https://valleycourier.example/news/county-board-votes-reopen-rail-bridge"
	body := probe68Story("en", 6)
	for _, c := range []struct{ name, meta, want string }{
		{"Story by", `<span class="byline">By Jane Doe. Story by John Roe</span> <span class="date">May 6, 2024</span>`, "Jane Doe; John Roe"},
		{"Words and photos by", `<span class="byline">By John Roe. Words and photos by Jane Doe</span>`, "John Roe; Jane Doe"},
		{"Text by after a semicolon", `<span class="byline">By Jane Doe; text by John Roe</span>`, "Jane Doe; John Roe"},
		{"Produced by", `<span class="byline">By Jane Doe. Produced by John Roe</span>`, "Jane Doe"},
	} {
		probe64Authors(t, c.name, probe68Drupal("", c.meta, body), url, c.want)
	}
}

// The buttons to write to or follow the writer end many bylines, and
// their labels run on into the name when the page's text is read:
// "By Jane Doe Email Twitter".
func TestAuthorProbe68ShareButtons(t *testing.T) {
	const url = "https://valleycourier.example/news/county-board-votes-reopen-rail-bridge"
	body := probe68Story("en", 6)
	for _, c := range []struct{ name, meta, want string }{
		{"Email Twitter", `<div class="byline">By <a href="/staff/jane-doe">Jane Doe</a> <a class="byline__email" href="mailto:jdoe@valleycourier.example">Email</a> <a class="byline__twitter" href="https://twitter.com/janedoe">Twitter</a></div>`, "Jane Doe"},
		{"Email alone", `<div class="byline">By Jane Doe <a href="mailto:jdoe@valleycourier.example">Email</a></div>`, "Jane Doe"},
		{"Facebook LinkedIn", `<div class="byline">By Jane Doe and John Roe <a href="https://facebook.com/x">Facebook</a> <a href="https://linkedin.com/in/x">LinkedIn</a></div>`, "Jane Doe; John Roe"},
	} {
		probe64Authors(t, c.name, probe68Drupal("", c.meta, body), url, c.want)
	}
}

// Taiwanese sites credit the reporter after their own name and a bar,
// the report's kind or place after the name: "新頭殼newtalk | 王小明
// 綜合報導". The site is no author; a desk ("國際中心") names no one.
func TestAuthorProbe68ReportAfterBar(t *testing.T) {
	const url = "https://news.jcw.example.tw/news/2024-05-06/123456"
	body := probe68Story("zt", 6)
	for _, c := range []struct{ name, info, want string }{
		{"roundup", `<span class="reporter">新頭殼newtalk | 王小明 綜合報導</span>`, "王小明"},
		{"place after a slash", `<span class="reporter">風傳媒 | 李大華／台北報導</span>`, "李大華"},
		{"a desk's roundup", `<span class="reporter">新頭殼newtalk | 國際中心 綜合報導</span>`, ""},
	} {
		probe64Authors(t, c.name, probe68Portal("zh-TW", c.info, body), url, c.want)
	}
}

// Nikkei and Yomiuri close a story with the place and the reporter in
// brackets: "（ワシントン＝山田太郎）".
func TestAuthorProbe68JaClosingDateline(t *testing.T) {
	const url = "https://www.toto-shimbun.example/article/DGXZQO123456/"
	for _, c := range []struct{ name, page, want string }{
		{"one reporter", probe68JaPaper("", `<p>（ワシントン＝山田太郎）</p>`), "山田太郎"},
		{"two reporters", probe68JaPaper("", `<p>（北京＝山田太郎、鈴木花子）</p>`), "山田太郎; 鈴木花子"},
		{"an aside in brackets", probe68JaPaper("", `<p>（関連記事＝社会面に）</p>`), ""},
	} {
		probe64Authors(t, c.name, c.page, url, c.want)
	}
}

// A release names no writer; "Press Release by Acme Corp" credits the
// body that issued it.
func TestAuthorProbe68ReleaseBy(t *testing.T) {
	const url = "https://valleycourier.example/business/acme-opens-plant"
	body := probe68Story("en", 6)
	for _, c := range []struct{ name, meta, want string }{
		{"Press Release by", `<span class="byline">Press Release by Acme Corp</span>`, "Acme Corp"},
		{"News release from", `<span class="byline">News release from: Valley Health Partners</span>`, "Valley Health Partners"},
		{"Press Release alone", `<span class="byline">Press Release</span>`, ""},
	} {
		probe64Authors(t, c.name, probe68Drupal("", c.meta, body), url, c.want)
	}
}

// A Japanese paper carrying a wire story opens it with the place and the
// agency: "【ワシントン共同】" (Kyodo), "【北京時事】" (Jiji). The agency,
// written out, is its author; one relayed by another is the other's
// (round 69): "【パリＡＦＰ＝時事】" is AFP's.
func TestAuthorProbe68JaAgencyDateline(t *testing.T) {
	const url = "https://www.toto-shimbun.example/article/DGXZQO123457/"
	for _, c := range []struct{ name, page, want string }{
		{"Kyodo", probe68JaPaper(`<p>【ワシントン共同】米議会は5日、新たな予算案を可決した。</p>`, ""), "共同通信"},
		{"Jiji", probe68JaPaper(`<p>【北京時事】中国政府は5日、新たな方針を発表した。</p>`, ""), "時事通信"},
		{"AFP through Jiji", probe68JaPaper(`<p>【パリＡＦＰ＝時事】フランス政府は5日、新たな方針を発表した。</p>`, ""), "AFP"},
		{"a reporter and Kyodo's closing", probe68JaPaper(`<p>【ワシントン＝山田太郎】米議会は5日、予算案を可決した。</p>`, ""), "山田太郎"},
	} {
		probe64Authors(t, c.name, c.page, url, c.want)
	}
}
