package extractor

import (
	"strings"
	"testing"
)

// Blox (TownNews) papers print the writer in capitals and the paper or
// the desk after it with no separator: "By JANE DOE The Daily Herald",
// "JANE DOE Herald Staff"; other bylines run a paper opening with "The"
// on after the names ("By Jane Doe and John Roe The New York Times").
// The paper is no part of the name; a name in capitals alone, or with a
// generational suffix, is kept whole.
func TestAuthorProbe39PaperAfterName(t *testing.T) {
	checkPages(t, []pageCase{
		{"capitals, The paper", "", `<p class="byline">By JANE DOE The Daily Herald</p>`, "", "JANE DOE"},
		{"capitals, the desk", "", `<p class="byline">JANE DOE Herald Staff</p>`, "", "JANE DOE"},
		{"two in capitals, The paper", "", `<p class="byline">By JANE DOE and JOHN ROE The Daily Herald</p>`, "", "JANE DOE; JOHN ROE"},
		{"Blox's meta", `<meta name="author" content="By JANE DOE The Daily Herald">`, "", "", "JANE DOE"},
		{"The paper after a name", "", `<p class="byline">By Jane Doe The Daily Herald</p>`, "", "Jane Doe"},
		{"The paper after two names", "", `<p class="byline">By Jane Doe and John Roe The New York Times</p>`, "", "Jane Doe; John Roe"},
		{"an agency and a role", "", `<p class="byline">By JANE DOE AP Entertainment Writer</p>`, "", "JANE DOE"},
		{"capitals alone", "", `<p class="byline">By JANE DOE</p>`, "", "JANE DOE"},
		{"a suffix", "", `<p class="byline">By JOHN ROE Jr.</p>`, "", "JOHN ROE Jr."},
	})
}

// Hong Kong's web-first papers name themselves in Latin letters before
// the reporter's role in a text credit: "撰文：HK01記者 王小明". The
// paper and the role are no name.
func TestAuthorProbe39LatinPaperBeforeRole(t *testing.T) {
	checkPages(t, []pageCase{
		{"a byline", "", `<p class="byline">撰文：HK01記者 王小明</p>`, "", "王小明"},
		{"two reporters", "", `<p>撰文：HK01記者 王小明、李大華</p>`, "", "王小明; 李大華"},
		{"no space", "", `<p>撰文：HK01記者王小明</p>`, "", "王小明"},
	})
	for _, credit := range []string{"撰文：HK01記者 王小明", "撰文：HK01記者王小明"} {
		page := strings.Replace(zhPortal("", `<div class="info">2024-05-16</div>`, "", "", ""),
			`</div><div class="related">`, `<p>`+credit+`</p></div><div class="related">`, 1)
		a := zhExtract(t, page, zhURL)
		if got := strings.Join(a.Authors, "; "); got != "王小明" {
			t.Errorf("Extract(%s closing the story).Authors = %q, want 王小明", credit, got)
		}
		if strings.Contains(a.Text, "王小明") {
			t.Errorf("Extract(%s closing the story).Text keeps the credit: %q", credit, a.Text)
		}
	}
}

// AP's bylines close two writers in capitals with the role they share:
// "By JANE DOE and JOHN ROE AP Business Writers". The role after the
// second name does not make it a paper's credit, as it does after a
// comma ("Jane Doe, The Daily Star Staff Writer").
func TestAuthorProbe39SharedRoleAfterNames(t *testing.T) {
	checkPages(t, []pageCase{
		{"AP Business Writers", "", `<p class="byline">By JANE DOE and JOHN ROE AP Business Writers</p>`, "", "JANE DOE; JOHN ROE"},
		{"Business Writers", "", `<p class="byline">By JANE DOE and JOHN ROE Business Writers</p>`, "", "JANE DOE; JOHN ROE"},
		{"a paper's staff writer after a comma", "", `<p class="byline">By Jane Doe, The Daily Star Staff Writer</p>`, "", "Jane Doe"},
	})
}

// A paper's site credits a wire story "From The Associated Press",
// "From Reuters": the agency is the author, "From" no part of its name.
func TestAuthorProbe39FromAgency(t *testing.T) {
	checkPages(t, []pageCase{
		{"From The Associated Press", "", `<p class="byline">From The Associated Press</p>`, "", "The Associated Press"},
		{"From Associated Press", "", `<p class="byline">From Associated Press</p>`, "", "Associated Press"},
		{"From Reuters", "", `<p class="byline">From Reuters</p>`, "", "Reuters"},
	})
}
