package extractor

import (
	"strings"
	"testing"
)

// An older portal's story page under a masthead <h1> that says the site's
// name, with "Headline_Site" as its <title> and the headline in a block
// no class names (<font><b>, <p class="tit"><strong>), below a list of
// other stories under a heading of its own: the list's heading is no
// headline, and the <title> keeps the story's (mastheadTitled reads a
// "Tagline | Site" <title> only where no block after that first heading
// shows what it keeps). A tagline the masthead shows, above the
// headline, is still the tagline.
func TestTitleProbe67MastheadOverTeasers(t *testing.T) {
	const u = "http://www.jznews.cn/html/local/123456.html"
	hot := `<div class="hot"><h3>24小时热闻</h3><ul><li><a href="/n/1.html">全市公交线路优化调整方案公布</a><span>2024-03-19 09:00</span></li><li><a href="/n/2.html">城区三条主干道完成提质改造</a><span>2024-03-18 17:30</span></li></ul></div>`
	page := func(headline string) string {
		return zh46Head("gbk", zh46Title, "_", "江州网", "") + `<body><div class="top"><h1 class="logo"><a href="/">江州网</a></h1>` + zh46Nav + `</div>` + hot + `<div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>
<div class="main">` + headline + `<div class="info">2024-03-05 14:22　来源：江州日报</div><div class="content">` + zh46Body(false, "<p>", "</p>", "") + `</div></div>` + zh46Foot("江州网") + `</body></html>`
	}
	checkZh67(t, []zh46Case{
		{name: "masthead h1, a list's h3, the headline in font and b", url: u, gbk: true,
			page:  page(`<div align="center"><font size="5" color="#003366"><b>` + zh46Title + `</b></font></div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报"},
		{name: "masthead h1, a list's h3, the headline in p.tit and strong", url: u, gbk: true,
			page:  page(`<p class="tit"><strong>` + zh46Title + `</strong></p>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报"},
	})
	const h = "Council approves new budget for roads"
	p := `<html><head><meta charset="utf-8"><title>Your daily news from the valley | Valley Times</title></head><body><div id="head"><h1>Valley Times</h1><p class="slogan">Your daily news from the valley</p></div><div class="article"><p><strong>` + h + `</strong></p>` + titleBody + `</div></body></html>`
	if got, prov := extractTitle(t, p, "https://www.valleytimes.example/news.php?id=4711"); got != h {
		t.Errorf("Extract(tagline shown under the masthead).Title = %q (%s), want %q", got, prov, h)
	}
}

// zh67TitlePage is an older portal's story page: title is its <title>,
// logo its masthead, headline the block that holds the headline.
func zh67TitlePage(title, logo, headline string) string {
	return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>` + title + `</title><meta name="keywords" content="江州,地铁"></head><body><div class="top">` + logo + zh46Nav + `</div><div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>
<div class="main">` + headline + `<div class="info">2024-03-05 14:22　来源：江州日报</div><div class="content">` + zh46Body(false, "<p>", "</p>", "") + `</div></div>` + zh46Foot("江州网") + `</body></html>`
}

// A channel's name in the page's one <h1> above the headline in a block
// classed as one: the name shares characters with the <title>'s
// site ("本地新闻" has 地 of 地铁 and 新闻 of 江州新闻网) but not the
// pairs of neighbours a Chinese word is made of, and is unrelated to it.
func TestTitleProbe67ChannelH1(t *testing.T) {
	const u = "http://www.jznews.cn/html/local/123456.html"
	h := `<h1 class="chan">本地新闻</h1><div class="article-title">` + zh46Title + `</div>`
	checkZh67(t, []zh46Case{
		{name: "channel h1, headline | site", url: u, page: zh67TitlePage(zh46Title+"|江州新闻网", `<a class="logo" href="/">江州网</a>`, h),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报"},
		{name: "channel h1, headline - section - site - slogan", url: u, page: zh67TitlePage(zh46Title+" - 本地 - 江州网 - 江州人的网上家园", `<a class="logo" href="/">江州网</a>`, h),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报"},
	})
}

func TestRelateWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string
	}{
		{"", ""},
		{"本", "本"},
		{"本地新闻", "本地 地新 新闻"},
		{"Local News", "local news"},
		{"江州 新闻 Daily", "江州 新闻 daily"},
		{"6号线", "6号 号线"},
		{"ab\xffc地铁", "ab c地 地铁"}, // no panic on invalid bytes
	} {
		if got := strings.Join(relateWords(c.s), " "); got != c.want {
			t.Errorf("relateWords(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
