package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// A credit closing an article in capitals and in more languages, with
// its colon: Russian and Ukrainian "АВТОР:", Spanish "Autora:", Polish
// "Autorka:", Dutch and French "Auteur:", Turkish "Yazar:", Dutch
// "Tekst:", Russian "Текст:", Arabic "الكاتب:", Persian "نویسنده:",
// Hindi "लेखक:".
func TestAuthorProbe35ClosingLabels(t *testing.T) {
	checkPages(t, []pageCase{
		{"ru, АВТОР:", "", "", `<p>АВТОР: Иван Петров</p>`, "Иван Петров"},
		{"uk, АВТОР: in bold", "", "", `<p><strong>АВТОР:</strong> Іван Петренко</p>`, "Іван Петренко"},
		{"es, Autora:", "", "", `<p>Autora: Ana Gómez</p>`, "Ana Gómez"},
		{"pl, Autorka:", "", "", `<p>Autorka: Anna Nowak</p>`, "Anna Nowak"},
		{"nl, Auteur:", "", "", `<p>Auteur: Jan de Vries</p>`, "Jan de Vries"},
		{"fr, Auteur :", "", "", `<p>Auteur : Jean Dupont</p>`, "Jean Dupont"},
		{"tr, Yazar:", "", "", `<p>Yazar: Mehmet Yılmaz</p>`, "Mehmet Yılmaz"},
		{"nl, Tekst:", "", "", `<p>Tekst: Jan de Vries</p>`, "Jan de Vries"},
		{"ru, Текст:", "", "", `<p>Текст: Иван Петров</p>`, "Иван Петров"},
		{"ar, الكاتب:", "", "", `<p>الكاتب: أحمد علي</p>`, "أحمد علي"},
		{"fa, نویسنده:", "", "", `<p>نویسنده: علی رضایی</p>`, "علی رضایی"},
		{"hi, लेखक:", "", "", `<p>लेखक: राम शर्मा</p>`, "राम शर्मा"},
		{"nl, a sentence", "", "", `<p>Tekst en uitleg volgen hieronder voor wie meer wil weten.</p>`, ""},
		{"tr, a sentence", "", "", `<p>Yazar ve çevirmen Mehmet Yılmaz yeni kitabını tanıttı.</p>`, ""},
	})
}

// A writer's biography after a closing credit label, where the name ends
// without a verb in Latin letters: Russian's dash for "is" ("Автор: Иван
// Петров — журналист из Москвы"), Ukrainian's "є", and in Arabic, Persian and Hindi,
// scripts without capitals, at the writer's job after the name.
func TestAuthorProbe35BioWithoutCapitals(t *testing.T) {
	checkPages(t, []pageCase{
		{"ru, a dash", "", "", `<p>Автор: Иван Петров — журналист из Москвы.</p>`, "Иван Петров"},
		{"uk, є", "", "", `<p>Автор: Іван Петренко є журналістом із Києва.</p>`, "Іван Петренко"},
		{"ru, a comma", "", "", `<p>Автор: Иван Петров, журналист из Москвы.</p>`, "Иван Петров"},
		{"ar, a journalist", "", "", `<p>الكاتب: أحمد علي صحفي مستقل يقيم في القاهرة.</p>`, "أحمد علي"},
		{"ar, a comma", "", "", `<p>الكاتب: أحمد علي، صحفي مستقل يقيم في القاهرة.</p>`, "أحمد علي"},
		{"fa, a journalist", "", "", `<p>نویسنده: علی رضایی روزنامه‌نگار مستقل در تهران است.</p>`, "علی رضایی"},
		{"fa, a reporter", "", "", `<p>نویسنده: علی رضایی خبرنگار</p>`, "علی رضایی"},
		{"hi, a senior journalist", "", "", `<p>लेखक: राम शर्मा वरिष्ठ पत्रकार हैं और दिल्ली में रहते हैं।</p>`, "राम शर्मा"},
		{"ar, a sentence without a label", "", "", `<p>الكاتب أحمد علي صحفي مستقل يقيم في القاهرة منذ سنوات طويلة.</p>`, ""},
	})
}

// "By:" with its colon on the last line of a block far below the
// headline, after a <br>, as a blog's closing paragraph signs the post.
func TestAuthorProbe35ClosingByLine(t *testing.T) {
	checkPages(t, []pageCase{
		{"after two <br>s", "", "", `<p>That is all for the story today.<br><br>By: Jane Doe</p>`, "Jane Doe"},
		{"after one <br>", "", "", `<p>That is all for the story today.<br>By: Jane Doe</p>`, "Jane Doe"},
		{"the label in bold", "", "", `<p>That is all for the story today.<br><strong>By:</strong> Jane Doe</p>`, "Jane Doe"},
		{"de, Von:", "", "", `<p>Das war es für heute.<br>Von: Hans Müller</p>`, "Hans Müller"},
		{"a sentence after the <br>", "", "", `<p>That is all for the story today.<br>By: the end of May the work was done.</p>`, ""},
		{"a byline above wins", "", `<p class="byline">By John Roe</p>`, `<p>That is all for the story today.<br>By: Jane Doe</p>`, "John Roe"},
	})
}

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

