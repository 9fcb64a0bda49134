package extractor

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// zhShell is the article page of a Chinese portal's, government site's or
// blog's template, its info line (info), the paragraphs before the text
// (first), the lead of its first paragraph and what follows the text
// (tail) left to the case. gbk pages are served in GBK, as older sites
// serve them.
type zhShell struct {
	name, url string
	gbk       bool
	page      func(info, first, lead, tail string) string
}

func zhShellHead(charset string) string {
	return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=` + charset + `"><title>` + zhTitle + `_江城新闻_江城网</title></head><body>`
}

// zhShells are the templates: a national paper's (its address dated), a
// provincial government's, a county's table layout without a headline
// element, an old portal's, a self-media platform's that classes its info
// line as the author's, a WordPress blog's, a hand-made static site's,
// and a portal's whose top bar gives today's lunar date.
func zhShells() []zhShell {
	nav := `<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/local/">地方</a> <a href="/finance/">财经</a> <a href="/sports/">体育</a></div>`
	text := func(first, lead, tail string) string { return first + zhParas(false, lead) + tail }
	return []zhShell{
		{"national paper", "http://local.people.com.cn/n1/2021/0305/c123932-40236543.html", false, func(info, first, lead, tail string) string {
			return zhShellHead("utf-8") + nav + `<div class="path"><a href="/">人民网</a>&gt;&gt;<a href="/l/">地方</a></div><div class="layout rm_txt"><div class="col col-1"><h1>` + zhTitle + `</h1><div class="channel cf"><div class="col-1-1 fl">` + info + `</div></div><div class="rm_txt_con cf">` + text(first, lead, tail) + `<div class="edit cf">(责编：王五、赵六)</div></div></div></div>` + zhRelated + zhFooter + `</body></html>`
		}},
		{"provincial government", "http://www.jc.gov.cn/zwgk/content/post_4412345.html", false, func(info, first, lead, tail string) string {
			return zhShellHead("utf-8") + `<div class="top">江城市人民政府门户网站 <a>无障碍</a> <a>长者模式</a></div>` + nav + `<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a>江城要闻</a></div><div class="zw"><div class="zw-title">` + zhTitle + `</div><div class="zw-info">` + info + `</div><div class="zw-content">` + text(first, lead, tail) + `</div></div><div class="footer"><p>主办：江城市人民政府办公厅</p><p>网站标识码：4201000001 鄂ICP备05070829号 鄂公网安备 42010402000221号</p><p>Copyright © 2009-2024</p></div></body></html>`
		}},
		{"county tables", "http://www.jcx.gov.cn/show.asp?id=1234", true, func(info, first, lead, tail string) string {
			return zhShellHead("gb2312") + `<table width="980"><tr><td><img src="/logo.gif"></td></tr><tr><td>` + nav + `</td></tr></table>
<table width="980"><tr><td width="200" valign="top"><table><tr><td>图片新闻</td></tr><tr><td><a href="/show.asp?id=1">全市公交线路优化调整方案公布</a></td></tr></table></td>
<td valign="top"><table width="100%"><tr><td class="title" align="center"><b>` + zhTitle + `</b></td></tr><tr><td align="center" class="info">` + info + `</td></tr><tr><td class="content">` + text(first, lead, tail) + `</td></tr></table></td></tr></table>
<table width="980"><tr><td align="center">版权所有：江城县人民政府办公室 Copyright © 2003-2024 地址：江城县人民路1号 电话：0716-1234567<br>鄂ICP备05070830号</td></tr></table></body></html>`
		}},
		{"old portal", "http://news.sina.com.cn/c/2021-03-05/10225432123s.shtml", true, func(info, first, lead, tail string) string {
			return zhShellHead("gb2312") + nav + `<table width="750"><tr><td><h1 id="artibodyTitle">` + zhTitle + `</h1></td></tr><tr><td class="info">` + info + `</td></tr><tr><td><div id="artibody">` + text(first, lead, tail) + `</div></td></tr></table>` + zhRelated + `<div class="footer">新浪简介 | 广告服务 | 联系我们<br>Copyright © 1996 - 2024 SINA Corporation, All Rights Reserved</div></body></html>`
		}},
		{"self-media", "https://baijiahao.baidu.com/s?id=1693456789012345678", false, func(info, first, lead, tail string) string {
			return zhShellHead("utf-8") + `<div class="header"><a>百度首页</a> <a>登录</a></div><div class="article"><div class="article-title"><h2>` + zhTitle + `</h2></div><div class="article-desc clearfix"><div class="author-txt">` + info + `</div></div><div class="article-content">` + text(first, lead, tail) + `</div></div><div class="footer">©2024 Baidu 京ICP证030173号</div></body></html>`
		}},
		{"wordpress", "https://blog.example.cn/archives/1234.html", false, func(info, first, lead, tail string) string {
			return zhShellHead("utf-8") + `<header class="site-header"><div class="site-title"><a href="/">随笔</a></div><nav><a>首页</a> <a>生活</a> <a>关于</a></nav></header><main><article class="post type-post"><header class="entry-header"><h1 class="entry-title">` + zhTitle + `</h1><div class="entry-meta">` + info + `</div></header><div class="entry-content">` + text(first, lead, tail) + `</div></article></main><footer class="site-footer">© 2024 随笔 | 京ICP备12345678号 | Powered by WordPress</footer></body></html>`
		}},
		{"static site", "http://www.example.com.cn/news/show_1234.htm", true, func(info, first, lead, tail string) string {
			return zhShellHead("gbk") + `<table width="778" align="center"><tr><td>` + nav + `</td></tr></table><table width="778" align="center"><tr><td align="center"><font size="4"><b>` + zhTitle + `</b></font></td></tr><tr><td align="center"><font color="#666666">` + info + `</font></td></tr><tr><td><hr></td></tr><tr><td>` + text(first, lead, tail) + `</td></tr></table><table width="778" align="center"><tr><td align="center">Copyright © 2002-2005 江城信息港 All Rights Reserved<br>鄂ICP备05001234号</td></tr></table></body></html>`
		}},
		{"lunar top bar", "http://www.example.cn/news/content_123456.htm", false, func(info, first, lead, tail string) string {
			return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + zhTitle + `-江城新闻网</title></head><body><div class="top"><span>2024年5月20日 星期一 农历四月十三</span> <a>登录</a> <a>注册</a></div>` + nav + `<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/news/">新闻中心</a></div><div class="main"><div class="left"><h1>` + zhTitle + `</h1><div class="info">` + info + `</div><div id="content">` + text(first, lead, tail) + `</div></div><div class="right"><h3>热点排行</h3><ul><li><a>全市公交线路优化调整方案公布</a> 05-19</li><li><a>城区三条主干道完成提质改造</a> 05-18</li></ul></div></div>` + zhFooter + `</body></html>`
		}},
	}
}

