package extractor

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerKeys are fragments one of which every reBoilerText match contains,
// chosen to match without lower-casing ("opyright" for Copyright and
// copyright): checking them first keeps the regexp off almost every block.
var boilerKeys = newKeySet("ICP", "icp", "公网安备", "许可证", "举报", "llegal", "LLEGAL", "ookie", "OOKIE",
	"ights reserved", "ights Reserved", "IGHTS RESERVED", "版权", "版 权", "转载", "轉載", "opyright", "OPYRIGHT", "©", "(c)", "(C)", "ewsletter", "EWSLETTER")

// shortKeys do for the short-line rules (startsWithCopyright, reShortBoiler)
// what boilerKeys do for reBoilerText.
var shortKeys = newKeySet("©", "ewsletter", "EWSLETTER", "@", "twitter.com/", "inbox", "tip?", "avaScript", "AVASCRIPT", "[/",
	"fax", "Fax", "FAX", "Tags", "TAGS", "Tagged", "iled under", "ILED UNDER", "Palavras", "Etiquetas", "Schlagw",
	"acebook", "hatsapp", "interest", "Advert", "ADVERT", "ontinues",
	"nstagram", "witter", "elegram", "ELEGRAM", "hatsApp", "HATSAPP", "ouTube", "outube", "enjoyed this", "this story?", "this article?", "this post?", "this Story?", "this Article?", "this Post?", "letterbox",
	"Tag", "TAG", "Mots", "MOTS", "Etiket", "ETIKET", "Теги", "ТЕГИ", "标签", "標籤", "タグ", "태그",
	"ieuwsbrief", "oletín", "OLETÍN", "ülten", "ÜLTEN", "ассылк", "АССЫЛК", "одпис", "ОДПИС", "oogle News", "OOGLE NEWS", "关注", "關注",
	"#", "シェア", "공유", "▶", "▷", "►",
	"erechos reservados", "ireitos reservados", "roits réservés", "echte vorbehalten", "iritti riservati", "рава защищены", "akları saklıdır",
	"rawa zastrzeżone", "echten voorbehouden", "ak cipta", "ản quyền", "الحقوق محفوظة", "ابعونا", "takip ed", "heo dõi", "फॉलो",
	"nzeige", "NZEIGE", "ublici", "UBLICI", "ubblici", "UBBLICI", "eklam", "EKLAM", "еклам", "ЕКЛАМ", "广告", "廣告", "広告", "광고",
	"...", "…", "rowser", "ROWSER", "avegador", "AVEGADOR", "avigateur", "AVIGATEUR",
	"hared by", "HARED BY", "ompartida", "OMPARTIDA", "ompartilhada", "OMPARTILHADA", "eteilt von", "ETEILT VON", "artagée par", "ARTAGÉE PAR", "ondiviso da", "ONDIVISO DA",
	"Print", "PRINT", "Share", "SHARE", "Drucken", "DRUCKEN", "Teilen", "TEILEN", "ompartir", "OMPARTIR", "mprim", "MPRIM", "ondividi", "ONDIVIDI",
	"оделиться", "ОДЕЛИТЬСЯ", "aylaş", "AYLAŞ", "dostępnij", "DOSTĘPNIJ", "agikan", "AGIKAN",
	"rticle", "RTICLE", "rtikel", "RTIKEL", "rtículo", "rtigo", "rticolo", "nlarge", "NLARGE", "oggle", "OGGLE", "ergrößern", "opy", "OPY", "opied", "opiar", "opier",
	"size", "SIZE", "amaño", "chriftgr", "CHRIFTGR", "aille", "omment", "OMMENT", "oment", "OMENT", "eactie", "orumlar", "éagir", "ÉAGIR", "оммент", "ОММЕНТ",
	"омент", "ОМЕНТ", "ình luận", "التعليقات", "已关闭", "已關閉", "コメント", "댓글",
	"Pin it", "Pin It", "PIN IT", "pin it", "Tweet", "TWEET", "ry Saved", "ry saved", "RY SAVED", "le Saved", "le saved", "LE SAVED",
	"Responses", "responses", "RESPONSES", "1 Response", "1 response", "eplies", "EPLIES", "er Post", "er post", "ER POST", "er Entr", "er entr", "ER ENTR",
	"er Arti", "er arti", "ER ARTI", "<", ">", "‹", "›", "«", "»", "rackback", "RACKBACK", "ike this", "IKE THIS", "ociable", "OCIABLE",
	"ack to top", "ack to Top", "ACK TO TOP", "ack to the", "ack to sto", "ack to Sto", "ACK TO STO", "ack to art", "ack to Art", "ACK TO ART", "ack to pos", "ack to Pos", "ACK TO POS",
	"Jump to", "jump to", "JUMP TO", "oogle Play", "oogle play", "OOGLE PLAY", "ournalism", "OURNALISM")

