package extractor

import (
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isAuthorLink reports whether a link points at an author's page.
func isAuthorLink(a *html.Node) bool {
	if namedSegment(attr(a, "href"), isAuthorSegmentLowered) {
		return true
	}
	// "author" holds no letter a rune outside ASCII lower-cases to, so
	// this is strings.Contains(strings.ToLower(rel), "author").
	return hasFoldASCII(attr(a, "rel"), "author")
}

// namedSegment reports whether a segment of href between two slashes is
// one of is's, with more of the path after it: "/authors/" itself is the
// list of all authors, no one's page. Each segment is looked up once
// instead of searching the link for every path.
func namedSegment(href string, is func(string) bool) bool {
	for i := strings.IndexByte(href, '/'); i >= 0; {
		rest := href[i+1:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			break
		}
		if j+1 < len(rest) && rest[j+1] != '?' && rest[j+1] != '#' && is(rest[:j]) {
			return true
		}
		i += 1 + j
	}
	return false
}

// isAuthorSegment reports whether seg is an authorPath's segment: a switch,
// which compares the few segments of its length, not a map, which hashes
// every segment of every link.
func isAuthorSegment(seg string) bool {
	switch seg {
	case "author", "authors", "profile", "profiles", "people", "staff", "writer", "writers", "contributor", "contributors", "columnist", "reporter",
		"autore", "autori", "auteur", "auteurs", "yazar", "penulis", "tac-gia", "journalist":
		return true
	}
	return false
}

// isAuthorSegmentLowered is isAuthorSegment(strings.ToLower(seg)), which
// the link lowered whole gave: a segment of ASCII is lowered on the stack,
// when it holds a capital at all. strings.ToLower lowers a few runes past
// ASCII into it ("İ" is "i"): such a segment is lowered as it was.
func isAuthorSegmentLowered(seg string) bool {
	// Most segments ("", "www.example.com", "2024") are of no author
	// segment's length, lowered or not: a segment that lowers to ASCII is
	// no shorter than what it lowers to, a rune of one byte or more for
	// each byte, and lowering shrinks a rune to a third at most (K to k).
	// Only the lengths between are looked at.
	if len(seg) < minAuthorSegment || len(seg) > 3*maxAuthorSegment {
		return false
	}
	if !isASCII(seg) {
		return isAuthorSegment(strings.ToLower(seg))
	}
	if len(seg) > maxAuthorSegment {
		return false // longer than every author segment
	}
	if !hasUpperASCII(seg) {
		return isAuthorSegment(seg)
	}
	var buf [maxAuthorSegment]byte
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return isAuthorSegment(string(buf[:len(seg)]))
}

// The shortest and the longest of authorPaths' segments
// (TestAuthorSegments checks them).
const minAuthorSegment, maxAuthorSegment = len("staff"), len("contributors")

// autorSegment reports whether seg is the Iberian word for an author's
// archive, "autor", "autora" or "autores" (El País's "/autor/ana-garcia/",
// Folha's, Público's), which isAutorLink admits.
func autorSegment(seg string) bool {
	return len(seg) >= 5 && len(seg) <= 7 && (seg[0] == 'a' || seg[0] == 'A') && (strings.EqualFold(seg, "autor") || strings.EqualFold(seg, "autora") || strings.EqualFold(seg, "autores"))
}

// isAutorLink reports whether a links to "/autor/<name>/" on a page in
// a language whose newsrooms so link the byline (autorPage). Only the
// link by the headline counts (the visible scan's), not the page's
// links to author pages elsewhere (oneAuthorPage): with those the bench
// lost a page.
func isAutorLink(a *html.Node) bool {
	return namedSegment(attr(a, "href"), autorSegment) && autorPage(a)
}

// autorPage reports whether the page holding n declares itself Spanish,
// Portuguese, Catalan or Galician ("<html lang=es>"), whose newsrooms link
// the byline to "/autor/<name>/". German sites link "/autor/" from more
// than the byline (teasers, boxes of other writers), so the path alone is
// no author's there, nor on a page that declares no language.
func autorPage(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.DataAtom == atom.Html {
			switch primaryTag(attr(n, "lang")) {
			case "es", "pt", "ca", "gl":
				return true
			}
			return false
		}
	}
	return false
}

