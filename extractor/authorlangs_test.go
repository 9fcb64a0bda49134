package extractor

import (
	"strings"
	"testing"
)

// Byline labels before a colon in the languages that have no "by"
// reByPrefix knows, read in a line whose element says nothing of an
// author; a verb of writing inside a sentence is no label.
func TestBylineLabelsMoreLanguages(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"Russian text", `<div class="meta">Текст: Иван Петров</div>`, "Иван Петров"},
		{"Ukrainian text and photo", `<p>Текст: Іван Петренко, фото: Марія Коваль</p>`, "Іван Петренко"},
		{"Finnish text", `<div class="meta">Teksti: Matti Virtanen</div>`, "Matti Virtanen"},
		{"Finnish writer", `<div class="meta">Kirjoittaja: Matti Virtanen</div>`, "Matti Virtanen"},
		{"Hungarian author", `<p>Szerző: Kovács János</p>`, "Kovács János"},
		{"Croatian writes", `<div class="meta">Piše: Ivan Horvat</div>`, "Ivan Horvat"},
		{"Serbian writes", `<div class="meta">Пише: Марко Марковић</div>`, "Марко Марковић"},
		{"Indonesian by with a colon", `<div class="meta">Oleh: Budi Santoso</div>`, "Budi Santoso"},
		{"Polish prepared by", `<div class="meta">Opracowanie: Jan Kowalski</div>`, "Jan Kowalski"},
		{"Polish wrote", `<p class="byline">Napisała: Anna Nowak</p>`, "Anna Nowak"},
		{"Turkish who wrote", `<div class="meta">Yazan: Ahmet Yılmaz</div>`, "Ahmet Yılmaz"},
		{"Swedish writer", `<p class="byline">Skribent: Anna Svensson</p>`, "Anna Svensson"},
		{"Thai by", `<p class="byline">โดย สมชาย ใจดี</p>`, "สมชาย ใจดี"},
		{"a quote after writes", `<p>Novinar piše: „Ovo je važno za sve nas danas.“</p>`, ""},
	})
}

// Words that join a co-author in a labelled byline: French "avec",
// Dutch "en" after "Door"; after an interview's label "with" names the
// one interviewed.
func TestBylineCoAuthorWords(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"Dutch and after door", `<p>Door Jan Jansen en Piet de Vries</p>`, "Jan Jansen; Piet de Vries"},
		{"Dutch and in a byline element", `<p class="byline">Door Jan Jansen en Piet Bakker</p>`, "Jan Jansen; Piet Bakker"},
		{"French with", `<p>Par Jean Dupont, avec Marie Curie</p>`, "Jean Dupont; Marie Curie"},
		{"the one interviewed", `<p class="byline">Interview by Jane Doe with John Roe</p>`, "Jane Doe"},
	})
}

