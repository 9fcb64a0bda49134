package extractor

import (
	"strings"
	"testing"
)

// sidebarLangsParas is the article of the pages below, one paragraph each.
var sidebarLangsParas = []string{
	"The regional water board approved a plan on Wednesday to rebuild the northern reservoir dam, a project that engineers say is overdue by at least a decade.",
	"Inspectors found cracks in the spillway last winter and ordered the water level kept two metres below its normal height until the repairs are finished.",
	"Farmers downstream have complained that the lower level leaves them short of water in the dry months, when their orchards need it most.",
	"The board expects the work to cost about forty million and to take three years, paid for by a loan from the national infrastructure fund.",
	"A public hearing on the plan will be held next month in the town hall, and residents may send written comments until the end of the year.",
}

// sidebarLangsPage writes a news page whose article container holds the
// paragraphs, between after the third of them and after at its end.
func sidebarLangsPage(between, after string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Water board to rebuild reservoir dam</title></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article class="post"><h1>Water board to rebuild reservoir dam</h1><div class="article-body">`)
	for i, p := range sidebarLangsParas {
		b.WriteString("<p>" + p + "</p>")
		if i == 2 {
			b.WriteString(between)
		}
	}
	b.WriteString(after + `</div></article></main><footer><p>Valley Herald, 4 Mill Lane.</p></footer></body></html>`)
	return b.String()
}

// checkConventionPage extracts page and asks that its body hold every
// paragraph of the article and every text of kept, and no text of gone.
func checkConventionPage(t *testing.T, name, page string, gone, kept []string) {
	t.Helper()
	a, err := Extract([]byte(page), "https://herald.example/news/2024/05/09/dam", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range sidebarLangsParas {
		if !strings.Contains(a.Text, p) {
			t.Errorf("Extract(%s).Text lacks %q", name, p[:40])
		}
	}
	for _, s := range gone {
		if strings.Contains(a.Text, s) {
			t.Errorf("Extract(%s).Text holds %q", name, s)
		}
	}
	for _, s := range kept {
		if !strings.Contains(a.Text, s) {
			t.Errorf("Extract(%s).Text lacks %q", name, s)
		}
	}
}

// TestSidebarLabelsMoreLanguages: a see-also line inside the article ("Siehe
// auch: <a>…</a>", "Čtěte také:", "【関連記事】", "Đọc thêm:", "पढ़ें-",
// "MORE :") goes, its label and its linked headline, and the paragraphs
// around it stay; so does a block of other stories under "最热" after the
// article, its label too, or under "Đọc thêm" or "पढ़ें", which also
// name a button that shows the rest of an article. A line that only
// starts with such a word stays.
func TestSidebarLabelsMoreLanguages(t *testing.T) {
	line := func(label, headline string) string {
		return `<p>` + label + ` <a href="/news/2024/05/01/bridge">` + headline + `</a></p>`
	}
	teasers := `<ul><li><a href="/news/2024/05/10/a">Mayor opens new bridge over the canal</a></li><li><a href="/news/2024/05/11/b">Schools close early as storm nears the coast</a></li><li><a href="/news/2024/05/12/c">Ferry fares to rise by five percent in January</a></li></ul>`
	for _, c := range []struct {
		name, between, after string
		gone, kept           []string
	}{
		// Labels, in languages and spellings sidebarLabels lacked.
		{"es vea también", line("<strong>VEA TAMBIÉN:</strong>", "El alcalde inaugura un nuevo puente sobre el canal"), "", []string{"VEA", "alcalde"}, nil},
		{"de siehe auch", line("Siehe auch:", "Bürgermeister eröffnet neue Brücke am Kanal"), "", []string{"Siehe", "Brücke"}, nil},
		{"fr a lire aussi", line("<strong>A lire aussi :</strong>", "Le maire inaugure un nouveau pont sur le canal"), "", []string{"lire", "maire"}, nil},
		{"cs čtěte také", line("<strong>Čtěte také:</strong>", "Starosta otevřel nový most přes kanál"), "", []string{"Čtěte", "Starosta"}, nil},
		{"cs přečtěte si také", line("<strong>Přečtěte si také:</strong>", "Starosta otevřel nový most přes kanál"), "", []string{"Přečtěte", "Starosta"}, nil},
		{"sk čítajte aj", line("<strong>Čítajte aj:</strong>", "Primátor otvoril nový most cez kanál"), "", []string{"Čítajte", "Primátor"}, nil},
		{"tr ayrıca okuyun", line("<strong>Ayrıca okuyun:</strong>", "Belediye başkanı yeni köprüyü açtı"), "", []string{"Ayrıca", "Belediye"}, nil},
		{"zh 最热", "", `<div class="hd">最热</div>` + teasers, []string{"最热", "Mayor opens"}, nil},
		{"vi Đọc thêm heading", "", `<h3>Đọc thêm</h3>` + teasers, []string{"Đọc thêm", "Mayor opens"}, nil},
		{"hi पढ़ें heading", "", `<div class="title">पढ़ें</div>` + teasers, []string{"पढ़ें", "Mayor opens"}, nil},
		// A label in brackets.
		{"ja brackets", line("【関連記事】", "市長が運河に架かる新しい橋を開通させる"), "", []string{"関連記事", "市長"}, nil},
		{"ko brackets", line("[관련기사]", "시장, 운하 위 새 다리 개통식 열어"), "", []string{"관련기사", "시장,"}, nil},
		// One word and a linked headline.
		{"vi đọc thêm", line("<strong>Đọc thêm:</strong>", "Thị trưởng khánh thành cây cầu mới"), "", []string{"Đọc thêm", "Thị trưởng"}, nil},
		{"hi पढ़ें dash", line("पढ़ें-", "मेयर ने नहर पर नए पुल का उद्घाटन किया"), "", []string{"पढ़ें", "मेयर"}, nil},
		{"en MORE colon", line("<strong>MORE :</strong>", "Storm tracker shows how the storm will cross the valley"), "", []string{"MORE", "Storm tracker"}, nil},
		{"en MORE dash", line("MORE —", "Storm tracker shows how the storm will cross the valley"), "", []string{"MORE", "Storm tracker"}, nil},
		// A "More" in other case, or words before the link, are the
		// article's.
		{"en More mixed case", line("More:", "Storm tracker shows how the storm will cross the valley"), "", nil, []string{"Storm tracker"}},
		{"vi sentence", `<p>Đọc thêm về <a href="/x">kế hoạch xây dựng lại con đập</a> trên trang của hội đồng.</p>`, "", nil, []string{"kế hoạch"}},
	} {
		checkConventionPage(t, c.name, sidebarLangsPage(c.between, c.after), c.gone, c.kept)
	}
}

// TestSignUpBox: a newsletter's sign-up box inside the article's container,
// its class naming nothing ("box"), goes whole: its call and its pitch
// with its form of an e-mail field. A comment form (a text area) and a
// form in a box of the article's paragraphs take nothing more.
func TestSignUpBox(t *testing.T) {
	form := `<form action="/subscribe"><input type="email" name="email" placeholder="Email address"><button type="submit">Sign up</button></form>`
	for _, c := range []struct {
		name, after string
		gone, kept  []string
	}{
		{"en", `<div class="box"><h3>Never miss a story</h3><p>Get the day's news from the valley every morning, free.</p>` + form + `</div>`, []string{"miss a story", "every morning"}, nil},
		{"de", `<div class="box"><h3>Keine Nachricht verpassen</h3><p>Die wichtigsten Nachrichten aus dem Tal jeden Morgen kostenlos.</p>` + form + `</div>`, []string{"verpassen", "jeden Morgen"}, nil},
		{"nested wrappers", `<section class="cta"><div class="inner"><p class="kicker">Want more stories like this?</p><div class="form-wrap">` + form + `</div></div></section>`, []string{"stories like this"}, nil},
		{"comment form", `<div class="box"><h3>Join the conversation</h3><form action="/comment"><textarea name="c"></textarea><input type="email" name="email"><button>Post</button></form></div>`, nil, []string{"Join the conversation"}},
	} {
		checkConventionPage(t, c.name, sidebarLangsPage("", c.after), c.gone, c.kept)
	}
}