// japanesePage is a page in Japanese, its byline under the headline and
// its tail under the text.
func japanesePage(byline, tail string) string {
	var b strings.Builder
	b.WriteString(`<html lang="ja"><head><title>記事の見出し</title></head><body><article><h1>記事の見出し</h1>` + byline)
	for i := range 40 {
		fmt.Fprintf(&b, "<p>これは記事の第%d段落です。東京都内で開かれた会議では、多くの参加者が新しい計画について意見を述べました。</p>", i)
	}
	b.WriteString(tail + `</article></body></html>`)
	return b.String()
}

// Translators, compilers and reviewers credited beside the writer in
// Chinese and Japanese: "作者：张三　翻译：李四", "编译：", "翻譯：", "翻訳：",
// and Japanese "監修：" (the expert who checked the piece); and the
// writer's desk or job in brackets after a Japanese text credit
// ("文：山田太郎（編集部）").
func TestAuthorProbe35CJKTranslatorsAndDesks(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"zh, 翻译", "zh", `<p class="byline">作者：张三　翻译：李四</p>`, "张三"},
		{"zh-TW, 翻譯", "zh-TW", `<p class="byline">作者：陳大文　翻譯：李四</p>`, "陳大文"},
		{"zh, 编译 after a Latin name", "zh", `<p class="byline">作者：John Smith　编译：李四</p>`, "John Smith"},
	})
	for _, c := range []struct{ name, byline, want string }{
		{"ja, 翻訳", `<p class="byline">文：山田太郎　翻訳：佐藤花子</p>`, "山田太郎"},
		{"ja, the desk in brackets", `<p class="byline">文：山田太郎（編集部）</p>`, "山田太郎"},
		{"ja, the job in brackets", `<p class="byline">文：山田太郎（ライター）</p>`, "山田太郎"},
		{"ja, 監修 after the writer", `<p class="byline">文：山田太郎　監修：佐藤花子</p>`, "山田太郎"},
		{"ja, 監修 alone", `<p class="byline">監修：佐藤花子（医師）</p>`, ""},
		{"ja, the writer alone", `<p class="byline">文：山田 太郎</p>`, "山田 太郎"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, japanesePage(c.byline, ""))
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// A Korean byline credits the translator or the reviewer after the
// writer, across a middle dot: "글 홍길동 · 번역 김철수" (text, translation),
// "감수" (reviewed by). They are no authors.
func TestAuthorProbe35KoreanTranslator(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"번역", "ko", `<p class="byline">글 홍길동 · 번역 김철수</p>`, "홍길동"},
		{"감수", "ko", `<p class="byline">글 홍길동 · 감수 김철수</p>`, "홍길동"},
		{"in an author element", "ko", `<div class="author">홍길동 기자 · 번역 김철수</div>`, "홍길동"},
		{"the writer alone", "ko", `<p class="byline">글 홍길동</p>`, "홍길동"},
	})
}

// Polish "Autor tekstu:" (the text's author), closing an article or under
// the headline.
func TestAuthorProbe35PolishTextAuthor(t *testing.T) {
	checkPages(t, []pageCase{
		{"closing", "", "", `<p>Autor tekstu: Anna Nowak</p>`, "Anna Nowak"},
		{"under the headline", "", `<p>Autor tekstu: Anna Nowak</p>`, "", "Anna Nowak"},
	})
}

// More credits closing an article with their colons: Indonesian
// "Penulis:" over "Editor:", Turkish "Haber:" and "Muhabir:", Persian
// "خبرنگار:", the prepositions written as labels ("Por:", "Par :",
// "Door:"), and Ukrainian "Автори:" (authors) under the headline.
func TestAuthorProbe35MoreClosingLabels(t *testing.T) {
	checkPages(t, []pageCase{
		{"id, Penulis: over Editor:", "", "", `<p>Penulis: Budi Santoso<br>Editor: Siti Aminah</p>`, "Budi Santoso"},
		{"tr, Haber: over Editör:", "", "", `<p>Haber: Mehmet Yılmaz<br>Editör: Ayşe Kaya</p>`, "Mehmet Yılmaz"},
		{"tr, Muhabir:", "", "", `<p>Muhabir: Mehmet Yılmaz</p>`, "Mehmet Yılmaz"},
		{"fa, خبرنگار:", "", "", `<p>خبرنگار: علی رضایی</p>`, "علی رضایی"},
		{"es, Por:", "", "", `<p>Por: Ana Gómez</p>`, "Ana Gómez"},
		{"pt, Por:", "", "", `<p>Por: João Silva</p>`, "João Silva"},
		{"fr, Par :", "", "", `<p>Par : Jean Dupont</p>`, "Jean Dupont"},
		{"nl, Door:", "", "", `<p>Door: Jan de Vries</p>`, "Jan de Vries"},
		{"es, a sentence", "", "", `<p>Por eso la ciudad decidió cerrar el puerto durante el invierno.</p>`, ""},
		{"uk, Автори:", "", `<div class="author">Автори: Іван Петренко, Ольга Коваль</div>`, "", "Іван Петренко; Ольга Коваль"},
	})
}
