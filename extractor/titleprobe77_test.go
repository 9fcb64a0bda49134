package extractor

import "testing"

// An older template's "Site: Tagline" <title>, a colon after the name
// the host spells, yields to the story's headline set as a plain heading
// or a bold line where the address says nothing of the tagline, as
// "Site - Tagline" does; "Site: Headline" keeps its say where the page
// shows another heading or rephrases it, or the address spells it.
func TestTitleProbe77SiteColonTagline(t *testing.T) {
	const h = probe74TitleHeadline
	const u = "https://www.valleyherald.example/news/2024/03/12/water-board"
	cases := probe77TitleTaglineCases(u, "Valley Herald: Your local news", "Valley Herald: News from the valley since 1887", "The Valley Herald: Springfield's daily newspaper")
	cases = append(cases,
		titleProbe46{"site: headline, subhead in the body", u, `<title>Valley Herald: ` + h + `</title>`,
			`<div class="story">` + probe74TitleBody + `<h2>Why the plants matter to farmers</h2>` + probe74TitleBody + `</div>`, h},
		titleProbe46{"site: headline, rephrased on the page", u, `<title>Valley Herald: Board plans $400m water plants</title>`,
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`, "Board plans $400m water plants"},
		titleProbe46{"site: headline, the address spells its words", "https://www.valleyherald.example/news/2024/03/12/bus-plan", `<title>Valley Herald: Bus plan wins council vote</title>`,
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`, "Bus plan wins council vote"},
		titleProbe46{"kicker: headline, the host spells no kicker", u, `<title>Drought: Farmers ask for the channels to be cleared</title>`,
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`, "Drought: Farmers ask for the channels to be cleared"},
	)
	runTitleProbes46(t, cases)
}

// probe77TitleTaglineCases sets the story's headline as a plain heading
// and as a bold line under each of titles, a site's name and tagline
// that the headline should beat.
func probe77TitleTaglineCases(u string, titles ...string) []titleProbe46 {
	const h = probe74TitleHeadline
	var cases []titleProbe46
	for _, title := range titles {
		for _, body := range []string{
			`<div class="story"><h2>` + h + `</h2>` + probe74TitleBody + `</div>`,
			`<div class="story"><h3>` + h + `</h3>` + probe74TitleBody + `</div>`,
			`<div class="story"><p><strong>` + h + `</strong></p>` + probe74TitleBody + `</div>`,
			`<table><tr><td><font size="5"><b>` + h + `</b></font><br>` + probe74TitleBody + `</td></tr></table>`,
		} {
			cases = append(cases, titleProbe46{title + " over " + body[:30], u, `<title>` + title + `</title>`, body, h})
		}
	}
	return cases
}

// probe77TitleBodyKo is a Korean post's text, long enough to be the
// page's body.
const probe77TitleBodyKo = `<p>서울시는 화요일 내년부터 10년 동안 새 정수장 건설에 4천억 원을 투자하겠다고 밝혔다. 이는 전쟁 이후 저수지가 건설된 이래 가장 큰 규모의 투자다.</p>
<p>첫 번째 정수장은 2년 뒤 도시 북쪽에 문을 열 예정이며, 시는 공사가 진행되는 동안 요금 인상을 물가 상승률 이내로 묶겠다고 약속했다. 소비자 단체들은 이 약속을 지켜보겠다고 말했다.</p>
<p>농민 대표들은 계획을 환영하면서도 강을 따라 있는 배수로를 먼저 정비해 달라고 요청했고, 시는 정수장 계획이 마련되는 대로 이를 검토하겠다고 답했다.</p>`

// A blog editor's title module that writes the post's title as a
// paragraph, as its text modules write the body (Naver's SmartEditor
// ONE: "<div class="se-module se-title-text"><p
// class="se-text-paragraph">"), is the page's heading: the blog's name
// the <title> sets before it ("블로그명 : 제목") is cut at it. A title
// block that wraps two paragraphs, or a line beside its paragraph, is
// no headline.
func TestTitleProbe77ParagraphTitle(t *testing.T) {
	const h = "정수장 건설에 4천억 투자"
	const u = "https://blog.naver.example/valley/223123456789"
	title := `<title>밸리 노트 : ` + h + `</title>`
	module := func(inner string) string {
		return `<div class="se-component se-documentTitle"><div class="se-module se-module-text se-title-text">` + inner + `</div></div><div class="se-main-container">` + probe77TitleBodyKo + `</div>`
	}
	runTitleProbes46(t, []titleProbe46{
		{"title module", u, title, module(`<p class="se-text-paragraph"><span class="se-fs-">` + h + `</span></p>`), h},
		{"title module, paragraph alone", u, title, module(`<p>` + h + `</p>`), h},
		{"english blog, title block", "https://valleynotes.example/?p=2231", `<title>Valley Notes : ` + probe74TitleHeadline + `</title>`,
			`<div class="post-title"><p>` + probe74TitleHeadline + `</p></div><div class="post-body">` + probe74TitleBody + `</div>`, probe74TitleHeadline},
		{"title block of two paragraphs", u, title, module(`<p>밸리 노트</p><p>` + h + `</p>`), "밸리 노트 : " + h},
		{"title block, a line beside its paragraph", u, title, module(`밸리 노트<p>` + h + `</p>`), "밸리 노트 : " + h},
	})
}

// A kicker classed as the headline's intro ("<span
// class="headline-intro">", "<span class="preHeadline">") before the
// headline in the <h1> is cut as a "kicker" or "topline" one is, where
// nothing the page states says the headline; a stated title that keeps
// it keeps it.
func TestTitleProbe77IntroKicker(t *testing.T) {
	const h = "Selenskyj fordert mehr Hilfe vom Westen"
	const u = "https://www.zeitung.example/politik/ausland/ukraine-krieg-selenskyj-fordert-mehr-hilfe-a-1234.html"
	page := func(h1 string) string {
		return `<header><a href="/">Zeitung</a></header><article>` + h1 + probe74TitleBody + `</article>`
	}
	runTitleProbes46(t, []titleProbe46{
		{"headline-intro", u, `<title>Zeitung</title>`, page(`<h1><span class="headline-intro">Ukraine-Krieg</span> <span class="headline">` + h + `</span></h1>`), h},
		{"preHeadline", u, `<title>Zeitung</title>`, page(`<h1><span class="preHeadline">Ukraine-Krieg</span> ` + h + `</h1>`), h},
		{"og:title keeps it", u, `<title>Zeitung</title><meta property="og:title" content="Ukraine-Krieg: ` + h + `">`,
			page(`<h1><span class="headline-intro">Ukraine-Krieg</span><span class="visually-hidden">: </span><span class="headline">` + h + `</span></h1>`), "Ukraine-Krieg: " + h},
	})
}
