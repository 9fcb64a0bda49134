package extractor

import (
	"strings"
	"testing"
)

// More conventions of Chinese, Taiwanese, Hong Kong and Japanese portals'
// info lines and credits (twenty-ninth session, second round), on the
// pages of cjkportalrules_test.go: each case fails without its rule.

// A credit's name followed by its date in full-width digits ("作者：张三
// ２０２４－０５－１６") ends at the date, as before an ASCII one, and the
// date is read.
func TestCJKWideDateAfterCredit(t *testing.T) {
	for _, c := range []struct{ info, author, day string }{
		{"作者：张三　２０２４－０５－１６", "张三", "2024-05-16"},
		{"作者：张三　２０２４年５月１６日", "张三", "2024-05-16"},
		{"作者：张三 ２０２４－０５－１６ １０：２１", "张三", "2024-05-16"},
		{"来源：新华社　２０２４年５月１６日", "", "2024-05-16"},
	} {
		a := zhExtract(t, cjkRulePage("", `<div class="info">`+c.info+`</div>`, false, ""), zhURL)
		if got := strings.Join(a.Authors, "; "); got != c.author || a.PublishedDate != c.day {
			t.Errorf("Extract(%s) = %q, %q; want %q, %q", c.info, got, a.PublishedDate, c.author, c.day)
		}
	}
}
