package extractor

import (
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaSource names the provenance of a <meta> key.
func metaSource(key string) string {
	switch {
	case strings.HasPrefix(key, "og:"):
		return "meta:og"
	case strings.HasPrefix(key, "article:"):
		return "meta:article"
	case strings.HasPrefix(key, "twitter:"):
		return "meta:twitter"
	case strings.HasPrefix(key, "dc.") || strings.HasPrefix(key, "dcterms.") || strings.HasPrefix(key, "dc:"):
		return "meta:dc"
	case strings.HasPrefix(key, "parsely"):
		return "meta:parsely"
	case strings.HasPrefix(key, "sailthru"):
		return "meta:sailthru"
	}
	return "meta:name"
}

var (
	reTagSep  = regexp.MustCompile(`[,，;；]`)
	reWebSite = regexp.MustCompile(`^(?:\w+:)?(?:WebSite|Organization|NewsMediaOrganization)$`)
	reBreadLD = regexp.MustCompile(`^(?:\w+:)?BreadcrumbList$`)
)

// resolved holds the metadata fields chosen for an article.
type resolved struct {
	a        *Article
	prov     map[string]string
	dayFirst bool
	// now is when the page was fetched: no date after it is plausible.
	now time.Time
	// known are the dates the crawl knows of the page (Options.KnownDates).
	known []KnownDate
	// published and modified are the dates chosen, RFC 3339 when the
	// instant is known, else YYYY-MM-DD, under the provenance keys
	// "published_at" and "modified_at" until setDates splits them.
	published, modified string
	// credit is the credit line cut from the opening of the body
	// (cutOpeningCredit), read with the body's text (shownText).
	credit string
}

// shownText is the body's text as the page shows it: with the credit line
// cut from its opening, whose names the authors are read from.
func (r *resolved) shownText() string {
	if r.credit == "" {
		return r.a.Text
	}
	return r.credit + "\n\n" + r.a.Text
}

func (r *resolved) set(field string, dst *string, val, src string) bool {
	val = normSpace(val)
	if *dst != "" || val == "" {
		return false
	}
	*dst = val
	r.prov[field] = src
	return true
}

func resolveSiteName(m *pageMeta, r *resolved) {
	if v, k := m.tag("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name", "twitter:app:name:iphone"); v != "" {
		r.set("site_name", &r.a.SiteName, v, metaSource(k))
		return
	}
	if v, k := trsMeta(m, "sitename"); v != "" {
		r.set("site_name", &r.a.SiteName, v, metaSource(k))
		return
	}
	if o := m.ldArticle(); o != nil {
		if p := ldString(m.ldResolve(o["publisher"])); p != "" && !strings.HasPrefix(p, "http") {
			r.set("site_name", &r.a.SiteName, p, "json-ld")
			return
		}
	}
	if o := m.ldOfType(reWebSite); o != nil {
		r.set("site_name", &r.a.SiteName, ldString(o["name"]), "json-ld")
	}
}

func resolveSection(m *pageMeta, r *resolved, doc *html.Node, titleSuffix []string, nav *navSet) {
	if v, k := m.tag("article:section", "og:article:section", "parsely-section", "sailthru.section", "section", "category", "dc.subject"); v != "" {
		r.set("section", &r.a.Section, v, metaSource(k))
		return
	}
	if v, k := trsMeta(m, "columnname"); v != "" {
		r.set("section", &r.a.Section, v, metaSource(k))
		return
	}
	if o := m.ldArticle(); o != nil {
		if r.set("section", &r.a.Section, ldString(o["articleSection"]), "json-ld") {
			return
		}
	}
	if v := firstNonEmpty(m.itemprop["articlesection"]...); v != "" {
		r.set("section", &r.a.Section, v, "microdata")
		return
	}
	if o := m.ldOfType(reBreadLD); o != nil {
		if items, ok := o["itemListElement"].([]any); ok && len(items) >= 2 {
			// The last crumb is often the article itself, as the page
			// states it ("BREAKING: Headline" for "Headline",
			// cutBadgeLabel); take the one before.
			names := make([]string, 0, len(items))
			for _, it := range items {
				if im, ok := it.(map[string]any); ok {
					names = append(names, firstNonEmpty(ldString(im["name"]), ldString(im["item"])))
				}
			}
			for i := len(names) - 1; i >= 1; i-- {
				if n := names[i]; n != "" && !strings.HasPrefix(n, "http") && !headlineOf(n, simplify(r.a.Title)) {
					r.set("section", &r.a.Section, n, "json-ld-breadcrumb")
					return
				}
			}
		}
	}
	if crumb := breadcrumbSection(doc, m, r.a.Title); crumb != "" {
		r.set("section", &r.a.Section, crumb, "breadcrumb")
		return
	}
	// "Headline | Section | Site": a title segment that is not the site and is
	// also a navigation link of the page is the section.
	for _, s := range titleSuffix {
		if !siteLike(s, r.a.SiteName, "") && nav.has(s) {
			r.set("section", &r.a.Section, s, "title-suffix")
			return
		}
	}
}

// breadcrumbSection reads a visible breadcrumb trail: the page's first
// (m.breadcrumbs). Its last link that is not the story names the
// section: not the title, with or without its marks (headlineOf), nor
// the page's <h1> where it holds such a mark (unmarkedKey): then the
// title may be a stated one the mark's cut made agree with another
// heading, and the trail that ends in the story words it as the <h1>
// does ("Home / Features / The Many Kinds of Wine (Infographic)" on a
// page titled "The Kinds of Wine").
func breadcrumbSection(doc *html.Node, m *pageMeta, title string) string {
	var bc *html.Node
	if crumbs := m.breadcrumbs(doc); len(crumbs) > 0 {
		bc = crumbs[0]
	} else {
		bc = cjkBreadcrumb(doc)
	}
	if bc == nil {
		return ""
	}
	links := findAll(bc, byTag(atom.A))
	h1 := ""
	if h := findFirst(doc, byTag(atom.H1)); h != nil {
		h1 = unmarkedKey(textOf(h))
	}
	for i := len(links) - 1; i >= 1; i-- {
		t := textOf(links[i])
		if t != "" && len(t) < 60 && !headlineOf(t, simplify(title)) && !headlineOf(t, h1) {
			return t
		}
	}
	return ""
}

// navSet is the set of link texts in the page's navigation menus, read
// from the tree on first use: most pages never need it.
type navSet struct {
	doc    *html.Node
	labels map[string]bool
}

func (n *navSet) has(label string) bool {
	if n.labels == nil {
		n.labels = navLabels(n.doc)
	}
	return n.labels[simplify(label)]
}

// navLabels is the set of link texts inside the page's navigation menus.
func navLabels(doc *html.Node) map[string]bool {
	out := map[string]bool{}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		navRole, menuWord := menuMarks(n)
		if !(n.DataAtom == atom.Nav || navRole || menuWord && (hasClassWord(classID(n), navWords) || navCompound(n))) {
			return true
		}
		// A menu inside this one adds no link it does not hold.
		for _, a := range findAll(n, byTag(atom.A)) {
			if t := textOf(a); t != "" && len(t) < 60 {
				out[simplify(t)] = true
			}
		}
		return false
	})
	return out
}

