package extractor

import (
	"strings"
	"testing"
)

// Conventions of Chinese, Taiwanese, Hong Kong and Japanese portals'
// article pages (twenty-ninth session): probe pages written from how the
// portals lay them out, each case failing without its rule.

// cjkRulePage is a portal's article page: top above the menu, the
// headline, info under it, the text (Traditional characters when trad),
// then after (comments, links to the next story) and the footer.
func cjkRulePage(top, info string, trad bool, after string) string {
	title := zhTitle
	if trad {
		title = zhTitleTrad
	}
	return zhHead + `<title>` + title + `_江城网</title></head><body>` + top +
		`<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/local/">地方</a> <a href="/finance/">财经</a></div>` +
		`<div class="article"><h1>` + title + `</h1>` + info + `<div class="content">` + zhParas(trad, "") + `</div></div>` + after + zhFooter + `</body></html>`
}

// An info line in full-width digits ("２０２４－０５－１６　１０：２１　来源：新华社")
// is read as one in ASCII digits: its date before the source's label takes
// three bytes a character, and is measured folded.
func TestCJKWideDigitInfoLine(t *testing.T) {
	for _, info := range []string{
		"２０２４－０５－１６　１０：２１　来源：新华社",
		"２０２４－０５－１６ １０：２１ 来源：新华社",
		"２０２４／０５／１６ １０：２１：３５　来源：江城日报",
	} {
		a := zhExtract(t, cjkRulePage("", `<div class="info">`+info+`</div>`, false, ""), zhURL)
		if a.PublishedDate != "2024-05-16" || !strings.HasPrefix(a.PublishedAt, "2024-05-16T10:21") {
			t.Errorf("Extract(%s) = %q, %q; want 2024-05-16 at 10:21", info, a.PublishedDate, a.PublishedAt)
		}
	}
}

// A Chinese portal's top bar may print today's date in digits alone
// ("2024-05-20", "2024/05/20"), as its script writes it: above the menu
// it is no date of the article's, which the info line under the headline
// gives, or none does.
func TestCJKNumericTopBarDay(t *testing.T) {
	for _, top := range []string{
		`<div class="top">2024-05-20</div>`,
		`<div class="top">2024/05/20</div>`,
		`<div class="top"><span id="today">2024-05-20</span></div>`,
	} {
		for _, c := range []struct{ info, want string }{
			{`<div class="info">2024-05-16 10:21 来源：新华社</div>`, "2024-05-16"},
			{`<div class="info">来源：新华社</div>`, ""},
		} {
			if a := zhExtract(t, cjkRulePage(top, c.info, false, ""), zhURL); a.PublishedDate != c.want {
				t.Errorf("Extract(%s, %s).PublishedDate = %q, want %q", top, c.info, a.PublishedDate, c.want)
			}
		}
	}
	// The bar's own links before the date: the reader's.
	top := `<div class="top"><div class="l">欢迎访问江城网！<a href="#">设为首页</a> <a href="#">加入收藏</a></div><div class="r">2024-05-20</div></div>`
	if a := zhExtract(t, cjkRulePage(top, `<div class="info">来源：新华社</div>`, false, ""), zhURL); a.PublishedDate != "" {
		t.Errorf("Extract(a top bar with its links).PublishedDate = %q, want none", a.PublishedDate)
	}
	// A bare date in the position bar is the article's (TestCJKTemplatePages).
	crumb := `<div class="crumb"><span>当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻</a></span><span class="r">2024-05-16</span></div>`
	if a := zhExtract(t, cjkRulePage(crumb, `<div class="info">来源：新华社</div>`, false, ""), zhURL); a.PublishedDate != "2024-05-16" {
		t.Errorf("Extract(a date in the position bar).PublishedDate = %q, want 2024-05-16", a.PublishedDate)
	}
	// A post's date after the site's menu, its categories' links between
	// it and the headline, is the post's.
	nav := `<div class="nav"><a href="/">ホーム</a> <a href="/a/">ニュース</a> <a href="/b/">コラム</a> <a href="/c/">特集</a> <a href="/d/">動画</a> <a href="/e/">お問い合わせ</a></div>`
	for _, meta := range []string{
		`<div class="post-date">2024.05.16</div><ul class="post-categories"><li><a href="/c/1">ニュース</a></li><li><a href="/c/2">お知らせ</a></li><li><a href="/c/3">イベント</a></li></ul>`,
		`<div class="meta"><span class="date">2024-05-16</span></div><div class="tags"><a href="/c/1">ニュース</a> <a href="/c/2">お知らせ</a> <a href="/c/3">イベント</a></div>`,
	} {
		page := zhHead + `<title>` + zhTitle + `</title></head><body>` + nav + `<article>` + meta + `<h1>` + zhTitle + `</h1><div class="content">` + zhParas(false, "") + `</div></article></body></html>`
		if a := zhExtract(t, page, zhURL); a.PublishedDate != "2024-05-16" {
			t.Errorf("Extract(%s).PublishedDate = %q, want 2024-05-16", meta, a.PublishedDate)
		}
	}
}

