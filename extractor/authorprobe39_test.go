package extractor

import "testing"

// Blox (TownNews) papers print the writer in capitals and the paper or
// the desk after it with no separator: "By JANE DOE The Daily Herald",
// "JANE DOE Herald Staff"; other bylines run a paper opening with "The"
// on after the names ("By Jane Doe and John Roe The New York Times").
// The paper is no part of the name; a name in capitals alone, or with a
// generational suffix, is kept whole.
func TestAuthorProbe39PaperAfterName(t *testing.T) {
	checkPages(t, []pageCase{
		{"capitals, The paper", "", `<p class="byline">By JANE DOE The Daily Herald</p>`, "", "JANE DOE"},
		{"capitals, the desk", "", `<p class="byline">JANE DOE Herald Staff</p>`, "", "JANE DOE"},
		{"two in capitals, The paper", "", `<p class="byline">By JANE DOE and JOHN ROE The Daily Herald</p>`, "", "JANE DOE; JOHN ROE"},
		{"Blox's meta", `<meta name="author" content="By JANE DOE The Daily Herald">`, "", "", "JANE DOE"},
		{"The paper after a name", "", `<p class="byline">By Jane Doe The Daily Herald</p>`, "", "Jane Doe"},
		{"The paper after two names", "", `<p class="byline">By Jane Doe and John Roe The New York Times</p>`, "", "Jane Doe; John Roe"},
		{"an agency and a role", "", `<p class="byline">By JANE DOE AP Entertainment Writer</p>`, "", "JANE DOE"},
		{"capitals alone", "", `<p class="byline">By JANE DOE</p>`, "", "JANE DOE"},
		{"a suffix", "", `<p class="byline">By JOHN ROE Jr.</p>`, "", "JOHN ROE Jr."},
	})
}

// Hong Kong's web-first papers name themselves in Latin letters before
// the reporter's role in a text credit: "撰文：HK01記者 王小明". The
// paper and the role are no name. (Closing the story, the credit is
// read in TestChineseClosingTextCredit.)
func TestAuthorProbe39LatinPaperBeforeRole(t *testing.T) {
	checkPages(t, []pageCase{
		{"a byline", "", `<p class="byline">撰文：HK01記者 王小明</p>`, "", "王小明"},
		{"two reporters", "", `<p>撰文：HK01記者 王小明、李大華</p>`, "", "王小明; 李大華"},
		{"no space", "", `<p>撰文：HK01記者王小明</p>`, "", "王小明"},
	})
}

// AP's bylines close two writers in capitals with the role they share:
// "By JANE DOE and JOHN ROE AP Business Writers". The role after the
// second name does not make it a paper's credit, as it does after a
// comma ("Jane Doe, The Daily Star Staff Writer").
func TestAuthorProbe39SharedRoleAfterNames(t *testing.T) {
	checkPages(t, []pageCase{
		{"AP Business Writers", "", `<p class="byline">By JANE DOE and JOHN ROE AP Business Writers</p>`, "", "JANE DOE; JOHN ROE"},
		{"Business Writers", "", `<p class="byline">By JANE DOE and JOHN ROE Business Writers</p>`, "", "JANE DOE; JOHN ROE"},
		{"a paper's staff writer after a comma", "", `<p class="byline">By Jane Doe, The Daily Star Staff Writer</p>`, "", "Jane Doe"},
	})
}

// A paper's site credits a wire story "From The Associated Press",
// "From Reuters": the agency is the author, "From" no part of its name.
func TestAuthorProbe39FromAgency(t *testing.T) {
	checkPages(t, []pageCase{
		{"From The Associated Press", "", `<p class="byline">From The Associated Press</p>`, "", "The Associated Press"},
		{"From Associated Press", "", `<p class="byline">From Associated Press</p>`, "", "Associated Press"},
		{"From Reuters", "", `<p class="byline">From Reuters</p>`, "", "Reuters"},
	})
}

