package extractor

import (
	"strings"
	"testing"
)

// The probe pages of round 69: the CMS templates that most Chinese
// government, university and county sites are built on (Hanweb's, TRS
// WCM's, PHPCMS's and Discuz's portal), the closing blocks of their
// articles (the three reviews, the printing and closing buttons, the
// licences), self-media mirrors, and Korean local papers' info lists.
// FetchedAt is 2024-03-20 16:00 in China.

// zh69Known are the cases that fail on this commit, with why; they are
// logged, not failed.
var zh69Known = map[string]string{
	"rthk-like HKT": "the zone's letters between the day and the time (\"2024-03-05 HKT 14:22\") end the date before its time: one broadcaster's form",
}

// zh69More is the round's furniture beside the story's: the strings of
// the review lines, the buttons and the foot.
func zh69More(extra ...string) []string {
	return append(append([]string(nil), zh46Furniture...), extra...)
}

func checkZh69(t *testing.T, cases []zh46Case) {
	t.Helper()
	for _, c := range cases {
		if c.furniture != nil && c.paras == nil {
			c.paras = zh46Paras
		}
		reportProbe(t, c.name, zh46Failures(c), zh69Known, "zh69Known")
	}
}

// zh69Gov is a government site's article page: the crumbs, the headline,
// info, the story, tail after it, then the buttons and the site's foot.
func zh69Gov(charset, site, extra, info, tail string) string {
	return zh46Head(charset, zh46Title, "_", site, extra) + `<body><div class="top"><div class="w1200"><span>欢迎访问` + site + `！</span><a href="/wza/">无障碍</a> <a href="/ft/">繁体版</a> <a href="/m/">手机版</a></div></div><div class="header"><a class="logo" href="/"><img src="/images/logo.png" alt="` + site + `"></a>` + zh46Nav + `</div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="article"><h1 class="article-title">` + zh46Title + `</h1>` + info + `<div class="article-content" id="zoom">` + zh46Body(false, `<p style="text-indent:2em">`, "</p>", "") + `</div>` + tail + `
<div class="article-tools"><span>【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="ewm"><img src="/images/qr.png"><p>扫一扫在手机打开当前页</p></div>` + zh46PrevNext + `</div>
<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p><p>主办单位：` + site + `办公室 承办单位：江州市大数据中心</p><p>网站标识码：3201000001 <a href="https://beian.miit.gov.cn/">苏ICP备05012345号</a> <img src="/images/ga.png">苏公网安备 32010202000123号</p><p>违法和不良信息举报电话：025-12345</p></div></body></html>`
}

var zh69GovFurniture = []string{"网站地图", "联系我们", "主办单位", "网站标识码", "打印本页", "关闭窗口", "扫一扫", "公网安备", "您当前的位置"}

