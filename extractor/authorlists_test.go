package extractor

import (
	"strings"
	"testing"
)

// An author list sets one item for each co-author, each its name over
// its own job line or beside its picture: every name is an author, not
// only the first line's. Webflow's collection lists, PublishPress's
// multiple-author boxes and a card for each writer write it so; a list
// of related stories with an author on each is no such list.
func TestAuthorNameLists(t *testing.T) {
	checkPages(t, []pageCase{
		{"a Webflow collection list", "", `<div role="list" class="post_author-list w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="https://www.linkedin.com/in/janedoe/" class="post_author-text w-inline-block"><div class="post_author-name">Jane Doe</div><div class="post_author-title">Research and Development</div></a></div><div role="listitem" class="w-dyn-item"><a href="https://www.linkedin.com/in/johnroe/" class="post_author-text w-inline-block"><div class="post_author-name">John Roe</div><div class="post_author-title">Engineering</div></a></div></div>`, "", "Jane Doe; John Roe"},
		{"a card for each writer", "", `<div class="authors"><div class="author-card"><span class="author-card__name">Jane Doe</span><span class="author-card__role">Senior Editor</span></div><div class="author-card"><span class="author-card__name">John Roe</span><span class="author-card__role">Reporter</span></div></div>`, "", "Jane Doe; John Roe"},
		{"PublishPress, inline", "", `<div class="pp-multiple-authors-wrapper"><ul class="pp-multiple-authors-layout-inline"><li><a class="author url fn" href="/author/jane/">Jane Doe</a></li><li><a class="author url fn" href="/author/john/">John Roe</a></li></ul></div>`, "", "Jane Doe; John Roe"},
		{"the company and its writer in a sidebar's list", `<meta property="og:site_name" content="Acme">`, "", `<aside class="story-sidebar"><div class="story-sidebar_section"><div role="list" class="video-post_author-list w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="https://www.linkedin.com/company/acme/" class="video-post_author-text w-inline-block"><div class="video-post_author-name">Acme</div><div class="video-post_author-title">AI platform for healthcare</div></a></div><div role="listitem" class="w-dyn-item"><a href="https://www.linkedin.com/in/janedoe/" class="video-post_author-text w-inline-block"><div class="video-post_author-name">Jane Doe</div><div class="video-post_author-title">Research</div></a></div></div></div></aside>`, "Jane Doe"},
		{"one writer's card", "", `<div class="author-card"><div class="author-card__name">Jane Doe</div><div class="author-card__role">Senior Editor</div></div>`, "", "Jane Doe"},
		{"related stories, each with its author", "", `<p class="byline">By Ann Lee</p>`, `<ul class="related-posts"><li><a href="/other-story">Another story about other things</a><span class="author-name">Jane Doe</span></li><li><a href="/third-story">A third story about more things</a><span class="author-name">John Roe</span></li></ul>`, "Ann Lee"},
	})
}

// The headline is not its own byline. WordPress themes after Sandbox
// name the writer's account among a post's classes ("hentry post
// author-jdoe category-news"), so the wrapper that holds the headline
// reads as an author element; the name is elsewhere or nowhere.
func TestHeadlineIsNoByline(t *testing.T) {
	body := strings.Repeat("<p>A paragraph of the story, long enough to be body text for the reader of this post.</p>", 30)
	for _, c := range []struct{ name, head, post, want string }{
		{"sandbox, the writer in the meta tag", `<meta name="author" content="Jane Doe">`, `<div id="post-12" class="hentry p1 post publish author-jdoe category-news y2012"><h2 class="entry-title">The Fall Funnel of Fun</h2><div class="entry-content">` + body + `</div></div>`, "Jane Doe"},
		{"sandbox, no writer named", "", `<div id="post-12" class="hentry p1 post publish author-jdoe category-news y2012"><h2 class="entry-title">The Fall Funnel of Fun</h2><div class="entry-content">` + body + `</div></div>`, ""},
		{"an article classed by its writer", "", `<article class="post type-post author-jane-doe"><header><h1 class="entry-title">The Fall Funnel of Fun</h1></header>` + body + `</article>`, ""},
	} {
		page := `<html><head><title>A Blog &rsaquo; The Fall Funnel of Fun</title>` + c.head + `</head><body><div id="header"><h1 id="blog-title"><a href="/" title="A Blog">A Blog</a></h1></div><div id="content" class="hfeed">` + c.post + `</div></body></html>`
		a := extractPage(t, page)
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}
