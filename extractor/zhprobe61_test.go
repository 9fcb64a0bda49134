package extractor

import (
	"strings"
	"testing"
	"time"
)

// The probes of round 61, on the portal page of zhprobe59_test.go.

// zh61Forms extracts page in the three body forms.
func zh61Forms(t *testing.T, name, page string) Article {
	t.Helper()
	a, err := Extract([]byte(page), "https://www.example.com.cn/news/161.html", Options{Body: BodyText | BodyHTML | BodyMarkdown})
	if err != nil {
		t.Fatalf("Extract(%s): %v", name, err)
	}
	if a.WordCount != wordCount(a.Text) || a.ContentHash != contentHash(a.Text) {
		t.Errorf("Extract(%s): word count %d, hash %s, not the text's", name, a.WordCount, a.ContentHash)
	}
	return a
}

// zh61Story is the portal page with lead before the story's paragraphs.
func zh61Story(lead string) string {
	const info = `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	return strings.Replace(zh59Page(info, "", ""), "<p>"+zh46Paras[0], lead+"<p>"+zh46Paras[0], 1)
}

// The credit line over the story leaves the body's text, HTML and
// Markdown alike whatever inline elements wrap it or indent it, and its
// names are the authors.
func TestZhProbe61WrappedCreditLeavesEveryForm(t *testing.T) {
	for _, c := range []struct{ lead, names, authors string }{
		{"<p><strong>记者 张三 通讯员 李四</strong></p>", "张三", "张三; 李四"},
		{"<p><span>记者 张三</span></p>", "张三", "张三"},
		{"<p><b>文/张三</b></p>", "张三", "张三"},
		{"<p>\u3000\u3000光明日报记者 王建宏 张文攀</p>", "王建宏", "王建宏; 张文攀"},
		{"<p><span>\u00a0\u00a0</span><span><strong><span>本报记者\u00a0 张三\u00a0 李四</span></strong></span></p>", "张三", "张三; 李四"},
		// Inline elements nested in the line, a link to the writer's page
		// among them.
		{`<p><span><strong>记者</strong> <a href="/author/zhangsan">张三</a></span> <em>通讯员 <i>李四</i></em></p>`, "张三", "张三; 李四"},
	} {
		a := zh61Forms(t, c.lead, zh61Story(c.lead))
		if got := strings.Join(a.Authors, "; "); got != c.authors {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.lead, got, c.authors)
		}
		if !strings.HasPrefix(a.Text, zh46Paras[0]) {
			t.Errorf("Extract(%s).Text = %.60q, want it to open with the story", c.lead, a.Text)
		}
		for form, s := range map[string]string{"HTML": a.HTML, "Markdown": a.Markdown} {
			if strings.Contains(s, c.names) || !strings.Contains(s, zh46Paras[0]) {
				t.Errorf("Extract(%s).%s = %.120q, want the story without the credit", c.lead, form, s)
			}
		}
		if strings.Contains(a.HTML, "<p></p>") || strings.Contains(a.HTML, "<strong></strong>") {
			t.Errorf("Extract(%s).HTML = %.120q, want no empty element where the credit was", c.lead, a.HTML)
		}
	}
}

// A credit line that is not the body's first paragraph, and a paragraph
// of the story that opens with a credit's word, stay in every form.
func TestZhProbe61CreditLikeBodyStays(t *testing.T) {
	for _, c := range []struct{ name, page, keep string }{
		{
			name: "credit after the first paragraph",
			page: strings.Replace(zh61Story(""), "<p>"+zh46Paras[1], "<p><strong>记者 张三 通讯员 李四</strong></p><p>"+zh46Paras[1], 1),
			keep: "记者 张三 通讯员 李四",
		},
		{
			name: "story opening with 记者",
			page: zh61Story("<p><strong>记者 张三</strong>说，今年全市还将开工建设两条新线路</p>"),
			keep: "记者 张三说，今年全市还将开工建设两条新线路",
		},
		{
			name: "story opening with 文",
			page: zh61Story("<p>文/张三的这篇评论引起热议</p>"),
			keep: "文/张三的这篇评论引起热议",
		},
	} {
		a := zh61Forms(t, c.name, c.page)
		if !strings.Contains(a.Text, c.keep) {
			t.Errorf("Extract(%s).Text = %.200q, want %q kept", c.name, a.Text, c.keep)
		}
		html := strings.NewReplacer("<strong>", "", "</strong>", "").Replace(a.HTML)
		if !strings.Contains(html, c.keep) || !strings.Contains(a.Markdown, strings.Fields(c.keep)[0]) {
			t.Errorf("Extract(%s).HTML = %.200q, want %q kept", c.name, a.HTML, c.keep)
		}
	}
}

// A portal that sets its top bar under its menu prints today's date there
// beside the weather or the reader's links, no menu between it and the
// headline: the bar's today is not the story's day, which the info line
// under the headline gives without a label. A dated line above the
// headline without them (a paper's dateline) is still read.
func TestZhProbe61TopBarUnderTheMenu(t *testing.T) {
	const info = `<div class="info">2024-03-05 10:12 来源：江州日报</div>`
	for _, c := range []struct{ name, bar, info, day string }{
		{"weather", `<div class="header"><span class="today">2024年3月20日 星期三</span> <span class="weather">多云 12~18℃</span></div>`, info, "2024-03-05"},
		{"reader's links", `<div class="header">2024年3月20日 星期三 <a href="/login">登录</a> <a href="/reg">注册</a></div>`, info, "2024-03-05"},
		{"weather, no weekday", `<div class="header"><span>2024年3月20日</span> <span>晴 12~18℃</span></div>`, info, "2024-03-05"},
		{"bar alone", `<div class="header"><span>2024年3月20日 星期三</span> <span>晴 12~18℃</span></div>`, `<div class="info">来源：江州日报</div>`, ""},
		{"dateline above the headline", `<div class="dateline">2024年3月5日 星期二</div>`, `<div class="info">来源：江州日报</div>`, "2024-03-05"},
	} {
		page := strings.Replace(zh59Page(c.info, "", ""), "<h1>", c.bar+"<h1>", 1)
		a := zh59Extract(t, zh59Case{name: c.name, url: "https://www.example.com.cn/news/162.html", page: page})
		if a.PublishedDate != c.day {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.day)
		}
	}
}

// A relative date older than a week names no day ("15 天前", "2 周前"),
// but the tooltip that forums and timeago scripts set over it does
// (Discuz!'s "发表于 <span title="2024-3-5 14:22:31">15&nbsp;天前</span>",
// "<abbr class="timeago" title="…">3 weeks ago</abbr>"): the tooltip is the
// day. Without a tooltip such a date gives none.
func TestZhProbe61TooltipOfAnOldRelativeDate(t *testing.T) {
	for _, c := range []struct{ name, info, day string }{
		{"Discuz!", `<div class="authi"><a class="xw1">江州网友</a> <em id="authorposton1">发表于 <span title="2024-3-5 14:22:31">15&nbsp;天前</span></em></div>`, "2024-03-05"},
		{"weeks", `<div class="info"><span class="time" title="2024-03-05 14:22">2 周前</span> 来源：江州日报</div>`, "2024-03-05"},
		{"timeago", `<div class="info">来源：江州日报 <abbr class="timeago" title="2024-03-05T14:22:31+08:00">15 days ago</abbr></div>`, "2024-03-05"},
		{"no tooltip", `<div class="info"><span class="time">15 天前</span> 来源：江州日报</div>`, ""},
	} {
		page := zh59Page(c.info, "", "")
		a := zh59Extract(t, zh59Case{name: c.name, url: "https://www.example.com.cn/news/163.html", page: page})
		if a.PublishedDate != c.day {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.day)
		}
	}
}

// A Chinese page's relative date is counted back from the fetch in
// Beijing's time, where the page is dated: fetched at 20:00 UTC, 04:00 the
// next day in Beijing, "2小时前" is that next day and "昨天 14:22" the
// day of the fetch in UTC.
func TestZhProbe61RelativeDateInBeijing(t *testing.T) {
	fetched := time.Date(2024, 3, 20, 20, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, info, day string }{
		{"hours", `<div class="info">2小时前 来源：江州日报</div>`, "2024-03-21"},
		{"yesterday", `<div class="info">昨天 14:22 来源：江州日报</div>`, "2024-03-20"},
		{"days", `<div class="info"><span class="time">3天前</span> 来源：江州日报</div>`, "2024-03-18"},
	} {
		a, err := Extract([]byte(zh59Page(c.info, "", "")), "https://www.example.com.cn/news/164.html", Options{FetchedAt: fetched})
		if err != nil {
			t.Fatal(err)
		}
		if a.PublishedDate != c.day {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.day)
		}
	}
}

// A list of teasers with their ages ("24小时热榜": "<li><a>…</a><span>1小时前
// </span></li>") dates other pages, as a list of teasers with their dates
// does: above the headline of a page that shows no date of its own it
// gives none, and beside the page's own date it does not win.
func TestZhProbe61TeaserAges(t *testing.T) {
	const hot = `<div class="hot"><h3>24小时热榜</h3><ul><li><a href="/h1.html">市区新增停车位两千个</a><span>1小时前</span></li><li><a href="/h2.html">江州高铁站改扩建工程进展顺利</a><span>2小时前</span></li></ul></div>`
	for _, c := range []struct{ name, info, day string }{
		{"no date of its own", `<div class="info">来源：江州日报</div>`, ""},
		{"its own date", `<div class="info">2024-03-05 来源：江州日报</div>`, "2024-03-05"},
		{"its own age", `<div class="info">5小时前 来源：江州日报</div>`, "2024-03-20"},
	} {
		page := strings.Replace(zh59Page(c.info, "", ""), `<div class="main">`, hot+`<div class="main">`, 1)
		a := zh59Extract(t, zh59Case{name: c.name, url: "https://www.example.com.cn/news/165.html", page: page})
		if a.PublishedDate != c.day {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.day)
		}
	}
}