// Government sites' templates: Hanweb's and TRS WCM's, and the county
// media centres' pages, with their closing review lines.
func TestZhProbe69Government(t *testing.T) {
	const u = "https://www.jiangzhou.gov.cn/art/2024/3/5/art_1234_567890.html"
	const trs = "http://www.jzx.gov.cn/xwzx/bmdt/202403/t20240305_4123456.html"
	g := zh69Gov
	checkZh69(t, []zh46Case{
		{name: "hanweb, ContentStart markers and a hits script", url: u, gbk: true,
			page:  g("gbk", "江州市人民政府", `<meta name="ArticleTitle" content="`+zh46Title+`"><meta name="PubDate" content="2024-03-05 14:22"><meta name="ContentSource" content="江州日报">`, `<div class="article-info"><span>信息来源：江州日报</span><span>发布日期：2024-03-05 14:22</span><span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1234&artid=567890"></script></span><span>【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
			furniture: zh69More(append(zh69GovFurniture, "信息来源", "浏览次数", "字体")...)},
		{name: "trs wcm, TRS_Editor style block", url: trs,
			page:  g("utf-8", "江州县人民政府", `<meta name="ArticleTitle" content="`+zh46Title+`"><meta name="PubDate" content="2024-03-05 14:22"><meta name="ContentSource" content="县发改委"><meta name="ColumnName" content="部门动态">`, `<div class="info">发布时间：2024-03-05 14:22　来源：县发改委　作者：刘洋</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "县发改委",
			furniture: zh69More(zh69GovFurniture...)},
		{name: "county media centre, 浏览次数 empty and review lines", url: trs,
			page:  g("utf-8", "江州区人民政府", "", `<div class="info">发布日期：2024-03-05　来源：区融媒体中心　浏览次数：<span id="hits"></span></div>`, `<div class="shenhe"><p>编辑：陈晓</p><p>初审：王敏</p><p>复审：赵磊</p><p>终审：孙强</p></div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "区融媒体中心",
			furniture: zh69More(append(zh69GovFurniture, "初审", "复审", "终审", "王敏", "赵磊", "孙强")...)},
		{name: "county, review lines as one paragraph in the story", url: trs,
			page:  g("utf-8", "江州区人民政府", "", `<div class="info">发布日期：2024-03-05 14:22 来源：区融媒体中心</div>`, `<p style="text-align:right">（记者 刘洋）</p><p>一审：王敏 二审：赵磊 三审：孙强</p>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "区融媒体中心",
			furniture: zh69More(append(zh69GovFurniture, "一审", "二审", "三审", "赵磊", "孙强")...)},
		{name: "gov, 【责任编辑】 in the content", url: trs,
			page:  g("utf-8", "江州市人民政府", "", `<div class="info"><span>时间：2024-03-05 14:22</span><span>来源：江州日报</span></div>`, `<div class="zrbj">【责任编辑：王敏】</div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: zh46At, credit: "江州日报",
			furniture: zh69More(append(zh69GovFurniture, "王敏", "责任编辑")...)},
		{name: "gov, 发布时间 in a table cell pair", url: trs,
			page:  g("utf-8", "江州市人民政府", "", `<table class="info"><tr><td class="l">发布时间：</td><td>2024年03月05日</td><td class="l">来源：</td><td>市交通运输局</td><td class="l">浏览：</td><td><span id="clicks">128</span></td></tr></table>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "", credit: "市交通运输局",
			furniture: zh69More(zh69GovFurniture...)},
		{name: "gov, date written only in the info script but a PubDate meta", url: trs,
			page:  g("utf-8", "江州市人民政府", `<meta name="PubDate" content="2024-03-05 14:22">`, `<div class="info">发布时间：<script>document.write("2024-03-05 14:22".substring(0,10))</script> 来源：江州日报</div>`, ""),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "江州日报",
			furniture: zh69More(zh69GovFurniture...)},
	})
}

// zh69Uni is a university news site's article page.
func zh69Uni(info, tail string) string {
	return zh46Head("utf-8", zh46Title, "-", "江州大学新闻网", "") + `<body><div class="head"><a href="/"><img src="/images/logo.png" alt="江州大学新闻网"></a><ul class="menu"><li><a href="/xxyw.htm">学校要闻</a></li><li><a href="/zhxw.htm">综合新闻</a></li><li><a href="/mtjd.htm">媒体江大</a></li><li><a href="/xsdt.htm">学术动态</a></li></ul></div>
<div class="dqwz">当前位置: <a href="/index.htm">首页</a> &gt;&gt; <a href="/zhxw.htm">综合新闻</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="article"><h1>` + zh46Title + `</h1>` + info + `<div id="vsb_content"><div class="v_news_content">` + zh46Body(false, `<p class="vsbcontent_start">`, "</p>", "") + `</div></div>` + tail + `</div></form>
<div class="pn"><p>上一条：<a href="/info/1002/12344.htm">城区三条主干道完成提质改造</a></p><p>下一条：<a href="/info/1002/12346.htm">江州南站改扩建工程进入收尾阶段</a></p></div>
<div class="foot"><p>版权所有 &copy; 江州大学党委宣传部 地址：江州市大学路1号 邮编：210000</p><p>苏ICP备05012345号</p></div></body></html>`
}

// University news sites (VSB, the Boda CMS most of them use): writers,
// photographers, reviewers and editors in one line above the story or
// under it; the reviewers and editors are no authors.
func TestZhProbe69University(t *testing.T) {
	const u = "https://news.jzu.edu.cn/info/1002/12345.htm"
	uni := zh69Uni
	more := zh69More("上一条", "下一条", "当前位置", "邮编", "审核", "王敏")
	checkZh69(t, []zh46Case{
		{name: "vsb 作者 审核 编辑 发布时间 in one line", url: u,
			page:  uni(`<div class="info">作者：刘洋　审核：王敏　编辑：赵磊　发布时间：2024-03-05 14:22　点击数：<script>_showDynClicks("wbnews", 1234567890, 12345)</script></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-", furniture: more},
		{name: "vsb spans 文字 摄影 责任编辑 审核", url: u,
			page:  uni(`<div class="info"><span>文字：刘洋</span><span>摄影：陈晓</span><span>责任编辑：赵磊</span><span>审核：王敏</span><span>日期：2024年03月05日</span><span>浏览：<span id="dynclicks_wbnews_12345_1234">128</span></span></div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "-", furniture: more},
		{name: "vsb 来源 学院 and the writers in the tail", url: u,
			page:  uni(`<div class="info"><span>来源：机械工程学院</span><span>发布时间：2024-03-05</span></div>`, `<div class="tail"><p>撰稿：刘洋　摄影：陈晓</p><p>初审：赵磊　复审：王敏　终审：孙强</p></div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "", credit: "机械工程学院", furniture: zh69More("上一条", "下一条", "当前位置", "初审", "复审", "终审", "王敏", "孙强")},
		{name: "vsb 供稿单位 and 发布者", url: u,
			page:  uni(`<div class="info">供稿单位：化学学院　作者：刘洋　发布者：宣传部　发布时间：2024-03-05 14:22　审核：王敏</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-", furniture: more},
	})
}

// Self-media mirrors: WeChat articles copied onto portals, Toutiao-like
// pages with the poster's place after the time.
func TestZhProbe69Mirrors(t *testing.T) {
	const u = "https://www.jznews.cn/wx/2024/0305/123456.html"
	p := zh64Portal
	checkZh69(t, []zh46Case{
		{name: "wechat meta with 发表于 a province", url: "https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOp",
			page:  zh46Head("utf-8", zh46Title, "", "", `<meta property="og:title" content="`+zh46Title+`"><meta property="og:type" content="article">`) + `<body><div class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">` + zh46Title + `</h1><div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta rich_media_meta_original">原创</span><span class="rich_media_meta rich_media_meta_text">刘洋</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">江州发布</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-03-05 14:22</em><em id="js_ip_wording_wrp" class="rich_media_meta_area"><span id="js_ip_wording">发表于江苏</span></em></div><div class="rich_media_content" id="js_content">` + zh46Body(false, "<p>", "</p>", "") + `</div><div id="js_tags">阅读原文</div></div></div></div></body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-", furniture: zh69More("发表于", "江州发布", "原创", "阅读原文")},
		{name: "mirror of a wechat article, text line", url: u,
			page:  p("utf-8", "江州网", "", `<div class="info">原创 刘洋 江州发布 2024-03-05 14:22 发表于江苏</div>`, ""),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "-", furniture: zh69More("发表于")},
		{name: "toutiao-like time·place", url: "https://www.toutiao-like.cn/article/7342123456789012345/",
			page:  zh46Head("utf-8", zh46Title, " - ", "今日头条", "") + `<body><div class="article-content"><h1>` + zh46Title + `</h1><div class="article-meta"><span class="dot">原创</span><span>2024-03-05 14:22</span><span class="dot">·</span><span class="name"><a href="/c/user/123/">江州日报</a></span><span>·</span><span>江苏</span></div><article class="syl-article-base">` + zh46Body(false, "<p>", "</p>", "") + `</article></div><div class="detail-side">` + zh52Hot + `</div></body></html>`,
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-"},
		{name: "baijiahao-like with IP属地", url: "https://baijiahao.example.cn/s?id=1792345678901234567",
			page:  zh46Head("utf-8", zh46Title, "", "", "") + `<body><div class="article"><div class="title"><h1>` + zh46Title + `</h1></div><div class="author-info"><a class="author-name" href="/u?id=1">江州日报</a><div class="article-source"><span class="date">发布时间: 2024-03-05 14:22</span><span class="ip">江苏</span></div></div><div class="article-content">` + zh46Body(false, "<p>", "</p>", "") + `</div><div class="report">举报/反馈</div></div><div class="side">` + zh52Hot + `</div></body></html>`,
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-", furniture: zh69More("举报")},
	})
}

// Older portal CMSs: PHPCMS v9's default show page sets the info line in
// the headline; Discuz's portal articles; DedeCMS in GBK with the
// printing buttons inside the content.
func TestZhProbe69OldCMS(t *testing.T) {
	const u = "http://www.jznews.cn/html/2024/local_0305/123456.html"
	checkZh69(t, []zh46Case{
		{name: "phpcms v9 info in the h1", url: u,
			page:  zh46Head("utf-8", zh46Title, " - ", "江州网", "") + `<body><div class="header">` + zh46Nav + `</div><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/local/">本地</a> &gt; 列表</div><div class="main"><div class="col-left"><div id="Article"><h1>` + zh46Title + `<br /><span>2024-03-05 14:22:31&nbsp;&nbsp;&nbsp;来源：江州日报&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span>次</span></h1><div class="content">` + zh46Body(false, "<p>", "</p>", "") + `</div><div id="pages" class="text-c"></div><p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/tag/1">地铁</a></p><p class="f14"><strong>上一篇：</strong><a href="/html/1.html">城区三条主干道完成提质改造</a><br /><strong>下一篇：</strong><a href="/html/2.html">江州南站改扩建工程进入收尾阶段</a></p></div></div><div class="col-auto">` + zh52Hot + `</div></div>` + zh46Foot("江州网") + `</body></html>`,
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报", furniture: zh69More("相关热词", "点击")},
		{name: "discuz portal article", url: "https://bbs.jznews.cn/portal.php?mod=view&aid=12345",
			page:  zh46Head("utf-8", zh46Title, " - ", "江州论坛", "") + `<body><div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="江州论坛">江州论坛</a></h2></div><div id="nv"><ul><li><a href="portal.php">门户</a></li><li><a href="forum.php">论坛</a></li></ul></div></div></div><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">江州论坛</a> <em>›</em> <a href="portal.php">门户</a> <em>›</em> <a href="portal.php?mod=list&catid=1">本地新闻</a> <em>›</em> 查看内容</div></div><div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">` + zh46Title + `</h1><p class="xg1"> 2024-3-5 14:22<span class="pipe">|</span> 发布者: <a href="home.php?mod=space&uid=1">江州小编</a><span class="pipe">|</span> 查看: 1234<span class="pipe">|</span> 评论: 0<span class="pipe">|</span>原作者: 刘洋<span class="pipe">|</span>来自: 江州日报</p></div><div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">` + zh46Body(false, "<p>", "</p>", "") + `</td></tr></table></div><div class="o cl ptm pbm"><a href="#" class="oshr">分享</a><a href="#" class="oshr ofav">收藏</a></div><div class="pren pbm cl"><em>上一篇：</em><a href="portal.php?mod=view&aid=12344">城区三条主干道完成提质改造</a><em>下一篇：</em><a href="portal.php?mod=view&aid=12346">江州南站改扩建工程进入收尾阶段</a></div></div></div></div><div id="ft">Powered by Discuz! X3.4 &copy; 2001-2024 Comsenz Inc. 苏ICP备05012345号</div></body></html>`,
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报", furniture: zh69More("发布者", "查看", "江州小编", "Powered by")},
		{name: "dedecms gbk, print buttons inside the content", url: u, gbk: true,
			page:  zh64Portal("gbk", "江州网", "", `<div class="info">2024-03-05 14:22 来源：江州日报 作者：刘洋 点击:<script src="/plus/count.php?view=yes&aid=123&mid=1"></script>次</div>`, `<div class="boxoff"><strong>------分隔线----------------------------</strong></div><div class="handle"><div class="context"><ul><li>上一篇：<a href="/a/1.html">城区三条主干道完成提质改造</a></li><li>下一篇：<a href="/a/2.html">江州南站改扩建工程进入收尾阶段</a></li></ul></div><div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=123">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=123">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=123">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: zh46At, credit: "江州日报", furniture: zh69More("分隔线", "挑错", "收藏", "推荐")},
	})
}

// Korean local papers' info lists (ndsoft's template and others): the
// later of the entry and revision times is the revision.
func TestZhProbe69Korean(t *testing.T) {
	const title = "강주시 지하철 6호선 2단계 개통…도심까지 20분"
	paras := []string{
		"강주시 지하철 6호선 2단계 구간이 5일 개통했다. 총연장 22㎞에 역 14곳이 들어서 동부 신도시와 구도심을 잇는다.",
		"시 교통공사에 따르면 출퇴근 시간 배차 간격은 4분으로 줄어들고, 최고 속도는 시속 100㎞에 이른다.",
		"개통 첫날 많은 시민이 열차를 타 보러 나왔다. 동부에 사는 이모씨는 \"예전에는 버스를 두 번 갈아탔는데 이제 20분이면 된다\"고 말했다.",
	}
	body := "<p>" + paras[0] + "</p><p>" + paras[1] + "</p><p>" + paras[2] + "</p>"
	head := `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>` + title + ` - 강주일보</title><meta property="og:title" content="` + title + `"></head>`
	foot := `<footer><p>강주일보 | 등록번호 : 경기 아00123 | 발행인 : 김철수 | 편집인 : 박영희 | 청소년보호책임자 : 박영희</p><p>Copyright © 2024 강주일보. All rights reserved.</p></footer>`
	furn := []string{"등록번호", "Copyright", "댓글", "공유"}
	checkZh69(t, []zh46Case{
		{name: "ndsoft info list 입력 수정", url: "https://www.kangjuilbo.kr/news/articleView.html?idxno=123456",
			page:  head + `<body><header><a href="/">강주일보</a></header><div class="article-head-title">` + title + `</div><ul class="infomation"><li><i class="icon-user-o"></i> 홍길동 기자</li><li><i class="icon-clock-o"></i> 입력 2024.03.05 14:22</li><li><i class="icon-clock-o"></i> 수정 2024.03.06 09:10</li><li><i class="icon-comment-o"></i> 댓글 0</li></ul><article id="article-view-content-div" itemprop="articleBody">` + body + `</article><div class="share">공유하기</div>` + foot + `</body></html>`,
			title: title, authors: "홍길동", day: "2024-03-05", at: "2024-03-05T14:22:00+09:00", credit: "-", paras: paras, furniture: furn},
		{name: "기사입력 | 최종수정 in one line", url: "https://www.kangjuilbo.kr/news/view.php?no=123456",
			page:  head + `<body><header><a href="/">강주일보</a></header><h1>` + title + `</h1><div class="byline"><span>홍길동 기자</span> <span class="date">기사입력 2024-03-05 14:22 | 최종수정 2024-03-06 09:10</span></div><div id="articleBody">` + body + `</div>` + foot + `</body></html>`,
			title: title, authors: "홍길동", day: "2024-03-05", at: "2024-03-05T14:22:00+09:00", credit: "-", paras: paras, furniture: furn},
		{name: "승인 then 입력", url: "https://www.kangjuilbo.kr/news/articleView.html?idxno=123457",
			page:  head + `<body><header><a href="/">강주일보</a></header><h3 class="heading">` + title + `</h3><ul class="infomation"><li>기자명 홍길동 기자</li><li>승인 2024.03.05 14:22</li><li>댓글 0</li></ul><div id="article-view-content-div">` + body + `</div>` + foot + `</body></html>`,
			title: title, authors: "홍길동", day: "2024-03-05", at: "2024-03-05T14:22:00+09:00", credit: "-", paras: paras, furniture: furn},
	})
}

// The desk's review chain on the "编辑" line itself: the editor is one of
// the desk, no writer, as with the editor in charge.
func TestZhProbe69EditorWithReviewers(t *testing.T) {
	const u = "http://www.jzx.gov.cn/xwzx/bmdt/202403/t20240305_4123456.html"
	for _, tail := range []string{
		`<p>编辑：陈晓 初审：王敏 复审：赵磊 终审：孙强</p>`,
		`<p>编辑：陈晓　一审：王敏　二审：赵磊　三审：孙强</p>`,
		`<div class="shenhe"><p>编辑：陈晓</p><p>初审：王敏</p><p>复审：赵磊</p><p>终审：孙强</p></div>`,
	} {
		c := zh46Case{name: "editor and reviewers " + tail, url: u,
			page:  zh69Gov("utf-8", "江州区人民政府", "", `<div class="info">发布日期：2024-03-05　来源：区融媒体中心</div>`, tail),
			title: zh46Title, authors: "", day: "2024-03-05", at: "-", credit: "-"}
		reportProbe(t, c.name, zh46Failures(c), zh69Known, "zh69Known")
	}
	// A line that names the editor alone is still read for the writer,
	// zh-cwced's way (editorCredit).
	c := zh46Case{name: "editor alone", url: u,
		page:  zh69Gov("utf-8", "江州区人民政府", "", `<div class="info">发布日期：2024-03-05　来源：区融媒体中心</div>`, `<p>编辑：陈晓</p>`),
		title: zh46Title, authors: "陈晓", day: "2024-03-05", at: "-", credit: "-"}
	reportProbe(t, c.name, zh46Failures(c), zh69Known, "zh69Known")
}

func TestCJKSeparatorLine(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"------分隔线----------------------------", true},
		{" --分割线-- ", true},
		{"------分隔線------", true},
		{"分隔线", false},
		{"------", false},
		{"--分隔线以下为广告--", false},
		{"-- 2024-03-05 --", false},
	} {
		if got := cjkSeparatorLine(c.t); got != c.want {
			t.Errorf("cjkSeparatorLine(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

func TestWeChatMetaLine(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"原创 刘洋 江州发布 2024-03-05 14:22 发表于江苏", true},
		{"原创 江州发布 2024-03-05 14:22", true},
		{"江州发布 2024-03-05 14:22 发表于江苏", true},
		{"刘洋 江州发布 2024年3月5日 14:22 发表于江苏", true},
		{"原創 王小明 台北新聞 2024-03-05 14:22 發表於台灣", true},
		{"刘洋 江州发布 2024-03-05 14:22", false},                   // no mark: not this line
		{"原创 刘洋 江州发布 2024-03-05 14:22 阅读 1234", false},        // another tail
		{"原创 2024-03-05 14:22", false},                        // no name
		{"原创作品，记者 刘洋 江州 2024-03-05", false},                   // a notice's comma
		{"原创 刘洋 江州 发布 2024-03-05 14:22 发表于江苏", false},         // three names
		{"刘洋 江州发布 2024-03-05 14:22 发表于江苏省南京市玄武区新街口街道", false}, // no province
		{"江州发布", false},
	} {
		if got := weChatMetaLine(c.t); got != c.want {
			t.Errorf("weChatMetaLine(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

// zh69Platform is a platform's or paper's article page: head, the
// headline, the meta block, the story in <p>s, the hot list and a foot.
func zh69Platform(title, sep, site, meta string, trad bool) string {
	others := zh52Hot
	if trad {
		others = zh46OthersTrad("熱門新聞")
	}
	return zh46Head("utf-8", title, sep, site, "") + `<body><header><a class="logo" href="/">` + site + `</a>` + zh46Nav + `</header><main><article><h1>` + title + `</h1>` + meta + `<div class="article-body">` + zh46Body(trad, "<p>", "</p>", "") + `</div></article><aside>` + others + `</aside></main><footer>© 2024 ` + site + `</footer></body></html>`
}

// Platforms' and papers' meta lines with their own marks: the IP's
// province after a dot or a bar, "来自" a province, counts run into the
// date, Taiwanese updates in brackets, Hong Kong's "HKT".
func TestZhProbe69MetaLines(t *testing.T) {
	const u = "https://www.jznews.cn/a/2024/0305/123456.html"
	p := func(meta string) string { return zh69Platform(zh46Title, " - ", "江州网", meta, false) }
	tr := func(meta string) string { return zh69Platform(zh46TitleTrad, " - ", "江州新聞網", meta, true) }
	checkZh69(t, []zh46Case{
		{name: "zhihu-like 发布于 · IP 属地 with a space", url: u,
			page:  p(`<div class="meta"><a class="name" href="/people/liuyang">刘洋</a></div><div class="time">发布于 2024-03-05 14:22・IP 属地江苏</div>`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-", furniture: zh69More("属地")},
		{name: "bilibili-like date · IP属地", url: u,
			page:  p(`<div class="meta"><span class="up">刘洋</span><span class="time">2024年03月05日 14:22 · IP属地江苏</span></div>`),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-", furniture: zh69More("属地")},
		{name: "ifeng-like 来自 a province", url: u,
			page:  p(`<div class="info"><span class="time">2024年03月05日 14:22:31</span> <span class="source">来自江苏</span> <span class="source">江州日报</span></div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "-", furniture: zh69More("来自江苏")},
		{name: "jianshu-like counts run into the date", url: u,
			page:  p(`<div class="meta"><a class="name">刘洋</a><div><time>2024.03.05 14:22:31</time><span>字数 1,234</span><span>阅读 567</span></div></div>`),
			title: zh46Title, authors: "刘洋", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "-", furniture: zh69More("字数", "阅读 567")},
		{name: "netease-like source then 举报", url: u,
			page:  p(`<div class="post_info">2024-03-05 14:22:31　来源: <a href="#">江州日报</a> <a class="post_jubao" href="#">举报</a></div>`),
			title: zh46Title, authors: "", day: "2024-03-05", at: "2024-03-05T14:22:31+08:00", credit: "江州日报", furniture: zh69More("举报")},
		{name: "cna-like update in brackets", url: "https://www.cna.example.tw/news/aloc/202403050123.aspx", trad: true,
			page:  tr(`<div class="updatetime"><span>2024/03/05 14:22</span><span>（3/6 09:10 更新）</span></div>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: zh46At, credit: "-"},
		{name: "ltn-like date then 〔記者〕 lead", url: "https://news.ltn.example.tw/news/life/breakingnews/4612345", trad: true,
			page:  zh46Head("utf-8", zh46TitleTrad, " - ", "自由時報電子報", "") + `<body><header>` + zh46Nav + `</header><div class="whitecon"><h1>` + zh46TitleTrad + `</h1><span class="time">2024/03/05 14:22</span><div class="text">` + zh46Body(true, "<p>", "</p>", "〔記者王小明／台北報導〕") + `</div></div>` + zh46OthersTrad("熱門新聞") + `<footer>自由時報 版權所有</footer></body></html>`,
			title: zh46TitleTrad, authors: "王小明", day: "2024-03-05", at: zh46At, credit: "-"},
		{name: "hk01-like 發佈 and 最後更新 labels", url: "https://www.hk01.example/article/1001234", trad: true,
			page:  tr(`<div class="meta"><span>撰文：<a href="/author/1">王小明</a></span><time>發佈日期：2024-03-05 14:22</time><time>最後更新日期：2024-03-06 09:10</time></div>`),
			title: zh46TitleTrad, authors: "王小明", day: "2024-03-05", at: zh46At, credit: "-"},
		{name: "rthk-like HKT", url: "https://news.rthk.example.hk/rthk/ch/component/k2/1741234-20240305.htm", trad: true,
			page:  tr(`<div class="itemDateCreated">2024-03-05 HKT 14:22</div>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: zh46At, credit: "-"},
		{name: "mingpao-like date with weekday", url: "https://news.mingpao.example/ins/港聞/article/20240305/s00001/1709619720000", trad: true,
			page:  tr(`<div class="date">2024年3月5日星期二 14:22</div>`),
			title: zh46TitleTrad, authors: "", day: "2024-03-05", at: zh46At, credit: "-"},
	})
}

// Japanese and Korean papers' meta lines.
func TestZhProbe69JapanKorea(t *testing.T) {
	const jaTitle = "江州市の地下鉄6号線が延伸開業 中心部まで20分"
	jaParas := []string{
		"江州市の地下鉄6号線の延伸区間が5日、開業した。全長22キロに14駅を設け、東部の新市街と旧市街を結ぶ。",
		"市交通局によると、ラッシュ時の運行間隔は4分に短縮され、最高速度は時速100キロに達する。",
		"開業初日には多くの市民が試乗に訪れた。東部に住む女性は「以前はバスを2回乗り継いでいたが、今は20分で着く」と話した。",
	}
	jaBody := "<p>" + strings.Join(jaParas, "</p><p>") + "</p>"
	ja := func(meta string) string {
		return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>` + jaTitle + `：江州新聞</title></head><body><header><a href="/">江州新聞</a></header><main><article><h1>` + jaTitle + `</h1>` + meta + `<div class="body">` + jaBody + `</div></article></main><footer>Copyright © 江州新聞社 All rights reserved.</footer></body></html>`
	}
	const koTitle = "강주시 지하철 6호선 2단계 개통…도심까지 20분"
	koParas := []string{
		"강주시 지하철 6호선 2단계 구간이 5일 개통했다. 총연장 22㎞에 역 14곳이 들어서 동부 신도시와 구도심을 잇는다.",
		"시 교통공사에 따르면 출퇴근 시간 배차 간격은 4분으로 줄어들고, 최고 속도는 시속 100㎞에 이른다.",
		"개통 첫날 많은 시민이 열차를 타 보러 나왔다. 동부에 사는 이모씨는 \"예전에는 버스를 두 번 갈아탔는데 이제 20분이면 된다\"고 말했다.",
	}
	koBody := "<p>" + strings.Join(koParas, "</p><p>") + "</p>"
	ko := func(meta string) string {
		return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>` + koTitle + ` | 강주일보</title></head><body><header><a href="/">강주일보</a></header><main><article><h1>` + koTitle + `</h1>` + meta + `<div class="article-body">` + koBody + `</div></article></main><footer>Copyright © 강주일보. All rights reserved.</footer></body></html>`
	}
	const jaAt, koAt = "2024-03-05T14:22:00+09:00", "2024-03-05T14:22:00+09:00"
	checkZh69(t, []zh46Case{
		{name: "itmedia-like 公開 [name，site]", url: "https://www.itmedia.example.jp/news/articles/2403/05/news123.html",
			page:  ja(`<div id="byline"><div id="update">2024年03月05日 14時22分 公開</div><div id="byline">[佐藤花子，ITmedia]</div></div>`),
			title: jaTitle, authors: "佐藤花子", day: "2024-03-05", at: jaAt, credit: "-", paras: jaParas, furniture: []string{"公開", "ITmedia"}},
		{name: "nhk-like 時分", url: "https://www3.nhk.example.jp/news/html/20240305/k10014123451000.html",
			page:  ja(`<p class="content--date"><time datetime="2024-03-05T14:22">2024年3月5日 14時22分</time></p>`),
			title: jaTitle, authors: "", day: "2024-03-05", at: jaAt, credit: "-", paras: jaParas, furniture: []string{"14時22分"}},
		{name: "yonhap-like 송고시간 without a space", url: "https://www.yna.example.kr/view/AKR20240305123400001",
			page:  ko(`<p class="update-time" data-published-time="202403051422">송고시간2024-03-05 14:22</p><div class="writer-zone"><strong class="tit-name">홍길동 기자</strong></div>`),
			title: koTitle, authors: "홍길동", day: "2024-03-05", at: koAt, credit: "-", paras: koParas, furniture: []string{"송고시간"}},
		{name: "chosun-like dotted 입력 업데이트", url: "https://www.chosun.example/national/2024/03/05/ABCDEFGHIJ/",
			page:  ko(`<div class="byline">홍길동 기자</div><div class="dateBox"><span>입력 2024.03.05. 14:22</span> <span>업데이트 2024.03.06. 09:10</span></div>`),
			title: koTitle, authors: "홍길동", day: "2024-03-05", at: koAt, credit: "-", paras: koParas, furniture: []string{"업데이트"}},
		{name: "hani-like 등록 수정", url: "https://www.hani.example.kr/arti/society/society_general/1131234.html",
			page:  ko(`<div class="article-info"><span>홍길동 기자</span><ul><li>등록 2024-03-05 14:22</li><li>수정 2024-03-06 09:10</li></ul></div>`),
			title: koTitle, authors: "홍길동", day: "2024-03-05", at: koAt, credit: "-", paras: koParas, furniture: []string{"등록", "수정"}},
	})
}

// Korean and Hungarian dates close the day with a dot before the time:
// "2024.03.05. 14:22"; the time is the date's still.
func TestISODottedDayTime(t *testing.T) {
	for _, c := range []struct{ in, hour, minute string }{
		{"입력 2024.03.05. 14:22", "14", "22"},
		{"2024.03.03. 14:05", "14", "05"},
		{"2024.03.05 14:22", "14", "22"},
		{"2024-03-05. 14:22", "14", "22"},
		{"2024.03.05. 14시", "", ""},
	} {
		m := reISO.FindStringSubmatch(c.in)
		if m == nil || m[4] != c.hour || m[5] != c.minute {
			t.Errorf("reISO in %q: %q, want the time %s:%s", c.in, m, c.hour, c.minute)
		}
	}
}

// The notices portals and self-media platforms close a story with, each
// in a block of its own after it.
func TestZhProbe69ClosingNotices(t *testing.T) {
	const u = "https://www.jznews.cn/a/2024/0305/123456.html"
	info := `<div class="info"><span>2024-03-05 14:22</span> <span>来源：江州日报</span></div>`
	for _, c := range []struct{ name, tail, furn string }{
		{"sohu platform notice", `<p>返回搜狐，查看更多</p><p>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>`, "平台声明"},
		{"sohu back link", `<p><a href="/">返回搜狐，查看更多</a></p>`, "返回搜狐"},
		{"netease special notice", `<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>`, "特别声明"},
		{"party media platform notice", `<p>本文来自【江州日报】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。</p>`, "党媒"},
		{"app download call", `<p>更多精彩内容，请下载江州新闻客户端</p>`, "客户端"},
		{"source in brackets with writer", `<p>（本文来源：江州日报 作者：刘洋）</p>`, "本文来源"},
	} {
		k := zh46Case{name: c.name, url: u,
			page:  zh64Portal("utf-8", "江州网", "", info, c.tail),
			title: zh46Title, authors: "-", day: "2024-03-05", at: zh46At, credit: "-", paras: zh46Paras, furniture: zh69More(c.furn)}
		reportProbe(t, k.name, zh46Failures(k), zh69Known, "zh69Known")
	}
}

func TestCJKSiteLineNotices(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", true},
		{"本文来自【江州日报】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。", true},
		{"本文仅代表作者个人观点。", true},
		{"文章指出，这一表态仅代表政府立场。", false},
		{"平台建设仅代表作者观点的一个方面，还需更多调查。", false},
	} {
		if got := mayBeCJKSiteLine(c.t) && reCJKSiteLine.MatchString(c.t); got != c.want {
			t.Errorf("reCJKSiteLine matches %q: %v, want %v", c.t, got, c.want)
		}
	}
}