// Readers' comments under a Chinese story, no heading over them, date no
// page: an item classed as a comment or a reply, or a line whose date
// the reader's words follow ("网友 2024-05-16 10:21 说：…"). The info
// line's date stays the page's.
func TestCJKCommentItems(t *testing.T) {
	for _, c := range []struct{ name, after string }{
		{"a reply's block", `<div class="reply">网友 2024-05-16 10:21 说：说得好，支持！</div>`},
		{"a reply's head and words", `<div class="reply"><p>网友 2024-05-16 10:21 说：</p><p>说得好，支持！</p></div>`},
		{"a comment list", `<ul class="comment-list"><li>江城网友 2024-05-16 10:21<p>希望早日建成。</p></li></ul>`},
		{"said, unclassed", `<div class="cmt"><p>网友 2024-05-16 10:21 说：说得好，支持！</p><p>江城网友 2024-05-17 08:01 说：希望早日建成。</p></div>`},
		{"said, Traditional", `<div class="cmt"><p>網友 2024-05-16 10:21 說：說得好！</p></div>`},
	} {
		for _, d := range []struct{ info, want string }{
			{`<div class="info">来源：新华社</div>`, ""},
			{`<div class="info">2024-05-15 来源：新华社</div>`, "2024-05-15"},
		} {
			if a := zhExtract(t, cjkRulePage("", d.info, false, c.after), zhURL); a.PublishedDate != d.want {
				t.Errorf("Extract(%s, %s).PublishedDate = %q, want %q", c.name, d.info, a.PublishedDate, d.want)
			}
		}
	}
}

// A self-media post's meta row names its writer, unlabelled, before the
// date and the counts or the province: "张三 · 2024年5月16日 · 阅读 123",
// "张三 2024-05-16 10:21 IP属地：北京". The name is a person's (a common
// family name first), not a section's or a paper's.
func TestChineseCreditRow(t *testing.T) {
	for _, c := range []struct{ info, want string }{
		{"张三 · 2024年5月16日 · 阅读 123", "张三"},
		{`<span>张三</span> · <span>2024年5月16日</span> · <span>阅读 123</span>`, "张三"},
		{`<a href="/u/1">李明华</a> · 2024-05-16 · 浏览 1.2万`, "李明华"},
		{"张三 | 2024-05-16 | 字数 1234 | 阅读 567", "张三"},
		{"陳大文 · 2024年5月16日 · 閱讀 123", "陳大文"},
		{"金融 · 2024年5月16日 · 阅读 123", ""},
		{"江城日报 · 2024年5月16日 · 阅读 123", ""},
		{"社会 · 2024年5月16日 · 阅读 123", ""},
		{"张三 · 2024年5月16日", ""},
		// The province the post was sent from in place of a count, as
		// Chinese platforms print it since 2022.
		{"张三 · 2024-05-16 10:21 · 发布于北京", "张三"},
		{"张三 | 2024-05-16 10:21 | IP属地：北京", "张三"},
		// Spaces alone between the fields.
		{"张三 2024-05-16 10:21 阅读 123", "张三"},
		{"张三　2024年5月16日　阅读 123", "张三"},
		{"张三 2024-05-16 10:21 发布于北京", "张三"},
		{"张三 2024-05-16 10:21 IP属地：北京", "张三"},
		{"江城日报 2024-05-16 10:21 阅读 123", ""},
		{"张三 2024-05-16 10:21", ""},
	} {
		a := zhExtract(t, cjkRulePage("", `<div class="info">`+c.info+`</div>`, false, ""), zhURL)
		if got := strings.Join(a.Authors, "; "); got != c.want || a.PublishedDate != "2024-05-16" {
			t.Errorf("Extract(%s) = %q, %q; want %q, 2024-05-16", c.info, got, a.PublishedDate, c.want)
		}
	}
}

