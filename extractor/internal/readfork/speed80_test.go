package readability

import (
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// TestSpeed80NoscriptWithoutImg checks mayHoldImg, which spares
// unwrapNoscriptImages the parse of a <noscript> that holds no image:
// wherever it says no, the parsed markup holds no <img> (so the noscript
// would stay), and it says yes to every way of writing one, "image" and
// upper case included.
func TestSpeed80NoscriptWithoutImg(t *testing.T) {
	for _, s := range []string{
		"",
		"<iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-X\" height=0 width=0></iframe>",
		"Please enable JavaScript to view the comments.",
		"<p>a &lt;img src=x&gt; b</p>",
		"<div><a href=/x><span>no image</span></a></div>",
		"<img src=a.jpg>",
		"<IMG SRC=a.jpg>",
		"<Image src=a.jpg>",
		"<iMaGe/>",
		"<p><img src=a.jpg alt=x></p>",
		"<svg><image href=a.png /></svg>",
		"<picture><source srcset=a.webp><img src=a.jpg></picture>",
		"<im",
		"x<i>m</i>",
	} {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		has := len(dom.GetElementsByTagName(doc, "img")) > 0
		if has && !mayHoldImg(s) {
			t.Errorf("mayHoldImg(%q) = false, but it parses to an <img>", s)
		}
		if wantYes := strings.Contains(strings.ToLower(s), "<im"); mayHoldImg(s) != wantYes {
			t.Errorf("mayHoldImg(%q) = %v, want %v", s, !wantYes, wantYes)
		}
	}
}
