package extractor

import "testing"

// Probe pages of the thirty-eighth session (authors52): magazine posts
// that their writer signs at the end, in bold or in italics, on a
// paragraph of its own or on the last paragraph's last line, with notes
// under the signature (a book to read further, where the piece first
// appeared), posted from an editor's account that the JSON-LD and the
// <meta> tags name; and interviews that credit the interviewer in a
// closing sentence ("Das Interview führte Anna Schmidt.").

// yoastEditor52 is Yoast's JSON-LD naming the account that posted, an
// editor the page shows nowhere.
var yoastEditor52 = ld51(`{"@type":"Person","name":"Winfried Berger","url":"https://www.harbourherald.example/author/wberger/"}`)

// A magazine's writer signs her piece; the editor who posted it is the
// account the metadata names.
func TestAuthorProbe52Signatures(t *testing.T) {
	const lastWords = `<p>Und so schließt sich der Kreis: Wer die Brücke kennt, weiß, wie viel Arbeit in jedem Seil steckt.`
	checkPosts51(t, []post51{
		{name: "bold paragraph", lang: "de", tail: `<p><strong>Anna Schmidt</strong></p>`, authors: "Anna Schmidt"},
		{name: "italic paragraph", lang: "de", tail: `<p><em>Anna Schmidt</em></p>`, authors: "Anna Schmidt"},
		{name: "italic after a break", lang: "de", tail: lastWords + `<br><em>Anna Schmidt</em></p>`, authors: "Anna Schmidt"},
		{name: "bold after a break", lang: "de", tail: lastWords + `<br>
<strong>Anna Schmidt</strong> </p>`, authors: "Anna Schmidt"},
		{name: "book to read further", lang: "de", tail: lastWords + `<br><em>Anna Schmidt</em></p><p>Zum Weiterlesen: Anna Schmidt, <a href="https://verlag.example/brueckenbuch">Brücken, die tragen</a>, Hafen Verlag</p>`, authors: "Anna Schmidt"},
		{name: "first appeared", lang: "de", tail: `<p><em>Anna Schmidt</em></p><p>Dieser Beitrag erschien zuerst in unserer Ausgabe 3/2024.</p><p><strong>Den ganzen Artikel finden Sie im Heft 3/2024</strong></p>`, authors: "Anna Schmidt"},
		{name: "editor's account, signed in bold", lang: "de", head: yoastEditor52, tail: `<p><strong>Anna Schmidt</strong></p>`, authors: "Anna Schmidt"},
		{name: "editor's account, signed after a break", lang: "de", head: yoastEditor52 + `<meta name="author" content="Winfried Berger">`, tail: lastWords + `<br><em>Anna Schmidt</em></p>`, authors: "Anna Schmidt"},
		{name: "English, editor's account", head: yoastEditor52, tail: `<p>That is what the bridge teaches anyone who crosses it.<br><em>Jane Doe</em></p>`, authors: "Jane Doe"},
		// The writer the byline shows keeps the story: the name in bold at
		// its end is someone else's.
		{name: "shown writer", lang: "de", head: ld51(`{"@type":"Person","name":"Peter Müller"}`), under: `<p class="byline">Peter Müller</p>`, tail: `<p><strong>Anna Schmidt</strong></p>`, authors: "Peter Müller"},
		// A press office's contact closes the text with more than notes
		// under the name.
		{name: "contact block", lang: "de", tail: `<p><strong>Anna Schmidt</strong></p><p>Pressesprecherin</p><p>Telefon 040 123456</p>`, authors: ""},
		{name: "contact after a break", lang: "de", tail: `<p>Kontakt:<br><strong>Anna Schmidt</strong></p><p>Telefon 040 123456</p>`, authors: ""},
		// An italic name inside a sentence's paragraph, with no break
		// before it, is no signature.
		{name: "italic name in a sentence", lang: "de", tail: `<p>Mehr dazu erzählt <em>Anna Schmidt</em></p>`, authors: ""},
		{name: "after a break, a long note follows", lang: "de", tail: lastWords + `<br><em>Anna Schmidt</em></p><p>Die Brücke wird ab Montag gesperrt, der Verkehr wird über die Umgehungsstraße geleitet, Busse fahren nach einem eigenen Plan.</p>`, authors: ""},
	})
}

// Interviews credit the interviewer, who wrote the piece up, in a closing
// sentence of their own.
func TestAuthorProbe52Interviewers(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "Das Interview führte", lang: "de", tail: `<p><em>Das Interview führte Anna Schmidt.</em></p>`, authors: "Anna Schmidt"},
		{name: "Das Gespräch führten, two", lang: "de", tail: `<p>Das Gespräch führten Anna Schmidt und Peter Müller.</p>`, authors: "Anna Schmidt; Peter Müller"},
		{name: "Die Fragen stellte", lang: "de", tail: `<p>Die Fragen stellte Anna Schmidt.</p>`, authors: "Anna Schmidt"},
		{name: "Interview by", under: `<p class="deck">Interview by Jane Doe</p>`, authors: "Jane Doe"},
		{name: "Interviewed by, closing", tail: `<p><em>Interviewed by Jane Doe</em></p>`, authors: "Jane Doe"},
		// "Interview:" heads the interviewee as often as the interviewer.
		{name: "Interview colon", lang: "de", under: `<p class="kicker">Interview: Angela Merkel</p>`, authors: ""},
		// A sentence that goes on is not a credit.
		{name: "sentence", lang: "de", tail: `<p>Das Interview führte Anna Schmidt im Hafen von Kiel.</p>`, authors: ""},
	})
}

