package extractor

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

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
	return tc.siteOrSection(seg) || tc.nav != nil && tc.nav.has(seg) && !tc.home.selfLinked(seg)
}

// siteOrSection reports whether a <title> segment names the site or the
// page's section, links to a front page, or is a CMS's label: what
// siteOrLabel accepts but a menu entry.
func (tc titleContext) siteOrSection(seg string) bool {
	return siteLike(seg, tc.siteName, tc.host) || tc.section != "" && simplify(seg) == simplify(tc.section) || hostNamed(seg, tc.host) || cmsLabels[simplify(seg)] || tc.home.has(seg)
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
	if s == simplify(tc.siteName) || tc.home.hasSite(seg) || s == simplify(withoutThe(tc.siteName)) {
		return true
	}
	// "The Valley Gazette" on valleygazette.com: the host drops the article.
	bare := simplify(withoutThe(seg))
	h := strings.TrimPrefix(strings.ToLower(tc.host), "www.")
	labels := strings.Split(h, ".")
	for i, l := range labels {
		if len(l) < 3 || genericLabels[l] {
			continue
		}
		if s == simplify(l) || bare != "" && bare == simplify(l) || i < len(labels)-1 && s == simplify(strings.Join(labels[i:], ".")) {
			return true
		}
	}
	return false
}

// folderNamed reports whether a segment of three words or fewer names a
// folder of the page's address, the last step (the page's own slug) left
// aside: "World" on /news/world/flood, "US News" on /us-news/1234.
func (tc titleContext) folderNamed(seg string) bool {
	if tc.page == nil || spacedWords(seg) > 3 {
		return false
	}
	s := simplify(seg)
	if s == "" {
		return false
	}
	dirs := strings.Split(strings.Trim(tc.page.Path, "/"), "/")
	for _, d := range dirs[:len(dirs)-1] {
		if simplify(d) == s {
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

func hostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.Hostname()
}
