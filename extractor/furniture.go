package extractor

import (
	"iter"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// strongTokens are class and id words that name furniture whatever the
// element holds. A class matches when one of its words (split at "-", "_"
// and spaces) or two adjacent words are listed, so that "shared-content" or
// "adventure" do not match.
var strongTokens = setOf(
	"cookie", "cookies", "cookiebanner", "consent", "gdpr", "newsletter", "newsletters",
	"subscribe", "subscription", "signup", "sign up", "share", "shares", "sharing", "sharebar",
	"social", "socials", "related", "recommend", "recommended", "recommendation",
	// Jetpack's related posts ("jp-relatedposts"), on a great many
	// WordPress sites, each with its date.
	"relatedposts",
	"recommendations", "more stories", "morestories", "read more", "readmore", "most read",
	"mostread", "most popular", "comment", "comments", "commentlist", "disqus", "breadcrumb",
	"breadcrumbs", "advert", "advertisement", "adsbygoogle", "outbrain", "taboola",
	"skip link", "skiplink", "author bio", "authorbio", "about author", "tag cloud", "tagcloud",
	// An author's box under the story, as themes and plug-ins name it
	// ("author-box", "about-the-author", "author-info", "autorenbox",
	// Simple Author Box's "saboxplugin-wrap", Molongui's
	// "molongui-author-box", PublishPress's
	// "pp-multiple-authors-boxes-wrapper", tagDiv's "td-author-description"
	// and "tdb-author-descr").
	"author box", "author description", "author descr", "authorbox", "author card", "author profile", "author details", "the author",
	"writer bio", "contributor bio", "autorenbox", "autor box", "saboxplugin", "author info", "authorinfo", "authors boxes",
	"modal", "popup", "paywall",
)

// popupTokens name a card shown on hover. Its trigger often carries the same
// word ("rollover-people" around the name and its "rollover-people-block"),
// so only the innermost element so named is furniture.
var popupTokens = setOf("popover", "hovercard", "rollover")

// weakTokens name furniture too, but page builders also put them on content
// wrappers ("elementor-widget-container"); they count only for elements that
// are mostly links or short.
var weakTokens = setOf(
	"popular", "trending", "promo", "ad", "ads", "adslot", "ad slot", "sponsor", "sponsored",
	"toolbar", "sidebar", "widget", "masthead", "navbar", "nav", "menu", "footer", "sitefooter",
	"site header", "siteheader", "overlay",
)

// headFootTokens are the pairs of class words that name the footer of the
// article's header block or of its byline, not the page's: BEM and
// dashed names set the part after the block it belongs to ("headline__footer",
// "article-header__footer", "byline-footer"). The pair's "footer" is no
// weak furniture word; "site-footer", "footer-widgets" and the rest of
// the page's footers keep theirs.
var headFootTokens = setOf("headline footer", "header footer", "heading footer", "byline footer", "hero footer")

// keepTokens protect containers that carry a furniture word as a modifier
// ("article-body has-share").
var keepTokens = setOf(
	"article body", "articlebody", "article content", "article text", "entry content",
	"post body", "post content", "story body", "main content", "articlecontent",
)

// pairFirst holds the first words of the two-word entries of the class word
// sets, so that only those pairs are looked up.
var pairFirst = setOf("sign", "more", "readmore", "read", "most", "ad", "site", "skip", "author", "about", "tag", "main", "article", "entry", "post", "story", "widget", "the", "writer", "contributor", "autor", "authors",
	"headline", "header", "heading", "byline", "hero")

// wordFilter tells, from its length and its first and last bytes, that a
// word is not in a set, without hashing it: most class words are in none.
// The three are looked up together, as one bit of a table: looked up
// apart (a word of a length some word has, whose first byte starts one
// and whose last byte ends one) they let 62 % of the class words through
// to the map of classKinds.
type wordFilter struct {
	bits [1 << 16 / 64]uint64 // bit wordKey(w) of each word w
}

func newWordFilter[V any](set map[string]V) *wordFilter {
	f := &wordFilter{}
	for w := range set {
		if w != "" {
			k := wordKey(w)
			f.bits[k>>6] |= 1 << (k & 63)
		}
	}
	return f
}

// wordKey mixes a word's length and its first and last bytes into 16 bits.
func wordKey[S string | []byte](w S) uint16 {
	return uint16(w[0])<<8 ^ uint16(w[len(w)-1]) ^ uint16(min(len(w), 63))<<10
}

// may reports whether w may be in the set (w != "").
func (f *wordFilter) may(w string) bool {
	k := wordKey(w)
	return f.bits[k>>6]&(1<<(k&63)) != 0
}

// mayBytes is may for a word in a byte slice (stopwordVote's, on the stack).
func (f *wordFilter) mayBytes(w []byte) bool {
	k := wordKey(w)
	return f.bits[k>>6]&(1<<(k&63)) != 0
}

var (
	pairFirstFilter = newWordFilter(pairFirst)
	classKindFilter = newWordFilter(classWordKinds)
)

// classSet is a set of class and id words and pairs of words ("entry
// title") for hasClassWord, with the filter that turns most words away
// before the map is asked.
type classSet struct {
	words  map[string]bool
	filter *wordFilter
}

func classSetOf(words ...string) classSet {
	m := setOf(words...)
	return classSet{words: m, filter: newWordFilter(m)}
}

// hasClassWord reports whether a word or pair of adjacent words of the
// class and id is in set. Words are runs of letters and digits; it does not
// allocate unless a pair is looked up.
func hasClassWord(cid string, set classSet) bool {
	for w, prev := range classWords(cid) {
		if set.filter.may(w) && set.words[w] {
			return true
		}
		if prev != "" && pairFirstFilter.may(prev) && pairFirst[prev] {
			var buf [64]byte
			if set.words[string(appendPair(buf[:0], prev, w))] {
				return true
			}
		}
	}
	return false
}

// appendPair appends prev+" "+w, the key of a pair of class words, to b:
// into a buffer on the caller's stack, a map look-up of string(key) copies
// nothing.
func appendPair(b []byte, prev, w string) []byte {
	b = append(b, prev...)
	b = append(b, ' ')
	return append(b, w...)
}

// classWords yields the words of a class and id string (runs of letters
// and digits), each with the word before it ("" for the first).
func classWords(cid string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		prev := ""
		for i := 0; i < len(cid); {
			for i < len(cid) && !isWordByte(cid[i]) {
				i++
			}
			j := i
			for j < len(cid) && isWordByte(cid[j]) {
				j++
			}
			if j == i {
				return
			}
			w := cid[i:j]
			if !yield(w, prev) {
				return
			}
			prev, i = w, j
		}
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// isBoilerClass reports whether a class and id string names furniture,
// strongly or weakly.
func isBoilerClass(cid string) bool {
	k := classKinds(cid)
	return k&(kindStrong|kindWeak) != 0 && k&kindKeep == 0
}

// isFurniture reports whether n, by its tag, role or class, is navigation,
// a banner or another part of the page around the article.
func isFurniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Dialog, atom.Button, atom.Select:
		return true
	case atom.Form:
		return !shownPostForm(n)
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
		return false
	}
	// One pass over the attributes.
	var role, hidden, ariaHidden, style, class, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			role = a.Val
		case "hidden":
			hidden = "hidden" // present, whatever its value
		case "aria-hidden":
			ariaHidden = a.Val
		case "style":
			style = a.Val
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	switch strings.ToLower(role) {
	case "navigation", "contentinfo", "complementary", "dialog", "alertdialog", "banner", "menu", "menubar", "search":
		return true
	}
	if hidden != "" || strings.EqualFold(ariaHidden, "true") && textLenUpTo(n, 199) < 200 {
		return true
	}
	if style != "" && (strings.Contains(style, "none") || strings.Contains(style, "hidden")) {
		if st := strings.ReplaceAll(strings.ToLower(style), " ", ""); strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
			return true
		}
	}
	cid := joinClassID(class, id)
	if cid == "" {
		return false
	}
	switch k := classKinds(cid); {
	case k&kindKeep != 0:
		return false
	case k&kindStrong != 0:
		if k&kindPaywall != 0 {
			return !paywalledStory(n, cid)
		}
		// The rest behind an expander: a class that names its part, or
		// a <details> that "Read more" opens.
		return (k&kindPart == 0 && !detailsRest(n)) || !readMoreRest(n, cid)
	case k&kindPopup != 0:
		return findFirst(n, func(c *html.Node) bool {
			return c != n && c.Type == html.ElementNode && classKinds(classID(c))&kindPopup != 0
		}) == nil
	case k&kindWeak != 0:
		if tl := textLenUpTo(n, 199); tl < 200 {
			// Page builders name their text blocks "widget" or "module"
			// too: a short one that is prose is the article's, and so is
			// one that is a section's heading (builderHeading) or a
			// picture between two of its text blocks (builderPicture),
			// and a figure's own caption ("<figcaption
			// class="widget-image-caption">") is the figure's.
			return !isProse(n, tl) && !builderHeading(n, tl) && !builderPicture(n, tl) && n.DataAtom != atom.Figcaption
		}
		return linkShare(n, 1, 2)
	}
	return false
}

