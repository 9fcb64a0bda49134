package extractor

import "testing"

// TestAuthorProbe82TurkishWires checks Turkey's wires by their initials
// after a byline's name, those written with Turkish capitals ("İHA",
// İhlas Haber Ajansı) as well as the others.
func TestAuthorProbe82TurkishWires(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"tr iha slash", "tr", "", `<div class="byline">Ahmet Yılmaz / İHA</div>`, "", "Ahmet Yılmaz"},
		{"tr iha bracket", "tr", "", `<div class="byline">Ahmet Yılmaz (İHA)</div>`, "", "Ahmet Yılmaz"},
		{"tr iha comma", "tr", "", `<div class="byline">Ahmet Yılmaz, İHA</div>`, "", "Ahmet Yılmaz"},
		{"tr iha alone", "tr", "", `<div class="byline">İHA</div>`, "", "İHA"},
		{"tr dha", "tr", "", `<div class="byline">Ahmet Yılmaz / DHA</div>`, "", "Ahmet Yılmaz"},
		{"tr aa", "tr", "", `<div class="byline">Ahmet Yılmaz (AA)</div>`, "", "Ahmet Yılmaz"},
		{"tr anka", "tr", "", `<div class="byline">Ahmet Yılmaz / ANKA</div>`, "", "Ahmet Yılmaz"},
		{"tr anka bracket", "tr", "", `<div class="byline">Ahmet Yılmaz (ANKA)</div>`, "", "Ahmet Yılmaz"},
	})
}

// TestAuthorProbe82VietnameseReporter checks "PV" (phóng viên,
// reporter) before a name in a Vietnamese story's byline and at its end,
// and "Nhóm PV" (the reporters' team), and that "PV" in an English
// byline stays the name's initials.
func TestAuthorProbe82VietnameseReporter(t *testing.T) {
	right := func(s string) string { return `<p style="text-align: right;"><strong>` + s + `</strong></p>` }
	checkProbe78Authors(t, []probe72AuthorCase{
		{"vi pv byline", "vi", "", `<div class="author">PV Nguyễn Văn An</div>`, "", "Nguyễn Văn An"},
		{"vi pv dot byline", "vi", "", `<div class="author">PV. Minh Đức</div>`, "", "Minh Đức"},
		{"vi pv tail", "vi", "", "", right("PV Nguyễn Văn An"), "Nguyễn Văn An"},
		{"vi pv colon tail", "vi", "", "", right("PV: Nguyễn Văn An"), "Nguyễn Văn An"},
		{"vi pv plain tail", "vi", "", "", `<p class="author">PV Nguyễn Văn An</p>`, "Nguyễn Văn An"},
		{"vi pv two tail", "vi", "", "", right("PV Nguyễn Văn An - Trần Thị Bình"), "Nguyễn Văn An; Trần Thị Bình"},
		{"vi nhom pv tail", "vi", "", "", right("Nhóm PV"), ""},
		{"vi nhom pv byline", "vi", "", `<div class="author">Nhóm PV</div>`, "", ""},
		{"vi nhom pv names", "vi", "", "", right("Nhóm PV: Nguyễn Văn An, Trần Thị Bình"), "Nguyễn Văn An; Trần Thị Bình"},
		{"vi pv alone tail", "vi", "", "", right("PV"), ""},
		{"vi pv ascii name", "vi", "", "", right("PV Minh Duc"), "Minh Duc"},
		{"en pv sindhu", "en", "", `<div class="byline">By PV Sindhu</div>`, "", "PV Sindhu"},
		{"en pv narasimha", "en", "", `<div class="byline">By PV Narasimha Rao</div>`, "", "PV Narasimha Rao"},
		{"en pv accented", "en", "", `<div class="byline">By PV Ramírez</div>`, "", "PV Ramírez"},
	})
}
