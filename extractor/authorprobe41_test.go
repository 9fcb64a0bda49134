package extractor

import "testing"

// A newsroom's desk credited where a writer would be ("City Desk",
// "Metro Desk", "Editorial Desk") is a department: it names no person,
// and it is not the paper written out ("Herald Staff"), which stays.
func TestAuthorProbe41DeskPlaceholders(t *testing.T) {
	checkPages(t, []pageCase{
		{"By City Desk", "", `<p class="byline">By City Desk</p>`, "", ""},
		{"Metro Desk in an author link", "", `<div class="entry-meta"><span class="author vcard"><a class="url fn n" href="/author/metro-desk/">Metro Desk</a></span></div>`, "", ""},
		{"By Editorial Desk", "", `<p class="byline">By Editorial Desk</p>`, "", ""},
		{"By Sports Desk", "", `<p class="byline">By Sports Desk</p>`, "", ""},
		{"meta City Desk", `<meta name="author" content="City Desk">`, "", "", ""},
		{"JSON-LD Metro Desk", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Metro Desk"}}</script>`, "", "", ""},
		{"a paper's staff stays", "", `<p class="byline">By Herald Staff</p>`, "", "Herald Staff"},
		{"a writer stays", "", `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
	})
}

// "As told to" in the middle of a byline: the one who tells, first, is
// the essay's subject; the one it was told to wrote it.
func TestAuthorProbe41AsToldToAfterSubject(t *testing.T) {
	checkPages(t, []pageCase{
		{"after a comma", "", `<p class="byline">By John Roe, as told to Jane Doe</p>`, "", "Jane Doe"},
		{"without a comma", "", `<p class="byline">John Roe as told to Jane Doe</p>`, "", "Jane Doe"},
		{"in capitals", "", `<p class="byline">John Roe As Told To Jane Doe</p>`, "", "Jane Doe"},
		{"the meta", `<meta name="author" content="John Roe as told to Jane Doe">`, "", "", "Jane Doe"},
	})
}

// Chinese credits join the last two co-authors with "和", "与", "與" or
// "及", spaced or not, as the others are joined with "、". A name that
// holds one of them ("王和平") stays whole.
func TestAuthorProbe41ChineseAnd(t *testing.T) {
	checkPages(t, []pageCase{
		{"spaced 和", "", `<p class="byline">作者：王小明 和 李大華</p>`, "", "王小明; 李大華"},
		{"glued 与", "", `<p class="byline">作者：王小明与李大华</p>`, "", "王小明; 李大华"},
		{"a reporter line with 及", "", `<p>本报记者 王小明 及 李大华</p>`, "", "王小明; 李大华"},
		{"a reporter line closing the text", "", "", `<p>新京报记者 王小明 和 李大华 北京报道</p>`, "王小明; 李大华"},
		{"three, the last two joined with 和", "", `<p class="byline">作者：张三丰、李四光和王五福</p>`, "", "张三丰; 李四光; 王五福"},
		{"a name that holds 和", "", `<p class="byline">作者：王和平</p>`, "", "王和平"},
	})
}

// A byline that shouts the name ("JANE DOE", the theme's capitals typed
// in) and another source that writes it in normal case agree: the name
// is given as written in normal case.
func TestAuthorProbe41CapitalsAgree(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	checkPages(t, []pageCase{
		{"a shouted byline, the meta in normal case", `<meta name="author" content="Jane Doe">`, `<p class="byline">By JANE DOE</p>`, "", "Jane Doe"},
		{"JSON-LD in capitals, an author link in normal case", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"JANE DOE"}}`), `<p class="byline">By <a href="/author/jane-doe/" rel="author">Jane Doe</a></p>`, "", "Jane Doe"},
		{"two writers", `<meta name="author" content="Jane Doe, John Roe">`, `<p class="byline">By JANE DOE and JOHN ROE</p>`, "", "Jane Doe; John Roe"},
		{"capitals alone stay", "", `<p class="byline">By JANE DOE</p>`, "", "JANE DOE"},
	})
}

// Czech and Slovak bylines join two writers with "a" ("Autor: Jan Novák
// a Petr Svoboda"), as Polish does with "i". English "a" between
// words ("Just a Geek", a blog's name) and Italian "a" before the city a
// writer files from ("Maria Rossi a New York") join no one.
func TestAuthorProbe41CzechAnd(t *testing.T) {
	checkPages(t, []pageCase{
		{"Autor:, two writers", "", `<p class="byline">Autor: Jan Novák a Petr Svoboda</p>`, "", "Jan Novák; Petr Svoboda"},
		{"an author element, three writers", "", `<div class="author">Jan Novák, Eva Dvořáková a Petr Svoboda</div>`, "", "Jan Novák; Eva Dvořáková; Petr Svoboda"},
		{"the meta", `<meta name="author" content="Jan Novák a Petr Svoboda">`, "", "", "Jan Novák; Petr Svoboda"},
	})
	for in, want := range map[string]string{
		"Just a Geek":              "Just a Geek",
		"What a Life":              "What a Life",
		"Maria Rossi a New York":   "Maria Rossi a New York",
		"Jan Novák a Petr Svoboda": "Jan Novák, Petr Svoboda",
	} {
		if got := joinCzechAnd(in); got != want {
			t.Errorf("joinCzechAnd(%q) = %q, want %q", in, got, want)
		}
	}
}

// A co-author after a comma whose given name also opens a place's name
// ("Den Smith", as "Den Haag" does; "Abu Bakar", as "Abu Dhabi" does) is
// a co-author; the place itself, after the names, is where the writer
// files from.
func TestAuthorProbe41GivenNameOpensPlace(t *testing.T) {
	checkPages(t, []pageCase{
		{"Den Smith after a comma", "", `<p class="byline">By Jane Doe, Den Smith</p>`, "", "Jane Doe; Den Smith"},
		{"Den Smith last of three", "", `<p class="byline">By Jane Doe, John Roe, Den Smith</p>`, "", "Jane Doe; John Roe; Den Smith"},
		{"author links", "", `<p class="byline">By <a href="/author/jane-doe/">Jane Doe</a>, <a href="/author/den-smith/">Den Smith</a></p>`, "", "Jane Doe; Den Smith"},
		{"the meta", `<meta name="author" content="Jane Doe, Den Smith">`, "", "", "Jane Doe; Den Smith"},
		{"a Malay co-author", "", `<p class="byline">Oleh Siti Aminah, Abu Bakar</p>`, "", "Siti Aminah; Abu Bakar"},
		{"Den Haag stays a place", "", `<p class="byline">Door Jan de Vries, Den Haag</p>`, "", "Jan de Vries"},
		{"Abu Dhabi stays a place", "", `<p class="byline">By Jane Doe, Abu Dhabi</p>`, "", "Jane Doe"},
		{"Rio de Janeiro stays a place", "", `<p class="byline">Por Maria Silva, Rio de Janeiro</p>`, "", "Maria Silva"},
	})
}
