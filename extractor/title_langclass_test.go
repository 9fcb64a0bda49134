package extractor

import "testing"

// An older CMS built for one language classes its headline in that
// language ("titulo-noticia", "titre-article", "haber-baslik",
// "judul-berita") and states only the site's name as its <title>.
func TestTitleHeadlineClassInLanguages(t *testing.T) {
	for _, tc := range []struct{ name, url, head, body, want string }{
		{"es titulo", "https://www.diarioelvalle.example/politica/nota/123", `<title>Diario El Valle</title>`,
			`<div id="logo"><a href="/"><img src="/logo.png"></a></div><div class="titulo-noticia">El concejo aprueba el presupuesto de la nueva escuela</div><div class="cuerpo"><p>El concejo municipal aprobó este martes el presupuesto para la construcción de la nueva escuela, después de un largo debate sobre las calles y la biblioteca.</p></div>`, "El concejo aprueba el presupuesto de la nueva escuela"},
		{"fr titre", "https://www.journalduval.example/actu/123.html", `<title>Le Journal du Val</title>`,
			`<div id="logo"><a href="/"><img src="/logo.png"></a></div><div class="titre-article">Le conseil adopte le budget de la nouvelle école</div><div class="texte"><p>Le conseil municipal a adopté mardi le budget de la nouvelle école, après un long débat sur les routes et la bibliothèque du quartier.</p></div>`, "Le conseil adopte le budget de la nouvelle école"},
		{"de titel", "https://www.stadtblatt.example/lokales/123.html", `<title>Stadtblatt</title>`,
			`<div id="logo"><a href="/"><img src="/logo.png"></a></div><div class="artikel-titel">Stadtrat beschließt Haushalt für neue Schule</div><div class="artikel-text"><p>Der Stadtrat hat am Dienstag den Haushalt für die neue Schule beschlossen, nach einer langen Debatte über Straßen und die Bibliothek.</p></div>`, "Stadtrat beschließt Haushalt für neue Schule"},
		{"it titolo", "https://www.giornaledellavalle.example/cronaca/123.html", `<title>Il Giornale della Valle</title>`,
			`<div id="logo"><a href="/"><img src="/logo.png"></a></div><div class="titolo">Il consiglio approva il bilancio della nuova scuola</div><div class="testo"><p>Il consiglio comunale ha approvato martedì il bilancio della nuova scuola, dopo un lungo dibattito sulle strade e sulla biblioteca.</p></div>`, "Il consiglio approva il bilancio della nuova scuola"},
		{"tr baslik", "https://www.vadigazetesi.com.tr/gundem/123", `<title>Vadi Gazetesi</title>`,
			`<div id="logo"><a href="/"><img src="/logo.png"></a></div><div class="haber-baslik">Meclis yeni okulun bütçesini onayladı</div><div class="haber-metin"><p>Belediye meclisi salı günü yeni okulun bütçesini uzun bir tartışmanın ardından onayladı, yollar ve kütüphane de konuşuldu.</p></div>`, "Meclis yeni okulun bütçesini onayladı"},
		{"id judul", "https://www.beritalembah.co.id/read/123/dewan", `<title>Berita Lembah</title>`,
			`<div id="logo"><a href="/"><img src="/logo.png"></a></div><div class="judul-berita">Dewan Setujui Anggaran Sekolah Baru</div><div class="isi-berita"><p>Dewan kota pada hari Selasa menyetujui anggaran untuk sekolah baru setelah perdebatan panjang tentang jalan dan perpustakaan.</p></div>`, "Dewan Setujui Anggaran Sekolah Baru"},
	} {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		got, prov := extractTitle(t, page, tc.url)
		if got != tc.want {
			t.Errorf("%s: got %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
