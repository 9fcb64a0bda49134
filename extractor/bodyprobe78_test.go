package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// probe78BodySourceLists are a story's lists of sources: pages on several
// other sites (one title of two words), and one body's documents on its
// site.
var probe78BodySourceLists = map[string][][2]string{
	"sites":     {{"https://www.waterboard.example.gov/minutes/2024-06-13", "Minutes of the water board meeting"}, {"https://www.damsafety.example.org/guide", "Guide to the safety of embankment dams"}, {"https://en.wikipedia.org/wiki/Embankment_dam", "Embankment dam"}, {"https://www.irrigation-union.example.net/statement", "Irrigation union statement on summer flows"}},
	"documents": {{"https://www.waterboard.example.gov/minutes/2024-06-13", "Minutes of the water board meeting"}, {"https://www.waterboard.example.gov/docs/seepage.pdf", "Millbrook seepage survey, 2015"}, {"https://www.waterboard.example.gov/docs/design.pdf", "Design report for the cut-off wall"}},
}

// probe78BodyLabelForms set a label over a list at the story's end: in a
// wrapper of their own, as a heading or a bold paragraph, or bare.
var probe78BodyLabelForms = map[string]string{
	"div-h":  `<div class="article-links"><h3>%s</h3><ul>%s</ul></div>`,
	"div-p":  `<div><p><strong>%s</strong></p><ul>%s</ul></div>`,
	"bare-h": `<h3>%s</h3><ul>%s</ul>`,
	"bare-p": `<p><strong>%s:</strong></p><ol>%s</ol>`,
}

// A story's labelled list of sources at its end stays, label and links,
// whatever the label's length beside the links' ("Further reading" over
// four titles, "Pour aller plus loin"), in a wrapper of its own or not,
// and when its links are one body's documents on one site; a list of
// the site's own stories under "Related", "Read more" or "Most read"
// still goes.
func TestBodyProbe78SourcesLists(t *testing.T) {
	for tn, tmpl := range probe72BodyTemplates {
		for ln, links := range probe78BodySourceLists {
			items := ""
			for _, s := range links {
				items += `<li><a href="` + s[0] + `">` + s[1] + `</a></li>`
			}
			for _, label := range []string{"References", "Sources", "Further reading", "Quellen", "Fuentes", "参考文献", "Weiterführende Links", "Pour aller plus loin"} {
				for fn, form := range probe78BodyLabelForms {
					a := probe72BodyExtract(t, tmpl(p55Range(0, 7)+fmt.Sprintf(form, label, items)))
					bad := probe77BodyParasIn(a.Text, 7)
					for _, s := range links {
						if !strings.Contains(a.Text, s[1]) {
							bad += " lacks " + s[1] + ";"
						}
					}
					if !strings.Contains(a.Text, label) {
						bad += " lacks the label;"
					}
					if bad != "" {
						t.Errorf("%s/%s/%s/%s:%s", tn, ln, fn, label, bad)
					}
				}
			}
		}
		own := `<li><a href="/news/2024/06/ferry-timetable">Ferry timetable changes for the summer season</a></li><li><a href="https://valley.example/news/2024/06/harbour-wall">Harbour wall repairs finished early</a></li><li><a href="/news/2024/06/school-roof">School roof to be replaced over the holidays</a></li>`
		for _, label := range []string{"Related", "Read more", "Most read", "Related stories", "Lesen Sie auch", "相关新闻"} {
			for fn, form := range probe78BodyLabelForms {
				probe77BodyCheck(t, tmpl(p55Range(0, 7)+fmt.Sprintf(form, label, own)), tn+"/own/"+fn+"/"+label, "Harbour wall", "School roof")
			}
		}
	}
}

