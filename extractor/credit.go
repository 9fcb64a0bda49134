package extractor

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// The credit: the source the page names for the whole article ("Source:
// X", "来源：X"), as scanVisible reads it from a source line, and else from
// the <meta> tags of Chinese CMSs.

var reCreditTail = regexp.MustCompile(`\s*(?:[|｜].*|\s{2,}.*)$`)

func cleanCredit(s string) string {
	s = normSpace(reCreditTail.ReplaceAllString(s, ""))
	s = cutCJKCreditDate(s)
	s = strings.Trim(s, " .。:：-–—")
	if s == "" || len([]rune(s)) > 120 || strings.Contains(s, "://") {
		return ""
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

// sourceElement records as the credit the source's name that a Chinese
// dateline n sets without a label (cjkSourceName), when no source line
// has given one.
func (s *scanner) sourceElement(n *html.Node) {
	if s.v.credit == "" && (s.v.h1Pos >= 0 || s.noHeadline) {
		s.v.credit = cleanCredit(cjkSourceName(n))
	}
}
