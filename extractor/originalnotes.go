package extractor

import (
	"regexp"
	"strings"
)

// originalNotes mark a note that the piece first appeared earlier or
// elsewhere: "This article was originally published on The Conversation on
// …", in the languages most common in news, lower-cased ("Dieser Beitrag
// erschien zuerst am …", "Publicado originalmente el …", "Статья впервые
// опубликована …", "Artikel ini pertama kali diterbitkan …"). Their date
// is not the byline's.
var originalNotes = []string{"originally published", "originally appeared", "first published", "first appeared", "originally posted", "originally ran", "first ran on",
	"publicado originalmente", "originalmente publicado", "publicada originalmente", "originalmente publicada", "publicado por primera vez", "publicada por primera vez", "apareció originalmente",
	"publicado pela primeira vez", "publicada pela primeira vez",
	"publié initialement", "initialement publié", "publiée initialement", "initialement publiée", "publié pour la première fois", "publiée pour la première fois", "paru initialement", "initialement paru", "publié à l'origine", "publiée à l'origine", "d'abord paru",
	"ursprünglich veröffentlicht", "ursprünglich erschienen", "zuerst erschienen", "erschien zuerst", "erstmals erschienen", "erschien erstmals", "zuerst veröffentlicht", "erstmals veröffentlicht",
	"pubblicato originariamente", "originariamente pubblicato", "pubblicata originariamente", "originariamente pubblicata", "pubblicato per la prima volta", "pubblicata per la prima volta", "apparso originariamente", "apparso per la prima volta",
	"oorspronkelijk gepubliceerd", "oorspronkelijk verschenen", "verscheen oorspronkelijk", "eerder verschenen", "verscheen eerder", "eerder gepubliceerd",
	"впервые опубликован", "первоначально опубликован", "вперше опубліков", "спочатку опубліков",
	"pierwotnie opublikowan", "pierwotnie ukazał", "po raz pierwszy opublikowan", "po raz pierwszy ukazał",
	"pertama kali diterbitkan", "pertama kali dipublikasikan", "pertama kali tayang", "pertama kali terbit",
	"publicat inițial", "publicat iniţial", "publicat pentru prima dată", "publicat pentru prima oară",
	"đăng lần đầu", "xuất bản lần đầu",
	"نشر لأول مرة", "نُشر لأول مرة", "نشرت لأول مرة", "نُشرت لأول مرة", "نشر في الأصل", "نُشر في الأصل", "نشرت في الأصل", "نُشرت في الأصل",
	"نخستین بار منتشر", "اولین بار منتشر", "पहली बार प्रकाशित", "मूल रूप से प्रकाशित",
	"初出：", "初出:", "初掲載", "최초 게재", "처음 게재",
	"原载", "首发于", "原文发表于"}

// rePostposedNote is an "originally published" note whose verb follows
// its date, as Turkish writes it, on lower-cased text: "bu yazı ilk olarak
// 02.03.2025 tarihinde yayımlandı", "i̇lk kez 2 mart 2025'te …
// yayınlanmıştır" (strings.ToLower gives "İ" its dot). The words before
// the date ("ilk olarak", first) are the note's; without the verb of
// publishing they are a sentence's "first".
var rePostposedNote = regexp.MustCompile(`(?:^|[^\p{L}])(i\x{307}?lk (?:olarak|kez|defa))\s.{1,80}?(?:yayımlan|yayınlan)`)

// originalNoteAt is where the words of the first "originally published"
// note of lt, a lower-cased text, start and how long they are: one of
// originalNotes, or the words before the date of a postposed one
// (rePostposedNote). -1 when lt holds none.
func originalNoteAt(lt string) (int, int) {
	for _, k := range originalNotes {
		if i := strings.Index(lt, k); i >= 0 {
			return i, len(k)
		}
	}
	return postposedNoteAt(lt)
}

// postposedNoteAt is where the words before the date of lt's postposed
// note (rePostposedNote) start and how long they are; -1 when lt, a
// lower-cased text, holds none.
func postposedNoteAt(lt string) (int, int) {
	if !strings.Contains(lt, "lk ") || !strings.Contains(lt, "yay") {
		return -1, 0
	}
	m := rePostposedNote.FindStringSubmatchIndex(lt)
	if m == nil {
		return -1, 0
	}
	return m[2], m[3] - m[2]
}

// holdsOriginalNote reports whether lt, a lower-cased text, holds an
// "originally published" note (originalNoteAt).
func holdsOriginalNote(lt string) bool {
	if originalNoteSet.in(lt) {
		return true
	}
	i, _ := postposedNoteAt(lt)
	return i >= 0
}

// originalNoteSet finds any of originalNotes in one pass over a text.
var originalNoteSet = newKeySet(originalNotes...)

// updateOverNote reports whether the note of lt, a lower-cased meta line
// with a date before its note (dateBeforeNote), is the Guardian's "First
// published on …": the day before it is the page's update, the note's its
// own first publication. Any other note ("Originally published …", "This
// story first appeared in …") is a syndication's: the day before it is
// the page's publication, the note's another outlet's.
func updateOverNote(lt string) bool {
	i, n := originalNoteAt(lt)
	return i >= 0 && lt[i:i+n] == "first published"
}

// beforeNote is the text of t before the words of its "originally
// published" note (originalNoteAt), without the separators that end it:
// "March 25, 2025 · Originally published on …" gives "March 25, 2025".
func beforeNote(t string) string {
	i, _ := originalNoteAt(strings.ToLower(t))
	if i < 0 {
		return t
	}
	return strings.TrimRight(t[:min(i, len(t))], " |·•–—-,;(")
}
