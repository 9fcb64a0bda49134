package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the fifty-seventh round (issue 13, leftovers): forum
// threads whose opening poster's handle holds figures, as many handles do
// ("oldrider72", "jane_doe99"), and a reply by a handle without any; a
// blog post whose text opens with "Posted by" or "Written by" in a
// sentence.

// A thread's author is its first post's poster, a handle where the page
// gives no other name, figures and all; a reply's poster never is.
func TestAuthorProbe57ForumHandleDigits(t *testing.T) {
	for _, op := range []string{"oldrider72", "jane_doe99", "jdoe"} {
		for _, c := range forum59Thread(op, "anna_k") {
			a, err := Extract([]byte(c.page), "https://forum.example.org/threads/line-6-extension-opens.1234/", Options{})
			if err != nil {
				t.Fatalf("Extract(%s, %s): %v", c.name, op, err)
			}
			if got := strings.Join(a.Authors, "; "); got != op {
				t.Errorf("Extract(%s, %s).Authors = %q from %q, want %q", c.name, op, got, a.Provenance["authors"], op)
			}
		}
	}
}

// probe57Blog is a WordPress blog post (Twenty Twenty-One's markup) whose
// entry header gives no author, its meta line only the date, and whose
// first paragraph is lead; a second case adds the byline.
func probe57Blog(byline, lead string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Twenty years on Mill Street &#8211; The Corner Shop</title>
<meta property="og:type" content="article"><meta property="og:title" content="Twenty years on Mill Street">
<meta property="article:published_time" content="2024-05-03T08:00:00+00:00"></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive">
<div id="page" class="site"><header id="masthead" class="site-header has-title-and-tagline" role="banner"><div class="site-branding"><p class="site-title"><a href="/">The Corner Shop</a></p><p class="site-description">Books, tea and things</p></div>
<nav id="site-navigation" class="primary-navigation" role="navigation"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/blog/">Blog</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-812" class="post-812 post type-post status-publish format-standard hentry category-news entry">
<header class="entry-header alignwide"><h1 class="entry-title">Twenty years on Mill Street</h1></header>
<div class="entry-content">` + byline + `<p>` + lead + `</p>`)
	for range 5 {
		b.WriteString(`<p>We started with two shelves of second-hand paperbacks and a kettle. Today the shop stocks new and used books, loose-leaf tea from three growers and a small range of stationery, and the reading corner hosts a book club every second Thursday.</p>`)
	}
	b.WriteString(`</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2024-05-03T08:00:00+00:00">May 3, 2024</time></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/news/" rel="category tag">News</a></span></div></footer>
</article></main></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name"><a href="/">The Corner Shop</a></div><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div></body></html>`)
	return b.String()
}

// "Posted by" and "Written by" that open a sentence of the post's text
// ("Posted by Jane Doe, the shop has grown …", "Written by hand, every
// label …") credit no one; the same words as a byline of their own still
// do.
func TestAuthorProbe57BylineWordsInProse(t *testing.T) {
	const lead = "Twenty years ago we opened a shop of two rooms on Mill Street, and it has changed a great deal since."
	for _, c := range []struct{ name, byline, lead, want string }{
		{"posted by, sentence", "", "Posted by Jane Doe, the shop has grown from one room to three since we opened it on Mill Street in 2004, and the tea counter came later.", ""},
		{"written by hand, sentence", "", "Written by hand, every label in the shop is the work of our oldest customer, who has come in every Saturday since the day we opened.", ""},
		{"written by, sentence", "", "Written by a local poet in 2004, the verse above the door has greeted every customer since the day we opened on Mill Street.", ""},
		{"posted by byline", `<p>Posted by Jane Doe</p>`, lead, "Jane Doe"},
		{"written by byline with date", `<p>Written by Jane Doe | May 3, 2024</p>`, lead, "Jane Doe"},
	} {
		a, err := Extract([]byte(probe57Blog(c.byline, c.lead)), "https://cornershop.example.com/2024/05/03/twenty-years-on-mill-street/", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}

// TestMemberHandle: a handle of letters ending in figures is one; a
// product, a format, a year or a made-up login mixing letters and
// figures is none.
func TestMemberHandle(t *testing.T) {
	for p, want := range map[string]bool{
		"oldrider72": true, "jane_doe99": true, "freeman1984": true, "delta201": true, "mike.roe7": true,
		"mdelatorreq6vkpg2ma0ci": false, "vf2nsr": false, "mp3": false, "mk77": false, "2024": false, "iPhone15": false, "COVID-19": false, "jane doe99": false, "rider12345": false, "": false,
	} {
		if got := memberHandle(p); got != want {
			t.Errorf("memberHandle(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestStartedSentenceBy: "Posted by" and "Written by" that run on into a
// clause of prose open a sentence; a byline's role, date or second
// credit after its comma does not.
func TestStartedSentenceBy(t *testing.T) {
	for s, want := range map[string]bool{
		"Posted by Jane Doe, the shop has grown from one room to three since we opened it.":  true,
		"Written by hand, every label in the shop is the work of our oldest customer.":       true,
		"Posted by Jane Doe, Product Manager, Google Maps":                                   false,
		"Posted by Jane Doe, on May 3, 2024 at 9:22 am in news and events":                   false,
		"Written by Jane Doe, with reporting by John Roe and Mary Major in London and Paris": false,
		"Written by Jane Doe, staff writer":                                                  false,
		"Written by Jane Doe | May 3, 2024":                                                  false,
	} {
		if got := startedSentence(s); got != want {
			t.Errorf("startedSentence(%q) = %v, want %v", s, got, want)
		}
	}
}
