package extractor

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSource is where a title candidate comes from.
type titleSource uint8

const (
	srcJSONLD    titleSource = iota // JSON-LD headline or name (@graph included)
	srcOG                           // og:title
	srcTwitter                      // twitter:title
	srcCitation                     // citation_title (Highwire, Google Scholar)
	srcDC                           // dc.title, dcterms.title
	srcParsely                      // parsely-title, sailthru.title, <meta name=title>
	srcMicrodata                    // itemprop=headline
	srcTitleTag                     // <title>
	srcH1                           // a visible <h1>
	srcHeading                      // a visible element whose class says headline or title
	nTitleSources
)

// structured reports whether the source is a statement the page makes about
// itself for machines, rather than its <title> or its visible text.
func (s titleSource) structured() bool { return s < srcTitleTag }

func (s titleSource) visible() bool { return s >= srcH1 }

// titleCand is one way the page names its article, cleaned of the site's
// name and decorations, with the evidence the choice weighs.
type titleCand struct {
	text string
	raw  string // the source's text before cleaning
	src  titleSource
	prov string // Provenance value when chosen
	// suffix holds the segments the cleaning cut from the end of the
	// source's text (a section, the site): resolveSection reads them.
	suffix []string

	// Visible candidates only.
	node      *html.Node
	order     int     // rank among the visible candidates, in page order
	at        float64 // share of the page's text before it: 0 at the top
	furniture bool    // inside navigation, a page header (masthead), an aside, a footer or a furniture class
	inArticle bool    // inside <article> or <main>
	inLink    bool    // its text is a link to another page: a teaser
	homeLink  bool    // its text is a link to the site's or a section's front page

	// Evidence from the other candidates, set by relate.
	agreeMeta    int     // other structured sources and the <title> that give the same text
	agreeVisible bool    // a visible heading outside the furniture gives the same text
	confirmed    bool    // a stated title whose text is a heading's (splitByHeadings)
	rank         int     // among the <h1>s outside the furniture, in page order; -1 for others
	inTitleTag   bool    // the text is a run of the <title>'s segments
	overlapTitle float64 // share of its words in the <title>
	overlapMeta  float64 // share of its words in the best-matching structured title
	siteName     bool    // it is the site's name
	plausible    bool    // not one word, not a paragraph
	short        bool    // a heading of three words or fewer where a stated title is longer
}

// titleContext is what the cleaning of a title needs to know about the page.
type titleContext struct {
	siteName, host, section string
	nav                     *navSet
	home                    *homeNames
	page                    *url.URL
	canonical               string
}

func newTitleContext(m *pageMeta, doc *html.Node, siteName string, page *url.URL, nav *navSet) titleContext {
	canonical := m.links["canonical"]
	if page == nil || page.Host == "" {
		// A page read without its URL: where it says it lives will do.
		og, _ := m.tag("og:url")
		page = &url.URL{}
		for _, s := range []string{canonical, og} {
			if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.IsAbs() && u.Host != "" {
				page = u
				break
			}
		}
	}
	tc := titleContext{siteName: siteName, host: hostOf(page), nav: nav, page: page,
		home: &homeNames{doc: doc, page: page}, canonical: canonical}
	tc.section, _ = m.tag("article:section")
	// A site name with separators is a page title put in og:site_name
	// ("How to … | Clay"): its last segment names the site.
	if parts := titleParts(siteName); len(parts) > 1 {
		tc.siteName = parts[len(parts)-1]
	}
	return tc
}

// cmsLabels are segments CMS themes put in every <title> of a kind of
// page: WordPress's default theme (Kubrick) wrote "Site » Blog Archive »
// Post", and many themes copied it.
var cmsLabels = setOf("blogarchive")

// siteOrLabel reports whether a <title> segment names the site, the page's
// section, a navigation menu entry or a link to a front page, or is a
// CMS's label.
func (tc titleContext) siteOrLabel(seg string) bool {
	if siteLike(seg, tc.siteName, tc.host) || tc.section != "" && simplify(seg) == simplify(tc.section) || hostNamed(seg, tc.host) || cmsLabels[simplify(seg)] {
		return true
	}
	return tc.nav != nil && tc.nav.has(seg) && !tc.home.selfLinked(seg) || tc.home.has(seg)
}

