package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The names inside a block: author elements within a meta line, and the
// author links whose texts are the names when the block's text runs them
// together.

// innerAuthors is the names in the author elements inside n, a short
// block that is none itself: a meta line that holds an author element, a
// date and a category ("<div class=post-meta><span class=meta-author>Jane
// Doe</span> <span class=meta-author>John Roe</span> <span
// class=date>…"). Each innermost author element is read as one; those
// whose text is not names ("Send an email" in an "author-email-link")
// are passed over, and so are those in a form: a login box's. elems is
// the number of author elements whose names were taken.
//
// slot, when not nil, reads an element that is a forum post's poster
// slot (posterSlot) for its names.
func innerAuthors(n *html.Node, slot func(c *html.Node, t string, ns []string) []string) (names []string, elems int) {
	if n.DataAtom == atom.Form {
		return nil, 0 // a login box's username is a member's
	}
	seen := 0
	walk(n, func(c *html.Node) bool {
		if c == n || c.Type != html.ElementNode {
			return true
		}
		if seen >= 6 || c.DataAtom == atom.Script || c.DataAtom == atom.Style || commentish(c) || c.DataAtom == atom.Form {
			return false
		}
		if !isAuthorElement(c) || topicLink(c) || findFirst(c, func(d *html.Node) bool { return d != c && d.Type == html.ElementNode && isAuthorElement(d) }) != nil {
			return true
		}
		seen++
		if textLenUpTo(c, 81) <= 80 && !teaserItem(c) {
			t := textOf(c)
			if findFirst(c, byTag(atom.Br)) != nil {
				if l := breakLinesJoined(c); l != "" {
					t = l // "Jane Doe<br>Harbour Herald": the writer, then her paper
				}
			}
			ns := splitAuthors(t)
			if slot != nil && posterSlot(c) {
				ns = slot(c, t, ns)
			}
			if looksLikeNames(ns) {
				names = append(names, ns...)
				elems++
			}
		}
		return false
	})
	return dedupe(names), elems
}

// topicLink reports whether n is, or holds as its first link, a link to
// a category, a tag or a topic: a section named in an element the page
// calls an author ("<a id=author-modal href=/blog/?content_topic=906>").
func topicLink(n *html.Node) bool {
	a := n
	if n.DataAtom != atom.A {
		a = findFirst(n, byTag(atom.A))
	}
	if a == nil {
		return false
	}
	href := strings.ToLower(attr(a, "href"))
	return strings.Contains(href, "categor") || strings.Contains(href, "/tag/") || strings.Contains(href, "topic") || strings.Contains(href, "/section/")
}

// linkedNames reports whether n's author links are its names, one link
// for each: "<a href=/author/jane/>Jane Doe</a>, <a href=/author/john/>John
// Roe</a>" credits both, as a list of author links does (authorLinkList).
func linkedNames(n *html.Node, names []string) bool {
	if len(names) < 2 {
		return false
	}
	var links []string
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			if isAuthorLink(c) {
				links = append(links, nameKey(textOf(c)))
			}
			return false
		}
		return len(links) <= len(names)
	})
	if len(links) != len(names) {
		return false
	}
	for i, n := range names {
		if links[i] != nameKey(n) {
			return false
		}
	}
	return true
}

// linkSeparators are the words that may stand between the links of a list
// of authors besides their names: "By <a>Jane Doe</a> <a>John Roe</a>".
var linkSeparators = setOf("by", "written", "posted", "authors", "author", "and", "&", ",", ";", "|", "·", "•", "-", "–", "—", "/", "von", "par", "por", "door", "y", "und", "et", "e")

// linkTexts is the names that the links in p spell, one each, when the
// text of p besides them is separators only: the elements of a list of
// authors that the text runs together. It is nil otherwise.
func linkTexts(p *html.Node) []string {
	var names []string
	rest := true
	walk(p, func(c *html.Node) bool {
		switch {
		case !rest:
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			ns := splitAuthors(textOf(c))
			if len(ns) != 1 {
				rest = false
			}
			names = append(names, ns...)
			return false
		case c.Type == html.TextNode:
			for _, w := range strings.Fields(c.Data) {
				if !linkSeparators[strings.ToLower(strings.TrimRight(w, ",:"))] && strings.Trim(w, ",:") != "" {
					rest = false
				}
			}
		}
		return rest
	})
	if !rest {
		return nil
	}
	return names
}