// What follows the names after a comma, a slash or in brackets: a role
// or a paper in lower case in any language, a newsroom whose last word
// names its kind, an agency named with its "agency", a newsroom's staff,
// a place, the company or paper after "at", the link to the comments.
func TestBylineAfterTheNames(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"French special envoy", `<p class="byline">Par Jean Dupont, envoyé spécial à Kiev</p>`, "Jean Dupont"},
		{"Spanish correspondent", `<p class="byline">Por Juan Pérez, corresponsal en Bruselas</p>`, "Juan Pérez"},
		{"Portuguese of the paper", `<p class="byline">Por João Silva, da Folha</p>`, "João Silva"},
		{"a poster's categories", `<p class="meta">Posted on November 5, 2012, 9:58 am, by Jane Doe, under <a href="/category/news" rel="category tag">News</a></p>`, "Jane Doe"},
		{"a broadcaster and a place", `<p class="byline">By Jane Doe, BBC News, London</p>`, "Jane Doe"},
		{"an agency with its noun", `<p class="byline">Por Juan Pérez y María López / Agencia EFE</p>`, "Juan Pérez; María López"},
		{"the agency in lower case", `<p class="byline">By the Associated Press</p>`, "Associated Press"},
		{"a paper's staff", `<p class="byline">Jane Doe and John Roe, Tribune staff</p>`, "Jane Doe; John Roe"},
		{"a place in brackets", `<p class="byline">Par Jean Dupont (à Paris)</p>`, "Jean Dupont"},
		{"an address in brackets is no name", `<div class="author">Blue Sky (sirhamy.bsky.social)</div>`, ""},
		{"a company after at", `<p class="byline">By Jane Doe at Google</p>`, "Jane Doe"},
		{"the comments link", `<p class="meta">By Jane Doe <a href="#respond">No Comments</a></p>`, "Jane Doe"},
		{"the comments link with its count", `<p class="meta">By Jane Doe <a href="#comments">Comments (3)</a></p>`, "Jane Doe"},
		{"the call to comment", `<p class="meta">By Jane Doe <a href="#respond">Leave a Comment</a></p>`, "Jane Doe"},
		{"the date after at", `<p class="posted">Posted by Jane Doe at October 29, 2012 05:10 PM</p>`, "Jane Doe"},
		{"a paper after at", `<p class="byline">By Jane Doe and John Roe at The Conversation</p>`, "Jane Doe; John Roe"},
		{"a German role", `<p>Von Hans Müller, Korrespondent in Paris</p>`, "Hans Müller"},
		{"a German place", `<p>Von Hans Müller und Anna Schmidt, Berlin</p>`, "Hans Müller; Anna Schmidt"},
		// The place after a Romance locative, as after English "in".
		{"an Italian place", `<p class="byline">di Maria Rossi a Roma</p>`, "Maria Rossi"},
		{"two Italian writers and a place", `<p class="byline">di Mario Bianchi e Anna Verdi a Milano</p>`, "Mario Bianchi; Anna Verdi"},
		{"a Portuguese place", `<p class="byline">Por Maria Silva em Lisboa</p>`, "Maria Silva"},
		{"a Portuguese place it is sent from", `<p class="byline">Por Maria Silva a partir de Lisboa</p>`, "Maria Silva"},
		{"a Spanish place it is sent from", `<p class="byline">Por María García desde Buenos Aires</p>`, "María García"},
		{"a French place", `<p class="byline">Par Marie Dupont à Paris</p>`, "Marie Dupont"},
		{"a Portuguese name's particle", `<p class="byline">Por Maria da Silva</p>`, "Maria da Silva"},
		{"Dutch en joins two names", `<p class="byline">Door Jan de Vries en Piet Jansen</p>`, "Jan de Vries; Piet Jansen"},
	})
}

// Credits of others beside the byline's: a fact-checker joined by "and",
// additional reporting after the names.
func TestBylineBesideOtherCredits(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"fact checked after and", `<p class="byline">Written by Jane Doe and fact checked by John Roe</p>`, "Jane Doe"},
		{"reviewed after an ampersand", `<p class="byline">By Jane Doe &amp; reviewed by Dr. John Roe</p>`, "Jane Doe"},
		{"additional reporting after the names", `<p class="byline">By Jane Doe and John Roe, with additional reporting by Ann Lee</p>`, "Jane Doe; John Roe"},
		{"additional reporting alone", `<p class="byline">Additional reporting by Ann Lee</p>`, ""},
	})
}

// The verbs other languages set before their "by" in a byline line of
// its own.
func TestBylineForeignVerbs(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"French drafted by", `<p>Rédigé par Jean Dupont</p>`, "Jean Dupont"},
		{"Italian edited by", `<p>A cura di Mario Rossi</p>`, "Mario Rossi"},
		{"German written by", `<p>Verfasst von Hans Müller</p>`, "Hans Müller"},
		{"Spanish drafted by", `<p>Redactado por Juan Pérez</p>`, "Juan Pérez"},
	})
}

// A field's label "Byline" over the name, as Drupal renders a byline
// field with its label shown, is no name.
func TestBylineFieldLabel(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"label above", `<div class="field field--name-field-byline field--type-string field--label-above"><div class="field__label">Byline</div><div class="field__item">Jane Doe</div></div>`, "Jane Doe"},
		{"label with a colon", `<div class="byline">By-line: Jane Doe</div>`, "Jane Doe"},
	})
}