// The info lines, leads and tails of Chinese articles, on every template:
// each gives its day of publication and its authors. A case without a
// day has none but its address's.
func TestChineseInfoForms(t *testing.T) {
	for _, c := range []struct {
		name, info, first, lead, tail string
		day, authors                  string
	}{
		{name: "date and time run together, then the source", info: "2005年3月11日12:12 来源：江城日报", day: "2005-03-11"},
		{name: "source and author after the date", info: "2021-03-05 10:22:31　来源：江城日报　作者：张三", day: "2021-03-05", authors: "张三"},
		{name: "a date in brackets", info: "[2021-03-05]", day: "2021-03-05"},
		{name: "date and clicks", info: "日期：2021-03-05 点击数：123", day: "2021-03-05"},
		{name: "source, time and views", info: "信息来源：县交通局　发布时间：2021-03-05　浏览次数：123", day: "2021-03-05"},
		{name: "the editor in charge is no author", info: "2021-03-05 来源：江城日报 责任编辑：王五", day: "2021-03-05"},
		{name: "the footer's years are no date", info: "来源：江城日报"},
		// A lunar date beside the Gregorian under the headline: the
		// Gregorian is the day.
		{name: "the lunar date beside", info: "2021年3月5日 星期五 农历正月二十二", day: "2021-03-05"},
		{name: "the lunar date in brackets", info: "发布时间：2021年3月5日（农历正月二十二）", day: "2021-03-05"},
		// Reporters after the source without a colon.
		{name: "reporters after the source", info: "2021-03-05 10:22 来源：江城日报 记者 张三 李四", day: "2021-03-05", authors: "张三; 李四"},
		{name: "the paper's reporter after the source", info: "2021-03-05 来源：江城日报 本报记者 张三", day: "2021-03-05", authors: "张三"},
		// Labels and weekdays are no names, in a line the page classes
		// as its author's too.
		{name: "a posting time's label", info: "发贴时间：2005-3-11 12:12:00", day: "2005-03-11"},
		{name: "an adding time's label and a placeholder", info: "添加时间：2005-3-11 12:12:00 文章录入：admin 责任编辑：王五", day: "2005-03-11"},
		{name: "written on", info: "写于 2005-03-11", day: "2005-03-11"},
		{name: "a weekday", info: "2021-03-05 星期五 来源：江城日报", day: "2021-03-05"},
		// A time label's verb is part of the label.
		{name: "submitted on", info: "作者：张三 提交日期：2005-3-11 12:12:00 访问：123 回复：4", day: "2005-03-11", authors: "张三"},
		{name: "fields run together", info: "作者：张三时间：2021-03-05", day: "2021-03-05", authors: "张三"},
		{name: "a deadline is no date of the page", info: "来源：江城日报", first: "<p>截止时间：2021-03-20</p>"},
		// The poster after the posting date.
		{name: "posted at, then the poster", info: "posted @ 2005-03-11 12:12 张三 阅读(123) 评论(0)", day: "2005-03-11", authors: "张三"},
		{name: "posted on, then the poster", info: "发表于 2005-03-11 12:12 张三", day: "2005-03-11", authors: "张三"},
		{name: "posted at, then a handle", info: "posted @ 2005-03-11 12:12 ggjjzhzz 阅读(123) 评论(0)", day: "2005-03-11", authors: "ggjjzhzz"},
		{name: "posted, then a link's word", info: "Posted on 2005-03-11 12:12 Permalink", day: "2005-03-11"},
		{name: "posted by, then at the time", info: "Posted by 张三 at 2005-3-11 12:12", day: "2005-03-11", authors: "张三"},
		{name: "posted by, then on the day", info: "Posted by 张三 on 2005-03-11", day: "2005-03-11", authors: "张三"},
		// A blog post's foot: the poster, the time, then the verb, or an
		// at sign between them.
		{name: "the poster, then when posted", info: "张三 于 2005-03-11 12:12 发表", day: "2005-03-11", authors: "张三"},
		{name: "by the poster, then when posted", info: "本文由 张三 于 2005-03-11 12:12 发表", day: "2005-03-11", authors: "张三"},
		{name: "the poster at the time", info: "张三 @ 2005-03-11 12:12", day: "2005-03-11", authors: "张三"},
		{name: "the poster at the time, among the foot's fields", info: "2005-03-11", tail: "<p>Tag: 生活 | 张三 @ 2005-03-11 12:12 | 评论(0)</p>", day: "2005-03-11", authors: "张三"},
		{name: "the writer, then when written", info: "张三 写于 2005-03-11", day: "2005-03-11", authors: "张三"},
		{name: "posted on, then the paper", info: "发表于 2005-03-11 12:12 江城日报", day: "2005-03-11"},
		// A reporter's credit above the account's call to follow it.
		{name: "reporter above a closing call", info: "2021-03-05", tail: "<p>（记者 张三）</p><p>长按二维码关注我们</p>", day: "2021-03-05", authors: "张三"},
		{name: "correspondent and reporter above a closing call", info: "2021-03-05", tail: "<p>（通讯员 李四 记者 张三）</p><p>长按二维码关注我们</p>", day: "2021-03-05", authors: "李四; 张三"},
		// The writer's credit opening the text, the name first or marked.
		{name: "the name, then the text's credit", info: "2021-03-05", first: "<p>张三/文</p>", day: "2021-03-05", authors: "张三"},
		{name: "the names, then the text's and the picture's credits", info: "2021-03-05", first: "<p>张三 李四/文 王五/图</p>", day: "2021-03-05", authors: "张三; 李四"},
		{name: "a name marked with a box", info: "2021-03-05", first: "<p>□张三</p>", day: "2021-03-05", authors: "张三"},
		{name: "a name marked with a circle", info: "2021-03-05", first: "<p>◎张三</p>", day: "2021-03-05", authors: "张三"},
		{name: "written up by", info: "2021-03-05", first: "<p>撰稿 张三</p>", day: "2021-03-05", authors: "张三"},
		// A paper's issue after its name in the source line: the page
		// after the day is no part of it.
		{name: "the issue after the paper's name", info: "来源：《江城日报》2005年3月11日第2版", day: "2005-03-11"},
		{name: "the issue in brackets", info: "来源：江城日报（2005年03月11日 第 10 版）", day: "2005-03-11"},
		{name: "the issue run into the name", info: "来源：江城日报2005-03-11 A2版", day: "2005-03-11"},
		// The category, the tags or the column a post is filed under
		// name no one, beside the author or alone in a line the page
		// classes as its author's; reporters between spaces are each a
		// name.
		{name: "the category after the author", info: "作者：张三　分类：随笔　2021-03-05", day: "2021-03-05", authors: "张三"},
		{name: "the column the CMS files it under", info: "2021-03-05　作者：张三　所属栏目：江城要闻", day: "2021-03-05", authors: "张三"},
		{name: "the tags after the author", info: "2021-03-05　作者：张三 Tags：随笔", day: "2021-03-05", authors: "张三"},
		{name: "a category alone", info: "2021-03-05　分类：随笔", day: "2021-03-05"},
		{name: "a channel alone", info: "2021-03-05　频道：本地", day: "2021-03-05"},
		{name: "two writers between spaces", info: "2021-03-05　作者：张三 李四", day: "2021-03-05", authors: "张三; 李四"},
		// Chinese numerals with a circle for the zero.
		// A reporter's credit or a text credit beside the date, which
		// alone would pass for a date's words: "记者张三", "文/张三".
		{name: "a reporter run into his role after the date", info: "2021-03-05 10:22 记者张三", day: "2021-03-05", authors: "张三"},
		{name: "a reporter after the date", info: "2021-03-05 10:22 记者 张三", day: "2021-03-05", authors: "张三"},
		{name: "a reporter before the date", info: "记者张三 2021-03-05 10:22", day: "2021-03-05", authors: "张三"},
		{name: "a reporter in Traditional characters", info: "2021-03-05 10:22 記者王小明", day: "2021-03-05", authors: "王小明"},
		{name: "the text's writer after the date", info: "2021-03-05 文/张三", day: "2021-03-05", authors: "张三"},
		{name: "the text's writer after a colon", info: "2021-03-05 文：张三", day: "2021-03-05", authors: "张三"},
		{name: "the text's writer after a bar", info: "2021-03-05 文｜张三", day: "2021-03-05", authors: "张三"},
		{name: "the text's writer after a stroke", info: "2021-03-05 文丨张三", day: "2021-03-05", authors: "张三"},
		{name: "pictures and text", info: "2021-03-05 图/文 张三", day: "2021-03-05", authors: "张三"},
		{name: "text and pictures", info: "2021-03-05 文/图 张三", day: "2021-03-05", authors: "张三"},
		{name: "labels closed by strokes", info: "作者丨张三 来源丨江城日报 2021-03-05", day: "2021-03-05", authors: "张三"},
		{name: "the text's and the editor's credits with strokes", info: "2021-03-05", first: "<p>文丨张三 编辑丨李四</p>", day: "2021-03-05", authors: "张三"},
		{name: "an intern before the reporter after the source", info: "2021-03-05 来源：江城日报 实习生 王五 记者 张三", day: "2021-03-05", authors: "王五; 张三"},
		{name: "a reporter after a slash", info: "2021-03-05 记者/张三", day: "2021-03-05", authors: "张三"},
		{name: "the text's credit closing the article in brackets", info: "2021-03-05", tail: "<p>（文/张三 图/李四 审核/王五）</p>", day: "2021-03-05", authors: "张三"},
		// Zhihu's and Jianshu's reprint notice under a copied answer.
		{name: "the reprint notice's author before its link", info: "2021-03-05", tail: "<p>作者：张三<br>链接：https://www.zhihu.com/question/123/answer/456<br>来源：知乎<br>著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。</p>", day: "2021-03-05", authors: "张三"},
		// Papers pad a two-character name to the width of three.
		{name: "a padded name opening the text", info: "2021-03-05", first: "<p>本报记者 王　五 张三丰</p>", day: "2021-03-05", authors: "王五; 张三丰"},
		{name: "a padded name closing the text", info: "2021-03-05", tail: "<p>（记者 王　五）</p>", day: "2021-03-05", authors: "王五"},
		{name: "just now is nobody", info: "刚刚 来源：江城日报"},
		{name: "a gathered piece's placeholder", info: "2021-03-05 作者：网络整理", day: "2021-03-05"},
		{name: "a placeholder of the site's own", info: "2021-03-05 作者：本站原创", day: "2021-03-05"},
		{name: "a reprint's placeholder in Traditional characters", info: "2021-03-05 作者：轉載", day: "2021-03-05"},
		{name: "numerals, the zero a circle", info: "二○二一年三月五日", day: "2021-03-05"},
		{name: "numerals closing a document", info: "来源：江城市交通运输局", tail: `<p style="text-align:right">江城市交通运输局</p><p style="text-align:right">二○二一年三月五日</p>`, day: "2021-03-05"},
	} {
		for _, sh := range zhShells() {
			t.Run(c.name+"/"+sh.name, func(t *testing.T) {
				page := []byte(sh.page(c.info, c.first, c.lead, c.tail))
				if sh.gbk {
					var err error
					if page, err = encoding.ReplaceUnsupported(simplifiedchinese.GBK.NewEncoder()).Bytes(page); err != nil {
						t.Fatal(err)
					}
				}
				a := zhExtract(t, string(page), sh.url)
				day := c.day
				if day == "" && strings.Contains(sh.url, "2021") {
					day = "2021-03-05" // the address's
				}
				if a.PublishedDate != day {
					t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.info, a.PublishedDate, day)
				}
				if got := strings.Join(a.Authors, "; "); got != c.authors {
					t.Errorf("Extract(%s).Authors = %q, want %q", c.info, got, c.authors)
				}
				if !strings.Contains(a.Text, "全市将新建和改造农村") {
					t.Errorf("Extract(%s).Text lacks the article: %q", c.info, a.Text)
				}
			})
		}
	}
}

