package extractor

import (
	"strings"
	"testing"
)

// zhMagazinePage is a magazine's article reprinted on an old site: the
// headline, the author's name alone, the text in lines broken by <br>,
// and note closing it; no date anywhere else.
func zhMagazinePage(note string) string {
	return `<html><head><meta charset="gb2312"><title>显示</title></head><body>
<p align="center"><font color="darkblue"><strong>当代中国的精神危机</strong></font></p><hr size="1">
<p> 胡平<br><br>` + strings.ReplaceAll(strings.ReplaceAll(zhParas(false, ""), "<p>", ""), "</p>", "<br>\n") + note + `
<hr size="1"></body></html>`
}

// A magazine's issue note dates a page that states no other date by the
// issue's month: "——《江城之春》1998年3月号".
func TestChineseIssueMonth(t *testing.T) {
	for _, c := range []struct{ name, note, want string }{
		{"issue note after a dash", "&nbsp;&nbsp;——《江城之春》1998年3月号", "1998-03-01"},
		{"reprinted from, in brackets", "（原载《江城文摘》2005年11月号）", "2005-11-01"},
		{"Traditional characters", "——《江城月刊》2003年6月號", "2003-06-01"},
		{"an issue number is no month", "——《江城之春》1998年第3期", ""},
		{"a sentence that speaks of an issue", "我在《江城之春》1998年3月号上读到一篇文章，至今难忘。", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := zhExtract(t, zhMagazinePage(c.note), "http://www.example.com/wj/ShowAnnounce.asp?boardID=2&RootID=65")
			if a.PublishedDate != c.want {
				t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.want)
			}
		})
	}
	// A date the page states wins over the issue's month.
	page := strings.Replace(zhMagazinePage("——《江城之春》1998年3月号"), "<hr size=\"1\">", `<hr size="1"><p>发布时间：2008-05-16</p>`, 1)
	if a := zhExtract(t, page, zhURL); a.PublishedDate != "2008-05-16" {
		t.Errorf("Extract(dated page with an issue note).PublishedDate = %q, want 2008-05-16", a.PublishedDate)
	}
}
