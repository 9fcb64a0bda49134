package extractor

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	// reBoilerText matches whole short blocks that are never article text.
	reBoilerText = regexp.MustCompile(`(?i)` + strings.Join([]string{
		`[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP[备证]`,
		`ICP\s*(?:备案|证|license|licence)`,
		`公网安备`,
		`互联网新闻信息服务许可证`,
		`违法和不良信息举报`,
		`不良信息举报`,
		`illegal\s+(?:and|&)\s+undesirable\s+information`,
		`report\s+illegal\s+information`,
		`by\s+continuing\s+to\s+(?:browse|use)\s+(?:our|this)\s+(?:site|website)`,
		`(?:we|this\s+(?:site|website))\s+uses?\s+cookies`,
		`cookie\s+(?:settings|policy|preferences)`,
		`accept\s+(?:all\s+)?cookies`,
		`all\s+rights\s+reserved`,
		`版权所有`,
		`^\s*(?:copyright|©|\(c\))\s*(?:©\s*)?(?:19|20)\d{2}`,
		`^\s*(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\s+(?:\w+\s+)?newsletter`,
	}, "|"))

	// reTeaser matches the start of blocks that point elsewhere.
	reTeaser = regexp.MustCompile(`(?i)^\s*(?:read\s+more|read\s+also|also\s+read|read\s+next|related(?:\s+(?:articles?|stories|coverage|content|news|reading))?|see\s+also|recommended(?:\s+for\s+you)?|more\s+(?:from|on|stories|news)|you\s+may\s+also\s+like|you\s+might\s+also\s+like|don'?t\s+miss|watch|listen|click\s+here|sign\s+up|subscribe|follow\s+us|share\s+(?:this|on)|相关阅读|延伸阅读|推荐阅读|相关新闻|相关链接|更多精彩|点击查看|阅读原文)\s*[:：>»|-]?`)

	// reEditorLine matches editor credits such as "责任编辑：王五" or "(Editor: Li)".
	reEditorLine = regexp.MustCompile(`(?i)^\s*[\[(（【]?\s*(?:责任编辑|编辑|责编|审核|校对|监制|edited\s+by|editor|editors)\s*[:：]\s*[^)）\]】]{1,40}[)）\]】]?\s*$`)
)

// stripFurniture removes navigation, banners and other furniture from the
// tree below root. An element that holds a large share of the page's text is
// kept whatever its class says: a mislabelled wrapper must not take the
// article with it.
func stripFurniture(root *html.Node, totalText int) {
	var doomed []*html.Node
	var ex expanders
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return false
		}
		if n.DataAtom == atom.Form && findFirst(n, byTag(atom.P, atom.Article)) != nil && textLen(n) > totalText/2 {
			return true // ASP.NET pages wrap everything in one <form>
		}
		ex.note(n)
		if isFurniture(n) {
			if isHidden(n) {
				// Readability drops it whatever its size, unless it is
				// the rest behind an expander: judged after the walk.
				ex.hidden = append(ex.hidden, n)
				return false
			}
			tl := textLenUpTo(n, max(totalText/3, 500))
			if tl > totalText/3 && tl > 500 && linkTextLen(n)*3 < tl {
				return true
			}
			if tl >= 500 && holdsArticleBody(n) {
				return true // a "share_wrapper" around the article: its parts are judged one by one
			}
			doomed = append(doomed, n)
			return false
		}
		if strings.EqualFold(attr(n, "aria-hidden"), "true") {
			ex.long = append(ex.long, n) // long, so not furniture; readability drops it
		}
		dropVisibleStyle(n)
		return true
	})
	for _, n := range doomed {
		remove(n)
	}
	for _, n := range ex.long {
		ex.revealed(n)
	}
	// The hidden parts, once every expander control was seen: the rest of
	// an article behind "Read more" stays, its own furniture removed.
	for _, n := range ex.hidden {
		if ex.revealed(n) {
			stripFurniture(n, totalText)
		} else {
			remove(n)
		}
	}
}

