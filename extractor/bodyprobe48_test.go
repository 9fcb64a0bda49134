package extractor

import (
	"strings"
	"testing"
)

// sectionedPost is a post of the probe story in three sections, each
// opened by heading(i, text) and followed by two of its paragraphs, as a
// theme or a page builder lays it out (section(i, heading, paragraphs)),
// in a page with a masthead, a sidebar and a footer.
func sectionedPost(headings []string, section func(i int, heading, paras string) string, sidebar string) string {
	var b strings.Builder
	for i, h := range headings {
		paras := "<p>" + newsProbeParas[2*i] + "</p><p>" + newsProbeParas[2*i+1] + "</p>"
		b.WriteString(section(i, h, paras))
	}
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` – Harbour Notes</title></head><body class="single single-post"><header class="site-header"><p class="site-title"><a href="/">Harbour Notes</a></p><nav><ul><li><a href="/news/">News</a></li><li><a href="/about/">About</a></li></ul></nav></header><div class="site-content"><main class="site-main"><article class="post"><h1 class="entry-title">` + newsProbeTitle + `</h1><div class="entry-meta"><time datetime="2024-03-03">March 3, 2024</time></div><div class="entry-content">` + b.String() + `</div></article></main>` + sidebar + `</div><footer class="site-footer"><p>© 2024 Harbour Notes</p></footer></body></html>`
}

// probeSections are section headings whose words are furniture words to
// class patterns read by substring: "social", "extra" (of "extracting"),
// "community", "share", "comment", "sponsor", "header".
var probeSections = [][]string{
	{"What the social media campaign asked for", "Extracting the old cables", "How the community shares the cost"},
	{"What the comments at the meeting said", "Who will sponsor the ferry", "How the header tank is refilled"},
}

