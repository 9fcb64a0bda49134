package extractor

import (
	"strings"
	"testing"
)

// zhParas is an article's text as Chinese portals mark it up: paragraphs
// opened by two ideographic spaces, lead before the first. trad writes it
// in Traditional characters.
func zhParas(trad bool, lead string) string {
	paras := []string{
		"近日，市交通运输局发布消息，今年全市将新建和改造农村公路一千二百公里，进一步完善城乡交通网络，方便群众出行。",
		"据介绍，今年的农村公路建设重点放在偏远山区和库区，计划新增通客车的建制村三十个，同时推进公路沿线安全防护设施建设。",
		"“农村公路是群众家门口的路，我们将把质量放在第一位。”市交通运输局相关负责人表示，所有项目都将实行全过程质量监督。",
		"截至目前，全市农村公路总里程已超过十八万公里，乡镇和建制村通畅率均达到百分之百，为乡村振兴提供了有力支撑。",
	}
	if trad {
		paras = []string{
			"近日，市交通局發布消息，今年全市將新建和改造農村道路一千二百公里，進一步完善城鄉交通網絡，方便民眾出行。",
			"據介紹，今年的農村道路建設重點放在偏遠山區，計劃新增通客運的村里三十個，同時推進道路沿線安全防護設施建設。",
			"「農村道路是民眾家門口的路，我們將把品質放在第一位。」市交通局相關負責人表示，所有工程都將實行全程品質監督。",
			"截至目前，全市農村道路總里程已超過一萬八千公里，鄉鎮和村里通暢率均達到百分之百，為地方發展提供了有力支撐。",
		}
	}
	var b strings.Builder
	for i, p := range paras {
		if i == 0 {
			p = lead + p
		}
		b.WriteString("<p>　　" + p + "</p>\n")
	}
	return b.String()
}

// zhFooter is the foot of a Chinese portal: links, licences, copyright.
const zhFooter = `<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a></p>
<p>违法和不良信息举报电话：023-67158993 举报邮箱：jubao@example.cn</p>
<p>鄂ICP备12345678号-1 互联网新闻信息服务许可证：42120170001 鄂公网安备 42010202000123号</p>
<p>Copyright &copy; 2005-2024 版权所有 江城新闻网</p></div>`

// zhRelated is a block of related links with their dates.
const zhRelated = `<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/news/1.html">全市公交线路优化调整方案公布</a> <span>2024-05-15</span></li>
<li><a href="/news/2.html">城区三条主干道完成提质改造</a> <span>2024-05-14</span></li></ul></div>`

