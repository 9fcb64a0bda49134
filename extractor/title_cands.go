package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleCand is one way the page names its article, cleaned of the site's
// name and decorations, with the evidence the choice weighs.
type titleCand struct {
	text string
	raw  string // the source's text before cleaning
	orig string // raw as the source holds it, before normSpace: its joiners (withJoiners)
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
	brand     bool    // its class or its parent's says it is the site's name or logo
	whole     string  // an <h1>'s text, cleaned, with the kicker or badge dropKicker cut from it

	// Evidence from the other candidates, set by relate.
	agreeMeta    int     // other structured sources and the <title> that give the same text
	agreeVisible bool    // a visible heading outside the furniture gives the same text
	confirmed    bool    // a stated title whose text is a heading's (splitByHeadings)
	rank         int     // among the <h1>s outside the furniture, in page order; -1 for others
	soleH1       bool    // the only <h1> outside the furniture that may be a headline
	inTitleTag   bool    // the text is a run of the <title>'s segments
	overlapTitle float64 // share of its words in the <title>
	overlapMeta  float64 // share of its words in the best-matching structured title
	siteName     bool    // it is the site's name
	homeName     bool    // a stated title that is the site's name as the masthead <h1> links it home
	plausible    bool    // not one word, not a paragraph
	short        bool    // a heading of three words or fewer where a stated title is longer
	discussed    bool    // a heading the comments heading names (discussedTitle)
	spellsSlug   bool    // the only <h1>, and it spells the page's slug (headingSpellsSlug)
}

// titleCandidates gathers every title the page states: structured data,
// <meta>, the <title>, and its visible headings. The page's metadata m is
// read, not gathered again; doc is walked once for the headings.
func titleCandidates(m *pageMeta, doc *html.Node, tc titleContext) []titleCand {
	var out []titleCand
	add := func(orig string, src titleSource, prov string) {
		raw := normSpace(orig)
		if raw == "" || len(raw) > 2000 {
			return
		}
		guess := src == srcTitleTag || src == srcOG || src == srcTwitter
		text, suffix := tc.clean(raw, guess)
		if text == "" || singleMark(text) {
			return
		}
		out = append(out, titleCand{text: text, raw: raw, orig: orig, src: src, prov: prov, suffix: suffix})
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
		{"dc.title", srcDC}, {"dcterms.title", srcDC},
		{"parsely-title", srcParsely}, {"sailthru.title", srcParsely}, {"title", srcParsely},
	} {
		if v, _ := m.tag(k.key); v != "" && (k.src != srcOG || !ogAboutFrontPage(m, tc.page)) {
			add(v, k.src, metaSource(k.key))
		}
	}
	// An element's itemprop=headline, else a <meta itemprop="headline">
	// (or name="headline"), which the page's <meta> tags hold.
	if v := firstNonEmpty(slices.Concat(m.itemprop["headline"], m.tags["headline"])...); v != "" {
		add(v, srcMicrodata, "microdata")
	}
	// The <title> element, found once: a candidate, the masthead's
	// witness and where a CMS's label follows the site's name.
	titleEl := findFirst(doc, byTag(atom.Title))
	titleText := ""
	if titleEl != nil {
		titleText = textOf(titleEl)
		// The <title>'s own text, not textOf's: its joiners kept
		// for withJoiners.
		if !homeTrail(titleText) {
			add(unescapeTwice(spelledText(titleEl)), srcTitleTag, "title-tag")
		}
	}
	out = dropFrontPageTitles(out, tc)
	extendTruncated(out)
	ph := visibleHeadings(doc, tc, out)
	vis := ph.vis
	keepKickers(vis, out, ph.heads)
	if titleEl != nil {
		dropTitledKickers(vis, normSpace(textOf(titleEl)), ph.heads)
	}
	if !slices.ContainsFunc(out, func(c titleCand) bool { return c.src.structured() }) {
		// Where the page states no title for machines, the <h1>'s
		// kicker and label are read from the <h1> and the <title>.
		dropClassedKickers(vis, titleText, ph.heads)
		dropKindLabels(vis, titleText, ph.heads)
	}
	dropUnstatedTails(vis, out, ph.heads)
	dropStatedKickers(vis, out, ph.heads)
	listHeadings(vis, out)
	banner := bannerHeadings(vis, tc)
	if titleEl != nil {
		cutMasthead(out, vis, normSpace(titleText), tc.host, banner)
	}
	shown := ""
	if ph.ok {
		shown = simplify(ph.plain.text)
		extendByHeading(out, ph.plain)
	}
	site := splitByHeadings(out, ph.heads, shown, banner)
	site = shownTitleCuts(out, shown, site)
	if titleEl != nil {
		for _, name := range beforeCMSLabel(normSpace(titleText)) {
			site = withSite(site, simplify(name))
		}
	}
	site = taglineMasthead(out, vis, tc, &ph, site)
	// "<h1 class=logo>Valley Gazette</h1>" says what the site is
	// called: a <title> that says it and no more is no headline, nor
	// what cleaning kept of one the logo says whole with its tagline
	// ("<h1 id=logo>Valley Gazette <span>news from the
	// valley</span></h1>" over "Valley Gazette - news from the valley"),
	// and such an <h1> is the masthead, no witness for that rest.
	for i, v := range vis {
		if v.src == srcH1 && v.brand && simplify(v.text) == simplify(titleText) {
			site = withSite(site, simplify(v.text))
			if j := slices.IndexFunc(out, func(c titleCand) bool { return c.src == srcTitleTag }); j >= 0 && simplify(out[j].text) != simplify(v.text) {
				site = withSite(site, simplify(out[j].text))
				vis[i].furniture = true
			}
		}
	}
	plainLink := ph.ok && (permalinkUnstated(ph.plain, out, tc) || mastheadTitled(ph.plain, out, vis, ph.heads, tc))
	// A block classed as a headline reads as the first plain heading
	// does: "<span class=headline>" under "Site - Tagline".
	permalink := plainLink || slices.ContainsFunc(vis, func(v titleCand) bool {
		return v.src == srcHeading && !v.furniture && (permalinkUnstated(v, out, tc) || !v.inLink && mastheadTitled(v, out, vis, ph.heads, tc))
	})
	if ph.ok && (plainLink || !headlineStated(out, vis, tc, site)) {
		ph.plain.order = len(vis)
		vis = append(vis, ph.plain)
	}
	stated := len(out)
	out = append(out, vis...)
	relate(out, tc, site, ph.discussed)
	siteWideTagline(out[:stated], vis)
	dashedSlogan(out[:stated], vis)
	bareNameTitle(out[:stated], vis)
	if permalink {
		// What such a title keeps once the site's name is cut from
		// its start is the site's tagline.
		for i := range out[:stated] {
			if leadCut(out[i]) || tailCut(out[i]) {
				out[i].siteName = true
			}
		}
	}
	return out
}

