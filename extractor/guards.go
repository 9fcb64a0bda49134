package extractor

import (
	"maps"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cheap tests of what every match of a regexp holds, so that the regexp
// runs only on the few texts that may match. Go's backtracker clears
// state in proportion to the text even when the match fails at its first
// byte, so an anchored regexp is not free on the short blocks of a page.

// byAloneBytes holds every byte a reByAlone match may hold: the letters
// of its words (and Indonesian "penulis") in either case, the bytes of "ſ" (which (?i) folds with
// "s"), white space and the colon.
var byAloneBytes = func() (set [256]bool) {
	for _, c := range []byte("articlestorypostwrittenpostedreportedwordsbyauthorspenulis") {
		set[c], set[c-'a'+'A'] = true, true
	}
	for _, c := range []byte("ſ \t\n\f\r:()") {
		set[c] = true
	}
	return set
}()

// mayBeByAlone reports whether t may match reByAlone: it holds no byte
// that no match holds.
func mayBeByAlone(t string) bool {
	for i := 0; i < len(t); i++ {
		if !byAloneBytes[t[i]] {
			return false
		}
	}
	return true
}

// mayBeByStart reports whether t may match reByStart: it opens with a
// byte a match may open with (byStartLead).
func mayBeByStart(t string) bool { return byStartLead.admits(t) }

// mayBeAboutAuthor reports whether t may match reAboutAuthor: it opens
// with a byte a match may open with.
func mayBeAboutAuthor(t string) bool { return aboutAuthorLead.admits(t) }

// The bytes the matches of the anchored expressions in front of which a
// guard tests a text's first byte may open with, read from each
// expression: a word added to one needs no guard kept in step by hand.
var (
	byStartLead       = anchoredLeadBytes(reByStart)
	aboutAuthorLead   = anchoredLeadBytes(reAboutAuthor)
	prepositionByLead = anchoredLeadBytes(rePrepositionBy)
	publishedByLead   = anchoredLeadBytes(rePublishedBy)
)

// leadBytes is a set of bytes a text may open with.
type leadBytes [256]bool

// admits reports whether t opens with one of l's bytes.
func (l *leadBytes) admits(t string) bool { return t != "" && l[t[0]] }

// anchoredLeadBytes gives the bytes a text that re matches may open with,
// case folds included (firstBytes). re must be anchored at the text's
// start and open with known bytes; it panics otherwise, at start-up, as
// regexp.MustCompile does for a bad expression: a guard on any other
// expression would refuse texts that match.
func anchoredLeadBytes(re *regexp.Regexp) leadBytes {
	expr := re.String()
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("anchoredLeadBytes: " + err.Error())
	}
	parsed = parsed.Simplify()
	prog, err := syntax.Compile(parsed)
	if err != nil {
		panic("anchoredLeadBytes: " + err.Error())
	}
	if prog.StartCond()&syntax.EmptyBeginText == 0 {
		panic("anchoredLeadBytes: " + expr + " is not anchored at the text's start")
	}
	var set [256]bool
	if nullable, known := firstBytes(parsed, &set); nullable || !known {
		panic("anchoredLeadBytes: " + expr + " may open with any byte or match the empty text")
	}
	return set
}

// matchesByStart is reByStart.MatchString(t), the regexp run only when t's
// first word may start a match (mayMatchByStart).
func matchesByStart(t string) bool {
	return mayMatchByStart(t) && reByStart.MatchString(t)
}

// mayMatchByStart reports whether t may match reByStart: beyond
// mayBeByStart, a text whose first word is ASCII letters that end at an
// ASCII byte or at its end matches only when that word is "by" or the
// first word of one of byVerbs, in any case. A word that runs on into
// another byte (ſ, K, a Greek or Arabic letter) is left to the regexp.
func mayMatchByStart(t string) bool {
	return mayBeByStart(t) && asciiWordMayBe(t, 0, byStartWords)
}

// asciiWordMayBe reports whether the word of ASCII letters at s[i:] is
// one of words (lower-case, at most 12 letters) in any case, or runs on
// into a byte outside ASCII, which a guard leaves to its regexp: (?i)
// folds "ſ" and "K" into ASCII words, and other scripts have words of
// their own.
func asciiWordMayBe(s string, i int, words map[string]bool) bool {
	var w [12]byte // the longest of byPrefixWords, "contributed", fits
	n := 0
	for j := i; j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z'); j++ {
		if n < len(w) {
			w[n] = s[j] | 0x20
		}
		n++
	}
	if i+n < len(s) && s[i+n] >= utf8.RuneSelf {
		return true
	}
	return n > 0 && n <= len(w) && words[string(w[:n])]
}

