package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// authorWords are "author" in the languages that label a byline with
// it, German's gender-inclusive forms among them ("Autor/in:", "Autor*in",
// "Autor:in", "AutorIn"), as a structured author's text may open with one.
const authorWords = `autor(?:in|innen|en)?(?:[/*:_]in(?:nen)?)?|auteurs?|autore|autori|autora|autores`

var (
	reOnDate = regexp.MustCompile(`(?i)\s+on\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)`)
	// reAtTime is the time of day a post's footer gives after its
	// poster's name: "Posted by Jane Doe at 9:22 AM" (Blogger).
	reAtTime = regexp.MustCompile(`\s+at\s+\d{1,2}[:.]\d\d\b`)
	// reAtDate is the date a post's footer gives after its poster's
	// name: "Posted by 张三 at 2005-3-11 12:12", "… on 2005-03-11", "… @
	// 2005-03-11", "张三 于 2005-03-11 发表".
	reAtDate    = regexp.MustCompile(`\s+(?:at|on|@|于)\s*(?:19|20)\d\d[-/.年]`)
	reWrittenBy = regexp.MustCompile(`(?i)\b(?:written|posted|reported|reporting|submitted)\s+by\s`)
	// reOtherCredit is a credit of its own after a full stop or a
	// semicolon: "… . Produced by", "…; Data visualisation by", "…;
	// additional reporting by" (cutOtherCredit). After a full stop it
	// opens with a capital.
	reOtherCredit = regexp.MustCompile(`(?:\.\s+\p{Lu}|;\s+\pL)[\pL-]*(?:\s+[\pL-]+){0,2}\s+by\s`)
	// reByPrefix is the label that opens a byline before its names, in
	// the languages most common in news ("By", "Written by", "Von", "a
	// cura di", Swahili "Imeandikwa na"; "As told to", before the writer
	// of a first-person essay).
	reByPrefix = regexp.MustCompile(`(?i)^\s*(?:(?:(?:published|` + byVerbs + `|` + foreignByVerbs + `)\s+)?(?:by|par|von|por|di|door|av|af|oleh|przez)|(?:ein|eine)\s+\pL+\s+von|(?:scris|publicat|postat)\s+de|` + textOfWords + `|(?:scritto|pubblicato)\s+da|(?:ditulis|diposting|dipublikasikan)\s+oleh|(?:napisane|opublikowane|dodane)\s+przez|(?:(?:đăng|viết)\s+)?bởi|phóng\s+viên|a\s+cura\s+di|imeandikwa\s+na|as\s+told\s+to|oprac\.|dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)|authors?|penulis|reporter|yazar|yazan|gönderen|기자|by-?line|` + authorWords + `|` + scriptBy + `|` + scriptLabels + `)\s*[:：]?\s+|^\s*(?:text|words|текст|` + textWords + `|` + moreAuthorLabels + `)\s*[:：՝]\s*`)
	// reRoleOnly matches a byline part that is only a role ("Staff Writer"
	// after "Jane Doe,"). A role word inside a name is kept: "Ada Reporter".
	reRoleOnly = newAnchoredRegexp(`(?i)^(?:(?:senior|chief|associate|contributing|freelance|staff|special|news|managing|deputy|foreign|political|science|business)\s+)*(?:writer|reporter|correspondent|columnist|editor(?:-in-chief)?|contributor|producer|photographer|journalist|intern|staff)s?$|^special\s+to\s+.*|^for\s+(?:the\s+)?[A-Z].*`)
	// reTrailingNoise cuts dates and labels that follow a name.
	// The labels are English's and those of the languages whose templates
	// run them on after the name as English's do ("Eurosport Publiziert
	// 02/02/2022", "Jean Dupont Publié le 3 mars", "Jean Dupont Mis à jour
	// le 3 mars", "Jan de Vries Bijgewerkt 3 maart").
	reAuthorNoise = regexp.MustCompile(`(?i)\s+(?:last\s+updated|updated|published|posted|last\s+modified|publiziert|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|bijgewerkt|mis\s+à\s+jour)\b.*$|(?i)\s+(?:publié|actualisé)(?:\s.*)?$`)
	// reEmail is an e-mail address with the brackets around it: "Jane
	// Doe (jane@example.com)", "张三（zhangsan@example.com）".
	reEmail       = regexp.MustCompile(`[(（<\[【]?\s*[^\s()（）<>\[\]【】]+@[^\s()（）<>\[\]【】]+\.\w+\s*[)）>\]】]?`)
	reHandleAfter = regexp.MustCompile(`(\pL)\s+@[A-Za-z0-9_][A-Za-z0-9_.]*`)
	// reAuthorSplit splits a byline between names: punctuation, and "and"
	// in the languages most common in news ("AND" in a byline set in
	// capitals; "и", "i", "och", "og", "ja", "és", "și", "ve", "και",
	// "та", "و", "dan", "và", "और" in Cyrillic, Slavic, Nordic, Finnish,
	// Hungarian, Romanian, Turkish, Greek, Ukrainian, Arabic, Indonesian
	// and Malay, Vietnamese and Hindi bylines), each between spaces: Go's \b
	// is ASCII only, and split "Ayşe" and "Renée" at their "e". Dutch and
	// Czech "and" ("en", "a") are left out: Spanish "en Madrid" is a
	// place, and "a" an English word.
	reAuthorSplit   = regexp.MustCompile(`\s*(?:,?\s(?:` + strings.Join(authorJoinList, "|") + `)\s|,|،|;|&|、|，|／|/|\|)\s*`)
	reCJKSpaces     = regexp.MustCompile(`^[\p{Han}]{2,4}(?:\s+[\p{Han}]{2,4})+$`)
	reParenthetical = regexp.MustCompile(`\s*\([^()]{1,40}\)\s*`)
	// reHandleAside is a social handle in brackets after a name: "Kelsey
	// Mohring (@mohrinkd)". The name says who wrote; the handle is a link.
	reAddressAside = regexp.MustCompile(`\([^()\s]*\.[^()\s.]+\)`)
	reHandleAside  = regexp.MustCompile(`\s*[(（]\s*@[^()（）]*[)）]`)
	// reSourceAside is the source a Vietnamese story draws on, in
	// brackets after its writer: "Nguyễn Văn An (Theo Reuters)", "(theo
	// VnExpress)": "Theo" (according to) names no writer.
	reSourceAside = regexp.MustCompile(`\s*[(（]\s*[Tt]heo\s[^()（）]*[)）]\s*$`)
	reSpacedHan   = regexp.MustCompile(`^\s*\p{Han}\s+\p{Han}\s*$`)
)

// reRoleAtOrg is a job title at a company, as a byline sets it after a
// name: "Head of Marketing at Acme", "Engineer @ Acme".
var reRoleAtOrg = regexp.MustCompile(`^\s*\pL[\pL.&'’ -]{1,60}?\s(?:at|@)\s+\S`)

// reWithName is "with" before a capitalised name, in English, French and
// German ("Par Jean Dupont, avec Marie Curie", "Von Hans Müller mit Anna
// Schmidt"). An agency after it is cut before (cutAgencyCredit).
var reWithName = regexp.MustCompile(`\s+(?:with|avec|mit)\s+(\p{Lu})`)

// reInPlaceAnd is the place of the first of two writers that a byline
// gives each of them: "By Jane Doe in Washington and John Roe in London".
// The "and" and the second name, which a place follows too, are
// captured; a section's name joined with "and" ("in Arts and Culture") is
// followed by none.
var reInPlaceAnd = regexp.MustCompile(`\s+in\s+\p{Lu}[\pL.'’-]*(?:\s+\p{Lu}[\pL.'’-]*){0,2}(\s+(?:and|&)\s+\p{Lu}[\pL.'’-]*\s+\p{Lu}[\pL.'’-]*\s+in\s)`)

// reEnName is Dutch "en" (and) before a capitalised name.
var reEnName = regexp.MustCompile(`\s+en\s+(\p{Lu})`)

// joinCoAuthors writes a comma for the words that join a co-author in
// s, a byline after its label ("By", "Par", "Door"): "By Dieter Hogen
// with Uta Pippig", "Par Jean Dupont, avec Marie Curie" (reWithName);
// outside a labelled byline "with" joins the words of a title
// ("Pan-Fried Polenta with Chickpea Stew"), and after an interview's
// label it names the one interviewed, who is cut ("Interview by Jane Doe
// with John Roe", "Entretien réalisé par Jean Dupont avec Marie Curie").
// After Dutch
// "Door" (by), "en" joins two names ("Door Jan Jansen en Piet Bakker");
// elsewhere it is Spanish "in" ("Juan Pérez en Madrid"), which
// reAuthorSplit leaves alone.
func joinCoAuthors(label, s string) string {
	if strings.Contains(s, " with ") || strings.Contains(s, " avec ") || strings.Contains(s, " mit ") {
		if hasFoldASCII(label, "interview") || hasFoldASCII(label, "entretien") {
			if loc := reWithName.FindStringIndex(s); loc != nil {
				s = s[:loc[0]]
			}
		} else {
			s = reWithName.ReplaceAllString(s, ", $1")
		}
	}
	if strings.Contains(s, " en ") && strings.HasSuffix(asciiLower(strings.TrimRight(label, " :")), "door") {
		s = reEnName.ReplaceAllString(s, ", $1")
	}
	return repeatedByLabel(label, s)
}

// repeatedByLabel writes a comma for the byline's own label repeated
// before each further name: "By Jane Doe By John Roe", the text of
// writers' byline elements side by side, each opening with "By". Only
// the very word that opened the byline, between names of two to four
// capitalised words, counts: "Jane Doe By John Roe" alone, with no "By"
// before it, is a kicker over a byline.
func repeatedByLabel(label, s string) string {
	w := strings.TrimSpace(label)
	if w != "By" && w != "BY" && w != "by" {
		return s
	}
	parts := strings.Split(s, " "+w+" ")
	if len(parts) < 2 || len(parts) > 4 {
		return s
	}
	for _, p := range parts {
		if !capitalisedWords(p, 2, 4) {
			return s
		}
	}
	return strings.Join(parts, ", ")
}

// byVerbs are the words a byline sets before its "by": "Written by",
// "Guest post by" (and a guest's column, essay, commentary, opinion,
// op-ed, article or blog: "Guest column by"; "Op-ed by"), "Interview by", "Compiled by",
// "Writing by" (Reuters credits the writer after the reporters so),
// "Authored by", "Blog post by", "Contributed by", "Post by" (a blog's),
// "Report by"; "Words and photos by", "Story and photographs by": the
// writer took the pictures too.
const byVerbs = `(?:words|story|text)\s+(?:and|&)\s+(?:photos|photographs|pictures)|written|posted|started|reported|reporting|writing|submitted|story|words|text|article|guest\s+(?:post|column|essay|commentary|opinion|op-?ed|article|blog)|blog\s+post|post|report|interview|opinion|op-?ed|analysis|commentary|compiled|essay|column|review|authored|contributed`

// foreignByVerbs are the words that other languages' bylines set before
// their "by" (reByPrefix), as byVerbs are English's: German "Erstellt
// von", "Geschrieben von", "Verfasst von", "Veröffentlicht von", an
// author page's "Alles von" and "Mehr von"; French "Écrit par", "Rédigé
// par", "Publié par", "Recueilli par" (an interview's); Spanish,
// Portuguese and Italian "Escrito por", "Publicado por", "Scritto da".
const foreignByVerbs = `erstellt|geschrieben|verfasst|veröffentlicht|publiziert|eingestellt|gepostet|alles|mehr|écrit|rédigé|publié|posté|(?:propos\s+)?recueillis?|escrito|publicado|postado|redactado|scritto|pubblicato|geplaatst|` + textWords

// moreAuthorLabels are the labels of a byline, before their colon, in the
// languages that have no "by" reByPrefix knows: Finnish "Teksti:" and
// "Kirjoittaja:", Hungarian "Szerző:", the South Slavic "Piše:" and
// "Пише:" (writes), Polish "Opracowanie:" (prepared by) and "Napisał:"
// (wrote), Turkish "Yazan:", "Hazırlayan:" (prepared by) and "Derleyen:"
// (compiled by), Swedish "Skribent:", the Czech plural
// "Autoři:" (authors); and "Author:" in
// Azerbaijani and Uzbek ("Müəllif:", "Muallif:"), Georgian ("ავტორი:"),
// Gujarati ("લેખક:") and Armenian, which writes its own colon-like
// comma after it ("Հեղինակ՝ Արամ Պետրոսյան").
const moreAuthorLabels = `teksti|kirjoittaja|szerző|piše|пише|opracowanie|napisała?|yazan|hazırlayan|derleyen|skribent|autoři|müəllif|muallif|ავტორი|લેખક|հեղինակ`

// textWords are "text" in the languages whose bylines credit the words
// apart from the pictures, as English's "Text: Jane Doe, Photos: John
// Roe": Spanish and Portuguese "Texto:", French "Texte :", Italian
// "Testo di", Dutch and Polish "Tekst:" (German and Romanian write
// English's "Text").
const textWords = `texto|texte|testo|tekst`

