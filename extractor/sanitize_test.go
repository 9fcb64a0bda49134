package extractor

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// forbidden reports what in body, parsed as a browser would parse it, could
// run script, load a frame, submit a form, style the host page or clobber
// its DOM: the first such thing, or "".
func forbidden(body string) string {
	nodes, err := html.ParseFragment(strings.NewReader(body), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return "unparseable: " + err.Error()
	}
	bad := map[string]bool{
		"script": true, "style": true, "iframe": true, "frame": true, "frameset": true, "object": true,
		"embed": true, "applet": true, "form": true, "input": true, "button": true, "textarea": true,
		"select": true, "option": true, "svg": true, "math": true, "link": true, "meta": true, "base": true,
		"template": true, "noscript": true, "audio": true, "video": true, "source": true, "portal": true,
	}
	var found string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode {
			if bad[n.Data] || n.Namespace != "" {
				found = "<" + n.Data + ">"
				return
			}
			if n.Data == "div" && attr(n, "id") == "readability-page-1" {
				found = "readability's wrapper"
				return
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				v := strings.ToLower(strings.Map(func(r rune) rune {
					if r <= ' ' {
						return -1 // browsers ignore white space and controls in a scheme
					}
					return r
				}, a.Val))
				switch {
				case strings.HasPrefix(k, "on"), k == "style", k == "id", k == "name", k == "srcdoc", k == "formaction":
					found = fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val)
				case strings.HasPrefix(v, "javascript:"), strings.HasPrefix(v, "data:"), strings.HasPrefix(v, "vbscript:"):
					found = fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val)
				}
				if found != "" {
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	for _, n := range nodes {
		visit(n)
	}
	return found
}

// hostile is markup that must not survive sanitising, each with the text
// next to it that must.
var hostile = []string{
	`<img src="https://x.example/a.jpg" onerror="alert(1)">`,
	`<a href="javascript:alert(1)">js link</a>`,
	`<a href="JaVaScRiPt:alert(1)">mixed case</a>`,
	`<a href=" &#14;javascript:alert(1)">control before the scheme</a>`,
	`<a href="&#106;avascript:alert(1)">entity-encoded</a>`,
	`<a href="java&#x09;script:alert(1)">tab inside the scheme</a>`,
	`<a href="vbscript:msgbox(1)">vbscript</a>`,
	`<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>`,
	`<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
	`<iframe src="https://evil.example/"></iframe>`,
	`<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
	`<script>alert(1)</script>`,
	`<style>body{display:none}</style>`,
	`<p style="position:fixed;top:0">styled</p>`,
	`<p onclick="alert(1)" onmouseover="alert(2)">handlers</p>`,
	`<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">svg link</text></a></svg>`,
	`<svg onload="alert(1)"><script>alert(1)</script></svg>`,
	`<math><mi xlink:href="javascript:alert(1)">math link</mi></math>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
	`<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">go</button></form>`,
	`<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">`,
	`<details open ontoggle="alert(1)"><summary>details</summary></details>`,
	`<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">`,
	`<img id="getElementById" name="cookie" src="https://x.example/b.jpg">`,
	`<template><img src=x onerror=alert(1)></template>`,
	`<video src="https://x.example/v.mp4" onplay="alert(1)"></video>`,
	`<a href="https://x.example/" target="_blank" onclick="steal()">good link, bad handler</a>`,
}

func TestSanitizeHostile(t *testing.T) {
	for _, h := range hostile {
		page := `<html><head><title>Story</title></head><body><article><h1>Story</h1>` +
			`<p>` + strings.Repeat("A paragraph of the story, long enough to be the body. ", 8) + `</p>` + h +
			`<p>` + strings.Repeat("Another paragraph of the same story follows here. ", 8) + `</p></article></body></html>`
		a, err := Extract([]byte(page), "https://news.example/story", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", h, err)
		}
		if f := forbidden(a.HTML); f != "" {
			t.Errorf("Extract(%s).HTML keeps %s:\n%s", h, f, a.HTML)
		}
		// The policy alone, on the raw markup, without readability's help.
		if got := renderBody(fragmentBody(t, h)); forbidden(got) != "" {
			t.Errorf("renderBody(%s) = %s, keeping %s", h, got, forbidden(got))
		}
	}
}

// The structure of an article survives: paragraphs, headings, lists,
// quotes, tables, code, links, figures with captions, images.
func TestSanitizeKeepsArticle(t *testing.T) {
	long := strings.Repeat("The council rebuilt the harbour wall over the winter months. ", 6)
	page := `<html><head><title>Wall</title></head><body><article><h1>Harbour wall reopens</h1>
<p>` + long + `<a href="/news/earlier">the earlier story</a>.</p>
<h2>What changed</h2><p>` + long + `</p>
<ul><li>New stone</li><li>Higher parapet</li></ul><ol start="3"><li>Third</li></ol>
<blockquote cite="https://council.example/"><p>` + long + `</p></blockquote>
<table><caption>Costs</caption><thead><tr><th scope="col">Item</th><th>Cost</th></tr></thead><tbody><tr><td>Stone</td><td colspan="1">£1m</td></tr></tbody></table>
<pre><code class="language-go">x := 1</code></pre>
<figure><img src="/img/wall.jpg" alt="The wall" width="600"><figcaption>The new wall.</figcaption></figure>
<p>` + long + `</p></article></body></html>`
	a, err := Extract([]byte(page), "https://news.example/2024/wall", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<h2>What changed</h2>`, `<ul><li>New stone</li>`, `<ol start="3">`, `<blockquote cite="https://council.example/">`,
		`<caption>Costs</caption>`, `<th scope="col">Item</th>`, `<td>Stone</td>`, `<pre><code>x := 1</code></pre>`,
		`<a href="https://news.example/news/earlier"`, `<figure><img src="https://news.example/img/wall.jpg" alt="The wall" width="600"`,
		`<figcaption>The new wall.</figcaption>`,
	} {
		if !strings.Contains(a.HTML, want) {
			t.Errorf("Extract.HTML lost %s:\n%s", want, a.HTML)
		}
	}
	if strings.HasPrefix(a.HTML, `<div id=`) || strings.Contains(a.HTML, "readability-page") {
		t.Errorf("readability's wrapper is still there:\n%.200s", a.HTML)
	}
}

// Nothing forbidden survives on any golden page.
func TestSanitizeGoldens(t *testing.T) {
	for _, c := range goldenCases(t) {
		if f := forbidden(c.extract(t).HTML); f != "" {
			t.Errorf("Extract(%s).HTML keeps %s", c.name, f)
		}
	}
}

// reHandler finds an event handler attribute in lower-cased HTML.
var reHandler = regexp.MustCompile(`<[^>]*\son[a-z]+\s*=`)

// paragraphText must answer as reParagraph does: on letters and digits of
// several scripts and kinds (², Ⅻ), marks, the punctuation it allows and
// some it does not, white space in and out of \s, and bytes that are not
// UTF-8.
func TestParagraphText(t *testing.T) {
	pool := []string{"a", "Z", "é", "ß", "ж", "中", "ア", "한", "٣", "²", "Ⅻ", "5", "\u0301", " ", "\t", "\n", "\f", "\r", "\v",
		"\u00a0", "\u3000", "-", "_", "'", ",", "[", "]", "!", ".", "/", `\`, "(", ")", "?", ":", "\"", "&", "<", "\xff", "\xe4\xb8", "\ufffd", "😀"}
	rng := rand.New(rand.NewPCG(15, 16))
	for range draws(20000) {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pool[rng.IntN(len(pool))])
		}
		s := b.String()
		if got, want := paragraphText(s), reParagraph.MatchString(s); got != want {
			t.Fatalf("paragraphText(%q) = %v, reParagraph says %v", s, got, want)
		}
	}
}