// shownTitleCuts adds to site what the cleaning cut from the <title>
// (the segments after the text it kept, the name before it) where the
// page sets that kept text as its first plain heading line (shown, as
// splitByHeadings reads it): "<h1>Valley Courier</h1>" over "<font
// size=4><b>Headline</b></font>" under "<title>Headline - Valley
// Courier</title>", an older table layout's masthead that sits in the
// page's body with the story after it (which mastheadCut does not
// read as one). A heading that says one of the cut segments names the
// site or a section, not the article.
func shownTitleCuts(cands []titleCand, shown string, site map[string]bool) map[string]bool {
	if shown == "" {
		return site
	}
	for _, c := range cands {
		if c.src != srcTitleTag || simplify(c.text) != shown {
			continue
		}
		for _, s := range c.suffix {
			if k := simplify(s); k != "" && k != shown {
				site = withSite(site, k)
			}
		}
		if leadCut(c) {
			if parts := titleParts(c.raw); len(parts) > 1 {
				if k := simplify(parts[0]); k != "" && k != shown {
					site = withSite(site, k)
				}
			}
		}
	}
	return site
}

// taglineMasthead adds to site the name an older template's "Site -
// Tagline" <title> opens with on every page, and its tagline, where the
// page's <h1> is that name in a block that holds it and the tagline
// alone, has no story after it ("<div id=header><h1>Valley
// Gazette</h1><p>News from the valley</p>"), and a later heading has:
// the <title> says what the masthead says, whichever of the two
// cleanTitle cut as the site's, in either order (or the tagline alone),
// and on a host that does not spell the name nothing else says it is the
// site's. The masthead's block ends at the next headline candidate, a
// block classed as one ("<div class=article-title>") too. A <title> that
// is only the name (Kubrick's "<title>Valley Notes</title>") is the
// masthead's where the story follows a heading classed as a post's title
// ("<h2 class=entry-title>"). The <h1> is then furniture, and the plain
// heading is offered as the headline (headlineStated).
func taglineMasthead(stated, vis []titleCand, tc titleContext, ph *pageHeadings, site map[string]bool) map[string]bool {
	i := slices.IndexFunc(stated, func(c titleCand) bool { return c.src == srcTitleTag })
	if i < 0 {
		return site
	}
	raw := simplify(stated[i].raw)
	tagline := ""
	j := slices.IndexFunc(vis, func(v titleCand) bool {
		if v.src != srcH1 && !v.homeLink || v.furniture || v.inArticle || v.node.Parent == nil {
			return false
		}
		// The <h1> says the name whole: one cleaning cut its own
		// tagline from is a headline's.
		name := simplify(v.text)
		if name == "" || simplify(textOfUpTo(v.node, 300)) != name {
			return false
		}
		rest, ok := strings.CutPrefix(simplify(textOfUpTo(v.node.Parent, 300)), name)
		tagline = rest
		// The name and the tagline, in either order, or the tagline
		// alone, which some templates title every page with.
		return ok && (raw == name+rest || rest != "" && (raw == rest+name || raw == rest))
	})
	if j < 0 {
		return logoTagline(stated[i], raw, tc, ph, vis, site)
	}
	// The masthead's block ends where the next headline candidate
	// starts: a headline set in a block classed as one ("<div
	// class=article-title>") is no heading to textFollows.
	var next *html.Node
	if j+1 < len(vis) {
		next = vis[j+1].node
	}
	if textFollowsUntil(vis[j].node, next, minFollowingText) {
		return site
	}
	// A <title> that is the name alone is a short name's, over a post
	// title classed as hAtom's or Blogger's ("entry-title",
	// "post-title").
	if tagline == "" && spacedWords(vis[j].text) > 4 {
		return site
	}
	story := slices.ContainsFunc(vis[j+1:], func(v titleCand) bool {
		return v.src == srcHeading && !v.furniture && !v.inLink && (tagline != "" || hasClassWord(classID(v.node), postTitleWords)) && textFollows(v.node, minFollowingText)
	})
	if !story && (tagline == "" || !ph.ok || !textFollows(ph.plain.node, minFollowingText)) {
		return site
	}
	// The heading that confirms the <title> (splitByHeadings) is the
	// masthead's.
	vis[j].furniture, stated[i].confirmed = true, false
	site = withSite(site, simplify(vis[j].text), simplify(stated[i].text))
	if tagline != "" {
		site[tagline] = true
		// A tagline set as a plain heading ("<h2
		// class=description>") is no headline.
		if ph.ok && simplify(ph.plain.text) == tagline {
			ph.ok = false
		}
	}
	return site
}

// mastheadCut reports whether a candidate is an <h1> outside the article
// with no story after it: "<div id=header><h1>Valley Gazette</h1></div>"
// over "<title>Headline | Valley Gazette</title>", the name the <title>
// ends with, which relate reads as the site's. A story with no heading
// of its own may follow such an <h1> where its block holds it and a
// short tagline at most (mastheadBlock).
func mastheadCut(c *titleCand) bool {
	return c.src == srcH1 && !c.inArticle && (!textFollows(c.node, minFollowingText) || mastheadBlock(c.node))
}

// maxTaglineText bounds, in letters and digits, the tagline a masthead's
// block holds beside the site's name.
const maxTaglineText = 80

