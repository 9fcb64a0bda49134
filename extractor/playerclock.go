package extractor

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An audio or video player set in the story ("Listen to this article",
// a text-to-speech widget, a podcast's or a clip's own controls) shows
// its clock as the page is served: nothing played yet of the whole
// ("00:00 / 03:25", "0:00/4:32"). Its label, in whatever language
// ("收听本文", "Hör dir den Artikel an"), stands on the same line. A
// line that is such a clock and a few words is the player's, not the
// story's: a timetable's or a score's times do not start at nought.

// maxClockLine is the most bytes of text (not space) of a player's line.
const maxClockLine = 48

// rePlayerClock is a player's clock at rest: no time elapsed of the
// whole, in minutes and seconds or with hours.
var rePlayerClock = regexp.MustCompile(`(?:^|[^\d:])0?0:00(?::00)?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?(?:$|[^\d:])`)

// dropPlayerClocks removes from body the lines of players: the largest
// block of at most maxClockLine bytes of text, and no picture, around a
// clock at rest (rePlayerClock).
func dropPlayerClocks(body *html.Node) {
	var doomed []*html.Node
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			return !scriptLike(n.DataAtom)
		case html.TextNode:
		default:
			return true
		}
		if !strings.Contains(n.Data, "0:00") {
			return false
		}
		b := n.Parent
		for b != nil && b != body && !isBlockish(b) {
			b = b.Parent
		}
		if b == nil || b == body || textLenUpTo(b, maxClockLine+1) > maxClockLine || !rePlayerClock.MatchString(textOf(b)) {
			return false
		}
		// Up to the player's own box, which holds its label too: the
		// largest short block around the clock, a picture's aside.
		for p := b.Parent; p != nil && p != body && p.Type == html.ElementNode && textLenUpTo(p, maxClockLine+1) <= maxClockLine && findFirst(p, byTag(atom.Img, atom.Picture)) == nil; p = p.Parent {
			b = p
		}
		doomed = append(doomed, b)
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
}
