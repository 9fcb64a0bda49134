package extractor

import "testing"

// Issue 13's checklist for authors, on whole pages of several templates
// and languages: no section or category run on after the name, no press
// release, month or caption for a name, no reviewer, fact-checker,
// translator or editor for an author.
func TestAuthorChecklist(t *testing.T) {
	cases := []pageCase{
		// A template's category label, run into the byline without a
		// colon, ends the name (taxonomyLabels, from categoryColonLabels).
		{"de: category label run on", "", `<div class="article-meta"><span class="autor">Hans Müller Kategorie Lokales</span></div>`, "", "Hans Müller"},
		{"fr: category label run on", "", `<div class="post-meta"><span class="auteur">Jean Dupont Catégorie Politique</span></div>`, "", "Jean Dupont"},
		{"es: category label run on", "", `<div class="entry-meta"><span class="author">Juan Pérez Categoría Deportes</span></div>`, "", "Juan Pérez"},
		{"en: topics label with a colon", "", `<p class="byline">By Jane Doe Topics: Health</p>`, "", "Jane Doe"},
		// A paper a dash sets after the name is no part of it.
		{"en: a paper after a dash", "", `<p class="byline">By Jane Doe - The Example Times</p>`, "", "Jane Doe"},
		{"en: a paper after an en dash in the meta", `<meta name="author" content="Jane Doe – The Daily Example">`, "", "", "Jane Doe"},
		{"fr: a paper after a dash", "", `<p class="byline">Par Jean Dupont - Le Monde</p>`, "", "Jean Dupont"},
		{"es: a paper after a dash", "", `<div class="autor">Juan Pérez — El País</div>`, "", "Juan Pérez"},
		{"de: a paper after a dash", "", `<p class="byline">Von Hans Müller – Die Zeit</p>`, "", "Hans Müller"},
		{"it: a paper after a dash", "", `<p class="byline">Di Mario Rossi - Il Sole 24 Ore</p>`, "", "Mario Rossi"},
		{"nl: a paper after a dash", "", `<p class="byline">Door Jan de Vries - De Standaard</p>`, "", "Jan de Vries"},
		{"pt: a paper after a dash", "", `<p class="byline">Por João Silva - O Globo</p>`, "", "João Silva"},
		{"a team after a dash is the byline", "", `<p class="byline">By Jane Doe - The Example Team</p>`, "", ""},
		// A press release is no writer, in any of the languages of news.
		{"en: press release in the author element", "", `<div class="entry-meta"><span class="author">Press Release</span> <span class="date">March 3, 2021</span></div>`, "", ""},
		{"de: Pressemitteilung", "", `<div class="artikel-meta"><span class="autor">Pressemitteilung</span> <span class="datum">03.03.2021</span></div>`, "", ""},
		{"de: Pressemitteilung in the meta", `<meta name="author" content="Pressemitteilung">`, "", "", ""},
		{"fr: communiqué de presse", "", `<div class="meta"><span class="auteur">Communiqué de presse</span></div>`, "", ""},
		{"es: comunicado de prensa", "", `<div class="meta"><span class="autor">Comunicado de prensa</span></div>`, "", ""},
		{"es: nota de prensa", "", `<p class="byline">Por Nota de Prensa</p>`, "", ""},
		{"it: comunicato stampa", "", `<div class="meta"><span class="autore">Comunicato Stampa</span></div>`, "", ""},
		{"pt: comunicado de imprensa", "", `<div class="meta"><span class="autor">Comunicado de imprensa</span></div>`, "", ""},
		{"nl: persbericht", "", `<div class="meta"><span class="auteur">Persbericht</span></div>`, "", ""},
		{"ru: пресс-релиз", "", `<div class="meta"><span class="author">Пресс-релиз</span></div>`, "", ""},
		{"uk: прес-реліз after Автор:", "", `<p class="byline">Автор: Прес-реліз</p>`, "", ""},
		{"tr: basın bülteni", "", `<div class="meta"><span class="author">Basın Bülteni</span></div>`, "", ""},
		{"id: siaran pers", "", `<div class="meta"><span class="author">Siaran Pers</span></div>`, "", ""},
		{"ar: بيان صحفي", "", `<div class="meta"><span class="author">بيان صحفي</span></div>`, "", ""},
		{"fa: بیانیه مطبوعاتی", "", `<div class="meta"><span class="author">بیانیه مطبوعاتی</span></div>`, "", ""},
		{"hi: प्रेस विज्ञप्ति", "", `<div class="meta"><span class="author">प्रेस विज्ञप्ति</span></div>`, "", ""},
		{"zh: 新闻稿", "", `<div class="meta"><span class="author">新闻稿</span></div>`, "", ""},
		{"ja: プレスリリース", "", `<div class="meta"><span class="author">プレスリリース</span></div>`, "", ""},
		{"ko: 보도자료", "", `<div class="meta"><span class="author">보도자료</span></div>`, "", ""},
		{"de: a writer beside a press release's label", `<meta name="author" content="Pressemitteilung">`, `<p class="byline">Von Hans Müller</p>`, "", "Hans Müller"},
		// A picture's credit: in Italian and Japanese where the name goes,
		// in Vietnamese, Arabic and Persian after the writer's name.
		{"it: foto di, alone", "", `<div class="entry-meta"><span class="author">Foto di Mario Rossi</span></div>`, "", ""},
		{"ja: 写真, alone", "", `<div class="entry-meta"><span class="author">写真：山田太郎</span></div>`, "", ""},
		{"vi: a name, then ảnh", "", `<div class="entry-meta"><span class="author">Nguyễn Văn An. Ảnh: Trần Thị Bình</span></div>`, "", "Nguyễn Văn An"},
		{"ar: a name, then تصوير", "", `<div class="entry-meta"><span class="author">أحمد علي - تصوير: محمد حسن</span></div>`, "", "أحمد علي"},
		{"fa: a name, then عکس", "", `<p class="byline">نویسنده: علی رضایی، عکس: مریم احمدی</p>`, "", "علی رضایی"},
		// A month's abbreviation set where the name goes.
		{"fr: janv. in the author element", "", `<div class="meta"><span class="auteur">janv.</span> <span>3, 2021</span></div>`, "", ""},
		{"it: lug in the author element", "", `<div class="meta"><span class="autore">LUG</span> <span>3, 2021</span></div>`, "", ""},
		// A reviewer, a fact-checker or a translator is no author.
		{"de: medizinisch geprüft von, alone", "", `<p class="byline">Medizinisch geprüft von Dr. Karl Roe</p>`, "", ""},
		{"de: von X, geprüft von Y", "", `<p class="byline">Von Hans Müller, fachlich geprüft von Dr. Karl Roe</p>`, "", "Hans Müller"},
		{"fr: par X, relu par Y", "", `<p class="byline">Par Jean Dupont, relu par Marie Roe</p>`, "", "Jean Dupont"},
		{"es: revisado por, alone", "", `<p class="byline">Revisado por Dr. Juan Roe</p>`, "", ""},
		{"es: por X, verificado por Y", "", `<p class="byline">Por Juan Pérez · Verificado por Ana Roe</p>`, "", "Juan Pérez"},
		{"pt: traduzido por, alone", "", `<p class="byline">Traduzido por João Roe</p>`, "", ""},
		{"it: revisionato da, alone", "", `<p class="byline">Revisionato da Mario Roe</p>`, "", ""},
		{"nl: gecontroleerd door, alone", "", `<p class="byline">Gecontroleerd door Jan de Roe</p>`, "", ""},
		{"nl: door X, vertaald door Y", "", `<p class="byline">Door Jan de Vries, vertaald door Piet Roe</p>`, "", "Jan de Vries"},
		// An editor's, a translator's or a checker's credit after a byline
		// in another language's "by" (beforeEditorLabel), and Russian's
		// "Проверено:" (checked).
		{"es: por X, edición: Y", "", `<p class="byline">Por Ana Pérez, Edición: Juan Roe</p>`, "", "Ana Pérez"},
		{"es: por X. traducción: Y", "", `<p class="byline">Por Ana Pérez. Traducción: Juan Roe</p>`, "", "Ana Pérez"},
		{"pt: por X; edição: Y", "", `<p class="byline">Por João Silva; Edição: Maria Roe</p>`, "", "João Silva"},
		{"ru: автор: X. проверено: Y", "", `<p class="byline">Автор: Иван Петров. Проверено: Анна Смирнова</p>`, "", "Иван Петров"},
		{"uk: перевірено: Y alone", "", `<p class="byline">Перевірено: Анна Шевченко</p>`, "", ""},
		{"en: the author link after medically reviewed by", "", `<div class="meta">Medically reviewed by <a href="https://news.example/author/john-roe/">Dr. John Roe</a></div>`, "", ""},
		{"en: the author link after fact checked by, beside the writer's", "", `<div class="meta"><p>Written by <a href="https://news.example/author/jane-doe/">Jane Doe</a></p><p>Fact checked by <a href="https://news.example/author/john-roe/">John Roe</a></p></div>`, "", "Jane Doe"},
		{"de: the author link after geprüft von", "", `<div class="meta">Geprüft von <span><a href="https://news.example/author/karl-roe/">Karl Roe</a></span></div>`, "", ""},
		{"en: a reviewer's element", "", `<div class="post-meta"><span class="byline-reviewer-name">Dr. John Roe</span></div>`, "", ""},
		{"en: a fact-checker's element beside the author's", "", `<div class="post-meta"><span class="author-name">Jane Doe</span> <span class="fact-checker-name">John Roe</span></div>`, "", "Jane Doe"},
		{"hreview: the reviewer is the review's writer", "", `<div class="hreview"><p class="by reviewer vcard">By <span class="fn">Jane Doe</span></p></div>`, "", "Jane Doe"},
		// schema.org's Person in parts, with a middle name (go-trafilatura
		// reads additionalName too).
		{"json-ld: a person's name in three parts", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","givenName":"Jane","additionalName":"Q.","familyName":"Doe"}}</script>`, "", "", "Jane Q. Doe"},
		// A nickname in quotes inside the name is not part of it (go-trafilatura
		// cuts it too).
		{"en: a nickname in straight quotes", "", `<p class="byline">By Jane "JD" Doe</p>`, "", "Jane Doe"},
		{"en: a nickname in curly quotes", "", `<div class="author-name">Dwayne “The Rock” Johnson</div>`, "", "Dwayne Johnson"},
		{"de: a nickname in German quotes", "", `<p class="byline">Von Hans „Hansi“ Müller</p>`, "", "Hans Müller"},
		{"fr: a nickname in guillemets", "", `<p class="byline">Par Jean « Jeannot » Dupont</p>`, "", "Jean Dupont"},
		{"es: a nickname in the meta", `<meta name="author" content="Juan &quot;Juanito&quot; Pérez">`, "", "", "Juan Pérez"},
		// A handle after the name is a link to an account.
		{"en: a handle after the name", "", `<p class="byline">By Jane Doe @janedoe</p>`, "", "Jane Doe"},
		{"es: two writers and their handles", "", `<p class="byline">Por Juan Pérez @jperez y Ana Roe @ana_roe</p>`, "", "Juan Pérez; Ana Roe"},
		{"en: a job at a company after @ stays a job", "", `<p class="byline">By Jane Doe, Engineer @ Acme</p>`, "", "Jane Doe"},
	}
	checkPages(t, cases)
}