// mastheadBlock reports whether an <h1>'s block, not the page's body,
// holds the heading and a short text at most: "<div id=header><h1>Valley
// Gazette</h1><p>News from the valley</p></div>", a masthead that the
// story follows outside it.
func mastheadBlock(h *html.Node) bool {
	p := h.Parent
	if p == nil || p.Type != html.ElementNode || isElement(p, atom.Body, atom.Article, atom.Main, atom.Html) {
		return false
	}
	name := simplify(textOfUpTo(h, 300))
	rest, ok := strings.CutPrefix(simplify(textOfUpTo(p, len(name)+4*maxTaglineText)), name)
	return ok && name != "" && len(rest) <= maxTaglineText
}

// logoTagline is taglineMasthead where the site's name is a logo that
// links home, not a heading ("<div id=header><a href="/"><img
// alt="Valley Gazette"></a><span>News from the valley</span></div>"):
// the <title> that says the logo's name and the tagline beside it, in
// either order, or the tagline alone, is the site's, where the first
// plain heading, or a block classed as a headline (classedStory), has
// the story after it.
func logoTagline(c titleCand, raw string, tc titleContext, ph *pageHeadings, vis []titleCand, site map[string]bool) map[string]bool {
	name, tagline := tc.home.mastheadTagline()
	if tagline == "" || raw != name+tagline && raw != tagline+name && raw != tagline {
		return site
	}
	// Asked only of a <title> that says the masthead: the walks after
	// each candidate (textFollows) are not cheap.
	if !(ph.ok && textFollows(ph.plain.node, minFollowingText) || slices.ContainsFunc(vis, classedStory)) {
		return site
	}
	return withSite(site, simplify(c.text), tagline)
}

// classedStory reports whether a visible candidate is a block whose
// class names a headline ("<div class=article-title>", "<span
// class=headline>"), outside the furniture and no link to another page,
// that the story follows: an older template's headline where its <h1>,
// if any, is the masthead's.
func classedStory(v titleCand) bool {
	return v.src == srcHeading && !v.furniture && !v.inLink && textFollows(v.node, minFollowingText)
}

// postTitleWords are the classes of a blog post's title: hAtom's
// "entry-title" and Blogger's "post-title".
var postTitleWords = classSetOf("entry title", "entrytitle", "post title", "posttitle")

// headlineStated reports whether a stated title or an <h1> outside the
// furniture may name the article: a plausible headline that is not the
// site's name, or an <h1> that a stated title repeats.
func headlineStated(stated, vis []titleCand, tc titleContext, site map[string]bool) bool {
	tag := titleTag(stated)
	keys := map[string]bool{}
	for _, c := range stated {
		if plausibleHeadline(c.text) && !onlyDate(c.text) && !isSiteName(&c, tc, site, tag) && !(c.src == srcTitleTag && sectionTitle(c.text, tc)) {
			return true
		}
		keys[simplify(c.text)] = true
	}
	for _, v := range vis {
		if v.src == srcH1 && !v.furniture && plausibleHeadline(v.text) && (keys[simplify(v.text)] && !mastheadH1(&v, tc) || !isSiteName(&v, tc, site, tag) && !sectionLabel(v.text, tc)) {
			return true
		}
	}
	return false
}

// permalinkUnstated reports whether a heading (the first plain one, or
// one whose class names a headline) links to the page itself while a
// stated title's start was cut (leadCut) and no stated title holds its
// text, nor it theirs: an older blog theme titles every page "Site -
// Tagline" and writes the post's title as a permalink in an <h2>
// ("<h2><a href=… rel=bookmark>Headline</a></h2>"), or as a plain
// heading that spells the page's slug ("<h2>Headline</h2>" on
// "/2024/05/headline/"): the address was written from it. Such a plain
// heading is the headline under a "Tagline | Site" <title> too, whose
// end was cut (tailCut).
func permalinkUnstated(plain titleCand, stated []titleCand, tc titleContext) bool {
	a := headingLink(plain.node)
	if a != nil && !tc.selfLink(tc.abs(attr(a, "href"))) {
		return false
	}
	// The slug's words are matched last: most stated titles keep their
	// start, which the raw text, not simplified, shows.
	if a == nil && (tc.slug == nil || !slices.ContainsFunc(stated, func(c titleCand) bool { return !strings.HasPrefix(c.raw, c.text) && leadCut(c) || tailCut(c) }) || !headingSpellsSlug(plain.text, tc.slug)) {
		return false
	}
	k := simplify(plain.text)
	return k != "" && slices.ContainsFunc(stated, func(c titleCand) bool { return leadCut(c) || a == nil && tailCut(c) }) && !slices.ContainsFunc(stated, func(c titleCand) bool {
		return strings.Contains(simplify(c.raw), k) || strings.Contains(k, simplify(c.text))
	})
}

// mastheadTitled is permalinkUnstated on an address that says nothing of
// the <title> (addressSilent: "news.php?id=4711", "/news/water-board"),
// where the <title> is the only title the page states and cleanTitle cut the site's name from it:
// an older CMS reuses its front page's "Tagline | Site" on every story,
// whose headline is the first plain heading or bold line, with the story
// after it, that the tagline does not hold. What is left is the tagline
// where the page's one <h1>, outside the article, is the name cut ("Your
// daily news from the valley | Valley Times" over "<h1>Valley
// Times</h1>"), or where it opens the page's description, reused from
// the front page too, or follows a name the host spells ("Valley Times -
// Your daily news" on valleytimes.com), and the page's text does not
// hold it. A segment
// that is a heading of the page (heads) is the headline: "Seth's Blog:
// Headline" over "<h3 class=entry-header>Headline</h3>".
func mastheadTitled(plain titleCand, stated, vis []titleCand, heads map[string]bool, tc titleContext) bool {
	if len(stated) != 1 || stated[0].src != srcTitleTag || !addressSilent(tc, stated[0].text) || !textFollows(plain.node, minFollowingText) {
		return false
	}
	raw, rest, k := simplify(stated[0].raw), simplify(stated[0].text), simplify(plain.text)
	if rest == "" || raw == rest || heads[rest] || k == "" || strings.Contains(raw, k) || strings.Contains(k, rest) {
		return false
	}
	if tc.meta != nil {
		if d, _ := tc.meta.tag("description", "og:description"); strings.HasPrefix(simplify(d), rest) && !onPage(plain.node, rest) {
			return true
		}
	}
	// The host spells the name the <title> opens with ("Valley Times -
	// Your daily news" on valleytimes.com), and the page nowhere shows
	// what follows it.
	if name := cutLead(stated[0]); name != "" && siteLike(name, "", tc.host) && !onPage(plain.node, rest) {
		return true
	}
	h1 := -1
	for i, v := range vis {
		if v.src != srcH1 {
			continue
		}
		if h1 >= 0 || v.inArticle {
			return false
		}
		h1 = i
	}
	name := ""
	if h1 >= 0 {
		name = simplify(vis[h1].text)
	}
	return name != "" && (raw == rest+name || raw == name+rest) && !shownAfter(plain.node, rest)
}