// byStartWords are the first words of the matches of reByStart that
// start with an ASCII word: "by" and the first word of each of byVerbs.
var byStartWords = setOf("by", "written", "posted", "started", "reported", "reporting", "writing", "submitted", "story", "words",
	"text", "article", "guest", "blog", "post", "report", "interview", "opinion", "analysis", "commentary", "compiled", "essay",
	"column", "review", "authored", "contributed", "op", "oped")

// notAuthorRole is reNotAuthorRole.FindStringIndex(s), by whether s holds
// "by" in any case: every match holds "by", "editor", or "von", "par",
// "por", "da" or "door" before a space. A match with "by" also holds the
// start of one of the English roles (mayHoldEnglishRole) or another
// language's word for "by".
func notAuthorRole(s string, by bool) []int {
	if !by && !hasFoldASCII(s, "editor") && !hasFoldASCII(s, "von ") && !hasFoldASCII(s, "par ") &&
		!hasFoldASCII(s, "por ") && !hasFoldASCII(s, "da ") && !hasFoldASCII(s, "door ") {
		return nil
	}
	if by && !mayHoldEnglishRole(s) && !hasFoldASCII(s, "von") && !hasFoldASCII(s, "par") &&
		!hasFoldASCII(s, "por") && !hasFoldASCII(s, "da") && !hasFoldASCII(s, "door") {
		return nil
	}
	if !mayHoldRoleWord(s) {
		return nil
	}
	return reNotAuthorRole.FindStringIndex(s)
}

// roleNeedles are parts, in ASCII letters other than k and s, of each
// role word of reNotAuthorRole beyond mayHoldEnglishRole's: "gepr" of
// "geprüft", "etzt" of "übersetzt", "rifi" of "vérifié", "vi" of
// "révisée", "revisado", "rivisto", "trad" of "traduite", "tradotto",
// "nage" of "nagekeken".
var roleNeedles = []string{"gepr", "berpr", "begutacht", "torier", "redigier", "etzt", "rifi", "relu", "vi",
	"trad", "valid", "verif", "gecontrol", "beoordeel", "nage", "vertaal", "geredig"}

// mayHoldRoleWord reports whether s may hold one of reNotAuthorRole's
// role words, which each of its matches holds: most credits with a "by"
// or a "da" in them hold none, and skip the regexp, a costly one.
func mayHoldRoleWord(s string) bool {
	if mayHoldEnglishRole(s) {
		return true
	}
	for _, w := range roleNeedles {
		if hasFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// mayHoldEnglishRole reports whether s holds, in any case, the start of
// one of the English roles of reNotAuthorRole ("chec" of "checked" and
// "tran" of "translated": their k and s fold beyond ASCII).
func mayHoldEnglishRole(s string) bool {
	return hasFoldASCII(s, "review") || hasFoldASCII(s, "chec") || hasFoldASCII(s, "verif") ||
		hasFoldASCII(s, "edit") || hasFoldASCII(s, "approv") || hasFoldASCII(s, "tran")
}

// hasASCIIYear reports whether s holds a year 19xx or 20xx in ASCII
// digits, which every match of reISO, reMDY and reDMY holds.
func hasASCIIYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if yearAt(s, i) {
			return true
		}
	}
	return false
}

// mayHoldPhotoCredit reports whether s may match rePhotoCredit: every
// match holds the start of one of its words in any ASCII case (none of
// these letters has a (?i) fold beyond ASCII, as k and s do), or "фото",
// whose Cyrillic letters all start with byte D0 or D1; Vietnamese "ảnh"
// holds "nh", and Arabic "تصوير" and Persian "عکس" open with a letter
// whose first byte is D8.
func mayHoldPhotoCredit(s string) bool {
	return hasFoldASCII(s, "photo") || hasFoldASCII(s, "pictur") || hasFoldASCII(s, "imag") ||
		hasFoldASCII(s, "fot") || hasFoldASCII(s, "bild") || hasFoldASCII(s, "zdj") ||
		hasFoldASCII(s, "illu") || hasFoldASCII(s, "ilus") || hasFoldASCII(s, "video") ||
		strings.IndexByte(s, 0xD0) >= 0 || strings.IndexByte(s, 0xD1) >= 0 ||
		hasFoldASCII(s, "nh") || strings.IndexByte(s, 0xD8) >= 0
}

// authorJoinWords are the words reAuthorSplit splits at, between white
// space: the words for "and" its comment lists (authorJoinList).
var authorJoinWords = setOf(authorJoinList...)

// authorJoinList is the one list of those words, from which both
// reAuthorSplit's pattern and authorJoinWords are built.
var authorJoinList = []string{"and", "AND", "And", "und", "et", "y", "e",
	"и", "і", "та", "και", "és", "și", "ve", "och", "og", "i", "ja", "و",
	"dan", "và", "और"}