// holdsArticleBody reports whether an element below n declares itself the
// article's body: schema.org's itemprop="articleBody" or a class such as
// "article-body" (keepTokens). A wrapper named for its share buttons
// ("share_wrapper") or its ads may hold the whole article.
func holdsArticleBody(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool {
		if c == n {
			return false
		}
		for _, a := range c.Attr {
			switch a.Key {
			case "itemprop":
				if strings.EqualFold(a.Val, "articleBody") {
					return true
				}
			case "class", "id":
				if classKinds(asciiLower(a.Val))&kindKeep != 0 {
					return true
				}
			}
		}
		return false
	}) != nil
}

// dropVisibleStyle removes a style attribute that cannot hide n: readability
// runs two regexps over every style it meets and removes all styles from the
// body it returns, so only "display: none" and "visibility: hidden" matter.
func dropVisibleStyle(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key == "style" && a.Namespace == "" {
			if v := asciiLower(a.Val); !strings.Contains(v, "none") && !strings.Contains(v, "hidden") {
				n.Attr = slices.Delete(n.Attr, i, i+1)
			}
			return
		}
	}
}

// boilerKeys are fragments one of which every reBoilerText match contains,
// chosen to match without lower-casing ("opyright" for Copyright and
// copyright): checking them first keeps the regexp off almost every block.
var boilerKeys = newKeySet("ICP", "icp", "公网安备", "许可证", "举报", "llegal", "LLEGAL", "ookie", "OOKIE",
	"ights reserved", "ights Reserved", "IGHTS RESERVED", "版权", "opyright", "OPYRIGHT", "©", "(c)", "(C)", "ewsletter", "EWSLETTER")

// shortKeys do for the short-line rules (reShortCopyright, reShortBoiler)
// what boilerKeys do for reBoilerText.
var shortKeys = newKeySet("©", "ewsletter", "EWSLETTER", "@", "twitter.com/", "inbox", "tip?", "avaScript", "AVASCRIPT", "[/",
	"fax", "Fax", "FAX", "Tags", "TAGS", "Tagged", "iled under", "ILED UNDER", "Palavras", "Etiquetas", "Schlagw",
	"acebook", "hatsapp", "interest", "Advert", "ADVERT", "ontinues")

func mayBeBoilerText(t string) bool { return boilerKeys.in(t) }

func holdsAny(t string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(t, k) {
			return true
		}
	}
	return false
}

// anyKey reports whether any text node below n of at most maxLen bytes
// holds one of keys.
func anyKey(n *html.Node, keys *keySet, maxLen int) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c.Type == html.TextNode && len(c.Data) <= maxLen && keys.in(c.Data) {
			found = true
		}
		return true
	})
	return found
}

// reShortCopyright is a short block that opens with "©": a photo credit
// ("© Aaron Schwartz") or a copyright line. (A "© 2019" anywhere in a short
// block was tried: on wcxb-dev it also took an excerpt's "Copyright 2013. It
// is reprinted here with permission." that the article keeps.)
var reShortCopyright = regexp.MustCompile(`^\s*©`)

// reShortBoiler is what a short block of the body says when it is the
// site's, not the story's: a newsletter call ("Get the latest updates right
// in your inbox. Subscribe to NJ.com's newsletters."), the author's contact
// line ("Have a tip? Amy Kuperinsky may be reached at amy@…", "Jane can be
// reached at jane@…"), or an email address or social profile alone.
var reShortBoiler = regexp.MustCompile(`(?i)\bsubscribe\b.{0,60}\bnewsletters?\b|\b(?:right|straight|delivered)\s+(?:in|to)\s+your\s+inbox\b|` +
	`^\s*(?:have|got)\s+a\s+(?:news\s+)?tip\?|\b(?:can|may)\s+be\s+reached\s+(?:at|by|via)\s+\S+@\S+|` +
	`^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$|^\s*(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com/\w+/?\s*$|` +
	// An advertisement's label, a script's fallback, a WordPress shortcode
	// the site failed to render ("[button link=…] Send us …[/button]").
	`^\s*(?:advert|advertisement|story\s+continues\s+(?:below|after)\s+(?:this\s+)?advertisement)\s*$|` +
	`\b(?:requires|enable)\s+javascript\b|^\s*\[[a-z_]+(?:\s[^\]]*)?\].*\[/[a-z_]+\]\s*$|` +
	// A line of share buttons ("Whatsapp Facebook Pint Baixar"), a tags
	// line ("Tags calendario stock car 2018, …", "Filed under: …").
	`^\s*(?:(?:whatsapp|facebook|twitter|pinterest|pint|pin|linkedin|reddit|telegram|messenger|tumblr|flipboard|email|e-mail|sms|share|compartilhar|compartir|partager|teilen|print|baixar|download)\b[\s|·•/,]*){2,}$|` +
	`^\s*(?:tags|tagged(?:\s+with)?|filed\s+under|palavras-chave|etiquetas|schlagwörter)\b\s*:?\s+\S|` +
	// The publisher's address: telephone and fax numbers together.
	`\b(?:tel|phone)\b.{0,40}\bfax\b|\bfax\b.{0,40}\b(?:tel|phone)\b|\d{3}[-.\s]\d{4}\s*tel\b.{0,40}\bfax\b`)

