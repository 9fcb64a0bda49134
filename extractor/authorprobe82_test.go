package extractor

import "testing"

// TestAuthorProbe82TurkishWires checks Turkey's wires by their initials
// after a byline's name, those written with Turkish capitals ("İHA",
// İhlas Haber Ajansı) as well as the others.
func TestAuthorProbe82TurkishWires(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"tr iha slash", "tr", "", `<div class="byline">Ahmet Yılmaz / İHA</div>`, "", "Ahmet Yılmaz"},
		{"tr iha bracket", "tr", "", `<div class="byline">Ahmet Yılmaz (İHA)</div>`, "", "Ahmet Yılmaz"},
		{"tr iha comma", "tr", "", `<div class="byline">Ahmet Yılmaz, İHA</div>`, "", "Ahmet Yılmaz"},
		{"tr iha alone", "tr", "", `<div class="byline">İHA</div>`, "", "İHA"},
		{"tr dha", "tr", "", `<div class="byline">Ahmet Yılmaz / DHA</div>`, "", "Ahmet Yılmaz"},
		{"tr aa", "tr", "", `<div class="byline">Ahmet Yılmaz (AA)</div>`, "", "Ahmet Yılmaz"},
		{"tr anka", "tr", "", `<div class="byline">Ahmet Yılmaz / ANKA</div>`, "", "Ahmet Yılmaz"},
		{"tr anka bracket", "tr", "", `<div class="byline">Ahmet Yılmaz (ANKA)</div>`, "", "Ahmet Yılmaz"},
	})
}

// TestAuthorProbe82VietnameseReporter checks "PV" (phóng viên,
// reporter) before a name in a Vietnamese story's byline and at its end,
// and "Nhóm PV" (the reporters' team), and that "PV" in an English
// byline stays the name's initials.
func TestAuthorProbe82VietnameseReporter(t *testing.T) {
	right := func(s string) string { return `<p style="text-align: right;"><strong>` + s + `</strong></p>` }
	checkProbe78Authors(t, []probe72AuthorCase{
		{"vi pv byline", "vi", "", `<div class="author">PV Nguyễn Văn An</div>`, "", "Nguyễn Văn An"},
		{"vi pv dot byline", "vi", "", `<div class="author">PV. Minh Đức</div>`, "", "Minh Đức"},
		{"vi pv tail", "vi", "", "", right("PV Nguyễn Văn An"), "Nguyễn Văn An"},
		{"vi pv colon tail", "vi", "", "", right("PV: Nguyễn Văn An"), "Nguyễn Văn An"},
		{"vi pv plain tail", "vi", "", "", `<p class="author">PV Nguyễn Văn An</p>`, "Nguyễn Văn An"},
		{"vi pv two tail", "vi", "", "", right("PV Nguyễn Văn An - Trần Thị Bình"), "Nguyễn Văn An; Trần Thị Bình"},
		{"vi nhom pv tail", "vi", "", "", right("Nhóm PV"), ""},
		{"vi nhom pv byline", "vi", "", `<div class="author">Nhóm PV</div>`, "", ""},
		{"vi nhom pv names", "vi", "", "", right("Nhóm PV: Nguyễn Văn An, Trần Thị Bình"), "Nguyễn Văn An; Trần Thị Bình"},
		{"vi pv alone tail", "vi", "", "", right("PV"), ""},
		{"vi pv ascii name", "vi", "", "", right("PV Minh Duc"), "Minh Duc"},
		{"en pv sindhu", "en", "", `<div class="byline">By PV Sindhu</div>`, "", "PV Sindhu"},
		{"en pv narasimha", "en", "", `<div class="byline">By PV Narasimha Rao</div>`, "", "PV Narasimha Rao"},
		{"en pv accented", "en", "", `<div class="byline">By PV Ramírez</div>`, "", "PV Ramírez"},
	})
}

// TestAuthorProbe82HandleAndName checks a byline that gives a handle
// ("By @janedoe") where another source on the page writes the person's
// full name: the full name wins.
func TestAuthorProbe82HandleAndName(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":{"@type":"Person","name":"Jane Doe"}}</script>`
	meta := `<meta name="author" content="Jane Doe">`
	box := `<div class="author-box"><h3>About the author</h3><p><strong>Jane Doe</strong> covers transport for the Ledger.</p></div>`
	link := `<div class="byline">By <a href="/author/jane-doe/">@janedoe</a></div>`
	checkProbe78Authors(t, []probe72AuthorCase{
		{"handle alone", "en", "", `<div class="byline">By @janedoe</div>`, "", "@janedoe"},
		{"handle and ld", "en", ld, `<div class="byline">By @janedoe</div>`, "", "Jane Doe"},
		{"handle and meta", "en", meta, `<div class="byline">By @janedoe</div>`, "", "Jane Doe"},
		{"handle and box", "en", "", `<div class="byline">By @janedoe</div>`, box, "Jane Doe"},
		{"handle link slug", "en", "", link, "", "Jane Doe"},
		{"handle jdoe and ld", "en", ld, `<div class="byline">By @jdoe</div>`, "", "Jane Doe"},
		{"handle jane_doe and ld", "en", ld, `<div class="byline">By @jane_doe</div>`, "", "Jane Doe"},
		{"handle other and ld", "en", ld, `<div class="byline">By @sam_roe</div>`, "", "Jane Doe"},
	})
}

