package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSidebarBlock: a label alone in its wrapper takes the blocks of
// teasers after it, across an image, and stops at the article's prose; a
// heading that only reads like a label, or is followed by prose, takes
// nothing.
func TestSidebarBlock(t *testing.T) {
	teaser := `<div class="item"><h4><a href="/a">Mayor opens new bridge over the canal</a></h4><p>The council said on Monday that the work would take longer than planned.</p></div>`
	prose := `<p>` + longProse + `</p>`
	// A card whose headline is not linked, its "Read more" is.
	card := `<article><h3>Packaging waste and the climate</h3><p>Oil firms trade one ill for another: less petrol, more plastic.</p><a href="/b">Mehr erfahren</a></article>`
	for _, c := range []struct {
		name, page string
		want       int // blocks, label wrapper included
		prose      bool
	}{
		{"teasers", `<div><h3>Latest news</h3>` + teaser + teaser + `</div>`, 3, true},
		{"wrapped label", `<div><div class="w"><div class="c"><span>Most read</span></div></div><div class="list">` + teaser + teaser + `</div></div>`, 2, true},
		{"image between", `<div><h3>Related</h3>` + teaser + `<figure><img src="/x.jpg"></figure>` + teaser + prose + `</div>`, 4, true},
		{"link list", `<div><h2>Похожие записи</h2><ul><li><a href="/1">Mayor opens new bridge over the canal</a></li><li><a href="/2">Schools close early as storm nears</a></li></ul></div>`, 2, false},
		{"prose after", `<div><h3>Related</h3>` + prose + teaser + `</div>`, 0, false},
		{"not a label", `<div><h3>Related research shows</h3>` + teaser + `</div>`, 0, false},
		{"teaser cards", `<div><h2>Zum Weiterlesen</h2><div class="holder">` + card + card + `</div></div>`, 2, true},
		// A list item's linked headline over its standfirst: the link is
		// a line of its own though the item holds more text.
		{"list of headlines over standfirsts", `<div><h2>Related Posts</h2><ul><li><a href="/a">Mayor opens new bridge over the canal</a><p>The council said on Monday that the work would take longer than planned.</p></li><li><a href="/b">Schools close early as storm nears</a><p>Parents were told to collect their children by noon on Friday.</p></li></ul></div>`, 2, true},
		// An article's own list of links, their lines apart by <br>, is
		// not a list of headlines over standfirsts.
		{"links apart by br", `<div><h4>Other Links:</h4><p><a href="/a">East Japan Railway Company</a><br><a href="/b">Tokyo Metro</a><br></p></div>`, 0, false},
		{"inline links", `<div><h3>Trending</h3><p>The <a href="/x">council said on Monday</a> that the work would take longer than planned and cost more.</p></div>`, 0, false},
	} {
		doc, err := html.Parse(strings.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		var got []*html.Node
		walk(doc, func(n *html.Node) bool {
			if got == nil && n.Type == html.ElementNode {
				got = sidebarBlock(n, doc)
			}
			return got == nil
		})
		if len(got) != c.want {
			t.Errorf("%s: sidebarBlock gave %d blocks, want %d", c.name, len(got), c.want)
			continue
		}
		if got != nil && proseTeasers(got) != c.prose {
			t.Errorf("%s: proseTeasers = %v, want %v", c.name, !c.prose, c.prose)
		}
	}
}
