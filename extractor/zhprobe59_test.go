package extractor

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The probe pages of round 59: whole Chinese pages of templates in no dev
// set (Xinhua's split header, a government site's disclosure table, an
// old portal's GB2312 page without its charset, Discuz! threads, a
// WeChat mirror, Taiwan's government pages dated in ROC years, a Big5
// page without its charset), and the three conventions they showed to
// fail: a "last updated on" label without its colon, a writer's credit
// on the first line of a paragraph broken by <br>, and the "report an
// error" button in the story's container; and Discuz! X's recent post, dated
// "3 天前" with its time in the tooltip, above a reply's absolute date. FetchedAt is 2024-03-20 16:00
// in China.

// zh59Case is one probe page, its encoding ("gbk", "big5" or none for
// UTF-8), and the fields its record must hold.
type zh59Case struct {
	name, url, page, enc string
	authors, day         string
	trad                 bool
}

// zh59Extract extracts c's page, encoded as c says.
func zh59Extract(t *testing.T, c zh59Case) Article {
	t.Helper()
	page := []byte(c.page)
	switch c.enc {
	case "gbk":
		s, err := simplifiedchinese.GBK.NewEncoder().String(c.page)
		if err != nil {
			t.Fatalf("encode %s: %v", c.name, err)
		}
		page = []byte(s)
	case "big5":
		s, err := traditionalchinese.Big5.NewEncoder().String(c.page)
		if err != nil {
			t.Fatalf("encode %s: %v", c.name, err)
		}
		page = []byte(s)
	}
	a, err := Extract(page, c.url, Options{FetchedAt: time.Date(2024, 3, 20, 8, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatalf("Extract(%s): %v", c.name, err)
	}
	return a
}

// checkZh59 checks each case's authors, day, and body: the story's first
// and last paragraphs in, the site's furniture out.
func checkZh59(t *testing.T, cases []zh59Case) {
	t.Helper()
	for _, c := range cases {
		a := zh59Extract(t, c)
		if got := strings.Join(a.Authors, "; "); got != c.authors {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.authors)
		}
		if a.PublishedDate != c.day {
			t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.day)
		}
		paras, furniture := zh46Paras, zh59Furniture
		if c.trad {
			paras, furniture = zh46ParasTrad, zh46FurnitureTrad
		}
		for _, p := range []string{paras[0], paras[len(paras)-1]} {
			if !strings.Contains(a.Text, p) {
				t.Errorf("Extract(%s).Text lacks %q", c.name, p)
			}
		}
		for _, s := range furniture {
			if strings.Contains(a.Text, s) {
				t.Errorf("Extract(%s).Text holds %q", c.name, s)
			}
		}
	}
}

// zh59Furniture are the strings of the pages' furniture below.
var zh59Furniture = append([]string{"我要纠错", "网站地图", "技术支持", "浏览次数", "索引号", "扫一扫"}, zh46Furniture...)

// zh59Foot is a portal's foot: its links, the licence and the reporting
// line.
const zh59Foot = `<div class="foot"><p><a href="/about">关于我们</a> | <a>联系我们</a> | <a>网站地图</a></p><p>版权所有：江州日报社 京ICP备05012345号 违法和不良信息举报电话：12377</p><p>技术支持：江州网络</p></div>`

// zh59Related is a list of related stories, each dated.
const zh59Related = `<div class="related"><h3>相关新闻</h3><ul><li><a href="/a1.html">全市公交线路优化调整方案公布</a> 2024-03-04</li><li><a href="/a2.html">城区三条主干道完成提质改造</a> 2024-03-03</li></ul></div>`

// zh59Page is a portal's article page: the menu, the headline, info under
// it, the story (lead opening its first paragraph) with tail after it,
// the related stories and the foot.
func zh59Page(info, lead, tail string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `_江州新闻网</title></head><body><div class="nav"><a>首页</a> <a>本地</a> <a>国内</a> <a>国际</a> <a>财经</a></div><div class="main"><h1>` + zh46Title + `</h1>` + info +
		`<div class="content">` + zh46Body(false, "<p>", "</p>", lead) + tail + `</div></div>` + zh59Related + zh59Foot + `</body></html>`
}

