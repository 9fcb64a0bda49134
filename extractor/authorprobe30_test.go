package extractor

import "testing"

// Wrong names a credit's words left in (issue 13, authors, third item):
// French "Lecture 5 min." after the name, Vietnamese "PV" (reporter)
// before it, a Chinese picture's credit for a writer's.
func TestAuthorProbe30Names(t *testing.T) {
	checkPages(t, []pageCase{
		{"fr: reading time after the byline", "", `<p class="byline">Par Jean Dupont Lecture 5 min.</p>`, "", "Jean Dupont"},
		{"fr: reading time in the author element", "", `<div class="entry-meta"><span class="author">Par Jean Dupont Lecture 5 min.</span></div>`, "", "Jean Dupont"},
		{"vi: PV before the name", "", `<div class="entry-meta"><span class="author">PV Nguyễn Văn An</span></div>`, "", "Nguyễn Văn An"},
		{"vi: PV. before the name", "", `<div class="entry-meta"><span class="author">PV. Nguyễn Văn An</span></div>`, "", "Nguyễn Văn An"},
		{"vi: PV in a byline", "", `<p class="byline">PV Minh Đức</p>`, "", "Minh Đức"},
		{"vi: Phóng viên before the name", "", `<div class="entry-meta"><span class="author">Phóng viên Nguyễn Văn An</span></div>`, "", "Nguyễn Văn An"},
		{"vi: Nhóm PV is no name", "", `<div class="entry-meta"><span class="author">Nhóm PV</span></div>`, "", ""},
		{"en: PV as initials", "", `<p class="byline">By PV Sindhu</p>`, "", "PV Sindhu"},
		{"zh: 图/ alone", "", `<div class="info"><span class="author">图/张三</span></div>`, "", ""},
		{"zh: 图/文", "", `<div class="info"><span class="author">图/文 张三</span></div>`, "", "张三"},
	})
}

// Credits for others after the writer's, and the labels of an author
// element before the name (issue 13, authors, third item).
func TestAuthorProbe30Credits(t *testing.T) {
	checkPages(t, []pageCase{
		{"ar: تحرير after a dash", "", `<p class="byline">كتب: أحمد علي - تحرير: محمد حسن</p>`, "", "أحمد علي"},
		{"ja: 編集 after the writer", "", `<p class="byline">文：山田太郎 編集：鈴木花子</p>`, "", "山田太郎"},
		{"en: contributed reporting", "", `<p class="byline">By Jane Doe. Sam Poe contributed reporting.</p>`, "", "Jane Doe"},
		{"en: contributed to this report", "", `<p class="byline">By Jane Q. Doe. Sam Poe contributed to this report.</p>`, "", "Jane Q. Doe"},
		{"ja: 執筆者", "", `<div class="entry-meta"><span class="author">執筆者：山田太郎</span></div>`, "", "山田太郎"},
		{"ja: 著者", "", `<div class="entry-meta"><span class="author">著者：山田太郎</span></div>`, "", "山田太郎"},
		{"zh: 发布者", "", `<div class="info"><span class="author">发布者：张三</span></div>`, "", "张三"},
		{"zh: 文｜", "", `<div class="info"><span class="author">文｜张三</span></div>`, "", "张三"},
	})
}

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
		{"ro: Scris de:", "", `<p>Scris de: Ion Popescu</p>`, "", "Ion Popescu"},
		{"ko: 글, the name, 기자", "", `<p>글 홍길동 기자</p>`, "", "홍길동"},
		{"ko: 글 before the name", "", `<p>글 홍길동</p>`, "", "홍길동"},
		{"ko: 글 목록 is a link", "", `<p>글 목록</p>`, "", ""},
		{"ro: a sentence that opens so", "", `<p>Scris de Ion Popescu în 1890, romanul a fost tradus în multe limbi.</p>`, "", ""},
		{"ru: a sentence that opens so", "", `<p>Автор Иван Петров рассказал нам о своей новой книге.</p>`, "", ""},
	})
}