const zhHead = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`

// zhTemplate is an article page of one Chinese portal's template, and the
// fields its record must hold.
type zhTemplate struct {
	name, url, page string
	title, day      string
	authors, credit string
	// boiler are lines of the page that the body must not hold.
	boiler []string
	// fails says why the case fails still; it is skipped.
	fails string
}

const zhTitle = "江城今年将新建改造农村公路1200公里"
const zhTitleTrad = "江城今年將新建改造農村道路1200公里"

// zhTemplates are the article pages of the Chinese news and government
// portals' templates, written from their markup.
func zhTemplates() []zhTemplate {
	nav := `<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/local/">地方</a> <a href="/finance/">财经</a> <a href="/sports/">体育</a></div>`
	return []zhTemplate{
		{
			name: "xinhua", url: "http://www.news.cn/local/20240516/3d0e0c8f5a9b4e6e9c2d3e4f5a6b7c8d/c.html",
			page: zhHead + `<title>` + zhTitle + `-新华网</title><meta name="keywords" content="农村公路"><meta name="description" content="新华社江城5月16日电 今年全市将新建和改造农村公路一千二百公里。"></head><body>
<div class="header">` + nav + `</div>
<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 05</em>/<em> 16</em></span><span class="time"> 10:21:33</span></div>
<div class="source">来源：新华网</div>
<div class="head-line clearfix"><h1><span class="title">` + zhTitle + `</span></h1><div class="pageShare"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div></div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail"><span id="detailContent">` + zhParas(false, "新华社江城5月16日电（记者张三、李四）") + `</span></div>
<div id="articleEdit"><span class="tiyi1"><a href="#" class="advise">【纠错】</a></span><span class="editor">【责任编辑:王五】</span></div></div>
<div class="main-right right"><div class="columBox"><div class="col-tit"><span>阅读下一篇</span></div><a href="/local/20240515/c.html">全市公交线路优化调整方案公布</a></div></div></div>
<div class="foot">Copyright &copy; 2000-2024 XINHUANET.com All Rights Reserved. 制作单位：新华网股份有限公司 版权所有 新华网股份有限公司</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三; 李四", credit: "新华网",
			boiler: []string{"分享到", "纠错", "阅读下一篇", "XINHUANET"},
		},
		{
			// The same template at an address without the date: the day
			// is split over three elements.
			name: "xinhua, split date", url: "http://www.news.cn/local/c_1130147123.htm",
			page: zhHead + `<title>` + zhTitle + `-新华网</title></head><body>
<div class="header">` + nav + `</div>
<div class="header-cont clearfix"><div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 05</em>/<em> 16</em></span><span class="time"> 10:21:33</span></div>
<div class="source">来源：新华网</div>
<div class="head-line clearfix"><h1><span class="title">` + zhTitle + `</span></h1></div></div>
<div class="main clearfix"><div id="detail">` + zhParas(false, "新华社江城5月16日电（记者张三、李四）") + `</div>
<div id="articleEdit"><span class="editor">【责任编辑:王五】</span></div></div>` + zhRelated + `</body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三; 李四", credit: "新华网",
			boiler: []string{"相关新闻"},
		},
		{
			name: "people's daily", url: "http://local.people.com.cn/n1/2024/0516/c123932-40236543.html",
			page: zhHead + `<title>` + zhTitle + `--地方--人民网</title><meta name="keywords" content="农村公路"><meta name="source" content="来源：人民网－人民日报"><meta name="contentid" content="40236543"></head><body>
<div class="header">` + nav + `</div>
<div class="path"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://local.people.com.cn/">地方</a></div>
<div class="layout rm_txt cf"><div class="col col-1 fl"><h3 class="pre"></h3><h1>` + zhTitle + `</h1><h4 class="sub"></h4>
<p class="author">本报记者 张三</p>
<div class="channel cf"><div class="col-1-1 fl">2024年05月16日05:42 | 来源：<a href="http://paper.people.com.cn/rmrb/html/2024-05/16/nw.D110000renmrb_20240516_2-10.htm" target="_blank">人民网－人民日报</a></div><div class="col-1-1 fr"><a href="#">小字号</a></div></div>
<div class="rm_txt_con cf">` + zhParas(false, "") + `<p style="text-indent: 2em;">《 人民日报 》（ 2024年05月16日 第 10 版）</p>
<div class="edit cf">(责编：王五、赵六)</div></div></div>
<div class="col col-2 fr"><div class="ph_list"><h2>24小时排行</h2><ol><li><a href="/1.html">全市公交线路优化调整方案公布</a></li><li><a href="/2.html">城区三条主干道完成提质改造</a></li></ol></div></div></div>
<div class="footer">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们<br>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "人民网－人民日报",
			boiler: []string{"小字号", "24小时排行", "本报记者 张三", "来源：人民网"},
		},
		{
			name: "cctv", url: "https://news.cctv.com/2024/05/16/ARTIx8d9QpV2FmWcK1a3bN6y240516.shtml",
			page: zhHead + `<title>` + zhTitle + `_新闻频道_央视网(cctv.com)</title><meta name="keywords" content="农村公路"></head><body>
<div class="nav_daohang"><a href="https://www.cctv.com/">首页</a> &gt; <a href="https://news.cctv.com/">新闻频道</a> &gt; 正文</div>
<div class="column_wrapper"><div class="col_w660"><div class="cnt_bd"><div class="title_area"><h1>` + zhTitle + `</h1>
<div class="info1">来源：<a href="https://news.cctv.com/">央视新闻客户端</a> | 2024年05月16日 10:21:33</div></div>
<div class="content_area" id="content_area">` + zhParas(false, "央视网消息（新闻联播）：") + `</div>
<div class="zebian"><span>编辑：张三</span><span>责任编辑：李四</span></div>
<div class="share"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div></div></div>
<div class="col_w300"><div class="md"><h3>热点推荐</h3><ul><li><a href="/1.shtml">全市公交线路优化调整方案公布</a></li></ul></div></div></div>
<div class="footer">央视网 版权所有 京ICP证060535号 京公网安备11010802029271号</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "", credit: "央视新闻客户端",
			boiler: []string{"分享到", "热点推荐", "京ICP"},
		},
		{
			name: "china news", url: "https://www.chinanews.com.cn/gn/2024/05-16/10218765.shtml",
			page: zhHead + `<title>` + zhTitle + `-中新网</title></head><body>
<div class="nav">` + nav + `</div>
<div class="content_left"><div class="content_left_title_wrap"><h1 class="content_left_title">` + zhTitle + `</h1>
<div class="content_left_time">2024年05月16日 10:21　来源：中国新闻网 <a href="#">参与互动</a></div></div>
<div class="left_zw" style="position:relative">` + zhParas(false, "中新网江城5月16日电 (记者 张三)") + `</div>
<div class="adEditor"><div class="left_name"><div class="left_name">【编辑:王五】</div></div></div>
<div class="share_text">分享到：</div></div>` + zhRelated + `
<div class="footer">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。 未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。 Copyright &copy;1999-2024 chinanews.com. All Rights Reserved</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "中国新闻网",
			boiler: []string{"参与互动", "相关新闻", "未经授权禁止转载"},
		},
		{
			name: "sina", url: "https://news.sina.com.cn/c/2024-05-16/doc-inaumxyz1234567.shtml",
			page: zhHead + `<title>` + zhTitle + `|农村公路|江城_新浪新闻</title><meta property="og:type" content="news"><meta property="og:title" content="` + zhTitle + `"><meta property="article:published_time" content="2024-05-16T10:21:33+08:00"><meta property="article:author" content="新京报"><meta name="mediaid" content="新京报"></head><body>
<div class="sina-header">` + nav + `</div>
<div class="main-content w1240"><h1 class="main-title">` + zhTitle + `</h1>
<div class="top-bar-wrap" id="top_bar_wrap"><div class="top-bar" id="top_bar"><div class="top-bar-inner clearfix"><div class="date-source"><span class="date">2024年05月16日 10:21</span><a href="https://www.bjnews.com.cn/" target="_blank" rel="nofollow" class="source ent-source">新京报</a></div>
<div class="tools"><a href="#" class="tool-icon">评论</a> <a href="#" class="tool-icon">大字体</a></div></div></div></div>
<div class="article-content clearfix"><div class="article" id="article"><p>　　原标题：江城今年将新建改造农村公路</p>` + zhParas(false, "新京报讯（记者张三）") + `
<p class="article-editor">责任编辑：李四 </p></div></div>
<div class="article-bottom"><div class="keywords">文章关键词：<a>农村公路</a></div><div class="blk-related"><h3>相关阅读</h3><ul><li><a href="/1.shtml">全市公交线路优化调整方案公布</a></li></ul></div></div></div>
<div class="footer">新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑<br>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "新京报",
			boiler: []string{"大字体", "文章关键词", "相关阅读", "SINA Corporation"},
		},
		{
			name: "sohu", url: "https://www.sohu.com/a/779123456_114988",
			page: zhHead + `<title>` + zhTitle + `_农村公路_江城_建设</title></head><body>
<div class="location-without-nav"><a href="//www.sohu.com">搜狐首页</a> &gt; <a href="//news.sohu.com">新闻</a> &gt; 正文</div>
<div class="article-page"><div class="left main"><div class="text"><div class="text-title"><h1>` + zhTitle + ` <span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="1715826093000">2024-05-16 10:21</span><span data-role="original-link">来源: <a href="https://www.bjnews.com.cn/">新京报</a></span></div></div>
<article class="article" id="mp-editor">` + zhParas(false, "新京报讯（记者 张三）") + `<a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a><p data-role="editor-name">责任编辑：<span></span></p></article>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap"><div class="title">相关推荐</div><ul><li><a href="/a/1">全市公交线路优化调整方案公布</a></li></ul></div></div></div>
<div class="sidebar right"><div class="user-info"><h4><a href="https://mp.sohu.com/profile?xpt=abc">新京报</a></h4><p>新京报官方账号</p><p>文章 12345 总阅读 6789万</p></div></div></div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "新京报",
			boiler: []string{"返回搜狐", "平台声明", "相关推荐", "总阅读"},
		},
		{
			name: "netease", url: "https://www.163.com/news/article/J1ABCD12000189FH.html",
			page: zhHead + `<title>` + zhTitle + `|农村公路_网易新闻</title></head><body>
<div class="N-nav-channel">` + nav + `</div>
<div class="post_main"><h1 class="post_title">` + zhTitle + `</h1>
<div class="post_info">2024-05-16 10:21:33　来源: <a href="https://www.bjnews.com.cn/">新京报</a><br><a href="#" class="post_jubao"><span class="post_jubao_icon"></span>举报</a></div>
<div class="post_content"><div class="post_body">` + zhParas(false, "") + `
<div class="post_author"><a href="https://www.163.com/"><img src="https://static.ws.126.net/cnews/css13/img/end_news.png" alt="王晓丽" width="13" height="12" class="icon"></a> 本文来源：新京报 作者：张三 <br>责任编辑：李四_NBJ11279</div></div></div>
<div class="post_recommends"><h3>相关推荐</h3><ul><li><a href="/1.html">全市公交线路优化调整方案公布</a> <span>2024-05-15</span></li></ul></div></div>
<div class="N-footer">网易公司版权所有 &copy;1997-2024 网易公司 浙ICP备17006647号-2</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "新京报",
			boiler: []string{"举报", "本文来源", "相关推荐", "浙ICP"},
		},
		{
			name: "tencent", url: "https://new.qq.com/rain/a/20240516A03XYZ00",
			page: zhHead + `<title>` + zhTitle + `_腾讯新闻</title><script>window.DATA = {"article_id":"20240516A03XYZ00","title":"` + zhTitle + `","media":"新京报","pubtime":"2024-05-16 10:21:33","catalog1":"news"};</script></head><body>
<div class="qq-header">` + nav + `</div>
<div class="qq_conent clearfix"><div class="LEFT"><h1>` + zhTitle + `</h1>
<div class="content clearfix"><div class="left-stick-wp"><div class="author-info"><a class="author" href="https://new.qq.com/omn/author/5107513">新京报</a></div></div>
<div class="content-article">` + zhParas(false, "新京报讯（记者 张三）") + `</div></div></div>
<div class="RIGHT"><div class="hot-list"><h3>24小时热文</h3><ul><li><a href="/1.html">全市公交线路优化调整方案公布</a></li></ul></div></div></div>
<div class="footer">Copyright &copy; 1998 - 2024 Tencent. All Rights Reserved 腾讯公司 版权所有</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "",
			boiler: []string{"24小时热文", "Tencent"},
		},
		{
			name: "ifeng", url: "https://news.ifeng.com/c/8ZabcDEF123",
			page: zhHead + `<title>` + zhTitle + `_凤凰网</title></head><body>
<div class="header-3pVLqVs2">` + nav + `</div>
<div class="artical-25JfwmD5"><h1 class="topic-3bY8Hw-9">` + zhTitle + `</h1>
<div class="info-3Ht6Fk1n clearfix"><p class="time-1Mgp9W-1"><span>2024年05月16日 10:21:33</span><span class="source-2pXi2vGI"><a href="https://www.bjnews.com.cn/" target="_blank" rel="nofollow">新京报</a></span></p></div>
<div class="main_content-r5RGqegj"><div class="text-3w2e3DBc">` + zhParas(false, "新京报讯（记者 张三）") + `</div></div>
<div class="artEditor-2FQY2kA9"><p>[责任编辑：李四 PN0123]</p></div>
<div class="share-3dmdXQrp">分享到：<a>微信</a><a>微博</a></div></div>
<div class="footer-1XR8ZDFf">凤凰新媒体 版权所有 Copyright &copy; 2024 Phoenix New Media Limited All Rights Reserved.</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "新京报",
			boiler: []string{"分享到", "Phoenix New Media"},
		},
		{
			name: "the paper", url: "https://www.thepaper.cn/newsDetail_forward_27412345",
			page: zhHead + `<title>` + zhTitle + `_澎湃号·政务_澎湃新闻-The Paper</title></head><body>
<div class="index_header__X2iNx">` + nav + `</div>
<div class="index_wrapper__L_zqV"><div class="index_leftcontent__jmn56"><h1 class="index_title__B8mhI">` + zhTitle + `</h1>
<div class="index_headerContent__sASF4"><div><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="ant-space-item">澎湃新闻记者 张三</div></div></div>
<div class="ant-space ant-space-horizontal ant-space-align-center" style="gap:8px"><div class="ant-space-item"><span>2024-05-16 10:21</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div>
<div class="index_cententWrap__Jv8jK">` + zhParas(false, "") + `</div>
<p class="index_editor__rZJHh">责任编辑：李四 图片编辑：王五</p><p class="index_copyright__4Fq3r">校对：赵六</p>
<div class="index_bottom__Ce0vh">澎湃新闻报料：021-962866 澎湃新闻，未经授权不得转载</div></div></div>
<div class="index_footer__2SLiJ">沪ICP备14003370号 沪公网安备31010602000299号 &copy; 2014-2024 上海东方报业有限公司</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "澎湃新闻",
			boiler: []string{"澎湃新闻报料", "沪ICP", "澎湃新闻记者 张三"},
		},
		{
			name: "guancha", url: "https://www.guancha.cn/politics/2024_05_16_734567.shtml",
			page: zhHead + `<title>` + zhTitle + `</title></head><body>
<div class="header">` + nav + `</div>
<div class="content"><div class="main conten-left"><h3></h3><h1>` + zhTitle + `</h1>
<div class="time fix"><span>2024-05-16 10:21:33</span><span>来源：观察者网</span><span></span><a class="share-btn">分享到：</a></div>
<div class="all-txt"><p>【文/观察者网 张三】</p>` + zhParas(false, "") + `<p class="editor-intro">责任编辑：李四</p></div>
<div class="article-related"><h4>相关文章</h4><ul><li><a href="/1.shtml">全市公交线路优化调整方案公布</a></li></ul></div></div></div>
<div class="footer">观察者网 版权所有 沪ICP备10213822号-2</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "观察者网",
			boiler: []string{"分享到", "相关文章", "沪ICP"},
		},
		{
			name: "provincial government", url: "http://www.jc.gov.cn/gdywdt/gdyw/content/post_4412345.html",
			page: zhHead + `<title>` + zhTitle + ` - 江城市人民政府门户网站</title></head><body>
<div class="header"><div class="top">江城市人民政府门户网站 <a>无障碍</a> <a>长者模式</a></div><div class="nav"><a>首页</a> <a>要闻动态</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a></div></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gdywdt/">要闻动态</a> &gt; <a href="/gdywdt/gdyw/">江城要闻</a></div>
<div class="zw"><div class="zw-title">` + zhTitle + `</div>
<div class="zw-info"><span class="time">发布时间：2024-05-16 10:21:33</span> <span class="source">来源：江城日报</span> <span class="font">【字号：<a>大</a> <a>中</a> <a>小</a>】</span> <span class="print"><a>打印</a></span></div>
<div class="zw-content">` + zhParas(false, "") + `</div>
<div class="zw-share">分享到：<a>微信</a> <a>微博</a></div></div>
<div class="footer"><p>主办：江城市人民政府办公厅 承办：江城市政务服务数据管理局</p><p>网站标识码：4201000001 鄂ICP备05070829号 鄂公网安备 42010402000221号</p></div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "", credit: "江城日报",
			boiler: []string{"字号", "打印", "分享到", "网站标识码", "当前位置"},
		},
		{
			name: "county government", url: "http://www.jcx.gov.cn/art/2024/5/16/art_1229012345_59012345.html",
			page: zhHead + `<title>` + zhTitle + `</title></head><body>
<div class="header">江城县人民政府 ` + nav + `</div>
<div class="main"><div class="crumb">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col1229012345/">工作动态</a></div>
<div class="article"><div class="title">` + zhTitle + `</div>
<div class="info">信息来源：县交通运输局　　发布时间：2024-05-16　　浏览次数：<span id="count">123</span>　　【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>
<div class="content">` + zhParas(false, "") + `</div></div></div>
<div class="footer">版权所有：江城县人民政府办公室 网站标识码：4201000002 鄂ICP备05070830号</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "", credit: "县交通运输局",
			boiler: []string{"浏览次数", "字体", "关闭", "网站标识码"},
		},
		{
			name: "government document", url: "http://www.jc.gov.cn/zwgk/zfxxgkml/content/post_4412346.html",
			page: zhHead + `<title>江城市交通运输局关于印发农村公路建设实施方案的通知 - 江城市人民政府门户网站</title></head><body>
<div class="header">江城市人民政府门户网站 ` + nav + `</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgkml/">政府信息公开目录</a></div>
<table class="xxgk_table"><tr><td class="tit">索 引 号：</td><td>11420100007482125T/2024-00123</td><td class="tit">分　　类：</td><td>交通运输</td></tr>
<tr><td class="tit">发布机构：</td><td>江城市交通运输局</td><td class="tit">成文日期：</td><td>2024-05-10</td></tr>
<tr><td class="tit">名　　称：</td><td colspan="3">江城市交通运输局关于印发农村公路建设实施方案的通知</td></tr>
<tr><td class="tit">文　　号：</td><td>江交〔2024〕12号</td><td class="tit">发布日期：</td><td>2024-05-16</td></tr></table>
<div class="article"><h1>江城市交通运输局关于印发农村公路建设实施方案的通知</h1><div class="content"><p>各区交通运输局，局机关各处室：</p>` + zhParas(false, "") + `
<p style="text-align:right">江城市交通运输局</p><p style="text-align:right">2024年5月10日</p></div></div>
<div class="footer">主办：江城市人民政府办公厅 网站标识码：4201000001 鄂ICP备05070829号</div></body></html>`,
			title: "江城市交通运输局关于印发农村公路建设实施方案的通知", day: "2024-05-16", authors: "", credit: "江城市交通运输局",
			boiler: []string{"索 引 号", "11420100007482125T", "发文字号", "网站标识码"},
		},
		{
			// The seed page's template: an English-language city portal.
			name: "city portal in English", url: "https://www.ichongqing.info/2024/03/26/chongqing-dusseldorf-celebrate-20-years-of-sister-city-friendship/",
			page: zhHead + `<title>Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship - iChongqing</title></head><body>
<div class="header"><a class="logo" href="/">iChongqing</a><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/business/">Business</a></li><li><a href="/sister-cities/">Sister Cities</a></li></ul></div>
<div class="article-box"><h1 class="article-title">Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship</h1><div class="article-tag"><a href="/sister-cities/">Sister Cities</a></div>
<div class="article-info">By YAN DENG|Mar 26,2024</div>
<div class="article-content"><p>Chongqing - In recent years, Chongqing has seized the opportunity to accelerate building the city into a Hub for International Exchanges in Central and Western China, continuously integrating and expanding foreign affairs resources.</p>
<p>The city has increased efforts to invite foreign entities and expand its presence globally. As a result, Chongqing's international network has grown, fostering broader exchanges with sister cities, solidifying partnerships, and paving the way for a wider path of friendship.</p>
<figure><img src="/uploads/2024/03/dusseldorf.jpg" alt=""><figcaption>The city view of Dusseldorf from the banks of the Rhine River. (Foreign Affairs Office of Chongqing Municipal People's Government)</figcaption></figure>
<p>Chongqing and Dusseldorf, two cities nestled along the Yangtze River and the banks of the Rhine, respectively, mark a significant milestone this year as they celebrate two decades of friendship. Established as sister cities on July 22, 2004, the bond between these two metropolises has flourished over the years.</p>
<p>Dusseldorf, the capital of North Rhine-Westphalia in Germany, shines as one of the nation's paramount economic and trade centers. It houses approximately 100 foreign consulates and economic trade agencies and serves as the European headquarters for over 600 Chinese companies.</p>
<p>Source: Foreign Affairs Office of Chongqing Municipal People's Government</p></div></div>
<div class="recommend"><p><a href="/tour/">A Tour in Chongqing, A Gain in Vision</a></p><p><a href="/culture/">A Land of Natural Beauty, A City with Cultural Appeal</a></p></div>
<div class="footer"><p>Internet illegal and undesirable information can be reported by calling this telephone number:+86-23-67158993</p><p>渝ICP备20009753号-2 互联网新闻信息服务许可证号:50120220004</p>
<div class="cookie"><a>I Agree</a><p>Our Privacy Statement &amp; Cookie Policy</p><p>By continuing to browse our site you agree to our use of cookies, revised Privacy Policy and Terms of Use. You can change your cookie settings through your browser.</p></div>
<p>For any inquiries, please email service@ichongqing.info</p><p><a>About Us</a><a>Contact Us</a></p></div></body></html>`,
			title: "Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship", day: "2024-03-26", authors: "YAN DENG",
			credit: "Foreign Affairs Office of Chongqing Municipal People's Government",
			boiler: []string{"The city view of Dusseldorf", "Source: Foreign Affairs", "A Tour in Chongqing", "渝ICP", "I Agree", "By YAN DENG"},
		},
		{
			name: "city portal in English, no dated address", url: "https://www.ichongqing.info/news/sister-cities/a1234567.html",
			page: zhHead + `<title>Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship - iChongqing</title></head><body>
<div class="header"><a class="logo" href="/">iChongqing</a><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/sister-cities/">Sister Cities</a></li></ul></div>
<div class="article-box"><h1 class="article-title">Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship</h1>
<div class="article-info">By YAN DENG|Mar 26,2024</div>
<div class="article-content"><p>Chongqing - In recent years, Chongqing has seized the opportunity to accelerate building the city into a Hub for International Exchanges in Central and Western China, continuously integrating and expanding foreign affairs resources.</p>
<p>The city has increased efforts to invite foreign entities and expand its presence globally. As a result, Chongqing's international network has grown, fostering broader exchanges with sister cities, solidifying partnerships, and paving the way for a wider path of friendship.</p>
<p>Chongqing and Dusseldorf, two cities nestled along the Yangtze River and the banks of the Rhine, respectively, mark a significant milestone this year as they celebrate two decades of friendship. Established as sister cities on July 22, 2004, the bond between these two metropolises has flourished over the years.</p>
<p>Source: Foreign Affairs Office of Chongqing Municipal People's Government</p></div></div>
<div class="footer"><p>渝ICP备20009753号-2 互联网新闻信息服务许可证号:50120220004</p></div></body></html>`,
			title: "Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship", day: "2024-03-26", authors: "YAN DENG",
			credit: "Foreign Affairs Office of Chongqing Municipal People's Government",
			boiler: []string{"Source: Foreign Affairs", "渝ICP", "By YAN DENG"},
		},
		{
			name: "city portal in Chinese", url: "https://news.example.net/system/2024/05/16/031234567.shtml",
			page: zhHead + `<title>` + zhTitle + `_重庆新闻_江城网</title></head><body>
<div class="topbar">今天是2024年5月20日 星期一 <a>登录</a> <a>注册</a></div>
<div class="header">` + nav + `</div>
<div class="crumbs">您当前的位置：<a href="/">江城网</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/cq/">重庆新闻</a></div>
<div class="detail"><h1 class="title">` + zhTitle + `</h1>
<div class="info"><span class="time">2024-05-16 10:21:33</span> <span class="source">来源： 江城网</span> <span class="author">作者：张三</span></div>
<div class="content">` + zhParas(false, "") + `<p style="text-align:center"><img src="/pic/1.jpg"></p><p style="text-align:center">新建成的农村公路。记者 李四 摄</p><p>[责任编辑：王五]</p></div>
<div class="share">分享到：<a>微信</a> <a>微博</a></div></div>` + zhRelated + zhFooter + `</body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "江城网",
			boiler: []string{"今天是", "您当前的位置", "分享到", "相关新闻", "ICP备"},
		},
		{
			name: "cna", url: "https://www.cna.com.tw/news/aipl/202405160123.aspx",
			page: zhHead + `<title>` + zhTitle + ` | 政治 | 中央社 CNA</title></head><body>
<div class="menuBox"><a>首頁</a> <a>即時</a> <a>政治</a> <a>國際</a> <a>兩岸</a></div>
<div class="centralContent"><div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/list/aipl.aspx">政治</a></div>
<h1><span>` + zhTitleTrad + `</span></h1>
<div class="timeBox"><div class="updatetime"><span>2024/5/16 10:21</span>（5/16 12:00 更新）</div></div>
<div class="paragraph">` + zhParas(true, "（中央社記者王小明台北16日電）") + `<p>（編輯：李大華）1130516</p></div>
<div class="moreArticle"><h2>更多新聞</h2><ul><li><a href="/1.aspx">全市公車路線優化調整方案公布</a> 2024/05/15</li></ul></div></div>
<div class="footer">中央通訊社 版權所有 Copyright &copy; 2024 Central News Agency. All rights reserved.</div></body></html>`,
			title: zhTitleTrad, day: "2024-05-16", authors: "王小明", credit: "",
			boiler: []string{"更多新聞", "Central News Agency"},
		},
		{
			name: "ltn", url: "https://news.ltn.com.tw/news/politics/breakingnews/4671234",
			page: zhHead + `<title>` + zhTitleTrad + ` - 自由時報電子報</title></head><body>
<div class="header"><a>即時</a> <a>政治</a> <a>社會</a> <a>生活</a></div>
<div class="whitecon article" data-desc="內容頁"><h1>` + zhTitleTrad + `</h1>
<div class="function boxTitle boxText"><span class="time">2024/05/16 10:21</span><div class="fb-like">分享</div></div>
<div class="text boxTitle boxText">` + zhParas(true, "〔記者王小明／台北報導〕") + `<p class="appE1121"><a href="#">不用抽 不用搶 現在用APP看新聞 保證天天中獎</a></p><p><a href="#">點我下載APP</a> <a href="#">按我看活動辦法</a></p></div></div>
<div class="related"><h2>相關新聞</h2><ul><li><a href="/1">全市公車路線優化調整方案公布</a></li></ul></div>
<div class="footer">自由時報版權所有不得轉載 &copy; 2024 The Liberty Times. All Rights Reserved.</div></body></html>`,
			title: zhTitleTrad, day: "2024-05-16", authors: "王小明", credit: "",
			boiler: []string{"點我下載APP", "相關新聞"}, // "不用抽 不用搶 …", a promotion of its own words, stays
		},
		{
			name: "udn", url: "https://udn.com/news/story/6656/7968123",
			page: zhHead + `<title>` + zhTitleTrad + ` | 地方 | 聯合新聞網</title></head><body>
<div class="header"><a>要聞</a> <a>社會</a> <a>地方</a> <a>全球</a></div>
<section class="article-content__wrapper"><h1 class="article-content__title">` + zhTitleTrad + `</h1>
<section class="authors"><time class="article-content__time">2024-05-16 10:21</time><span class="article-content__author"><a href="/news/reporter/abc">聯合報</a> / 記者王小明／台北即時報導</span></section>
<section class="article-content__editor">` + zhParas(true, "") + `</section>
<div class="article-content__related"><h2>延伸閱讀</h2><ul><li><a href="/1">全市公車路線優化調整方案公布</a></li></ul></div></section>
<div class="footer">聯合線上公司 版權所有 &copy; 2024 udn.com. All Rights Reserved.</div></body></html>`,
			title: zhTitleTrad, day: "2024-05-16", authors: "王小明", credit: "",
			boiler: []string{"延伸閱讀", "聯合線上"},
		},
		{
			name: "hong kong news", url: "https://news.example.hk/article/20240516/s00002/1715798123456",
			page: zhHead + `<title>` + zhTitleTrad + ` - 港聞 - 江城報</title></head><body>
<div class="topbar">2024年5月20日 週一 <a>登入</a></div>
<div class="header"><a>港聞</a> <a>經濟</a> <a>國際</a> <a>體育</a></div>
<div class="article"><h1>` + zhTitleTrad + `</h1>
<div class="info">發布時間：2024/05/16 10:21　最後更新：2024/05/16 12:00</div>
<div class="content">` + zhParas(true, "【江城報專訊】") + `</div>
<div class="share">分享：<a>Facebook</a> <a>WhatsApp</a></div></div>
<div class="related"><h3>相關文章</h3><ul><li><a href="/1">全市公車路線優化調整方案公布</a> 2024年5月15日</li></ul></div>
<div class="footer">&copy; 2024 江城報 版權所有 私隱政策 免責聲明</div></body></html>`,
			title: zhTitleTrad, day: "2024-05-16", authors: "", credit: "",
			boiler: []string{"分享", "相關文章", "私隱政策", "最後更新"},
		},
		{
			name: "hong kong news, weekday dateline", url: "https://news.example.hk/pns/article/s00002/1715798123456",
			page: zhHead + `<title>` + zhTitleTrad + ` - 江城報</title></head><body>
<div class="header"><a>港聞</a> <a>經濟</a> <a>國際</a></div>
<div class="article"><div class="date">2024年5月16日 週四</div><h1>` + zhTitleTrad + `</h1>
<div class="byline">記者：王小明</div>
<div class="content">` + zhParas(true, "") + `</div></div>
<div class="related"><h3>相關文章</h3><ul><li><a href="/1">全市公車路線優化調整方案公布</a> 2024年5月15日 週三</li></ul></div>
<div class="footer">&copy; 2024 江城報 版權所有</div></body></html>`,
			title: zhTitleTrad, day: "2024-05-16", authors: "王小明", credit: "",
			boiler: []string{"相關文章", "記者：王小明"},
		},
		{
			name: "hong kong online news", url: "https://www.example01.com/社會新聞/1012345/江城",
			page: zhHead + `<title>` + zhTitleTrad + `｜江城01</title></head><body>
<div class="header"><a>社會新聞</a> <a>港聞</a> <a>即時國際</a></div>
<article><h1 id="articleTitle">` + zhTitleTrad + `</h1>
<div class="article-info"><div>撰文：<a href="/author/123">王小明</a></div><div><span>出版：</span><time>2024-05-16 10:21</time></div><div><span>更新：</span><time>2024-05-16 12:00</time></div></div>
<div class="article-body">` + zhParas(true, "") + `</div></article>
<div class="footer">&copy; 2024 江城01 版權所有</div></body></html>`,
			title: zhTitleTrad, day: "2024-05-16", authors: "王小明", credit: "",
			boiler: []string{"撰文", "出版"},
		},
		{
			name: "wordpress blog", url: "https://blog.example.cn/archives/1234.html",
			page: zhHead + `<title>` + zhTitle + ` - 张三的博客</title></head><body>
<header class="site-header"><div class="site-title"><a href="/">张三的博客</a></div><nav><a>首页</a> <a>生活</a> <a>关于</a></nav></header>
<main><article class="post-1234 post type-post"><header class="entry-header"><h1 class="entry-title">` + zhTitle + `</h1>
<div class="entry-meta"><span class="posted-on">发表于 <a href="/archives/1234.html" rel="bookmark">2024年5月16日</a></span> <span class="byline">作者 <a href="/author/zhangsan/">张三</a></span></div></header>
<div class="entry-content">` + zhParas(false, "") + `</div>
<footer class="entry-footer"><span class="cat-links">分类：<a>生活</a></span> <span class="tags-links">标签：<a>公路</a></span></footer></article>
<nav class="post-navigation"><div class="nav-previous">上一篇：<a href="/archives/1233.html">全市公交线路优化调整方案公布</a></div></nav>
<div id="comments"><h3>发表评论</h3><p>您的电子邮箱地址不会被公开。</p></div></main>
<aside><h3>近期文章</h3><ul><li><a>城区三条主干道完成提质改造</a></li></ul></aside>
<footer class="site-footer">&copy; 2024 张三的博客 | 京ICP备12345678号 | Powered by WordPress</footer></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "",
			boiler: []string{"发表于", "上一篇", "发表评论", "近期文章", "Powered by"},
		},
		{
			name: "wordpress blog, name before the date", url: "https://blog.example.cn/p/1234",
			page: zhHead + `<title>` + zhTitle + ` | 随笔</title></head><body>
<header class="site-header"><a href="/">随笔</a><nav><a>首页</a> <a>归档</a></nav></header>
<main><article><h1 class="post-title">` + zhTitle + `</h1>
<div class="post-meta"><span>张三 发布于 2024-05-16</span> <span>分类：<a>生活</a></span> <span>阅读(123)</span> <span>评论(0)</span></div>
<div class="post-content">` + zhParas(false, "") + `</div></article>
<div class="comments"><h3>发表回复</h3></div></main>
<footer>&copy; 2024 随笔 京ICP备12345678号</footer></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "",
			boiler: []string{"发布于", "阅读(123)", "发表回复"},
		},
		{
			name: "discuz thread", url: "https://bbs.example.cn/thread-123456-1-1.html",
			page: zhHead + `<title>` + zhTitle + ` - 江城杂谈 - 江城论坛 - Powered by Discuz!</title></head><body>
<div id="hd"><div class="hdc"><a href="./">江城论坛</a></div><div id="nv"><a>论坛</a> <a>门户</a> <a>群组</a></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">江城论坛</a><em>&rsaquo;</em><a href="forum.php">论坛</a><em>&rsaquo;</em><a href="forum-2-1.html">江城杂谈</a><em>&rsaquo;</em><a href="thread-123456-1-1.html">` + zhTitle + `</a></div></div>
<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1234</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">5</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">` + zhTitle + `</span></h1></td></tr></table>
<div id="post_9001"><table id="pid9001" class="plhin"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-5.html" target="_blank" class="xw1">张三</a></div></div><p><em>中级会员</em></p></td>
<td class="plc"><div class="pi"><strong><a href="#" id="postnum9001">楼主</a></strong><div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif"> <a href="space-uid-5.html" class="xw1">张三</a> <em id="authorposton9001">发表于 2024-5-16 10:21:33</em><span class="pipe">|</span><a href="#">只看该作者</a><span class="pipe">|</span><a href="#">倒序浏览</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_9001">` + strings.ReplaceAll(strings.ReplaceAll(zhParas(false, ""), "<p>", ""), "</p>", "<br />") + `</td></tr></table></div></div></div>
<div class="po hin"><a>回复</a> <a>支持</a> <a>反对</a></div></td></tr></table></div>
<div id="post_9002"><table id="pid9002" class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-6.html" class="xw1">李四</a></div></td>
<td class="plc"><div class="pti"><div class="authi"><a href="space-uid-6.html" class="xw1">李四</a> <em id="authorposton9002">发表于 2024-5-17 08:00:12</em></div></div><div class="pct"><table><tr><td class="t_f" id="postmessage_9002">支持一下，家门口的路终于要修了。</td></tr></table></div></td></tr></table></div></div>
<div id="ft" class="wp cl"><p>Powered by <a href="https://www.discuz.net">Discuz!</a> X3.4 &copy; 2001-2024 Tencent Cloud. 京ICP备12345678号</p></div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "",
			boiler: []string{"只看该作者", "倒序浏览", "Powered by", "支持一下"},
		},
		{
			name: "discuz portal article", url: "https://www.example.cn/article-123-1.html",
			page: zhHead + `<title>` + zhTitle + ` - 江城资讯 - 江城网 - Powered by Discuz!</title></head><body>
<div id="hd"><div class="hdc"><a href="./">江城网</a></div><div id="nv"><a>门户</a> <a>论坛</a></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">江城网</a><em>&rsaquo;</em><a href="portal.php">门户</a><em>&rsaquo;</em><a href="list-1.html">江城资讯</a><em>&rsaquo;</em>查看内容</div></div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">` + zhTitle + `</h1>
<p class="xg1">2024-5-16 10:21<span class="pipe">|</span> 发布者: <a href="space-uid-1.html">admin</a><span class="pipe">|</span> 查看: 1234<span class="pipe">|</span> 评论: 0<span class="pipe">|</span>原作者: 张三<span class="pipe">|</span>来自: 江城日报</p></div>
<div class="s"><div><strong>摘要</strong>: 今年全市将新建和改造农村公路一千二百公里。</div></div>
<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">` + zhParas(false, "") + `</td></tr></table></div>
<div class="o cl ptm pbm"><a>收藏</a> <a>分享</a> <a>邀请</a></div>
<div class="pren pbm cl"><em>上一篇：<a href="article-122-1.html">全市公交线路优化调整方案公布</a></em><em>下一篇：<a href="article-124-1.html">城区三条主干道完成提质改造</a></em></div></div></div></div>
<div id="ft" class="wp cl"><p>Powered by Discuz! X3.4 &copy; 2001-2024 京ICP备12345678号</p></div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "江城日报",
			boiler: []string{"发布者", "查看: 1234", "上一篇", "Powered by"},
		},
		{
			name: "wechat article", url: "https://mp.weixin.qq.com/s/AbCdEf123456",
			page: zhHead + `<title>` + zhTitle + `</title><meta property="og:title" content="` + zhTitle + `"><meta property="og:article:author" content="江城发布"></head><body>
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="img-content" class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">` + zhTitle + `</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">张三</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">江城发布</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content">` + zhParas(false, "") + `</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source">阅读原文</a> <span>阅读</span> <span id="readNum3">1234</span></div></div></div></div>
<script>var ct = "1715826093"; var publish_time = "2024-05-16" || "";</script></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "",
			boiler: []string{"阅读原文", "江城发布"},
		},
		{
			name: "sina blog", url: "http://blog.sina.com.cn/s/blog_4a1b2c3d0102zabc.html",
			page: zhHead + `<title>` + zhTitle + `_张三_新浪博客</title></head><body>
<div class="sinatopbar"><a>新浪首页</a> <a>新浪博客</a> <a>登录</a></div>
<div class="blogtitle"><h1><a href="http://blog.sina.com.cn/zhangsan">张三的博客</a></h1></div>
<div class="SG_colW73"><div class="articalTitle"><h2 id="t_4a1b2c3d0102zabc" class="titName SG_txta">` + zhTitle + `</h2><span class="img2"></span><span class="time SG_txtc">(2024-05-16 10:21:33)</span></div>
<div class="articalTag"><table><tr><td class="blog_tag"><h3>标签：</h3><a>公路</a></td><td class="blog_class"><h3>分类：</h3><a>随笔</a></td></tr></table></div>
<div id="sina_keyword_ad_area2" class="articalContent newfont_family">` + zhParas(false, "") + `</div>
<div class="articalInfo"><span>阅读(123)</span> <span>评论(0)</span> <span>收藏(0)</span> <span>转载(0)</span></div></div>
<div class="SG_colW21"><div class="info_nm"><strong id="ownernick">张三</strong></div><div class="SG_conn">博客等级 博客积分 访问</div></div>
<div class="footer">新浪BLOG意见反馈留言板 电话：4000520066 Copyright &copy; 1996 - 2024 SINA Corporation, All Rights Reserved</div></body></html>`,
			title: zhTitle, day: "2024-05-16", authors: "张三", credit: "",
			boiler: []string{"标签", "阅读(123)", "博客等级", "SINA Corporation"},
		},
	}
}

