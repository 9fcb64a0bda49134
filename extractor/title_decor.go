package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Decorations a <title> adds to the headline besides the site's name: a
// page's number, a date, a leading section, a trail, a byline, a CJK
// site's name set off by a colon or a hyphen; and the tests that tell a
// segment that names a section or a page from a headline's.

// rePageMark matches the number of a page that a multi-page article's
// title carries at a segment's end: "Headline, page 2 - Site",
// "Headline (Page 2 of 3)", Japanese "見出し（1/2） - サイト" and
// "見出し（1/2ページ） - サイト".
// Indonesian portals set the page's number, or "all" for the whole story
// on one page, after the headline with a space alone ("Judul Halaman 2 -
// Site", "Judul Halaman all - Site").
// A forum's or a blog's count of the comments or replies a story drew
// stands there too, in brackets ("Headline (23 comments) - Site",
// "Titre (12 commentaires)").
var rePageMark = regexp.MustCompile(`(?i)(?:,\s*|\s*[(（]\s*)` + pageNumberRe + `(?:\s*[)）])?|\s*[(（]\s*` + countNoteRe + `\s*[)）]|\s*[(（]\d{1,2}/\d{1,2}(?:ページ|页|頁)?[)）]|\s+(?-i:Halaman)\s+(?:all|\d{1,3})\b`)

// cutPageMarks removes the page numbers (rePageMark) that end a title or
// one of its segments.
func cutPageMarks(t string) string {
	if !strings.ContainsAny(t, "0123456789") && !strings.Contains(t, "Halaman") {
		return t
	}
	var locs [][]int
	if mayHoldPageMark(t) {
		locs = rePageMark.FindAllStringIndex(t, 4)
	}
	for k := len(locs) - 1; k >= 0; k-- {
		i, j := locs[k][0], locs[k][1]
		// A mark that opens a segment ("Headline - Halaman all - Site") is
		// the segment, which the cutting of segments takes.
		prev, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t[:i], " "))
		if rest := t[j:]; i > 0 && !strings.ContainsRune(titleSepChars, prev) && (strings.TrimSpace(rest) == "" || len(titleParts(rest)) < len(titleParts("x"+rest)) || strings.HasPrefix(rest, "_") || strings.HasPrefix(rest, "｜")) {
			if paren := strings.ContainsAny(t[i:j], "(（"); paren == strings.ContainsAny(t[i:j], ")）") {
				t = t[:i] + rest
			}
		}
	}
	// "Headline - Site - Page 2": the number after the site's name.
	if parts := titleParts(t); len(parts) > 2 && rePageNumber.MatchString(parts[len(parts)-1]) {
		if i := strings.LastIndex(t, parts[len(parts)-1]); i > 0 {
			t = trimSeparators(strings.TrimSpace(t[:i]))
		}
	}
	return t
}

// mayHoldPageMark reports whether t holds what every rePageMark match
// holds: a comma or an opening bracket before the number, or "Halaman".
// Most titles with a digit hold none (a year, a count in the headline).
func mayHoldPageMark(t string) bool {
	return strings.ContainsAny(t, ",(（") || strings.Contains(t, "Halaman")
}

// cjkSiteEnds end the names of CJK news sites: "新华网", "人民日报",
// "新华社", "朝日新聞", "共同通信", "朝日新聞デジタル", "ライブドアニュース";
// government portals call themselves a web site: "四川省人民政府网站".
var cjkSiteEnds = []string{"网", "網", "网站", "網站", "报", "報", "闻", "聞", "社", "ニュース", "デジタル", "通信", "在线", "在線"}

// cjkSiteTail splits "見出し：朝日新聞" and "标题-新华网" into the headline
// and the site's name: a CJK headline, then a full-width colon or a
// hyphen between CJK characters (which no word of CJK text holds), then
// the site's name, known or ending as news sites' names do. It reports
// whether it split.
func cjkSiteTail(t string, tc titleContext) (head string, cut []string, ok bool) {
	head, name, ok := cjkSiteName(t, tc)
	if !ok {
		return t, nil, false
	}
	cut = []string{name}
	// "标题-报社新闻-查报纸网": a channel's name before the site's.
	for {
		h, sec, ok := cjkTail(head)
		if !ok || !cjkSection(sec) {
			return head, cut, true
		}
		head, cut = h, append([]string{sec}, cut...)
	}
}

