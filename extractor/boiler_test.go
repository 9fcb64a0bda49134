package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mayBeShortBoiler must let through every text reShortBoiler matches: one
// line for each of its alternatives, in other cases too ("ſ" is the long s
// that (?i) folds with "s"). Dropping a fragment or a line start fails it.
func TestMayBeShortBoiler(t *testing.T) {
	for _, s := range []string{
		"Subscribe to NJ.com's NEWSLETTERS today",
		"Get the latest updates right in your Inbox.",
		"Have a tip?",
		"Amy Kuperinsky may be reached at amy@example.com",
		"jane.doe@example.com",
		"twitter.com/janedoe",
		"Advertisement",
		"Story continues below advertisement",
		"This site requires JavaScript.",
		"[button link=x] Send us [/button]",
		"WhatsApp Facebook Pint Baixar",
		"  Facebook | Twitter | LinkedIn",
		"Reddit Telegram", "Messenger Tumblr", "Flipboard Email", "E-mail Print", "Compartir Download", "Compartilhar Partager", "Teilen Pin",
		"SMS Share", "ſhare Email",
		"Tags calendario stock car 2018",
		"Tagged with: cars", "Filed under: News", "Palavras-chave: carros", "Etiquetas: coches", "Schlagwörter: Autos",
		"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Follow NBC Latino on Facebook, Twitter and Instagram.",
		"Follow on social media: TikTok || Instagram || Facebook || Newsletter | YouTube", "Follow us on social media",
		"Like this story? Share it with a friend!", "If you enjoyed this article, enter your email below to get free updates!",
		"Get Motor Cycle Monthly delivered through your letterbox every month.",
		"Tel 555-1234 fax 555-4321", "FAX 555-1234, phone 555-9999", "555 1234 tel. and fax",
		"Tag: Porto, Bilancio", "Tagi: Port, Budżet", "Mots-clés : Port, Budget", "Etiketler: Liman, Bütçe", "Теги: Порт, Бюджет", "标签：港口 预算",
		"Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten.", "Inscrivez-vous à notre newsletter",
		"Suscríbete a nuestro boletín para recibir las noticias.", "Assine nossa newsletter e receba as principais notícias.",
		"Iscriviti alla nostra newsletter", "Zapisz się do naszego newslettera", "Schrijf je in voor onze nieuwsbrief",
		"Günün en önemli haberlerini almak için bültenimize abone olun.", "Подпишитесь на нашу рассылку",
		"Anzeige", "Publicidad", "PUBLICITÉ", "Pubblicità", "Publicidade", "Reklama", "Reklam", "Advertentie", "Реклама", "广告", "広告", "광고",
		"Loading…", "Loading...", "Cargando…", "Chargement...", "Wird geladen …", "Загрузка...", "加载中...",
		"Your browser does not support the video tag.", "Your browser doesn't support HTML5 audio.", "Tu navegador no soporta vídeo HTML5.",
		"Ihr Browser unterstützt kein HTML5-Video.", "Votre navigateur ne supporte pas la vidéo.", "Seu navegador não suporta vídeo.",
		"A post shared by Harbour Watch (@harbourwatch)", "View this post on Instagram", "Una publicación compartida por Puerto (@puerto)",
		"Ein Beitrag geteilt von Hafen (@hafen)", "Une publication partagée par Port (@port)", "Uma publicação compartilhada por Porto (@porto)",
		"Un post condiviso da Porto (@porto)",
		"Drucken Teilen", "Imprimir Compartir", "Imprimer Partager", "Stampa Condividi", "Delen Print", "Bagikan Email",
		"Compartir en Facebook Compartir en Twitter", "Partager sur Facebook Partager sur Twitter", "Teilen auf Facebook Teilen via E-Mail",
		"Share", "Compartir:", "Condividi", "Поделиться", "Paylaş", "Udostępnij",
		"Listen to this article", "Listen to this article · 4 min", "Artikel anhören", "Escuchar este artículo", "Écouter cet article", "Ouvir este artigo",
		"Ascolta l'articolo", "Luister naar dit artikel", "Enlarge this image", "Toggle caption", "Bild vergrößern", "Copy link", "Link copied!",
		"Copiar enlace", "Link kopieren", "Copier le lien", "Text size: A A A", "Font size", "Tamaño de letra: A A A", "Schriftgröße: A A A", "Taille du texte",
		"Save article", "Save this article", "Gift this article", "Artikel merken", "Leave a comment", "Leave a reply", "Comments (12)", "Kommentare (3)",
		"Comentarios (12)", "Comentários (1)", "Commentaires (4)", "Commenti (2)", "Komentarze (5)", "Reacties (7)", "Yorumlar (8)", "Réagir (12)", "Комментарии (12)",
		"Pin It", "Pin it!", "Tweet", "Share this:", "Like this:", "Share this story", "Be Sociable, Share!", "Back to top", "‹ Back to Story", "« Back to the article", "Jump to:",
		"Click to enlarge", "Click here to enlarge", "Story Saved", "3 Comments", "No Comments »", "12 responses", "Older Posts", "Newer entries",
		"« Previous", "< Prev", "Next post ›", "Next >", "Trackback URL for this entry:", "Trackback",
		"Comments are closed.", "Comments are closed", "Los comentarios están cerrados.", "Les commentaires sont fermés.", "Kommentare sind geschlossen.",
		"Die Kommentarfunktion ist geschlossen.", "I commenti sono chiusi.", "Os comentários estão fechados.", "Comentários encerrados.", "Reacties zijn gesloten.",
		"Comentariile sunt închise.", "Комментарии закрыты.", "Коментарі закриті.", "Yorumlar kapalı.", "Komentar ditutup.", "Komentarze są zamknięte.",
		"Bình luận đã bị đóng.", "التعليقات مغلقة.", "评论已关闭。", "評論已關閉。", "コメントは受け付けていません。", "댓글이 닫혔습니다.",
	} {
		if !reShortBoiler.MatchString(s) {
			t.Errorf("reShortBoiler does not match %q: the case is not one of its lines", s)
			continue
		}
		if !mayBeShortBoiler(s) {
			t.Errorf("mayBeShortBoiler(%q) = false, want true: reShortBoiler matches it", s)
		}
	}
	// The lines of other languages pass shortKeys too.
	for _, s := range []string{
		"Tag: Porto, Bilancio", "Tagi: Port, Budżet", "Mots-clés : Port, Budget", "Etiketler: Liman, Bütçe", "Теги: Порт, Бюджет", "标签：港口 预算",
		"Abonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten.", "Inscrivez-vous à notre newsletter",
		"Suscríbete a nuestro boletín para recibir las noticias.", "Assine nossa newsletter e receba as principais notícias.",
		"Iscriviti alla nostra newsletter", "Zapisz się do naszego newslettera", "Schrijf je in voor onze nieuwsbrief",
		"Günün en önemli haberlerini almak için bültenimize abone olun.", "Подпишитесь на нашу рассылку",
		"Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости.", "Ikuti berita terkini dari kami di Google News, klik di sini.",
		"关注我们的微信公众号，获取更多新闻资讯。", "欢迎关注本报官方微博",
		"▶ 네이버 메인에서 서울일보를 받아보세요", "► 서울일보 구독하기", "この記事をシェアする", "공유하기",
		"#예산 #서울시", "#QAnon#Macht#Sexualwissenschaft", "Twitter Facebook LINE", "Facebook KakaoTalk",
		"جميع الحقوق محفوظة © 2024", "Diario Ejemplo. Todos los derechos reservados.", "Journal Exemple. Tous droits réservés.", "Beispiel Zeitung. Alle Rechte vorbehalten.",
		"Giornale Esempio. Tutti i diritti riservati.", "Jornal Exemplo. Todos os direitos reservados.", "Пример. Все права защищены.", "Örnek Gazete. Tüm hakları saklıdır.",
		"Przykład. Wszelkie prawa zastrzeżone.", "Voorbeeld. Alle rechten voorbehouden.", "Contoh News. Hak cipta dilindungi undang-undang.", "Bản quyền thuộc về Báo Ví Dụ.",
		"تابعونا على فيسبوك وتويتر", "Bizi Google News üzerinden takip edin", "Theo dõi chúng tôi trên Google News", "ताज़ा ख़बरों के लिए हमें फेसबुक और ट्विटर पर फॉलो करें",
		"Anzeige", "Publicidad", "Pubblicità", "Reklama", "Advertentie", "Реклама", "РЕКЛАМА", "广告", "廣告", "広告", "광고",
		"Loading…", "Cargando...", "Wird geladen …", "Your browser does not support the video tag.", "Tu navegador no soporta vídeo HTML5.",
		"Votre navigateur ne supporte pas la vidéo.", "A post shared by Harbour Watch (@harbourwatch)", "View this post on Instagram",
		"Una publicación compartida por Puerto (@puerto)", "Ein Beitrag geteilt von Hafen (@hafen)", "Une publication partagée par Port (@port)",
		"Uma publicação compartilhada por Porto (@porto)", "Un post condiviso da Porto (@porto)",
		"Print | Email | Share", "Print this story | Email this story", "Email This Article Print This Article", "Drucken Teilen", "Imprimir Compartir", "Compartir en Facebook Compartir en Twitter", "Share", "Teilen",
		"Поделиться", "ПОДЕЛИТЬСЯ", "Paylaş", "Udostępnij", "Bagikan", "Condividi",
		"Listen to this article", "Artikel anhören", "Escuchar este artículo", "Écouter cet article", "Ouvir este artigo", "Ascolta l'articolo", "Luister naar dit artikel",
		"Enlarge this image", "Toggle caption", "Bild vergrößern", "Copy link", "Link copied!", "Copiar enlace", "Link kopieren", "Text size: A A A",
		"Tamaño de letra: A A A", "Schriftgröße: A A A", "Save article", "Gift this article", "Artikel merken", "Leave a comment", "Comments (12)",
		"Kommentare (12)", "Comentarios (12)", "Comentários (12)", "Réagir (12)", "Комментарии (12)", "КОММЕНТАРИИ (3)",
		"Pin It", "PIN IT", "Tweet", "Share this:", "Like this:", "Be Sociable, Share!", "Back to top", "‹ Back to Story", "BACK TO TOP", "Jump to:",
		"Click to enlarge", "Story Saved", "3 Comments", "No Comments »", "12 Responses", "Older Posts", "« Previous", "Next post ›", "Next >", "Trackback URL for this entry:", "Email Print 2comments",
		"Download our app for the latest news: App Store | Google Play", "Get the Harbour Herald app on Google Play and the App Store.",
		"Support local journalism: subscribe today for just $1 a week.", "Support independent journalism. Donate today to keep our reporting free.",
	} {
		if !isShortBoiler(s) {
			t.Errorf("isShortBoiler(%q) = false, want true", s)
		}
	}
	// Not the site's lines: a sentence on a tag, a newsletter named in a
	// story.
	for _, s := range []string{"Tag der Arbeit: Tausende demonstrieren", "The newsletter's editor resigned on Monday.", "Les abonnés du journal ont reçu la lettre.",
		"Подписывайтесь на нас — так сказал министр на встрече с журналистами.", "Google News changed its ranking on Monday.", "市民关注的停车难问题有望解决",
		"We are #1 in the league", "▶ 1라운드 결과", "Line 2 of the tram opens in May",
		// A label or a loader inside a sentence, a browser in a story.
		"Publicidad engañosa: multan a una empresa de seguros.", "Реклама на улицах города запрещена.", "广告公司的收入下降了",
		"Loading the boats took hours...", "Your browser is the window to the web, he said.", "A post shared by thousands of users angered the minister.",
		// A share or print word in a sentence or a name.
		"Share the joy", "Print edition", "Email this story to your editor", "Print this article", "Teilen Sie uns Ihre Meinung mit", "La Stampa", "Поделиться опытом пришли сотни учителей.",
		// A control's words in a sentence.
		"Listen to this article's critics before you judge.", "Copy link to the report was sent to the council.", "Comments (12) were sent by readers.",
		// The shut comments in a sentence of the story.
		"Pin it on the council, said the mayor.", "Tweet by tweet, the row grew.", "Share this view, the minister said.", "Back to top form after a year out",
		"Jump to conclusions at your peril.", "Like this one, most were late.",
		// The stores and the journalism in a story's sentence.
		"The app was pulled from the App Store and Google Play on Monday.", "Apple said the App Store would stay closed to the game; Google Play had removed it.",
		"Support local journalism, the minister said at the awards.",
		"Click to enlarge the map on the council's site.", "3 comments from the minister angered staff", "Older posts were deleted.",
		"Next, the council voted.", "Previous owners sold it in 2019.", "Story saved the day",
		"Comments are closed on the council's site after a flood of abuse.", "Die Kommentarfunktion ist geschlossen, sagte der Sprecher, bis die Polizei ermittelt."} {
		if isShortBoiler(s) {
			t.Errorf("isShortBoiler(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"The interest rates rose.", "The story continues in the next chapter.", "Photo: Jane Doe"} {
		if mayBeShortBoiler(s) {
			t.Errorf("mayBeShortBoiler(%q) = true, want false", s)
		}
	}
}

// mayMatchBoilerText must let through every text reBoilerText matches: one
// line for each of its alternatives. An article's sentence about copyright
// is kept from the regexp.
func TestMayMatchBoilerText(t *testing.T) {
	for _, s := range []string{
		"渝ICP备20009753号-2", "ICP license 12345", "icp证", "渝公网安备 50010302000123号", "互联网新闻信息服务许可证号",
		"违法和不良信息举报电话", "不良信息举报", "Internet ILLEGAL and undesirable information", "Report illegal information here",
		"By continuing to browse our site you agree", "This website uses COOKIES", "Cookie settings", "Accept all cookies",
		"2024 Example News. All Rights Reserved.", "版权所有 2020", "版权 所有 2020", "江城新闻网 版 权所有", "江 城 新 闻 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
		"  Copyright 2019 Example", "© 2021 Example", "(C) 2020 Example", "(c) © 2020",
		"Sign up for our daily newsletter", "Subscribe to the newsletter", "ſubscribe to our newsletter",
	} {
		if !reBoilerText.MatchString(s) {
			t.Errorf("reBoilerText does not match %q: the case is not one of its lines", s)
			continue
		}
		if !mayMatchBoilerText(s) {
			t.Errorf("mayMatchBoilerText(%q) = false, want true: reBoilerText matches it", s)
		}
	}
	for _, s := range []string{"Yet copyright law, designed for different times, says little.", "Article 53.1© states that any provider"} {
		if mayMatchBoilerText(s) {
			t.Errorf("mayMatchBoilerText(%q) = true, want false", s)
		}
	}
}

// A share button set over a figure's photo leaves the body, the photo
// stays among the article's images.
func TestShareOverlayKeepsThePhoto(t *testing.T) {
	tail := `<figure><span class="c1"><span class="c2"><picture><img src="/brain.jpg" alt="brain"></picture></span><share-overlay class="c3"><a href="https://pinterest.com/pin/create?media=/brain.jpg"><span>Share on Pinterest</span></a></share-overlay></span>` +
		`<figcaption>A new study looks at the moment an idea takes shape in the brain.</figcaption></figure>`
	a := extractPage(t, pageWithBlocks("", 6, tail))
	found := false
	for _, im := range a.Images {
		if strings.HasSuffix(im.URL, "/brain.jpg") {
			found = true
		}
	}
	if !found {
		t.Errorf("the photo under a share overlay was dropped: %+v", a.Images)
	}
}

// matchesBoilerLine must answer as reBoilerText does, on its own lines
// and on texts drawn from their words.
func TestMatchesBoilerLine(t *testing.T) {
	words := []string{"ICP", "icp", "京ICP备", "ICP证", "license", "公网安备", "许可证", "互联网新闻信息服务许可证", "不良信息举报", "违法和",
		"illegal", "ILLEGAL", "and", "&", "undesirable", "information", "report", "by", "continuing", "to", "browse", "use", "our", "this",
		"site", "website", "we", "uses", "cookies", "Cookie", "settings", "policy", "accept", "all", "rights", "reserved", "RESERVED",
		"版", "权", "所", "有", "版权所有", "copyright", "Copyright", "©", "(c)", "(C)", "2024", "1999", "sign", "up", "Sign", "ſubscribe",
		"subscribe", "for", "the", "daily", "newsletter", " ", "\t", "x", "K"}
	check := func(s string, match bool) {
		if got := matchesBoilerLine(s); got != match {
			t.Fatalf("matchesBoilerLine(%q) = %v, reBoilerText says %v", s, got, match)
		}
	}
	for _, s := range []string{"江 城 新 闻 网 版 权 所 有", "版权 所有", "渝ICP备20009753号", "  Copyright 2019 Example", "(c) © 2020",
		"ſubscribe to our newsletter", "Sign up for our daily newsletter", "This website uses COOKIES", "All Rights Reserved."} {
		check(s, reBoilerText.MatchString(s))
	}
	matched := drawMatches(rand.New(rand.NewPCG(13, 14)), words, 8, draws(50000), reBoilerText, check)
	if matched < draws(1000) {
		t.Fatalf("only %d matches: the texts do not exercise the regexp", matched)
	}
}

// A control's words set over a picture in the picture's own line leave the
// body and the picture stays; the lines of buttons and counts, the pager
// and the comment counts go whole.
func TestControlLinesLeaveThePicture(t *testing.T) {
	page := `<html><head><title>Harbour dredging to resume</title></head><body><article><h1>Harbour dredging to resume</h1>` +
		`<p><span class="enlarge">click to enlarge</span> <img src="/photos/harbour.jpg" width="660" height="400" alt="The harbour at dawn"></p>` +
		`<p>` + longProse + `</p><p>` + longProse + `</p><p>` + longProse + `</p>` +
		`<p><a href="/p/1">Pin It</a></p><div class="tools"><span>Email</span> <span>Print</span> <a href="#c">2comments</a></div>` +
		`<p>` + longProse + `</p><div class="pager"><a href="/older">Older Post</a></div><p><a href="#comments">53 Comments »</a></p></article></body></html>`
	a := extractPage(t, page)
	for _, gone := range []string{"click to enlarge", "Pin It", "Email", "Print", "2comments", "Older Post", "53 Comments"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("body holds %q:\n%s", gone, a.Text)
		}
	}
	if len(a.Images) == 0 || !strings.HasSuffix(a.Images[0].URL, "/photos/harbour.jpg") {
		t.Errorf("images = %+v, want the harbour's photo", a.Images)
	}
	if strings.Count(a.Text, longProse) != 4 {
		t.Errorf("body lost its prose:\n%s", a.Text)
	}
}

// A photo in a block of its own with its credit ("© Jane Roe"), a copyright
// line under it: the credit leaves the body, the photo stays among the
// article's images, with its caption. A logo, an icon, an advertisement
// or a share button beside a copyright line or a site's line goes with
// it.
func TestCreditLineLeavesThePhoto(t *testing.T) {
	page := `<html><head><title>Harbour dredging to resume</title></head><body><article><h1>Harbour dredging to resume</h1>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		// WordPress's editor: the photo and its credit, each its paragraph.
		`<div class="wp-block-group"><p><img src="/uploads/2024/05/harbour-1024x768.jpg" width="1024" height="768" alt=""></p><p>© Jane Roe</p></div>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		// A figure whose caption opens with the credit, in a wrapper.
		`<div class="media"><figure><img src="/media/dredger.jpg" alt="The dredger"><figcaption><span>© Port Authority</span> The dredger at work in 2019.</figcaption></figure></div>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		// A painting and its rights line (reBoilerText).
		`<div class="art"><img src="/uploads/panel.jpg" width="900" height="422"><p>Wax and oil on four panels, 1960. All rights reserved, DACS 2024.</p></div>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		// The site's: a camera icon, a logo linked home, an advertisement.
		`<p><img src="/i/camera.png" width="16" height="16"> © Harbour Gazette</p>` +
		`<div class="foot"><a href="https://example.com/"><img src="/img/gazette.png"></a><p>© 2024 Harbour Gazette Media</p></div>` +
		`<div class="slot"><span>Advert</span><br><img src="https://ads.example.net/adserver/www/delivery/avw.php?zoneid=9"></div>` +
		`</article></body></html>`
	a := extractPage(t, page)
	var got []string
	for _, im := range a.Images {
		got = append(got, im.URL[strings.LastIndexByte(im.URL, '/')+1:])
	}
	if want := "harbour-1024x768.jpg dredger.jpg panel.jpg"; strings.Join(got, " ") != want {
		t.Errorf("images = %q, want %q", got, want)
	}
	for _, gone := range []string{"Jane Roe", "DACS", "Harbour Gazette", "Advert"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("body holds %q:\n%s", gone, a.Text)
		}
	}
	if strings.Count(a.Text, longProse) != 8 {
		t.Errorf("body lost its prose:\n%s", a.Text)
	}
	for _, im := range a.Images {
		if strings.HasSuffix(im.URL, "dredger.jpg") && !strings.Contains(im.Caption, "dredger at work") {
			t.Errorf("the dredger's caption = %q", im.Caption)
		}
	}
}

