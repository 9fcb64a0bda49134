package extractor

import (
	"strings"
	"testing"
)

// Blogger templates credit the post in its post-footer, below the post:
// "Posted by Jane Doe", however long the post.
func TestPostFooterByline(t *testing.T) {
	for _, footer := range []string{
		`<div class="post-footer">Posted by Jane Doe</div>`,
		`<div class="post-footer">Posted by <span class="fn">Jane Doe</span></div>`,
	} {
		for _, paras := range []int{6, 30} {
			var body strings.Builder
			for range paras {
				body.WriteString("<p>A paragraph of the post, long enough to be body text for the reader of the blog.</p>")
			}
			page := `<html><head><title>Blog: A story</title></head><body><div class="header"><h1 class="title">Blog</h1></div>` +
				`<div class="main"><div class="post hentry"><h3 class="post-title entry-title">A story</h3><div class="post-body entry-content">` +
				body.String() + `</div>` + footer + `</div></div></body></html>`
			a := extractPage(t, page)
			if strings.Join(a.Authors, ",") != "Jane Doe" {
				t.Errorf("%s after %d paragraphs: authors %q, want Jane Doe", footer, paras, a.Authors)
			}
		}
	}
}

// Blogger's Simple template sets its "Posted by" in a line of the post's
// footer ("post-footer-line"), the name linked to no profile when its
// owner keeps the profile private; the sidebar's "About Me" widget
// (Profile1) links the blog owner's profile with rel=author. The post's
// poster is its author, whichever side of the post the sidebar is.
func TestPostFooterLineBesideProfileWidget(t *testing.T) {
	line := `<span class="post-author vcard">Posted by <span class="fn">Jane Doe</span></span>`
	for _, first := range []bool{false, true} {
		a := extractPage(t, bloggerSimplePage("en", line, first))
		if got := strings.Join(a.Authors, "; "); got != "Jane Doe" {
			t.Errorf("Extract(sidebar first: %v).Authors = %q from %q, want %q", first, got, a.Provenance["authors"], "Jane Doe")
		}
	}
}

// bloggerSimplePage is a post of Blogger's Simple template on a page in
// lang, line in the first line of its footer, and the sidebar's About Me
// widget (Profile1) linking the blog owner's profile, after the post or
// before it.
func bloggerSimplePage(lang, line string, sidebarFirst bool) string {
	var body strings.Builder
	for range 12 {
		body.WriteString("<p>A paragraph of the post, long enough to be body text for the reader of the blog.</p>")
	}
	post := `<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><h2 class="date-header"><span>Tuesday, September 3, 2024</span></h2>` +
		`<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">A walk in the hills</h3><div class="post-header"><div class="post-header-line-1"></div></div>` +
		`<div class="post-body entry-content" id="post-body-456">` + body.String() + `</div>` +
		`<div class="post-footer"><div class="post-footer-line post-footer-line-1">` + line + ` ` +
		`<span class="post-timestamp"><a class="timestamp-link" href="https://hills.blogspot.com/2024/09/a-walk.html" rel="bookmark" title="permanent link"><abbr class="published" title="2024-09-03T10:21:00-07:00">10:21</abbr></a></span></div></div></div></div></div></div></div>`
	profile := `<div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content">` +
		`<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/999" rel="author">John Owner</a></dt>` +
		`<dd class="profile-textblock">I walk and I write about walking in the hills of the north.</dd></dl>` +
		`<a class="profile-link" href="https://www.blogger.com/profile/999" rel="author">View my complete profile</a></div></div></div>`
	page := `<html lang="` + lang + `"><head><title>My Hill Blog: A walk in the hills</title></head><body><div class="header"><h1 class="title"><a href="/">My Hill Blog</a></h1></div>`
	if sidebarFirst {
		return page + profile + post + `</body></html>`
	}
	return page + post + profile + `</body></html>`
}

// Blogger writes "Posted by" in the blog's language, in a text node of its
// own before the poster's profile link: the label is no name ("Автор:",
// "Gönderen", "게시자", "مرسلة بواسطة", "द्वारा पोस्ट किया गया"), whatever
// the author box it stands in. Beside the owner's profile in the sidebar
// the poster's link is not the one author page; a poster with no public
// profile is named with no link, and the footer's line that opens with
// the label is the post's byline (furnitureByline), not the owner.
func TestPostFooterLabelInOtherLanguages(t *testing.T) {
	cases := []struct{ lang, posted, name string }{
		{"ru", "Автор:", "Иван Петров"},
		{"tr", "Gönderen", "Ahmet Yılmaz"},
		{"ko", "게시자:", "홍길동"},
		{"ar", "مرسلة بواسطة", "أحمد علي"},
		{"fa", "ارسال شده توسط", "علی رضایی"},
		{"hi", "द्वारा पोस्ट किया गया", "राम शर्मा"},
		{"es", "Publicado por", "Ana Pérez"},
	}
	for _, c := range cases {
		for _, linked := range []bool{true, false} {
			name := `<span class="fn">` + c.name + `</span>`
			if linked {
				name = `<span class="fn"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">` + c.name + `</span></a></span>`
			}
			line := `<span class="post-author vcard">` + c.posted + ` ` + name + `</span>`
			a := extractPage(t, bloggerSimplePage(c.lang, line, false))
			if got := strings.Join(a.Authors, "; "); got != c.name {
				t.Errorf("Extract(%s, linked: %v).Authors = %q from %q, want %q", c.lang, linked, got, a.Provenance["authors"], c.name)
			}
		}
	}
}
