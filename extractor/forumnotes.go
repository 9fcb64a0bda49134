package extractor

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Forum engines print a note in a post's own box when the post was edited
// after it was sent: vBulletin's "Last edited by jdoe; 03-05-2024 at 03:10
// PM. Reason: typo", phpBB's "Last edited by jdoe on Tue Mar 05, 2024
// 3:10 pm, edited 1 time in total.", XenForo's "Last edited: Mar 5, 2024",
// Invision's "Edited March 5, 2024 by jdoe" and Discuz!'s "本帖最后由 刘洋
// 于 2024-3-5 16:10 编辑". Readability keeps it as a line of the post.

// reEditNote matches the whole text of an edit note: a name and a date
// (a figure, or Invision's "just now") with the engine's words around
// them, and the reason vBulletin and Invision add after it.
var reEditNote = regexp.MustCompile(`^(?:Last edited by [^;:]{1,60}?(?:; ` + editNoteDay + `(?: at \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?)?\.?(?: Reason:.{0,120})?|` +
	` on .{0,40}?\d{4}[^,.]{0,20}(?:, edited \d+ times? in total\.?(?: Reason:.{0,120})?)?)|` +
	`Last edited(?: by a moderator)?: .{0,30}?\d.{0,20}|` +
	`Edited (?:` + editNoteDay + `|\d+ \w+ ago|just now) by \S.{0,120}|` +
	`本帖最后由\s*\S.{0,40}?\s*于\s*\d{4}-\d{1,2}-\d{1,2}[\d: ]{0,10}\s*编辑)$`)

// editNoteDay is the day of an edit as the engines print it: "03-05-2024",
// "Today", "March 5, 2024", "5th March 2024".
const editNoteDay = `(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|Today|Yesterday|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?(?:,? \d{4})?)`

// editNoteMax is the longest text, in bytes, an edit note with its reason
// is read as.
const editNoteMax = 280

// reReplyPrompt matches the whole text of a forum's or a CMS's prompt to
// sign in under a thread or a story: XenForo's "You must log in or
// register to reply here.", phpBB's "You must be logged in to reply to this
// topic.", Drupal's "Log in or register to post comments".
var reReplyPrompt = regexp.MustCompile(`^(?:You must (?:be )?(?:log(?:ged)? in|sign(?:ed)? in)(?: or register)? to (?:reply|post|comment)[^.]{0,40}|(?:Please )?(?:Log in|Sign in|log in|sign in)(?: or (?:register|sign up))? to (?:reply|post comments|post a reply|comment)[^.]{0,30})[.!]?$`)

// opensReplyPrompt is the byte test before reReplyPrompt.
func opensReplyPrompt(t string) bool {
	return strings.HasPrefix(t, "You must ") || strings.HasPrefix(t, "Log in") || strings.HasPrefix(t, "Sign in") || strings.HasPrefix(t, "Please ")
}

// reLikesLine matches the whole text of a post's line of likes (XenForo
// 1's "likesSummary": "mk77, anna_k and 3 others like this.", "jdoe likes
// this."), whose names link to the members' pages.
var reLikesLine = regexp.MustCompile(`^` + likesName + `(?:, ` + likesName + `){0,5}(?: and (?:\d+ (?:others?|more)|` + likesName + `))? likes? this\.?$`)

// likesName is a member's name in a line of likes: up to three words.
const likesName = `[^\s,.]+(?: [^\s,.]+){0,2}`

// endsLikesLine is the byte test before reLikesLine.
func endsLikesLine(t string) bool {
	return strings.HasSuffix(t, " like this.") || strings.HasSuffix(t, " likes this.") || t == "like this." || t == "likes this."
}

// opensEditNote is the byte test before reEditNote: t, a trimmed text,
// opens as a note does.
func opensEditNote(t string) bool {
	return strings.HasPrefix(t, "Last edited") || strings.HasPrefix(t, "Edited ") || strings.HasPrefix(t, "本帖最后由")
}

// dropForumNotes removes from a body the forum engines' notes of an edit,
// their lines of likes and the prompts to sign in and reply: the largest
// element, up to three levels above a text that opens as one, whose whole
// text is the note. A sentence that opens with the words ("Last edited by
// the council in 2019, the map …") goes on past the date.
func dropForumNotes(content *html.Node) {
	var notes []*html.Node
	walk(content, func(n *html.Node) bool {
		if n.Type != html.TextNode || n.Parent == nil {
			return true
		}
		var re *regexp.Regexp
		switch t := strings.TrimSpace(n.Data); {
		case opensEditNote(t):
			re = reEditNote
		case opensReplyPrompt(t):
			re = reReplyPrompt
		case endsLikesLine(t):
			re = reLikesLine
		default:
			return true
		}
		var note *html.Node
		for i, a := 0, n.Parent; i < 3 && a != nil && a != content && a.Type == html.ElementNode; i, a = i+1, a.Parent {
			t := textOfUpTo(a, editNoteMax)
			if len(t) > editNoteMax {
				break
			}
			if re.MatchString(t) && (re != reLikesLine || findFirst(a, byTag(atom.A)) != nil) {
				note = a
			}
		}
		if note != nil {
			notes = append(notes, note)
		}
		return true
	})
	for _, n := range notes {
		if n.Parent != nil {
			remove(n)
		}
	}
}
