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
	var body strings.Builder
	for range 12 {
		body.WriteString("<p>A paragraph of the post, long enough to be body text for the reader of the blog.</p>")
	}
	post := `<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><h2 class="date-header"><span>Tuesday, September 3, 2024</span></h2>` +
		`<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">A walk in the hills</h3><div class="post-header"><div class="post-header-line-1"></div></div>` +
		`<div class="post-body entry-content" id="post-body-456">` + body.String() + `</div>` +
		`<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Jane Doe</span></span> ` +
		`<span class="post-timestamp">at <a class="timestamp-link" href="https://hills.blogspot.com/2024/09/a-walk.html" rel="bookmark" title="permanent link"><abbr class="published" title="2024-09-03T10:21:00-07:00">10:21 AM</abbr></a></span></div></div></div></div></div></div></div>`
	profile := `<div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content">` +
		`<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/999" rel="author">John Owner</a></dt>` +
		`<dd class="profile-textblock">I walk and I write about walking in the hills of the north.</dd></dl>` +
		`<a class="profile-link" href="https://www.blogger.com/profile/999" rel="author">View my complete profile</a></div></div></div>`
	head := `<html lang="en"><head><title>My Hill Blog: A walk in the hills</title></head><body><div class="header"><h1 class="title"><a href="/">My Hill Blog</a></h1></div>`
	for name, page := range map[string]string{
		"sidebar after":  head + post + profile + `</body></html>`,
		"sidebar before": head + profile + post + `</body></html>`,
	} {
		a, err := Extract([]byte(page), "https://hills.blogspot.com/2024/09/a-walk.html", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "; "); got != "Jane Doe" {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", name, got, a.Provenance["authors"], "Jane Doe")
		}
	}
}
