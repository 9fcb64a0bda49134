package extractor

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The html field holds the structure of an article (paragraphs, headings,
// lists, quotes, tables, code, figures and captions, links and images) and
// nothing that runs, styles, submits, embeds or clobbers: no scripts,
// styles, forms, frames, objects, SVG or MathML, no event handlers, style,
// class or id attributes, and only http, https, mailto and file URLs (file
// for pages read from files, whose links resolve to files). Everything else
// goes, its text kept, except the content of script, style, iframe, object,
// noscript and the like, which goes whole.
//
// The policy is bluemonday's (v1.0.27) as newsprint configured it:
// NewPolicy, AllowURLSchemes("http", "https", "mailto", "file"),
// RequireParseableURLs, no relative URLs, AllowLists, AllowTables and the
// elements and attributes below. sanitizeBody applies it to the tree
// readability returned instead of rendering the tree and tokenising the
// result again, and writes what bluemonday wrote for the same tree
// (TestSanitizeMatchesBluemonday checks it on every golden page, and with
// -corpus on every benchmark page).

// attrRule allows an attribute whose value matches (any value when match
// is nil): its pattern's MatchString, or paragraphText for reParagraph.
type attrRule struct {
	key   string
	match func(string) bool
}

// elemRule is what an allowed element keeps: its allowed attributes, and
// whether it stays when none of them is left (bluemonday's list of elements
// allowed without attributes; of ours only <a> and <img> are not on it).
type elemRule struct {
	attrs []attrRule
	bare  bool
}

// Bluemonday's value patterns (helpers.go), copied so that the html field's
// rules are in one place.
var (
	reCellAlign     = regexp.MustCompile(`(?i)^(center|justify|left|right|char)$`)
	reCellVAlign    = regexp.MustCompile(`(?i)^(baseline|bottom|middle|top)$`)
	reInteger       = regexp.MustCompile(`^[0-9]+$`)
	reISO8601       = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2}([ T][0-9]{2}(:[0-9]{2}){1,2}(.[0-9]{1,6})?Z?([\+-][0-9]{2}:[0-9]{2})?)?)?)?$`)
	reListType      = regexp.MustCompile(`(?i)^(circle|disc|square|a|A|i|I|1)$`)
	reSpaceTokens   = regexp.MustCompile(`^([\s\p{L}\p{N}_-]+)$`)
	reNumberPercent = regexp.MustCompile(`^[0-9]+[%]?$`)
	reParagraph     = regexp.MustCompile(`^[\p{L}\p{N}\s\-_',\[\]!\./\\\(\)]*$`)
	reScope         = regexp.MustCompile(`(?i)(?:row|col)(?:group)?`)
	reNowrap        = regexp.MustCompile(`(?i)|nowrap`)
)

// bodyElems maps each element the html field may hold to its rule.
var bodyElems = func() map[string]*elemRule {
	m := map[string]*elemRule{}
	el := func(name string) *elemRule {
		r := m[name]
		if r == nil {
			r = &elemRule{bare: name != "a" && name != "img"}
			m[name] = r
		}
		return r
	}
	allow := func(re *regexp.Regexp, keys []string, els ...string) {
		for _, e := range els {
			r := el(e)
			for _, k := range keys {
				r.attrs = append(r.attrs, attrRule{k, matcher(re)})
			}
		}
	}
	for _, e := range []string{"p", "br", "hr", "div", "span", "section", "article",
		"h1", "h2", "h3", "h4", "h5", "h6",
		"ul", "ol", "li", "dl", "dt", "dd",
		"blockquote", "q", "pre", "code", "kbd", "samp", "var",
		"em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark", "cite", "dfn", "abbr",
		"del", "ins", "figure", "figcaption", "caption",
		"table", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col"} {
		el(e)
	}
	// AllowLists.
	allow(reListType, []string{"type"}, "ol", "ul", "li")
	allow(reInteger, []string{"value"}, "li")
	// AllowTables.
	allow(reNumberPercent, []string{"height", "width"}, "table")
	allow(reParagraph, []string{"summary"}, "table")
	allow(reCellAlign, []string{"align"}, "col", "colgroup")
	allow(reNumberPercent, []string{"height", "width"}, "col", "colgroup")
	allow(reInteger, []string{"span"}, "colgroup", "col")
	allow(reCellVAlign, []string{"valign"}, "col", "colgroup")
	allow(reCellAlign, []string{"align"}, "thead", "tr")
	allow(reCellVAlign, []string{"valign"}, "thead", "tr")
	allow(reParagraph, []string{"abbr"}, "td", "th")
	allow(reCellAlign, []string{"align"}, "td", "th")
	allow(reInteger, []string{"colspan", "rowspan"}, "td", "th")
	allow(reSpaceTokens, []string{"headers"}, "td", "th")
	allow(reNumberPercent, []string{"height", "width"}, "td", "th")
	allow(reScope, []string{"scope"}, "td", "th")
	allow(reCellVAlign, []string{"valign"}, "td", "th")
	allow(reNowrap, []string{"nowrap"}, "td", "th")
	allow(reCellAlign, []string{"align"}, "tbody", "tfoot")
	allow(reCellVAlign, []string{"valign"}, "tbody", "tfoot")
	// Ours.
	allow(nil, []string{"href"}, "a")
	allow(reParagraph, []string{"title"}, "a", "abbr", "img")
	allow(nil, []string{"cite"}, "blockquote", "q", "del", "ins")
	allow(reISO8601, []string{"datetime"}, "time", "del", "ins")
	allow(nil, []string{"src"}, "img")
	allow(reParagraph, []string{"alt"}, "img")
	allow(reNumberPercent, []string{"height", "width"}, "img")
	allow(reInteger, []string{"start"}, "ol")
	return m
}()

