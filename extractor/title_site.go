package extractor

import (
	"net/url"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// homeNames is the set of names the page gives its site and its sections:
// the texts (and logo alts) of links to the site's front page or to a
// section's front page above the page ("/", "/blog/" from
// "/blog/2012/07/post"), and the names its feed links carry ("Google Lat
// Long - Atom", "Fat Head » Feed"). Pages without og:site_name still link
// their masthead home and their feeds, so these name the site where no
// metadata does: the "Seth's Blog" of "Seth's Blog: The importance of
// going first". The set is gathered on first use; the zero value (no
// page) is empty.
type homeNames struct {
	doc   *html.Node
	meta  *pageMeta // where doc's breadcrumb trails were noted; nil: none
	page  *url.URL
	base  *url.URL        // what the links are read against, where a <base> sets it apart from page
	names map[string]bool // simplified name -> it names the whole site, not a section
	self  map[string]bool // simplified texts of links to the page itself
	// profile holds the simplified texts of the unlinked lines of the
	// page's header and profile blocks (profileLines), gathered on first
	// use.
	profile map[string]bool
	// logo is the first link to the front page that names the site, as
	// its text or its image's alt; logoBlock the simplified text of the
	// block around it (its parent, or the grandparent where the parent
	// holds only the link): a masthead's name and tagline.
	logo, logoBlock string
}

// maxHomeName bounds the text of a link that can name a site: longer
// texts are teasers, not names.
const maxHomeName = 80

// has reports whether s names the site or one of its sections.
func (h *homeNames) has(s string) bool {
	_, ok := h.lookup(s)
	return ok
}

// hasSite reports whether s names the whole site: a link to its front
// page or a feed's title.
func (h *homeNames) hasSite(s string) bool {
	site, ok := h.lookup(s)
	return ok && site
}

// selfLinked reports whether s is the text of a link to the page itself:
// a breadcrumb's last step or a menu's current entry, which name the
// article, not a section.
func (h *homeNames) selfLinked(s string) bool {
	if !h.gather() {
		return false
	}
	k := simplify(s)
	return k != "" && h.self[k]
}

func (h *homeNames) lookup(s string) (site, ok bool) {
	if !h.gather() {
		return false, false
	}
	k := simplify(s)
	site, ok = h.names[k]
	return site, ok && k != ""
}

// gather reads the page's links into the set on first use; it reports
// false for the zero value, which has no page to read.
func (h *homeNames) gather() bool {
	if h == nil || h.doc == nil || h.page == nil {
		return false
	}
	if h.names == nil {
		h.names, h.self = map[string]bool{}, map[string]bool{}
		last := path.Base(strings.TrimSuffix(h.page.Path, "/"))
		if len(last) < 4 {
			last = ""
		}
		// A menu, a logo and a footer link to the same addresses: each
		// that needs parsing is resolved once.
		type homeLink struct{ home, root bool }
		seen := map[string]homeLink{}
		walk(h.doc, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return n.Type == html.DocumentNode
			}
			if n.DataAtom == atom.Link {
				if name, site := feedName(n); name != "" {
					k := simplify(name)
					h.names[k] = h.names[k] || site
				}
				return false
			}
			if n.DataAtom != atom.A {
				return n.DataAtom != atom.Script && n.DataAtom != atom.Style
			}
			href := absAgainst(attr(n, "href"), h.base)
			if last != "" && strings.Contains(href, last) && isSelfLink(href, h.page, "") {
				if t := textOfUpTo(n, 400); len(t) <= 400 {
					h.self[simplify(t)] = true
				}
				return false
			}
			var home, root bool
			if href, ok := mayBeHomeLink(href, h.page); ok {
				l, ok := seen[href]
				if !ok {
					l.home, l.root = resolveHomeLink(href, h.page)
					seen[href] = l
				}
				home, root = l.home, l.root
			}
			if !home {
				return false
			}
			if root && h.logo == "" {
				h.readLogo(n)
			}
			text, alt := textOf(n), imgAlt(n)
			// A logo link whose image has no alt names the site in its
			// title attribute (<a href="/" title="تسنیم"><img …></a>),
			// as themes write it for the reader the image fails.
			tip := ""
			if strings.TrimSpace(text) == "" && strings.TrimSpace(alt) == "" {
				tip = attr(n, "title")
			}
			for _, t := range []string{text, alt, tip} {
				if k := simplify(t); k != "" && len(t) <= maxHomeName {
					h.names[k] = h.names[k] || root
					// "The Valley Gazette" in the logo is "Valley
					// Gazette" in a <title>; so is "Logo of the Valley
					// Gazette", a logo's alt saying what it is.
					logo := withoutLogoWord(t)
					if w := withoutWelcome(t); w != "" {
						logo = w
					}
					for _, rest := range []string{withoutThe(t), logo, withoutThe(logo)} {
						if rest != "" {
							k := simplify(rest)
							h.names[k] = h.names[k] || root
						}
					}
					// "Tcritic – The T-Shirt Blog …": the name and the
					// tagline each name the site in a <title>.
					if parts := titleParts(t); len(parts) > 1 {
						for _, p := range parts {
							k := simplify(p)
							h.names[k] = h.names[k] || root
						}
					}
				}
			}
			return false
		})
		// The trails the walk would meet, read from those collectMeta
		// noted rather than by asking every element: the names they add
		// are the same in any order. A trail inside a trail
		// ("breadcrumb" then "breadcrumb-item") holds links the outer
		// one added.
		for _, c := range h.meta.breadcrumbs(h.doc) {
			if c.DataAtom != atom.A && c.DataAtom != atom.Link && !hasAncestor(c, passedOver) && !hasAncestor(c, isBreadcrumb) {
				h.addCrumbs(c, last)
			}
		}
	}
	return true
}