// shortLimit is the length in bytes up to which a block counts as a line.
const shortLimit = 200

// isShortBoiler reports whether t, the text of a short block, is one of the
// site's lines.
func isShortBoiler(t string) bool {
	return shortKeys.in(t) && (reShortCopyright.MatchString(t) || reShortBoiler.MatchString(t))
}

// stripBoilerText removes blocks whose text is a licence line, a cookie
// notice, a report line or a copyright notice (the innermost block holding
// the match, so a footer cell goes but not the whole footer), then short
// lines that are the site's (isShortBoiler).
func stripBoilerText(root *html.Node) {
	stripMatching(root)
	stripShortLines(root)
}

func stripMatching(root *html.Node) {
	if !anyKey(root, boilerKeys, math.MaxInt) {
		return // the common case: one cheap pass over the text
	}
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return false
		}
		if !isBlockish(n) {
			return true
		}
		tl := textLenUpTo(n, 600)
		if tl > 600 {
			return true
		}
		t := textOf(n)
		if !mayBeBoilerText(t) || !reBoilerText.MatchString(t) {
			// Nothing below can match either: its text is part of t.
			return false
		}
		// Prefer an inner block that holds the match by itself.
		inner := findFirst(n, func(c *html.Node) bool {
			return c != n && isBlockish(c) && reBoilerText.MatchString(textOf(c))
		})
		if inner != nil && textLen(inner)*2 < tl {
			return true // descend and remove the inner block instead
		}
		doomed = append(doomed, n)
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
}

// stripShortLines removes short blocks that are the site's lines. A link is
// never one: it is part of its line ("reach her at <a>amy@…</a>").
func stripShortLines(root *html.Node) {
	// A short line's text nodes are short (white space aside): long ones,
	// the body's paragraphs, are not read.
	if !anyKey(root, shortKeys, 4*shortLimit) {
		return
	}
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.A, atom.Figcaption:
			return false // a caption's credit ("© Reuters") is the image's
		}
		if !isBlockish(n) || textLenUpTo(n, shortLimit) > shortLimit {
			return true
		}
		t := textOf(n)
		if !shortKeys.in(t) {
			return false // nor anything below
		}
		if reShortCopyright.MatchString(t) || reShortBoiler.MatchString(t) { // isShortBoiler, its keys found
			doomed = append(doomed, n)
			return false
		}
		return true // a line below may be
	})
	for _, n := range doomed {
		remove(n)
	}
}

// teaserFirst holds the first letters of reTeaser's phrases.
const teaserFirst = "rRaAsSmMyYdDwWlLcCfF相延推更点阅"

// mayBeTeaser reports whether text starts with a letter a reTeaser phrase
// starts with: most blocks fail here, before the regexp.
func mayBeTeaser(lead string) bool {
	t := strings.TrimLeftFunc(lead, func(r rune) bool { return unicode.IsSpace(r) || isZeroWidth(r) })
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune(teaserFirst, r)
}

// teaserWords are the first words of reTeaser's phrases written in ASCII.
var teaserWords = []string{"read", "also", "related", "see", "recommended", "more", "you", "don", "watch", "listen", "click", "sign", "subscribe", "follow", "share"}