// authorPaths mark links to an author's page; isAuthorSegment knows
// their segments (TestAuthorSegments keeps the two in step). The word
// for author in the languages whose CMSs translate the archive's path:
// "/autore/", "/autori/" (Italian), "/auteur/" (French), "/yazar/"
// (Turkish), "/penulis/" (Indonesian), "/tac-gia/" (Vietnamese), and
// "/journalist/" (Nordic and German newsrooms). Not "/autor/": German
// sites link it from more than the byline, and the bench lost a page;
// isAutorLink admits it by the headline of Iberian pages.
var authorPaths = []string{"/author/", "/authors/", "/profile/", "/profiles/", "/people/", "/staff/", "/writer/", "/writers/", "/contributor/", "/contributors/", "/columnist/", "/reporter/",
	"/autore/", "/autori/", "/auteur/", "/auteurs/", "/yazar/", "/penulis/", "/tac-gia/", "/journalist/"}

// addAuthorLink notes a link to an author's page ("/author/jane-doe/").
func (m *pageMeta) addAuthorLink(a *html.Node) {
	u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
	if err != nil {
		return
	}
	p := strings.TrimSuffix(strings.ToLower(u.Path), "/")
	if i := strings.LastIndex(p, "/"); i < 0 || i == len(p)-1 || isAuthorIndex(p[i+1:]) {
		return // the list of all authors, not one
	}
	if hasAncestor(a, byTag(atom.Nav, atom.Footer)) || reviewerLink(a) {
		return
	}
	if hasAncestor(a, commentish) {
		// A comment thread links each commenter's profile ("<dl
		// id=comments-block>…<a href=https://www.blogger.com/profile/…>Jane
		// Doe</a> said…"): such a link names a reader. Its text is kept
		// only to name the author page that links outside the thread
		// also point to (oneAuthorPage).
		if m.commentPages == nil {
			m.commentPages = map[string]string{}
		}
		if _, seen := m.commentPages[p]; !seen && len(m.commentPages) < maxCommentPages {
			m.commentPages[p] = textOf(a)
		}
		return
	}
	if m.authorPages == nil {
		m.authorPages = map[string]string{}
	}
	name, seen := m.authorPages[p]
	if len(m.authorPages) > 1 || len(m.authorPages) == 1 && !seen {
		// Two pages or more: oneAuthorPage names none, so the names are
		// not read (a sidebar of a thousand author links, wcxb-dev 0454,
		// took two thirds of its Extract in splitAuthors).
		m.authorPages[p] = ""
		return
	}
	slug := p[strings.LastIndex(p, "/")+1:]
	t := textOf(a)
	if full := loginTitleName(a, t); full != "" {
		m.addLogin(t, full)
	} else if full := loginSlugName(t, p); full != "" {
		m.addLogin(t, full)
	}
	if name == "" && (looksLikeNames(splitAuthors(t)) || spellsSlug(t, slug)) {
		name = t
	}
	if name == "" && !seen {
		name = slugName(a, slug)
	}
	m.authorPages[p] = name
}

// maxCommentPages bounds the author pages of a comment thread that are
// remembered: a long thread links hundreds of commenters.
const maxCommentPages = 50

// isAuthorIndex reports whether a path's last segment is one of the
// authorPaths themselves ("/authors/"), the list of all authors.
func isAuthorIndex(seg string) bool {
	return slices.Contains(authorPaths, "/"+seg+"/") || autorSegment(seg)
}

// oneAuthorPage is the name on the links to the one author page the page
// links to, "" if it links to none or several, and whether the page's
// address spells the name (spellsSlug).
func (m *pageMeta) oneAuthorPage() (name string, spelled bool) {
	if len(m.authorPages) != 1 {
		return "", false
	}
	for p, name := range m.authorPages {
		if t := m.commentPages[p]; name == "" && looksLikeNames(splitAuthors(t)) {
			// "<section class=comments><h2>Seen by <a
			// href=/writers/jf>Jason Fried</a>…": the thread's heading
			// names the author whose page the article links to.
			name = t
		}
		return name, spellsSlug(name, p[strings.LastIndex(p, "/")+1:])
	}
	return "", false
}

// spellsSlug reports whether a link's text of two words or more spells
// the last segment of its address letter for letter ("crazy lennys" for
// /author/crazylennys/). WordPress makes an author's archive address,
// /author/<user_nicename>/, from the letters of the name the author
// chose, so the text is that name as its owner writes it, whatever its
// case; a one-word handle already reads as a name.
func spellsSlug(text, slug string) bool {
	t := normSpace(text)
	return strings.Contains(t, " ") && len(t) <= 40 && len(slug) >= 4 && simplify(t) == simplify(slug)
}