func mayBeBoilerText(t string) bool { return boilerKeys.in(t) }

// mayMatchBoilerText is false for a text reBoilerText cannot match. Each of
// its alternatives holds one of boilerTextWords in any case or one of
// boilerTextCJK, but for the copyright line and the newsletter call, which
// start the text: with "copyright", "©", "(c", or an "s" ("sign up",
// "subscribe"; 0xC5 leads "ſ", which (?i) folds with "s"). An article about
// copyright says the word in every paragraph: boilerKeys let each through,
// and the regexp ran over it.
func mayMatchBoilerText(t string) bool {
	for _, w := range boilerTextWords {
		if hasFoldASCII(t, w) {
			return true
		}
	}
	for _, w := range boilerTextCJK {
		if strings.Contains(t, w) {
			return true
		}
	}
	return opensBoilerLine(t)
}

// opensBoilerLine reports whether t opens as a copyright line or a
// newsletter call that reBoilerText matches at the start of a text does:
// with "copyright", "©", "(c", or an "s" ("sign up", "subscribe"; 0xC5
// leads "ſ", which (?i) folds with "s").
func opensBoilerLine(t string) bool {
	t = strings.TrimLeft(t, " \t\n\f\r") // the regexp's \s
	if t == "" {
		return false
	}
	switch t[0] {
	case 's', 'S', 0xC5:
		return true
	}
	return strings.HasPrefix(t, "©") || len(t) >= 2 && t[0] == '(' && t[1]|0x20 == 'c' ||
		len(t) >= len("copyright") && hasFoldASCII(t[:len("copyright")], "copyright")
}

// boilerTextWords are lower case ASCII letters without k and s (a word is
// cut before them), so that hasFoldASCII finds all a (?i) regexp does:
// "icp", "illegal", "continuing" (to browse), "coo" (cookie), "erved" (all
// rights reserved).
var (
	boilerTextWords = []string{"icp", "illegal", "continuing", "coo", "erved"}
	boilerTextCJK   = []string{"公网安备", "许可证", "举报", "版权", "版 权"}
)

// isBoilerText reports whether t, a short block's text, is a licence
// line, a cookie notice, a copyright or a reprint notice.
func isBoilerText(t string) bool {
	return mayMatchBoilerText(t) && matchesBoilerLine(t) || (strings.Contains(t, "转载") || strings.Contains(t, "轉載")) && reCJKReprint.MatchString(t)
}

// matchesBoilerLine is reBoilerText.MatchString(t), run as the groups of
// its alternatives whose words t holds: the whole expression, sixteen
// alternatives under (?i), costs some 700 instructions a byte of text;
// a group of one or two, a fraction of that.
func matchesBoilerLine(t string) bool {
	for _, g := range boilerLines {
		if g.may(t) && g.re.MatchString(t) {
			return true
		}
	}
	return false
}

// boilerLine is a group of reBoilerText's alternatives and a test that
// holds for every text one of them matches (may).
type boilerLine struct {
	may  func(string) bool
	alts []string
	re   *regexp.Regexp // the alternatives under (?i)
}

// reBoilerText matches whole short blocks that are never article text:
// one of boilerLines' alternatives.
var reBoilerText = regexp.MustCompile(`(?i)` + strings.Join(slices.Concat(boilerAlts()...), "|"))

func boilerAlts() [][]string {
	var alts [][]string
	for _, g := range boilerLines {
		alts = append(alts, g.alts)
	}
	return alts
}

// boilerLines are reBoilerText's alternatives by the word they hold. Their
// words are lower case ASCII letters without k and s, which (?i) folds
// with letters past ASCII (K, ſ), so that hasFoldASCII finds all the
// regexp does; or CJK, which (?i) leaves alone.
var boilerLines = func() []boilerLine {
	holds := func(w string) func(string) bool {
		return func(t string) bool { return strings.Contains(t, w) }
	}
	folds := func(w string) func(string) bool {
		return func(t string) bool { return hasFoldASCII(t, w) }
	}
	lines := []boilerLine{
		{may: folds("icp"), alts: []string{`[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP[备证]`, `ICP\s*(?:备案|证|license|licence)`}},
		{may: holds("公网安备"), alts: []string{`公网安备`}},
		{may: holds("许可证"), alts: []string{`互联网新闻信息服务许可证`}},
		{may: holds("举报"), alts: []string{`违法和不良信息举报`, `不良信息举报`}},
		{may: folds("illegal"), alts: []string{`illegal\s+(?:and|&)\s+undesirable\s+information`, `report\s+illegal\s+information`}},
		{may: folds("continuing"), alts: []string{`by\s+continuing\s+to\s+(?:browse|use)\s+(?:our|this)\s+(?:site|website)`}},
		{may: folds("coo"), alts: []string{`(?:we|this\s+(?:site|website))\s+uses?\s+cookies`, `cookie\s+(?:settings|policy|preferences)`, `accept\s+(?:all\s+)?cookies`}},
		{may: folds("erved"), alts: []string{`all\s+rights\s+reserved`}},
		// "版 权 所 有", as footers letter-space it.
		{may: holds("版"), alts: []string{`版\s?权\s?所\s?有`}},
		{may: opensBoilerLine, alts: []string{
			`^\s*(?:copyright|©|\(c\))\s*(?:©\s*)?(?:19|20)\d{2}`,
			`^\s*(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\s+(?:\w+\s+)?newsletter`,
		}},
	}
	for i := range lines {
		lines[i].re = regexp.MustCompile(`(?i)` + strings.Join(lines[i].alts, "|"))
	}
	return lines
}()

