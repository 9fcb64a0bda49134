package extractor

import (
	"regexp"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"slices"
	"strings"
)

// authorFrom is where an author candidate was read. The order is the
// default preference between sources that disagree (authorWeight).
type authorFrom int

const (
	fromJSONLD         authorFrom = iota // JSON-LD author or creator that is not an Organization
	fromByline                           // visible byline text: "By X", "作者：X", "Written by" then X
	fromMicrodata                        // itemprop=author (microdata, RDFa)
	fromMeta                             // <meta> author, article:author, parsely-author, dc.creator, byl, …
	fromTwitterLabel                     // twitter:label1 "Written by" with twitter:data1
	fromCitation                         // citation_author (Highwire Press / Google Scholar)
	fromAuthorElement                    // an element whose class or itemprop says author, an author link by the headline, <address>
	fromAuthorPage                       // the one author page the page links to
	fromBodyText                         // Chinese reporter credits opening or closing the body
	fromRelAuthor                        // <a rel=author> anywhere
	fromJSONLDOrg                        // JSON-LD author that is an Organization
	fromTwitterCreator                   // twitter:creator written out (not a @handle)
	fromEditorLabel                      // a Chinese "编辑：X" credit, the only one some pages give
	fromNameList                         // an unlabelled list of full names right under the headline
	fromFurnitureBox                     // an author box inside a block whose class reads as furniture
	fromSiteOwner                        // the person a personal site is named after (authorowner.go)
)

// authorProv is the provenance key of each source.
var authorProv = [...]string{
	fromJSONLD:         "json-ld",
	fromByline:         "byline-text",
	fromMicrodata:      "microdata",
	fromMeta:           "meta:name", // refined per key by metaSource
	fromTwitterLabel:   "meta:twitter",
	fromCitation:       "meta:citation",
	fromAuthorElement:  "author-link",
	fromAuthorPage:     "author-link",
	fromBodyText:       "body-text",
	fromRelAuthor:      "rel-author",
	fromJSONLDOrg:      "json-ld",
	fromTwitterCreator: "meta:twitter",
	fromEditorLabel:    "byline-text",
	fromNameList:       "byline-text",
	fromFurnitureBox:   "author-link",
	fromSiteOwner:      "site-owner",
}

// authorCand is one statement of who wrote the article, with the evidence
// the choice (authorchoice.go) weighs.
type authorCand struct {
	names []string
	from  authorFrom
	src   string // the provenance key reported when this candidate wins
	// pos is the visible scan's position of a visible candidate, -1 for
	// one read from metadata.
	pos int
	// label is the label that introduced a visible byline, lower-cased
	// ("by", "written by", "author", "作者", "记者"), "" when none did.
	label string
	// linked: every name is the text of its own author-page link, so
	// each is an author whatever the separators between them.
	linked bool
}

// authorMetaKeys are the <meta> names that hold an article's authors as
// text, in the order they are preferred.
var authorMetaKeys = []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "cxenseparse:author"}

// gatherAuthors collects every author candidate the page offers: its
// structured data (m), its visible bylines and author elements (vis), and
// the reporter credits of Chinese body text (a.Text), the owner of a
// personal site (a.URL, a.SiteName). Nothing is chosen here.
func gatherAuthors(m *pageMeta, vis visible, a *Article) []authorCand {
	var out []authorCand
	add := func(names []string, from authorFrom, src string) {
		if len(names) > 0 {
			out = append(out, authorCand{names: names, from: from, src: src, pos: -1})
		}
	}
	if o := m.ldAuthored(); o != nil {
		people, orgs := m.ldAuthors(o["author"])
		if len(people) == 0 && len(orgs) == 0 {
			people, orgs = m.ldAuthors(o["creator"])
		}
		add(people, fromJSONLD, "json-ld")
		add(orgs, fromJSONLDOrg, "json-ld")
	}
	out = append(out, vis.authorCands...)
	add(splitAll(m.authorsMicro), fromMicrodata, "microdata")
	for _, k := range authorMetaKeys {
		for _, v := range m.tags[k] {
			if metaNotNames(v) {
				continue
			}
			names := splitAuthors(v)
			if whole := normSpace(v); len(names) > 1 && slices.ContainsFunc(out, func(c authorCand) bool {
				return c.from == fromJSONLDOrg && slices.ContainsFunc(c.names, func(n string) bool { return strings.EqualFold(n, whole) })
			}) {
				// "Center for Drug Evaluation and Research" is one
				// organisation, as the JSON-LD says.
				names = []string{whole}
			}
			add(names, fromMeta, metaSource(k))
		}
	}
	add(m.twitterWrittenBy(), fromTwitterLabel, "meta:twitter")
	add(citationAuthors(m.tags["citation_author"]), fromCitation, "meta:citation")
	for _, v := range m.tags["twitter:creator"] {
		if !metaNotNames(v) {
			add(splitAuthors(v), fromTwitterCreator, "meta:twitter")
		}
	}
	// Links to one author's page, wherever they are (an author box below
	// the article).
	add(splitAuthors(m.oneAuthorPage()), fromAuthorPage, "author-link")
	add(cjkBodyAuthors(a.Text), fromBodyText, "body-text")
	add(splitAll(m.relAuthors), fromRelAuthor, "rel-author")
	if o := siteOwner(m, a.URL, a.SiteName, a.Text); o != "" {
		add([]string{o}, fromSiteOwner, "site-owner")
	}
	return out
}

