package extractor

import "testing"

// Korean news sites set a badge's label in square brackets before the
// headline ("[단독]", exclusive; "[속보]", breaking; "[포토]", a photo
// story; "[영상]", a video), with a space after it or none, in the
// <title>, og:title and the <h1> alike: it says how the story runs, as
// "Exclusive:" and "【速報】" do, and goes wherever enough headline
// remains. A bracketed word no badge is ("[사설]", an editorial's
// column) stays.
func TestTitleProbe34KoreanBadge(t *testing.T) {
	const k = "시의회, 새 학교 예산안 통과…내년 착공"
	b := probe33Body
	g := "https://www.valleyilbo.example.kr/news/articleView.html?idxno=123"
	site := `<meta property="og:site_name" content="밸리일보">`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"[단독] H - S", g, `<title>[단독] ` + k + ` - 밸리일보</title>` + site, b, k},
		{"[속보]H, no space", g, `<title>[속보]` + k + ` - 밸리일보</title>` + site, b, k},
		{"[포토] H, og:title", g, `<meta property="og:title" content="[포토] ` + k + `"><title>[포토] ` + k + ` | 밸리일보</title>` + site, b, k},
		{"[영상] H, h1", g, `<title>[영상] ` + k + ` - 밸리일보</title>` + site, `<h1>[영상] ` + k + `</h1>` + b, k},
		{"[사설] stays", g, `<title>[사설] ` + k + ` - 밸리일보</title>` + site, b, "[사설] " + k},
		{"[단독] before two words", g, `<title>[단독] 예산안 통과</title>`, b, "[단독] 예산안 통과"},
	})
}

// A template may glue the story's byline to the end of its <title>
// ("Headline by Jane Doe | Site", "Headline, by Jane Doe", a blog's
// "Headline // by Jane Doe"): where the name is an author the page
// states (its author tag, its JSON-LD, a rel=author link), it goes. A
// "by" before a name the page does not state as its author is the
// headline's own ("Stand by Me by Stephen King", a book's review).
func TestTitleProbe34Byline(t *testing.T) {
	h, b, g := probe33Head, probe33Body, probe33URL
	meta := `<meta name="author" content="Jane Doe">`
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script>`
	rel := `<p class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a></p>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"H by A | S, author tag", g, meta + `<title>` + h + ` by Jane Doe | Valley Gazette</title>`, b, h},
		{"H by A - S, JSON-LD", g, ld + `<title>` + h + ` by Jane Doe - Valley Gazette</title>`, b, h},
		{"H, by A, rel=author", g, `<title>` + h + `, by Jane Doe</title>`, rel + b, h},
		{"H // by A, og:title", g, meta + `<meta property="og:title" content="` + h + ` // by Jane Doe"><title>` + h + ` // by Jane Doe</title>`, b, h},
		{"H - By A - S", g, meta + `<title>` + h + ` - By Jane Doe - Valley Gazette</title>`, b, h},
		{"another name", g, meta + `<title>` + h + ` by John Roe | Valley Gazette</title>`, b, h + " by John Roe"},
		{"no author stated", g, `<title>Stand by Me by Stephen King, reviewed | Valley Gazette</title>`, b, "Stand by Me by Stephen King, reviewed"},
	})
}

// The same byline in the other languages' words for "by": "Schlagzeile
// von Anna Schmidt | Site", "Titre par Jean Dupont - Site", "Titular por
// Juan Pérez"; a name the page does not state stays, as a headline's own
// "von" does.
func TestTitleProbe34BylineLanguages(t *testing.T) {
	b, g := probe33Body, probe33URL
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	const hfr = "Le conseil municipal vote le budget de la nouvelle école"
	const hes = "El ayuntamiento aprueba el presupuesto de la escuela"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"de, von", g, `<meta name="author" content="Anna Schmidt"><title>` + hde + ` von Anna Schmidt | Talbote</title>`, b, hde},
		{"fr, par", g, `<meta name="author" content="Jean Dupont"><title>` + hfr + ` par Jean Dupont - Le Val</title>`, b, hfr},
		{"es, por", g, `<meta name="author" content="Juan Pérez"><title>` + hes + ` por Juan Pérez</title>`, b, hes},
		{"de, another name", g, `<meta name="author" content="Anna Schmidt"><title>` + hde + ` von Hans Roe | Talbote</title>`, b, hde + " von Hans Roe"},
	})
}