// shownAfter reports whether the simplified text s is the whole text of
// an element after n in the page: a headline that a block below the
// first plain heading shows ("<h3>24小时热闻</h3>" of a list above
// "<font><b>Headline</b></font>"), where a tagline is shown, if at all,
// in the masthead above. Only elements whose first text opens s are
// measured.
func shownAfter(n *html.Node, s string) bool {
	body := n
	for body.Parent != nil && body.DataAtom != atom.Body {
		body = body.Parent
	}
	passed, found := false, false
	walk(body, func(c *html.Node) bool {
		switch {
		case found:
			return false
		case c == n:
			passed = true
			return false
		case c.Type == html.ElementNode:
			return !scriptLike(c.DataAtom)
		case !passed || c.Type != html.TextNode:
			return true
		}
		t := simplify(c.Data)
		if t == "" || !strings.HasPrefix(s, t) {
			return true
		}
		for p := c.Parent; p != nil && p != body; p = p.Parent {
			pt := simplify(textOf(p))
			if pt == s {
				found = true
				break
			}
			if len(pt) > len(s) {
				break
			}
		}
		return true
	})
	return found
}

// onPage reports whether the simplified text s is in the text of the
// <body> that holds n: a headline that a description opens with is
// (its story's first words follow it there), a front page's tagline on
// a story page is not.
func onPage(n *html.Node, s string) bool {
	for n.Parent != nil && n.DataAtom != atom.Body {
		n = n.Parent
	}
	return strings.Contains(simplify(textOf(n)), s)
}

// tailCut reports whether cleanTitle cut the site's name from the end of
// the <title> and kept its start: "Tagline | Site" on a blog whose post
// title is a plain heading that spells the slug (permalinkUnstated).
func tailCut(c titleCand) bool {
	return c.src == srcTitleTag && !leadCut(c) && simplify(c.raw) != simplify(c.text)
}

// cutLead is the start cleanTitle cut from a stated title, the site's
// name before what it keeps: the first of its segments ("Valley Times -
// Your daily news"), or what a colon ends where no other separator
// splits it ("Valley Times: Your daily news", the older blog and
// newspaper templates' "Site: Tagline"). Empty where cleaning cut no
// start.
func cutLead(c titleCand) string {
	if !leadCut(c) {
		return ""
	}
	if parts := titleParts(c.raw); len(parts) > 1 {
		return parts[0]
	}
	name, _, ok := strings.Cut(c.raw, ": ")
	if !ok {
		return ""
	}
	return strings.TrimSpace(name)
}

// leadCut reports whether cleanTitle cut a stated title's start: the
// site's name before what the title keeps ("Site - Tagline").
func leadCut(c titleCand) bool {
	return !strings.HasPrefix(simplify(c.raw), simplify(c.text))
}

// keepKickers gives back to an <h1> the kicker or badge dropKicker cut
// from it where a stated title keeps it: "<h1><b>Editor's Letter:</b>
// <i>Headline</i></h1>" under og:title "Editor's Letter: Headline" is
// titled as the page states it. heads, the page's heading texts that
// splitByHeadings cuts a stated title at, then holds the whole text.
func keepKickers(vis, stated []titleCand, heads map[string]bool) {
	for i := range vis {
		v := &vis[i]
		if v.whole == "" {
			continue
		}
		k := simplify(v.whole)
		if slices.ContainsFunc(stated, func(c titleCand) bool { return simplify(c.text) == k }) {
			delete(heads, simplify(v.text))
			heads[k] = true
			v.text = v.whole
		}
	}
}

// mastheadH1 reports whether an <h1> is the site's masthead: a link to the
// front page, a logo, or the site's whole name. An older theme writes
// every page's <title> as the site's name too ("<title>Small Town
// Notes</title>" and "<h1><a href="/">Small Town Notes</a></h1>"): the
// two agree, but name no article.
func mastheadH1(v *titleCand, tc titleContext) bool {
	return v.homeLink || v.brand || tc.siteNamed(v.text)
}

// titleTag returns the <title>'s text among the candidates, or "".
func titleTag(cands []titleCand) string {
	for _, c := range cands {
		if c.src == srcTitleTag {
			return c.raw
		}
	}
	return ""
}

// isSiteName reports whether a candidate names the site, not an article:
// the site's name or host, a link to a front page, a name the page gives
// its site or its sections, or a blog's masthead. A stated title is the
// site's name too where it is its whole name as siteNamed reads it ("Small
// Paper Online" on smallpaper.com, as an older CMS titles every page).
func isSiteName(c *titleCand, tc titleContext, site map[string]bool, tag string) bool {
	return siteLike(c.text, tc.siteName, tc.host) || !c.src.visible() && tc.siteNamed(c.text) || c.homeLink || c.brand || tc.home.has(c.text) || site[simplify(c.text)] ||
		c.src.visible() && mastheadName(c.text, tag, tc.host) || cjkBlogName(c.text) || c.src == srcTitleTag && placeholderTitle(c.raw)
}