func holdsAny(t string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(t, k) {
			return true
		}
	}
	return false
}

// anyKey reports whether any text node below n of at most maxLen bytes
// holds one of keys.
func anyKey(n *html.Node, keys *keySet, maxLen int) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type == html.TextNode && len(c.Data) <= maxLen && keys.in(c.Data) {
			found = true
		}
		return true
	})
	return found
}

// startsWithCopyright reports whether a short block opens with "©": a photo credit
// ("© Aaron Schwartz") or a copyright line. (A "© 2019" anywhere in a short
// block was tried: on wcxb-dev it also took an excerpt's "Copyright 2013. It
// is reprinted here with permission." that the article keeps.)
func startsWithCopyright(t string) bool {
	// What the regexp ^\s*© matched: \s is RE2's [\t\n\f\r ].
	return strings.HasPrefix(strings.TrimLeft(t, "\t\n\f\r "), "©")
}

// reShortBoiler is what a short block of the body says when it is the
// site's, not the story's: a newsletter call ("Get the latest updates right
// in your inbox. Subscribe to NJ.com's newsletters."), the author's contact
// line ("Have a tip? Amy Kuperinsky may be reached at amy@…", "Jane can be
// reached at jane@…"), or an email address or social profile alone.
var reShortBoiler = regexp.MustCompile(`(?i)\bsubscribe\b.{0,60}\bnewsletters?\b|\b(?:right|straight|delivered)\s+(?:in|to)\s+your\s+inbox\b|` +
	`^\s*(?:have|got)\s+a\s+(?:news\s+)?tip\?|` +
	// A call to follow the site's accounts ("Follow Newsbeat on Instagram,
	// Facebook, Twitter and YouTube."), to share the piece or sign up
	// because one liked it ("Like this story? Share it with a friend!",
	// "If you enjoyed this article, enter your email below"), a print
	// subscription's offer ("delivered through your letterbox every month").
	// Or on "social media" ("Follow on social media: TikTok ||
	// Instagram", "Follow us on social media"). (Not "follow on twitter"
	// alone: an author's flyout menu sets it among "View author archive"
	// and "email the author", and taking it out left the rest of the menu
	// to readability's body.)
	`^\s*follow\s+(?:[\w.&'’-]+\s+){1,4}on\s+(?:instagram|facebook|twitter|youtube|linkedin|tiktok|telegram|whatsapp|threads|bluesky)\b|` +
	// The channels of messaging apps ("Join our WhatsApp channel for the
	// latest news", "Folgen Sie uns auch auf Telegram und WhatsApp!").
	`^\s*join\s+(?:our|the)\s+(?:[\w.&'’-]+\s+){0,2}(?:whatsapp|telegram)\s+(?:channel|group|community)\b|^\s*(?:folgen\s+sie\s+uns|folge\s+uns)\s.{0,40}\b(?:telegram|whatsapp|instagram|facebook|twitter|youtube|tiktok)\b|^\s*follow\s+(?:us\s+)?on\s+(?:social\s+media|socials)\b|` +
	// Its forms in other languages: "Подписывайтесь на наш канал в
	// Telegram", "Ikuti berita terkini dari kami di Google News",
	// "Folgen Sie uns auf Google News", "Suivez-nous sur Google News",
	// "Síguenos en Google News", "关注我们的微信公众号".
	`^\s*(?:подписывайтесь|подпишитесь)\s.{0,40}(?:telegram|телеграм|канал|дзен|вконтакте|vk)|` +
	`^\s*(?:ikuti|simak|follow|folgen|folge|suivez|suis|síguenos|siguenos|sigue|siga|segue|seguici|seguite|volg|obserwuj)\S*\s.{0,80}\bgoogle\s+news\b|` +
	`^\s*(?:欢迎|请)?关注.{0,12}(?:微信公众号|公众号|官方微博|微博|抖音号|视频号)|^\s*(?:歡迎|請)?關注.{0,12}(?:微信公眾號|公眾號|官方微博|微博)|` +
	`^\s*(?:if\s+you\s+(?:enjoyed|liked)\s+this\s+(?:article|post|story)\b|(?:did\s+you\s+)?(?:like|enjoy)\s+this\s+(?:article|post|story)\s*\?)|` +
	`\bdelivered\s+(?:through|to)\s+your\s+(?:letterbox|door|doorstep)\b|` +
	// The site's app offered in its stores ("Download our app for the
	// latest news: App Store | Google Play"), and a call to pay for
	// the journalism ("Support local journalism: subscribe today for just
	// $1 a week").
	`^\s*(?:download|get|install)\s+(?:our|the)\b.{0,50}\bapp\b.{0,60}\b(?:app\s+store|google\s+play)\b|^\s*support\s+(?:local|independent|quality|our|trusted)\s+(?:news|journalism|reporting)\s*[:.,!-]?\s.{0,60}\b(?:subscribe|donate|become\s+a\s+(?:member|subscriber|supporter))|\b(?:can|may)\s+be\s+reached\s+(?:at|by|via)\s+\S+@\S+|` +
	`^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$|^\s*(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com/\w+/?\s*$|` +
	// A promotion after an arrow ("▶ 네이버 메인에서 …를 받아보세요"), a
	// share call ("この記事をシェアする", "공유하기"), a line of hashtags
	// ("#예산 #서울시"). (Not Korean copyright lines, "<저작권자 © 서울일보,
	// 무단 전재 및 재배포 금지>": scrapinghub's labels keep them in the
	// body, and removing them lost on its fit half. Nor a Korean reporter's
	// closing line, "홍길동 기자 hong@…", the byline koreanBodyAuthors reads.)
	`^\s*[▶▷►]\s*.{0,60}(?:구독|받아보세요|바로가기|클릭)|^\s*(?:この記事を)?シェア(?:する|しよう)?\s*$|^\s*(?:기사\s*)?공유(?:하기)?\s*$|^\s*(?:#[^\s#]+\s*){2,}$|` +
	// "All rights reserved" in other languages, alone on a short line
	// ("جميع الحقوق محفوظة © 2024", "Tous droits réservés"); calls to follow
	// the site ("تابعونا على فيسبوك", "Bizi Google News üzerinden takip
	// edin", "Theo dõi chúng tôi trên Google News", "हमें फेसबुक पर फॉलो
	// करें").
	`(?:todos\s+los\s+derechos|todos\s+os\s+direitos)\s+reservados|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten|tutti\s+i\s+diritti\s+riservati|` +
	`все\s+права\s+защищены|tüm\s+hakları\s+saklıdır|wszelkie\s+prawa\s+zastrzeżone|alle\s+rechten\s+voorbehouden|hak\s+cipta\s+dilindungi|^\s*bản\s+quyền\s+thuộc\s+về|جميع\s+الحقوق\s+محفوظة|` +
	`^\s*(?:تابعونا|تابعوا)\s.{0,40}(?:فيسبوك|تويتر|إنستغرام|يوتيوب|تيليجرام|جوجل|google)|google\s+news.{0,30}takip\s+ed|^\s*theo\s+dõi\s.{0,40}(?:google\s+news|facebook|zalo|youtube)|फॉलो\s*कर|` +
	// An advertisement's label, a script's fallback, a WordPress shortcode
	// the site failed to render ("[button link=…] Send us …[/button]").
	// "Article continues below", "Story continues after this ad", where
	// a slot interrupts the story.
	`^\s*(?:advert|advertisement|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+|the\s+)?(?:advertisement|ad))?)\s*$|` +
	// The label in other languages, alone on its line: "Anzeige",
	// "Publicidad", "Publicité", "Pubblicità", "Реклама", "广告", "광고".
	`^\s*(?:anzeige|publicidad|publicité|pubblicità|publicidade|reklama|reklam|advertentie|реклама|广告|廣告|広告|광고)\s*$|` +
	// A loader's placeholder ("Loading…", "Cargando...") and a player's
	// fallback ("Your browser does not support the video tag."), which
	// the page shows only when its script or player fails.
	`^\s*(?:loading|cargando|carregando|chargement|caricamento|wird\s+geladen|lädt|laden|ładowanie|yükleniyor|memuat|загрузка|加载中|載入中|読み込み中)\s*(?:\.\.\.|…)\s*$|` +
	`^\s*(?:your\s+browser\s+(?:does\s+not|doesn't|doesn’t)\s+support|(?:tu|su)\s+navegador\s+no\s+(?:soporta|admite|es\s+compatible)|ihr\s+browser\s+unterstützt\s+(?:kein|nicht)|votre\s+navigateur\s+ne\s+(?:supporte|prend)|seu\s+navegador\s+não\s+(?:suporta|é\s+compatível))\b|` +
	// The text an embedded Instagram post shows until its script runs:
	// "A post shared by Jane (@jane)", "View this post on Instagram".
	`^\s*(?:a\s+post\s+shared\s+by|una\s+publicación\s+compartida\s+(?:por|de)|ein\s+beitrag\s+geteilt\s+von|une\s+publication\s+partagée\s+par|uma\s+publicação\s+compartilhada\s+por|un\s+post\s+condiviso\s+da)\s.{0,80}\(@[\w.]+\)|^\s*view\s+this\s+post\s+on\s+instagram\s*$|` +
	`\b(?:requires|enable)\s+javascript\b|^\s*\[[a-z_]+(?:\s[^\]]*)?\].*\[/[a-z_]+\]\s*$|` +
	// A line of share buttons ("Whatsapp Facebook Pint Baixar"), a tags
	// line ("Tags calendario stock car 2018, …", "Filed under: …").
	// An older tools row names what it acts on ("Print this story |
	// Email this story"). Its words in more languages ("Drucken Teilen",
	// "Compartir en Facebook Compartir en Twitter"), and one of them alone
	// ("Поделиться", "Udostępnij").
	`^\s*(?:(?:whatsapp|facebook|twitter|pinterest|pint|pin|linkedin|reddit|telegram|messenger|tumblr|flipboard|email|e-mail|sms|share|compartilhar|compartir|partager|teilen|print|baixar|download|` +
	`drucken|imprimir|imprimer|stampa|condividi|поделиться|paylaş|udostępnij|delen|bagikan|line|kakaotalk|kakao|hatena|pocket|weibo|wechat|vk|\d*\s*comments?)\b(?:\s+(?:on|en|auf|sur|su|no|na|via|em))?(?:\s+this\s+(?:story|article|page|post)\b)?[\s|·•/,]*){2,}$|` +
	`^\s*(?:share|compartir|compartilhar|partager|teilen|condividi|поделиться|paylaş|udostępnij|bagikan)\s*:?\s*$|` +
	`^\s*(?:tags|tagged(?:\s+with)?|filed\s+under|palavras-chave|etiquetas|schlagwörter)\b\s*:?\s+\S|` +
	// Its forms in other languages, after a colon: "Tag: Porto, Bilancio",
	// "Tagi:", "Mots-clés :", "Etiketler:", "Теги:", "标签：".
	`^\s*(?:tag|tagi|mots[-\s]cl[ée]s|etiketler|теги|标签|標籤|タグ|태그)\s*[:：]\s*\S|` +
	// A newsletter's call in other languages: a verb to subscribe or sign
	// up and the newsletter's name, in either order ("Abonnieren Sie
	// unseren Newsletter", "Inscrivez-vous à notre newsletter",
	// "Suscríbete a nuestro boletín", "bültenimize abone olun").
	`(?:abonn|inscri|suscr|assin|iscriv|zapisz|schrijf|подпи)\S*\s.{0,60}(?:newsletter|nieuwsbrief|bolet[íi]n|рассылк)|(?:newsletter|nieuwsbrief|bolet[íi]n|bülten)\S*\s.{0,30}(?:abonn|inscri|suscr|abone)|` +
	// A control's label alone on its line: a player's ("Listen to this
	// article", "Artikel anhören"), a picture's ("Enlarge this image",
	// "Toggle caption"), a link's ("Copy link"), the text size's ("Text
	// size: A A A"), a bookmark's ("Save article"), the comments' count
	// ("Comments (12)", "Leave a comment"), a button's or a link's that
	// share or move about ("Pin it", "Tweet", "Share this:", "Like this:",
	// "Be sociable, share!", "Back to top", "‹ Back to story", "Jump to:",
	// "Click to enlarge", "Story saved", "3 Comments", "View 45 comments",
	// "Join the conversation: 45 comments",
	// "Older posts", "« Previous", "Next post ›", "Trackback URL for this
	// entry:"),
	// and what the comments' place
	// says when they are shut ("Comments are closed.", WordPress's words
	// in its translations: "Los comentarios están cerrados.",
	// "Kommentare sind geschlossen.", "评论已关闭。").
	`^\s*(?:listen\s+to\s+this\s+article|artikel\s+anhören|escuchar\s+(?:este\s+)?artículo|écouter\s+(?:cet\s+)?article|ouvir\s+(?:este\s+)?artigo|ascolta\s+l['’]articolo|luister\s+naar\s+(?:dit\s+)?artikel|` +
	`toggle\s+caption|bild\s+vergrößern|copy\s+link|link\s+copied|copiar\s+(?:enlace|link)|link\s+kopieren|copier\s+le\s+lien|` +
	pictureControls + `|(?:story|article)\s+saved|(?:join\s+the\s+(?:conversation|discussion)\s*[:·|-]?\s*|(?:view|read|see|show)\s+(?:all\s+)?)?(?:\d+|no)\s+(?:comments?|responses?|replies)\s*[»›]?|(?:newer|older)\s+(?:posts?|entries|articles)|` +
	`[‹«<]\s*(?:previous|prev|older)(?:\s+(?:post|article|story|page|entry))?|(?:next|newer)(?:\s+(?:post|article|story|page|entry))?\s*[›»>]|trackback(?:\s+url(?:\s+for\s+this\s+(?:entry|post))?)?\s*:?|` +
	`tweet|(?:share|like)\s+this(?:\s+(?:story|article|post|page))?\s*:?|be\s+sociable,?\s+share|[‹«←]?\s*back\s+to\s+(?:top|(?:the\s+)?(?:story|article|post))|jump\s+to\s*:?|` +
	`(?:text|font)\s+size|tamaño\s+de\s+(?:letra|texto|fuente)|schriftgröße|taille\s+du\s+texte|save\s+(?:this\s+)?article|gift\s+this\s+article|artikel\s+merken|leave\s+a\s+(?:comment|reply)|` +
	`(?:comments\s+are|los\s+comentarios\s+están|les\s+commentaires\s+sont|i\s+commenti\s+sono|os\s+comentários\s+estão|reacties\s+zijn|comentariile\s+sunt)\s+(?:closed|cerrados|fermés|chiusi|fechados|gesloten|închise)|` +
	`(?:die\s+)?kommentar(?:e\s+sind|funktion\s+ist)\s+geschlossen|comentários\s+encerrados|комментарии\s+закрыты|коментарі\s+закриті|yorumlar\s+kapalı|komentar\s+ditutup|` +
	`komentarze\s+są\s+(?:zamknięte|wyłączone)|bình\s+luận\s+đã\s+(?:bị\s+)?đóng|التعليقات\s+مغلقة|评论已关闭|評論已關閉|コメントは受け付けていません|댓글이\s+닫혔습니다|` +
	`(?:comments?|kommentare?|comentarios?|comentários?|commentaires?|commenti|komentarze|reacties|yorumlar|réagir|комментарии)\s*\(\d+\))` +
	`\s*(?:[:·|-]?\s*(?:\d+\s*min\S*|(?:a\s*){2,}))?[!.。]?\s*$|` +
	// The publisher's address: telephone and fax numbers together.
	`\b(?:tel|phone)\b.{0,40}\bfax\b|\bfax\b.{0,40}\b(?:tel|phone)\b|\d{3}[-.\s]\d{4}\s*tel\b.{0,40}\bfax\b`)