// menuMarks reads, in one pass over n's attributes, the first of each as
// attr reads them, whether its role is navigation, and whether its class
// or id holds, in any case, "nav", "menu", "channel" or "column" (every
// word of navWords and every compound navCompound takes holds one, so
// that most elements are let go without building their classID and
// cutting it into words).
func menuMarks(n *html.Node) (navRole, menuWord bool) {
	role, class, id := false, false, false
	for _, a := range n.Attr {
		switch {
		case a.Key == "role" && !role:
			role = true
			navRole = strings.EqualFold(a.Val, "navigation")
		case a.Key == "class" && !class:
			class = true
			menuWord = menuWord || holdsMenuWord(a.Val)
		case a.Key == "id" && !id:
			id = true
			menuWord = menuWord || holdsMenuWord(a.Val)
		}
	}
	return navRole, menuWord
}

// holdsMenuWord reports whether s holds "nav", "menu", "channel" or
// "column" in any case of ASCII letters, as hasFoldASCII finds them.
func holdsMenuWord(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'n':
			if foldedAt(s, i+1, "av") {
				return true
			}
		case 'm':
			if foldedAt(s, i+1, "enu") {
				return true
			}
		case 'c':
			if foldedAt(s, i+1, "hannel") || foldedAt(s, i+1, "olumn") {
				return true
			}
		}
	}
	return false
}

