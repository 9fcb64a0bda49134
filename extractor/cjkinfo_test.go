package extractor

import (
	"strings"
	"testing"
)

// cjkShell is the article page of a Taiwanese, Hong Kong, Japanese or
// Korean news template, its info line (info), what opens the text (first)
// and what closes it (tail) left to the case.
type cjkShell struct {
	name, lang, url string
	page            func(info, first, tail string) string
}

// cjkShells are the templates: a Taiwanese paper's with the day in its
// address and without, a Hong Kong paper's under a top bar with today's
// date, a Japanese paper's and a news portal's, a Korean paper's and a
// news portal's. Each has teasers with other days beside the article.
func cjkShells() []cjkShell {
	tw := zhParas(true, "")
	ja := strings.Repeat(`<p>政府は十六日、地方の道路整備を進めるための新たな計画を発表した。今年度は全国で千二百キロの道路を新設または改良し、交通網の充実を図るという。</p>`, 4)
	ko := strings.Repeat(`<p>정부는 16일 지방 도로 정비를 위한 새로운 계획을 발표했다. 올해는 전국에서 1200킬로미터의 도로를 새로 짓거나 개량해 교통망을 확충할 계획이라고 밝혔다.</p>`, 4)
	koTitle, jaTitle := "정부, 지방 도로 정비 새 계획 발표", "地方の道路整備に新計画　今年度は千二百キロ"
	return []cjkShell{
		{"tw paper", "zh", "https://news.example.com.tw/news/20240508/123456.htm", func(info, first, tail string) string {
			return `<html lang="zh-TW"><head><meta charset="utf-8"><title>` + zhTitleTrad + ` - 江城新聞網</title></head><body><div class="nav"><a>首頁</a> <a>政治</a> <a>社會</a> <a>國際</a></div><div class="article"><h1>` + zhTitleTrad + `</h1>` + info + `<div class="content">` + first + tw + tail + `</div></div><div class="related"><h3>相關新聞</h3><ul><li><a href="/1">全市公車路線優化調整方案公布</a> 2024/05/07 10:00</li></ul></div><div class="footer">© 2024 江城新聞網 版權所有</div></body></html>`
		}},
		{"tw paper, undated address", "zh", "https://news.example.com.tw/news/view.php?id=123456", func(info, first, tail string) string {
			return `<html lang="zh-Hant"><head><meta charset="utf-8"><title>` + zhTitleTrad + ` | 江城時報</title></head><body><header><a>即時</a> <a>要聞</a> <a>兩岸</a></header><main><article><h1 class="article-title">` + zhTitleTrad + `</h1><div class="article-meta">` + info + `</div><div class="article-body">` + first + tw + tail + `</div></article></main><aside><h3>熱門新聞</h3><ul><li><a href="/2">城區三條主幹道完成提質改造</a> 2024-05-07</li></ul></aside><footer>江城時報 © 2024</footer></body></html>`
		}},
		{"hong kong paper", "zh", "https://www.example.hk/news/article/123456", func(info, first, tail string) string {
			return `<html lang="zh-HK"><head><meta charset="utf-8"><title>` + zhTitleTrad + `｜港聞｜江城日報</title></head><body><div class="topbar">2024年5月20日 星期一</div><div class="menu"><a>港聞</a> <a>財經</a> <a>娛樂</a></div><div class="article"><h1>` + zhTitleTrad + `</h1>` + info + `<div class="content">` + first + tw + tail + `</div></div><div class="footer">© 江城日報有限公司 版權所有</div></body></html>`
		}},
		{"ja paper", "ja", "https://www.example.co.jp/news/articles/123456", func(info, first, tail string) string {
			return `<html lang="ja"><head><meta charset="utf-8"><title>` + jaTitle + ` | 江城新聞</title></head><body><header><a href="/">江城新聞</a><nav><a>政治</a> <a>経済</a></nav></header><main><article><h1>` + jaTitle + `</h1>` + info + `<div class="article-body">` + first + ja + tail + `</div></article></main><div class="ranking"><h2>アクセスランキング</h2><ul><li><a href="/1">別の記事の見出しがここに入ります</a> 2024年5月7日</li></ul></div><footer>Copyright © 2024 江城新聞社</footer></body></html>`
		}},
		{"ja portal", "ja", "https://news.example.jp/articles/abcdef0123456789", func(info, first, tail string) string {
			return `<html lang="ja"><head><meta charset="utf-8"><title>` + jaTitle + `（江城新聞） - ニュースポータル</title></head><body><header><nav><a>トップ</a> <a>国内</a> <a>国際</a></nav></header><div class="article"><h1 class="title">` + jaTitle + `</h1><div class="meta">` + info + `</div><div class="body">` + first + ja + tail + `</div></div><div class="side"><h2>関連記事</h2><ul><li><a href="/2">前の記事の見出しがここに入ります</a> 5/7(火) 9:00</li></ul></div><footer>© 2024 ニュースポータル</footer></body></html>`
		}},
		{"ko paper", "ko", "https://www.example.co.kr/news/articleView.html?idxno=123456", func(info, first, tail string) string {
			return `<html lang="ko"><head><meta charset="utf-8"><title>` + koTitle + ` - 강성일보</title></head><body><header><a href="/">강성일보</a><nav><a>정치</a> <a>경제</a></nav></header><div class="article"><h1>` + koTitle + `</h1>` + info + `<div class="article-body">` + first + ko + tail + `</div></div><div class="ranking"><h2>많이 본 뉴스</h2><ul><li><a href="/1">다른 기사의 제목이 여기에 들어갑니다</a> 2024.05.07</li></ul></div><footer>Copyright © 2024 강성일보. All rights reserved.</footer></body></html>`
		}},
		{"ko portal", "ko", "https://n.news.example.com/article/001/0014567890", func(info, first, tail string) string {
			return `<html lang="ko"><head><meta charset="utf-8"><title>` + koTitle + ` : 뉴스</title></head><body><div id="header"><a>뉴스홈</a> <a>정치</a> <a>경제</a></div><div id="ct"><div class="media_end_head"><h2 class="media_end_head_headline">` + koTitle + `</h2><div class="media_end_head_info">` + info + `</div></div><div id="dic_area">` + first + ko + tail + `</div></div><div class="aside"><h3>언론사 주요뉴스</h3><ul><li><a>다른 기사의 제목이 여기에 들어갑니다</a></li></ul></div></body></html>`
		}},
	}
}