// The templates the round's probes found read right already, kept so
// they stay so.
func TestZhProbe59Templates(t *testing.T) {
	checkZh59(t, []zh59Case{
		{
			name: "xinhua, the day split over elements above the headline", url: "http://www.news.cn/local/c_1130084432.htm",
			page: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `-新华网</title></head><body><div class="header"><a href="/">新华网</a></div>
<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 03</em>/<em>05</em></span><span class="time"> 14:22:31</span></div><div class="source">来源：新华网</div><div class="head-line clearfix"><h1><span class="title">` + zh46Title + `</span></h1><div class="fxd"><span>微信</span><span>微博</span><span>扫一扫</span></div></div></div>
<div class="main"><div id="detail">` + zh46Body(false, "<p>", "</p>", "") + `</div><div id="articleEdit"><span><a class="advise">【纠错】</a></span><span class="editor">【责任编辑:王敏】</span></div>` + zh59Related + `</div>` + zh59Foot + `</body></html>`,
			day: "2024-03-05",
		},
		{
			name: "government disclosure table, written before published", url: "http://www.jiangzhou.gov.cn/art/2024/3/art_1229_123456.html",
			page: `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>` + zh46Title + ` - 江州市人民政府</title><meta name="SiteName" content="江州市人民政府"><meta name="ArticleTitle" content="` + zh46Title + `"></head><body><div class="wz">您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; 部门动态</div>
<table class="xxgk"><tr><td>索 引 号：</td><td>11330000002482076Y/2024-123456</td><td>发布机构：</td><td>市交通运输局</td></tr><tr><td>成文日期：</td><td>2024-02-28</td><td>发布日期：</td><td>2024-03-05</td></tr><tr><td>文　　号：</td><td>江交〔2024〕12号</td><td>主题分类：</td><td>交通</td></tr></table>
<h1>` + zh46Title + `</h1><div class="info">发布时间：2024-03-05 14:22 信息来源：市交通运输局 浏览次数：<span id="hits">1234</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="article">` + zh46Body(false, "<p>", "</p>", "") + `</div><div class="tools"><a>【打印本页】</a> <a>【关闭窗口】</a></div>` + zh59Foot + `</body></html>`,
			day: "2024-03-05",
		},
		{
			name: "old portal, GB2312 without its charset", url: "http://news.example.com.cn/system/2005/03/11/000123456.shtml", enc: "gbk",
			page:    `<html><head><title>` + zh46Title + `_江州新闻网</title></head><body><div class="nav"><a>首页</a> <a>新闻</a></div><table width="760"><tr><td><h1>` + zh46Title + `</h1></td></tr><tr><td class="info">2005年3月11日12:12 来源：江州日报 作者：刘洋 【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr><tr><td class="content">` + zh46Body(false, "<p>", "</p>", "") + `</td></tr></table>` + zh59Related + zh59Foot + `</body></html>`,
			authors: "刘洋", day: "2005-03-11",
		},
		{
			name: "WeChat mirror: 原创, the writer, the account, the time, the IP's province", url: "https://www.example.com/s/AbCdEf",
			page:    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `</title></head><body><div class="rich_media"><h1 class="rich_media_title">` + zh46Title + `</h1><div id="meta_content"><span id="copyright_logo">原创</span> <span class="rich_media_meta rich_media_meta_text">刘洋</span> <span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">江州发布</a></span> <em id="publish_time">2024-01-02 08:00</em> <em id="js_ip_wording_wrp">发表于江苏</em></div><div class="rich_media_content" id="js_content">` + zh46Body(false, "<p>", "</p>", "") + `</div></div><div class="qr">微信扫一扫关注该公众号</div></body></html>`,
			authors: "刘洋", day: "2024-01-02",
		},
		{
			name: "Taiwan government page, ROC days with dashes", url: "https://www.jz.gov.tw/News_Content.aspx?n=123&s=456", trad: true,
			page: `<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>` + zh46TitleTrad + `-江州市政府</title></head><body><div class="path">首頁 &gt; 新聞稿</div><h2>` + zh46TitleTrad + `</h2><ul class="info"><li>發布日期：113-03-05</li><li>更新日期：113-03-06</li><li>發布單位：交通局</li><li>點閱次數：123</li></ul><div class="essay">` + zh46Body(true, "<p>", "</p>", "") + `</div><div class="foot">版權所有 江州市政府</div></body></html>`,
			day:  "2024-03-05",
		},
		{
			name: "Taiwan paper in Big5 without its charset", url: "https://www.example.com.tw/news/123", enc: "big5", trad: true,
			page:    `<html><head><title>` + zh46TitleTrad + `</title></head><body><h1>` + zh46TitleTrad + `</h1><div class="info">2024/03/05 14:22 記者王小明／台北報導</div><div class="content">` + zh46Body(true, "<p>", "</p>", "") + `</div></body></html>`,
			authors: "王小明", day: "2024-03-05",
		},
		{
			name: "Hong Kong, 發佈時間 with 下午", url: "https://www.example.com.hk/news/123", trad: true,
			page:    `<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>` + zh46TitleTrad + ` | 江州日報</title></head><body><h1>` + zh46TitleTrad + `</h1><div class="byline"><span>記者 陳大文</span><span>發佈時間：2024年3月5日 下午 2:22</span></div><div class="content">` + zh46Body(true, "<p>", "</p>", "") + `</div></body></html>`,
			authors: "陳大文", day: "2024-03-05",
		},
		{
			name: "e-paper, 本报讯 with reporter and correspondent", url: "https://epaper.example.com.cn/html/content_123.htm",
			page:    zh59Page(`<div class="info">江州日报 2024-03-05 第01版</div>`, "本报讯（记者 张三 通讯员 李四）", ""),
			authors: "张三; 李四", day: "2024-03-05",
		},
	})
}

