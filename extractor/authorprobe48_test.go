package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the thirty-sixth session (authors48): news stories whose
// writers are credited in forms the earlier probes did not lay out: wire
// credits at the foot ("Reporting by ...; Editing by ..."), "Story by",
// "Text:" and "Photos:" lines, bylines in capitals and with honorifics,
// metadata that names a login or the newsroom beside a byline that names a
// person, author boxes after the story, health sites' "written by,
// reviewed by" pairs, opinion pieces, several writers, and bylines in
// other languages; and stories that name no writer at all.

// news48 is one probe story: the extra <head>, the markup over the
// headline, the meta under it, the markup after the story's text inside
// the article, the page's language and what it must give.
type news48 struct {
	name             string
	head, over, meta string
	tail             string
	lang             string // "" is English
	authors          string // joined by "; "
}

const news48URL = "https://www.harbourherald.example/news/2024/03/03/harbour-bridge-close-cable-repairs/"

func (c news48) page() string {
	lang := c.lang
	if lang == "" {
		lang = "en"
	}
	return `<!DOCTYPE html><html lang="` + lang + `">` + npHead("The Harbour Herald", " | ", `<link rel="canonical" href="`+news48URL+`"><meta property="article:published_time" content="2024-03-03T09:15:00Z">`+c.head) +
		`<body class="single-story"><header class="masthead"><a class="logo" href="/">The Harbour Herald</a>` + npNav + `</header><main id="main"><article class="story">` + c.over +
		`<h1 class="story-headline">` + newsProbeTitle + `</h1><div class="story-meta">` + c.meta + `<time class="story-date" datetime="2024-03-03T09:15:00Z">March 3, 2024</time></div><div class="story-body">` +
		npParas("<p>", "</p>", 0, 3) + `<div class="inline-ad">Advertisement</div>` + npParas("<p>", "</p>", 3, 6) + `</div>` + c.tail +
		`</article><aside class="rail">` + npMostRead + `</aside></main>` + npFooter + `</body></html>`
}

func checkNews48(t *testing.T, cases []news48) {
	t.Helper()
	for _, c := range cases {
		a, err := Extract([]byte(c.page()), news48URL, Options{})
		if err != nil {
			t.Errorf("Extract(%s): %v", c.name, err)
			continue
		}
		if got := strings.Join(a.Authors, "; "); got != c.authors {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.authors)
		}
	}
}

func by48(inner string) string { return `<p class="byline">` + inner + `</p>` }

// Wire services and newsrooms credit reporters in a line at the foot of
// the story: "Reporting by X; Editing by Y" (Reuters), "Writing by",
// "Additional reporting by", "Contributing: X" (USA Today), "X contributed
// to this report". Reporters are the writers; editors are not.
func TestAuthorProbe48WireCredits(t *testing.T) {
	foot := func(s string) string { return `<p class="story-credit"><em>` + s + `</em></p>` }
	cases := []news48{
		{name: "reporting by; editing by", tail: foot("Reporting by Jane Doe; Editing by Mary Major"), authors: "Jane Doe"},
		{name: "reporting by two; editing by", tail: foot("Reporting by Jane Doe and John Roe; Editing by Mary Major"), authors: "Jane Doe; John Roe"},
		{name: "reporting by in a city; editing by two", tail: foot("Reporting by Jane Doe in Lisbon; Editing by Mary Major and Ann Lee"), authors: "Jane Doe"},
		{name: "byline and wire foot agree", meta: by48("By Jane Doe"), tail: foot("Reporting by Jane Doe; Editing by Mary Major"), authors: "Jane Doe"},
		{name: "byline, then additional reporting", meta: by48("By Jane Doe"), tail: foot("Additional reporting by John Roe; Editing by Mary Major"), authors: "Jane Doe"},
		{name: "by X, Associated Press", meta: by48("By JANE DOE, Associated Press"), authors: "JANE DOE"},
		{name: "by X and Y, Associated Press", meta: by48("By Jane Doe and John Roe, Associated Press"), authors: "Jane Doe; John Roe"},
		{name: "by X, Reuters", meta: by48("By Jane Doe, Reuters"), authors: "Jane Doe"},
		{name: "by X | AFP", meta: by48("By Jane Doe | AFP"), authors: "Jane Doe"},
		{name: "agency alone", meta: by48("By Agence France-Presse"), authors: "Agence France-Presse"},
	}
	checkNews48(t, cases)
}