// shortBoilerStart and shortBoilerAnywhere are reShortBoiler cut for speed
// (matchesShortBoiler): its alternatives anchored at the start (^) in a
// dispatch that tries from there only those that can begin with the
// text's first byte past white space, and each of the others alone, small
// enough for Go's backtracker, tried only when the text holds one of the
// pieces each needs (requiredAtoms). Whole, reShortBoiler is too large for
// the backtracker and runs the slower NFA at every byte of every text. A
// text matches reShortBoiler when one of them matches it, and only then.
var shortBoilerStart, shortBoilerAnywhere = splitShortBoiler()

func splitShortBoiler() (*startDispatch, []foldedRegexp) {
	var start []string
	var anywhere []foldedRegexp
	for _, a := range topAlternatives(strings.TrimPrefix(reShortBoiler.String(), "(?i)")) {
		if rest, ok := strings.CutPrefix(a, "^"); ok {
			start = append(start, rest)
			continue
		}
		anywhere = append(anywhere, newFoldedRegexp(`(?i)`+a))
	}
	return newStartDispatch(`(?i)`, start), anywhere
}

// topAlternatives cuts a regexp's source at its top level's "|": not in a
// group, not in a class, not escaped.
func topAlternatives(expr string) []string {
	var out []string
	depth, from := 0, 0
	inClass := false
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; {
		case c == '\\':
			i++ // the escaped byte; an escaped rune's other bytes are never ( ) [ ] |
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
			if strings.HasPrefix(expr[i+1:], "^]") {
				i += 2
			} else if strings.HasPrefix(expr[i+1:], "]") {
				i++
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, expr[from:i])
			from = i + 1
		}
	}
	return append(out, expr[from:])
}

