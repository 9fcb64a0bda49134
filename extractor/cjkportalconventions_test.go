package extractor

import (
	"strings"
	"testing"
)

// More conventions of Chinese, Taiwanese, Hong Kong and Japanese portals'
// info lines and credits (twenty-ninth session, second round), on the
// pages of cjkportalrules_test.go: each case fails without its rule.

// A credit's name followed by its date in full-width digits ("作者：张三
// ２０２４－０５－１６") ends at the date, as before an ASCII one, and the
// date is read.
func TestCJKWideDateAfterCredit(t *testing.T) {
	for _, c := range []struct{ info, author, day string }{
		{"作者：张三　２０２４－０５－１６", "张三", "2024-05-16"},
		{"作者：张三　２０２４年５月１６日", "张三", "2024-05-16"},
		{"作者：张三 ２０２４－０５－１６ １０：２１", "张三", "2024-05-16"},
		{"来源：新华社　２０２４年５月１６日", "", "2024-05-16"},
	} {
		a := zhExtract(t, cjkRulePage("", `<div class="info">`+c.info+`</div>`, false, ""), zhURL)
		if got := strings.Join(a.Authors, "; "); got != c.author || a.PublishedDate != c.day {
			t.Errorf("Extract(%s) = %q, %q; want %q, %q", c.info, got, a.PublishedDate, c.author, c.day)
		}
	}
}

// A Japanese page's bare "更新：" (updated), which no label reading takes,
// dates the update beside the publication's label: after it past an ASCII
// bar ("公開日：2024年5月16日 | 更新：2024年5月17日"), or in a block of its
// own above it, the two read as one line.
func TestJapaneseBareUpdateBesidePublication(t *testing.T) {
	for _, meta := range []string{
		`<div class="meta">公開日：2024年5月16日 | 更新：2024年5月17日</div>`,
		`<div class="meta"><p>更新：2024年5月17日</p><p>公開日：2024年5月16日</p></div>`,
		`<div class="meta"><span>更新：2024年5月17日</span> <span>公開：2024年5月16日</span></div>`,
	} {
		a := zhExtract(t, japanesePage(meta, ""), "https://www.example.co.jp/news/a.html")
		if a.PublishedDate != "2024-05-16" || a.ModifiedDate != "2024-05-17" {
			t.Errorf("Extract(%s) = %q, modified %q; want 2024-05-16, 2024-05-17", meta, a.PublishedDate, a.ModifiedDate)
		}
	}
}

// A Japanese date whose era is spelled out, its month and day dotted
// ("令和6.5.16"), is read anywhere: the era's name is never a version's.
// By its initial ("R6.5.16") it is read on a Japanese page in an element
// the page classes as a date, or beside a date word without its colon;
// a lone "R2.1.5" in the text stays unread (TestJapaneseAbbreviatedEra).
func TestJapaneseEraDotted(t *testing.T) {
	for _, c := range []struct{ meta, day string }{
		{`<div class="meta">令和6.5.16</div>`, "2024-05-16"},
		{`<div class="meta">平成31.4.30</div>`, "2019-04-30"},
		{`<span class="date">R6.5.16</span>`, "2024-05-16"},
		{`<div class="post-date">R06.05.16</div>`, "2024-05-16"},
		{`<div class="meta">掲載 R6.5.16</div>`, "2024-05-16"},
		{`<div class="meta">R6.5.16 掲載</div>`, "2024-05-16"},
		{`<div class="meta">R6.5.16</div>`, ""},
	} {
		a := zhExtract(t, japanesePage(c.meta, ""), "https://www.example.co.jp/news/a.html")
		if a.PublishedDate != c.day {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.meta, a.PublishedDate, c.day)
		}
	}
	// A Chinese page's date element is not read so.
	if a := zhExtract(t, cjkRulePage("", `<div class="info"><span class="date">R6.5.16</span></div>`, false, ""), zhURL); a.PublishedDate != "" {
		t.Errorf("Extract(a Chinese page's R6.5.16).PublishedDate = %q, want none", a.PublishedDate)
	}
}