// ldAuthored is the JSON-LD object that states the article's author: the
// article's own, else a WebPage with an author (Yoast and The SEO
// Framework put it there when the post is not typed an Article).
func (m *pageMeta) ldAuthored() map[string]any {
	if o := m.ldArticle(); o != nil {
		return o
	}
	for _, o := range m.ld {
		if ldHasType(o, reWebPage) && (o["author"] != nil || o["creator"] != nil) {
			return o
		}
	}
	return nil
}

// metaNotNames reports whether a <meta> author value is an address, a
// @handle or a publisher list with a web address ("云南日报, www.yunnan.cn")
// rather than names.
func metaNotNames(v string) bool {
	if strings.Contains(v, "://") || strings.HasPrefix(strings.TrimSpace(v), "@") {
		return true
	}
	return slices.ContainsFunc(reAuthorSplit.Split(v, -1), func(p string) bool { return looksLikeDomain(strings.TrimSpace(p)) })
}

// reWrittenByLabel is a twitter:labelN that introduces the author in the
// twitter:dataN beside it (WordPress with Yoast SEO writes "Written by").
var reWrittenByLabel = regexp.MustCompile(`(?i)^\s*(?:written\s+by|author|authors|by|escrito\s+por|écrit\s+par|verfasst\s+von|autor|auteur|autore|作者)\s*:?\s*$`)

// twitterWrittenBy is the twitter:dataN whose twitter:labelN says
// "Written by".
func (m *pageMeta) twitterWrittenBy() []string {
	for i := 1; i <= 4; i++ {
		n := string(rune('0' + i))
		labels, data := m.tags["twitter:label"+n], m.tags["twitter:data"+n]
		for j, l := range labels {
			if j < len(data) && reWrittenByLabel.MatchString(l) && !metaNotNames(data[j]) {
				return splitAuthors(data[j])
			}
		}
	}
	return nil
}

// citationAuthors reads citation_author tags: one author each, often
// written "Last, First", which is turned round ("Tishby, Naftali" is
// Naftali Tishby).
func citationAuthors(vals []string) []string {
	var out []string
	for _, v := range vals {
		v = normSpace(v)
		if last, first, ok := strings.Cut(v, ","); ok && !strings.Contains(first, ",") && strings.TrimSpace(first) != "" &&
			len(strings.Fields(last)) <= 3 {
			v = strings.TrimSpace(first) + " " + strings.TrimSpace(last)
		}
		if n := cleanName(v); n != "" {
			out = append(out, n)
		}
	}
	return dedupe(out)
}

// The visible scan's side of the candidates: it calls these as it finds
// bylines and author elements.

// addAuthors records names read from visible text at the scan's position.
// It reports whether this is the page's first byline (from fromByline),
// the one whose block leaves the body.
func (v *visible) addAuthors(names []string, from authorFrom, pos int, label string) bool {
	if len(names) == 0 {
		return false
	}
	first := !v.has(from)
	v.authorCands = append(v.authorCands, authorCand{names: names, from: from, src: authorProv[from], pos: pos, label: strings.ToLower(label)})
	return first
}

// reAuthorBoxLabel is a heading over an author box's name.
var reAuthorBoxLabel = regexp.MustCompile(`(?i)^(?:about\s+(?:the\s+)?authors?|(?:written|posted|article|story)\s+by|by|authors?|the\s+author|meet\s+the\s+authors?|name|por|von|par|eingestellt\s+von|publicado\s+por|escrito\s+por)\s*:?$`)

// authorBox reads the name that heads an author box: the first line of an
// element whose class says author, when the box goes on with a biography
// ("blog_author-text": "Lauren Vetter", then what she does).
func (s *scanner) authorBox(n *html.Node) { s.authorBoxAs(n, fromAuthorElement) }

