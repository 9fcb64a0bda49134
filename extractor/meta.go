package extractor

import (
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is every machine-readable statement a page makes about itself,
// collected from the untouched tree before any cleaning.
type pageMeta struct {
	tags  map[string][]string // <meta> name/property, lower-cased
	times []string            // datetime of every <time> element
	// teaserTimes are the datetimes of the <time> elements that date a
	// list's entries linking other stories (teaserEntryTime), the
	// link to the story before or after (prevNextRow) or a row of one
	// other story's linked headline (linkedTeaserRow), left out of
	// times: they still count as <time>s the page holds.
	teaserTimes []string
	// mfDates are the first microformat publication and update dates
	// (hAtom, h-entry), by kind (microformat.go).
	mfDates map[string]string
	// authorPages maps the author pages the page links to (outside
	// navigation, footers and comment threads) to the first name-like
	// text of a link.
	authorPages map[string]string
	// commentPages maps the author pages that links inside a comment
	// thread point to, to the text of the first such link.
	commentPages map[string]string
	ld           []map[string]any    // JSON-LD objects, @graph flattened
	itemprop     map[string][]string // microdata values
	// itemDates are the microdata datePublished, dateCreated and dateModified values
	// (keys lower case), each with the page its item is another story's
	// (itemCardLink).
	itemDates map[string][]itemDate
	baseHref  string       // the first <base href>, against which links resolve
	base      *html.Node   // the first <base>, as findFirst finds it; nil when none
	tagLinks  []*html.Node // the <a rel=tag> links (isTagLink), in page order
	elements  int          // the page's element nodes, all of them
	// crumbs are the page's breadcrumb trails (isBreadcrumb), in page
	// order, noted in the walk that counts the elements; crumbsStale once
	// the tree has changed since (breadcrumbs).
	crumbs       []*html.Node
	crumbsStale  bool
	authorsMicro []string
	links        map[string]string // rel -> href (first of each)
	relAuthors   []string
	logins       map[string]string // an author link's login text -> the full name its title gives (addLogin)
	lang         string
	scripts      []string // inline script data, for scriptDate
	hrefs        []string // every <a href>, <area href>, as written
	feeds        []string // <link rel=alternate> feeds, as written
	// Where a personal site names its owner (authorowner.go).
	docTitle   string
	homeLinks  []string
	copyrights []string
	portraits  [][2]string // the alt text and file name of pictures that may be portraits (addPortrait)
	// footCopyright is the first of copyrights in the page's footer.
	footCopyright string
	tagline       string // the blog's description under its name (classMarks)
	// answers are a QAPage's answer items, in page order (threads.go).
	answers []qaAnswer
}

// collectMeta reads the page's metadata in one walk of doc, the page at
// address page (nil when unknown). The links (hrefs) only a crawl reads
// are gathered when links is true.
func collectMeta(doc *html.Node, page *url.URL, links bool) *pageMeta {
	m := &pageMeta{tags: map[string][]string{}, itemprop: map[string][]string{}, links: map[string]string{}}
	visit := func(n *html.Node) bool {
		if n.Type == html.TextNode {
			m.addCopyright(n)
		}
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Base:
			if m.base == nil {
				m.base = n
			}
			if m.baseHref == "" {
				m.baseHref = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Title:
			if m.docTitle == "" {
				m.docTitle = normSpace(textOf(n))
			}
		case atom.Html:
			m.lang = attr(n, "lang")
			if m.lang == "" {
				m.lang = attr(n, "xml:lang")
			}
		case atom.Meta:
			// A date's <meta> may state it in a datetime attribute, as
			// <time> does (htmldate reads both).
			content := strings.TrimSpace(html.UnescapeString(firstNonEmpty(attr(n, "content"), attr(n, "datetime"))))
			if content == "" {
				return true
			}
			if strings.EqualFold(attr(n, "pubdate"), "pubdate") {
				m.addTag("pubdate", content) // HTML5 drafts' <meta pubdate>
			}
			if strings.EqualFold(attr(n, "name"), "script:ld+json") {
				// Remix and React Router meta exports render a page's
				// JSON-LD as a <meta> when the app misuses them.
				m.ld = append(m.ld, parseJSONLD(attr(n, "content"))...)
				return false
			}
			for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
				if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
					if strings.Contains(key, ": ") {
						// Sina's "weibo: article:create_at": a prefix and
						// its colon are one name with what follows.
						key = reColonSpace.ReplaceAllString(key, ":")
					}
					for _, key := range strings.Fields(key) {
						m.addTag(key, content)
					}
				}
			}
			return false
		case atom.Link:
			rel := strings.ToLower(attr(n, "rel"))
			for _, r := range strings.Fields(rel) {
				if _, ok := m.links[r]; !ok && attr(n, "href") != "" {
					m.links[r] = strings.TrimSpace(attr(n, "href"))
				}
			}
			if typ := strings.ToLower(attr(n, "type")); strings.Contains(rel, "alternate") &&
				(strings.Contains(typ, "rss") || strings.Contains(typ, "atom") || strings.Contains(typ, "feed+json")) {
				m.feeds = append(m.feeds, strings.TrimSpace(attr(n, "href")))
			}
			return false
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.ld = append(m.ld, parseJSONLD(n.FirstChild.Data)...)
			} else if n.FirstChild != nil && len(m.scripts) < 64 {
				m.scripts = append(m.scripts, n.FirstChild.Data)
			}
			return false
		case atom.Style, atom.Template, atom.Svg:
			return false
		case atom.Img:
			m.addPortrait(n)
		case atom.Time, 0, atom.Abbr, atom.Span, atom.Div, atom.P, atom.Li:
			// The same datetime twice (a desktop and a mobile byline) is
			// one statement.
			d, _ := timeStamp(n)
			switch {
			case d == "" || slices.Contains(m.times, d) || othersTime(n) || eventDate(n):
				// none, one read already, or another's
			case n.DataAtom == atom.Time && (teaserEntryTime(n) || prevNextRow(n) || linkedTeaserRow(n, page)):
				if !slices.Contains(m.teaserTimes, d) {
					m.teaserTimes = append(m.teaserTimes, d)
				}
			default:
				m.times = append(m.times, d)
			}
		case atom.A, atom.Area:
			if isTagLink(n) {
				m.tagLinks = append(m.tagLinks, n)
			}
			// Only a crawl reads the links (ExtractPage). Neither word
			// holds a letter a rune outside ASCII lower-cases to:
			// hasFoldASCII finds what strings.ToLower would.
			if links {
				if h := strings.TrimSpace(attr(n, "href")); h != "" && !hasFoldASCII(attr(n, "rel"), "nofollow") {
					m.hrefs = append(m.hrefs, h)
				}
			}
			if n.DataAtom == atom.A && hasFoldASCII(attr(n, "rel"), "author") {
				if t := textOf(n); t != "" && len(t) < 80 {
					if full := loginTitleName(n, t); full != "" {
						m.addLogin(t, full)
					}
					m.relAuthors = append(m.relAuthors, t)
				}
			}
			if n.DataAtom == atom.A {
				m.addHomeLink(n)
			}
			// Once two author pages are known, oneAuthorPage names none,
			// whatever more links say: the rest are not read.
			if n.DataAtom == atom.A && len(m.authorPages) < 2 && isAuthorLink(n) {
				m.addAuthorLink(n)
			}
		}
		prop, class, rdfa := statementAttrs(n)
		if prop != "" {
			m.addItemprop(n, strings.ToLower(prop))
		}
		tagline, dated := classMarks(class)
		if m.tagline == "" && tagline && textLenUpTo(n, 201) <= 200 {
			m.tagline = normSpace(textOf(n))
		}
		if dated {
			m.addMicroformatDate(n, class)
		}
		if rdfa {
			if f, ok := rdfaOf(n); ok {
				for _, p := range f.schema {
					m.addItemprop(n, p)
				}
				for _, kv := range f.dc {
					m.addTag(kv[0], kv[1])
				}
				if f.creator {
					m.addItemprop(n, "author")
				}
			}
		}
		return true
	}
	// walk's order, written out: visit is called directly, as walk
	// called it.
	for n := doc; n != nil; {
		if n.Type == html.ElementNode {
			m.elements++
			m.noteCrumb(n)
		}
		descend := visit(n)
		if !descend && n.FirstChild != nil {
			m.passOver(n)
		}
		n = nextInTree(n, doc, descend)
	}
	m.parselyPage()
	return m
}

