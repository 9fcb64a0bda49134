package extractor

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Forums (Discuz!, phpwind, DVBBS) lay each post out as a table row, the
// poster's cell ("<td class=postauthor>": name, rank, member card) beside
// the post's; the thread's subject is set in the first post, after its
// poster's cell, whose card puts it beyond aboveHeadlineWindow. The
// replies' posters below the headline sit in cells of the same class: the
// first cell's poster is the thread's.

// posterCell is the table cell around n, up to four levels up, classed as
// an author's; nil when there is none.
func posterCell(n *html.Node) *html.Node {
	for i, p := 0, n; i < 5 && p != nil; i, p = i+1, p.Parent {
		if (p.DataAtom == atom.Td || p.DataAtom == atom.Th) && isAuthorElement(p) {
			return p
		}
	}
	return nil
}

// replyPoster reports whether n, an author element below the headline or
// a block around one, is a reply's poster: in, or around, another cell of
// the first poster's cell's class.
func (s *scanner) replyPoster(n *html.Node) bool {
	first := s.posterCell
	if first == nil {
		return false
	}
	same := func(c *html.Node) bool {
		return c != nil && c != first && c.DataAtom == first.DataAtom && classID(c) == classID(first)
	}
	return same(posterCell(n)) || findFirst(n, same) != nil
}

// keepThreadPoster records the first poster's name, met above the
// headline, once: a reply's poster met below stands for none.
func (s *scanner) keepThreadPoster() {
	c, v := s.aboveHeadline, s.v
	if c == nil || v.has(fromAuthorElement) {
		return
	}
	v.authorCands = append(v.authorCands, *c)
	s.aboveHeadline = nil
}

// cjkAuthorFirst reports whether t opens with a Chinese author label
// ("楼主：", "作者："): a forum's or a portal's info line, which their
// templates set in a toolbar beside the share and reply buttons
// (Tianya's "atl-menu").
func cjkAuthorFirst(t string) bool {
	if !startsWithHan(t) {
		return false
	}
	labels := findLabels(t)
	return len(labels) > 0 && labels[0].start == 0 && isCJKName(labels[0].label) && labelKind(labels[0].label) == "author"
}

// firstPosting reads a block under the headline that opens with a posting
// label ("发表于 2024-3-5 14:22 只看该作者"): the first post's of a forum
// thread (Discuz!, phpwind), whose poster's cell, read just before it,
// links the poster's name to their member page. The thread is the first
// post's: a later block that names its poster before the label ("陈晓
// 发表于 2024-3-6 09:12", a reply's floor short enough to be read whole)
// stands for none (leadName), while the first post's own block, its
// text with it, is too long to be read as one.
//
// Where the line stands in a table cell after the poster's own cell
// (posterColumn), the poster is the name linked first in that cell: the
// block read last is then the column's foot (the poster's rank, "中级会员",
// under their name, avatar and counts, as Discuz! X3 sets it).
func (s *scanner) firstPosting(n *html.Node) {
	if s.posted {
		return
	}
	s.posted = true
	if s.v.h1Pos < 0 || s.pos <= s.v.h1Pos {
		return
	}
	if col := posterColumn(n); col != nil {
		// The first link with text is the poster's: a handle the
		// rules turn down ("OldRider72") leaves none, not the rank or
		// count linked below it ("中级会员").
		if a := findFirst(col, func(c *html.Node) bool { return c.DataAtom == atom.A && textLenUpTo(c, 1) > 0 }); a != nil {
			t := normSpace(textOf(a))
			if posterHandle(t) {
				s.v.addAuthors([]string{t}, fromByline, s.pos, "")
			} else if name := cleanName(strings.Trim(t, "[]【】()（） ")); name != "" && posterName(t) {
				s.v.addAuthors([]string{name}, fromByline, s.pos, "")
			}
		}
		return
	}
	name := s.lastBlock
	if name == nil || s.lastPos != s.pos-1 || s.lastPos <= s.v.h1Pos {
		return
	}
	nt := normSpace(textOf(name))
	if !posterName(nt) {
		return
	}
	member := findFirst(name, func(c *html.Node) bool {
		return c.DataAtom == atom.A && normSpace(textOf(c)) == nt
	})
	if member == nil {
		return
	}
	if n := cleanName(strings.Trim(nt, "[]【】()（） ")); n != "" {
		s.v.addAuthors([]string{n}, fromByline, s.pos-1, "")
	}
}

