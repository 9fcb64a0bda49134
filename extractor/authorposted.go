package extractor

import (
	"regexp"
	"strings"
)

// The poster a blog post's foot names after the time it was posted.

// rePostedTail is what follows the date of a posting label in a blog
// post's foot, the poster's name and the post's counters: "posted @
// 2005-03-11 12:12 张三 阅读(123) 评论(0)" (.Text and cnblogs), "发表于
// 2005-03-11 12:12 张三".
var rePostedTail = regexp.MustCompile(`^\s*(\p{Han}{2,4}|[\p{L}\p{N}_.-]{3,24})\s*(?:(?:阅读|评论|浏览|点击|编辑|收藏)(?:\s*[(（]\s*\d+\s*[)）])?\s*|[|｜]\s*)*$`)

// postedName records the name that follows the date of a posting label:
// the blog engine's foot names the poster after the time it was posted,
// as others name them before the label (leadName).
func (s *scanner) postedName(labels []labelled) {
	if s.v.has(fromByline) || s.v.h1Pos < 0 && !s.noHeadline {
		return
	}
	for _, l := range labels {
		switch l.label {
		case "posted", "posted on", "posted at", "发表于", "发布于", "写于":
		default:
			continue
		}
		v := strings.TrimLeft(l.value, "@ ")
		loc := reISO.FindStringIndex(v)
		if loc == nil {
			loc = reCJK.FindStringIndex(v)
		}
		if loc == nil || loc[0] != 0 {
			return
		}
		m := rePostedTail.FindStringSubmatch(v[loc[1]:])
		// A handle counts on a Chinese line only: after an English
		// label, a word there is a link's ("Posted 2024-03-05 Permalink").
		if m == nil || !isCJKName(m[1]) && !isCJKName(l.raw+v) || hasDigit(m[1]) || reCJKNotName.MatchString(m[1]) || isCJKOrg(m[1]) || isCJKWeekday(m[1]) || cjkPlaceholders[m[1]] || cjkFloors[m[1]] {
			return
		}
		if n := cleanName(m[1]); n != "" {
			s.v.addAuthors([]string{n}, fromByline, s.pos, "")
		}
		return
	}
}