// Credits that name the words apart from the pictures: "Story by",
// "Text:", "Words:", with "Photos:" or "Photography by" beside them.
// Only the words' writer is an author.
func TestAuthorProbe48StoryAndPhotoCredits(t *testing.T) {
	cases := []news48{
		{name: "story by", meta: by48("Story by Jane Doe"), authors: "Jane Doe"},
		{name: "story by, photos by", meta: by48("Story by Jane Doe · Photos by John Roe"), authors: "Jane Doe"},
		{name: "text:, photos:", meta: `<p class="credits"><span>Text: Jane Doe</span> <span>Photos: John Roe</span></p>`, authors: "Jane Doe"},
		{name: "words and pictures", meta: `<p class="credits">Words: Jane Doe | Pictures: John Roe</p>`, authors: "Jane Doe"},
		{name: "story and photos by one", meta: by48("Story and photos by Jane Doe"), authors: "Jane Doe"},
		{name: "photos alone", meta: `<p class="credits">Photos: John Roe</p>`, authors: ""},
	}
	checkNews48(t, cases)
}

// Bylines as printed: in capitals, with an honorific, a middle initial, a
// suffix. The name is kept as the page prints it.
func TestAuthorProbe48NameForms(t *testing.T) {
	cases := []news48{
		{name: "capitals", meta: by48("By JANE DOE"), authors: "JANE DOE"},
		{name: "capitals, two", meta: by48("BY JANE DOE AND JOHN ROE"), authors: "JANE DOE; JOHN ROE"},
		{name: "capitals, linked", meta: by48(`BY <a href="/staff/jane-doe/">JANE DOE</a>`), authors: "JANE DOE"},
		{name: "doctor", meta: by48("By Dr. Jane Doe"), authors: "Dr. Jane Doe"},
		{name: "professor", meta: by48("By Prof. Jane Doe"), authors: "Prof. Jane Doe"},
		{name: "middle initial", meta: by48("By Jane Q. Doe"), authors: "Jane Q. Doe"},
		{name: "suffix", meta: by48("By John Roe Jr."), authors: "John Roe Jr."},
		{name: "suffix after a comma", meta: by48("By John Roe, Jr."), authors: "John Roe, Jr."},
		{name: "initials", meta: by48("By J.R. Doe"), authors: "J.R. Doe"},
		{name: "particle", meta: by48("By Jan van der Berg"), authors: "Jan van der Berg"},
	}
	checkNews48(t, cases)
}

// Several writers: "and", "&", commas with and without a serial comma,
// one link each, and a bar between them.
func TestAuthorProbe48SeveralWriters(t *testing.T) {
	a := func(slug, name string) string { return `<a href="/staff/` + slug + `/" rel="author">` + name + `</a>` }
	cases := []news48{
		{name: "X, Y & Z", meta: by48("By Jane Doe, John Roe &amp; Ann Lee"), authors: "Jane Doe; John Roe; Ann Lee"},
		{name: "X, Y, and Z linked", meta: by48("By " + a("jdoe", "Jane Doe") + ", " + a("jroe", "John Roe") + ", and " + a("alee", "Ann Lee")), authors: "Jane Doe; John Roe; Ann Lee"},
		{name: "X and Y linked", meta: by48("By " + a("jdoe", "Jane Doe") + " and " + a("jroe", "John Roe")), authors: "Jane Doe; John Roe"},
		{name: "by X with Y", meta: by48("By Jane Doe with John Roe"), authors: "Jane Doe; John Roe"},
		{name: "two bylines, each a paragraph", meta: `<div class="bylines"><p class="byline">By Jane Doe</p><p class="byline">By John Roe</p></div>`, authors: "Jane Doe; John Roe"},
		{name: "three bylines, each linked", meta: `<div class="bylines"><span class="byline">By ` + a("jdoe", "Jane Doe") + `</span> <span class="byline">By ` + a("jroe", "John Roe") + `</span> <span class="byline">By ` + a("alee", "Ann Lee") + `</span></div>`, authors: "Jane Doe; John Roe; Ann Lee"},
		{name: "two bylines in capitals", meta: `<div class="bylines"><p class="byline">BY JANE DOE</p><p class="byline">BY JOHN ROE</p></div>`, authors: "JANE DOE; JOHN ROE"},
		// A kicker over the byline is no writer's name.
		{name: "a section, then the byline", meta: by48("Harbour News By Jane Doe"), authors: "Jane Doe"},
	}
	checkNews48(t, cases)
}