// cjkSiteName is cjkSiteTail's first cut: the site's name.
func cjkSiteName(t string, tc titleContext) (head, name string, ok bool) {
	head, name, ok = cjkTail(t)
	if !ok {
		return "", "", false
	}
	if tc.siteNamed(name) {
		return head, name, true
	}
	// After a colon comes a headline's second half as often ("专访：走进
	// 新华社"): only a newspaper's name, not a news agency's or a web
	// site's, is taken there without the page naming it.
	ends := cjkSiteEnds
	if before := strings.TrimRight(t[:len(t)-len(name)], " "); strings.HasSuffix(before, "：") || strings.HasSuffix(before, ":") {
		ends = cjkPaperEnds
	}
	if holdsAnySuffix(name, ends) {
		return head, name, true
	}
	return "", "", false
}

// cjkTail splits a CJK title at its last full-width colon or hyphen
// between CJK characters, or a colon and a space as Japanese papers set
// their names after the headline ("見出し: 日本経済新聞"), when what follows
// is a short CJK name and what precedes it a CJK headline of six
// characters or more.
func cjkTail(t string) (head, name string, ok bool) {
	// The name opens with a CJK character: most titles hold none, and
	// are let go before the five searches for a separator.
	if !holdsCJK(t) {
		return "", "", false
	}
	i, w := -1, 0
	for _, sep := range []string{"：", "-", "－", "—", ": "} {
		if k := strings.LastIndex(t, sep); k > i {
			i, w = k, len(sep)
		}
	}
	if i <= 0 {
		return "", "", false
	}
	head, name = strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+w:])
	before, _ := utf8.DecodeLastRuneInString(head)
	after, _ := utf8.DecodeRuneInString(name)
	n := utf8.RuneCountInString(name)
	if !isCJK(before) && !isPunctCJK(before) || !isCJK(after) || n < 2 || n > 12 || !isMostlyCJK(name) || !isMostlyCJK(head) || utf8.RuneCountInString(head) < max(6, n) {
		return "", "", false
	}
	return head, name, true
}

// cutCJKSiteHead removes the site's name that opens a CJK title, set off
// from a CJK headline by an underscore, a hyphen, a pipe or two hyphens
// ("新华网_标题", "人民网--标题", "江城日报 | 标题"), and a portal's channel
// after it ("江城日报－国内新闻－标题"): a name the page gives its site, or
// one that ends as news sites' names do (cjkSiteEnds). After a
// full-width colon or a dash, which set off a speaker or a subtitle as
// often ("人民日报评论员：…", "标题——副标题"), only the name the page gives
// its site goes. A channel's name opens the title alone too
// ("财经频道_标题").
func cutCJKSiteHead(t string, tc titleContext) string {
	name, rest, weak, ok := cjkHead(t)
	if !ok || !tc.siteNamed(name) && (weak || !holdsAnySuffix(name, cjkSiteEnds) && !cjkSection(name)) {
		return t
	}
	if sec, after, _, ok := cjkHead(rest); ok && cjkSection(sec) {
		rest = after
	}
	return rest
}

// cjkHead splits a CJK title at its first separator (an underscore, a
// hyphen, a full-width one, a pipe, a dash, a full-width colon) when what
// precedes it is a short CJK name and what follows a CJK headline of six
// characters or more, as long as the name at least. weak says the
// separator was a colon or a dash, which a headline may hold.
// cjkHeadSeps are the separators cjkHead cuts at.
var cjkHeadSeps = newCharSet("_-－—|｜：")

func cjkHead(t string) (name, rest string, weak, ok bool) {
	i := cjkHeadSeps.index(t)
	if i <= 0 {
		return "", "", false, false
	}
	name = strings.TrimSpace(t[:i])
	rest = strings.TrimLeft(t[i:], " _-－—|｜：")
	sep := t[i : len(t)-len(rest)]
	rest = strings.TrimSpace(rest)
	weak = strings.ContainsAny(sep, "—：")
	last, _ := utf8.DecodeLastRuneInString(name)
	first, _ := utf8.DecodeRuneInString(rest)
	n := utf8.RuneCountInString(name)
	if !isCJK(last) || !isCJK(first) || n < 2 || n > 12 || !isMostlyCJK(name) || !isMostlyCJK(rest) || utf8.RuneCountInString(rest) < max(6, n) {
		return "", "", false, false
	}
	return name, rest, weak, true
}