// A blog platform titles each page of a blog by its owner and its own
// address: the owner is the author of a post that credits no one.
func TestChineseBlogTitleOwner(t *testing.T) {
	divs := func(title string) string {
		return zhHead + `<title>` + title + `</title></head><body>
<div id="header"><div class="blog-name">海那边的姑娘</div><div class="menu"><a href="/">首页</a> <a href="/archives/">归档</a> <a href="/album/">相册</a> <a href="/guestbook/">留言</a></div></div>
<div id="main"><div class="post"><h2 class="title">` + zhTitle + `</h2><div class="meta">2005-06-14 03:25:55</div><div class="content">` + zhParas(false, "") + `</div><div class="foot">阅读(123) | 评论(0) | <a href="#">引用</a></div></div></div>
<div id="side"><h3>最新评论</h3><ul><li><a href="/c/1">写得真好</a></li></ul></div></body></html>`
	}
	tables := func(title string) string {
		return zhHead + `<title>` + title + `</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/bbs/">论坛</a> | <a href="/blog/">博客</a></div>
<table width="760"><tr><td width="200" valign="top"><div class="box"><h3>个人信息</h3><p>海姑娘, 27岁</p></div><div class="box"><h3>最新文章</h3><ul><li><a href="/1">明天出远门了</a></li><li><a href="/2">这几天我很充实</a></li></ul></div></td>
<td valign="top"><table width="100%"><tr><td class="post-title">` + zhTitle + `</td><td class="post-title" align="right">2005-06-14 03:25:55</td></tr>
<tr><td class="post-body" colspan="2">` + zhParas(false, "") + `</td></tr></table></td></tr></table>
<div class="footer">Copyright © 2005 example.com</div></body></html>`
	}
	// Each title names the blog's owner (want), or no one.
	for _, c := range []struct{ name, title, want string }{
		{name: "a nickname beside the platform's address", title: "海姑娘 | blog.example.com", want: "海姑娘"},
		{name: "the address first", title: "blog.example.com - 海姑娘", want: "海姑娘"},
		{name: "the platform's front page", title: "首页 | blog.example.com"},
		{name: "a site that is no blog platform", title: "海姑娘 | www.example.com"},
		{name: "a newspaper", title: "江城日报 | blog.example.com"},
	} {
		for layout, post := range map[string]func(string) string{"tables": tables, "divs": divs} {
			t.Run(c.name+"/"+layout, func(t *testing.T) {
				a := zhExtract(t, post(c.title), "http://blog.example.com/index.php?act=show&id=6729")
				if got := strings.Join(a.Authors, "; "); got != c.want {
					t.Errorf("Extract(%s).Authors = %q, want %q", c.title, got, c.want)
				}
				if a.PublishedDate != "2005-06-14" {
					t.Errorf("Extract(%s).PublishedDate = %q, want 2005-06-14", c.title, a.PublishedDate)
				}
			})
		}
	}
}

