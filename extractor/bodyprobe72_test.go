package extractor

import (
	"strings"
	"testing"
)

// probe72BodyTemplates wrap a story's blocks in the article markup of
// several CMSs: a WordPress theme, Ghost (Casper), Substack, Arc XP and
// Drupal.
var probe72BodyTemplates = map[string]func(story string) string{
	"wordpress": func(story string) string {
		return p55Head + `<body class="post-template-default single single-post">` + p55Nav + `<main id="main" class="site-main"><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Millbrook dam to be rebuilt after years of leaks</h1></header><div class="entry-content">` + story + `</div><footer class="entry-footer"><span class="cat-links"><a href="/category/news" rel="category tag">News</a></span></footer></article></main>` + p55Foot + `</body></html>`
	},
	"ghost": func(story string) string {
		return p55Head + `<body class="post-template">` + p55Nav + `<main class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">Millbrook dam to be rebuilt after years of leaks</h1></header><section class="gh-content gh-canvas">` + story + `</section></article></main>` + p55Foot + `</body></html>`
	},
	"substack": func(story string) string {
		return p55Head + `<body><div id="main"><div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title unpublished">Millbrook dam to be rebuilt after years of leaks</h1></div><div class="available-content"><div dir="auto" class="body markup">` + story + `</div></div></article></div></div></div></div></body></html>`
	},
	"arc": func(story string) string {
		return p55Head + `<body>` + p55Nav + `<main><article class="article-body-wrapper"><h1 class="headline">Millbrook dam to be rebuilt after years of leaks</h1><div class="article-body">` + strings.ReplaceAll(story, "<p>", `<p class="default__StyledText-sc-10mj2vp-0 body-paragraph">`) + `</div></article></main>` + p55Foot + `</body></html>`
	},
	"drupal": func(story string) string {
		return p55Head + `<body class="path-node page-node-type-article">` + p55Nav + `<main role="main"><div class="region region--content"><article role="article" class="node node--type-article node--view-mode-full">` +
			`<header class="node__header"><h1 class="title page-title"><span class="field field--name-title">Millbrook dam to be rebuilt after years of leaks</span></h1></header>` +
			`<div class="node__content"><div class="clearfix text-formatted field field--name-body field__item">` + story + `</div></div></article></div></main>` + p55Foot + `</body></html>`
	},
}

const probe72BodyURL = "https://valley.example/news/2024/06/13/millbrook-dam"