// textOfWords are the credits of the text, or of the report or article,
// with the "of" before the name in Spanish, Portuguese, French and
// Italian, where "de" and "di" alone are no "by": "Texto de Juan Pérez",
// "Texte de Jean Dupont", "Reportagem de João Silva", "Testo di Mario
// Rossi", "Articolo di Mario Rossi".
const textOfWords = `(?:text|texto|texte|testo|reportagem|reportaje|article|artículo|artigo|articolo)\s+(?:de|di|da|do)`

// rePhotoCredit starts the credit for the pictures that a byline runs on
// into: "By Jane Doe | Photos by John Roe", "Text: Jane Doe, Photos: John
// Roe", "Words by Jane Doe, photographs by John Roe", and in the other
// languages that credit them so: "Texto: Juan Pérez / Fotos: María
// López", "Texte : Jean Dupont. Photos : Marie Durand", "Testo di Mario
// Rossi, foto di Giulia Bianchi", "Tekst: Jan Kowalski, zdjęcia: Anna
// Nowak", "Text: Hans Müller, Bilder: Anna Schmidt", and Vietnamese
// "Ảnh:", Arabic "تصوير:", Persian "عکس:"; the illustrations' in Spanish,
// Portuguese and Italian ("Ilustración: Luis Pérez").
var rePhotoCredit = regexp.MustCompile(`(?i)[\s,،;|•·/.]+(?:photos?|photographs?|photography|pictures?|images?|illustrations?|ilustraci(?:ón|ones)|ilustraç(?:ão|ões)|illustrazion[ei]|videos?|фото|fotos?|fotograf(?:ías?|ias?|ie|ia)|foto's|bilder|zdjęcia|zdjęcie|fotoğraf(?:lar)?|ảnh|تصوير|عکس)\s*(?:(?:by|de|di|von|par|door)\b|:)`)

// photoCredit is rePhotoCredit.FindStringIndex(s), asked only of a text
// that may hold a match.
func photoCredit(s string) []int {
	if !mayHoldPhotoCredit(s) {
		return nil
	}
	return rePhotoCredit.FindStringIndex(s)
}

// rePhotoLead opens a byline with the credit for the pictures, and
// reWriterAfterPhotos is the credit for the words after it: "Photos by
// John Roe. Story by Jane Doe", "Photo: John Roe | Text: Jane Doe".
var (
	rePhotoLead         = regexp.MustCompile(`(?i)^(?:photos?|photographs?|photography|pictures?|images?|illustrations?)\s*(?:by\b|:)`)
	reWriterAfterPhotos = regexp.MustCompile(`(?i)[.,;|•·/]\s*((?:(?:story|words|text|written|reporting|reported|article)\s+)?by\s|(?:story|words|text)\s*:)`)
)

// writerAfterPhotos is where the writer's credit starts in s, a byline
// that opens with the credit for the pictures, or 0.
func writerAfterPhotos(s string) int {
	if !hasFoldPrefix(s, "photo") && !hasFoldPrefix(s, "pictur") && !hasFoldPrefix(s, "imag") && !hasFoldPrefix(s, "illu") {
		return 0
	}
	if !rePhotoLead.MatchString(s) {
		return 0
	}
	if loc := reWriterAfterPhotos.FindStringSubmatchIndex(s); loc != nil {
		return loc[2]
	}
	return 0
}

// reQuotedNickname is a nickname in double quotes after a capitalised
// word ("Jane \"JD\" Doe", "Dwayne “The Rock” Johnson", "Hans „Hansi“
// Müller", "Jean « Jeannot » Dupont").
var reQuotedNickname = regexp.MustCompile(`(\p{Lu}[\pL.'’-]*)\s+(?:"[^"]{1,24}"|“[^”]{1,24}”|„[^“”]{1,24}[“”]|«[^»]{1,24}»)\s+`)

// reOfPaper is the paper or the project after a writer's full name: "By
// Jane Doe of The Times", "By Jane Doe of the Associated Press". After a
// lower-case "the" the name has two words or more: "Get Rid of the Fed"
// is a commenter's handle.
var reOfPaper = regexp.MustCompile(`\s+of\s+(?:The\s+\p{Lu}|the\s+\p{Lu}[\pL.'’&-]*\s+\p{Lu}|\p{Lu}).*$`)

// reLocativePlace is a place of up to three capitalised words that ends a
// byline after a locative of Italian ("a Roma"), Portuguese ("em Lisboa",
// "a partir de Lisboa", "desde Lisboa"), Spanish ("en Madrid", "desde
// Madrid") or French ("à Paris", "depuis Paris"). "da" and "de" are not
// among them: names hold them ("Maria da Silva", "Leonardo da Vinci").
var reLocativePlace = regexp.MustCompile(`\s+(?:a|à|em|en|desde|depuis|a\s+partir\s+de)\s+\p{Lu}[\pL.'’-]*(?:\s+\p{Lu}[\pL.'’-]*){0,2}$`)

// romanceBy reports whether prefix, a byline's opening words (byPrefix),
// ends with Italian, Spanish, Portuguese or French "by": "di", "por",
// "par", "de" ("Texto de", "Escrito por").
func romanceBy(prefix string) bool {
	f := strings.Fields(strings.ToLower(prefix))
	if len(f) == 0 {
		return false
	}
	switch strings.TrimRight(f[len(f)-1], ":") {
	case "di", "por", "par", "de":
		return true
	}
	return false
}

// mayHoldLocative reports whether s holds one of reLocativePlace's
// locatives as a word: most bylines hold none, and skip the regexp.
func mayHoldLocative(s string) bool {
	return strings.Contains(s, " a ") || strings.Contains(s, " à ") || strings.Contains(s, " em ") ||
		strings.Contains(s, " en ") || strings.Contains(s, " desde ") || strings.Contains(s, " depuis ")
}

// reAtPlace is where a byline's writer works, after "at" as after "of":
// "By Jane Doe at Google", "By Jane Doe at The Conversation", and the
// date the byline runs on into, which the date rules read: "Posted by
// Jane Doe at October 29, 2012 05:10 PM" under a Movable Type post.
var reAtPlace = regexp.MustCompile(`\s+at\s+(?:The\s+)?\p{Lu}.*$`)

// reCommentsLink is the text of the link to a post's comments closing
// a byline's line: "Comments", "No Comments", "3 Comments", "Comments
// (3)", "Leave a Comment", "Leave a reply", in the languages whose words
// commentKeys holds.
var reCommentsLink = regexp.MustCompile(`(?i)\s+(?:(?:(?:no|one|\d+)\s+)?(?:comments?|kommentare?|commentaires?|commenti)(?:\s*[(\[]\s*\d+\s*[)\]])?|leave\s+a\s+(?:comment|reply)|add\s+(?:a\s+)?comment|post\s+a\s+comment)\s*$`)

// reGluedDigits is a number glued to the last word of a name: "John
// Doe123".
var reGluedDigits = regexp.MustCompile(`(\pL)\d+\s*$`)

// reForPaper is the paper a byline names its writer for: "By Jane Doe for
// The Guardian", and as the Daily Mail capitalises it, "By Jane Doe For
// Daily Mail Australia", "By Jane Doe For Mailonline".
var reForPaper = regexp.MustCompile(`\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}.*$`)

// scriptLabels are the labels that the author elements of scripts other
// than Latin set before the name with no colon, as WordPress themes
// translate "by %s" and "Author": Russian and Ukrainian "Автор",
// "Авторы", "Опубликовано", "Опубліковано" (published), "Подготовила",
// "Материал подготовил", "Підготувала" (prepared by); Arabic "بواسطة"
// (by), "مرسلة بواسطة" (posted by, Blogger's), "الكاتب", "الكاتبة" (the
// writer), "كتبه", "كتبها" (wrote it); Persian "توسط", "ارسال شده توسط"
// (posted by), "نوشته" (written by), "نویسنده" (author); Hindi "द्वारा"
// (by), "द्वारा पोस्ट किया गया" (posted by, Blogger's), "लेखक" (author);
// Blogger's "Posted by" in Japanese, Korean and Chinese ("投稿者",
// "게시자", "发布者"); Korean "글" (text by) before the name. Unlike scriptBy
// they open no byline: a paragraph may start with them.
const scriptLabels = `автор|авторы|(?:материал\s+)?подготовила?|(?:матеріал\s+)?підготува(?:в|ла)|опубликовано|опубліковано|(?:مرسلة\s+)?بواسطة|الكاتبة?|كتبها|كتبه|ارسال\s+شده\s+توسط|توسط|نوشته|نویسنده|द्वारा(?:\s+पोस्ट\s+किया\s+गया)?|लेखक|投稿者|게시자|发布者|글`

// scriptBy is "by" in the bylines of scripts other than Latin: Arabic
// "بقلم" (by the pen of; Persian "به قلم") and "كتب", "كتبت" (wrote), Hebrew "מאת", Greek
// "Του", "Της" (of, before the name in the genitive) and "Γράφει ο", "Γράφει
// η" (writes), Thai "โดย".
const scriptBy = `بقلم|به\s+قلم|كتبت?|מאת|Του|Της|Γράφει\s+(?:ο|η)|โดย`

// cjkAuthorElementLabels are the labels an author element sets before its
// name with a full-width colon in Japanese ("執筆者", writer; "著者",
// author; "筆者"; web media's "ライター", writer) and Chinese ("发布者", poster, a blog's or a portal's
// author element), the name all that follows. (An info line's labels,
// "作者：张三 提交日期：…", are read as labels before.)
var cjkAuthorElementLabels = setOf("執筆者", "著者", "筆者", "ライター", "发布者", "發佈者")