// matchesShortBoiler is reShortBoiler.MatchString(t).
func matchesShortBoiler(t string) bool {
	if shortBoilerStart.MatchString(t) {
		return true
	}
	canon := foldCanon(t)
	for _, f := range shortBoilerAnywhere {
		if f.matchCanon(t, canon) {
			return true
		}
	}
	return false
}

// shortLimit is the length in bytes up to which a block counts as a line.
const shortLimit = 200

// isShortBoiler reports whether t, the text of a short block, is one of the
// site's lines.
func isShortBoiler(t string) bool {
	return shortKeys.in(t) && (startsWithCopyright(t) || mayBeShortBoiler(t) && matchesShortBoiler(t))
}

// holdsCopyright reports whether t, a block's text that reBoilerText
// matched, is a copyright line: it holds "©", "(c)", "copyright" or
// "rights reserved".
func holdsCopyright(t string) bool {
	return strings.Contains(t, "©") || hasFoldASCII(t, "(c)") || hasFoldASCII(t, "copyright") || hasFoldASCII(t, "rights reserved")
}

// creditOfPicture reports whether the short block n under root, whose
// text of tl bytes credits or claims a picture, holds a photo of the
// story (creditedPicture) and is not all the text there is: a body that
// is a photo and its credit alone is a story lost (another candidate is
// then read), not a photo kept.
func creditOfPicture(root, n *html.Node, tl int) bool {
	return findFirst(n, creditedPicture) != nil && textLenUpTo(root, tl+1) > tl
}