// TestContinuesBelowLine: "Article continues below", where an ad slot
// cuts the story, goes, as "Story continues below advertisement" does.
func TestContinuesBelowLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Article continues below", true},
		{"Article Continues Below", true},
		{"Story continues after this ad", true},
		{"Article continues after advertisement", true},
		{"The article continues below the fold on page two", false},
		{"Story continues", false},
	} {
		if got := isShortBoiler(c.line); got != c.want {
			t.Errorf("isShortBoiler(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestAuthorBoxClasses: the author's box under the story, as themes and
// plug-ins name it, is none of the body: its bio goes.
func TestAuthorBoxClasses(t *testing.T) {
	bio := `<img src="/a.jpg" class="avatar"><div class="desc"><a href="/author/jane" class="name">Jane Doe</a><p>Jane Doe is a senior reporter at the Valley Herald who covers water, farming and the regional government. She joined the paper in 2015 after ten years at a wire service.</p></div>`
	for _, class := range []string{"author-box", "authorbox", "about-the-author", "author-card", "author-profile", "author-details", "writer-bio", "contributor-bio",
		"autorenbox", "autor-box", "saboxplugin-wrap", "molongui-author-box", "author-info", "pp-multiple-authors-boxes-wrapper"} {
		checkConventionPage(t, class, sidebarLangsPage("", `<div class="`+class+`">`+bio+`</div>`), []string{"Jane Doe is"}, nil)
	}
}
