package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An opinion piece closes with its writer's biography in italics, or
// after a dash, as a paragraph of its own: "<p><em>Jane Doe is a
// professor of law at …</em></p>", "<p>— Jane Doe is a columnist for
// …</p>". Where no byline names the writer, the biography does; beside a
// byline it is no second author (a weaker source than the byline, which
// names the writer already). closingByLine reads the italic biography
// far below the headline only, where a "By" line may close a long post;
// this reads it as the last line of the text, however short the piece.
// One who "was" is the story's subject, not its writer.

// maxClosingBio is the most text, in bytes, a closing biography holds.
const maxClosingBio = 400

// closingBioLine notes n, a paragraph, when its whole text is set in
// italics (soleMark) or opens with a dash, and opens with a name and the
// verb of a biography (bioName) other than "was".
func (s *scanner) closingBioLine(n *html.Node) {
	if s.comments || textLenUpTo(n, maxClosingBio+1) > maxClosingBio {
		return
	}
	line := normSpace(textOf(n))
	t := strings.TrimLeft(line, "—– ")
	if m := soleMark(n); len(t) == len(line) && (m == nil || !isElement(m, atom.Em, atom.I)) {
		return
	}
	if names := bioName(t); names != nil && !strings.HasPrefix(strings.TrimPrefix(t, names[0]), " was ") && !hasAncestor(n, commentish) {
		s.v.bios = append(s.v.bios, line)
	}
}

// closingBioAuthors is the name that opens the biography (closingBioLine)
// that is the last line of text, the article's (signedLastLine, past the
// trailer notes under it), nil for none.
func closingBioAuthors(bios []string, text string) []string {
	if len(bios) == 0 {
		return nil
	}
	last := signedLastLine(strings.TrimSpace(text), false)
	for _, b := range bios {
		if b == last {
			return bioName(strings.TrimLeft(b, "—– "))
		}
	}
	return nil
}

// bioName is the one name that opens the biography t (reBioName), or nil.
func bioName(t string) []string {
	if len(t) > 600 {
		return nil
	}
	m := reBioName.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	if names := splitAuthors(m[1]); len(names) == 1 && len(strings.Fields(names[0])) >= 2 {
		return names
	}
	return nil
}

// caselessBio cuts a biography in Arabic, Persian or Hindi, scripts
// without capitals to end a name at, where the writer's job follows the
// name of two or three words: "الكاتب: أحمد علي صحفي مستقل …", "نویسنده:
// علی رضایی روزنامه‌نگار …", "लेखक: राम शर्मा वरिष्ठ पत्रकार हैं". A comma
// after them ends the name as well.
func caselessBio(v string) string {
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.Is(unicode.Arabic, r) && !unicode.Is(unicode.Devanagari, r) {
		return v
	}
	f := strings.Fields(v)
	for i := 2; i <= 3 && i < len(f); i++ {
		if w := strings.TrimRight(f[i-1], "،,"); w != f[i-1] {
			return strings.Join(append(f[:i-1:i-1], w), " ")
		}
		if bioJobWords[f[i]] {
			return strings.Join(f[:i], " ")
		}
	}
	return v
}

// bioJobWords are the jobs, and the words before them, that open a
// writer's biography after the name in Arabic ("صحفي", journalist;
// "كاتب", writer; "مراسل", correspondent; "باحث", researcher; "هو", he
// is), Persian ("روزنامه‌نگار", "خبرنگار", "پژوهشگر") and Hindi ("पत्रकार",
// "वरिष्ठ", senior; "एक", a; "स्वतंत्र", freelance).
var bioJobWords = setOf("صحفي", "صحفية", "كاتب", "كاتبة", "مراسل", "مراسلة", "باحث", "باحثة", "محرر", "محررة", "إعلامي", "إعلامية", "هو", "هي",
	"روزنامه‌نگار", "روزنامهنگار", "روزنامه", "خبرنگار", "پژوهشگر", "نویسنده",
	"पत्रकार", "लेखक", "लेखिका", "स्तंभकार", "वरिष्ठ", "एक", "स्वतंत्र")

// caselessBioOpening is the name that opens t, a biography under a box's
// heading in Arabic, Persian or Hindi (caselessBio: "محمد أحمد كاتب
// صحفي…", "राहुल शर्मा एक पत्रकार हैं"), or nil: a biography that opens
// with the job ("كاتب صحفي متخصص…") names no one.
func caselessBioOpening(t string) []string {
	name := caselessBio(t)
	if name == t {
		return nil
	}
	for _, w := range strings.Fields(name) {
		if bioJobWords[w] {
			return nil
		}
	}
	return []string{name}
}

// caselessBioSentence reports whether t, the line under a box's heading,
// is a biography's sentence in Arabic, Persian or Hindi: six words or
// more, closed by a full stop (".", Urdu's "۔", the danda "।"), which
// no line of names is, its label and a name of four words included.
func caselessBioSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.Is(unicode.Arabic, r) && !unicode.Is(unicode.Devanagari, r) {
		return false
	}
	end := strings.TrimRightFunc(t, unicode.IsSpace)
	closed := strings.HasSuffix(end, ".") || strings.HasSuffix(end, "۔") || strings.HasSuffix(end, "।")
	return closed && len(strings.Fields(t)) >= 6
}