// appendCreditLines appends to doomed the text of n, a block of a photo
// and its copyright or credit line, outside its photos and their captions
// (keptWithCredit), and notes on the photo whom the line names
// (notePictureCredit).
func appendCreditLines(doomed []*html.Node, n *html.Node) []*html.Node {
	from := len(doomed)
	doomed = appendTextOutside(doomed, n, keptWithCredit)
	notePictureCredit(n, doomed[from:])
	return doomed
}

// reOverlay is the words a control set over a picture shows.
var reOverlay = regexp.MustCompile(`(?i)^\s*(?:` + pictureControls + `|share\s+on\s+pinterest)\s*$`)

// pictureControls are the labels of the controls set over a picture
// ("Click to enlarge", "Enlarge this image", "Pin it"): alone on a line,
// reShortBoiler removes them; in the picture's own line, reOverlay says
// the line is the overlay's, and the picture stays.
const pictureControls = `click\s+(?:here\s+)?to\s+enlarge|enlarge\s+this\s+image|pin\s+it`

// appendTextOutside appends to doomed the children of n, and below those
// that hold a node keep matches, the children, that hold text and no such
// node.
func appendTextOutside(doomed []*html.Node, n *html.Node, keep func(*html.Node) bool) []*html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && (keep(c) || findFirst(c, keep) != nil):
			if !keep(c) {
				doomed = appendTextOutside(doomed, c, keep)
			}
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "", c.Type == html.ElementNode && textLenUpTo(c, 1) > 0:
			doomed = append(doomed, c)
		}
	}
	return doomed
}

