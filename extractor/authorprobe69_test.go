package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the sixty-ninth round (issue 13): a wire story whose
// only credit is its dateline's agency, in English ("WASHINGTON (Reuters)
// -") and in a Japanese paper's brackets ("（ロンドン共同）",
// "【パリＡＦＰ＝時事】").

// probe69Para is a story's paragraph.
const probe69Para = "The county board voted on Tuesday to reopen the old rail bridge to walkers and cyclists next spring. Repairs to the deck and the railings will cost about four million dollars, most of it from a state grant."

// probe69WordPress is a WordPress news theme's single post (underscores
// markup): the entry meta under the headline, the story, its tail.
func probe69WordPress(head, meta, lead, tail string) string {
	return `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Board votes to reopen rail bridge - Riverside Times</title>
<meta property="og:site_name" content="Riverside Times"><meta property="og:type" content="article">` + head + `</head>
<body class="post-template-default single single-post"><div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home">Riverside Times</a></div>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry"><header class="entry-header"><h1 class="entry-title">Board votes to reopen rail bridge</h1>
<div class="entry-meta">` + meta + `</div></header>
<div class="entry-content">` + lead + strings.Repeat("<p>"+probe69Para+"</p>\n", 6) + tail + `</div></article></main>
<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Riverside Times</div></footer></div></body></html>`
}

// A wire story that a site runs without a byline is its agency's: the
// dateline that opens it names the agency in brackets before a dash. A
// writer named anywhere else (a byline, "Reporting by" at the end) is
// preferred, and a bracket that names no agency credits no one.
func TestAuthorProbe69WireDateline(t *testing.T) {
	const url = "https://riversidetimes.example/2024/03/12/board-votes-rail-bridge/"
	day := `<time class="entry-date published" datetime="2024-03-12T10:30:00-05:00">March 12, 2024</time>`
	for _, c := range []struct{ name, meta, lead, tail, want string }{
		{"Reuters, place and day", day, `<p>WASHINGTON, March 12 (Reuters) - The county board voted on Tuesday to reopen the bridge.</p>`, "", "Reuters"},
		{"Reuters, the bracket alone", day, `<p>(Reuters) - The county board voted on Tuesday to reopen the bridge.</p>`, "", "Reuters"},
		{"AFP, em dash", day, `<p>PARIS (AFP) — The county board voted on Tuesday to reopen the bridge.</p>`, "", "AFP"},
		{"AP, two places", day, `<p>ST. LOUIS, Mo. (AP) — The county board voted on Tuesday to reopen the bridge.</p>`, "", "AP"},
		{"dpa, a regional desk", day, `<p>Berlin (dpa/bb) - The county board voted on Tuesday to reopen the bridge.</p>`, "", "dpa"},
		{"Kyodo", day, `<p>TOKYO (Kyodo) -- The county board voted on Tuesday to reopen the bridge.</p>`, "", "Kyodo"},
		{"a byline first", `<span class="byline">By <a href="/author/jane-doe/">Jane Doe</a></span> ` + day, `<p>PARIS (AFP) — The county board voted on Tuesday to reopen the bridge.</p>`, "", "Jane Doe"},
		{"the reporter at the end", day, `<p>WASHINGTON (Reuters) - The county board voted on Tuesday to reopen the bridge.</p>`, `<p><em>(Reporting by Will Dunham; Editing by Tom Brown)</em></p>`, "Will Dunham"},
		{"a bracket of no agency", day, `<p>MAYOR JOHN ROE (left) — shown here at the bridge on Tuesday.</p>`, "", ""},
	} {
		probe64Authors(t, c.name, probe69WordPress("", c.meta, c.lead, c.tail), url, c.want)
	}
	// The agency in the <meta> and the author's element too: the
	// dateline does not outvote the reporter with them.
	probe64Authors(t, "the reporter at the end, the agency above", probe69WordPress(`<meta name="author" content="Reuters">`, `<div class="author-name"><span>REUTERS </span></div>`+day,
		`<p>WASHINGTON (Reuters) - The county board voted on Tuesday to reopen the bridge.</p>`, `<p><em>(Reporting by Will Dunham; Editing by Tom Brown)</em></p><p><i>© Reuters</i></p>`), url, "Will Dunham")
}

// A Japanese paper's wire story opens with the place and the agency in
// brackets, lenticular or round, after an equals sign or not; a story one
// agency relays from another is the other's.
func TestAuthorProbe69JaAgencyBrackets(t *testing.T) {
	const url = "https://www.toto-shimbun.example/article/DGXZQO123458/"
	for _, c := range []struct{ name, lead, want string }{
		{"round brackets", `<p>（ロンドン共同）英政府は5日、新たな方針を発表した。</p>`, "共同通信"},
		{"an equals sign", `<p>【ワシントン＝共同】米議会は5日、新たな予算案を可決した。</p>`, "共同通信"},
		{"AFP through Jiji", `<p>【パリＡＦＰ＝時事】フランス政府は5日、新たな方針を発表した。</p>`, "AFP"},
		{"AP through Kyodo", `<p>【ニューヨークAP＝共同】米市場は5日、反発した。</p>`, "AP"},
	} {
		probe64Authors(t, c.name, probe68JaPaper(c.lead, ""), url, c.want)
	}
}

// A Chinese info line sets the text's credit and the source side by
// side ("文｜财新 刘洋 陈晓　来源于 财新网"): the source's label closes the
// credit, and is no name of it.
func TestAuthorProbe69CJKCreditBeforeSource(t *testing.T) {
	const url = "http://www.jcw.example.cn/news/2024-05/06/content_123457.htm"
	for _, c := range []struct{ name, lang, info, lead, want string }{
		{"three writers, then the source", "zh-CN", `<span class="author">文｜刘洋 陈晓 王敏</span> <span class="source">来源：江城日报</span>`, "", "刘洋; 陈晓; 王敏"},
		{"a line over the text", "zh-CN", "", `<p>文｜刘洋 陈晓 王敏 来源：江城日报</p>`, "刘洋; 陈晓; 王敏"},
		{"Traditional, a line over the text", "zh-TW", "", `<p>文／王小明 李大華 林志明　來源：江城新聞</p>`, "王小明; 李大華; 林志明"},
	} {
		probe64Authors(t, c.name, probe68Portal(c.lang, c.info, c.lead+probe68Story(map[string]string{"zh-CN": "zh", "zh-TW": "zt"}[c.lang], 6)), url, c.want)
	}
}

// A portal's info line sets its time first, then the text's credit and
// the source: "2024-05-06 09:12 文／刘洋 来源：江城日报". The time does
// not hide the credit after it.
func TestAuthorProbe69CJKCreditAfterTime(t *testing.T) {
	const url = "http://www.jcw.example.cn/news/2024-05/06/content_123458.htm"
	for _, c := range []struct{ name, lang, info, want string }{
		{"one writer", "zh-CN", `<span>文／刘洋</span> <span>来源：江城日报</span>`, "刘洋"},
		{"two writers", "zh-CN", `<span>文/刘洋 陈晓</span> <span>来源：江城日报</span>`, "刘洋; 陈晓"},
		{"Traditional, three writers", "zh-TW", `<span>文／王小明 李大華 林志明</span> <span>來源：江城新聞</span>`, "王小明; 李大華; 林志明"},
	} {
		probe64Authors(t, c.name, probe68Portal(c.lang, c.info, probe68Story(map[string]string{"zh-CN": "zh", "zh-TW": "zt"}[c.lang], 6)), url, c.want)
	}
}
