package extractor

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
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
func (s *scanner) postedName(n *html.Node, labels []labelled) {
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
		// The date and the name stand in one line: a forum's reply under
		// its floor's posting time ("沙发 发表于: 2024-05-09", then "支持一下"
		// in a block of its own) names no one.
		tail := v[loc[1]:]
		if !sameBlock(n, v[loc[0]:loc[1]], v[:loc[1]+strings.Index(tail, m[1])+len(m[1])]) {
			return
		}
		if name := cleanName(m[1]); name != "" {
			s.v.addAuthors([]string{name}, fromByline, s.pos, "")
		}
		return
	}
}

var (
	// reCJKPostedBy is a blog post's foot that names its poster, then
	// the time, then the verb: "张三 于 2005-03-11 12:12 发表", "本文由
	// 张三 于 2005-03-11 发表".
	reCJKPostedBy = regexp.MustCompile(`^(?:(?:本文|此文|该文|文章)?由\s*)?(\p{Han}{2,4}|[\p{L}\p{N}_.-]{3,24})\s*于\s*(?:19|20)\d{2}\s*[-/.年][^|｜]*?(?:发表|发布|写|撰写|创建)`)
	// reAtPosted is the same foot with an at sign between the poster
	// and the time: "张三 @ 2005-03-11 12:12" (Blogbus, .Text).
	reAtPosted = regexp.MustCompile(`^(\p{Han}{2,4}|[\p{L}\p{N}_.-]{3,24})\s*@\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}`)
)

// footPoster records the poster that a segment of a Chinese blog post's
// foot names before the time it was posted (reCJKPostedBy, reAtPosted):
// "Tag: 生活 | 张三 @ 2005-03-11 12:12 | 评论(0)".
func (s *scanner) footPoster(t string) {
	if s.v.has(fromByline) || s.v.h1Pos < 0 && !s.noHeadline || len(t) > 160 || strings.IndexByte(t, '@') < 0 && !strings.Contains(t, "于") || !isCJKName(t) {
		return
	}
	for _, seg := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' }) {
		seg = strings.TrimSpace(seg)
		m := reCJKPostedBy.FindStringSubmatch(seg)
		if m == nil {
			m = reAtPosted.FindStringSubmatch(seg)
		}
		if m == nil || hasDigit(m[1]) || reCJKNotName.MatchString(m[1]) || isCJKOrg(m[1]) || cjkPlaceholders[m[1]] {
			continue
		}
		if n := cleanName(m[1]); n != "" {
			s.v.addAuthors([]string{n}, fromByline, s.pos, "")
			return
		}
	}
}

// sameBlock reports whether the innermost block of n that holds the text
// part, or n when none below it does, holds the text whole too: part and
// whole are in one line. Spaces are not compared.
func sameBlock(n *html.Node, part, whole string) bool {
	in := n
	for {
		var next *html.Node
		for c := in.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && strings.Contains(textOf(c), part) {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		in = next
	}
	if in != n && !isBlockTag(in.DataAtom) {
		in = lineTop(in, n).Parent
	}
	unspaced := func(s string) string { return strings.Join(strings.Fields(s), "") }
	return strings.Contains(unspaced(textOf(in)), unspaced(whole))
}

// rePostFields are the separators between the fields of a post's meta
// line.
var rePostFields = regexp.MustCompile(`\s[|·•]\s`)

// postedByline is the first field of t, a post's meta line, when it is a
// byline in a preposition with its date, as blog templates close a post
// in German, French, Spanish, Italian, Dutch: "Von Christian am
// 03.05.2013, 11:51 | 0 Meinungen | Energie sparen", "Par Jean le
// 03/05/2013 · 2 commentaires" (English "Posted by X on DATE" is a label
// of its own).
func postedByline(t string) (string, bool) {
	f := strings.TrimSpace(rePostFields.Split(t, 2)[0])
	return f, mayBePrepositionByline(f) && hasYearOrEpoch(f)
}