// passOver reads below n, a node whose subtree collectMeta's walk does not
// descend into (a <template>, an <svg>; void and raw-text elements hold
// nothing), what a walk of the whole page reads there: its elements, the
// first <base> and the tag links. extract's limit on elements, extractDoc
// and resolveTags take them from collectMeta rather than walk the page
// again.
func (m *pageMeta) passOver(n *html.Node) {
	walk(n, func(c *html.Node) bool {
		if c == n || c.Type != html.ElementNode {
			return true // n itself was visited
		}
		m.elements++
		m.noteCrumb(c)
		if m.base == nil && c.DataAtom == atom.Base {
			m.base = c
		}
		if isTagLink(c) {
			m.tagLinks = append(m.tagLinks, c)
		}
		return true
	})
}

// classMarks reports, in one pass over a class attribute, what
// collectMeta asks of every element's: whether it is the class of a blog's
// description under its name (tagline: Blogger's header's "<p
// class='description'>", WordPress themes' "site-description", others'
// "blog-description" and "tagline"), and whether it holds a microformat's
// date class, "published" or "updated" (dated: addMicroformatDate reads
// which). Each of these words holds a pair of letters that most classes
// do not (classPairs): the words are compared only where a pair is.
func classMarks(class string) (tagline, dated bool) {
	tagline = class == "description"
	for i := 1; i+1 < len(class); i++ {
		if next := classPairs[class[i]]; next == 0 || class[i+1] != next {
			continue
		}
		switch class[i] {
		case 'g': // ta[gl]ine
			tagline = tagline || i >= 2 && strings.HasPrefix(class[i-2:], "tagline")
		case 'r': // site-desc[ri]ption, blog-desc[ri]ption
			tagline = tagline || i >= 9 && strings.HasPrefix(class[i-5:], "-description") && (class[i-9:i-5] == "site" || class[i-9:i-5] == "blog")
		case 'b': // pu[bl]ished
			dated = dated || i >= 2 && strings.HasPrefix(class[i-2:], "published")
		case 'p': // u[pd]ated
			dated = dated || strings.HasPrefix(class[i-1:], "updated")
		}
	}
	return tagline, dated
}

