package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// zhTailPage is a Chinese portal's article page whose content block holds,
// after the story, the lines given (each its own paragraph, as portals
// print them), with the source already on the info line under the headline.
func zhTailPage(lead string, tail ...string) string {
	var b strings.Builder
	for _, l := range tail {
		b.WriteString("<p>" + l + "</p>\n")
	}
	return zhHead + `<title>` + zhTitle + `_江城新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="article"><h1>` + zhTitle + `</h1>
<div class="info">2024-05-16 10:21　来源：江城日报　作者：张三</div>
<div class="content">` + lead + zhParas(false, "") + b.String() + `</div></div>
` + zhFooter + `</body></html>`
}

// The lines a Chinese portal prints around the story that are not the
// story: the reprint's original headline, the source again at the end,
// the desk's and the page's lines.
func TestChineseTailLines(t *testing.T) {
	cases := []struct{ name, lead, line, gone string }{
		{"original headline", "<p>原标题：江城农村公路建设再提速</p>\n", "", "原标题"},
		{"long original headline", "<p>原标题：江城今年将新建和改造农村公路一千二百公里 偏远山区和库区是建设重点</p>\n", "", "原标题"},
		{"long disclaimer", "", "免责声明：本站所载文章仅供参考，不代表本站观点。如涉及作品内容、版权和其它问题，请在三十日内与本站联系，我们将在第一时间删除内容！", "免责声明"},
		{"source again", "", "来源：江城日报", "来源：江城日报"},
		{"source again, bracketed", "", "（来源：江城日报）", "来源：江城日报"},
		{"editor in brackets", "", "（责任编辑：王五）", "责任编辑"},
		{"corrections button", "", "【纠错】", "纠错"},
		{"editor in square brackets", "", "[责任编辑:王五]", "责任编辑"},
		{"this article's source", "", "本文来源：江城日报", "本文来源"},
		{"editor and reviewer", "", "编辑：王五 审核：赵六", "审核"},
		{"reprint statement", "", "声明：本文转载自江城日报，仅代表作者观点，不代表本站立场。", "声明"},
		{"disclaimer", "", "免责声明：本站所载文章仅供参考，如有侵权请联系删除。", "免责声明"},
		{"scan to read on phone", "", "扫一扫在手机打开当前页", "扫一扫"},
		{"share to", "", "分享到：", "分享到"},
		{"share to, with its buttons", "", "分享到： 微信 微博 QQ空间", "分享到"},
		{"buttons with spaces", "", "【打印】 【关闭窗口】 【收藏】", "关闭窗口"},
		{"source again, with this article", "", "（本文来源：江城日报）", "本文来源"},
		{"print and close", "", "【打印】【关闭窗口】", "打印"},
		{"icp", "", "渝ICP备20009753号-2", "ICP"},
		{"police record", "", "渝公网安备 50010802000123号", "公网安备"},
		{"footer's link row", "", "", "关于我们"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var tail []string
			if c.line != "" {
				tail = append(tail, c.line)
			}
			a := zhExtract(t, zhTailPage(c.lead, tail...), "https://www.example.cn/news/2024/0516/123.html")
			if !strings.Contains(a.Text, "农村公路总里程") {
				t.Fatalf("Text lacks the article: %q", a.Text)
			}
			if strings.Contains(a.Text, c.gone) {
				t.Errorf("Text holds %q: %q", c.gone, a.Text)
			}
		})
	}
}

// A source line that only the end of the text gives leaves the body and
// stays the article's source.
func TestChineseTailSourceIsCredit(t *testing.T) {
	page := strings.Replace(zhTailPage("", "来源：江城日报"), "　来源：江城日报", "", 1)
	a := zhExtract(t, page, "https://www.example.cn/news/2024/0516/123.html")
	if strings.Contains(a.Text, "来源") {
		t.Errorf("Text holds the source line: %q", a.Text)
	}
	if a.Credit != "江城日报" {
		t.Errorf("Credit = %q, want 江城日报", a.Credit)
	}
}