func TestCreditedPicture(t *testing.T) {
	for _, c := range []struct {
		html string
		want bool
	}{
		{`<img src="/uploads/quay.jpg" width="640" height="360">`, true},
		{`<img src="/uploads/quay.jpg">`, true},
		{`<a href="/uploads/quay-large.jpg"><img src="/uploads/quay.jpg"></a>`, true},
		{`<picture><source srcset="/q.webp"><img src="/uploads/quay.jpg"></picture>`, true},
		{`<img src="/uploads/quay.jpg" width="88" height="31">`, false},
		{`<img src="/theme/images/site-logo.png">`, false},
		{`<img src="/uploads/q.jpg" class="author-avatar">`, false},
		{`<img src="/plugins/sociable/images/more.png">`, false},
		{`<img src="/img/loading.gif" alt="Loading ...">`, false},
		{`<img src="/img/spin.svg" alt="Loading ...">`, false},
		{`<img src="/uploads/quay.jpg" class="lazyloading" loading="lazy">`, true},
		{`<a href="https://example.com/"><img src="/img/gazette.png"></a>`, false},
		{`<a href="https://press.example.org"><img src="/img/partner.png"></a>`, false},
	} {
		doc, _ := html.Parse(strings.NewReader("<html><body>" + c.html + "</body></html>"))
		n := findFirst(doc, byTag(atom.Picture, atom.Img))
		if got := creditedPicture(n); got != c.want {
			t.Errorf("creditedPicture(%s) = %v, want %v", c.html, got, c.want)
		}
	}
}