// A forum member's card beside each post says when the member registered
// or last logged in: no date of the page, which is the post's.
func TestChineseForumMemberCard(t *testing.T) {
	body := strings.ReplaceAll(strings.ReplaceAll(zhParas(false, ""), "<p>", ""), "</p>", "<br>")
	layouts := map[string]func(card string) string{
		"tables": func(card string) string {
			return `<html><head><meta charset="utf-8"><title>` + zhTitle + ` - 江城论坛</title></head><body><div class="nav"><a href="/">江城论坛</a> &gt; <a>江城杂谈</a> &gt; <a>浏览帖子</a></div><h1>` + zhTitle + `</h1>
<table width="100%"><tr><td width="180" valign="top"><div class="user"><b>张三</b><br>等级：新手上路<br>帖子：12<br>` + card + `<br>来自：江城</div></td>
<td valign="top"><div class="posttime">发表于 2005-03-11 12:12</div><div class="message">` + body + `</div></td></tr></table>
<table width="100%"><tr><td width="180" valign="top"><div class="user"><b>李四</b><br>等级：新手上路<br>` + card + `</div></td><td><div class="posttime">发表于 2005-03-12 09:00</div><div class="message">支持一下，家门口的路终于要修了。</div></td></tr></table></body></html>`
		},
		"divs": func(card string) string {
			return `<html><head><meta charset="utf-8"><title>` + zhTitle + ` - 江城杂谈 - 江城社区</title></head><body><div class="crumbs"><a href="/">江城社区</a> » <a>江城杂谈</a></div>
<div class="thread"><h1 class="subject">` + zhTitle + `</h1><div class="post"><div class="profile"><p class="name">张三</p><ul><li>积分：120</li><li>` + card + `</li></ul></div>
<div class="main"><p class="time">2005-03-11 12:12:33</p><div class="content">` + body + `</div></div></div>
<div class="post"><div class="profile"><p class="name">李四</p><ul><li>` + card + `</li></ul></div><div class="main"><p class="time">2005-03-12 09:00:10</p><div class="content">顶！</div></div></div></div></body></html>`
		},
	}
	for _, card := range []string{"注册时间：2003-1-1", "注册：2003-1-1 08:00", "注册日期：2003-01-01", "註冊時間：2003/01/01", "注册于 2003-01-01", "最后登录：2005-03-12"} {
		for name, page := range layouts {
			t.Run(card+"/"+name, func(t *testing.T) {
				a := zhExtract(t, page(card), "http://bbs.example.cn/viewthread.php?tid=123")
				if a.PublishedDate != "2005-03-11" {
					t.Errorf("Extract(%s).PublishedDate = %q, want 2005-03-11", card, a.PublishedDate)
				}
			})
		}
	}
}