// matcher is how an attribute's value is checked against re: reParagraph,
// which every <img>'s alt and title and every link's title meets, by
// paragraphText; the others by their MatchString.
func matcher(re *regexp.Regexp) func(string) bool {
	switch re {
	case nil:
		return nil
	case reParagraph:
		return paragraphText
	}
	return re.MatchString
}

// paragraphText is reParagraph.MatchString(s), rune by rune without the
// expression: letters, digits, the white space of \s and
// -_',[]!./\() alone. A byte that is not UTF-8 is U+FFFD to both, which
// neither lets through.
func paragraphText(s string) bool {
	for _, r := range s {
		switch r {
		case '\t', '\n', '\f', '\r', ' ', '-', '_', '\'', ',', '[', ']', '!', '.', '/', '\\', '(', ')':
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			return false
		}
	}
	return true
}

// skipWhole are the elements whose content goes with them: what a reader
// never sees (bluemonday's default list, script and style included, and
// template, whose content is inert: the text leaves it out, so the HTML
// must too, or the HTML extracted again gains text).
var skipWhole = map[string]bool{
	"frame": true, "frameset": true, "iframe": true, "noembed": true, "noframes": true,
	"noscript": true, "nostyle": true, "object": true, "script": true, "style": true, "template": true, "title": true,
}

// voidElements are written as self-closing tags and have no content
// (x/net/html's list).
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "keygen": true, "link": true, "meta": true, "param": true, "source": true,
	"track": true, "wbr": true,
}

// renderBody renders the body readability found as sanitised HTML, without
// readability's <div id="readability-page-1"> wrapper. It is "" for a tree
// html.Render refuses (an error node, a void element with children).
func renderBody(content *html.Node) string { return renderBodySized(content, 0) }

// renderBodySized is renderBody with room made at once for about size
// bytes of HTML: grown by appends, the builder allocated six times the
// HTML it wrote (a body's HTML is 1.1-2.9 times its text, 1.3 times in
// the median of the corpus).
func renderBodySized(content *html.Node, size int) string {
	var s sanitizer
	s.b.Grow(size)
	if content.DataAtom == atom.Div && attr(content, "id") == "readability-page-1" {
		// One html.Render call per child: a <plaintext> stops one only.
		for c := content.FirstChild; c != nil && !s.bad; c = c.NextSibling {
			if s.after != afterNone {
				s.literal(c)
				continue
			}
			s.node(c)
		}
	} else {
		s.node(content)
	}
	if s.bad {
		return ""
	}
	return strings.TrimSpace(s.b.String())
}

// sanitizer writes the allowed part of a tree as bluemonday wrote it from
// html.Render's output.
type sanitizer struct {
	b strings.Builder
	// bad: html.Render fails on the tree.
	bad bool
	// after says whether html.Render met a <plaintext>, which it writes
	// last, and after whose start tag a tokeniser reads text to the end.
	after plaintextState
	// attrs is scratch space for one element's kept attributes.
	attrs []html.Attribute
}

type plaintextState uint8

const (
	afterNone    plaintextState = iota
	afterText                   // the rest is text, escaped
	afterSkipped                // the rest is inside skipped content, dropped
)

