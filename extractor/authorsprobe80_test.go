package extractor

import "testing"

// TestAuthorsProbe80TrailingOutlet checks that a wire's or paper's name in
// brackets after a byline's name is the wire's credit, not part of the
// name nor a reason to drop it.
func TestAuthorsProbe80TrailingOutlet(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"en reuters after", "en", "", `<div class="byline">By Jane Doe [Reuters]</div>`, "", "Jane Doe"},
		{"en ap after", "en", "", `<div class="byline">By Jane Doe (AP)</div>`, "", "Jane Doe"},
		{"en reuters bare", "en", "", `<div class="byline">Jane Doe [Reuters]</div>`, "", "Jane Doe"},
		{"zh xinhua after", "zh", "", `<div class="author">张伟【新华社】</div>`, "", "张伟"},
		{"de dpa after", "de", "", `<div class="byline">Von Hans Müller (dpa)</div>`, "", "Hans Müller"},
	})
}

// TestAuthorsProbe80TitleAfterName checks that a job title after the
// name and a comma is not part of the name, in several languages.
func TestAuthorsProbe80TitleAfterName(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"en staff writer", "en", "", `<div class="byline">By Jane Doe, Staff Writer</div>`, "", "Jane Doe"},
		{"en contributing editor", "en", "", `<div class="byline">By Jane Doe, Contributing Editor</div>`, "", "Jane Doe"},
		{"en bare staff writer", "en", "", `<div class="byline">Jane Doe, Staff Writer</div>`, "", "Jane Doe"},
		{"en senior reporter", "en", "", `<div class="byline">By Jane Doe, Senior Reporter</div>`, "", "Jane Doe"},
		{"de redakteurin", "de", "", `<div class="byline">Von Anna Schmidt, Redakteurin</div>`, "", "Anna Schmidt"},
		{"es redactora", "es", "", `<div class="byline">Por María López, Redactora</div>`, "", "María López"},
		{"fr journaliste", "fr", "", `<div class="byline">Par Jean Dupont, journaliste</div>`, "", "Jean Dupont"},
		{"pl dziennikarz", "pl", "", `<div class="byline">Jan Kowalski, dziennikarz</div>`, "", "Jan Kowalski"},
		{"id wartawan", "id", "", `<div class="byline">Oleh Budi Santoso, Wartawan</div>`, "", "Budi Santoso"},
		{"tr muhabir", "tr", "", `<div class="byline">Ahmet Yılmaz, Muhabir</div>`, "", "Ahmet Yılmaz"},
		{"ru korrespondent", "ru", "", `<div class="byline">Иван Петров, корреспондент</div>`, "", "Иван Петров"},
		{"en senior staff writer", "en", "", `<div class="byline">By Jane Doe, Senior Staff Writer</div>`, "", "Jane Doe"},
		{"en opinion columnist", "en", "", `<div class="byline">By Jane Doe, Opinion Columnist</div>`, "", "Jane Doe"},
		{"es corresponsal", "es", "", `<div class="byline">Por María López, corresponsal en Madrid</div>`, "", "María López"},
		{"fr envoyé spécial", "fr", "", `<div class="byline">Par Jean Dupont, envoyé spécial à Kiev</div>`, "", "Jean Dupont"},
		{"de korrespondentin", "de", "", `<div class="byline">Von Anna Schmidt, Korrespondentin in Paris</div>`, "", "Anna Schmidt"},
		{"id kontributor", "id", "", `<div class="byline">Penulis: Budi Santoso, Kontributor</div>`, "", "Budi Santoso"},
		{"tr editor", "tr", "", `<div class="byline">Ahmet Yılmaz, Ekonomi Editörü</div>`, "", "Ahmet Yılmaz"},
		{"pl redaktor", "pl", "", `<div class="byline">Jan Kowalski, redaktor naczelny</div>`, "", "Jan Kowalski"},
		{"en two", "en", "", `<div class="byline">By Jane Doe, Staff Writer, and John Smith, Contributing Editor</div>`, "", "Jane Doe; John Smith"},
	})
}

// TestAuthorsProbe80ZhBioNoName checks that a headed Chinese author box
// whose biography names no one gives no author, its clauses being none.
func TestAuthorsProbe80ZhBioNoName(t *testing.T) {
	const open, mid, end = `<div class="author-box"><h3>`, `</h3><p>`, `</p></div>`
	checkProbe78Authors(t, []probe72AuthorCase{
		{"zh no name", "zh", "", "", open + "作者简介" + mid + "资深记者，长期关注城市建设，曾获多项新闻奖。" + end, ""},
		{"zh no name, no full stop", "zh", "", "", open + "作者简介" + mid + "资深记者，长期关注城市建设" + end, ""},
		{"zh no name 2", "zh", "", "", open + "关于作者" + mid + "本报记者，毕业于北京大学，主要报道教育。" + end, ""},
		{"zh name", "zh", "", "", open + "作者简介" + mid + "张伟，资深记者，长期关注城市建设。" + end, "张伟"},
		{"zh name line", "zh", "", "", open + "作者简介" + mid + "张伟" + end, "张伟"},
	})
}

// TestAuthorsProbe80ViSignedSource checks that a Vietnamese signature in
// bold with the story's source after it in plain type ("<strong>Minh
// Anh</strong> (Theo Tuổi Trẻ)") names the writer, not the source.
func TestAuthorsProbe80ViSignedSource(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"vi theo", "vi", "", "", `<p style="text-align:right"><strong>Nguyễn Văn An</strong> (Theo VnExpress)</p>`, "Nguyễn Văn An"},
		{"vi theo em", "vi", "", "", `<p style="text-align:right"><strong>Nguyễn Văn An</strong> (Theo <em>Tuổi Trẻ</em>)</p>`, "Nguyễn Văn An"},
		{"vi source alone", "vi", "", "", `<p style="text-align:right"><strong>Theo VnExpress</strong></p>`, ""},
		{"vi other text", "vi", "", "", `<p><strong>Nguyễn Văn An</strong> cho biết thêm.</p>`, ""},
	})
}
