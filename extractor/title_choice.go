package extractor

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleResult is the chosen headline, its provenance, and the segments its
// source had after it (a section, the site), which resolveSection reads.
type titleResult struct {
	title, source string
	suffix        []string
}

// pickTitle gathers the page's title candidates and chooses one. The site
// name and the page's section help clean them; nav is read only if a
// title has segments to check against the menus. page is the page's own
// address, base the one its links are read against (its <base href>).
func pickTitle(m *pageMeta, doc *html.Node, siteName string, page, base *url.URL, nav *navSet) titleResult {
	tc := newTitleContext(m, doc, siteName, page, nav)
	tc.withBase(page, base)
	cands := titleCandidates(m, doc, tc)
	i := chooseTitle(cands)
	if i < 0 || cands[i].siteName {
		// A page that names itself nowhere but in the last, plain step
		// of its breadcrumb trail ("You are here: Home > News >
		// <strong>Headline</strong>") names itself there.
		if t, _ := tc.clean(trailLastStep(m.breadcrumbs(doc)), false); t != "" {
			return titleResult{title: t, source: "breadcrumb"}
		}
	}
	if i < 0 {
		return titleResult{}
	}
	return finishTitle(cands, i, doc)
}

// trailLastStep returns the text after the last link of the first of
// trails that has one, its separators trimmed, where it is long enough
// to be a headline (more than three words, or six CJK characters) and no
// longer than one; "" for none. A
// trail's last step is the page itself, set as plain text.
func trailLastStep(trails []*html.Node) string {
	for _, trail := range trails {
		var b strings.Builder
		linked := false
		walk(trail, func(n *html.Node) bool {
			switch {
			case n.Type == html.ElementNode && n.DataAtom == atom.A:
				linked = true
				b.Reset()
				return false
			case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
				return false
			case n.Type == html.TextNode:
				b.WriteString(n.Data)
				b.WriteByte(' ')
			}
			return true
		})
		if !linked {
			continue
		}
		t := normSpace(strings.TrimFunc(normSpace(b.String()), func(r rune) bool {
			return strings.ContainsRune(crumbSeps+"/\\→:-–—", r) || unicode.IsSpace(r)
		}))
		if (spacedWords(t) > 3 || longCJK(t)) && plausibleHeadline(t) {
			return t
		}
		return ""
	}
	return ""
}

// titleFeatures are the features of a candidate the ranking weighs, in the
// order of titleWeights.
const (
	fSource       = iota // one weight per titleSource: nTitleSources of them
	fFirstH1      = nTitleSources + iota - 1
	fLaterH1      // an <h1> outside the furniture after the first
	fInLink       // the heading is a link
	fLate         // in the second half of the page's text
	fInArticle    // inside <article> or <main>
	fSiteName     // it is the site's name
	fImplausible  // one word, or a paragraph
	fAgreeMeta    // a stated title: per other stated title that agrees, up to 3
	fStatedAgrees // a heading: per stated title that agrees, up to 3
	fShort        // a heading of three words or fewer where a stated title is longer
	fAgreeVisible // a visible heading outside the furniture agrees
	fInTitleTag   // a run of the <title>'s segments
	fUnrelated    // a heading that shares under 30% of its words with any stated title
	fRelated      // one that shares half of them or more
	fUnrelatedTag // fUnrelated where the <title> is the only stated title and the heading the only <h1>
	nTitleFeatures
)

// statedKind says which titles a page states besides its visible headings.
type statedKind uint8

const (
	statedNone statedKind = iota // none: no <title>, no structured data
	statedTag                    // only the <title>
	statedData                   // structured data or <meta>, the <title> or not
)

// statedOf returns the kind of titles the candidates state. A stated
// title that is the site's name as its masthead links it home (homeName)
// states none: an older theme writes that name as every page's <title>,
// and a heading that shares no word with it is not thereby unrelated to
// the page.
func statedOf(cands []titleCand) statedKind {
	k := statedNone
	for _, c := range cands {
		switch {
		case c.homeName: // states nothing
		case !c.plausible: // one word or a paragraph: says little
		case c.src.structured():
			return statedData
		case c.src == srcTitleTag:
			k = statedTag
		}
	}
	return k
}