// authorBoxAs is authorBox recording its name as from.
func (s *scanner) authorBoxAs(n *html.Node, from authorFrom) {
	lines := 0
	walk(n, func(c *html.Node) bool {
		if lines >= 3 || c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
			return false
		}
		if c.Type != html.TextNode {
			return true
		}
		t := normSpace(c.Data)
		if t == "" {
			return true
		}
		lines++
		if reAuthorBoxLabel.MatchString(t) {
			return true
		}
		if len(t) <= 60 {
			if names := splitAuthors(t); looksLikeNames(names) {
				s.v.addAuthors(names, from, s.pos, "")
			}
		}
		lines = 3 // the first line that is not a label decides
		return false
	})
}

// furnitureAuthorText is the most text a block named as furniture may hold
// for the author box inside it to be read: more is a sidebar or a list.
const furnitureAuthorText = 200

// furnitureAuthor reads the author box that a page builder wraps in a
// block whose class reads as furniture ("elementor-widget-wrap" around
// "elementor-author-box__name"): the first author element in a short
// block, read as any other author box. Comment threads and forms are
// furniture of another kind: their author fields name commenters.
func (s *scanner) furnitureAuthor(n *html.Node) {
	v := s.v
	if v.has(fromFurnitureBox) || v.h1Pos < 0 && !s.noHeadline || !namedOnly(n) || commentish(n) ||
		textLenUpTo(n, furnitureAuthorText+1) > furnitureAuthorText {
		return
	}
	var box *html.Node
	walk(n, func(c *html.Node) bool {
		switch {
		case box != nil || c.Type != html.ElementNode:
		case c.DataAtom == atom.Form || c.DataAtom == atom.Input || c.DataAtom == atom.Label || commentish(c):
			box = c // a form's field or a comment: no author box here
		case c != n && isAuthorElement(c):
			box = c
		}
		return box == nil
	})
	if box == nil || box.DataAtom == atom.Form || box.DataAtom == atom.Input || box.DataAtom == atom.Label || commentish(box) {
		return
	}
	s.authorBoxAs(box, fromFurnitureBox)
}

// commentish reports whether n's class or id names a comment thread or a
// reply form.
func commentish(n *html.Node) bool {
	cid := classID(n)
	return strings.Contains(cid, "comment") || strings.Contains(cid, "respond") || strings.Contains(cid, "reply")
}

