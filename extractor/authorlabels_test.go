package extractor

import "testing"

// Bylines of the other languages that credit their writer as English
// ones do, found missing by synthetic pages of their templates: the text
// apart from the pictures ("Texto: X / Fotos: Y"), a Chinese or Japanese
// text credit inside a byline's element, the other words for "by", the
// Arabic "and", a reporter's label before an editor's, and a theme's
// "Posted on <date> by <name>" in translation.
func TestAuthorLabelsInOtherLanguages(t *testing.T) {
	checkPages(t, []pageCase{
		{"es: text and photos", "", `<p class="byline">Texto: Juan Pérez / Fotos: María López</p>`, "", "Juan Pérez"},
		{"pt: text and photos", "", `<p class="byline">Texto: João da Silva | Fotos: Maria dos Santos</p>`, "", "João da Silva"},
		{"fr: text and photos", "", `<p class="byline">Texte : Jean Dupont. Photos : Marie Durand</p>`, "", "Jean Dupont"},
		{"de: text and photos", "", `<p class="byline">Text: Hans Müller, Fotos: Anna Schmidt</p>`, "", "Hans Müller"},
		{"it: text and photos", "", `<p class="byline">Testo di Mario Rossi, foto di Giulia Bianchi</p>`, "", "Mario Rossi"},
		{"nl: text and photos", "", `<p class="byline">Tekst: Jan de Vries | Foto: Piet van Dijk</p>`, "", "Jan de Vries"},
		{"pl: text and photos", "", `<p class="byline">Tekst: Jan Kowalski, zdjęcia: Anna Nowak</p>`, "", "Jan Kowalski"},
		{"ro: text and photos", "", `<p class="byline">Text: Ion Popescu, foto: Maria Ionescu</p>`, "", "Ion Popescu"},
		{"zh: text and pictures in a byline element", "", `<p class="byline">文/王小明 图/李华</p>`, "", "王小明"},
		{"ja: reporting, text and photos in a byline element", "", `<p class="byline">取材・文／山田太郎　写真／鈴木花子</p>`, "", "山田太郎"},
		{"ro: scris de", "", `<p class="byline">Scris de Ion Popescu</p>`, "", "Ion Popescu"},
		{"it: a cura di", "", `<p class="byline">A cura di Mario Rossi</p>`, "", "Mario Rossi"},
		{"id: oleh", "", `<p class="byline">Oleh: Budi Santoso</p>`, "", "Budi Santoso"},
		{"fa: be qalam", "", `<p class="byline">به قلم علی رضایی</p>`, "", "علی رضایی"},
		{"ar: two writers joined by wa", "", `<p class="byline">كتب: أحمد علي و فاطمة حسن</p>`, "", "أحمد علي; فاطمة حسن"},
		{"en: reporter then editor", "", `<p class="byline">Reporter: Jane Doe<br>Editor: John Roe</p>`, "", "Jane Doe"},
		{"id: reporter then editor", "", `<p class="byline">Reporter: Budi Santoso<br>Editor: Siti Aminah</p>`, "", "Budi Santoso"},
		{"tr: muhabir", "", `<p class="byline">Muhabir: Ahmet Yılmaz</p>`, "", "Ahmet Yılmaz"},
		{"vi: phóng viên", "", `<p class="byline">Phóng viên: Nguyễn Văn An</p>`, "", "Nguyễn Văn An"},
		{"fr: published on a date by", "", `<p class="byline">Publié le 3 mars 2021 par Jean Dupont</p>`, "", "Jean Dupont"},
		{"es: published on a date by", "", `<div class="entry-meta">Publicado el 3 de marzo de 2021 por Juan Pérez</div>`, "", "Juan Pérez"},
		{"pt: published on a date by", "", `<div class="entry-meta">Publicado em 3 de março de 2021 por João Silva</div>`, "", "João Silva"},
		{"nl: posted on a date by", "", `<div class="entry-meta">Geplaatst op 3 maart 2021 door Jan de Vries</div>`, "", "Jan de Vries"},
	})
}

// The editor, the translator and the fact-checker a credit line names
// under the writer, each by its language's label: read as labels they
// end the writer's name and give no author.
func TestEditorLabelsInOtherLanguages(t *testing.T) {
	checkPages(t, []pageCase{
		{"ru: author then editor", "", `<div class="meta">Автор: Иван Петров<br>Редактор: Ольга Смирнова</div>`, "", "Иван Петров"},
		{"uk: author then translation", "", `<div class="meta">Автор: Іван Петренко<br>Переклад: Марія Коваль</div>`, "", "Іван Петренко"},
		{"pl: author then editing", "", `<div class="meta">Autor: Jan Kowalski<br>Redakcja: Anna Nowak</div>`, "", "Jan Kowalski"},
		{"tr: reporter then editor", "", `<div class="meta">Muhabir: Ahmet Yılmaz | Editör: Ayşe Kaya</div>`, "", "Ahmet Yılmaz"},
		{"es: text then editing", "", `<div class="meta">Texto: María López<br>Edición: Juan Pérez</div>`, "", "María López"},
		{"de: author then translation", "", `<div class="meta">Autor: Hans Müller<br>Übersetzung: Eva Schmidt</div>`, "", "Hans Müller"},
		{"ro: author then editor", "", `<div class="meta">Autor: Ion Popescu<br>Redactor: Maria Ionescu</div>`, "", "Ion Popescu"},
		{"vi: reporter then editor", "", `<div class="meta">Phóng viên: Nguyễn Văn An<br>Biên tập: Trần Thị Bình</div>`, "", "Nguyễn Văn An"},
		{"hi: author then editor", "", `<div class="meta">लेखक: राहुल शर्मा<br>संपादक: अमित कुमार</div>`, "", "राहुल शर्मा"},
		{"fa: writer then editor", "", `<div class="meta">نویسنده: علی رضایی<br>ویراستار: مریم احمدی</div>`, "", "علی رضایی"},
		{"ar: writer then editor", "", `<div class="meta">الكاتب: أحمد محمود<br>المحرر: محمد علي</div>`, "", "أحمد محمود"},
		{"ko: writer then editing", "", `<div class="meta">작성자: 홍길동<br>편집: 김철수</div>`, "", "홍길동"},
	})
}

