package extractor

import (
	"strings"
	"testing"
)

// The writer's and the photographer's roles that Chinese papers mark
// after or around the reporter's name: "记者 刘洋 文/图" (wrote it and took
// the pictures), "文·图/刘洋", "文/刘洋 图/陈晓". The writer is the author;
// a photographer credited alone ("图/陈晓", "摄影/陈晓") is none.
func TestZhCredit47Roles(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	info := func(s string) string {
		return `<div class="info"><span class="time">2024-03-05 14:22</span> <span class="source">来源：江州日报</span>` + s + `</div>`
	}
	var cases []zh46Case
	for _, c := range []struct{ name, info, authors string }{
		// A line of its own under the headline.
		{"记者 name 文/图 on a line", info("") + `<p>记者 刘洋 文/图</p>`, "刘洋"},
		{"name 文/图 on a line", info("") + `<p>刘洋 文/图</p>`, "刘洋"},
		{"文·图/name on a line", info("") + `<p>文·图/刘洋</p>`, "刘洋"},
		{"文/ and 图/ on a line", info("") + `<p>文/刘洋 图/陈晓</p>`, "刘洋"},
		{"图/ alone on a line", info("") + `<p>图/陈晓</p>`, ""},
		{"摄影/ alone on a line", info("") + `<p>摄影/陈晓</p>`, ""},
		// The same in the template's author element.
		{"记者 name 文/图 in an author element", info("") + `<p class="author">记者 刘洋 文/图</p>`, "刘洋"},
		{"name 文/图 in an author element", info("") + `<p class="author">刘洋 文/图</p>`, "刘洋"},
		{"文·图/name in an author element", info("") + `<p class="author">文·图/刘洋</p>`, "刘洋"},
		{"图/ alone in an author element", info("") + `<p class="author">图/陈晓</p>`, ""},
		// Inside the portal's info line.
		{"记者 name 文/图 in the info line", info(` <span>记者 刘洋 文/图</span>`), "刘洋"},
		{"作者 name 文/图 in the info line", info(` <span>作者：刘洋 文/图</span>`), "刘洋"},
		{"作者 记者 name 文/图 in the info line", info(` <span>作者：记者 刘洋 文/图</span>`), "刘洋"},
		{"作者 文·图/name in the info line", info(` <span>作者：文·图/刘洋</span>`), "刘洋"},
		{"作者 文/ and 图/ in the info line", info(` <span>作者：文/刘洋 图/陈晓</span>`), "刘洋"},
		{"name 文/图 in the info line", info(` <span>刘洋 文/图</span>`), "刘洋"},
		{"文/ and 图/ in the info line", info(` <span>文/刘洋 图/陈晓</span>`), "刘洋"},
		{"作者 图/ alone in the info line", info(` <span>作者：图/陈晓</span>`), ""},
	} {
		cases = append(cases, zh46Case{
			name: c.name, url: u, page: zh46City("江州新闻网", c.info, "", ""),
			title: zh46Title, authors: c.authors, day: "2024-03-05", at: zh46At, credit: "江州日报",
		})
	}
	// The same credits in one text with the date and the source, as one
	// span of the info line: "2024-03-05 14:22 来源：江州日报 记者 刘洋 文/图".
	for _, c := range []struct{ name, credit, authors string }{
		{"one text: 记者 name 文/图", "记者 刘洋 文/图", "刘洋"},
		{"one text: 作者 name 文/图", "作者：刘洋 文/图", "刘洋"},
		{"one text: 作者 文·图/name", "作者：文·图/刘洋", "刘洋"},
		{"one text: 作者 文/ and 图/", "作者：文/刘洋 图/陈晓", "刘洋"},
	} {
		cases = append(cases, zh46Case{
			name: c.name, url: u, page: zh46City("江州新闻网", `<div class="info">2024-03-05 14:22　来源：江州日报　`+c.credit+`</div>`, "", ""),
			title: zh46Title, authors: c.authors, day: "2024-03-05", at: zh46At, credit: "江州日报",
		})
	}
	var failed []string
	for _, c := range cases {
		if f := zh46Failures(c); len(f) > 0 {
			failed = append(failed, c.name+": "+strings.Join(f, "; "))
		}
	}
	for _, f := range failed {
		t.Error(f)
	}
}