// The info lines, leads and tails of Taiwanese, Hong Kong, Japanese and
// Korean news, on each template of their language: each gives the day of
// publication, 2024-05-08, and its writers.
func TestCJKInfoForms(t *testing.T) {
	for _, c := range []struct {
		lang, name, info, first, tail string
		authors                       string
	}{
		{lang: "zh", name: "a reporter run into the role after a time element", info: `<time datetime="2024-05-08T10:23:00+08:00">2024-05-08 10:23</time> <span class="reporter">記者王小明</span>`, authors: "王小明"},
		{lang: "zh", name: "a reporter before the date", info: `<div class="info">記者王小明 2024-05-08 10:23</div>`, authors: "王小明"},
		{lang: "zh", name: "the text's writer after the date", info: `<div class="info">2024-05-08　文／王小明</div>`, authors: "王小明"},
		{lang: "zh", name: "the desk's credit before the date", info: `<div class="info">記者王小明／台北報導 2024-05-08 10:23</div>`, authors: "王小明"},
		{lang: "zh", name: "the agency's dateline opening the text", info: `<div class="info">2024/05/08 10:23</div>`, first: "<p>（中央社記者王小明台北8日電）市政府今天宣布，今年將擴大道路建設。</p>", authors: "王小明"},
		{lang: "zh", name: "a roundup is nobody's", info: `<div class="info">2024-05-08 10:23 綜合報導</div>`},
		{lang: "zh", name: "the photographer is no writer", info: `<div class="info">文／王小明　攝影／李大華　2024-05-08</div>`, authors: "王小明"},
		{lang: "zh", name: "the desk's credit before a date with its time of day", info: `<div class="info">記者 王小明 / 台北報導　2024年5月8日 上午10:23</div>`, authors: "王小明"},
		{lang: "zh", name: "the desk's credit before a date and time", info: `<div class="info">記者王小明／台北報導　2024年5月8日 10:23</div>`, authors: "王小明"},
		{lang: "ja", name: "the text's writer after an equals sign", info: `<div class="date">2024年5月8日</div><p class="credit">文＝山田太郎　写真＝鈴木花子</p>`, authors: "山田太郎"},
		{lang: "ja", name: "the text's writer closing the story", info: `<div class="date">2024年5月8日</div>`, tail: "<p>（文・山田太郎）</p>", authors: "山田太郎"},
		{lang: "ko", name: "a paper's bracket with the dateline's city", info: `<div class="info">입력 2024.05.08 10:23</div>`, first: "<p>[머니투데이 세종=홍길동 기자] 정부가 8일 새 계획을 발표했다.</p>", authors: "홍길동"},
		{lang: "ko", name: "an outlet in Latin letters", info: `<div class="info">입력 2024.05.08 10:23</div>`, first: "<p>[OSEN=홍길동 기자] 정부가 8일 새 계획을 발표했다.</p>", authors: "홍길동"},
		{lang: "ko", name: "the reporter above the copyright notice", info: `<div class="info">입력 2024.05.08 10:23</div>`, tail: "<p>홍길동 기자 hong@example.com</p><p>&lt;저작권자 © 강성일보, 무단 전재 및 재배포 금지&gt;</p>", authors: "홍길동"},
		{lang: "ja", name: "the dateline and the reporter opening the story", info: `<div class="date">2024年5月8日</div>`, first: "<p>【ワシントン＝山田太郎】米政府は８日、新たな道路計画を発表した。</p>", authors: "山田太郎"},
		{lang: "ja", name: "the dateline and two reporters opening the story", info: `<div class="date">2024年5月8日</div>`, first: "<p>【北京＝山田太郎、鈴木花子】中国政府は８日、新たな道路計画を発表した。</p>", authors: "山田太郎; 鈴木花子"},
		{lang: "ko", name: "the paper and its reporter in brackets closing the story", info: `<div class="info">입력 2024.05.08 10:23</div>`, tail: "<p>[강성일보 홍길동 기자]</p>", authors: "홍길동"},
		{lang: "ja", name: "the reporter and his title in brackets closing the story", info: `<div class="date">2024年5月8日</div>`, tail: "<p>（山田太郎記者）</p>", authors: "山田太郎"},
		{lang: "ja", name: "a senior writer's title before the name", info: `<div class="date">2024年5月8日</div><div class="author">編集委員　山田太郎</div>`, authors: "山田太郎"},
		{lang: "ko", name: "the reporter's address before the date's label", info: `<div class="info">홍길동 기자 hong@example.com | 입력 2024.05.08 10:23</div>`, authors: "홍길동"},
		{lang: "ko", name: "the reporter's bracketed address before the date's label", info: `<div class="info">홍길동 기자(hong@example.com) | 입력 2024.05.08 10:23</div>`, authors: "홍길동"},
		{lang: "ko", name: "the reporter before an unlabelled date", info: `<div class="info">홍길동 기자 | 2024-05-08 10:23</div>`, authors: "홍길동"},
		{lang: "ko", name: "an editorial writer", info: `<div class="info">홍길동 논설위원 | 입력 2024.05.08 10:23</div>`, authors: "홍길동"},
		{lang: "ko", name: "a senior journalist", info: `<div class="info">홍길동 대기자 | 입력 2024.05.08 10:23</div>`, authors: "홍길동"},
		{lang: "zh", name: "the reporter in brackets closing the text", info: `<div class="info">2024-05-08</div>`, tail: "<p>（記者王小明）</p>", authors: "王小明"},
		{lang: "zh", name: "the reporter and his desk in brackets closing the text", info: `<div class="info">2024-05-08</div>`, tail: "<p>（記者 王小明／台北報導）</p>", authors: "王小明"},
		{lang: "zh", name: "the paper's reporter marked with a box closing the text", info: `<div class="info">2024-05-08</div>`, tail: "<p>□ 本報記者 王小明</p>", authors: "王小明"},
		{lang: "zh", name: "the agency in brackets closing the text is no writer", info: `<div class="info">2024-05-08</div>`, tail: "<p>（中央社）</p>"},
		{lang: "ja", name: "reporting and text", info: `<div class="date">2024年5月8日</div><p class="credit">取材・文／山田太郎</p>`, authors: "山田太郎"},
		{lang: "ja", name: "text and photographs", info: `<div class="date">2024年5月8日</div><p class="credit">文・写真／山田太郎</p>`, authors: "山田太郎"},
		{lang: "ja", name: "the publication beside the update", info: `<div class="date">2024年5月8日 10時23分 配信 ／ 2024年5月9日 12時00分 更新</div>`},
		{lang: "ko", name: "the approval's label", info: `<div class="info">홍길동 기자 | 승인 2024.05.08 10:23</div>`, authors: "홍길동"},
		{lang: "ko", name: "the article's approval", info: `<div class="info">홍길동 기자 | 기사승인 2024-05-08 10:23</div>`, authors: "홍길동"},
		{lang: "ko", name: "two reporters before the date's label", info: `<div class="info">홍길동·김철수 기자 | 입력 2024.05.08 10:23</div>`, authors: "홍길동; 김철수"},
		{lang: "ko", name: "a wire's dateline opening the text", info: `<div class="info">등록 2024.05.08 10:23:11</div>`, first: "<p>[서울=뉴시스] 홍길동 기자 = 정부가 8일 새 계획을 발표했다.</p>", authors: "홍길동"},
		{lang: "ko", name: "an agency's dateline opening the text", info: `<div class="info">송고시간 2024-05-08 10:23</div>`, first: "<p>(서울=연합뉴스) 홍길동 기자 = 정부가 8일 새 계획을 발표했다.</p>", authors: "홍길동"},
		{lang: "ko", name: "a paper's bracket opening the text", info: `<div class="info">입력 2024.05.08 10:23</div>`, first: "<p>[아시아경제 홍길동 기자] 정부가 8일 새 계획을 발표했다.</p>", authors: "홍길동"},
		{lang: "ko", name: "the reporter and his address closing the text", info: `<div class="info">입력 2024.05.08 10:23</div>`, tail: "<p>홍길동 기자 hong@example.com</p>", authors: "홍길동"},
		{lang: "ko", name: "the reporter after a slash closing the text", info: `<div class="info">입력 2024.05.08 10:23</div>`, tail: "<p>/홍길동 기자 hong@example.com</p>", authors: "홍길동"},
		{lang: "ko", name: "the photographer is no writer", info: `<div class="info">입력 2024.05.08 10:23</div><div class="byline">홍길동 기자 · 사진 김철수 기자</div>`, authors: "홍길동"},
		{lang: "ko", name: "the graphics' maker is no writer", info: `<div class="info">입력 2024.05.08 10:23</div><div class="byline">홍길동 기자 · 그래픽=이영희 기자</div>`, authors: "홍길동"},
	} {
		for _, sh := range cjkShells() {
			if sh.lang != c.lang {
				continue
			}
			t.Run(c.name+"/"+sh.name, func(t *testing.T) {
				a := zhExtract(t, sh.page(c.info, c.first, c.tail), sh.url)
				wantAuthorsDay(t, a, c.info+c.first+c.tail, c.authors, "2024-05-08")
			})
		}
	}
}

