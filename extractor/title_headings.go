package extractor

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headlineWords are class and id words of elements that hold a headline.
// Joomla 1.0 and 1.5 write an article's title as "<td
// class="contentheading">" (or an <h2> of that class), often on a page
// whose <title> is only the site's name; WordPress's classic theme as
// "<h3 class="storytitle">"; older news CMSs as "newsTitle" or
// "articleHeadline", one word to hasClassWord.
//
// CMSs built for one language name it in that language: Spanish and
// Portuguese "titulo"/"título" and "titular", French "titre", German and
// Dutch "titel", Italian "titolo", Turkish "baslik", Indonesian "judul",
// Polish "tytul", South Slavic "naslov". (Not German "Rubrik", a section.)
var headlineWords = classSetOf("headline", "title", "entry title", "entrytitle", "post title", "posttitle",
	"article title", "articletitle", "story title", "storytitle", "page title", "pagetitle", "heading", "hed", "contentheading",
	"newstitle", "articleheadline", "newsheadline", "storyheadline",
	"titulo", "titular", "titre", "titel", "titolo", "baslik", "judul", "tytul", "naslov",
	// German's "Überschrift" (headline), as German CMSs class it
	// ("artikel-ueberschrift").
	"ueberschrift", "uberschrift",
	// The headline's word in more languages: Dutch "kop" and
	// "artikelkop", Danish and Norwegian "overskrift", Finnish
	// "otsikko", Czech and Slovak "nadpis", Romanian "titlu", Russian
	// "zagolovok", Portuguese "manchete".
	"kop", "artikelkop", "overskrift", "otsikko", "nadpis", "titlu", "zagolovok", "manchete",
	// Chinese "biaoti" (标题, title) in pinyin, as older portals' templates
	// class the headline's cell ("<td class=biaoti>").
	"biaoti",
	// Chinese and Korean CMSs' short forms of "title": "tit" and "tt"
	// ("<div class="art_tit">", "news-tit", "view_tit", "<div
	// class="tt">"), one word run together ("arttit", "newstit").
	"tit", "tt", "arttit", "newstit", "viewtit", "articletit",
	// DataLife Engine's default templates' news title ("<td
	// class="ntitle">") and Joomla K2's item title ("itemTitle").
	"ntitle", "itemtitle",
	// Naver's SmartEditor 2 posts' subject line ("<span class="pcol1
	// itemSubjectBoldfont">"), as its blogs and cafés wrote them.
	"itemsubjectboldfont")

// brandWords are class and id words of a site's name set as its logo,
// which many themes write as the <h1> of every page: WordPress's starter
// theme _s and the themes built on it ("<div class="site-branding"><h1
// class="site-title">"). Not "blog-title", which names a post's title as
// often as a blog's.
var brandWords = classSetOf("site title", "sitetitle", "site name", "sitename", "site logo", "sitelogo",
	"site branding", "sitebranding", "logo")

// widgetTitleWords name the label of a sidebar widget, which WordPress
// writes "<h2 class="widget-title">" (or "widgettitle", register_sidebar's
// default): a box of links, not the article.
var widgetTitleWords = classSetOf("widget title", "widgettitle")

// maxVisibleTitles bounds the visible candidates of each source: the
// <h1>s and the elements whose class names a headline are counted apart,
// so a page whose menus and teasers hold sixty "title" elements before
// its article still offers its <h1>.
const maxVisibleTitles = 60

// maxHeadings bounds the headings visibleHeadings collects the texts of.
const maxHeadings = 200

// pageHeadings are the headings of a page that may name its article.
type pageHeadings struct {
	// vis holds the <h1> elements and the elements whose class names a
	// headline, in page order, each with where it sits.
	vis []titleCand
	// plain is the first plain <h2> or <h3> outside the furniture that
	// may be a headline (firstPlainHeading), if ok.
	plain titleCand
	ok    bool
	// heads holds the simplified texts of the page's headings, the
	// plain <h2>-<h4> included (an older template's post title), for
	// splitByHeadings; discussed, the titles its comment threads'
	// headings name (discussedTitle).
	heads, discussed map[string]bool
}

