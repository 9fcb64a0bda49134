package extractor

import (
	"strings"
	"testing"
)

// A byline that opens with the publishing verb, "Published by Jane Doe",
// in several templates and languages; a "Published by" that names a
// publishing house, stands far below the headline or follows the page's
// own credit is the imprint of a book or a game, no author.
func TestPublishedByline(t *testing.T) {
	cases := []pageCase{
		{"published by, a meta div", "", `<div class="meta">Published by Jane Doe</div>`, "", "Jane Doe"},
		{"published by, a date after", "", `<p>Published by Jane Doe on March 3, 2021</p>`, "", "Jane Doe"},
		{"published by, a linked name and a date", "", `<div class="entry-meta"><span>Published by <a href="/u/jane">Jane Doe</a></span> <span>March 3, 2021</span></div>`, "", "Jane Doe"},
		{"published by, a colon", "", `<div class="post-meta">Published by: Jane Doe | March 3, 2021</div>`, "", "Jane Doe"},
		{"published by an organisation written out", "", `<div class="meta">Published by the Department of Health</div>`, "", "Department of Health"},
		{"by an organisation written out", "", `<p class="byline">By the Ministry of Foreign Affairs</p>`, "", "Ministry of Foreign Affairs"},
		{"posted by in a section, linked", "", `<div>Posted by <a href="/author/jane">Jane Doe</a> in <a href="/cat/world">World</a> on March 3, 2021</div>`, "", "Jane Doe"},
		{"publié par, a section", "", `<p>Publié par <a href="/auteur/jeanne">Jeanne Dupont</a> dans <a href="/cat/monde">Monde</a></p>`, "", "Jeanne Dupont"},
		{"veröffentlicht von, a date", "", `<div class="meta">Veröffentlicht von Hans Müller am 3. März 2021</div>`, "", "Hans Müller"},
		{"veröffentlicht von, linked", "", `<p>Veröffentlicht von <a href="/autor/hans">Hans Müller</a></p>`, "", "Hans Müller"},
		{"veröffentlicht von in a section", "", `<p>Veröffentlicht von Hans Müller in Politik</p>`, "", "Hans Müller"},
		{"publicado por, a section", "", `<p>Publicado por <a href="/autor/ana">Ana García</a> en <a href="/cat/mundo">Mundo</a></p>`, "", "Ana García"},
		{"a book's imprint under the text", "", "", `<div class="book"><h3>The Book</h3><p>Published by Penguin Random House</p></div>`, ""},
		{"a university press under the headline", "", `<p>Published by Oxford University Press</p>`, "", ""},
		{"a publishing house under the headline", "", `<div class="meta">Published by Example Publishing</div>`, "", ""},
		{"a list of games, each under its heading", "", `<div class="meta">Updated March 3, 2021</div><p>Our picks of the year.</p><h2>Chit Chat</h2><div class="sub">Published by Helvetiq</div><h2>Wyrmspan</h2><div class="sub">Published by Stonemaier Games</div>`, "", ""},
		{"a game's publisher after the writer", "", `<div class="author-name">Jane Doe</div><h2>Chit Chat</h2><p>Published by Helvetiq</p>`, "", "Jane Doe"},
	}
	checkPages(t, cases)
}

// A game's publisher, "Published by Helvetiq" under a review's byline,
// stays in the text: it is the game's, not the page's byline.
func TestPublishedByAfterCreditStaysInText(t *testing.T) {
	a := extractPage(t, authorPage("", `<div class="author-name">Jane Doe</div><h2>Chit Chat</h2><p>Published by Helvetiq</p>`, ""))
	if !strings.Contains(a.Text, "Published by Helvetiq") {
		t.Errorf("Extract(a game's publisher).Text lost %q", "Published by Helvetiq")
	}
}

// A meta block of two lines, an editor's and a byline, in either order
// and in several templates and languages: the byline names the author,
// the editor is none.
func TestEditorAndByline(t *testing.T) {
	cases := []bylineCase{
		{"editor over by, paragraphs", `<div class="meta"><p>Editor: John Roe</p><p>By Jane Doe</p></div>`, "Jane Doe"},
		{"by over editor, paragraphs", `<div class="meta"><p>By Jane Doe</p><p>Editor: John Roe</p></div>`, "Jane Doe"},
		{"editor over by, a line break", `<div class="meta">Editor: John Roe<br>By Jane Doe</div>`, "Jane Doe"},
		{"by over editor, a line break", `<div class="meta">By Jane Doe<br>Editor: John Roe</div>`, "Jane Doe"},
		{"editor and by, spans", `<div class="article-info"><span>Editor: John Roe</span><span>By Jane Doe</span></div>`, "Jane Doe"},
		{"editor over by, divs without classes", `<div><div>Editor: John Roe</div><div>By Jane Doe</div></div>`, "Jane Doe"},
		{"by over editor, linked", `<div><div>By <a href="/author/jane">Jane Doe</a></div><div>Editor: <a href="/author/john">John Roe</a></div></div>`, "Jane Doe"},
		{"edited by over by, two writers", `<div class="credits"><p>Edited by John Roe</p><p>By Jane Doe and Ann Lee</p></div>`, "Jane Doe; Ann Lee"},
		{"editor over por", `<div><div>Editor: Juan Pérez</div><div>Por Ana García</div></div>`, "Ana García"},
		{"redaktion over von", `<div><div>Redaktion: Hans Müller</div><div>Von Eva Schmidt</div></div>`, "Eva Schmidt"},
		{"edited by over by, a line break", `<p class="credits">Edited by John Roe<br>By Jane Doe</p>`, "Jane Doe"},
		{"rédaction over par", `<div class="infos"><span>Rédaction : Jean Martin</span><span>Par Jeanne Dupont</span></div>`, "Jeanne Dupont"},
		{"an editor's note is no editor", `<div class="meta"><p>Editor's note: an update</p><p>By Jane Doe</p></div>`, "Jane Doe"},
		{"an editor alone", `<div class="meta"><p>Editor: John Roe</p></div>`, ""},
		// A byline that opens with a preposition no English byline opens
		// with ("Von", "Écrit par") was refused before rePrepositionBy ran,
		// by a guard written for reByStart's openings.
		{"von over redaktion, a line break", `<div class="meta">Von Eva Schmidt<br>Redaktion: Hans Müller</div>`, "Eva Schmidt"},
		{"écrit par over rédacteur, a line break", `<div class="meta">Écrit par Jeanne Dupont<br>Rédacteur : Jean Martin</div>`, "Jeanne Dupont"},
	}
	checkBylines(t, cases)
}