// Metadata that names a login or the newsroom beside a byline that names a
// person: the person's written-out name is the author.
func TestAuthorProbe48MetadataAgainstByline(t *testing.T) {
	ld := func(author string) string { return npLD("NewsArticle", author, "2024-03-03T09:15:00Z", "") }
	cases := []news48{
		{name: "JSON-LD login", head: ld(`{"@type":"Person","name":"jdoe"}`), meta: by48("By Jane Doe"), authors: "Jane Doe"},
		{name: "JSON-LD newsroom", head: ld(`{"@type":"Organization","name":"The Harbour Herald"}`), meta: by48("By Jane Doe"), authors: "Jane Doe"},
		{name: "JSON-LD newsroom as a Person", head: ld(`{"@type":"Person","name":"Harbour Herald Staff"}`), meta: by48("By Jane Doe"), authors: "Jane Doe"},
		{name: "meta author login", head: `<meta name="author" content="jdoe">`, meta: by48("By Jane Doe"), authors: "Jane Doe"},
		{name: "meta author newsroom", head: `<meta name="author" content="The Harbour Herald">`, meta: by48("By Jane Doe"), authors: "Jane Doe"},
		{name: "parsely first name", head: `<meta name="parsely-author" content="Jane">`, meta: by48("By Jane Doe"), authors: "Jane Doe"},
		{name: "JSON-LD full name, byline first name", head: ld(`{"@type":"Person","name":"Jane Doe"}`), meta: by48("By Jane"), authors: "Jane Doe"},
		{name: "JSON-LD newsroom alone", head: ld(`{"@type":"Organization","name":"The Harbour Herald"}`), authors: "The Harbour Herald"},
	}
	checkNews48(t, cases)
}

// Author boxes after the story, headed in English and in other languages,
// and pieces of opinion.
func TestAuthorProbe48BoxesAndOpinion(t *testing.T) {
	box := func(head, name string) string {
		return `<section class="author-bio"><h3>` + head + `</h3><img src="/staff/jdoe.jpg" alt=""><p><strong>` + name + `</strong> is the Herald's transport correspondent. She has covered the port since 2015.</p><a href="/staff/jdoe/">More by ` + name + `</a></section>`
	}
	cases := []news48{
		{name: "about the author", tail: box("About the author", "Jane Doe"), authors: "Jane Doe"},
		{name: "about the writer", tail: box("About the writer", "Jane Doe"), authors: "Jane Doe"},
		{name: "about the author, Polish", lang: "pl", tail: box("O autorze", "Jan Kowalski"), authors: "Jan Kowalski"},
		{name: "about the author, Russian", lang: "ru", tail: box("Об авторе", "Иван Петров"), authors: "Иван Петров"},
		{name: "about the author, Italian", lang: "it", tail: box("Sull'autore", "Marco Rossi"), authors: "Marco Rossi"},
		{name: "about the author, Spanish", lang: "es", tail: box("Acerca del autor", "Juan Pérez"), authors: "Juan Pérez"},
		{name: "about the author, Swedish", lang: "sv", tail: box("Om författaren", "Anna Berg"), authors: "Anna Berg"},
		{name: "about the author, Turkish", lang: "tr", tail: box("Yazar hakkında", "Ahmet Yılmaz"), authors: "Ahmet Yılmaz"},
		{name: "opinion by", meta: by48("Opinion by Jane Doe"), authors: "Jane Doe"},
		{name: "opinion by, linked", meta: by48(`Opinion by <a href="/columnists/jdoe/">Jane Doe</a>`), authors: "Jane Doe"},
		{name: "analysis by", meta: by48("Analysis by Jane Doe"), authors: "Jane Doe"},
	}
	checkNews48(t, cases)
}