// shownInProfile reports whether s is the whole text of an unlinked line
// of the page's header or of a blogger's profile block: a blog platform
// names the blog there without linking it ("<p class="caption">블로그명
// </p>" in Naver's older blog header, "<div class="nick">" in a profile
// box), and its <title> opens with that name ("블로그명 : 제목").
func (h *homeNames) shownInProfile(s string) bool {
	if h == nil || h.doc == nil {
		return false
	}
	if h.profile == nil {
		h.profile = map[string]bool{}
		walk(h.doc, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return n.Type == html.DocumentNode
			}
			switch {
			case passedOver(n) || n.DataAtom == atom.Article || n.DataAtom == atom.Main:
				return false
			case n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode && inProfileBlock(n):
				if t := n.FirstChild.Data; len(t) <= maxHomeName {
					h.profile[simplify(t)] = true
				}
				return false
			}
			return true
		})
	}
	k := simplify(s)
	return k != "" && h.profile[k]
}

// inProfileBlock reports whether n, or one of the three elements around
// it, is a page's header or a blogger's profile box, by its tag (a
// <header>) or a class or id that says so (profileTokens).
func inProfileBlock(n *html.Node) bool {
	for p, up := n, 0; p != nil && p.Type == html.ElementNode && up < 4; p, up = p.Parent, up+1 {
		if p.DataAtom == atom.Header {
			return true
		}
		for _, tok := range strings.Fields(classID(p)) {
			if profileTokens[tok] {
				return true
			}
		}
	}
	return false
}

// profileTokens are the classes and ids blog platforms give the header
// that names the blog and the profile box that names its writer.
var profileTokens = setOf("header", "blog-header", "blog_header", "blogheader", "profile", "blog-profile", "blog_profile", "profile-box", "profile_box",
	"nick", "nickname", "blogname", "blog-name", "blog_name", "blogtitle", "blog-title", "blog_title")

// passedOver reports whether the walk in gather leaves what n holds
// unread: a link's, a script's or a style's.
func passedOver(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Link, atom.Script, atom.Style:
		return true
	}
	return false
}

// readLogo records a link to the front page as the site's logo, with the
// text of the block around it.
func (h *homeNames) readLogo(a *html.Node) {
	name, alt := simplify(textOf(a)), ""
	if name == "" {
		// An image's alt is no text of the block.
		name = simplify(imgAlt(a))
		alt = name
	}
	if name == "" || len(name) > maxHomeName {
		return
	}
	h.logo = name
	for p, up := a.Parent, 0; p != nil && p.Type == html.ElementNode && up < 2; p, up = p.Parent, up+1 {
		if h.logoBlock = alt + simplify(textOfUpTo(p, 300)); h.logoBlock != name {
			return
		}
	}
}

// mastheadTagline returns the tagline the logo's block holds beside the
// site's name, and the name, or "".
func (h *homeNames) mastheadTagline() (name, tagline string) {
	if !h.gather() || h.logo == "" {
		return "", ""
	}
	rest, ok := strings.CutPrefix(h.logoBlock, h.logo)
	if !ok {
		return "", ""
	}
	return h.logo, rest
}

