package extractor

import (
	"strings"
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