// features returns the candidate's feature values.
func (c *titleCand) features(stated statedKind) [nTitleFeatures]float64 {
	var f [nTitleFeatures]float64
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	f[fSource+int(c.src)] = 1
	f[fSiteName] = b(c.siteName)
	f[fImplausible] = b(!c.plausible)
	f[fInTitleTag] = b(c.inTitleTag && c.src != srcTitleTag)
	if !c.src.visible() {
		f[fAgreeMeta] = float64(min(c.agreeMeta, 3))
		f[fAgreeVisible] = b(c.agreeVisible)
		return f
	}
	f[fStatedAgrees] = float64(min(c.agreeMeta, 3))
	f[fShort] = b(c.short)
	f[fFirstH1] = b(c.rank == 0)
	f[fLaterH1] = b(c.rank > 0)
	f[fInLink] = b(c.inLink)
	f[fLate] = b(c.at > 0.5)
	f[fInArticle] = b(c.inArticle)
	// A heading that shares hardly a word with any title the page states
	// is a blog's name, a section label or a pull quote. A page that
	// states only its <title> (an older CMS's, with no structured data)
	// often writes there a title for search engines that its headline
	// does not repeat: that is weaker evidence against its one <h1>
	// (where many <h1>s differ from the <title>, they head a list).
	if stated != statedNone {
		r := max(c.overlapMeta, c.overlapTitle)
		weak := stated == statedTag && c.soleH1
		// The post's title as its CMS records it, which the comments
		// heading repeats, is not unrelated to the page for an SEO
		// title that says it otherwise.
		// The only <h1>, where it spells the page's slug, is the
		// headline the CMS recorded: an og:title that shares hardly a
		// word with it is the social copy written for sharing.
		f[fUnrelated] = b(r < 0.3 && !weak && !c.discussed && !c.spellsSlug)
		f[fUnrelatedTag] = b(r < 0.3 && weak)
		f[fRelated] = b(r >= 0.5)
	}
	return f
}

// titleWeights weigh the features; a candidate's score is the weighted sum.
// They are a conditional logit (the labelled title against the page's other
// candidates) fitted on the fit half of wcxb-dev (TestTitleDump's rows),
// with an L2 pull (0.01) towards hand-set weights, which also stand for the
// sources the fit half barely has (citation_title). In a threefold
// cross-validation within the fit half, 0.01 did best of 0.001-0.03 and as
// well as the hand-set weights alone (322 of 370 pages each).
var titleWeights = [nTitleFeatures]float64{
	// json-ld, og, twitter, citation, dc, parsely, microdata, title, h1, heading
	1.06, 1.55, 0.94, 1.20, 0.76, 0.92, 0.92, 0.62, 2.02, 0.09,
	0.82,  // first h1
	-0.17, // later h1
	-1.27, // in a link
	-1.72, // late
	0.39,  // in article
	-5.00, // site name
	-2.33, // implausible
	-0.05, // per agreeing stated title
	0.66,  // per stated title agreeing with a heading
	-0.71, // short heading
	2.38,  // agrees with a visible heading
	0.47,  // in the <title>
	-2.75, // unrelated
	0.42,  // related
	-1.50, // unrelated to the <title>, the only stated title
}

// score is the candidate's rank: the weighted sum of its features.
func (c *titleCand) score(stated statedKind) float64 {
	f := c.features(stated)
	s := 0.0
	for i, v := range f {
		s += titleWeights[i] * v
	}
	return s
}