// probe78BodyZhParas are a Chinese portal story's paragraphs.
var probe78BodyZhParas = []string{
	"近日，市交通运输局发布消息，今年全市将新建和改造农村公路一千二百公里，进一步完善城乡交通网络，方便群众出行。",
	"据介绍，今年的农村公路建设重点放在偏远山区和库区，计划新增通客车的建制村三十个，同时推进公路沿线安全防护设施建设。",
	"“农村公路是群众家门口的路，我们将把质量放在第一位。”市交通运输局相关负责人表示，所有项目都将实行全过程质量监督。",
	"截至目前，全市农村公路总里程已超过十八万公里，乡镇和建制村通畅率均达到百分之百，为乡村振兴提供了有力支撑。",
	"下一步，市交通运输局将会同各区县加快项目前期工作，确保年内新开工项目全部按期完工，并同步推进养护体制改革。",
}

// probe78BodyZhStory is the story, mid set after its third paragraph.
func probe78BodyZhStory(mid string) string {
	s := ""
	for i, p := range probe78BodyZhParas {
		s += "<p>　　" + p + "</p>\n"
		if i == 2 {
			s += mid
		}
	}
	return s
}

// probe78BodyZhTemplates wrap a story (in) and what follows its container
// (tail) in the article templates of DedeCMS, PHPCMS, 帝国CMS and TRS
// WCM.
var probe78BodyZhTemplates = map[string]func(in, tail string) string{
	"dede": func(in, tail string) string {
		return `<html><head><meta charset="utf-8"><title>我市今年将新建改造农村公路一千二百公里_本地新闻_江城新闻网</title></head><body><div class="header"><a href="/">首页</a> <a href="/news/">本地新闻</a> <a href="/gn/">国内</a></div><div class="w960 center clear mt1"><div class="pleft"><div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/news/">本地新闻</a> &gt;</div><div class="viewbox"><div class="title"><h2>我市今年将新建改造农村公路一千二百公里</h2></div><div class="info"><small>时间:</small>2024-05-20 09:12<small>来源:</small>江城日报 <small>作者:</small>李明 <small>点击:</small><script src="/plus/count.php?view=yes&aid=1234"></script>次</div><div class="content"><table width="100%"><tr><td>` + in + `</td></tr></table></div>` + tail + `</div></div></div><div class="footer">Copyright &copy; 2002-2024 江城新闻网 版权所有<br>鄂ICP备12345678号</div></body></html>`
	},
	"phpcms": func(in, tail string) string {
		return `<html><head><meta charset="utf-8"><title>我市今年将新建改造农村公路一千二百公里 - 江城新闻网</title></head><body><div class="header"><a href="/">首页</a> <a href="/news/">本地新闻</a></div><div class="main"><div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/news/">本地新闻</a> &gt; 正文</div><div id="Article"><h1>我市今年将新建改造农村公路一千二百公里<br><span>2024-05-20 09:12:00 &nbsp;来源：江城日报 &nbsp;评论：<a href="#comment">0</a> 点击：</span></h1><div class="content">` + in + `</div>` + tail + `</div></div><div class="footer"><p>Copyright &copy; 2024 江城新闻网 All Rights Reserved 鄂ICP备12345678号</p></div></body></html>`
	},
	"empire": func(in, tail string) string {
		return `<html><head><meta charset="utf-8"><title>我市今年将新建改造农村公路一千二百公里</title></head><body><div class="top"><a href="/">首页</a> <a href="/news/">本地新闻</a></div><div class="position">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/news/">本地新闻</a></div><table class="box"><tr><td><h1 class="title_text">我市今年将新建改造农村公路一千二百公里</h1><div class="info_text">发布时间：2024-05-20 09:12:00 &nbsp; 来源：江城日报 &nbsp; 作者：李明 &nbsp; 浏览次数：<script src="/e/public/ViewClick/?classid=2&id=1234&addclick=1"></script></div><div id="text" class="newstext">` + in + `</div>` + tail + `</td></tr></table><div class="copyright">版权所有：江城新闻网 &nbsp; 鄂ICP备12345678号 &nbsp; 鄂公网安备 42010202000123号</div></body></html>`
	},
	"trs": func(in, tail string) string {
		return `<html><head><meta charset="utf-8"><title>我市今年将新建改造农村公路一千二百公里</title><meta name="ArticleTitle" content="我市今年将新建改造农村公路一千二百公里"><meta name="PubDate" content="2024-05-20 09:12"><meta name="ContentSource" content="江城日报"></head><body><div class="head"><a href="/">首页</a> <a href="/xw/">新闻中心</a></div><div class="wrap"><div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻中心</a></div><div class="article"><div class="art_title"><h1>我市今年将新建改造农村公路一千二百公里</h1></div><div class="art_info"><span>发布时间：2024-05-20 09:12</span><span>来源：江城日报</span><span>字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div><div class="art_con"><div class="TRS_Editor"><div class="TRS_Editor">` + in + `</div></div></div>` + tail + `</div></div><div class="foot"><p>主办：江城市人民政府办公室 &nbsp; 网站标识码：4201000001</p><p>鄂ICP备05001234号 &nbsp; 鄂公网安备 42010202000123号</p></div></body></html>`
	},
}

