package extractor

import (
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Chinese magazines' articles, reprinted on the web, close or open with
// the issue they appeared in: "——《江城之春》1998年3月号" (the March 1998
// issue), "（原载《读书》2005年4月号）". A monthly's issue is dated by its
// month; a page that states no other date is dated by the issue, on the
// first of its month, as htmldate dates a month without its day.

// reCJKIssueNote is a text that is only an issue note: the journal's name
// in title marks, the year and the month of the issue ("月号", "月號"),
// after a dash, a bracket or a verb of reprinting (原载, appeared in).
var reCJKIssueNote = regexp.MustCompile(`^[\s—－\-]*[(（]?\s*(?:原载|原載|原刊|载于|載於|刊于|刊於|刊载于|刊載於|选自|選自|摘自|转自|轉自|出处|出處)?\s*[:：]?\s*《[^《》]{1,30}》\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月[号號]\s*[)）]?[\s。.]*$`)

// cjkIssueNoteBytes bounds the text an issue note is read from: 120 Han
// characters.
const cjkIssueNoteBytes = 360

// cjkIssueMonth is the first day of the month of the first issue note
// (reCJKIssueNote) that a text node of doc holds, outside scripts and
// styles; ok false for none.
func cjkIssueMonth(doc *html.Node) (w when, ok bool) {
	walk(doc, func(n *html.Node) bool {
		if ok {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template:
				return false
			}
		}
		if n.Type != html.TextNode || len(n.Data) > cjkIssueNoteBytes || !strings.Contains(n.Data, "》") {
			return true
		}
		m := reCJKIssueNote.FindStringSubmatch(normSpace(n.Data))
		if m == nil {
			return true
		}
		mo := atoi(m[2])
		if mo < 1 || mo > 12 {
			return true
		}
		w, ok = when{t: time.Date(atoi(m[1]), time.Month(mo), 1, 0, 0, 0, 0, time.UTC)}, true
		return false
	})
	return w, ok
}