// mayBeCJKSiteLine must pass every line reCJKSiteLine takes, and stop the
// story's paragraphs before the regexp.
func TestMayBeCJKSiteLine(t *testing.T) {
	for _, l := range []string{"原标题：江城农村公路", "原標題: 江城", "来源：江城日报", "來源：江城日報", "稿源：新华社", "（来源：江城日报）",
		"【来源：江城日报】", "本文来源：江城日报", "文章来源：江城日报", "稿件来源：江城日报", "声明：本文转载自江城日报", "聲明：本文轉載自",
		"免责声明：仅供参考", "版权声明：本文为原创", "特别声明：以上内容", "扫一扫在手机打开当前页", "掃一掃在手機打開", "扫描二维码 手机阅读",
		"扫一扫，关注我们", "扫码关注江城新闻网公众号", "掃一掃 關注我們",
		"分享到：", "分享至 微信 微博", "【打印】【关闭窗口】", "[打印本页] [关闭]", "［关闭窗口］", "【纠错】", "【收藏】", "【返回顶部】", "【大 中 小】",
		"【字体：大 中 小】【打印】【关闭】", "上一篇：重庆召开全市工作会议", "下一篇：重庆市政府常务会议", "点赞(12) 收藏 评论(3)", "阅读 12345", "浏览次数：1234",
		"本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场", "此文仅代表作者个人观点，不代表本网立场。"} {
		if !reCJKSiteLine.MatchString(l) {
			t.Errorf("reCJKSiteLine does not match %q", l)
		}
		if !mayBeCJKSiteLine("　" + l) {
			t.Errorf("mayBeCJKSiteLine(%q) = false; reCJKSiteLine matches it", l)
		}
	}
	for _, l := range []string{"近日，市交通运输局发布消息。", "来源：记者从市统计局获悉，今年一季度全市生产总值增长。", "分享到朋友圈的照片引发热议。", "The source: Reuters",
		"上一篇文章里我们讲到了重庆的火锅。", "阅读是一种习惯。", "评论员认为，这一政策仅代表了部分群体的利益。",
		"扫码关注后即可在线预约挂号，十分方便。"} {
		if reCJKSiteLine.MatchString(l) {
			t.Errorf("reCJKSiteLine matches the story's %q", l)
		}
	}
}

// A block that opens with the original headline and goes on with the
// story, line after line, keeps the story.
func TestChineseOriginalHeadlineKeepsStory(t *testing.T) {
	for _, lead := range []string{
		"<p>原标题：江城农村公路建设再提速<br>　　江城日报讯 今年全市新建农村公路。</p>\n",
		"<div><p>原标题：江城农村公路建设再提速</p><p>　　江城日报讯 今年全市新建农村公路。</p></div>\n",
	} {
		a := zhExtract(t, zhTailPage(lead), "https://www.example.cn/news/2024/0516/123.html")
		if !strings.Contains(a.Text, "江城日报讯") {
			t.Errorf("Text lacks the story's first line after %q: %q", lead, a.Text)
		}
	}
}

// The desk's credit at the end of the story's last paragraph leaves the
// paragraph, and the paragraph stays.
func TestChineseTrailingEditor(t *testing.T) {
	last := "　　市交通运输局表示，下一步将继续加大投入力度，推动农村公路建设、管理、养护、运营协调发展，让群众出行更加便捷、更加安全，为全市经济社会高质量发展和乡村全面振兴提供更加坚实的交通保障。"
	for _, credit := range []string{"（责任编辑：张三）", "(编辑:张三)", "【责任编辑：张三 李四】"} {
		a := zhExtract(t, zhTailPage("", last+credit), "https://www.example.cn/news/2024/0516/123.html")
		if !strings.Contains(a.Text, "交通保障。") {
			t.Errorf("Text lacks the last paragraph before %q: %q", credit, a.Text)
		}
		if strings.Contains(a.Text, "张三") {
			t.Errorf("Text holds the credit %q: %q", credit, a.Text)
		}
	}
}

