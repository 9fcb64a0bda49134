package extractor

import "testing"

// WordPress with Yoast SEO labels the writer in twitter:label1 in the
// site's language: Italian "Scritto da", Dutch "Geschreven door", Polish
// "Napisane przez", Russian "Написано автором", Indonesian "Ditulis oleh",
// Vietnamese "Được viết bởi", Turkish "Yazar".
func TestAuthorProbe35YoastLabels(t *testing.T) {
	tw := func(label, name string) string {
		return `<meta name="twitter:label1" content="` + label + `"><meta name="twitter:data1" content="` + name + `"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">`
	}
	checkPages(t, []pageCase{
		{"it", tw("Scritto da", "Marco Rossi"), "", "", "Marco Rossi"},
		{"nl", tw("Geschreven door", "Jan de Vries"), "", "", "Jan de Vries"},
		{"pl", tw("Napisane przez", "Jan Kowalski"), "", "", "Jan Kowalski"},
		{"ru", tw("Написано автором", "Иван Петров"), "", "", "Иван Петров"},
		{"id", tw("Ditulis oleh", "Budi Santoso"), "", "", "Budi Santoso"},
		{"vi", tw("Được viết bởi", "Nguyễn Văn An"), "", "", "Nguyễn Văn An"},
		{"tr", tw("Yazar", "Mehmet Yılmaz"), "", "", "Mehmet Yılmaz"},
		{"a handle in meta, the full name in the label's data", `<meta name="author" content="jdoe">` + tw("Scritto da", "Marco Rossi"), "", "", "Marco Rossi"},
		{"the reading time's label", `<meta name="twitter:label1" content="Tempo di lettura stimato"><meta name="twitter:data1" content="4 minuti">`, "", "", ""},
	})
}
