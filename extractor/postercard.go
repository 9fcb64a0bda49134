package extractor

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropPosterCards removes from a forum thread's body the poster's cell of
// its first post, and the floors of the replies after it: those
// markPosterCards marked, when the post's own text stays, and those it
// finds. A poster's cell
// is the cell beside the post's (Discuz!'s "pls" beside "plc", phpwind's
// "floot_left" beside "floot_right", vBulletin's postbit_legacy) that
// holds the member's name or picture and a row of the member's counts
// ("主题 12 帖子 345 积分 678", "发帖 345 威望 12", "Posts: 1,234
// Thanks: 56"). Readability keeps a floor's table whole, the card with the
// post, and the next floors too when their posts are short.
func dropPosterCards(content *html.Node) {
	var cards, floors []*html.Node
	walk(content, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch attr(n, posterCardKey) {
		case markFloor:
			floors = append(floors, n)
			return false
		case markCard:
			cards = append(cards, n)
			return false
		}
		if n.DataAtom == atom.Td && posterCard(n) {
			cards = append(cards, n)
			return false
		}
		return true
	})
	defer walk(content, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			removeAttr(n, posterCardKey)
		}
		return true
	})
	if len(floors) > 0 {
		n := 0
		for _, f := range floors {
			n += textLen(f)
		}
		if textLen(content)-n >= minProse {
			for _, f := range floors {
				remove(f)
			}
		}
	}
	if len(cards) == 0 {
		return
	}
	first := cards[0]
	for _, c := range cards[1:] {
		if floor := replyFloor(first, c); floor != nil {
			remove(floor)
		}
	}
	if textLen(postCell(first)) >= 3*textLen(first) {
		remove(first)
	}
}

// replyFloor is the floor of the reply whose poster's card is c, in a
// thread whose first post's card is first: c's ancestor just below the
// one that holds first too, laid out as first's is (the same tag); nil
// when there is none.
func replyFloor(first, c *html.Node) *html.Node {
	if isInside(c, first) {
		return nil
	}
	floor := c
	for floor.Parent != nil && !isInside(first, floor.Parent) {
		floor = floor.Parent
	}
	if floor.Parent == nil || isInside(first, floor) {
		return nil
	}
	own := first
	for own.Parent != floor.Parent {
		own = own.Parent
	}
	if own.DataAtom != floor.DataAtom {
		return nil
	}
	return floor
}

// posterCardKey is the attribute markPosterCards sets on a poster's card,
// for dropPosterCards to read in the body readability returns: a card's
// counts do not survive it (readability drops vBulletin 4's
// "userinfo_extra" list). The sanitised HTML never carries it.
const posterCardKey = "data-newsprint-card"

// The values of posterCardKey: the first post's card, and a reply's floor.
const (
	markCard  = "card"
	markFloor = "floor"
)

// markPosterCards marks, below root, the poster cards that say when the
// member joined (posterCard: "Join Date: Mar 2010 Posts: 1,234", a card of
// one count): the first post's card, and the floors of the replies after
// it (replyFloor), which readability may take with the post or append as
// its run (assembleRun) without their cards' counts. It removes the
// signatures of the posts beside the cards: an element of the post's box
// classed "signature" or "sign" (phpBB, vBulletin, Discuz!), or under
// vBulletin's rule (signatureRule), which readability would keep as a
// paragraph of the post. It climbs from each text naming the date a
// member joined to the first card around it: a floor whose reply is short
// is a card's size too ("Posts: 12 … +1").
//
// The labels are the texts naming the date a member joined
// (posterLabel), which the page's walk before the scan gathers
// (gatherBeforeScan).
func markPosterCards(root *html.Node, labels []*html.Node) {
	var first *html.Node
	for _, l := range labels {
		var card *html.Node
		for a := l.Parent; a != nil && a != root && a.Type == html.ElementNode; a = a.Parent {
			if textLenUpTo(a, 480) > 480 {
				break
			}
			if cardTag(a) && posterCard(a) {
				card = a
			}
			if card != nil {
				break
			}
		}
		// A card of counts inside the poster's column, beside the box of
		// the name and picture (MyBB's "author_statistics" beside its
		// "author_information"), is part of the column's card.
		for card != nil && card.Parent != nil && card.Parent != root && cardTag(card.Parent) && posterCard(card.Parent) {
			card = card.Parent
		}
		if card == nil || attr(card, posterCardKey) != "" {
			continue
		}
		if first == nil {
			first = card
			setAttr(card, posterCardKey, markCard)
		} else if floor := replyFloor(first, card); floor != nil {
			setAttr(floor, posterCardKey, markFloor)
		}
		var signatures []*html.Node
		walk(card.Parent, func(n *html.Node) bool {
			if n.Type == html.ElementNode && (signatureClass(n) || signatureRule(n)) {
				signatures = append(signatures, n)
				return false
			}
			return true
		})
		for _, s := range signatures {
			remove(s)
		}
	}
}