func checkSections(t *testing.T, name, page string, headings []string) {
	t.Helper()
	a, err := Extract([]byte(page), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headings {
		if !strings.Contains(a.Text, h) {
			t.Errorf("Extract(%s).Text lacks the section heading %q", name, h)
		}
	}
	for _, p := range newsProbeParas {
		if !strings.Contains(a.Text, p) {
			t.Errorf("Extract(%s).Text lacks %.40q…", name, p)
		}
	}
}

// A section heading whose id is its own words is an anchor (Gutenberg's
// "h-…", the slugs of GitHub, Hugo, Jekyll, Ghost and Docusaurus, Easy
// Table of Contents' Title_Case ids), not a name: a heading about social
// media, comments or related work stays in the body (unnameHeading).
func TestBodyProbe48AnchorHeadings(t *testing.T) {
	slug := func(h, sep string) string { return strings.ToLower(strings.Join(strings.Fields(h), sep)) }
	layouts := map[string]func(i int, h, paras string) string{
		"gutenberg": func(i int, h, paras string) string {
			return `<h2 class="wp-block-heading" id="h-` + slug(h, "-") + `"><strong>` + h + `</strong></h2>` + paras
		},
		"hugo": func(i int, h, paras string) string {
			return `<h2 id="` + slug(h, "-") + `">` + h + `</h2>` + paras
		},
		"easy-toc": func(i int, h, paras string) string {
			return `<h3 id="` + strings.Join(strings.Fields(h), "_") + `">` + h + `</h3>` + paras
		},
		"ghost": func(i int, h, paras string) string {
			return `<section class="gh-content"><h2 id="` + slug(h, "-") + `">` + h + `</h2>` + paras + `</section>`
		},
	}
	for name, layout := range layouts {
		for _, hs := range probeSections {
			checkSections(t, name, sectionedPost(hs, layout, ""), hs)
		}
	}
}

// Substack names every heading of a post "header-anchor-post" and sets its
// link button inside it; other templates name a section's heading
// "section-header". Readability's "header" is the page's header, not a
// heading that opens a paragraph (unnameHeading).
func TestBodyProbe48HeaderClassHeadings(t *testing.T) {
	layouts := map[string]func(i int, h, paras string) string{
		"substack": func(i int, h, paras string) string {
			return `<h2 class="header-anchor-post">` + h + `<div class="pencraft pc-display-flex pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset"><div id="§section-` + string(rune('a'+i)) + `" class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" class="pencraft pc-reset iconButton"><svg width="18" height="18"></svg></button></div></div></h2>` + paras
		},
		"section-header": func(i int, h, paras string) string {
			return `<div class="section"><h3 class="section-header">` + h + `</h3>` + paras + `</div>`
		},
	}
	headings := []string{"Why the cables failed", "What the diversion means", "When the work begins"}
	for name, layout := range layouts {
		checkSections(t, name, sectionedPost(headings, layout, ""), headings)
	}
}

// elementorSection is one Elementor section: the heading widget, then the
// text editor widget, each in its own "elementor-widget-container".
func elementorSection(i int, h, paras string) string {
	return `<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">` + h + `</h2></div></div><div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">` + paras + `</div></div></div></div></div></section>`
}

// A page builder sets each heading of a post in a widget of its own
// (Elementor's "elementor-widget-heading", SiteOrigin's "so-panel widget
// widget_sow-headline"): a short block named "widget" that is a section's
// heading is the article's (builderHeading), while a sidebar's label set so
// ("Recent Posts", "Neueste Beiträge", "Entradas recientes") is not.
func TestBodyProbe48BuilderHeadings(t *testing.T) {
	headings := []string{"Why the cables failed", "What the diversion means", "When the work begins"}
	siteorigin := func(i int, h, paras string) string {
		s := `<div class="so-panel widget widget_sow-headline"><div class="so-widget-sow-headline"><div class="sow-headline-container"><h2 class="sow-headline">` + h + `</h2></div></div></div><div class="so-panel widget widget_sow-editor"><div class="so-widget-sow-editor"><div class="siteorigin-widget-tinymce textwidget">` + paras + `</div></div></div>`
		switch i {
		case 0:
			s = `<div class="panel-layout"><div class="panel-grid panel-no-style"><div class="panel-grid-cell">` + s
		case len(headings) - 1:
			s += `</div></div></div>`
		}
		return s
	}
	checkSections(t, "elementor", sectionedPost(headings, elementorSection, ""), headings)
	checkSections(t, "siteorigin", sectionedPost(headings, siteorigin, ""), headings)
	for _, label := range []string{"Recent Posts", "Neueste Beiträge", "Entradas recientes", "Articles récents", "Latest news", "Most read", "Our Services", "Unsere Leistungen", "Nos services"} {
		side := `<aside class="elementor-location-sidebar"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h3 class="elementor-heading-title">` + label + `</h3></div></div><div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><ul><li><a href="/storm/">Storm closes coastal road</a></li><li><a href="/otters/">Zoo welcomes twin otter pups</a></li></ul></div></div></div></aside>`
		if strings.HasPrefix(label, "Our") || strings.HasPrefix(label, "Unsere") || strings.HasPrefix(label, "Nos") {
			// A column of the builder's beside the post (its flexbox
			// "e-con" containers): the heading widget, unwrapped, over a
			// menu whose <nav> goes as furniture, and a link to the rest.
			side = `<div class="elementor-element e-con-full e-flex e-con e-child"><div class="elementor-element elementor-widget elementor-widget-heading"><h5 class="elementor-heading-title elementor-size-default">` + label + `</h5></div><div class="elementor-element elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul><li><a href="/design/">Facility design</a></li><li><a href="/leasing/">Leasing and financing</a></li></ul></nav></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><p><a href="/services/">View all services &gt;</a></p></div></div>`
		}
		// The story's closing section in the builder's layout, then the
		// label as the builder sets a sidebar's: inside the post's
		// column, where no <aside> of the theme's takes it away.
		page := sectionedPost(headings, func(i int, h, paras string) string {
			s := elementorSection(i, h, paras)
			if i == len(headings)-1 {
				s += strings.TrimSuffix(strings.TrimPrefix(side, `<aside class="elementor-location-sidebar">`), `</aside>`)
			}
			return s
		}, "")
		a, err := Extract([]byte(page), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, label) {
			t.Errorf("Extract(elementor sidebar %q).Text holds the label", label)
		}
		if !strings.Contains(a.Text, headings[2]) || !strings.Contains(a.Text, newsProbeParas[5]) {
			t.Errorf("Extract(elementor sidebar %q).Text lacks the last section", label)
		}
	}
}

// A teaser's heading is its link to the story: named "feature-header" and
// followed by its standfirst, it keeps its name, and readability drops it
// with the rest of the box (unnameHeading).
func TestBodyProbe48TeaserHeaders(t *testing.T) {
	headings := []string{"Why the cables failed", "What the diversion means", "When the work begins"}
	teasers := `<div class="layout-block-b"><div class="hyperpuff"><div id="features" class="feature-generic"><h2 class="features-header">Features &amp; Analysis</h2><ul class="feature-main"><li class="medium-image"><h3 class=" feature-header"><a class="story" href="/news/magazine-0"><img src="/t0.jpg" alt="">Big in Japan</a></h3><p>The country where the fax machine is thriving <span class="comment-count"></span></p><hr /></li><li class="medium-image"><h3 class=" feature-header"><a class="story" href="/news/magazine-1"><img src="/t1.jpg" alt="">Shanty v skyscraper</a></h3><p>Life in one of the world&#039;s fastest growing cities <span class="comment-count"></span></p><hr /></li><li class="medium-image"><h3 class=" feature-header"><a class="story" href="/news/magazine-2"><img src="/t2.jpg" alt="">Olympic body match</a></h3><p>Enter your weight and height to find which athlete is like you <span class="comment-count"></span></p><hr /></li></ul></div></div></div>`
	page := strings.Replace(sectionedPost(headings, func(i int, h, paras string) string { return "<h2>" + h + "</h2>" + paras }, ""), `</article>`, `</article>`+teasers, 1)
	a, err := Extract([]byte(page), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Big in Japan", "Shanty v skyscraper", "Olympic body match"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("Extract(teaser headers).Text holds the teaser %q", s)
		}
	}
	if !strings.Contains(a.Text, newsProbeParas[5]) {
		t.Errorf("Extract(teaser headers).Text lacks the story's end")
	}
}

// WordPress sets a text widget's heading in a "widget-title" block: inside
// the column readability takes (an old table layout's sidebar cell, a
// theme's widget area under the post), that title is the sidebar's, not a
// builder's section heading (builderHeading).
func TestBodyProbe48WidgetTitles(t *testing.T) {
	headings := []string{"Why the cables failed", "What the diversion means", "When the work begins"}
	widget := `<div id="text-6" class="widget widget_text"><div class="widget-title"><h3>Welcome to the notes!</h3></div><div class="textwidget"><p>Thank you for visiting Harbour Notes. Our mission is to cover the harbour, its bridge and its ferries for the people who use them.</p></div></div>`
	page := sectionedPost(headings, func(i int, h, paras string) string {
		s := "<h2>" + h + "</h2>" + paras
		if i == len(headings)-1 {
			s += widget
		}
		return s
	}, "")
	a, err := Extract([]byte(page), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Welcome to the notes") {
		t.Errorf("Extract(widget title).Text holds the widget's title")
	}
	if !strings.Contains(a.Text, newsProbeParas[5]) {
		t.Errorf("Extract(widget title).Text lacks the story's end")
	}
}