// visibleHeadings returns the page's headings.
func visibleHeadings(doc *html.Node, tc titleContext, stated []titleCand) pageHeadings {
	var out []titleCand
	body := findFirst(doc, byTag(atom.Body))
	if body == nil {
		return pageHeadings{}
	}
	var count [nTitleSources]int // visible candidates of each source
	var plain []titleCand        // the first plain <h2> and <h3>s
	var plain4 []titleCand       // the first plain <h4>s
	bolds := 0                   // bold lines among them (boldHeadline)
	heads, discussed := map[string]bool{}, map[string]bool{}
	offset := 0 // bytes of text before the current node
	total := 0  // letters and digits of all the text, as textLen counts them
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			// A text of spaces and line breaks alone, the indentation
			// between tags, counts for neither.
			if k := nonSpaceLen(n.Data); k > 0 {
				offset += len(strings.TrimSpace(n.Data))
				total += k
			}
			return false
		case html.ElementNode:
		default:
			return false
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button:
			return false
		}
		src, ok := headingSource(n)
		if !ok && (n.DataAtom == atom.Font && fontHeadline(n) || (n.DataAtom == atom.B || n.DataAtom == atom.Strong) && bolds < 2 && boldHeadline(n)) && len(plain) < maxPlainHeadings {
			if n.DataAtom != atom.Font {
				bolds++ // a page's bold lines leave room for its headings
			}
			plain = append(plain, titleCand{src: srcHeading, prov: "heading", node: n, at: float64(offset), raw: textOfUpTo(n, 400)})
			return true
		}
		if !ok || count[src] >= maxVisibleTitles {
			if isElement(n, atom.H2, atom.H3, atom.H4) && len(heads) < maxHeadings {
				if t := textOfUpTo(n, 400); len(t) <= 400 {
					heads[simplify(t)] = true
					if d := discussedTitle(t); d != "" {
						discussed[d] = true
					}
					switch {
					case ok:
					case n.DataAtom != atom.H4:
						if len(plain) < maxPlainHeadings {
							plain = append(plain, titleCand{src: srcHeading, prov: "heading", node: n, at: float64(offset), raw: t})
						}
					case len(plain4) < maxPlainHeadings:
						plain4 = append(plain4, titleCand{src: srcHeading, prov: "heading", node: n, at: float64(offset), raw: t})
					}
				}
			}
			return true
		}
		t := textOfUpTo(n, 400)
		if info := headlineInfo(n); info != nil {
			t = textBeforeInfo(n, info)
		}
		if t == "" || len(t) > 400 {
			return true
		}
		if d := discussedTitle(t); d != "" {
			discussed[d] = true
		}
		c := titleCand{src: src, prov: "h1", node: n, order: len(out),
			at: float64(offset), inArticle: hasAncestor(n, byTag(atom.Article, atom.Main)),
		}
		// A logo sits outside the article: inside it, "site__title" is a
		// theme's block named "site".
		c.brand = !c.inArticle && (hasClassWord(classID(n), brandWords) || n.Parent != nil && hasClassWord(classID(n.Parent), brandWords))
		if src == srcHeading {
			c.prov = "heading"
		}
		head := t
		if a := headingLink(n); a != nil {
			href := tc.abs(attr(a, "href"))
			self := tc.selfLink(href)
			c.inLink = !self
			c.homeLink, _ = isHomeLink(href, tc.page)
			// A permalink inside the heading is the headline; what the
			// heading adds around it is a count or a source
			// ("… (latimes.com) 87").
			if self && a != n && hasAncestor(a, func(p *html.Node) bool { return p == n }) {
				if lt := textOf(a); plausibleHeadline(lt) {
					head = lt
				}
			}
		}
		whole := ""
		if src == srcH1 {
			// A forum thread's prefix is no kicker a stated title
			// keeps: the forum's <title> writes it before the
			// thread's title as a separate segment, which
			// splitByHeadings cuts at the heading's text.
			if k, thread := dropKicker(n, head); k != head {
				if !thread {
					whole = head
				}
				head = k
			}
			head = dropDeck(n, head)
		}
		head = dropAnchorMark(n, dropCommentCount(n, dropDateTail(n, dropHiddenEdges(n, head))))
		c.text, c.suffix = tc.clean(head, false)
		if whole != "" {
			c.whole, _ = tc.clean(dropDateTail(n, whole), false)
		}
		if c.text == "" || singleMark(c.text) {
			return true
		}
		out = append(out, c)
		count[src]++
		offset += len(t)
		total += nonSpaceLen(t)
		return false
	})
	// Furniture is judged once the page's text is counted: a block that
	// holds most of it is a layout, whatever its class.
	furn := furnitureOf{total: total, memo: map[*html.Node]bool{}}
	first, ok := firstPlainHeading(plain, &furn, tc)
	if !ok {
		first, ok = firstPlainH4(plain4, &furn, tc)
	}
	if ok && offset > 0 {
		first.at /= float64(offset)
	}
	for i := range out {
		// A sidebar widget's label set as an <h1> ("<h1
		// class="widget-title">") is furniture wherever it sits.
		out[i].furniture = furn.has(out[i].node) || out[i].src == srcH1 && hasClassWord(classID(out[i].node), widgetTitleWords)
	}
	if i := trailHeadline(out, stated, heads, &furn); i >= 0 {
		out[i].furniture = false
	}
	for i := range out {
		if !out[i].furniture {
			heads[simplify(out[i].text)] = true
		}
		if offset > 0 {
			out[i].at /= float64(offset)
		}
	}
	return pageHeadings{vis: out, plain: first, ok: ok, heads: heads, discussed: discussed}
}