// extendTruncated replaces a structured title cut at a length limit
// (Google's 110 characters for JSON-LD headlines) by a later candidate that
// goes on from it with a word, not a separator; and a title a CMS cut to
// fit a share card, marked by an ellipsis ("Council approves budget for
// the new…"), by any other candidate that goes on from where it was cut.
func extendTruncated(cands []titleCand) {
	for i := range cands {
		c := &cands[i]
		if stem, ok := cutByEllipsis(c.text); ok {
			for j, d := range cands {
				if _, cut := cutByEllipsis(d.text); j != i && !cut && len(d.text) > len(stem)+1 && strings.HasPrefix(d.text, stem) {
					c.text, c.suffix = d.text, d.suffix
					break
				}
			}
			continue
		}
		long := len([]rune(c.text)) >= 100
		if !long && c.src.visible() {
			continue
		}
		for _, d := range cands[i+1:] {
			rest, ok := strings.CutPrefix(d.text, c.text)
			r := strings.TrimLeft(rest, " ")
			if ok && r != "" && (long && isLetterStart(r) || unescapedQuote(r, d.text)) {
				c.text, c.suffix = d.text, d.suffix
				break
			}
		}
	}
}

// extendByHeading completes a stated title that an ellipsis cut
// (cutByEllipsis: "<title>Storm closes coastal road as thousands lose
// power across t… | Site</title>", an SEO plug-in's length) with the
// page's first plain heading that says it whole ("<h2>Storm closes …
// for the weekend</h2>"), as extendTruncated does with another stated
// title: the heading is then no rival, but the title's witness.
func extendByHeading(stated []titleCand, plain titleCand) {
	for i := range stated {
		c := &stated[i]
		if stem, ok := cutByEllipsis(c.text); ok && len(plain.text) > len(stem)+1 && strings.HasPrefix(plain.text, stem) {
			c.text = plain.text
		}
	}
}

// placeholderWords are <title>s that name no page: an HTML editor's
// default (Dreamweaver's "Untitled Document" in its languages,
// FrontPage's "New Page 1"), the page-type labels a template writes
// on every page of a kind ("Home", "Article", "News Details"), and the
// edition a paper's site calls itself after its name on every page ("The
// Valley Gazette - Online Edition").
var placeholderWords = setOf("untitleddocument", "untitled", "newpage1", "documentosintítulo", "unbenanntesdokument", "documentsanstitre", "documentosemtítulo", "documentosenzatitolo",
	"home", "homepage", "article", "newsdetails", "newsdetail", "articledetails", "articledetail", "newsarticle",
	"onlineedition", "internetedition", "webedition", "digitaledition", "officialwebsite", "officialsite")

// converterWords name the office programs whose "Save as web page" titles
// a page after the program and the document's file ("Microsoft Word -
// report_2019.doc").
var converterWords = setOf("microsoftword", "microsoftpowerpoint", "microsoftexcel")

// placeholderTitle reports whether a <title> is a placeholder
// (placeholderWords), alone or beside a name of three words or fewer
// ("Home - Valley Club"), or an office program's name before a file's
// (converterWords): it names the page no more than the site's name does,
// so a heading is the title; it is kept, as the site's name is, where
// nothing else names the page.
func placeholderTitle(t string) bool {
	parts := titleParts(t)
	if len(parts) > 1 && converterWords[simplify(parts[0])] {
		return true
	}
	switch len(parts) {
	case 1:
		return placeholderWords[simplify(parts[0])]
	case 2:
		return placeholderWords[simplify(parts[0])] && spacedWords(parts[1]) <= 3 || placeholderWords[simplify(parts[1])] && spacedWords(parts[0]) <= 3
	}
	return false
}

// reEntity matches an HTML character reference with its semicolon.
var reEntity = regexp.MustCompile(`&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// unescapeTwice unescapes the character references a <title>'s text still
// holds once parsed: a theme that escapes a title WordPress escaped
// already writes "Mayor&amp;#8217;s plan", which reads "Mayor&#8217;s
// plan". <meta> values are unescaped twice for the same reason (meta.go).
func unescapeTwice(t string) string {
	if !strings.Contains(t, "&") || !reEntity.MatchString(t) {
		return t
	}
	return html.UnescapeString(t)
}

// sectionHeadings marks as no headline a visible heading that is a
// section's label (sectionLabel): many templates head an article's page
// with the name of its section, which the menus link to, and put the
// story's headline under it ("<h1>Local news</h1>" above "<h2>Harbour
// plan: what it means</h2>"). It does so only where another visible
// heading of four words or more may be the headline, and where no stated
// title says the label. A <title> that is the section's label once the
// site's name is cut is no headline either: an older CMS titles every
// story of a section "Valley Gazette - Local News" and sets its headline
// in a plain heading. A heading that is a news section's name
// (newsSection: "Local News", "Son Dakika Haberleri") is no headline,
// menu or not, where a stated title or another heading of four words or
// more may be and no stated title says it.
func sectionHeadings(cands []titleCand, tc titleContext) {
	if !slices.ContainsFunc(cands, func(c titleCand) bool {
		return !c.furniture && c.plausible && !c.siteName && spacedWords(c.text) > 3
	}) {
		return
	}
	headline := slices.ContainsFunc(cands, func(c titleCand) bool {
		return c.src.visible() && !c.furniture && c.plausible && !c.siteName && spacedWords(c.text) > 3
	})
	for i := range cands {
		c := &cands[i]
		if !c.plausible || c.siteName || (c.src.visible() && c.furniture) || (!c.src.visible() && c.src != srcTitleTag) {
			continue
		}
		if c.src == srcTitleTag {
			c.plausible = !headline || !sectionTitle(c.text, tc)
			continue
		}
		// "<h1>Local News</h1>" over a story the page titles: a news
		// section's name, menu or not.
		if newsSection(c.text) {
			k := simplify(c.text)
			c.plausible = slices.ContainsFunc(cands, func(d titleCand) bool { return !d.src.visible() && simplify(d.text) == k })
			continue
		}
		// sectionLabel first: it is rarely true, and the stated titles'
		// keys cost a simplify each.
		if !headline || !sectionLabel(c.text, tc) {
			continue
		}
		k := simplify(c.text)
		if !slices.ContainsFunc(cands, func(d titleCand) bool { return !d.src.visible() && simplify(d.text) == k }) {
			c.plausible = false
		}
	}
}

// sectionTitle reports whether a <title>, as cleaning left it, names only
// a section and the site: a menu entry (sectionLabel), alone or beside
// the site's name ("Local News", "Talzeitung | Lokales").
func sectionTitle(t string, tc titleContext) bool {
	if spacedWords(t) > 10 {
		return false // a headline: no menu's entry and a name
	}
	parts := titleParts(t)
	label := func(p string) bool { return sectionLabel(p, tc) }
	if len(parts) > 3 || !slices.ContainsFunc(parts, label) {
		return false
	}
	for _, p := range parts {
		if !label(p) && !tc.siteNamed(p) {
			return false
		}
	}
	return true
}

// sectionLabel reports whether a heading's text, three words or fewer, is
// the text of one of the page's menu entries that does not link to the
// page itself.
func sectionLabel(t string, tc titleContext) bool {
	return tc.nav != nil && spacedWords(t) <= 3 && !isMostlyCJK(t) && tc.nav.has(t) && !tc.home.selfLinked(t)
}

// unescapedQuote reports whether a stated title was cut where its text
// had a double quote that the page did not escape in a <meta> attribute
// (content="Senator calls Biden "unfit"", which the HTML parser ends at
// the second quote; JSON-LD with such a quote does not parse, so no
// title comes from it): the title t that goes on from it goes on with
// rest, a quotation in '"' marks that closes before t ends or at its end.
func unescapedQuote(rest, t string) bool {
	q, ok := strings.CutPrefix(rest, `"`)
	return ok && strings.Contains(q, `"`) && len(strings.Fields(t)) >= 3
}

