package extractor

import "testing"

// A byline that a label opens on an unclassed line under the headline
// (issue 13, authors, third item): the label leaves no doubt when the
// line is the label and a name; a sentence that opens with the same
// words is none.
func TestAuthorProbe30Lines(t *testing.T) {
	checkPages(t, []pageCase{
		{"ro: Scris de", "", `<p>Scris de Ion Popescu</p>`, "", "Ion Popescu"},
		{"id: Ditulis oleh", "", `<p>Ditulis oleh Budi Santoso</p>`, "", "Budi Santoso"},
		{"ru: Автор:", "", `<p>Автор: Иван Петров</p>`, "", "Иван Петров"},
		{"ru: Автор", "", `<p>Автор Иван Петров</p>`, "", "Иван Петров"},
		{"vi: TÁC GIẢ:", "", `<p>TÁC GIẢ: NGUYỄN VĂN AN</p>`, "", "NGUYỄN VĂN AN"},
		{"vi: Tác giả:", "", `<p>Tác giả: Nguyễn Văn An</p>`, "", "Nguyễn Văn An"},
		{"hi: द्वारा after the name", "", `<p>राम शर्मा द्वारा</p>`, "", "राम शर्मा"},
		{"ko: 글 before the name", "", `<p>글 홍길동</p>`, "", "홍길동"},
		{"ko: 글 목록 is a link", "", `<p>글 목록</p>`, "", ""},
		{"ro: a sentence that opens so", "", `<p>Scris de Ion Popescu în 1890, romanul a fost tradus în multe limbi.</p>`, "", ""},
		{"ru: a sentence that opens so", "", `<p>Автор Иван Петров рассказал нам о своей новой книге.</p>`, "", ""},
	})
}