// reDatelineBy is a news dateline before a byline on its line: a place in
// capitals, with a state or country after a comma and the wire in
// brackets, and a dash, "WASHINGTON (AP) — By Jane Doe"; group 1 is the
// byline.
var reDatelineBy = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ ]*(?:, \p{Lu}[\pL.]*(?: \p{Lu}[\pL.]*)*)?(?: ?\(\pL[\pL ]*\))? ?(?:—|–|--?) ?((?:By|BY|by) .*)$`)

// asToldTo is where "as told to" starts in s after a space, or -1.
func asToldTo(s string) int {
	if !hasFoldASCII(s, " told to ") {
		return -1
	}
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' && hasFoldPrefix(s[i:], "as told to ") {
			return i
		}
	}
	return -1
}

// reDigitWord is a word that starts with a digit, with the separators and
// a month name before it ("December 8").
var reDigitWord = regexp.MustCompile(`(?i)(?:\s+\b` + monthRe + `\b\.?)?[\s,;:\-–—]+\d`)

// monthAbbrevs are the English months' abbreviations with their full
// stop (AP's "Sept.", others' "Sep."); the months with short names are
// written out in AP style, and "May", "June" are names.
var monthAbbrevs = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// cutMonthAbbrev cuts an abbreviated month from the end of s, "Jane Doe
// Sept." when a name of two words or more stays before it.
func cutMonthAbbrev(s string) string {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 || !monthAbbrevs[lowerASCII(s[i+1:len(s)-1])] {
		return s
	}
	head := strings.TrimRight(s[:i], " ,")
	if strings.IndexByte(head, ' ') < 0 {
		return s
	}
	return head
}

// splitAuthors turns a byline into one clean name per entry: "By A, B and C"
// gives three names; roles, e-mail addresses, dates and "By" are removed.
func splitAuthors(s string) []string {
	s = normSpace(plainName(s))
	if s == "" || len(s) > 400 {
		return nil
	}
	// "Автор,", "نویسنده،": a byline's label alone, before the element
	// that holds the name (the BBC World Service's visually hidden
	// "Author," in each of its languages), names no one, as "Author"
	// does not.
	if len(s) <= 40 && bylineLabelAlone(strings.TrimRight(s, " ,،:：")) {
		return nil
	}
	if startedSentence(s) || byForSlogan(s) {
		return nil
	}
	if s = dropDeskCredits(cutKindKicker(creditInBrackets(s))); s == "" {
		return nil
	}
	// "Nguyễn Văn An - Trần Thị Bình": Vietnamese sites join co-authors
	// with a spaced dash, which sets a place or a paper after a name
	// elsewhere (cutPaperAfterDash).
	// "Jane Doe - John Roe": an author <meta> or a byline that joins two
	// writers' full names so (dashedNames); a tagline, a paper or a
	// place after the dash opens with no given name.
	for _, d := range []string{" - ", " – "} {
		if head, tail, ok := strings.Cut(s, d); ok && vietnameseNames(head, tail) {
			s = head + ", " + tail
		} else if ok && dashedNames(s, d) {
			s = strings.ReplaceAll(s, d, ", ")
		}
	}
	// "By John Roe, as told to Jane Doe": the one who tells is the
	// essay's subject; the one it was told to wrote it.
	if i := asToldTo(s); i > 0 {
		s = s[i:]
	}
	// "Photos by John Roe. Story by Jane Doe": the credit for the
	// pictures set first; the writer's follows it.
	if i := writerAfterPhotos(s); i > 0 {
		s = s[i:]
	}
	if mayJoinNames(s) && byPrefix(s) == nil {
		// "Jane Doe is a reporter covering transport and infrastructure":
		// a biography's "and" joins no names; its opening name is the
		// writer's. After "By" the words are a sentence's ("Three
		// Worlds by M.C. Escher has many elements: trees, leaves, and
		// water").
		s = bioOpening(s)
	}
	// "Updated January 08, 2026 Written by Meghan Neville": the byline
	// proper starts at its label. The guards before the regexps here name
	// what each of their matches holds: most bylines hold none of it.
	by := hasFoldASCII(s, "by")
	if by {
		// "WASHINGTON (AP) — By Jane Doe": the dateline the story opens
		// with, set on the byline's line before it.
		// The dash guards the regexp: most bylines have none.
		if holdsAnyRune(s, "—–-") {
			if loc := reDatelineBy.FindStringSubmatchIndex(s); loc != nil {
				s = s[loc[2]:]
			}
		}
		// "Posted in Politics, World by Jane Doe": WordPress themes' meta
		// line names the post's categories, then its author.
		if hasFoldPrefix(s, "posted in ") {
			if i := strings.LastIndex(s, " by "); i > 0 {
				s = s[i+1:]
			}
		}
		if loc := reWrittenBy.FindStringIndex(s); loc != nil && loc[0] > 0 {
			if head, ok := bylineBeforeAdditional(s[:loc[0]]); ok {
				if head == "" {
					return nil // "Additional reporting by": not the byline's author
				}
				s = head // "By Jane Doe, with additional reporting by John Roe"
			} else if opensQuote(s[:loc[0]]) {
				// "Why do my posts say “Posted by Cloud Campaign”?": the
				// words quote a credit that other posts show.
				return nil
			} else {
				s = s[loc[0]:]
			}
		}
	}
	// "By Jane Doe. Story by John Roe", "By Jane Doe. Words and photos
	// by John Roe": a second credit for the words names a second writer.
	s = joinWriterCredit(s)
	// "By Jane Doe. Produced by John Roe", "By Jane Doe and John Roe;
	// Graphics by Mary Major", "Reporting by Jane Doe; additional
	// reporting by John Roe; Editing by Mary Major": a further credit
	// after the writers', for work other than the writing, names no
	// author.
	s = cutOtherCredit(s)
	// "द्वारा राहुल शर्मा, संपादित: अमित कुमार", "Por Ana Pérez, Edición:
	// Juan Roe": the editor's labelled credit after the writer's.
	if holdsAnyRune(s, ":：") {
		if head := beforeEditorLabel(s); head != "" {
			s = head
		}
	}
	// "By Jane Doe Medically reviewed by Dr. Ann Lee": the reviewer is
	// not an author, and a credit that starts with one names no author.
	if loc := notAuthorRole(s, by); loc != nil {
		if loc[0] == 0 {
			return nil
		}
		head := strings.TrimRight(s[:loc[0]], " ")
		// "Written by Jane Doe and fact checked by John Roe", "… &
		// reviewed by …": the word that joined the two credits is
		// neither's.
		head = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(head, " and"), " &"), " ,;")
		if !roleByEnds(s[:loc[1]]) && strings.HasSuffix(head, "(") {
			// "Mycle (Editor-in-Chief)": the role is the name's own, and
			// the name is an editor's.
			return nil
		}
		s = head
	}
	// "Von Hans Müller mit dpa": the agencies drawn on are no authors.
	if s = cutAgencyCredit(s); s == "" {
		return nil
	}
	if inCapitals(s) {
		s = lowerCapsConjunctions(s)
	}
	// "Press Release by Acme Corp", "News release from Acme Corp": the
	// release names no writer (pressReleaseRe), the body that issued it
	// stands as its author.
	if hasFoldPrefix(s, "press release") || hasFoldPrefix(s, "news release") {
		if m := reReleaseBy.FindStringSubmatch(s); m != nil {
			s = m[1]
		}
	}
	// "From The Associated Press", "From Reuters": a wire story's credit
	// on a paper's site.
	if hasFoldPrefix(s, "from ") && isAgency(s[len("from "):]) {
		s = s[len("from "):]
	}
	if loc := byPrefix(s); loc != nil {
		prefix := s[:loc[1]]
		s = s[loc[1]:]
		if prepositionThenWord(prefix, s) {
			return nil // "Por favor", "Par exemple": no byline
		}
		if staffByline(s) {
			return []string{s} // "By Staff Writer": the paper's own credit, as "Tribune Staff" is
		}
		s = joinCoAuthors(prefix, s)
		// "By Jane Doe - John Roe": two writers, as in an author <meta>.
		for _, d := range []string{" - ", " – "} {
			if strings.Contains(s, d) && dashedNames(s, d) {
				s = strings.ReplaceAll(s, d, ", ")
			}
		}
		if strings.Contains(s, " for ") || strings.Contains(s, " For ") {
			s = reForPaper.ReplaceAllString(s, "")
		}
		for _, re := range []*regexp.Regexp{reOfPaper, reAtPlace} {
			if loc := re.FindStringIndex(s); loc != nil && len(strings.Fields(s[:loc[0]])) >= 2 && !strings.Contains(s[:loc[0]], ",") && !strings.HasPrefix(s, "the ") && !officeOfPaper(strings.Fields(s)) {
				// "Guest post by Jen Goode of Projects for Preschoolers",
				// "By Jane Doe at Google"; but "Mayank Gupta, CEO of
				// CaseBasix" is a job title's "of", and "the Department of
				// Health" an organisation written out, and "The Editors of
				// Example Weekly" the paper's office (officeOfPaper).
				s = s[:loc[0]]
			}
		}
		// "By Jane Doe and John Roe in World": the section, or the
		// place, after a byline's names. (Cut from each name, it left
		// the second of two categories: "in Good Science, Low-Carb
		// Experts".)
		if strings.Contains(s, " in ") {
			s = reInPlaceAnd.ReplaceAllString(s, "$1")
			s = reInCategory.ReplaceAllString(s, "")
		}
		// "di Maria Rossi a Roma", "Por Maria Silva em Lisboa", "Par
		// Marie Dupont à Paris": the place the writer files from, after
		// a Romance language's locative, as after English "in"; only
		// after a Romance byline's word: after English "By", "a" is an
		// article ("By Jane Doe Leave a Comment"), after Dutch "Door",
		// "en" joins two names.
		if mayHoldLocative(s) && romanceBy(prefix) {
			if loc := reLocativePlace.FindStringIndex(s); loc != nil && len(strings.Fields(s[:loc[0]])) >= 2 && !strings.Contains(s[:loc[0]], ",") {
				s = s[:loc[0]]
			}
		}
	}
	if strings.IndexByte(s, '@') >= 0 {
		s = reEmail.ReplaceAllString(s, "")
		// "By Jane Doe @janedoe": the writer's handle after the name is
		// a link to an account, not part of the name ("Engineer @ Acme"
		// is a job at a company).
		s = reHandleAfter.ReplaceAllString(s, "$1")
	}
	if loc := photoCredit(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	s = cutContributedSentence(s)
	s = cutPaperAfterDash(s)
	s = cutDateLabelAfterDash(s)
	s = cutArabicPlace(s) // "بيروت - أحمد محمود"
	// "Jane \"JD\" Doe": a nickname in quotes between a given name and a
	// family name is not part of the name a byline credits.
	if holdsAnyRune(s, "\"“„«") {
		s = reQuotedNickname.ReplaceAllString(s, "$1 ")
	}
	if cjkPictureCredit(s) {
		return nil // "图/张三": who took the pictures, not who wrote
	}
	// "文/张三 图/李四", "取材・文／山田太郎 写真／鈴木花子": a credit of
	// the text and the pictures in a byline's element names the writer
	// as it does on a line of its own; its slashes join no co-authors.
	if names := cjkTextCreditNames(s); names != nil {
		return names
	}
	s = cjkCreditText(s) // "本报记者 张三", "张三（江城日报记者）"
	s = cutCJKDesk(s)    // "東都新聞社会部 山田太郎"
	// "赵 培：北京物资学院": an affiliation after a full-width colon; a
	// two-character name set with a space between its characters.
	if i := strings.Index(s, "："); i > 0 {
		if rest := s[i+len("："):]; (cjkAuthorElementLabels[s[:i]] || cjkTextLabels[s[:i]] && (jaNewsroom(rest) || cjkNewsroom(rest))) && !strings.Contains(rest, "：") {
			s = s[i+len("："):] // "執筆者：山田太郎", "发布者：张三": the label, then the name
		} else {
			s = s[:i]
		}
	}
	if reSpacedHan.MatchString(s) {
		s = strings.Join(strings.Fields(s), "")
	}
	s = cutKoreanWireDateline(s) // "[서울=뉴시스]홍길동 기자 ="
	// "[Reuters] Jane Doe", "【新华社】张伟": the outlet before the name.
	if s = cutBracketedOutlet(s); s == "" {
		return nil
	}
	s = cutKoreanTextCredit(s) // "글·사진 홍길동", "글=홍길동 기자"
	// "김철수·이영희 기자": Korean bylines join names with a middle dot.
	if strings.Contains(s, "·") && reHangulDot.MatchString(s) {
		s = reHangulDot.ReplaceAllString(s, "$1, $2")
	}
	// A date or other metadata after a separator is not part of the name.
	if i := metaSepIndex(s); i > 0 {
		s = s[:i]
	}
	// "By Jane Doe No Comments", "posted by Joe Comments (3)": the link
	// to the comments that a meta line sets after the name.
	if mayOpenComments(s) {
		if loc := reCommentsLink.FindStringIndex(s); loc != nil && loc[0] > 0 {
			s = s[:loc[0]]
		}
	}
	// The date expressions below and reDigitWord all need a digit; most
	// names have none, and s only shrinks.
	digits := strings.ContainsAny(s, "0123456789")
	dated := s // before its date is cut: its labels count before the date (cutDateLabelEnd)
	if digits {
		// "Par Jean Dupont Lecture 5 min.": the reading time after the
		// name, its label a word that reDigitWord would leave.
		s = cutReadingTime(s)
		// "Posted by 张三 at 2005-3-11 12:12": the preposition goes with
		// the date.
		if loc := reAtDate.FindStringIndex(s); loc != nil && loc[0] > 0 {
			s = s[:loc[0]]
		}
		s = cutDates(s)
	}
	if loc := onDate(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	// "Justine Coleman - 11/18/19 11:04 PM EST": no name holds a word
	// that starts with a digit; what follows the first one is metadata.
	if digits {
		if loc := reDigitWord.FindStringIndex(s); loc != nil && loc[0] > 0 && !levelledCredential(s) {
			s = cutBeforeDate(s, loc[0])
		}
		// "John Doe123": an account's number glued to a full name.
		if m := reGluedDigits.FindStringSubmatchIndex(s); m != nil && capitalisedWords(s[:m[3]], 2, 3) {
			s = s[:m[3]]
		}
		// "Por João Silva — São Paulo 15/03/2024 10h30": the place the
		// writer files from stood before the date; the date cut, it ends
		// the byline after its dash as it does with no date.
		s = cutPaperAfterDash(strings.TrimSpace(s))
	}
	// "By Jane Doe Sept.": an abbreviated month after the name, its day
	// set in another element or left out; no name ends in one.
	if strings.HasSuffix(s, ".") {
		s = cutMonthAbbrev(s)
	}
	// "علی رضایی - ۱۴۰۳/۰۱/۱۵", "أحمد علي ١٦ مايو ٢٠٢٤": a date in
	// Persian or Arabic-Indic digits after the name.
	if i := easternDigitWord(s); i > 0 {
		s = strings.TrimRight(s[:i], " -–—,|:/")
		digits = true
	}
	if digits {
		// "Анна Иванова Опубликовано: 04.03.2024", "דנה כהן פורסם:
		// 04.03.24": the date's label, in the page's language, that
		// stood between the name and the date cut.
		s = cutDateLabelEnd(s, dated)
	}
	// "… Lead Reviewer Updated": the label that followed, its date cut.
	if mayHoldAuthorNoise(s) {
		s = reAuthorNoise.ReplaceAllString(s, "")
	}
	s = cutPlaceRoleBracket(s)
	if t := strings.TrimSpace(s); strings.IndexByte(t, ',') > 0 && surnameFirst(t) {
		last, first, _ := strings.Cut(t, ",")
		return []string{turnRound(last, first)} // "Kaufman, Jeff T." is Jeff T. Kaufman
	}
	if strings.Contains(s, " و") {
		s = spaceArabicAnd(s)
	}
	s = joinHanAnd(s)   // "张三 和 李四", "张三、李四与王五"
	s = joinCzechAnd(s) // "Jan Novák a Petr Svoboda"
	var parts, seps []string
	if reCJKSpaces.MatchString(strings.TrimSpace(s)) {
		parts = strings.Fields(s)
	} else if mayJoinNames(s) {
		parts, seps = splitAt(s, reAuthorSplit.FindAllStringIndex(s, -1))
	} else {
		parts = []string{s} // what Split gives when nothing matches
	}
	var out []string
	// role: the part before was a job title after a name; the parts that
	// follow it after a comma are where the job is ("Krishna Bharat,
	// Founder, Google News"), until an "and" or a semicolon starts the
	// next name.
	role := false
	for i, p := range parts {
		comma := i > 0 && i-1 < len(seps) && strings.TrimSpace(seps[i-1]) == ","
		if role && comma {
			continue
		}
		if i > 0 && i == len(parts)-1 && i-1 < len(seps) && endsWithJobTitle(parts[i-1]) && bareAnd(seps[i-1]) && !startsWithGivenName(p) && len(strings.Fields(p)) <= 4 {
			// "Jane Doe, Executive Editor and Master Gardener", "Jane Doe
			// Executive Editor and Master Gardener": an "and" with no
			// comma before it, right after a job title, joins a second
			// title to it that ends the byline. A co-writer's name after
			// a title opens with a given name ("Jane Doe, Editor and John
			// Roe"), or her own title follows it ("Priya Patel, Senior
			// Editor and Wei Zhang, Staff Writer").
			continue
		}
		role = false
		if i > 0 && i-1 < len(seps) && bareAnd(seps[i-1]) {
			// "By Jane Doe and staff photographer John Roe", "Por María
			// López y el fotógrafo Juan Pérez": the co-writer's role
			// before her name is not part of it, and a photographer is
			// no author.
			if name, pictures, ok := roleBeforeName(p); ok {
				if pictures {
					continue
				}
				p = name
			}
		}
		if i == 0 && len(parts) > 1 && len(p) <= 40 && bylineLabelAlone(strings.TrimSpace(p)) {
			continue // "نویسنده, علی رضایی": the label, then the name
		}
		if i == 0 && leadingWire(parts) {
			continue // "AP and Jane Doe", as "Jane Doe and AP"
		}
		if i > 0 && wireCredit(p) && len(out) > 0 && !slices.ContainsFunc(out, notWireCredit) {
			// "By AP and Reuters", "By AFP, Reuters": agencies that
			// follow one another sign the story together, as one
			// agency alone does.
			out = append(out, cleanName(p))
			continue
		}
		if i > 0 && (isJobAcronym(p) || isNewsOrgInitials(p) || isAgency(p) || reportsCredit(p)) {
			role = isJobAcronym(p)
			continue // "CEO", "AP", "The Associated Press" after a name
		}
		if len(parts) > 1 && indonesianRolePart(p) {
			// "Kontributor Bandung, Budi Santoso", "Wartawan
			// Tribunnews, Budi Santoso": the writer's role and where,
			// before or after the name, in Indonesian credits.
			continue
		}
		if i > 0 && mayBeRoleAtOrg(p) && reRoleAtOrg.MatchString(p) {
			// "Jane Doe, Head of Marketing at Acme": a job at a company
			// after the name; no name holds "at".
			continue
		}
		if !comma {
			p = cutStaffLine(p) // "By Jane Doe and John Roe" + "Staff writers"
		}
		if f := strings.Fields(p); i > 0 && len(f) >= 3 && reRoleOnly.MatchString(strings.Join(f[len(f)-2:], " ")) {
			// "Jane Doe, The Daily Star Staff Writer": a role at the
			// paper the name writes for. After "and" a name in capitals
			// opens it, the role the writers share closing the byline
			// ("By JANE DOE and JOHN ROE AP Business Writers").
			name := cutAfterShoutedName(p)
			if comma || name == p {
				continue
			}
			p = name
		}
		if comma && len(out) > 0 && i == len(parts)-1 && placeAfterComma(p) {
			continue // "By Jane Doe, New York": where she files from
		}
		if comma && len(out) > 0 && paperAfterName(p) {
			continue // "Tom Gara, The Wall Street Journal"
		}
		if f := strings.Fields(p); comma && len(out) > 0 && len(f) >= 2 && strings.EqualFold(f[len(f)-1], "staff") {
			continue // "Jane Doe and John Roe, Tribune staff": their role
		}
		if f := strings.Fields(p); comma && len(out) > 0 && len(f) >= 1 && collectiveWords[strings.ToLower(f[0])] {
			// "Anna Schmidt, Redaktion Politik", "Jane Doe, Newsroom": the
			// desk the writer works at.
			continue
		}
		if comma && len(out) > 0 && lowerOpened(p) && !lowerOpened(out[0]) {
			// "Par Jean Dupont, envoyé spécial à Kiev", "Por Juan Pérez,
			// corresponsal en Bruselas", "Por João Silva, da Folha": after
			// a capitalised name, a part that opens in lower case is the
			// writer's role or paper, in any language; no co-author's name
			// is written so.
			role = true
			continue
		}
		if i > 0 && isCredential(p) {
			// "Jillian Kubala, MS, RD": the post-nominals stay with the
			// name they qualify, as the byline writes them.
			if len(out) > 0 {
				out[len(out)-1] += ", " + credentialText(p)
			}
			continue
		}
		if comma && len(out) > 0 && roleAfterComma(p) {
			// "Tarun Jain, AdWords Product Manager", "Obi Felten,
			// Director of Consumer Marketing, Google EMEA": a job title
			// after the name, and where the job is after it.
			role = true
			continue
		}
		if f := strings.Fields(p); i > 0 && len(f) >= 1 && len(f) <= 4 && jobTitleEnds[strings.ToLower(f[len(f)-1])] &&
			(roleWords[strings.ToLower(f[0])] || isNewsOrgInitials(f[0]) || len(f) <= 3 && cutGluedRole(p) == p) {
			// "Chief Architect", "Lead Reviewer", "Digital Security Expert",
			// a role at an agency ("AP Auto Writer")
			// after "Jane Doe,", "Certified Pediatric Sleep Consultant" after
			// "Cara Dumaplin, RN,"; but "Zackery Cuevas Writer" is a name.
			role = true
			continue
		}
		if comma && len(out) > 0 && i == len(parts)-1 && shoutedName(p) && !shoutedName(out[0]) {
			// "By Jane Doe, USA TODAY", "Por Juan Pérez, EL PAÍS": the
			// paper, set in capitals after a name that is not, closing
			// the byline; a byline written all in capitals is read as
			// names throughout.
			continue
		}
		if strings.HasSuffix(p, ")") {
			// "Von Hans Müller (Text) und Eva Schmidt (Fotos)": each
			// name's part in brackets; the photographer is no author.
			name, pictures := bracketedCredit(p)
			if pictures {
				continue
			}
			p = name
		}
		p = cutAfterShoutedName(cleanName(cutAgency(p)))
		if p == "" {
			continue
		}
		dup := false
		for _, o := range out {
			if strings.EqualFold(o, p) {
				dup = true
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return dropCJKOrgs(out)
}

// bylineBeforeAdditional reads before, the text of a byline before its
// "reporting by": when it ends with "additional" or "with", the credit is
// of others than the byline's writers, and head is the byline before it
// ("By Jane Doe, with additional reporting by John Roe", "By Jane Doe
// with reporting by John Roe" give "By Jane Doe"), or "" when nothing
// labelled stands there.
func bylineBeforeAdditional(before string) (head string, ok bool) {
	l := asciiLower(before) // byte for byte, so that an index in l is one in before
	switch {
	case strings.HasSuffix(l, "additional "):
		l = l[:len(l)-len("additional ")]
	case strings.HasSuffix(l, " with "):
		l = l[:len(l)-len("with ")]
	default:
		return "", false
	}
	l = strings.TrimRight(l, " ")
	l = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(l, " with"), " and"), " ,;.")
	if byPrefix(before[:len(l)]) == nil {
		return "", true
	}
	return before[:len(l)], true
}

// cutDates cuts the dates of a byline from the name (splitAuthors): a date
// before the name ("Dec 17, 2025 Julian K. Arni") and whatever follows a
// date after it.
func cutDates(s string) string {
	if !hasASCIIYear(s) {
		return s // no date the regexps read, in s or in what is cut from it
	}
	for _, re := range []*regexp.Regexp{reISO, reMDY, reDMY} {
		if loc := re.FindStringIndex(s); loc != nil && loc[0] == 0 && loc[1] < len(s) {
			s = strings.TrimLeft(s[loc[1]:], " ,|•·-–—")
		}
	}
	if loc := reISO.FindStringIndex(s); loc != nil {
		s = cutBeforeDate(s, loc[0])
	}
	for _, re := range []*regexp.Regexp{reMDY, reDMY} {
		if loc := re.FindStringIndex(s); loc != nil && loc[0] > 0 {
			s = cutBeforeDate(s, loc[0])
		}
	}
	return s
}

// reFrenchDate is a date in French: a month's name after the day, or the
// time after "à" ("15 mars 2024", "15/03/2024 à 10h30"), in any case.
var reFrenchDate = regexp.MustCompile(`(?i)^\s*\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|^\s*\S+\s+à\s+\d`)

// cutBeforeDate cuts s where a date starts, at i, with the word of the
// date that opens it (dateWords: a weekday, or a little word of three
// letters or more, "the", "del"): "Jane Doe Thursday 16 May 2024", "أحمد
// محمود الخميس 16 مايو 2024" give the name alone.
func cutBeforeDate(s string, i int) string {
	date := s[i:]
	s = strings.TrimRight(s[:i], " ,|•·-–—")
	j := strings.LastIndexByte(s, ' ')
	if j < 0 {
		return s
	}
	// "Par Jean Dupont le 15 mars 2024 à 10h30": French sets its article
	// before the day of the date. After a full name only, and capitalised
	// only before a French date ("Le 15 mars 2024", "Le 15/03/2024 à
	// 10h30"): "Tran Van Le 15/03/2024" ends in the family name Le.
	// A byline set in capitals writes it "LE" ("PAR JEAN DUPONT LE 3
	// SEPTEMBRE 2024").
	if w := s[j+1:]; (w == "le" || (w == "Le" || w == "LE") && reFrenchDate.MatchString(date)) && len(strings.Fields(s[:j])) >= 2 {
		return strings.TrimRight(s[:j], " ,|•·-–—")
	}
	// "Por Ana Pérez hace 3 horas", "Von Max Muster vor 3 Stunden": the
	// word of a relative date that goes before its number (agoWords), in
	// lower case: capitalised, "Ha" is a given name.
	if w := s[j+1:]; agoBefore[w] && len(strings.Fields(s[:j])) >= 2 {
		return strings.TrimRight(s[:j], " ,|•·-–—")
	}
	if w := strings.ToLower(s[j+1:]); utf8.RuneCountInString(w) < 3 || !dateWords[w] { // dateWords holds weekdays
		return s
	}
	// The weekday, and the preposition before it: "Posted by Jane Doe on
	// Tue, Oct 30, 2012" gives "Posted by Jane Doe".
	s = strings.TrimRight(s[:j], " ,|•·-–—")
	// Lower-cased only: capitalised, they are name particles ("Jean Le").
	if j := strings.LastIndexByte(s, ' '); j >= 0 && (s[j+1:] == "on" || datePrepositions[s[j+1:]]) {
		s = strings.TrimRight(s[:j], " ,")
	}
	return s
}

// bylineLabelAlone reports whether t is a byline's label and nothing
// else, in any language reByPrefix knows: "Автор:", "Yazar", "بواسطة",
// "Diposting oleh" in a text node of its own before the name's link.
func bylineLabelAlone(t string) bool {
	loc := byPrefix(t + " ")
	return loc != nil && loc[1] == len(t)+1
}

// cutDateLabelEnd cuts a publication or update label that ends s, a
// byline whose date dated went on after it: any of the languages' labels
// findLabels knows ("Опубликовано:", "פורסם:", "Yayınlanma:",
// "Δημοσιεύθηκε"), read in dated, where the date follows them. A label
// that opens s is left: nothing before it names anyone.
func cutDateLabelEnd(s, dated string) string {
	t := strings.TrimRight(s, " :：-–—|,·•")
	if t == "" || !strings.HasPrefix(dated, t) {
		return s
	}
	for _, l := range findLabels(dated) {
		// The label ends s, or runs on past it: "Cập nhật", whose
		// "nhật" cutBeforeDate read as Sunday's (chủ nhật).
		if l.start == 0 || l.start >= len(t) || len(strings.TrimRight(dated[:l.end], " :：")) < len(t) {
			continue
		}
		if k := labelKind(l.label); k == "published" || k == "modified" {
			return strings.TrimRight(t[:l.start], " -–—|,·•")
		}
	}
	return s
}

// capsConjunctions are the words for "and" of reAuthorSplit as a byline
// in capitals writes them (English's "AND" is there already), and Dutch
// "EN", which joinCoAuthors reads after "DOOR".
var capsConjunctions = setOf("UND", "ET", "Y", "E", "И", "І", "ТА", "ÉS", "ȘI", "VE", "OCH", "OG", "I", "JA", "EN")

// lowerCapsConjunctions lower-cases the capsConjunctions of s, a byline
// in capitals, that stand between two words or more on each side: "POR
// ANA PÉREZ Y JUAN ROE", "VON MAX MUSTER UND ERIKA ROE" name two
// writers; "JOSÉ ORTEGA Y GASSET" is one family name.
func lowerCapsConjunctions(s string) string {
	f := strings.Fields(s)
	changed := false
	for i := 2; i < len(f)-2; i++ {
		if capsConjunctions[f[i]] {
			f[i] = strings.ToLower(f[i])
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// inCapitals reports whether s, of two words or more, has letters and
// none of them in lower case.
func inCapitals(s string) bool {
	return strings.IndexByte(s, ' ') > 0 && strings.IndexFunc(s, unicode.IsLower) < 0 && strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// agoBefore are the words of agoWords that a relative date sets before
// its number: Spanish "hace", German "vor", Portuguese "há" (or "ha"),
// Romanian "acum", Arabic "منذ".
var agoBefore = setOf("hace", "vor", "há", "ha", "acum", "منذ")

// dropTaglineWords drops the one-word entries that follow a full name:
// "Celeste Longacre, Astrologer", "Zackery Cuevas | Hardware", "Michael
// Ansaldo, TechHive" append a role, a section or a publication, not a
// co-author, who is written out like the first.
func dropTaglineWords(names []string) []string {
	if len(names) < 2 || len(strings.Fields(bareName(names[0]))) < 2 || isCJKName(names[0]) {
		return names
	}
	rest := slices.DeleteFunc(slices.Clone(names[1:]), func(n string) bool {
		return len(strings.Fields(n)) == 1 && !isCJKName(n)
	})
	return append(names[:1:1], rest...)
}

// nameLabelWords are the small words that open a byline before a full
// name as its label: Romanian "de Ion Popescu" (by), Swahili "Na Jane
// Wanjiru" (by), English "With Jane Doe" (a column's or a show's host).
// A particle of a family name written alone ("de Vries", "de la Cruz")
// is followed by one capitalised word, or by a small word; so is the
// Korean family name "Na" before its given name ("Na Hye-sung").
var nameLabelWords = []string{"de ", "Na ", "NA ", "With ", "with ", "WITH "}

// cutNameLabelWord is p, a byline's name, without a nameLabelWord that
// opens it before two to four capitalised words.
func cutNameLabelWord(p string) string {
	for _, w := range nameLabelWords {
		if after, ok := strings.CutPrefix(p, w); ok && capitalisedWords(after, 2, 4) {
			return after
		}
	}
	return p
}

// prepositionThenWord reports whether label, a byline label that
// reByPrefix matched, is another language's "by" alone (no colon, no
// verb: "Por", "Von", "Par", "Di", "Door"), and rest is one word in lower
// case that neither opens a family name ("de Vries") nor names an office
// ("redazione") or an agency ("dpa"): "Por favor", "Par exemple", "Von
// oben" in an author element are a phrase or a button's label. Names are
// capitalised in every language these words are "by" in.
func prepositionThenWord(label, rest string) bool {
	l := strings.TrimSpace(label)
	if len(l) < 2 || len(l) > 4 {
		return false
	}
	switch strings.ToLower(l) {
	case "par", "von", "por", "di", "door":
	default:
		return false
	}
	w := strings.TrimRight(strings.TrimSpace(rest), ",.;:!")
	if strings.IndexByte(w, ' ') >= 0 {
		return false // "Par l'équipe de …", "Von unserem Korrespondenten …"
	}
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsLower(r) {
		return false
	}
	return !nameParticles[w] && !newsroomFrom[w] && officeCompound(w) == "" && !wireCredit(w)
}

// leadingWire reports whether parts, a byline's names, open with a news
// agency's or a broadcaster's credit before a person's: "By AP and Jane
// Doe", "Von dpa und Hans Müller". The agency after a person's name is
// cut ("Jane Doe and AP" is Jane Doe), so the agency before it is too;
// an agency alone, or agencies alone, sign the wire story and stand.
func leadingWire(parts []string) bool {
	if len(parts) < 2 || !wireCredit(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		if capitalisedWords(strings.TrimSpace(p), 2, 4) && !wireCredit(p) {
			return true
		}
	}
	return false
}

// wireCredit reports whether n, the one name of a byline, is a news
// agency's or a broadcaster's ("EFE", "dpa", "Reuters", "Agência Brasil"),
// which signs a wire story in any language.
func wireCredit(n string) bool {
	return isAgency(n) || isNewsOrgInitials(n)
}

func notWireCredit(n string) bool { return !wireCredit(n) }

func cleanName(p string) string {
	if loc := byPrefix(p); loc != nil {
		p = p[loc[1]:] // reByPrefix is anchored: its one match opens p
	}
	p = strings.TrimSpace(p)
	p = cutNameLabelWord(p)
	// In capitals ("DE ION POPESCU") a particle cannot be told by its
	// case: "DE LA CRUZ" is a family name, "DE VRIES" too.
	if after, ok := strings.CutPrefix(p, "DE "); ok && inCapitals(after) && capitalisedWords(after, 2, 4) && !nameParticles[strings.ToLower(strings.Fields(after)[0])] {
		p = after
	}
	// "Da Mario Rossi": Italian "by" of the passive ("scritto da")
	// written alone before a full name. "Da" opens no given name; a
	// family name that it opens ("Da Silva", "da Costa") stands alone or
	// after the given name.
	if len(p) > 3 && (p[0] == 'D' || p[0] == 'd') && (p[1] == 'a' || p[1] == 'A') && p[2] == ' ' && capitalisedWords(p[3:], 2, 4) && !nameParticles[strings.ToLower(strings.Fields(p[3:])[0])] {
		p = p[3:]
	}
	p = cutVietnameseReporter(p)
	// Each expression below runs only on names that hold what it needs.
	if mayHoldAuthorNoise(p) {
		p = reAuthorNoise.ReplaceAllString(p, "")
	}
	p = strings.TrimSpace(p)
	if reRoleOnly.MatchString(p) {
		return ""
	}
	p = cutGluedRole(p)
	// "Anna Breslaw View Profile RSS", "Nigel Subscribe To Our Feed": the
	// labels of an author card's links run on after the name.
	if mayHoldProfileLinks(p) {
		p = strings.TrimSpace(reProfileLinks.ReplaceAllString(p, ""))
	}
	// "Applications By Simon Sage": a section's name run into the byline
	// before its "By".
	if strings.Contains(p, " By ") || strings.Contains(p, " BY ") {
		if m := reSectionBy.FindStringSubmatchIndex(p); m != nil {
			if creditHead(p[:m[2]]) {
				// "Photography By John Roe", "Sponsored By Acme
				// Insurance": the credit names a photographer or a
				// sponsor, no author.
				return ""
			}
			p = p[m[2]:m[3]]
		}
	}
	// "About Michael Brenner", "Über Jana Weber": the label of the link
	// to the author's page.
	if len(p) > 6 && strings.EqualFold(p[:6], "about ") {
		p = p[6:]
	} else if after, ok := strings.CutPrefix(p, "Über "); ok {
		p = after
	}
	if f := strings.Fields(p); len(f) >= 2 {
		// "NBC's Chuck Todd": the newsroom the writer works for, in the
		// possessive before the name.
		if len(f) >= 3 && (strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "’s")) {
			f = f[1:]
			p = strings.Join(f, " ")
		}
		// "Lauren Moraski Topics Celebrity", "Categories Iceland", "Jane
		// Doe Tags: roads": a template's taxonomy label run into the
		// byline, a section after it.
		for k, w := range f {
			if taxonomyLabels[strings.TrimRight(w, ":：")] {
				if k < 2 {
					return ""
				}
				p = strings.Join(f[:k], " ")
				break
			}
		}
	}
	// "Par la rédaction de Ouest-Info", "By the Editors of Example
	// Weekly": the office of a paper, written whole as its author <meta>
	// writes it, its article opening the name. "Da Redação do Diário",
	// "Dalla redazione di X", "Von der Redaktion von X": the office
	// "from" which the piece comes, written as officeAsWritten writes the
	// office alone, the paper after it.
	if p != "" && ('a' <= p[0] && p[0] <= 'z' || p[0] == 'D' || p[0] == 'P') {
		if f := strings.Fields(p); officeFrom(f) > 0 {
			k := officeFrom(f)
			p = officeAsWritten(f[:k+1]) + " " + strings.Join(f[k+1:], " ")
		} else if officeOfPaper(f) {
			p = upperFirst(p)
		}
	}
	// "By the Example Team": the article before a newsroom's name, in
	// lower case after the label, is the sentence's, not the name's. ("By
	// the Numbers" is a heading.)
	if f := strings.Fields(p); len(f) >= 3 && f[0] == "the" && (collectiveWords[strings.ToLower(f[len(f)-1])] || ofOrganisation(f[1:]) || isAgency(strings.Join(f[1:], " "))) {
		if r, _ := utf8.DecodeRuneInString(f[1]); unicode.IsUpper(r) {
			p = strings.Join(f[1:], " ")
		}
	}
	// "Deutscher Caritasverband e. V.": a German association's legal
	// form, not part of the name a byline gives.
	if strings.Contains(p, "e.") {
		p = reRegisteredAssoc.ReplaceAllString(p, "")
	}
	// "김철수 기자", "워싱턴=김철수 특파원": a Korean reporter's title after
	// the name, and the dateline's city before it.
	if koreanOtherCredit(p) {
		return "" // "홍길동 기자 · 사진 김철수 기자": the photographer
	}
	if m := koreanCredit(p); m != nil {
		p = m[1]
	}
	suffixDot := strings.HasSuffix(p, ".") && reSuffixDot.MatchString(p)
	p = strings.Trim(p, " -–—:：,.([]（【】\"'“”")
	if suffixDot {
		p += "." // "John Smith Jr.": the dot is the suffix's own
	}
	if strings.IndexByte(p, '@') >= 0 {
		p = reHandleAside.ReplaceAllString(p, "")
	}
	if strings.Contains(p, "heo ") {
		if m := reSourceAside.FindStringIndex(p); m != nil && m[0] > 0 {
			p = p[:m[0]] // "Nguyễn Văn An (Theo Reuters)"
		}
	}
	p = strings.TrimSpace(p)
	if !holdsAnyRune(p, "(（") {
		p = strings.TrimRight(p, " )）")
	} // "Jean-Luc Aufranc (CNXSoft)" keeps its bracket
	// "Dan Levy (National Lead Writer)": a role in brackets is cut as a
	// role after a comma is, and so is a note in lower case, the place
	// or the pronouns ("Jean Dupont (à Paris)", "Jane Doe (she/her)"),
	// and the paper the writer works for ("Jean Dupont (Le Monde)") or
	// its staff ("Jane Doe (Reuters Staff)"), not an address ("Blue Sky (sirhamy.bsky.social)", which nameLike
	// turns down).
	if m := bracketTail(p); m != nil {
		if role := p[m[2]:m[3]]; reRoleOnly.MatchString(role) || roleEnds(role) || postKinds[strings.ToLower(role)] || agencyNote(role) || staffNote(role) || paperAfterDash(role) || lowerOpened(role) && !strings.Contains(role, ".") {
			p = strings.TrimSpace(p[:m[0]])
		}
	}
	if p == "" || len([]rune(p)) > 60 || strings.ContainsAny(p, "0123456789") && !memberHandle(p) || strings.Contains(p, "://") {
		return ""
	}
	// A name has letters and few words.
	if letters(p) < 2 || len(strings.Fields(p)) > 6 {
		return ""
	}
	// "Da Redação", "De la redacción", "Dalla redazione", "De la
	// rédaction": "from the newsroom"; "der Redaktion", "la rédaction",
	// "la redacción" and "de redactie", left of "Von der Redaktion", "Par
	// la rédaction", "Por la redacción" and "Door de redactie" by the
	// label; "Die Redaktion", "Kurier-Redaktion": the office, written out
	// as officeAsWritten writes it in every language.
	if f := strings.Fields(p); len(f) >= 2 && len(f) <= 3 && newsroomFrom[strings.ToLower(strings.Join(f[:len(f)-1], " "))] && (collectiveWords[strings.ToLower(f[len(f)-1])] || officeCompound(f[len(f)-1]) != "") {
		p = officeAsWritten(f)
	} else if len(f) == 1 && 'a' <= p[0] && p[0] <= 'z' && officeCompound(p) != "" {
		p = upperFirst(p) // "redaktion", a user's login shown as its name
	}
	// "राहुल शर्मा द्वारा": Hindi sets its "by" after the name, and
	// Turkish too ("Ahmet Yılmaz tarafından", WordPress's Turkish "by
	// %s").
	for _, by := range []string{" द्वारा", " tarafından"} {
		if head, ok := strings.CutSuffix(p, by); ok {
			p = strings.TrimSpace(head)
		}
	}
	if p = cutOutletAfterName(p); p == "" {
		return ""
	}
	lp := strings.ToLower(p)
	if notPersonWords[lp] {
		return ""
	}
	switch lp {
	case "admin", "administrator", "by", "von", "par", "por", "door", "author", "authors", "byline", "by-line", "anonymous", "unknown", "the", "share", "home", "news",
		"default", "updated", "written by", "posted by", "topic", "topics", "category", "categories", "tags", "written", "posted", "published", "submitted", "reported", "design", "guest", "user", "null", "undefined", "none",
		// A post's buttons in a forum's poster line (phpBB's "Post" link
		// before "by NAME").
		"post", "quote", "permalink":
		return ""
	}
	// "Site Admin", "Blog Administrator", "Super Admin": a CMS account
	// named for its rights, as "admin" alone is, not a person.
	if i := strings.LastIndexByte(lp, ' '); i > 0 && strings.Count(lp, " ") <= 2 && (lp[i+1:] == "admin" || lp[i+1:] == "administrator") {
		return ""
	}
	// "입력" (put in) of "입력 2024.05.16 10:21 홍길동 기자", "Aktualisiert":
	// a date's label alone, its date cut, names no one.
	// (Dutch "redactie" and Polish "redakcja" label an editor too, but
	// alone, "Door de redactie", they name the newsroom as "Redaktion"
	// does.)
	if k, ok := dateLabelKinds[lp]; ok && !(k == "editor" && collectiveWords[lp]) {
		return ""
	}
	// "historian" after a label that was a signatory's role, "Publisher":
	// a job title alone names no one.
	if lw := strings.ToLower(p); !strings.Contains(p, " ") && (jobTitleEnds[lw] || roleWords[lw]) {
		return ""
	}
	// Icons ("■", "★"), Chinese link labels ("该作者文章", "更多文章")
	// and a role alone ("編集委員") are not names.
	if strings.IndexFunc(p, func(r rune) bool { return unicode.Is(unicode.So, r) }) >= 0 || holdsCJK(p) && reCJKNotName.MatchString(p) && !cjkNewsroom(p) || cjkPlaceholders[p] || cjkFloors[p] || startsWithHan(p) && isCJKRole(p) {
		return ""
	}
	// Template placeholders ("page.head.extra.author") and handles are not names.
	if !strings.Contains(p, " ") && strings.Count(p, ".") >= 2 {
		return ""
	}
	return p
}

// memberHandle reports whether p is a member's handle with figures, as
// forums, blogs and fiction sites show their members ("oldrider72",
// "jane_doe99", "freeman1984"): one word of lower-case ASCII letters,
// four at least, joined by "_", "-" or ".", then one to four figures
// that end it. A product, a format or a year ("COVID-19", "iPhone15",
// "mp3", "2024") stays no name, and so does a login a CMS made up of
// letters and figures mixed ("mdelatorreq6vkpg2ma0ci").
func memberHandle(p string) bool {
	if len(p) > 30 || p == "" || p[0] < 'a' || p[0] > 'z' {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case 'a' <= c && c <= 'z':
			if digits > 0 {
				return false
			}
			letters++
		case '0' <= c && c <= '9':
			digits++
		case c == '_' || c == '-' || c == '.':
			if digits > 0 {
				return false
			}
		default:
			return false
		}
	}
	return letters >= 4 && digits <= 4
}

// startedSentence reports whether s, opening with "Started by", is a
// sentence ("Started by two friends in 1998, the shop has grown from one
// room to three"), not a forum topic's line: Simple Machines Forum sets
// "Started by NAME, March 12, 2024, 09:30:12 AM" under a topic's subject
// and "Started by NAME" under each topic of a board's list, a dozen
// words at most.
//
// "Posted by" and "Written by" open a sentence so too ("Posted by Jane
// Doe, the shop has grown …", "Written by hand, every label …"): a
// clause after the comma that closes the words after "by", which a
// byline never runs on into (proseAfterBy).
func startedSentence(s string) bool {
	if hasFoldPrefix(s, "started by ") {
		return strings.Count(s, " ") >= 12
	}
	return (hasFoldPrefix(s, "posted by ") || hasFoldPrefix(s, "written by ")) && proseAfterBy(s)
}

// byForSlogan reports whether s is a slogan that pairs who made a thing
// with whom it is for, in the same words: "Written by locals, for locals",
// "By the people, for the people", "Made by nerds for nerds", as a site's
// tagline says. A byline names its writer, not its readers.
func byForSlogan(s string) bool {
	l := strings.ToLower(s)
	i, j := strings.Index(" "+l, " by "), strings.LastIndex(l, " for ")
	if i < 0 || j < i+3 {
		return false
	}
	by := strings.Fields(strings.Trim(l[i+3:j], " ,"))
	return len(by) > 0 && len(by) <= 3 && slices.Equal(by, strings.Fields(strings.TrimRight(l[j+5:], " .!")))
}

// proseAfterBy reports whether s, a text that opens with "Posted by" or
// "Written by", runs on past the name into a clause of prose: a comma
// within the first six words, then eight words at least, seven of the
// first eight in lower case and none with a figure, and no other credit
// (" by ") nor bar ("the shop has grown from one room to three"). A byline's tail after
// its comma is a role ("Product Manager, Google Maps", "staff writer"),
// a date ("May 3, 2024") or a credit ("with reporting by John Roe").
func proseAfterBy(s string) bool {
	i := strings.Index(s, ", ")
	if i < 0 || strings.Count(s[:i], " ") > 5 {
		return false
	}
	rest := s[i+2:]
	f := strings.Fields(rest)
	if len(f) < 8 || f[0][0] < 'a' || f[0][0] > 'z' || strings.Contains(rest, " by ") || strings.ContainsAny(rest, "|·") {
		return false
	}
	lower := 0
	for _, w := range f[:8] {
		if hasDigit(w) {
			return false
		}
		if 'a' <= w[0] && w[0] <= 'z' {
			lower++
		}
	}
	return lower >= 7
}

// officeAsWritten is the editorial office that f, a newsroom's credit
// (newsroomFrom, collectiveWords), names, written out as the credit
// writes it, in every language: the label and "from" cut, the office's
// own article kept where the credit writes it as a word of its own ("La
// rédaction", "La redazione", "Die Redaktion", "La redacción", "De
// redactie", "A Redação" from "Par la rédaction", "Die Redaktion", "Por
// la redacción", "Door de redactie"), none made up where the credit
// folds it into "from" or declines it ("Redazione" from "Dalla
// redazione", "Redação" from "Da Redação", "Redaktion" from "Von der
// Redaktion"), as an office naming its paper is kept whole ("Die
// Redaktion von Lahn-Kurier", officeOfPaper). The name opens with a
// capital, as 編集部 and 编辑部 stand alone after "作者：".
func officeAsWritten(f []string) string {
	office := f[len(f)-1]
	art, ok := officeArticles[officeCompound(office)]
	if !ok {
		return office
	}
	if len(f) >= 2 && strings.EqualFold(f[len(f)-2], art) {
		return upperFirst(art) + " " + office
	}
	return upperFirst(office)
}

// officeCompound is the office's word (officeArticles) that w, in any
// case, is or ends a compound with: "redaktion" of "Redaktion",
// "Kurier-Redaktion", "Online-Redaktion" and German "Sportredaktion",
// "rédaction" of "rédaction". It is "" for any other word.
func officeCompound(w string) string {
	if len(w) < 6 || len(w) > 40 {
		return ""
	}
	lw := strings.ToLower(w)
	if _, ok := officeArticles[lw]; ok {
		return lw
	}
	if k := strings.LastIndexByte(lw, '-'); k > 0 {
		if _, ok := officeArticles[lw[k+1:]]; ok {
			return lw[k+1:]
		}
	}
	if strings.HasSuffix(lw, "redaktion") {
		return "redaktion" // German closes its compounds: "Lokalredaktion"
	}
	return ""
}

// officeArticles are the definite articles of officeWords in their
// languages, as a site writes the office that signs ("La rédaction",
// "Die Redaktion", "De redactie", "A Redação", "El equipo de El Norte");
// Polish has none, French "l'équipe" elides its own.
var officeArticles = map[string]string{"rédaction": "la", "redazione": "la", "redacción": "la", "redação": "a", "redaktion": "die", "redactie": "de", "redakcja": "",
	"equipo": "el", "equipe": "a"}

// newsroomFrom are the words of "from the" that open a newsroom's credit
// in Portuguese, Spanish, Italian and French ("Da Redação"), and the
// articles that "by" leaves before it in German, French, Spanish and
// Dutch ("Von der Redaktion", "Door de redactie").
var newsroomFrom = setOf("da", "de la", "dalla", "della", "de", "del", "desde la",
	"der", "die", "la", "le", "el", "het", "pela", "von der", "par la", "por la", "door de")

// notPersonWords are what a "By" opens that no byline names: a template's
// placeholder for a guest's post ("By Guest Author"), "the team" that
// names no paper ("Par l'équipe", "Por el equipo"; "L'équipe de
// Ouest-Info" does, officeOfPaper) and the ways to
// travel that a "Getting here" section lists under headings ("By Car",
// "By Train", "By Public Transport"). A name of one of these words is
// written with more ("Jane Car").
//
// The guest's placeholder in the other languages whose blogs run guest
// posts: German "Gastautor", Dutch "Gastauteur", French "Auteur invité",
// Spanish "Autor invitado", Portuguese "Autor convidado", Italian
// "Autore ospite" (and the word alone, where "Autor" was read as a
// label).
var notPersonWords = setOf("guest author", "guest contributor", "guest writer", "guest blogger", "guest poster", "guest post",
	"gastautor", "gastautorin", "gastautoren", "gastbeitrag", "gastauteur", "gastblogger", "gastschrijver", "auteur invité", "auteure invitée",
	"autor invitado", "autora invitada", "autor convidado", "autora convidada", "autore ospite", "invitado", "invitada", "convidado", "convidada", "invité", "invitée",
	"l'équipe", "l’équipe", "équipe", "el equipo", "equipo", "a equipe", "equipe",
	"car", "cars", "train", "trains", "rail", "bus", "coach", "bike", "bicycle", "motorbike", "motorcycle", "plane", "air", "airplane", "foot",
	"boat", "ferry", "sea", "taxi", "cab", "subway", "metro", "tram", "underground", "tube", "shuttle", "road", "public transport", "public transportation")

// reOutletAfterName is a newsroom's name run on after a writer's, as a
// byline of two lines ("Helen Briggs" above "BBC News") reads flattened:
// a name of two or more words, then an acronym and the outlet's kind.
var reOutletAfterName = regexp.MustCompile(`^(\p{Lu}[\pL.'’-]*(?:\s+\p{Lu}[\pL.'’-]*){1,3})\s+\p{Lu}{2,5}\s+(\pL+)$`)

// cutOutletAfterName cuts the outlet that follows a writer's name
// (reOutletAfterName, its kind also in capitals: "Jane Doe USA TODAY", as
// the USA Today network's papers credit a writer) and the one before it in the possessive ("NBC
// News' Akbar Shinwari", as "NBC's Chuck Todd").
func cutOutletAfterName(p string) string {
	if m := reOutletAfterName.FindStringSubmatch(p); m != nil && (outletKinds[m[2]] || isUpperWord(m[2]) && outletKinds[wordCased(m[2])]) {
		return m[1]
	}
	if f := strings.Fields(p); len(f) >= 4 {
		if w := f[1]; (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && outletKinds[strings.TrimRight(w, "'’")] && isUpperWord(f[0]) {
			return strings.Join(f[2:], " ")
		}
	}
	return p
}

// isUpperWord reports whether w is written in capitals: "BBC", "NBC".
func isUpperWord(w string) bool {
	return w != "" && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// paperAfterName reports whether p, a byline part after a name and a
// comma, is a publication: "The Wall Street Journal", "The Philippine
// Star", "Die Zeit", or one whose last word names its kind ("BBC News", "Fox News",
// "Yahoo Finance" aside). A newsroom ("The Example Team") may write with
// a person. A byline in capitals writes them so too ("THE EXAMPLE TIMES").
func paperAfterName(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 {
		return false
	}
	first, last := f[0], f[len(f)-1]
	if inCapitals(p) {
		first, last = wordCased(first), wordCased(last)
	}
	return commaPaperArticles[first] && !collectiveWords[strings.ToLower(last)] || outletKinds[last] ||
		isUpperWord(f[0]) && isNewsOrgInitials(f[0]) // "CNN Indonesia", "BBC Mundo", "DW Español"
}

// wordCased is w, a word in capitals, with its first letter alone in
// capitals: "THE" is "The".
func wordCased(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[size:])
}

// commaPaperArticles are the paperArticles that open no person's name, so
// that after a comma they open a paper's ("Die Zeit", "Il Messaggero",
// "Los Angeles Times"): not "Le", "La", "Lo", "El", "De", "O", which
// also open names (Vietnamese "Le Van Thanh", Arabic "El Sayed Ahmed",
// Dutch "De Vries").
var commaPaperArticles = setOf("The", "Les", "Los", "Las", "Il", "Der", "Die", "Das", "Het", "Os")

// outletKinds are the last words of a newsroom's name that no person's
// name ends with: "BBC News", "Chicago Tribune", "Sky TV".
var outletKinds = setOf("News", "Newsroom", "Times", "Today", "Journal", "Tribune", "Gazette", "Magazine", "Media", "Newspaper", "Radio", "TV", "Television", "Network",
	// "News" in the other languages of news bylines: "РИА Новости".
	"Новости", "Новини", "Noticias", "Notícias", "Nachrichten", "Nieuws", "Wiadomości",
	// German and Dutch papers' last words ("Süddeutsche Zeitung",
	// "Frankfurter Rundschau", "Hamburger Abendblatt", "Algemeen Dagblad",
	// "Leeuwarder Courant").
	"Zeitung", "Rundschau", "Tagblatt", "Abendblatt", "Anzeiger", "Dagblad", "Courant")

// lowerOpened reports whether p's first letter is a lower-case one.
func lowerOpened(p string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p))
	return unicode.IsLower(r)
}

// postKinds are the kinds of post a blog platform writes in brackets
// after its poster's name ("Jason Hart (Diary)"): not part of the name.
var postKinds = setOf("diary", "blog", "blogger", "guest", "guest post", "opinion", "op-ed", "column", "editorial",
	"commentary", "analysis", "sponsored", "podcast", "video", "letter")

// kindKickers are the kinds of piece an opinion section's byline sets
// before the writer's name, lower-cased. "Editorial" is not one: alone it
// credits the paper's editorial board, as the Guardian's leaders do.
var kindKickers = []string{"guest column", "guest op-ed", "op-ed", "opinion", "commentary", "analysis", "column", "perspective", "viewpoint"}

// cutKindKicker is s without the kind of piece that opens it before a
// separator or a name: an opinion page's "Opinion | Jane Doe", "OPINION:
// Jane Doe", "Guest Column | Jane Doe", "Opinion Jane Doe" (a label's
// span run into the name's); the label names no one, and alone it is "".
func cutKindKicker(s string) string {
	if s == "" || !strings.ContainsRune("oOgGcCaApPvV", rune(s[0])) {
		return s
	}
	for _, k := range kindKickers {
		if !hasFoldPrefix(s, k) {
			continue
		}
		if len(s) == len(k) {
			return ""
		}
		rest := s[len(k):]
		r := strings.TrimLeft(rest, " ")
		if sep, size := utf8.DecodeRuneInString(r); r != rest && r != "" && strings.ContainsRune("|:•·—–", sep) {
			rest = strings.TrimLeft(r[size:], " ")
		} else if strings.HasPrefix(rest, ":") {
			rest = strings.TrimLeft(rest[1:], " ")
		} else if r == rest || k != "opinion" && k != "op-ed" && k != "commentary" && k != "analysis" {
			return s
		} else if f := strings.Fields(r); len(f) < 2 || len(f) > 4 || !looksLikeNames([]string{r}) {
			return s // "Analysis Group", "Opinion polls show"
		} else {
			rest = r
		}
		if rest == "" {
			return s
		}
		return rest
	}
	return s
}

// reBracketTailOf is a bracket that ends a name, its content captured.
var reBracketTailOf = regexp.MustCompile(`\s*[(（]([^()（）]{2,40})[)）]$`)

// bracketTail is reBracketTailOf's submatch indexes in p, run only when p
// ends in a closing bracket.
func bracketTail(p string) []int {
	if !strings.HasSuffix(p, ")") && !strings.HasSuffix(p, "）") {
		return nil
	}
	return reBracketTailOf.FindStringSubmatchIndex(p)
}

// cutPlaceRoleBracket cuts the bracket that closes a byline with the
// place the writer files from and the writer's role after a comma, in
// lower case: "Jean Dupont (Kiev, envoyé spécial)", "Benjamin Quénelle
// (Moscou, correspondant)", as French papers credit their
// correspondents; "Juan Pérez (Bruselas, corresponsal)". Split at its
// comma, the bracket would leave half of itself with each part.
func cutPlaceRoleBracket(s string) string {
	m := bracketTail(s)
	if m == nil || m[0] == 0 {
		return s
	}
	in := s[m[2]:m[3]]
	i := strings.LastIndexByte(in, ',')
	if i < 0 || !lowerOpened(in[i+1:]) {
		return s
	}
	return strings.TrimSpace(s[:m[0]])
}

// reProfileLinks are the links of an author card that a byline's text
// runs on into after the name: "View Profile", "See full profile", "RSS",
// "Subscribe to our feed", "Follow on Twitter", and the "Follow" button
// that Medium and its like set after the writer's name, and the row of
// buttons that ends an author's line to write or follow them ("Jane Doe
// Email Twitter", "Jane Doe Email", "Jane Doe Twitter LinkedIn").
var reProfileLinks = regexp.MustCompile(`(?i)\s+(?:(?:view|see)\s+(?:full\s+|my\s+|author\s+)?profile|rss(?:\s+feed)?|subscribe(?:\s+to\s+(?:our|my|the)\s+(?:feed|rss|newsletter))?|follow\s+on\s+\pL+|follow(?:ing)?\s*$|(?:(?:e-?mail|twitter|facebook|linkedin|instagram|bluesky)\s*)+$)\b.*$`)

// mayHoldProfileLinks reports whether s may hold a match of reProfileLinks:
// one of its words in any ASCII case ("Jane Doe Rss"), or ſ, which folds
// to s in a (?i) expression.
func mayHoldProfileLinks(s string) bool {
	return hasFoldASCII(s, "profile") || hasFoldASCII(s, "rss") || hasFoldASCII(s, "subscribe") ||
		hasFoldASCII(s, "follow") || hasFoldASCII(s, "mail") || hasFoldASCII(s, "twitter") || hasFoldASCII(s, "facebook") ||
		hasFoldASCII(s, "linkedin") || hasFoldASCII(s, "instagram") || hasFoldASCII(s, "bluesky") || strings.Contains(s, "ſ")
}

// reSectionBy is a byline with one or two capitalised words, a section's
// name, before its "By" and a name of two words or more after it:
// "Applications By Simon Sage" (not "Stand By Me").
var reSectionBy = regexp.MustCompile(`^(?:\p{Lu}\pL*\s+){1,2}(?:By|BY)\s+(\p{Lu}\S*\s+\S.*)$`)

// creditWords open a credit that names no author: for the pictures
// ("Photography By", "Photo Essay By", "Illustrations By") or for the
// money or the platform ("Sponsored By", "Presented By", "Paid Post By",
// "Powered By").
var creditWords = setOf("photo", "photos", "photograph", "photographs", "photography", "picture", "pictures",
	"image", "images", "illustration", "illustrations", "video", "videos", "graphics", "design",
	"sponsored", "presented", "powered", "paid")

// creditHead reports whether any word of the words before a byline's "By"
// opens a credit that names no author (creditWords).
func creditHead(head string) bool {
	for _, w := range strings.Fields(head) {
		if creditWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// mayHoldAuthorNoise reports whether s may hold what reAuthorNoise
// matches: one of its labels, in any case. ſ folds to s in a (?i)
// expression, so a text that holds it is left to the expression.
func mayHoldAuthorNoise(s string) bool {
	return hasFoldASCII(s, "updated") || hasFoldASCII(s, "published") || hasFoldASCII(s, "posted") ||
		hasFoldASCII(s, "modified") || strings.Contains(s, "ſ") ||
		hasFoldASCII(s, "publi") || hasFoldASCII(s, "ffentlicht") || hasFoldASCII(s, "aktualisiert") ||
		hasFoldASCII(s, "tualizado") || hasFoldASCII(s, "pubblicato") || hasFoldASCII(s, "aggiornato") ||
		hasFoldASCII(s, "bijgewerkt") || hasFoldASCII(s, " jour") || hasFoldASCII(s, "actualis")
}

// bareAnd reports whether sep, a separator reAuthorSplit matched, is an
// "and" in a byline's language with no comma before it.
func bareAnd(sep string) bool {
	t := strings.TrimSpace(sep)
	return t != "" && !strings.HasPrefix(t, ",") && slices.Contains(authorJoinList, strings.ToLower(t))
}

// endsWithJobTitle reports whether p's last word ends job titles.
func endsWithJobTitle(p string) bool {
	f := strings.Fields(p)
	return len(f) > 0 && jobTitleEnds[strings.ToLower(f[len(f)-1])]
}

// roleEnds reports whether text is a job title of at most four words:
// its last word ends job titles ("Content Manager", "Lead Writer").
func roleEnds(text string) bool {
	f := strings.Fields(text)
	return len(f) >= 1 && len(f) <= 4 && jobTitleEnds[strings.ToLower(f[len(f)-1])]
}

// roleWords start the job title that page templates glue after a name
// ("Keith Barry Senior Autos Reporter", "Liza Burke Marketing Director").
var roleWords = setOf("co-founder", "cofounder", "founder", "ceo", "cto", "cfo", "coo", "chief", "senior", "sr.", "director",
	"manager", "editor", "reporter", "writer", "correspondent", "columnist", "contributor", "architect", "officer",
	"specialist", "analyst", "president", "vice", "head", "lead", "marketing", "staff", "freelance", "associate",
	"assistant", "deputy", "former", "executive", "consultant", "engineer", "researcher", "professor", "journalist", "content",
	"certified", "licensed", "registered", "board-certified")

// jobTitleEnds are the last words of a job title glued after a name.
var jobTitleEnds = setOf("co-founder", "cofounder", "founder", "ceo", "cto", "cfo", "coo", "director", "manager",
	"editor", "reporter", "writer", "correspondent", "columnist", "contributor", "architect", "officer",
	"president", "analyst", "engineer", "journalist", "producer", "consultant", "researcher", "professor",
	"reviewer", "expert", "strategist", "specialist", "advisor", "adviser", "scientist", "designer", "developer",
	"photographer", "nutritionist", "dietitian", "coach", "trainer", "instructor", "lecturer", "coordinator",
	"publisher", "historian", "webmaster",
	// German writes its job titles capitalised after the name as
	// English does: "Von Hans Müller, Korrespondent in Paris".
	"korrespondent", "korrespondentin", "redakteur", "redakteurin", "reporterin", "journalistin", "chefredakteur", "chefredakteurin",
	// Turkish marks a title's head with the compound's suffix after the
	// desk it serves: "Ekonomi Editörü", "Spor Muhabiri", "Haber Müdürü".
	"editörü", "muhabiri", "yazarı", "müdürü", "sorumlusu")

// roleFunctions are the fields of work a job title names before its
// rank ("Product Manager", "Software Engineer", "Engineering Lead"). No
// given name is one of them.
var roleFunctions = setOf("product", "program", "programme", "project", "software", "engineering", "group", "technical",
	"sales", "communications", "community", "research", "account", "brand", "design", "operations", "support", "policy",
	"strategy", "partner", "partnerships", "business", "consumer", "customer", "growth", "social", "digital", "legal",
	"general", "global", "regional", "public", "technology", "development", "product-marketing")

// roleAfterComma reports whether p, a phrase after a name and its comma,
// is a job title rather than a second name: it opens with a rank ("Sr.
// Director of Operations", "Engineer, Google Photos" run together as
// "Engineer Google Photos") or a field of work ("Group Product Manager",
// "Engineering Lead-Photos Team"), or ends with a rank that a field of
// work qualifies ("AdWords Product Manager"). Corporate blogs sign their
// posts so: "Posted by Jane Doe, Product Manager, Google Maps". A rank
// "of" something counts when the something is a field of work.
func roleAfterComma(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	first := strings.ToLower(strings.Trim(f[0], ",;"))
	if roleWords[first] || jobTitleEnds[first] || roleFunctions[first] && len(f) >= 2 {
		// "Director of Consumer Marketing" heads a field of work; "CEO
		// of CaseBasix" a company, which this phrase does not decide.
		if i := slices.Index(f, "of"); i > 0 {
			return slices.ContainsFunc(f[i+1:], func(w string) bool {
				w = strings.ToLower(w)
				return roleFunctions[w] || roleWords[w]
			})
		}
		return true
	}
	if len(f) < 2 || !jobTitleEnds[strings.ToLower(f[len(f)-1])] {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		if roleFunctions[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// cutGluedRole drops a job title glued after a name of at least two words,
// when the text ends like a job title: "Keith Barry Senior Autos Reporter".
// "Top Growth Marketing" or "Ada Reporter" stay as they are.
func cutGluedRole(p string) string {
	words := strings.Fields(p)
	if len(words) < 3 || !jobTitleEnds[strings.ToLower(words[len(words)-1])] {
		return p
	}
	for i := 2; i < len(words); i++ {
		if roleWords[strings.ToLower(strings.Trim(words[i], ",;"))] {
			return strings.Join(words[:i], " ")
		}
	}
	return p
}

// nameLike reports whether s reads as a person's or an organisation's name
// rather than a phrase: few words, each capitalised (or a particle), no
// sentence punctuation. CJK names are two to four characters.
// uiPhrases are link and button labels that sit where a byline's name
// would ("Author" above "Learn More"); shareWords are share-bar buttons
// run into a name ("Melissa Norris Facebook Tweet Pin").
var (
	uiPhrases = map[string]bool{"learn more": true, "read more": true, "more": true, "contact": true, "contact us": true, "see all": true, "view all": true, "view profile": true, "profile": true, "follow": true, "share": true, "about": true, "about us": true, "home": true, "subscribe": true, "sign in": true, "log in": true, "login": true, "menu": true, "search": true, "email": true, "print": true, "comments": true, "reply": true, "copy link": true, "bio": true, "all posts": true, "view posts": true,
		"rss": true, "feed": true, "homepage": true, "website": true, "web site": true, "posts": true, "articles": true, "me": true, "us": true,
		"my account": true, "account": true, "mein konto": true, "mon compte": true, "mi cuenta": true, "log out": true, "logout": true, "sign out": true,
		// A docs or blog theme's link to the post's source (Hugo's
		// PaperMod: "412 words | Suggest Changes").
		"suggest changes": true, "suggest an edit": true, "edit this page": true, "edit page": true, "edit on github": true, "view source": true, "improve this page": true}
	shareWords = map[string]bool{"facebook": true, "tweet": true, "twitter": true, "pinterest": true, "linkedin": true, "whatsapp": true, "reddit": true, "bluesky": true, "mastodon": true, "instagram": true, "youtube": true, "tiktok": true, "threads": true, "email": true, "print": true,
		"flickr": true, "tumblr": true, "vimeo": true, "soundcloud": true, "snapchat": true, "xing": true}
)

// timeOfDayWords name a time, never a person: "By New Year's Eve" or "By
// Tuesday Evening" opening the body's last sentence is no byline. The
// weekdays themselves are names too ("Sunday Alamba", "Monday Okoro").
var timeOfDayWords = setOf("morning", "evening", "afternoon", "tonight", "midnight", "weekend", "yesterday", "year's", "year’s")

func nameLike(s string) bool {
	s = bareName(honorificsCut(s))
	if s == "" || holdsAnyRune(s, "?!:;\"“”।") { // "।": Devanagari's full stop ends a sentence
		return false
	}
	if uiPhrases[strings.ToLower(s)] {
		return false
	}
	for _, w := range strings.Fields(s) {
		if shareWords[strings.ToLower(w)] {
			return false
		}
	}
	cjk := 0
	for _, r := range s {
		if isCJK(r) {
			cjk++
		}
	}
	if cjk > 0 {
		// "发表于" alone: Discuz's <em id="authorposton…"> holds the
		// posting label, its date in an element of its own. A weekday
		// ("星期五") is what is left of a dateline.
		return cjk >= 2 && cjk <= 8 && !bareLabel(s) && !isCJKWeekday(s)
	}
	// "Jean-Luc Aufranc (CNXSoft)", "Paramita (Guha) Ghosh": a
	// parenthetical after or inside the name; "Blue Sky
	// (sirhamy.bsky.social)" is a link to an account.
	if reAddressAside.MatchString(s) {
		return false
	}
	s = strings.TrimSpace(dropParenthetical(s))
	words := strings.Fields(s)
	if len(words) >= 3 && len(words) <= 6 && officeOfPaper(words) {
		return true // "la rédaction de l'Écho du Val": the office's word in lower case, the paper's name long
	}
	if len(words) > 5 || len(words) == 0 || creditAbbrevs[strings.ToLower(words[0])] {
		return false // "Fot. Jan Kowalski": a picture's credit
	}
	if slices.ContainsFunc(words, func(w string) bool { return timeOfDayWords[strings.ToLower(strings.Trim(w, ",."))] }) {
		return false // "By New Year's Eve, …", "By Tuesday evening …": a sentence's time
	}
	if len(words) == 1 && len(s) <= 3 && strings.ToLower(s) == s && !newsOrgInitials[s] {
		return false // "on", "by": a particle, not a handle; "dpa" is an agency
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		// "Star Tribune staff": a newsroom's byline (nameQuality weighs it).
		newsroom := i == len(words)-1 && i > 0 && collectiveWords[w] && w != "admin"
		// "Tim detikcom" (Indonesian: the detikcom team): an outlet's
		// brand in lower case after "Tim", a newsroom's credit.
		team := i == 1 && len(words) == 2 && words[0] == "Tim"
		if !unicode.IsUpper(r) && !caseless(r) && !nameParticles[strings.ToLower(w)] && !joinedParticle(w) && !newsroom && !team && len(words) > 1 {
			return false
		}
	}
	if len(words) > 1 {
		// "Autorenseite von", "About Victor Davis Hanson": a link's label
		// around a name, not the name.
		if last := words[len(words)-1]; nameParticles[last] || linkVerbs[strings.ToLower(words[0])] {
			return false
		}
	}
	return true
}

// linkVerbs start the label of a link to an author's page or profile.
var linkVerbs = setOf("view", "meet", "contact", "follow", "email", "e-mail", "visit", "more", "autorenseite")

// looksLikeNames reports whether names are people or organisations rather than
// a URL, a sentence, or the site's own name repeated.
func looksLikeNames(names []string) bool {
	if len(names) == 0 || len(names) > 1 && !slices.ContainsFunc(names, notLowerWord) {
		return false // "leaves, water, fish, …": a sentence's list of words
	}
	for _, n := range names {
		if strings.HasPrefix(n, "http") || !nameLike(n) {
			return false
		}
	}
	return true
}

// ofOrganisation reports whether f, the words after a byline's "the", name
// an organisation written out: "Department of Health", "Ministry of
// Foreign Affairs". Every word is capitalised but "of" and the joining
// words, and "of" stands between capitalised words.
func ofOrganisation(f []string) bool {
	of := false
	for i, w := range f {
		switch w {
		case "of":
			of = of || i > 0 && i < len(f)-1
			continue
		case "and", "for", "the", "&":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return of
}

// opensQuote reports whether s ends with an opening quotation mark (spaces
// aside): what follows it is quoted, not stated. A mark that also closes
// quotes opens one only when the marks before it are balanced: the second
// '"' of `Reading "Dune" ` closes its title, as “ closes German „Zitat“,
// ‘ German ‚Zitat‘ and « German and Danish »Zitat«.
func opensQuote(s string) bool {
	s = strings.TrimRight(s, " ")
	r, size := utf8.DecodeLastRuneInString(s)
	before := s[:len(s)-size]
	switch r {
	case '"':
		return strings.Count(before, `"`)%2 == 0
	case '“':
		return strings.Count(before, "„") <= strings.Count(before, "“")
	case '‘':
		return strings.Count(before, "‚") <= strings.Count(before, "‘")
	case '«':
		return strings.Count(before, "»") <= strings.Count(before, "«")
	case '„', '「', '『':
		return true
	}
	return false
}

