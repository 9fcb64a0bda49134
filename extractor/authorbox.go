package extractor

import (
	"regexp"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reAuthorBoxHead is the label that opens the box about the writer set
// under a post: a heading of its own ("About the author", "Sobre o
// autor", "Über den Autor", "À propos de l'auteur"), or the start of the
// biography's paragraph when a colon follows ("About the Author: Derek
// Halpern is the marketing guy at …").
var reAuthorBoxHead = regexp.MustCompile(`(?i)^\s*(?:about\s+(?:the\s+)?authors?|sobre\s+(?:o|a|el|la)\s+autora?|über\s+(?:den|die)\s+autor(?:in)?|à\s+propos\s+de\s+l['’]auteure?|a\s+proposito\s+dell['’]autore)\b\s*(:)?`)

// maxAuthorBoxTail is the most text, in bytes, an author box holds from
// its label to the body's end: a name, a few sentences, the writer's links.
const maxAuthorBoxTail = 1000

// cutAuthorBox removes the box about the writer that ends a post: from a
// block that opens with its label (reAuthorBoxHead), in the body's second
// half, to the end, when what follows is no longer than a biography. The
// box is the writer's, set under every post by the theme, not the story
// (a theme names it "post-author" as often as "author-bio", so its class
// does not tell it apart from a byline: its label does).
func cutAuthorBox(body *html.Node) {
	if !anyText(body, holdsAuthorWord) {
		return // the common case: one cheap pass
	}
	total := textLen(body)
	seen := 0
	var start *html.Node
	tail := 0
	walk(body, func(n *html.Node) bool {
		if start != nil {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return false
			}
			if isBlockish(n) && !hasBlockChild(n) {
				tl := textLen(n)
				if tl > 0 && seen*2 >= total && total-seen <= maxAuthorBoxTail {
					t := textOf(n)
					if m := reAuthorBoxHead.FindStringSubmatchIndex(t); m != nil && (tl <= 30 || m[2] >= 0) {
						start, tail = n, total-seen
					}
				}
				seen += tl
				return false
			}
		}
		if n.Type == html.TextNode {
			seen += nonSpaceLen(n.Data)
		}
		return true
	})
	if start == nil || tail == total {
		return
	}
	cutFrom(body, start)
}

// holdsAuthorWord reports whether s holds "author", "autor" or "auteur" in
// any case of ASCII letters ("autore" holds "autor"): the words of
// reAuthorBoxHead's labels, looked for in one pass over s rather than one
// a word.
func holdsAuthorWord(s string) bool {
	for i := 0; i+5 <= len(s); i++ {
		if s[i]|0x20 != 'a' || s[i+1]|0x20 != 'u' || s[i+2]|0x20 != 't' {
			continue
		}
		r := s[i+3:]
		if len(r) >= 2 && r[0]|0x20 == 'o' && r[1]|0x20 == 'r' ||
			len(r) >= 3 && r[0]|0x20 == 'h' && r[1]|0x20 == 'o' && r[2]|0x20 == 'r' ||
			len(r) >= 3 && r[0]|0x20 == 'e' && r[1]|0x20 == 'u' && r[2]|0x20 == 'r' {
			return true
		}
	}
	return false
}
