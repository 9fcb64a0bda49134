package re2go

import (
	"regexp"
	"strings"
	"testing"
)

// speed78Matchers are the matchers whose result is their original
// pattern's MatchString, with that pattern.
var speed78Matchers = []struct {
	name    string
	match   func(string) bool
	pattern string
}{
	{"IsByline", IsByline, `(?i)byline|author|dateline|writtenby|p-author`},
	{"IsPositiveClass", IsPositiveClass, `(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story`},
	{"IsUnlikelyCandidates", IsUnlikelyCandidates, `(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote`},
	{"MaybeItsACandidate", MaybeItsACandidate, `(?i)and|article|body|column|content|main|mathjax|shadow`},
}

// speed78Texts are every word of the patterns, whole, cut short at its end
// (where the matchers read the terminating null that at gives) and
// capitalised, alone and between the bytes around which a match starts
// or stops, a null among them.
func speed78Texts() []string {
	var words []string
	for _, m := range speed78Matchers {
		for _, w := range strings.Split(strings.TrimPrefix(m.pattern, "(?i)"), "|") {
			for i := 1; i <= len(w); i++ {
				words = append(words, w[:i], strings.ToUpper(w[:i]))
			}
		}
	}
	words = append(words, "hid", " hid ", "hidden", "")
	var out []string
	for _, w := range words {
		for _, before := range []string{"", " ", "x", "\x00", "é", "a  b"} {
			for _, after := range []string{"", " ", "-", "\x00", "\t\t", "é", "  "} {
				out = append(out, before+w+after)
			}
		}
	}
	return out
}

// TestSpeed78MatchersAsPatterns pins the matchers, which read their
// terminating null from at rather than from a copy of the input, to their
// original patterns on texts that end inside a word and that hold a null.
func TestSpeed78MatchersAsPatterns(t *testing.T) {
	texts := speed78Texts()
	for _, m := range speed78Matchers {
		re := regexp.MustCompile(m.pattern)
		for _, s := range texts {
			if strings.Contains(s, "\x00") {
				continue // the patterns read a null as any byte, the matchers as the end
			}
			if got, want := m.match(s), re.MatchString(s); got != want {
				t.Errorf("%s(%q) = %v, the pattern says %v", m.name, s, got, want)
			}
		}
	}
	spaces := regexp.MustCompile(`[\t\n\f\r ]{2,}`)
	for _, s := range texts {
		if strings.Contains(s, "\x00") {
			continue
		}
		if got, want := NormalizeSpaces(s), spaces.ReplaceAllString(s, " "); got != want {
			t.Errorf("NormalizeSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSpeed78MatchersNoPanic runs every matcher on the texts with nulls
// too, where reading past the input would panic.
func TestSpeed78MatchersNoPanic(t *testing.T) {
	for _, s := range speed78Texts() {
		for _, m := range speed78Matchers {
			m.match(s)
		}
		IsNegativeClass(s)
		NormalizeSpaces(s)
	}
}
