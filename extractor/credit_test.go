package extractor

import (
	"strings"
	"testing"
)

// An info line whose source field holds the line's pager or buttons, a
// reprint placeholder or a broken template's attribute names no outlet:
// the source line closing the story does. An outlet's name only wrapped
// in brackets or followed by buttons is kept, cleaned.
func TestChineseCreditCandidates(t *testing.T) {
	for _, c := range []struct{ name, info, tail, want string }{
		{"pager after a reprint placeholder", `2005-01-06 08:13更新 来源：转载文章</td><td>第<b>1</b>页/共<b>1</b>页 &lt;&lt;&nbsp;上一页 | 下一页&nbsp;&gt;&gt;`, "来源：新闻晨报", "新闻晨报"},
		{"comment button after a reprint placeholder", `2005-02-06 13:26更新 来源：转载文章</td><td><a href="#comm">发表评论</a>`, "　　来源：新华网", "新华网"},
		{"placeholder and no other source", `2005-02-06 13:26更新 来源：转载文章</td><td><a href="#comm">发表评论</a>`, "", ""},
		{"a template's attribute", `作者： size="20" &nbsp;&nbsp;来源： size="20" &nbsp;&nbsp;发布日期： 7/5/2005 9:23:57 PM`, "", ""},
		{"buttons after the name", `2005-01-14 17:02:30 来源: 21世纪经济报道</td><td><a href="#c">发表评论</a> <a href="#v">查看评论</a>`, "", "21世纪经济报道"},
		{"a bracketed name and an icon", "2004年7月16日08:19 [ 黄宇 ]\ue5c2 来源：[ <a href=\"/paper66/\">国际金融报</a> ]\ue5c2", "", "国际金融报"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := zhCreditPage(c.info, c.tail)
			if a := zhExtract(t, page, zhURL); a.Credit != c.want {
				t.Errorf("Credit = %q, want %q", a.Credit, c.want)
			}
		})
	}
}

// zhCreditPage is an old portal's table layout: the info line in one cell,
// its pager or buttons in the next, tail as the story's last line.
func zhCreditPage(info, tail string) string {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="utf-8"><title>我市今年将新建改造农村公路一千二百公里</title></head><body>
<table><tr><td><h1>我市今年将新建改造农村公路一千二百公里</h1></td></tr></table>
<table><tr><td class="info">` + info + `</td></tr></table>
<div class="content">`)
	for _, p := range []string{
		"近日，市交通运输局发布消息，今年全市将新建和改造农村公路一千二百公里，进一步完善城乡交通网络，方便群众出行。",
		"据介绍，今年的农村公路建设重点放在偏远山区和库区，计划新增通客车的建制村三十个，同时推进公路沿线安全防护设施建设。",
		"“农村公路是群众家门口的路，我们将把质量放在第一位。”市交通运输局相关负责人表示，所有项目都将实行全过程质量监督。",
	} {
		b.WriteString("<p>　　" + p + "</p>\n")
	}
	if tail != "" {
		b.WriteString("<p>" + tail + "</p>\n")
	}
	b.WriteString(`</div><div class="footer">版权所有 江城新闻网</div></body></html>`)
	return b.String()
}

// plausibleCredit takes outlets' names and leaves the rest of the lines
// they are read from.
func TestPlausibleCredit(t *testing.T) {
	for _, s := range []string{"新华网", "21世纪经济报道", "FT中文网", "Reuters", "kathpress", "revealingpolitics.com", "deVOL Kitchens",
		"National Center for Chronic Disease Prevention and Health Promotion (NCCDPHP)", "The Writing Center, University of North Carolina at Chapel Hill"} {
		if !plausibleCredit(s) {
			t.Errorf("plausibleCredit(%q) = false", s)
		}
	}
	for _, s := range []string{"", "转载文章", "新", "转载文章 第1页/共1页 << 上一页", "新华网 分享", `size="20"`, "‹ 上一页", "Reuters ›",
		"Assad could fund 6 more months of war", "TODAY Nicoletta Richardson Trending Editor Skip to table of contents", "Creating Passionate Users: User [Read More]",
		"一二三四五六七八九十一二三四五六七八九十一", "互联网", "网络"} {
		if plausibleCredit(s) {
			t.Errorf("plausibleCredit(%q) = true", s)
		}
	}
}

// English: a source line closing the story names the outlet when the
// line under the headline names none.
func TestTrailingSourceLine(t *testing.T) {
	body := strings.Repeat("<p>The council approved the new budget on Tuesday after a long debate about the cost of repairing the city's bridges and roads.</p>\n", 5)
	page := `<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>
<p class="meta">Source: Share this story › Next article</p>` + body + `<p>Source: Reuters</p></article></body></html>`
	a, err := Extract([]byte(page), "https://news.example.com/2024/05/16/budget.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Credit != "Reuters" {
		t.Errorf("Credit = %q, want Reuters", a.Credit)
	}
}

// The source line in Russian, Vietnamese and Indonesian news ("Источник:
// ТАСС", "Nguồn: TTXVN", "Sumber: Antara") closing the story is the
// credit, and leaves the body as "Source: Reuters" does.
func TestSourceLineLanguages(t *testing.T) {
	for _, c := range []struct{ lang, para, line, want string }{
		{"ru", "Городской совет во вторник утвердил бюджет на ремонт старых стен порта после двух штормовых зим, которые сделали причал опасным.", "Источник: ТАСС", "ТАСС"},
		{"vi", "Hội đồng thành phố hôm thứ Ba đã thông qua ngân sách để sửa chữa các bức tường cảng cũ sau hai mùa đông bão tố kéo dài.", "Nguồn: TTXVN", "TTXVN"},
		{"id", "Dewan kota pada Selasa menyetujui anggaran untuk memperbaiki dinding pelabuhan tua setelah dua musim badai membuat dermaga tidak aman.", "Sumber: Antara", "Antara"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			page := `<html lang="` + c.lang + `"><head><meta charset="utf-8"><title>Port</title></head><body><article><h1>Port</h1>` +
				strings.Repeat("<p>"+c.para+"</p>\n", 5) + `<p>` + c.line + `</p></article></body></html>`
			a, err := Extract([]byte(page), "https://news.example.com/2024/05/16/port.html", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Credit != c.want {
				t.Errorf("Credit = %q, want %q", a.Credit, c.want)
			}
			if strings.Contains(a.Text, c.line) {
				t.Errorf("Text holds the source line %q", c.line)
			}
		})
	}
}
