package extractor

import (
	"strings"
	"testing"
)

// Conventions of date statements found by probing news and blog pages
// (twenty-fourth session, date28); each page is laid out as real sites lay
// theirs.

// probePage is the page of withByline and pageWithBlocks in lang, with
// head added to its <head>.
func probePage(lang, head, byline string) string {
	page := withHead(withByline(pageWithBlocks("", 4, ""), byline), head)
	return strings.Replace(page, "<html>", `<html lang="`+lang+`">`, 1)
}

// Korean papers set the word of a date after it, as Japanese ones do:
// "2024.03.05 14:20 입력 2024.03.06 09:00 수정" (entered, revised). A line
// that shows only the revision has no known publication date.
func TestKoreanLabelsAfterDate(t *testing.T) {
	for _, c := range []struct{ line, pub, mod string }{
		{"2024.03.05 14:20 입력 2024.03.06 09:00 수정", "2024-03-05", "2024-03-06"},
		{"2024-03-05 14:20 등록 | 2024-03-06 09:00 업데이트", "2024-03-05", "2024-03-06"},
		{"2024.03.06 09:00 수정", "", "2024-03-06"},
		{"입력 2024.03.05 14:20 수정 2024.03.06 09:00", "2024-03-05", "2024-03-06"}, // labels before, as before
	} {
		a := extractAt(t, probePage("ko", "", "<p>"+c.line+"</p>"), "https://news.example.kr/article/123", Options{})
		if published(a)[:min(10, len(published(a)))] != c.pub || !hasDayPrefix(modified(a), c.mod) || c.mod == "" && modified(a) != "" {
			t.Errorf("%s: published %q modified %q, want %q and %q", c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}