// Japanese government and company pages write a labelled date's era by
// its initial: "掲載日：R6.5.16" (令和6年), "更新日：H31.4.30" (平成31年).
// Unlabelled, "R2.1.5" may be a release, and is not read.
func TestJapaneseAbbreviatedEra(t *testing.T) {
	for _, c := range []struct{ info, day, modified string }{
		{"掲載日：R6.5.16", "2024-05-16", ""},
		{"掲載日：R06.05.16", "2024-05-16", ""},
		{"公開日：H31.4.30", "2019-04-30", ""},
		{"公開日：R6.5.16　更新日：R6.5.20", "2024-05-16", "2024-05-20"},
		{"R2.1.5", "", ""},
	} {
		a := zhExtract(t, cjkRulePage("", `<div class="info">`+c.info+`</div>`, false, ""), zhURL)
		if a.PublishedDate != c.day || a.ModifiedDate != c.modified {
			t.Errorf("Extract(%s) = %q, modified %q; want %q, %q", c.info, a.PublishedDate, a.ModifiedDate, c.day, c.modified)
		}
	}
}

// Japanese credits of the text: the writer's role after the label and
// before the name ("文／ライター 山田太郎"), "テキスト：" (text) as a label,
// and a name in katakana ("文：ジョン・スミス"), a foreign name's or a pen
// name's, not a role's ("文：スタッフ").
func TestJapaneseTextCredits(t *testing.T) {
	for _, c := range []struct{ info, want string }{
		{"2024年5月16日　文／ライター 山田太郎", "山田太郎"},
		{"2024年5月16日　文＝フリーライター 山田太郎", "山田太郎"},
		{"2024年5月16日　テキスト：山田太郎", "山田太郎"},
		{"2024年5月16日　文：ジョン・スミス", "ジョン・スミス"},
		{"2024年5月16日　取材・文：ヤマダ・タロウ　写真：佐藤花子", "ヤマダ・タロウ"},
		{"2024年5月16日　文：スタッフ", ""},
		{"2024年5月16日　文／ライター", ""},
	} {
		a := zhExtract(t, cjkRulePage("", `<div class="info">`+c.info+`</div>`, false, ""), zhURL)
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.info, got, c.want)
		}
	}
}

// The link to the story before or after a Chinese one, its date beside
// it in a short row ("上一篇：<a>…</a><span class="date">2024-05-15</span>",
// the label in an element of its own, the date in the next block), dates
// no page, even one that shows no date of its own.
func TestChinesePrevNextDate(t *testing.T) {
	for _, after := range []string{
		`<div class="pn"><span>上一篇</span><a href="/news/1.html">全市公交线路优化调整方案公布</a><span>2024-05-15</span></div>`,
		`<ul class="pn"><li>上一篇：<a href="/news/1.html">全市公交线路优化调整方案公布</a><span class="date">2024-05-15</span></li></ul>`,
		`<div class="pn"><p>下一篇：<a href="/news/1.html">全市公交线路优化调整方案公布</a><span class="date">2024-05-17</span></p></div>`,
		`<div class="pn"><p>上一篇：<a href="/news/1.html">全市公交线路优化</a></p><p>2024-05-15</p></div>`,
		`<div class="pn"><p>上一條：<a href="/news/1.html">全市公車路線優化</a></p><p>2024-05-15</p></div>`,
	} {
		for _, d := range []struct{ info, want string }{
			{`<div class="info">来源：新华社</div>`, ""},
			{`<div class="info">2024-05-16 来源：新华社</div>`, "2024-05-16"},
		} {
			if a := zhExtract(t, cjkRulePage("", d.info, false, after), zhURL); a.PublishedDate != d.want {
				t.Errorf("Extract(%s, %s).PublishedDate = %q, want %q", after, d.info, a.PublishedDate, d.want)
			}
		}
	}
}

