package extractor

import (
	"strings"
	"testing"
)

// A portal's sidebar or footer says when the site was last updated
// ("本站更新时间：2024-05-20", "网站更新日期", Traditional "本站更新時間"): the
// site's day, the same on every page, never the article's. With the
// dateline under the headline the page keeps that; without one it has
// none.
func TestChineseSiteUpdateDay(t *testing.T) {
	for _, label := range []string{"本站更新时间：", "本站更新日期：", "网站更新时间：", "本站更新時間：", "網站更新日期："} {
		for _, d := range []struct{ info, want string }{
			{`<div class="info">2024-05-16 来源：江城日报</div>`, "2024-05-16"},
			{`<div class="info">来源：江城日报</div>`, ""},
		} {
			side := `<div class="side"><h3>本站信息</h3><p>` + label + `2024-05-20</p></div>`
			page := strings.Replace(zhBarPage("", d.info), `</div></div>`, `</div>`+side+`</div>`, 1)
			if !strings.Contains(page, label) {
				t.Fatalf("probe page without its sidebar")
			}
			if a := zhExtract(t, page, zhURL); a.PublishedDate != d.want || a.ModifiedDate != "" {
				t.Errorf("Extract(%s, %s) = published %q, modified %q; want %q, none", label, d.info, a.PublishedDate, a.ModifiedDate, d.want)
			}
		}
	}
}
