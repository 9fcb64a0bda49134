package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// jaAuthorLabels are the author labels only Japanese writes: the writer,
// the author, the poster, the maker ("執筆者：山田太郎"). Chinese labels
// its writer 作者 and its reporter 记者.
var jaAuthorLabels = []string{"執筆者", "著者", "筆者", "投稿者", "作成者"}

// labelledNames are the names the value of an author label gives. Japanese
// sets a space, half- or full-width, between the family name and the given
// name ("著者：山田 太郎", "執筆者：山田　太郎"): after a Japanese label two
// Han words that stand so, each of one to three characters, are one name.
// Chinese lists its reporters with spaces between them ("作者：张三 李四"),
// so its labels keep each word a name.
func labelledNames(label, value string) []string {
	names := splitAuthors(value)
	if len(names) == 2 && slices.Contains(jaAuthorLabels, label) && hanGivenOrFamily(names[0]) && hanGivenOrFamily(names[1]) {
		if joined := names[0] + " " + names[1]; strings.Contains(normSpace(value), joined) {
			return []string{joined}
		}
	}
	return names
}

// hanGivenOrFamily reports whether w could be a Japanese family or given
// name written in Han characters alone: one to three of them.
func hanGivenOrFamily(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 1 && n <= 3 && cjkHanOnly(w)
}

// cjkHanOnly reports whether every rune of w is a Han character.
func cjkHanOnly(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// joinJapaneseName joins the two halves of each Japanese name that a
// space between the family name and the given name split ("山田 太郎" in
// an author element gives 山田 and 太郎, as "张三 李四" gives two Chinese
// reporters): on a Japanese page, a run of entries of one to three Han
// characters each, two of them or an even number up to six, is names in
// pairs ("文・山田 太郎、佐藤 花子" is 山田 太郎 and 佐藤 花子). Japanese joins
// two writers with "、" or "・", and gives each in full; a name written
// without the space, four Han characters or more, stands alone in a list
// that mixes both ("山田 太郎、佐藤花子"). A run of odd length is left as it
// is: which halves pair is not known.
func joinJapaneseName(names []string) []string {
	if len(names) < 2 || len(names) > 8 {
		return names
	}
	out := make([]string, 0, len(names))
	for i := 0; i < len(names); {
		j := i
		for j < len(names) && hanGivenOrFamily(names[j]) {
			j++
		}
		if j == i {
			if !hanFullName(names[i]) {
				return names
			}
			out = append(out, names[i])
			i++
			continue
		}
		if run := j - i; run%2 != 0 || run > 6 {
			return names
		}
		for ; i+1 < j; i += 2 {
			out = append(out, names[i]+" "+names[i+1])
		}
	}
	return out
}

// hanFullName reports whether w could be a Japanese full name written in
// Han characters without a space: four to six of them.
func hanFullName(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 4 && n <= 6 && cjkHanOnly(w)
}
