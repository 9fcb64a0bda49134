package extractor

import "testing"

// Author and title conventions of sites outside the dev sets, written as
// probe pages after how such sites lay them out (issue 13, items 3 and
// 4; twenty-ninth session).

// German's gender-inclusive author labels ("Autor/in:", "Autor:in:",
// "Autor*in:", "Autor_innen:") under the headline and closing the
// article; the colon inside "Autor:in" is no label's end.
func TestUnseenGenderInclusiveLabels(t *testing.T) {
	checkPages(t, []pageCase{
		{"Autor/in:", "", `<p>Autor/in: Anna Berg</p>`, "", "Anna Berg"},
		{"Autor:in:", "", `<p>Autor:in: Anna Berg</p>`, "", "Anna Berg"},
		{"Autor*in:", "", `<p>Autor*in: Anna Berg</p>`, "", "Anna Berg"},
		{"Autor_innen:", "", `<p>Autor_innen: Anna Berg und Max Mustermann</p>`, "", "Anna Berg; Max Mustermann"},
		{"Autor:in: closing", "", "", `<p>Autor:in: Anna Berg</p>`, "Anna Berg"},
		{"Autor*in: closing", "", "", `<p><strong>Autor*in:</strong> Anna Berg</p>`, "Anna Berg"},
	})
}

// Every label findLabels knows, a colon inside it or not, reads safely
// at the start of a line and after another: a label found whole and
// again at a colon of its own is one label, the longer
// (withoutOverlaps), as splitLabels cuts each value from one label's end
// to the next one's start.
func TestUnseenLabelsWithColonsInside(t *testing.T) {
	for _, l := range colonLabels {
		for _, line := range []string{l + ": Anna Berg", "Quelle: dpa | " + l + ": Anna Berg"} {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("splitLabels(%q) panics: %v", line, p)
					}
				}()
				splitLabels(line)
			}()
		}
	}
	got := withoutOverlaps([]labelAt{{0, 6, "autor"}, {12, 20, "quelle"}, {0, 9, "autor:in"}})
	if len(got) != 2 || got[0].label != "autor:in" || got[1].label != "quelle" {
		t.Errorf("withoutOverlaps = %v, want autor:in then quelle", got)
	}
}