// chooseTitle returns the index of the best-ranked candidate, -1 for none.
// Ties go to the earlier candidate: structured data before visible text.
// A heading in the furniture around the article (a masthead, a menu, a
// sidebar) is never the title, even where nothing else names the page.
func chooseTitle(cands []titleCand) int {
	stated := statedOf(cands)
	best, top := -1, 0.0
	for i := range cands {
		if cands[i].src.visible() && cands[i].furniture {
			continue
		}
		if s := cands[i].score(stated); best < 0 || s > top {
			best, top = i, s
		}
	}
	return best
}

// finishTitle returns the chosen candidate as the article's title. A
// visible heading takes its letter case from a structured title when CSS
// sets it in capitals, and its characters when the page lost some to an
// encoding error.
func finishTitle(cands []titleCand, i int, doc *html.Node) titleResult {
	c := cands[i]
	t := titleResult{title: c.text, source: c.prov, suffix: c.suffix}
	if c.src.visible() {
		for _, d := range cands {
			if d.src.visible() {
				continue
			}
			if lostChars(t.title, d.text) || lostSeparators(t.title, d.text) || edgeElements(c.node, t.title, d.text) || spacedApart(t.title, d.text) || kindLabelled(t.title, d.text) {
				t.title, t.source = d.text, d.prov
				break
			}
			t.title = caseFrom(t.title, d.text)
		}
	}
	if !c.src.visible() {
		// The headline as the page shows it: a visible heading that
		// says the chosen title's words in other letter case or with
		// other marks (typographic quotes and dashes, "Warcraft's"
		// where the title has "Warcraft 's"). Not one in capitals,
		// one that lost the title's separators between two elements
		// ("<h1><span>Kicker</span> <span>Headline</span>") or set
		// spaces around them, nor one whose characters the page lost
		// to its encoding ("Beginner?s"). A plain <h2> the title is
		// confirmed by (splitByHeadings) counts: an older template's
		// post title.
		k := simplify(t.title)
		shows := func(h string) bool {
			return h != t.title && simplify(h) == k && strings.ToUpper(h) != h && strings.Count(h, " ") <= strings.Count(t.title, " ") && !lostSeparators(h, t.title) && !lostChars(h, t.title)
		}
		shown := false
		for _, d := range cands {
			if d.src.visible() && !d.furniture && shows(d.text) {
				t.title, t.source, shown = d.text, d.prov, true
				break
			}
		}
		if !shown && c.confirmed {
			// "Pressemitteilungen:" over a list: the colon leads
			// into what follows, no part of the title.
			if h := strings.TrimSuffix(plainHeadingSaying(doc, k), ":"); shows(h) {
				t.title, t.source = h, "heading"
			}
		}
	}
	if !c.src.visible() {
		t.title, t.source = headingByline(t, cands, doc)
	}
	t.title = withJoiners(t.title, c, cands)
	if len(t.suffix) == 0 {
		if tag := findFirst(doc, byTag(atom.Title)); tag != nil {
			t.suffix = suffixAfter(normSpace(textOf(tag)), t.title)
		}
	}
	return t
}

// headingByline cuts the byline a template glues to the end of a stated
// title ("<title>Headline by Jane Doe | Site</title>", titleByline)
// where a heading of the page, outside the furniture, says the headline
// without it: the page shows where its headline ends, though it names
// no author (cutTitleByline and cutShownByline need one). The heading's
// text is returned with its provenance.
func headingByline(t titleResult, cands []titleCand, doc *html.Node) (string, string) {
	head, _, ok := titleByline(t.title)
	if !ok {
		return t.title, t.source
	}
	k := simplify(head)
	for _, d := range cands {
		if d.src.visible() && !d.furniture && simplify(d.text) == k {
			return d.text, d.prov
		}
	}
	if h := plainHeadingSaying(doc, k); h != "" {
		return h, "heading"
	}
	return t.title, t.source
}

