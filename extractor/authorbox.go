package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// reAuthorBoxHead is the label that opens the box about the writer set
// under a post: a heading of its own ("About the author", "Sobre o
// autor", "Über den Autor", "À propos de l'auteur"), or the start of the
// biography's paragraph when a colon follows ("About the Author: Derek
// Halpern is the marketing guy at …").
var reAuthorBoxHead = regexp.MustCompile(`(?i)^\s*(?:about\s+(?:the\s+)?authors?|sobre\s+(?:o|a|el|la)\s+autora?|über\s+(?:den|die)\s+autor(?:in)?|à\s+propos\s+de\s+l['’]auteure?|a\s+proposito\s+dell['’]autore)\b\s*(:)?`)

// reBoxHeading is a heading of a box about a person that is no name and
// names no writer by itself, in the languages whose sites set one over
// the writer's box: "Zur Person" (German papers head the box about the
// writer, and the one about an interviewee, so), "L'auteur", "El autor",
// "作者简介", "著者について", "기자 소개", "Tentang penulis", "Về tác giả",
// "عن الكاتب", "درباره نویسنده", "लेखक के बारे में". reAboutAuthor holds the
// headings that name the writer's box wherever they stand.
var reBoxHeading = regexp.MustCompile(`(?i)^(?:zur\s+person|(?:l['’]|les\s+)auteur(?:e|rice)?s?|(?:el|la)\s+autora?|(?:o|a)\s+autora?|作者(?:简介|簡介|介绍|介紹)|关于作者|關於作者|著者(?:について|紹介|プロフィール)|筆者(?:について|紹介|プロフィール)|(?:기자|필자|저자)\s*(?:소개|프로필)|tentang\s+(?:penulis|pengarang)|về\s+tác\s+giả|عن\s+(?:الكاتب|الكاتبة|المؤلف)|درباره\s+(?:نویسنده|نگارنده)|लेखक\s+के\s+बारे\s+में|yazar\s+hakkında|o\s+autorze|об\s+авторе|про\s+автора)\s*:?$`)

// boxHeading reports whether t, a line of its own, heads a box about a
// person (reAboutAuthor, reBoxHeading): a box's title, never a name.
func boxHeading(t string) bool {
	if len(t) > 60 {
		return false
	}
	return mayBeAboutAuthor(t) && reAboutAuthor.MatchString(t) || reBoxHeading.MatchString(t)
}

// maxAuthorBoxTail is the most text, in bytes, an author box holds from
// its label to the body's end: a name, a few sentences, the writer's links.
const maxAuthorBoxTail = 1000

// cutAuthorBox removes the box about the writer that ends a post: from a
// block that opens with its label (reAuthorBoxHead), in the body's second
// half, to the end, when what follows is no longer than a biography. The
// box is the writer's, set under every post by the theme, not the story
// (a theme names it "post-author" as often as "author-bio", so its class
// does not tell it apart from a byline: its label does). bt is the body's
// bodyTexts, as they stand after the cuts before it.
func cutAuthorBox(body *html.Node, bt bodyTexts) {
	if !bt.author {
		return // the common case
	}
	total := bt.total
	var start *html.Node
	tail := 0
	leafBlocks(body, func(n *html.Node, tl, seen int) bool {
		if tl > 0 && seen*2 >= total && total-seen <= maxAuthorBoxTail {
			if m := reAuthorBoxHead.FindStringSubmatchIndex(textOf(n)); m != nil && (tl <= 30 || m[2] >= 0) {
				start, tail = n, total-seen
				return false
			}
		}
		return true
	})
	if start == nil || tail == total {
		return
	}
	cutFrom(body, start)
}

// cjkBioClauses reports whether names, read from t, a line of a byline
// or of a box about the writer (lineSplit), are the clauses of a Chinese or Japanese biography
// that opens with no name ("资深记者，长期关注城市建设。"): the line closes
// a sentence ("。"), or it joins clauses with the full-width comma and
// one of them is a run of more than four Chinese characters, which no
// Chinese name is.
func cjkBioClauses(t string, names []string) bool {
	if strings.Contains(t, "。") {
		return true
	}
	return strings.Contains(t, "，") && slices.ContainsFunc(names, func(n string) bool {
		return utf8.RuneCountInString(n) > 4 && cjkHanOnly(n)
	})
}

// reCJKBioOpening is the writer's name that opens a biography in a script
// without capitals, as the papers and blogs of each language open one:
// Korean, the name, the reporter's title maybe, and the topic particle
// ("김민수 기자는 정치부 소속이다"); Japanese, the name and the topic
// particle ("山田太郎は経済部の記者"); Chinese, the name and a comma
// ("张伟，资深记者"). Group 1, 2 or 3 is the name.
var reCJKBioOpening = regexp.MustCompile(`^(?:(\p{Hangul}{2,4}?)\s*(?:(?:` + koreanReporterTitles + `)\s*)?(?:은|는)\s|(\p{Han}{2,5}?)(?:記者)?は|(\p{Han}{2,3})[，,])`)

// cjkBioOpening is the name that opens t, a biography under a box's
// heading in Korean, Japanese or Chinese (reCJKBioOpening), or nil; a
// Chinese one must be shaped as a name (cjkRowName).
func cjkBioOpening(t string) []string {
	m := reCJKBioOpening.FindStringSubmatch(t)
	switch {
	case m == nil:
		return nil
	case m[1] != "":
		return []string{m[1]}
	case m[2] != "":
		return []string{m[2]}
	case cjkRowName(m[3]):
		return []string{m[3]}
	}
	return nil
}
