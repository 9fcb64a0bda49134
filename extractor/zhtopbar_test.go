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