// posterName reports whether t, a forum post's block or link, may be its
// poster's name: one short word, no figures, no floor or placeholder.
func posterName(t string) bool {
	return len(t) <= 40 && reLeadName.FindStringSubmatch(t) != nil && !hasDigit(t) && !reCJKNotName.MatchString(t) && !cjkPlaceholders[t] && !cjkFloors[t] && !isCJKOrg(t)
}

// posterColumn is the poster's cell of the post whose posting line is n:
// the table cell just before the cell that holds n, up to six levels up,
// as the forum engines lay a floor out (Discuz!'s "pls" beside "plc",
// phpwind's "floot_left" beside "floot_right"); nil when there is none.
func posterColumn(n *html.Node) *html.Node {
	for i, p := 0, n; i < 7 && p != nil; i, p = i+1, p.Parent {
		if p.Type != html.ElementNode || p.DataAtom != atom.Td {
			continue
		}
		for c := p.PrevSibling; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode {
				if c.DataAtom == atom.Td {
					return c
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// reFloorNumber is a post's number in its thread: "1#", "2楼", "3F".
var reFloorNumber = regexp.MustCompile(`^\d{1,6}\s*(?:#|楼|樓|F)$`)

// floorMark reports whether t is a post's place in its thread and nothing
// else: its number ("1#", "2楼") or its name (cjkFloors: "楼主", "沙发").
func floorMark(t string) bool {
	return cjkFloors[t] || len(t) <= 12 && reFloorNumber.MatchString(t)
}

// A forum shows each post's poster in a slot of its own: the member's
// link classed "username" (XenForo, vBulletin, phpBB, Invision),
// "bigusername" (vBulletin 3), a column classed "poster" (SMF), a link to
// the member's profile (MyBB's "member.php", memberLink), the schema.org
// author of a DiscussionForumPosting or its Comment (Discourse). What stands there is the member's handle as they
// chose it: capitals and figures ("OldRider72", "jsmith12345",
// "MTB-Dave99"), which a byline's name never holds (cleanName turns such
// words down outside these slots, memberHandle).

// posterSlot reports whether n, an author element's block, is a forum
// post's poster slot: it, or one of the three elements around it that
// hold no more text (markedAround), is marked as the poster's
// (posterMark); or n holds a link to a member's profile and nothing
// else.
func posterSlot(n *html.Node) bool {
	if markedAround(n, 4, posterMark) {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	// "<strong><a href=member.php?u=5>OldRider72</a></strong>"
	a := findFirst(n, byTag(atom.A))
	if a == nil || !memberLink(attr(a, "href")) {
		return false
	}
	tl := textLenUpTo(n, 81)
	return textLenUpTo(a, tl+1) == tl
}

// posterMark reports whether n is marked as a post's poster: classed a
// member's name or a poster, a link to a member's profile, or the
// schema.org author of a forum post.
func posterMark(n *html.Node) bool {
	return classIDHolds(n, "username") || classIDHolds(n, "user-name") || classIDHolds(n, "poster") || classIDHolds(n, "postauthor") ||
		n.DataAtom == atom.A && memberLink(attr(n, "href")) || attr(n, "itemprop") == "author" && hasAncestor(n, forumPosting)
}

// memberLink reports whether href is a link to a forum member's profile,
// as the forum engines write it: vBulletin's and MyBB's "member.php",
// phpBB's "memberlist.php?mode=viewprofile", SMF's "action=profile".
func memberLink(href string) bool {
	return strings.Contains(href, "member.php") || strings.Contains(href, "memberlist.php") || strings.Contains(href, "action=profile")
}

// memberProfileLink reports whether a links to one member's profile as
// forum software addresses it in its query: SMF's
// "index.php?action=profile;u=123", MyBB's "member.php?action=profile&uid=1",
// phpBB's "memberlist.php?mode=viewprofile&u=2"; not the members' list
// ("memberlist.php"), nor a menu's own profile link outside the posts.
func memberProfileLink(a *html.Node) bool {
	href := attr(a, "href")
	i := strings.IndexByte(href, '?')
	if i < 0 {
		return false
	}
	q := href[i:]
	if !hasFoldASCII(q, "action=profile") && !hasFoldASCII(q, "mode=viewprofile") || !strings.Contains(q, "u=") && !strings.Contains(q, "uid=") {
		return false
	}
	return !hasAncestor(a, byTag(atom.Nav, atom.Header, atom.Footer))
}

// memberLinkPoster reads a, a link to a forum member's profile below
// the thread's subject (memberProfileLink) that no author class marks: Simple
// Machines Forum sets each poster's name so, in a block classed "poster"
// before the post. The first such link is the first post's poster, read
// as a poster slot's (posterSlotNames): a handle with capitals or figures
// ("OldRider72") is a name there, and a slot that names no one ("Guest")
// leaves the thread with none, never a reply's poster.
func (s *scanner) memberLinkPoster(a *html.Node) {
	t := textOf(a)
	if names := s.posterSlotNames(a, t, splitAuthors(t)); looksLikeNames(names) {
		s.v.addAuthors(names, fromAuthorElement, s.pos, "")
	}
}

// forumPosting reports whether n is a schema.org forum post or a reply
// to one.
func forumPosting(n *html.Node) bool {
	t := attr(n, "itemtype")
	return strings.HasSuffix(t, "/DiscussionForumPosting") || strings.HasSuffix(t, "/Comment")
}

// posterSlotNames are the names of a poster slot n (text t), names as
// the author element's rules read them: the member's handle where they
// turned it down ("OldRider72"), none where the slot holds no handle
// ("Guest", "QUOTE"). The first slot met is the thread's first post's:
// when it holds none, a later slot is a reply's, and stands for none
// (a reply's poster credited with the thread is worse than no author).
func (s *scanner) posterSlotNames(n *html.Node, t string, names []string) []string {
	if s.refusedPoster {
		return nil
	}
	if h := strings.TrimSpace(t); !looksLikeNames(names) && posterHandle(h) {
		names = []string{h}
	}
	if !looksLikeNames(names) || len(names) == 1 && allCapitals(names[0]) {
		// Only a word a member could go by ("Guest", "QUOTE",
		// "OldRider72_1234567") stands for the first post's poster;
		// an empty slot or a phrase ("Log in or sign up") is another
		// element's.
		if h := strings.TrimSpace(t); h != "" && len(h) <= 30 && !strings.ContainsAny(h, " \t\n") {
			s.refusedPoster = true
		}
		return nil
	}
	return names
}

// posterHandle reports whether p, the text of a poster slot, is a
// member's handle: one word of ASCII letters and figures, joined by "_",
// "-" or ".", opening with a letter, three letters at least, one in
// lower case, and six figures at most ("OldRider72", "jsmith12345",
// "Mike_Roe7", "MTB-Dave99"). A product's name with figures
// ("iPhone15") is a handle here: the forum shows what its member chose
// to be called. A chrome word ("Post", "Quote", "Guest") is left to
// cleanName, which turns it down.
func posterHandle(p string) bool {
	if len(p) > 30 || p == "" || !isASCIILetter(p[0]) {
		return false
	}
	letters, lower, digits := 0, 0, 0
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case 'a' <= c && c <= 'z':
			letters++
			lower++
		case 'A' <= c && c <= 'Z':
			letters++
		case '0' <= c && c <= '9':
			digits++
		case c == '_' || c == '-' || c == '.':
		default:
			return false
		}
	}
	return letters >= 3 && lower > 0 && digits <= 6 && cleanName(strings.Map(handleLetters, p)) != ""
}

// handleLetters maps a handle's figures and joiners out, for cleanName
// to judge the letters ("Post1" is no more a name than "Post").
func handleLetters(r rune) rune {
	if r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.' {
		return -1
	}
	return r
}

// allCapitals reports whether p, one word, is written in capitals only
// ("QUOTE", "ADMIN"): a button's or a rank's label in a poster slot.
func allCapitals(p string) bool {
	if strings.Contains(p, " ") {
		return false
	}
	up := false
	for _, r := range p {
		if unicode.IsLower(r) {
			return false
		}
		up = up || unicode.IsUpper(r)
	}
	return up
}
