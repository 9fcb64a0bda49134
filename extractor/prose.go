package extractor

import (
	"strings"

	"golang.org/x/net/html"
)

// isProse reports whether n, whose text is tl bytes long, reads as a
// paragraph of an article rather than a widget's line: a sentence of
// readability's 80 characters or more, ended by a full stop, with a quarter
// of it at most in links.
func isProse(n *html.Node, tl int) bool {
	if tl < minProse {
		return false
	}
	if links := linkTextLen(n); links*4 >= tl {
		return false
	}
	return endsSentence(textOf(n))
}

// minProse is the least text, in bytes, of a block read as prose
// (readability's 80 characters for a paragraph sibling).
const minProse = 80

// endsSentence reports whether t holds a full stop, a question or an
// exclamation mark that ends a sentence: followed by a space or the end, or
// an ideographic full stop anywhere.
func endsSentence(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '.', '!', '?':
			if i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n' || t[i+1] == '"' || t[i+1] == ')' {
				if i > 0 && t[i-1] != '.' { // not an ellipsis ("Read more...")
					return true
				}
			}
		}
	}
	return strings.Contains(t, "。") || strings.Contains(t, "！") || strings.Contains(t, "？")
}
