package extractor

import "testing"

// Newsroom credits, magazine bylines, headlines and picture credits of
// sites outside the dev sets, as probe pages after how such sites lay
// them out (issue 13, items 3 and 4; twenty-ninth session, second round).

// "By the newsroom" and "from the newsroom" name the office as the credit
// writes it, in every language (officeAsWritten): its article kept where
// the credit writes it as a word of its own ("La rédaction", "La
// redacción", "De redactie", "Die Redaktion"), none made up where the
// credit declines it or folds it into "from" ("Redaktion" from "Von der
// Redaktion", "Redação" from "Da Redação").
func TestUnseenNewsroomCredits(t *testing.T) {
	checkPages(t, []pageCase{
		{"de, byline", "", `<p class="byline">Von der Redaktion</p>`, "", "Redaktion"},
		{"fr, byline", "", `<p class="byline">Par la rédaction</p>`, "", "La rédaction"},
		{"es, byline", "", `<p class="byline">Por la redacción</p>`, "", "La redacción"},
		{"es, meta", `<meta name="author" content="la redacción">`, "", "", "La redacción"},
		{"nl, byline", "", `<p class="byline">Door de redactie</p>`, "", "De redactie"},
		{"nl, meta", `<meta name="author" content="Door de redactie">`, "", "", "De redactie"},
		{"nl, an editor's label still", "", `<p class="byline">Door Jan de Vries | Redactie: Piet Bakker</p>`, "", "Jan de Vries"},
		{"de, meta", `<meta name="author" content="Von der Redaktion">`, "", "", "Redaktion"},
		{"fr, meta", `<meta name="author" content="Par la rédaction">`, "", "", "La rédaction"},
		{"de, unlabelled", `<meta name="author" content="Die Redaktion">`, "", "", "Die Redaktion"},
		{"a name wins", `<meta name="author" content="Hans Müller">`, `<p class="byline">Von der Redaktion</p>`, "", "Hans Müller"},
	})
}

// Magazine bylines: "Words: Jane Doe", "Words by Jane Doe", "Words &
// photos: Jane Doe", German "Text & Fotos: Hans Müller". A photographer
// credited alone is no author, and "Keywords:" is no byline.
func TestUnseenMagazineBylines(t *testing.T) {
	checkPages(t, []pageCase{
		{"Words:", "", `<p>Words: Jane Doe</p>`, "", "Jane Doe"},
		{"Words by", "", `<p>Words by Jane Doe</p>`, "", "Jane Doe"},
		{"Words & photos:", "", `<p>Words &amp; photos: Jane Doe</p>`, "", "Jane Doe"},
		{"Words and pictures by", "", `<p>Words and pictures by Jane Doe</p>`, "", "Jane Doe"},
		{"Words: and Photos:", "", `<p>Words: Jane Doe | Photos: John Roe</p>`, "", "Jane Doe"},
		{"de, Text & Fotos:", "", `<p>Text &amp; Fotos: Hans Müller</p>`, "", "Hans Müller"},
		{"de, Text und Fotos:", "", `<p>Text und Fotos: Hans Müller</p>`, "", "Hans Müller"},
		{"Photos: alone", "", `<p>Photos: John Roe</p>`, "", ""},
		{"Keywords:", "", `<p>Keywords: Jane Doe</p>`, "", ""},
		{"Key words:", "", `<p>Key words: Jane Doe</p>`, "", ""},
		{"Words: closing", "", "", `<p>Words: Jane Doe</p>`, "Jane Doe"},
	})
}

// Headlines classed in the site's language: Dutch "kop" and
// "artikelkop", Danish and Norwegian "overskrift", Finnish "otsikko",
// Czech and Slovak "nadpis", Romanian "titlu", Russian "zagolovok",
// Portuguese "manchete".
func TestUnseenHeadlineClassWords(t *testing.T) {
	const h = "Gemeenteraad keurt begroting voor de nieuwe school goed"
	u := "https://www.dorpskrant.example/artikel/123456"
	head := `<title>Dorpskrant</title>`
	top := `<div class="logo"><a href="/"><img alt="Dorpskrant" src="/logo.png"></a></div><nav><a href="/">Home</a><a href="/politiek">Politiek</a></nav>`
	var cases []struct{ name, url, head, body, want string }
	for _, c := range []string{"kop", "artikelkop", "artikel-kop", "overskrift", "otsikko", "nadpis", "titlu", "zagolovok", "manchete"} {
		cases = append(cases, struct{ name, url, head, body, want string }{c, u, head, top + `<div class="` + c + `">` + h + `</div>` + probe33Body, h})
	}
	runTitleProbes33(t, cases)
}

// A "By Jane Doe" in one small wrapper with a picture and no other text
// is the picture's credit, not the writer's.
func TestUnseenPictureCreditWrapper(t *testing.T) {
	checkPages(t, []pageCase{
		{"under an image", "", `<div class="image"><img src="/a.jpg" alt=""><span>By Jane Doe</span></div>`, "", ""},
		{"under an image, a paragraph", "", `<div><img src="/a.jpg" alt=""><p>By Jane Doe</p></div>`, "", ""},
		{"a byline beside it wins", "", `<p class="byline">By John Roe</p><div><img src="/a.jpg" alt=""><p>By Jane Doe</p></div>`, "", "John Roe"},
		{"a byline with an avatar", "", `<div class="author"><img src="/jane.jpg" alt=""><span>By Jane Doe</span></div>`, "", "Jane Doe"},
		{"a byline with a small picture", "", `<div><img src="/jane.jpg" width="40" height="40" alt=""><span>By Jane Doe</span></div>`, "", "Jane Doe"},
		{"a byline with the writer's portrait", "", `<div><div><img src="/jane.jpg" alt="Jane Doe"></div><div><p>By Jane Doe</p><p>Opinion Columnist</p></div></div>`, "", "Jane Doe"},
		{"a byline with an avatar's picture", "", `<div><img src="/avatars/jane.jpg" alt=""><span>By Jane Doe</span></div>`, "", "Jane Doe"},
	})
}

// A headline set only as a <p><strong> atop the article, under an empty
// <h1>; a bold lead that is a sentence is none.
func TestUnseenStrongHeadline(t *testing.T) {
	const h = "Council approves budget for the new school"
	u := "https://www.valleygazette.example/news/story-1234"
	head := `<title>Valley Gazette</title>`
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"under an empty <h1>", u, head, `<h1></h1><div class="article"><p><strong>` + h + `</strong></p>` + titleBody + `</div>`, h},
		{"a bold lead, a sentence, is no headline", u, head, `<h1></h1><div class="article"><p><strong>The council approved the budget on Tuesday.</strong></p>` + titleBody + `</div>`, "Valley Gazette"},
	})
}

// A site's tagline before its name in the <title> ("Tagline | Site") is
// no headline: the <h2> spelled as the address's slug is.
func TestUnseenTaglineTitle(t *testing.T) {
	const h = "Council approves budget for the new school"
	u := "https://www.valleygazette.example/council-approves-budget-for-the-new-school/"
	runTitleProbes33(t, []struct{ name, url, head, body, want string }{
		{"tagline | site", u, `<title>News that matters to you | Valley Gazette</title>`, `<div class="post"><h2>` + h + `</h2>` + titleBody + `</div>`, h},
	})
}
