package extractor

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newerCodeSeeds are FuzzExtract seeds that reach the code the golden
// pages do not: page builders' runs and sidebar blocks, "Read more"
// expanders, an author panel in a sidebar, dates in Chinese numerals, a
// Chinese CMS's lone update date and source <meta>, a blog masthead in the
// <title>, Solar Hijri dates at the ends of the year, Parse.ly's
// parsely-page object beside a byline's zoneless times, a page the date
// arbiter dates (daterank.go).
func newerCodeSeeds(tb testing.TB) [][2]string {
	var seeds [][2]string
	files, err := filepath.Glob(filepath.Join("testdata", "blocks", "*.html"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, [2]string{string(src), "https://gazette.example/news/" + filepath.Base(f)})
	}
	matrixTeaserMode = true
	for i, b := range pageBuilders {
		place := []string{"after", "between", "section"}[i%3]
		seeds = append(seeds, [2]string{builderPage(b, fmt.Sprintf(headingForms["span"], "Latest news"), place), "https://gazette.example/news/2024/05/09/depot"})
	}
	matrixTeaserMode = false
	article := "<h1>Council approves budget</h1><p>The council approved the budget on Tuesday after a long debate about the cost of the new bridge and the schools.</p>"
	seeds = append(seeds,
		[2]string{`<html><body><main>` + article + `</main><aside class="hero-metadata"><div><h6>Author(s)</h6><ul><li><a href="/l/?_author=John%20A.%20Alic">John A. Alic</a></li><li><a href="/l/?_author=D">David C. Mowery</a></li></ul></div></aside></body></html>`, "https://report.example/library/x"},
		[2]string{`<html><body><main>` + article + `</main><aside class="css-18rjdvr"><div><span>Author</span></div><div><div><span>CP</span><div><span>Chengcheng Pei</span></div><span>Staff Software Engineer, MongoDB</span></div><div><img src="a.jpg" alt=""><span>Yuan Lin</span></div></div></aside></body></html>`, "https://blog.example/x"},
		// Round 67: a heading's permalink mark, its hidden edges and a
		// paywall's badge; an author in the <title>'s brackets; a hero
		// header with a share bar; a <title> cut by an ellipsis; a
		// podcast episode's JSON-LD.
		[2]string{`<html><head><title>Storm closes coastal road as thousands… (Jane Doe)</title><script type="application/ld+json">{"@type":"PodcastEpisode","name":"Why the road floods"}</script></head><body><header class="hero"><div class="share"><a href="https://fb.example/s">Facebook</a></div><h1><span class="sr-only">Story: </span><span class="premium-badge">Plus</span>Storm closes coastal road<span hidden>x</span><span aria-hidden="true">▶</span><a class="headerlink" href="#s">¶</a></h1></header><h2>Storm closes coastal road as thousands lose power</h2><p class="byline">By Jane Doe</p><p>The council met on Tuesday evening and voted on the budget.</p></body></html>`, "https://news.example/storm"},
		[2]string{`<html><head><title>（）</title></head><body><h1><a href="#">¶</a></h1><h1><span hidden></span></h1><p class="author">谷太郎</p></body></html>`, "https://news.example/x"},
		// Round 65: a month of another script in a <title>'s date, a
		// logo's greeting, an ASP.NET label, a classed kicker.
		[2]string{`<html><head><title>Депутаты утвердили бюджет - 12 Марта 2011 - Новости - Наш город</title></head><body><a href="/"><img src="/logo.gif" alt="Welcome to Наш город"></a><h1><span class="kicker">Бюджет</span> <span>Депутаты утвердили бюджет на год</span></h1><span id="ctl00_Main_lblTitle">Депутаты утвердили бюджет</span><span id="lbl"></span><p>Депутаты городской думы во вторник утвердили бюджет на следующий год.</p></body></html>`, "http://town.example/news/2011-03-12-1234"},
		// Round 64: padded labels, the info line in the headline, the
		// bracket lead, the search engines' time factors, Sohu's data-val.
		[2]string{`<html><head><script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","pubDate":"2024-03-05T14:22:31","upDate":"x"}</script><meta property="bytedance:published_time" content="2024-03-05T14:22:31+08:00"></head><body><h1>市政府发布通知<br /><span>2024-03-05 14:22:31 来　　源：江城日报 作 者：张三 发 布 日 期：</span></h1><span class="time" data-val="1709619720000"></span><p>（记者 张三 通讯员 李四）市政府今天发布通知，要求各部门做好防汛准备工作。</p><p>◎本报记者 张三</p></body></html>`, "https://www.example.gov.cn/x.html"},
		[2]string{`<html><head><meta name="contentsource" content="来源：江城日报"></head><body><h1>市政府发布通知</h1><p>发布日期：二〇二四年五月十六日</p><p>二零二四年十二月三十一日 二〇二四年十三月一日 一九九九年二月三十日</p><p>作者：张三 来源：江城日报 更新时间：2005-3-11</p><p>市政府今天发布通知，要求各部门做好防汛准备工作，确保人民群众生命财产安全。</p></body></html>`, "https://www.example.gov.cn/x.html"},
		[2]string{"<html><body><h1>市政府发布通知</h1><table><tr><td>2005-01-06 08:13更新 来源：转载文章</td><td>第<b>1</b>页/共<b>1</b>页 &lt;&lt;&nbsp;上一页 | 下一页&nbsp;&gt;&gt;</td></tr></table><p>市政府今天发布通知，要求各部门做好防汛准备工作，确保人民群众生命财产安全。</p><p>来源：[ 新闻晨报 ]\ue5c2 发表评论</p></body></html>", "https://www.example.cn/z.html"},
		[2]string{`<html><head><meta name="ContentSource" content="來源：江城日報"></head><body><h1>市政府发布通知</h1><p>市政府今天发布通知，要求各部门做好防汛准备工作，确保人民群众生命财产安全。</p></body></html>`, "https://www.example.cn/y.html"},
		[2]string{`<html><body><main>` + article + `</main><div class="author-box"><div class="author__image-container"><img class="author__photo" src="a.jpg"></div><h3>Alban Brooke</h3><p>Alban Brooke is the Head of Marketing at Example.</p></div></body></html>`, "https://blog.example/y"},
		[2]string{`<html><head><title>Schneier on Security: Micromorts</title><meta property="og:title" content="Schneier on Security - Micromorts"></head><body><div id="header"><h1>Schneier on Security</h1></div><div class="entry"><h2>Micromorts</h2><p>A micromort is a one-in-a-million chance of death, and it is a useful unit for comparing risks.</p></div></body></html>`, "https://www.schneier.example/blog/archives/2012/11/micromorts.html"},
		[2]string{`<html><head><meta name="parsely-page" content='{"title": "Council approves budget", "pub_date": "2013-05-02T14:00:00Z", "section": "Politics", "authors": ["Jane Doe", {"name": "John Roe"}], "tags": ["a", 1]}'></head><body>` + article + `<p>By Jane Doe | Published May 2, 2013 2:25 pm | Updated May 2, 2013 4:01 pm</p></body></html>`, "https://news.example/a"},
		// The date arbiter (daterank.go): a day it takes over the
		// cascade's; microdata and a teaser list of more days than it
		// weighs; a post-info widget; an update alone; a day shown on a
		// page without a headline.
		[2]string{harbourPage("en", `<meta property="article:modified_time" content="2024-09-05T10:00:00Z">`, `<p>Updated: September 5, 2024</p>`), "https://news.example/harbour-plan"},
		[2]string{harbourPage("en", "", `<span itemprop="datePublished" content="2024-03-05"></span>`+teaserTimes(20)), "https://news.example/harbour-plan"},
		[2]string{harbourPage("en", "", `<div class="elementor-widget elementor-widget-post-info"><ul><li><time>November 20, 2025</time></li></ul></div>`), "https://news.example/harbour-plan"},
		[2]string{`<html><body><article><h1>Harbour plan</h1><p>Updated: September 5, 2024</p>` + harbourBody + `</article></body></html>`, "https://news.example/harbour-plan"},
		[2]string{pageWithoutTitledHeadline("Schnellzugriff", `<p class="print">[Stand: 09.10.2017, 01:40 Uhr]</p>`), "https://news.example/harbour-plan"},
		[2]string{`<html lang="fa"><body><h1>x</h1><p>تاریخ انتشار: ۳۰ اسفند ۱۴۰۳</p><p>۳۰ اسفند ۱۴۰۲</p><p>۳۱ مهر ۱۴۰۲</p><p>۱ فروردین ۱۳۷۴</p><p>۲۹ اسفند ۱۴۳۹</p><p>1402/12/30</p></body></html>`, "https://example.ir/x"},
		// Forum threads (postercard.go, authorforum.go): a first poster's
		// cell that opens with a mark, a reply's card, a card with counts.
		[2]string{`<html><head><title>江州今起限行 - 江州论坛</title></head><body><table><tr><td class="pls author"><b>[楼主]</b><br>刘洋</td><td class="plc"><h1>江州今起限行</h1><p>江州市今天起实行新的限行措施，市民出行需要注意。</p></td></tr><tr><td class="pls author"><a href="/u/2">陈晓</a></td><td class="plc"><p>坐过了，确实快。</p><em>1#</em><a>只看该作者</a></td></tr></table></body></html>`, "https://bbs.example.com.cn/thread-1-1-1.html"},
		[2]string{`<html><body><div class="post"><div class="postprofile"><dl><dt><a href="/u/1">jdoe</a></dt><dd>Posts: 12</dd><dd>Joined: Mon Mar 04, 2024</dd></dl></div><div class="postbody"><h3>Re: Ferry timetable</h3><p class="author">by jdoe » Tue Mar 05, 2024 9:12 am</p><div class="content">The winter timetable starts on Monday and the first ferry leaves at six.</div><div class="signature">-- sent from the harbour</div></div></div></body></html>`, "https://forum.example/viewtopic.php?t=1"},
	)
	return seeds
}

// teaserTimes is a list of n teasers, each with its <time>.
func teaserTimes(n int) string {
	var b strings.Builder
	b.WriteString("<ul>")
	for i := range n {
		fmt.Fprintf(&b, `<li><a href="/n/%d">Story %d</a> <time datetime="2024-02-%02d">Feb %d</time></li>`, i, i, i+1, i+1)
	}
	b.WriteString("</ul>")
	return b.String()
}