// linkedByline is the names of a byline n, read from its links when its
// text runs them into one: "By <div><a>Jane Doe</a></div><div><a>John
// Roe</a></div>" reads "By Jane Doe John Roe". The author links that
// spell the name one after the other are its names.
func linkedByline(n *html.Node, names []string) []string {
	if len(names) != 1 || len(strings.Fields(names[0])) < 4 {
		return names
	}
	var links []string
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			t := ""
			if isAuthorLink(c) {
				t = normSpace(textOf(c)) // a section's link spells no author
			}
			links = append(links, t)
			return false
		}
		return len(links) < 20
	})
	want := nameKey(names[0])
	for i := range links {
		run := ""
		for j := i; j < len(links) && links[j] != "" && len(run) < len(want); j++ {
			run += nameKey(links[j])
			if run == want && j > i {
				return links[i : j+1]
			}
		}
	}
	return names
}

// authorLinkList is the names of the author links among which a, an
// author link, stands: "<a>Rui Ma</a>, <a>Heba Ledwon</a> & <a>Suparn
// Patra</a>" credits every co-author, not the first alone. The list is the
// nearest element around a (three levels up at most) that holds another
// link; it counts when every link in it is an author link (an Iberian
// page's "/autor/" links too, isAutorLink) and its text is their names and
// separators only. Otherwise a's own names are returned.
func authorLinkList(a *html.Node) (names []string, linked bool) {
	own := splitAuthors(textOf(a))
	for p, i := a.Parent, 0; p != nil && i < 3 && p.Type == html.ElementNode; p, i = p.Parent, i+1 {
		links, others, last := 0, false, (*html.Node)(nil)
		walk(p, func(c *html.Node) bool {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				links++
				last = c
				others = others || !isAuthorLink(c) && !isAutorLink(c)
				return false
			}
			return !others
		})
		switch {
		case others || links > 8 || textLenUpTo(p, 241) > 240:
			return own, false
		case links < 2:
			continue
		}
		if names := splitAuthors(textOf(p)); len(names) == links && looksLikeNames(names) {
			return cutAfterLastLink(names, last), true
		}
		if names := linkTexts(p); len(names) == links && looksLikeNames(names) {
			return names, true
		}
		return own, false
	}
	return own, false
}

// cutAfterLastLink is names, the names a list of author links spells,
// without the words that its text runs on with after the last link, an
// outlet on a line of its own: "<a>Jane Doe</a> and <a>John Roe</a><br>USA
// TODAY" credits John Roe, not "John Roe USA TODAY". The last name loses
// them when it starts with the last link's text, a full name.
func cutAfterLastLink(names []string, last *html.Node) []string {
	if len(names) == 0 || last == nil {
		return names
	}
	link := normSpace(textOf(last))
	n := names[len(names)-1]
	if len(link) >= len(n) || !strings.HasPrefix(n, link+" ") || len(strings.Fields(link)) < 2 {
		return names
	}
	return append(names[:len(names)-1:len(names)-1], link)
}

// authorNameItems is the names of an author list: two or more elements
// inside n, none inside another, whose class says each holds an
// author's name ("author-name", "author__name", "authorName") or that
// are links to author pages classed "author", each beside its own job
// line or picture, or an item of a list. Webflow's collection lists,
// Elementor's and the multiple-author plugins of WordPress set one item
// for each co-author so, and a block's first line then names only the
// first of them. It is nil unless every item names someone.
func authorNameItems(n *html.Node) []string {
	var names []string
	items, ok := 0, true
	walk(n, func(c *html.Node) bool {
		if !ok || c == n || c.Type != html.ElementNode {
			return ok
		}
		if c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Form || commentish(c) {
			return false
		}
		if !isAuthorElement(c) || !classIDHolds(c, "name") && (c.DataAtom != atom.A || !isAuthorLink(c)) {
			return true
		}
		items++
		ns := splitAuthors(textOf(c))
		if ok = items <= 8 && textLenUpTo(c, 61) <= 60 && len(ns) == 1 && looksLikeNames(ns) && !teaserItem(c); ok {
			names = append(names, ns...)
		}
		return false
	})
	if names = dedupe(names); !ok || len(names) < 2 {
		return nil
	}
	return names
}

