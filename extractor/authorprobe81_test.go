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
