package extractor

import (
	"strings"
	"testing"
)

// Korean and Japanese news sites and boards label their writer and their
// date in the info line under the headline, with or without a colon:
// "작성자 홍길동 | 작성일 2024.05.16", "기자명 홍길동 기자", "執筆者：山田太郎".
// The name is the writer's, without the label or the reporter's title,
// and the date is the line's.
func TestKoreanJapaneseBylineLabels(t *testing.T) {
	ko := strings.Repeat(`<p>정부는 16일 지방 도로 정비를 위한 새로운 계획을 발표했다. 올해는 전국에서 1200킬로미터의 도로를 새로 짓거나 개량해 교통망을 확충할 계획이라고 밝혔다.</p>`, 4)
	ja := strings.Repeat(`<p>政府は十六日、地方の道路整備を進めるための新たな計画を発表した。今年度は全国で千二百キロの道路を新設または改良し、交通網の充実を図るという。</p>`, 4)
	koTitle, jaTitle := "정부, 지방 도로 정비 새 계획 발표", "地方の道路整備に新計画　今年度は千二百キロ"
	pages := map[string]func(info string) string{
		"ko news": func(info string) string {
			return `<html lang="ko"><head><meta charset="utf-8"><title>` + koTitle + ` - 강성일보</title></head><body><header><a href="/">강성일보</a><nav><a>정치</a> <a>경제</a></nav></header><div class="article"><h1>` + koTitle + `</h1>` + info + `<div class="article-body">` + ko + `</div></div><div class="ranking"><h2>많이 본 뉴스</h2><ul><li><a href="/1">다른 기사의 제목이 여기에 들어갑니다</a> 2024.05.15</li></ul></div><footer>Copyright © 2024 강성일보. All rights reserved.</footer></body></html>`
		},
		"ko board": func(info string) string {
			return `<html lang="ko"><head><meta charset="utf-8"><title>` + koTitle + ` > 자유게시판</title></head><body><div id="hd"><a href="/">커뮤니티</a></div><table class="board_view"><tr><th class="subject">` + koTitle + `</th></tr><tr><td class="info">` + info + `</td></tr><tr><td class="content">` + ko + `</td></tr></table><div class="list"><table><tr><td><a href="/2">이전 글의 제목이 여기에 들어갑니다</a></td><td>2024.05.15</td></tr></table></div></body></html>`
		},
		"ja news": func(info string) string {
			return `<html lang="ja"><head><meta charset="utf-8"><title>` + jaTitle + ` | 江城新聞</title></head><body><header><a href="/">江城新聞</a><nav><a>政治</a> <a>経済</a></nav></header><main><article><h1>` + jaTitle + `</h1>` + info + `<div class="article-body">` + ja + `</div></article></main><div class="ranking"><h2>アクセスランキング</h2><ul><li><a href="/1">別の記事の見出しがここに入ります</a> 2024年5月15日</li></ul></div><footer>Copyright © 2024 江城新聞社</footer></body></html>`
		},
		"ja blog": func(info string) string {
			return `<html lang="ja"><head><meta charset="utf-8"><title>` + jaTitle + ` - 江城ブログ</title></head><body><div id="blog-title"><a href="/">江城ブログ</a></div><div class="entry"><h2 class="entry-title">` + jaTitle + `</h2>` + info + `<div class="entry-content">` + ja + `</div></div><div class="sidebar"><h3>最近の投稿</h3><ul><li><a href="/2">前の記事の見出しがここに入ります</a></li></ul></div></body></html>`
		},
	}
	for _, c := range []struct{ name, lang, info, authors string }{
		{"a board's writer and date", "ko", `<div class="info">작성자 홍길동 | 작성일 2024.05.16 10:21</div>`, "홍길동"},
		{"a writer with a colon", "ko", `<div class="info">작성자 : 홍길동 | 등록일 : 2024-05-16</div>`, "홍길동"},
		{"a reporter's name label", "ko", `<div class="info">기자명 홍길동 기자 | 입력 2024.05.16 10:21 | 수정 2024.05.17 09:00</div>`, "홍길동"},
		{"a reporter before the date's label", "ko", `<div class="info">홍길동 기자 | 입력 2024.05.16 10:21</div>`, "홍길동"},
		{"the posting time", "ko", `<div class="info">글쓴이 홍길동 · 게시일 2024-05-16</div>`, "홍길동"},
		{"the writer with the publication date", "ja", `<div class="meta">執筆者：山田太郎　公開日：2024年5月16日</div>`, "山田太郎"},
		{"the poster", "ja", `<div class="meta">投稿者：山田太郎　投稿日：2024/05/16</div>`, "山田太郎"},
		{"the author", "ja", `<div class="meta">著者：山田太郎　2024年5月16日</div>`, "山田太郎"},
		// Japanese sets a space between the family name and the given
		// name: one person.
		{"the author's names spaced", "ja", `<div class="meta">著者：山田 太郎　2024年5月16日</div>`, "山田 太郎"},
		{"the writer's names spaced full-width", "ja", `<div class="meta">執筆者：山田　太郎　公開日：2024年5月16日</div>`, "山田 太郎"},
		{"the poster's names spaced", "ja", `<div class="meta">投稿者：鈴木 花子　投稿日：2024/05/16</div>`, "鈴木 花子"},
		{"two authors, each spaced", "ja", `<div class="meta">著者：山田 太郎、鈴木 花子　2024年5月16日</div>`, "山田 太郎; 鈴木 花子"},
		{"the category beside the poster", "ja", `<div class="meta">投稿者：山田太郎　分類：日記　投稿日：2024/05/16</div>`, "山田太郎"},
		{"the tags beside the poster", "ja", `<div class="meta">投稿者：山田太郎　カテゴリー：日記　タグ：道路　投稿日：2024/05/16</div>`, "山田太郎"},
		// Korean papers credit the text's writer, with or without the
		// photographs': "글·사진 홍길동", "글=홍길동 기자".
		{"the text's and the photographs' writer", "ko", `<div class="info">글·사진 홍길동 | 입력 2024.05.16 10:21</div>`, "홍길동"},
		{"the text's writer after an equals sign", "ko", `<div class="info">글=홍길동 | 입력 2024.05.16 10:21</div>`, "홍길동"},
		{"the text's reporter", "ko", `<div class="info">글 홍길동 기자 | 입력 2024.05.16 10:21</div>`, "홍길동"},
		// A wire's credit keeps the dateline it opens the story with:
		// the city and the wire in brackets, an equals sign after the
		// reporter's title.
		{"a wire's dateline before the reporter", "ko", `<div class="info"><span class="writer">[서울=뉴시스]홍길동 기자</span> | 입력 2024.05.16 10:21</div>`, "홍길동"},
		{"a wire's dateline in round brackets", "ko", `<div class="info"><span class="byline">(서울=연합뉴스) 홍길동 기자 =</span> <span class="date">2024.05.16 10:21</span></div>`, "홍길동"},
		{"a correspondents' dateline", "ko", `<div class="info"><span class="writer">【워싱턴=뉴시스】홍길동·김철수 특파원</span> | 입력 2024.05.16 10:21</div>`, "홍길동; 김철수"},
	} {
		for name, page := range pages {
			if !strings.HasPrefix(name, c.lang) {
				continue
			}
			t.Run(c.name+"/"+name, func(t *testing.T) {
				wantAuthorsDay(t, zhExtract(t, page(c.info), "https://www.example.com/news/articleView.html?idxno=12345"), c.info, c.authors, "2024-05-16")
			})
		}
	}
}