// Each portal's article page gives its headline, day of publication,
// reporters and source, and a body without the page's furniture.
func TestChinesePortalTemplates(t *testing.T) {
	for _, c := range zhTemplates() {
		t.Run(c.name, func(t *testing.T) {
			if c.fails != "" {
				t.Skip(c.fails)
			}
			a := zhExtract(t, c.page, c.url)
			if a.Title != c.title {
				t.Errorf("Extract(%s).Title = %q, want %q", c.name, a.Title, c.title)
			}
			if a.PublishedDate != c.day {
				t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.day)
			}
			if got := strings.Join(a.Authors, "; "); got != c.authors {
				t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.authors)
			}
			if a.Credit != c.credit {
				t.Errorf("Extract(%s).Credit = %q, want %q", c.name, a.Credit, c.credit)
			}
			body := "全市将新建和改造农村"
			if strings.Contains(c.page, "農村道路") {
				body = "全市將新建和改造農村"
			} else if !strings.Contains(c.page, "农村公路总里程") {
				body = "Dusseldorf"
			}
			if !strings.Contains(a.Text, body) {
				t.Errorf("Extract(%s).Text lacks the article: %q", c.name, a.Text)
			}
			for _, l := range c.boiler {
				if strings.Contains(a.Text, l) {
					t.Errorf("Extract(%s).Text holds %q: %q", c.name, l, a.Text)
				}
			}
		})
	}
}

