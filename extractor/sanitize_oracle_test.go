package extractor

import (
	"bytes"
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bluemondayPolicy is the policy renderBody applies, as newsprint
// configured bluemonday before sanitising moved onto the tree: the oracle
// renderBody is checked against.
var bluemondayPolicy = func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.SkipElementsContent("template") // inert content, left out of the text too
	p.AllowURLSchemes("http", "https", "mailto", "file")
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(false)
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

// bluemondayBody is renderBody as it was: the tree rendered, then
// tokenised again by bluemonday.
func bluemondayBody(content *html.Node) string {
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
	return strings.TrimSpace(bluemondayPolicy.Sanitize(buf.String()))
}

// fragmentBody parses markup as the body of a page.
func fragmentBody(tb testing.TB, markup string) *html.Node {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><body>" + markup))
	if err != nil {
		tb.Fatal(err)
	}
	return findElement(doc, "body")
}

// sanitizeCases are trees where a tree walk and a tokeniser could part:
// raw text, void elements, links without a usable URL, nested drops,
// <pre>'s first newline, foreign content, entities and odd attributes.
var sanitizeCases = []string{
	`<p>a &amp; b &lt;c&gt; "d" 'e' &#13; f</p>`,
	"<pre>\n\nfirst line kept</pre><textarea>\nx &lt;y&gt;</textarea><listing>\nl</listing>",
	`<a>no href <a href="https://x.example/">inner</a></a><a href="/rel">relative</a><a href=" https://x.example/a b">space</a>`,
	`<a href="HTTPS://X.example/%7efoo?q=a b&amp;c=<d>">caps and query</a><a href="mailto:a@b.example">mail</a><a href="ftp://x">ftp</a>`,
	`<img src="https://x.example/a.jpg" alt="A (b) c" title="t<" width="50%" height="x"><img alt="no source"><img>`,
	`<time datetime="2024-01-02">Jan 2</time><time datetime="yesterday">bad</time><time>plain</time><del datetime="2024-01-02T03:04:05Z" cite="https://x.example/">d</del>`,
	`<table summary="s" width="100"><colgroup span="2" align="left"><col valign="top" width="5"></colgroup><tr align="center"><td colspan="2" headers="a b" scope="row" nowrap abbr="x">c</td></tr></table>`,
	`<ol start="3" type="a"><li value="4" type="I">x</li></ol><ul type="disc"><li>y</li></ul>`,
	`<xmp><b>raw</b> & text</xmp><noembed><p>gone</p></noembed><object><p>gone</p><param name=x></object>`,
	`<svg><title>t</title><a xlink:href="https://x.example/">svg</a><foreignObject><p>fo</p></foreignObject></svg><math><mi>m</mi></math>`,
	`<div><!-- comment --><span title="x">s</span><font color=red>f</font><center>c</center></div>`,
	`<p>before</p><plaintext><p>all text</p>`,
	`<iframe>frame <b>text</b></iframe><noscript><img src="https://x.example/n.jpg"></noscript>after`,
	`<blockquote cite="javascript:x">q</blockquote><q cite="https://x.example/q">q2</q><abbr title="Hyper Text">HT</abbr>`,
	"<p title=\"a\rb\">cr\rtext\x00nul</p>",
	`<select><option>o</option></select><button>b</button><form><input value=v><label>l</label></form>`,
}

// renderBody writes what bluemonday wrote for the same tree.
func TestSanitizeMatchesBluemonday(t *testing.T) {
	check := func(name string, n *html.Node) {
		t.Helper()
		if nestsDroppedLink(n) {
			return // TestSanitizeNestedLinks
		}
		if got, want := renderBody(n), bluemondayBody(n); got != want {
			t.Errorf("renderBody(%s) =\n%s\nbluemonday:\n%s", name, got, want)
		}
	}
	for _, c := range append(append([]string{}, sanitizeCases...), hostile...) {
		check(c, fragmentBody(t, c))
		// The same markup under readability's wrapper, children one by one.
		wrap := fragmentBody(t, `<div id="readability-page-1">`+c+`</div>`).FirstChild
		check("wrapped "+c, wrap)
	}
	pages := map[string][]byte{}
	for _, c := range goldenCases(t) {
		pages[c.name] = c.page
	}
	if *corpusFlag {
		for _, p := range corpusPages(t) {
			pages[p.name] = p.page
		}
	}
	for name, page := range pages {
		u, _ := decode(page, "")
		doc, err := html.Parse(bytes.NewReader(u))
		if err != nil {
			continue
		}
		if body := findElement(doc, "body"); body != nil {
			check(name+" (whole body)", body)
		}
		if content := readable(doc, nil, nil); content != nil {
			check(name+" (readability)", content)
		}
	}
}

// nestsDroppedLink reports whether n holds an <a> that the policy drops (no
// usable href) with another <a> inside, as misnested markup can give.
// bluemonday matches end tags to the tags it dropped by name only, so it
// drops the inner link's </a> and writes the outer one's: the inner link
// then runs on past its end. renderBody keeps the tree's nesting.
func nestsDroppedLink(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || !isElement(c, atom.A) {
			return !found
		}
		for _, a := range c.Attr {
			if _, ok := bodyElems["a"].allowed("a", a); ok {
				return true
			}
		}
		found = findFirst(c.FirstChild, byTag(atom.A)) != nil
		for k := c.FirstChild; k != nil && !found; k = k.NextSibling {
			found = findFirst(k, byTag(atom.A)) != nil
		}
		return !found
	})
	return found
}

// A link inside a dropped link ends where the tree ends it.
func TestSanitizeNestedLinks(t *testing.T) {
	// <div><a name="x"><p><a href="https://x.example/">inner</a> outer
	// text</p></a></div>, built by hand: misnested markup parses to such
	// trees only in longer pages.
	el := func(tag string, attrs ...string) *html.Node {
		n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
		for i := 0; i+1 < len(attrs); i += 2 {
			n.Attr = append(n.Attr, html.Attribute{Key: attrs[i], Val: attrs[i+1]})
		}
		return n
	}
	text := func(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }
	body, outer, p, inner := el("div"), el("a", "name", "x"), el("p"), el("a", "href", "https://x.example/")
	inner.AppendChild(text("inner"))
	p.AppendChild(inner)
	p.AppendChild(text(" outer text"))
	outer.AppendChild(p)
	body.AppendChild(outer)
	if !nestsDroppedLink(body) {
		t.Fatalf("the parser did not nest the links: %s", bluemondayBody(body))
	}
	want := `<div><p><a href="https://x.example/">inner</a> outer text</p></div>`
	if got := renderBody(body); got != want {
		t.Errorf("renderBody = %s, want %s", got, want)
	}
	// What bluemonday wrote: the link runs on to the end of the <div>.
	if old := bluemondayBody(body); old != `<div><p><a href="https://x.example/">inner outer text</p></a></div>` {
		t.Logf("bluemonday now writes %s", old)
	}
}

// FuzzSanitizeMatchesBluemonday: on any page, renderBody writes what
// bluemonday wrote for the same body, but where the tree nests links
// (TestSanitizeNestedLinks).
func FuzzSanitizeMatchesBluemonday(f *testing.F) {
	for _, c := range append(append([]string{}, sanitizeCases...), hostile...) {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		page, _ = decode(page, "")
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			return
		}
		body := findElement(doc, "body")
		if body == nil || nestsDroppedLink(body) {
			return
		}
		if got, want := renderBody(body), bluemondayBody(body); got != want {
			t.Errorf("renderBody =\n%s\nbluemonday:\n%s", got, want)
		}
	})
}
