package extractor

import (
	"strings"
	"testing"
)

// sidePage is a classic blog template: the post in #content, its title an
// <h2> (the site's name is the <h1>), a sidebar of text widgets after it,
// and the footer. The post is a few sentences.
func sidePage(post, content, sidebar string) []byte {
	return []byte(`<html><head><title>My New Project | Study Notes</title></head><body>
<div id="header"><h1><a href="/">Study Notes</a></h1><p>Notes on learning</p></div>
<div id="wrap"><div id="content">
<div class="post" id="post-2567">
<h2><a href="/blog/2012/11/07/my-new-project/" rel="bookmark">My New Project</a></h2>
<div class="post-content">` + post + `</div>
</div>` + content + `
</div>
<div id="sidebar"><ul>` + sidebar + `</ul></div>
</div>
<div id="footer"><p>Copyright 2012 Study Notes.</p></div>
</body></html>`)
}

const sideBio = `<li id="text-2" class="widget widget_text"><div class="textwidget"><p>I'm a thirty-year-old computer scientist interested in why some people lead successful, enjoyable, meaningful lives, while so many others do not. Being a geek, I'm not satisfied with simple slogans, or with conventional wisdom, or with advice that sounds good and works badly.</p>
<p>Instead, I dive deeper, looking to decode the underlying patterns of success, in all their nuanced glory, and I write about what I find here, twice a week, for students and for everyone else.</p></div></li>`

// A post of a sentence or two loses readability's scoring to a sidebar
// widget of long prose; the headline says where the post is.
func TestShortPostBeatsSidebar(t *testing.T) {
	post := `<p><img src="/max.jpg" alt=""></p><p>Max Jacob Newport. Born last Tuesday. Future study hacker.</p>`
	a, err := Extract(sidePage(post, "", sideBio), "https://example.com/blog/2012/11/07/my-new-project/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Max Jacob Newport") || strings.Contains(a.Text, "computer scientist") {
		t.Errorf("body = %q, want the post without the sidebar", a.Text)
	}
}

// The comments under a short post are not its body either, however long
// they run.
func TestShortPostBeatsComments(t *testing.T) {
	post := `<p>Max Jacob Newport. Born last Tuesday. Future study hacker.</p>`
	var c strings.Builder
	c.WriteString(`<ul class="commentlist">`)
	for i := range 12 {
		c.WriteString(`<li class="alt"><div class="commentname"><cite>Reader ` + string(rune('A'+i)) + `</cite> Says:</div>
<div class="commenttext"><p>Congratulations to all three of you, what a beautiful little baby, and what a lovely name you chose for him.</p></div></li>`)
	}
	c.WriteString(`</ul>`)
	a, err := Extract(sidePage(post, c.String(), ""), "https://example.com/blog/2012/11/07/my-new-project/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Max Jacob Newport") || strings.Contains(a.Text, "Congratulations") {
		t.Errorf("body = %q, want the post without the comments", a.Text)
	}
}

// A layout named for the sidebar it has ("has-sidebar") holds the
// article: it is not a sidebar, and the article stays.
func TestSidebarLayoutKeepsArticle(t *testing.T) {
	para := strings.Repeat("The council rebuilt the harbour wall over the winter, and the boats came back in spring. ", 3)
	page := []byte(`<html><head><title>Harbour wall reopens</title></head><body>
<header><h1>Harbour wall reopens</h1></header>
<div class="content-wrap has-sidebar"><div class="story"><p>` + para + `</p><p>` + para + `</p></div>
<div class="rail"><p>Subscribe for more.</p></div></div>
</body></html>`)
	a, err := Extract(page, "https://example.com/news/harbour-wall", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "The council rebuilt the harbour wall") {
		t.Errorf("body = %q, want the article", a.Text)
	}
}

// A post of a sentence or two is short enough, with its headline and
// byline, to be read as one byline block: the byline is a field, but the
// post's paragraph stays the body's.
func TestShortPostNotAField(t *testing.T) {
	page := []byte(`<html><head><title>Making of the Loveseat (VIDEO) | Design Notes</title></head><body>
<div id="header"><h1><a href="/">Design Notes</a></h1></div>
<div id="content"><div class="post">
<h2><a href="/2012/08/13/making-of-the-loveseat/" rel="bookmark">Making of the Loveseat (VIDEO)</a></h2>
<p class="post-meta">Posted by Dave Miller on August 13th, 2012</p>
<div class="post-content"><p>British designer Jake Phipps has created a short video to show every step of the making of his new Loveseat.</p>
<p>Watch it on Vimeo.</p></div>
<p class="post-footer"><a href="/category/design/" rel="category tag">Design</a> | Comments (0)</p>
</div></div>
</body></html>`)
	a, err := Extract(page, "https://example.com/2012/08/13/making-of-the-loveseat/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "British designer Jake Phipps") || strings.Contains(a.Text, "Posted by") {
		t.Errorf("body = %q, want the post without its byline", a.Text)
	}
	if a.PublishedDate != "2012-08-13" {
		t.Errorf("published = %v, want 2012-08-13", a.PublishedDate)
	}
}