// The box about the writer that closes a post, under its heading "About
// the author": the name on a line of its own, or the one its biography
// opens with, however long the biography; only the block right after the
// heading counts.
func TestAboutTheAuthor(t *testing.T) {
	checkPages(t, []pageCase{
		{"a biography", "", "", `<div class="about-author"><h3>About the author</h3><p>Jane Doe is a freelance writer based in Denver.</p></div>`, "Jane Doe"},
		{"a name in bold", "", "", `<h3>About the Author</h3><p><strong>Jane Doe</strong> has covered city hall for ten years.</p>`, "Jane Doe"},
		{"a name, then the biography", "", "", `<h3>About the Author</h3><h4>Jane Doe</h4><p>She has covered city hall for ten years.</p>`, "Jane Doe"},
		{"German", "", "", `<h3>Über den Autor</h3><p>Hans Müller ist freier Journalist in Berlin.</p>`, "Hans Müller"},
		{"a long biography, then the next section", "", "", `<p>About the Author:</p><p>Jane Doe is a skilled content creator with over five years of experience in SEO, content ideation, and digital marketing strategy. She has spent more than two years at the company, where she developed in-depth articles on topics ranging from career growth in tech to the future impact of AI.</p><h2>Related Articles</h2>`, "Jane Doe"},
		{"a biography that names no one", "", "", `<h3>About the author</h3><p>She is a freelance writer based in Denver.</p><h2>Related Articles</h2>`, ""},
		{"the byline first", "", `<p class="byline">By John Roe</p>`, `<h3>About the author</h3><p>Jane Doe is a freelance writer.</p>`, "John Roe"},
	})
}

// Japanese sets a space between the family name and the given name: on a
// Japanese page "山田 太郎" in an author element is one name, where on a
// Chinese page "张三 李四" names two reporters.
func TestJapaneseSpacedName(t *testing.T) {
	page := func(lang, byline, para string) string {
		var b strings.Builder
		b.WriteString(`<html lang="` + lang + `"><head><title>記事</title></head><body><article><h1>記事</h1>` + byline)
		for range 20 {
			b.WriteString("<p>" + para + "</p>")
		}
		b.WriteString(`</article></body></html>`)
		return b.String()
	}
	ja := "今日は東京で新しい展示会が開かれました。多くの人々が会場を訪れ、作品を楽しんでいました。"
	zh := "今天在北京举行了新的展览会。很多人来到会场，欣赏了作品。"
	for _, c := range []struct{ name, page, want string }{
		{"a Japanese name in an author element", page("ja", `<div class="author">山田 太郎</div>`, ja), "山田 太郎"},
		{"two Japanese writers in full", page("ja", `<div class="author">山田太郎、鈴木花子</div>`, ja), "山田太郎; 鈴木花子"},
		{"two Chinese reporters", page("zh", `<div class="author">张三 李四</div>`, zh), "张三; 李四"},
	} {
		a := extractPage(t, c.page)
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q (language %q), want %q", c.name, got, a.Provenance["authors"], a.Language, c.want)
		}
	}
}

// A place after each of two writers ("By Jane Doe in Washington and John
// Roe in London") leaves both names; a section joined with "and" after
// one is no second writer. "Post by" and "Report by" open a byline as
// "Written by" does.
func TestBylinePlacesAndVerbs(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"a place after each writer", `<p class="byline">By Jane Doe in Washington and John Roe in London</p>`, "Jane Doe; John Roe"},
		{"a section joined with and", `<p class="byline">By Jane Doe in Arts and Culture</p>`, "Jane Doe"},
		{"post by", `<p class="byline">Post by Jane Doe</p>`, "Jane Doe"},
		{"report by", `<p>Report by Jane Doe</p>`, "Jane Doe"},
	})
}

// A reviewer's credit, then the writer's that runs on into its date, as
// health sites set the line under the headline.
func TestBylineAfterReviewerRunsOnIntoDate(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"reviewed, then written by on a date", `<p>Medically reviewed by John Roe, MD — Written by Jane Doe on March 3, 2021</p>`, "Jane Doe"},
		{"in a byline element", `<div class="byline">Medically reviewed by John Roe, MD — Written by Jane Doe on March 3, 2021</div>`, "Jane Doe"},
	})
}

