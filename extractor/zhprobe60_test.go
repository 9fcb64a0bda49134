package extractor

import (
	"strings"
	"testing"
)

// The probes of round 60, on the page builders of zhprobe59_test.go.

// A credit line standing alone over the story ("光明日报记者 王建宏",
// "文/张三", "文｜张三 图｜李四", "本报记者 张三 通讯员 李四"), or on the
// first line of the story's paragraph ("<p>文/张三<br>3月5日上午，…"),
// names the writers: it is read for the authors and leaves the text, as
// the story opens after it.
func TestZhProbe60OpeningCreditLeavesText(t *testing.T) {
	const info = `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	for _, c := range []struct{ lead, authors string }{
		{"<p>光明日报记者 王建宏 张文攀</p>", "王建宏; 张文攀"},
		{"<p>本报记者 张三 通讯员 李四</p>", "张三; 李四"},
		{"<p>记者 张三</p>", "张三"},
		{"<p>文/张三</p>", "张三"},
		{"<p>文｜张三 图｜李四</p>", "张三"},
		{"<p>文｜张三 编辑｜李四</p>", "张三"},
		{"<div class=\"author\">记者 张三</div>", "张三"},
		{"<p>江州新闻网本地频道 记者 张三 李四</p>", "张三; 李四"},
		{"<p>文/张三<br>", "张三"},
		{"<p>记者 张三<br><br>", "张三"},
	} {
		open := "<p>"
		if strings.HasSuffix(c.lead, "<br>") {
			open = "" // the credit on the first line of the story's paragraph
		}
		page := strings.Replace(zh59Page(info, "", ""), "<p>"+zh46Paras[0], c.lead+open+zh46Paras[0], 1)
		a := zh59Extract(t, zh59Case{name: c.lead, url: "https://www.example.com.cn/news/130.html", page: page})
		if got := strings.Join(a.Authors, "; "); got != c.authors {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.lead, got, c.authors)
		}
		if !strings.HasPrefix(a.Text, zh46Paras[0]) {
			t.Errorf("Extract(%s).Text = %.60q, want it to open with the story", c.lead, a.Text)
		}
	}
}

// The credit line leaves the body's HTML and Markdown as it leaves the
// text; a dateline with its credit opens the story and stays.
func TestZhProbe60OpeningCreditForms(t *testing.T) {
	const info = `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	page := strings.Replace(zh59Page(info, "", ""), "<p>"+zh46Paras[0], "<p>文/张三</p><p>"+zh46Paras[0], 1)
	a, err := Extract([]byte(page), "https://www.example.com.cn/news/131.html", Options{Body: BodyText | BodyHTML | BodyMarkdown})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.HTML, "文/张三") || strings.Contains(a.Markdown, "文/张三") || !strings.Contains(a.HTML, zh46Paras[0]) {
		t.Errorf("Extract(文/张三 over the story).HTML = %.80q, Markdown = %.60q; want the story without the credit", a.HTML, a.Markdown)
	}
	if got := strings.Join(a.Authors, "; "); got != "张三" {
		t.Errorf("Extract(文/张三 over the story).Authors = %q, want 张三", got)
	}
	for _, line := range []string{"新华社北京3月5日电（记者 张三）", "本报讯 记者张三 通讯员李四 报道"} {
		page := strings.Replace(zh59Page(info, "", ""), "<p>"+zh46Paras[0], "<p>"+line+"</p><p>"+zh46Paras[0], 1)
		a := zh59Extract(t, zh59Case{name: line, url: "https://www.example.com.cn/news/132.html", page: page})
		if !strings.HasPrefix(a.Text, line) {
			t.Errorf("Extract(%s over the story).Text = %.60q, want the dateline kept", line, a.Text)
		}
	}
}