// mayBeTeaserLead reports whether lead, as leadText gives it, may start
// with a reTeaser phrase: it starts with one of teaserWords in any case,
// or it has a byte past ASCII in its first 12 (the Chinese phrases, and
// the letters (?i) folds into k and s: K, ſ), which the regexp decides.
func mayBeTeaserLead(lead string) bool {
	head := lead[:min(len(lead), 12)]
	for i := 0; i < len(head); i++ {
		if head[i] >= utf8.RuneSelf {
			return true
		}
	}
	head = asciiLower(head)
	for _, w := range teaserWords {
		if strings.HasPrefix(head, w) {
			return true
		}
	}
	return false
}

// stripTeasers removes "Read more" and "Related" blocks and editor credits
// from the article body.
func stripTeasers(body *html.Node, title string) {
	var doomed []*html.Node
	st := simplify(title)
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == body {
			return true
		}
		switch n.DataAtom {
		case atom.P, atom.Div, atom.Li, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Strong, atom.B, atom.Ul, atom.Ol, atom.Blockquote:
		case atom.H1:
			if st != "" && simplify(textOf(n)) == st {
				doomed = append(doomed, n)
			}
			return false
		default:
			return true
		}
		// Teasers, editor lines and link lists are short; longer blocks
		// are only descended into.
		tl := textLenUpTo(n, 2000)
		if tl == 0 {
			if findFirst(n, byTag(atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Table)) == nil {
				doomed = append(doomed, n)
			}
			return false
		}
		if tl > 2000 {
			return true
		}
		teaser := false
		if mayBeTeaser(firstText(n)) {
			lead := leadText(n, 80)
			teaser = mayBeTeaserLead(lead) && reTeaser.MatchString(lead)
		}
		isList := isElement(n, atom.Ul, atom.Ol)
		var t string
		if tl < 120 || isElement(n, atom.H2, atom.H3) {
			t = textOf(n)
		}
		// A "Latest news" or "Most read" heading opens other stories, like
		// a teaser's.
		teaser = teaser || t != "" && !isList && isSidebarLabel(t)
		var links int
		if teaser || isList {
			links = linkTextLen(n)
		}
		switch {
		case t != "" && st != "" && len(t) >= len(st) && (isElement(n, atom.H2, atom.H3) || tl < 120 && isElement(n, atom.P, atom.Div)) && simplify(t) == st:
			// The headline again: as a sub-heading, or as a paragraph on
			// pages that set it in a <p class="titulo">.
		case t != "" && mayBeEditorLine(t) && reEditorLine.MatchString(t):
		case teaser && (links*2 > tl || tl < 120):
			// A teaser heading takes the link list right after it, or the
			// paragraphs after it that are each one link ("You may also
			// like..." then a headline per <p>).
			if next := nextElement(n); next != nil && isElement(next, atom.Ul, atom.Ol) && linkTextLen(next)*10 > textLen(next)*7 {
				doomed = append(doomed, next)
			} else {
				for ; next != nil && isElement(next, atom.P, atom.Div, atom.H2, atom.H3, atom.H4); next = nextElement(next) {
					if tl := textLen(next); tl == 0 || linkTextLen(next) < tl {
						break
					}
					doomed = append(doomed, next)
				}
			}
		case isList && links*10 > tl*9 && countChildren(n, atom.Li) >= 3:
			// A bare list of links inside the body is a related-links block.
		case !isList && tl < 600 && sidebarLead(n) && linkTextLen(n)*2 > tl:
			// A block that opens with "Mehr zum Thema" or "À lire aussi"
			// and is mostly links holds other stories, its label inside
			// it rather than a heading before it.
		case t != "" && isElement(n, atom.P) && shouting(t) && linkTextLen(n) == tl:
			// "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES": a link in
			// capitals alone in a paragraph is another story's headline.
		default:
			return true
		}
		doomed = append(doomed, n)
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
}

// mayBeEditorLine reports whether t holds what every reEditorLine match
// holds: a colon and one of its keywords ("edit" in any case, or 编, 审, 校,
// 监). Most short blocks fail here, before the regexp.
func mayBeEditorLine(t string) bool {
	return strings.ContainsAny(t, ":：") && (strings.ContainsAny(t, "编审校监") || strings.Contains(asciiLower(t), "edit"))
}

func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

func countChildren(n *html.Node, tag atom.Atom) int {
	c := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.DataAtom == tag {
			c++
		}
	}
	return c
}