// cutByEllipsis returns a title without the ellipsis that ends it, and
// whether it had one after three words or more: a shorter title ending in
// one is a headline of its own ("And then…").
func cutByEllipsis(t string) (string, bool) {
	stem, ok := strings.CutSuffix(t, "…")
	if !ok {
		if stem, ok = strings.CutSuffix(t, "..."); !ok {
			return t, false
		}
	}
	stem = strings.TrimRight(stem, " ")
	return stem, len(strings.Fields(stem)) >= 3
}

// relate sets on each candidate the evidence that comes from the others.
// Structured titles and the <title> are often written once and copied by
// the CMS into all of them, so they count as one witness against the
// visible page: agreeMeta counts them, agreeVisible says whether a visible
// heading (outside the furniture) says the same.
//
// site holds the simplified texts that splitByHeadings found to be the
// site's name; discussed, the titles the page's comments headings name
// (discussedTitle), which the CMS writes from the post's record: each is
// a witness for a heading, as a stated title is.
func relate(cands []titleCand, tc titleContext, site, discussed map[string]bool) {
	tag := titleTag(cands)
	rank := 0
	// "<title>Headline | Valley Gazette</title>" beside a JSON-LD
	// headline or og:title "Valley Gazette": a theme that writes the
	// site's name into a page's metadata. The last segment cut from the
	// end of the <title>, a name's few words after a longer headline, is
	// the site's name. So is the first segment cut from its start
	// ("Valley Gazette | Local | Headline") beside a masthead's <h1>.
	// A segment cut between the headline and the site's name
	// ("标题_新闻中心_某某网", "Headline - World - CBN News") names a
	// section or a channel: a heading that says it heads the section,
	// not the article ("<h1>新闻中心</h1>" over the story's <h2>).
	cutName, leadName, channel := "", "", ""
	for _, c := range cands {
		if c.src == srcTitleTag && len(c.suffix) > 0 {
			if last := c.suffix[len(c.suffix)-1]; spacedWords(last) <= 4 && spacedWords(c.text) > spacedWords(last) {
				cutName = simplify(last)
			}
			if len(c.suffix) == 2 && utf8.RuneCountInString(c.suffix[0]) < utf8.RuneCountInString(c.text) {
				channel = simplify(c.suffix[0])
			}
		}
		if c.src == srcTitleTag && leadCut(c) {
			if parts := titleParts(c.raw); len(parts) > 1 && spacedWords(parts[0]) <= 4 && spacedWords(c.text) > spacedWords(parts[0]) {
				leadName = simplify(parts[0])
			}
		}
	}
	for i := range cands {
		c := &cands[i]
		k := ""
		if cutName != "" || leadName != "" || channel != "" {
			k = simplify(c.text)
		}
		c.siteName = isSiteName(c, tc, site, tag) || cutName != "" && k == cutName && (c.src.structured() || mastheadCut(c)) || leadName != "" && k == leadName && mastheadCut(c) ||
			channel != "" && k == channel && c.src.visible()
		// "<title>Small Town Notes</title>" under "<h1><a
		// href="/">Small Town Notes</a></h1>", or a block classed
		// "title" that links home: the theme's every page. A blog
		// host's <h1> links the blog's own front page, a folder of the
		// host's ("<h1><a href="/kimlife">김씨의 살림 이야기</a></h1>"
		// over "<title>김씨의 살림 이야기</title>" on Naver's blogs).
		c.homeName = c.siteName && !c.src.visible() && tc.home.has(c.text) && slices.ContainsFunc(cands, func(d titleCand) bool {
			return (d.src == srcH1 || d.src == srcHeading) && (d.homeLink || d.brand) && simplify(d.text) == simplify(c.text)
		})
		c.plausible = plausibleHeadline(c.text) && !onlyDate(c.text)
	}
	// "<title>Valley Gazette</title>" under "<div id=header><h1>Valley
	// Gazette</h1>", an older static page's header that links nowhere:
	// the site's name, outside the article, as every page writes it. A
	// masthead's <h1> has no story after it before the next headline
	// candidate (mastheadHeading; "<p class=headline>" too): one that
	// has is the headline, which a page's metadata may name its site by
	// (MSN's application-name), unless its class or its parent's says it
	// is the logo ("<h1 id=logo>Small Paper Online</h1>" over a story
	// whose headline is a block classed as one).
	for i := range cands {
		c := &cands[i]
		if c.homeName || !c.siteName || c.src.visible() || !tc.siteNamed(c.text) && !site[simplify(c.text)] {
			continue
		}
		k := simplify(c.text)
		c.homeName = slices.ContainsFunc(cands, func(d titleCand) bool {
			return d.src == srcH1 && d.siteName && !d.inArticle && simplify(d.text) == k && (d.brand || !textFollowsUntil(d.node, nextVisible(cands, d), minFollowingText))
		})
	}
	if i := oneWordName(cands); i >= 0 {
		cands[i].plausible = true
	}
	sectionHeadings(cands, tc)
	for i := range cands {
		c := &cands[i]
		c.rank = -1
		if c.src == srcH1 && !c.furniture && c.plausible && !c.siteName {
			c.rank = rank
			rank++
		}
	}
	for i := range cands {
		cands[i].soleH1 = rank == 1 && cands[i].rank == 0
		cands[i].spellsSlug = cands[i].soleH1 && headingSpellsSlug(cands[i].text, tc.slug)
	}
	// Each text is simplified and split into words once, not once per pair.
	keys := make([]string, len(cands))
	words := make([][]string, len(cands))
	few := make([]bool, len(cands)) // 3 words or fewer, and not CJK
	many := make([]bool, len(cands))
	edge := make([]bool, len(cands))  // a stated title edgeElements may find (edgeLong)
	lossy := make([]bool, len(cands)) // holds a '?' or U+FFFD that lostChars reads as lost
	for i, c := range cands {
		keys[i] = simplify(c.text)
		words[i] = relateWords(c.text)
		n := len(strings.Fields(c.text))
		few[i], many[i] = n <= 3 && !isMostlyCJK(c.text), n > 3
		edge[i] = n >= 3 || longCJK(c.text) // edgeLong, with n counted once
		lossy[i] = strings.ContainsRune(strings.TrimSuffix(c.text, "?"), '?') || strings.Contains(c.text, "\uFFFD")
	}
	// edgeAgree reports whether, of the two, the heading v says the
	// stated title s with the text of an element at its edge
	// (edgeElements): "<h2><time>Jun 17</time>Headline</h2>", a blog
	// template's dated post title, says what the page states as
	// "Headline".
	edgeAgree := func(i, j int) bool {
		v, s := &cands[i], &cands[j]
		if !v.src.visible() {
			v, s, j = s, v, i
		}
		return v.src.visible() && !s.src.visible() && v.node != nil && edge[j] && edgeWith(v.node, v.text, s.text)
	}
	tagParts, tagWords := simplifiedParts(tag), relateWords(tag)
	for i := range cands {
		c := &cands[i]
		key := keys[i]
		var seen [nTitleSources]bool
		for j := range cands {
			d, dk := &cands[j], keys[j]
			if d.src == c.src || dk == "" {
				continue
			}
			same := dk == key || len(key) >= 12 && len(dk) >= 12 && (strings.HasPrefix(dk, key) || strings.HasPrefix(key, dk)) || lossy[i] && lostChars(c.text, d.text) ||
				edgeAgree(i, j)
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
		if c.src.visible() && discussed[key] {
			c.agreeMeta++
			c.discussed = true
		}
		c.inTitleTag = tag != "" && runOfParts(tagParts, key)
		if tag != "" {
			c.overlapTitle = wordShare(words[i], tagWords)
		}
	}
}

// dropFrontPageTitles removes the stated titles that are the site's
// front-page title on a page deeper in the site: the site's name, then a
// tagline that shares hardly a word with the page's <title> ("Valley
// Gazette - Local news for the valley" beside "<title>Council approves
// budget | Valley Gazette</title>"). WordPress titles its front page
// "Site – Tagline", and a theme that writes og:title once for every
// page writes that; the <title> names the page.
func dropFrontPageTitles(cands []titleCand, tc titleContext) []titleCand {
	if tc.page == nil || strings.Trim(tc.page.Path, "/") == "" {
		return cands
	}
	tag := slices.IndexFunc(cands, func(c titleCand) bool { return c.src == srcTitleTag })
	if tag < 0 || !plausibleHeadline(cands[tag].text) || tc.siteNamed(cands[tag].text) {
		return cands
	}
	tagWords := longWords(cands[tag].text)
	return slices.DeleteFunc(cands, func(c titleCand) bool {
		if !c.src.structured() || c.text == cands[tag].text {
			return false
		}
		parts := titleParts(c.raw)
		return len(parts) >= 2 && tc.siteNamed(parts[0]) && !tc.siteNamed(c.text) && wordShare(longWords(c.text), tagWords) < 0.3
	})
}

// longWords is overlapWords without the words of three letters or fewer
// (articles, prepositions, "for", "the"), which any two English texts
// share; CJK characters stay.
func longWords(s string) []string {
	return slices.DeleteFunc(overlapWords(s), func(w string) bool { return len(w) <= 3 && !isMostlyCJK(w) })
}

// nextVisible returns the node of the visible candidate after d in page
// order, or nil.
func nextVisible(cands []titleCand, d titleCand) *html.Node {
	for _, e := range cands {
		if e.src.visible() && e.node != nil && e.order == d.order+1 {
			return e.node
		}
	}
	return nil
}

// dashedSlogan marks as the site's a Chinese portal's "Site——Slogan"
// <title>, the name then a dash (a full-width one, or two) and the
// site's slogan, which an older template writes on every page
// ("江州网——江州人自己的新闻网站"): where the page shows a story's
// headline, an <h1> or a block classed as one that the story follows,
// and neither it nor any other stated title says what the <title> kept,
// that rest is the slogan, though it shares words with the headline.
// siteWideTagline reads the same layout where og:title repeats it.
func dashedSlogan(stated, vis []titleCand) {
	t := slices.IndexFunc(stated, func(c titleCand) bool { return c.src == srcTitleTag })
	if t < 0 || !leadCut(stated[t]) || !isMostlyCJK(stated[t].text) {
		return
	}
	raw, text := stated[t].raw, stated[t].text
	i := strings.LastIndex(raw, text)
	if i <= 0 || strings.TrimSpace(raw[i+len(text):]) != "" {
		return
	}
	lead := strings.TrimSpace(raw[:i])
	name := strings.TrimRight(lead, "—－- ")
	if sep := lead[len(name):]; name == "" || len(titleParts(name)) != 1 || !strings.Contains(sep, "—") && !strings.Contains(sep, "－－") && !strings.Contains(sep, "--") {
		return
	}
	kept := simplify(text)
	if slices.ContainsFunc(stated, func(c titleCand) bool { return c.src != srcTitleTag && simplify(c.text) == kept }) {
		return
	}
	if !slices.ContainsFunc(vis, func(v titleCand) bool {
		k := simplify(v.text)
		return (v.src == srcH1 || v.src == srcHeading) && !v.furniture && !v.inLink && !v.siteName && longCJK(v.text) &&
			!strings.Contains(k, kept) && !strings.Contains(kept, k) && textFollows(v.node, minFollowingText)
	}) {
		return
	}
	stated[t].siteName = true
}

// bareNameTitle marks as the site's a <title> that is a name alone, as an
// older template writes on every page ("<title>Valley Herald</title>"),
// where the page shows its headline in a block classed as one (<div
// class=headline>, <span class=article-title>, <p class=title>) that the
// story follows and nothing else names the site: no other stated title
// says otherwise, no <h1> outside the furniture heads the page (one
// linked to another page, as a blog's name in <div id="header"> links to
// its front page, heads none), the <title> is one segment of two to
// four capitalised words (a name's short connectors aside: "Le Journal
// de Montréal") with no sentence's stops, and the headline is longer and
// shares no word with it. A headline's <title> that short shares a word
// with the story's headline.
func bareNameTitle(stated, vis []titleCand) {
	t := slices.IndexFunc(stated, func(c titleCand) bool { return c.src == srcTitleTag })
	if t < 0 || stated[t].siteName || !nameAlone(stated[t].raw) {
		return
	}
	raw := simplify(stated[t].raw)
	if slices.ContainsFunc(stated, func(c titleCand) bool { return simplify(c.raw) != raw }) ||
		slices.ContainsFunc(vis, func(v titleCand) bool { return v.src == srcH1 && !v.furniture && !v.inLink }) {
		return
	}
	words := overlapWords(stated[t].raw)
	i := slices.IndexFunc(vis, func(v titleCand) bool { return v.src == srcHeading && !v.furniture && !v.inLink })
	if i < 0 || spacedWords(vis[i].text) < 2*len(words) || wordShare(overlapWords(vis[i].text), words) > 0 || !classedStory(vis[i]) {
		return
	}
	stated[t].siteName = true
}

// nameAlone reports whether s reads as a name: one segment of two to four
// words, the first and the last capitalised and any between capitalised
// or a short connector ("de", "of", "the"), with no stop, comma or
// colon a sentence would hold. A word of a script without capitals
// counts as capitalised: a portal's service or a paper names itself so
// ("네이버 블로그", "صحيفة النهار").
func nameAlone(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 || len(titleParts(s)) != 1 || strings.ContainsAny(s, "?!:,;.…\"“”«»") {
		return false
	}
	for k, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !caseless(r) && (k == 0 || k == len(f)-1 || utf8.RuneCountInString(w) > 3) {
			return false
		}
	}
	return true
}