// Where a Chinese page puts its dateline, and what stands around it: the
// headline's day comes back, not a teaser's in a list above it, and a day
// set in parts, as a calendar leaf, is read whole.
func TestChineseDatePlacement(t *testing.T) {
	paras := zhParas(false, "")
	side := `<div class="left"><h3>最新动态</h3><ul><li><a href="/1.html">全市公交线路优化调整方案公布</a><span>2024-05-12</span></li><li><a href="/2.html">城区三条主干道完成提质改造</a><span>2024-05-11</span></li></ul></div>`
	sideRows := `<table class="left"><tr><td><a href="/1.html">全市公交线路优化调整方案公布</a></td><td>2024-05-12</td></tr><tr><td><a href="/2.html">城区三条主干道完成提质改造</a></td><td>2024-05-11</td></tr></table>`
	article := func(info string) string {
		return `<div class="article"><h1>` + zhTitle + `</h1>` + info + `<div class="content">` + paras + `</div></div>`
	}
	for _, c := range []struct{ name, body, want string }{
		{"a list of teasers above", side + article(`<div class="info">2024-05-16 来源：江城日报</div>`), "2024-05-16"},
		{"a table of teasers above", sideRows + article(`<div class="info">2024-05-16 来源：江城日报</div>`), "2024-05-16"},
		{"a list of teasers above, no dateline", side + article(`<div class="info">来源：江城日报</div>`), ""},
		{"the logo in the h1, the headline in an h2", `<h1 class="logo"><a href="/"><img src="/logo.png" alt="江城网"></a></h1><div class="article"><h2>` + zhTitle + `</h2><div class="info">2024-05-16 10:21 来源：江城日报</div><div class="content">` + paras + `</div></div>`, "2024-05-16"},
		{"no h1", side + `<div class="article"><div class="article-title">` + zhTitle + `</div><div class="info">发布日期：2024-05-16 来源：江城日报</div><div class="content">` + paras + `</div></div>`, "2024-05-16"},
		{"the date above the headline", `<div class="article"><div class="date">2024-05-16</div><h1>` + zhTitle + `</h1><div class="content">` + paras + `</div></div>`, "2024-05-16"},
		{"the date closing the text", article(`<div class="info">来源：江城日报</div>`) + `<p>发布日期：2024-05-16</p>`, "2024-05-16"},
		{"the year apart", article(`<div class="time"><span>2024</span><span>05/16</span> <span>10:21:33</span></div>`), "2024-05-16"},
		{"the day apart", article(`<div class="date"><span class="d">16</span><span class="ym">2024-05</span></div>`), "2024-05-16"},
		{"the day apart, after", article(`<div class="date"><span class="ym">2024.05</span><span class="d">16</span></div>`), "2024-05-16"},
		{"year and day in one text", article(`<div class="date">2024 16</div>`), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := zhHead + `<title>` + zhTitle + `_江城新闻_江城网</title></head><body><div class="topbar">今天是2024年5月20日 星期一</div>` + c.body + zhRelated + zhFooter + `</body></html>`
			a := zhExtract(t, page, zhURL)
			if a.PublishedDate != c.want {
				t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.want)
			}
		})
	}
}
