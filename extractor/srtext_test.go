package extractor

import (
	"strings"
	"testing"
)

// A note for screen readers only leaves the body: the BBC's "Image
// copyright" over a photo's credit, WordPress's "(opens in a new window)"
// after a link, Drupal's "(link is external)". A note that stands in for
// words hidden from screen readers ("20 minutes" for the eye's "20 mins")
// stays, as does a sentence that merely carries such a class on a long
// block.
func TestScreenReaderNotesLeaveTheBody(t *testing.T) {
	tail := `<figure><img src="/a.jpg" alt="A singer"><span class="off-screen">Image copyright</span> <span class="story-image-copyright">Getty Images</span></figure>
<p>The band said it would tour next year, <a href="/tour">as its site says<span class="screen-reader-text"> (opens in a new window)</span></a>, and the tickets go on sale in May.</p>
<p>Prep Time <span class="wprm-time"><span class="wprm-details">20<span class="sr-only screen-reader-text"> minutes</span></span> <span class="wprm-unit" aria-hidden="true">mins</span></span>, then the dough rests until it has doubled in size overnight.</p>`
	a := extractPage(t, pageWithBlocks("", 6, tail))
	for _, gone := range []string{"Image copyright", "opens in a new window"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"as its site says, and the tickets", "20 minutes"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("%q is not in the text:\n%s", kept, a.Text)
		}
	}
}