// Taiwan's Central News Agency dates its story by the day alone
// ("（中央社記者王小明台北16日電）"); a page whose only other date is a lone
// update ("更新：2024/05/17") ran the story on that day of the update's
// month, and was updated on the 17th. A later day than the update's, or an
// address of another month, leaves the lone date the page's.
func TestTaiwanWireDayBeforeUpdate(t *testing.T) {
	const lead = "（中央社記者王小明台北16日電）"
	for _, c := range []struct{ info, url, day, modified string }{
		{"更新：2024/05/17", "https://www.example.com.tw/news/a.aspx", "2024-05-16", "2024-05-17"},
		{"更新：2024/05/17", "https://www.example.com.tw/news/202405/a.aspx", "2024-05-16", "2024-05-17"},
		{"更新：2024/05/15", "https://www.example.com.tw/news/a.aspx", "2024-05-15", ""},
		{"更新：2024/05/17", "https://www.example.com.tw/news/202404/a.aspx", "2024-05-17", ""},
	} {
		page := strings.Replace(cjkRulePage("", `<div class="info">`+c.info+`</div>`, true, ""), "<p>　　", "<p>　　"+lead, 1)
		if a := zhExtract(t, page, c.url); a.PublishedDate != c.day || a.ModifiedDate != c.modified {
			t.Errorf("Extract(%s, %s) = %q, modified %q; want %q, %q", c.info, c.url, a.PublishedDate, a.ModifiedDate, c.day, c.modified)
		}
	}
}

// Reporters' credits that name the paper or the site before the role: in
// the bracket that opens the text ("（大纪元记者张三报道）", "（本报记者张三
// 报道）"), and a site's name in Latin letters and digits on the info line
// ("HK01記者 王小明").
func TestCJKSiteBeforeReporter(t *testing.T) {
	for _, c := range []struct{ info, lead, want string }{
		{"", "（大纪元记者张三报道）", "张三"},
		{"", "（大紀元記者王小明報導）", "王小明"},
		{"", "（本报记者张三报道）", "张三"},
		{`<div class="info">HK01記者 王小明</div>`, "", "王小明"},
		{`<div class="info">2024-05-16 10:21 HK01記者 王小明</div>`, "", "王小明"},
	} {
		page := cjkRulePage("", c.info, true, "")
		if c.lead != "" {
			page = strings.Replace(page, "<p>　　", "<p>　　"+c.lead, 1)
		}
		if a := zhExtract(t, page, zhURL); strings.Join(a.Authors, "; ") != c.want {
			t.Errorf("Extract(%s%s).Authors = %q, want %q", c.info, c.lead, a.Authors, c.want)
		}
	}
}

// A self-media post's meta row may set the writer's name in an element
// classed "name" beside the date, unlabelled, as Toutiao's article pages
// do: the name is a person's (cjkRowName), not a paper's.
func TestChineseNameFieldBesideDate(t *testing.T) {
	for _, c := range []struct{ info, want string }{
		{`<div class="article-meta"><span class="name">张三</span><span class="time">2024-05-16 10:21</span></div>`, "张三"},
		{`<div class="article-meta"><span class="original">原创</span><span>2024-05-16 10:21</span><span class="name"><a href="/c/user/1/">李明华</a></span></div>`, "李明华"},
		{`<div class="article-meta"><span class="name">江城日报</span><span>2024-05-16 10:21</span></div>`, ""},
	} {
		a := zhExtract(t, cjkRulePage("", c.info, false, ""), zhURL)
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.info, got, c.want)
		}
	}
}

// A Japanese page that declares no language, on a host that names no
// country, may print its update after the date, the time in kanji
// ("2024年5月16日 10時21分 更新"): the date is the update's. A Chinese
// portal's "2024-05-16 10:21 更新" stays its dateline.
func TestUndeclaredJapaneseTrailingUpdate(t *testing.T) {
	for _, c := range []struct{ meta, day, modified string }{
		{`<div class="date">2024年5月16日 10時21分 更新</div>`, "", "2024-05-16"},
		{`<div class="date">2024年5月15日 9時00分 公開 2024年5月16日 10時21分 更新</div>`, "2024-05-15", "2024-05-16"},
		{`<div class="date">2024-05-16 10:21 更新</div>`, "2024-05-16", ""},
	} {
		page := strings.Replace(japanesePage(c.meta, ""), ` lang="ja"`, "", 1)
		if a := zhExtract(t, page, "https://www.example.com/news/a.html"); a.PublishedDate != c.day || a.ModifiedDate != c.modified {
			t.Errorf("Extract(%s) = %q, modified %q; want %q, %q", c.meta, a.PublishedDate, a.ModifiedDate, c.day, c.modified)
		}
	}
}