// probe72BodyExtract extracts page and fails the test on an error.
func probe72BodyExtract(t *testing.T, page string) Article {
	t.Helper()
	a, err := Extract([]byte(page), probe72BodyURL, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// A list of links to other sites set between the story's paragraphs is
// the story's: documents of one body on its site, sources on two sites, a
// "Further reading" or "Documents" label over it, short titles to three
// sites, a list in a wrapper of its own whose class readability weighs
// up ("article-content-links"). Between the same paragraphs, the site's own stories, a shop's
// buttons and share buttons still go.
func TestBodyProbe72ListsAmidStory(t *testing.T) {
	doc := func(site, path, title string) string {
		return `<li><a href="https://` + site + path + `">` + title + `</a></li>`
	}
	kept := map[string]struct{ list, want string }{
		"one-site":     {`<ul>` + doc("www.waterboard.example.gov", "/minutes/2024-06-13", "Minutes of the water board meeting") + doc("www.waterboard.example.gov", "/docs/seepage.pdf", "Millbrook seepage survey, 2015") + doc("www.waterboard.example.gov", "/docs/design.pdf", "Design report for the cut-off wall") + `</ul>`, "Design report for the cut-off wall"},
		"two-sites":    {`<ul>` + doc("www.waterboard.example.gov", "/minutes/2024-06-13", "Minutes of the water board meeting") + doc("www.waterboard.example.gov", "/docs/seepage.pdf", "Millbrook seepage survey, 2015") + doc("www.irrigation-union.example.net", "/statement", "Irrigation union statement on summer flows") + `</ul>`, "Irrigation union statement"},
		"further":      {`<p><strong>Further reading</strong></p><ul>` + doc("www.waterboard.example.gov", "/minutes/2024-06-13", "Minutes of the water board meeting") + doc("www.waterboard.example.gov", "/docs/seepage.pdf", "Millbrook seepage survey, 2015") + doc("www.damsafety.example.org", "/guide", "Guide to the safety of embankment dams") + `</ul>`, "Guide to the safety of embankment dams"},
		"documents":    {`<h3>Documents</h3><ol>` + doc("www.waterboard.example.gov", "/minutes/2024-06-13", "Minutes of the water board meeting") + doc("www.waterboard.example.gov", "/docs/seepage.pdf", "Millbrook seepage survey, 2015") + doc("www.waterboard.example.gov", "/docs/design.pdf", "Design report for the cut-off wall") + `</ol>`, "Millbrook seepage survey"},
		"wrapped":      {`<div class="article-content-links"><ul>` + doc("www.waterboard.example.gov", "/minutes/2024-06-13", "Minutes of the water board meeting") + doc("www.waterboard.example.gov", "/docs/seepage.pdf", "Millbrook seepage survey, 2015") + doc("www.waterboard.example.gov", "/docs/design.pdf", "Design report for the cut-off wall") + `</ul></div>`, "Design report for the cut-off wall"},
		"short-titles": {`<ul>` + doc("en.wikipedia.org", "/wiki/Embankment_dam", "Embankment dam") + doc("www.fema.gov", "/dam-safety", "FEMA dam safety program") + doc("www.icold-cigb.org", "/bulletins", "ICOLD bulletins on seepage") + doc("www.ussdams.org", "/resources", "USSD resource library") + `</ul>`, "Embankment dam"},
	}
	gone := map[string]struct{ list, unwanted string }{
		"own":   {`<ul><li><a href="/news/2024/06/ferry-story">Ferry timetable changes for the summer season</a></li><li><a href="https://valley.example/news/school">School roof to be replaced over the holidays</a></li><li><a href="/news/parking">Council to vote on new parking charges</a></li></ul>`, "Ferry timetable"},
		"shops": {`<ul>` + doc("www.amazon.com", "/dp/1", "Amazon (Craftsman)") + doc("www.homedepot.com", "/p/2", "Home Depot (Milwaukee)") + doc("www.amazon.com", "/dp/3", "Amazon (DeWalt)") + `</ul>`, "Craftsman"},
		"share": {`<ul>` + doc("www.facebook.com", "/sharer/sharer.php?u=x", "Facebook") + doc("twitter.com", "/intent/tweet?url=x", "Twitter") + doc("www.linkedin.com", "/shareArticle?url=x", "LinkedIn") + `</ul>`, "LinkedIn"},
	}
	for tn, tmpl := range probe72BodyTemplates {
		for _, paras := range []int{4, 7} {
			for name, c := range kept {
				a := probe72BodyExtract(t, tmpl(p55Range(0, 2)+c.list+p55Range(2, paras)))
				if !strings.Contains(a.Text, c.want) {
					t.Errorf("%s/%d/%s: the list is lost: %q", tn, paras, name, a.Text)
				}
				for i := range paras {
					if !strings.Contains(a.Text, probe55Paras[i][:50]) {
						t.Errorf("%s/%d/%s: the body lacks paragraph %d", tn, paras, name, i)
					}
				}
			}
			for name, c := range gone {
				a := probe72BodyExtract(t, tmpl(p55Range(0, 2)+c.list+p55Range(2, paras)))
				if strings.Contains(a.Text, c.unwanted) {
					t.Errorf("%s/%d/%s: the list stayed: %q", tn, paras, name, a.Text)
				}
			}
		}
	}
}

// A story sentence beside a button stays when it only shares a word with
// the button's label ("This article…" beside "Listen to this article"),
// and so does the visible opening beside an expander whose hidden rest is
// the body's ("Read full story", "Weiterlesen"); a gift box's note, which
// repeats the whole label, still goes.
func TestBodyProbe72ButtonNeighbours(t *testing.T) {
	rest := p55Range(1, 6)
	cases := map[string]struct{ story, want, unwanted string }{
		"expander-en": {`<div class="story-excerpt"><p>The full story of the Millbrook dam begins with a leak.</p><button class="read-more">Read full story</button></div><div class="story-rest" style="display:none">` + rest + `</div>`, "The full story of the Millbrook", ""},
		"expander-de": {`<div class="teaser-text"><p>Wer weiterlesen will, muss warten: der Damm von Millbrook leckt.</p><button>Weiterlesen</button></div><div class="rest" hidden>` + rest + `</div>`, "Wer weiterlesen will", ""},
		"listen":      {`<div class="article-top"><button class="tts">Listen to this article</button><p>This article is about the Millbrook dam and its leaks.</p></div>` + rest, "This article is about", ""},
		"gift":        {`<div class="gift-article"><button>Gift article</button><p>You can gift this article to anyone. They will be able to read it for free.</p></div>` + p55(0) + rest, probe55Paras[0][:50], "gift this article"},
		"donate":      {p55(0) + p55(1) + `<div class="donate-cta"><p>Support local journalism: donate to the Courier today.</p><button>Donate</button></div>` + p55Range(2, 6), probe55Paras[2][:50], "Support local journalism"},
	}
	for tn, tmpl := range probe72BodyTemplates {
		for name, c := range cases {
			a := probe72BodyExtract(t, tmpl(c.story))
			if !strings.Contains(a.Text, c.want) {
				t.Errorf("%s/%s: the body lacks %q: %q", tn, name, c.want, a.Text)
			}
			if !strings.Contains(a.Text, probe55Paras[3][:50]) {
				t.Errorf("%s/%s: the body lacks the story's paragraphs: %q", tn, name, a.Text)
			}
			if c.unwanted != "" && strings.Contains(a.Text, c.unwanted) {
				t.Errorf("%s/%s: the body holds %q", tn, name, c.unwanted)
			}
		}
	}
}

// A byline that is a name alone, marked by its class ("author vcard",
// "byline"), leaves the body it opens: an inline one set on a line of its
// own in the story's container ("<div class=entry-content><span
// class="author vcard">Jane Doe</span><p>…"), which is no credit inside a
// sentence, and one over a story of one or two paragraphs, whose
// container is as short as a meta line.
func TestBodyProbe72BareBylines(t *testing.T) {
	bylines := map[string]string{
		"vcard":      `<span class="author vcard">Jane Doe</span>`,
		"vcard-link": `<span class="author vcard"><a class="url fn n" href="/author/jane-doe">Jane Doe</a></span>`,
		"p-byline":   `<p class="byline">Jane Doe</p>`,
		"div-author": `<div class="author-name">Jane Doe</div>`,
	}
	for name, b := range bylines {
		for _, paras := range []int{1, 2, 4, 6} {
			a := probe72BodyExtract(t, probe72BodyTemplates["wordpress"](b+p55Range(0, paras)))
			if strings.Contains(a.Text, "Jane Doe") {
				t.Errorf("%s/%d: the byline stays: %q", name, paras, a.Text)
			}
			if !strings.Contains(a.Text, probe55Paras[0][:50]) {
				t.Errorf("%s/%d: the body lacks its opening: %q", name, paras, a.Text)
			}
		}
	}
}

// The hidden rest of a story behind an expander whose button closes the
// box of the story's visible opening ("<div class=chapo><p>…</p><button>
// Lire la suite</button></div><div class=suite hidden>…") is the body's,
// whatever its class says; the opening stays too.
func TestBodyProbe72ExpanderInBox(t *testing.T) {
	for _, c := range []struct{ label, class string }{{"Lire la suite", "suite"}, {"Lire la suite", "article-suite"}, {"Leer más", "texto-completo"}, {"Read more", "body-hidden"}, {"Weiterlesen", "artikel-text"}} {
		for _, hide := range []string{` hidden`, ` style="display:none"`} {
			story := `<div class="chapo"><p>À la suite de fortes pluies, le barrage de Millbrook fuit encore.</p><button type="button">` + c.label + `</button></div><div class="` + c.class + `"` + hide + `>` + p55Range(1, 6) + `</div>`
			for tn, tmpl := range probe72BodyTemplates {
				a := probe72BodyExtract(t, tmpl(story))
				for _, w := range []string{"À la suite de fortes pluies", probe55Paras[1][:50], probe55Paras[4][:50]} {
					if !strings.Contains(a.Text, w) {
						t.Errorf("%s/%s/%s%s: the body lacks %q", tn, c.label, c.class, hide, w)
					}
				}
				if strings.Contains(a.Text, c.label) {
					t.Errorf("%s/%s/%s%s: the button's label stays", tn, c.label, c.class, hide)
				}
			}
		}
	}
}

// A byline card, the writer's picture beside a name alone ("<div
// class=author-card><img …><span class=author-name>Jane Doe</span>"),
// leaves the body whole: the picture does not stay behind the name.
func TestBodyProbe72BylineCard(t *testing.T) {
	card := `<div class="post-hero__author-container"><div class="post-hero__author-image"><img src="/uploads/jane-doe-headshot.jpg" width="56" height="56" alt="Headshot of Jane Doe"></div><div class="post-hero__author-title has-author"><span class="post-hero__author">Jane Doe</span></div></div>`
	for _, paras := range []int{1, 4} {
		a, err := Extract([]byte(probe72BodyTemplates["wordpress"](card+p55Range(0, paras))), probe72BodyURL, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "Jane Doe") || strings.Contains(a.HTML, "headshot") {
			t.Errorf("%d: the byline card stays: %q", paras, a.HTML)
		}
		if !strings.Contains(a.Text, probe55Paras[0][:50]) {
			t.Errorf("%d: the body lacks its opening: %q", paras, a.Text)
		}
	}
}
