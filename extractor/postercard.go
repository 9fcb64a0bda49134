package extractor

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropPosterCards removes from a forum thread's body the poster's cell of
// its first post, and the floors of the replies after it. A poster's cell
// is the cell beside the post's (Discuz!'s "pls" beside "plc", phpwind's
// "floot_left" beside "floot_right", vBulletin's postbit_legacy) that
// holds the member's name or picture and a row of the member's counts
// ("主题 12 帖子 345 积分 678", "发帖 345 威望 12", "Posts: 1,234
// Thanks: 56"). Readability keeps a floor's table whole, the card with the
// post, and the next floors too when their posts are short.
func dropPosterCards(content *html.Node) {
	var cards []*html.Node
	for _, td := range findAll(content, byTag(atom.Td)) {
		if posterCard(td) {
			cards = append(cards, td)
		}
	}
	if len(cards) == 0 {
		return
	}
	first := cards[0]
	for _, c := range cards[1:] {
		if isInside(c, first) {
			continue
		}
		// The reply's floor: its card's ancestor just below the one that
		// holds the first post's card too.
		// A floor is laid out as the first post's is.
		floor := c
		for floor.Parent != nil && !isInside(first, floor.Parent) {
			floor = floor.Parent
		}
		if floor.Parent == nil || isInside(first, floor) {
			continue
		}
		own := first
		for own.Parent != floor.Parent {
			own = own.Parent
		}
		if own.DataAtom == floor.DataAtom {
			remove(floor)
		}
	}
	if textLen(postCell(first)) >= 3*textLen(first) {
		remove(first)
	}
}

// postCell is the cell beside td: the next one, else the one before; nil
// when there is none.
func postCell(td *html.Node) *html.Node {
	for _, c := range [...]*html.Node{nextElement(td), prevElement(td)} {
		if c != nil && c.DataAtom == atom.Td {
			return c
		}
	}
	return nil
}

// posterCard reports whether td is a poster's card: short, with a link or
// a picture and two member counts or more, beside another cell.
func posterCard(td *html.Node) bool {
	t := textOf(td)
	if t == "" || utf8.RuneCountInString(t) > 160 || postCell(td) == nil {
		return false
	}
	if findFirst(td, func(c *html.Node) bool { return c.DataAtom == atom.A || c.DataAtom == atom.Img }) == nil {
		return false
	}
	return memberCounts(t) >= 2
}

// reCountWord is the label of a member's count: a word or two without
// figures ("帖子", "Posts", "Join Date" is not one: its value is a date).
var reCountWord = regexp.MustCompile(`^\pL[\pL ]{0,15}$`)

// reCountFigure is a member's count: "345", "1,234", "1.2k", "3万".
var reCountFigure = regexp.MustCompile(`^\d{1,3}(?:[,.]\d{3})*(?:\.\d)?[kK万]?$|^\d+$`)

// reYear is a year, which stands beside a word as often as a count does
// ("Mar 2010", "the 2024 season"): it is no member's count.
var reYear = regexp.MustCompile(`^(?:19|20)\d\d$`)

// countFigure reports whether w is a member's count.
func countFigure(w string) bool { return reCountFigure.MatchString(w) && !reYear.MatchString(w) }

// countFields is t in words, a colon or a bar parting them as a space
// does, but for a colon between figures ("8:00 AM" is a time, no count).
func countFields(t string) []string {
	b := []byte(t)
	for i, c := range b {
		if c == '|' || c == ':' && !(i > 0 && isDigitByte(b[i-1]) && i+1 < len(b) && isDigitByte(b[i+1])) {
			b[i] = ' '
		}
	}
	return strings.Fields(strings.ReplaceAll(string(b), "：", " "))
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// memberCounts is the number of label-figure pairs in t, a member card's
// text, in either order ("主题 12", "12 主题", "Posts: 1,234").
func memberCounts(t string) int {
	words := countFields(t)
	n := 0
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if countFigure(a) && reCountWord.MatchString(b) || reCountWord.MatchString(a) && countFigure(b) {
			n++
			i++
		}
	}
	return n
}