// readMoreParts are the pairs of class words that name the part of a "Read
// more" expander a click shows or that holds it ("read-more-target" of the
// CSS-only checkbox expander, "read-more-content", "readmore-text",
// "read-more-wrap"), which CSS alone hides: readMoreRest keeps it.
var readMoreParts = func() map[string]bool {
	m := map[string]bool{}
	for _, part := range []string{"target", "content", "text", "body", "rest", "hidden", "full", "inner", "wrap", "expanded", "collapsed"} {
		m["more "+part], m["readmore "+part] = true, true
	}
	return m
}()

// readMoreRest reports whether n, furniture by its "read more" class
// (strongTokens), is the rest of the article behind an expander that CSS
// alone hides: its class names the expander's part (readMoreParts), no
// other furniture word names it (a comment thread's
// "xenforo-comment xenforo-read-more-target"), and it is prose.
func readMoreRest(n *html.Node, cid string) bool {
	return classKinds(readMoreWords.Replace(cid))&kindStrong == 0 && isProse(n, textLen(n))
}

// detailsRest reports whether n is a <details> whose <summary> is an
// expander's label ("<details class="read-more"><summary>Read more
// </summary><p>…</p></details>"): the HTML's own expander, whose closed
// part is the rest of the article, whatever its class says.
func detailsRest(n *html.Node) bool {
	if n.DataAtom != atom.Details {
		return false
	}
	s := n.FirstChild
	for s != nil && s.Type != html.ElementNode {
		s = s.NextSibling
	}
	return s != nil && s.DataAtom == atom.Summary && isExpanderLabel(s)
}