// slugName is the name an author page's address spells ("/authors/
// juliette-carreiro") when the link's text is not a name ("Articles by
// Juliette"): the name as the text beside the link writes it, in the
// link's box (three levels up, its first 400 nodes), and "" when no text
// there spells it. Each address is tried once.
func slugName(a *html.Node, slug string) string {
	words := strings.FieldsFunc(slug, func(r rune) bool { return r == '-' || r == '_' || r == '+' })
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			return ""
		}
	}
	want := strings.Join(words, " ")
	box := a
	for i := 0; i < 3 && box.Parent != nil; i++ {
		box = box.Parent
	}
	found, nodes := "", 0
	walk(box, func(c *html.Node) bool {
		if nodes++; found != "" || nodes > 400 {
			return false // a box that large is a list, not an author card
		}
		if c.Type == html.TextNode {
			if t := normSpace(c.Data); len(t) == len(want) && strings.EqualFold(t, want) && looksLikeNames([]string{t}) {
				found = t
			}
		}
		return true
	})
	return found
}

// authorClassKeys are the words isAuthorElement looks for, found in one
// pass: most blocks hold none, and seven strings.Contains each cost more.
var authorClassKeys = newKeySet(append([]string{"author", "byline", "writer", "username", "user-name", "autor", "auteur", "journalist", "reporter", "submitted", "yazar", "muhabir"}, authorWordKeys...)...)

// authorClassWords are the words for "author" that templates in other
// languages class a byline with, each with the forms of it that name
// something else, the site's list of all writers most often:
// German "verfasser", Indonesian and Malay "penulis", Vietnamese "tác
// giả", Dutch "schrijver", Danish and Norwegian "forfatter", Swedish
// "författare", Hungarian "szerző", Slovene and Russian (transliterated)
// "avtor".
var authorClassWords = [...]struct {
	word string
	not  []string
}{
	{"verfasser", nil}, {"penulis", nil},
	{"tac-gia", nil}, {"tac_gia", nil}, {"tacgia", nil},
	{"schrijver", []string{"schrijvers"}},
	{"forfatter", []string{"forfattere"}}, {"forfattare", nil}, {"författare", nil},
	{"szerzo", []string{"szerzok"}}, {"szerző", []string{"szerzők"}},
	// "avtorji", "avtorjev", "avtory": the writers; "avtorske pravice":
	// the copyright.
	{"avtor", []string{"avtorj", "avtory", "avtorsk"}},
}

// authorWordKeys are the words of authorClassWords, for authorClassKeys.
var authorWordKeys = func() []string {
	keys := make([]string, len(authorClassWords))
	for i, w := range authorClassWords {
		keys[i] = w.word
	}
	return keys
}()

// authorClassWord reports whether cid, a lowered class and id, holds one
// of authorClassWords and none of the forms that name something else.
func authorClassWord(cid string) bool {
	for _, w := range authorClassWords {
		if strings.Contains(cid, w.word) {
			return !slices.ContainsFunc(w.not, func(s string) bool { return strings.Contains(cid, s) })
		}
	}
	return false
}