// siteWideTagline marks as the site's the stated titles that a template
// fills with the site's "Site – Tagline" on every page: the <title> and
// og:title say the same text, cleaning cut the site's name from its
// start (leadCut), and the page's <h1>, a story's (its text follows it),
// shares no word of four letters or more with what was kept (or no
// character, in CJK text). The tagline is then no headline the <h1> must
// beat.
func siteWideTagline(stated, vis []titleCand) {
	t := slices.IndexFunc(stated, func(c titleCand) bool { return c.src == srcTitleTag })
	if t < 0 || !leadCut(stated[t]) {
		return
	}
	raw := simplify(stated[t].raw)
	if !slices.ContainsFunc(stated, func(c titleCand) bool { return c.src == srcOG && simplify(c.raw) == raw }) {
		return
	}
	if slices.ContainsFunc(stated, func(c titleCand) bool { return simplify(c.raw) != raw }) {
		return
	}
	content := func(s string) []string {
		return slices.DeleteFunc(overlapWords(s), func(w string) bool { return !isMostlyCJK(w) && utf8.RuneCountInString(w) < 4 })
	}
	kept := content(stated[t].text)
	if len(kept) == 0 || !slices.ContainsFunc(vis, func(v titleCand) bool {
		return v.src == srcH1 && !v.furniture && edgeLong(v.text) && wordShare(content(v.text), kept) == 0 && textFollows(v.node, minFollowingText)
	}) {
		return
	}
	for i := range stated {
		stated[i].siteName = true
	}
}

// relateWords are the words relate compares two titles by: overlapWords,
// but a run of CJK characters counts by its pairs of neighbours, not by
// each character: "本地新闻", a channel's name, shares 地, 新 and 闻 with
// "江州地铁…|江州新闻网" but only "新闻" of its three pairs.
func relateWords(s string) []string {
	return titleWords(s, cjkPairs)
}

// cjkPairs appends each pair of neighbouring characters of run to out, or
// run itself when it is one character.
func cjkPairs(out []string, run string) []string {
	if utf8.RuneCountInString(run) == 1 {
		return append(out, run)
	}
	for i := 0; i < len(run); {
		_, a := utf8.DecodeRuneInString(run[i:])
		if i+a >= len(run) {
			break
		}
		_, b := utf8.DecodeRuneInString(run[i+a:])
		out = append(out, run[i:i+a+b])
		i += a
	}
	return out
}
