package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestShortBoilerSplit wants matchesShortBoiler, reShortBoiler cut in
// parts, to answer as reShortBoiler does: on its lines, their variants in
// case and with text around them, and random runs of their words.
func TestShortBoilerSplit(t *testing.T) {
	alts := topAlternatives(strings.TrimPrefix(reShortBoiler.String(), "(?i)"))
	if got := "(?i)" + strings.Join(alts, "|"); got != reShortBoiler.String() {
		t.Errorf("the alternatives joined are not reShortBoiler:\n%s\n%s", got, reShortBoiler)
	}
	if len(alts) < 40 {
		t.Errorf("%d alternatives: cut inside a group?", len(alts))
	}
	for _, f := range shortBoilerAnywhere {
		if !f.known {
			t.Errorf("%s: no piece of text known that its matches hold: tried on every text", f.re)
		}
	}
	lines := []string{
		"Subscribe to NJ.com's NEWSLETTERS today", "Get the latest updates right in your Inbox.", "Have a tip?", "Got a news tip? Call us",
		"Amy Kuperinsky may be reached at amy@example.com", "jane.doe@example.com", "twitter.com/janedoe", "https://www.x.com/jane/",
		"Advertisement", "Story continues below advertisement", "This site requires JavaScript.", "Please enable javascript",
		"[button link=x] Send us [/button]", "WhatsApp Facebook Pint Baixar", "  Facebook | Twitter | LinkedIn", "SMS Share", "ſhare Email",
		"Tags calendario stock car 2018", "Tagged with: cars", "Filed under: News", "Schlagwörter: Autos",
		"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Like this story? Share it with a friend!",
		"If you enjoyed this article, enter your email below to get free updates!", "Get Motor Cycle Monthly delivered through your letterbox every month.",
		"delivered to your doorstep", "Tel 555-1234 fax 555-4321", "FAX 555-1234, phone 555-9999", "555 1234 tel. and fax", "555-1234tel x fax",
		"Tag: Porto, Bilancio", "Mots-clés : Port, Budget", "Теги: Порт, Бюджет", "标签：港口 预算",
		"Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten.", "Suscríbete a nuestro boletín para recibir las noticias.",
		"Schrijf je in voor onze nieuwsbrief", "Günün en önemli haberlerini almak için bültenimize abone olun.", "Подпишитесь на нашу рассылку",
		"Подписывайтесь на наш канал в Telegram", "Ikuti berita terkini dari kami di Google News", "关注我们的微信公众号", "欢迎关注本报官方微博", "歡迎關注本報官方微博",
		"Newsletter: abonnez-vous ici", "ſubſcribe to our newſletter", "Subscribe to our NEWSLETTER", "can be reached at x@y", "requires JAVA",
		"Suscribete a nuestro boletin hoy", "boletin: suscribete ahora",
		"Todos los derechos reservados", "Todos os direitos reservados 2024", "Tous droits réservés", "Alle Rechte vorbehalten", "Tutti i diritti riservati",
		"Все права защищены", "Tüm hakları saklıdır", "Wszelkie prawa zastrzeżone", "Alle rechten voorbehouden", "Hak cipta dilindungi undang-undang",
		"Bản quyền thuộc về báo", "جميع الحقوق محفوظة", "تابعونا على فيسبوك", "Bizi Google News üzerinden takip edin", "Google News sayfamızı takip edin",
		"Theo dõi chúng tôi trên Google News", "हमें फेसबुक पर फॉलो करें", "▶ 네이버 메인에서 구독", "この記事をシェアする", "기사 공유하기", "#예산 #서울시",
		"Anzeige", "Publicidad", "Loading...", "Cargando…", "Your browser does not support the video tag.", "A post shared by Jane (@jane)",
		"View this post on Instagram", "Drucken Teilen", "Compartir en Facebook Compartir en Twitter", "Share:", "Поделиться",
		"Listen to this article", "Listen to this article · 5 min", "Toggle caption", "Copy link", "Text size: A A A", "Comments (12)", "Leave a comment",
		"The rights reserved", "ALLE RECHTE VORBEHALTEN", "alle rechten voorbehouden.", "Google News takip", "TUTTI I DIRITTI RISERVATI",
		"Tag der Arbeit: Tausende demonstrieren", "The newsletter's editor resigned on Monday.", "Les abonnés du journal ont reçu la lettre.",
		"fax", "tel", "Telefax", "phone: 555 fax: 556", "The mayor said the fax machine broke.", "",
	}
	var words []string
	for _, l := range lines {
		words = append(words, strings.Fields(l)...)
	}
	words = append(words, " ", "\n", ":", "：", "?", "@", "/", "|", "·", "[", "]", "[/x]", "ſ", "K", "\u212a", "é", "1234", "555-1234")
	check := func(s string) {
		if got, want := matchesShortBoiler(s), reShortBoiler.MatchString(s); got != want {
			t.Errorf("matchesShortBoiler(%q) = %v, reShortBoiler gives %v", s, got, want)
		}
	}
	for _, l := range lines {
		for _, v := range []string{l, strings.ToUpper(l), strings.ToLower(l), "  " + l, "Note. " + l, l + " more words here"} {
			check(v)
		}
	}
	eachRandomText(rand.New(rand.NewPCG(21, 21)), words, 12, draws(20000), check)
}

// eachRandomText calls f with n texts of up to most pieces each, drawn by
// rng, a space after two pieces in three.
func eachRandomText(rng *rand.Rand, pieces []string, most, n int, f func(string)) {
	for range n {
		var b strings.Builder
		for range rng.IntN(most) + 1 {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		f(b.String())
	}
}