// maxPlainHeadings bounds the plain <h2> and <h3>s visibleHeadings keeps
// to find the first that may be the headline.
const maxPlainHeadings = 8

// firstPlainHeading returns the first plain <h2> or <h3> outside the
// furniture, and not a link to another page, that may be a headline: the
// post title of an older template or of a blog whose <h1> is its name
// ("<header class=entry-header><h2>Headline</h2>"). titleCandidates
// offers it only where nothing else names the article (headlineStated).
// A later one that spells the page's slug (slugWords) where the first
// does not is the headline: the first is then a column's story set
// before the article in a layout that marks no sidebar.
func firstPlainHeading(plain []titleCand, furn *furnitureOf, tc titleContext) (titleCand, bool) {
	var first titleCand
	ok := false
	for i, c := range plain {
		if furn.has(c.node) || hasClassWord(classID(c.node), widgetTitleWords) || labelsLinks(c.node) {
			continue
		}
		if a := headingLink(c.node); a != nil && !tc.selfLink(tc.abs(attr(a, "href"))) {
			continue
		}
		c.text, c.suffix = tc.clean(c.raw, false)
		c.raw = ""
		if !plausibleHeadline(c.text) || onlyDate(c.text) {
			continue
		}
		if !ok && mastheadHeading(c.node, plain[i+1:]) {
			continue
		}
		c.inArticle = hasAncestor(c.node, byTag(atom.Article, atom.Main))
		spells := headingSpellsSlug(c.text, tc.slug)
		switch {
		case !ok:
			first, ok = c, true
			if spells || tc.slug == nil {
				return first, true
			}
		case spells:
			return c, true
		}
	}
	return first, ok
}

// firstPlainH4 is firstPlainHeading over the plain <h4>s, where no <h2>
// or <h3> may be the headline: an older template's post title
// ("<h4>Headline</h4><p>…", "<h4 class="post-title">"). Only one that its
// story follows is taken (textFollows), as <h4>s label most sidebars'
// boxes and lists.
func firstPlainH4(plain []titleCand, furn *furnitureOf, tc titleContext) (titleCand, bool) {
	plain = slices.DeleteFunc(plain, func(c titleCand) bool { return !textFollows(c.node, minFollowingText) })
	return firstPlainHeading(plain, furn, tc)
}

// mastheadHeading reports whether a plain heading is a masthead's: the
// site's name, its tagline or its welcome set as a heading in the page's
// top block ("<div id=header><h2>Valley Gazette</h2>", "<h2
// id=site-description>Your source for …</h2>"), which an older template
// does not mark as a header. Such a heading has no text after it before
// the next heading, and a later heading outside its block has: the
// headline, which the story's text follows.
func mastheadHeading(n *html.Node, later []titleCand) bool {
	if n.Parent == nil || textFollows(n, minFollowingText) {
		return false
	}
	for _, d := range later {
		if !hasAncestor(d.node, func(p *html.Node) bool { return p == n.Parent }) && textFollows(d.node, minFollowingText) {
			return true
		}
	}
	return false
}

// minFollowingText is the text, in letters and digits, that makes the
// start of a story after its headline.
const minFollowingText = 150

// textFollows reports whether at least want letters and digits of text
// outside links follow n, in document order, before the next heading:
// the story that follows a headline, not the next heading of a
// masthead or a menu's links. It reads at most 400 nodes.
func textFollows(n *html.Node, want int) bool {
	return textFollowsUntil(n, nil, want)
}

// textFollowsUntil is textFollows that stops at stop too: the next
// headline candidate, an element whose class names a headline ("<div
// class=article-title>"), which is no heading to textFollows.
func textFollowsUntil(n, stop *html.Node, want int) bool {
	count, nodes := 0, 0
	// The walk goes on past n's parent, to the end of the document (no
	// top), and skips n's own subtree.
	for cur := nextInTree(n, nil, false); cur != nil && nodes < 400; nodes++ {
		skip := false
		switch {
		case cur == stop || cur.Type == html.ElementNode && isHeading(cur):
			return false
		case cur.Type == html.ElementNode:
			switch cur.DataAtom {
			case atom.A, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button, atom.Nav:
				skip = true
			}
		case cur.Type == html.TextNode:
			if count += nonSpaceLen(cur.Data); count >= want {
				return true
			}
		}
		cur = nextInTree(cur, nil, !skip)
	}
	return false
}