// The shortened and the phrased words for "by" that bylines of their
// languages open with: Polish "oprac." (opracował, prepared by), Italian
// "dal nostro inviato" (from our envoy) and "dalla nostra corrispondente".
func TestByWordsShortenedAndPhrased(t *testing.T) {
	checkPages(t, []pageCase{
		{"pl: oprac.", "", `<p class="byline">oprac. Jan Kowalski</p>`, "", "Jan Kowalski"},
		{"pl: Oprac. with the agency", "", `<p class="byline">Oprac. Anna Nowak, PAP</p>`, "", "Anna Nowak"},
		{"it: dal nostro inviato", "", `<p class="byline">dal nostro inviato Mario Rossi</p>`, "", "Mario Rossi"},
		{"it: dalla nostra corrispondente", "", `<div class="author">Dalla nostra corrispondente Giulia Bianchi</div>`, "", "Giulia Bianchi"},
	})
}

// "Text:" in the languages that write it otherwise, read as a label in
// a credit line whose element says nothing of an author, as "Text:" and
// "Texto:" are: Dutch and Polish "Tekst:", French "Texte :", Italian
// "Testo:".
func TestTextLabelsInCreditLines(t *testing.T) {
	checkPages(t, []pageCase{
		{"nl: text then final editing", "", `<div class="meta">Tekst: Piet de Vries<br>Eindredactie: Anna Jansen</div>`, "", "Piet de Vries"},
		{"nl: text alone", "", `<div class="meta">Tekst: Piet de Vries</div>`, "", "Piet de Vries"},
		{"pl: text alone", "", `<div class="meta">Tekst: Jan Kowalski</div>`, "", "Jan Kowalski"},
		{"fr: text alone", "", `<div class="meta">Texte : Jean Dupont</div>`, "", "Jean Dupont"},
		{"it: text alone", "", `<div class="meta">Testo: Mario Rossi</div>`, "", "Mario Rossi"},
	})
}

// A byline that sets after its dash the place the writer files from and
// then the date, on one line: the date cut, the place goes too, as it
// does with no date after it.
func TestPlaceThenDateAfterTheDash(t *testing.T) {
	checkPages(t, []pageCase{
		{"pt: place then date", "", `<div class="meta">Por João Silva — São Paulo 15/03/2024 10h30</div>`, "", "João Silva"},
		{"pt: place, comma, date", "", `<div class="meta">Por João Silva — São Paulo, 15/03/2024</div>`, "", "João Silva"},
		{"es: place between dashes", "", `<div class="meta">Por Juan Pérez - Madrid - 15/03/2024 10:30</div>`, "", "Juan Pérez"},
		{"fr: place between dashes", "", `<div class="meta">Par Jean Dupont - Paris - 15/03/2024 à 10h30</div>`, "", "Jean Dupont"},
		{"en: place then date", "", `<div class="meta">By Jane Doe — New York 03/15/2024 10:30 AM</div>`, "", "Jane Doe"},
	})
}

// The labels of the report's or the text's credit in a meta line:
// Portuguese "Reportagem:", Turkish "Haber:", Vietnamese "Bài và ảnh:"
// (text and photos), Hindi "रिपोर्ट:", Persian "گزارش:".
func TestReportLabelsInOtherLanguages(t *testing.T) {
	checkPages(t, []pageCase{
		{"pt: report then editing", "", `<div class="meta">Reportagem: João Silva<br>Edição: Pedro Costa</div>`, "", "João Silva"},
		{"tr: news by", "", `<div class="meta">Haber: Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"vi: text and photos", "", `<div class="meta">Bài và ảnh: Nguyễn Văn An</div>`, "", "Nguyễn Văn An"},
		{"hi: report", "", `<div class="meta">रिपोर्ट: राहुल शर्मा</div>`, "", "राहुल शर्मा"},
		{"fa: report", "", `<div class="meta">گزارش: علی رضایی</div>`, "", "علی رضایی"},
	})
}

// French sets "le" before the day of a byline's date: "Par Jean Dupont
// le 15 mars 2024". Capitalised, it goes only before a French date, for
// "Le" also ends Vietnamese names.
func TestFrenchDateArticleAfterByline(t *testing.T) {
	checkPages(t, []pageCase{
		{"fr: lower-case le", "", `<div class="meta">Par Jean Dupont le 15 mars 2024 à 10h30</div>`, "", "Jean Dupont"},
		{"fr: capitalised Le before a month", "", `<div class="meta">Par Jean Dupont Le 15 mars 2024</div>`, "", "Jean Dupont"},
		{"fr: capitalised Le before a time", "", `<div class="meta">Par Jean Dupont Le 15/03/2024 à 10h30</div>`, "", "Jean Dupont"},
		{"vi: the family name Le", "", `<div class="meta">Tác giả: Tran Van Le 15/03/2024</div>`, "", "Tran Van Le"},
	})
}
