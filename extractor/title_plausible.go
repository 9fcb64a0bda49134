package extractor

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// singleMark reports whether t is one letter or digit, with or without
// punctuation around it ("T", "1.", "»A«"): a theme's placeholder, a drop
// cap or a list's number in an element classed as a title, which names
// no article. A symbol or a sign that names with the letter stays ("C++",
// "C#", "A+", "1%"), and a CJK character or a Hangul syllable is a word
// and may be a title ("雪", "봄").
func singleMark(t string) bool {
	s := strings.TrimFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("#%&@*", r)
	})
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && n == len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) &&
		!isCJK(r) && !unicode.Is(unicode.Hangul, r)
}

// onlyDate reports whether t is a date and nothing else ("Friday, October
// 26, 2012 at 9:15AM"): a dateline in a heading's markup, not a headline.
func onlyDate(t string) bool {
	if !hasYearOrEpoch(t) {
		return false
	}
	for _, w := range strings.Fields(t) {
		bare := asciiLower(strings.Trim(w, ".,"))
		if monthNum(bare) == "" && !dateWords[bare] && !strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	_, ok := parseDate(t, false)
	return ok
}

// ogAboutFrontPage reports whether the page's OpenGraph block describes
// the site's front page rather than the page: og:url is the front page
// of the page's own site while the page lives deeper ("og:url
// http://blogs.nfl.com/" on a post, whose og:title is then the blog's
// tagline on every post). Its og:title names the site, not the article.
func ogAboutFrontPage(m *pageMeta, page *url.URL) bool {
	og, _ := m.tag("og:url")
	if og == "" || page == nil || strings.Trim(page.Path, "/") == "" {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(og))
	if err != nil || !u.IsAbs() || !sameSite(u.Hostname(), page.Hostname()) {
		return false
	}
	return strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}