// A block that is all the body's text, a photo and its credit, is not kept
// as a photo: the body is lost, and another candidate is read.
func TestCreditOfPictureNotTheWholeBody(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(`<html><body><div id="c"><section><div><p><img src="/uploads/quay.jpg"></p><p>© Jane Roe</p></div></section></div></body></html>`))
	root := findFirst(doc, func(n *html.Node) bool { return attr(n, "id") == "c" })
	stripBoilerText(root.FirstChild)
	if findFirst(doc, byTag(atom.Img)) != nil {
		t.Errorf("the photo of a body that is a photo and its credit stayed")
	}
}

// A photo kept beside the copyright line that leaves the body takes the
// line's holder as its credit; a block of two photos credits neither, and
// a line that names its holder only in prose credits no one. The HTML never
// carries the note.
func TestCreditLineCreditsThePhoto(t *testing.T) {
	page := `<html><head><title>Harbour dredging to resume</title></head><body><article><h1>Harbour dredging to resume</h1>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		`<div class="wp-block-group"><p><img src="/uploads/2024/05/harbour.jpg" width="1024" height="768" alt=""></p><p>© 2024 Jane Roe. All rights reserved.</p></div>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		`<div class="media"><picture><img src="/media/quay.jpg" alt="The quay"></picture><span class="teaser-copyright">© Chris - stock.adobe.com</span></div>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		`<div class="pair"><p><img src="/uploads/a.jpg" width="600"><img src="/uploads/b.jpg" width="600"></p><p>© Port Authority</p></div>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		`<div class="art"><img src="/uploads/panel.jpg" width="900" height="422"><p>Wax and oil on four panels, 1960. All rights reserved, DACS 2024.</p></div>` +
		`<p>` + longProse + " " + longProse + `</p>` +
		`</article></body></html>`
	a := extractPage(t, page)
	want := map[string]string{"harbour.jpg": "Jane Roe", "quay.jpg": "Chris - stock.adobe.com", "a.jpg": "", "b.jpg": "", "panel.jpg": ""}
	for _, im := range a.Images {
		name := im.URL[strings.LastIndexByte(im.URL, '/')+1:]
		w, ok := want[name]
		if !ok {
			t.Errorf("unexpected image %q", im.URL)
			continue
		}
		delete(want, name)
		if im.Credit != w {
			t.Errorf("%s: credit = %q, want %q", name, im.Credit, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("images missing: %v", want)
	}
	if strings.Contains(a.HTML, pictureCreditKey) {
		t.Errorf("HTML carries %s:\n%s", pictureCreditKey, a.HTML)
	}
}

func TestPictureCopyright(t *testing.T) {
	for in, want := range map[string]string{
		"© Jane Roe":                            "Jane Roe",
		"© 2024 Jane Roe. All rights reserved.": "Jane Roe",
		"Copyright © 2019–2024 by Reuters":      "Reuters",
		"(c) AFP/Jean Dupont":                   "AFP/Jean Dupont",
		"© Chris - stock.adobe.com":             "Chris - stock.adobe.com",
		"©":                                     "",
		"© 2024":                                "",
		"Photo © Jane Roe":                      "", // not a line that opens with the sign
		"Wax and oil. All rights reserved, DACS 2024": "",
		"© " + strings.Repeat("Jane Roe ", 12):        "", // no credit's length
	} {
		if got := pictureCopyright(in); got != want {
			t.Errorf("pictureCopyright(%q) = %q, want %q", in, got, want)
		}
	}
}