// probe78BodyZhFurniture are the portals' furniture set in or after the
// article's container.
var probe78BodyZhFurniture = map[string]string{
	"editor":   `<p style="text-align:right">（责任编辑：王芳）</p>`,
	"editor2":  `<div class="editor">编辑：王芳</div>`,
	"source":   `<p>来源：江城日报</p>`,
	"share":    `<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>`,
	"print":    `<div class="print">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>`,
	"prevnext": `<div class="prenext"><p>上一篇：<a href="/news/2024/0519/1233.html">全市公交线路优化调整方案公布</a></p><p>下一篇：<a href="/news/2024/0521/1235.html">城区三条主干道完成提质改造</a></p></div>`,
	"related":  `<div class="xgxw"><h3>相关阅读</h3><ul><li><a href="/news/1.html">全市公交线路优化调整方案公布</a></li><li><a href="/news/2.html">城区三条主干道完成提质改造</a></li><li><a href="/news/3.html">我市启动新一轮农村危房改造</a></li></ul></div>`,
	"qrcode":   `<div class="ewm"><img src="/images/qrcode.jpg" alt="二维码"><p>扫一扫在手机打开当前页</p></div>`,
	"report":   `<p>违法和不良信息举报电话：027-12345678 举报邮箱：jubao@example.cn</p>`,
	"rights":   `<p class="copyright">版权声明：凡注明“来源：江城新闻网”的所有作品，版权均属于江城新闻网，未经授权不得转载。</p>`,
	"icp":      `<p>鄂ICP备12345678号-1</p>`,
}

// probe78BodyZhFurnWords are the words each piece of furniture leaves when it
// stays.
var probe78BodyZhFurnWords = map[string]string{"editor": "王芳", "editor2": "王芳", "source": "来源：江城日报", "share": "分享到", "print": "打印", "prevnext": "上一篇", "related": "相关阅读", "qrcode": "扫一扫", "report": "举报", "rights": "版权声明", "icp": "ICP备"}

// probe78BodyZhCheck extracts each of the pages and fails the test when
// the body lacks one of the story's paragraphs or holds unwanted.
func probe78BodyZhCheck(t *testing.T, name, unwanted string, pages map[string]string) {
	t.Helper()
	for pn, page := range pages {
		a := zhExtract(t, page, "http://www.jiangcheng.example.cn/news/2024/0520/1234.html")
		bad := ""
		for i, p := range probe78BodyZhParas {
			if !strings.Contains(a.Text, p[:30]) {
				bad += fmt.Sprintf(" lacks paragraph %d;", i)
			}
		}
		if strings.Contains(a.Text, unwanted) {
			bad += " holds " + unwanted
		}
		if bad != "" {
			t.Errorf("%s/%s:%s", name, pn, bad)
		}
	}
}