// isAuthorElement reports whether the class or itemprop of n names an author.
func isAuthorElement(n *html.Node) bool {
	if n.DataAtom == 0 && n.Data == "author" {
		return true // <author>, an element some templates invent
	}
	// The attributes read below, found in one pass (the first of each,
	// as attr finds it): most elements have none of them.
	var class, id, prop, testID, component string
	var seen uint8
	for _, a := range n.Attr {
		var bit uint8
		var val *string
		switch a.Key {
		case "class":
			bit, val = 1, &class
		case "id":
			bit, val = 2, &id
		case "itemprop":
			bit, val = 4, &prop
		case "data-testid":
			bit, val = 8, &testID
		case "data-component":
			bit, val = 16, &component
		default:
			continue
		}
		if seen&bit == 0 {
			seen |= bit
			*val = a.Val
		}
	}
	if class == "" && id == "" && prop == "" && testID == "" && component == "" {
		return false
	}
	// The class and id, then the itemprop: no word looked for holds a
	// space, so none runs from one into the other.
	cid := joinClassID(class, id)
	if prop != "" {
		prop = strings.ToLower(prop)
	}
	names := func(cid string) bool {
		// "user-name" and "username": the poster's name in Wix and
		// Drupal templates; "autor", "auteur": the author's, in other
		// languages ("autoren", German for the list of all authors, is
		// not one).
		// "journalist", "reporter": Korean, Chinese and Japanese news
		// templates class their reporter's name so ("media_end_head_journalist_name").
		return authorClassKeys.in(cid) && (strings.Contains(cid, "author") || strings.Contains(cid, "byline") || strings.Contains(cid, "writer") ||
			strings.Contains(cid, "journalist") || strings.Contains(cid, "reporter") ||
			strings.Contains(cid, "username") || strings.Contains(cid, "user-name") ||
			// "submitted-by": Drupal's poster of a node.
			strings.Contains(cid, "submitted-by") || strings.Contains(cid, "submitted_by") || strings.Contains(cid, "submittedby") ||
			strings.Contains(cid, "autor") && (!strings.Contains(cid, "autoren") || writerCard(n)) || strings.Contains(cid, "auteur") || // es, pt, de, pl, it ("autore"); fr
			// Turkish ("haber-yazar", "yazar-adi"); "yazarlar", the
			// columnists' list, names the writers of other pieces, and
			// so do the items in it; the writer's other pieces
			// ("yazarin-diger-yazilari") are titles.
			strings.Contains(cid, "yazar") && !strings.Contains(cid, "yazarlar") && !strings.Contains(cid, "yazi") && !strings.Contains(cid, "diger") && !inColumnists(n) ||
			// Turkish for the reporter ("haber-muhabir"), not the
			// reporters' list ("muhabirler").
			strings.Contains(cid, "muhabir") && !strings.Contains(cid, "muhabirler") ||
			authorClassWord(cid))
	}
	denies := func(cid string) bool {
		return strings.Contains(cid, "bio") || strings.Contains(cid, "avatar") || strings.Contains(cid, "description") || reviewerClass(cid)
	}
	if !names(cid) && !names(prop) {
		// React templates name their parts in data-testid or
		// data-component rather than a class ("byline-name",
		// data-component="Byline").
		if role := testRoleOf(testID, component); role != "" && names(role) {
			return !denies(role) && !denies(cid)
		}
		return wechatAuthor(cid, id)
	}
	return !denies(cid) && !denies(prop)
}

// writerCard reports whether n, an element classed "autoren" (German for
// the authors), is a writer's box rather than a list of the site's
// authors: German themes class the box under a post "autorenbox" or
// "autoren-box", and it holds the writer's picture, or sits beside it,
// with a line about her, or opens with the heading of a box about the
// writer ("Über den Autor", reAboutAuthor); not a list of names in items
// of their own.
func writerCard(n *html.Node) bool {
	if holdsList(n) {
		return false
	}
	if findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil {
		return true
	}
	if boxHeading(strings.TrimSpace(firstText(n))) {
		return true
	}
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.DataAtom == atom.Img || c.Type == html.ElementNode && !holdsList(c) && findFirst(c, func(d *html.Node) bool { return d.DataAtom == atom.Img }) != nil {
			return true
		}
	}
	return false
}

// holdsList reports whether n is or holds a list.
func holdsList(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool {
		return c.DataAtom == atom.Li || c.DataAtom == atom.Ul || c.DataAtom == atom.Ol
	}) != nil
}

// inColumnists reports whether one of the three elements above n is a
// Turkish columnists' list ("yazarlar").
func inColumnists(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 3; p, i = p.Parent, i+1 {
		if classIDHolds(p, "yazarlar") {
			return true
		}
	}
	return false
}

// testRole is the lower-cased data-testid and data-component of n, the
// names component libraries give their parts; "" when it has neither.
func testRole(n *html.Node) string {
	return testRoleOf(attr(n, "data-testid"), attr(n, "data-component"))
}

// testRoleOf is testRole of a data-testid t and a data-component c.
func testRoleOf(t, c string) string {
	if t == "" && c == "" {
		return ""
	}
	return strings.ToLower(t + " " + c)
}

// wechatAuthor reports whether an element of class and id cid (classID)
// and id is the author's field of a WeChat article
// (mp.weixin.qq.com, and the mirrors that copy its markup): the
// "rich_media_meta_text" element without an id in its meta line; the
// account is "rich_media_meta_nickname", the date "#publish_time".
func wechatAuthor(cid, id string) bool {
	return strings.Contains(cid, "rich_media_meta_text") && id == ""
}