// cjkPaperEnds end the names of CJK newspapers and their sites: "朝日新聞",
// "人民日报", "朝日新聞デジタル", "共同通信".
var cjkPaperEnds = []string{"新聞", "新闻", "日報", "日报", "時報", "时报", "デジタル", "ニュース", "通信"}

// isPunctCJK reports whether r is a CJK sentence's closing mark, which may
// end a headline before its site's name ("…吗？-新华网"), or a closing
// bracket, full-width or not, as an older portal's note of its photos
// ends one ("标题(组图)-新华网").
func isPunctCJK(r rune) bool {
	return strings.ContainsRune("？！」』）”)", r)
}

// cutDateTail removes the date a news agency's <title> gives after its
// name ("Headline - РИА Новости, 16.05.2024"): a date that alone follows
// the last segment's comma, when that segment is a short name after a
// headline twice as long. A headline that ends with its own date ("Site –
// The Briefing, Friday, November 9, 2012") is longer than what precedes it.
func cutDateTail(t string) string {
	parts := titleParts(t)
	if len(parts) < 2 || !strings.ContainsAny(parts[len(parts)-1], "0123456789") {
		return t
	}
	last := parts[len(parts)-1]
	name, date, ok := strings.Cut(last, ", ")
	if !ok || len(strings.Fields(name)) > 4 || utf8.RuneCountInString(strings.Join(parts[:len(parts)-1], " ")) < 2*utf8.RuneCountInString(name) {
		return t
	}
	f := strings.Fields(date)
	if len(f) == 0 || len(f) > 5 {
		return t
	}
	for _, w := range f {
		if !strings.ContainsAny(w, "0123456789") && monthNum(strings.Trim(w, ".,")) == "" {
			return t
		}
	}
	if _, ok := parseDate(date, true); !ok {
		return t
	}
	return strings.TrimSpace(t[:strings.LastIndex(t, last)+len(name)])
}

// cutLeadWord removes one capitalised word that a breadcrumb's separator
// sets off before a headline of four words or more: a section ("Opinion
// | Headline", "Politik » Headline") or a one-word site's name
// ("Frommers | Headline"), never the headline, which is longer; and so
// each step of a trail of them ("Home > News > Headline").
func cutLeadWord(t string) string {
	for range 3 {
		i := crumbSepSet.index(t)
		if i <= 0 || t[i-1] != ' ' {
			return t
		}
		word := strings.TrimSpace(t[:i])
		_, w := utf8.DecodeRuneInString(t[i:])
		rest := strings.TrimSpace(t[i+w:])
		if !sectionWord(word) && !newsSection(word) || spacedWords(rest) < 4 || !isLetterStart(rest) {
			return t
		}
		t = rest
	}
	return t
}

// leadingCrumbs returns how many of a title's segments are a breadcrumb
// trail before the headline that ends it ("Valley Gazette | Headline",
// "Site › Section › Headline"): segments of three words or fewer, each
// set off by a breadcrumb's separator, before a headline of four words or
// more and twice as long as each of them. It returns 0 if there is none.
func leadingCrumbs(parts []string, seps []rune) int {
	last := parts[len(parts)-1]
	n := utf8.RuneCountInString(last)
	if spacedWords(last) < 4 {
		return 0
	}
	k := 0
	for k < len(parts)-1 && strings.ContainsRune(crumbSeps, seps[k]) && spacedWords(parts[k]) <= 3 && 2*utf8.RuneCountInString(parts[k]) <= n {
		k++
	}
	if k < len(parts)-1 {
		return 0
	}
	return k
}

// cjkSourceCredit reports whether a bracket that ends a CJK headline names
// the paper or agency that wrote it, as a portal credits its sources
// ("見出し（毎日新聞） - Yahoo!ニュース", "标题（新华社）").
func cjkSourceCredit(head, name string) bool {
	if !isMostlyCJK(head) || !isMostlyCJK(name) || utf8.RuneCountInString(name) > 12 {
		return false
	}
	return holdsAnySuffix(name, cjkSiteEnds)
}

