package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story signed at its end: the writer's name in bold or italics on a
// paragraph of its own, or on the last line of the last paragraph, closes
// the text, as Vietnamese, Spanish, Italian and German
// papers and magazines sign their pieces ("<p><strong>Marina
// Mucha</strong></p>" under a review). The scan notes each paragraph that
// is one name in bold (signedLine); the name counts when it is the last
// paragraph of the article's text (signedAuthors), so a name in bold
// elsewhere (a subheading, an interview's speaker) does not. English
// columns, letters and essays sign off with a dash before the name
// instead ("<p>— Jane Doe</p>"; dashSignedLine).

// maxSignedLine is the most text, in bytes, a signature's paragraph holds.
const maxSignedLine = 60

// signedLine notes the name of n, a paragraph, when its whole text is one
// bold element that reads as one name of two to four words, or as a
// Vietnamese reporter's credit before up to four names ("PV Nguyễn Văn
// An", cutReporterSign).
func (s *scanner) signedLine(n *html.Node) {
	if c := n.FirstChild; c != nil && c.Type == html.TextNode {
		if t := strings.TrimLeft(c.Data, " \t\r\n"); strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–") {
			s.dashSignedLine(n)
			return
		}
	}
	if s.opracLine(n) || s.copyrightParagraph(n) {
		return
	}
	bold := soleMark(n)
	if bold == nil {
		bold = markAfterBreak(n)
	}
	if bold == nil && (signatureClassed(n) || markBeforeSource(n)) {
		bold = n
	}
	if bold == nil || textLenUpTo(bold, maxSignedLine+1) > maxSignedLine {
		return
	}
	// A bold link to a page that is not an author's is a headline: the
	// post a "More projects" heading lists after the text ("<p><strong><a
	// href="/porch-refresh/">Simple Summer Porch Refresh</a></strong></p>").
	if a := findFirst(bold, byTag(atom.A)); a != nil && !isAuthorLink(a) {
		return
	}
	t := normSpace(textOf(bold))
	name := cutSignedAgency(cutSourceBracket(t))
	if rest, ok := cutReporterSign(name); ok && rest != "" {
		if names := splitAuthors(rest); len(names) > 0 && len(names) <= 4 && looksLikeNames(names) {
			s.v.signed = append(s.v.signed, t)
			return
		}
	}
	if f := strings.Fields(name); len(f) < 2 || len(f) > 4 {
		return
	}
	if names := splitAuthors(name); len(names) == 1 && names[0] == name && looksLikeNames(names) {
		s.v.signed = append(s.v.signed, t)
	}
}

// signatureClassed reports whether n, a paragraph, is classed as the
// story's signature ("<p class="signature">Jean Dupont</p>"), as French
// papers set the writer's name under the text in plain type: the class
// marks it as bold does elsewhere.
func signatureClassed(n *html.Node) bool {
	for _, w := range strings.Fields(attr(n, "class")) {
		if strings.EqualFold(w, "signature") || strings.EqualFold(w, "article-signature") || strings.EqualFold(w, "article__signature") {
			return true
		}
	}
	return false
}

// cutSourceBracket is t, a signature, without the bracket that closes it
// naming the paper the story came from: Vietnamese papers sign a story
// taken from another with the writer's name and its source, "Minh Anh
// (Theo Tuổi Trẻ)" (according to Tuổi Trẻ).
func cutSourceBracket(t string) string {
	if !strings.HasSuffix(t, ")") {
		return t
	}
	if i := strings.LastIndex(t, " (Theo "); i > 0 {
		return t[:i]
	}
	return t
}

