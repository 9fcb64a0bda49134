package extractor

import (
	"regexp"
	"strings"

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
		if a := findFirst(col, func(c *html.Node) bool { return c.DataAtom == atom.A && posterName(normSpace(textOf(c))) }); a != nil {
			if name := cleanName(strings.Trim(normSpace(textOf(a)), "[]【】()（） ")); name != "" {
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
