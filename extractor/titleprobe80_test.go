package extractor

import "testing"

// Some broadcasters' and papers' templates open the <title> with the
// section's name as a sentence of its own before a short headline
// ("Sport. Ajax wint"): the name goes where it is a news section's
// (sectionNames) or the page's menus or address name it. A first
// sentence that names no section, an abbreviation, and a headline of one
// word after it stay.
func TestTitleProbe80SectionSentence(t *testing.T) {
	const nl = "https://www.omroep.example/artikel/2512345-ajax-wint"
	body := `<div class="story">` + probe46Body + `</div>`
	menu := `<ul class="menu"><li><a href="/binnenland/">Binnenland</a></li><li><a href="/buitenland/">Buitenland</a></li></ul>`
	runTitleProbes46(t, []titleProbe46{
		{"section name, short headline", nl, `<title>Sport. Ajax wint</title>`, body, "Ajax wint"},
		{"section name, longer headline", nl, `<title>Sport. Ajax wint van PSV in de Klassieker</title>`, body, "Ajax wint van PSV in de Klassieker"},
		{"section name and site", nl, `<title>Sport. Ajax wint van PSV | Omroep</title>`, body, "Ajax wint van PSV"},
		{"menu entry", nl, `<title>Binnenland. Kabinet valt over stikstof</title>`, menu + body, "Kabinet valt over stikstof"},
		{"folder", "https://www.krant.example/economie/2512345/inflatie-daalt", `<title>Economie. Inflatie daalt verder</title>`, body, "Inflatie daalt verder"},
		{"og:title", nl, `<meta property="og:title" content="Sport. Ajax wint van PSV">`, body, "Ajax wint van PSV"},
		{"not a section stays", nl, `<title>Chaos. Treinen rijden niet in het hele land</title>`, body, "Chaos. Treinen rijden niet in het hele land"},
		{"unnamed word stays", nl, `<title>Binnenland. Kabinet valt over stikstof</title>`, body, "Binnenland. Kabinet valt over stikstof"},
		{"abbreviation stays", "https://www.valleypost.example/news/2024/03/12/st-louis", `<title>St. Louis votes for the new tram line</title>`, body, "St. Louis votes for the new tram line"},
		{"one word after stays", nl, `<title>Sport. Ajax</title>`, body, "Sport. Ajax"},
	})
}

// Templates that link the headline to its own page wrap the whole <h1>
// in the link, and the kicker they open it with sits inside that link
// ("<h1><a href=…><span class="kicker">Transport</span>Headline</a></h1>"):
// it goes as it does from an <h1> that is not linked, glued to the
// headline or spaced from it, where the <title> names no kicker or sets
// it off as a segment of its own.
func TestTitleProbe80LinkedKicker(t *testing.T) {
	const en = "Council votes for the new tram line through the valley"
	const u = "https://www.valleypost.example/news/2024/03/12/council-votes-tram"
	body := `<div class="story">` + probe46Body + `</div>`
	link := func(kicker, sep string) string {
		return `<h1 class="headline"><a href="` + u + `">` + kicker + sep + en + `</a></h1>` + body
	}
	runTitleProbes46(t, []titleProbe46{
		{"classed kicker glued", u, `<title>Valley Post</title>`, link(`<span class="kicker">Transport</span>`, ""), en},
		{"classed kicker spaced", u, `<title>Valley Post</title>`, link(`<span class="kicker">Transport</span>`, " "), en},
		{"eyebrow", u, `<title>Valley Post</title>`, link(`<span class="eyebrow">Exclusive</span>`, ""), en},
		{"titled kicker", u, `<title>Transport - ` + en + ` - Valley Post</title>`, link(`<span>Transport</span>`, " "), en},
		{"unclassed span stays", u, `<title>Valley Post</title>`, link(`<span>Transport</span>`, " "), "Transport " + en},
	})
}