// classPairs holds, for the first letter of each pair that classMarks
// looks for, the letter after it; 0 for every other byte.
var classPairs = func() (t [256]byte) {
	t['g'], t['r'], t['b'], t['p'] = 'l', 'i', 'l', 'd'
	return t
}()

// noteCrumb records n, an element, when it is a breadcrumb trail.
func (m *pageMeta) noteCrumb(n *html.Node) {
	if isBreadcrumb(n) {
		m.crumbs = append(m.crumbs, n)
	}
}

// isTagLink reports whether n is a link to a tag's page: <a rel=tag>
// (microformats' rel-tag), the page's tags when its metadata states none.
func isTagLink(n *html.Node) bool {
	if !isElement(n, atom.A) {
		return false
	}
	rel := attr(n, "rel") // most links have none: nothing to copy
	return rel != "" && strings.Contains(" "+strings.ToLower(rel)+" ", " tag ")
}

// statementAttrs reads, in one pass over n's attributes, what collectMeta
// asks of every element, as attr reads each: its itemprop, its class, and
// whether its property or its rel is set (RDFa).
func statementAttrs(n *html.Node) (prop, class string, rdfa bool) {
	var seen uint8 // itemprop, class, property, rel: attr reads the first
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if seen&1 == 0 {
				prop, seen = a.Val, seen|1
			}
		case "class":
			if seen&2 == 0 {
				class, seen = a.Val, seen|2
			}
		case "property":
			if seen&4 == 0 {
				rdfa, seen = rdfa || a.Val != "", seen|4
			}
		case "rel":
			if seen&8 == 0 {
				rdfa, seen = rdfa || a.Val != "", seen|8
			}
		}
	}
	return prop, class, rdfa
}

// reColonSpace is a colon and the spaces after it.
var reColonSpace = regexp.MustCompile(`:\s+`)

// addTag records a <meta> statement. Dublin Core has two spellings, the
// DC-HTML name ("DC.date", "dcterms.created") and the RDFa CURIE
// ("dc:date", "dcterms:created"): a CURIE is recorded under the name too,
// so that readers look up one.
func (m *pageMeta) addTag(key, content string) {
	m.tags[key] = append(m.tags[key], content)
	for _, k := range dcNames(key) {
		if !slices.Contains(m.tags[k], content) {
			m.tags[k] = append(m.tags[k], content)
		}
	}
}