// mayBeShortBoiler is false for a text reShortBoiler cannot match: each of
// its alternatives holds one of shortBoilerWords or "@", "/", "?", or is a
// line of share buttons or tags, which starts with one of shortLineStarts
// or an "s" ("sms", "share", "schlagwörter"; 0xC5 leads "ſ", which (?i)
// folds with "s"). Common words let texts through shortKeys ("interest"
// for Pinterest, "continues"): this keeps the regexp, which runs at every
// byte, off most of them.
func mayBeShortBoiler(t string) bool {
	if strings.ContainsAny(t, "@/?#") || holdsAny(t, shortNonASCII) { // addresses, profiles, shortcodes, "tip?"
		return true
	}
	for _, w := range shortBoilerWords {
		if hasFoldASCII(t, w) {
			return true
		}
	}
	t = strings.TrimLeft(t, " \t\n\f\r") // the regexp's \s
	if t == "" {
		return false
	}
	if t[0] == 's' || t[0] == 'S' || t[0] == 0xC5 {
		return true
	}
	for _, w := range shortLineStarts {
		if len(t) >= len(w) && hasFoldASCII(t[:len(w)], w) {
			return true
		}
	}
	return false
}

// shortBoilerWords and shortLineStarts are the fragments of
// mayBeShortBoiler: lower case ASCII letters without k and s (a word is cut
// before them), so that hasFoldASCII finds all a (?i) regexp does.
var (
	shortBoilerWords = []string{"letter", "inbox", "journali", "reached", "advert", "java", "fax", "follow", "enjoyed", "ieuwsbrief", "bolet", "google",
		"anzeige", "publici", "pubblici", "...", "brow", "navegador", "navigateur", "hared by", "view thi", "compartida", "geteilt", "partag", "compartilhada", "condivi",
		"article", "anh", "cuchar", "couter", "ouvir", "colta", "ter naar", "enlarge", "toggle", "vergr", "copy", "copied", "copiar", "opieren", "copier",
		"text", "font", "tama", "ociable", "pon", "repli", "chriftgr", "taille", "el mer", "leave a", "omment", "coment", "oment", "reactie", "yorum", "agir", "cipta", "reserv", "riserv", "vorbehalt", "voorbehoud"}
	shortLineStarts = []string{"what", "folg", "join", "faceboo", "twitter", "pin", "li", "tweet", "bac", "jump", "click", "newer", "older", "next", "trac", "<", "reddit", "telegram", "me", "tumblr", "flipboard",
		"email", "e-mail", "compart", "partager", "teilen", "print", "baixar", "download", "tag", "filed", "palavra", "etiqueta", "mots", "etiket", "re",
		"druc", "imprim", "condivid", "delen", "bagikan", "payla", "udo"}
	// shortNonASCII are mayBeShortBoiler's fragments past ASCII.
	shortNonASCII = []string{"Теги", "ТЕГИ", "теги", "标签", "標籤", "タグ", "태그", "ülten", "ÜLTEN", "ассылк", "одпис", "关注", "關注", "еклам", "ЕКЛАМ", "广告", "廣告", "広告", "광고", "…", "оделиться", "ОДЕЛИТЬСЯ", "оммент", "ОММЕНТ", "シェア", "공유", "▶", "▷", "►", "réservés", "защищены", "saklıdır", "zastrzeżone", "ản quyền", "الحقوق", "ابعونا", "heo dõi", "फॉलो",
		"омент", "ОМЕНТ", "ình luận", "التعليقات", "已关闭", "已關閉", "コメント", "댓글", "‹", "«", "←"}
)

