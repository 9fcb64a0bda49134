package extractor

import "testing"

// Turkish templates class their writer's element "yazar" ("haber-yazar",
// "yazar-adi"); "yazarlar", the columnists' list, names the writers of
// other pieces.
func TestAuthorProbe32Yazar(t *testing.T) {
	checkPages(t, []pageCase{
		{"yazar", "", `<div class="yazar">Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"haber-yazar", "", `<div class="haber-yazar">Ahmet Yılmaz</div>`, "", "Ahmet Yılmaz"},
		{"yazar-adi", "", `<div class="haber-bilgi"><span class="yazar-adi">Ahmet Yılmaz</span> <span class="tarih">03.05.2024</span></div>`, "", "Ahmet Yılmaz"},
		{"yazarlar", "", `<div class="yazarlar"><a href="/ahmet-yilmaz">Ahmet Yılmaz</a> <a href="/ayse-kaya">Ayşe Kaya</a></div>`, "", ""},
		{"yazarlar, one", "", `<div class="yazarlar"><span>Ahmet Yılmaz</span></div>`, "", ""},
		{"a columnists' list of yazar items", "", `<div class="yazarlar"><div class="yazar"><a href="/ahmet-yilmaz">Ahmet Yılmaz</a></div><div class="yazar"><a href="/ayse-kaya">Ayşe Kaya</a></div><div class="yazar"><a href="/mehmet-demir">Mehmet Demir</a></div></div>`, "", ""},
		{"a columnists' menu of yazar items", "", `<nav><ul><li class="yazar"><a href="/ahmet-yilmaz">Ahmet Yılmaz</a></li><li class="yazar"><a href="/ayse-kaya">Ayşe Kaya</a></li><li class="yazar"><a href="/mehmet-demir">Mehmet Demir</a></li></ul></nav>`, "", ""},
		{"a columnists' menu", "", `<ul class="menu yazarlar-menu"><li><a href="/ahmet-yilmaz">Ahmet Yılmaz</a></li><li><a href="/ayse-kaya">Ayşe Kaya</a></li></ul>`, "", ""},
	})
}