// German and other magazines credit each name with its part in brackets:
// "Von Hans Müller (Text) und Eva Schmidt (Fotos)". The writer is the
// author, without the bracket; the photographer is none.
func TestAuthorProbe39BracketedParts(t *testing.T) {
	checkPages(t, []pageCase{
		{"de", "", `<p class="byline">Von Hans Müller (Text) und Eva Schmidt (Fotos)</p>`, "", "Hans Müller"},
		{"en", "", `<p class="byline">By Jane Doe (words) and John Roe (photos)</p>`, "", "Jane Doe"},
		{"es", "", `<p class="byline">Por Ana Gómez (texto) y Luis Pérez (fotografía)</p>`, "", "Ana Gómez"},
	})
}

// Dublin Core's creator is one name, written surname first: "Doe, Jane"
// is Jane Doe, not two writers. Two full names stay two.
func TestAuthorProbe39DublinCoreSurnameFirst(t *testing.T) {
	checkPages(t, []pageCase{
		{"DC.creator", `<meta name="DC.creator" content="Doe, Jane">`, "", "", "Jane Doe"},
		{"dcterms.creator", `<meta name="dcterms.creator" content="Doe, Jane Ann">`, "", "", "Jane Ann Doe"},
		{"two full names", `<meta name="DC.creator" content="Jane Doe, John Roe">`, "", "", "Jane Doe; John Roe"},
	})
}

// WordPress's author link shows the login and writes the name out in its
// title ("<a href=/author/jdoe/ title=\"Posts by Jane Doe\"
// rel=author>jdoe</a>"; GeneratePress and Astra: "View all posts by"; in
// German "Beiträge von"): the full name beats the login the byline shows.
// A title that writes out no name leaves the login.
func TestAuthorProbe39LoginLinkTitle(t *testing.T) {
	checkPages(t, []pageCase{
		{"Posts by", "", `<div class="byline">By <a href="/author/jdoe/" title="Posts by Jane Doe" rel="author">jdoe</a></div>`, "", "Jane Doe"},
		{"View all posts by", "", `<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/jdoe/" title="View all posts by Jane Doe" rel="author">jdoe</a></span></span>`, "", "Jane Doe"},
		{"Beiträge von", "", `<div class="byline">Von <a href="/author/hmueller/" title="Beiträge von Hans Müller" rel="author">hmueller</a></div>`, "", "Hans Müller"},
		{"a title naming no one", "", `<div class="byline">By <a href="/author/jdoe/" title="Posts by jdoe" rel="author">jdoe</a></div>`, "", "jdoe"},
	})
}

// Arabic writes "and" onto the name after it ("بقلم أحمد علي ومحمد حسن")
// and lists names with its own comma ("أحمد علي، محمد حسن وسارة
// محمود"). A name whose word opens with the letter (Walid, "وليد") stays
// whole; a second writer of that name is joined with a second "و".
func TestAuthorProbe39ArabicJoiners(t *testing.T) {
	checkPages(t, []pageCase{
		{"و joined", "", `<p class="byline">بقلم أحمد علي ومحمد حسن</p>`, "", "أحمد علي; محمد حسن"},
		{"، and و", "", `<p class="byline">بقلم أحمد علي، محمد حسن وسارة محمود</p>`, "", "أحمد علي; محمد حسن; سارة محمود"},
		{"Walid inside a name", "", `<p class="byline">بقلم أحمد علي وليد حسن</p>`, "", "أحمد علي وليد حسن"},
		{"Walid joined", "", `<p class="byline">بقلم أحمد علي ووليد حسن</p>`, "", "أحمد علي; وليد حسن"},
	})
}

