package extractor

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestMenuMarks checks that navLabels' first look lets no menu go: every
// word of navWords, as a class or an id in any case, and the compounds
// navCompound takes, pass it; and that it reads the first role as attr
// does, in any case.
func TestMenuMarks(t *testing.T) {
	var classes []string
	for w := range navWords.words {
		classes = append(classes, w, strings.ToUpper(w), "x-"+w+"-y")
	}
	classes = append(classes, "topnav", "mainNav", "blogNavDropDown", "navList", "menubar", "siteMenu", "NAVBAR")
	for _, c := range classes {
		for _, key := range []string{"class", "id"} {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: key, Val: c}}}
			if _, menu := menuMarks(n); (hasClassWord(classID(n), navWords) || navCompound(n)) && !menu {
				t.Errorf("%s=%q names a menu, but menuMarks lets it go", key, c)
			}
		}
	}
	if n := (&html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: "post-body"}}}); func() bool { _, m := menuMarks(n); return m }() {
		t.Errorf(`class="post-body" may name a menu`)
	}
	for _, c := range []struct {
		attrs []html.Attribute
		want  bool
	}{
		{[]html.Attribute{{Key: "role", Val: "navigation"}}, true},
		{[]html.Attribute{{Key: "class", Val: "x"}, {Key: "role", Val: "Navigation"}}, true},
		{[]html.Attribute{{Key: "role", Val: "banner"}, {Key: "role", Val: "navigation"}}, false},
		{[]html.Attribute{{Key: "role", Val: "navigation menu"}}, false},
		{nil, false},
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: c.attrs}
		if got, _ := menuMarks(n); got != (strings.EqualFold(attr(n, "role"), "navigation")) || got != c.want {
			t.Errorf("menuMarks(%v) navigation role = %v, want %v", c.attrs, got, c.want)
		}
	}
}

// TestCollectMetaBase checks that collectMeta finds the page's first
// <base> where findFirst finds it, which extractDoc no longer calls: in
// the head, in the body, and inside the elements collectMeta's walk does
// not descend into (a <template>, an <svg>, MathML's <script>).
func TestCollectMetaBase(t *testing.T) {
	for _, page := range []string{
		`<html><head><title>T</title></head><body><p>x</p></body></html>`,
		`<html><head><base href="/a/"></head><body><p>x</p></body></html>`,
		`<html><head><base><base href="/b/"></head><body></body></html>`,
		`<html><head><template><base href="/t/"></template><base href="/a/"></head><body></body></html>`,
		`<html><head></head><body><svg><g><base href="/s/"></g></svg><p>x</p><base href="/a/"></body></html>`,
		`<html><body><math><script><base href="/m/"></script></math><base href="/a/"></body></html>`,
		`<html><body><p>x</p><template><p><base href="/t/"></p></template></body></html>`,
	} {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		want := findFirst(doc, byTag(atom.Base))
		if got := collectMeta(doc, nil, false).base; got != want {
			t.Errorf("collectMeta(%s).base = %v, want %v", page, got, want)
		}
	}
}

// TestCollectMetaTagLinks checks that collectMeta gathers the rel=tag
// links a walk of the whole page finds, inside a <template> or an <svg>
// too, and that resolveTags reads none a site's selectors removed.
func TestCollectMetaTagLinks(t *testing.T) {
	page := `<html><head></head><body><a rel="tag" href="/t/a">Alpha</a>
		<template><a rel="Tag" href="/t/b">Beta</a></template>
		<svg><a rel="tag" href="/t/c">Gamma</a></svg>
		<a rel="nofollow tag" href="/t/d">Delta</a><a rel="tags" href="/x">No</a>
		<div class="ad"><a rel="tag" href="/t/e">Epsilon</a></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := collectMeta(doc, nil, false)
	if got, want := m.tagLinks, findAll(doc, isTagLink); !slices.Equal(got, want) {
		t.Errorf("collectMeta(%s).tagLinks = %d links, want %d", page, len(got), len(want))
	}
	remove(findFirst(doc, func(n *html.Node) bool { return attr(n, "class") == "ad" }))
	a := Article{}
	r := &resolved{a: &a, prov: map[string]string{}}
	resolveTags(m, r, doc)
	if want := []string{"Alpha", "Beta", "Gamma", "Delta"}; !slices.Equal(a.Tags, want) {
		t.Errorf("resolveTags(%s).Tags = %q, want %q", page, a.Tags, want)
	}
}

// TestCollectMetaElements checks that collectMeta counts every element of
// the page, those inside the elements its walk does not descend into (a
// <template>, an <svg>, MathML's <script>) too: extract's limit on
// elements reads its count.
func TestCollectMetaElements(t *testing.T) {
	for _, page := range []string{
		`<html><head><title>T</title><script type="application/ld+json">{}</script></head><body><p>x<b>y</b></p></body></html>`,
		`<html><head><template><p><i>t</i></p></template><style>p{}</style></head><body></body></html>`,
		`<html><body><svg><g><path/><path/></g><text>s</text></svg><p>x</p></body></html>`,
		`<html><body><math><script><mi>m</mi><b>b</b></script><meta><link></math><p>x</p></body></html>`,
	} {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		want := len(findAll(doc, func(*html.Node) bool { return true }))
		if got := collectMeta(doc, nil, false).elements; got != want {
			t.Errorf("collectMeta(%s).elements = %d, want %d", page, got, want)
		}
	}
}

// classMarks finds the words the searches it replaced found, wherever they
// sit in a class: at its start, at its end, among other classes, cut short.
func TestClassMarks(t *testing.T) {
	want := func(class string) (bool, bool) {
		tagline := class == "description" || strings.Contains(class, "tagline") ||
			strings.Contains(class, "site-description") || strings.Contains(class, "blog-description")
		return tagline, strings.Contains(class, "published") || strings.Contains(class, "updated")
	}
	for _, class := range []string{"", "g", "gl", "tagline", "xtagline", "taglin", "agline", "site-tagline big",
		"description", "site-description", "blog-description", "my-site-description", "ite-description", "site-descriptio",
		"sitedescription", "entry-description", "published", "ublished", "dt-published", "publishe", "updated", "pdated",
		"dt-updated x", "updat", "entry-title published updated", "pd", "bl", "ri", "Published", "TAGLINE"} {
		tl, dt := classMarks(class)
		if wt, wd := want(class); tl != wt || dt != wd {
			t.Errorf("classMarks(%q) = %v, %v, want %v, %v", class, tl, dt, wt, wd)
		}
	}
}