// siteNamed reports whether a segment is the site's whole name, as
// og:site_name, the host, a link to the front page or a feed's title
// gives it: not a section or a menu entry, and not a longer phrase that
// starts with the name, as a headline may ("Docker Hardened Images: …"
// on Docker's site).
func (tc titleContext) siteNamed(seg string) bool {
	s := simplify(seg)
	if s == "" {
		return false
	}
	if s == simplify(tc.siteName) || tc.home.hasSite(seg) {
		return true
	}
	h := strings.TrimPrefix(strings.ToLower(tc.host), "www.")
	labels := strings.Split(h, ".")
	for i, l := range labels {
		if len(l) >= 3 && !genericLabels[l] && (s == simplify(l) || i < len(labels)-1 && s == simplify(strings.Join(labels[i:], "."))) {
			return true
		}
	}
	return false
}

// genericLabels are host labels that name no site ("news.example.com").
var genericLabels = setOf("www", "news", "blog", "blogs", "web", "home", "info", "com", "org", "net")

// hostNamed reports whether a short segment starts with the name the host
// gives the site: "CBN News" on cbn.com, "Trend News" on trend.az.
func hostNamed(seg, host string) bool {
	if len(strings.Fields(seg)) > 3 {
		return false
	}
	s := simplify(seg)
	labels := strings.Split(strings.ToLower(host), ".")
	for _, l := range labels[:max(len(labels)-1, 0)] { // not the top-level domain
		if len(l) >= 3 && !genericLabels[l] && strings.HasPrefix(s, simplify(l)) {
			return true
		}
	}
	return false
}

// titleCandidates gathers every title the page states: structured data,
// <meta>, the <title>, and its visible headings. The page's metadata m is
// read, not gathered again; doc is walked once for the headings.
func titleCandidates(m *pageMeta, doc *html.Node, tc titleContext) []titleCand {
	var out []titleCand
	add := func(raw string, src titleSource, prov string) {
		raw = normSpace(raw)
		if raw == "" || len(raw) > 2000 {
			return
		}
		text, suffix := cleanTitle(raw, tc, src == srcTitleTag || src == srcOG || src == srcTwitter)
		if text == "" {
			return
		}
		out = append(out, titleCand{text: text, raw: raw, src: src, prov: prov, suffix: suffix})
	}
	if o := m.ldArticle(); o != nil {
		h := ldString(o["headline"])
		if h == "" {
			h = ldString(o["name"])
		}
		// Markdown heading marks a CMS left in ("## Headline").
		add(strings.TrimLeft(h, "# "), srcJSONLD, "json-ld")
	}
	for _, k := range []struct {
		key string
		src titleSource
	}{
		{"og:title", srcOG}, {"twitter:title", srcTwitter}, {"citation_title", srcCitation},
		{"dc.title", srcDC}, {"dcterms.title", srcDC}, {"dc:title", srcDC},
		{"parsely-title", srcParsely}, {"sailthru.title", srcParsely}, {"title", srcParsely},
	} {
		if v, _ := m.tag(k.key); v != "" && (k.src != srcOG || !ogAboutFrontPage(m, tc.page)) {
			add(v, k.src, metaSource(k.key))
		}
	}
	if v := firstNonEmpty(m.itemprop["headline"]...); v != "" {
		add(v, srcMicrodata, "microdata")
	}
	if t := findFirst(doc, byTag(atom.Title)); t != nil {
		add(textOf(t), srcTitleTag, "title-tag")
	}
	extendTruncated(out)
	vis, heads := visibleHeadings(doc, tc)
	if t := findFirst(doc, byTag(atom.Title)); t != nil {
		cutMasthead(out, vis, normSpace(textOf(t)), tc.host)
	}
	site := splitByHeadings(out, heads)
	out = append(out, vis...)
	relate(out, tc, site)
	return out
}

// extendTruncated replaces a structured title cut at a length limit
// (Google's 110 characters for JSON-LD headlines) by a later candidate that
// goes on from it with a word, not a separator.
func extendTruncated(cands []titleCand) {
	for i := range cands {
		c := &cands[i]
		if len([]rune(c.text)) < 100 {
			continue
		}
		for _, d := range cands[i+1:] {
			rest, ok := strings.CutPrefix(d.text, c.text)
			if ok && rest != "" && strings.TrimLeft(rest, " ") != "" && isLetterStart(strings.TrimLeft(rest, " ")) {
				c.text, c.suffix = d.text, d.suffix
				break
			}
		}
	}
}