// splitAt is what re.Split(s, -1) and re.FindAllString(s, -1) give, from
// the matches re.FindAllStringIndex(s, -1) found: the regexp runs once.
func splitAt(s string, matches [][]int) (parts, seps []string) {
	if len(s) == 0 {
		return []string{""}, nil // Split of "" by a regexp that is not empty
	}
	parts = make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		end = m[0]
		if m[1] != 0 {
			parts = append(parts, s[beg:end])
		}
		beg = m[1]
		seps = append(seps, s[m[0]:m[1]])
	}
	if end != len(s) {
		parts = append(parts, s[beg:])
	}
	return parts, seps
}

// easternDigitWord is the index in s of the first word that starts with
// an Arabic-Indic or a Persian digit (U+0660-0669, U+06F0-06F9), after a
// space or a separator, or -1: the date a Persian or Arabic byline runs
// on into, which the checks for ASCII digits do not see. It reads bytes:
// the digits' UTF-8 forms are 0xD9 0xA0-0xA9 and 0xDB 0xB0-0xB9.
func easternDigitWord(s string) int {
	for i := 1; i+1 < len(s); i++ {
		if c, d := s[i], s[i+1]; c == 0xD9 && d >= 0xA0 && d <= 0xA9 || c == 0xDB && d >= 0xB0 && d <= 0xB9 {
			if p := s[i-1]; p == ' ' || p == '-' || p == ',' || p == '|' || p == '(' {
				return i
			}
		}
	}
	return -1
}

