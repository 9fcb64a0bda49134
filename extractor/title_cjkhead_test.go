package extractor

import "testing"

// A CJK heading whose edge element is a label the stated title leaves out
// ("<h1><span>原创</span>标题</h1>" beside "<title>标题_站名</title>") says
// the stated title: a CJK title of six characters is long enough to be
// looked for in the heading, as three words are.
func TestTitleEdgeCJK(t *testing.T) {
	const hz = "重庆召开全市经济工作会议"
	page := `<html lang="zh"><head><meta charset="utf-8"><title>` + hz + `_江城日报</title></head><body><div class="article"><h1><span class="tag">原创</span>` + hz + `</h1><p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p></div></body></html>`
	if got, prov := extractTitle(t, page, "https://www.jcnews.example.cn/a/2024/05/16/123.html"); got != hz {
		t.Errorf("title %q (%s), want %q", got, prov, hz)
	}
}

// A Chinese site's name before the headline goes after a full-width
// colon or a dash only where the page names its site (here its masthead
// links it home): elsewhere they set off a speaker or a subtitle, which
// stay.
func TestTitleCJKSiteHead(t *testing.T) {
	zh := `<p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p>`
	for _, c := range []struct{ title, masthead, want string }{
		{"江城日报：重庆召开全市经济工作会议", "江城日报", "重庆召开全市经济工作会议"},
		{"江城日报——重庆召开全市经济工作会议", "江城日报", "重庆召开全市经济工作会议"},
		{"人民日报评论员：坚持稳中求进工作总基调", "江城日报", "人民日报评论员：坚持稳中求进工作总基调"},
		{"织密防护网——记重庆市的基层干部们", "江城日报", "织密防护网——记重庆市的基层干部们"},
	} {
		page := `<html lang="zh"><head><meta charset="utf-8"><title>` + c.title + `</title></head><body><div id="header"><h1><a href="/">` + c.masthead + `</a></h1></div><div class="article">` + zh + `</div></body></html>`
		if got, prov := extractTitle(t, page, "https://www.jcnews.example.cn/a/2024/05/16/123.html"); got != c.want {
			t.Errorf("%s: title %q (%s), want %q", c.title, got, prov, c.want)
		}
	}
}

// An older portal's note of its photos ends the headline before the
// site's name ("标题(组图)-新华网"): the name goes, the note, which the
// page's headline says too, stays.
func TestTitleCJKPhotoNote(t *testing.T) {
	const want = "重庆召开全市经济工作会议(组图)"
	page := `<html lang="zh"><head><meta charset="utf-8"><title>` + want + `-江城日报</title></head><body><div class="article"><p>重庆市召开全市经济工作会议，会议总结了今年的工作，部署明年的重点任务。会议强调要坚持稳中求进工作总基调，推动高质量发展。</p></div></body></html>`
	if got, prov := extractTitle(t, page, "https://www.jcnews.example.cn/a/2024/05/16/123.html"); got != want {
		t.Errorf("title %q (%s), want %q", got, prov, want)
	}
}
