package extractor

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// The probe pages of the thirty-fifth session: one story laid out as the
// Chinese portals, government and university sites, self-media platforms
// and Hong Kong and Taiwan papers lay out theirs, most at addresses
// without the date, so that the visible dateline alone dates them.

const (
	zh46Title     = "江州地铁6号线二期开通运营 城东到老城二十分钟"
	zh46TitleTrad = "江州捷運環狀線二期通車 城東到老城二十分鐘"
	// zh46At is the instant every dateline with a time of day gives.
	zh46At = "2024-03-05T14:22:00+08:00"
)

var zh46Paras = []string{
	"3月5日上午，江州市轨道交通6号线二期工程正式开通运营，线路全长二十二公里，共设车站十四座，串联起城东新区和老城区。",
	"据市轨道集团介绍，6号线二期采用六节编组列车，最高运行速度每小时一百公里，高峰时段行车间隔缩短至四分钟。",
	"开通首日，不少市民专程前来体验。家住城东的李女士说：“以前进城要倒两趟公交，现在坐地铁二十分钟就到了。”",
	"记者了解到，今年全市还将开工建设两条新线路，到2025年底，全市轨道交通运营里程将突破三百公里。",
}

var zh46ParasTrad = []string{
	"3月5日上午，江州市捷運環狀線二期工程正式通車，路線全長二十二公里，共設車站十四座，串聯起城東新區和老城區。",
	"據捷運公司介紹，環狀線二期採用六節編組列車，最高時速一百公里，尖峰時段班距縮短至四分鐘。",
	"通車首日，不少市民專程前來體驗。家住城東的李小姐說：「以前進城要轉兩趟公車，現在坐捷運二十分鐘就到了。」",
	"記者了解到，今年全市還將動工興建兩條新路線，到2025年底，全市軌道運輸營運里程將突破三百公里。",
}

// zh46Body is the story, each paragraph in open and close; lead opens
// the first.
func zh46Body(trad bool, open, close, lead string) string {
	paras := zh46Paras
	if trad {
		paras = zh46ParasTrad
	}
	var b strings.Builder
	for i, p := range paras {
		if i == 0 {
			p = lead + p
		}
		b.WriteString(open + p + close + "\n")
	}
	return b.String()
}

// zh46Nav is a portal's menu.
const zh46Nav = `<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/news/">要闻</a></li><li><a href="/local/">本地</a></li><li><a href="/china/">国内</a></li><li><a href="/finance/">财经</a></li><li><a href="/sports/">体育</a></li></ul></div>`

// zh46Foot is a mainland site's foot: links, the reporting line, the
// licences and the copyright.
func zh46Foot(site string) string {
	return `<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/law/">版权声明</a></p>
<p>违法和不良信息举报电话：025-86512345 举报邮箱：jubao@example.cn</p>
<p>苏ICP备05012345号-1 互联网新闻信息服务许可证：32120180003 <img src="/img/ga.png">苏公网安备 32010202000123号</p>
<p>Copyright &copy; 2001-2024 ` + site + ` 版权所有</p></div>`
}

// zh46Others is a box of other stories under label, each with its date.
func zh46Others(label string) string {
	return `<div class="box"><div class="box-hd"><span>` + label + `</span></div><ul>
<li><a href="/news/a1.html">全市公交线路优化调整方案公布</a><span>2024-03-04</span></li>
<li><a href="/news/a2.html">城区三条主干道完成提质改造</a><span>2024-03-03</span></li>
<li><a href="/news/a3.html">江州南站改扩建工程进入收尾阶段</a><span>2024-03-01</span></li></ul></div>`
}

// zh46OthersTrad is the same in Traditional characters.
func zh46OthersTrad(label string) string {
	return `<div class="box"><div class="box-hd"><span>` + label + `</span></div><ul>
<li><a href="/news/a1.html">全市公車路線優化調整方案公布</a><span>2024-03-04</span></li>
<li><a href="/news/a2.html">市區三條主要道路完成改善工程</a><span>2024-03-03</span></li></ul></div>`
}

// zh46Share is a share bar.
const zh46Share = `<div class="share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a><div class="qr">扫一扫分享本页</div></div>`

// zh46PrevNext is the links to the column's previous and next stories.
const zh46PrevNext = `<div class="prevnext"><p>上一篇：<a href="/news/a4.html">城区三条主干道完成提质改造</a></p><p>下一篇：<a href="/news/a5.html">江州南站改扩建工程进入收尾阶段</a></p></div>`

// zh46Furniture are the strings of the blocks above: none is the story's.
var zh46Furniture = []string{
	"ICP备", "公网安备", "违法和不良信息举报", "扫一扫", "分享到", "上一篇", "下一篇",
	"全市公交线路优化调整方案公布", "江州南站改扩建", "版权所有", "版权声明",
	"相关新闻", "热点推荐", "编辑推荐", "纠错", "字号", "打印", "关闭窗口",
}

var zh46FurnitureTrad = []string{
	"ICP備", "分享", "上一篇", "下一篇", "全市公車路線優化調整方案公布", "版權所有",
	"相關新聞", "延伸閱讀", "熱門新聞", "訂閱",
}

// zh46Case is one probe page and the fields its record must hold; "-"
// leaves a field unchecked.
type zh46Case struct {
	name, url, page string
	title, authors  string
	day, at, credit string
	trad            bool
	// paras and furniture, when set, replace the story's (English pages).
	paras, furniture []string
	// gbk encodes the page in GBK before it is extracted.
	gbk bool
}

func zh46Failures(c zh46Case) []string {
	page := []byte(c.page)
	if c.gbk {
		s, err := simplifiedchinese.GBK.NewEncoder().String(c.page)
		if err != nil {
			return []string{"encode: " + err.Error()}
		}
		page = []byte(s)
	}
	a, err := Extract(page, c.url, Options{FetchedAt: time.Date(2024, 3, 20, 8, 0, 0, 0, time.UTC)})
	if err != nil {
		return []string{"error: " + err.Error()}
	}
	var out []string
	for _, f := range [...]struct{ field, got, want string }{
		{"Title", a.Title, c.title},
		{"Authors", strings.Join(a.Authors, "; "), c.authors},
		{"PublishedDate", a.PublishedDate, c.day},
		{"PublishedAt", a.PublishedAt, c.at},
		{"Credit", a.Credit, c.credit},
	} {
		if f.want != "-" && f.got != f.want {
			out = append(out, fmt.Sprintf("%s = %q, want %q", f.field, f.got, f.want))
		}
	}
	paras, furniture := c.paras, c.furniture
	if paras == nil {
		paras, furniture = zh46Paras, zh46Furniture
		if c.trad {
			paras, furniture = zh46ParasTrad, zh46FurnitureTrad
		}
	}
	for _, p := range []string{paras[0], paras[len(paras)-1]} {
		if !strings.Contains(a.Text, p) {
			out = append(out, fmt.Sprintf("Text lacks %q", p))
		}
	}
	for _, s := range furniture {
		if strings.Contains(a.Text, s) {
			out = append(out, fmt.Sprintf("Text holds %q", s))
		}
	}
	return out
}