func (m *pageMeta) addItemprop(n *html.Node, props string) {
	for _, prop := range strings.Fields(props) {
		m.noteAnswer(n, prop)
		if prop == "author" || prop == "creator" {
			if replyItem(nearestItem(n)) {
				continue
			}
			name := ""
			if inner := findFirst(n, func(c *html.Node) bool {
				return c != n && (strings.Contains(strings.ToLower(attr(c, "itemprop")), "name") ||
					slices.Contains(rdfaNames, strings.ToLower(attr(c, "property"))))
			}); inner != nil {
				name = firstNonEmpty(attr(inner, "content"), textOf(inner))
			} else if attr(n, "itemscope") == "" && attr(n, "typeof") == "" && n.FirstChild != nil {
				name = firstNonEmpty(attr(n, "content"), textOf(n))
			}
			if name != "" && len(name) < 120 {
				m.authorsMicro = append(m.authorsMicro, name)
			}
			continue
		}
		v := firstNonEmpty(attr(n, "content"), attr(n, "datetime"))
		if v == "" && !isElement(n, atom.Meta, atom.Link) && attr(n, "itemscope") == "" {
			if t := textOfUpTo(n, 400); len(t) < 400 {
				v = t
			}
		}
		if v != "" {
			m.itemprop[prop] = append(m.itemprop[prop], v)
			if prop == "datepublished" || prop == "datemodified" || prop == "datecreated" && ownItem(n) {
				if m.itemDates == nil {
					m.itemDates = map[string][]itemDate{}
				}
				m.itemDates[prop] = append(m.itemDates[prop], itemDate{v: v, card: itemCardLink(n)})
			}
		}
	}
}

// ownItem reports whether n's item may be the page's own: no item, or a
// top-level one that is no comment. schema.org's Comment and Answer date
// themselves by dateCreated, nested in the post or standing alone in a
// thread.
func ownItem(n *html.Node) bool {
	item := nearestItem(n)
	return item == nil || nearestItem(item) == nil && !strings.Contains(attr(item, "itemtype"), "Comment") && !strings.Contains(attr(item, "itemtype"), "Answer")
}

// replyItem reports whether item is a microdata item of a reply: a
// Comment (a forum's reply, Discourse's page for crawlers; a reader's
// comment under a post) or an Answer. Its author wrote the reply, not
// the page's story or thread.
func replyItem(item *html.Node) bool {
	if item == nil {
		return false
	}
	t := attr(item, "itemtype")
	return strings.HasSuffix(t, "/Comment") || strings.HasSuffix(t, "/Answer")
}

// itemDate is a microdata date and the address of the story its item is
// a card of ("": none, the page's own as far as its markup says).
type itemDate struct{ v, card string }

// itemCardLink is the address a microdata property's item links as its
// own when that item is nested in another (a related post, a teaser
// card, an ItemList's entry inside the page's Article or WebPage): its
// itemprop="url" or mainEntityOfPage, else the link of its headline or
// name, else of its first heading; the item's first title, linked or
// not, ends the search (an unlinked one: ""). A property belongs to its
// nearest item (schema.org's microdata model); a nested item that names
// its own page is another story, whose date is not the page's. A
// nested item that links nothing is the page's (""). In a top-level item
// the property may stand in a card that has no item of its own
// (unscopedCardLink).
func itemCardLink(n *html.Node) string {
	item := nearestItem(n)
	if item == nil {
		return ""
	}
	if nearestItem(item) == nil {
		return unscopedCardLink(n, item)
	}
	var link string
	findFirst(item, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c == item || nearestItem(c) != item {
			return false // the item's own properties, not a nested author's
		}
		switch strings.ToLower(attr(c, "itemprop")) {
		case "url", "mainentityofpage":
			link = firstNonEmpty(attr(c, "href"), attr(c, "content"))
			return link != ""
		case "headline", "name":
			link = headingHref(c)
			return true // the item's title: linked or not, it names the item
		}
		if isHeading(c) {
			link = headingHref(c)
			return true
		}
		return false
	})
	return strings.TrimSpace(link)
}

