package extractor

import (
	"strings"
	"testing"
)

// zhBarPage is a Chinese portal's article page with top, a top bar, above
// its menu, and info under the headline.
func zhBarPage(top, info string) string {
	return zhHead + `<title>` + zhTitle + `_江城网</title></head><body>` + top +
		`<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/local/">地方</a> <a href="/finance/">财经</a></div>` +
		`<div class="article"><h1>` + zhTitle + `</h1>` + info + `<div class="content">` + zhParas(false, "") + `</div></div>` + zhFooter + `</body></html>`
}

// A Chinese portal's top bar prints today's date without its weekday too:
// the date alone ("2024年5月20日"), beside the weather ("江城 晴 18~26℃") or
// the reader's links (登录, 注册, 设为首页), or labelled as today
// ("今日：2024年5月20日"), or beside the site's search box. Above the menu,
// or in the position bar ("当前位置：首页 > 新闻" on its left), it is not the
// article's date: the dateline under the headline is, and without one the
// page has none.
// (TestChineseTopBarWeekday has the weekday's bar, TestChineseTopBarGreeting
// the greeting's.)
func TestChineseTopBarWithoutWeekday(t *testing.T) {
	for _, c := range []struct{ name, top string }{
		{"the date alone", `<div class="top">2024年5月20日</div>`},
		{"the date alone in a span", `<div class="top"><span>2024年5月20日</span></div>`},
		{"the weather", `<div class="top"><span>2024年5月20日</span> <span>江城 晴 18~26℃</span></div>`},
		{"the reader's links", `<div class="top"><span>2024年5月20日</span> <a href="/login">登录</a> <a href="/reg">注册</a> <a href="#">设为首页</a></div>`},
		{"labelled today", `<div class="top">今日：2024年5月20日</div>`},
		{"labelled today, another spelling", `<div class="top">今天：2024年5月20日</div>`},
		{"the site's search", `<div class="top"><span>2024年5月20日</span><form action="/search"><input type="text" name="q"><button>搜索</button></form></div>`},
	} {
		for _, d := range []struct{ info, want string }{
			{`<div class="info">2024-05-16 来源：江城日报</div>`, "2024-05-16"},
			{`<div class="info">来源：江城日报</div>`, ""},
		} {
			if a := zhExtract(t, zhBarPage(c.top, d.info), zhURL); a.PublishedDate != d.want {
				t.Errorf("Extract(%s, %s).PublishedDate = %q, want %q", c.name, d.info, a.PublishedDate, d.want)
			}
		}
	}
	// The position bar under the menu, today's date and its weekday on
	// its right: no links between it and the headline. (A bare date there
	// is the article's: TestCJKTemplatePages.)
	for _, date := range []string{"2024年5月20日 星期一", "2024年5月20日（周一）"} {
		for _, d := range []struct{ info, want string }{
			{`<div class="info">2024-05-16 来源：江城日报</div>`, "2024-05-16"},
			{`<div class="info">来源：江城日报</div>`, ""},
		} {
			top := `<div class="crumb"><span>当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻</a></span><span class="r">` + date + `</span></div>`
			page := strings.Replace(zhBarPage("", d.info), `<div class="article">`, top+`<div class="article">`, 1)
			if a := zhExtract(t, page, zhURL); a.PublishedDate != d.want {
				t.Errorf("Extract(position bar with %s, %s).PublishedDate = %q, want %q", date, d.info, a.PublishedDate, d.want)
			}
		}
	}
	// A paper's day alone just above the headline, no menu between, is
	// the page's.
	page := zhHead + `<title>` + zhTitle + `_江城网</title></head><body><div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/local/">地方</a> <a href="/finance/">财经</a></div>` +
		`<div class="paper">2024年05月16日</div><div class="article"><h1>` + zhTitle + `</h1><div class="info">来源：江城日报</div><div class="content">` + zhParas(false, "") + `</div></div>` + zhFooter + `</body></html>`
	if a := zhExtract(t, page, zhURL); a.PublishedDate != "2024-05-16" {
		t.Errorf("Extract(a day just above the headline).PublishedDate = %q, want 2024-05-16", a.PublishedDate)
	}
}

// Taiwanese and Hong Kong pages write the weekday after the date in
// Traditional characters ("2024年5月16日 週四 上午10:21"): the date and
// its time are read past it, and a reporter's credit before it is the
// authors field ("記者王小明／台北報導　2024年5月16日 週四").
func TestChineseTraditionalWeekday(t *testing.T) {
	for _, c := range []struct{ info, authors, at string }{
		{"記者王小明／台北報導　2024年5月16日 週四", "王小明", ""},
		{"記者王小明／台北報導　2024年5月16日 週四 上午10:21", "王小明", "2024-05-16T10:21:00+08:00"},
		{"2024年5月16日（禮拜四）10:21", "", "2024-05-16T10:21:00+08:00"},
	} {
		a := zhExtract(t, zhPortal("", `<div class="info">`+c.info+`</div>`, "", "", ""), zhURL)
		if got := strings.Join(a.Authors, "; "); got != c.authors || a.PublishedDate != "2024-05-16" || a.PublishedAt != c.at {
			t.Errorf("Extract(%s) = %q, %q, %q; want %q, 2024-05-16, %q", c.info, got, a.PublishedDate, a.PublishedAt, c.authors, c.at)
		}
	}
}