// authorLinkList is the names of the author links among which a, an
// author link, stands: "<a>Rui Ma</a>, <a>Heba Ledwon</a> & <a>Suparn
// Patra</a>" credits every co-author, not the first alone. The list is the
// nearest element around a (three levels up at most) that holds another
// link; it counts when every link in it is an author link and its text is
// their names and separators only. Otherwise a's own names are returned.
func authorLinkList(a *html.Node) (names []string, linked bool) {
	own := splitAuthors(textOf(a))
	for p, i := a.Parent, 0; p != nil && i < 3 && p.Type == html.ElementNode; p, i = p.Parent, i+1 {
		links, others := 0, false
		walk(p, func(c *html.Node) bool {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				links++
				others = others || !isAuthorLink(c)
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
			return names, true
		}
		return own, false
	}
	return own, false
}

// nameDue reports whether a byline label stood alone in one of the last
// two blocks read ("Article written by:" over an author box far below the
// headline), so the next blocks are read for its name wherever they are.
func (s *scanner) nameDue() bool {
	return s.authorNext && s.pos-s.authorNextPos <= 2 && !s.v.has(fromByline)
}

// reInCategory cuts the category after a name in a meta line ("Mahua Das
// in Projects").
var reInCategory = regexp.MustCompile(`\s+in\s+\p{Lu}.*$`)

// metaLineWindow is how many blocks below the headline an unlabelled meta
// line may stand: further down, "Jane Doe | May 2, 2025" is a teaser's.
const metaLineWindow = 15

// metaLineAuthors reads an unlabelled byline in a meta line beside the
// headline: the names in one segment of a line whose segments are split by
// "|", "•" or "·" and of which another is a date ("Aaron Ricadela | Senior
// Writer | July 2, 2025", "Dec 26, 2025 • Mahua Das in Projects").
func (s *scanner) metaLineAuthors(t string) {
	v := s.v
	if len(t) > 160 || !strings.ContainsAny(t, "•·|") || v.h1Pos < 0 || s.pos-v.h1Pos > metaLineWindow {
		return
	}
	segs := reMetaSep.Split(t, -1)
	dated := slices.ContainsFunc(segs, func(seg string) bool {
		seg = strings.TrimSpace(seg)
		return len(seg) <= 40 && dateCovers(seg)
	})
	if !dated {
		return
	}
	for _, seg := range segs {
		seg = reInCategory.ReplaceAllString(strings.TrimSpace(seg), "")
		if seg == "" || dateCovers(seg) {
			continue
		}
		names := splitAuthors(seg)
		if len(names) == 1 && len(strings.Fields(names[0])) >= 2 && looksLikeNames(names) {
			v.addAuthors(names, fromByline, s.pos, "")
		}
		return // the first segment that is not a date decides
	}
}

// nameListWindow is how many blocks under the headline an unlabelled
// list of names may stand.
const nameListWindow = 3

// nameList records an unlabelled list of two or more full names right
// under the headline, as papers and reports give their authors
// ("Naftali Tishby, Fernando C. Pereira, William Bialek"). Each name has
// two to four words; a list of single words ("Apple, Google") is not one.
func (s *scanner) nameList(t string) {
	v := s.v
	if len(t) > 240 || v.h1Pos < 0 || s.pos-v.h1Pos > nameListWindow || !strings.ContainsAny(t, ",;&") || hasDigit(t) {
		return
	}
	names := splitAuthors(t)
	if len(names) < 2 || !looksLikeNames(names) {
		return
	}
	for _, n := range names {
		if w := len(strings.Fields(bareName(n))); w < 2 || w > 4 || isCJKName(n) {
			return
		}
	}
	v.addAuthors(names, fromNameList, s.pos, "")
}

// cjkCredit records the names of a Chinese credit line ("本报记者 王燕平
// 方云凤", "本报实习生 刘国栋 周炜", "通讯员 张三"). Reporters, interns and
// correspondents credited on consecutive lines wrote the piece together:
// a line within four blocks of the page's first credit line adds its names
// to it.
func (s *scanner) cjkCredit(names []string) {
	v := s.v
	for i := range v.authorCands {
		c := &v.authorCands[i]
		if c.from != fromByline {
			continue
		}
		if c.label == "记者" && s.pos-c.pos <= 4 {
			c.names = dedupe(append(c.names, names...))
			c.pos = s.pos
		}
		return // the page's byline is another one, or further up
	}
	v.addAuthors(names, fromByline, s.pos, "记者")
}

// editorCredit records the name after a plain "编辑" label, which Chinese
// pages without a byline give as their only credit. "责任编辑" (the editor
// in charge) and English "Editor:" name an editor, not an author.
func (s *scanner) editorCredit(l labelled) {
	if l.label != "编辑" || s.v.h1Pos < 0 && !s.noHeadline {
		return
	}
	if names := splitAuthors(l.value); looksLikeNames(names) {
		s.v.addAuthors(names, fromEditorLabel, s.pos, l.label)
	}
}

// reLeadName is a name, in brackets or not, before a Chinese source or
// posting label: "[ 黄宇 ] 来源：[ 国际金融报 ]", "ggjjzhzz 发表于 2005-9-15".
var reLeadName = regexp.MustCompile(`^[\[【(（]?\s*([\p{Han}]{2,4}|[\p{L}\p{N}_.-]{3,24})\s*[\]】)）]?$`)

// reTrailingBracketName is a bracketed Chinese name that ends a dateline
// before its source label.
var reTrailingBracketName = regexp.MustCompile(`\s[\[【(（]\s*([\p{Han}]{2,4})\s*[\]】)）]$`)

// leadName records the name that stands before a block's first label when
// that label is a Chinese source ("来源") or posting ("发表于") label.
func (s *scanner) leadName(t string, labels []labelled) {
	if s.v.has(fromByline) || s.v.h1Pos < 0 && !s.noHeadline {
		return
	}
	// Private-use characters are a GBK page's own glyphs (an icon, a
	// spacer) decoded as browsers do.
	lead := strings.TrimFunc(t[:strings.Index(t, labels[0].raw)], func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Co, r) })
	switch labels[0].label {
	case "来源", "稿源":
	case "发表于", "发布于":
		// "[湖湘文化] 陈天华《警世钟》 ggjjzhzz 发表于 …": the poster is the
		// word before the label.
		if f := strings.Fields(lead); len(f) > 0 {
			lead = f[len(f)-1]
		}
	default:
		return
	}
	m := reLeadName.FindStringSubmatch(lead)
	if m == nil {
		// "BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：": a
		// bracketed name closing a longer dateline.
		m = reTrailingBracketName.FindStringSubmatch(lead)
	}
	if m == nil || hasDigit(m[1]) || reCJKNotName.MatchString(m[1]) {
		return
	}
	if n := cleanName(m[1]); n != "" {
		s.v.addAuthors([]string{n}, fromByline, s.pos, "")
	}
}