// teaserItem reports whether n stands in a list item that links another
// article by its headline: "<li><a>Kein Recht auf Faulheit …</a><div
// class=autor>Pressemitteilung von Katja Kipping</div></li>" in a list of
// related pieces credits that piece, not the page's. The item is looked
// for a few levels up, and no further than a block of teaser size.
func teaserItem(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 4 && p.Type == html.ElementNode; p, i = p.Parent, i+1 {
		if p.DataAtom != atom.Li {
			continue
		}
		if textLenUpTo(p, teaserItemText+1) > teaserItemText {
			return false
		}
		return findFirst(p, func(c *html.Node) bool {
			return c.DataAtom == atom.A && c.Type == html.ElementNode && c != n && !hasAncestor(c, func(x *html.Node) bool { return x == n }) &&
				headlineLink(c)
		}) != nil
	}
	return false
}

// teaserItemText is the most text a list item of teasers holds.
const teaserItemText = 400

// headlineLink reports whether a link's text reads as a headline rather
// than a name: four words or more ("Die Opfer nicht vergessen"), or 24
// letters and more.
func headlineLink(a *html.Node) bool {
	if textLenUpTo(a, 24) > 24 {
		return true
	}
	return len(strings.Fields(textOf(a))) >= 4
}

// firmaPage reports whether a page in lang (declared) is in one of the
// languages whose word for a signature, "firma", names the byline: Spanish,
// Portuguese, Catalan, Galician and Italian news templates class it so
// ("<p class=firma>María López<br>Madrid</p>"). In German, Dutch and
// Polish the word means a company, and no byline is classed so.
func firmaPage(lang string) bool {
	switch primaryTag(lang) {
	case "es", "pt", "ca", "gl", "it":
		return true
	}
	return false
}

// firmaElement reports whether n or one of its two nearest ancestors has a
// class or id naming a "firma" (firmaPage), when n holds all their text
// (markedAround, three in all).
func firmaElement(n *html.Node) bool {
	return markedAround(n, 3, firmaMark)
}

// firmaMark reports whether n's class or id names a "firma", a
// signature, and not a list of them ("firmas", a petition's signatories).
func firmaMark(n *html.Node) bool {
	cid := classID(n)
	return strings.Contains(cid, "firma") && !strings.Contains(cid, "firmas")
}

// lineBeforeBreak is the text of n up to its first <br>, spaces folded.
func lineBeforeBreak(n *html.Node) string {
	var b strings.Builder
	var walkTo func(*html.Node) bool
	walkTo = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				return false
			case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			case c.Type == html.ElementNode && !walkTo(c):
				return false
			}
		}
		return true
	}
	walkTo(n)
	return normSpace(b.String())
}

// loginTitleName is the full name an author link's title gives when its
// text is a login, as WordPress's author links write them ("<a
// href=/author/jdoe/ title=\"Posts by Jane Doe\" rel=author>jdoe</a>";
// GeneratePress and Astra: "View all posts by Jane Doe"; in the site's
// language: "Beiträge von", "Articles par", "Entradas de", "Articoli di",
// "Berichten van"), and "" when it gives none. The page says so of the
// login itself: the name written out is the author.
func loginTitleName(a *html.Node, text string) string {
	text = strings.TrimSpace(text)
	if strings.Contains(text, " ") || !handleLike(text) {
		return ""
	}
	title := normSpace(attr(a, "title"))
	for _, by := range []string{" by ", " von ", " par ", " de ", " di ", " van "} {
		if i := strings.LastIndex(title, by); i >= 0 {
			title = title[i+len(by):]
			break
		}
	}
	if !capitalisedWords(title, 2, 4) {
		return ""
	}
	return title
}

// addLogin records the full name that an author link's title or address
// gives its login text (loginTitleName, loginSlugName).
func (m *pageMeta) addLogin(login, full string) {
	if m.logins == nil {
		m.logins = map[string]string{}
	}
	m.logins[strings.TrimSpace(login)] = full
}

// namedLogins is names with each login that an author link's title or
// address wrote out (addLogin) replaced by the full name.
func (m *pageMeta) namedLogins(names []string) []string {
	if len(m.logins) == 0 {
		return names
	}
	for i, n := range names {
		if full, ok := m.logins[n]; ok {
			names[i] = full
		}
	}
	return names
}