// fontHeadline reports whether a <font> element sets a headline as an
// older table layout does, before headings were styled: a large size
// ("5", "+2") around a line of its own, which its block holds alone or
// ends with a line break ("<font size=5><b>Headline</b></font><br>").
// Such a page often states only its site's name as its <title>; the line
// is offered as its first plain heading is (firstPlainHeading).
func fontHeadline(n *html.Node) bool {
	size := strings.TrimSpace(attr(n, "size"))
	switch size {
	case "4", "5", "6", "7", "+1", "+2", "+3", "+4":
	default:
		return false
	}
	t := textOfUpTo(n, 301)
	if len(t) > 300 || spacedWords(t) < 2 {
		return false
	}
	// The line stands alone: a line break after it, or nothing else in
	// its block (a paragraph, a cell, a bold run around it).
	next := neighbour(n, nextSibling)
	if next != nil && isElement(next, atom.Br) {
		return true
	}
	for p := n; p.Parent != nil; p = p.Parent {
		if !isElement(p.Parent, atom.B, atom.Strong, atom.Center, atom.Font, atom.Span) {
			return len(textOfUpTo(p.Parent, len(t)+21)) <= len(t)+20
		}
	}
	return false
}

// boldHeadline reports whether a bold run sets a headline as an older
// table layout does without a <font>: the first thing in its cell or
// block, a line of three words or more of its own, ended by a line break
// ("<td><b>Headline</b><br><i>By Jane Doe</i><br>…"), holding no link
// and not a label ("Note:").
func boldHeadline(n *html.Node) bool {
	if n.Parent == nil || !isElement(n.Parent, atom.Td, atom.Div, atom.P) {
		return false
	}
	for c := n.Parent.FirstChild; c != n; c = c.NextSibling {
		if c.Type != html.TextNode || strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	next := neighbour(n, nextSibling)
	if !isElement(next, atom.Br) && !(next == nil && firstParagraph(n.Parent)) {
		return false
	}
	t := textOfUpTo(n, 201)
	if next == nil && strings.ContainsAny(t[max(len(t)-1, 0):], ".!,;") {
		return false // a bold lead, a sentence
	}
	if w := spacedWords(t); len(t) > 200 || w < 3 || w > 25 || strings.HasSuffix(t, ":") {
		return false
	}
	return findFirst(n, byTag(atom.A)) == nil
}

// firstParagraph reports whether p is a paragraph that opens its block,
// nothing with text before it: "<div class=article><p><strong>Headline
// </strong></p><p>…", a headline that a page under an empty <h1> or one
// holding the site's name sets in bold alone on the article's first line.
func firstParagraph(p *html.Node) bool {
	if p.DataAtom != atom.P || p.Parent == nil {
		return false
	}
	for c := p.Parent.FirstChild; c != p; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && textLenUpTo(c, 0) > 0 {
			return false
		}
	}
	return true
}

// labelsLinks reports whether a heading labels a list of links: what
// follows it, up to the next heading, is three links or more and mostly
// link text ("Latest headlines" over a column of teasers), where a post's
// title is followed by its text, or by a byline's link or two and then
// its text.
func labelsLinks(h *html.Node) bool {
	const limit = 1000
	text, links, anchors := 0, 0, 0
	for s := h.NextSibling; s != nil && text <= limit; s = s.NextSibling {
		if isElement(s, atom.H1, atom.H2, atom.H3, atom.H4) {
			break
		}
		n := textLenUpTo(s, limit)
		text += n
		if n == 0 || n > limit || s.Type != html.ElementNode {
			continue
		}
		links += linkTextLen(s)
		if isElement(s, atom.A) {
			anchors++
		} else {
			anchors += len(findAll(s, byTag(atom.A)))
		}
	}
	return anchors >= 3 && links*2 > text
}