// "最后更新于 2024-03-06" (last updated on), as Chinese blog themes and
// portals' columns print it without a colon, is an update however alone:
// the page that shows only it has no known publication date. Beside
// "发表于" each keeps its kind; a bare "更新于" alone stays the dateline,
// as a lone "更新时间：" does (cjkLoneUpdate).
func TestZhProbe59LastUpdatedOn(t *testing.T) {
	const u = "https://www.example.com.cn/news/123.html"
	for _, c := range []struct{ info, day, modified string }{
		{`<div class="info"><span>最后更新于 2024-03-06 09:00</span></div>`, "", "2024-03-06"},
		{`<div class="info"><span>最近更新于 2024-03-06</span></div>`, "", "2024-03-06"},
		{`<div class="info"><span>發表於 2024-03-05</span> <span>最後更新於 2024-03-06</span></div>`, "2024-03-05", "2024-03-06"},
		{`<div class="post-meta"><span>发表于 2024-03-05</span> <span>最后更新于 2024-03-06</span></div>`, "2024-03-05", "2024-03-06"},
		{`<div class="info"><span>更新于 2024-03-06 09:00</span></div>`, "2024-03-06", ""},
	} {
		a := zh59Extract(t, zh59Case{name: c.info, url: u, page: zh59Page(c.info, "", "")})
		if a.PublishedDate != c.day || a.ModifiedDate != c.modified {
			t.Errorf("Extract(%s) = %q, modified %q; want %q, %q", c.info, a.PublishedDate, a.ModifiedDate, c.day, c.modified)
		}
	}
}

// The writer's credit on the first line of the first paragraph, a line
// break (<br>) between it and the story ("<p><strong>文/张三</strong><br>
// 3月5日上午，…"), names the writer as a paragraph of its own does. A
// first line that is the story's names nobody.
func TestZhProbe59FirstLineCredit(t *testing.T) {
	const info = `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	for _, c := range []struct{ lead, authors string }{
		{"文/张三<br>", "张三"},
		{"<strong>文/图 张三</strong><br>", "张三"},
		{"文｜张三 图｜李四<br>", "张三"},
		{"张三/文<br>", "张三"},
		{"〔記者王小明／台北報導〕<br>", "王小明"},
		{"江州地铁开通<br>", ""},
	} {
		a := zh59Extract(t, zh59Case{name: c.lead, url: "https://www.example.com.cn/news/124.html", page: zh59Page(info, c.lead, "")})
		if got := strings.Join(a.Authors, "; "); got != c.authors || !strings.Contains(a.Text, zh46Paras[0]) {
			t.Errorf("Extract(%s).Authors = %q, want %q (text %d bytes)", c.lead, got, c.authors, len(a.Text))
		}
	}
}

// "【我要纠错】" (report an error), the button Chinese portals and
// government sites set at the story's foot inside its container, goes
// from the body alone or in the row of the page's buttons; a paragraph of
// the story that opens with 我 stays.
func TestZhProbe59CorrectionButton(t *testing.T) {
	const info = `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	for _, tail := range []string{
		`<p>【我要纠错】</p>`,
		`<p>[我要纠错] [打印] [关闭]</p>`,
		`<p>【我要纠错】 【打印本页】 【关闭窗口】</p>`,
		`<div class="tools"><a>【我要纠错】</a> <a>【打印】</a></div>`,
	} {
		a := zh59Extract(t, zh59Case{name: tail, url: "https://www.example.com.cn/news/125.html", page: zh59Page(info, "", tail)})
		for _, s := range []string{"纠错", "打印", "关闭"} {
			if strings.Contains(a.Text, s) {
				t.Errorf("Extract(%s).Text holds %q", tail, s)
			}
		}
		if !strings.Contains(a.Text, zh46Paras[len(zh46Paras)-1]) {
			t.Errorf("Extract(%s).Text lacks the story's last paragraph", tail)
		}
	}
	const mine = "我们将继续做好线路运营保障，欢迎市民乘客提出意见和建议，我要说的就是这些。"
	a := zh59Extract(t, zh59Case{name: "我 paragraph", url: "https://www.example.com.cn/news/126.html", page: zh59Page(info, "", "<p>"+mine+"</p>")})
	if !strings.Contains(a.Text, mine) {
		t.Errorf("Extract(a story's paragraph opening with 我).Text lacks it")
	}
}