// A Taiwanese page may print a date of the Republic's era alone, without
// its label ("113/05/16", "113.05.16 10:21" is 2024-05-16): read on a
// Taiwanese page only (a mainland page's "113-05-16" is none:
// TestChineseDatelines). A labelled one keeps its time.
func TestTaiwanEraDateAlone(t *testing.T) {
	const tw = "https://news.example.com.tw/news/20240516000123-260402"
	const twUndated = "https://news.example.com.tw/news/a/123456"
	for _, c := range []struct{ info, url, day, at string }{
		{`<div class="info"><span class="date">113/05/16</span></div>`, twUndated, "2024-05-16", ""},
		{`<div class="info">113.05.16 10:21</div>`, twUndated, "2024-05-16", "2024-05-16T10:21:00+08:00"},
		{`<div class="info">發布時間：113/05/16 10:21</div>`, tw, "2024-05-16", "2024-05-16T10:21:00+08:00"},
		{`<div class="info">113/05/16</div>`, zhURL, "", ""},
	} {
		a := zhExtract(t, cjkRulePage("", c.info, true, ""), c.url)
		if a.PublishedDate != c.day || a.PublishedAt != c.at {
			t.Errorf("Extract(%s, %s) = %q, %q; want %q, %q", c.info, c.url, a.PublishedDate, a.PublishedAt, c.day, c.at)
		}
	}
}

// Japanese writes the time of a date in kanji: "2024年5月16日 10時21分".
func TestJapaneseKanjiTime(t *testing.T) {
	a := zhExtract(t, cjkRulePage("", `<p class="date">2024年5月16日 10時21分</p>`, false, ""), zhURL)
	if !strings.HasPrefix(a.PublishedAt, "2024-05-16T10:21") {
		t.Errorf("Extract(2024年5月16日 10時21分).PublishedAt = %q, want 2024-05-16T10:21", a.PublishedAt)
	}
}

// A Chinese agency's copy opens with its dateline: the agency and the
// place, the month and the day, "电" ("新华社北京5月16日电（记者张三）",
// "中新网5月16日电"), or the paper's date in full ("【大纪元2024年05月16日讯】").
// Without its year the day is read in the year of the address whose
// month agrees ("/202405/"), and with neither nothing is guessed. Taiwan's
// Central News Agency gives the day alone ("（中央社記者王小明台北16日電）"):
// the address must give its month and year.
func TestChineseAgencyDateline(t *testing.T) {
	for _, c := range []struct{ lead, url, want string }{
		{"新华社北京5月16日电（记者张三）", "http://www.example.cn/news/202405/c_123.htm", "2024-05-16"},
		{"中新网5月16日电 据江城日报报道，", "http://www.example.cn/news/202405/c_123.htm", "2024-05-16"},
		{"人民网北京5月16日专电 ", "http://www.example.cn/news/202405/c_123.htm", "2024-05-16"},
		{"【大纪元2024年05月16日讯】", zhURL, "2024-05-16"},
		{"新华社北京5月16日电（记者张三）", zhURL, ""},
		{"新华社北京5月16日电（记者张三）", "http://www.example.cn/news/202406/c_123.htm", ""},
		{"（中央社記者王小明台北16日電）", "https://www.example.com.tw/news/202405/a.aspx", "2024-05-16"},
		{"（中央社華盛頓15日綜合外電報導）", "https://www.example.com.tw/news/202405/a.aspx", "2024-05-15"},
		{"(中央社記者王小明台北16日電)", "https://www.example.com.tw/news/202405/a.aspx", "2024-05-16"},
		{"（中央社記者王小明台北16日電）", "https://www.example.com.tw/news/a.aspx", ""},
		{"（中央社記者王小明台北31日電）", "https://www.example.com.tw/news/202406/a.aspx", ""},
	} {
		page := strings.Replace(cjkRulePage("", `<div class="info">来源：江城日报</div>`, false, ""), "<p>　　", "<p>　　"+c.lead, 1)
		if a := zhExtract(t, page, c.url); a.PublishedDate != c.want {
			t.Errorf("Extract(%s, %s).PublishedDate = %q, want %q", c.lead, c.url, a.PublishedDate, c.want)
		}
	}
}

// A Taiwanese paper's desk credit in a line of its own under the headline
// ("記者王小明、李大華／台北報導", "【記者王小明／台北報導】") names the
// reporters, as it does opening the text.
func TestTaiwaneseDeskCreditLine(t *testing.T) {
	for _, c := range []struct{ info, want string }{
		{"記者王小明、李大華／台北報導", "王小明; 李大華"},
		{"【記者王小明／台北報導】", "王小明"},
		{"〔記者王小明／台北報導〕", "王小明"},
	} {
		a := zhExtract(t, cjkRulePage("", `<div class="info">`+c.info+`</div>`, true, ""), zhURL)
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.info, got, c.want)
		}
	}
}