// listHeadings marks as furniture an <h1> outside the furniture that
// labels a list of links (labelsLinks) and that no stated title says: a
// sidebar's label set as an <h1> in a column no class marks ("<div
// class="col-4"><h1>Recent Posts</h1><ul><li><a>…"), beside the story
// whose headline is a plain <h2>. The links may be other stories'
// headlines or short ones, a blog's categories or its archive's months
// ("<h1>Categories</h1><ul><li><a>Local</a>…"). A headline is followed
// by its story (textFollows: its tags, a table of contents' links
// between them aside), or stated by the page's titles where a list of
// links follows it (said whole, or run on: a tutorial's "How to …
// (5 Examples)" over its table of contents), or classed as one.
//
// A block classed as a headline ("<div class=title>Most read</div>")
// over a list of links is a box's label the same way, where no text
// follows it before the next candidate: the story after a later one is
// not its own.
func listHeadings(vis, stated []titleCand) {
	for i := range vis {
		v := &vis[i]
		if v.furniture || v.src != srcH1 && v.src != srcHeading || v.src == srcH1 && hasClassWord(classID(v.node), headlineWords) || !labelsLinks(v.node) {
			continue
		}
		var next *html.Node
		if v.src == srcHeading && i+1 < len(vis) {
			next = vis[i+1].node
		}
		if textFollowsUntil(v.node, next, minFollowingText) {
			continue
		}
		// A headline that runs on past the stated title ("How to …
		// (5 Examples)" where the <title> says "How to … | Site") says
		// it too; a box's label does not hold a title of three words.
		k := simplify(v.text)
		v.furniture = !slices.ContainsFunc(stated, func(c titleCand) bool {
			sk := simplify(c.text)
			return sk == k || sk != "" && spacedWords(c.text) >= 3 && strings.Contains(k, sk)
		})
	}
}

// reDiscussion matches the heading WordPress and Blogger themes put over a
// post's comments, which names the post as its CMS records it: "46
// comments to Summer Chaos and Fall Plans", "One Response to “…”",
// "3 thoughts on "…"".
var reDiscussion = regexp.MustCompile(`(?i)^(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|thoughts?|replies|reactions?)\s+(?:to|on)\s+(.+)$`)

// discussedTitle returns the simplified title a comments heading names,
// or "".
func discussedTitle(t string) string {
	if q := discussedQuoted(t); q != "" {
		return simplify(q)
	}
	if !mayBeDiscussion(t) {
		return ""
	}
	m := reDiscussion.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return simplify(m[1]) // simplify drops the quotes around it
}

// headingSource tells whether n may hold the headline: an <h1>, or a
// heading or short block whose class names a headline.
func headingSource(n *html.Node) (titleSource, bool) {
	if n.Type != html.ElementNode {
		return 0, false
	}
	// A switch, not isElement's loop over the tags: it runs on every
	// element of the page.
	switch n.DataAtom {
	case atom.H1:
		return srcH1, true
	case atom.H2, atom.H3, atom.Div, atom.Span, atom.P, atom.Header, atom.Strong, atom.B, atom.Td, atom.Font:
	default:
		return 0, false
	}
	// Most elements' attributes, ASCII, hold none of mayNameHeadline's
	// words in any case: they are turned away before classID lowers and
	// joins them.
	c, id := classAndID(n)
	if isASCII(c) && isASCII(id) && !mayNameHeadlineFold(c) && !mayNameHeadlineFold(id) {
		return 0, false
	}
	cid := joinClassID(c, id)
	if !mayNameHeadline(cid) || !hasClassWord(cid, headlineWords) && !aspNetHeadline(id) || hasClassWord(cid, widgetTitleWords) { // classID is lower case
		return 0, false
	}
	// A wrapper around the headline and more is not the headline.
	k := textLenUpTo(n, 301)
	if k > 300 {
		return srcHeading, false
	}
	inner := findFirst(n, func(c *html.Node) bool {
		return c != n && isElement(c, atom.H1, atom.H2, atom.P)
	})
	return srcHeading, inner == nil || oneParagraphTitle(n, inner, k)
}

// oneParagraphTitle reports whether the block n, of k letters, classed as
// a title, holds its text in one paragraph p and nothing else: an
// editor's title module writes the headline as the paragraph its body's
// text modules write ("<div class="se-module se-title-text"><p
// class="se-text-paragraph"><span>Headline</span></p></div>", Naver's
// SmartEditor ONE on its blogs, cafés and posts). A block with two
// paragraphs, or text beside its one, wraps more than a headline.
func oneParagraphTitle(n, p *html.Node, k int) bool {
	return p.DataAtom == atom.P && k > 0 && textLenUpTo(p, k+1) == k && findFirst(p, func(c *html.Node) bool {
		return c != p && isElement(c, atom.H1, atom.H2, atom.P)
	}) == nil
}

// aspNetHeadline reports whether id names an ASP.NET Web Forms Label or
// Literal that holds a headline, as older news modules write it with no
// class: the control's own id, last after its naming containers'
// ("ctl00_ContentPlaceHolder1_lblTitle", "MainContent_lblNewsTitle"), is
// a word of headlineWords after the prefix of the control's type
// ("lbl", "lit", "ltl").
func aspNetHeadline(id string) bool {
	if i := strings.LastIndexAny(id, "_$"); i >= 0 {
		id = id[i+1:]
	}
	if len(id) < 6 || id[0]|0x20 != 'l' {
		return false
	}
	id = strings.ToLower(id)
	for _, p := range []string{"lbl", "lit", "ltl"} {
		if rest, ok := strings.CutPrefix(id, p); ok && headlineWords.words[rest] {
			return true
		}
	}
	return false
}