// zh59DiscuzPost is a post of a Discuz! X thread: the poster's cell (name,
// avatar, counts, rank), then the post's, its time after "发表于" and its
// floor, then its text.
func zh59DiscuzPost(id, name, posted, floor, text string) string {
	return `<div id="post_` + id + `"><table id="pid` + id + `" class="plhin" summary="pid` + id + `" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div id="favatar` + id + `" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=` + id + `" target="_blank" class="xw1">` + name + `</a></div></div><div><div class="avatar"><a href="#" class="avtm"><img src="a.jpg"></a></div></div><div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a class="xi2">12</a></p>主题</th><th><p><a class="xi2">85</a></p>帖子</th><td><p><a class="xi2">300</a></p>积分</td></table></div><p><em><a href="#">新手上路</a></em></p></div></td>
<td class="plc"><div class="pi"><div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="online_member.gif" /> <em id="authorposton` + id + `">发表于 ` + posted + `</em><span class="pipe">|</span><a href="#" rel="nofollow">只看该作者</a></div></div><strong><a href="#" id="postnum` + id + `">` + floor + `</a></strong></div><div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_` + id + `">` + text + `</td></tr></table></div></div></div></td></tr></table></div>`
}

// zh59Discuz is a Discuz! X thread: the subject above the first post,
// posted as first says, and a reply posted on 2024-03-18.
func zh59Discuz(first string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + ` - 本地新闻 - 江州论坛 - Powered by Discuz!</title><meta name="generator" content="Discuz! X3.4" /></head><body><div id="hd"><h2><a href="./">江州论坛</a></h2><div id="nv"><ul><li><a>首页</a></li><li><a>论坛</a></li><li><a>家园</a></li><li><a>群组</a></li></ul></div></div><div id="pt" class="bm cl"><a href="./">江州论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="#">本地新闻</a></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><span class="xg1">查看:</span> <span class="xi1">1234</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">1</span></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">` + zh46Title + `</span></h1></td></tr></table>` +
		zh59DiscuzPost("123", "江州老刘", first, "楼主", strings.Join(zh46Paras, "<br />\n<br />\n")) + zh59DiscuzPost("124", "城东居民", "2024-3-18 09:00:00", "沙发", "终于通了，上班方便多了。") + `</div><div id="ft">Powered by Discuz! X3.4 &copy; 2001-2024 京ICP备05012345号</div></body></html>`
}

// A Discuz! X thread's first post, written within the week, shows "3 天前"
// after "发表于" with its time in the tooltip: that labelled time dates the
// thread, not a reply's "发表于 2024-3-18 09:00:00" below it. The first
// post's poster wrote it.
func TestZhProbe59DiscuzRecentPost(t *testing.T) {
	const u = "https://bbs.example.com/thread-123-1-1.html"
	for _, c := range []struct{ first, day string }{
		{`<span title="2024-3-17 12:30:15">3&nbsp;天前</span>`, "2024-03-17"},
		{`<span title="2024-3-19 12:30:15">昨天&nbsp;12:30</span>`, "2024-03-19"},
		{"2023-5-6 12:30:15", "2023-05-06"},
	} {
		a := zh59Extract(t, zh59Case{name: c.first, url: u, page: zh59Discuz(c.first)})
		if got := strings.Join(a.Authors, "; "); got != "江州老刘" || a.PublishedDate != c.day {
			t.Errorf("Extract(Discuz! X, %s) = %q, %q; want 江州老刘, %s", c.first, got, a.PublishedDate, c.day)
		}
		if !strings.Contains(a.Text, zh46Paras[0]) || strings.Contains(a.Text, "上班方便") {
			t.Errorf("Extract(Discuz! X, %s).Text = %q, want the first post alone", c.first, a.Text)
		}
	}
}