// Health sites name the writer and then a reviewer or a fact-checker;
// only the writer is an author, whatever the order.
func TestAuthorProbe48Reviewed(t *testing.T) {
	cases := []news48{
		{name: "written by X, reviewed by Y", meta: by48("Written by Jane Doe, reviewed by Dr. John Roe"), authors: "Jane Doe"},
		{name: "medically reviewed by Y, written by X", meta: by48("Medically reviewed by Dr. John Roe, MD — Written by Jane Doe"), authors: "Jane Doe"},
		{name: "two boxes", meta: `<div class="credits"><div class="credit"><span class="label">Written by</span> <a href="/authors/jdoe/">Jane Doe</a></div><div class="credit"><span class="label">Fact checked by</span> <a href="/reviewers/jroe/">John Roe</a></div></div>`, authors: "Jane Doe"},
		{name: "by X; reviewed by Y", meta: by48("By Jane Doe | Reviewed by John Roe, PhD"), authors: "Jane Doe"},
		{name: "reviewer alone", meta: by48("Medically reviewed by Dr. John Roe"), authors: ""},
	}
	checkNews48(t, cases)
}

// Bylines in other languages with their own word: German "Von", French
// "Par", Italian "Di", Spanish "Por", Dutch "Door", Norwegian "Av",
// Polish "Przez", Russian "Автор:", Turkish "Yazan:", Czech "Autor:",
// Portuguese "Por", Finnish "Teksti:"; several writers joined by the
// language's "and", a correspondent's role after the name.
func TestAuthorProbe48Languages(t *testing.T) {
	cases := []news48{
		{name: "de Von", lang: "de", meta: by48("Von Max Mustermann"), authors: "Max Mustermann"},
		{name: "de Von, agency", lang: "de", meta: by48("Von Max Mustermann, dpa"), authors: "Max Mustermann"},
		{name: "fr Par", lang: "fr", meta: by48("Par Jean Dupont"), authors: "Jean Dupont"},
		{name: "fr Par, two", lang: "fr", meta: by48("Par Jean Dupont et Marie Curie"), authors: "Jean Dupont; Marie Curie"},
		{name: "it Di", lang: "it", meta: by48("di Marco Rossi"), authors: "Marco Rossi"},
		{name: "es Por", lang: "es", meta: by48("Por María López"), authors: "María López"},
		{name: "es Por, two", lang: "es", meta: by48("Por María López y Juan Pérez"), authors: "María López; Juan Pérez"},
		{name: "nl Door", lang: "nl", meta: by48("Door Jan de Vries"), authors: "Jan de Vries"},
		{name: "no Av", lang: "no", meta: by48("Av Ola Nordmann"), authors: "Ola Nordmann"},
		{name: "pl Przez", lang: "pl", meta: by48("Przez Jan Kowalski"), authors: "Jan Kowalski"},
		{name: "ru Автор", lang: "ru", meta: by48("Автор: Иван Петров"), authors: "Иван Петров"},
		{name: "tr Yazan", lang: "tr", meta: by48("Yazan: Ahmet Yılmaz"), authors: "Ahmet Yılmaz"},
		{name: "cs Autor", lang: "cs", meta: by48("Autor: Jan Novák"), authors: "Jan Novák"},
		{name: "pt Por", lang: "pt", meta: by48("Por João Silva"), authors: "João Silva"},
		{name: "fi Teksti", lang: "fi", meta: by48("Teksti: Matti Virtanen"), authors: "Matti Virtanen"},
		{name: "sv Av", lang: "sv", meta: by48("Av Anna Berg"), authors: "Anna Berg"},
		// Several writers, joined by the language's word for "and".
		{name: "de und", lang: "de", meta: by48("Von Max Mustermann und Erika Musterfrau"), authors: "Max Mustermann; Erika Musterfrau"},
		{name: "it e", lang: "it", meta: by48("di Marco Rossi e Luca Bianchi"), authors: "Marco Rossi; Luca Bianchi"},
		{name: "nl en", lang: "nl", meta: by48("Door Jan de Vries en Piet Bakker"), authors: "Jan de Vries; Piet Bakker"},
		{name: "no og", lang: "no", meta: by48("Av Ola Nordmann og Kari Nordmann"), authors: "Ola Nordmann; Kari Nordmann"},
		{name: "sv och", lang: "sv", meta: by48("Av Anna Berg och Erik Lund"), authors: "Anna Berg; Erik Lund"},
		{name: "pl i", lang: "pl", meta: by48("Przez Jan Kowalski i Anna Nowak"), authors: "Jan Kowalski; Anna Nowak"},
		{name: "pt e", lang: "pt", meta: by48("Por João Silva e Maria Santos"), authors: "João Silva; Maria Santos"},
		{name: "ru и", lang: "ru", meta: by48("Автор: Иван Петров и Мария Иванова"), authors: "Иван Петров; Мария Иванова"},
		{name: "fr, envoyé spécial", lang: "fr", meta: by48("Par Jean Dupont, envoyé spécial à Lisbonne"), authors: "Jean Dupont"},
		{name: "es, corresponsal", lang: "es", meta: by48("Por María López, corresponsal en Lisboa"), authors: "María López"},
		{name: "tr Haber", lang: "tr", meta: by48("Haber: Ahmet Yılmaz"), authors: "Ahmet Yılmaz"},
		{name: "de Von, in capitals", lang: "de", meta: by48("VON MAX MUSTERMANN"), authors: "MAX MUSTERMANN"},
	}
	checkNews48(t, cases)
}

