package extractor

import (
	"strings"
	"testing"
)

// A story signed at its end with the writer's name in bold on a paragraph
// of its own: the name is the author. A name in bold that does not close
// the text, words the text uses as words, and a Vietnamese story's source
// are not.
func TestSignedStories(t *testing.T) {
	checkPages(t, []pageCase{
		{"a name in bold closing the text", "", "", `<p class="clearfix"><strong>Marina Mucha</strong></p>`, "Marina Mucha"},
		{"in <b>, set to the right", "", "", `<p style="text-align:right"><b>Juan Pérez García</b></p>`, "Juan Pérez García"},
		{"a name in bold that does not close the text", "", `<p><strong>Marina Mucha</strong></p>`, "", ""},
		{"words the text uses", "", "", `<p><strong>Body Text</strong></p>`, ""},
		{"a name beside other words", "", "", `<p><strong>Marina Mucha</strong> contributed reporting.</p>`, ""},
		// A bold link closing the text: another post's headline, unless
		// it links to the writer's page.
		{"a bold link to another post", "", "", `<p><strong><a href="/simple-summer-porch-refresh/">Simple Summer Porch Refresh</a></strong></p>`, ""},
		{"a bold link to the writer's page", "", "", `<p><strong><a href="/author/marina-mucha/">Marina Mucha</a></strong></p>`, "Marina Mucha"},
	})
	vi := `<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch mới cho đường nông thôn</title></head><body><article><h1>Kế hoạch mới cho đường nông thôn</h1>` +
		strings.Repeat("<p>Chính phủ hôm thứ Ba đã công bố kế hoạch mới nhằm cải thiện đường giao thông nông thôn, dự kiến bắt đầu trong những tháng tới tại nhiều tỉnh.</p>", 8)
	for _, c := range []struct{ name, tail, want string }{
		{"a Vietnamese writer's name", `<p style="text-align:right"><strong>Nguyễn Văn An</strong></p>`, "Nguyễn Văn An"},
		{"a Vietnamese story's source", `<p style="text-align:right"><strong>Theo VnExpress</strong></p>`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, vi+c.tail+`</article></body></html>`)
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// A column, a letter or an essay signed at its end with a dash before the
// writer's name on a paragraph of its own: "<p>— Jane Doe</p>". The same
// line attributes a quotation: in a blockquote or a figure, or after a
// paragraph that closes a quote, it names the quotation's speaker.
func TestDashSignedStories(t *testing.T) {
	checkPages(t, []pageCase{
		{"an em dash and a name closing the text", "", "", `<p>— Jane Doe</p>`, "Jane Doe"},
		{"an en dash run into the name", "", "", `<p>–Juan Pérez García</p>`, "Juan Pérez García"},
		{"a dash line that does not close the text", "", `<p>— Jane Doe</p>`, "", ""},
		{"a dash before words that are no name", "", "", `<p>— End of story</p>`, ""},
		{"after a quotation", "", "", `<p>“Roads are what hold a county together.”</p><p>— Jane Doe</p>`, ""},
		{"in a blockquote", "", "", `<blockquote><p>Roads are what hold a county together.</p><p>— Jane Doe</p></blockquote>`, ""},
	})
}

// A Polish story closed by its editor's credit, "oprac." (prepared by)
// before the name, on a paragraph of its own; initials name no one, and
// the credit that does not close the text is not read here.
func TestOpracClosingCredit(t *testing.T) {
	checkPages(t, []pageCase{
		{"oprac. closing the text", "", "", `<p>oprac. Jan Kowalski</p>`, "Jan Kowalski"},
		{"Oprac. in italics", "", "", `<p><em>Oprac. Anna Nowak</em></p>`, "Anna Nowak"},
		{"initials", "", "", `<p>oprac. jk</p>`, ""},
		{"not the last paragraph", "", "", `<p>oprac. Jan Kowalski</p><p>Czytaj także o innych sprawach z regionu i kraju w naszym serwisie.</p>`, ""},
	})
}
