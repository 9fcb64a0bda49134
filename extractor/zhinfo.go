package extractor

import (
	"regexp"
	"strings"
)

// The info line of Chinese portals: its dates and its source.

// cjkLoneUpdate reports whether l is a Chinese update label ("更新时间：")
// and the only date label of its line. Chinese portal CMSs print the time
// an article was last saved as its only date ("作者：张三 来源：X 更新时间：
// 2005-3-11"): it is the dateline, as good as unlabelled, not a revision
// beside a publication date. Beside a publication label it stays an update.
func cjkLoneUpdate(l labelled, labels []labelled) bool {
	if !strings.Contains(l.label, "更新") {
		return false
	}
	for _, o := range labels {
		if o.raw != l.raw {
			if k := labelKind(o.label); k == kindPublished || k == kindModified {
				return false
			}
		}
	}
	return true
}

// cutCJKCreditDate cuts the date that follows the source's name in a
// Chinese source line, with the bracket the line closes: "（来源：江城日报
// 2005年03月11日）" credits 江城日报.
func cutCJKCreditDate(s string) string {
	if !strings.Contains(s, "年") && !strings.Contains(s, "-") {
		return s
	}
	for _, re := range []*regexp.Regexp{reCJK, reISO} {
		if loc := re.FindStringIndex(s); loc != nil && loc[0] > 0 && strings.IndexFunc(s[:loc[0]], isCJK) >= 0 {
			s = s[:loc[0]]
		}
	}
	if !strings.ContainsAny(s, "(（") {
		s = strings.TrimRight(s, " )）")
	}
	return s
}

// metaCredit is the source a Chinese CMS states in its <meta> tags when
// the page shows none: TRS's "ContentSource", and "source" ("来源：人民网").
// Only a value in Chinese is read: "source" is a URL or an app's name on
// other pages.
func metaCredit(m *pageMeta) string {
	v, _ := m.tag("contentsource", "source")
	if strings.IndexFunc(v, isCJK) < 0 {
		return ""
	}
	v = strings.TrimSpace(v)
	for _, l := range []string{"来源：", "来源:", "來源：", "來源:"} {
		v = strings.TrimPrefix(v, l)
	}
	return cleanCredit(v)
}

// reTRSURL is the address of a document in TRS WCM, the CMS of most
// Chinese government and party portals and of many newspapers: the day
// after a "t" and before the document's number, "/202405/t20240516_123456.html".
var reTRSURL = regexp.MustCompile(`/t((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_\d+\.s?html?$`)

// trsURLDate reads the day of a TRS document's address.
func trsURLDate(path string) (when, bool) {
	m := reTRSURL.FindStringSubmatch(path)
	if m == nil {
		return when{}, false
	}
	w, ok := build(m[1], m[2], m[3], "", "", "", "", "")
	return w, ok && plausible(w.t)
}