// Stories that name no writer: no site name, no "Staff" or "Admin" stands
// in for one.
func TestAuthorProbe48NoWriter(t *testing.T) {
	cases := []news48{
		{name: "nothing", authors: ""},
		{name: "by admin", meta: by48(`By <a href="/author/admin/">admin</a>`), authors: ""},
		{name: "posted by admin", meta: by48("Posted by Admin"), authors: ""},
		{name: "staff report", meta: by48("Staff Report"), authors: ""},
		{name: "meta author admin", head: `<meta name="author" content="admin">`, authors: ""},
		{name: "JSON-LD author admin", head: npLD("NewsArticle", `{"@type":"Person","name":"admin"}`, "2024-03-03T09:15:00Z", ""), authors: ""},
		{name: "press release", meta: by48("Press Release"), authors: ""},
		{name: "photo caption", meta: `<figure><img src="/bridge.jpg" alt=""><figcaption>The bridge at dusk. Photo: John Roe</figcaption></figure>`, authors: ""},
	}
	checkNews48(t, cases)
}

// What a byline sets after the name: the paper, the desk, the day with a
// month abbreviation, a tagline. The name alone is the author.
func TestAuthorProbe48AfterTheName(t *testing.T) {
	cases := []news48{
		{name: "paper after a comma", meta: by48("By Jane Doe, The Harbour Herald"), authors: "Jane Doe"},
		{name: "paper after a bar", meta: by48("By Jane Doe | The Harbour Herald"), authors: "Jane Doe"},
		{name: "paper after a slash", meta: by48("Jane Doe / Harbour Herald"), authors: "Jane Doe"},
		{name: "desk after a comma", meta: by48("By Jane Doe, Business Desk"), authors: "Jane Doe"},
		{name: "month abbreviation", meta: by48("By Jane Doe Mar. 3, 2024"), authors: "Jane Doe"},
		{name: "updated, month abbreviation", meta: by48("By Jane Doe Updated: Mar 4, 2024 6:02 p.m."), authors: "Jane Doe"},
		{name: "capitals with a doctor", meta: by48("By DR. JANE DOE"), authors: "DR. JANE DOE"},
		{name: "role on its own line", meta: by48("By Jane Doe<br>Transport correspondent"), authors: "Jane Doe"},
		{name: "email after", meta: by48(`By Jane Doe <a href="mailto:jdoe@harbourherald.example">jdoe@harbourherald.example</a>`), authors: "Jane Doe"},
		{name: "twitter handle after", meta: by48(`By Jane Doe <a href="https://twitter.com/janedoe">@janedoe</a>`), authors: "Jane Doe"},
		{name: "press release label", meta: by48("Press Release | Harbour Port Authority"), authors: ""},
	}
	checkNews48(t, cases)
}