// cutSignedAgency is name, a signature, without the news agency set after
// it in brackets or after a slash, comma or dash: papers sign a story
// their writer filed with a wire's material so, "Nguyễn Văn An (TTXVN)",
// "Ahmet Yılmaz / İHA", "Иван Петров, ТАСС" (agencyNote, isAgency,
// isNewsOrgInitials).
func cutSignedAgency(name string) string {
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		if agencyNote(name[i+2 : len(name)-1]) {
			return strings.TrimSpace(name[:i])
		}
		return name
	}
	for _, sep := range []string{"/", ",", " - ", " – "} {
		if i := strings.LastIndex(name, sep); i > 0 {
			if tail := name[i+len(sep):]; isNewsOrgInitials(tail) || isAgency(tail) {
				return strings.TrimSpace(name[:i])
			}
		}
	}
	return name
}

// markBeforeSource reports whether n, a paragraph, is a name in bold or
// italics and then, in plain type, the paper the story was taken from:
// Vietnamese papers set the source beside the writer's signature, "<p><strong>Minh
// Anh</strong> (Theo <em>Tuổi Trẻ</em>)</p>" (cutSourceBracket).
func markBeforeSource(n *html.Node) bool {
	first := pastBlank(n.FirstChild, nextSibling)
	if first == nil || !signatureMark(first) || first.NextSibling == nil || textLenUpTo(n, maxSignedLine+1) > maxSignedLine {
		return false
	}
	rest := strings.TrimPrefix(textOf(n), textOf(first))
	loc := reSourceAside.FindStringIndex(rest)
	return loc != nil && loc[0] == 0
}

// soleMark is the one bold or italic element that holds the whole text
// of n, a paragraph, or nil: text beside it, or a second element, make
// the paragraph no signature's. Magazines sign in italics as often as in
// bold ("<p><em>Claudia Duwe</em></p>").
func soleMark(n *html.Node) *html.Node {
	var mark *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case mark == nil && signatureMark(c):
			mark = c
		default:
			return nil
		}
	}
	return mark
}

// markAfterBreak is the bold or italic element that closes n, a
// paragraph, on a line of its own after a <br>, or nil: a writer signs
// the last paragraph itself ("…an den Ort unserer tiefsten
// Gefühle…<br><em>Claudia Duwe</em></p>"), and the text reads the name
// as its own last line.
func markAfterBreak(n *html.Node) *html.Node {
	last := pastBlank(n.LastChild, prevSibling)
	if last == nil || !signatureMark(last) {
		return nil
	}
	br := neighbour(last, prevSibling)
	if br == nil || br.Type != html.ElementNode || br.DataAtom != atom.Br || br.PrevSibling == nil {
		return nil
	}
	return last
}

// signatureMark reports whether n is a bold or italic element, in which
// a signature's name is set.
func signatureMark(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Strong, atom.B, atom.Em, atom.I:
		return true
	}
	return false
}

// opracLine notes the line of n, a paragraph, whose whole text is Polish
// "oprac." (prepared by) before one name of two to four words: Polish
// portals close a story put together from wires and reports with its
// editor's credit, "oprac. Jan Kowalski". It reports whether the
// paragraph opens with the credit.
func (s *scanner) opracLine(n *html.Node) bool {
	if textLenUpTo(n, maxSignedLine+1) > maxSignedLine {
		return false
	}
	line := normSpace(textOf(n))
	name, ok := cutOprac(line)
	if !ok {
		return false
	}
	if f := strings.Fields(name); len(f) >= 2 && len(f) <= 4 {
		if names := splitAuthors(name); len(names) == 1 && names[0] == name && looksLikeNames(names) {
			s.v.signed = append(s.v.signed, line)
		}
	}
	return true
}