// Polish, Ukrainian and Russian papers set a badge's word before the
// headline with an exclamation mark ("PILNE! Nagłówek", "Терміново!
// Заголовок", "Срочно! Заголовок"): it goes as "BREAKING:" does. An
// exclamation after a word that is no badge's stays the headline's own.
func TestTitleProbe80BadgeExclamation(t *testing.T) {
	const pl = "Rada miasta głosuje za nową linią tramwajową"
	const uk = "Міська рада проголосувала за нову трамвайну лінію"
	const ru = "Власти выделят 400 млн на очистные сооружения"
	body := `<div class="story">` + probe46Body + `</div>`
	runTitleProbes46(t, []titleProbe46{
		{"polish", "https://www.gazetadoliny.example/wiadomosci/rada-miasta-tramwaj,123456.html", `<title>PILNE! ` + pl + ` - Gazeta Doliny</title>`, body, pl},
		{"ukrainian", "https://dolyna.example/news/2024/03/12/miska-rada-tramvay", `<title>Терміново! ` + uk + `</title>`, body, uk},
		{"russian og:title", "https://dolina.example/news/2024/03/12/vlasti-vydelyat", `<meta property="og:title" content="Срочно! ` + ru + `">`, body, ru},
		{"no badge stays", "https://www.gazetadoliny.example/wiadomosci/rada-miasta-tramwaj,123456.html", `<title>Brawo! ` + pl + `</title>`, body, "Brawo! " + pl},
	})
}

// A portal's service, a blog host or an older template writes its name
// alone as every page's <title> ("네이버 블로그", "네이버 뉴스", "صحيفة
// النهار") in a script without capitals too, where the page shows the
// headline in a block classed as one that the story follows: Naver's
// SmartEditor 2 (<span class="pcol1 itemSubjectBoldfont">), 3 (<div
// class="se_title"><h3 class="se_textarea">) and ONE (se-title-text), a
// news viewer's <h2 class="media_end_head_headline">. Where the heading
// is not classed as a headline, the <title> stays.
func TestTitleProbe80CaselessName(t *testing.T) {
	const (
		ko   = "봄철 미세먼지 줄이는 실내 환기 요령 다섯 가지"
		ar   = "المجلس البلدي يصوت لصالح خط الترام الجديد عبر الوادي"
		blog = "https://blog.naver.example/PostView.naver?blogId=abc&logNo=221430673006"
	)
	koBody, arBody := `<div class="post-view">`+probe77TitleBodyKo+`</div>`, `<div class="article">`+probe78TitleBodyAr+`</div>`
	runTitleProbes46(t, []titleProbe46{
		{"smarteditor 2", blog, `<title>네이버 블로그</title>`, `<table class="post-top"><tr><td class="bcc"><div class="htitle" id="title_1"><span class="pcol1 itemSubjectBoldfont">` + ko + `</span></div></td><td class="date"><p class="date fil5 pcol2 _postAddDate">2019. 3. 12. 10:15</p></td></tr></table>` + koBody, ko},
		{"smarteditor 3", blog, `<title>네이버 블로그</title>`, `<div class="se_component se_documentTitle"><div class="se_title"><h3 class="se_textarea">` + ko + `</h3></div></div>` + koBody, ko},
		{"smarteditor one", blog, `<title>네이버 블로그</title>`, `<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph"><span>` + ko + `</span></p></div>` + koBody, ko},
		{"news viewer", "https://n.news.naver.example/mnews/article/001/0012345678", `<title>네이버 뉴스</title>`, `<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>` + ko + `</span></h2></div>` + koBody, ko},
		{"arabic paper", "https://www.alwadi.example/news/2024/03/12/123456", `<title>صحيفة النهار</title>`, `<div class="article-title">` + ar + `</div>` + arBody, ar},
		{"unclassed heading, title stays", blog, `<title>네이버 블로그</title>`, `<h3>` + ko + `</h3>` + koBody, "네이버 블로그"},
	})
}