// readMoreWords spells "read more" in class words, to take it out of one.
var readMoreWords = strings.NewReplacer("read-more", " ", "read_more", " ", "readmore", " ")

// Kinds of class and id words.
const (
	kindKeep     = 1 << iota // keepTokens
	kindStrong               // strongTokens
	kindWeak                 // weakTokens
	kindPopup                // popupTokens
	kindPart                 // readMoreParts
	kindHeadFoot             // headFootTokens
	kindPaywall              // paywallTokens
)

// paywalledStory reports whether n, whose class and id cid name a paywall,
// holds the story behind it: no other furniture word names it, and at
// least two of its paragraphs are prose.
func paywalledStory(n *html.Node, cid string) bool {
	if classKinds(paywallReplacer.Replace(cid))&kindStrong != 0 {
		return false
	}
	return storyParagraphs(n, 2)
}

// paywallReplacer takes the paywall word of strongTokens out of a class.
var paywallReplacer = strings.NewReplacer("paywall", " ")

// storyParagraphs reports whether at least want paragraphs below n are
// prose (isProse).
func storyParagraphs(n *html.Node, want int) bool {
	found := 0
	walk(n, func(c *html.Node) bool {
		if found >= want || c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Form:
			return false
		case atom.P:
			if isProse(c, textLenUpTo(c, minProse)) {
				found++
			}
			return false
		}
		return true
	})
	return found >= want
}

// paywallTokens are the strongTokens that name a paywall, whose block may
// hold the story behind it (paywalledStory).
var paywallTokens = setOf("paywall")

// classWordKinds maps each word of keepTokens, strongTokens, weakTokens,
// popupTokens, readMoreParts, headFootTokens and paywallTokens to its kinds, so that one scan of a class string finds all.
var classWordKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for kind, set := range map[uint8]map[string]bool{kindKeep: keepTokens, kindStrong: strongTokens, kindWeak: weakTokens, kindPopup: popupTokens, kindPart: readMoreParts, kindHeadFoot: headFootTokens, kindPaywall: paywallTokens} {
		for w := range set {
			m[w] |= kind
		}
	}
	return m
}()

// classKinds scans cid (a lower-cased class and id) once, as hasClassWord
// does, and returns the kinds of the words it holds.
func classKinds(cid string) uint8 {
	var kinds uint8
	for w, prev := range classWords(cid) {
		var pair uint8
		if prev != "" && pairFirstFilter.may(prev) && pairFirst[prev] {
			var buf [64]byte
			pair = classWordKinds[string(appendPair(buf[:0], prev, w))]
		}
		if classKindFilter.may(w) && pair&kindHeadFoot == 0 {
			kinds |= classWordKinds[w] // not the "footer" of "headline__footer"
		}
		kinds |= pair
	}
	return kinds
}