// TestAuthorProbe82Wires checks the wire credited after a byline's name
// in the languages most common in news, by a separator or in brackets,
// the national agencies among them in their own script ("ТАСС",
// "Укрінформ") or in capitals ("ANTARA").
func TestAuthorProbe82Wires(t *testing.T) {
	checkProbe78Authors(t, []probe72AuthorCase{
		{"es efe", "es", "", `<div class="autor">Por <a href="/autor/juan-perez/">Juan Pérez</a> | EFE</div>`, "", "Juan Pérez"},
		{"fr afp", "fr", "", `<span class="signature">Par Jean Dupont avec AFP</span>`, "", "Jean Dupont"},
		{"de dpa", "de", "", `<p class="author">Von Hans Müller, dpa</p>`, "", "Hans Müller"},
		{"pl pap", "pl", "", `<div class="author">Autor: Jan Kowalski, PAP</div>`, "", "Jan Kowalski"},
		{"ru tass", "ru", "", `<div class="author">Автор: Иван Петров / ТАСС</div>`, "", "Иван Петров"},
		{"ru tass br", "ru", "", `<div class="author">Иван Петров (ТАСС)</div>`, "", "Иван Петров"},
		{"ru ria", "ru", "", `<div class="author">Иван Петров, РИА Новости</div>`, "", "Иван Петров"},
		{"uk ukrinform", "uk", "", `<div class="author">Іван Петренко, Укрінформ</div>`, "", "Іван Петренко"},
		{"tr iha dash", "tr", "", `<div class="haber-yazar">Ahmet Yılmaz - İHA</div>`, "", "Ahmet Yılmaz"},
		{"id antara", "id", "", `<div class="author">Budi Santoso (ANTARA)</div>`, "", "Budi Santoso"},
		{"id penulis editor", "id", "", `<div class="author">Penulis: Budi Santoso | Editor: Siti Rahma</div>`, "", "Budi Santoso"},
		{"vi ttxvn", "vi", "", `<div class="author">Nguyễn Văn An (TTXVN)</div>`, "", "Nguyễn Văn An"},
		{"vi ttxvn slash", "vi", "", `<div class="author">Nguyễn Văn An/TTXVN</div>`, "", "Nguyễn Văn An"},
		{"fa khabar", "fa", "", `<div class="author">خبرنگار: علی رضایی</div>`, "", "علی رضایی"},
		{"ko gija", "ko", "", `<span class="byline">홍길동 기자</span>`, "", "홍길동"},
		{"ko yonhap", "ko", "", `<span class="byline">(서울=연합뉴스) 홍길동 기자</span>`, "", "홍길동"},
		{"it ansa", "es", "", `<span class="author">di Marco Rossi (ANSA)</span>`, "", "Marco Rossi"},
		{"pt lusa", "es", "", `<p class="autor">João Silva / Lusa</p>`, "", "João Silva"},
		{"de kna", "de", "", `<p class="author">Von Hans Müller (KNA)</p>`, "", "Hans Müller"},
		{"uk ukrinform br", "uk", "", `<div class="author">Іван Петренко (Укрінформ)</div>`, "", "Іван Петренко"},
		{"pl pap slash", "pl", "", `<div class="author">Jan Kowalski / PAP</div>`, "", "Jan Kowalski"},
		{"ru interfax", "ru", "", `<div class="author">Иван Петров, «Интерфакс»</div>`, "", "Иван Петров"},
	})
}

// TestAuthorProbe82SignedWires checks a story signed at its end with the
// writer's name and the wire beside it, as Vietnamese, Turkish and
// Russian papers sign, and other credits and signatures around it.
func TestAuthorProbe82SignedWires(t *testing.T) {
	right := func(s string) string { return `<p style="text-align: right;"><strong>` + s + `</strong></p>` }
	checkProbe78Authors(t, []probe72AuthorCase{
		{"vi ttxvn tail", "vi", "", "", right("Nguyễn Văn An (TTXVN)"), "Nguyễn Văn An"},
		{"vi ttxvn slash tail", "vi", "", "", right("Nguyễn Văn An/TTXVN"), "Nguyễn Văn An"},
		{"tr iha tail", "tr", "", "", `<p><strong>Ahmet Yılmaz / İHA</strong></p>`, "Ahmet Yılmaz"},
		{"ru tass tail", "ru", "", "", `<p><strong>Иван Петров, ТАСС</strong></p>`, "Иван Петров"},
		{"en ap tail", "en", "", "", `<p><strong>Jane Doe, Associated Press</strong></p>`, "Jane Doe"},
		{"vi source tail", "vi", "", "", right("Minh Anh (Theo Tuổi Trẻ)"), "Minh Anh"},
		{"vi theo ttxvn", "vi", "", "", right("Theo TTXVN"), ""},
		{"en name tail", "en", "", "", `<p><strong>Jane Doe</strong></p>`, "Jane Doe"},
		{"es efe br", "es", "", `<div class="autor">Juan Pérez (EFE)</div>`, "", "Juan Pérez"},
		{"pl pap br", "pl", "", `<div class="author">Jan Kowalski (PAP)</div>`, "", "Jan Kowalski"},
		{"id antara slash", "id", "", `<div class="author">Budi Santoso/ANTARA</div>`, "", "Budi Santoso"},
		{"uk ukrinform slash", "uk", "", `<div class="author">Іван Петренко / Укрінформ</div>`, "", "Іван Петренко"},
	})
}