// unscopedCardLink is the link of the heading of the card n sits in
// inside item, a card without an item of its own (a related strip's
// "<div><h3><a href=…>…</a></h3><time itemprop=datePublished …>"): the
// lowest of n's next few ancestors below item that holds a heading (not
// holding n) gives it. The headline (h1), an unlinked heading and an
// author box's name give "": the date is the item's.
func unscopedCardLink(n, item *html.Node) string {
	p := n.Parent
	for i := 0; i < 4 && p != nil && p != item; i++ {
		if h := findFirst(p, func(c *html.Node) bool {
			return isHeading(c) && !isInside(n, c)
		}); h != nil {
			if h.DataAtom == atom.H1 {
				return ""
			}
			return strings.TrimSpace(headingHref(h))
		}
		p = p.Parent
	}
	return ""
}

// nearestItem is the nearest element above n that opens a microdata
// item (itemscope), or nil.
func nearestItem(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && hasAttr(p, "itemscope") {
			return p
		}
	}
	return nil
}

// headingHref is the href of the link a heading is, sits in or mostly
// consists of (headingLink), or "": an author's page (isAuthorLink, an
// author box's name) is no story's.
func headingHref(h *html.Node) string {
	if a := headingLink(h); a != nil && !isAuthorLink(a) {
		return attr(a, "href")
	}
	return ""
}

// tag returns the first value of the first <meta> key present.
func (m *pageMeta) tag(keys ...string) (string, string) {
	for _, k := range keys {
		for _, v := range m.tags[k] {
			if v != "" {
				return v, k
			}
		}
	}
	return "", ""
}

var (
	reCDATA        = regexp.MustCompile(`^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$`)
	reWebPage      = regexp.MustCompile(`WebPage$`)
	reEpisodeTypes = regexp.MustCompile(`(?i)^(?:\w+:)?(?:PodcastEpisode|RadioEpisode)$`)
	reArticleTypes = regexp.MustCompile(`(?i)^(?:\w+:)?(?:Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Recipe|Review|CreativeWork|HowTo|VideoObject)$`)
)

// The kinds of page a page may declare itself in JSON-LD or OpenGraph
// (Page.Type).
const (
	// TypeArticle: a JSON-LD Article, NewsArticle, BlogPosting or the like,
	// or og:type article.
	TypeArticle = "article"
	// TypeListing: a JSON-LD CollectionPage (category, tag and archive
	// pages), SearchResultsPage, ProfilePage (author pages), AboutPage or
	// ContactPage, or og:type profile.
	TypeListing = "listing"
)

var (
	reNewsTypes    = regexp.MustCompile(`^(?:\w+:)?(?:Article|\w*NewsArticle|Report|SatiricalArticle|\w*ScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|TechArticle)$`)
	reListingTypes = regexp.MustCompile(`^(?:\w+:)?(?:CollectionPage|SearchResultsPage|ProfilePage|AboutPage|ContactPage)$`)
)

// declaredType is the kind of page the page declares itself: TypeArticle,
// TypeListing or "". JSON-LD comes before og:type, which some sites set to
// "article" on every page.
func (m *pageMeta) declaredType() string {
	listing := false
	for _, o := range m.ld {
		if ldHasType(o, reNewsTypes) {
			return TypeArticle
		}
		listing = listing || ldHasType(o, reListingTypes)
	}
	if listing {
		return TypeListing
	}
	og, _ := m.tag("og:type")
	switch strings.ToLower(strings.TrimSpace(og)) {
	case "article":
		return TypeArticle
	case "profile":
		return TypeListing
	}
	return ""
}

// parseJSONLD decodes one JSON-LD script leniently (CDATA wrappers, raw
// control characters, trailing semicolons and commas, comments are common)
// and flattens arrays,
// @graph and mainEntity into a list of objects.
func parseJSONLD(src string) []map[string]any {
	if strings.Contains(src, "CDATA") {
		src = reCDATA.ReplaceAllString(src, "")
	}
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(src, ";")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		fixed := spaceControls(src)
		if json.Unmarshal([]byte(fixed), &v) != nil && json.Unmarshal([]byte(spaceControls(relaxJSON(src))), &v) != nil {
			v = jsonValues(fixed)
		}
	}
	var out []map[string]any
	var flatten func(any, int)
	flatten = func(v any, depth int) {
		if depth > 6 || len(out) > 200 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				flatten(e, depth+1)
			}
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				flatten(g, depth+1)
			}
			if _, ok := t["@type"]; ok || baiduTimeFactor(t) {
				out = append(out, t)
			}
			if me, ok := t["mainEntity"].(map[string]any); ok {
				flatten(me, depth+1)
			}
		}
	}
	flatten(v, 0)
	return out
}

