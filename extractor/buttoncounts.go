package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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

// buttonNotes returns the short lines beside b, a button, that explain
// it: "<div class=gift><button>Artikel verschenken</button><p>Sie können
// diesen Artikel verschenken. …</p></div>", "<button>記事を読み上げる
// </button><p>音声の読み上げには対応ブラウザが必要です</p>". The button
// goes as furniture; its note, left alone, would read as the story's
// opening or closing line. A note is a sibling of the button (or of its
// only wrapper) of at most maxButtonNote bytes of text, no link nor
// picture, that repeats a word of the button's label (sharesLabelWord),
// in a box of no more text than one such note and the label: not a
// story's container, nor a box of paragraphs a button opens or tops. The
// visible opening beside an expander ("Read full story", "Lire la suite")
// stays: the rest it shows is the body's, and so is what it shows at
// first.
func buttonNotes(b *html.Node) []*html.Node {
	label := strings.ToLower(strings.TrimSpace(textOfUpTo(b, 61)))
	if len(label) < 5 || len(label) > 60 || hasAttr(b, "aria-expanded") || hasAttr(b, "aria-controls") || strings.HasSuffix(label, "?") || strings.HasSuffix(label, "？") || isExpanderLabel(b) {
		// An accordion's question opens its answer, the story's; an
		// expander shows the rest of the story.
		return nil
	}
	box := b.Parent
	if box != nil && box.Type == html.ElementNode && singleElementChild(box) != nil && box.Parent != nil {
		b, box = box, box.Parent
	}
	if box == nil || box.Type != html.ElementNode || textLenUpTo(box, maxButtonNote+len(label)+1) > maxButtonNote+len(label) {
		return nil
	}
	var notes []*html.Node
	for s := box.FirstChild; s != nil; s = s.NextSibling {
		if s == b || s.Type != html.ElementNode {
			continue
		}
		tl := textLenUpTo(s, maxButtonNote+1)
		if tl == 0 || tl > maxButtonNote || findFirst(s, byTag(atom.A, atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Button)) != nil {
			continue
		}
		if sharesLabelWord(strings.ToLower(textOf(s)), label) {
			notes = append(notes, s)
		}
	}
	return notes
}

// maxButtonNote is the most bytes of text (not space) of a button's note.
const maxButtonNote = 160

// sharesLabelWord reports whether text holds a word of label of five
// letters or more, or three CJK characters of it running, both lowered.
// The word for the piece itself ("article", "Artikel", "story") counts
// only with all the label's other words of four letters or more: the
// story's own sentences use it ("This article…" beside "Listen to this
// article"), while a note repeats the label's action ("gift this
// article", "diesen Artikel verschenken").
func sharesLabelWord(text, label string) bool {
	piece, all := false, true
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !holdsCJK(w) {
			n := utf8.RuneCountInString(w)
			has := n >= 4 && strings.Contains(text, w)
			switch {
			case pieceWords[w]:
				piece = piece || has
			case n >= 5 && has:
				return true
			case n >= 4 && !has:
				all = false
			}
			continue
		}
		rs := []rune(w)
		for i := 0; i+3 <= len(rs); i++ {
			if strings.Contains(text, string(rs[i:i+3])) {
				return true
			}
		}
	}
	return piece && all
}

// pieceWords name a piece of writing, lowered, in the languages of news
// sites' buttons.
var pieceWords = map[string]bool{"article": true, "artikel": true, "artículo": true, "articolo": true, "artigo": true, "story": true, "stories": true, "beitrag": true, "notícia": true, "noticia": true}