// More statements in the head beside or without a byline.
func TestAuthorProbe48HeadStatements(t *testing.T) {
	ld := func(author string) string { return npLD("NewsArticle", author, "2024-03-03T09:15:00Z", "") }
	cases := []news48{
		{name: "JSON-LD a name and a login, byline both written out", head: ld(`[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"jroe"}]`), meta: by48("By Jane Doe and John Roe"), authors: "Jane Doe; John Roe"},
		{name: "JSON-LD a name and a dotted login, byline both written out", head: ld(`[{"@type":"Person","name":"jane.doe"},{"@type":"Person","name":"John Roe"}]`), meta: by48("By Jane Doe and John Roe"), authors: "Jane Doe; John Roe"},
		// A login that spells no other name of the byline leaves the
		// structured data's written-out name alone.
		{name: "JSON-LD a name and a login, byline another writer", head: ld(`[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"jroe"}]`), meta: by48("By Jane Doe and Ann Lee"), authors: "Jane Doe"},
		{name: "JSON-LD name with By", head: ld(`{"@type":"Person","name":"By Jane Doe"}`), authors: "Jane Doe"},
		{name: "JSON-LD name with a role", head: ld(`{"@type":"Person","name":"Jane Doe, Staff Writer"}`), authors: "Jane Doe"},
		{name: "JSON-LD two names in one string", head: ld(`{"@type":"Person","name":"Jane Doe and John Roe"}`), authors: "Jane Doe; John Roe"},
		{name: "meta author with the paper", head: `<meta name="author" content="Jane Doe, The Harbour Herald">`, authors: "Jane Doe"},
		{name: "meta author newsroom staff, byline", head: `<meta name="author" content="Harbour Herald Staff">`, meta: by48("By Jane Doe"), authors: "Jane Doe"},
		{name: "JSON-LD agency, byline with the agency", head: ld(`{"@type":"Organization","name":"Associated Press"}`), meta: by48("By JANE DOE, Associated Press"), authors: "JANE DOE"},
		{name: "parsely newsroom, byline", head: `<meta name="parsely-author" content="The Harbour Herald">`, meta: by48("By Jane Doe"), authors: "Jane Doe"},
		{name: "article:author a profile address", head: `<meta property="article:author" content="https://www.facebook.com/janedoe">`, authors: ""},
		{name: "JSON-LD first name, meta full name", head: ld(`{"@type":"Person","name":"Jane"}`) + `<meta name="author" content="Jane Doe">`, authors: "Jane Doe"},
		{name: "byline first name, author box full name", meta: by48("By Jane"), tail: `<section class="author-bio"><h3>About the author</h3><p><strong>Jane Doe</strong> is the Herald's transport correspondent.</p></section>`, authors: "Jane Doe"},
	}
	checkNews48(t, cases)
}

// Health sites' credits in more layouts, and boxes headed with the name.
func TestAuthorProbe48MoreCredits(t *testing.T) {
	cases := []news48{
		{name: "written by on a date, reviewed by", meta: by48("Written by Jane Doe on March 3, 2024 — Medically reviewed by John Roe, MD"), authors: "Jane Doe"},
		{name: "by, reviewed by, with links", meta: by48(`By <a href="/authors/jdoe/">Jane Doe</a> · Medically reviewed by <a href="/reviewers/jroe/">John Roe, MD</a>`), authors: "Jane Doe"},
		{name: "by X, fact-checked by Y", meta: by48("By Jane Doe, fact-checked by John Roe"), authors: "Jane Doe"},
		{name: "by X, edited by Y, linked", meta: by48(`By <a href="/authors/jdoe/">Jane Doe</a> Edited by <a href="/editors/jroe/">John Roe</a>`), authors: "Jane Doe"},
		{name: "box headed About the name", tail: `<section class="author-bio"><h3>About Jane Doe</h3><p>Jane Doe is the Herald's transport correspondent. She has covered the port since 2015.</p></section>`, authors: "Jane Doe"},
		{name: "box headed Written by", tail: `<section class="author-bio"><h4>Written by</h4><p class="name"><a href="/staff/jdoe/">Jane Doe</a></p><p>Transport correspondent.</p></section>`, authors: "Jane Doe"},
		{name: "dateline with an agency, no byline", meta: ``, tail: ``, authors: ""},
	}
	checkNews48(t, cases)
}