// Under an "About the author" heading, a biography that opens with the
// writer's name names the writer, though its sentence holds an "and"
// ("… covering transport and infrastructure" named "infrastructure").
func TestAuthorProbe39AboutAuthorSentence(t *testing.T) {
	checkPages(t, []pageCase{
		{"a bold name opening the biography", "", "", `<section class="author-box"><h3>About the Author</h3><p><strong>Jane Doe</strong> is a senior reporter covering transport and infrastructure.</p></section>`, "Jane Doe"},
		{"a name on its line", "", "", `<section class="author-box"><h3>About the Author</h3><div><p>Jane Doe</p><p>She covers transport and infrastructure.</p></div></section>`, "Jane Doe"},
	})
}

// A writer's biography set in an author element or a byline holds "and"
// between things, not names: "Jane Doe is a reporter covering transport
// and infrastructure" is Jane Doe's, not "infrastructure"'s. Its opening
// name, before the verb (Russian's dash), is the writer. After "By" the
// words are a sentence about someone's work.
func TestAuthorProbe39BiographyAnd(t *testing.T) {
	checkPages(t, []pageCase{
		{"a byline's biography", "", `<p class="byline">Jane Doe is a reporter covering transport and infrastructure.</p>`, "", "Jane Doe"},
		{"an author element's tagline", "", `<div class="author">Jane Doe writes about science and technology</div>`, "", "Jane Doe"},
		{"co-authors", "", `<p class="byline">Jane Doe and John Roe</p>`, "", "Jane Doe; John Roe"},
		{"ru, a dash for the verb", "", `<p class="byline">Иван Петров — журналист и писатель</p>`, "", "Иван Петров"},
	})
}

// German and Dutch papers after a writer's name and a comma end in the
// word for their kind: "Von Hans Müller, Süddeutsche Zeitung", "Door Jan
// de Vries, Algemeen Dagblad". A paper opening with its article is set
// in brackets after the name as well ("Par Jean Dupont (Le Monde)"). The
// paper is no co-author, nor part of the name.
func TestAuthorProbe39PaperKinds(t *testing.T) {
	checkPages(t, []pageCase{
		{"Zeitung", "", `<p class="byline">Von Hans Müller, Süddeutsche Zeitung</p>`, "", "Hans Müller"},
		{"Rundschau", "", `<p class="byline">Von Hans Müller, Frankfurter Rundschau</p>`, "", "Hans Müller"},
		{"Dagblad", "", `<p class="byline">Door Jan de Vries, Algemeen Dagblad</p>`, "", "Jan de Vries"},
		{"fr, the paper in brackets", "", `<p class="byline">Par Jean Dupont (Le Monde)</p>`, "", "Jean Dupont"},
		{"en, the paper in brackets", "", `<p class="byline">By Jane Doe (The Guardian)</p>`, "", "Jane Doe"},
		{"a co-author", "", `<p class="byline">Von Hans Müller, Eva Schmidt</p>`, "", "Hans Müller; Eva Schmidt"},
	})
}

// Tribun's Indonesian sites open the credit with "Laporan" (the report
// of): "Laporan wartawan Tribunnews.com, Budi Santoso". Spanish,
// Portuguese and Italian bylines credit the illustrations after the text
// as the photographs ("Texto: Ana Gómez. Ilustración: Luis Pérez"): the
// illustrator is no author.
func TestAuthorProbe39ReportAndIllustration(t *testing.T) {
	checkPages(t, []pageCase{
		{"id, Laporan wartawan", "", `<p class="byline">Laporan wartawan Tribunnews.com, Budi Santoso</p>`, "", "Budi Santoso"},
		{"es, Ilustración", "", `<p class="byline">Texto: Ana Gómez. Ilustración: Luis Pérez</p>`, "", "Ana Gómez"},
		{"pt, Ilustração", "", `<p class="byline">Texto: Ana Souza / Ilustração: João Silva</p>`, "", "Ana Souza"},
		{"it, illustrazioni di", "", `<p class="byline">Testo di Marco Rossi, illustrazioni di Luca Bianchi</p>`, "", "Marco Rossi"},
	})
}
