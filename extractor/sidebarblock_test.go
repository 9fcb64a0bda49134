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
		// The label among inline elements: an icon before it, a link to
		// its section, its words split, set in a span of a widget title.
		{"icon before label", `<div><h3 class="widget-title"><i class="fa fa-fire"></i> Most read</h3>` + teaser + teaser + `</div>`, 3, true},
		{"svg before label", `<div><h3><svg width="16" height="16"><path d="M0 0h16v16H0z"></path></svg>Latest news</h3>` + teaser + teaser + `</div>`, 3, true},
		{"linked label", `<div><h2 class="section-title"><a href="/news/">Latest news</a></h2>` + teaser + teaser + `</div>`, 3, true},
		// A link to the whole list after the label, in the heading; a
		// heading of a label and a headline is no label.
		{"see all link", `<div><h3>Most read <a href="/popular">See all</a></h3>` + teaser + teaser + `</div>`, 3, true},
		{"see all link beside the heading", `<div><div class="head"><h3>Most read</h3><a href="/popular" class="more">View all</a></div>` + teaser + teaser + `</div>`, 3, true},
		{"label and a headline", `<div><h3>Related <a href="/c">Ferry fares to rise by five percent in January</a></h3>` + teaser + teaser + `</div>`, 0, false},
		{"split label", `<div><h3><strong>Latest</strong> news</h3>` + teaser + teaser + `</div>`, 3, true},
		{"span in widget title", `<div><div class="widget-title"><span class="t">Meistgelesen</span></div>` + teaser + teaser + `</div>`, 3, true},
		// Cards in <div>s, as <article> cards: a heading not linked, a
		// standfirst, a short "Read more" link; an image may open them.
		{"div cards", `<div><h3>Most read</h3><div class="post-item"><h4>Mayor opens new bridge over the canal</h4><p>The council said on Monday that the work would take longer than planned.</p><a href="/a">Read more</a></div><div class="post-item"><a href="/b"><img src="/b.jpg"></a><h4>Schools close early as storm nears</h4><p>Parents were told to collect their children by noon on Friday.</p><a href="/b">Weiterlesen</a></div></div>`, 3, true},
		{"div of a heading and prose", `<div><h3>Most read</h3><div class="section"><h4>Background</h4>` + prose + `</div></div>`, 0, false},
		// A menu's entry: a link alone in a <div> is no label.
		{"linked label outside a heading", `<div><div class="nav-item"><a href="/news/">Latest news</a></div>` + teaser + teaser + `</div>`, 0, false},
		// A row of tabs over the panes of teasers, each tab a label; a
		// menu's row has entries that are no label.
		{"tab strip", `<div><ul class="tabs"><li class="active"><a href="#read">Most read</a></li><li><a href="#new">Latest</a></li></ul><div class="tab-content"><div class="tab-pane">` + teaser + teaser + `</div><div class="tab-pane">` + teaser + teaser + `</div></div></div>`, 2, true},
		{"loose cards after a tab strip", `<div><ul class="nav-tabs"><li><span>Trending</span></li><li><a href="#p">Popular</a></li><li><a href="#c">Most commented</a></li></ul>` + teaser + teaser + teaser + `</div>`, 4, true},
		{"menu", `<div><ul><li><a href="/">Home</a></li><li><a href="/latest/">Latest</a></li><li><a href="/world/">World</a></li></ul>` + teaser + teaser + `</div>`, 0, false},
		{"list of labels over prose", `<div><ul><li>Related</li><li>Popular</li></ul>` + prose + `</div>`, 0, false},
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

// TestSidebarBlockInlineLabel: a block of teasers with standfirsts after
// the article, in the article's own column, its label a widget title of a
// <span> or a heading with an icon, leaves the body. Before, only a label
// that was its element's one text was read, and the furniture test took the
// "widget-title" alone and left its teasers in the body.
func TestSidebarBlockInlineLabel(t *testing.T) {
	teaser := `<div class="summary-item"><div class="summary-title"><a href="/x">Ferry fares to rise in autumn, operator says</a></div><div class="summary-excerpt"><p>The operator cited fuel costs and a shortage of trained crew for the winter months ahead, and said timetables would be cut.</p></div></div>`
	for _, label := range []string{
		`<div class="widget-title"><span>Meistgelesen</span></div>`,
		`<h3 class="widget-title"><i class="fa fa-fire" aria-hidden="true"></i> Most read</h3>`,
		`<h3 class="section-title"><a href="/news/">Latest news</a></h3>`,
		// A count of the stories below, in an element of its own.
		`<h3 class="widget-title">Most read <span class="count">5</span></h3>`,
		`<div class="block-title"><span>Lo más leído</span> <small>(10)</small></div>`,
		// A row of tabs; a bullet, a count before, a span of time after.
		`<ul class="tabs"><li class="active"><a href="#read">Most read</a></li><li><a href="#new">Latest</a></li></ul>`,
		`<h3 class="widget-title">• Latest news</h3>`,
		`<h3 class="widget-title">Top 5 most read</h3>`,
		`<h3 class="widget-title">Most read [24h]</h3>`,
		`<h3 class="widget-title">Most read this month</h3>`,
	} {
		var b strings.Builder
		b.WriteString(`<html><head><title>Harbour dredging to resume</title></head><body><main><div class="col-main"><h1>Harbour dredging to resume</h1>`)
		for i := 0; i < 3; i++ {
			b.WriteString(`<div class="text-block"><p>` + longProse + `</p><p>` + longProse + `</p></div>`)
		}
		b.WriteString(`<div class="text-block">` + label + teaser + teaser + teaser + `</div></div></main></body></html>`)
		a, err := Extract([]byte(b.String()), "https://news.example/harbour", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "Ferry fares") || strings.Contains(a.Text, "operator cited") || strings.Count(a.Text, longProse) != 6 {
			t.Errorf("label %s: body\n%s", label, a.Text)
		}
	}
}
