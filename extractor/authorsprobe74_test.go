package extractor

import (
	"strings"
	"testing"
)

// A credit classed as an author's on the line under a picture names the
// photographer, not the writer, as a "By" line there does
// (pictureCredit): "<div class=lead-photo><img …><span
// class=image-author>John Roe</span></div>".
func TestAuthorsProbe74PictureCreditClass(t *testing.T) {
	for name, pic := range map[string]string{
		"under-picture": `<div class="lead-photo"><img src="/uploads/2024/05/dam-spillway.jpg" width="800" height="500" alt="The spillway"><span class="image-author">John Roe</span></div>`,
	} {
		c := probe72AuthorCase{name: name, top: pic}
		a := extractPage(t, probe72AuthorPage(c, probe72AuthorBody))
		if got := strings.Join(a.Authors, "; "); got != "" {
			t.Errorf("%s: Authors = %q from %q, want none", name, got, a.Provenance["authors"])
		}
	}
}
