package extractor

import "testing"

// Older CMSs and static templates without structured data: the headline
// is the page's own heading, found by its CMS's class or by where it
// sits, never the masthead's name or the section's label the <title>
// gives instead.
func TestTitleOlderCMS(t *testing.T) {
	const h = "Council approves budget for the new school"
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	const hes = "El ayuntamiento aprueba el presupuesto de la nueva escuela"
	table := func(x string) string {
		return `<table><tr><td><a href="/"><img src="/logo.gif" alt="logo"></a></td></tr><tr><td><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/sports/">Sports</a></td></tr><tr><td width="150"><b>Latest headlines</b><br><a href="/a">Storm warning for the weekend</a><br><a href="/b">Local team wins the cup</a></td><td>` + x + titleBody + `</td></tr></table>`
	}
	for _, tc := range []struct{ name, url, head, body, want string }{
		// Joomla 1.0/1.5: "<td class="contentheading">", the <title>
		// the site's name.
		{"joomla td.contentheading", "http://www.valleygazette.example/index.php?option=com_content&task=view&id=12&Itemid=2",
			`<title>Valley Gazette</title>`,
			table(`<table class="contentpaneopen"><tr><td class="contentheading" width="100%">` + h + `</td></tr></table>`), h},
		{"joomla h2.contentheading, German", "http://www.talzeitung.example/index.php?option=com_content&view=article&id=12",
			`<title>Talzeitung</title>`,
			table(`<h2 class="contentheading">` + hde + `</h2>`), hde},
		// One-word compounds of older news CMSs and WordPress's classic
		// theme.
		{"span.newsTitle", "http://www.valleygazette.example/news/show.php?id=1234",
			`<title>Valley Gazette</title>`, table(`<span class="newsTitle">` + h + `</span><br>`), h},
		{"span.articleHeadline, Spanish", "http://www.diariodelvalle.example/noticia.asp?id=1234",
			`<title>Diario del Valle</title>`, table(`<span class="articleHeadline">` + hes + `</span><br>`), hes},
		{"div.storyTitle", "http://www.valleygazette.example/news/show.php?id=1234",
			`<title>Valley Gazette</title>`, table(`<div class="storyTitle">` + h + `</div>`), h},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