// A Traditional label of the time ("時間") that the label tables do not
// list is a publication date's, as its Simplified form ("时间") is:
// "發稿時間：" (the time the story was filed), "上稿時間：" (put online).
func TestChineseTraditionalTimeLabels(t *testing.T) {
	for _, info := range []string{"發稿時間：2024-05-16", "上稿時間：2024-05-16", "刊登時間：2024/05/16"} {
		if a := zhExtract(t, zhPortal("", `<div class="info">`+info+`</div>`, "", "", ""), zhURL); a.PublishedDate != "2024-05-16" {
			t.Errorf("Extract(%s).PublishedDate = %q, want 2024-05-16", info, a.PublishedDate)
		}
	}
}

// Chinese papers credit the reporter who gathered and wrote the story
// ("采写：张三"), commentaries and government pieces the writer who penned
// it ("执笔：张三"), and picture stories the text apart from the pictures
// ("文字：张三 图片：李四"): each names the authors, the pictures' and the
// editor's credits beside them do not. A credit line closing the story
// that names the staff without colons closes the writers at the first
// role that is no writer's: "记者 张三 通讯员 赵六 编辑 李四" names 张三 and
// 赵六, not the editor (nor "编辑" as a name).
func TestChineseWritersAndStaff(t *testing.T) {
	for _, c := range []struct{ info, tail, want string }{
		{"2024-05-16 采写：张三", "", "张三"},
		{"2024-05-16 采写：张三 李四 编辑：王五", "", "张三; 李四"},
		{"2024-05-16 执笔：张三", "", "张三"},
		{"2024-05-16 來源：江城日報 採寫：張三", "", "張三"},
		{"2024-05-16 来源：江城日报 文字：张三 图片：李四 编辑：王五", "", "张三"},
		{"2024-05-16 来源：江城日报", "记者 张三 通讯员 赵六 编辑 李四", "张三; 赵六"},
		{"2024-05-16 来源：江城日报", "记者 张三 通讯员 赵六 责任编辑 李四", "张三; 赵六"},
		{"2024-05-16 来源：江城日报", "本报记者 张三 摄影 李四", "张三"},
	} {
		page := zhPortal("", `<div class="info">`+c.info+`</div>`, "", "", "")
		if c.tail != "" {
			page = strings.Replace(page, `</div><div class="related">`, `<p>`+c.tail+`</p></div><div class="related">`, 1)
		}
		if a := zhExtract(t, page, zhURL); strings.Join(a.Authors, "; ") != c.want {
			t.Errorf("Extract(%s | %s).Authors = %q, want %q", c.info, c.tail, a.Authors, c.want)
		}
	}
}

// Chinese templates label a box of other stories below the article in
// no heading ("<div class="title">相关新闻</div>", "<span>推荐阅读</span>")
// and list its items in blocks, not list rows: their dates are the other
// stories', never the page's, which without a dateline has none, whether
// the story's paragraphs are long or short (forty to eighty characters).
// The dateline, when the page has one, still dates it.
func TestChineseOthersLabelInNoHeading(t *testing.T) {
	long := `<p>　　据介绍，今年的农村公路建设重点放在偏远山区和库区，计划新增通客车的建制村三十个，同时推进公路沿线安全防护设施建设，还将对现有的危桥进行改造，对部分路段实施路面加宽和安全防护提升，确保群众出行更加安全便捷。</p>`
	for _, box := range []string{
		`<div class="box"><div class="title">相关新闻</div><div class="item"><p><a href="/1.html">全市公交线路优化调整方案公布</a></p><p>2024-05-19</p></div></div>`,
		`<div class="box"><span>推荐阅读</span><div class="item"><a href="/1.html">全市公交线路优化调整方案公布</a><span>2024-05-19</span></div><div class="item"><a href="/2.html">城区三条主干道完成提质改造</a><span>2024-05-18</span></div></div>`,
		`<div class="box"><strong>延伸閱讀</strong><dl><dt><a href="/1.html">全市公車路線優化調整方案公布</a></dt><dd>2024-05-19</dd></dl></div>`,
		`<div class="box"><h3>相关新闻</h3><p><a href="/1.html">全市公交线路优化调整方案公布</a></p><p>2024-05-19</p></div>`,
	} {
		// A story of short paragraphs, forty to eighty characters each,
		// as much Chinese news is, and the same with a long one.
		for _, long := range []string{"", long} {
			for _, d := range []struct{ info, want string }{
				{`<div class="info">来源：江城日报</div>`, ""},
				{`<div class="info">2024-05-16 来源：江城日报</div>`, "2024-05-16"},
			} {
				page := zhHead + `<title>` + zhTitle + `_江城网</title></head><body><div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div><div class="article"><h1>` + zhTitle + `</h1>` + d.info +
					`<div class="content">` + zhParas(false, "") + long + `</div></div>` + box + zhFooter + `</body></html>`
				if a := zhExtract(t, page, zhURL); a.PublishedDate != d.want {
					t.Errorf("Extract(%s, %s, %d bytes more).PublishedDate = %q, want %q", box, d.info, len(long), a.PublishedDate, d.want)
				}
			}
		}
	}
}

