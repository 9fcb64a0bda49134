package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An editorial office that signs a piece as a whole, in Japanese and
// Chinese: the author, written out with the name of what it edits.

// cjkTextLabels credit the text in Japanese and Chinese: "文：", "作者：",
// "ライター：". Before an editorial office's name (jaNewsroom,
// cjkNewsroom) they label the office as the author: "文：ハーバー編集部".
var cjkTextLabels = setOf("文", "作者", "ライター", "著")

// jaNewsroom reports whether n names a Japanese site's or magazine's
// editorial office, which signs the pieces no one writer does:
// "ハーバー編集部", "港湾新聞編集部", "ITmedia NEWS編集部". The office is
// the author, written out with the name of what it edits.
func jaNewsroom(n string) bool {
	head, ok := strings.CutSuffix(strings.TrimSpace(n), "編集部")
	return ok && head != "" && utf8.RuneCountInString(head) <= 20 && !strings.ContainsAny(head, "：:／/|｜、，,")
}

// cjkNewsroom reports whether n names an editorial office as a whole:
// "编辑部", "本报编辑部", "新京报编辑部", a Chinese paper's or magazine's
// credit where no one writer signs ("作者：本刊编辑部").
// Before the office stands nothing, "本" (this paper's, this
// magazine's) or a paper's or a site's name (reCJKOrgEnd): "联系编辑部"
// (contact the office) is a link's label. reCJKNotName turns the word
// for an editor down, "编辑", in Simplified characters only.
func cjkNewsroom(n string) bool {
	head, ok := strings.CutSuffix(n, "编辑部")
	if !ok || utf8.RuneCountInString(head) > 8 || cjkRunes(head) != utf8.RuneCountInString(head) {
		return false
	}
	return head == "" || strings.HasPrefix(head, "本") && utf8.RuneCountInString(head) == 2 || reCJKOrgEnd.MatchString(head)
}

// officeWords name an editorial office in the languages of
// collectiveWords: the words that, before "of" and a paper's name, make
// the office of that paper ("The Editors of Example Weekly", "La
// rédaction de Ouest-Info").
//
// The team that runs a paper or a site, in the languages whose word for
// it no English title shares ("L'équipe de Ouest-Info", "El equipo de El
// Norte", "A equipe do Diário do Vale"), is its office too; English
// "team" opens titles ("Team of Rivals").
var officeWords = []string{"editors", "staff", "newsroom", "redaktion", "rédaction", "redacción", "redação", "redazione", "redactie", "redakcja", "équipe", "equipo", "equipe"}

// officeWord reports whether w is one of officeWords in any case, with
// no allocation: nameLike asks it of every name's first words.
func officeWord(w string) bool {
	return len(w) >= 5 && slices.ContainsFunc(officeWords, func(o string) bool { return strings.EqualFold(w, o) })
}

// officeOfWords are "of" before the paper an office edits, in English,
// French, Spanish, Portuguese, Italian, German, Dutch and Polish (its
// genitive needs none).
var officeOfWords = setOf("of", "de", "du", "des", "del", "da", "do", "dos", "di", "della", "dello", "dei", "von", "vom", "der", "van")

// officeOfPaper reports whether words, a credit's, name an editorial
// office with the paper it edits, as sites in every language sign their
// unsigned pieces: "La rédaction de Ouest-Info", "la redacción de El
// Norte", "de redactie van Het Dagblad", "Die Redaktion von Musterstadt
// Anzeiger", "Redação do Diário do Vale", "The Editors of Example
// Weekly", "La rédaction d'Ouest-France", "la rédaction de l'Express".
// An article or none, the office's word in any case, "of", then the
// paper's name, capitalised but for its joining words. French, Spanish
// and Dutch write the office's word in lower case, which nameLike turns
// down in a person's name; English "By The Editors of" is no writer "of"
// his paper (reOfPaper).
func officeOfPaper(words []string) bool {
	if len(words) < 3 {
		return false
	}
	i := 0
	if w, ok := cutElidedArticle(words[0]); ok {
		if !officeWord(w) {
			return false // "l'équipe de Ouest-Info": the article elided before the office
		}
	} else if !officeWord(words[0]) {
		if i = 1; !officeWord(words[1]) || !paperArticles[upperFirst(words[0])] && !portugueseA(words[0], words[1]) {
			return false
		}
	}
	paper := words[i+1:]
	if of := paper[0]; officeOfWords[of] {
		paper = paper[1:]
	} else if rest, ok := cutElidedOf(of); ok {
		paper = append([]string{rest}, paper[1:]...)
	} else {
		return false
	}
	if len(paper) > 1 && paper[0] == "the" {
		paper = paper[1:] // "The Editors of the Daily Example"
	}
	if len(paper) == 0 {
		return false
	}
	for k, w := range paper {
		if k == 0 && len(w) > 2 && (w[0] == 'l' || w[0] == 'L') && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
			w = strings.TrimLeft(w[1:], "'’") // "l'Express", "l'Eco": the paper's article elided
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (k == 0 || k == len(paper)-1 || !officeOfWords[w] && !orgWords[w]) {
			return false
		}
	}
	return true
}

// portugueseA reports whether a is Portuguese "a", the article of office,
// "redação" or "equipe" ("A Redação do Diário do Vale"), which
// paperArticles leaves out for English "A".
func portugueseA(a, office string) bool {
	return (a == "A" || a == "a") && (strings.EqualFold(office, "redação") || strings.EqualFold(office, "equipe"))
}

// cutElidedOf is w, French "d'" or Italian "dell'" elided before a
// paper's name ("d'Ouest-France", "dell'Eco"), without it.
func cutElidedOf(w string) (string, bool) {
	for _, p := range []string{"d'", "d’", "dell'", "dell’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			return rest, true
		}
	}
	return "", false
}

// cutElidedArticle is w, French or Italian "l'" elided before a noun
// ("l'équipe"), without it.
func cutElidedArticle(w string) (string, bool) {
	if len(w) < 3 || w[0] != 'l' && w[0] != 'L' {
		return "", false
	}
	if rest, ok := strings.CutPrefix(w[1:], "'"); ok && rest != "" {
		return rest, true
	}
	if rest, ok := strings.CutPrefix(w[1:], "’"); ok && rest != "" {
		return rest, true
	}
	return "", false
}

// upperFirst is w with its first letter in upper case: "la" is "La".
func upperFirst(w string) string {
	if w != "" && 'a' <= w[0] && w[0] <= 'z' {
		return string(w[0]-'a'+'A') + w[1:]
	}
	return capitalised(w)
}

// officeFromWords are "from the" before an office of a paper in
// Portuguese, Italian, French and Spanish ("Da Redação do Diário do
// Vale", "Dalla redazione di X", "De la rédaction de X", "Desde la
// redacción de X"), Portuguese "by the" ("Pela equipe do X"), and German
// "der" that "Von" leaves ("der Redaktion von X"): no article of the
// office's name, which "Die Redaktion von X" keeps.
var officeFromWords = setOf("da", "dalla", "della", "de la", "desde la", "von der", "der", "pela")

// officeFrom is the index in f of the office's word of an office of a
// paper (officeOfPaper) after officeFromWords, or 0.
func officeFrom(f []string) int {
	for k := 1; k <= 2 && k < len(f)-2; k++ {
		if officeFromWords[strings.ToLower(strings.Join(f[:k], " "))] && officeOfPaper(f[k:]) {
			return k
		}
	}
	return 0
}
