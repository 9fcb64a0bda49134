package extractor

import "testing"

// A <title> whose only witness of the site's name is the host: the name
// is the host's label and a word that names a publication ("Rural News
// Network" on ruralnews.net, "Foo Herald" on foo.com), and a colon may
// set the site's whole name off at the end ("Headline: Russia:
// Lenta.ru"), with the section a menu names before it, or one word
// after a headline of four words or more.
func TestTitleSiteNameTails(t *testing.T) {
	menu := `<nav><ul><li><a href="/rubrics/russia/">Россия</a></li><li><a href="/rubrics/world/">Мир</a></li><li><a href="/rubrics/economics/">Экономика</a></li></ul></nav>`
	for _, tc := range []struct {
		name, url, title, body, want string
	}{
		{"label and network before a colon", "http://www.ruralnews.net/archive/0405/budget.htm",
			"Rural News Network: Council approves new budget", "", "Council approves new budget"},
		{"label and herald, then a tagline", "https://www.foo.com/story/123",
			"Council approves new budget – Foo Herald – Your source for local news", "", "Council approves new budget"},
		{"domain after a colon, section before it", "https://lenta.ru/news/2024/05/01/budget/",
			"Городской совет утвердил новый бюджет: Россия: Lenta.ru", menu, "Городской совет утвердил новый бюджет"},
		{"name after a colon", "https://www.valleygazette.com/2024/05/01/budget/",
			"Council approves new budget: Valley Gazette", "", "Council approves new budget"},
		// A subtitle after a colon stays: it names no site.
		{"subtitle after a colon", "https://www.valleygazette.com/2024/05/01/budget/",
			"Council approves new budget: Roads first", "", "Council approves new budget: Roads first"},
		// A section after the name goes where no menu names it when it
		// is one word after a headline of four words or more; a
		// subtitle of two words stays, as does one after a short
		// headline.
		{"unnamed section", "https://lenta.ru/news/2024/05/01/budget/",
			"Городской совет утвердил новый бюджет: Россия: Lenta.ru", "", "Городской совет утвердил новый бюджет"},
		{"unnamed section, og:site_name", "https://www.vesti-doliny.example/news/2024/05/01/budget/",
			"Городской совет утвердил новый бюджет: Общество: Вести Долины", `<meta property="og:site_name" content="Вести Долины">`, "Городской совет утвердил новый бюджет"},
		{"subtitle stays", "https://lenta.ru/news/2024/05/01/budget/",
			"Городской совет утвердил новый бюджет: Школы подождут: Lenta.ru", "", "Городской совет утвердил новый бюджет: Школы подождут"},
		{"short headline keeps its word", "https://lenta.ru/news/2024/05/01/budget/",
			"Бюджет утвержден: Россия: Lenta.ru", "", "Бюджет утвержден: Россия"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body>` + tc.body + `<div class="text">` + titleBody + `</div></body></html>`
			if got, _ := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}
