package extractor

import (
	"regexp"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reCount is a count alone: "23", "4,096", "1.2K", "3万"; not a score
// ("9.0", "8.5"), which a review sets beside its buttons as well.
var reCount = regexp.MustCompile(`^\s*(?:\d{1,3}(?:[,.]\d{3})+|\d+|\d+(?:[.,]\d+)?\s*[KkMm万萬])\s*$`)

// buttonCounts returns the siblings of b, a button, whose text is a count
// alone: a clap, like or comment count set beside its button ("<button>
// <svg/></button><span>1.2K</span>"). The button goes as furniture; its
// count, left alone, would read as a line of the story.
func buttonCounts(b *html.Node) []*html.Node {
	if b.Parent == nil {
		return nil
	}
	var counts []*html.Node
	for s := b.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == b {
			continue
		}
		switch s.Type {
		case html.TextNode:
			if reCount.MatchString(s.Data) {
				counts = append(counts, s)
			}
		case html.ElementNode:
			if tl := textLenUpTo(s, 20); tl > 0 && tl <= 20 && findFirst(s, byTag(atom.Img, atom.Picture, atom.Video, atom.Iframe)) == nil && reCount.MatchString(textOf(s)) {
				counts = append(counts, s)
			}
		}
	}
	return counts
}
