package extractor

import (
	"strings"

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