// stripBoilerText removes blocks whose text is a licence line, a cookie
// notice, a report line or a copyright notice (the innermost block holding
// the match, so a footer cell goes but not the whole footer), then short
// lines that are the site's (isShortBoiler).
func stripBoilerText(root *html.Node) {
	stripMatching(root)
	stripShortLines(root)
}

func stripMatching(root *html.Node) {
	if !anyKey(root, boilerKeys, math.MaxInt) {
		return // the common case: one cheap pass over the text
	}
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return false
		}
		if !isBlockish(n) {
			return true
		}
		tl := textLenUpTo(n, 600)
		if tl > 600 {
			return true
		}
		t := textOf(n)
		if !mayBeBoilerText(t) || !isBoilerText(t) {
			// Nothing below can match either: its text is part of t.
			return false
		}
		// Prefer an inner block that holds the match by itself.
		inner := findFirst(n, func(c *html.Node) bool {
			return c != n && isBlockish(c) && isBoilerText(textOf(c))
		})
		if inner != nil && textLen(inner)*2 < tl {
			return true // descend and remove the inner block instead
		}
		if tl <= shortLimit && holdsCopyright(t) && creditOfPicture(root, n, tl) {
			// A photo beside its copyright ("Wax and oil on panels.
			// All rights reserved, DACS 2024."): the line goes, the
			// photo and its caption stay.
			doomed = appendCreditLines(doomed, n)
			return false
		}
		doomed = append(doomed, n)
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
}

// stripShortLines removes short blocks that are the site's lines. A link is
// never one: it is part of its line ("reach her at <a>amy@…</a>").
func stripShortLines(root *html.Node) {
	// A short line's text nodes are short (white space aside): long ones,
	// the body's paragraphs, are not read.
	if !anyKey(root, shortKeys, 4*shortLimit) {
		return
	}
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.A, atom.Figcaption:
			return false // a caption's credit ("© Reuters") is the image's
		}
		if !isBlockish(n) || textLenUpTo(n, shortLimit) > shortLimit {
			return true
		}
		t := textOf(n)
		if !shortKeys.in(t) {
			return false // nor anything below
		}
		if startsWithCopyright(t) || mayBeShortBoiler(t) && matchesShortBoiler(t) { // isShortBoiler, its keys found
			if findFirst(n, byTag(atom.Img, atom.Picture)) != nil {
				if hasAncestor(n, byTag(atom.Figure)) {
					// Inside a figure, a line that holds the picture is
					// its overlay ("Share on Pinterest" over a photo):
					// only the line goes, found below.
					return true
				}
				if startsWithCopyright(t) && creditOfPicture(root, n, len(t)) {
					// A photo and its credit ("<p><img …></p><p>©
					// Jane Roe</p>" in a block of their own): the
					// credit goes, the photo and its caption stay,
					// and the photo keeps the credit (notePictureCredit).
					doomed = appendCreditLines(doomed, n)
					return false
				}
				if reOverlay.MatchString(t) {
					// Outside one, a picture's control in the same line
					// ("<p><span>click to enlarge</span><img></p>"):
					// its words go, the picture stays. A label's or a
					// copyright's picture (an advertisement, a logo)
					// goes with its line.
					doomed = appendTextOutside(doomed, n, byTag(atom.Img, atom.Picture))
					return false
				}
			}
			doomed = append(doomed, n)
			return false
		}
		return true // a line below may be
	})
	for _, n := range doomed {
		remove(n)
	}
}