// A Japanese or Korean credit that sets the paper, the agency or the desk
// before its reporter, on each template of its language: the reporter is
// the author, the paper and the desk are not.
func TestCJKPaperBeforeReporter(t *testing.T) {
	for _, c := range []struct{ lang, name, info, authors string }{
		{"ja", "the paper before the reporter", `<div class="date">2024年5月8日</div><div class="author">東都新聞 山田太郎記者</div>`, "山田太郎"},
		{"ja", "the agency before the reporter", `<div class="date">2024年5月8日</div><div class="author">東都通信 山田太郎記者</div>`, "山田太郎"},
		{"ja", "the paper's desk before the reporter", `<div class="date">2024年5月8日</div><p class="byline">東都新聞社会部 山田太郎記者</p>`, "山田太郎"},
		{"ja", "a bureau before the reporter", `<div class="date">2024年5月8日</div><div class="author">大阪支局 山田太郎</div>`, "山田太郎"},
		{"ko", "the paper before the reporter", `<div class="info">입력 2024.05.08 10:23</div><div class="byline">강성일보 홍길동 기자</div>`, "홍길동"},
		{"ko", "a wire before the reporter", `<div class="info">입력 2024.05.08 10:23</div><div class="author">강성뉴스 홍길동 기자</div>`, "홍길동"},
	} {
		for _, sh := range cjkShells() {
			if sh.lang != c.lang {
				continue
			}
			t.Run(c.name+"/"+sh.name, func(t *testing.T) {
				a := zhExtract(t, sh.page(c.info, "", ""), sh.url)
				wantAuthorsDay(t, a, c.info, c.authors, "2024-05-08")
			})
		}
	}
}