// indonesianRoles are the roles an Indonesian credit sets with the place
// or the paper before or after the writer's name: contributor, reporter
// (wartawan), correspondent, journalist.
var indonesianRoles = setOf("kontributor", "wartawan", "koresponden", "jurnalis")

// indonesianRolePart reports whether p, a part of a byline, is an
// Indonesian role and where it is held: "Kontributor Bandung", "Wartawan
// Tribunnews", after "Laporan" (report) on Tribun's sites.
func indonesianRolePart(p string) bool {
	f := strings.Fields(p)
	if len(f) > 0 && strings.EqualFold(f[0], "laporan") {
		f = f[1:] // "Laporan Wartawan Tribunnews.com": the report of
	}
	return len(f) >= 2 && len(f) <= 3 && indonesianRoles[strings.ToLower(f[0])]
}

// reBioName is the name that opens a writer's biography: two to four
// capitalised words, then the verb of the first sentence ("Jane Doe is a
// freelance writer", "Jane Doe has covered", "Jane Doe writes about"),
// with an aside in brackets between them or not ("Hans Müller (Jahrgang
// 1970) ist", "Jane Doe (@janedoe) is"). Russian and Ukrainian set a
// dash for the verb ("Иван Петров — журналист"); Ukrainian's is "є";
// Indonesian's "adalah" or "merupakan" ("Budi Santoso adalah jurnalis"),
// Vietnamese's "là" ("Nguyễn Văn An là phóng viên").
var reBioName = regexp.MustCompile(`^(\p{Lu}[\pL.'’-]*(?:\s+(?:\p{Lu}[\pL.'’-]*|van|von|de|der|da|del|la|le)){1,3})(?:\s+\([^()]{1,40}\))?(?:\s+(?:is|was|has|writes|covers|lives|works|ist|est|es|é|è|schreibt|écrit|escribe|escreve|scrive|jest|является|lebt|arbeitet|vit|travaille|vive|trabaja|lavora|pracuje|є|adalah|merupakan|là|[—–])\s)`)