// node writes n and its subtree.
func (s *sanitizer) node(n *html.Node) {
	if s.after != afterNone || s.bad {
		return
	}
	switch n.Type {
	case html.ErrorNode:
		s.bad = true
		return
	case html.TextNode:
		escapeTo(&s.b, n.Data)
		return
	case html.DocumentNode:
		s.children(n)
		return
	case html.ElementNode:
	default:
		return // comments, doctypes: dropped
	}
	void := voidElements[n.Data]
	if void && n.FirstChild != nil {
		s.bad = true
		return
	}
	name := strings.ToLower(n.Data)
	if skipWhole[name] {
		s.skip(n)
		return
	}
	if name == "plaintext" && n.Namespace == "" {
		s.after = afterText
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.literal(c)
		}
		return
	}
	rule := bodyElems[name]
	if rule != nil {
		s.attrs = s.attrs[:0]
		for _, a := range n.Attr {
			if v, ok := rule.allowed(name, a); ok {
				s.attrs = append(s.attrs, html.Attribute{Key: a.Key, Val: v})
			}
		}
		if len(s.attrs) == 0 && !rule.bare {
			rule = nil // <a> without a link, <img> without a source
		}
	}
	if rule != nil {
		s.b.WriteByte('<')
		s.b.WriteString(name)
		for _, a := range s.attrs {
			s.b.WriteByte(' ')
			s.b.WriteString(a.Key)
			s.b.WriteString(`="`)
			escapeTo(&s.b, a.Val)
			s.b.WriteByte('"')
		}
		if void {
			s.b.WriteString("/>")
			return
		}
		s.b.WriteByte('>')
	}
	if void {
		return
	}
	if c := n.FirstChild; c != nil && c.Type == html.TextNode && strings.HasPrefix(c.Data, "\n") {
		switch n.Data {
		case "pre", "listing", "textarea":
			s.b.WriteByte('\n') // html.Render adds it, the tokeniser keeps it
		}
	}
	s.children(n)
	if rule != nil && s.after == afterNone {
		s.b.WriteString("</")
		s.b.WriteString(name)
		s.b.WriteByte('>')
	}
}

func (s *sanitizer) children(n *html.Node) {
	for c := n.FirstChild; c != nil && s.after == afterNone && !s.bad; c = c.NextSibling {
		s.node(c)
	}
}

// skip passes over an element whose content goes whole, noting what would
// make html.Render fail or stop inside it.
func (s *sanitizer) skip(n *html.Node) {
	walk(n, func(c *html.Node) bool {
		switch {
		case s.bad || s.after != afterNone:
			return false
		case c.Type == html.ErrorNode, c.Type == html.ElementNode && voidElements[c.Data] && c.FirstChild != nil:
			s.bad = true
		case c.Type == html.ElementNode && c.Data == "plaintext" && c.Namespace == "":
			s.after = afterSkipped
		}
		return true
	})
}

// literal writes n as text, escaped, the way html.Render writes it: what
// follows a <plaintext> start tag.
func (s *sanitizer) literal(n *html.Node) {
	if s.after == afterSkipped || s.bad {
		return
	}
	if n.Type == html.TextNode && n.Parent != nil && n.Parent.Data == "plaintext" && n.Parent.Namespace == "" {
		escapeTo(&s.b, n.Data) // Render writes it as is
		return
	}
	var raw strings.Builder
	if err := html.Render(&raw, n); err != nil {
		s.bad = true
		return
	}
	escapeTo(&s.b, raw.String())
}

// allowed reports whether attribute a of element name stays, and its value
// then: URLs are parsed and written again.
func (r *elemRule) allowed(name string, a html.Attribute) (string, bool) {
	key := a.Key
	if a.Namespace != "" {
		key = a.Namespace + ":" + a.Key
	}
	ok := false
	for _, ar := range r.attrs {
		if ar.key == key && (ar.match == nil || ar.match(a.Val)) {
			ok = true
			break
		}
	}
	if !ok {
		return "", false
	}
	switch {
	case key == "href" && name == "a",
		key == "cite" && (name == "blockquote" || name == "q" || name == "del" || name == "ins"),
		key == "src" && name == "img":
		return bodyURL(a.Val)
	}
	return a.Val, true
}

// bodyURL is u as the html field keeps it: an absolute http, https, mailto
// or file URL without white space inside, written as net/url writes it.
func bodyURL(u string) (string, bool) {
	u = strings.TrimSpace(u)
	if strings.ContainsAny(u, " \t\n") {
		return "", false // data: URLs, the only ones allowed spaces, are not allowed
	}
	p, err := url.Parse(u)
	if err != nil {
		return "", false
	}
	switch p.Scheme {
	case "http", "https", "mailto", "file":
		return p.String(), true
	}
	return "", false
}

// escapeTo writes s escaped as html.EscapeString escapes it.
func escapeTo(b *strings.Builder, s string) {
	for {
		i := strings.IndexAny(s, "&'<>\"\r")
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		switch s[i] {
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\r':
			b.WriteString("&#13;")
		}
		s = s[i+1:]
	}
}