// A paper after the names and a comma, named with an article that opens
// no person's name or with its word for news; a Vietnamese co-author
// written family name first is no paper.
func TestBylinePaperAfterComma(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"German paper", `<p class="byline">Von Hans Müller, Die Zeit</p>`, "Hans Müller"},
		{"Italian paper", `<p class="byline">Di Mario Rossi, Il Messaggero</p>`, "Mario Rossi"},
		{"Russian agency's news", `<p class="byline">Автор: Иван Петров, РИА Новости</p>`, "Иван Петров"},
		{"a Vietnamese co-author", `<p class="byline">By Jane Doe, Le Van Thanh</p>`, "Jane Doe; Le Van Thanh"},
	})
}

// Arabic correspondents' credits set the place the story was filed from
// before the name, after a dash or a colon, in a byline element or on a
// line of their own under the headline: the name is the author, the
// place is not. An agency's initials, a paper's name in guillemets and
// the credit of the photographs name no writer.
func TestArabicPlaceBeforeName(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"a dash in a byline element", `<div class="byline">بيروت - أحمد محمود</div>`, "أحمد محمود"},
		{"a colon in an author element", `<div class="author">لندن: أحمد محمود</div>`, "أحمد محمود"},
		{"a line of its own under the headline", `<p>القاهرة - أحمد محمود</p>`, "أحمد محمود"},
		{"a Persian reporter's label", `<div class="author">خبرنگار: علی رضایی</div>`, "علی رضایی"},
		{"an agency's initials", `<p>القاهرة - أ ش أ</p>`, ""},
		{"a paper's name in guillemets", `<p>لندن - «الحياة»</p>`, ""},
		{"the photographer", `<div class="byline">تصوير: أحمد محمود</div>`, ""},
	})
	checkPages(t, []pageCase{
		{"the author tag", `<meta name="author" content="بيروت - أحمد محمود">`, "", "", "أحمد محمود"},
		{"an author box under the text", "", "", `<div class="author-name">لندن: أحمد محمود</div>`, "أحمد محمود"},
	})
}

// A place of more than one word that a dash sets after a writer's name
// is where the story was filed from, not a co-author; a name that opens
// with a given name after the dash may be one.
func TestPlaceAfterDash(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"a Portuguese place with its particle", `<div class="autor">Por João Silva — Rio de Janeiro</div>`, "João Silva"},
		{"a place of two words", `<p class="byline">By Jane Doe — New York</p>`, "Jane Doe"},
		{"a Spanish place of two words", `<div class="autor">Por María López - Buenos Aires</div>`, "María López"},
	})
	for _, c := range []struct {
		head, tail string
		want       bool
	}{
		{"Jane Doe", "John Roe", false},
		{"Jane Doe", "Frankfurt am Main", true},
		{"Jane Doe", "Maria de Souza", false},
		{"Jane Doe", "Rio de", false},
		{"Jane", "New York", false},
	} {
		if got := placeAfterDash(c.head, c.tail); got != c.want {
			t.Errorf("placeAfterDash(%q, %q) = %v, want %v", c.head, c.tail, got, c.want)
		}
	}
}

// A Persian or Arabic byline runs on into its date written in Persian or
// Arabic-Indic digits; an Indonesian credit sets the writer's role and
// where it is held beside the name. Neither is part of a name.
func TestBylineEasternDigitsAndIndonesianRoles(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"a Persian name and a Persian date", `<div class="author">علی رضایی - ۱۴۰۳/۰۱/۱۵</div>`, "علی رضایی"},
		{"an Arabic name and an Arabic-Indic date", `<p class="byline">بقلم أحمد علي ١٦ مايو ٢٠٢٤</p>`, "أحمد علي"},
		{"an Indonesian contributor and the city", `<div class="author">Kontributor Bandung, Budi Santoso</div>`, "Budi Santoso"},
		{"an Indonesian reporter and the paper", `<div class="author">Wartawan Tribunnews, Budi Santoso</div>`, "Budi Santoso"},
	})
}

