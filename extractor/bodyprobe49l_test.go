package extractor

import (
	"regexp"
	"strings"
	"testing"
)

// linkListPage is the probe story laid out by a CMS: wrap puts the body
// (the story's first three paragraphs, block, then its last three) in the
// theme's article container.
func linkListPage(wrap func(body string) string, block string) string {
	var first, last strings.Builder
	for i, p := range newsProbeParas {
		if i < 3 {
			first.WriteString("<p>" + p + "</p>")
		} else {
			last.WriteString("<p>" + p + "</p>")
		}
	}
	return wrap(first.String() + block + last.String())
}

// linkListLayouts are article containers of several CMSs, each with a
// masthead, a menu and a footer around it.
var linkListLayouts = map[string]func(body string) string{
	"wordpress": func(body string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` – Harbour Notes</title></head><body class="single single-post"><header class="site-header"><p class="site-title"><a href="/">Harbour Notes</a></p><nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header><main class="site-main"><article class="post type-post"><h1 class="entry-title">` + newsProbeTitle + `</h1><div class="entry-meta"><time datetime="2024-03-03">March 3, 2024</time></div><div class="entry-content">` + body + `</div></article></main><footer class="site-footer"><p>© 2024 Harbour Notes</p></footer></body></html>`
	},
	"ghost": func(body string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + `</title></head><body class="post-template"><header class="gh-head"><a class="gh-head-logo" href="/">Harbour Notes</a><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav></header><main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">` + newsProbeTitle + `</h1><time class="byline-meta-date" datetime="2024-03-03">Mar 3, 2024</time></header><section class="gh-content gh-canvas">` + body + `</section></article></main><footer class="site-footer outer"><p>Harbour Notes © 2024</p></footer></body></html>`
	},
	"hugo-docs": func(body string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` | Harbour Docs</title></head><body class="td-page"><header><nav class="td-navbar"><a class="navbar-brand" href="/">Harbour Docs</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/docs/">Documentation</a></li><li class="nav-item"><a class="nav-link" href="/blog/">Blog</a></li></ul></nav></header><div class="container-fluid td-outer"><div class="td-main"><main class="col-12 col-md-9 td-main" role="main"><div class="td-content"><h1>` + newsProbeTitle + `</h1><div class="td-page-meta__lastmod">Last modified March 3, 2024</div>` + body + `</div></main></div></div><footer class="td-footer"><p>© 2024 The Harbour Authors</p></footer></body></html>`
	},
	"guide": func(body string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` - A Guide</title></head><body><div id="page"><div class="topbar"><a href="/" class="logo">Harbour Guides</a><ul class="menu"><li><a href="/guides/">Guides</a></li><li><a href="/tools/">Tools</a></li></ul></div><div class="layout"><div class="guide-body"><h1>` + newsProbeTitle + `</h1>` + body + `</div></div><div class="footer"><p>Copyright 2024 Harbour Guides</p></div></div></body></html>`
	},
}

