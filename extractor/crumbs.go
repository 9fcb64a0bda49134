package extractor

import (
	"strings"

	"golang.org/x/net/html"
)

// isBreadcrumb reports whether n is a breadcrumb trail: "crumb" in its
// class or id ("breadcrumb" holds it), in any case, or the ARIA label.
// DataLife Engine, the CMS of many Russian-language sites, names its
// trail the "speedbar" (<span id="dle-speedbar">, <div class="speedbar">).
func isBreadcrumb(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && (holdsCrumb(a.Val) || strings.Contains(a.Val, "speedbar")) ||
			a.Key == "aria-label" && strings.EqualFold(a.Val, "breadcrumb") {
			return true
		}
	}
	return false
}

// breadcrumbs returns the breadcrumb trails of doc, the tree m was read
// from, in page order: as collectMeta noted them, or, once the tree has
// changed (crumbsStale), as doc now holds them.
func (m *pageMeta) breadcrumbs(doc *html.Node) []*html.Node {
	if m == nil || m.crumbsStale {
		return findAll(doc, isBreadcrumb)
	}
	return m.crumbs
}