// Chinese portals head the readers' comments below the story "网友评论"
// (the netizens' comments), "热门评论", "我要留言", in a heading or in a
// block of its own, under classes that do not say comment ("pl", 评论's
// initials): the comments' dates are not the page's, which without a
// dateline has none.
func TestChineseCommentsHeadings(t *testing.T) {
	for _, head := range []string{"网友评论", "熱門評論", "我要留言", "全部评论(12)"} {
		for _, form := range []string{`<div class="pl-hd">%s</div>`, `<h3>%s</h3>`} {
			tail := `<div class="pl">` + strings.Replace(form, "%s", head, 1) + `<div class="pl-item"><span class="name">江城网友</span><span class="time">2024-05-18 10:21</span><p>支持，家门口的路终于要修了。</p></div></div>`
			if a := zhExtract(t, zhPortal("", `<div class="info">来源：江城日报</div>`, "", "", tail), zhURL); a.PublishedDate != "" {
				t.Errorf("Extract(%s).PublishedDate = %q, want none", tail, a.PublishedDate)
			}
		}
	}
}

// The labels Chinese portals give the boxes of other stories below the
// article: "相关资讯", "往期回顾", "阅读排行", "为你推荐", "看了又看" and the
// like, Simplified and Traditional. Their items' dates are not the page's.
func TestChineseOthersLabels(t *testing.T) {
	for _, label := range []string{"相关资讯", "热门资讯", "相关稿件", "往期回顾", "今日推荐", "为你推荐", "热文推荐", "本类推荐", "本类热门", "看了又看", "热点排行", "阅读排行", "新闻排行", "相關資訊", "往期回顧", "為你推薦", "閱讀排行"} {
		tail := `<div class="box"><div class="hd">` + label + `</div><div class="item"><a href="/1.html">全市公交线路优化调整方案公布</a><span>2024-05-19</span></div></div>`
		if a := zhExtract(t, zhPortal("", `<div class="info">来源：江城日报</div>`, "", "", tail), zhURL); a.PublishedDate != "" {
			t.Errorf("Extract(%s).PublishedDate = %q, want none", label, a.PublishedDate)
		}
	}
}

// Chinese portals' mobile pages and feeds print a fresh story's time as
// relative ("3天前", "昨天 10:21") before the source's label, as they print
// a date there, or beside the source's name without one: it is read
// against the fetch as it is alone.
func TestChineseRelativeTimeBeforeSource(t *testing.T) {
	for _, c := range []struct{ info, want string }{
		{"3天前 来源：江城日报", "2024-05-29"},
		{"昨天 10:21 来源：江城日报", "2024-05-31"},
		{"3天前　作者：张三", "2024-05-29"},
		// The source's name without its label, after the time or before.
		{"3天前 江城日报", "2024-05-29"},
		{"昨天 10:21 江城日报", "2024-05-31"},
		{"江城日报 3天前", "2024-05-29"},
	} {
		if a := zhExtract(t, zhPortal("", `<div class="info">`+c.info+`</div>`, "", "", ""), zhURL); a.PublishedDate != c.want {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.info, a.PublishedDate, c.want)
		}
	}
}

// Older Chinese CMSs join a date's ASCII digits with the full-width hyphen
// ("2024－05－16"), as they join full-width digits: the date is read.
func TestChineseFullWidthHyphenDate(t *testing.T) {
	for _, info := range []string{"作者：张三　发布时间：2024－05－16", "2024－05－16 来源：江城日报", "日期：2024－5－16 10:21"} {
		if a := zhExtract(t, zhPortal("", `<div class="info">`+info+`</div>`, "", "", ""), zhURL); a.PublishedDate != "2024-05-16" {
			t.Errorf("Extract(%s).PublishedDate = %q, want 2024-05-16", info, a.PublishedDate)
		}
	}
}
