package extractor

import (
	"strings"
	"testing"
)

// probe78AuthorsBodies holds a story of several paragraphs in each of the
// issue's languages.
var probe78AuthorsBodies = map[string]string{
	"en": probe72AuthorBody,
	"de": strings.Repeat("<p>Der Stadtrat hat am Dienstag beschlossen, die Reparatur der alten Brücke zu finanzieren, ein Projekt, auf das die Anwohner seit den Überschwemmungen warten.</p>", 8),
	"ar": strings.Repeat("<p>وافق المجلس البلدي يوم الثلاثاء على تمويل إصلاح الجسر القديم، وهو مشروع انتظره السكان منذ فيضانات العقد الماضي في المدينة.</p>", 8),
	"fa": strings.Repeat("<p>شورای شهر روز سه‌شنبه با تأمین بودجه تعمیر پل قدیمی موافقت کرد، طرحی که ساکنان از زمان سیل‌های دهه گذشته منتظر آن بودند.</p>", 8),
	"hi": strings.Repeat("<p>नगर परिषद ने मंगलवार को पुराने पुल की मरम्मत के लिए धन देने पर मतदान किया, एक ऐसी परियोजना जिसका निवासी पिछले दशक की बाढ़ के बाद से इंतजार कर रहे थे।</p>", 8),
	"ru": strings.Repeat("<p>Городской совет во вторник проголосовал за финансирование ремонта старого моста, которого жители ждали со времени наводнений прошлого десятилетия.</p>", 8),
	"uk": strings.Repeat("<p>Міська рада у вівторок проголосувала за фінансування ремонту старого мосту, на який мешканці чекали від часу повеней минулого десятиліття.</p>", 8),
	"tr": strings.Repeat("<p>Belediye meclisi salı günü eski köprünün onarımının finansmanı için oy kullandı; sakinler bu projeyi geçen on yılın sellerinden beri bekliyordu.</p>", 8),
	"pl": strings.Repeat("<p>Rada miasta zagłosowała we wtorek za sfinansowaniem remontu starego mostu, na który mieszkańcy czekali od czasu powodzi z ostatniej dekady.</p>", 8),
	"id": strings.Repeat("<p>Dewan kota pada hari Selasa memutuskan untuk mendanai perbaikan jembatan tua, proyek yang telah lama ditunggu warga sejak banjir pada dekade lalu.</p>", 8),
	"vi": probe70ViBody,
	"ko": probe75KoBody,
	"ja": probe74JaBody,
	"zh": strings.Repeat("<p>市议会周二投票决定拨款修复旧桥，这一工程是居民们自上一个十年的洪水以来一直在等待的项目，预计将于今年九月动工。</p>", 8),
	"fr": probe76AuthorsFrBody,
	"es": strings.Repeat("<p>El concejo municipal votó el martes a favor de financiar la reparación del viejo puente, un proyecto que los vecinos esperaban desde las inundaciones de la última década.</p>", 8),
}

