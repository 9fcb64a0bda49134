package extractor

import "strings"

// creditInBrackets is s, a byline, out of the brackets it is set in when
// the whole of it is a credit there, as Reuters closes a story with its
// credits: "(Compiled by Jane Doe; Editing by Mark Smith)", "(Writing by
// John Roe; …)". Any other text in brackets stays as it is.
func creditInBrackets(s string) string {
	if len(s) < 4 || s[0] != '(' || s[len(s)-1] != ')' {
		return s
	}
	if in := s[1 : len(s)-1]; !strings.ContainsAny(in, "()") && byPrefix(in) != nil {
		return in
	}
	return s
}