// A credit that gives the reporter's role after the name, as Japanese
// papers and Traditional Chinese ones write it ("山田太郎記者"), after the
// paper, its desk or the time, in an unclassed block under the headline;
// and a bracketed credit closing the story with the paper before the
// reporter ("（東都新聞 山田太郎）"). The paper is not an author, and a
// line that ends in the word after other words is no credit.
func TestCJKReporterAfterName(t *testing.T) {
	for _, c := range []struct{ lang, name, info, tail, authors string }{
		{"ja", "the paper, then the reporter", `<div class="date">2024年5月8日</div><div>東都新聞 山田太郎記者</div>`, "", "山田太郎"},
		{"ja", "the desk, then the reporter", `<div class="date">2024年5月8日</div><p>東都新聞社会部 山田太郎記者</p>`, "", "山田太郎"},
		{"ja", "the reporter after the time", `<div>2024年5月8日 10時21分 山田太郎記者</div>`, "", "山田太郎"},
		{"ja", "the paper and the reporter in brackets closing the story", `<div class="date">2024年5月8日</div>`, `<p>（東都新聞 山田太郎）</p>`, "山田太郎"},
		{"ja", "words before the role", `<div class="date">2024年5月8日</div><div>会見に出席した 山田太郎記者</div>`, "", ""},
		{"zh", "the paper, then the reporter after the time", `<div class="info">2024-05-08 10:23 江城日報 王小明記者</div>`, "", "王小明"},
	} {
		for _, sh := range cjkShells() {
			if sh.lang != c.lang {
				continue
			}
			t.Run(c.name+"/"+sh.name, func(t *testing.T) {
				a := zhExtract(t, sh.page(c.info, "", c.tail), sh.url)
				wantAuthorsDay(t, a, c.info+c.tail, c.authors, "2024-05-08")
			})
		}
	}
}