// lostSeparators reports whether h is t without the separators t sets
// between its words: a heading whose title and subtitle are two elements
// ("<h1><span>Title</span> <span>Subtitle</span></h1>") reads "Title
// Subtitle" where the stated title writes "Title - Subtitle", and one
// whose kicker is an element of its own ("<h1><span>Kicker</span>
// <span>Headline</span></h1>") reads "Kicker Headline" where the stated
// title writes "Kicker: Headline".
func lostSeparators(h, t string) bool {
	hw, tw := strings.Fields(h), strings.Fields(t)
	if len(tw) < len(hw) || len(tw) > len(hw)+3 {
		return false
	}
	i, lost := 0, 0
	for _, w := range tw {
		switch {
		case i < len(hw) && w == hw[i]:
			i++
		case i < len(hw) && lost < 3 && len(w) > 1 && w[len(w)-1] == ':' && w[:len(w)-1] == hw[i]:
			i++
			lost++
		case strings.Trim(w, titleSepChars) != "":
			return false
		default:
			lost++
		}
	}
	return i == len(hw) && lost > 0
}

// spacedApart reports whether a heading's text h is the stated title t
// with white space where t has none: a heading set in inline elements
// ("<span>Klimaschutz</span><span class=visually-hidden>:</span>
// <span>Bohren …</span>") reads "Klimaschutz : Bohren …" where the page
// states "Klimaschutz: Bohren …".
func spacedApart(h, t string) bool {
	if len(h) <= len(t) || len(h) > len(t)+8 {
		return false
	}
	i := 0 // t[:i] is matched
	for k := 0; k < len(h); {
		_, n := utf8.DecodeRuneInString(h[k:])
		switch {
		case strings.HasPrefix(t[i:], h[k:k+n]):
			i += n
		case h[k] != ' ':
			return false
		}
		k += n
	}
	return i == len(t)
}

// suffixAfter returns the <title> segments that follow headline.
func suffixAfter(docTitle, headline string) []string {
	sh := simplify(headline)
	if sh == "" {
		return nil
	}
	parts := titleParts(docTitle)
	acc := ""
	for i, p := range parts {
		acc += simplify(p)
		if acc == sh {
			return parts[i+1:]
		}
	}
	return nil
}

// plainHeadingSaying returns the text of the first <h2>, <h3> or <h4> of
// doc whose simplified text is k, or "".
func plainHeadingSaying(doc *html.Node, k string) string {
	h := findFirst(doc, func(n *html.Node) bool {
		return isElement(n, atom.H2, atom.H3, atom.H4) && simplify(textOfUpTo(n, 400)) == k
	})
	if h == nil {
		return ""
	}
	return normSpace(textOf(h))
}

// withJoiners returns title with the zero-width joiners its source spells
// it with ("کابل‌ها", spaceFolder.joiners), which the candidates' texts
// have lost to normSpace: from the chosen candidate c's heading, else from
// a stated title that holds it. A title whose sources hold none is
// returned as it is.
func withJoiners(title string, c titleCand, cands []titleCand) string {
	if c.node != nil {
		if t, ok := joinedRun(title, spelledText(c.node)); ok {
			return t
		}
	}
	for _, d := range cands {
		if t, ok := joinedRun(title, d.orig); ok {
			return t
		}
	}
	return title
}

// joinedRun finds title in src, whose joiners normSpace drops, and
// returns that run of src with its joiners; ok is false when src holds
// no joiner or not the title.
func joinedRun(title, src string) (string, bool) {
	if !hasJoiner(src) {
		return "", false
	}
	k := keepJoiners(src)
	// at[i] is where the i-th byte of k without its joiners is in k.
	at := make([]int, 0, len(k))
	var plain strings.Builder
	for i := 0; i < len(k); {
		r, size := utf8.DecodeRuneInString(k[i:])
		if r != '\u200C' && r != '\u200D' {
			for j := range size {
				at = append(at, i+j)
			}
			plain.WriteString(k[i : i+size])
		}
		i += size
	}
	p := plain.String()
	s := strings.Index(p, title)
	if s < 0 || title == "" {
		return "", false
	}
	e := s + len(title)
	return k[at[s] : at[e-1]+1], true
}