// checkProbe78Authors runs each case on a story in the case's language.
func checkProbe78Authors(t *testing.T, cases []probe72AuthorCase) {
	t.Helper()
	for _, c := range cases {
		body, ok := probe78AuthorsBodies[c.lang]
		if !ok {
			t.Fatalf("no body for %q", c.lang)
		}
		a := extractPage(t, probe72AuthorPage(c, body))
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}

// TestAuthorsProbe78BoxHeadings checks that the heading of a box about
// the writer is never read as a name, in any language, the name under it
// being the writer's, and that a box headed "Zur Person" over an
// interviewee gives no writer unless it is classed as the writer's.
func TestAuthorsProbe78BoxHeadings(t *testing.T) {
	box := func(class, heading, text string) string {
		return `<div class="` + class + `"><h3>` + heading + `</h3><p>` + text + `</p></div>`
	}
	named := func(heading, name, bio string) string {
		return `<div class="author-box"><h3>` + heading + `</h3><p><strong>` + name + `</strong></p><p>` + bio + `</p></div>`
	}
	checkProbe78Authors(t, []probe72AuthorCase{
		{"zur person author-box", "de", "", "", box("author-box", "Zur Person", "Hans Müller ist Redakteur im Ressort Politik."), "Hans Müller"},
		{"zur person autorenbox", "de", "", "", box("autorenbox", "Zur Person", "Hans Müller ist Redakteur im Ressort Politik."), "Hans Müller"},
		{"zur person, long biography", "de", "", "", box("author-box", "Zur Person", "Hans Müller ist Redakteur im Ressort Politik und schreibt seit 2015 über die Landespolitik in Sachsen."), "Hans Müller"},
		{"zur person heading only", "de", "", "", `<div class="autorenbox"><h3>Zur Person</h3></div>`, ""},
		{"zur person interviewee", "de", "", "", box("infobox", "Zur Person", "Klaus Weber ist seit 2019 Bürgermeister der Stadt."), ""},
		{"zur person interviewee, bare", "de", "", "", `<h3>Zur Person</h3><p>Klaus Weber ist seit 2019 Bürgermeister der Stadt.</p>`, ""},
		{"zur person interviewee, byline", "de", "", `<p class="byline">Von Anna Schmidt</p>`, box("infobox", "Zur Person", "Klaus Weber ist seit 2019 Bürgermeister der Stadt."), "Anna Schmidt"},
		{"zur person interviewee, author box", "de", "", `<p class="byline">Von Anna Schmidt</p>`, box("author-box", "Zur Person", "Anna Schmidt ist Redakteurin im Ressort Politik."), "Anna Schmidt"},
		{"über den autor", "de", "", "", box("author-box", "Über den Autor", "Hans Müller ist Redakteur."), "Hans Müller"},
		{"about the author", "en", "", "", box("author-box", "About the author", "Jane Doe is a reporter covering city hall."), "Jane Doe"},
		{"l'auteur", "fr", "", "", box("author-box", "L'auteur", "Jean Dupont est journaliste."), "Jean Dupont"},
		{"el autor", "es", "", "", box("author-box", "El autor", "Juan Pérez es periodista."), "Juan Pérez"},
		{"об авторе", "ru", "", "", box("author-box", "Об авторе", "Иван Петров — корреспондент отдела политики."), "Иван Петров"},
		{"o autorze", "pl", "", "", box("author-box", "O autorze", "Jan Kowalski jest dziennikarzem."), "Jan Kowalski"},
		{"zur person, name line", "de", "", "", named("Zur Person", "Hans Müller", "Redakteur im Ressort Politik."), "Hans Müller"},
		{"l'auteur, name line", "fr", "", "", named("L'auteur", "Jean Dupont", "Journaliste au service politique."), "Jean Dupont"},
		{"el autor, name line", "es", "", "", named("El autor", "Juan Pérez", "Periodista de la sección de política."), "Juan Pérez"},
		{"作者简介", "zh", "", "", named("作者简介", "张伟", "本报政治部记者。"), "张伟"},
		{"著者について", "ja", "", "", named("著者について", "山田太郎", "経済部記者。"), "山田太郎"},
		{"기자 소개", "ko", "", "", named("기자 소개", "김민수", "정치부 소속이다."), "김민수"},
		{"yazar hakkında", "tr", "", "", named("Yazar hakkında", "Ahmet Yılmaz", "Siyaset muhabiri."), "Ahmet Yılmaz"},
		{"tentang penulis", "id", "", "", named("Tentang penulis", "Budi Santoso", "Wartawan desk politik."), "Budi Santoso"},
		{"về tác giả", "vi", "", "", named("Về tác giả", "Nguyễn Văn An", "Phóng viên ban thời sự."), "Nguyễn Văn An"},
		{"عن الكاتب", "ar", "", "", named("عن الكاتب", "أحمد محمود", "صحفي في قسم السياسة."), "أحمد محمود"},
		{"درباره نویسنده", "fa", "", "", named("درباره نویسنده", "علی رضایی", "خبرنگار سرویس سیاسی."), "علی رضایی"},
		{"लेखक के बारे में", "hi", "", "", named("लेखक के बारे में", "राहुल शर्मा", "राजनीतिक संवाददाता।"), "राहुल शर्मा"},
		{"लेखक के बारे में, bio", "hi", "", "", box("author-box", "लेखक के बारे में", "राहुल शर्मा पत्रकार हैं।"), ""},
	})
}

// TestAuthorsProbe78HeadingsAlone checks that a box heading alone, with
// no name under it, gives no writer.
func TestAuthorsProbe78HeadingsAlone(t *testing.T) {
	var cases []probe72AuthorCase
	for lang, h := range map[string]string{"de": "Zur Person", "en": "About the author", "fr": "L'auteur", "es": "El autor", "ru": "Об авторе", "zh": "作者简介", "ja": "著者について", "ko": "기자 소개", "tr": "Yazar hakkında", "pl": "O autorze", "id": "Tentang penulis", "vi": "Về tác giả", "ar": "عن الكاتب", "fa": "درباره نویسنده", "hi": "लेखक के बारे में"} {
		cases = append(cases, probe72AuthorCase{h, lang, "", "", `<div class="author-box"><h4 class="author-box-title">` + h + `</h4></div>`, ""})
	}
	checkProbe78Authors(t, cases)
}

// TestAuthorsProbe78Bylines checks the bylines of the languages
// in the layouts their news sites use, and that editors, sources,
// translators and photographers are no writers.
func TestAuthorsProbe78Bylines(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"ar bqalam", "ar", "", `<div class="byline">بقلم أحمد محمود</div>`, "", "أحمد محمود"},
		{"ar kataba", "ar", "", `<div class="author">كتب: أحمد محمود</div>`, "", "أحمد محمود"},
		{"ar kataba plain", "ar", "", `<p>كتب: أحمد محمود</p>`, "", "أحمد محمود"},
		{"fa nevisande", "fa", "", `<div class="author">نویسنده: علی رضایی</div>`, "", "علی رضایی"},
		{"fa be gozaresh", "fa", "", `<p>به گزارش خبرگزاری ایرنا، شورای شهر تصمیم گرفت.</p>`, "", ""},
		{"hi lekhak", "hi", "", `<div class="author">लेखक: राहुल शर्मा</div>`, "", "राहुल शर्मा"},
		{"hi dwara", "hi", "", `<div class="byline">द्वारा राहुल शर्मा</div>`, "", "राहुल शर्मा"},
		{"ru avtor", "ru", "", `<div class="author">Автор: Иван Петров</div>`, "", "Иван Петров"},
		{"ru tekst", "ru", "", "", `<p>Текст: Иван Петров</p>`, "Иван Петров"},
		{"ru tekst photo", "ru", "", "", `<p>Текст: Иван Петров. Фото: Сергей Смирнов</p>`, "Иван Петров"},
		{"uk avtor", "uk", "", `<div class="author">Автор: Олена Коваленко</div>`, "", "Олена Коваленко"},
		{"uk tekst", "uk", "", "", `<p>Текст: Олена Коваленко</p>`, "Олена Коваленко"},
		{"tr yazar", "tr", "", `<div class="author">Yazar: Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"tr haber", "tr", "", `<div class="news-source">Haber: Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"pl autor", "pl", "", `<div class="author">Autor: Jan Kowalski</div>`, "", "Jan Kowalski"},
		{"pl tekst", "pl", "", "", `<p>Tekst: Jan Kowalski</p>`, "Jan Kowalski"},
		{"id penulis", "id", "", `<div class="author">Penulis: Budi Santoso</div>`, "", "Budi Santoso"},
		{"id reporter editor", "id", "", `<div class="author">Reporter: Budi Santoso<br>Editor: Siti Rahayu</div>`, "", "Budi Santoso"},
		{"id editor only", "id", "", `<div class="detail-editor">Editor: Siti Rahayu</div>`, "", ""},
		{"vi tac gia", "vi", "", `<div class="author">Tác giả: Nguyễn Văn An</div>`, "", "Nguyễn Văn An"},
		{"vi theo source", "vi", "", "", `<p class="author">Theo VnExpress</p>`, ""},
		{"ko gija", "ko", "", `<div class="byline">김민수 기자</div>`, "", "김민수"},
		{"ja kisha", "ja", "", `<div class="author">山田太郎記者</div>`, "", "山田太郎"},
		{"zh jizhe", "zh", "", `<div class="author">记者 张伟</div>`, "", "张伟"},
		{"zh zuozhe", "zh", "", `<div class="author">作者：张伟</div>`, "", "张伟"},
		{"zh wen", "zh", "", `<p class="author">文/张伟</p>`, "", "张伟"},
		{"zh zerenbianji", "zh", "", "", `<p class="editor">责任编辑：李明</p>`, ""},
		{"zh jizhe and editor", "zh", "", `<div class="author">记者 张伟</div>`, `<p class="editor">责任编辑：李明</p>`, "张伟"},
	})
}

