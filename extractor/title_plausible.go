package extractor

import (
	"net/url"
	"slices"
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
		// A month of another script as the CMS capitalises it ("12
		// Марта 2011", "12 مارس 2011"): wordMonths, in any case.
		if monthNum(bare) == "" && !dateWords[bare] && !strings.ContainsAny(w, "0123456789") && (bare == "" || bare[0] < utf8.RuneSelf || !isWordMonth(bare)) {
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

// oneWordName returns the index of the first <h1> outside the furniture
// when it names the page in one word, or -1: a word that a title the page
// states spells out ("RESTAURANT Definition & Meaning" over a
// dictionary's "restaurant", "Mandarinen-Schmand-Kuchen von jesusfreak"
// over "Mandarinen-Schmand-Kuchen"), or any word where no stated title
// names the page (a <title> of only the site's name over "Willkommen!").
// A one-word heading that the stated title does not spell out labels
// something else ("Schnellzugriff" over a box of links, "Neuigkeiten" over
// a feed, "Blog" where the cleaning cut the section from "Post - Blog -
// Site"), and so does one with no letter (a year, a count). The ranking
// then weighs it as any first <h1> against what the page states (a
// heading that is the site's name loses there).
func oneWordName(cands []titleCand) int {
	for i := range cands {
		c := &cands[i]
		if c.src != srcH1 || c.furniture {
			continue
		}
		if c.plausible || len(strings.Fields(c.text)) != 1 || !strings.ContainsFunc(c.text, unicode.IsLetter) || !spelledOut(cands, c.text) {
			return -1
		}
		return i
	}
	return -1
}

// spelledOut reports whether every word of h is in a title the page
// states, or the page states none but the site's name.
func spelledOut(cands []titleCand, h string) bool {
	words, stated := overlapWords(h), false
	for _, d := range cands {
		if d.src.visible() || d.siteName || !d.plausible {
			continue
		}
		if wordShare(words, overlapWords(d.text)) == 1 {
			return true
		}
		stated = true
	}
	return !stated
}

// overlapWords is the words of s as wordShare compares them: lower case,
// letters and digits, each character of CJK text a word of its own.
func overlapWords(s string) []string {
	return titleWords(s, cjkChars)
}

// titleWords is the words of s: lower case, letters and digits, a run of
// CJK text, which has no spaces, cut into words by cjk.
func titleWords(s string, cjk func(out []string, run string) []string) []string {
	if isASCII(s) {
		return asciiWords(lowerASCII(s))
	}
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notLetterDigit) {
		if !isMostlyCJK(w) {
			out = append(out, w)
			continue
		}
		out = cjk(out, w)
	}
	return out
}

// cjkChars appends each character of run to out.
func cjkChars(out []string, run string) []string {
	for i, r := range run {
		if r == utf8.RuneError {
			out = append(out, "\uFFFD")
		} else {
			out = append(out, run[i:i+utf8.RuneLen(r)])
		}
	}
	return out
}

// asciiWords is overlapWords of a text of ASCII in lower case: its runs
// of letters and digits, cut without a test of unicode's tables per byte.
func asciiWords(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) && !isASCIIDigit(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && (isASCIILetter(s[j]) || isASCIIDigit(s[j])) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// wordShare is the share of the words wa that are also in wb (overlapWords
// of two texts: case and punctuation ignored).
func wordShare(wa, wb []string) float64 {
	if len(wa) == 0 {
		return 0
	}
	n := 0
	if len(wa)*len(wb) <= 1024 {
		for _, w := range wa {
			if slices.Contains(wb, w) {
				n++
			}
		}
		return float64(n) / float64(len(wa))
	}
	in := make(map[string]bool, len(wb))
	for _, w := range wb {
		in[w] = true
	}
	for _, w := range wa {
		if in[w] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}