// bylineSegment reports whether a <title> segment is the author's byline
// ("by Jane Doe", Substack's and Medium's "- by Author -"): "by", "von",
// "par" or "por", after a participle of bylineLeads or not ("Written by
// Jane Doe"), then one to four capitalised words.
func bylineSegment(seg string) bool {
	f := strings.Fields(seg)
	if len(f) > 2 && bylineLeads[strings.ToLower(f[0])] {
		f = f[1:]
	}
	if len(f) < 2 || len(f) > 5 || !bylineWords[strings.ToLower(f[0])] {
		return false
	}
	for _, w := range f[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

var bylineWords = setOf("by", "von", "par", "por")

// bylineLeads are the participles that open a byline segment before its
// "by" ("Written by Jane Doe", "Posted by", "Geschrieben von", "Écrit
// par", "Escrito por").
var bylineLeads = setOf("written", "posted", "published", "geschrieben", "verfasst", "écrit", "ecrit", "publié", "publie", "escrito", "publicado")

// newsWordsFirst are the words for news that open a news section's name
// in a language that puts the noun first: Indonesian and Malay "Berita"
// ("Berita Terkini", "Berita Utama", "Berita Daerah").
var newsWordsFirst = setOf("Berita")

// newsWordsLast are the words for news that end a news section's name,
// capitalised as a name writes them.
var newsWordsLast = setOf("News", "Haberleri", "Haberler", "Haber", "Nachrichten", "Nieuws", "Nyheter", "Uutiset", "Hírek")

// sectionNames are the names news sites give their sections in many
// languages: beside a site's name that opens a <title>, one of them is the
// section ("Stadtblatt - Nachrichten - Headline"), as a word that may be a
// headline's own ("Spanner - It's About …") is not.
var sectionNames = setOf("news", "nachrichten", "aktuelles", "aktuell", "actualites", "actualités", "actualite", "actualité", "noticias", "notizie", "nieuws", "wiadomości", "новости", "haberler",
	"politics", "politik", "politique", "política", "politica", "sport", "sports", "deportes", "wirtschaft", "economy", "business", "économie", "economía",
	"kultur", "culture", "cultura", "local", "lokales", "regional", "world", "welt", "monde", "mundo", "opinion", "meinung", "opinión", "panorama",
	"frontpage", "titelseite", "national", "international", "nation", "metro", "editorial", "editorials", "features", "entertainment", "technology", "science", "health")

// cutSectionSentence cuts the section's name that opens a stated title
// as a sentence of its own, set off by a full stop ("Sport. Ajax wint",
// "Politik. Headline"), as some broadcasters' and papers' templates
// write the section before a short headline, and French papers the
// kind of piece ("ENTRETIEN. Headline", "TÉMOIGNAGE. Headline"; a
// badge in capitals, "VIDÉO. Headline", goes as a badge). The name is
// one capitalised word that names a news section (sectionNames) or a
// kind of piece (pieceKinds), or that the page's menus, its section or
// its address name; a headline of two words or more, opening with a
// capital, follows. A headline's own first sentence is seldom a
// section's bare name, and an abbreviation ("St. Louis", "Dr. Jane Doe")
// names none.
func cutSectionSentence(t string, tc titleContext) string {
	label, rest, ok := strings.Cut(t, ". ")
	if !ok || !sectionWord(label) || spacedWords(rest) < 2 {
		return t
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return t
	}
	lower := strings.ToLower(label)
	if sectionNames[lower] || pieceKinds[lower] || tc.siteOrLabel(label) || anySpelling(label, tc.folderNamed) {
		return strings.TrimSpace(rest)
	}
	return t
}

// cutReversedTrail keeps the headline of "Headline < Section < 기사본문 -
// Site", the trail Korean news CMSs write from the page up to the site:
// what follows the first " < " of two or more is the trail.
func cutReversedTrail(t string) (string, []string) {
	i := strings.Index(t, " < ")
	if i <= 0 || strings.Count(t, " < ") < 2 {
		return t, nil
	}
	head := strings.TrimSpace(t[:i])
	if spacedWords(head) < 2 && utf8.RuneCountInString(head) < 6 {
		return t, nil
	}
	return head, titleParts(t[i+3:])
}

// reEdgeSeparator matches a separator left at either end of a title once
// what it separated is gone ("» Headline", "Headline |").
// The class escapes the hyphen, which between two characters would name
// the range between them; a run of them spaced apart goes at the end
// ("Headline？- -").
var reEdgeSeparator = regexp.MustCompile(`^[` + edgeClass + `]+\s+|(?:\s*[` + edgeClass + `]+)*\s+[` + edgeClass + `]+$`)

var edgeClass = strings.ReplaceAll(edgeSeparators, "-", `\-`)

const edgeSeparators = "|»«›·•●:–—-⋆~"

// trimSeparators removes separators from the ends of a title.
func trimSeparators(t string) string {
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(edgeSeparators, first) && !strings.ContainsRune(edgeSeparators, last) {
		return t // the expression runs only where it can match
	}
	return strings.TrimSpace(reEdgeSeparator.ReplaceAllString(t, ""))
}

// crumbSeps are the separators a breadcrumb trail or a section's name is
// set off by: a headline holds none of them.
const crumbSeps = "|｜»›>" + pipeLike

// crumbSepSet is crumbSeps as a charSet.
var crumbSepSet = newCharSet(crumbSeps)

// sectionWord reports whether a segment is one capitalised word, as a
// section's name between a headline and the site's is ("World",
// "Politics"), or one word of a script without capitals other than
// Chinese and Japanese, which write a section so as they write any word
// ("اقتصاد", "खेल", "กีฬา").
func sectionWord(seg string) bool {
	r, _ := utf8.DecodeRuneInString(seg)
	if !unicode.IsUpper(r) && !(caseless(r) && !isCJK(r)) || utf8.RuneCountInString(seg) > 15 {
		return false
	}
	// Devanagari and Thai write vowels as marks on the letters ("खेल").
	for _, r := range seg {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) {
			return false
		}
	}
	return true
}

// newsSection reports whether a segment is a news section's name: two or
// three capitalised words, the last "News" or its word in a language
// that puts it last ("Local News", "Breaking News", "US & World News",
// Turkish "Son Dakika Haberleri", German "Regionale Nachrichten"), or
// the first in one that puts it first (Indonesian "Berita Terkini").
func newsSection(seg string) bool {
	f := strings.Fields(seg)
	if len(f) < 2 || len(f) > 3 || !newsWordsLast[f[len(f)-1]] && !newsWordsFirst[f[0]] {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "&" {
			return false
		}
	}
	return true
}

// cjkSectionEnds end the names Chinese portals give their sections and
// channels ("新闻中心", "财经频道", "国内新闻", "专题栏目").
var cjkSectionEnds = []string{"频道", "頻道", "中心", "新闻", "新聞", "栏目", "欄目", "资讯", "資訊"}

// cjkSection reports whether a segment of six characters or fewer is a
// Chinese portal's section name.
func cjkSection(seg string) bool {
	if n := utf8.RuneCountInString(seg); n < 3 || n > 6 || !isMostlyCJK(seg) {
		return false
	}
	return holdsAnySuffix(seg, cjkSectionEnds)
}

// rePageNumber matches a page's number in a multi-page article's title.
// A count of comments or replies, a segment of its own ("Headline - 5
// Kommentare - Site"), goes as it does.
var rePageNumber = regexp.MustCompile(`(?i)^(?:` + pageNumberRe + `|` + countNoteRe + `)$`)

// countNoteRe is a count of the comments or replies a story drew, as
// titles write it after the headline in the languages of issue 13 ("23
// comments", "5 Kommentare", "12 commentaires", "3 respuestas", "7
// комментариев"); rePageMark and rePageNumber share it.
const countNoteRe = `\d{1,6}\s+(?:comments?|replies|reply|responses?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|respuestas?|reacties|reactie|komentarzy|komentarze|komentarz|yorum|комментари(?:ев|я|й)|коментар(?:ів|і|я)?|ответ(?:ов|а)?)`

// pageNumberRe is a page's number as titles write it in a dozen languages
// ("page 2", "Seite 2 von 3", "Halaman 2", "strana 2", "страница 2 из
// 3", Indonesian "Halaman all" for the whole story); rePageMark and
// rePageNumber share it.
const pageNumberRe = `(?:(?:page|seite|página|pagina|strona|sayfa|halaman|strana|stránka|страница|сторінка|sivu|sida)\s+\d{1,3}(?:\s+(?:of|von|de|di|z|из|з|dari|av|/)\s+\d{1,3})?|halaman\s+all)`

// sectionPhrase reports whether a segment of two or three words between
// a headline and the site's name is a section's or a forum category's
// name ("Headline - Local politics - Valley Forum", "Headline - Arts &
// Culture - Site"): it opens with a capital, ends no sentence, holds no
// digit, and the headline before it is three times as long.
func sectionPhrase(seg, head string) bool {
	n := spacedWords(seg)
	if n < 2 || n > 3 || strings.ContainsAny(seg, "?!.:0123456789\"“”'’") || !isLetterStart(seg) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(seg); !unicode.IsUpper(r) {
		return false
	}
	return utf8.RuneCountInString(head) >= 3*utf8.RuneCountInString(seg)
}

// newsTagline reports whether a segment between a headline of four words
// or more and the site's name is the site's tagline: a phrase of two to
// six words that names the news it brings ("Nachrichten aus der Region",
// "Your local news since 1901", "Noticias de Lima"), ends no sentence
// and quotes no one. A subtitle after so long a headline seldom says
// "news"; a tagline nearly always does.
func newsTagline(seg, head string) bool {
	n := spacedWords(seg)
	if n < 2 || n > 6 || spacedWords(head) < 4 || strings.ContainsAny(seg, "?!:\"“”") {
		return false
	}
	for _, w := range strings.Fields(seg) {
		if taglineNewsWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// taglineNewsWords name news in news sites' taglines.
var taglineNewsWords = setOf("news", "nachrichten", "noticias", "notizie", "nouvelles", "actualités", "actualites", "nieuws", "notícias", "noticies", "notícies",
	"wiadomości", "новости", "новини", "haberler", "nyheter", "nyheder", "uutiset", "hírek", "zprávy", "správy", "vești", "știri", "stiri")

// cutHashtags removes the run of two hashtags or more that ends a title
// after a headline of three words or more ("Headline #news #valley").
func cutHashtags(t string) string {
	if !strings.Contains(t, "#") {
		return t
	}
	f := strings.Fields(t)
	k := len(f)
	for k > 0 && hashtag(f[k-1]) {
		k--
	}
	if len(f)-k < 2 || k < 3 {
		return t
	}
	return trimSeparators(strings.Join(f[:k], " "))
}

// hashtag reports whether a word is a hashtag: "#" and a letter first.
func hashtag(w string) bool {
	rest, ok := strings.CutPrefix(w, "#")
	return ok && isLetterStart(rest)
}

// homeTrail reports whether t, a page's <title>, is its breadcrumb trail
// from the home page and no more, as some CMSs title an article's page:
// "홈 > 정치 > 국회 - 한빛일보", "首页 > 新闻 > 本地". Its last crumb is a
// section's name (three words at most, eight characters in a script
// without spaces), not the headline that ends "Home > News > Council
// approves budget" (leadingCrumbs): the <title> is then no headline's
// candidate.
func homeTrail(t string) bool {
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '>' || r == '›' || r == '»' })
	if len(parts) < 3 || !trailHomeWords[strings.ToLower(strings.TrimSpace(parts[0]))] {
		return false
	}
	last := strings.TrimSpace(parts[len(parts)-1])
	if i := strings.IndexAny(last, "-|_–—"); i > 0 {
		last = strings.TrimSpace(last[:i]) // "국회 - 한빛일보": the site's name after the trail
	}
	words := strings.Fields(last)
	return len(words) > 0 && len(words) <= 3 && (!isMostlyCJK(last) || utf8.RuneCountInString(last) <= 8)
}

// trailHomeWords are the words for the home page that open a breadcrumb
// trail in the languages of news.
var trailHomeWords = setOf("홈", "home", "首页", "首頁", "ホーム", "トップ", "trang chủ", "startseite", "accueil", "inicio", "início", "главная", "ana sayfa", "anasayfa", "beranda")

// reUpdateMark matches the note a newsroom sets in brackets after a
// headline it has updated since it ran: "(Updated)", "[Update]",
// "(UPDATE 2)", Spanish "(actualizado)", French "(mis à jour)", German
// "(aktualisiert)", Italian "(aggiornato)", Portuguese "(atualizado)",
// Dutch "(bijgewerkt)"; an English one may say when ("(Updated 3:45
// p.m.)", "(UPDATED: Jan. 5, 2024)", "(Updated at 10am)").
var reUpdateMark = regexp.MustCompile(`(?i)\s*[(\[]\s*(?:updated?(?:\s+\d{1,2}|[:,]?\s+(?:at\s+|on\s+)?\d[^()\[\]]{0,24}|[:,]?\s+[a-z]{3,9}\.?\s+\d[^()\[\]]{0,20})?|actualizad[oa]|mise? à jour|aktualisiert|aggiornat[oa]|atualizad[oa]|bijgewerkt)\s*[)\]]`)

// cutUpdateMark removes an update's note (reUpdateMark) that ends a
// title or its first segment ("Headline (Updated) | Site"): the story's
// headline is the same before and after the update. The headline that
// stays is three words or six CJK characters or more.
func cutUpdateMark(t string) string {
	if !strings.ContainsAny(t, "([") || !mayHoldUpdateMark(t) {
		return t
	}
	loc := reUpdateMark.FindStringIndex(t)
	if loc == nil || loc[0] == 0 || yearUpdate(t[loc[0]:loc[1]]) {
		return t
	}
	head, rest := strings.TrimSpace(t[:loc[0]]), t[loc[1]:]
	if r := strings.TrimSpace(rest); r != "" && (!strings.HasPrefix(rest, " ") || !strings.ContainsRune(titleSepChars, []rune(r)[0])) {
		return t
	}
	if !edgeLong(head) {
		return t
	}
	return head + rest
}

// mayHoldUpdateMark reports whether t holds, in any case, a part of each
// word of reUpdateMark: "updat", "tuali" of "actualizado", "atualizado"
// and "aktualisiert", "jour", "aggiornat", "bijgewer". Most titles with a
// bracket hold none, and skip the regexp.
func mayHoldUpdateMark(t string) bool {
	return hasFoldASCII(t, "updat") || hasFoldASCII(t, "tuali") || hasFoldASCII(t, "jour") ||
		hasFoldASCII(t, "aggiornat") || hasFoldASCII(t, "bijgewer")
}

// yearUpdate reports whether an update's note gives a year and no more:
// "(Updated 2025)" says the list or the guide is this year's, which the
// headline's own words say as often ("Top 25 Publishers (Updated
// 2025)"); no note of an update to the story.
func yearUpdate(note string) bool {
	f := strings.Fields(strings.Trim(note, " ()[]"))
	return len(f) == 2 && len(f[1]) == 4 && strings.Trim(f[1], "0123456789") == ""
}

// mediaWordRe is a word that says what media a story holds, in the
// languages of news: photos, a video, a gallery, audio.
const mediaWordRe = `(?:photos?|pics|pictures|video|videos|gallery|audio|podcast|infographic|fotos?|foto's|vídeos?|vidéos?|galería|galerie|galeria|bilder|bildergalerie|fotogalerie|fotogalería|wideo|zdjęcia|fotoğraflar|фото|видео|відео|фоторепортаж|фотогалерея|аудио)`

// reMediaMark matches the mark a newsroom sets after a headline to say
// what the story holds, whole: "(PHOTOS)", "[VIDEO]", "(20 PHOTOS)",
// "(PHOTOS, VIDEO)", "(with video)", "(mit Video)", "(con vídeo)",
// "(avec vidéo)", "(FOTOS)", "[ВИДЕО]", "(фото и видео)".
var reMediaMark = regexp.MustCompile(`(?i)^(?:(?:with|mit|con|avec|com|\+)\s*)?(?:\d{1,3}\s+)?` + mediaWordRe + `(?:\s*(?:[,+&/]|and|und|y|et|e|и|і)\s*(?:\d{1,3}\s+)?` + mediaWordRe + `)*$`)

// cutMediaMark removes a media mark (reMediaMark) that ends a title or
// its first segment, in brackets ("Headline (PHOTOS) | Site", "Headline
// [VIDEO]"), or that a spaced dash sets off at its end ("Headline –
// VIDEO"): it says what the story holds, as a leading "VIDEO:" does
// (cutBadgeLabel), not what it says. The headline that stays is three
// words or six CJK characters or more.
func cutMediaMark(t string) string {
	if strings.ContainsAny(t, "([") {
		for i := 0; i < len(t); {
			j := strings.IndexAny(t[i:], "([")
			if j < 0 {
				break
			}
			j += i
			close := ")"
			if t[j] == '[' {
				close = "]"
			}
			k := strings.Index(t[j:], close)
			if k < 0 {
				break
			}
			k += j
			head, rest := strings.TrimSpace(t[:j]), t[k+1:]
			r := strings.TrimSpace(rest)
			if reMediaMark.MatchString(strings.TrimSpace(t[j+1:k])) && edgeLong(head) && (r == "" || strings.HasPrefix(rest, " ") && strings.ContainsRune(titleSepChars, []rune(r)[0])) {
				return head + rest
			}
			i = k + 1
		}
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(t, d); i > 0 && reMediaMark.MatchString(strings.TrimSpace(t[i+len(d):])) && edgeLong(t[:i]) {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

// cutStateSegment removes a state or media mark that a spaced dash or bar
// sets off as a segment of its own after the headline (stateMark), at
// the title's end or before the site's name: "Headline - UPDATE 2 |
// Site", "Headline – UPDATED: 3:45 p.m. – Site", "Headline - LIVE |
// Site", "Headline - VIDEO - Site". Like the marks in brackets
// (cutUpdateMark, cutMediaMark) it says what became of the story or what
// it holds, not what it says. The headline before it is three words or
// six CJK characters or more.
func cutStateSegment(t string) string {
	// Headings and lines of text are tried too (unmarkedKey): most hold
	// no dash or bar that a space opens.
	if !strings.Contains(t, " - ") && stateSepSet.index(t) < 0 {
		return t
	}
	seps := titleSeps(t, 8)
	for k, m := range seps {
		if !strings.ContainsAny(t[m[0]:m[1]], "-–—|｜"+pipeLike) {
			continue
		}
		end := len(t)
		if k+1 < len(seps) {
			end = seps[k+1][0]
		}
		if stateMark(strings.TrimSpace(t[m[1]:end])) && edgeLong(t[:m[0]]) {
			return strings.TrimSpace(t[:m[0]] + t[end:])
		}
	}
	return t
}

// stateSepSet holds the characters of the bars and the long dashes that
// set off a state mark (cutStateSegment).
var stateSepSet = newCharSet("|–—｜" + pipeLike)

// stateMark reports whether a title's segment is a state or media mark
// and no more: a badge's word, a capital first ("LIVE", "UPDATED",
// "Exclusive", "EN VIVO"), a media mark ("VIDEO", "20 PHOTOS"), or an update's word
// with its number or its time ("UPDATE 2", "Updated: 3:45 p.m.",
// "Aktualisiert 14.30 Uhr", "mis à jour le 5 mars").
func stateMark(seg string) bool {
	if seg == "" || len(seg) > 48 {
		return false
	}
	low := strings.ToLower(seg)
	// A badge's word in small letters is the headline's own: "Brexit
	// vote: MPs reject the deal again – live", as the live blog's <h1>
	// writes it too.
	if badgeWords[low] && low != seg || reMediaMark.MatchString(seg) {
		return true
	}
	for _, p := range []string{"mis à jour ", "mise à jour "} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			return strings.ContainsAny(rest, "0123456789") && spacedWords(rest) <= 5
		}
	}
	w, rest, _ := strings.Cut(low, " ")
	return updateWords[strings.TrimRight(w, ":")] && strings.ContainsAny(rest, "0123456789") && spacedWords(rest) <= 5 && !yearUpdate(seg)
}

// updateWords open an update's note in the languages of news.
var updateWords = setOf("update", "updated", "aktualisiert", "aktualisierung", "actualizado", "actualizada", "actualización", "actualizacion", "aggiornato", "aggiornamento", "atualizado", "atualização", "bijgewerkt")

// unmarkedKey is a heading's text simplified without the marks cleaning
// cuts from a title's ends (cutBadgeLabel's "BREAKING:", cutUpdateMark's
// "(Updated)", cutMediaMark's "(PHOTOS)"), or "" where it holds none:
// the heading "Headline (PHOTOS)" is the line of the title "Headline",
// whose byline and date are read beside it and which the body leaves out.
func unmarkedKey(s string) string {
	if c := cutMarks(s); len(c) < len(strings.TrimSpace(s)) {
		return simplify(c)
	}
	return ""
}

// cutMarks removes the marks a title's ends hold: a badge's label
// (cutBadgeLabel), an update's note (cutUpdateMark), a media mark
// (cutMediaMark), and either set off as a segment (cutStateSegment).
func cutMarks(t string) string {
	return cutStateSegment(cutMediaMark(cutUpdateMark(cutBadgeLabel(t))))
}

// headlineOf reports whether a heading's text is the title, with or
// without its marks (unmarkedKey); want is the title simplified.
func headlineOf(text, want string) bool {
	return want != "" && (simplify(text) == want || unmarkedKey(text) == want)
}