// cardTag reports whether n is an element a poster's card is set in.
func cardTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Td, atom.Dl, atom.Div, atom.Aside:
		return n.Type == html.ElementNode
	}
	return false
}

// signatureClass reports whether n's class or id names a forum post's
// signature: "signature", vBulletin's "signaturecontainer", Discuz!'s
// "sign".
func signatureClass(n *html.Node) bool {
	for w := range classWords(strings.ToLower(classID(n))) {
		switch w {
		case "signature", "signaturecontainer", "sign":
			return true
		}
	}
	return false
}

// signatureRule reports whether n is a box of a post that opens with the
// rule vBulletin sets over a signature ("__________________", then the
// signature after a break): short, its rule ten underscores or more.
func signatureRule(n *html.Node) bool {
	if n.DataAtom != atom.Div || textLenUpTo(n, 500) > 500 {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(textOf(n)), "__________")
}

// postCell is the cell beside card: the next one, else the one before;
// nil when there is none. A table cell's is a cell; a profile set as a
// list or a box (phpBB's <dl class="postprofile"> before <div
// class="postbody">) has the post's box beside it.
func postCell(card *html.Node) *html.Node {
	for _, c := range [...]*html.Node{nextElement(card), prevElement(card)} {
		if c == nil {
			continue
		}
		if card.DataAtom == atom.Td {
			if c.DataAtom == atom.Td {
				return c
			}
			continue
		}
		switch c.DataAtom {
		case atom.Div, atom.Section, atom.Article, atom.Blockquote:
			return c
		}
	}
	return nil
}

// posterCard reports whether n is a poster's card: short, with a link or
// a picture and two member facts or more (counts, the date the member
// joined), beside another cell. A card that is no table cell says when
// the member joined.
func posterCard(n *html.Node) bool {
	if textLenUpTo(n, 480) > 480 {
		return false
	}
	t := textOf(n)
	if t == "" || utf8.RuneCountInString(t) > 160 || postCell(n) == nil {
		return false
	}
	if findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.A || c.DataAtom == atom.Img }) == nil {
		return false
	}
	joined := joinedLabel(n)
	posts := !joined && n.DataAtom != atom.Td && postsLabel(n)
	if n.DataAtom != atom.Td && !joined && !posts {
		return false // recipes' boxes count too: "Prep 15 min Servings 12"
	}
	facts := memberCounts(t)
	if joined || posts {
		facts++
	}
	return facts >= 2
}

// postsLabel reports whether a text of n labels a member's count of
// posts (postsText): Simple Machines' card says no date joined, only
// "Posts: 1,234".
func postsLabel(n *html.Node) bool { return holdsText(n, postsText) }

// joinedLabel reports whether a text of n is the label of the date a
// member joined (joinedText): "Joined:", "Join Date: Mar 2010", or a
// list's term "Join Date" alone.
func joinedLabel(n *html.Node) bool { return holdsText(n, joinedText) }

// holdsText reports whether a text node below n satisfies is.
func holdsText(n *html.Node, is func(string) bool) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode && is(c.Data) {
			found = true
		}
		return !found
	})
	return found
}

// postsText reports whether t, white space trimmed, is the label of a
// member's count of posts, one of postsLabels before a colon, alone or
// with its figure ("Posts:", "Posts: 1,234", "Beiträge: 56").
func postsText(t string) bool {
	return postsLabels.opens(t, func(rest string) bool {
		if r, ok := strings.CutPrefix(rest, ":"); ok {
			rest = r
		} else if r, ok := strings.CutPrefix(rest, "："); ok {
			rest = r
		} else {
			return false
		}
		rest = strings.Trim(rest, spaceChars)
		return rest == "" || countFigure(rest)
	})
}

// joinedText reports whether t opens with the label of the date a member
// joined, white space trimmed: one of joinedLabels alone or before a
// colon ("Joined:", "Join Date: Mar 2010", a list's term "Join Date"), or
// one of joinedLabelsCJK.
func joinedText(t string) bool {
	return joinedLabels.opens(t, func(rest string) bool {
		return rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
	}) || joinedLabelsCJK.opens(t, func(string) bool { return true })
}

