package extractor

import (
	"strings"
	"testing"
)

// The second round of probes of round 59, on the page builders of
// zhprobe59_test.go: the credit line on the first line of a short first
// paragraph.

// zh59bShort is a story's first paragraph short enough that the
// paragraph, with a credit line over it, is read as one block.
const zh59bShort = "3月5日上午，江州地铁6号线二期开通。"

// A WeChat account's or a paper's credit line set on the first line of the
// story's first paragraph, a <br> before the story ("<p>文｜张三
// 编辑｜李四<br>3月5日上午，…</p>"), is a block of its own: the writer is
// the author, the editor is not, and the story after the line stays in the
// body however short.
func TestZhProbe59bCreditOverShortParagraph(t *testing.T) {
	const info = `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	for _, lead := range []string{
		"文｜张三 编辑｜李四<br>",
		"文/张三 编辑/李四<br>",
		"作者｜张三 责编｜李四<br>",
		"<strong>文｜张三 责任编辑｜李四</strong><br><br>",
		"文｜张三<br>编辑｜李四<br>",
	} {
		for _, first := range []string{zh59bShort, zh46Paras[0]} {
			page := strings.Replace(zh59Page(info, lead, ""), zh46Paras[0], first, 1)
			a := zh59Extract(t, zh59Case{name: lead, url: "https://www.example.com.cn/news/127.html", page: page})
			if got := strings.Join(a.Authors, "; "); got != "张三" {
				t.Errorf("Extract(%s, %d bytes).Authors = %q, want 张三", lead, len(first), got)
			}
			if !strings.Contains(a.Text, first) || strings.Contains(a.Text, "李四") {
				t.Errorf("Extract(%s, %d bytes).Text = %.60q, want the first paragraph without the editor", lead, len(first), a.Text)
			}
		}
	}
}

// "文｜财新 张三": a weekly's credit, its outlet's short name before the
// writer's. The outlet is told from a person by the page's own naming of
// its publisher: the source line or og:site_name giving the short name
// whole ("来源：财新") or with its group's word ("财新传媒"). Where nothing
// on the page names it, the two names stay.
func TestZhProbe59bOutletBeforeWriter(t *testing.T) {
	for _, c := range []struct{ info, head, authors string }{
		{`<div class="info">2024-03-05 14:22 来源：财新</div>`, "", "张三"},
		{`<div class="info">2024-03-05 14:22 来源：财新传媒</div>`, "", "张三"},
		{`<div class="info">2024-03-05 14:22</div>`, `<meta property="og:site_name" content="财新">`, "张三"},
		{`<div class="info">2024-03-05 14:22 来源：财新网</div>`, "", "张三"},
		{`<div class="info">2024-03-05 14:22 来源：江州日报</div>`, "", "财新; 张三"},
	} {
		page := strings.Replace(zh59Page(c.info, "<p>文｜财新 张三</p>", ""), "<head>", "<head>"+c.head, 1)
		a := zh59Extract(t, zh59Case{name: c.info, url: "https://www.example.com.cn/news/128.html", page: page})
		if got := strings.Join(a.Authors, "; "); got != c.authors {
			t.Errorf("Extract(%s %s).Authors = %q, want %q", c.info, c.head, got, c.authors)
		}
	}
}

// zh59bTopBarPage is a portal's page whose top bar holds bar, its menu
// nav (a few links or none) below it, then the headline with info under
// it and the story.
func zh59bTopBarPage(bar, nav, info string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `_江州新闻网</title></head><body><div class="topbar"><div class="w1200"><span class="date">` + bar + `</span><span class="links"></span></div></div><div class="logo"><img src="/images/logo.png" alt=""></div>` + nav + `<div class="main"><h1>` + zh46Title + `</h1>` + info +
		`<div class="content">` + zh46Body(false, "<p>", "</p>", "") + `</div></div>` + zh59Related + zh59Foot + `</body></html>`
}

// Today's date with its weekday alone in the bar over a portal's logo
// ("2024年3月20日 星期三") is no publication when the line under the
// headline dates the story, however few links (a short menu, or none)
// stand between the bar and the headline.
func TestZhProbe59bWeekdayBarFewLinks(t *testing.T) {
	for _, nav := range []string{"", `<div class="nav"><a href="/">首页</a> <a href="/bd/">本地</a></div>`} {
		for _, info := range []string{
			`<div class="info">2024-03-05 14:22 来源：江州日报</div>`,
			`<div class="info"><span>2024-03-05 14:22</span> <span>作者：刘洋</span></div>`,
			`<div class="info">发布时间：2024-03-05 14:22</div>`,
		} {
			for _, bar := range []string{"2024年3月20日 星期三", "2024年03月20日　周三"} {
				a := zh59Extract(t, zh59Case{name: bar, url: "https://www.example.com.cn/news/129.html", page: zh59bTopBarPage(bar, nav, info)})
				if a.PublishedDate != "2024-03-05" {
					t.Errorf("Extract(%s over %q, %s).PublishedDate = %q, want 2024-03-05", bar, nav, info, a.PublishedDate)
				}
			}
		}
	}
	// Without a date under the headline, the bar's stays what it was.
	a := zh59Extract(t, zh59Case{name: "bar alone", url: "https://www.example.com.cn/news/129.html", page: zh59bTopBarPage("2024年3月20日 星期三", "", "")})
	if a.PublishedDate != "2024-03-20" {
		t.Errorf("Extract(the bar's date alone).PublishedDate = %q, want 2024-03-20", a.PublishedDate)
	}
}

// A WeChat article's mirror copies the line under its headline on one line
// ("原创 刘洋 江州发布 2024-01-02 08:00": the original's mark, the writer,
// the account, the time): the writer is the author, the account (the
// publisher) is not, and a line that names the account alone, or a notice
// in the writer's place, names nobody.
func TestZhProbe59bWeChatOneLine(t *testing.T) {
	for _, c := range []struct{ meta, authors string }{
		{`<div class="meta">原创 刘洋 江州发布 2024-01-02 08:00</div>`, "刘洋"},
		{`<div class="meta"><span>原创</span> <span>刘洋</span> <span>江州发布</span> <span>2024-01-02 08:00</span></div>`, "刘洋"},
		{`<p class="meta">原创 刘洋 江州发布 2024年01月02日 08:00 发表于江苏</p>`, "刘洋"},
		{`<div class="meta">原创 江州发布 2024-01-02 08:00</div>`, ""},
		{`<div class="meta">原创 版权禁止商业转载 2024-01-02 08:00</div>`, ""},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `</title></head><body><div class="nav"><a href="/">首页</a> <a href="/wx/">公众号</a></div><div class="article"><h1>` + zh46Title + `</h1>` + c.meta + `<div class="content">` + zh46Body(false, "<p>", "</p>", "") + `</div></div><div class="qr">微信扫一扫关注该公众号</div></body></html>`
		a := zh59Extract(t, zh59Case{name: c.meta, url: "https://www.example.com/wx/123.html", page: page})
		if got := strings.Join(a.Authors, "; "); got != c.authors || a.PublishedDate != "2024-01-02" {
			t.Errorf("Extract(%s) = %q, %q; want %q, 2024-01-02", c.meta, got, a.PublishedDate, c.authors)
		}
		if strings.Contains(a.Text, "江州发布") || !strings.Contains(a.Text, zh46Paras[0]) {
			t.Errorf("Extract(%s).Text = %.60q, want the story without the line", c.meta, a.Text)
		}
	}
}