// addCrumbs records the steps of a breadcrumb trail as the names of the
// site's sections ("Home › Politics › Headline"): its links of three
// words or fewer, not the page's own (a trail may end with the article,
// linked).
func (h *homeNames) addCrumbs(trail *html.Node, last string) {
	k := simplify
	for _, a := range findAll(trail, byTag(atom.A)) {
		t, href := textOf(a), absAgainst(attr(a, "href"), h.base)
		if spacedWords(t) > 3 || last != "" && strings.Contains(href, last) && isSelfLink(href, h.page, "") {
			continue
		}
		if _, ok := h.names[k(t)]; !ok && k(t) != "" {
			h.names[k(t)] = false
		}
	}
}

// feedWords end the title of a feed link after the site's name.
var feedWords = setOf("rss", "atom", "feed", "rss feed", "atom feed", "rss 2.0", "comments feed", "feeds", "posts")

// feedName returns the name in a feed link's title, and whether it names
// the whole site: "Site - Atom", "Site » Feed" and "Site » Post Comments
// Feed" (Blogger's and WordPress's) name the site before a separator; a
// title without one ("Leveson inquiry RSS feed") is a section's or a
// tag's feed.
func feedName(link *html.Node) (name string, site bool) {
	typ := strings.ToLower(attr(link, "type"))
	if !strings.EqualFold(attr(link, "rel"), "alternate") || !strings.Contains(typ, "rss") && !strings.Contains(typ, "atom") {
		return "", false
	}
	t := normSpace(attr(link, "title"))
	if parts := titleParts(t); len(parts) > 1 {
		return parts[0], true
	}
	f := strings.Fields(t)
	n := len(f)
	for n > 0 && feedWords[strings.ToLower(f[n-1])] {
		n--
	}
	if n == len(f) || n == 0 {
		return "", false // a bare name is the feed's own title
	}
	return strings.Join(f[:n], " "), false
}

// withoutLogoWord returns a logo's alt text without the word "logo" that
// opens or ends it ("Valley Gazette logo", "Logo: Talbote", "Logo of the
// Valley Gazette", "Logo du Courrier"), or "" when it has no such word or
// nothing else.
func withoutLogoWord(alt string) string {
	f := strings.Fields(alt)
	if len(f) < 2 {
		return ""
	}
	switch {
	case strings.EqualFold(strings.Trim(f[len(f)-1], "-–|:"), "logo"):
		f = f[:len(f)-1]
	case strings.EqualFold(strings.Trim(f[0], "-–|:"), "logo"):
		f = f[1:]
		// "Logo of the Valley Gazette", "Logo der Talbote".
		if len(f) > 1 && logoLinks[strings.ToLower(f[0])] {
			f = f[1:]
		}
	default:
		return ""
	}
	return strings.Trim(strings.Join(f, " "), " -–|:")
}

// withoutWelcome returns the name a logo's alt text or a home link's
// text greets the reader to ("Welcome to Valley Linux Users Group",
// "Bienvenue sur Le Courrier", "Willkommen bei der Talzeitung"), as
// older templates write it, or "" when it opens with no greeting or
// leaves fewer than one word.
func withoutWelcome(t string) string {
	if len(t) < 10 || t[0] != 'W' && t[0] != 'w' && t[0] != 'B' && t[0] != 'b' {
		return ""
	}
	for _, g := range welcomes {
		if len(t) > len(g) && strings.EqualFold(t[:len(g)], g) {
			return strings.Trim(t[len(g):], " !.")
		}
	}
	return ""
}

// welcomes open a greeting to a site, with the word that leads to its
// name, lower-cased.
var welcomes = []string{"welcome to the ", "welcome to ", "bienvenue sur ", "bienvenue à ", "bienvenue au ", "bienvenue chez ",
	"willkommen bei der ", "willkommen bei ", "willkommen auf ", "willkommen im ", "bienvenido a ", "bienvenidos a ",
	"benvenuti su ", "benvenuto su ", "bem-vindo ao ", "bem-vindo à ", "bem-vindos ao ", "welkom bij ", "welkom op "}

// logoLinks join "logo" to the name it stands for: "Logo of …", "Logo
// von …", "Logo de …".
var logoLinks = setOf("of", "for", "von", "der", "des", "de", "du", "del", "di")