// headlineWords are class and id words of elements that hold a headline.
var headlineWords = setOf("headline", "title", "entry title", "entrytitle", "post title", "posttitle",
	"article title", "articletitle", "story title", "page title", "pagetitle", "heading", "hed")

// maxVisibleTitles bounds the visible candidates of each source: the
// <h1>s and the elements whose class names a headline are counted apart,
// so a page whose menus and teasers hold sixty "title" elements before
// its article still offers its <h1>.
const maxVisibleTitles = 60

// maxHeadings bounds the headings visibleHeadings collects the texts of.
const maxHeadings = 200

// visibleHeadings returns the page's <h1> elements and the elements whose
// class names a headline, in page order, each with where it sits.
//
// It also returns the simplified texts of the page's headings, the plain
// <h2>-<h4> included (an older template's post title), for
// splitByHeadings.
func visibleHeadings(doc *html.Node, tc titleContext) ([]titleCand, map[string]bool) {
	body := findFirst(doc, byTag(atom.Body))
	if body == nil {
		return nil, nil
	}
	var out []titleCand
	var count [nTitleSources]int // visible candidates of each source
	heads := map[string]bool{}
	offset := 0 // bytes of text before the current node
	total := 0  // letters and digits of all the text, as textLen counts them
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			offset += len(strings.TrimSpace(n.Data))
			total += nonSpaceLen(n.Data)
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
		if !ok || count[src] >= maxVisibleTitles {
			if isElement(n, atom.H2, atom.H3, atom.H4) && len(heads) < maxHeadings {
				if t := textOf(n); len(t) <= 400 {
					heads[simplify(t)] = true
				}
			}
			return true
		}
		t := textOf(n)
		if t == "" || len(t) > 400 {
			return true
		}
		c := titleCand{src: src, prov: "h1", node: n, order: len(out),
			at: float64(offset), inArticle: hasAncestor(n, byTag(atom.Article, atom.Main)),
		}
		if src == srcHeading {
			c.prov = "heading"
		}
		head := t
		if a := headingLink(n); a != nil {
			href := attr(a, "href")
			self := isSelfLink(href, tc.page, tc.canonical)
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
		if src == srcH1 {
			head = dropKicker(n, head)
		}
		c.text, c.suffix = cleanTitle(head, tc, false)
		if c.text == "" {
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
	for i := range out {
		out[i].furniture = furn.has(out[i].node)
		if !out[i].furniture {
			heads[simplify(out[i].text)] = true
		}
		if offset > 0 {
			out[i].at /= float64(offset)
		}
	}
	return out, heads
}

// headingSource tells whether n may hold the headline: an <h1>, or a
// heading or short block whose class names a headline.
func headingSource(n *html.Node) (titleSource, bool) {
	if n.DataAtom == atom.H1 {
		return srcH1, true
	}
	if !isElement(n, atom.H2, atom.H3, atom.Div, atom.Span, atom.P, atom.Header, atom.Strong, atom.B, atom.Td, atom.Font) {
		return 0, false
	}
	cid := classID(n)
	if cid == "" || !hasClassWord(asciiLower(cid), headlineWords) {
		return 0, false
	}
	// A wrapper around the headline and more is not the headline.
	return srcHeading, textLenUpTo(n, 301) <= 300 && findFirst(n, func(c *html.Node) bool {
		return c != n && isElement(c, atom.H1, atom.H2, atom.P)
	}) == nil
}

// furnitureWords are class and id words of the blocks around an article
// that hold headings of their own: menus, sidebars, lists of other
// stories. mastheadWords name a page's top bar, which may also hold the
// article's headline: it is furniture only when it is mostly links.
var (
	furnitureWords = setOf("nav", "navbar", "navigation", "menu", "mainmenu", "sidebar", "footer",
		"sitefooter", "related", "recommended", "popular", "trending", "most read", "mostread",
		"most popular", "more stories", "morestories", "comments", "comment", "breadcrumb",
		"breadcrumbs", "newsletter", "promo", "advert", "advertisement", "teaser", "teasers",
		"offcanvas", "drawer", "modal", "popup", "cookie", "toc")
	mastheadWords = setOf("masthead", "site header", "siteheader", "topbar", "banner")
)

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
func (f *furnitureOf) has(n *html.Node) bool {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if isElement(p, atom.Article, atom.Main, atom.Body) {
			return false
		}
		is, ok := f.memo[p]
		if !ok {
			is = f.block(p)
			f.memo[p] = is
		}
		if is {
			return true
		}
	}
	return false
}

func (f *furnitureOf) block(p *html.Node) bool {
	linky := func() bool { return linkTextLen(p)*2 > textLen(p) }
	// A page header is a masthead when its own text, its menus left
	// aside, is mostly links (a logo, a tagline linked home); one that
	// wraps the menus and the article's header is not.
	mastLinky := func() bool {
		links, all := linkTextLen(p), textLen(p)
		walk(p, func(c *html.Node) bool {
			if c != p && isElement(c, atom.Nav) {
				links -= linkTextLen(c)
				all -= textLen(c)
				return false
			}
			return true
		})
		return links*2 > all
	}
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
		return linky()
	}
	cid := classID(p)
	if cid == "" {
		return false
	}
	lower := asciiLower(cid)
	switch {
	case classKinds(cid)&kindKeep != 0:
		return false
	case hasClassWord(lower, furnitureWords):
		return textLenUpTo(p, f.total/2+1) <= f.total/2
	case hasClassWord(lower, mastheadWords):
		return mastLinky()
	}
	return false
}