// navCompound reports whether n's class or id is a compound that names a
// menu as its first or last part, as many themes write them: "topnav",
// "mainNav", "blogNavDropDown", "navList", "menubar" (a class word is
// only a run of letters, and "topnav" is one).
func navCompound(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := a.Val
		for i := 0; i < len(v); {
			for i < len(v) && !isASCIILetter(v[i]) {
				i++
			}
			j := i
			for j < len(v) && isASCIILetter(v[j]) {
				j++
			}
			if w := v[i:j]; len(w) > 4 && navCompoundWord(w) {
				return true
			}
			i = j
		}
	}
	return false
}

// navCompoundWord reports whether a run of letters of a class or id is a
// compound that names a menu: one that ends in "nav" or "menu", holds
// "Nav" or "Menu" as a capitalised part, or starts "navList", "menubar".
func navCompoundWord(w string) bool {
	if strings.Contains(w, "Nav") || strings.Contains(w, "Menu") || strings.HasPrefix(w, "nav") && w[3] >= 'A' && w[3] <= 'Z' {
		return true
	}
	n := len(w)
	return strings.EqualFold(w[n-3:], "nav") || strings.EqualFold(w[n-4:], "menu") || n >= 7 && (strings.EqualFold(w[:7], "navlist") || strings.EqualFold(w[:7], "menubar"))
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

var navWords = classSetOf("nav", "navbar", "navigation", "menu", "mainmenu", "main menu", "channel", "channels", "column", "columns")

func resolveTags(m *pageMeta, r *resolved, doc *html.Node) {
	var tags []string
	src := ""
	if v := m.tags["article:tag"]; len(v) > 0 {
		tags, src = v, "meta:article"
	} else if o := m.ldArticle(); o != nil && o["keywords"] != nil {
		for _, k := range ldStrings(o["keywords"]) {
			tags = append(tags, strings.Split(k, ",")...)
		}
		src = "json-ld"
	} else if v, k := m.tag("keywords", "news_keywords", "parsely-tags", "sailthru.tags"); v != "" {
		tags, src = reTagSep.Split(v, -1), metaSource(k)
	} else {
		for _, a := range m.tagLinks {
			if isInside(a, doc) { // not in a part a site's selectors removed
				tags = append(tags, textOf(a))
			}
		}
		src = "rel-tag"
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = normSpace(t)
		if t == "" || len(t) > 80 || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	if len(out) > 0 {
		r.a.Tags = out
		r.prov["tags"] = src
	}
}

func resolveDescription(m *pageMeta, r *resolved) {
	if v, k := m.tag("og:description", "description", "twitter:description", "dc.description", "dcterms.description"); v != "" {
		r.set("description", &r.a.Description, v, metaSource(k))
		return
	}
	if o := m.ldArticle(); o != nil {
		r.set("description", &r.a.Description, ldString(o["description"]), "json-ld")
	}
}

func resolveCanonical(m *pageMeta, r *resolved, page *url.URL) {
	if c := absURL(m.links["canonical"], page); c != "" {
		r.set("canonical_url", &r.a.CanonicalURL, c, "link-canonical")
		return
	}
	if v, k := m.tag("og:url"); v != "" {
		r.set("canonical_url", &r.a.CanonicalURL, absURL(v, page), metaSource(k))
	}
}

func resolveTopImage(m *pageMeta, r *resolved, page *url.URL) {
	if v, k := m.tag("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"); v != "" {
		r.set("top_image", &r.a.TopImage, absURL(v, page), metaSource(k))
		return
	}
	if o := m.ldArticle(); o != nil {
		if r.set("top_image", &r.a.TopImage, absURL(ldString(o["image"]), page), "json-ld") {
			return
		}
	}
	if len(r.a.Images) > 0 {
		r.set("top_image", &r.a.TopImage, r.a.Images[0].URL, "body")
	}
}