// A list of links that a sentence of the body introduces with a colon is
// part of the story: the resources, courses or sections it names
// (introducedList).
func TestBodyProbe49IntroducedLinkLists(t *testing.T) {
	lists := map[string][]string{
		`<p>The authority has published the documents that explain the works, and residents can read them before the meeting:</p>`: {
			`<a href="/docs/cable-survey.pdf">Cable inspection survey of the central span</a>`,
			`<a href="/docs/diversions.pdf">Bus diversion plan for the inland road</a>`,
			`<a href="/docs/ferry-timetable.pdf">Extra ferry timetable for the closure</a>`,
		},
		`<p>Jump to a section if you need a quick read:</p>`: {
			`<a href="#cables"><em>Why the cables are being replaced</em></a>`,
			`<a href="#diversions"><em>How the diversions will work</em></a>`,
			`<a href="#traders"><em>What the waterfront traders asked for</em></a>`,
		},
		`<p>Several groups offer help to businesses during the works. Here’s a selection:</p>`: {
			`<a href="https://chamber.example/grants">Waterfront Trade Grants</a>`,
			`<a href="https://council.example/rates">Business Rates Relief</a>`,
			`<a href="https://harbourtrust.example/">Harbour Trust Advice Line</a>`,
			`<a href="https://ferries.example/season">Seasonal Ferry Passes</a>`,
		},
	}
	for name, wrap := range linkListLayouts {
		for intro, items := range lists {
			block := intro + "<ul>"
			for _, it := range items {
				block += "<li>" + it + "</li>"
			}
			block += "</ul>"
			a, err := Extract([]byte(linkListPage(wrap, block)), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range items {
				want := stripTags49(it)
				if !strings.Contains(a.Text, want) {
					t.Errorf("%s: Extract(...).Text lacks the listed %q after %.40q", name, want, intro)
				}
			}
			for _, p := range newsProbeParas {
				if !strings.Contains(a.Text, p) {
					t.Errorf("%s: Extract(...).Text lacks %.40q…", name, p)
				}
			}
		}
	}
}

// Lists of other stories, tags and share buttons still go, whatever
// introduces them: a related or most-read label (in several languages), a
// short label, or a paragraph that is itself a link.
func TestBodyProbe49OtherLinkListsGo(t *testing.T) {
	stories := []string{
		`<a href="/2024/02/10/ferry-fares/">Ferry fares to rise by ten percent in spring</a>`,
		`<a href="/2024/02/01/port-crane/">New crane arrives at the container port</a>`,
		`<a href="/2024/01/22/lighthouse/">Lighthouse keepers' cottage to become a museum</a>`,
	}
	ul := func(items []string) string {
		b := "<ul>"
		for _, it := range items {
			b += "<li>" + it + "</li>"
		}
		return b + "</ul>"
	}
	blocks := map[string][]string{
		`<h3>Related articles</h3>` + ul(stories):                                                       stories,
		`<p>Related articles:</p>` + ul(stories):                                                        stories,
		`<p>You might also like these stories from the harbour:</p>` + ul(stories):                      stories,
		`<p>Most read:</p>` + ul(stories):                                                               stories,
		`<p>Lo más leído:</p>` + ul(stories):                                                            stories,
		`<p>Meistgelesen:</p>` + ul(stories):                                                            stories,
		`<p>Les plus lus :</p>` + ul(stories):                                                           stories,
		`<p>Read more about the harbour in <a href="/tag/harbour/">our coverage</a>:</p>` + ul(stories): stories,
	}
	blocks[`<p><strong>More about the harbour works:</strong></p>`+ul(stories)] = stories
	blocks[`<p><em><strong>Stories from our harbour desk this week:</strong></em></p>`+ul(stories)] = stories
	blocks[`<p>Recent posts from the harbour desk:</p>`+ul(stories)] = stories
	blocks[`<p>If you liked this story you might also like:</p>`+ul(stories)] = stories
	blocks[`<h2>Related articles</h2><p>You may also be interested in the following articles:</p>`+ul(stories)] = stories
	tags := []string{`<a href="/tag/bridges/">Bridges and tunnels</a>`, `<a href="/tag/transport/">Public transport</a>`, `<a href="/tag/harbour/">Harbour district</a>`}
	blocks[`<p>Tags:</p>`+ul(tags)] = tags
	blocks[`<p>Filed under:</p>`+ul(tags)] = tags
	share := []string{`<a href="https://facebook.example/share">Share on Facebook</a>`, `<a href="https://x.example/intent">Share on X</a>`, `<a href="mailto:?subject=bridge">Share by email</a>`}
	blocks[`<p>Share this article:</p>`+ul(share)] = share
	for name, wrap := range linkListLayouts {
		for block, items := range blocks {
			a, err := Extract([]byte(linkListPage(wrap, block)), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range items {
				if got := stripTags49(it); strings.Contains(a.Text, got) {
					t.Errorf("%s: Extract(...).Text keeps %q of %.40q", name, got, block)
				}
			}
		}
	}
}

var reTag49 = regexp.MustCompile(`<[^>]*>`)

// stripTags49 is the text of a fragment of markup without its tags.
func stripTags49(s string) string { return reTag49.ReplaceAllString(s, "") }