// TestAuthorsProbe78Roles checks that reviewers, fact-checkers, editors,
// translators and photographers are no writers in the languages.
func TestAuthorsProbe78Roles(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"ar editor", "ar", "", `<div class="author">كتب: أحمد محمود</div>`, `<p>تحرير: سامي علي</p>`, "أحمد محمود"},
		{"ar translator", "ar", "", `<div class="author">ترجمة: سامي علي</div>`, "", ""},
		{"fa photo", "fa", "", `<div class="author">عکس: علی رضایی</div>`, "", ""},
		{"fa translator", "fa", "", `<div class="author">مترجم: علی رضایی</div>`, "", ""},
		{"hi editor", "hi", "", `<div class="author">संपादक: राहुल शर्मा</div>`, "", ""},
		{"ru photo", "ru", "", `<div class="author">Фото: Сергей Смирнов</div>`, "", ""},
		{"ru editor", "ru", "", `<div class="author">Редактор: Сергей Смирнов</div>`, "", ""},
		{"uk translator", "uk", "", `<div class="author">Переклад: Олена Коваленко</div>`, "", ""},
		{"tr editor", "tr", "", `<div class="author">Editör: Ahmet Yılmaz</div>`, "", ""},
		{"pl photo", "pl", "", `<div class="author">Fot. Jan Kowalski</div>`, "", ""},
		{"pl photo beside writer", "pl", "", `<div class="author">Jan Kowalski</div>`, `<p class="author">Fot. Anna Nowak</p>`, "Jan Kowalski"},
		{"pl zdj", "pl", "", `<div class="author">Zdj. Anna Nowak</div>`, "", ""},
		{"pl tlumaczenie", "pl", "", `<div class="author">Tłumaczenie: Jan Kowalski</div>`, "", ""},
		{"id fotografer", "id", "", `<div class="author">Fotografer: Budi Santoso</div>`, "", ""},
		{"vi bien tap", "vi", "", `<div class="author">Biên tập: Nguyễn Văn An</div>`, "", ""},
		{"ko editor", "ko", "", `<div class="byline">편집 김민수</div>`, "", ""},
		{"ja photo", "ja", "", `<div class="author">写真：山田太郎</div>`, "", ""},
		{"zh sheying", "zh", "", `<div class="author">摄影：张伟</div>`, "", ""},
		{"en fact-checker", "en", "", `<div class="byline">Fact-checked by Jane Doe</div>`, "", ""},
		{"en reviewed", "en", "", `<div class="byline">Reviewed by Jane Doe</div>`, "", ""},
		{"de lektorat", "de", "", `<div class="author">Lektorat: Hans Müller</div>`, "", ""},
	})
}