// mayJoinNames reports whether reAuthorSplit may split s: it holds one of
// the punctuation marks it splits at, or one of its words with white
// space (Go's \s: tab, newline, form feed, carriage return, space) on
// each side. Most bylines name one author and hold neither.
func mayJoinNames(s string) bool {
	if strings.ContainsAny(s, ",;&/|") || strings.Contains(s, "、") || strings.Contains(s, "，") || strings.Contains(s, "،") || strings.Contains(s, "／") {
		return true
	}
	for i := 0; i < len(s); i++ {
		if !reSpace(s[i]) {
			continue
		}
		j := i + 1
		for j < len(s) && !reSpace(s[j]) {
			j++
		}
		if j < len(s) && authorJoinWords[s[i+1:j]] {
			return true
		}
		i = j - 1
	}
	return false
}

// reSpace reports whether c is white space as Go's regexp \s reads it.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// spacedWord reports whether s holds w between two bytes of Go's \s (tab,
// newline, form feed, carriage return, space), in any ASCII case when fold
// is set (w is then lower-case letters other than k and s, whose (?i)
// folds reach past ASCII): what "\s+w\s" needs.
func spacedWord(s, w string, fold bool) bool {
	for i := 1; i+len(w) < len(s); i++ {
		if !reSpace(s[i-1]) || !reSpace(s[i+len(w)]) {
			continue
		}
		j := 0
		for j < len(w) && (s[i+j] == w[j] || fold && s[i+j]|0x20 == w[j]) {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// mayBeOnDate reports whether s may match reOnDate: every match holds
// "on" between white space.
func mayBeOnDate(s string) bool {
	return spacedWord(s, "on", true)
}

// mayBeRoleAtOrg reports whether p may match reRoleAtOrg: every match
// holds "at" or "@" after white space and before it.
func mayBeRoleAtOrg(p string) bool {
	return spacedWord(p, "at", false) || spacedWord(p, "@", false)
}

// mayBeStandfirstCredit reports whether t may match reStandfirstCredit,
// whose verbs are lower case: every match holds one.
func mayBeStandfirstCredit(t string) bool {
	return strings.Contains(t, "says") || strings.Contains(t, "writes") || strings.Contains(t, "reports")
}

// mayHoldCJKEditor reports whether t may match reCJKTrailingEditor: every
// one of its labels holds 编 or 編.
func mayHoldCJKEditor(t string) bool {
	return strings.Contains(t, "编") || strings.Contains(t, "編")
}

// mayBeDiscussion reports whether t may match reDiscussion: every match
// holds the start of one of its nouns in some case ("pon" of "responses",
// whose "s" (?i) also folds with "ſ").
func mayBeDiscussion(t string) bool {
	return hasFoldASCII(t, "comment") || hasFoldASCII(t, "pon") || hasFoldASCII(t, "thought") ||
		hasFoldASCII(t, "repl") || hasFoldASCII(t, "reaction")
}

// onDate is reOnDate.FindStringIndex(s), by whether s may hold a match.
func onDate(s string) []int {
	if !mayBeOnDate(s) {
		return nil
	}
	return reOnDate.FindStringIndex(s)
}

// cjkTrailingEditor is reCJKTrailingEditor.FindStringIndex(s), by
// whether s may hold a match.
func cjkTrailingEditor(s string) []int {
	if !mayHoldCJKEditor(s) {
		return nil
	}
	return reCJKTrailingEditor.FindStringIndex(s)
}

// notAuthorRoleEnds are the words a match of reNotAuthorRole ends with, white
// space aside: "… by", "editor-in-chief", "… von".
var notAuthorRoleEnds = []string{"by", "chief", "von", "par", "por", "da", "door"}

// endsWithRoleBy reports whether t, white space trimmed at its end, ends
// with one of notAuthorRoleEnds in any case: a match of reNotAuthorRole that only
// white space follows does.
func endsWithRoleBy(t string) bool {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	for _, w := range notAuthorRoleEnds {
		if len(t) >= len(w) && strings.EqualFold(t[len(t)-len(w):], w) {
			return true
		}
	}
	return false
}

// dropParenthetical is reParenthetical.ReplaceAllString(s, " "), the
// regexp run only when s holds the "(" every match holds.
func dropParenthetical(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	return reParenthetical.ReplaceAllString(s, " ")
}

// koreanCredit is reKoreanCredit.FindStringSubmatch(s), the regexp run
// only when s, past its leading white space, opens with a Hangul
// syllable, as every match does.
func koreanCredit(s string) []string {
	i := 0
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.Is(unicode.Hangul, r) {
		return nil
	}
	return reKoreanCredit.FindStringSubmatch(s)
}

// mayMatchByPrefix reports whether s may match reByPrefix. Past its
// leading white space every match starts with a word of its own: one of
// byPrefixWords when that word is ASCII letters, and a word that is not
// ends at a byte outside ASCII (its first one included: "écrit", "текст",
// the Arabic, Hebrew and Greek scriptBy, a folded "ſ" or "K"), which is
// left to the regexp. A word of ASCII letters longer than one of those
// is no match: each must be followed by white space or a colon.
func mayMatchByPrefix(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return asciiWordMayBe(s, i, byPrefixWords)
}

// byPrefixWords are the first words of the matches of reByPrefix that
// start with an ASCII word: byStartWords (byVerbs' and "by"), those of
// "published" and foreignByVerbs, the other words for "by", "ein" and
// "eine", and the authorWords.
var byPrefixWords = union(byStartWords, setOf("published",
	"erstellt", "geschrieben", "verfasst", "publiziert", "eingestellt", "gepostet", "alles", "mehr", "propos",
	"recueilli", "recueillis", "escrito", "publicado", "postado", "redactado", "scritto", "pubblicato", "geplaatst",
	"texto", "texte", "testo", "tekst", "teksti", "reportagem", "reportaje", "artigo", "articolo", "kirjoittaja", "opracowanie", "yazan", "derleyen", "skribent",
	"par", "von", "por", "di", "door", "av", "af", "oleh", "przez", "penulis", "reporter", "scris", "publicat", "postat", "ditulis", "diposting", "dipublikasikan", "napisane", "opublikowane", "dodane", "yazar", "yazan", "a", "as", "ein", "eine", "oprac", "dal", "dalla", "imeandikwa",
	"author", "authors", "byline", "autor", "autorin", "autorinnen", "autoren", "auteur", "auteurs", "autore", "autori", "autora", "autores"))

// union is the set of the words of a and b.
func union(a, b map[string]bool) map[string]bool {
	m := maps.Clone(b)
	maps.Copy(m, a)
	return m
}

// byPrefix is reByPrefix.FindStringIndex(s), the regexp run only when
// mayMatchByPrefix(s).
func byPrefix(s string) []int {
	if !mayMatchByPrefix(s) {
		return nil
	}
	loc := reByPrefix.FindStringIndex(s)
	if loc != nil && givenNameOleh(s, loc) {
		return nil
	}
	return loc
}

// givenNameOleh reports whether the "Oleh" that reByPrefix matched at loc
// in s, capitalised and with no colon, is the Ukrainian given name before
// a family name ("Oleh Petrenko"), not the Indonesian and Malay "by"
// before a full name ("Oleh Budi Santoso").
func givenNameOleh(s string, loc []int) bool {
	label := strings.TrimSpace(s[loc[0]:loc[1]])
	return label == "Oleh" && len(strings.Fields(s[loc[1]:])) == 1
}

// mayBeWrittenOn reports whether t may match reWrittenOn: every match
// holds the preposition of its date between white space ("by Jane Doe
// on", "von Hans am", "entry was posted on").
func mayBeWrittenOn(t string) bool {
	for _, w := range []string{"on", "am", "le", "el", "il", "op"} {
		if spacedWord(t, w, true) {
			return true
		}
	}
	return false
}

// prepositionFirstWords are the first words of rePrepositionBy's matches.
var prepositionFirstWords = setOf("Ein", "Eine", "Por", "POR", "Par", "PAR", "Von", "VON", "Von:", "VON:", "By:", "BY:", "Di", "DI", "di", "Door", "DOOR", "door", "Av", "AV", "Af", "AF", "Oleh", "OLEH", "Przez", "PRZEZ", "von", "par", "por", "av", "af", "przez", "oprac.", "Oprac.", "Escrito", "Publicado", "Redactado", "Texto", "Écrit", "Rédigé", "Publié", "Geschrieben", "Verfasst", "Veröffentlicht", "Erstellt", "Scritto", "Geschreven", "Propos", "A",
	"Skrevet", "Skriven", "Skrivet", "Beitrag", "Gastbeitrag", "Text", "Texte", "Testo", "Reportagem", "Reportaje", "Artículo", "Artigo", "Article", "Articolo",
	"Scris", "Ditulis", "Автор", "Автор:", "АВТОР", "АВТОР:", "Tác", "TÁC")

// mayBePrepositionByline reports whether t may match rePrepositionBy: it
// is short and its first word is one that a match starts with.
func mayBePrepositionByline(t string) bool {
	if len(t) > prepositionBylineLen {
		return false
	}
	i := strings.IndexFunc(t, unicode.IsSpace)
	return i > 0 && prepositionFirstWords[t[:i]]
}

// prepositionBylineLen is the longest line read as a preposition byline:
// the prepositions open sentences and headings too ("Von Berlin nach
// Paris", "Por qué …"), which are longer than a name or two.
const prepositionBylineLen = 80