// bareAuthorLabel reads the Hangul labels only in a text holding the lead
// byte 0xEA or 0xEC: every one must start with one of them.
func TestHangulLabelsLeadByte(t *testing.T) {
	for _, l := range bareHangulLabels {
		if l[0] != 0xEA && l[0] != 0xEC {
			t.Errorf("bareHangulLabels: %q starts with %#x, which bareAuthorLabel's gate does not look for", l, l[0])
		}
	}
}

// Japanese sites label the last update "最終更新" as well as "最終更新日":
// "公開日：2024/5/16 最終更新：2024/5/18", "（最終更新 2024/5/18 09:10）".
// Its day is the update, not the publication.
func TestJapaneseLastUpdateLabel(t *testing.T) {
	ja := strings.Repeat(`<p>政府は十六日、地方の道路整備を進めるための新たな計画を発表した。今年度は全国で千二百キロの道路を新設または改良し、交通網の充実を図るという。</p>`, 4)
	title := "地方の道路整備に新計画　今年度は千二百キロ"
	for _, c := range []struct{ info, pub, mod string }{
		{"公開日：2024/5/16 最終更新：2024/5/18", "2024-05-16", "2024-05-18"},
		{"2024/5/16 10:21（最終更新 2024/5/18 09:10）", "2024-05-16", "2024-05-18"},
		{"最終更新：2024年5月18日", "", "2024-05-18"},
	} {
		page := `<html lang="ja"><head><meta charset="utf-8"><title>` + title + ` | 江城新聞</title></head><body><main><article><h1>` + title + `</h1><div class="meta">` + c.info + `</div><div class="article-body">` + ja + `</div></article></main></body></html>`
		a := zhExtract(t, page, "https://www.example.jp/news/12345")
		if a.PublishedDate != c.pub || a.ModifiedDate != c.mod {
			t.Errorf("%q: dates %q, %q; want %q, %q", c.info, a.PublishedDate, a.ModifiedDate, c.pub, c.mod)
		}
	}
}

