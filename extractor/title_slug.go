package extractor

import (
	"net/url"
	"strings"
)

// slugWords returns the words of the page's slug, the last step of its
// address that spells words ("/2024/05/council-approves-school-budget/",
// "/news/council_approves_budget-123.html"), lower case, or nil where
// the address spells fewer than three: an id, a date, a section. A CMS
// writes the slug from the headline as the editor first wrote it, so a
// candidate that shares its words is the article's title.
func slugWords(page *url.URL) []string {
	if page == nil {
		return nil
	}
	steps := strings.Split(strings.Trim(page.Path, "/"), "/")
	for i := len(steps) - 1; i >= 0 && i >= len(steps)-2; i-- {
		s := steps[i]
		if dot := strings.LastIndexByte(s, '.'); dot > 0 && len(s)-dot <= 5 {
			s = s[:dot] // ".html", ".php", ".aspx"
		}
		if words := slugTokens(s); len(words) >= 3 {
			return words
		}
	}
	return nil
}

// spellsNoWords reports whether the last step of the page's address is an
// id or a script's name and spells no more words ("/news.php?id=4711",
// "/news/4711/", "/artikel.asp"): an older CMS's, whose address says
// nothing of the story. "/2006/05/16/council-budget/" spells two.
func spellsNoWords(page *url.URL) bool {
	if page == nil {
		return false
	}
	return len(slugTokens(lastStep(page))) <= 1
}

// lastStep is the last step of the page's address, without a file
// type's extension (".html", ".php", ".aspx").
func lastStep(page *url.URL) string {
	s := strings.Trim(page.Path, "/")
	s = s[strings.LastIndexByte(s, '/')+1:]
	if dot := strings.LastIndexByte(s, '.'); dot > 0 && len(s)-dot <= 5 {
		s = s[:dot]
	}
	return s
}

// addressSilent reports whether the page's address says nothing of a
// title t: its last step spells no words (spellsNoWords), or fewer than
// the three a slug written from a headline spells (slugWords) and none
// of t's ("/news/2024/03/12/water-board" under "Valley Times - Your
// daily news"). An address that spells a headline's words speaks for it.
func addressSilent(tc titleContext, t string) bool {
	if spellsNoWords(tc.page) {
		return true
	}
	if tc.slug != nil || tc.page == nil {
		return false
	}
	return wordShare(slugTokens(lastStep(tc.page)), overlapWords(t)) == 0
}

// slugTokens is the words an address step or an anchor id spells: its
// runs of letters and digits, in lower case, numbers left out
// ("2006-05-16-council-budget" is "council", "budget").
func slugTokens(s string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notLetterDigit) {
		if !isDigits(w) {
			words = append(words, w)
		}
	}
	return words
}

// isDigits reports whether s is ASCII digits only.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// headingSpellsSlug reports whether a heading spells the page's slug: it holds
// four in five of the slug's words, and the slug half of its own.
func headingSpellsSlug(heading string, slug []string) bool {
	if slug == nil {
		return false
	}
	w := overlapWords(heading)
	return wordShare(slug, w) >= 0.8 && wordShare(w, slug) >= 0.5
}