// A short last paragraph with the desk's credit after it keeps its story.
func TestChineseShortParagraphThenEditor(t *testing.T) {
	a := zhExtract(t, zhTailPage("", "　　这是最后一段文字，全市农村公路建设稳步推进。（责任编辑：张三）"), "https://www.example.cn/news/2024/0516/123.html")
	if !strings.Contains(a.Text, "稳步推进。") {
		t.Errorf("Text lacks the last paragraph: %q", a.Text)
	}
	if strings.Contains(a.Text, "张三）") {
		t.Errorf("Text holds the credit: %q", a.Text)
	}
}

// A site's legal notice under the story, its heading alone in a block and
// its clauses after it, leaves the body whole; a statement the story
// quotes stays.
func TestChineseNoticeAfterStory(t *testing.T) {
	clauses := []string{
		"根据《中华人民共和国著作权法》、《信息网络传播权保护条例》等法律法规，未经书面许可，擅自转载本报社作品的，将涉嫌侵犯著作权人合法权益。",
		"一、任何单位或个人，在任何公开传播平台上使用著作权归属于本报社的原创内容，必须事先取得本报社书面授权；",
		"二、对于各类非法转载行为，欢迎读者提供侵权线索。",
	}
	for _, c := range []struct{ name, head, gone, kept string }{
		{"anti-infringement notice", "<b>反侵权公告：</b>", "著作权法", ""},
		{"copyright statement", "【版权声明】", "任何单位或个人", ""},
		{"disclaimer, Traditional", "免責聲明", "非法转载", ""},
		{"a statement the story reports", "声明：", "", "著作权法"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := zhExtract(t, zhTailPage("", append([]string{c.head}, clauses...)...), "https://www.example.cn/news/2024/0516/123.html")
			if !strings.Contains(a.Text, "农村公路总里程") {
				t.Fatalf("Text lacks the article: %q", a.Text)
			}
			if c.gone != "" && strings.Contains(a.Text, c.gone) {
				t.Errorf("Text holds the notice's %q: %q", c.gone, a.Text)
			}
			if c.kept != "" && !strings.Contains(a.Text, c.kept) {
				t.Errorf("Text lacks %q: %q", c.kept, a.Text)
			}
		})
	}
}

// A disclaimer over the story, its heading alone in a block before the
// story's paragraphs, is no notice under the story: the story stays.
func TestChineseNoticeBeforeStory(t *testing.T) {
	a := zhExtract(t, zhTailPage("<p>免责声明</p><p>本文仅供参考，不构成投资建议。</p>"), "https://www.example.cn/news/2024/0516/123.html")
	if !strings.Contains(a.Text, "农村公路总里程") {
		t.Fatalf("Text lacks the article: %q", a.Text)
	}
}

// Many notice headings in a row under the story: the story stays and
// every heading goes, the first taking the rest with it.
func TestChineseManyNoticeHeads(t *testing.T) {
	heads := make([]string, 5000)
	for i := range heads {
		heads[i] = "版权声明"
	}
	a := zhExtract(t, zhTailPage("", heads...), "https://www.example.cn/news/2024/0516/123.html")
	if !strings.Contains(a.Text, "农村公路总里程") {
		t.Fatalf("Text lacks the article: %q", a.Text)
	}
	if strings.Contains(a.Text, "版权声明") {
		t.Errorf("Text holds a notice heading: %d of them", strings.Count(a.Text, "版权声明"))
	}
}

// The first of many notice headings takes the rest, which are not looked
// at again: each block is doomed once.
func TestNoticeHeadsDoomedOnce(t *testing.T) {
	const heads = 5000
	page := "<html><body><div>" + zhParas(false, "") + strings.Repeat("<p>版权声明</p>", heads) + "</div></body></html>"
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	doomed := teaserBlocks(findFirst(doc, byTag(atom.Body)), "", "")
	seen := map[*html.Node]bool{}
	for _, n := range doomed {
		if seen[n] {
			t.Fatalf("a block is doomed twice; %d doomed in all", len(doomed))
		}
		seen[n] = true
	}
	if len(doomed) != heads {
		t.Errorf("%d blocks doomed, want the %d headings", len(doomed), heads)
	}
}