// The furniture Chinese CMSs set inside the article's container or right
// after it leaves the body: the desk's credit, the source again, share
// bars, 【打印】【关闭窗口】, the links to the stories before and after,
// related stories, the QR code's call, the report line, the copyright
// notice and the ICP number.
func TestBodyProbe78ZhFurniture(t *testing.T) {
	for tn, tmpl := range probe78BodyZhTemplates {
		for fn, f := range probe78BodyZhFurniture {
			probe78BodyZhCheck(t, tn+"/"+fn, probe78BodyZhFurnWords[fn], map[string]string{"in-end": tmpl(probe78BodyZhStory("")+f, ""), "after": tmpl(probe78BodyZhStory(""), f), "in-start": tmpl(f+probe78BodyZhStory(""), "")})
		}
	}
}

// A row of the story's page links, or of headline-less buttons to the
// stories before and after it, leaves the body: DedeCMS's pagelist,
// 帝国CMS's pager, a portal's "第1页/共1页" and "<<上一页|下一页>>", a row
// of bracketed page numbers, Sina's "[上一篇][下一篇]".
func TestBodyProbe78ZhPagers(t *testing.T) {
	pagers := map[string]struct{ row, unwanted string }{
		"portal":   {`<p>第1页/共1页</p><p><a href="#">&lt;&lt;上一页</a>|<a href="#">下一页&gt;&gt;</a></p>`, "页"},
		"dede":     {`<div class="dede_pages"><ul class="pagelist"><li><a>共3页: </a></li><li><a href="#">上一页</a></li><li class="thisclass"><a href="#">1</a></li><li><a href="1234_2.html">2</a></li><li><a href="1234_3.html">3</a></li><li><a href="1234_2.html">下一页</a></li></ul></div>`, "页"},
		"empire":   {`<div class="epages"><a title="Total record">&nbsp;<b>3</b> </a>&nbsp;&nbsp;<b>1</b>&nbsp;<a href="1234_2.html">2</a>&nbsp;<a href="1234_3.html">3</a>&nbsp;<a href="1234_2.html">下一页</a>&nbsp;<a href="1234_3.html">尾页</a></div>`, "页"},
		"numbers":  {`<p align="center">[1][2][3][4][5][6]</p>`, "[2]"},
		"numbersl": {`<p align="center"><a href="1234.html">[1]</a><a href="1234_2.html">[2]</a><a href="1234_3.html">[3]</a></p>`, "[2]"},
		"sina":     {`<p>[<a href="#">上一篇</a>][<a href="#">下一篇</a>]</p>`, "上一篇"},
	}
	for tn, tmpl := range probe78BodyZhTemplates {
		for pn, p := range pagers {
			probe78BodyZhCheck(t, tn+"/"+pn, p.unwanted, map[string]string{"in": tmpl(probe78BodyZhStory("")+p.row, ""), "after": tmpl(probe78BodyZhStory(""), p.row)})
		}
	}
	// A story's line that names a page stays.
	line := `<p>　　详细名单见公示文件第3页。</p>`
	for tn, tmpl := range probe78BodyZhTemplates {
		if a := zhExtract(t, tmpl(probe78BodyZhStory("")+line, ""), "http://www.jiangcheng.example.cn/news/2024/0520/1234.html"); !strings.Contains(a.Text, "详细名单见公示文件第3页") {
			t.Errorf("%s: the story's line is lost", tn)
		}
	}
}

// A site's copyright and disclaimer notice under the story, headed with
// the site's name ("江城新闻网版权与免责声明："), leaves the body with its
// clauses.
func TestBodyProbe78ZhNotice(t *testing.T) {
	notice := `<div class="smsm"><p>江城新闻网版权与免责声明：</p><p>①凡本网注明“来源：江城新闻网”的所有作品，版权均属于江城新闻网，未经本网授权不得转载。</p><p>②凡本网注明“来源：XXX（非江城新闻网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。</p></div>`
	for tn, tmpl := range probe78BodyZhTemplates {
		probe78BodyZhCheck(t, tn, "凡本网注明", map[string]string{"in": tmpl(probe78BodyZhStory("")+notice, ""), "after": tmpl(probe78BodyZhStory(""), notice)})
	}
}