// cutOprac is line without its opening "oprac." or "Oprac.", and whether
// it opens so.
func cutOprac(line string) (string, bool) {
	for _, p := range []string{"oprac. ", "Oprac. "} {
		if rest, ok := strings.CutPrefix(line, p); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return line, false
}

// dashSignedLine notes the name of n, a paragraph whose text opens with
// an em or en dash, when the rest reads as one name of two to four words:
// "<p>— Jane Doe</p>" closing a column, a letter or an essay. A dash
// before a name also attributes a quotation, so the line does not count
// inside a blockquote or a figure, nor after a paragraph that closes a
// quote.
func (s *scanner) dashSignedLine(n *html.Node) {
	if textLenUpTo(n, maxSignedLine+1) > maxSignedLine || hasAncestor(n, func(a *html.Node) bool {
		return a.DataAtom == atom.Blockquote || a.DataAtom == atom.Figure || a.DataAtom == atom.Q
	}) {
		return
	}
	line := normSpace(textOf(n))
	t := strings.TrimSpace(strings.TrimLeft(line, "—– "))
	if f := strings.Fields(t); len(f) < 2 || len(f) > 4 {
		return
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev != nil {
		if pt := strings.TrimSpace(textOf(prev)); strings.HasSuffix(pt, "”") || strings.HasSuffix(pt, "\"") || strings.HasSuffix(pt, "»") || strings.HasSuffix(pt, "」") || strings.HasSuffix(pt, "“") {
			return
		}
	}
	if names := splitAuthors(t); len(names) == 1 && names[0] == t && looksLikeNames(names) {
		s.v.signed = append(s.v.signed, line)
	}
}

// signedAuthors is the name of a signature (visible.signed, without the
// dash before it) that is the last paragraph of text (signedLastLine), the article's body in the language lang, when
// the text does not use its words as ordinary words in lower case ("Happy
// Reading" is a greeting, not a name). Vietnamese papers close a story
// taken from another with its source in bold as they sign one: "Theo
// VnExpress" (according to VnExpress) names no writer; set under the
// writer's name, or in a bracket after it, it leaves the writer signed.
// They sign a reporter's piece with "PV" (phóng viên) or "Nhóm PV" (the
// reporters' team) before the names ("PV Nguyễn Văn An - Trần Thị
// Bình"): the names, cut so in a Vietnamese page or when they are spelled
// in Vietnamese (cutReporterSign, vietnameseSpelled).
func signedAuthors(signed []string, text, lang string) []string {
	if len(signed) == 0 {
		return nil
	}
	text = strings.TrimSpace(text)
	last := signedLastLine(text, lang == "vi")
	if severalSigned(signed, last, lang == "vi") {
		return nil
	}
	for _, line := range signed {
		n := strings.TrimSpace(strings.TrimLeft(line, "—– "))
		if name, ok := cutOprac(n); ok {
			n = name
		}
		if lang == "vi" {
			n = cutSourceBracket(n)
		}
		n = cutSignedAgency(n)
		if line != last || usedAsWords(n, text) || lang == "vi" && strings.HasPrefix(n, "Theo ") {
			continue
		}
		if rest, ok := cutReporterSign(n); ok && rest != "" && (lang == "vi" || vietnameseSpelled(rest)) {
			return splitAuthors(rest)
		}
		return []string{n}
	}
	return nil
}

// severalSigned reports whether signed holds, beside last, another
// signature of last's form (a dash's, or a name in bold or italics) for
// another name: a page of letters to the editor signs each letter, and
// the last letter's signer is not the page's author. A Vietnamese (vi)
// story's source ("Theo VnExpress") is no signature.
func severalSigned(signed []string, last string, vi bool) bool {
	dashed := func(l string) bool { return strings.HasPrefix(l, "—") || strings.HasPrefix(l, "–") }
	for _, l := range signed {
		if l != last && dashed(l) == dashed(last) && !(vi && viSourceLine(l)) {
			return true
		}
	}
	return false
}

// maxTrailers is how many trailer notes may follow a signature.
const maxTrailers = 2

// signedLastLine is the last line of text, the article's, that a
// signature may be: the text's last, or the line before the trailer
// notes a magazine sets under the signature, up to maxTrailers of them:
// a book to read further ("Zum Weiterlesen: Claudia Duwe, Der Zukunft
// wieder vertrauen, Patmos Verlag"), where the piece first appeared, or
// in a Vietnamese text (vi) the paper the story came from ("Theo
// VnExpress").
func signedLastLine(text string, vi bool) string {
	for k := 0; ; k++ {
		i := strings.LastIndexByte(text, '\n')
		last := normSpace(text[i+1:])
		if i < 0 || k == maxTrailers || !(signatureTrailer(last) || vi && viSourceLine(last)) {
			return last
		}
		text = strings.TrimRight(text[:i], " \t\r\n")
	}
}

// trailerOpeners open a note under an article that points elsewhere: a
// book or a page to read further, the issue that prints the whole piece,
// lower-cased.
var trailerOpeners = []string{"zum weiterlesen", "weiterlesen:", "mehr zum thema", "lesen sie auch", "lesetipp", "buchtipp", "literaturtipp", "literatur:", "quelle:", "quellen:",
	"den ganzen artikel", "den vollständigen artikel", "further reading", "read more:", "recommended reading", "learn more:"}

// maxTrailer is the most text, in bytes, a trailer note holds.
const maxTrailer = 160

// signatureTrailer reports whether line is a short note that may follow
// a signature: it opens with a trailerOpener or says where the piece
// first appeared (originalNotes).
func signatureTrailer(line string) bool {
	if len(line) > maxTrailer {
		return false
	}
	l := strings.ToLower(line)
	for _, o := range trailerOpeners {
		if strings.HasPrefix(l, o) {
			return true
		}
	}
	for _, o := range originalNotes {
		if strings.Contains(l, o) {
			return true
		}
	}
	return false
}

// viSourceLine reports whether line is a Vietnamese note of the paper a
// story came from: "Theo VnExpress", "(Theo Tuổi Trẻ)", "Nguồn: Dân Trí",
// short.
func viSourceLine(line string) bool {
	if len(line) > maxSignedLine {
		return false
	}
	line = strings.TrimPrefix(line, "(")
	return strings.HasPrefix(line, "Theo ") || strings.HasPrefix(line, "Nguồn:") || strings.HasPrefix(line, "Nguồn ")
}

// copyrightLine is a paragraph that states a person's copyright: the
// holder's name and the text of the paragraph before it.
type copyrightLine struct{ holder, line, before string }

// copyrightParagraph notes n, a paragraph, when its whole text is a
// copyright line with its year and a person's name ("© 2019 Sven
// Schreivogel", "Copyright 2024 Jane Doe. All rights reserved."): a
// personal site or a freelance writer closes a piece so. A company's
// name ("© 2024 Acme Media") opens with no given name. It reports
// whether the paragraph opens with the copyright's sign or word.
func (s *scanner) copyrightParagraph(n *html.Node) bool {
	c := n.FirstChild
	for c != nil && c.Type == html.ElementNode && c.FirstChild != nil && c.DataAtom != atom.A {
		c = c.FirstChild // "<p><small>© 2019 …"
	}
	if c == nil || c.Type != html.TextNode {
		return false
	}
	t := strings.TrimLeft(c.Data, " \t\r\n")
	if !strings.HasPrefix(t, "©") && !strings.HasPrefix(t, "Copyright") && !strings.HasPrefix(t, "(c)") && !strings.HasPrefix(t, "(C)") {
		return false
	}
	if textLenUpTo(n, maxSignedLine+1) > maxSignedLine {
		return true
	}
	line := normSpace(textOf(n))
	if h := copyrightPerson(line); h != "" {
		before := ""
		if p := prevElement(n); p != nil {
			before = normSpace(textOf(p))
		}
		s.v.copyrighted = append(s.v.copyrighted, copyrightLine{h, line, before})
	}
	return true
}

// closingCopyright is the holder of a copyright line that closes the
// article's text (copyrightParagraph): the line is the text's last, or
// the text's last line is the paragraph before it (the text leaves
// copyright lines out). The weakest of sources, as a site's owner is.
func closingCopyright(lines []copyrightLine, text string) []string {
	if len(lines) == 0 {
		return nil
	}
	text = strings.TrimSpace(text)
	last := normSpace(text[strings.LastIndexByte(text, '\n')+1:])
	for _, l := range lines {
		if last != "" && (l.line == last || l.before == last) {
			return []string{l.holder}
		}
	}
	return nil
}
