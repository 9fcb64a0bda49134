package extractor

import "testing"

// Turkish templates class their writer's element "yazar" ("haber-yazar",
// "yazar-adi") and their reporter's "muhabir"; "yazarlar", the
// columnists' list, and "muhabirler" name the writers of other pieces.
func TestAuthorProbe32Yazar(t *testing.T) {
	checkPages(t, []pageCase{
		{"yazar", "", `<div class="yazar">Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"haber-yazar", "", `<div class="haber-yazar">Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"yazar-adi", "", `<div class="haber-bilgi"><span class="yazar-adi">Ahmet Yılmaz</span> <span class="tarih">03.05.2024</span></div>`, "", "Ahmet Yılmaz"},
		{"yazarlar", "", `<div class="yazarlar"><a href="/ahmet-yilmaz">Ahmet Yılmaz</a> <a href="/ayse-kaya">Ayşe Kaya</a></div>`, "", ""},
		{"yazarlar, one", "", `<div class="yazarlar"><span>Ahmet Yılmaz</span></div>`, "", ""},
		{"a columnists' list of yazar items", "", `<div class="yazarlar"><div class="yazar"><a href="/ahmet-yilmaz">Ahmet Yılmaz</a></div><div class="yazar"><a href="/ayse-kaya">Ayşe Kaya</a></div><div class="yazar"><a href="/mehmet-demir">Mehmet Demir</a></div></div>`, "", ""},
		{"a columnists' menu of yazar items", "", `<nav><ul><li class="yazar"><a href="/ahmet-yilmaz">Ahmet Yılmaz</a></li><li class="yazar"><a href="/ayse-kaya">Ayşe Kaya</a></li><li class="yazar"><a href="/mehmet-demir">Mehmet Demir</a></li></ul></nav>`, "", ""},
		{"the writer's other pieces", "", "", `<div class="yazarin-diger-yazilari"><a href="/a">Ekonomi Yeni Yolda</a><a href="/b">Enflasyon Düşüyor</a></div>`, ""},
		{"the writer's other pieces, a heading", "", "", `<div class="yazar-diger-yazilar"><h3>Yazarın Diğer Yazıları</h3><ul><li><a href="/a">Merkez Bankası Kararı</a></li></ul></div>`, ""},
		{"a name over the writer's other pieces", "", `<div class="yazar-adi">Ahmet Yılmaz</div>`, `<div class="yazarin-diger-yazilari"><a href="/a">Ekonomi Yeni Yolda</a><a href="/b">Enflasyon Düşüyor</a></div>`, "Ahmet Yılmaz"},
		{"muhabir", "", `<div class="haber-muhabir">Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"muhabirler", "", `<div class="muhabirler"><a href="/ahmet-yilmaz">Ahmet Yılmaz</a> <a href="/ayse-kaya">Ayşe Kaya</a></div>`, "", ""},
		{"a columnists' menu", "", `<ul class="menu yazarlar-menu"><li><a href="/ahmet-yilmaz">Ahmet Yılmaz</a></li><li><a href="/ayse-kaya">Ayşe Kaya</a></li></ul>`, "", ""},
	})
}

// Romanian "de" and Dutch "door" in lower case open a byline on a line of
// its own under the headline, as Italian "di" does; "de" is also a French,
// Spanish and Portuguese preposition, read as a byline's only on a
// Romanian page.
func TestAuthorProbe32LowerCaseBy(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"ro: de", "ro", `<p>de Ion Popescu</p>`, "Ion Popescu"},
		{"ro: de and the date", "ro", `<p>de Ion Popescu, 4 decembrie 2026</p>`, "Ion Popescu"},
		{"ro: de in a div", "ro", `<div>de Ion Popescu</div>`, "Ion Popescu"},
		{"nl: door", "nl", `<p>door Jan de Vries</p>`, "Jan de Vries"},
		{"nl: door in a div", "nl", `<div>door Jan de Vries</div>`, "Jan de Vries"},
		{"nl: door and the date", "nl", `<p>door Jan de Vries, 4 december 2026</p>`, "Jan de Vries"},
		{"nl: door and two writers", "nl", `<p>door Jan de Vries en Anna Bakker</p>`, "Jan de Vries; Anna Bakker"},
		{"no language: door", "", `<p>door Jan de Vries</p>`, "Jan de Vries"},
		{"nl: door a lower-case word", "nl", `<p>door de regering van Mark Rutte</p>`, ""},
		{"fr: de", "fr", `<p>de Jean Dupont</p>`, ""},
		{"es: de", "es", `<p>de Ana Gómez</p>`, ""},
		{"no language: de", "", `<p>de Ion Popescu</p>`, ""},
		{"ro: de a lower-case word", "ro", `<p>de la Ion Popescu</p>`, ""},
	})
}

// A post-meta line's unlabelled name that opens with no given name the
// list knows ("Ahmet Yılmaz - 03.05.2024") names the writer where the
// page's author tags spell it too, lower-cased, as a handle or as an
// author page's address; alone it names no one.
func TestAuthorProbe32MetaLineSpelled(t *testing.T) {
	line := `<div class="post-meta">Ahmet Yılmaz - 03.05.2024</div>`
	checkPages(t, []pageCase{
		{"meta author lower-cased", `<meta name="author" content="ahmet yilmaz">`, line, "", "Ahmet Yılmaz"},
		{"article:author, an address", `<meta property="article:author" content="https://news.example/yazar/ahmet-yilmaz/">`, line, "", "Ahmet Yılmaz"},
		{"twitter:creator, a handle", `<meta name="twitter:creator" content="@ahmetyilmaz">`, line, "", "Ahmet Yılmaz"},
		{"fields of their own, a handle", `<meta name="author" content="ahmetyilmaz">`, `<div class="post-meta"><span>Ahmet Yılmaz</span> <span>03.05.2024</span></div>`, "", "Ahmet Yılmaz"},
		{"meta author as written", `<meta name="author" content="Ahmet Yılmaz">`, line, "", "Ahmet Yılmaz"},
		{"no tag", "", line, "", ""},
		{"another name's tag", `<meta name="twitter:creator" content="@mehmetdemir">`, line, "", ""},
		{"an unclassed line", `<meta name="author" content="ahmet yilmaz">`, `<p>Ahmet Yılmaz - 03.05.2024</p>`, "", ""},
	})
}