// headlineNeedles are fragments one of which every word of
// headlineWords holds ("title" and "titulo" hold "tit", "artikel-
// ueberschrift" holds "berschrift"). Most elements' classes hold none.
var headlineNeedles = []string{"tit", "tytul", "head", "hed", "baslik", "judul", "naslov", "nadpis", "berschrift",
	"kop", "overskrift", "otsikko", "zagolovok", "manchete", "biaoti", "tt", "subj"}

// headlineNeedlesByFirst holds headlineNeedles by their first byte.
var headlineNeedlesByFirst = func() (by [256][]string) {
	for _, w := range headlineNeedles {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()

// mayNameHeadline reports whether a lower-case class and id string may
// hold a word of headlineWords: each of them holds one of
// headlineNeedles. These substring searches turn most classes away before
// hasClassWord splits them into words.
func mayNameHeadline(cid string) bool {
	for _, w := range headlineNeedles {
		if strings.Contains(cid, w) {
			return true
		}
	}
	return false
}

// headlineSeconds holds, for each byte a needle of headlineNeedles opens
// with, a bit for each letter that follows it in one: "i" and "y" after
// "t" ("tit", "tytul"). Most bytes of a class open no needle, and most of
// the rest are followed by no such letter.
var headlineSeconds = func() (t [256]uint32) {
	for _, w := range headlineNeedles {
		t[w[0]] |= 1 << (w[1] - 'a')
	}
	return t
}()

// mayNameHeadlineFold is mayNameHeadline of an attribute of ASCII in any
// case, not lowered. One pass over a: it runs on nearly every element,
// and compares needles only where a pair of bytes opens one
// (headlineSeconds). A byte that lowers to no letter shifts the bit out:
// (c|0x20)-'a' is then 26 or more.
func mayNameHeadlineFold(a string) bool {
	for i := 0; i+1 < len(a); i++ {
		if headlineSeconds[a[i]|0x20]&(uint32(1)<<((a[i+1]|0x20)-'a')) == 0 {
			continue
		}
		for _, w := range headlineNeedlesByFirst[a[i]|0x20] {
			if hasFoldPrefix(a[i:], w) {
				return true
			}
		}
	}
	return false
}

// furnitureWords are class and id words of the blocks around an article
// that hold headings of their own: menus, sidebars, lists of other
// stories. mastheadWords name a page's top bar, which may also hold the
// article's headline: it is furniture only when it is mostly links.
// listOnlyWords are the furnitureWords that name only the blocks around
// an article; the others (stylingFurniture: promo, teaser, toc, drawer,
// modal, related, popular) also style the block that holds its headline.
var (
	listOnlyFurniture = []string{"nav", "navbar", "navigation", "menu", "mainmenu", "sidebar", "footer",
		"sitefooter", "comments", "comment", "breadcrumb", "breadcrumbs", "newsletter", "advert",
		"advertisement", "offcanvas", "popup", "cookie", "consent", "gdpr", "most read", "mostread",
		"most popular", "more stories", "morestories"}
	stylingFurniture = []string{"related", "recommended", "popular", "trending", "promo", "teaser", "teasers",
		"drawer", "modal", "toc"}
	furnitureWords = classSetOf(slices.Concat(listOnlyFurniture, stylingFurniture)...)
	listOnlyWords  = classSetOf(listOnlyFurniture...)
	mastheadWords  = classSetOf("masthead", "site header", "siteheader", "topbar", "banner")
)

// headlineWrapper reports whether p only sets a headline: its one
// heading is an <h1> with no link that says more than a label (edgeLong:
// a product's or a section's hero block names it in a word or two), it
// holds no control, and its text is not mostly links. A list of stories
// holds a heading for each, or links them; a dialog (subscribe, sign in,
// consent) has its buttons or form.
func headlineWrapper(p *html.Node) bool {
	var h1 *html.Node
	heads, controls := 0, false
	walk(p, func(c *html.Node) bool {
		if heads > 1 || controls || c.Type != html.ElementNode {
			return false
		}
		switch {
		case isHeading(c):
			heads++
			h1 = c
			return false
		case c.DataAtom == atom.Button || c.DataAtom == atom.Form || c.DataAtom == atom.Input:
			controls = true
		}
		return true
	})
	if heads != 1 || controls || h1.DataAtom != atom.H1 || findFirst(h1, byTag(atom.A)) != nil || !edgeLong(normSpace(textOf(h1))) {
		return false
	}
	for c := h1.Parent; c != p; c = c.Parent {
		if c.DataAtom == atom.A {
			return false
		}
	}
	links, all := linkAndTextLen(p)
	return links*2 <= all
}

// furnitureOf tells whether headings sit in the page around the article,
// remembering the answer for each block it measures.
type furnitureOf struct {
	total int // the text length of the page's body
	memo  map[*html.Node]bool
}

// has reports whether a heading sits in the page around the article:
// navigation, a masthead (a page header that is mostly links), a sidebar,
// a footer, or a block whose class says so. An <article>'s own header and
// footer are not furniture, nor is a block that holds most of the page's
// text, whatever its class ("main right-sidebar" names a layout).
func (f *furnitureOf) has(n *html.Node) bool { return f.hasBut(n, nil) }

// hasBut is has with the blocks skip accepts not counted.
func (f *furnitureOf) hasBut(n *html.Node, skip func(*html.Node) bool) bool {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if isElement(p, atom.Article, atom.Main, atom.Body) {
			return false
		}
		is, ok := f.memo[p]
		if !ok {
			is = f.block(p)
			f.memo[p] = is
		}
		if is && (skip == nil || !skip(p)) {
			return true
		}
	}
	return false
}

// trailHeadline returns the index of the <h1> among vis that ends a
// breadcrumb trail (endsTrail), furniture for that alone, where it says
// what the page states as its title and no other heading does (a
// candidate outside the furniture, or one of heads, the simplified texts
// of the page's <h2>-<h4>s); -1 for none. The trail's last step is the page itself: a theme
// that sets its title there ("<ul class=breadcrumb><li><a>Leben</a></li>
// <li><a>Drinks</a></li><li><h1>Headline</h1></li></ul>") sets the
// headline, unless the page shows one elsewhere (an SEO title in the
// trail, the story's headline in the article).
func trailHeadline(vis, stated []titleCand, heads map[string]bool, furn *furnitureOf) int {
	keys := make([]string, len(stated))
	for i, s := range stated {
		keys[i] = simplify(s.text)
		if heads[keys[i]] {
			return -1
		}
	}
	says := func(c titleCand) bool { return slices.Contains(keys, simplify(c.text)) }
	found := -1
	for i, c := range vis {
		if !c.furniture {
			if says(c) {
				return -1
			}
			continue
		}
		if found >= 0 || c.src != srcH1 {
			continue
		}
		// The outermost block of the trail: "<nav class=breadcrumb><ol
		// class=breadcrumb-list><li class=breadcrumb-item>".
		var trail *html.Node
		for p := c.node.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
			if isBreadcrumb(p) {
				trail = p
			}
		}
		if trail != nil && endsTrail(c.node, trail) && !furn.hasBut(c.node, isBreadcrumb) && says(c) {
			found = i
		}
	}
	return found
}