// labelSet is a list of a card's labels, each in lower case and compared
// in any case, that texts up to max bytes long open with. Its texts are
// every short text of every page (markPosterCards), so it compares
// prefixes after a table of the labels' first bytes, which passes most
// texts over at once: the case-folded regular expression it replaced cost
// 4% of the dragnet set's extraction time.
type labelSet struct {
	labels []string
	max    int
	first  [256]bool
}

func newLabelSet(max int, labels ...string) *labelSet {
	s := &labelSet{labels: labels, max: max}
	for _, l := range labels {
		s.first[l[0]] = true
		s.first[strings.ToUpper(l)[0]] = true
	}
	return s
}

// opens reports whether t, white space trimmed, opens with one of the
// labels that rest accepts what follows (white space trimmed before it).
func (s *labelSet) opens(t string, rest func(string) bool) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > s.max || !s.first[t[0]] {
		return false
	}
	for _, l := range s.labels {
		if len(t) >= len(l) && strings.EqualFold(t[:len(l)], l) && rest(strings.TrimLeft(t[len(l):], spaceChars)) {
			return true
		}
	}
	return false
}

// spaceChars are the white space a label and its value are set apart by.
const spaceChars = " \t\n\r\f\u00a0"

var (
	// postsLabels label a member's count of posts on a forum poster's
	// card, in texts up to "Сообщений: 1,234".
	postsLabels = newLabelSet(40, "posts", "messages", "beiträge", "mensajes", "messaggi", "mensagens", "berichten", "сообщений", "сообщения", "帖子", "发帖")
	// joinedLabels label the date a member joined a forum, which the
	// poster's card of phpBB ("Joined:"), vBulletin ("Join Date:") and
	// their translations show beside a single count of posts, in texts up
	// to "Joined: Mon Mar 01, 2010 8:00 pm"; joinedLabelsCJK are those a
	// colon need not end.
	joinedLabels = newLabelSet(64, "join", "joined", "join date", "joined date", "registered", "member since", "mitglied seit",
		"registriert", "dabei seit", "inscrit", "inscrit le", "inscription", "registrado", "fecha de ingreso", "iscritto",
		"registrato", "membro desde", "cadastrado", "зарегистрирован", "регистрация", "с нами")
	joinedLabelsCJK = newLabelSet(64, "注册时间", "註冊時間", "注册日期", "登録日", "가입일")
)

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

// dropMarkedReplies removes from a thread's body the items its post
// holds as its comments by its microdata (itemprop="comment": the replies
// of Discourse's page for crawlers, of XenForo's, of WordPress themes
// marked up for schema.org), when the post's own text stays.
func dropMarkedReplies(content *html.Node) {
	var replies []*html.Node
	walk(content, func(n *html.Node) bool {
		if n.Type == html.ElementNode && hasItemprop(n, "comment") {
			replies = append(replies, n)
			return false
		}
		return true
	})
	if len(replies) == 0 {
		return
	}
	n := 0
	for _, r := range replies {
		n += textLen(r)
	}
	if textLen(content)-n < minProse {
		return
	}
	for _, r := range replies {
		remove(r)
	}
}

// interactionCounter reports whether n is a post's count of likes, views
// or comments that its microdata marks as one
// (itemprop="interactionStatistic": Discourse's "3 Likes"): short, or it
// is no counter.
func interactionCounter(n *html.Node) bool {
	return hasItemprop(n, "interactionStatistic") && textLenUpTo(n, maxCounterText) <= maxCounterText
}

// maxCounterText is the most text a counter of likes or views holds.
const maxCounterText = 40

// hasItemprop reports whether one of n's itemprop names is prop, in any
// case.
func hasItemprop(n *html.Node, prop string) bool {
	for p := range strings.FieldsSeq(attr(n, "itemprop")) {
		if strings.EqualFold(p, prop) {
			return true
		}
	}
	return false
}

// posterLabel reports whether the text node n names the date a member
// joined or the count of their posts ("Join Date:", "Posts:"), the label
// a poster card holds.
func posterLabel(n *html.Node) bool {
	// Trimmed once here: most text nodes are the white space between
	// elements, which each test would trim again.
	t := strings.TrimSpace(n.Data)
	return t != "" && len(t) <= 64 && (joinedText(t) || postsText(t))
}