// A translated piece credits its translator after the author, "张三 译"
// (translated by 张三), or under a label of its own, "译者：张三": the
// translator is not the author. A credit of the translator alone gives
// the translator, the one person the page names, as trafilatura and
// news-please give the byline's text.
func TestChineseTranslatorCredit(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"author, then the translator", "zh", `<p class="author">作者：李四 张三 译</p>`, "李四"},
		{"translator after a slash", "zh", `<p class="author">作者：李四 张三/译</p>`, "李四"},
		{"translator's label", "zh", `<div class="info">作者：John Smith　译者：张三</div>`, "John Smith"},
		{"the translator alone", "zh", `<p class="author">张三 译</p>`, "张三"},
	})
}

// A Chinese paper signs its editorials with its staff commentator, no
// person's name: "本报评论员" (this paper's commentator), "新华社评论员",
// on a line alone under the headline or before the issue note. The
// credit is the author, as an organisation is; a sentence that opens
// with the words is none.
func TestChineseStaffCommentator(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"a line alone", "zh", `<p>本报评论员</p>`, "本报评论员"},
		{"before the issue note", "zh", `<p class="sec">本报评论员　《 人民日报 》（ 2024年05月16日   第 01 版）</p>`, "本报评论员"},
		{"an agency's", "zh", `<p>新华社评论员</p>`, "新华社评论员"},
		{"labelled", "zh", `<div class="info">来源：人民日报　作者：本报评论员</div>`, "本报评论员"},
		{"a sentence", "zh", `<p>本报评论员认为，这一政策仅代表了部分群体的利益。</p>`, ""},
	})
}

// A Korean reporter's name and title run into the date on one line with
// no mark between, in spans or not ("<span>홍길동</span><span>기자</span>
// <span>2024.05.16 10:21</span>"): the credit before the date.
func TestKoreanCreditRunIntoDate(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"spans, spaced", "ko", `<div class="info-box"><span class="name">홍길동</span> <span class="pos">기자</span> <span class="date">2024.05.16 10:21</span></div>`, "홍길동"},
		{"spans, glued", "ko", `<div class="info-box"><span class="name">홍길동</span><span class="pos">기자</span><span class="date">2024.05.16 10:21</span></div>`, "홍길동"},
		{"text, glued title", "ko", `<div class="info-box">홍길동기자 2024.05.16 10:21</div>`, "홍길동"},
		{"a sentence with a date", "ko", `<div class="info-box">홍길동 기자가 2024.05.16 10:21 보도했다</div>`, ""},
	})
}

// Korean reporters who share one title are joined by a middle dot set
// tight between the names, which is no meta line's separator: "홍길동·
// 김철수 기자 | 2024.05.16 10:21" credits both; a spaced dot still
// separates the fields.
func TestKoreanReportersJoinedByDot(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"dot, then a bar and the date", "ko", `<div class="info-box">홍길동·김철수 기자 | 2024.05.16 10:21</div>`, "홍길동; 김철수"},
		{"Hangul dot, then a bar and the date", "ko", `<div class="info-box">홍길동ㆍ김철수 기자 | 2024.05.16 10:21</div>`, "홍길동; 김철수"},
		{"dot, run into the date", "ko", `<div class="info-box">홍길동·김철수 기자 2024.05.16 10:21</div>`, "홍길동; 김철수"},
		{"one name, a spaced dot", "ko", `<div class="info-box">홍길동 기자 · 입력 2024.05.16 10:21</div>`, "홍길동"},
	})
}