// bioOpening is the name that opens the biography s (reBioName), and s
// as it is when none does.
func bioOpening(s string) string {
	if m := reBioName.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

// reWriterCredit is a second credit for the words after a byline's full
// stop or semicolon: ". Story by", "; Words and photos by", ". Text and
// pictures by".
var reWriterCredit = regexp.MustCompile(`(?i)[.;]\s+(?:story|words|text|article)(?:\s+(?:and|&)\s+(?:photos?|pictures?|images?|photography))?\s+by\s+(\p{Lu})`)

// reReleaseBy is a release's credit to the body that issued it: "Press
// Release by Acme Corp", "News release from: Acme Corp".
var reReleaseBy = regexp.MustCompile(`(?i)^(?:press|news)\s+release\s+(?:by|from)\s*:?\s+(\p{Lu}.*)$`)

// joinWriterCredit writes a byline that credits the words twice, "By Jane
// Doe. Story by John Roe", as one list of writers: "By Jane Doe, John
// Roe". The full stop that may close an initial ("By Jane Q. Story by")
// is kept out of the name with the rest of the credit.
func joinWriterCredit(s string) string {
	if !strings.Contains(s, " by ") && !strings.Contains(s, " By ") && !strings.Contains(s, " BY ") || !strings.ContainsAny(s, ".;") {
		return s // most bylines: no regular expression runs
	}
	loc := reWriterCredit.FindStringSubmatchIndex(s)
	if loc == nil || strings.IndexFunc(s[:loc[0]], unicode.IsLetter) < 0 {
		return s
	}
	return s[:loc[0]] + ", " + s[loc[2]:]
}

// cutOtherCredit cuts from s, a byline, each credit after a full stop or
// a semicolon whose words before "by" are not a writer's (reByPrefix):
// "By Jane Doe. Produced by John Roe" is "By Jane Doe"; "Reporting by
// Jane Doe; Writing by John Roe" stays whole, and so does a writer's
// credit after another's, as Reuters sets its writer after the
// additional reporters ("Reporting by Jane Doe; Additional reporting by
// Ann Lee; Writing by John Roe; Editing by Mark Smith" is "Reporting by
// Jane Doe; Writing by John Roe").
func cutOtherCredit(s string) string {
	if !strings.Contains(s, " by ") || !strings.ContainsAny(s, ".;") {
		return s // most bylines: no regular expression runs
	}
	var kept []string
	from := 0 // where the run of writers' credits being read starts; -1 in another's
	for _, loc := range reOtherCredit.FindAllStringIndex(s, -1) {
		if strings.IndexFunc(s[:loc[0]], unicode.IsLetter) < 0 {
			continue
		}
		switch writer := byPrefix(s[loc[0]+1:]) != nil; {
		case writer && from < 0:
			from = loc[0] + 1
		case !writer && from >= 0:
			// The full stop may close an initial or "Jr." of the name.
			kept = append(kept, strings.TrimSpace(strings.TrimSuffix(s[from:loc[0]+1], ";")))
			from = -1
		}
	}
	if from >= 0 {
		kept = append(kept, strings.TrimSpace(s[from:]))
	}
	return strings.Join(kept, "; ")
}