// baiduTimeFactor reports whether o, a JSON-LD object without a type, is
// the one Baidu's search asks sites to write, its "time factor", in its
// own vocabulary ("@context": "https://ziyuan.baidu.com/contexts/
// cambrian.jsonld"): the page's "pubDate" and "upDate"
// (ldPublishedKeys), which many Chinese sites state nowhere else.
func baiduTimeFactor(o map[string]any) bool {
	ctx, _ := o["@context"].(string)
	return strings.Contains(ctx, "ziyuan.baidu.com")
}

// spaceControls turns the line breaks and tabs of s into spaces: JSON
// forbids them raw inside strings, where CMSs leave them.
func spaceControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// relaxJSON removes from src what JavaScript allows and JSON does not, as
// extruct's fallback parser (jstyleson) does: a comma before a closing
// brace or bracket ("…"datePublished":"2024-05-16",}"), and comments, "//"
// to the end of the line and "/* … */". Strings are copied as they are.
func relaxJSON(src string) string {
	var b strings.Builder
	b.Grow(len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j, len(src)-1)
			b.WriteString(src[i : j+1])
			i = j
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return b.String()
			}
			i += end + 3
		case c == ',':
			j := i + 1
			for j < len(src) && (src[j] == ' ' || src[j] == '\n' || src[j] == '\r' || src[j] == '\t') {
				j++
			}
			if j < len(src) && (src[j] == '}' || src[j] == ']') {
				continue
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// jsonValues decodes the JSON values that open src one after the other,
// up to the first that does not decode: a script that holds two objects
// side by side, or one with a stray closing brace after it, as htmldate
// repairs (extractors.py, json_search). nil when none decodes.
func jsonValues(src string) any {
	var vs []any
	dec := json.NewDecoder(strings.NewReader(src))
	for len(vs) < 16 {
		var v any
		if dec.Decode(&v) != nil {
			break
		}
		vs = append(vs, v)
	}
	if vs == nil {
		return nil
	}
	return vs
}

// ldTypes returns the @type values of a JSON-LD object.
func ldTypes(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func ldHasType(o map[string]any, re *regexp.Regexp) bool {
	for _, t := range ldTypes(o) {
		if re.MatchString(t) {
			return true
		}
	}
	return false
}

// ldArticle is the JSON-LD object that describes the article, or nil.
func (m *pageMeta) ldArticle() map[string]any {
	for _, o := range m.ld {
		if ldHasType(o, reArticleTypes) {
			return o
		}
	}
	for _, o := range m.ld {
		if ldHasType(o, reWebPage) && o["headline"] != nil {
			return o
		}
	}
	// A podcast's episode page states the episode as the page's work
	// (PodcastEpisode, as podcast hosts and plug-ins write it), where no
	// article or web page says more: its name is the page's title, its
	// date the episode's.
	for _, o := range m.ld {
		if ldHasType(o, reEpisodeTypes) {
			return o
		}
	}
	// A template that leaves the type out ("@type": []) still states the
	// article's headline and author.
	for _, o := range m.ld {
		if len(ldTypes(o)) == 0 && o["headline"] != nil && (o["author"] != nil || o["datePublished"] != nil) {
			return o
		}
	}
	return nil
}

func (m *pageMeta) ldOfType(re *regexp.Regexp) map[string]any {
	for _, o := range m.ld {
		if ldHasType(o, re) {
			return o
		}
	}
	return nil
}

// ldResolve follows an {"@id": ...} reference to the object it names.
func (m *pageMeta) ldResolve(v any) any {
	ref, ok := v.(map[string]any)
	if !ok {
		if list, ok := v.([]any); ok {
			out := make([]any, len(list))
			for i, e := range list {
				out[i] = m.ldResolve(e)
			}
			return out
		}
		return v
	}
	id, _ := ref["@id"].(string)
	if id == "" || ref["name"] != nil {
		return v
	}
	for _, o := range m.ld {
		if o["@id"] == id {
			return o
		}
	}
	return v
}

// timeStamp reports whether n is an element that states a time, and the
// instant it gives in an attribute ("" when only its text does): HTML's
// <time datetime>, the <date> some templates invent, AMP's <amp-timeago
// datetime> and jQuery's timeago, an element classed timeago whose title
// holds the ISO instant ("<abbr class=timeago title=2024-05-16T10:21:00Z>3
// days ago</abbr>").
func timeStamp(n *html.Node) (string, bool) {
	switch n.DataAtom {
	case atom.Time:
		if d := strings.TrimSpace(attr(n, "datetime")); d != "" {
			return d, true
		}
		return dataStamp(n), true // "<time data-time=1715853660>Thursday</time>"
	case 0:
		switch n.Data {
		case "date", "amp-timeago":
			return strings.TrimSpace(attr(n, "datetime")), true
		}
	case atom.Abbr, atom.Span, atom.Div, atom.P, atom.Li:
		// The title is looked up first: most elements have none.
		if t := strings.TrimSpace(attr(n, "title")); len(t) >= 10 && asciiDigit(rune(t[0])) >= 0 && hasFoldASCII(attr(n, "class"), "timeago") {
			return t, true
		}
		if t := dataStamp(n); t != "" {
			return t, true
		}
	}
	return "", false
}

// dataStamp is the instant that n, an element classed a date, a time or
// a timestamp, holds in a data attribute while its text shows only a
// weekday or a relative time, as Facebook's and many CMSs' scripts set
// it: an epoch in seconds or milliseconds ("<abbr class=timestamp
// data-utime=1715853660>Thursday</abbr>", data-time, data-timestamp,
// data-val),
// returned as it stands so that parseDate reads it as an epoch (shown in
// the zone the page's language implies, when.format), or an ISO date
// (data-date, data-published, moment.js pages' data-datetime). A <time>
// without datetime needs no class; a <div>, <p> or <li> is read so as a
// <span> is (<div class="date" data-date="2024-05-16">Thursday</div>)
// when its text is short. A text that holds its own date is read as it
// stands: the epoch's UTC day may not be the day the page shows.
func dataStamp(n *html.Node) string {
	for _, a := range n.Attr {
		if !strings.HasPrefix(a.Key, "data-") {
			continue
		}
		v := strings.TrimSpace(a.Val)
		switch a.Key {
		case "data-utime", "data-time", "data-timestamp", "data-val":
			// "data-val": Sohu's template and the portals built on it
			// ("<span class="time" id="news-time" data-val=
			// "1709619720000">", the text filled by script).
			if len(v) != 10 && len(v) != 13 || !isDigits(v) {
				continue
			}
		case "data-date", "data-published", "data-datetime":
			if len(v) < 10 || v[4] != '-' || asciiDigit(rune(v[0])) < 0 {
				continue
			}
		default:
			continue
		}
		if c := attr(n, "class"); n.DataAtom != atom.Time && !hasFoldASCII(c, "date") && !hasFoldASCII(c, "time") {
			return ""
		}
		// A block so classed is read as a stamp, not as a block that
		// holds more than the weekday or the age it shows.
		inline := n.DataAtom == atom.Time || n.DataAtom == atom.Span || n.DataAtom == atom.Abbr
		// An empty element is one the script fills in ("<span
		// class="time" data-time="1709619720000"></span>"): no text of
		// its own (hasYearOrEpoch holds for "").
		if t := textOf(n); t != "" && hasYearOrEpoch(t) || !inline && len(t) > 64 {
			return ""
		}
		return v
	}
	return ""
}

// othersTime reports whether n, a <time>, dates what others wrote or
// another page: it stands in a comment thread ("comments-area",
// "comment-list", a reply's "comment-meta"; not an opinion section's
// "commentary") or in an <aside> outside any
// <article> (a sidebar's latest posts), or in a quotation (an embedded
// post: Instagram's "A post shared by … on <time>"). A page that shows no
// date of its own must not take a comment's or a sidebar entry's as its
// only <time>.
func othersTime(n *html.Node) bool {
	inAside := false
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Blockquote:
			return true
		case atom.Article:
			return false
		case atom.Aside:
			inAside = true
			continue
		case atom.Body, atom.Html, atom.Main:
			continue
		}
		for _, tok := range strings.Fields(classID(p)) {
			if commentToken(tok) {
				return true
			}
		}
	}
	return inAside
}
