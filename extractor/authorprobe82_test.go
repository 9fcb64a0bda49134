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
