package extractor

import "testing"

// A story's printable page, as older CMSs title it: the print label goes
// wherever it stands, as a section's name does.
func TestTitlePrintLabel(t *testing.T) {
	const h = "Council approves budget for the new school"
	const hde = "Gemeinderat beschließt den Haushalt für die neue Schule"
	const hes = "El ayuntamiento aprueba el presupuesto de la nueva escuela"
	const hru = "Городской совет утвердил бюджет новой школы"
	b := `<div class="story">` + titleBody + `</div>`
	for _, tc := range []struct{ name, url, title, want string }{
		{"H - Printer Friendly Version - S", "https://www.valleygazette.example/news/1234/print", h + ` - Printer Friendly Version - Valley Gazette`, h},
		{"S - Printable View - H", "https://forum.valleygazette.example/printthread.php?t=1234", `Valley Gazette Forum - Printable View - ` + h, h},
		{"Druckversion - H - S", "https://www.talzeitung.example/lokales/gemeinderat-haushalt-123.html?druck=1", `Druckversion - ` + hde + ` - Talzeitung`, hde},
		{"H - Versión para imprimir - S", "https://www.diariodelvalle.example/noticias/ayuntamiento-presupuesto/imprimir", hes + ` - Versión para imprimir - Diario del Valle`, hes},
		{"H | Версия для печати", "https://www.vesti-doliny.example/print/1234", hru + ` | Версия для печати`, hru},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body>` + b + `</body></html>`
			if got, prov := extractTitle(t, page, tc.url); got != tc.want {
				t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
			}
		})
	}
}