// relate sets on each candidate the evidence that comes from the others.
// Structured titles and the <title> are often written once and copied by
// the CMS into all of them, so they count as one witness against the
// visible page: agreeMeta counts them, agreeVisible says whether a visible
// heading (outside the furniture) says the same.
//
// site holds the simplified texts that splitByHeadings found to be the
// site's name.
func relate(cands []titleCand, tc titleContext, site map[string]bool) {
	var tag string
	for _, c := range cands {
		if c.src == srcTitleTag {
			tag = c.raw
		}
	}
	rank := 0
	for i := range cands {
		c := &cands[i]
		c.siteName = siteLike(c.text, tc.siteName, tc.host) || c.homeLink || tc.home.has(c.text) || site[simplify(c.text)] ||
			c.src.visible() && mastheadName(c.text, tag, tc.host)
		c.plausible = plausibleHeadline(c.text) && !onlyDate(c.text)
		c.rank = -1
		if c.src == srcH1 && !c.furniture && c.plausible && !c.siteName {
			c.rank = rank
			rank++
		}
	}
	// Each text is simplified and split into words once, not once per pair.
	keys := make([]string, len(cands))
	words := make([][]string, len(cands))
	few := make([]bool, len(cands)) // 3 words or fewer, and not CJK
	many := make([]bool, len(cands))
	for i, c := range cands {
		keys[i] = simplify(c.text)
		words[i] = overlapWords(c.text)
		n := len(strings.Fields(c.text))
		few[i], many[i] = n <= 3 && !isMostlyCJK(c.text), n > 3
	}
	tagParts, tagWords := simplifiedParts(tag), overlapWords(tag)
	for i := range cands {
		c := &cands[i]
		key := keys[i]
		var seen [nTitleSources]bool
		for j, d := range cands {
			dk := keys[j]
			if d.src == c.src || dk == "" {
				continue
			}
			same := dk == key || len(key) >= 12 && len(dk) >= 12 && (strings.HasPrefix(dk, key) || strings.HasPrefix(key, dk)) || lostChars(c.text, d.text)
			switch {
			case !same:
			case d.src.visible():
				c.agreeVisible = c.agreeVisible || !d.furniture
			case !seen[d.src]:
				seen[d.src] = true
				c.agreeMeta++
			}
			if !d.src.visible() {
				c.overlapMeta = max(c.overlapMeta, wordShare(words[i], words[j]))
				if c.src.visible() && few[i] && many[j] {
					c.short = true
				}
			}
		}
		c.agreeVisible = c.agreeVisible || c.confirmed
		c.inTitleTag = tag != "" && runOfParts(tagParts, key)
		if tag != "" {
			c.overlapTitle = wordShare(words[i], tagWords)
		}
	}
}

func hostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.Hostname()
}