// avatarLink reports whether a, a link by the headline whose text is a
// name, is a profile's that the writer's picture beside it links to as
// well: "<a href=/janedoe class=avatar><img alt="Jane Doe"></a> … <a
// href=/janedoe>Jane Doe</a>", as dev.to, Hashnode, Substack and many
// company blogs set the author under the headline, with no label and no
// author in the address or the classes. The picture is an earlier link
// to the same address in the link's block (two levels up) whose image's
// alt text holds the name and reads as a portrait's (avatarImage). A
// teaser card links its picture and its title to the story so: its title
// is in a heading, its address is a story's, not a profile's (a query,
// a file's extension: profileHref), and its picture's alt text is the
// title alone.
func avatarLink(a *html.Node) bool {
	href := attr(a, "href")
	if !profileHref(href) {
		return false
	}
	p := a.Parent
	if p != nil && p.Type == html.ElementNode && p.Parent != nil && p.Parent.Type == html.ElementNode {
		p = p.Parent
	}
	if p == nil || p.Type != html.ElementNode {
		return false
	}
	// Cheap first: an earlier link to the same address holding an image.
	var pic, img *html.Node
	seen := 0
	walk(p, func(c *html.Node) bool {
		if pic != nil || c == a || seen > 60 {
			seen = 61 // past the link: a picture after it is another's
			return false
		}
		seen++
		if c.Type == html.ElementNode && c.DataAtom == atom.A && attr(c, "href") == href {
			if img = findFirst(c, byTag(atom.Img)); img != nil {
				pic = c
			}
			return false
		}
		return true
	})
	if pic == nil {
		return false
	}
	name := normSpace(textOf(a))
	return len(name) >= 4 && len(name) <= 60 && strings.Contains(name, " ") && avatarImage(pic, img, name) &&
		!hasAncestor(a, func(p *html.Node) bool { return isHeading(p) || commentish(p) })
}

// profileHref reports whether href may be a person's profile: an address
// without a query or a fragment whose last segment is a handle ("/janedoe",
// "/@janedoe", "/u/janedoe/"), not a file or a script (".php", ".html").
func profileHref(href string) bool {
	if href == "" || strings.ContainsAny(href, "?#") || strings.HasPrefix(href, "javascript:") || strings.HasPrefix(href, "mailto:") {
		return false
	}
	seg := strings.TrimRight(href, "/")
	seg = seg[strings.LastIndexByte(seg, '/')+1:]
	return seg != "" && !strings.Contains(seg, ".")
}

// avatarImage reports whether img, inside link, is a portrait of name:
// its alt text holds the name, and its class or its link's says
// "avatar", "profile", "author" or "user", or the alt text says it is a
// photo of the name ("Jane Doe's photo", "Photo of Jane Doe", "Jane Doe
// avatar").
func avatarImage(link, img *html.Node, name string) bool {
	alt := normSpace(attr(img, "alt"))
	if !strings.Contains(alt, name) {
		return false
	}
	for _, n := range []*html.Node{img, link} {
		c := strings.ToLower(classID(n))
		if strings.Contains(c, "avatar") || strings.Contains(c, "profile") || strings.Contains(c, "author") || strings.Contains(c, "user") {
			return true
		}
	}
	rest := strings.ToLower(strings.Replace(alt, name, "", 1))
	return strings.Contains(rest, "photo") || strings.Contains(rest, "avatar") || strings.Contains(rest, "picture") || strings.Contains(rest, "profile")
}
