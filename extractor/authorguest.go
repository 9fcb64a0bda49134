package extractor

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// A guest post names its writer in a note of its own at the top or the
// foot of the text ("<p><em>Guest post by Jane Doe</em></p>", "This is a
// guest post by Jane Doe, who teaches …"), while the theme's meta line
// and the metadata name the account that posted it: the blog's owner,
// its editor or a team. The note's names are the author's, over every
// other statement (guestPostBonus).

// reGuestPost opens a guest post's note: "Guest post by", "A guest post
// written by", "This is a guest article by".
var reGuestPost = regexp.MustCompile(`(?i)^[\s\p{P}]*((?:this\s+is\s+)?(?:an?\s+)?)guest[\s-]+(?:post|article|blog\s+post|column|essay)\s+(?:written\s+)?by\s+`)

// reSentenceEnd is the full stop that ends a sentence: after two
// lower-case letters, not an initial's or a title's ("Dr.", "J.").
var reSentenceEnd = regexp.MustCompile(`\p{Ll}{2}\.(?:\s|$)`)

// guestPostLabel is the label of the candidate a guest post's note gives.
const guestPostLabel = "guest post by"

// guestPostLine records the names of n, a paragraph after the headline,
// when it is a guest post's note: up to the first comma, full stop or
// "who" after the names ("Guest post by Jane Doe, who teaches …"), and
// "of" a place or a project cut as a byline's is. Before any byline, a
// note that opens with its "Guest post by" is left to be read as the
// byline (scanner.block); one that opens as a sentence ("This is a guest
// post by Jane Doe, …", at the foot or under a byline naming a login)
// is read by nothing else.
func (s *scanner) guestPostLine(n *html.Node, byline bool) {
	if s.comments || s.guest {
		return
	}
	// Cheap first: the note's first words hold its "guest".
	if ft := firstText(n); !strings.Contains(ft[:min(len(ft), 40)], "uest") && !strings.Contains(ft[:min(len(ft), 40)], "UEST") || textLenUpTo(n, 301) > 300 {
		return
	}
	t := normSpace(textOf(n))
	loc := reGuestPost.FindStringSubmatchIndex(t)
	if loc == nil || !byline && loc[2] == loc[3] {
		return
	}
	rest := t[loc[1]:]
	if i := strings.IndexAny(rest, ",;:(|"); i >= 0 {
		rest = rest[:i]
	}
	if m := reSentenceEnd.FindStringIndex(rest); m != nil {
		rest = rest[:m[0]+strings.IndexByte(rest[m[0]:], '.')] // "… by Jane Doe. She teaches …"; not "Dr. Jane Doe"
	}
	if i := strings.Index(rest, " who "); i >= 0 {
		rest = rest[:i]
	}
	if names := splitAuthors("By " + strings.TrimSpace(rest)); looksLikeNames(names) {
		s.guest = true
		s.v.addAuthors(names, fromByline, s.pos, guestPostLabel)
	}
}

// guestPostBonus puts a guest post's note (guestPostLine) over every
// other statement: the meta line, the metadata and the author box name
// the account that posted it, and agree with one another.
func guestPostBonus(c authorCand) int {
	if c.label == guestPostLabel && c.pos >= 0 {
		return 100
	}
	return 0
}