// zh46Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh46Known = map[string]string{}

func checkZh46(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		reportProbe(t, c.name, zh46Failures(c), zh46Known, "zh46Known")
	}
}

// zh46Head is a Chinese page's head: charset, the title with the site's
// name after sep, keywords and description, and extra.
func zh46Head(charset, title, sep, site, extra string) string {
	return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=` + charset + `"><title>` + title + sep + site + `</title><meta name="keywords" content="江州,地铁,6号线"><meta name="description" content="3月5日上午，江州市轨道交通6号线二期工程正式开通运营。">` + extra + `</head>`
}

// The national portals: the central papers' and agencies' sites and the
// commercial portals, each in its article template.
func TestZhProbe46NationalPortals(t *testing.T) {
	checkZh46(t, []zh46Case{
		{
			name: "people.com.cn", url: "http://js.people.com.cn/n2/2024/0305/c360301-40766543.html",
			page: zh46Head("utf-8", zh46Title, "--江苏频道--人民网", "", `<meta name="source" content="来源：新华日报">`) + `<body>
<div class="w1000 header"><a href="http://www.people.com.cn/">人民网</a>` + zh46Nav + `</div>
<div class="path w1000"><a href="http://js.people.com.cn/">人民网江苏频道</a>&gt;&gt;<a href="http://js.people.com.cn/GB/360301/">江州</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl"><h1>` + zh46Title + `</h1><p class="author">刘洋 陈晓</p>
<div class="channel cf"><div class="col-1-1 fl">2024年03月05日14:22 | 来源：<a href="http://xh.xhby.net/">新华日报</a></div><div class="col-1-1 fr"><a href="#">小字号</a></div></div>
<div class="rm_txt_con cf">` + zh46Body(false, `<p style="text-indent: 2em;">`, `</p>`, "") + `<div class="edit cf">(责编：王敏、赵磊)</div></div>` + zh46Share + `
<div class="rm_relevant"><h3>相关新闻</h3><ul><li><a href="/n2/2024/0304/c1.html">全市公交线路优化调整方案公布</a></li></ul></div></div>
<div class="col col-2 fr"><div class="ph_list"><h2>热点推荐</h2><ol><li><a href="/n2/2024/0301/c2.html">江州南站改扩建工程进入收尾阶段</a></li></ol></div></div></div>` + zh46Foot("人民网") + `</body></html>`,
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: zh46At, credit: "新华日报",
		},
		{
			name: "xinhuanet", url: "http://www.xinhuanet.com/local/c_1130087654.htm",
			page: zh46Head("utf-8", zh46Title, "-新华网", "", "") + `<body><div class="header">` + zh46Nav + `</div>
<div class="h-p3 clearfix"><div class="h-info"><span class="h-time">2024-03-05 14:22:31</span> <span>来源： 新华网</span></div><div class="h-title">` + zh46Title + `</div></div>
<div class="main"><div id="p-detail">` + zh46Body(false, "<p>　　", "</p>", "新华社南京3月5日电（记者刘洋、陈晓）") + `
<div class="p-right left"><div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0)" class="advise">【纠错】</a></span><span class="editor">【责任编辑:王敏 】</span></div></div></div>
<div class="fxd"><span>扫一扫在手机打开当前页</span></div></div>` + zh46Others("相关新闻") + zh46Foot("新华网") + `</body></html>`,
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "新华网",
		},
		{
			name: "chinanews", url: "https://www.chinanews.com.cn/sh/shipin/cns-d/2024/10175432.shtml",
			page: zh46Head("utf-8", zh46Title, "-中新网", "", "") + `<body><div class="top_nav">` + zh46Nav + `</div>
<div class="content_left"><div class="content_left_title"><h1 class="content_left_title">` + zh46Title + `</h1></div>
<div class="content_left_time">2024年03月05日 14:22　来源：中国新闻网　<a href="#comment">参与互动</a></div>
<div class="left_zw" style="position:relative">` + zh46Body(false, "<p>　　", "</p>", "中新网南京3月5日电 (记者 刘洋)") + `<p>　　(完)</p></div>
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:王敏】</div></div></div></div>` + zh46Others("编辑推荐") + zh46Foot("中国新闻网") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "中国新闻网",
		},
		{
			name: "sina", url: "https://k.sina.com.cn/article_1653603955_628ffe7302001abcd.html",
			page: zh46Head("utf-8", zh46Title, "|新浪新闻", "", "") + `<body><div class="top-nav">` + zh46Nav + `</div>
<h1 class="main-title">` + zh46Title + `</h1><div class="top-bar-wrap"><div class="date-source"><span class="date">2024年03月05日 14:22</span><a href="https://www.example.cn/" class="source ent-source">江州日报</a></div></div>
<div class="article" id="article">` + zh46Body(false, "<p>　　", "</p>", "") + `<p class="show_author">责任编辑：王敏 </p></div>` + zh46Share + zh46Others("热点推荐") + zh46Foot("新浪网") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "sohu", url: "https://www.sohu.com/a/762345678_121123456",
			page: zh46Head("utf-8", zh46Title, "_地铁_城东_线路", "", "") + `<body><div class="head">` + zh46Nav + `</div>
<div class="left main"><div class="text"><div class="text-title"><h1>` + zh46Title + `</h1>
<div class="article-info"><span class="time" id="news-time" data-val="1709619720000">2024-03-05 14:22</span><span data-role="original-link">来源: <a href="https://www.sohu.com/a/762345678_121123456">江州发布</a></span></div></div>
<article class="article" id="mp-editor">` + zh46Body(false, "<p>", "</p>", "") + `<p><a href="//www.sohu.com/?strategyid=00001" id="backsohucom" title="点击进入搜狐首页">返回搜狐，查看更多</a></p></article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<p data-role="editor-name">责任编辑：<span></span></p></div></div>` + zh46Others("相关新闻") + zh46Foot("搜狐") + `</body></html>`,
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
			furniture: append([]string{"返回搜狐", "平台声明"}, zh46Furniture...),
		},
		{
			name: "163", url: "https://www.163.com/dy/article/IT1ABCDE0514R9P4.html",
			page: zh46Head("utf-8", zh46Title, "|地铁|城东_网易订阅", "", "") + `<body><div class="N-nav">` + zh46Nav + `</div>
<div class="post_main"><h1 class="post_title">` + zh46Title + `</h1><div class="post_info">2024-03-05 14:22:31　来源: <a href="https://www.163.com/">江州日报</a><img src="/wemedia.png" class="post_wemedia_img"> <a class="post_jubao">举报</a></div>
<div class="post_content"><div class="post_body">` + zh46Body(false, `<p id="1">`, `</p>`, "") + `</div>
<div class="post_author"><a href="https://www.163.com/"><img src="/logo.png"></a>本文来源：江州日报 作者：刘洋<br>责任编辑：王敏_NBJ12345</div></div></div>` + zh46Others("热点推荐") + zh46Foot("网易公司") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报",
		},
		{
			name: "ifeng", url: "https://news.ifeng.com/c/8XyZAbCdEf1",
			page: zh46Head("utf-8", zh46Title, "_凤凰网资讯_凤凰网", "", "") + `<body><div class="index_nav_1a2Bc">` + zh46Nav + `</div>
<div class="index_artical_2Dmcx"><div class="index_topic_3NTcR"><h1 class="index_topic_2IPS7">` + zh46Title + `</h1>
<div class="index_info_3Kzg9"><p><span class="index_timeBref_20hzr">2024年03月05日 14:22:31</span> <span class="index_source_1aSbE"><span>来自</span><a href="#">江州日报</a></span></p></div></div>
<div class="index_main_content_j-HoG"><div class="index_text_D0U1y">` + zh46Body(false, "<p>", "</p>", "") + `</div>
<p class="index_artEdit_2hlkn">责任编辑：王敏 NT5678</p></div></div>` + zh46Share + zh46Others("编辑推荐") + zh46Foot("凤凰网") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "-",
		},
		{
			name: "thepaper", url: "https://www.thepaper.cn/newsDetail_forward_26512345",
			page: zh46Head("utf-8", zh46Title, "_澎湃号·政务_澎湃新闻-The Paper", "", "") + `<body><div class="index_header__xU7zS">` + zh46Nav + `</div>
<div class="index_wrapper__L_zqV"><div class="index_leftcontent__1iMaw"><div class="index_header__x3fZ2"><h1 class="index_title__B8mhI">` + zh46Title + `</h1>
<div class="index_headerContent__sASF4"><div class="index_left__LfzyH"><div class="ant-space"><div>澎湃新闻记者 刘洋</div></div><div class="ant-space"><div class="ant-space-item"><span>2024-03-05 14:22</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div></div></div>
<div class="index_cententWrap__Jv8jK">` + zh46Body(false, "<p>", "</p>", "") + `</div>
<p class="index_editor__4a2Vx">责任编辑：王敏 图片编辑：赵磊</p><p>校对：孙莉</p></div></div>` + zh46Others("相关推荐") + zh46Foot("上海东方报业有限公司") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "澎湃新闻",
		},
		{
			name: "qq", url: "https://new.qq.com/rain/a/20240305A05ABC00",
			page: zh46Head("utf-8", zh46Title, "_腾讯新闻", "", "") + `<body><div class="qq-top">` + zh46Nav + `</div>
<div class="content-article"><h1>` + zh46Title + `</h1><div class="article-author"><a class="media-name" href="https://news.qq.com/omn/author/8QMd3Hpd7YcYvDvb">江州日报</a><p class="media-meta"><span>2024-03-05 14:22</span><span>发布于江苏</span></p></div>
<div class="rich_media_content">` + zh46Body(false, `<p class="one-p">`, `</p>`, "") + `</div></div>` + zh46Others("热点推荐") + zh46Foot("腾讯公司") + `</body></html>`,
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "cctv", url: "https://news.cctv.com/2024/03/05/ARTIabcDEF1234567890240305.shtml",
			page: zh46Head("utf-8", zh46Title, "_新闻频道_央视网(cctv.com)", "", "") + `<body><div class="nav_daohang"><a href="https://www.cctv.com/">首页</a> &gt; <a href="https://news.cctv.com/">新闻频道</a> &gt; 正文</div>
<div class="column_wrapper"><div class="cnt_bd"><div class="title_area"><h1>` + zh46Title + `</h1><div class="info1"><span>来源：<a href="https://news.cctv.com/">央视新闻客户端</a></span> <span>2024年03月05日 14:22</span></div></div>
<div class="content_area" id="content_area">` + zh46Body(false, "<p>　　", "</p>", "央视网消息：") + `</div>
<div class="zebian"><span>编辑：刘洋</span><span>责任编辑：王敏</span></div>` + zh46Share + `</div></div>` + zh46Others("相关新闻") + zh46Foot("央视网") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "央视新闻客户端",
		},
		{
			name: "gmw", url: "https://difang.gmw.cn/js/2024-03/05/content_37185432.htm",
			page: zh46Head("utf-8", zh46Title, "_光明网", "", "") + `<body><div class="g-nav">` + zh46Nav + `</div>
<div class="m-title-box"><h1 class="u-title">` + zh46Title + `</h1><div class="m-con-info"><span class="m-con-time">2024-03-05 14:22</span><span class="m-con-source">来源：<a href="#">光明网</a></span></div><div class="m-con-author">作者：刘洋</div></div>
<div class="u-mainText">` + zh46Body(false, "<p>　　", "</p>", "") + `</div><div class="m-zbTool liability">[ 责编：王敏 ]</div>` + zh46Share + zh46PrevNext + zh46Foot("光明网") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "光明网",
		},
		{
			name: "beijing news", url: "https://www.bjnews.com.cn/detail/1709619720123456.html",
			page: zh46Head("utf-8", zh46Title, " | 新京报", "", "") + `<body><div class="header">` + zh46Nav + `</div>
<div class="bodyTitle"><div class="title"><h1>` + zh46Title + `</h1></div><div class="left fl"><span class="timer">2024-03-05 14:22</span><a class="reporter">新京报</a></div></div>
<div id="contentStr" class="articleCenter">` + zh46Body(false, "<p>", "</p>", "") + `<p>新京报记者 刘洋</p><p>编辑 王敏 校对 赵磊</p></div>` + zh46Share + zh46Others("相关新闻") + zh46Foot("新京报") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
	})
}

// zh46City is a city portal's article page: the top bar with today's
// date, the menu, the position bar, info under the headline, the story
// (lead opening it, tail after it), share and previous/next links, the
// boxes of other stories and the foot.
func zh46City(site, info, lead, tail string) string {
	return zh46Head("utf-8", zh46Title, "_", site, "") + `<body><div class="topbar">` + site + ` 2024年3月20日 星期三 <a href="/login">登录</a> <a href="/reg">注册</a></div>` + zh46Nav + `
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/local/">本地新闻</a> &gt; 正文</div>
<div class="main"><div class="left"><h1 class="title">` + zh46Title + `</h1>` + info + `<div class="content" id="zoom">` + zh46Body(false, "<p>　　", "</p>", lead) + `</div>` + tail + zh46Share + zh46PrevNext + `</div>
<div class="right">` + zh46Others("热点推荐") + `</div></div>` + zh46Others("相关新闻") + zh46Foot(site) + `</body></html>`
}

// Provincial and city portals, papers' sites and the one-line datelines
// of their templates: "来源：X 时间：Y", "日期：", "发表于", ASCII colons, a
// date split over spans.
func TestZhProbe46CityPortals(t *testing.T) {
	page := zh46City
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	checkZh46(t, []zh46Case{
		{
			name: "chongqing-style portal, lead credit", url: u,
			page:  page("华江网", `<div class="info"><span class="time">2024-03-05 14:22:31</span> <span class="source">来源：华江网-新江州客户端</span></div>`, "华江网-新江州客户端3月5日14时22分讯（记者 刘洋 通讯员 陈晓）", `<p class="editor">责任编辑：王敏</p>`),
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "华江网-新江州客户端",
		},
		{
			name: "provincial portal, 作者 in the line", url: u,
			page:  page("大江网", `<div class="box01"><div class="fl">2024-03-05 14:22&nbsp;&nbsp;来源：江州日报&nbsp;&nbsp;作者：刘洋</div><div class="fr"><a href="#">分享到</a> <a href="#">字号</a></div></div>`, "", `<div class="edit">编辑：王敏</div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "source then time on one line", url: u,
			page:  page("江州新闻网", `<div class="laiyuan">来源：江州日报　时间：2024-03-05 14:22　<span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span></div>`, "", `<div class="bj">责任编辑：王敏</div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "日期 label", url: u,
			page:  page("江州新闻网", `<p class="date">日期：2024-03-05　　作者：刘洋　　来源：江州晚报</p>`, "", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "江州晚报",
		},
		{
			name: "ASCII colons with spaces", url: u,
			page:  page("东江网", `<div class="info">2024-03-05 14:22:31 来源: 江州日报 作者: 刘洋 责任编辑: 王敏</div>`, "", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报",
		},
		{
			name: "date split across spans", url: u,
			page:  page("江州新闻网", `<div class="time"><span>2024</span>年<span>03</span>月<span>05</span>日 <span>14:22</span> <span class="ly">来源：江州日报</span></div>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "slashed date without zeros", url: u,
			page:  page("江州新闻网", `<div class="msg">时间：2024/3/5 14:22 &nbsp; 来源：江州晚报 &nbsp; 记者：刘洋</div>`, "", ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州晚报",
		},
		{
			name: "发表于 and a writer's 文/", url: u,
			page:  page("江州在线", `<div class="info">发表于 2024-03-05 14:22</div>`, "", `<p>文/刘洋 图/陈晓</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "southern-style app header", url: u,
			page:  page("南江+", `<div class="article-info"><p class="author">南江+记者 刘洋 通讯员 陈晓</p><p class="pubtime">发布时间：2024-03-05 14:22</p></div>`, "", ""),
			title: zh46Title, authors: "刘洋; 陈晓", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "label and date in separate spans", url: u,
			page:  page("江州新闻网", `<div class="info"><span class="lab">发布时间：</span><span>2024-03-05 14:22</span> <span class="lab">来源：</span><span>江州日报</span></div>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
	})
}

// Government and university sites: "发布时间：", "来源：", the font-size
// and print links, the site's identifiers in the foot.
func TestZhProbe46Government(t *testing.T) {
	gov := func(info string) string {
		return zh46Head("utf-8", zh46Title, "_", "江州市人民政府", `<meta name="SiteName" content="江州市人民政府"><meta name="ColumnName" content="部门动态">`) + `<body><div class="top"><a href="/">江州市人民政府</a> <span>无障碍</span> <span>长者模式</span></div>` + zh46Nav + `
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwdt/">政务动态</a> &gt; <a href="/zwdt/bmdt/">部门动态</a></div>
<div class="article"><h1>` + zh46Title + `</h1>` + info + `<div class="TRS_Editor" id="zoom">` + zh46Body(false, "<p>　　", "</p>", "") + `</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>` + zh46Share + `</div>` + zh46Others("相关新闻") + `
<div class="footer"><p>主办单位：江州市人民政府办公室 承办单位：江州市大数据管理中心</p><p>网站标识码：3201000001 <a>苏ICP备05012345号</a> <img src="/ga.png">苏公网安备 32010202000123号</p><p>违法和不良信息举报电话：12345</p></div></body></html>`
	}
	const u = "https://www.jiangzhou.gov.cn/zwdt/bmdt/content/post_4123456.html"
	uni := func(info, tail string) string {
		return zh46Head("utf-8", zh46Title, "-", "江州大学新闻网", "") + `<body><div class="header"><img src="/logo.png" alt="江州大学"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zhxw/">综合新闻</a></li><li><a href="/xsdt/">学术动态</a></li><li><a href="/mtjd/">媒体聚焦</a></li></ul></div>
<div class="wz">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/zhxw/">综合新闻</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="content-title"><h3>` + zh46Title + `</h3>` + info + `</div><div class="v_news_content">` + zh46Body(false, `<p class="vsbcontent_start">　　`, `</p>`, "") + `</div>` + tail + `</form>
<div class="fanye"><p>上一篇：<a href="/info/1002/12344.htm">城区三条主干道完成提质改造</a></p><p>下一篇：<a href="/info/1002/12346.htm">江州南站改扩建工程进入收尾阶段</a></p></div>
<div class="foot"><p>版权所有 &copy; 江州大学党委宣传部 地址：江州市大学路1号 邮编：210000</p><p>苏ICP备05012346号 苏公网安备 32010202000124号</p></div></body></html>`
	}
	const uu = "https://news.jzu.edu.cn/info/1002/12345.htm"
	checkZh46(t, []zh46Case{
		{
			name: "city government, 字号 大中小", url: u,
			page:  gov(`<div class="xxgk-info">发布时间：2024-03-05 14:22 来源：市交通运输局 浏览次数：<span id="count">1234</span> 字号：<a>大</a> <a>中</a> <a>小</a></div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "市交通运输局",
		},
		{
			name: "city government, spans", url: u,
			page:  gov(`<div class="info"><span>发布日期：2024-03-05</span><span>信息来源：市交通运输局</span><span>作者：刘洋</span><span>阅读次数：1234</span><span class="zh">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "市交通运输局",
		},
		{
			name: "county government, table", url: "https://www.jzx.gov.cn/content.jsp?id=4123456",
			page: zh46Head("utf-8", zh46Title, "_", "江州县人民政府", "") + `<body>` + zh46Nav + `<table width="1000" align="center"><tr><td class="wz">当前位置：首页 &gt; 政务动态</td></tr>
<tr><td class="title" align="center">` + zh46Title + `</td></tr><tr><td align="center" class="info">时间：2024年03月05日　来源：县交通运输局　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="content" id="zoom">` + zh46Body(false, "<p>　　", "</p>", "") + `</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>
<table class="footer"><tr><td>主办：江州县人民政府办公室 苏ICP备05012347号 苏公网安备 32010202000125号 违法和不良信息举报电话：12345</td></tr></table></body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "县交通运输局",
		},
		{
			name: "university, VSB", url: uu,
			page:  uni(`<div class="nr_xx">作者：刘洋　来源：党委宣传部　发布时间：2024-03-05 14:22　点击数：<script>_showDynClicks("wbnews", 1234, 12345)</script></div>`, `<p class="shenhe">编辑：陈晓 审核：赵磊</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "党委宣传部",
		},
		{
			name: "university, WebPlus", url: "https://news.jzu.edu.cn/2024/0305/c1002a123456/page.htm",
			page: zh46Head("utf-8", zh46Title, "", "", "") + `<body><div class="header"><img src="/logo.png" alt="江州大学新闻网"></div>` + zh46Nav + `
<div class="article"><h1 class="arti_title">` + zh46Title + `</h1><p class="arti_metas"><span class="arti_publisher">发布者：党委宣传部</span><span class="arti_update">发布时间：2024-03-05</span><span class="arti_views">浏览次数：<span class="WP_VisitCount">123</span></span></p>
<div class="entry"><div class="read"><div class="wp_articlecontent">` + zh46Body(false, "<p>", "</p>", "") + `<p style="text-align:right">（文/刘洋 图/陈晓 审核/赵磊）</p></div></div></div></div>` + zh46PrevNext + zh46Foot("江州大学") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
	})
}

// Self-media: 百家号, 搜狐号, WeChat's 公众号, 头条号. The account is the
// publisher; the writer, when named, is the author.
func TestZhProbe46SelfMedia(t *testing.T) {
	checkZh46(t, []zh46Case{
		{
			name: "baijiahao", url: "https://baijiahao.baidu.com/s?id=1792654321098765432&wfr=spider&for=pc",
			page: zh46Head("utf-8", zh46Title, "", "", "") + `<body><div id="ssr-content"><div class="_2Pmz2"><div class="sKHSJ"><h1 class="_3tNyU">` + zh46Title + `</h1></div>
<div class="_2gGWi"><div class="_3-fOt"><a href="https://author.baidu.com/home?app_id=1612345678901234"><p class="_7y5nA">江州交通广播</p></a><div class="_2sjh9"><span class="date">发布时间：2024-03-05</span><span class="time">14:22</span><span class="_2Mytc">江苏</span></div></div></div>
<div class="_18p7x"><div data-testid="article">` + zh46Body(false, `<div class="_3ygOc dpu8C _2kCxD"><p><span class="bjh-p">`, `</span></p></div>`, "") + `</div></div>
<div class="_1Z_lR">举报/反馈</div></div><div class="_3VP-o"><div class="OlRPx">相关新闻</div><a href="/s?id=1">全市公交线路优化调整方案公布</a></div></div></body></html>`,
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "wechat, time in the script", url: "https://mp.weixin.qq.com/s/Xy12AbCdEfGhIjKlMnOpQr",
			page: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zh46Title + `</title><meta property="og:title" content="` + zh46Title + `"><meta property="og:type" content="article"></head><body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">` + zh46Title + `</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">刘洋</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">江州发布</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">江苏</span></em></div>
<div class="rich_media_content" id="js_content">` + zh46Body(false, `<section><span>`, `</span></section>`, "") + `<p>编辑：陈晓</p></div></div>
<div class="rich_media_tool"><a id="js_share">分享</a><span>阅读 2.1万</span></div>
<script>var ct = "1709619720"; var nickname = "江州发布";</script></body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "toutiao", url: "https://www.toutiao.com/article/7342345678901234567/",
			page: zh46Head("utf-8", zh46Title, " - 今日头条", "", "") + `<body><div class="main-content"><div class="article-content"><h1>` + zh46Title + `</h1>
<div class="article-meta"><span class="original-tag">原创</span><span>2024-03-05 14:22</span><span class="dot">·</span><span class="name"><a href="/c/user/token/MS4w/">江州交通广播</a></span></div>
<article class="syl-article-base tt-article-content syl-page-article">` + zh46Body(false, "<p>", "</p>", "") + `</article></div></div>
<div class="right-sidebar"><div class="tt-title">24小时热闻</div><a href="/article/1/">全市公交线路优化调整方案公布</a></div></body></html>`,
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-",
		},
	})
}

// Hong Kong and Taiwan: Traditional characters, "發佈時間", "記者",
// "中央社", the ROC year on government sites.
func TestZhProbe46Traditional(t *testing.T) {
	tw := func(site, info, lead, tail string) string {
		return zh46Head("utf-8", zh46TitleTrad, " | ", site, "") + `<body><div class="header"><a href="/">` + site + `</a><ul><li><a href="/">首頁</a></li><li><a href="/politics">政治</a></li><li><a href="/society">社會</a></li><li><a href="/local">地方</a></li></ul></div>
<article><h1>` + zh46TitleTrad + `</h1>` + info + `<div class="story">` + zh46Body(true, "<p>", "</p>", lead) + `</div>` + tail + `
<div class="share">分享到：<a>Facebook</a> <a>LINE</a></div></article>` + zh46OthersTrad("延伸閱讀") + zh46OthersTrad("熱門新聞") + `
<div class="footer"><p>訂閱電子報</p><p>` + site + ` 版權所有 &copy; 2024</p></div></body></html>`
	}
	const u = "https://news.example.com.tw/news/local/20240305000123"
	const hk = "https://www.example.com.hk/article/1234567"
	checkZh46(t, []zh46Case{
		{
			name: "hong kong, 發佈時間 and 記者", url: hk,
			page:  tw("港島日報", `<div class="date">發佈時間：2024/03/05 14:22</div><div class="author">記者：劉洋</div>`, "", ""),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "hong kong, 最後更新", url: hk,
			page:  tw("港島日報", `<div class="info"><span>發佈時間：2024年3月5日 14:22</span> <span>最後更新：2024年3月5日 16:40</span></div>`, "", `<p>撰文：劉洋　編輯：王敏</p>`),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "taiwan, 中央社 dateline", url: "https://www.example.com.tw/news/aloc/202403050123.aspx",
			page:  tw("中央通訊社", `<div class="updatetime"><span>2024/3/5 14:22（3/5 15:10 更新）</span></div>`, "（中央社記者劉洋台北5日電）", `<p>（編輯：王敏）1130305</p>`),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "taiwan, time before the date", url: u,
			page:  tw("時報新聞網", `<div class="meta-info"><time datetime="2024-03-05 14:22"><span class="hour">14:22</span><span class="date">2024/03/05</span></time><div class="author"><a href="/author/123">劉洋</a></div><div class="source">中國時報</div></div>`, "", ""),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: "-", credit: "-", trad: true,
		},
		{
			name: "taiwan, reporter in the lead", url: u,
			page:  tw("自由時報", `<div class="time">2024/03/05 14:22</div>`, "〔記者劉洋／台北報導〕", ""),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "taiwan government, ROC year", url: "https://www.example.gov.tw/News_Content.aspx?n=123&s=456",
			page:  tw("江州市政府", `<ul class="info"><li>發布日期：113-03-05</li><li>發布單位：交通局</li></ul>`, "", `<p>更新日期：113-03-06</p>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: "", credit: "-", trad: true,
		},
	})
}

// Older portals still serve GBK with a meta charset, in table layouts.
func TestZhProbe46GBK(t *testing.T) {
	page := func(charset, info string) string {
		return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=` + charset + `"><title>` + zh46Title + `-江州热线</title></head><body>` + zh46Nav + `
<table width="960" align="center"><tr><td class="wz">您现在的位置：<a href="/">江州热线</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; 正文</td></tr>
<tr><td class="bt" align="center"><h1>` + zh46Title + `</h1></td></tr><tr><td align="center" class="info">` + info + `</td></tr>
<tr><td class="content">` + zh46Body(false, "<p>　　", "</p>", "") + `</td></tr>
<tr><td>` + zh46PrevNext + `</td></tr><tr><td>` + zh46Others("相关新闻") + `</td></tr></table>` + zh46Foot("江州热线") + `</body></html>`
	}
	const u = "http://www.jz0516.com/news/html/2024/12345.shtml"
	checkZh46(t, []zh46Case{
		{
			name: "gb2312, 发表于", url: u, gbk: true,
			page:  page("gb2312", `发表于：2024/3/5 14:22　作者：刘洋　来源：江州晚报`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州晚报",
		},
		{
			name: "gbk, 日期 and clicks", url: u, gbk: true,
			page:  page("gbk", `日期：2024年3月5日 来源：江州晚报 作者：刘洋 点击：<script src="/count.asp?id=12345"></script>1234`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "江州晚报",
		},
	})
}

// English-language pages of Chinese portals and papers (the seed's city
// portal among them): "By X | Mar 26,2024", "Updated: 2024-03-05 14:22".
func TestZhProbe46English(t *testing.T) {
	const title = "Jiangzhou opens second phase of Metro Line 6"
	paras := []string{
		"The second phase of Jiangzhou's Metro Line 6 opened to passengers on Tuesday morning, linking the eastern new district with the old town through fourteen stations along twenty-two kilometres.",
		"Trains of six cars run at up to one hundred kilometres an hour, and at peak times a train leaves every four minutes, according to the city's rail transit group.",
		"The city plans to start work on two more lines this year and expects its network to pass three hundred kilometres by the end of next year, officials said.",
	}
	body := ""
	for _, p := range paras {
		body += "<p>" + p + "</p>\n"
	}
	furniture := []string{"ICP", "Copyright", "Privacy", "Related stories", "reported by calling"}
	foot := `<div class="footer"><p>Internet illegal and undesirable information can be reported by calling this telephone number:+86-25-86512345</p><p>苏ICP备05012345号-2 互联网新闻信息服务许可证号:32120220004</p><p>Copyright &copy; 2024 Jiangzhou Daily. All rights reserved. <a href="/privacy">Privacy Policy</a></p></div>`
	related := `<div class="related"><h3>Related stories</h3><ul><li><a href="/a/1.html">Bus routes redrawn across the city</a> <span>2024-03-04</span></li></ul></div>`
	checkZh46(t, []zh46Case{
		{
			name: "china daily", url: "https://www.example.com.cn/a/202403/05/WS65e6a1b2a31082fc043bd123.html",
			page: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + ` - Chinadaily.com.cn</title></head><body><div class="topNav"><a href="/">Home</a> <a href="/china">China</a> <a href="/world">World</a> <a href="/business">Business</a></div>
<div class="main_art"><h1>` + title + `</h1><div class="info"><span class="info_l">By Liu Yang in Jiangzhou | chinadaily.com.cn | Updated: 2024-03-05 14:22</span></div>
<div id="Content">` + body + `</div></div>` + related + foot + `</body></html>`,
			title: title, authors: "Liu Yang", day: "2024-03-05", at: "-", credit: "-", paras: paras, furniture: furniture,
		},
		{
			name: "city portal, by and date on one line", url: "https://www.example.info/news/metro/a1234567.html",
			page: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + ` | Metro</title></head><body><div class="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/travel">Travel</a></div>
<div class="detail"><h1>` + title + `</h1><div class="author">By LIU YANG|Mar 5,2024</div><div class="text">` + body + `<p>Source: Jiangzhou Metro Group</p></div></div>` + related + foot + `</body></html>`,
			title: title, authors: "LIU YANG", day: "2024-03-05", at: "", credit: "Jiangzhou Metro Group", paras: paras, furniture: furniture,
		},
	})
}

// The credits of city papers' and portals' pages, in the forms their
// reporters and editors write them, under the headline or closing the
// story: each names the writers and no editor.
func TestZhProbe46Credits(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	info := func(s string) string {
		return `<div class="info"><span class="time">2024-03-05 14:22</span> <span class="source">来源：江州日报</span>` + s + `</div>`
	}
	var cases []zh46Case
	for _, c := range []struct{ name, info, lead, tail, authors string }{
		{"an app's name with a plus", info(` <span>南江+记者 刘洋</span>`), "", "", "刘洋"},
		{"an outlet glued to 记者", info(` <span>新黄河记者 刘洋</span>`), "", "", "刘洋"},
		{"a paper's 全媒体记者", info(` <span>作者：江州日报全媒体记者 刘洋</span>`), "", "", "刘洋"},
		{"文 and a bar", info(""), "", `<p>文 | 刘洋</p><p>编辑 | 王敏</p>`, "刘洋"},
		{"记者 and a full-width bar", info(` <span>记者｜刘洋 陈晓</span>`), "", "", "刘洋; 陈晓"},
		{"本报讯 with reporter and correspondent", info(""), "本报讯（记者 刘洋 通讯员 陈晓）", "", "刘洋; 陈晓"},
		{"correspondent first", info(""), "本报讯（通讯员 陈晓 记者 刘洋）", "", "陈晓; 刘洋"},
		{"a square before the reporter", info(""), "", "", "刘洋"},
		{"writer and photographer with slashes", info(` <span>记者 刘洋/文 陈晓/图</span>`), "", "", "刘洋"},
		{"a photographer alone", info(""), "", `<p>（刘洋 摄）</p>`, ""},
		{"a Uyghur name", info(` <span>记者 买买提·艾力</span>`), "", "", "买买提·艾力"},
		{"baidu's span ids", `<div class="info"><span id="pubtime_baidu">2024-03-05 14:22:31</span> <span id="source_baidu">来源：<a href="#">江州日报</a></span> <span id="author_baidu">作者：刘洋</span> <span id="editor_baidu">责任编辑：王敏</span></div>`, "", "", "刘洋"},
		{"撰文 and 审校", info(""), "", `<p>撰文：刘洋 审校：王敏</p>`, "刘洋"},
		{"the writer's place after the source", info(` <span class="ip">IP属地：江苏</span> <span>作者：刘洋</span>`), "", "", "刘洋"},
		{"posted from a province", info(` <span>发布于江苏</span>`), "", "", ""},
		{"writer and photographer alone", info(""), "", `<p>记者 刘洋/文 陈晓/图</p>`, "刘洋"},
		{"a circle before the reporter's line", info(""), "", `<p>◎记者 刘洋</p>`, "刘洋"},
		{"a square before reporter and correspondent", info("") + `<p>■本报记者 刘洋 通讯员 陈晓</p>`, "", "", "刘洋; 陈晓"},
		{"a circle before the lead's reporter", info(""), "◎记者 刘洋　", "", "刘洋"},
	} {
		if c.name == "a square before the reporter" {
			c.lead = "■本报记者 刘洋　"
		}
		at := zh46At
		if strings.Contains(c.info, "14:22:31") {
			at = "2024-03-05T14:22:31+08:00"
		}
		cases = append(cases, zh46Case{
			name: c.name, url: u, page: zh46City("江州新闻网", c.info, c.lead, c.tail),
			title: zh46Title, authors: c.authors, day: "2024-03-05", at: at, credit: "江州日报",
		})
	}
	checkZh46(t, cases)
}

// The datelines of city and government pages that stand apart from the
// lines the first probes tried: the day below the story, a document's
// written day beside its publication, an update before the publication,
// the source before a bare date, a dotted or bracketed date, and the
// heads' metas of the Chinese CMSs when the visible date is written by
// a script.
func TestZhProbe46Datelines(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	var cases []zh46Case
	for _, c := range []struct{ name, info, tail, day, at string }{
		{"source before a bare date", `<div class="info">江州日报 2024-03-05 14:22</div>`, "", "2024-03-05", zh46At},
		{"dotted date", `<div class="info">2024.03.05 14:22 来源：江州日报</div>`, "", "2024-03-05", zh46At},
		{"bracketed date", `<div class="info">[2024-03-05] 来源：江州日报</div>`, "", "2024-03-05", ""},
		{"the day below the story", `<div class="info">来源：江州日报</div>`, `<p class="fbsj" style="text-align:right">发布日期：2024-03-05</p>`, "2024-03-05", ""},
		{"update before publication", `<div class="info">更新时间：2024-03-06 09:10　发布时间：2024-03-05 14:22　来源：江州日报</div>`, "", "2024-03-05", zh46At},
		{"written day beside publication", `<table class="xxgk"><tr><td>索引号：</td><td>113201000001/2024-01234</td><td>发布机构：</td><td>市交通运输局</td></tr><tr><td>成文日期：</td><td>2024-03-01</td><td>发布日期：</td><td>2024-03-05</td></tr></table><div class="info">来源：江州日报</div>`, "", "2024-03-05", ""},
		{"year-less mobile date", `<div class="info">03-05 14:22 来源：江州日报</div>`, "", "2024-03-05", zh46At},
		{"weekday after the date", `<div class="info">2024年03月05日 星期二 14:22 来源：江州日报</div>`, "", "2024-03-05", zh46At},
		{"hours and minutes in Chinese", `<div class="info">2024年3月5日14时22分 来源：江州日报</div>`, "", "2024-03-05", zh46At},
		{"a list's dates above the story", `<div class="latest">` + zh46Others("最新发布") + `</div><div class="info">来源：江州日报　时间：2024-03-05</div>`, "", "2024-03-05", ""},
	} {
		cases = append(cases, zh46Case{
			name: c.name, url: u, page: zh46City("江州新闻网", c.info, "", c.tail),
			title: zh46Title, authors: "", day: c.day, at: c.at, credit: "-",
		})
	}
	// The TRS government CMS's metas, the visible date written by a script.
	gov := strings.Replace(zh46City("江州市人民政府", `<div class="info">发布时间：<script>document.write("2024-03-05 14:22".substring(0,10))</script> 来源：市交通运输局</div>`, "", ""),
		`</head>`, `<meta name="PubDate" content="2024-03-05 14:22"><meta name="ContentSource" content="市交通运输局"><meta name="ArticleTitle" content="`+zh46Title+`"></head>`, 1)
	cases = append(cases, zh46Case{name: "TRS metas", url: u, page: gov, title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-"})
	checkZh46(t, cases)
}

// Pages whose dateline competes with other dates: a list of headlines
// with their days and no heading above the story, the address's day of
// the page's making, a paper's edition, a notice's signature.
func TestZhProbe46Competing(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	list := `<div class="leftlist"><ul><li><a href="/n/1.html">全市公交线路优化调整方案公布</a><span>2024-03-19</span></li><li><a href="/n/2.html">城区三条主干道完成提质改造</a><span>2024-03-18</span></li><li><a href="/n/3.html">江州南站改扩建工程进入收尾阶段</a><span>2024-03-18</span></li></ul></div>`
	epaper := func(top string) string {
		return zh46Head("utf-8", zh46Title, "-", "江州日报数字报", "") + `<body><div class="top"><img src="/logo.png" alt="江州日报"></div>` + top + `
<div class="bmnav"><a href="/node_1.htm">第01版：要闻</a> <a href="/node_2.htm">第02版：城事</a> <a href="/node_3.htm">第03版：经济</a></div>
<div class="list">` + list + `</div><div class="article"><h3>刚刚起步</h3><h1>` + zh46Title + `</h1><h2>日均客流有望突破二十万人次</h2><div class="author">本报记者 刘洋</div>
<div id="ozoom">` + zh46Body(false, "<p>　　", "</p>", "") + `</div></div><div class="foot">江州日报社版权所有 苏ICP备05012348号</div></body></html>`
	}
	checkZh46(t, []zh46Case{
		{
			name: "headlines with days before the story", url: u,
			page:  zh46Head("utf-8", zh46Title, "_", "江州新闻网", "") + `<body>` + zh46Nav + `<div class="wrap"><div class="l">` + list + `</div><div class="r"><h1>` + zh46Title + `</h1><div class="info">2024-03-05 14:22 来源：江州日报</div><div class="content">` + zh46Body(false, "<p>　　", "</p>", "") + `</div></div></div>` + zh46Foot("江州新闻网") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "the address's later day", url: "https://www.jiangzhou.gov.cn/zwdt/bmdt/202403/t20240306_4123456.html",
			page:  zh46City("江州市人民政府", `<div class="info">发布时间：2024-03-05 14:22 来源：市交通运输局</div>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "市交通运输局",
		},
		{
			name: "an e-paper's day and weekday", url: "https://epaper.jzrb.cn/Article/index/aid/8123456.html",
			page:  epaper(`<div class="date">2024年03月05日 星期二</div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "an e-paper's edition line", url: "https://epaper.jzrb.cn/Article/index/aid/8123457.html",
			page:  epaper(`<div class="date">江州日报 2024年03月05日 第02版</div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-",
		},
		{
			name: "a notice's signature", url: u,
			page:  zh46City("江州市人民政府", `<div class="info">发布日期：2024-03-05 来源：市交通运输局</div>`, "", `<p style="text-align:right">江州市交通运输局</p><p style="text-align:right">2024年3月1日</p>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "市交通运输局",
		},
		{
			name: "full-width digits", url: u,
			page:  zh46City("江州新闻网", `<div class="info">２０２４年０３月０５日　１４：２２　来源：江州日报</div>`, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
		},
		{
			name: "the date above the headline", url: u,
			page:  zh46Head("utf-8", zh46Title, "_", "江州新闻网", "") + `<body>` + zh46Nav + `<div class="art"><div class="meta"><em>2024-03-05</em> <em>14:22</em> <em>江州日报</em></div><h1>` + zh46Title + `</h1><div class="content">` + zh46Body(false, "<p>　　", "</p>", "") + `</div></div>` + list + zh46Foot("江州新闻网") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "comments with their times", url: u,
			page:  zh46City("江州新闻网", `<div class="info">来源：江州日报　2024-03-05</div>`, "", `<div class="comment"><div class="hd">网友评论</div><div class="item"><span>江州网友</span><span>2024-03-06 10:21</span><p>终于通了！</p></div></div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "江州日报",
		},
	})
}

// Furniture that templates and editors set inside the story's own
// container: a QR block, a "相关阅读" list, the copyright note, the
// editor's line in brackets, the original title's note.
func TestZhProbe46InsideFurniture(t *testing.T) {
	const u = "https://www.jznews.com.cn/news/local/1234567.html"
	info := `<div class="info">2024-03-05 14:22 来源：江州日报</div>`
	for _, c := range []struct{ name, before, middle, after string }{
		{"a QR block between paragraphs", "", `<div class="qr"><img src="/qr.png"><p>扫一扫，用手机看新闻</p></div>`, ""},
		{"a related list after the story", "", "", `<p><strong>相关新闻：</strong></p><p><a href="/n/1.html">全市公交线路优化调整方案公布</a></p><p><a href="/n/3.html">江州南站改扩建工程进入收尾阶段</a></p>`},
		{"the copyright note", "", "", `<p>版权声明：本文系江州新闻网原创，转载请注明出处，违者必究。</p>`},
		{"the editor in brackets", "", "", `<p style="text-align:right">【纠错】 (责任编辑：王敏)</p>`},
		{"share and print after the story", "", "", `<div class="tool">【<a href="#">打印</a>】【<a href="#">关闭窗口</a>】 分享到：<a>微信</a></div>`},
		{"print and close as links after the story", "", "", `<div class="tool">【<a href="#">打印</a>】【<a href="#">关闭窗口</a>】</div>`},
		{"print, close and share in one text", "", "", `<div class="tool">【打印】【关闭窗口】 分享到：微信 微博</div>`},
		{"font size above the story", `<div class="fs">字号：<a>大</a> <a>中</a> <a>小</a></div>`, "", ""},
	} {
		lead := c.before
		body := zh46Body(false, "<p>　　", "</p>", "")
		if c.middle != "" {
			i := strings.Index(body, "</p>\n") + len("</p>\n")
			body = body[:i] + c.middle + body[i:]
		}
		page := zh46Head("utf-8", zh46Title, "_", "江州新闻网", "") + `<body>` + zh46Nav + `<div class="main"><h1>` + zh46Title + `</h1>` + info + `<div class="content">` + lead + body + c.after + `</div></div>` + zh46Foot("江州新闻网") + `</body></html>`
		checkZh46(t, []zh46Case{{name: c.name, url: u, page: page, title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报"}})
	}
}
