package extractor

import (
	"testing"
)

// A closing author note that runs from the label into the writer's
// biography: "Autor: Hans Müller ist freier Journalist in Berlin."
func TestAuthorProbe34LabelAndBio(t *testing.T) {
	checkPages(t, []pageCase{
		{"de", "", "", `<p>Autor: Hans Müller ist freier Journalist in Berlin.</p>`, "Hans Müller"},
		{"de, bold", "", "", `<p><strong>Autor:</strong> Hans Müller ist freier Journalist in Berlin.</p>`, "Hans Müller"},
		{"de, Die Autorin", "", "", `<p>Die Autorin: Anna Schmidt ist Redakteurin in Köln.</p>`, "Anna Schmidt"},
		{"en", "", "", `<p>Author: Jane Doe is a freelance writer based in London.</p>`, "Jane Doe"},
		{"en, about the author", "", "", `<p>About the author: Jane Doe is a freelance writer based in London.</p>`, "Jane Doe"},
		{"fr", "", "", `<p>L'auteur : Jean Dupont est journaliste indépendant à Lyon.</p>`, "Jean Dupont"},
		{"es", "", "", `<p>Autor: Ana Gómez es periodista en Madrid.</p>`, "Ana Gómez"},
		{"it", "", "", `<p>Autore: Marco Rossi è giornalista a Milano.</p>`, "Marco Rossi"},
		{"pl", "", "", `<p>Autor: Jan Kowalski jest dziennikarzem w Warszawie.</p>`, "Jan Kowalski"},
		{"ru, under the headline", "", `<p>Автор: Иван Петров является обозревателем газеты.</p>`, "", "Иван Петров"},
		{"de, lebt", "", "", `<p><em>Der Autor: Hans Müller lebt als freier Journalist in Berlin.</em></p>`, "Hans Müller"},
		{"fr, travaille", "", "", `<p>L'auteur : Jean Dupont travaille comme journaliste à Lyon.</p>`, "Jean Dupont"},
		{"es, trabaja", "", "", `<p>Autor: Ana Gómez trabaja como periodista en Madrid.</p>`, "Ana Gómez"},
		{"a sentence, no label", "", "", `<p>Jane Doe is a freelance writer based in London.</p>`, ""},
		{"de, an aside in brackets", "", "", `<p>Autor: Hans Müller (Jahrgang 1970) ist freier Journalist in Berlin.</p>`, "Hans Müller"},
		{"en, a handle in brackets", "", "", `<p>Author: Jane Doe (@janedoe) is a freelance writer based in London.</p>`, "Jane Doe"},
		{"en, an age between commas", "", "", `<p>Author: Jane Doe, 45, is a freelance writer based in London.</p>`, "Jane Doe"},
	})
}

// A credit label in its own inline element on a line of its own within
// a larger block, the name on the same line or the next: "<a><b>Von:</b>
// <br><br>Götz Warnke</a>" among a meta block's lines.
func TestAuthorProbe34InlineLabel(t *testing.T) {
	checkPages(t, []pageCase{
		{"de, link", "", `<div class="info"><a href="/autor/goetz-warnke"><b>Von:</b><br><br>Götz Warnke</a></div>`, "", "Götz Warnke"},
		{"de, link among the meta lines", "", `<div class="info"><span>Energie</span><br><a href="/autor/goetz-warnke"><b>Von:</b><br><br>Götz Warnke</a><br><span>12 Kommentare</span></div>`, "", "Götz Warnke"},
		{"de, after the dateline", "", `<div class="meta">Stand: 12.05.2024, 10:15 Uhr<br><b>Von:</b><br>Anna Schmidt</div>`, "", "Anna Schmidt"},
		{"de, a label over a sentence", "", `<div class="meta">Energie<br><b>Von:</b><br>Berlin aus nach Hamburg</div>`, "", ""},
		{"en, a line after the standfirst", "", `<p>A short standfirst sentence about the story.<br><strong>By:</strong> Jane Doe</p>`, "", "Jane Doe"},
		{"en, the label over the name", "", `<div class="meta">News<br><b>By:</b><br>Jane Doe</div>`, "", "Jane Doe"},
		{"en, mid-block", "", `<div class="meta"><span>News</span><p><strong>By:</strong> Jane Doe</p><span>5 min read</span></div>`, "", "Jane Doe"},
	})
}

// Helpers credited on a line after the byline: the byline's writer stays.
func TestAuthorProbe34ContributingLine(t *testing.T) {
	checkPages(t, []pageCase{
		{"contributing", "", `<p class="byline">By Jane Doe<br>Contributing: Sam Poe</p>`, "", "Jane Doe"},
		{"contributing, unclassed", "", `<p>By Jane Doe<br>Contributing: Sam Poe</p>`, "", "Jane Doe"},
		{"additional reporting by", "", `<p class="byline">By Jane Doe<br>Additional reporting by Sam Poe</p>`, "", "Jane Doe"},
		{"contributing alone", "", `<p>Contributing: Sam Poe</p>`, "", ""},
		{"contributing closing", "", `<p class="byline">By Jane Doe</p>`, `<p>Contributing: Sam Poe</p>`, "Jane Doe"},
	})
}

// A paper's name set in capitals after the writer's closes a byline as
// USA TODAY's and El País's syndicated pieces print it: the paper is no
// co-author. A byline in capitals throughout names people all along, and
// post-nominals stay with the name.
func TestAuthorShoutedPaper(t *testing.T) {
	checkPages(t, []pageCase{
		{"USA TODAY", "", `<p class="byline">By Jane Doe, USA TODAY</p>`, "", "Jane Doe"},
		{"two writers and the paper", "", `<p class="byline">By Jane Doe and John Roe, USA TODAY</p>`, "", "Jane Doe; John Roe"},
		{"EL PAÍS", "", `<p class="byline">Por Juan Pérez, EL PAÍS</p>`, "", "Juan Pérez"},
		{"all in capitals", "", `<p class="byline">By JANE DOE, JOHN ROE</p>`, "", "JANE DOE; JOHN ROE"},
		{"a co-author", "", `<p class="byline">By Jane Doe, John Roe</p>`, "", "Jane Doe; John Roe"},
	})
}

// Russian and Ukrainian papers credit the writer at the article's end as
// German ones do: "Автор: Иван Петров" closing the text, with its colon,
// a sentence that opens with the word is no credit.
func TestAuthorCyrillicClosingCredit(t *testing.T) {
	checkPages(t, []pageCase{
		{"Автор:", "", "", `<p>Автор: Иван Петров</p>`, "Иван Петров"},
		{"lower case", "", "", `<p>автор: Иван Петров</p>`, "Иван Петров"},
		{"a sentence", "", "", `<p>Автор книги Иван Петров рассказал о ней в интервью.</p>`, ""},
	})
}
