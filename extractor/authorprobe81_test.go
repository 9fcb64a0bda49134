package extractor

import "testing"

// TestAuthorProbe81TurkishLabels checks Turkish byline labels as Turkish
// WordPress themes and news portals print them.
func TestAuthorProbe81TurkishLabels(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"tr yazan", "tr", "", `<div class="post-meta"><span class="author">Yazan: <a href="/author/ahmet/">Ahmet Yılmaz</a></span></div>`, "", "Ahmet Yılmaz"},
		{"tr yazan plain", "tr", "", `<div class="post-meta">Yazan: Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"tr yazan p", "tr", "", `<p class="byline">Yazan: Ahmet Yılmaz</p>`, "", "Ahmet Yılmaz"},
		{"tr yazar", "tr", "", `<p class="byline">Yazar: Ahmet Yılmaz</p>`, "", "Ahmet Yılmaz"},
		{"tr hazirlayan", "tr", "", `<div class="post-meta">Hazırlayan: Ayşe Demir</div>`, "", "Ayşe Demir"},
		{"tr haber", "tr", "", `<div class="haber-meta">Haber: Ayşe Demir</div>`, "", "Ayşe Demir"},
		{"tr muhabir", "tr", "", `<div class="haber-meta">Muhabir: Ayşe Demir</div>`, "", "Ayşe Demir"},
		{"tr derleyen", "tr", "", `<div class="post-meta">Derleyen: Ayşe Demir</div>`, "", "Ayşe Demir"},
		{"tr yazan tail", "tr", "", "", `<p><strong>Yazan: Ahmet Yılmaz</strong></p>`, "Ahmet Yılmaz"},
		{"tr haber tail", "tr", "", "", `<p><strong>Haber: Ayşe Demir</strong></p>`, "Ayşe Demir"},
		{"tr yazan date", "tr", "", `<div class="post-meta">Yazan: Ahmet Yılmaz | 12 Mart 2024</div>`, "", "Ahmet Yılmaz"},
		{"tr tarafından", "tr", "", `<div class="post-meta"><a href="/author/ahmet/">Ahmet Yılmaz</a> tarafından</div>`, "", "Ahmet Yılmaz"},
		{"tr tarafından byline", "tr", "", `<div class="byline">Ahmet Yılmaz tarafından</div>`, "", "Ahmet Yılmaz"},
		{"tr haber merkezi", "tr", "", `<div class="haber-meta">Haber Merkezi</div>`, "", ""},
		{"tr kaynak", "tr", "", "", `<p>Kaynak: Anadolu Ajansı</p>`, ""},
	})
}

// TestAuthorProbe81WireStaff checks a wire's staff credit: the name
// alone when a person is named ("Jane Doe (Reuters Staff)"), the staff
// as written when no one is, as "NFL.com Staff" stands.
func TestAuthorProbe81WireStaff(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"en name reuters staff", "en", "", `<div class="byline">Jane Doe (Reuters Staff)</div>`, "", "Jane Doe"},
		{"en by name reuters staff", "en", "", `<div class="byline">By Jane Doe (Reuters Staff)</div>`, "", "Jane Doe"},
		{"en by reuters staff", "en", "", `<div class="byline">By Reuters Staff</div>`, "", "Reuters Staff"},
		{"en reuters staff", "en", "", `<div class="byline">Reuters Staff</div>`, "", "Reuters Staff"},
		{"en by ap staff", "en", "", `<div class="byline">By AP Staff</div>`, "", "AP Staff"},
		{"en name, reuters staff", "en", "", `<div class="byline">By Jane Doe, Reuters Staff</div>`, "", "Jane Doe"},
		{"tr aa", "tr", "", `<div class="byline">Ahmet Yılmaz (AA)</div>`, "", "Ahmet Yılmaz"},
		{"tr dha", "tr", "", `<div class="byline">Ahmet Yılmaz / DHA</div>`, "", "Ahmet Yılmaz"},
		{"tr aa alone", "tr", "", `<div class="byline">AA</div>`, "", "AA"},
		{"en staff of paper", "en", "", `<div class="byline">By Jane Doe (Tribune Staff)</div>`, "", "Jane Doe"},
		{"en two staff", "en", "", `<div class="byline">By Jane Doe and John Roe (Reuters Staff)</div>`, "", "Jane Doe; John Roe"},
		{"en by bloomberg staff", "en", "", `<div class="byline">By Bloomberg News Staff</div>`, "", "Bloomberg News Staff"},
	})
}

// TestAuthorProbe81BioNames checks the name that opens an author box's
// biography in Arabic, Persian, Hindi, Indonesian and Vietnamese.
func TestAuthorProbe81BioNames(t *testing.T) {
	box := func(heading, text string) string {
		return `<div class="author-box"><h3>` + heading + `</h3><p>` + text + `</p></div>`
	}
	checkProbe78Authors(t, []probe72AuthorCase{
		{"ar named", "ar", "", "", box("عن الكاتب", "محمد أحمد كاتب صحفي متخصص في الشؤون الاقتصادية."), "محمد أحمد"},
		{"ar named comma", "ar", "", "", box("عن الكاتب", "محمد أحمد، كاتب صحفي متخصص في الشؤون الاقتصادية."), "محمد أحمد"},
		{"ar no name", "ar", "", "", box("عن الكاتب", "كاتب صحفي متخصص في الشؤون الاقتصادية."), ""},
		{"fa named", "fa", "", "", box("درباره نویسنده", "علی رضایی روزنامه‌نگار و نویسنده حوزه اقتصاد است."), "علی رضایی"},
		{"fa no name", "fa", "", "", box("درباره نویسنده", "روزنامه‌نگار و نویسنده حوزه اقتصاد است."), ""},
		{"hi named", "hi", "", "", box("लेखक के बारे में", "राहुल शर्मा एक पत्रकार हैं और राजनीति पर लिखते हैं।"), "राहुल शर्मा"},
		{"hi no name", "hi", "", "", box("लेखक के बारे में", "एक पत्रकार हैं और राजनीति पर लिखते हैं।"), ""},
		{"id named", "id", "", "", box("Tentang Penulis", "Budi Santoso adalah jurnalis yang meliput isu ekonomi."), "Budi Santoso"},
		{"id no name", "id", "", "", box("Tentang Penulis", "Jurnalis yang meliput isu ekonomi sejak 2015."), ""},
		{"vi named", "vi", "", "", box("Về tác giả", "Nguyễn Văn An là phóng viên mảng kinh tế."), "Nguyễn Văn An"},
		{"vi no name", "vi", "", "", box("Về tác giả", "Phóng viên mảng kinh tế từ năm 2015."), ""},
		{"ar bio box", "ar", "", "", `<div class="author-bio"><p>محمد أحمد كاتب صحفي متخصص في الشؤون الاقتصادية.</p></div>`, "محمد أحمد"},
		{"ar bio box no name", "ar", "", "", `<div class="author-bio"><p>كاتب صحفي متخصص في الشؤون الاقتصادية منذ سنوات.</p></div>`, ""},
		{"fa bio box", "fa", "", "", `<div class="author-bio"><p>علی رضایی روزنامه‌نگار و نویسنده حوزه اقتصاد است.</p></div>`, "علی رضایی"},
		{"hi bio box", "hi", "", "", `<div class="author-bio"><p>राहुल शर्मा एक पत्रकार हैं और राजनीति पर लिखते हैं।</p></div>`, "राहुल शर्मा"},
		{"hi bio box no name", "hi", "", "", `<div class="author-bio"><p>एक पत्रकार हैं और राजनीति पर लिखते हैं।</p></div>`, ""},
		{"id bio box", "id", "", "", `<div class="author-bio"><p>Budi Santoso adalah jurnalis yang meliput isu ekonomi.</p></div>`, "Budi Santoso"},
		{"vi bio box", "vi", "", "", `<div class="author-bio"><p>Nguyễn Văn An là phóng viên mảng kinh tế.</p></div>`, "Nguyễn Văn An"},
		{"ar byline wins", "ar", "", `<p class="byline">بقلم: سارة خالد</p>`, box("عن الكاتب", "محمد أحمد كاتب صحفي متخصص في الشؤون الاقتصادية."), "سارة خالد"},
		{"id named byline wins", "id", "", `<p class="byline">Oleh Siti Rahma</p>`, box("Tentang Penulis", "Budi Santoso adalah jurnalis yang meliput isu ekonomi."), "Siti Rahma"},
	})
}

// TestAuthorProbe81Templates checks bylines as templates of several CMSs
// print them.
func TestAuthorProbe81Templates(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"arc byline", "en", "", `<div class="b-byline"><span class="b-byline__by">By</span> <a class="b-byline__name" href="/people/jane-doe/">Jane Doe</a> and <a class="b-byline__name" href="/people/john-roe/">John Roe</a></div>`, "", "Jane Doe; John Roe"},
		{"brightspot", "en", "", `<div class="ArticlePage-authorName"><a class="AuthorByline-link" href="/staff/jane-doe">Jane Doe</a></div><div class="ArticlePage-authorTitle">Staff Writer</div>`, "", "Jane Doe"},
		{"ghost", "en", "", `<div class="gh-article-meta"><h4 class="gh-article-author-name"><a href="/author/jane/">Jane Doe</a></h4><div class="gh-article-meta-content"><time datetime="2024-03-05">Mar 5, 2024</time></div></div>`, "", "Jane Doe"},
		{"drupal submitted", "en", "", `<div class="submitted">Submitted by <span class="username">Jane Doe</span> on Tue, 03/05/2024 - 10:00</div>`, "", "Jane Doe"},
		{"drupal field author", "en", "", `<div class="field field--name-field-author"><div class="field__label">Author</div><div class="field__item">Jane Doe</div></div>`, "", "Jane Doe"},
		{"bitrix", "ru", "", `<div class="news-detail-author">Автор: Иван Петров</div>`, "", "Иван Петров"},
		{"dle", "ru", "", `<div class="story-info">Автор: <a onclick="ShowProfile('ivan', '/user/ivan/', '0'); return false;" href="/user/ivan/">Иван Петров</a></div>`, "", "Иван Петров"},
		{"dle login", "ru", "", `<div class="story-info">Автор: <a href="/user/admin/">admin</a></div>`, "", ""},
		{"naver", "ko", "", `<div class="media_end_head_journalist"><em class="media_end_head_journalist_name">김민수 기자</em></div>`, "", "김민수"},
		{"livedoor", "ja", "", `<div class="articleAuthor">記者：山田太郎</div>`, "", "山田太郎"},
		{"tr haber yazar", "tr", "", `<div class="haber-yazar"><a href="/yazar/ahmet-yilmaz">Ahmet Yılmaz</a></div>`, "", "Ahmet Yılmaz"},
		{"id penulis editor", "id", "", `<div class="detail__author">Penulis: Budi Santoso | Editor: Siti Rahma</div>`, "", "Budi Santoso"},
		{"id reporter", "id", "", `<div class="read__credit">Penulis : Budi Santoso<br>Editor : Siti Rahma</div>`, "", "Budi Santoso"},
		{"es arc", "es", "", `<div class="byline"><span>Por</span> <a href="/autor/maria-lopez/">María López</a></div>`, "", "María López"},
		{"fr redaction", "fr", "", `<div class="article__author">Par <a href="/signatures/jean-dupont">Jean Dupont</a> et <a href="/signatures/marie-curie">Marie Curie</a></div>`, "", "Jean Dupont; Marie Curie"},
		{"pt redacao", "es", "", `<div class="byline">Por Redação</div>`, "", "Redação"},
		{"de mit material", "de", "", `<div class="byline">Von Hans Müller mit Material von dpa</div>`, "", "Hans Müller"},
		{"it di", "en", "", `<div class="byline">di Mario Rossi</div>`, "", "Mario Rossi"},
		{"pl autor", "pl", "", `<div class="author">Autor: Jan Kowalski</div>`, "", "Jan Kowalski"},
		{"uk avtor", "uk", "", `<div class="author">Автор: Іван Петренко</div>`, "", "Іван Петренко"},
		{"vi tac gia", "vi", "", "", `<p style="text-align:right"><strong>Nguyễn Văn An</strong></p>`, "Nguyễn Văn An"},
		{"ar bqalam", "ar", "", `<div class="author">بقلم: محمد أحمد</div>`, "", "محمد أحمد"},
		{"fa nevisande", "fa", "", `<div class="author">نویسنده: علی رضایی</div>`, "", "علی رضایی"},
		{"hi lekhak", "hi", "", `<div class="author">लेखक: राहुल शर्मा</div>`, "", "राहुल शर्मा"},
		{"zh zuozhe", "zh", "", `<div class="info">来源：新华网 作者：张伟 编辑：李明</div>`, "", "张伟"},
		{"ja kisha", "ja", "", `<p class="byline">（山田太郎）</p>`, "", "山田太郎"},
	})
}

// TestAuthorProbe81Noise checks credits that name no writer beside one
// that does, in several languages.
func TestAuthorProbe81Noise(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"es revisado", "es", "", `<div class="byline">Por María López</div><div class="reviewer">Revisado por: Dr. Juan Pérez</div>`, "", "María López"},
		{"pt revisado", "es", "", `<div class="byline">Por Ana Souza</div><div class="reviewer">Revisado por: João Silva</div>`, "", "Ana Souza"},
		{"fr verifie colon", "fr", "", `<div class="byline">Par Jean Dupont</div><div class="reviewer">Vérifié par : Marie Curie</div>`, "", "Jean Dupont"},
		{"es revisado alone", "es", "", `<div class="reviewer">Revisado por: Dr. Juan Pérez</div>`, "", ""},
		{"fr verifie", "fr", "", `<div class="byline">Par Jean Dupont</div><p>Vérifié par Marie Curie</p>`, "", "Jean Dupont"},
		{"de faktencheck", "de", "", `<div class="byline">Von Hans Müller</div><p>Faktencheck: Anna Schmidt</p>`, "", "Hans Müller"},
		{"en medically reviewed", "en", "", `<div class="byline">By Jane Doe</div><div class="reviewed">Medically reviewed by John Roe, MD</div>`, "", "Jane Doe"},
		{"id editor only", "id", "", `<div class="detail__author">Editor: Siti Rahma</div>`, "", ""},
		{"tr editor after", "tr", "", `<div class="haber-meta">Haber: Ayşe Demir | Editör: Mehmet Kaya</div>`, "", "Ayşe Demir"},
		{"tr foto", "tr", "", `<div class="byline">Yazan: Ahmet Yılmaz</div>`, `<p class="caption">Fotoğraf: Mehmet Kaya</p>`, "Ahmet Yılmaz"},
		{"ru foto", "ru", "", `<div class="author">Автор: Иван Петров</div>`, `<p class="caption">Фото: Сергей Иванов</p>`, "Иван Петров"},
		{"en month", "en", "", `<div class="byline">By Jane Doe Mar. 5, 2024</div>`, "", "Jane Doe"},
		{"en handle full", "en", `<meta name="author" content="jdoe">`, `<div class="byline">By <a rel="author" href="/author/jdoe/">Jane Doe</a></div>`, "", "Jane Doe"},
		{"en tagline", "en", "", `<div class="byline">By Jane Doe | Contributor</div>`, "", "Jane Doe"},
		{"en section appended", "en", "", `<div class="byline">By Jane Doe, Politics</div>`, "", "Jane Doe"},
		{"pl redakcja", "pl", "", `<div class="author">Autor: Jan Kowalski | Redakcja: Anna Nowak</div>`, "", "Jan Kowalski"},
		{"vi bien tap", "vi", "", `<div class="author">Tác giả: Nguyễn Văn An - Biên tập: Trần Thị Bình</div>`, "", "Nguyễn Văn An"},
		{"ko photo", "ko", "", `<div class="byline">김민수 기자</div>`, `<p class="caption">사진=이영희 기자</p>`, "김민수"},
		{"ja photo", "ja", "", `<p class="byline">文：山田太郎　写真：佐藤花子</p>`, "", "山田太郎"},
		{"uk foto", "uk", "", `<div class="author">Автор: Іван Петренко, фото: Олег Коваль</div>`, "", "Іван Петренко"},
		{"ar tahrir", "ar", "", `<div class="author">كتب: محمد أحمد - تحرير: سارة خالد</div>`, "", "محمد أحمد"},
		{"hi edited", "hi", "", `<div class="author">द्वारा राहुल शर्मा | संपादित: अमित कुमार</div>`, "", "राहुल शर्मा"},
		{"fa virastar", "fa", "", `<div class="author">نویسنده: علی رضایی | ویراستار: مریم احمدی</div>`, "", "علی رضایی"},
	})
}

// TestAuthorProbe81Credits checks French interviews' "Propos recueillis
// par" closing a story, and Hindi's "संवाददाता:" (correspondent) label.
func TestAuthorProbe81Credits(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"fr propos recueillis top", "fr", "", `<p class="byline">Propos recueillis par Jean Dupont</p>`, "", "Jean Dupont"},
		{"fr propos recueillis tail p", "fr", "", "", `<p>Propos recueillis par Jean Dupont</p>`, "Jean Dupont"},
		{"fr propos recueillis tail strong", "fr", "", "", `<p><strong>Propos recueillis par Jean Dupont</strong></p>`, "Jean Dupont"},
		{"fr par tail em", "fr", "", "", `<p><em>Par Jean Dupont</em></p>`, "Jean Dupont"},
		{"hi samvaddata", "hi", "", `<div class="author">संवाददाता: राहुल शर्मा</div>`, "", "राहुल शर्मा"},
		{"hi report", "hi", "", `<div class="author">रिपोर्ट: राहुल शर्मा</div>`, "", "राहुल शर्मा"},
	})
}