// endsTrail reports whether n is an <h1> with no link that ends the
// breadcrumb trail p: no text follows it in the trail.
func endsTrail(n, p *html.Node) bool {
	if n.DataAtom != atom.H1 || findFirst(n, byTag(atom.A)) != nil {
		return false
	}
	for c := n; c != p; c = c.Parent {
		for s := c.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" || s.Type == html.ElementNode && textLenUpTo(s, 1) > 0 {
				return false
			}
		}
	}
	return true
}

func (f *furnitureOf) block(p *html.Node) bool {
	// A page header is a masthead when its own text, its menus and
	// share bars left aside, is mostly links (a logo, a tagline linked
	// home); one that wraps the menus and the article's header is not,
	// nor is a story's header outside its <article> that sets the
	// headline between its section's links and its share buttons
	// ("Facebook", "Email"). A banner landmark is one when its text,
	// its share bars left aside, is mostly links.
	linkyBut := func(menus bool) bool {
		links, all := linkAndTextLen(p)
		walk(p, func(c *html.Node) bool {
			if c != p && c.Type == html.ElementNode && (menus && c.DataAtom == atom.Nav || shareBar(c)) {
				l, a := linkAndTextLen(c)
				links -= l
				all -= a
				return false
			}
			return true
		})
		return links*2 > all
	}
	mastLinky := func() bool { return linkyBut(true) }
	switch p.DataAtom {
	case atom.Nav:
		return true
	case atom.Aside, atom.Footer:
		return !hasAncestor(p, byTag(atom.Article))
	case atom.Header:
		if !hasAncestor(p, byTag(atom.Article, atom.Main)) && mastLinky() {
			return true
		}
	}
	switch strings.ToLower(attr(p, "role")) {
	case "navigation", "complementary", "contentinfo", "menu", "menubar":
		return true
	case "banner":
		return linkyBut(false)
	}
	cid := joinClassID(withoutLayoutClasses(withoutTermClasses(attr(p, "class"))), attr(p, "id"))
	if cid == "" {
		return false
	}
	lower := asciiLower(cid)
	switch {
	case classKinds(cid)&kindKeep != 0:
		return false
	case hasClassWord(lower, furnitureWords):
		if textLenUpTo(p, f.total/2+1) > f.total/2 {
			return false
		}
		// A word that styles a block as much as it names a list of
		// stories ("article-hero promo-wrap", "teaser teaser--lead")
		// does not make furniture of a block that only sets a headline.
		return hasClassWord(lower, listOnlyWords) || !headlineWrapper(p)
	case hasClassWord(lower, mastheadWords):
		return mastLinky()
	}
	return false
}

