package extractor

import (
	"slices"
	"strings"
)

// Japanese sites set the word of a date after it, as the language puts a
// noun's qualifier before it: "2024年5月17日 08:00 更新" (updated),
// "2024年5月16日 10:00 公開 / 2024年5月17日 08:00 更新", "2024年5月16日
// 公開（2024年5月17日 更新）". A date a word of updating follows is the
// update's: a page that shows only that has no known publication date.
// Chinese portals print "2005-04-05 06:40更新 来源：…" as their dateline,
// which is why only a Japanese page (dateOrder.japanese) reads them so.

// jaTrailingLabels are the words that follow the date they qualify, and
// the kind of date each names: updated; published, delivered (配信, the
// wire's word), posted, carried.
var jaTrailingLabels = []struct{ word, kind string }{
	{"更新", kindModified}, {"公開", kindPublished}, {"配信", kindPublished},
	{"投稿", kindPublished}, {"掲載", kindPublished}, {"発行", kindPublished},
}

// jaLine reads t, a line of a Japanese page, as jaLabelledAfter does when
// no label of it (splitLabels) has a value after it: "2024/05/17 08:00
// 最終更新" holds the label "最終更新", its date before it.
func (s *scanner) jaLine(t string, labels []labelled) bool {
	return s.japanese && (len(labels) == 0 || labels[len(labels)-1].value == "") && s.jaLabelledAfter(t)
}

// jaLabelledAfter reads the dates of t, a short line of a Japanese page,
// that a label follows: each date is the text between the end of the
// previous label (or the line's start) and its own label. It reports
// whether one of them is an update's, the case the reading without labels
// gets wrong; a line whose labels name only publication is left to it.
func (s *scanner) jaLabelledAfter(t string) bool {
	if len(t) > 160 || !strings.Contains(t, "更新") {
		return false
	}
	type dated struct {
		w    when
		kind string
	}
	var found []dated
	rest := t
	for {
		at, word, kind := -1, "", ""
		for _, l := range jaTrailingLabels {
			if i := strings.Index(rest, l.word); i >= 0 && (at < 0 || i < at) {
				at, word, kind = i, l.word, l.kind
			}
		}
		if at < 0 {
			break
		}
		// The date and the time before the label, after any bracket or
		// separator that opens its part: "（2024年5月17日 08:00".
		part := strings.TrimSpace(strings.TrimLeft(rest[:at], " /／|｜・（("))
		rest = rest[at+len(word):]
		after := strings.TrimLeft(rest, " ")
		if p, ok := cutLast(part); ok {
			// "2024/05/17 08:00 最終更新" (last updated) follows its
			// date; "（最終更新 5/18 10:00）" opens its own.
			if part = strings.TrimSpace(p); !endsDate(part) {
				return false
			}
		}
		switch {
		case !endsLabel(after):
			// "更新日：2024/05/17": a label before its date
			// (bylinelabels.go); "2024年5月17日に更新された…": a sentence.
			return false
		case part == "":
			continue
		case len(part) > 32 || holdsKana(part) || !dateCovers(part):
			return false // more than one date and its time, or words
		}
		w, ok := s.parse(part)
		if !ok {
			return false
		}
		found = append(found, dated{w, kind})
	}
	if !slices.ContainsFunc(found, func(d dated) bool { return d.kind == kindModified }) {
		return false
	}
	for _, d := range found {
		s.addDate(d.w, d.kind, "visible-text")
	}
	return true
}

// endsLabel reports whether after, the text after a label that follows
// its date, shows the label ended there: the line ends, a bracket opens
// or closes, a separator or the next date starts.
func endsLabel(after string) bool {
	if after == "" || after[0] >= '0' && after[0] <= '9' {
		return true
	}
	for _, p := range []string{"）", ")", "（", "(", "/", "／", "|", "｜", "・", "、", ",", "，", "」", "】", "【", "［", "["} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// cutLast cuts the "last" (最終, 最新) off the end of part, the text
// before an update label: "最終更新" is "last updated".
func cutLast(part string) (string, bool) {
	if p, ok := strings.CutSuffix(part, "最終"); ok {
		return p, true
	}
	return strings.CutSuffix(part, "最新")
}

// endsDate reports whether part ends as a date or its time does: with a
// digit, or the day's, minute's or second's character ("17日", "08時00分").
func endsDate(part string) bool {
	if part == "" {
		return false
	}
	if c := part[len(part)-1]; c >= '0' && c <= '9' {
		return true
	}
	return strings.HasSuffix(part, "日") || strings.HasSuffix(part, "分") || strings.HasSuffix(part, "秒")
}