// TestAuthorsProbe78HandleAndName checks that a WordPress login handle in
// the page's meta author gives way to the full name the byline shows,
// whichever source carries which.
func TestAuthorsProbe78HandleAndName(t *testing.T) {
	var cases []probe72AuthorCase
	for _, h := range []string{"jdoe", "admin", "editor1", "jane", "user2024", "janedoe84"} {
		cases = append(cases,
			probe72AuthorCase{"meta " + h, "en", `<meta name="author" content="` + h + `">`, `<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/` + h + `/">Jane Doe</a></span></span></div>`, "", "Jane Doe"},
			probe72AuthorCase{"ld " + h, "en", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"The bridge will be repaired","author":{"@type":"Person","name":"` + h + `"}}</script>`, `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
			probe72AuthorCase{"byline " + h + ", meta name", "en", `<meta name="author" content="Jane Doe">`, `<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/` + h + `/">` + h + `</a></span></span></div>`, "", "Jane Doe"},
			probe72AuthorCase{"byline " + h + ", ld name", "en", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"The bridge will be repaired","author":{"@type":"Person","name":"Jane Doe"}}</script>`, `<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/` + h + `/">` + h + `</a></span></span></div>`, "", "Jane Doe"},
		)
	}
	cases = append(cases,
		probe72AuthorCase{"first name meta, full byline", "en", `<meta name="author" content="Jane">`, `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		probe72AuthorCase{"full meta, first-name byline", "en", `<meta name="author" content="Jane Doe">`, `<p class="byline">By Jane</p>`, "", "Jane Doe"},
		probe72AuthorCase{"login byline alone", "en", "", `<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/editor1/">editor1</a></span></span></div>`, "", "editor1"},
		probe72AuthorCase{"shown login beside a meta login", "en", `<meta name="author" content="jdoe">`, `<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/timothy/">timothy</a></span></span></div>`, "", "timothy"},
	)
	checkProbe78Authors(t, cases)
}

// TestAuthorsProbe78MoreBylines checks more of the layouts of the
// issue's languages: the credit closing the story, a label beside the
// editor's on one line, a source after the name.
func TestAuthorsProbe78MoreBylines(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"ar bqalam colon", "ar", "", `<div class="byline">بقلم: أحمد محمود</div>`, "", "أحمد محمود"},
		{"ar kataba dash", "ar", "", `<div class="author">كتب - أحمد محمود</div>`, "", "أحمد محمود"},
		{"ar kataba tail", "ar", "", "", `<p>كتب: أحمد محمود</p>`, "أحمد محمود"},
		{"fa khabarnegar", "fa", "", `<div class="author">خبرنگار: علی رضایی</div>`, "", "علی رضایی"},
		{"fa nevisande tail", "fa", "", "", `<p>نویسنده: علی رضایی</p>`, "علی رضایی"},
		{"hi lekhak updated", "hi", "", `<div class="author">लेखक: राहुल शर्मा | अपडेटेड: 12 मार्च 2024</div>`, "", "राहुल शर्मा"},
		{"ru avtor tail", "ru", "", "", `<p>Автор: Иван Петров</p>`, "Иван Петров"},
		{"ru tekst foto lower", "ru", "", "", `<p>Текст: Иван Петров, фото: Сергей Смирнов</p>`, "Иван Петров"},
		{"ru redaktor only", "ru", "", "", `<p>Редактор: Сергей Смирнов</p>`, ""},
		{"uk avtor tail", "uk", "", "", `<p>Автор: Олена Коваленко</p>`, "Олена Коваленко"},
		{"tr yazar tail", "tr", "", "", `<p>Yazar: Ahmet Yılmaz</p>`, "Ahmet Yılmaz"},
		{"tr haber tail", "tr", "", "", `<p>Haber: Ahmet Yılmaz</p>`, "Ahmet Yılmaz"},
		{"tr muhabir", "tr", "", `<div class="author">Muhabir: Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"pl autor tail", "pl", "", "", `<p>Autor: Jan Kowalski</p>`, "Jan Kowalski"},
		{"pl opracowanie", "pl", "", `<div class="author">Opracowanie: Jan Kowalski</div>`, "", "Jan Kowalski"},
		{"id penulis editor one line", "id", "", `<div class="author">Penulis: Budi Santoso | Editor: Siti Rahayu</div>`, "", "Budi Santoso"},
		{"id reporter editor one line", "id", "", `<div class="author">Reporter: Budi Santoso | Editor: Siti Rahayu</div>`, "", "Budi Santoso"},
		{"id editor tail", "id", "", "", `<p>Editor: Siti Rahayu</p>`, ""},
		{"id penulis tail", "id", "", "", `<p>Penulis: Budi Santoso<br>Editor: Siti Rahayu</p>`, "Budi Santoso"},
		{"vi tac gia tail", "vi", "", "", `<p>Tác giả: Nguyễn Văn An</p>`, "Nguyễn Văn An"},
		{"vi theo tail", "vi", "", "", `<p><strong>Theo Tuổi Trẻ</strong></p>`, ""},
		{"ko gija email", "ko", "", "", `<p>김민수 기자 minsu@example.co.kr</p>`, "김민수"},
		{"ja kisha tail", "ja", "", "", `<p>（山田太郎記者）</p>`, "山田太郎"},
		{"zh benbao", "zh", "", `<div class="author">本报记者 张伟</div>`, "", "张伟"},
		{"zh wen tu", "zh", "", `<p class="author">文/张伟 图/李明</p>`, "", "张伟"},
		{"zh editor only", "zh", "", "", `<p>责任编辑：李明</p>`, ""},
		{"zh zuozhe source editor", "zh", "", `<div class="info">作者：张伟　来源：新华网　责任编辑：李明</div>`, "", "张伟"},
	})
}

// TestAuthorsProbe78VietnameseSource checks that the source a Vietnamese
// story draws on, in brackets after its writer ("(Theo Reuters)"), is no
// part of the writer's name.
func TestAuthorsProbe78VietnameseSource(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"theo", "vi", "", "", `<p class="author">Nguyễn Văn An (Theo Reuters)</p>`, "Nguyễn Văn An"},
		{"theo lower", "vi", "", `<div class="author">Nguyễn Văn An (theo VnExpress)</div>`, "", "Nguyễn Văn An"},
	})
}

// TestAuthorsProbe78KoreanPaperBracket checks that a Korean byline that
// sets the paper's name alone in brackets before the reporter's credit
// ("[한국일보] 김민수 기자") gives the reporter.
func TestAuthorsProbe78KoreanPaperBracket(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"paper", "ko", "", `<div class="byline">[한국일보] 김민수 기자</div>`, "", "김민수"},
		{"paper, two", "ko", "", `<div class="byline">[한국일보] 김민수·이영희 기자</div>`, "", "김민수; 이영희"},
		{"paper, e-mail", "ko", "", `<div class="byline">[한국일보] 김민수 기자 minsu@example.co.kr</div>`, "", "김민수"},
	})
}
