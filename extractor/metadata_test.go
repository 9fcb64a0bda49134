package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestMayNameMenu checks that navLabels' first look lets no menu go: every
// word of navWords, as a class or an id in any case, and the compounds
// navCompound takes, pass it.
func TestMayNameMenu(t *testing.T) {
	var classes []string
	for w := range navWords.words {
		classes = append(classes, w, strings.ToUpper(w), "x-"+w+"-y")
	}
	classes = append(classes, "topnav", "mainNav", "blogNavDropDown", "navList", "menubar", "siteMenu", "NAVBAR")
	for _, c := range classes {
		for _, key := range []string{"class", "id"} {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: key, Val: c}}}
			if (hasClassWord(classID(n), navWords) || navCompound(n)) && !mayNameMenu(n) {
				t.Errorf("%s=%q names a menu, but mayNameMenu lets it go", key, c)
			}
		}
	}
	if n := (&html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: "post-body"}}}); mayNameMenu(n) {
		t.Errorf(`class="post-body" may name a menu`)
	}
}