// A forum's or a blog's count of the comments or replies a story drew,
// set in brackets after the headline or as a segment of its own
// ("Headline (23 comments) - Site", "Überschrift - 5 Kommentare -
// Site", "Titre (12 commentaires)"), goes from the stated titles as a
// page's number does. So does a note of what the story holds ("(VIDEO)",
// cutMediaMark), as a leading "VIDEO:" does.
func TestTitleProbe34CountNote(t *testing.T) {
	h, b, g := probe33Head, probe33Body, probe33URL
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	const hfr = "Le conseil municipal vote le budget de la nouvelle école"
	const hes = "El ayuntamiento aprueba el presupuesto de la escuela"
	const hru = "Городской совет утвердил бюджет новой школы"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"H (23 comments)", g, `<title>` + h + ` (23 comments)</title>`, b, h},
		{"H (1 Comment) - S", g, `<title>` + h + ` (1 Comment) - Valley Gazette</title>`, b, h},
		{"H (12 replies), og:title", g, `<meta property="og:title" content="` + h + ` (12 replies)"><title>` + h + ` (12 replies)</title>`, b, h},
		{"H (23 comments), h1", g, `<title>` + h + ` (23 comments)</title>`, `<h1>` + h + `</h1>` + b, h},
		{"German H - 5 Kommentare - S", g, `<title>` + hde + ` - 5 Kommentare - Talzeitung</title>`, b, hde},
		{"French H (12 commentaires)", g, `<title>` + hfr + ` (12 commentaires)</title>`, b, hfr},
		{"Spanish H (5 comentarios) - S", g, `<title>` + hes + ` (5 comentarios) - Diario</title>`, b, hes},
		{"Russian H (7 комментариев)", g, `<title>` + hru + ` (7 комментариев)</title>`, b, hru},
		{"media note goes", g, `<title>` + h + ` (VIDEO)</title>`, b, h},
		{"a headline's count stays", g, `<title>Council reads 23 comments on the new school</title>`, b, "Council reads 23 comments on the new school"},
	})
}

// A sidebar's label set as an <h1> in a column no class marks, over a
// list of short links (a blog's categories, a month's archive), is no
// headline, as one over other stories' links is not (TestTitleProbe33ListH1):
// the plain <h2> the story follows is. An <h1> its story follows keeps
// its links, its tags, whatever their length.
func TestTitleProbe34CategoryH1(t *testing.T) {
	h, b, g := probe33Head, probe33Body, probe33URL
	cats := `<ul><li><a href="/c/local">Local</a></li><li><a href="/c/schools">Schools</a></li><li><a href="/c/politics">Politics</a></li><li><a href="/c/sport">Sport</a></li></ul>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"categories <h1> after the story", g, `<title>Valley Gazette</title>`, `<div class="col-8"><h2>` + h + `</h2>` + b + `</div><div class="col-4"><h1>Categories</h1>` + cats + `</div>`, h},
		{"archive <h1> before the story", g, `<title>Valley Gazette</title>`, `<div class="col-4"><h1>Archives</h1><ul><li><a href="/2024/05/">May 2024</a></li><li><a href="/2024/04/">April 2024</a></li><li><a href="/2024/03/">March 2024</a></li></ul></div><div class="col-8"><h2>` + h + `</h2>` + b + `</div>`, h},
		{"<h1> over its tags and its story", g, `<title>Valley Gazette</title>`, `<h1>` + h + `</h1>` + cats + b, h},
	})
}

// An older template titles every page "Site - Tagline" and sets the
// site's name as an <h1> that links nowhere, its tagline under it, the
// post's title a plain <h2> its story follows: on a host that does not
// spell the name, the <h2> is the title, not the name. An <h1> whose
// block holds more than the name and the tagline is left as it is.
func TestTitleProbe34TaglineMasthead(t *testing.T) {
	h, b := probe33Head, probe33Body
	g := "https://www.vgz-news.example/2009/05/16/council-budget/"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"Site - Tagline, masthead <h1>", g, `<title>Valley Gazette - News from the valley</title>`, `<div id="header"><h1>Valley Gazette</h1><p class="description">News from the valley</p></div><div class="post"><h2>` + h + `</h2>` + b + `</div>`, h},
		{"Site | Tagline, <h3>", g, `<title>Valley Gazette | News from the valley</title>`, `<div id="top"><h1>Valley Gazette</h1><div class="description">News from the valley</div></div><div class="entry"><h3>` + h + `</h3>` + b + `</div>`, h},
		{"Headline - Site, <h1> headline", g, `<title>` + h + ` - Valley Gazette</title>`, `<div class="post"><h1>` + h + `</h1><h2>What the school will cost</h2>` + b + `</div>`, h},
	})
}