// A name in a script without letter case (Hangul: "김민수") is not a
// lower-case word, however often the text writes it: a Korean story
// closes with its reporter's line ("김민수 기자 minsu@…") and the
// reporter's box below repeats it, and the name must stay a name.
func TestUncasedNameNotAWord(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html lang="ko"><head><title>서울시 요금 인상</title><meta name="author" content="김민수 기자"></head><body><article><h1>서울시, 내년부터 대중교통 요금 단계적 인상</h1><div class="article-body">`)
	for range 6 {
		b.WriteString("<p>서울시는 내년부터 대중교통 요금을 단계적으로 인상하는 방안을 확정했다고 12일 밝혔다. 시는 적자 누적으로 인해 요금 조정이 불가피하다고 설명했다.</p>")
	}
	b.WriteString(`<p>김민수 기자 minsu@example.co.kr</p><div class="view-editors"><strong>김민수 기자</strong><p>다른기사 보기</p></div></div></article></body></html>`)
	a := extractPage(t, b.String())
	if got := strings.Join(a.Authors, "; "); got != "김민수" {
		t.Errorf("Extract(Korean reporter named twice in the text).Authors = %q from %q, want %q", got, a.Provenance["authors"], "김민수")
	}
}

// A Japanese paper's credit names the desk before the reporter, spaced
// with an ideographic space and bracketed: "（経済部　佐藤健一）" closing
// the story, or in the page's author element. The desk is no author.
func TestJapaneseDeskBeforeReporter(t *testing.T) {
	para := strings.Repeat("<p>政府は１２日、電気料金の負担を軽減するための新たな支援策を発表した。家庭向けの補助を来年３月まで延長し、企業向けの支援も拡充する。</p>", 5)
	for _, c := range []struct{ name, before, after string }{
		{"a closing credit", "", "<p>（経済部　佐藤健一）</p>"},
		{"a bureau's closing credit", "", "<p>（大阪支局　佐藤健一）</p>"},
		{"an author element", `<p class="article-author">（経済部　佐藤健一）</p>`, ""},
	} {
		a := extractPage(t, `<html lang="ja"><head><title>電気料金の補助を延長</title></head><body><article><h1>電気料金の補助を延長</h1>`+c.before+para+c.after+`</article></body></html>`)
		if got := strings.Join(a.Authors, "; "); got != "佐藤健一" {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], "佐藤健一")
		}
	}
}

// A link to the author's archive in the language of the site's CMS,
// alone in the meta line under the headline, names the writer as
// "/author/" does.
func TestAuthorLinkPathsInOtherLanguages(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"id: /penulis/", "id", `<div class="article-meta"><span><a href="/penulis/budi-santoso">Budi Santoso</a></span> <span>04/12/2026</span></div>`, "Budi Santoso"},
		{"fr: /auteur/", "fr", `<div class="article-meta"><span><a href="/auteur/jean-dupont/">Jean Dupont</a></span> <span>04/12/2026</span></div>`, "Jean Dupont"},
		{"it: /autore/", "it", `<div class="article-meta"><span><a href="https://news.example/autore/mario-rossi">Mario Rossi</a></span> <span>04/12/2026</span></div>`, "Mario Rossi"},
		{"tr: /yazar/", "tr", `<div class="article-meta"><span><a href="/yazar/ahmet-yilmaz">Ahmet Yılmaz</a></span> <span>04.12.2026</span></div>`, "Ahmet Yılmaz"},
		{"fr: the list of all authors is no author", "fr", `<div class="article-meta"><span><a href="/auteurs/">Auteurs</a></span> <span>04/12/2026</span></div>`, ""},
	})
}

// Romanian bylines open with "De", capitalised at the line's start: on a
// Romanian page it is the label, elsewhere the start of a family name or
// of a phrase ("De Nieuwe Kerk").
func TestRomanianBylineDe(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"ro: in an author element", "ro", `<div class="author">De Ion Popescu</div>`, "Ion Popescu"},
		{"ro: in a meta line with its date", "ro", `<div class="meta">De Ion Popescu | 4 decembrie 2026, 10:00</div>`, "Ion Popescu"},
		{"ro: a line of its own", "ro", `<p>De Ion Popescu</p>`, "Ion Popescu"},
		{"ro: lower case, then the date", "ro", `<div class="meta">de Ion Popescu, 4 decembrie 2026</div>`, "Ion Popescu"},
		{"nl: a phrase", "nl", `<p>De Nieuwe Kerk</p>`, ""},
	})
}

// "By:" in the languages that write it as a preposition, with a label's
// colon and the name in the next element or after a break.
func TestPrepositionColonLabels(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"nl: Door:", "nl", `<p><strong>Door:</strong><br>Jan Jansen</p>`, "Jan Jansen"},
		{"fr: Par :", "fr", `<div class="info"><span>Par :</span> <span>Jean Dupont</span></div>`, "Jean Dupont"},
	})
}

// Indonesian and Malay "Oleh", Polish "oprac." open a byline in a line of
// its own under the headline as "Por" does; Thai labels the writer
// "ผู้เขียน:". The Ukrainian given name Oleh before a family name is no
// label.
func TestBylinePrepositionsMoreLanguages(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"id: Oleh in a meta line", "id", `<div class="meta">Oleh Budi Santoso</div>`, "Budi Santoso"},
		{"ms: Oleh in a meta line", "ms", `<div class="meta">Oleh Ahmad Ismail</div>`, "Ahmad Ismail"},
		{"pl: oprac. in a line of its own", "pl", `<p>oprac. Jan Kowalski</p>`, "Jan Kowalski"},
		{"th: writer label", "th", `<div class="meta">ผู้เขียน: สมชาย ใจดี</div>`, "สมชาย ใจดี"},
		{"uk: Oleh the given name in an author element", "en", `<span class="author">Oleh Petrenko</span>`, "Oleh Petrenko"},
		{"uk: Oleh the given name after By", "en", `<p class="byline">By Oleh Petrenko</p>`, "Oleh Petrenko"},
		{"uk: Oleh the given name alone in a meta line", "en", `<div class="meta">Oleh Petrenko</div>`, ""},
	})
}

// An unlabelled meta line under the headline whose name and date are
// elements of their own joined by a hyphen, as many templates write it;
// a hyphen in running text still closes a title.
func TestMetaLineHyphenElements(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"id: name, hyphen, date", "id", `<div class="meta"><span>Budi Santoso</span> - <span>Kamis, 4 Desember 2026 10:00 WIB</span></div>`, "Budi Santoso"},
		{"en: name, hyphen, date", "en", `<div class="meta"><span>Jane Doe</span> - <span>Thursday, December 4, 2026 10:00 AM</span></div>`, "Jane Doe"},
		{"en: a title's words before a hyphen", "en", `<p>Weekly Review - December 4, 2026</p>`, ""},
	})
}

// A Korean name alone before the date in a meta line under the headline,
// without the reporter's title; a desk or the administrator in its place
// is no name.
func TestKoreanBareNameMetaLine(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"ko: name | date", "ko", `<div class="info">홍길동 | 2024.05.16 10:00</div>`, "홍길동"},
		{"ko: name · date", "ko", `<div class="info">김철수 · 2024-05-16 10:00</div>`, "김철수"},
		{"ko: the administrator", "ko", `<div class="info">관리자 | 2024.05.16 10:00</div>`, ""},
		{"ko: the desk", "ko", `<div class="info">편집부 | 2024.05.16 10:00</div>`, ""},
	})
}

// The label a CMS sets before the name inside the author element, with
// no colon after it, is no part of the name: Italian "Scritto da" and
// "Pubblicato da", Romanian "Publicat de", Indonesian "Ditulis oleh",
// Polish "Napisane przez", Dutch "Geplaatst door", Portuguese "Postado
// por", Vietnamese "Bởi" and "Đăng bởi", Turkish "Yazar", Russian and
// Ukrainian "Автор" and "Опубликовано", Arabic "بواسطة" (by, as Arabic
// WordPress themes translate it), "الكاتب" and "كتبه", Persian "توسط",
// "ارسال شده توسط", "نوشته" and "نویسنده", Hindi "द्वारा" and "लेखक",
// Korean "글".
func TestAuthorElementLabelWithoutColon(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"it: scritto da", "it", `<p class="byline">Scritto da Mario Rossi</p>`, "Mario Rossi"},
		{"it: pubblicato da", "it", `<div class="entry-meta"><span class="author">Pubblicato da Mario Rossi</span></div>`, "Mario Rossi"},
		{"ro: publicat de", "ro", `<p class="byline">Publicat de Ion Popescu</p>`, "Ion Popescu"},
		{"id: ditulis oleh", "id", `<div class="entry-meta"><span class="author">Ditulis oleh Budi Santoso</span></div>`, "Budi Santoso"},
		{"ru: Автор", "ru", `<div class="entry-meta"><span class="author"><span>Автор</span> Иван Петров</span></div>`, "Иван Петров"},
		{"uk: Автор", "uk", `<p class="byline">Автор Іван Петренко</p>`, "Іван Петренко"},
		{"ar: بواسطة", "ar", `<div class="entry-meta"><span class="author">بواسطة أحمد علي</span></div>`, "أحمد علي"},
		{"fa: توسط", "fa", `<p class="byline">توسط علی رضایی</p>`, "علی رضایی"},
		{"fa: نوشته", "fa", `<p class="byline">نوشته علی رضایی</p>`, "علی رضایی"},
		{"hi: द्वारा", "hi", `<div class="entry-meta"><span class="author">द्वारा राम शर्मा</span></div>`, "राम शर्मा"},
		{"pl: napisane przez", "pl", `<div class="entry-meta"><span class="byline">Napisane przez Jan Kowalski</span></div>`, "Jan Kowalski"},
		{"nl: geplaatst door", "nl", `<div class="entry-meta"><span class="byline">Geplaatst door Jan de Vries</span></div>`, "Jan de Vries"},
		{"pt: postado por", "pt", `<p class="post-meta">Postado por João Silva | 3/9/2024</p>`, "João Silva"},
		{"vi: Bởi", "vi", `<div class="entry-meta"><span class="byline">Bởi Nguyễn Văn An</span></div>`, "Nguyễn Văn An"},
		{"vi: Đăng bởi", "vi", `<p class="post-meta">Đăng bởi Nguyễn Văn An | 3/9/2024</p>`, "Nguyễn Văn An"},
		{"tr: Yazar", "tr", `<div class="entry-meta"><span class="byline">Yazar Ahmet Yılmaz</span></div>`, "Ahmet Yılmaz"},
		{"ru: Опубликовано", "ru", `<p class="post-meta">Опубликовано Иван Петров | 3/9/2024</p>`, "Иван Петров"},
		{"ar: الكاتب", "ar", `<div class="entry-meta"><span class="byline">الكاتب أحمد علي</span></div>`, "أحمد علي"},
		{"ar: كتبه", "ar", `<p class="post-meta">كتبه أحمد علي | 3/9/2024</p>`, "أحمد علي"},
		{"fa: نویسنده", "fa", `<div class="entry-meta"><span class="byline">نویسنده علی رضایی</span></div>`, "علی رضایی"},
		{"fa: ارسال شده توسط", "fa", `<p class="post-meta">ارسال شده توسط علی رضایی | 3/9/2024</p>`, "علی رضایی"},
		{"hi: लेखक", "hi", `<div class="entry-meta"><span class="byline">लेखक राम शर्मा</span></div>`, "राम शर्मा"},
		{"ko: 글", "ko", `<div class="entry-meta"><span class="byline">글 홍길동</span></div>`, "홍길동"},
		{"ko: 글 and the title", "ko", `<p class="byline">글 홍길동 기자</p>`, "홍길동"},
		{"ru: a name after Автор: stays", "ru", `<p class="byline">Автор: Иван Петров</p>`, "Иван Петров"},
	})
}
