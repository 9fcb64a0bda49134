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
