package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// firstLineNames is the names of a block t, n's text, that sets its text
// on lines of its own: an author card puts the name over the writer's
// job ("<div>Jane Doe</div><div>Head of Growth</div>"), which its text
// runs together ("Jane Doe Head of Growth"). The first line counts when
// it names someone, the one line after it when it is a label alone
// ("Written by"), read the same way when it is lines itself; else, and
// when n is one line, the whole text does (a label over a line for each
// name: "By", "Jane Doe", "John Roe").
func firstLineNames(n *html.Node, t string) []string {
	return lineNames(n, t, 4)
}

func lineNames(n *html.Node, t string, depth int) []string {
	if depth > 0 {
		lines := blockLines(n)
		if len(lines) == 1 {
			return lineNames(lines[0], t, depth-1) // a wrapper of the lines
		}
		if len(lines) >= 2 {
			first := lines[0]
			if boxHeading(textOf(first)) {
				return headedNames(lines[1], depth)
			}
			if l := textOf(first); mayBeByAlone(l) && reByAlone.MatchString(l) {
				if len(lines) > 2 {
					return splitAuthors(t) // "By", then a line for each name
				}
				first = lines[1]
			}
			// A line with a digit is a date's or a count's, not a name's.
			if ft := textOf(first); !hasDigit(ft) {
				if findFirst(first, byTag(atom.Br)) != nil {
					if l := breakLinesJoined(first); l != "" {
						ft = l // "By Jane Doe<br>Harbour Herald": the writer, then her paper
					}
				}
				if names := lineNames(first, ft, depth-1); looksLikeNames(names) {
					return names
				}
			}
		}
	}
	return lineSplit(t)
}

// lineSplit is the names splitAuthors reads on t, one line of a byline
// or of a box about the writer, or nil when they are the clauses of a
// Chinese biography that opens with no name (cjkBioClauses); of a
// biography's sentence in Arabic, Persian or Hindi (caselessBioSentence)
// it is the name that opens it, which no split of its clauses reads.
func lineSplit(t string) []string {
	if caselessBioSentence(t) {
		return caselessBioOpening(t)
	}
	if names := splitAuthors(t); !cjkBioClauses(t, names) {
		return names
	}
	return nil
}

// headedNames is the name on the line under a box's heading ("Zur
// Person", boxHeading), line: the line itself when it names someone, else
// the name that opens it when it is the biography ("Hans Müller ist
// Redakteur …", cjkBioOpening's "김민수 기자는 …"). The heading is no name, and the box names no one else.
func headedNames(line *html.Node, depth int) []string {
	t := textOf(line)
	// "김민수 기자는 …", "张伟，资深记者…": a biography's opening name in
	// a script without capitals, which no line of a name's reads.
	if names := cjkBioOpening(t); names != nil {
		return names
	}
	// "محمد أحمد كاتب صحفي…", "राहुल शर्मा एक पत्रकार हैं": in Arabic,
	// Persian and Hindi, the job after the name.
	if names := caselessBioOpening(t); names != nil {
		return names
	}
	if names := lineNames(line, t, depth-1); looksLikeNames(names) {
		return names
	}
	return bioName(t)
}

// blockLines is the children of n that hold its text, when each is a
// block of its own; nil when text stands outside them or in an inline
// element, as on one line.
func blockLines(n *html.Node) []*html.Node {
	var lines []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		case c.Type != html.ElementNode || textLenUpTo(c, 1) == 0 || buttonLine(c):
		case !isBlockTag(c.DataAtom) && !wrapsBlock(c):
			return nil
		default:
			lines = append(lines, c)
		}
	}
	return lines
}

// wrapsBlock reports whether n is an inline element that holds a block
// and no text of its own, a line as a browser lays it out: Medium wraps
// the line of its writer's name and the line of the date each in a
// <span> ("<span><div><a>Jane Doe</a></div></span>").
func wrapsBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Span, atom.Font, atom.A, atom.B, atom.Strong, atom.Em, atom.I:
	default:
		return false
	}
	block := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type == html.ElementNode && (isBlockTag(c.DataAtom) || wrapsBlock(c)):
			block = true
		case c.Type == html.ElementNode:
			return false
		}
	}
	return block
}

// buttonLine reports whether n is a button, or a block that holds one
// and nothing else: Medium's "Follow" beside the writer's name is no line
// of the byline.
func buttonLine(n *html.Node) bool {
	if n.DataAtom == atom.Button {
		return true
	}
	if !isBlockTag(n.DataAtom) {
		return false
	}
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type == html.ElementNode && only == nil:
			only = c
		default:
			return false
		}
	}
	return only != nil && only.DataAtom == atom.Button
}

// panelAuthor reads the author of a metadata panel that sets each label
// and each value on a line of its own, "Author", "Jane Doe", "Date",
// "March 3, 2021": the block's text runs them together, so the name is
// read from the line after the label. A line for each name after a
// label ("By", "Jane Doe", "John Roe") is no panel: a panel's third line
// is a label again.
func (s *scanner) panelAuthor(n *html.Node) {
	lines := blockLines(n)
	if len(lines) < 4 || s.v.has(fromByline) {
		return
	}
	label := normSpace(textOf(lines[0]))
	if !mayBeByAlone(label) || !reByAlone.MatchString(label) || !bareLabel(textOf(lines[2])) {
		return
	}
	if t := textOf(lines[1]); !hasDigit(t) {
		if names := firstLineNames(lines[1], t); looksLikeNames(names) {
			s.v.addAuthors(names, fromByline, s.pos, strings.TrimRight(label, ": "))
		}
	}
}

// breakLinesJoined is the text of n, an author's element, with its
// lines joined by commas where <br>s end them: a byline that sets each
// name on a line of its own ("Jane Doe<br>John Roe"), or the writer's
// place, paper or role under the name ("Jane Doe<br>New York", "João
// Silva<br>Rio de Janeiro", "Jane Doe<br>The Example Times"), runs them
// together as one name when read as one line; splitAuthors reads what a
// comma sets after a name. It is "" when the first line holds a digit:
// a date over the name ("29.12.10<br>CatfiSh") is a listing's line.
func breakLinesJoined(n *html.Node) string {
	var b strings.Builder
	for _, l := range strings.Split(preText(n), "\n") {
		if l = normSpace(l); l == "" {
			continue
		}
		if b.Len() == 0 && hasDigit(l) {
			return ""
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(l)
	}
	return b.String()
}

// itemNameBound bounds names, an author element n's one visible name, by
// the name its microdata gives ("<meta itemprop=name content="刘洋">"):
// a card that sets the writer's badge or job inline after the name
// ("刘洋 交通工程师") runs the two together, and the structured name
// says where the name ends. Names are kept as they are unless the
// visible one opens with the structured one, then a space.
func itemNameBound(n *html.Node, names []string) []string {
	if len(names) != 1 || strings.IndexByte(names[0], ' ') < 0 {
		return names
	}
	item := findFirst(n, func(c *html.Node) bool {
		return c.DataAtom == atom.Meta && attr(c, "itemprop") == "name"
	})
	if item == nil {
		return names
	}
	name := normSpace(attr(item, "content"))
	if rest, ok := strings.CutPrefix(names[0], name+" "); ok && name != "" && rest != "" {
		return []string{name}
	}
	return names
}