// imgAlt is the alt text of the first image inside n (a logo).
func imgAlt(n *html.Node) string {
	if img := findFirst(n, byTag(atom.Img)); img != nil {
		return strings.TrimSpace(attr(img, "alt"))
	}
	return ""
}

// isHomeLink reports whether href, read on page, leads to the front page
// of page's site (root) or of a section above page: the same host (give or
// take "www."), and a path of at most one folder that page's path lies
// under.
func isHomeLink(href string, page *url.URL) (home, root bool) {
	href, ok := mayBeHomeLink(href, page)
	if !ok {
		return false, false
	}
	return resolveHomeLink(href, page)
}

// mayBeHomeLink returns href trimmed, and false where isHomeLink can tell
// without parsing it that it does not lead to a front page.
func mayBeHomeLink(href string, page *url.URL) (string, bool) {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || page == nil {
		return href, false
	}
	// Most links lead deeper or carry a query: seen without parsing.
	// "https://host/folder/index.html" has four slashes; "../../" climbs.
	if strings.IndexByte(href, '?') >= 0 || strings.Count(href, "/") > 4 && !strings.HasPrefix(href, ".") {
		return href, false
	}
	// A link to another host (most links that get here) is seen without
	// parsing either; an unusual authority (user info, escapes, IPv6) is
	// left to url.Parse.
	if host, ok := plainHost(href); ok && !sameSite(host, page.Host) {
		return href, false
	}
	return href, true
}

// resolveHomeLink is isHomeLink for a link mayBeHomeLink let through.
func resolveHomeLink(href string, page *url.URL) (home, root bool) {
	host, p, ok := plainLink(href, page)
	if !ok {
		ref, err := url.Parse(href)
		if err != nil {
			return false, false
		}
		u := page.ResolveReference(ref)
		if u.RawQuery != "" {
			return false, false
		}
		host, p = u.Host, u.Path
	}
	// On a page of unknown address only a link without a host is known
	// to stay on the site.
	if !sameSite(host, page.Host) && (host != "" || page.Host != "") {
		return false, false
	}
	p = strings.TrimSuffix(p, "/")
	if base := path.Base(p); strings.HasPrefix(base, "index.") || strings.HasPrefix(base, "default.") {
		p = path.Dir(p)
	}
	p = strings.TrimSuffix(p, "/")
	if p == "" {
		return true, true
	}
	if strings.Count(p, "/") > 1 {
		return false, false
	}
	// strings.CutPrefix(page.Path, p+"/"), without building p+"/".
	rest, ok := strings.CutPrefix(page.Path, p)
	rest, slash := strings.CutPrefix(rest, "/")
	return ok && slash && strings.Trim(rest, "/") != "" || queryNamesFolder(page, p[1:]), false
}

// queryNamesFolder reports whether page's query names folder as the
// value of one of its parameters: a blog host's script serves each of
// its users' posts under one address and names the blog in the query
// ("/PostView.naver?blogId=kimlife&logNo=…", Naver's older addresses),
// while the blog's front page is the folder of that name ("/kimlife").
// The post lies under that folder as "/kimlife/221430673006" does.
func queryNamesFolder(page *url.URL, folder string) bool {
	if page.RawQuery == "" || len(folder) < 3 || strings.Contains(folder, "/") {
		return false
	}
	for _, vs := range page.Query() {
		if slices.Contains(vs, folder) {
			return true
		}
	}
	return false
}

// plainLink returns the host and path of an absolute http(s) link whose
// host is plain (plainHost), or of a path from the root read on page, when
// the path needs no work: no escapes, no dot segments, no doubled slash,
// no query, fragment or control byte. They are what url.Parse and
// resolving against page would give as Host and Path; ok is false for any
// other link.
func plainLink(href string, page *url.URL) (host, p string, ok bool) {
	switch {
	case strings.HasPrefix(href, "https://") || strings.HasPrefix(href, "http://"):
		if host, ok = plainHost(href); !ok {
			return "", "", false
		}
		p = href[strings.Index(href, "//")+2+len(host):]
	case strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "//"):
		// A path from the root, on the page's host.
		host, p = page.Host, href
	default:
		return "", "", false
	}
	if p != "" && p[0] != '/' || strings.Contains(p, "//") || strings.Contains(p, "/.") {
		return "", "", false
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c < 0x20 || c == 0x7f || c == '%' || c == '?' || c == '#' {
			return "", "", false
		}
	}
	return host, p, true
}