// removeMarked removes the elements that byline and credit detection marked.
func removeMarked(root *html.Node) {
	for _, n := range findAll(root, func(n *html.Node) bool { return attr(n, markAttr) != "" }) {
		remove(n)
	}
}

// reCommentStart is the heading or form label that opens a comment section
// or a blog's trackback and "read N times" footer.
var reCommentStart = regexp.MustCompile(`(?i)^\s*(?:发表评论|网友评论|我要评论|leave\s+a\s+reply|post\s+a\s+comment|.{0,20}trackback.{0,60}|[（(][^)）]{0,30}已被阅读\s*\d+\s*次[)）])\s*[:：]?\s*$`)

// commentKeys are fragments one of which every reCommentStart match holds.
var commentKeys = newKeySet("评论", "阅读", "eply", "EPLY", "omment", "OMMENT", "rackback", "RACKBACK")

// mayOpenComments reports whether s holds a word reCommentStart needs.
func mayOpenComments(s string) bool { return commentKeys.in(s) }

// cutComments removes a comment section that readability kept at the end
// of the body: from a short block that opens one ("发表评论", WordPress's
// "Leave a Reply", "(…已被阅读178次)"; not Substack's "Leave a comment"
// button, which sits inside posts) to the end, when it comes after half of
// the body's text and no such block comes before (a listing of posts, each
// with its own, is left alone).
func cutComments(body *html.Node) {
	// One cheap pass: the body's text length, and whether any text could
	// open a comment section at all (most bodies have none).
	total, maybe := 0, false
	walk(body, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return false
			}
		}
		if n.Type == html.TextNode {
			total += nonSpaceLen(n.Data)
			maybe = maybe || mayOpenComments(n.Data)
		}
		return true
	})
	if total == 0 || !maybe {
		return
	}
	// Then the blocks around the words: a short one that reads as the
	// start of a comment section.
	seen, early := 0, 0
	var start, last *html.Node
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if mayOpenComments(n.Data) {
				b := n.Parent
				for b != nil && b != body && !isBlockish(b) {
					b = b.Parent
				}
				if b != nil && b != body && b != last {
					last = b
					if tl := textLenUpTo(b, 120); tl > 0 && tl <= 120 && reCommentStart.MatchString(textOf(b)) {
						if seen*2 < total {
							early++ // a listing of posts, each with its own
						} else if start == nil {
							start = b
						}
					}
				}
			}
			seen += nonSpaceLen(n.Data)
			return false
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return false
			}
		}
		return true
	})
	if start == nil || early > 0 {
		return
	}
	// Remove start and everything after it, up to the body.
	for n := start; n != nil && n != body; n = n.Parent {
		for s := n.NextSibling; s != nil; {
			next := s.NextSibling
			n.Parent.RemoveChild(s)
			s = next
		}
	}
	start.Parent.RemoveChild(start)
}

// dropAltCopies removes a block whose text is the alt text of an image above
// it, or the start of it: a caption set as text under its image (the alt of
// a gallery photo is its caption and credit), once or once per slide. A
// title above a chart, the same words as its alt, stays; short alts
// ("Logo") say too little to match on.
func dropAltCopies(root *html.Node) {
	if findFirst(root, byTag(atom.Img)) == nil {
		return
	}
	var alts []string // of the images met so far
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Img:
			if alt := normSpace(attr(n, "alt")); len(alt) >= 40 {
				alts = append(alts, alt)
			}
			return false
		case atom.Script, atom.Style, atom.Pre, atom.Table:
			return false
		case atom.P, atom.Div, atom.Span:
		default:
			return true
		}
		if len(alts) == 0 || findFirst(n, func(c *html.Node) bool {
			return c != n && c.Type == html.ElementNode && (blockTags[c.DataAtom] || c.DataAtom == atom.Img)
		}) != nil {
			return true // read its blocks and images one by one
		}
		if t := textOf(n); len(t) >= 40 && slices.ContainsFunc(alts, func(a string) bool { return strings.HasPrefix(a, t) }) {
			doomed = append(doomed, n)
		}
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
}

// shouting reports whether t is three words or more in capitals, with no
// small letter.
func shouting(t string) bool {
	upper := 0
	for _, r := range t {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 10 && len(strings.Fields(t)) >= 3
}