// shareBarWords are class and id words of a bar of share buttons.
var shareBarWords = classSetOf("share", "shares", "sharing", "sharebar", "sharedaddy", "social", "socials", "share buttons", "social share")

// shareBar reports whether n is a bar of share buttons, as its class or
// id says (shareBarWords).
func shareBar(n *html.Node) bool {
	c, id := classAndID(n)
	if c == "" && id == "" || !strings.Contains(c, "s") && !strings.Contains(c, "S") && !strings.Contains(id, "s") && !strings.Contains(id, "S") {
		return false
	}
	return hasClassWord(asciiLower(joinClassID(c, id)), shareBarWords)
}

// withoutTermClasses returns a class attribute without the classes that
// name the post's terms rather than the block's role: WordPress's
// post_class() writes each category and tag of a post into its wrapper
// ("post-123 post hentry category-popular tag-menu"), and Drupal's
// taxonomy classes do the same ("taxonomy-term-newsletter"); a post
// filed under "Popular" is no list of popular stories.
func withoutTermClasses(class string) string {
	if !strings.Contains(class, "category-") && !strings.Contains(class, "tag-") && !strings.Contains(class, "taxonomy-") {
		return class
	}
	f := strings.Fields(class)
	out := f[:0]
	for _, c := range f {
		l := strings.ToLower(c)
		if strings.HasPrefix(l, "category-") || strings.HasPrefix(l, "tag-") || strings.HasPrefix(l, "taxonomy-") {
			continue
		}
		out = append(out, c)
	}
	return strings.Join(out, " ")
}

// sidebarLayouts are the words before "sidebar" in a class that names a
// layout with a sidebar beside the article rather than the sidebar:
// "has-sidebar", "with-sidebar", "no-sidebar", Impreza's "l-section
// for_sidebar at_right" around the post and its sidebar, Genesis's
// "content-sidebar-wrap".
var sidebarLayouts = setOf("has", "with", "for", "no", "without", "content")

// withoutLayoutClasses returns a class attribute without the classes that
// name such a layout (sidebarLayouts): the block holds the article, its
// headline included, whatever share of the page's text comments or
// teasers after it take.
func withoutLayoutClasses(class string) string {
	if !strings.Contains(strings.ToLower(class), "sidebar") {
		return class
	}
	f := strings.Fields(class)
	out := f[:0]
	for _, c := range f {
		layout := false
		for w, prev := range classWords(asciiLower(c)) {
			if (w == "sidebar" || w == "sidebars") && sidebarLayouts[prev] {
				layout = true
				break
			}
		}
		if !layout {
			out = append(out, c)
		}
	}
	return strings.Join(out, " ")
}

// headlineInfo is the element that closes headline h after a line break,
// an info line with a date, as PHPCMS's article template and others set
// it inside the <h1>: "<h1>标题<br /><span>2024-03-05 14:22:31 来源：江州日报
// 评论：0</span></h1>". Nil when h has none: only space may follow it, and
// its text must hold a whole date, not a year alone.
func headlineInfo(h *html.Node) *html.Node {
	c := pastBlank(h.LastChild, prevSibling)
	if c == nil || c.Type != html.ElementNode || c.DataAtom == atom.Br {
		return nil
	}
	p := neighbour(c, prevSibling)
	if p == nil || p.DataAtom != atom.Br || p.PrevSibling == nil {
		return nil
	}
	if t := textOfUpTo(c, 200); t == "" || len(t) > 200 || !hasYearOrEpoch(t) {
		return nil
	} else if _, ok := parseDate(t, false); !ok {
		return nil // "<h1>电影回顾<br><small>2023</small></h1>": a year, no date
	}
	return c
}

// textBeforeInfo is the text of headline h before its info element
// (headlineInfo).
func textBeforeInfo(h, info *html.Node) string {
	var b strings.Builder
	for c := h.FirstChild; c != nil && c != info; c = c.NextSibling {
		b.WriteString(" ")
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		} else {
			b.WriteString(textOfUpTo(c, 400))
		}
	}
	return normSpace(b.String())
}