// Contao's news templates, and German blog themes, give the date and then
// "von" and the writer on one meta line under the headline.
func TestAuthorProbe52DateThenVon(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "Contao", lang: "de", under: `<p class="info"><time datetime="2024-03-03T09:15:00+01:00">03.03.2024 09:15</time> von Anna Schmidt</p>`, authors: "Anna Schmidt"},
		{name: "text date", lang: "de", under: `<div class="entry-meta">3. März 2024 von Anna Schmidt</div>`, authors: "Anna Schmidt"},
		{name: "two writers", lang: "de", under: `<p class="info">03.03.2024 von Anna Schmidt und Peter Müller</p>`, authors: "Anna Schmidt; Peter Müller"},
		// A schedule or a route, not a writer.
		{name: "route", lang: "de", under: `<p class="info">03.03.2024 von Hamburg nach Kiel</p>`, authors: ""},
		{name: "hours", lang: "de", under: `<p class="info">03.03.2024 von 10 bis 12 Uhr</p>`, authors: ""},
	})
}

// A guest post's placeholder names no one, in German, Dutch and the
// Romance languages as in English ("Guest Author").
func TestAuthorProbe52GuestPlaceholders(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "JSON-LD Gastautor", lang: "de", head: ld51(`{"@type":"Person","name":"Gastautor","url":"https://www.harbourherald.example/author/gastautor/"}`), authors: ""},
		{name: "meta Gastautorin", lang: "de", head: `<meta name="author" content="Gastautorin">`, authors: ""},
		{name: "byline Gastautor, signed", lang: "de", under: `<div class="entry-meta">Von <a href="/author/gastautor/">Gastautor</a></div>`, tail: `<p><em>Anna Schmidt</em></p>`, authors: "Anna Schmidt"},
		{name: "Dutch gastauteur", lang: "nl", head: `<meta name="author" content="Gastauteur">`, authors: ""},
		{name: "Spanish autor invitado", lang: "es", head: `<meta name="author" content="Autor invitado">`, authors: ""},
		// A guest's label before a name is a label.
		{name: "Gastautor: name", lang: "de", under: `<p class="meta">Gastautor: Anna Schmidt</p>`, authors: "Anna Schmidt"},
	})
}

// The <meta> author and Yoast's JSON-LD name a story's first writer only;
// the byline under the headline names both, without author links.
func TestAuthorProbe52MetaNamesFirstWriter(t *testing.T) {
	first := `<meta name="author" content="Anna Schmidt">` + ld51(`{"@type":"Person","name":"Anna Schmidt"}`)
	checkPosts51(t, []post51{
		{name: "von und", lang: "de", head: first, under: `<div class="entry-meta"><span class="vcard author"><span class="fn">von Anna Schmidt und Peter Müller</span></span></div>`, authors: "Anna Schmidt; Peter Müller"},
		{name: "von, comma", lang: "de", head: first, under: `<div class="entry-meta"><span class="vcard author"><span class="fn">von Anna Schmidt, Peter Müller</span></span></div>`, authors: "Anna Schmidt; Peter Müller"},
		{name: "by and", head: `<meta name="author" content="Jane Doe">`, under: `<p class="byline">By Jane Doe and John Roe</p>`, authors: "Jane Doe; John Roe"},
		// A job after the name, a team: no second writer.
		{name: "job", head: first, under: `<div class="author-info"><span class="author-name">Anna Schmidt</span> <span class="author-title">Chefredakteurin und Master Gardener</span></div>`, lang: "de", authors: "Anna Schmidt"},
		{name: "team", head: first, under: `<div class="author-info"><span class="author-name">Anna Schmidt</span> und <span>Marketing Operations</span></div>`, lang: "de", authors: "Anna Schmidt"},
	})
}

// A sidebar's "Most popular" under the story sets its teasers' writers
// each in an author element of its own, the story's writer among them: a
// list, not a byline that names a co-writer (coAuthorLine).
func TestAuthorProbe52TeaserWritersAreNoCoWriters(t *testing.T) {
	popular := `<div class="popular"><h2>Popular This Week</h2><div class="item"><h3><a href="/2024/03/02/council-vote/">Council delays the harbour vote</a></h3><div class="author">by Anna Schmidt</div><div>March 2, 2024</div></div>` +
		`<div class="item"><h3><a href="/2024/03/01/ferry-fares/">Ferry fares rise in April</a></h3><div class="author">by Peter Müller</div><div>March 1, 2024</div></div></div>`
	checkPosts51(t, []post51{
		{name: "popular list under the byline", head: `<meta name="author" content="Anna Schmidt">`, under: `<p class="byline">By Anna Schmidt</p>` + popular, authors: "Anna Schmidt"},
	})
}
