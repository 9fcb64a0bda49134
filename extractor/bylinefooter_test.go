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
