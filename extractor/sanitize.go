package extractor

import (
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bodyPolicy is what the html field may hold: the structure of an article
// (paragraphs, headings, lists, quotes, tables, code, figures and
// captions, links and images) and nothing that runs, styles, submits,
// embeds or clobbers: no scripts, styles, forms, frames, objects, SVG or
// MathML, no event handlers, style, class or id attributes, and only
// http, https, mailto and file URLs (file for pages read from files, whose
// links resolve to files). Everything else goes, its text kept, except the
// content of script, style, iframe, object, noscript and the like, which
// bluemonday drops whole. A bluemonday policy is safe for concurrent use
// once built.
var bodyPolicy = func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowURLSchemes("http", "https", "mailto", "file")
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(false) // the body's URLs were made absolute
	p.AllowElements("p", "br", "hr", "div", "span", "section", "article",
		"h1", "h2", "h3", "h4", "h5", "h6",
		"ul", "ol", "li", "dl", "dt", "dd",
		"blockquote", "q", "pre", "code", "kbd", "samp", "var",
		"em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark", "cite", "dfn", "abbr",
		"del", "ins", "figure", "figcaption", "caption",
		"table", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col")
	p.AllowLists()
	p.AllowTables()
	p.AllowAttrs("href").OnElements("a")
	p.AllowAttrs("title").Matching(bluemonday.Paragraph).OnElements("a", "abbr", "img")
	p.AllowAttrs("cite").OnElements("blockquote", "q", "del", "ins")
	p.AllowAttrs("datetime").Matching(bluemonday.ISO8601).OnElements("time", "del", "ins")
	p.AllowAttrs("src").OnElements("img")
	p.AllowAttrs("alt").Matching(bluemonday.Paragraph).OnElements("img")
	p.AllowAttrs("height", "width").Matching(bluemonday.NumberOrPercent).OnElements("img")
	p.AllowAttrs("start").Matching(bluemonday.Integer).OnElements("ol")
	return p
}()

// renderBody renders the body readability found as sanitised HTML, without
// readability's <div id="readability-page-1"> wrapper.
func renderBody(content *html.Node) string {
	var buf strings.Builder
	if content.DataAtom == atom.Div && attr(content, "id") == "readability-page-1" {
		for c := content.FirstChild; c != nil; c = c.NextSibling {
			if html.Render(&buf, c) != nil {
				return ""
			}
		}
	} else if html.Render(&buf, content) != nil {
		return ""
	}
	return strings.TrimSpace(bodyPolicy.Sanitize(buf.String()))
}