// reInnerBy is a "By" that starts a byline inside a block.
var reInnerBy = regexp.MustCompile(`\s(?:[Bb]y|BY)\s+\p{Lu}`)

// bylineAfterDate reads a byline that follows a dateline in one block:
// "Last updated Aug 04, 2025 Written by Edzel Tabing", "Apr 17, 2025 By
// Jerry Chu". A plain "By" counts only after a date and nothing else.
func (s *scanner) bylineAfterDate(t string) {
	if !strings.Contains(t, "by") && !strings.Contains(t, "By") && !strings.Contains(t, "BY") {
		return // most blocks: no regular expression runs
	}
	label := "written by"
	if !reWrittenBy.MatchString(t) {
		loc := reInnerBy.FindStringIndex(t)
		if loc == nil || !dateCovers(t[:loc[0]]) {
			return
		}
		t, label = t[loc[0]:], "by"
	}
	if names := splitAuthors(t); looksLikeNames(names) {
		s.v.addAuthors(names, fromByline, s.pos, label)
	}
}

// aboveHeadlineWindow is how many blocks above the headline an author
// element may stand: templates set "Team SimplyThrilled · September 4,
// 2025" over the headline as often as under it. Further up, a name is
// the masthead's or a menu's.
const aboveHeadlineWindow = 3

// keepAboveHeadline records the author element met just above the
// headline unless one stands closer below it.
func (s *scanner) keepAboveHeadline() {
	c, v := s.aboveHeadline, s.v
	if c == nil || v.h1Pos < 0 || v.h1Pos-c.pos > aboveHeadlineWindow {
		return
	}
	for i, o := range v.authorCands {
		if o.from == fromAuthorElement && o.pos >= 0 {
			if o.pos-v.h1Pos > v.h1Pos-c.pos {
				v.authorCands[i] = *c // the one below is a teaser's or a box's
			}
			return
		}
	}
	v.authorCands = append(v.authorCands, *c)
}

// inAuthorElement reports whether n, or one of the few elements that wrap
// it and no more text, says it holds an author: `<div class="author">`
// around `<div class="creator-name">Newsdesk</div>`.
func inAuthorElement(n *html.Node) bool {
	tl := -1
	for i, p := 0, n; i < 4 && p != nil && p.Type == html.ElementNode; i, p = i+1, p.Parent {
		if isAuthorElement(p) {
			return true
		}
		if tl < 0 {
			tl = textLenUpTo(n, 81)
		}
		if p != n && textLenUpTo(p, tl+1) != tl {
			return false // the wrapper holds more than the name
		}
	}
	return false
}

// has reports whether the scan has recorded a candidate from this source.
func (v *visible) has(from authorFrom) bool {
	return slices.ContainsFunc(v.authorCands, func(c authorCand) bool { return c.from == from })
}

var reOrgType = regexp.MustCompile(`^(?:\w+:)?(?:Organization|NewsMediaOrganization|Corporation|EducationalOrganization|GovernmentOrganization|LocalBusiness|NGO|MedicalOrganization|Brand|WebSite)$`)

// ldAuthors splits a JSON-LD author value into people and organisations.
// An organisation's name is kept whole ("Center for Drug Evaluation and
// Research"); a person's string may still hold several names.
func (m *pageMeta) ldAuthors(v any) (people, orgs []string) {
	var visit func(any)
	visit = func(v any) {
		switch t := m.ldResolve(v).(type) {
		case []any:
			for _, e := range t {
				visit(e)
			}
		case map[string]any:
			name := ldString(t["name"])
			if name == "" {
				return
			}
			if ldHasType(t, reOrgType) {
				if n := strings.TrimSpace(name); n != "" && len(n) < 120 {
					orgs = append(orgs, n)
				}
				return
			}
			people = append(people, splitAuthors(name)...)
		case string:
			people = append(people, splitAuthors(t)...)
		}
	}
	visit(v)
	return dedupe(people), dedupe(orgs)
}

// splitAll splits each byline and returns the distinct names.
func splitAll(bylines []string) []string {
	var names []string
	for _, b := range bylines {
		names = append(names, splitAuthors(b)...)
	}
	return dedupe(names)
}

func dedupe(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		k := strings.ToLower(n)
		if !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}
