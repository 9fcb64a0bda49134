package extractor

import "testing"

// Chinese pages whose date stands where the probes above did not put it:
// the head's metas only, the page's foot, a left column of dated lists
// before the story, no h1.
func TestZhProbe52Dates(t *testing.T) {
	crumbs := `<a href="/">首页</a> &gt; <a href="/news/">新闻</a>`
	checkZh52(t, []zh46Case{
		{
			name: "gov metas PubDate and ContentSource only", url: "http://www.jiangzhou.gov.cn/zwgk/content_12345.html",
			page:  zh52Portal("江州市人民政府", `<meta name="ArticleTitle" content="`+zh46Title+`"><meta name="PubDate" content="2024-03-05 14:22"><meta name="ContentSource" content="市交通运输局">`, crumbs, `<div class="info"><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "firstpublishedtime meta only", url: "https://news.example.com.cn/a/ABCDEF.html",
			page:  zh52Portal("江州网", `<meta name="firstpublishedtime" content="2024-03-05 14:22:31"><meta name="lastmodifiedtime" content="2024-03-06 09:00:00">`, crumbs, "", ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "gov foot, 发布日期 after the text", url: "http://www.jzx.gov.cn/zwgk/content_12346.html",
			page:  zh52Portal("江州县人民政府", "", crumbs, "", `<div class="foot-info"><p>发布日期：2024-03-05</p><p>【<a>打印本页</a>】【<a>关闭窗口</a>】</p></div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-", furniture: []string{"ICP备", "打印本页"}, paras: zh46Paras,
		},
		{
			name: "no h1, a title div and an info div", url: "http://www.jznews.cn/news/content_12347.html",
			page:  zh46Head("gb2312", zh46Title, "_", "江州新闻网", "") + `<body><div class="top"><span>2024年3月20日 星期三</span></div>` + zh46Nav + `<div class="left"><div class="tit">` + zh46Title + `</div><div class="sub">2024-03-05 14:22:31　来源：江州日报　作者：刘洋</div><div class="con">` + zh46Body(false, "<p>", "</p>", "") + `</div></div><div class="right">` + zh52Hot + `</div>` + zh46Foot("江州新闻网") + `</body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报", gbk: true,
		},
		{
			name: "left column of dated lists before the story", url: "http://www.jznews.cn/news/content_12348.html",
			page:  zh46Head("utf-8", zh46Title, "_", "江州新闻网", "") + `<body>` + zh46Nav + `<div class="side"><h3>最新发布</h3><ul><li><a href="/n/1.html">全市公交线路优化调整方案公布</a> 2024-03-19</li><li><a href="/n/2.html">江州南站改扩建工程进入收尾阶段</a> 2024-03-18</li></ul></div><div class="main"><h1>` + zh46Title + `</h1><div class="info">时间：2024年03月05日 来源：江州日报</div><div class="con">` + zh46Body(false, "<p>", "</p>", "") + `</div></div>` + zh46Foot("江州新闻网") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "江州日报",
		},
		{
			name: "eastmoney style, 2024年03月05日 14:22 来源", url: "https://finance.example.com.cn/a/202403053012345678.html",
			page:  zh52Portal("江州财经网", "", crumbs, `<div class="infos"><div class="item">2024年03月05日 14:22</div><div class="item">来源：<a>江州日报</a></div><div class="item">评论(<span>12</span>)</div></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "relative 2天前 beside a full date in the foot", url: "https://www.example.com.cn/p/123456",
			page:  zh52Portal("江州号", "", crumbs, `<div class="meta"><span class="author">江州观察</span> <span class="time">15天前</span></div>`, `<p class="pubtime">发布于 2024-03-05 14:22</p>`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "date split into day block and time", url: "http://www.jznews.cn/news/content_12349.html",
			page:  zh52Portal("江州新闻网", "", crumbs, `<div class="date-box"><span class="d">2024-03-05</span><span class="t">14:22</span><span class="src">来源：江州日报</span></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "traditional, 發布時間 and 來源 in one line", url: "https://www.example.com.tw/news/12345",
			page:  zh52Trad("江州新聞網", `<a href="/">首頁</a>`, `<div class="info">發布時間：2024/03/05 14:22　來源：江州日報　記者：劉洋</div>`, "", ""),
			title: zh46TitleTrad, authors: "劉洋", day: "2024-03-05", at: zh46At, credit: "-", trad: true,
		},
		{
			name: "a dated box between the crumbs and the headline", url: "http://www.jznews.cn/news/content_12350.html",
			page:  zh52Portal("江州新闻网", "", crumbs+`<div class="tj"><span>推荐：</span><a href="/n/9.html">全市公交线路优化调整方案公布</a><span>2024-03-19 10:00</span></div>`, `<div class="info">2024-03-05　来源：江州日报</div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "更新时间 before 发布时间", url: "http://www.jznews.cn/news/content_12351.html",
			page:  zh52Portal("江州新闻网", "", crumbs, `<div class="info"><span>更新时间：2024-03-06 09:00</span> <span>发布时间：2024-03-05 14:22</span></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "-",
		},
		{
			name: "03-05 14:22 with the year in the address", url: "http://www.jznews.cn/2024/0305/c1234-5678.html",
			page:  zh52Portal("江州新闻网", "", crumbs, `<div class="info"><span class="time">03-05 14:22</span><span class="src">江州日报</span></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-",
		},
		{
			name: "old portal table row, date and 来源 in a td", url: "http://www.jznews.cn/news/content_12352.htm",
			page:  zh46Head("gb2312", zh46Title, "-", "江州在线", "") + `<body><table width="100%"><tr><td>` + zh46Nav + `</td></tr></table><table width="760"><tr><td class="title" align="center"><b>` + zh46Title + `</b></td></tr><tr><td align="center" class="info">2024-3-5 14:22:31　来源：江州日报　浏览次数：<font color="red">1234</font></td></tr><tr><td class="content">` + zh46Body(false, "<p>", "</p>", "") + `</td></tr></table>` + zh46Foot("江州在线") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报", gbk: true,
		},
	})
}