// plainHost returns the host of an absolute or scheme-relative http(s) link
// whose authority is a plain host (and port): what url.Parse would give as
// its Host. ok is false for any other link.
func plainHost(href string) (host string, ok bool) {
	rest, found := strings.CutPrefix(href, "//")
	if !found {
		if rest, found = strings.CutPrefix(href, "https://"); !found {
			if rest, found = strings.CutPrefix(href, "http://"); !found {
				return "", false
			}
		}
	}
	// One pass to the path or fragment, not strings.IndexAny and
	// ContainsAny, which each build their set at every link.
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '/', '#':
			return rest[:i], i > 0
		case '@', '%', '[', ']', '\\', ' ':
			return "", false
		}
	}
	return rest, rest != ""
}

// sameSite reports whether two hosts are the same site, give or take a
// leading "www.".
func sameSite(a, b string) bool {
	a, b = strings.TrimPrefix(lowerASCII(a), "www."), strings.TrimPrefix(lowerASCII(b), "www.")
	return a != "" && a == b
}

// isSelfLink reports whether href, read on page, leads back to page itself
// or to its canonical URL: a headline linked as the post's permalink
// (Blogger's and many older themes' "<h3 class=post-title><a
// href=permalink>"), which is not a teaser for another page.
func isSelfLink(href string, page *url.URL, canonical string) bool {
	u := resolvedLink(href, page)
	if u == nil {
		return false
	}
	if samePage(u, page) {
		return true
	}
	if canonical == "" {
		return false
	}
	c, err := url.Parse(canonical)
	return err == nil && samePage(u, page.ResolveReference(c))
}

// resolvedLink is href resolved on page, nil where href is empty or does
// not parse or there is no page.
func resolvedLink(href string, page *url.URL) *url.URL {
	href = strings.TrimSpace(href)
	if href == "" || page == nil {
		return nil
	}
	ref, err := url.Parse(href)
	if err != nil {
		return nil
	}
	return page.ResolveReference(ref)
}

// resolvedURL is a URL resolved once for a page's every link; u is nil
// where there is none.
type resolvedURL struct{ u *url.URL }

// canonicalOn is canonical resolved on page, as isSelfLink resolves
// it at each call.
func canonicalOn(page *url.URL, canonical string) *resolvedURL {
	c, err := url.Parse(canonical)
	if canonical == "" || err != nil || page == nil {
		return &resolvedURL{}
	}
	return &resolvedURL{page.ResolveReference(c)}
}

// selfLink is isSelfLink(href, tc.page, tc.canonical), the canonical URL
// resolved once a page, not once a link: the headings' links ask it.
func (tc titleContext) selfLink(href string) bool {
	if tc.canon == nil {
		return isSelfLink(href, tc.page, tc.canonical)
	}
	u := resolvedLink(href, tc.page)
	return u != nil && (samePage(u, tc.page) || tc.canon.u != nil && samePage(u, tc.canon.u))
}

// samePage compares two URLs without their scheme, fragment, a leading
// "www.", a trailing slash or campaign-tracking parameters ("utm_source",
// which a feed's links add to the page's address).
func samePage(a, b *url.URL) bool {
	return sameSite(a.Host, b.Host) && strings.TrimSuffix(a.Path, "/") == strings.TrimSuffix(b.Path, "/") && untracked(a.RawQuery) == untracked(b.RawQuery)
}

// untracked returns a query without its utm_* parameters.
func untracked(q string) string {
	if !strings.Contains(q, "utm_") {
		return q
	}
	var keep []string
	for _, p := range strings.Split(q, "&") {
		if !strings.HasPrefix(p, "utm_") {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "&")
}

// headingLink returns the link a heading is, sits in, or mostly consists
// of, or nil.
func headingLink(n *html.Node) *html.Node {
	for p := n; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if p.DataAtom == atom.A {
			return p
		}
	}
	if a := findFirst(n, byTag(atom.A)); a != nil && linkShare(n, 1, 2) {
		return a
	}
	return nil
}

// absAgainst returns href resolved against base, or href when base is nil
// or href does not parse.
func absAgainst(href string, base *url.URL) string {
	if base == nil {
		return href
	}
	ref, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return href
	}
	return base.ResolveReference(ref).String()
}
