package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// creditInBrackets is s, a byline, out of the brackets it is set in when
// the whole of it is a credit there, as Reuters closes a story with its
// credits: "(Compiled by Jane Doe; Editing by Mark Smith)", "(Writing by
// John Roe; …)"; its French service's credits give their writers
// (frenchWireWriters). Any other text in brackets stays as it is.
func creditInBrackets(s string) string {
	if len(s) < 4 || s[0] != '(' || s[len(s)-1] != ')' {
		return s
	}
	in := s[1 : len(s)-1]
	if strings.ContainsAny(in, "()") {
		return s
	}
	if byPrefix(in) != nil {
		return in
	}
	if w := frenchWireWriters(in); w != "" {
		return w
	}
	return s
}

// reFrenchWireLabel is a label of Reuters' French credits, which set no
// "par" after the reporting: "Reportage Jean Dupont, avec Paul Durand;
// rédigé par Claire Martin; version française Marc Roux, édité par Sophie
// Louet". Group 1 is a writer's label; any other names the translator,
// the editor or a contributor of additional reporting ("avec la
// contribution de"), none of whom wrote the story.
var reFrenchWireLabel = regexp.MustCompile(`(?:^|[;,]\s*|\s)(?:avec\s+la\s+contribution\s+de|(Reportage(?:\s+de)?|avec|r[ée]dig[ée]\s+par)|version\s+fran[çc]aise|[ée]dit[ée]\s+par|traduit\s+par|traduction)\s+`)

// rePlaceAfterName is the place a French credit sets after a reporter's
// name: "Jean Dupont à Londres", "Paul Durand au Caire".
var rePlaceAfterName = regexp.MustCompile(`\s+(?:à|au|aux|en)\s+\p{Lu}.*$`)

// frenchWireWriters is in, the credits Reuters' French service closes a
// story with, as a byline of its writers ("par Jean Dupont, Paul
// Durand"), or "" when in is no such credit: it opens with "Reportage"
// and a name, and names its editor ("édité par"), as every one of them
// does.
func frenchWireWriters(in string) string {
	if !strings.HasPrefix(in, "Reportage ") || !strings.Contains(in, "édité par") {
		return ""
	}
	locs := reFrenchWireLabel.FindAllStringSubmatchIndex(in, 8)
	var names []string
	for i, loc := range locs {
		if loc[2] < 0 {
			continue
		}
		end := len(in)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		if n := strings.TrimSpace(rePlaceAfterName.ReplaceAllString(in[loc[1]:end], "")); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return "par " + strings.Join(names, ", ")
}

// reDeskCredit is a credit to a desk rather than a person: Reuters credits
// a brief put together at one of its hubs to the hub's newsroom,
// "Compiled by the Gdansk Newsroom", "Reporting by Bengaluru newsroom".
var reDeskCredit = regexp.MustCompile(`(?i)^\s*(?:compiled|reporting|writing)\s+by\s+(?:the\s+)?(?:\pL[\pL.'-]*\s+){1,3}(?:newsroom|desk)\s*$`)

// dropDeskCredits is s, a wire story's credits, without the credits of a
// desk (reDeskCredit): a desk is the agency's routing, no writer, and the
// agency the dateline names credits a story no person signs
// (wireDatelineAgency). The credits left may name no writer ("Editing by
// Mark Smith"): then the result is "".
func dropDeskCredits(s string) string {
	if !hasFoldASCII(s, "newsroom") && !hasFoldASCII(s, "desk") {
		return s // most bylines
	}
	parts := strings.Split(s, ";")
	kept := make([]string, 0, len(parts))
	for _, p := range parts {
		if !reDeskCredit.MatchString(p) {
			kept = append(kept, strings.TrimSpace(p))
		}
	}
	if len(kept) == len(parts) {
		return s
	}
	if rest := strings.Join(kept, "; "); byPrefix(rest) != nil {
		return rest
	}
	return ""
}

// outletBrackets pairs each bracket a wire's or a paper's name is set in
// before a byline with its closing one.
var outletBrackets = map[rune]rune{'[': ']', '(': ')', '【': '】', '［': '］', '〔': '〕', '（': '）'}

// cutBracketedOutlet cuts from s, a byline, the wire's or the paper's
// name set in brackets before it ("[Reuters] Jane Doe", "(AP) Jane Doe",
// "【新华社】张伟", "[한국일보] 김민수 기자") or after it ("Jane Doe
// [Reuters]", "张伟【新华社】"), as wires and papers in many languages
// credit a story, so that no bracket is left in a name. What is left
// must then name a writer as such a credit does, or s is "": a Korean
// reporter's credit (koreanCreditAlone), two Chinese characters a
// name's (cjkRowName), else two words at least; a section's name beside
// the outlet ("[한국일보] 정치", "【新华社】国际", "[Reuters] Politics")
// names no one. A bracket alone, a dateline's ("[서울=뉴시스]", with its
// equals sign) and one with a number in it stay as they are.
func cutBracketedOutlet(s string) string {
	t := strings.TrimSpace(s)
	rest, ok := afterOutlet(t)
	if !ok {
		if rest, ok = beforeOutlet(t); !ok {
			return s // most bylines
		}
	}
	switch r, _ := utf8.DecodeRuneInString(rest); {
	case unicode.Is(unicode.Hangul, r):
		if koreanCreditAlone(rest) == nil {
			return ""
		}
	case unicode.Is(unicode.Han, r):
		if utf8.RuneCountInString(rest) == 2 && cjkHanOnly(rest) && !cjkRowName(rest) {
			return ""
		}
	case len(strings.Fields(rest)) < 2:
		return ""
	}
	return rest
}

// afterOutlet is t, a byline, after the outlet's name in brackets that
// opens it (cutBracketedOutlet), and whether one does.
func afterOutlet(t string) (string, bool) {
	open, w := utf8.DecodeRuneInString(t)
	closing, ok := outletBrackets[open]
	if !ok {
		return "", false
	}
	j := strings.IndexRune(t[w:], closing)
	if j <= 0 || j > 40 || !outletInBrackets(t[w:w+j]) {
		return "", false
	}
	rest := strings.TrimLeft(t[w+j+utf8.RuneLen(closing):], " -–—:|")
	return rest, rest != ""
}

// beforeOutlet is t, a byline, before the outlet's name in square or
// lenticular brackets that closes it (cutBracketedOutlet), and whether
// one does. Round brackets after a name say what the writer did ("Jane
// Doe (words) and John Roe (photos)") or where she is from, which the
// readers of a byline's parts decide.
func beforeOutlet(t string) (string, bool) {
	closing, w := utf8.DecodeLastRuneInString(t)
	open, ok := outletOpeners[closing]
	if !ok {
		return "", false
	}
	i := strings.LastIndex(t[:len(t)-w], string(open))
	if i < 0 || len(t)-w-i > 40 || !outletInBrackets(t[i+utf8.RuneLen(open):len(t)-w]) {
		return "", false
	}
	rest := strings.TrimRight(t[:i], " -–—:|,")
	return rest, rest != ""
}

// outletOpeners pairs each square or lenticular bracket that closes an
// outlet's name after a byline (beforeOutlet) with its opening one.
var outletOpeners = map[rune]rune{']': '[', '】': '【', '］': '［', '〕': '〔'}

// outletInBrackets reports whether in, the text in a byline's brackets,
// may be an outlet's name: not empty, and no dateline's equals sign, no
// number nor other bracket in it.
func outletInBrackets(in string) bool {
	return strings.TrimSpace(in) != "" && !strings.ContainsAny(in, "=0123456789[](){}【】（）")
}
