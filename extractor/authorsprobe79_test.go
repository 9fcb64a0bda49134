package extractor

import "testing"

// TestAuthorsProbe79BracketedOutlet checks that an outlet's name in
// brackets before a byline never leaks into a name, in any language, and
// that the outlet before a section word alone names no one; the outlet
// alone stays the credit it is.
func TestAuthorsProbe79BracketedOutlet(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"ko section", "ko", "", `<div class="byline">[한국일보] 정치</div>`, "", ""},
		{"ko section 2", "ko", "", `<div class="byline">[한국일보] 정치부</div>`, "", ""},
		{"en reuters name", "en", "", `<div class="byline">[Reuters] Jane Doe</div>`, "", "Jane Doe"},
		{"en reuters alone", "en", "", `<div class="byline">[Reuters]</div>`, "", "Reuters"},
		{"en ap name", "en", "", `<div class="byline">(AP) Jane Doe</div>`, "", "Jane Doe"},
		{"zh xinhua", "zh", "", `<div class="author">【新华社】张伟</div>`, "", "张伟"},
		{"zh xinhua alone", "zh", "", `<div class="author">【新华社】</div>`, "", "新华社"},
		{"zh xinhua section", "zh", "", `<div class="author">【新华社】国际</div>`, "", ""},
		{"ja paper", "ja", "", `<div class="author">［共同通信］山田太郎</div>`, "", "山田太郎"},
		{"de dpa", "de", "", `<div class="byline">(dpa) Hans Müller</div>`, "", "Hans Müller"},
		{"en reuters section", "en", "", `<div class="byline">[Reuters] Politics</div>`, "", ""},
	})
}

// TestAuthorsProbe79EditedBy checks that the editor credited after the
// writer on one byline ("Edited by", "Editado por", "Redigiert von") is
// no writer and does not hide the writer.
func TestAuthorsProbe79EditedBy(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"hi dwara edited", "hi", "", `<div class="byline">द्वारा राहुल शर्मा, Edited by: अमित कुमार</div>`, "", "राहुल शर्मा"},
		{"hi dwara sampadit", "hi", "", `<div class="byline">द्वारा राहुल शर्मा, संपादित: अमित कुमार</div>`, "", "राहुल शर्मा"},
		{"hi dwara pipe edited", "hi", "", `<div class="byline">द्वारा राहुल शर्मा | Edited by: अमित कुमार</div>`, "", "राहुल शर्मा"},
		{"en edited", "en", "", `<div class="byline">By Jane Doe, Edited by: John Smith</div>`, "", "Jane Doe"},
		{"en edited nocolon", "en", "", `<div class="byline">By Jane Doe, edited by John Smith</div>`, "", "Jane Doe"},
		{"es editado", "es", "", `<div class="byline">Por Juan Pérez, Editado por: Carlos Gómez</div>`, "", "Juan Pérez"},
		{"de redigiert", "de", "", `<div class="byline">Von Max Muster, Redigiert von Hans Müller</div>`, "", "Max Muster"},
		{"fr edite", "fr", "", `<div class="byline">Par Jean Dupont, édité par Pierre Martin</div>`, "", "Jean Dupont"},
		{"pt editado", "es", "", `<div class="byline">Por João Silva, Edição: Maria Souza</div>`, "", "João Silva"},
		{"id diedit", "id", "", `<div class="byline">Oleh Budi Santoso, Diedit oleh: Siti Rahayu</div>`, "", "Budi Santoso"},
		{"es editado no colon", "es", "", `<div class="byline">Por Juan Pérez, editado por Carlos Gómez</div>`, "", "Juan Pérez"},
		{"id disunting no colon", "id", "", `<div class="byline">Oleh Budi Santoso, disunting oleh Siti Rahayu</div>`, "", "Budi Santoso"},
	})
}

// TestAuthorsProbe79BioOpening checks that a biography under a box's
// heading with no name line gives the name it opens with in Korean,
// Japanese and Chinese (reCJKBioOpening).
func TestAuthorsProbe79BioOpening(t *testing.T) {
	box := func(heading, text string) string {
		return `<div class="author-box"><h3>` + heading + `</h3><p>` + text + `</p></div>`
	}
	checkProbe78Authors(t, []probe72AuthorCase{
		{"zh", "zh", "", "", box("作者简介", "张伟，资深记者，长期关注城市建设。"), "张伟"},
		{"ja", "ja", "", "", box("著者について", "山田太郎は経済部の記者。"), "山田太郎"},
		{"ko", "ko", "", "", box("기자 소개", "김민수 기자는 정치부 소속이다."), "김민수"},
		{"ko, name line", "ko", "", "", `<div class="author-box"><h3>기자 소개</h3><p>김민수</p><p>정치부 소속이다.</p></div>`, "김민수"},
	})
}
