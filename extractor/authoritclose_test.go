package extractor

import "testing"

// Italian papers and blogs close an article with its writer's credit,
// "Di: Mario Rossi", as Dutch ones with "Door:" (tailLabels, colonLabels).
// A sentence opens with "Di" too, never with its colon.
func TestItalianClosingCredit(t *testing.T) {
	checkPages(t, []pageCase{
		{"it, Di:", "", "", `<p>Di: Mario Rossi</p>`, "Mario Rossi"},
		{"it, Di: in capitals", "", "", `<p>DI: Mario Rossi</p>`, "Mario Rossi"},
		{"it, a sentence", "", "", `<p>Di recente la giunta ha deciso di chiudere il porto durante l'inverno.</p>`, ""},
	})
}
